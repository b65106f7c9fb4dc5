// Dashboard build: web/ → web/dist, served by the API process (src/api/static.ts). No inline scripts or styles are
// emitted, so the strict CSP (script-src 'self'; style-src 'self') holds.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 900,
  },
});
