import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../scripts/cli/worker-pool.ts';

const CRASHING = new URL('./fixtures/crashing-worker.mjs', import.meta.url);
const job = (path: string) => ({ type: 'machine' as const, machine: path, path });

describe('WorkerPool', () => {
  it('runs jobs on at most `size` workers and passes their progress on', async () => {
    const pool = new WorkerPool(2, { knowledge: '{}' }, CRASHING);
    const progress: number[] = [];
    try {
      const answers = await Promise.all(['a', 'b', 'c', 'd'].map((p) => pool.run<string>(job(p), (n) => progress.push(n))));
      expect(answers).toEqual(['a', 'b', 'c', 'd']);
      expect(progress).toEqual([10, 10, 10, 10]);
    } finally {
      await pool.close();
    }
  });

  it('fails only the job of a worker that dies, and goes on with a new worker', async () => {
    const pool = new WorkerPool(1, { knowledge: '{}' }, CRASHING);
    try {
      const answers = await Promise.allSettled([pool.run(job('a')), pool.run(job('crash')), pool.run(job('throw')), pool.run(job('b'))]);
      expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : (a.reason as Error).message))).toEqual(['a', 'worker stopped (exit code 3)', 'could not read it', 'b']);
    } finally {
      await pool.close();
    }
  });
});
