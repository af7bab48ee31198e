import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { workspaceRoot } from '../config.ts';

const clientDir = process.env.VIGIE_CLIENT_DIR ?? join(workspaceRoot, 'client');

/** Production serves the built SPA; development mounts Vite in middleware mode on the same port. */
export async function mountSpa(app: Express, server: Server, env: 'development' | 'production' | 'test') {
  if (env === 'development') {
    const { createServer } = await import('vite');
    const vite = await createServer({
      root: clientDir,
      // The runner loads the config in memory: a bundled temp file would wake `tsx watch` in a loop.
      configLoader: 'runner',
      server: { middlewareMode: true, hmr: { server } },
      appType: 'spa',
      logLevel: 'warn',
    });
    app.use(vite.middlewares);
    return () => vite.close();
  }
  const dist = join(clientDir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built client in ${dist}: run "pnpm build" first.`);
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/{*splat}', (_req, res) => res.sendFile(join(dist, 'index.html')));
  return async () => {};
}
