// The vite-built dashboard (web/dist) as static files. Views are hash routes (#/pair/GBR-RUS), so index.html is
// the only page; hashed assets are cached for good. Without a build, / says how to make one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>riposte</title></head>
<body><h1>riposte</h1><p>The dashboard is not built. Run <code>npm run build:web</code> (or <code>npm start</code>),
then reload. The JSON API is at <a href="/api/overview">/api/overview</a>; its description at
<a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

// Made on first use: serveStatic complains at creation when the folder is missing (a build may come later).
function lazyStatic(options: { root: string; path?: string }): MiddlewareHandler {
  let handler: ReturnType<typeof serveStatic> | undefined;
  return (c, next) => (handler ??= serveStatic(options))(c as never, next);
}

export function staticRoutes(app: Hono, webRoot: string): void {
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', lazyStatic({ root: webRoot }));
  const index = lazyStatic({ root: webRoot, path: 'index.html' });
  app.get('/', async (c, next) => {
    if (!existsSync(join(webRoot, 'index.html'))) return c.html(NOT_BUILT, 503);
    c.header('Cache-Control', 'no-cache');
    return index(c, next);
  });
  app.get('/favicon.svg', lazyStatic({ root: webRoot }));
}
