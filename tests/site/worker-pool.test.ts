import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/lib/worker-pool.ts';

const WORKER = new URL('../helpers/square-worker.ts', import.meta.url);

describe('WorkerPool', () => {
  it('gives the replies in task order, whichever thread answered first', async () => {
    const pool = new WorkerPool<number, number>(WORKER, { size: 3 });
    try {
      const tasks = Array.from({ length: 200 }, (_, index) => index);
      expect(await pool.run(tasks)).toEqual(tasks.map((value) => value * value));
      // A pool runs several batches.
      expect(await pool.run([7])).toEqual([49]);
      expect(await pool.run([])).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('rejects with the message of a task that failed in its thread', async () => {
    const pool = new WorkerPool<number, number>(WORKER, { size: 2 });
    try {
      await expect(pool.run([1, 2, -3, 4])).rejects.toThrow(/cannot square -3 here/u);
    } finally {
      await pool.close();
    }
  });
});
