import { Worker } from 'node:worker_threads';
import type { ConvertedSource, SourceInput } from '../../src/ingest/ingest-source.ts';
import { binaryFormatOf, type BinaryFormat } from '../../src/ingest/read/convert-binary.ts';
import type { ConvertTask, ConvertWorkerData } from './convert-worker.ts';

export interface ConvertOptions {
  /** How long one file may take, worker start included, before its worker is stopped (ms). */
  timeoutMs?: number;
  /** The heap a worker may use (V8's old generation, MB); a file that needs more is refused. */
  maxMemoryMb?: number;
  /** How many files convert at once, each in its own worker. */
  threads?: number;
  /** Called as each file is done, converted or refused (for progress). */
  onConverted?: () => void;
}

const DEFAULTS = { timeoutMs: 20_000, maxMemoryMb: 512, threads: 2 } as const;

const WORKER = new URL('./convert-worker.ts', import.meta.url);

/**
 * Converts every Word and PDF source (`.docx`, `.doc`, `.pdf`) to the HTML or
 * text the pure stages read, and sets it as the input's `converted`; other
 * inputs pass through untouched. The result is in the inputs' order.
 *
 * Each file converts in a worker thread with a heap limit and a wall-clock
 * limit: a file that hangs a library is stopped with `conversion-timeout`, one
 * that fills the heap is refused as too large to read here, and the worker is
 * replaced. Workers live across files otherwise, so a one-page file costs its
 * conversion and a message, not a thread's start. The limit on a zip's size is
 * checked before unzipping (convert-binary.ts): Buffers live outside the heap,
 * where the heap limit does not reach.
 */
export async function convertSources(inputs: readonly SourceInput[], options: ConvertOptions = {}): Promise<SourceInput[]> {
  const { timeoutMs, maxMemoryMb, threads, onConverted } = { ...DEFAULTS, ...definedOf(options) };
  const jobs = inputs.flatMap((input, index) => {
    const format = binaryFormatOf(input.file);
    return format === null ? [] : [{ index, format, task: { file: input.file, bytes: input.bytes } }];
  });
  if (jobs.length === 0) return [...inputs];
  const converted = new Map<number, ConvertedSource>();
  const workerData: ConvertWorkerData = { preload: [...new Set(jobs.map((job) => job.format))] };
  const pool = Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, () => new ConvertSlot(timeoutMs, maxMemoryMb, workerData));
  let next = 0;
  try {
    // Each slot takes the next file when it is free; results are kept by the input's index, so the order is the inputs'.
    await Promise.all(
      pool.map(async (slot) => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          converted.set(job.index, await slot.convert(job.task, job.format));
          onConverted?.();
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((slot) => slot.close()));
  }
  return inputs.map((input, index) => {
    const result = converted.get(index);
    return result === undefined ? input : { ...input, converted: result };
  });
}

// `{ timeoutMs: undefined }` (an option passed on from a CLI flag not given) keeps the default.
function definedOf(options: ConvertOptions): ConvertOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

type Reply = { job: number; ok: true; reply: ConvertedSource } | { job: number; ok: false; error: string };

/** One worker and the file it converts; a worker that is stopped or dies is started again for the next file. */
class ConvertSlot {
  readonly #timeoutMs: number;
  readonly #maxMemoryMb: number;
  readonly #workerData: ConvertWorkerData;
  #worker: Worker | undefined;
  #job = 0;

  constructor(timeoutMs: number, maxMemoryMb: number, workerData: ConvertWorkerData) {
    this.#timeoutMs = timeoutMs;
    this.#maxMemoryMb = maxMemoryMb;
    this.#workerData = workerData;
  }

  convert(task: ConvertTask, format: BinaryFormat): Promise<ConvertedSource> {
    const worker = (this.#worker ??= this.#start());
    const job = this.#job++;
    return new Promise<ConvertedSource>((resolve) => {
      let settled = false;
      const settle = (result: ConvertedSource, replace: boolean) => {
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (replace) {
          // This worker is done for: the next file gets a new one.
          this.#worker = undefined;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (message: Reply) => {
        if (message.job !== job) return;
        settle(message.ok ? message.reply : { format, error: converterFailed(message.error) }, false);
      };
      const onError = (error: Error & { code?: string }) => {
        settle({ format, error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(this.#maxMemoryMb) : converterFailed(error.message) }, true);
      };
      const onExit = (code: number) => settle({ format, error: converterFailed(`the converter stopped with exit code ${code}`) }, true);
      // The main thread may have been busy reading other sources when the time ran out: a reply already waiting
      // is taken first (messages arrive in the poll phase, before setImmediate's turn).
      const timer = setTimeout(() => setImmediate(() => settled || settle({ format, error: timedOut(this.#timeoutMs) }, true)), this.#timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ job, task });
    });
  }

  #start(): Worker {
    const worker = new Worker(WORKER, { workerData: this.#workerData, resourceLimits: { maxOldGenerationSizeMb: this.#maxMemoryMb } });
    // A worker that dies between files (nothing listens then) must not take the process down; the next file gets a new one.
    worker.on('error', () => undefined).once('exit', () => {
      if (this.#worker === worker) this.#worker = undefined;
    });
    return worker;
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

function timedOut(timeoutMs: number) {
  return {
    code: 'conversion-timeout' as const,
    message: `took longer than ${seconds(timeoutMs)} to convert and was stopped: the file is very large, or damaged in a way that makes the converter loop.`,
    hint: 'Open it in Word, LibreOffice or a PDF reader and save it again (or export its text as a UTF-8 .txt file); if it is long, keep only the pages of the document itself.',
  };
}

function outOfMemory(maxMemoryMb: number) {
  return {
    code: 'binary-too-large' as const,
    message: `is too large to read here: converting it needed more than the ${maxMemoryMb} MB of memory a conversion may use.`,
    hint: 'Keep only the pages of the document itself, or export its text as a UTF-8 .txt file, and put that file in content/sources/ instead.',
  };
}

// A converter that threw on a file (a bug in a library or here) fails that file alone, with what it said.
function converterFailed(reason: string) {
  return {
    code: 'binary-unreadable' as const,
    message: `could not be converted: ${reason.split('\n')[0]!.replace(/\.$/u, '')}.`,
    hint: 'Open it in Word, LibreOffice or a PDF reader and save it again (or export its text as a UTF-8 .txt file), and put that file in content/sources/.',
  };
}
