import { expect, test } from 'vitest';
import { decodeInvite, encodeInvite } from './invite.ts';

const invite = { workerUrl: 'http://127.0.0.1:8787', token: 'cs_abcdefghijkl', teamSecret: 'x'.repeat(43), teamId: 't1', role: 'coder' };

test('an invite code round-trips and is URL-safe', () => {
  const code = encodeInvite(invite);
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeInvite(`  ${code}\n`)).toEqual(invite);
});

test('a member invite carries a one-time code instead of a token', () => {
  const { token: _t, ...rest } = invite;
  expect(decodeInvite(encodeInvite({ ...rest, code: 'inv_0123456789' })).code).toBe('inv_0123456789');
  expect(() => decodeInvite(encodeInvite(rest as never))).toThrow(/token or a one-time code/);
});

test('a truncated or incomplete code names the problem', () => {
  const code = encodeInvite(invite);
  expect(() => decodeInvite(code.slice(0, 20))).toThrow(/not readable|incomplete/);
  expect(() => decodeInvite(encodeInvite({ ...invite, workerUrl: 'not a url' }))).toThrow(/incomplete \(workerUrl\)/);
});
