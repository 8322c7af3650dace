/**
 * The explorer: `npm run explore` serves it, `npm run build:site` writes a static site to site/.
 * The engine's Node-only imports resolve to nodeStubs.ts in the browser.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const stubs = fileURLToPath(new URL('./nodeStubs.ts', import.meta.url));
const NODE = ['fs', 'os', 'path', 'url', 'module', 'crypto', 'v8', 'worker_threads', 'perf_hooks'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: NODE.map((m) => ({ find: new RegExp(`^node:${m}$`), replacement: stubs })) },
  worker: { format: 'es' },
  build: { outDir: fileURLToPath(new URL('../site', import.meta.url)), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1' },
});
