import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { operationNames } from './electron/core/contract';

// The page's CSP is strict; only the dev server (hot reload) needs to connect to itself over ws and run
// the inline React refresh preamble, so the dev build relaxes it and production never does.
function devCsp(): Plugin {
  return {
    name: 'mentor-planner-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          serve: resolve(__dirname, 'electron/web/serve.ts'),
          // Long exports run in a worker thread, from this file beside index.js and serve.js (core/export/jobs.ts).
          'export-worker': resolve(__dirname, 'electron/core/export/export-worker.ts'),
        },
      },
    },
  },
  preload: {
    // The preload checks operation names only: they are written in here, so it bundles no schema or zod.
    define: { __PLANNER_OPERATION_NAMES__: JSON.stringify(operationNames) },
    build: {
      // A sandboxed preload cannot require anything but 'electron': anything it used would be bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devCsp()],
    build: {
      // A smaller bundle is a faster first paint (the page parses it before anything shows).
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
