import type { TickStep } from '../webhooks/event-worker.ts';
import { fireDueReminders } from './reminder-scanner.ts';

/** What the event worker runs before fanning out the outbox: due reminders add their events first. */
export const EVENT_WORKER_STEPS: readonly TickStep[] = [fireDueReminders];
