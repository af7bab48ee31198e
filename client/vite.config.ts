import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `root` is left to the caller: the build runs from this folder, and in development the express
// server mounts Vite in middleware mode with `root` set to this folder, which also finds this file.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // react-admin with MUI is one ~1 MB chunk unless split by library; the screens themselves are
        // split by route (lazy resource components).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 4 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/, priority: 3 },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
