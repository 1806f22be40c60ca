import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseManaged } from './managed-schema.ts';

// docs/deploy.md's policy JSON must parse and its extension values must be ones Chartside takes.
const doc = readFileSync(join(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>);

test('the Chrome policy: force-installed, and 3rdparty values Chartside accepts without a problem', () => {
  const chrome = blocks.find((b) => b.ExtensionSettings && b['3rdparty'])!;
  expect(chrome.ExtensionSettings.EXTENSION_ID.installation_mode).toBe('force_installed');
  const values = chrome['3rdparty'].extensions.EXTENSION_ID;
  expect(parseManaged(values)).toEqual({ values, problems: [] });
});

test('the Firefox policies.json: the gecko id of the manifest, and values Chartside accepts', () => {
  const firefox = blocks.find((b) => b.policies)!.policies;
  const config = readFileSync(join(import.meta.dirname, '../../wxt.config.ts'), 'utf8');
  const id = config.match(/id: '([^']+)'/)![1]!;
  expect(Object.keys(firefox.ExtensionSettings)).toEqual([id]);
  const values = firefox['3rdparty'].Extensions[id];
  expect(parseManaged(values)).toEqual({ values, problems: [] });
});
