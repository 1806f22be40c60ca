import { expect, test } from 'vitest';
import { RenderQueue } from './render-queue.ts';

const nextTask = () => new Promise((done) => setTimeout(done, 0));

test('updates requested in one task are drawn once, in a later task', async () => {
  let draws = 0;
  const queue = new RenderQueue(() => draws++);
  queue.request();
  queue.request();
  queue.request();
  expect(draws).toBe(0); // not in the task that asked
  await nextTask();
  expect(draws).toBe(1);
  queue.request();
  await nextTask();
  expect(draws).toBe(2);
});

test('drawn() resolves only after the pending draw has run', async () => {
  const seen: string[] = [];
  const queue = new RenderQueue(() => seen.push('draw'));
  await queue.drawn(); // nothing pending: at once
  expect(seen).toEqual([]);
  queue.request();
  await queue.drawn().then(() => seen.push('drawn'));
  expect(seen).toEqual(['draw', 'drawn']);
});

test('a draw that throws still releases whoever waits for it', async () => {
  const queue = new RenderQueue(() => {
    throw new Error('render failed');
  });
  queue.request();
  const waiting = queue.drawn();
  expect(() => queue.flush()).toThrow('render failed');
  await expect(waiting).resolves.toBeUndefined();
});

test('cancel drops the pending draw and releases the waiters', async () => {
  let draws = 0;
  const queue = new RenderQueue(() => draws++);
  queue.request();
  const waiting = queue.drawn();
  queue.cancel();
  await waiting;
  await nextTask();
  expect(draws).toBe(0);
});
