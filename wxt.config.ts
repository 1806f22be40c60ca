import preact from '@preact/preset-vite';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { shipCodeSets } from './cli/codesets/ship.ts';

const codesetsDir = resolve('generated/codesets');
// Clinical section headings for the page model (medspaCy's list, read here, never committed).
const sectionPatterns = resolve(process.env.CHARTSIDE_LEXICON ?? '../shared/lexicon', 'medspacy/section_patterns.en.json');
const sectionRules = existsSync(sectionPatterns)
  ? (JSON.parse(readFileSync(sectionPatterns, 'utf8')) as { section_rules: { literal: string; category: string }[] }).section_rules.map(
      ({ literal, category }) => ({ literal, category }),
    )
  : [];
// The extension's copy of the index (JSON gzipped: see shared/codes/shipped-files.ts), rebuilt
// from generated/codesets only when that changes.
const shippedDir = resolve('generated/codesets-shipped');

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false, // explicit imports: a newcomer can follow every name to its file
  vite: () => ({
    plugins: [preact()],
    define: { __CHARTSIDE_SECTION_RULES__: JSON.stringify(sectionRules) },
    build: {
      // CHARTSIDE_NO_MINIFY=1 keeps the functions' names readable in a CPU profile of the content script.
      minify: process.env.CHARTSIDE_NO_MINIFY ? false : undefined,
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; the warning is noise, not a problem.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  // `version` is left out on purpose: WXT takes it from package.json, the one place it is set.
  manifest: ({ browser }) => ({
    name: 'Chartside',
    description: 'Coding and denial-prevention assistant beside the EHR. Page text never leaves the browser.',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Chartside: run on this page', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Fewest permissions: storage for settings; activeTab + scripting so a toolbar click (or the
    // shortcut) runs on that one tab; the side panel on Chrome. Host access is only loopback (demo
    // pages and the local worker); other sites are granted at runtime, one origin at a time.
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'activeTab'] : ['storage', 'scripting', 'activeTab', 'sidePanel'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Run Chartside on this page, or open or close its panel' },
    },
    // Policy values (worker, enrolment, sites, sync, code-set year): Chrome validates them against
    // this schema; Firefox reads the same keys from policies.json 3rdparty.Extensions (docs/deploy.md).
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'chartside@chartside.dev',
          // 140 (the current ESR) is the first to read data_collection_permissions; Android 142.
          strict_min_version: '140.0',
          // Nothing is collected by the extension's makers. Only after the user joins their own
          // team (an invite or their organization's policy) does the browser send, to that team's
          // worker: handoff notes (encrypted before they leave), code numbers of accepted or
          // rejected suggestions, and denial records (payer, codes, adjustment reasons).
          data_collection_permissions: { required: ['none'], optional: ['healthInfo', 'financialAndPaymentInfo', 'personalCommunications'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // Firefox's source upload: the project, never built data (the code-set index is rebuilt from
  // the official files) nor local state.
  zip: { excludeSources: ['generated/**', 'data/**', '.scratch/**', '.test-results/**', 'scratch-*'] },
  hooks: {
    // Ship the compiled code-set index (built by `chartside codes build`, never committed).
    'build:publicAssets': (_wxt, files) => {
      if (!existsSync(codesetsDir)) {
        console.warn('chartside: generated/codesets missing, the extension will have no code sets; run `npx chartside codes build`');
        return;
      }
      for (const { name, path } of shipCodeSets(codesetsDir, shippedDir)) {
        files.push({ absoluteSrc: path, relativeDest: `codesets/${name}` });
      }
    },
  },
});
