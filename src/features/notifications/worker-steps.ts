import type { TickStep } from '../webhooks/event-worker.ts';

/** What the event worker runs before fanning out the outbox (the reminder scanner joins here). */
export const EVENT_WORKER_STEPS: readonly TickStep[] = [];
