// A worker thread of scripts/lib/convert-sources.ts: converts Word and PDF files one at a time, inside the time
// and memory limits the main thread gives it. It lives across files (loading pdf.js alone takes ~100 ms).
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ConvertedSource } from '../../src/ingest/ingest-source.ts';
import { convertBinary, loadConverters, type BinaryFormat } from '../../src/ingest/read/convert-binary.ts';
import { serveTasks } from '../../src/lib/worker-pool.ts';

export interface ConvertTask {
  file: string;
  bytes: Uint8Array;
}

export interface ConvertWorkerData {
  /** The formats of the files to come: their libraries load before the first file arrives. */
  preload: BinaryFormat[];
}

// mammoth and pdf.js are hundreds of small modules: V8's compiled code, kept on disk between runs, loads them
// about twice as fast (Node's compile cache, in the system's temporary folder; a cache it cannot write is skipped).
enableCompileCache();

// A library that fails to load here fails its files' conversions instead, each with the library's message.
loadConverters((workerData as ConvertWorkerData).preload).catch(() => undefined);

serveTasks<ConvertTask, ConvertedSource>(parentPort!, (task) => convertBinary(task.bytes, task.file));
