/** The mark beside a setting an administrator's policy fixed: read by screen readers via aria-describedby. */
export function Locked({ id }: { id: string }) {
  return (
    <span id={id} class="locked" data-locked="true">
      Set by your organization
    </span>
  );
}
