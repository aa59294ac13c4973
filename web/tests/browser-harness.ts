import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (or at nothing, to see the suite skip). */
export const CHROMIUM = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = path.join(ROOT, 'test-results');
export const DEMO = { login: '15800010002', password: 'genjin-demo' };

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Harness {
  base: string;
  browser: Browser;
  context(options: BrowserContextOptions): Promise<BrowserContext>;
  api<T = unknown>(method: string, url: string, token: string, body?: unknown, headers?: Record<string, string>): Promise<{ code: number; data: T; message?: string }>;
  login(): Promise<string>;
  close(): Promise<void>;
}

/** The real server (`serve --seed-if-empty`) on its own port and database, and a headless Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.join(ROOT, 'web/dist/index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-browser-'));
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--seed-if-empty'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${path.join(dir, 'genjin.db')}`,
      STORAGE_DIR: path.join(dir, 'files'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ATTACHMENT_SWEEP_INTERVAL_MINUTES: '0',
      REDIS_URL: '',
      S3_BUCKET: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start within 90 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const api: Harness['api'] = async (method, url, token, body, headers = {}) => {
    const response = await fetch(`${base}/api/v2${url}`, {
      method,
      headers: { authorization: `Token token=${token}, device=web`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    return (await response.json()) as never;
  };
  return {
    base,
    browser,
    context: (options) => browser.newContext({ ...options, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: base }),
    api,
    login: async () => {
      const answer = await api<{ user_token: string }>('POST', '/auth/login', '', { login: DEMO.login, password: DEMO.password, device: 'web' });
      return answer.data.user_token;
    },
    close: async () => {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
