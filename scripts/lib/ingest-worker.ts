// A worker thread of scripts/lib/run-ingest.ts: the per-source stages and the
// MDX writer, the two parts of ingest that do not need the whole corpus.
import { parentPort, workerData } from 'node:worker_threads';
import { AgencyDirectory } from '../../src/ingest/extract/agency-directory.ts';
import { ingestSource } from '../../src/ingest/ingest-source.ts';
import type { AgencyRegistry } from '../../src/schemas/index.ts';
import { serveTasks } from '../../src/lib/worker-pool.ts';
import { toTransfer, type IngestReply, type IngestTask } from './ingest-transfer.ts';
import { writeMdxFile } from './write-mdx-file.ts';

const directory = new AgencyDirectory((workerData as { registry: AgencyRegistry }).registry);

serveTasks<IngestTask, IngestReply>(parentPort!, (task) =>
  task.kind === 'read' ? task.inputs.map((input) => toTransfer(ingestSource(input, directory))) : task.files.map((file) => writeMdxFile(file, task.generator, task.bodies)),
);
