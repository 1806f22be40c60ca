import preact from '@preact/preset-vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';

const codesetsDir = resolve('generated/codesets');
// Clinical section headings for the page model (medspaCy's list, read here, never committed).
const sectionPatterns = resolve(process.env.CHARTSIDE_LEXICON ?? '../shared/lexicon', 'medspacy/section_patterns.en.json');
const sectionRules = existsSync(sectionPatterns)
  ? (JSON.parse(readFileSync(sectionPatterns, 'utf8')) as { section_rules: { literal: string; category: string }[] }).section_rules
    .map(({ literal, category }) => ({ literal, category }))
  : [];

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false, // explicit imports: a newcomer can follow every name to its file
  vite: () => ({
    plugins: [preact()],
    define: { __CHARTSIDE_SECTION_RULES__: JSON.stringify(sectionRules) },
    build: {
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; the warning is noise, not a problem.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Chartside',
    description: 'Coding and denial-prevention assistant beside the EHR. Page text never leaves the browser.',
    // Fewest permissions: storage for settings, scripting to enable a site the user grants, the side
    // panel on Chrome. Host access is only
    // loopback (demo pages and the local worker); other sites are granted at runtime.
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'sidePanel'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open or close the Chartside panel' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'chartside@chartside.dev', strict_min_version: '128.0' } },
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
      for (const name of readdirSync(codesetsDir)) {
        files.push({ absoluteSrc: join(codesetsDir, name), relativeDest: `codesets/${name}` });
      }
    },
  },
});
