/** The events an endpoint may subscribe to (README: event catalogue). */
export const WEBHOOK_EVENTS = [
  'revisit_log.created',
  'revisit_log.updated',
  'revisit_log.deleted',
  'comment.created',
  'revisit_log.reminder_due',
  'revisit_log.mentioned',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
