import { GenjinError } from './errors.ts';
import type { Method } from './inputs.ts';
import { encodeParams, withQuery } from './query.ts';
import type { Query } from './wire-types.ts';

export interface ClientOptions {
  /** Where the server listens, e.g. `http://127.0.0.1:3000` (a path prefix is kept). */
  baseUrl: string;
  token?: string;
  /** Sent as `device=` with the token; the server accepts open_api, dingtalk, wxwork, web, ios, android by default. */
  device?: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** How often an answer of HTTP 429 is retried after its Retry-After (default 5). */
  maxRetries?: number;
  /** Per attempt; none by default. */
  timeoutMs?: number;
  /** `zh-CN` (default on the server) or `en`: the language of error messages. */
  language?: string;
}

export interface RequestOptions {
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as a form: an object as `application/x-www-form-urlencoded` (Rails brackets), FormData as multipart. */
  form?: Query | FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export const DEFAULT_DEVICE = 'open_api';
export const DEFAULT_MAX_RETRIES = 5;
/** A Retry-After longer than this is waited as this long: a client should not hang for an hour. */
export const MAX_RETRY_AFTER_SECONDS = 60;
/** Reads retried after a dropped connection or a 100503 (database briefly away), with these pauses. */
const READ_RETRY_DELAYS_MS = [250, 500, 1000];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `fetch failed` (ECONNRESET, ECONNREFUSED, a socket closed mid-answer) or our own per-attempt timeout. */
function isNetworkError(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return error instanceof Error && error.name === 'TimeoutError';
}

/** Seconds from a Retry-After header (seconds or an HTTP date), 1 when absent or unreadable, capped. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (header === null || header.trim() === '') return 1;
  const seconds = Number(header);
  const value = Number.isFinite(seconds) ? seconds : (Date.parse(header) - now) / 1000;
  if (!Number.isFinite(value)) return 1;
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, value));
}

interface Envelope {
  code: number;
  data?: unknown;
  error?: unknown;
  message?: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number';
}

/** The error for an answer that is not a success envelope. */
export function errorOf(status: number, text: string): GenjinError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (isEnvelope(body)) {
    return new GenjinError({ code: body.code, error: String(body.error ?? ''), message: String(body.message ?? ''), status });
  }
  if (status === 429) return new GenjinError({ code: 429, error: 'rate_limited', message: text.trim() || 'Retry later', status });
  return new GenjinError({ code: status, error: 'http_error', message: `HTTP ${status}: ${text.slice(0, 200)}`, status });
}

export class Transport {
  token: string | undefined;
  readonly baseUrl: string;
  readonly device: string;
  private readonly fetchImpl: typeof fetch;
  private readonly maxRetries: number;
  private readonly timeoutMs: number | undefined;
  private readonly language: string | undefined;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.device = options.device ?? DEFAULT_DEVICE;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.timeoutMs = options.timeoutMs;
    this.language = options.language;
  }

  /** An absolute URL, or a path (`/api/v2/…`, `/files/…`) under baseUrl. */
  urlOf(pathOrUrl: string): string {
    return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  private headersOf(options: RequestOptions, withToken: boolean): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.language) headers['Accept-Language'] = this.language;
    if (withToken && this.token) headers.Authorization = `Token token=${this.token}, device=${this.device}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    else if (options.form !== undefined && !(options.form instanceof FormData)) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    return { ...headers, ...options.headers };
  }

  private bodyOf(options: RequestOptions): string | FormData | undefined {
    if (options.body !== undefined) return JSON.stringify(options.body);
    if (options.form instanceof FormData) return options.form;
    if (options.form !== undefined) return encodeParams(options.form).toString();
    return undefined;
  }

  private signalOf(options: RequestOptions): AbortSignal | undefined {
    const timeout = this.timeoutMs === undefined ? undefined : AbortSignal.timeout(this.timeoutMs);
    if (timeout && options.signal) return AbortSignal.any([timeout, options.signal]);
    return timeout ?? options.signal;
  }

  /**
   * One HTTP exchange with the retries every caller wants: a 429 waits its Retry-After (any method: the
   * limiter answers before the request is handled), a network error is retried for reads only (a write may
   * have happened).
   */
  async send(method: Method, pathOrUrl: string, options: RequestOptions = {}, withToken = true): Promise<Response> {
    const url = withQuery(this.urlOf(pathOrUrl), options.query);
    const headers = this.headersOf(options, withToken);
    const body = this.bodyOf(options);
    let throttled = 0;
    let dropped = 0;
    for (;;) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, { method, headers, body, signal: this.signalOf(options) });
      } catch (error) {
        if (method === 'GET' && dropped < READ_RETRY_DELAYS_MS.length && isNetworkError(error) && !options.signal?.aborted) {
          await sleep(READ_RETRY_DELAYS_MS[dropped++]!);
          continue;
        }
        throw error;
      }
      if (response.status === 429 && throttled < this.maxRetries) {
        throttled++;
        await response.body?.cancel();
        await sleep(retryAfterSeconds(response.headers.get('retry-after')) * 1000);
        continue;
      }
      return response;
    }
  }

  /** An /api/v2 call: the envelope's `data`, or a GenjinError. */
  async request<T>(method: Method, path: string, options: RequestOptions = {}, withToken = true): Promise<T> {
    for (let unavailable = 0; ; unavailable++) {
      const response = await this.send(method, path, options, withToken);
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (isEnvelope(body) && body.code === 0 && response.ok) return body.data as T;
      const error = errorOf(response.status, text);
      if (method === 'GET' && error.code === 100503 && unavailable < READ_RETRY_DELAYS_MS.length) {
        await sleep(READ_RETRY_DELAYS_MS[unavailable]!);
        continue;
      }
      throw error;
    }
  }
}
