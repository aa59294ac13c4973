import { expect, it } from 'vitest';
import { createSlots, SlotsFull } from './render-slots.ts';

it('runs at most `size` tasks at once, in arrival order, and frees every slot', async () => {
  const slots = createSlots(2);
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  const releases: Array<() => void> = [];
  const tasks = [0, 1, 2, 3, 4].map((n) =>
    slots.run(async () => {
      started.push(n);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return n;
    }),
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
  await settle();
  expect(started).toEqual([0, 1]);
  while (releases.length > 0 || started.length < 5) {
    releases.shift()?.();
    await settle();
  }
  expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
  expect(started).toEqual([0, 1, 2, 3, 4]);
  expect(peak).toBe(2);
  expect(slots.active).toBe(0);
});

it('frees the slot when a task fails', async () => {
  const slots = createSlots(1);
  await expect(slots.run(() => Promise.reject(new Error('bad image')))).rejects.toThrow('bad image');
  expect(await slots.run(async () => 'next')).toBe('next');
  expect(slots.active).toBe(0);
});

it('refuses a task beyond maxWaiting, and takes new ones once the queue has room', async () => {
  const slots = createSlots(1, 2);
  const releases: Array<() => void> = [];
  const task = () => slots.run(() => new Promise<string>((resolve) => releases.push(() => resolve('done'))));
  const accepted = [task(), task(), task()];
  await expect(task()).rejects.toBeInstanceOf(SlotsFull);
  expect(slots.active).toBe(1);
  expect(slots.waiting).toBe(2);
  while (releases.length > 0 || slots.active > 0) {
    releases.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(await Promise.all(accepted)).toEqual(['done', 'done', 'done']);
  const again = task();
  await new Promise((resolve) => setTimeout(resolve, 5));
  releases.shift()!();
  expect(await again).toBe('done');
});
