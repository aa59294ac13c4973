import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { trackInFlight } from './in-flight.ts';

it('waits for a handler that is still running after close(), then for nothing', async () => {
  const app = Fastify();
  const inFlight = trackInFlight(app);
  const events: string[] = [];
  let release: () => void = () => undefined;
  app.get('/slow', async () => {
    await new Promise<void>((resolve) => (release = resolve));
    events.push('handler done');
    return { ok: true };
  });
  await app.ready();
  const response = app.inject({ method: 'GET', url: '/slow' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const drained = inFlight.drained(5_000).then(() => events.push('drained'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(events).toEqual([]);
  release();
  await drained;
  expect(events).toEqual(['handler done', 'drained']);
  expect((await response).json()).toEqual({ ok: true });
  const start = Date.now();
  await inFlight.drained(5_000);
  expect(Date.now() - start).toBeLessThan(1_000);
  await app.close();
});
