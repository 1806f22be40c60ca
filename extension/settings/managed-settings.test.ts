import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The extension API is WXT's in-memory fake; storage.managed (which the fake leaves out) answers
// with whatever policy the test sets, after a delay like Chrome's policy service at start.
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

let policy: Record<string, unknown> | Error = {};
let release: () => void = () => undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules(); // each import below is a new background life
  const answered = new Promise<void>((done) => (release = done));
  (fakeBrowser.storage as unknown as { managed: unknown }).managed = {
    get: async () => {
      await answered;
      if (policy instanceof Error) throw policy;
      return policy;
    },
  };
});

const load = () => import('./managed-settings.ts');

test('first run: answers at once with nothing managed, then takes up the policy and says so', async () => {
  policy = { sync: false, codeSetYear: 'FY2026' };
  const { readManaged, settledManaged, onManagedChange } = await load();
  const changed = vi.fn();
  onManagedChange(changed);
  // Chrome's policy service has not answered: a page is not held up, nothing counts as managed.
  expect(await readManaged()).toEqual({ values: {}, problems: [] });
  const settled = settledManaged(); // what enrolment and the worker wait for
  release();
  expect((await settled).values).toEqual({ sync: false, codeSetYear: 'FY2026' });
  await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
  expect((await readManaged()).values).toEqual({ sync: false, codeSetYear: 'FY2026' });
  expect((await fakeBrowser.storage.local.get('managedMirror')).managedMirror).toEqual({ values: { sync: false, codeSetYear: 'FY2026' }, problems: [] });
});

test('later starts answer from the mirror at once, then take up a changed policy and say so', async () => {
  await fakeBrowser.storage.local.set({ managedMirror: { values: { sync: false }, problems: [] } });
  policy = { sync: true, workerUrl: 'https://w.example.org' };
  const { readManaged, onManagedChange } = await load();
  const changed = vi.fn();
  onManagedChange(changed);
  expect((await readManaged()).values).toEqual({ sync: false }); // the policy service has not answered yet
  release();
  await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
  expect((await readManaged()).values).toEqual({ sync: true, workerUrl: 'https://w.example.org' });
});

test('no policy at all (Firefox rejects the read) means nothing managed', async () => {
  policy = new Error('Managed storage manifest not found');
  const { settledManaged } = await load();
  const read = settledManaged();
  release();
  expect(await read).toEqual({ values: {}, problems: [] });
});
