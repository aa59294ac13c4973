import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served by the Genjin server itself (src/features/web-app); `npm run dev:web` proxies the API to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline modulepreload polyfill: the Content-Security-Policy allows scripts from our own files only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'antd-mobile', test: /node_modules[\\/](antd-mobile|antd-mobile-icons|@floating-ui|@react-spring|@use-gesture|rc-field-form|ahooks)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/files': 'http://127.0.0.1:3000' },
  },
});
