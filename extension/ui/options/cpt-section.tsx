import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';
import { readCptFile } from './cpt-file.ts';

/** CPT descriptors are AMA's: only a file the user imports under their own license is used, and it can be removed. */
export function CptSection() {
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      void send('cptStatus', {}).then(
        (s) => setCount(s.count),
        (e: Error) => setError(e.message),
      ),
    [],
  );
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    const entries = readCptFile(await file.text());
    if (entries.length === 0) {
      setError(`${file.name}: no "code<TAB>descriptor" lines found`);
      return;
    }
    try {
      const status = await send('cptImport', { entries });
      setCount(status.count);
      setMessage(`${file.name}: imported ${entries.length} descriptors`);
      input.value = '';
    } catch (err) {
      setError(`${file.name}: ${(err as Error).message}`);
    }
  };
  const remove = async () => {
    await send('cptClear', {}).then(
      (s) => {
        setCount(s.count);
        setMessage("Removed the imported CPT descriptors; Chartside's own plain-language labels are used again.");
      },
      (e: Error) => setError(e.message),
    );
  };
  return (
    <section aria-labelledby="cpt-h">
      <h2 id="cpt-h">CPT descriptors</h2>
      <p id="cpt-status">{count ? `${count} licensed CPT descriptors imported.` : "Using Chartside's own plain-language CPT labels."}</p>
      {count ? (
        <button type="button" id="cpt-remove" onClick={() => void remove()}>
          Remove imported CPT file
        </button>
      ) : null}
      <label for="cpt-file">Import your licensed CPT file (code, tab, descriptor)</label>
      <input id="cpt-file" type="file" accept=".txt,.csv,.tsv" onChange={(e) => void onFile(e)} />
      {message && <p role="status">{message}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
