/**
 * The error catalogue: every error a client can see, with the IKCRM code its clients key on (README: client compatibility).
 * Errors travel as HTTP 200 envelopes by default; `strictStatus` is used only when the operator opts in.
 */
export type Locale = 'zh' | 'en';

export interface ErrorKind {
  readonly code: number;
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly strictStatus: number;
}

function kind(code: number, key: string, zh: string, en: string, strictStatus: number): ErrorKind {
  return { code, key, zh, en, strictStatus };
}

export const ErrorKinds = {
  invalidDevice: kind(100000, 'invalid_app_error', 'device参数错误', 'Invalid device parameter', 400),
  notFound: kind(
    100100,
    'active_record/record_not_found',
    '您没有权限查看该对象或该对象不存在。',
    'You may not view this object, or it does not exist.',
    404,
  ),
  loginFailed: kind(100400, 'login_failed', '用户名或密码错误', 'Wrong login or password', 401),
  unauthenticated: kind(
    100401,
    'user_authentication_error',
    '您的登录已经过期,请重新登录!',
    'Your session has expired, please log in again!',
    401,
  ),
  forbidden: kind(100403, 'permission_denied', '您没有权限进行此操作', 'You are not allowed to do this', 403),
  routeNotFound: kind(100404, 'routing_error', '接口不存在', 'No such endpoint', 404),
  invalidParameter: kind(100406, 'invalid_parameter', '参数错误', 'Invalid parameter', 422),
  conflict: kind(100409, 'conflict', '数据冲突', 'Conflict', 409),
  payloadTooLarge: kind(100413, 'payload_too_large', '文件过大', 'File too large', 413),
  internal: kind(100500, 'internal_error', '服务器内部错误', 'Internal server error', 500),
  /** The database is unreachable (or busy past its timeout), or a render queue is full: retry shortly. */
  serviceUnavailable: kind(100503, 'service_unavailable', '服务暂不可用', 'Service temporarily unavailable', 503),
} as const satisfies Record<string, ErrorKind>;

export type ErrorKindName = keyof typeof ErrorKinds;

/** A failure the client should see. `detail` is appended to the catalogue message (e.g. which parameter). */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly detailZh: string | undefined;
  readonly detailEn: string | undefined;

  constructor(kindName: ErrorKindName, detail?: { zh: string; en: string }) {
    const k = ErrorKinds[kindName];
    super(detail ? `${k.en}: ${detail.en}` : k.en);
    this.name = 'AppError';
    this.kind = k;
    this.detailZh = detail?.zh;
    this.detailEn = detail?.en;
  }

  localizedMessage(locale: Locale): string {
    const base = locale === 'en' ? this.kind.en : this.kind.zh;
    const detail = locale === 'en' ? this.detailEn : this.detailZh;
    if (!detail) return base;
    return locale === 'en' ? `${base}: ${detail}` : `${base}：${detail}`;
  }
}

/** 100406 naming the parameter and, where there is a closed set, the accepted values. */
export function invalidParameter(name: string, accepted?: readonly string[] | string): AppError {
  const list = Array.isArray(accepted) ? accepted.join(', ') : accepted;
  return new AppError('invalidParameter', {
    zh: list ? `${name} 无效,可选值: ${list}` : `${name} 无效`,
    en: list ? `${name} is invalid; accepted: ${list}` : `${name} is invalid`,
  });
}

/** 100406 for a parameter the request lacks. */
export function missingParameter(name: string): AppError {
  return new AppError('invalidParameter', { zh: `缺少 ${name}`, en: `${name} is required` });
}

export function notFound(): AppError {
  return new AppError('notFound');
}

export interface ErrorEnvelope {
  code: number;
  message: string;
  error: string;
}

export function envelopeOf(err: AppError, locale: Locale): ErrorEnvelope {
  return { code: err.kind.code, message: err.localizedMessage(locale), error: err.kind.key };
}
