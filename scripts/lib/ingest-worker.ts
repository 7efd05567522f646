// A worker thread of scripts/lib/run-ingest.ts: the per-source stages and the
// MDX writer, the two parts of ingest that do not need the whole corpus.
import { parentPort, workerData } from 'node:worker_threads';
import type { Root } from 'mdast';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { AgencyDirectory } from '../../src/ingest/extract/agency-directory.ts';
import { ingestSource, type SourceInput } from '../../src/ingest/ingest-source.ts';
import type { AgencyRegistry, SourceRecord } from '../../src/schemas/index.ts';
import { serveTasks } from '../../src/lib/worker-pool.ts';
import { toTransfer, type IngestTask } from './ingest-transfer.ts';

const directory = new AgencyDirectory((workerData as { registry: AgencyRegistry }).registry);

serveTasks<IngestTask, string>(parentPort!, (task) =>
  task.kind === 'read' ? toTransfer(ingestSource(task.input as SourceInput, directory)) : toMdx(task.record as SourceRecord, task.body as Root, task.generator),
);
