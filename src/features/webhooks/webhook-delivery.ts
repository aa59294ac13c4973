import { createHmac, randomUUID } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { checkWebhookUrl } from './webhook-urls.ts';
import { claimDelivery, findDueDeliveries, findEndpointsByIds, finishAttempt, type DeliveryRow, type EndpointRow } from './webhooks.repository.ts';

export const ATTEMPT_TIMEOUT_MS = 10_000;
const FIRST_RETRY_MS = 10_000;
const RETRY_WINDOW_MS = 24 * 3_600_000;
/** Longer than the request timeout, so a claim never lapses while its attempt is still running. */
const CLAIM_HOLD_MS = 60_000;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`: the timestamp lets receivers refuse replays. */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

/** 10 s, 20 s, 40 s … after each failure; past 24 h from the first attempt the delivery is given up. */
export function nextAttemptAfterFailure(delivery: DeliveryRow, now: number): { status: 'pending' | 'failed'; nextAttemptAt: number } {
  const next = now + FIRST_RETRY_MS * 2 ** Math.min(delivery.attempts, 20);
  return next > delivery.created_at + RETRY_WINDOW_MS ? { status: 'failed', nextAttemptAt: now } : { status: 'pending', nextAttemptAt: next };
}

interface SendResult {
  statusCode: number | null;
  error: string | null;
}

async function send(app: AppContext, endpoint: EndpointRow, delivery: DeliveryRow): Promise<SendResult> {
  const verdict = await checkWebhookUrl(endpoint.url, app.config.webhookAllowPrivate);
  if (!verdict.ok) return { statusCode: null, error: verdict.reason };
  try {
    const response = await fetch(verdict.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Genjin-Webhooks/1',
        'x-genjin-event': delivery.event,
        'x-genjin-delivery': delivery.public_id,
        'x-genjin-signature': signatureHeader(endpoint.secret, delivery.body, Math.floor(app.clock() / 1000)),
      },
      body: delivery.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { statusCode: null, error: name === 'TimeoutError' ? 'timed out after 10 s' : 'connection failed' };
  }
}

/** One attempt of a claimed delivery, recorded for the claim holder only. */
async function attempt(app: AppContext, endpoint: EndpointRow, delivery: DeliveryRow, token: string): Promise<boolean> {
  const started = app.clock();
  const startedReal = performance.now();
  const result = await send(app, endpoint, delivery);
  const now = app.clock();
  const success = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const next = success ? { status: 'delivered' as const, nextAttemptAt: now } : nextAttemptAfterFailure(delivery, now);
  await finishAttempt(app.database.db, delivery, token, {
    at: started,
    statusCode: result.statusCode,
    error: result.error,
    durationMs: Math.round(performance.now() - startedReal),
    ...next,
  });
  return success;
}

/**
 * Delivers what is due: endpoints in parallel, each endpoint's deliveries one after another in creation
 * order, stopping at the first failure so later ones do not overtake it within this round.
 */
export async function deliverDue(app: AppContext, limit = 200): Promise<{ delivered: number; failed: number }> {
  const { db } = app.database;
  const due = await findDueDeliveries(db, app.clock(), limit);
  const endpoints = new Map((await findEndpointsByIds(db, [...new Set(due.map((d) => d.endpoint_id))])).map((e) => [e.id, e]));
  const byEndpoint = new Map<number, DeliveryRow[]>();
  for (const d of due) {
    const list = byEndpoint.get(d.endpoint_id);
    if (list) list.push(d);
    else byEndpoint.set(d.endpoint_id, [d]);
  }
  let delivered = 0;
  let failed = 0;
  await Promise.all(
    [...byEndpoint].map(async ([endpointId, deliveries]) => {
      const endpoint = endpoints.get(endpointId);
      if (!endpoint) return;
      for (const delivery of deliveries) {
        const token = randomUUID();
        if (!(await claimDelivery(db, delivery.id, token, app.clock(), CLAIM_HOLD_MS))) continue;
        if (await attempt(app, endpoint, delivery, token)) delivered++;
        else {
          failed++;
          break;
        }
      }
    }),
  );
  return { delivered, failed };
}
