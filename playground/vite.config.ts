// Vite-configuratie van de speeltuin: statische site met relatieve paden, werkers als ES-modules.
import { defineConfig } from 'vite';

export default defineConfig({
  // De map van dit bestand: `vite playground` en `vite build playground` werken zo vanaf de repo-wortel.
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  base: './',
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    outDir: '../dist-playground',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
});
