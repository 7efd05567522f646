import { documentFolders, loadDocuments } from './documents.ts';
import { join } from 'node:path';
import type { LegalRegistry, SourceRecord } from '../schemas/index.ts';
import { LEGAL_REGISTRY_PATH, loadLegalRegistry } from './load-registry.ts';
import { recordHeading, recordPath } from './format.ts';
import { collectAgencies, collectPeople, collectYears, type AgencyPage, type PersonPage, type YearPage } from './entities.ts';
import { basesByTarget, collectBases, type Basis } from './legal-basis.ts';
import { lapsedCitations, type LapsedCitation } from './legal-status.ts';
import { relatedIndex, type RelatedIndex } from './related.ts';
import { archiveAsOf, citedBy, resultsByAgency } from './results.ts';
import { parseBuildPart, partPlan, type PartKey } from './build-part.ts';

export interface Archive {
  /** Every record, in id order. */
  records: SourceRecord[];
  /** A document's body as HTML. */
  bodyHtml: (id: string) => string;
  /** Record id → the records citing it (src/lib/results.ts). */
  citedBy: Map<string, SourceRecord[]>;
  /** The newest date the archive holds: what task deadlines are judged against. */
  asOf: string;
  /** Figures by credited agency and tasks by lead agency. */
  results: ReturnType<typeof resultsByAgency>;
  titles: Map<string, { title: string; path: string }>;
  related: RelatedIndex;
  /** Whether a page belongs to this part of a split build (always, in a whole build). */
  inPart: (key: PartKey) => boolean;
  /**
   * The agencies, people, years and legal bases of the whole archive, each
   * collected once when first asked for (a dozen pages and routes list them).
   * Shared: sort a copy.
   */
  readonly agencies: readonly AgencyPage[];
  readonly people: readonly PersonPage[];
  readonly years: readonly YearPage[];
  readonly bases: readonly Basis[];
  /** The bases by id: a document's reference list shows each one's status. */
  readonly basisById: ReadonlyMap<string, Basis>;
  /** The basis whose text a record is (its `target`): a document's page shows that basis's status. */
  readonly basisByTarget: ReadonlyMap<string, Basis>;
  /** Citations made after the basis lost force (src/lib/legal-status.ts). */
  readonly lapsed: readonly LapsedCitation[];
  /** The same, by citing record id: what its page flags. */
  readonly lapsedByRecord: ReadonlyMap<string, readonly Basis[]>;
  /** The registry of national legal documents: what the bases' statuses rest on besides the texts. */
  legalRegistry: LegalRegistry;
}

let archive: Promise<Archive> | undefined;


/**
 * The whole archive, computed once per build: every page of 10,000 would
 * otherwise rebuild the same maps and compare itself with every other record.
 */
export function getArchive(): Promise<Archive> {
  archive ??= (async () => {
    // Paths from the project root, the folder Astro runs in (as for the agency registry): this module is bundled elsewhere.
    const documents = await loadDocuments(documentFolders(process.cwd(), process.env));
    const records = documents.records;
    const citing = citedBy(records);
    const asOf = archiveAsOf(records);
    const part = parseBuildPart(process.env['ARCHIVE_PART']);
    const plan = partPlan(records, part.count);
    let agencies: AgencyPage[] | undefined;
    let people: PersonPage[] | undefined;
    let years: YearPage[] | undefined;
    let bases: Basis[] | undefined;
    let basisById: Map<string, Basis> | undefined;
    let basisByTarget: Map<string, Basis> | undefined;
    let lapsed: LapsedCitation[] | undefined;
    let lapsedByRecord: Map<string, Basis[]> | undefined;
    // ARCHIVE_LEGAL_REGISTRY: another registry file (a test's, or a deployment's own review).
    const legalRegistry = loadLegalRegistry(process.env['ARCHIVE_LEGAL_REGISTRY'] ?? join(process.cwd(), LEGAL_REGISTRY_PATH));
    const allBases = () => (bases ??= collectBases(records, legalRegistry));
    const allLapsed = () => (lapsed ??= lapsedCitations(allBases()));
    return {
      records,
      bodyHtml: documents.bodyHtml,
      citedBy: citing,
      asOf,
      results: resultsByAgency(records, { citedBy: citing, asOf }),
      titles: new Map(records.map((record) => [record.id, { title: recordHeading(record), path: recordPath(record) }])),
      related: relatedIndex(records),
      inPart: (key: PartKey) => part.count === 1 || plan(key) === part.index,
      get agencies() {
        return (agencies ??= collectAgencies(records));
      },
      get people() {
        return (people ??= collectPeople(records));
      },
      get years() {
        return (years ??= collectYears(records));
      },
      legalRegistry,
      get bases() {
        return allBases();
      },
      get basisById() {
        return (basisById ??= new Map(allBases().map((basis) => [basis.id, basis])));
      },
      get basisByTarget() {
        return (basisByTarget ??= basesByTarget(allBases()));
      },
      get lapsed() {
        return allLapsed();
      },
      get lapsedByRecord() {
        if (lapsedByRecord) return lapsedByRecord;
        lapsedByRecord = new Map();
        for (const { record, basis } of allLapsed()) {
          const list = lapsedByRecord.get(record.id);
          if (list) list.push(basis);
          else lapsedByRecord.set(record.id, [basis]);
        }
        return lapsedByRecord;
      },
    };
  })();
  return archive;
}
