import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

/** Packages only the charts use (@mantine/charts, recharts and its dependencies). */
const CHARTS_ONLY =
  '(@mantine[\\\\/]charts|recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|decimal\\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\\\/]';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The backend serves a strict CSP (script-src 'self'): never inline scripts or module preload polyfills.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Vendor chunks change less often than the app: better caching, no chunk over 500 kB.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            // The charts and what they bring stay out of the shared chunks: only the barometer's
            // dashboard loads them.
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](?!charts[\\/])/ },
            { name: 'vendor', test: new RegExp(`node_modules[\\\\/](?!${CHARTS_ONLY})`) },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // jsdom renders of whole pages take seconds on a loaded 2-core machine: a timeout is not a failure mode.
    testTimeout: 20_000,
  },
});
