// A worker thread of scripts/lib/write-answers.ts: answers its share of the precomputed queries.
import { parentPort, workerData } from 'node:worker_threads';
import { serveTasks } from '../../src/lib/worker-pool.ts';
import { answerQueries, type AnswerContext, type AnswerTask } from './write-answers.ts';

serveTasks<AnswerTask[], number>(parentPort!, (tasks) => answerQueries(workerData as AnswerContext, tasks));
