// A worker for tests/site/worker-pool.test.ts: squares a number (a fraction after a
// wait, as an async task would), refuses a negative one.
import { parentPort } from 'node:worker_threads';
import { setTimeout } from 'node:timers/promises';
import { serveTasks } from '../../src/lib/worker-pool.ts';

serveTasks<number, number>(parentPort!, (value) => {
  if (value < 0) throw new Error(`cannot square ${value} here`);
  if (!Number.isInteger(value)) {
    return setTimeout(5).then(() => {
      if (value > 100) throw new Error(`will not square ${value} later`);
      return value * value;
    });
  }
  return value * value;
});
