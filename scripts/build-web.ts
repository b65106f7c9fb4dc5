// npm run build:web: the dashboard (web/) into web/dist with vite. `--if-missing` builds only when web/dist has no
// index.html (what `npm start` uses, so a fresh checkout works after `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));
const index = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

if (process.argv.includes('--if-missing') && existsSync(index)) process.exit(0);
const started = performance.now();
await build({ configFile, logLevel: 'warn' });
console.error(`dashboard built into web/dist in ${((performance.now() - started) / 1000).toFixed(1)} s`);
