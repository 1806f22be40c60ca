import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';
import { readCptFile } from './cpt-file.ts';

/** CPT descriptors are AMA's: only a file the user imports under their own license is used. */
export function CptSection() {
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => void send('cptStatus', {}).then((s) => setCount(s.count)), []);
  const onFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const entries = readCptFile(await file.text());
    if (entries.length === 0) {
      setMessage(`${file.name}: no "code<TAB>descriptor" lines found`);
      return;
    }
    const status = await send('cptImport', { entries });
    setCount(status.count);
    setMessage(`${file.name}: imported ${entries.length} descriptors`);
  };
  return (
    <section aria-labelledby="cpt-h">
      <h2 id="cpt-h">CPT descriptors</h2>
      <p id="cpt-status">{count ? `${count} licensed CPT descriptors imported.` : 'Using Chartside\'s own plain-language CPT labels.'}</p>
      <label for="cpt-file">Import your licensed CPT file (code, tab, descriptor)</label>
      <input id="cpt-file" type="file" accept=".txt,.csv,.tsv" onChange={(e) => void onFile(e)} />
      {message && <p role="status">{message}</p>}
    </section>
  );
}
