import { expect, it } from 'vitest';
import { inRounds } from './rounds.ts';

it('runs the steps in order, every other round reversed, and returns each step its own results', async () => {
  const ran: string[] = [];
  const step = (name: string) => async () => (ran.push(name), `${name}${ran.length}`);
  const out = await inRounds(3, { hello: step('hello'), push: step('push'), bare: step('bare') });
  expect(ran).toEqual(['hello', 'push', 'bare', 'bare', 'push', 'hello', 'hello', 'push', 'bare']);
  expect(out).toEqual({ hello: ['hello1', 'hello6', 'hello7'], push: ['push2', 'push5', 'push8'], bare: ['bare3', 'bare4', 'bare9'] });
});
