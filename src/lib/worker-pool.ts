import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads running one module (Node strips its TypeScript types:
 * tsconfig's erasableSyntaxOnly keeps the code runnable that way). `run` sends
 * each task to the next free worker and gives the replies in task order. A task
 * that throws in its worker rejects `run` with the worker's message.
 */
export class WorkerPool<Task, Reply> {
  readonly #workers: Worker[];

  /** `size`: how many threads; by default one per core, at most MAX_THREADS. */
  constructor(module: URL, options: { size?: number; workerData?: unknown } = {}) {
    const size = Math.max(1, options.size ?? defaultThreads());
    this.#workers = Array.from({ length: size }, () => new Worker(module, { workerData: options.workerData }));
  }

  /**
   * `tasks` is read as threads become free, so a generator can prepare the
   * next task while the threads work on the last ones. `onReply` sees each
   * reply as it arrives (in arrival order), while other threads still work.
   */
  async run(tasks: Iterable<Task>, onReply?: (reply: Reply, index: number) => void, options: { keepReplies?: boolean } = {}): Promise<Reply[]> {
    // A caller that handles each reply in `onReply` may not need them kept: large replies would pile up.
    const keep = options.keepReplies ?? true;
    const pending = tasks[Symbol.iterator]();
    const replies: Reply[] = [];
    let next = 0;
    let drained = false;
    await Promise.all(
      this.#workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              let item: IteratorResult<Task> | undefined;
              try {
                item = drained ? undefined : pending.next();
              } catch (error) {
                drained = true;
                worker.off('message', receive).off('error', fail);
                return fail(error);
              }
              if (!item || item.done) {
                drained = true;
                worker.off('message', receive).off('error', fail);
                return done();
              }
              const job = next++;
              worker.postMessage({ job, task: item.value });
            };
            const receive = (message: { job: number; ok: true; reply: Reply } | { job: number; ok: false; error: string }) => {
              if (!message.ok) {
                worker.off('message', receive).off('error', fail);
                return fail(new Error(message.error));
              }
              if (keep) replies[message.job] = message.reply;
              // The next task first, so this thread works while the reply is handled.
              send();
              onReply?.(message.reply, message.job);
            };
            worker.on('message', receive).on('error', fail);
            send();
          }),
      ),
    );
    return replies;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

// Each thread loads the pipeline or the renderer (about 100 MB): a big CI machine should not start 64.
const MAX_THREADS = 8;

/** One thread per core, at most MAX_THREADS. */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), MAX_THREADS);
}

/** The worker's side: answers each task with `handle` (its value, or what its promise gives), errors as messages. */
export function serveTasks<Task, Reply>(port: { on(event: 'message', listener: (message: { job: number; task: Task }) => void): unknown; postMessage(message: unknown): void }, handle: (task: Task) => Reply | Promise<Reply>): void {
  port.on('message', ({ job, task }) => {
    const refuse = (error: unknown) => port.postMessage({ job, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    try {
      const reply = handle(task);
      if (reply instanceof Promise) reply.then((value) => port.postMessage({ job, ok: true, reply: value }), refuse);
      else port.postMessage({ job, ok: true, reply });
    } catch (error) {
      refuse(error);
    }
  });
}
