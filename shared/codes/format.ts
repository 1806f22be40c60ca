/** ICD-10-CM codes are written with a dot after the third character: E1122 -> E11.22. */
export function dotted(code: string): string {
  const c = undotted(code);
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

export function undotted(code: string): string {
  return code.trim().toUpperCase().replace(/\./g, '');
}
