import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build` puts the web app (web/dist at the repository root). */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Scripts and styles only from our own files (Vite emits no inline script; antd-mobile ships plain CSS files),
 * so a stored `<script>` can never run even if some text were rendered as HTML. Images and audio also come
 * from blob: (previews of photos being compressed, voice notes being recorded) and data: (tiny inline icons).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(reply: FastifyReply, extraOrigins: string): FastifyReply {
  const csp = extraOrigins
    ? CONTENT_SECURITY_POLICY.replace("img-src 'self'", `img-src 'self' ${extraOrigins}`).replace(
        "media-src 'self'",
        `media-src 'self' ${extraOrigins}`,
      )
    : CONTENT_SECURITY_POLICY;
  return reply
    .header('content-security-policy', csp)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('x-frame-options', 'DENY');
}

/** Paths the SPA must never shadow: unknown ones keep their API envelope / real status. */
function isServerPath(rawPath: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  // `//api/v2/…` and `/%61pi/…` are still API paths, whatever the router made of them.
  path = path.replace(/\/{2,}/g, '/').toLowerCase();
  return path === '/api' || path.startsWith('/api/') || path === '/files' || path.startsWith('/files/') || path === '/healthz';
}

export interface WebAppOptions {
  distDir: string;
  /** PUBLIC_URL's origin when attachment links point elsewhere than the page's own origin. */
  publicUrl: string | undefined;
}

/**
 * Serves the built single-page app: `/assets/*` (content-hashed by Vite) cached for a year as immutable,
 * `index.html` never cached (so a deploy is picked up on the next load), and index.html for every other GET
 * outside /api, /files and /healthz, so deep links like /timeline?date=week work after a reload.
 */
export function webAppRoutes(app: FastifyInstance, options: WebAppOptions): void {
  const root = resolve(options.distDir);
  const extraOrigins = options.publicUrl ? new URL(options.publicUrl).origin : '';
  // Read on each navigation (it is 1 kB), so `npm run build` on a running server takes effect at once.
  async function indexHtml(): Promise<Buffer | undefined> {
    try {
      return await readFile(join(root, 'index.html'));
    } catch {
      return undefined;
    }
  }

  async function sendFile(reply: FastifyReply, relative: string, cacheControl: string): Promise<boolean> {
    const file = resolve(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return false;
    try {
      const info = await stat(file);
      if (!info.isFile()) return false;
      const body = await readFile(file);
      securityHeaders(reply, extraOrigins)
        .header('cache-control', cacheControl)
        .type(TYPES[extname(file)] ?? 'application/octet-stream')
        .send(body);
      return true;
    } catch {
      return false;
    }
  }

  const config = { public: true } as const;

  app.get('/assets/*', { config, schema: { hide: true } }, async (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    if (await sendFile(reply, join('assets', rest), 'public, max-age=31536000, immutable')) return reply;
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });

  app.get('/*', { config, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // Exactly what these paths answered before the app existed (the API's 100404 envelope).
    if (isServerPath(path)) return reply.callNotFound();
    // Top-level files Vite copies from web/public (favicon, manifest) are served as they are.
    if (/^\/[\w.-]+\.\w+$/.test(path) && path !== '/index.html') {
      if (await sendFile(reply, path.slice(1), 'public, max-age=3600')) return reply;
    }
    const html = await indexHtml();
    if (!html) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build`.\n');
    }
    return securityHeaders(reply, extraOrigins).header('cache-control', 'no-cache').type(TYPES['.html']!).send(html);
  });
}
