/**
 * All configuration, parsed once at boot from the environment. Nothing else reads process.env.
 * Every variable is documented in the README's configuration table.
 */
export interface Config {
  databaseUrl: string;
  /** Streaming replicas of the PostgreSQL primary for read-only requests. */
  databaseReplicaUrls: readonly string[];
  /** A replica whose replay is further behind than this is skipped. */
  replicaMaxLagSeconds: number;
  dbPoolSize: number;
  /** PostgreSQL: how long a request waits for a connection before it is answered 100503. */
  dbConnectTimeoutMs: number;
  host: string;
  port: number;
  /** Absolute base for URLs we hand out (attachment links); derived from the request when unset. */
  publicUrl: string | undefined;
  logLevel: string;
  tokenTtlDays: number;
  acceptedDevices: readonly string[];
  /** `compat` (default): errors are HTTP 200 envelopes as IKCRM clients expect; `strict`: real statuses. */
  errorStatusMode: 'compat' | 'strict';
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  redisUrl: string | undefined;
  /** Prefix of the rate-limit keys in Redis, so several deployments can share one Redis. */
  redisKeyPrefix: string;
  trustProxy: boolean;
  storageDir: string;
  uploadMaxBytes: number;
  /** A request body not fully arrived this long after its headers is answered 408 and closed. */
  requestBodyTimeoutMs: number;
  /** The same for multipart uploads, which may come over slow mobile links. */
  uploadBodyTimeoutMs: number;
  /** Node's limit on a request's header block (URL included); beyond it the answer is a 431 envelope. */
  maxHeaderBytes: number;
  signingSecret: string | undefined;
  /** Sniffed content types accepted on upload: exact (`image/png`) or a family (`image/*`). */
  uploadAllowedTypes: readonly string[];
  /** How often the server removes unattached uploads older than 24 h; 0 turns the timer off. */
  attachmentSweepIntervalMinutes: number;
  /** Set when attachment bytes live in an S3-compatible bucket instead of STORAGE_DIR. */
  s3: S3Config | undefined;
  /** Addresses or CIDR ranges that may read /metrics (default: loopback only). */
  metricsAllow: readonly string[];
  /** OpenTelemetry traces over OTLP/HTTP, when OTEL_EXPORTER_OTLP_ENDPOINT (or _TRACES_ENDPOINT) is set. */
  tracing: TracingConfig | undefined;
  /**
   * After SIGTERM, how long /readyz answers 503 while the server still serves, so a load balancer stops
   * sending before the listener closes.
   */
  shutdownDrainSeconds: number;
  /** WEBHOOK_ALLOW_PRIVATE=1: webhook URLs may point at private and loopback addresses (tests, intranets). */
  webhookAllowPrivate: boolean;
  /** How often `genjin serve` runs the event worker (outbox, webhook deliveries, due reminders); 0 turns it off. */
  eventWorkerIntervalMs: number;
}

export interface S3Config {
  bucket: string;
  region: string;
  /** Any S3-compatible endpoint (MinIO, R2, OSS, COS …); unset means AWS. */
  endpoint: string | undefined;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min} (got "${raw}")`);
  return value;
}

function list(env: Env, name: string, fallback: readonly string[]): readonly string[] {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  return raw === '1' || raw === 'true';
}

function s3(env: Env): S3Config | undefined {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return undefined;
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || undefined;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE'),
  };
}

/** Images, PDFs, office documents, archives, plain text and voice notes; never executables, HTML or SVG. */
export const DEFAULT_UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/bmp',
  'application/pdf',
  'application/zip',
  'application/x-cfb',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
  'text/csv',
  'audio/*',
] as const;

export const DEFAULT_DEVICES = ['open_api', 'dingtalk', 'wxwork', 'web', 'ios', 'android'] as const;

export interface TracingConfig {
  /** Where spans are POSTed: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces. */
  tracesUrl: string;
  serviceName: string;
  /** OTEL_EXPORTER_OTLP_HEADERS: `key=value,key=value` (an API key for a hosted collector). */
  headers: Record<string, string>;
}

function tracing(env: Env): TracingConfig | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim().replace(/\/+$/, '');
  const tracesUrl = traces || (base ? `${base}/v1/traces` : undefined);
  if (!tracesUrl) return undefined;
  if (!/^https?:\/\//.test(tracesUrl)) throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL (got "${tracesUrl}")`);
  const headers: Record<string, string> = {};
  for (const pair of list(env, 'OTEL_EXPORTER_OTLP_HEADERS', [])) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`OTEL_EXPORTER_OTLP_HEADERS: "${pair}" is not key=value`);
    headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return { tracesUrl, serviceName: env.OTEL_SERVICE_NAME?.trim() || 'genjin', headers };
}

export function loadConfig(env: Env = process.env): Config {
  const mode = env.ERROR_STATUS_MODE?.trim() || 'compat';
  if (mode !== 'compat' && mode !== 'strict') throw new Error(`ERROR_STATUS_MODE must be compat or strict (got "${mode}")`);
  return {
    databaseUrl: env.DATABASE_URL?.trim() || 'sqlite:./data/genjin.db',
    databaseReplicaUrls: list(env, 'DATABASE_REPLICA_URLS', []),
    replicaMaxLagSeconds: int(env, 'REPLICA_MAX_LAG_SECONDS', 10, 1),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1),
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_SECONDS', 5, 1) * 1000,
    host: env.HOST?.trim() || '127.0.0.1',
    port: int(env, 'PORT', 3000),
    publicUrl: env.PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    tokenTtlDays: int(env, 'TOKEN_TTL_DAYS', 30, 1),
    acceptedDevices: list(env, 'ACCEPTED_DEVICES', DEFAULT_DEVICES),
    errorStatusMode: mode,
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 1200),
    loginRateLimitPerMinute: int(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20),
    redisUrl: env.REDIS_URL?.trim() || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'genjin-rl:',
    trustProxy: env.TRUST_PROXY?.trim() === '1' || env.TRUST_PROXY?.trim() === 'true',
    storageDir: env.STORAGE_DIR?.trim() || './data/files',
    uploadMaxBytes: int(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1),
    requestBodyTimeoutMs: int(env, 'REQUEST_BODY_TIMEOUT_SECONDS', 60, 1) * 1000,
    uploadBodyTimeoutMs: int(env, 'UPLOAD_BODY_TIMEOUT_SECONDS', 600, 1) * 1000,
    maxHeaderBytes: int(env, 'MAX_HEADER_BYTES', 256 * 1024, 16 * 1024),
    signingSecret: env.SIGNING_SECRET?.trim() || undefined,
    uploadAllowedTypes: list(env, 'UPLOAD_ALLOWED_TYPES', DEFAULT_UPLOAD_TYPES).map((t) => t.toLowerCase()),
    attachmentSweepIntervalMinutes: int(env, 'ATTACHMENT_SWEEP_INTERVAL_MINUTES', 60),
    s3: s3(env),
    metricsAllow: list(env, 'METRICS_ALLOW', ['127.0.0.1', '::1']),
    tracing: tracing(env),
    shutdownDrainSeconds: int(env, 'SHUTDOWN_DRAIN_SECONDS', 0),
    webhookAllowPrivate: flag(env, 'WEBHOOK_ALLOW_PRIVATE'),
    eventWorkerIntervalMs: int(env, 'EVENT_WORKER_INTERVAL_MS', 2000),
  };
}

/** A configuration for tests and tools: defaults, with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), logLevel: 'silent', rateLimitPerMinute: 0, loginRateLimitPerMinute: 0, ...overrides };
}
