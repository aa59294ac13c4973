/**
 * The app's one way to the server: the public /api/v2 API, token in the Authorization header, device `web`.
 * Answers are IKCRM envelopes on HTTP 200; a non-zero `code` becomes an ApiError. A 100401 anywhere ends the
 * session and sends the user to the login page, remembering where they were.
 */
const TOKEN_KEY = 'genjin.token';
export const DEVICE = 'web';

export class ApiError extends Error {
  readonly code: number;
  /** The bracket name of the field the message is about (`revisit_log[content]`, `at_user_ids[]`), if any. */
  readonly field: string | undefined;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
    this.field = /([a-z_]+(?:\[[a-z_]*\])*)\s*(?:无效|不能为空|invalid|is required|must)/i.exec(message)?.[1]
      ?? /：\s*([a-z_]+(?:\[[a-z_]*\])+)/i.exec(message)?.[1];
  }
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}
export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

let language = 'zh-CN';
export function setApiLanguage(lang: string): void {
  language = lang;
}

export type QueryInput = Record<string, string | number | boolean | undefined | null | readonly (string | number)[]>;

export function toQuery(params: QueryInput): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) search.append(`${key}[]`, String(v));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function headers(extra?: Record<string, string>): Record<string, string> {
  const token = getToken();
  return {
    'Accept-Language': language,
    ...(token ? { Authorization: `Token token=${token}, device=${DEVICE}` } : {}),
    ...extra,
  };
}

async function unwrap<T>(response: Response): Promise<T> {
  if (response.status === 429) throw new ApiError(429, '请求太频繁，请稍后再试');
  const body = (await response.json().catch(() => null)) as { code?: number; data?: T; message?: string } | null;
  if (!body || typeof body.code !== 'number') throw new ApiError(100500, `HTTP ${response.status}`);
  if (body.code !== 0) {
    if (body.code === 100401) onUnauthorized();
    throw new ApiError(body.code, body.message ?? String(body.code));
  }
  return body.data as T;
}

export async function apiGet<T>(path: string, params: QueryInput = {}, signal?: AbortSignal): Promise<T> {
  return unwrap<T>(await fetch(`/api/v2${path}${toQuery(params)}`, { headers: headers(), signal }));
}

export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<T> {
  const extra: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.idempotencyKey) extra['Idempotency-Key'] = options.idempotencyKey;
  const response = await fetch(`/api/v2${path}`, {
    method,
    headers: headers(extra),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return unwrap<T>(response);
}

/** Multipart upload with progress (fetch cannot report upload progress, XMLHttpRequest can). */
export function apiUpload<T>(
  path: string,
  form: FormData,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v2${path}`);
    for (const [key, value] of Object.entries(headers())) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(100500, '网络错误'));
    xhr.onload = () => {
      unwrap<T>(new Response(xhr.responseText, { status: xhr.status })).then(resolve, reject);
    };
    xhr.send(form);
  });
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The file name a Content-Disposition names: RFC 5987 `filename*` (UTF-8) first, the plain one else. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * A file answer (the export) fetched with the token header. A plain link cannot carry the Authorization
 * header (and a token in the URL would land in logs and history), so the bytes come through fetch as a Blob;
 * an error is still the JSON envelope and becomes an ApiError as elsewhere.
 */
export async function apiDownload(path: string, params: QueryInput = {}, fallbackName = 'download'): Promise<DownloadedFile> {
  const response = await fetch(`/api/v2${path}${toQuery(params)}`, { headers: headers() });
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200 || type.includes('application/json')) {
    await unwrap<unknown>(response);
    throw new ApiError(100500, `HTTP ${response.status}`);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition'), fallbackName) };
}
