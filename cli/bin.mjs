#!/usr/bin/env node
// Entry for `npx chartside`: Node 20 cannot run .ts directly, so register tsx's loader
// once and hand over to the TypeScript CLI. No build step is needed after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
