import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

describe('GroupCommit', () => {
  it('puts writes that arrive together into one commit and answers each with its own result', async () => {
    const commits: number[][] = [];
    const g = new GroupCommit<string, number, number>(async (_k, jobs) => (commits.push(jobs), jobs.map((j) => j * 10)));
    const results = await Promise.all([1, 2, 3].map((n) => g.submit('t', n)));
    expect(results).toEqual([10, 20, 30]);
    expect(commits).toEqual([[1, 2, 3]]);
  });

  it('queues writes that arrive during a commit for the next one, per key, in order', async () => {
    const commits: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const g = new GroupCommit<string, number, number>(async (k, jobs) => {
      commits.push(`${k}:${jobs.join(',')}`);
      if (jobs[0] === 1) await gate;
      return jobs;
    });
    const first = g.submit('a', 1);
    await new Promise((r) => setImmediate(r));
    const later = [g.submit('a', 2), g.submit('a', 3), g.submit('b', 9)];
    await new Promise((r) => setImmediate(r));
    expect(commits).toEqual(['a:1', 'b:9']); // b does not wait for a
    release();
    await Promise.all([first, ...later]);
    expect(commits).toEqual(['a:1', 'b:9', 'a:2,3']);
  });

  it('fails only the job whose result is an error, or the whole batch when the commit throws', async () => {
    const g = new GroupCommit<0, number, number>(async (_k, jobs) => {
      if (jobs.includes(99)) throw new Error('disk full');
      return jobs.map((j) => (j < 0 ? new Error(`bad ${j}`) : j));
    });
    const [ok, bad] = await Promise.allSettled([g.submit(0, 1), g.submit(0, -1)]);
    expect(ok).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'bad -1' } });
    const all = await Promise.allSettled([g.submit(0, 2), g.submit(0, 99)]);
    expect(all.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const g = new GroupCommit<0, number, number>(async (_k, jobs) => (sizes.push(jobs.length), jobs), { maxBatch: 4 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => g.submit(0, i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('starts a further batch of one key while one runs only when a full batch waits, up to `inFlight`', async () => {
    const started: number[][] = [];
    const gates: (() => void)[] = [];
    const g = new GroupCommit<0, number, number>(
      async (_k, jobs) => {
        started.push(jobs);
        await new Promise<void>((r) => gates.push(r));
        return jobs;
      },
      { inFlight: 2, maxBatch: 2 },
    );
    const tick = () => new Promise((r) => setImmediate(r));
    const a = g.submit(0, 1);
    await tick();
    const b = g.submit(0, 2);
    await tick();
    expect(started).toEqual([[1]]); // one waiting job is not a full batch: it waits
    const c = g.submit(0, 3);
    await tick();
    expect(started).toEqual([[1], [2, 3]]); // a full batch takes the second slot
    const d = g.submit(0, 4);
    const e = g.submit(0, 5);
    await tick();
    expect(started).toHaveLength(2); // both slots busy
    gates[1]!();
    expect(await Promise.all([b, c])).toEqual([2, 3]);
    await tick();
    expect(started).toEqual([[1], [2, 3], [4, 5]]);
    gates[0]!();
    gates[2]!();
    expect(await Promise.all([a, d, e])).toEqual([1, 4, 5]);
  });

  it('starts a further batch once `overlapAt` writes wait, and before the finished batch is answered', async () => {
    const events: string[] = [];
    const gates: (() => void)[] = [];
    const g = new GroupCommit<0, number, number>(
      async (_k, jobs) => {
        events.push(`start ${jobs.join(',')}`);
        await new Promise<void>((r) => gates.push(r));
        return jobs;
      },
      { inFlight: 2, overlapAt: 3 },
    );
    const tick = () => new Promise((r) => setImmediate(r));
    const a = g.submit(0, 1).then((r) => events.push(`answered ${r}`));
    await tick();
    const waiting = [g.submit(0, 2), g.submit(0, 3)];
    await tick();
    expect(events).toEqual(['start 1']); // two waiting: below the threshold
    waiting.push(g.submit(0, 4));
    await tick();
    expect(events).toEqual(['start 1', 'start 2,3,4']);
    const e = g.submit(0, 5);
    await tick();
    expect(events).toHaveLength(2); // one waits: below the threshold
    gates[0]!();
    await a;
    const second = waiting[0]!.then(() => events.push('answered 2'));
    gates[1]!();
    await second;
    // Both slots were busy until 2,3,4 committed; the waiting write went out before 2 was answered.
    expect(events).toEqual(['start 1', 'start 2,3,4', 'answered 1', 'start 5', 'answered 2']);
    gates[2]!();
    expect(await Promise.all([...waiting, e])).toEqual([2, 3, 4, 5]);
  });
});
