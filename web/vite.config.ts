import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves web/dist and the API on one origin; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Fonts and icons are files of our own origin (the content-security policy allows 'self' and data:).
    assetsInlineLimit: 4096,
    // Each page is its own chunk, loaded when first opened (lazyRouteComponent in the route files): the
    // first screen needs the shell, the libraries and the worklist, about 270 kB gzipped of 420. The
    // largest chunk is the shared libraries (React, zod, the design system, date-fns).
    chunkSizeWarningLimit: 700,
  },
});
