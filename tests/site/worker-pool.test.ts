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

  it('waits for a task that answers with a promise, and keeps the order', async () => {
    const pool = new WorkerPool<number, number>(WORKER, { size: 2 });
    try {
      // 0.5 answers after a wait, 3 at once: the replies still come in task order.
      expect(await pool.run([0.5, 3, 1.5])).toEqual([0.25, 9, 2.25]);
      // A promise that rejects rejects the run with its message.
      await expect(pool.run([2, 100.5])).rejects.toThrow(/will not square 100.5 later/u);
    } finally {
      await pool.close();
    }
  });

  it('reads a generator of tasks only as threads become free, and rejects when it throws', async () => {
    const pool = new WorkerPool<number, number>(WORKER, { size: 2 });
    try {
      const made: number[] = [];
      function* tasks() {
        for (let value = 1; value <= 6; value++) {
          made.push(value);
          yield value;
        }
      }
      const run = pool.run(tasks());
      // Two threads: two tasks are made at once, the rest as replies come back.
      expect(made).toEqual([1, 2]);
      expect(await run).toEqual([1, 4, 9, 16, 25, 36]);
      expect(made).toEqual([1, 2, 3, 4, 5, 6]);
      function* failing() {
        yield 2;
        throw new Error('no more tasks can be made');
      }
      await expect(pool.run(failing())).rejects.toThrow(/no more tasks can be made/u);
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
