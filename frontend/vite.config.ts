/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const backend = process.env.LEMMA_BACKEND ?? 'http://127.0.0.1:8000';

/**
 * MathLive fetches its fonts at run time from a directory (a CDN unless told otherwise). Serve the
 * package's own fonts from /mathlive-fonts/ in dev and copy them there in the build, so the maths
 * editor works offline; MathField.tsx points MathLive at that directory.
 */
function mathliveFonts(): Plugin {
  const source = new URL('./node_modules/mathlive/fonts/', import.meta.url);
  const fonts = () => readdirSync(source).filter((name) => name.endsWith('.woff2'));
  return {
    name: 'lemma:mathlive-fonts',
    configureServer(server) {
      server.middlewares.use('/mathlive-fonts/', (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!fonts().includes(name)) return next();
        response.setHeader('Content-Type', 'font/woff2');
        response.end(readFileSync(new URL(name, source)));
      });
    },
    generateBundle() {
      for (const name of fonts()) {
        this.emitFile({ type: 'asset', fileName: `mathlive-fonts/${name}`, source: readFileSync(new URL(name, source)) });
      }
    },
  };
}

// Django serves the built files under /static/; the dev server serves the app at its root.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? '/static/' : '/',
  plugins: [react(), mathliveFonts()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/admin': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // A second entry for the Django admin's exercise preview (see src/admin-preview.tsx).
    rollupOptions: { input: { main: 'index.html', 'admin-preview': 'src/admin-preview.tsx' } },
    sourcemap: false,
    // MathLive is one ~800 kB module, split off and loaded only by the maths editor;
    // scripts/bundle-size.mjs keeps the budget for what a first visit loads.
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
}));
