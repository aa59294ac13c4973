/**
 * The few calls `genjin import` makes to an IKCRM-compatible server, in the shape of the typed client
 * (`genjin/client`: createClient, login, request, download), so the import can switch to it unchanged.
 * Throttling (HTTP 429) is waited out as `Retry-After` says, and a GET (or the login) whose connection
 * dropped is sent again: the import reads a server that is allowed to be busy.
 */

export class GenjinError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly error?: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  baseUrl: string;
  token?: string;
  device?: string;
  fetch?: typeof fetch;
  maxRetries?: number;
  timeoutMs?: number;
  /** How long to sleep (tests shorten it); defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export interface LoginAnswer {
  user_token: string;
  user_id: number;
  corp_id: string;
  organization_id: number;
}

export interface Downloaded {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

export interface SourceClient {
  login(input: { login: string; password: string; corp_id?: string | undefined }): Promise<LoginAnswer>;
  request<T>(method: string, path: string, options?: { query?: Record<string, string | number>; body?: unknown }): Promise<T>;
  download(url: string): Promise<Downloaded>;
}

const MAX_RETRY_AFTER_MS = 60_000;

function retryAfterMs(header: string | null, attempt: number): number {
  const seconds = Number(header);
  if (header !== null && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  const date = header ? Date.parse(header) : NaN;
  if (Number.isFinite(date)) return Math.min(Math.max(0, date - Date.now()), MAX_RETRY_AFTER_MS);
  return Math.min(500 * 2 ** attempt, 10_000);
}

function fileNameOf(disposition: string | null, url: string): string {
  const star = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  if (star) return decodeURIComponent(star[1]!);
  const plain = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  if (plain) return plain[1]!;
  return decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? 'file');
}

export function createClient(options: ClientOptions): SourceClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const maxRetries = options.maxRetries ?? 8;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let token = options.token;
  const device = options.device ?? 'open_api';

  /** One HTTP exchange with retries; `retryNetwork` for requests safe to send twice. */
  async function send(url: string, init: RequestInit, retryNetwork: boolean): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        if (!retryNetwork || attempt >= maxRetries) throw error;
        await sleep(Math.min(200 * 2 ** attempt, 5_000));
        continue;
      }
      if (response.status === 429 && attempt < maxRetries) {
        await response.body?.cancel();
        await sleep(retryAfterMs(response.headers.get('retry-after'), attempt));
        continue;
      }
      return response;
    }
  }

  function headers(): Record<string, string> {
    const h: Record<string, string> = { accept: 'application/json' };
    if (token) h.authorization = `Token token="${token}", device="${device}"`;
    return h;
  }

  async function request<T>(method: string, path: string, opts: { query?: Record<string, string | number>; body?: unknown } = {}): Promise<T> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, String(v));
    const init: RequestInit = { method, headers: headers() };
    if (opts.body !== undefined) {
      init.body = JSON.stringify(opts.body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    for (let attempt = 0; ; attempt++) {
      const response = await send(url.toString(), init, method === 'GET' || path === '/api/v2/auth/login');
      let envelope: { code?: number; message?: string; error?: string; data?: T };
      try {
        envelope = (await response.json()) as typeof envelope;
      } catch (error) {
        // A body cut off mid-way is a dropped connection too.
        if (method === 'GET' && attempt < maxRetries) continue;
        throw new GenjinError(-1, `${method} ${path}: HTTP ${response.status}, no JSON envelope (${(error as Error).message})`);
      }
      if (envelope.code !== 0) throw new GenjinError(envelope.code ?? -1, envelope.message ?? `HTTP ${response.status}`, envelope.error);
      return envelope.data as T;
    }
  }

  return {
    async login(input) {
      const answer = await request<LoginAnswer>('POST', '/api/v2/auth/login', {
        body: { login: input.login, password: input.password, ...(input.corp_id ? { corp_id: input.corp_id } : {}), device },
      });
      token = answer.user_token;
      return answer;
    },
    request,
    async download(url) {
      for (let attempt = 0; ; attempt++) {
        const response = await send(url, { method: 'GET', headers: headers() }, true);
        if (response.status !== 200) throw new GenjinError(-1, `GET ${new URL(url).pathname}: HTTP ${response.status}`);
        try {
          const bytes = new Uint8Array(await response.arrayBuffer());
          const declared = Number(response.headers.get('content-length'));
          if (Number.isFinite(declared) && response.headers.has('content-length') && declared !== bytes.length) throw new Error('short body');
          return { bytes, contentType: response.headers.get('content-type') ?? 'application/octet-stream', fileName: fileNameOf(response.headers.get('content-disposition'), url) };
        } catch (error) {
          if (attempt >= maxRetries) throw error;
        }
      }
    },
  };
}
