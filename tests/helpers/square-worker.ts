// A worker for tests/site/worker-pool.test.ts: squares a number, refuses a negative one.
import { parentPort } from 'node:worker_threads';
import { serveTasks } from '../../src/lib/worker-pool.ts';

serveTasks<number, number>(parentPort!, (value) => {
  if (value < 0) throw new Error(`cannot square ${value} here`);
  return value * value;
});
