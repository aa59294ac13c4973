import { createClient, GenjinError, type Download, type GenjinClient } from '../../client/index.ts';

/**
 * The typed client (`genjin/client`) as the import uses it. The client already waits out 429s (as
 * Retry-After says) and retries a read whose connection dropped a few times; an import reads for hours from
 * a server allowed to be busy, so it retries longer, and also the login and a body cut off mid-way (both
 * safe to repeat: a login only issues another token).
 */
export { GenjinError };

export interface SourceClient {
  login(input: { login: string; password: string; corp_id?: string | undefined }): Promise<{ user_token: string; user_id: number; corp_id: string; organization_id: number }>;
  request<T>(method: 'GET', path: string, options?: { query?: Record<string, string | number> }): Promise<T>;
  download(url: string): Promise<Download>;
}

const ATTEMPTS = 8;

/** A dropped connection, a body cut off, our timeout, or a 429 still throttled after the client's retries. */
function isTransient(error: unknown): boolean {
  if (error instanceof GenjinError) return error.code === 429 || error.code === 100503;
  return error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}

async function resilient<T>(work: () => Promise<T>, sleep: (ms: number) => Promise<void>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      await sleep(Math.min(250 * 2 ** attempt, 8_000));
    }
  }
}

export function createSourceClient(options: { baseUrl: string; fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> }): SourceClient {
  const client: GenjinClient = createClient({ baseUrl: options.baseUrl, timeoutMs: 120_000, maxRetries: 10, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    login: (input) => resilient(() => client.login({ login: input.login, password: input.password, ...(input.corp_id ? { corp_id: input.corp_id } : {}) }), sleep),
    request: <T>(method: 'GET', path: string, opts: { query?: Record<string, string | number> } = {}) =>
      resilient(() => client.request<T>(method, path, opts.query ? { query: opts.query } : {}), sleep),
    download: (url) => resilient(() => client.download(url), sleep),
  };
}
