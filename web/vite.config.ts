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
    // One bundle (about 280 kB gzipped) for a staff tool that is opened once a day.
    chunkSizeWarningLimit: 1400,
  },
});
