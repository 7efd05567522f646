import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { allFixtureSources, REGISTRY } from '../helpers/fixtures.ts';

const corpus = ingestCorpus(allFixtureSources(), REGISTRY);

describe('every span slices the normalised text to the text it claims', () => {
  it('ingests every fixture', () => {
    expect(corpus.failures.map((failure) => failure.error.message)).toEqual([]);
  });

  describe.each(corpus.sources.map((source) => [source.file, source] as const))('%s', (_file, source) => {
    it('header fields', () => {
      for (const [field, provenance] of Object.entries(source.record.fields)) {
        if (!provenance.span) continue;
        expect(source.text.slice(provenance.span.start, provenance.span.end), field).toBe(provenance.text);
      }
    });
    it('figures and their sentences', () => {
      for (const metric of source.record.metrics) {
        expect(source.text.slice(metric.span.start, metric.span.end)).toBe(metric.text);
        expect(source.text.slice(metric.sentence.span.start, metric.sentence.span.end)).toBe(metric.sentence.text);
      }
    });
    it('tasks and their sentences', () => {
      for (const task of source.record.tasks) expect(source.text.slice(task.sentence.span.start, task.sentence.span.end)).toBe(task.sentence.text);
    });
    it('relations between documents: their verb and passage', () => {
      for (const relation of source.record.relations) {
        expect(source.text.slice(relation.verb.span.start, relation.verb.span.end)).toBe(relation.verb.text);
        expect(source.text.slice(relation.passage.span.start, relation.passage.span.end)).toBe(relation.passage.text);
        // agent and object are references of the record, by id, after the link stage
        for (const id of [relation.agent, relation.object]) if (id !== null) expect(source.record.legalRefs.map((ref) => ref.id)).toContain(id);
        if (relation.attachment) expect(source.text.slice(relation.attachment.span.start, relation.attachment.span.end)).toBe(relation.attachment.text);
      }
    });
    it('attachments: their title and passage, and the document they come with', () => {
      for (const attachment of source.record.attachments) {
        expect(source.text.slice(attachment.title.span.start, attachment.title.span.end)).toBe(attachment.title.text);
        expect(source.text.slice(attachment.passage.span.start, attachment.passage.span.end)).toBe(attachment.passage.text);
        if (attachment.of !== null) expect(source.record.legalRefs.map((ref) => ref.id)).toContain(attachment.of);
      }
    });
    it('removed chrome', () => {
      for (const removed of source.record.removed) expect(source.text.slice(removed.span.start, removed.span.end)).toBe(removed.text);
    });
    it('line numbers of removed chrome', () => {
      const lines = source.text.split('\n');
      for (const removed of source.record.removed) expect(lines[removed.line - 1]).toContain(removed.text);
    });
  });
});
