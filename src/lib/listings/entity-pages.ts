/**
 * The lists of the agency, legal-basis and person pages and of their indexes,
 * split into pages (src/lib/paginate.ts). Routes and the sitemap both build
 * their pages from here, so they agree on every address. A list of 10,000
 * links weighed 1–2 MB; at 100,000 documents no page should exceed 300 KB.
 *
 * - `/co-quan/<id>/` (page 1: summary, first figures and tasks, first documents),
 *   `/co-quan/<id>/trang-N/` (documents, all roles in one list, newest first),
 *   `/co-quan/<id>/so-lieu/[trang-N/]` and `/co-quan/<id>/nhiem-vu/[trang-N/]`
 *   (every figure, every task) when the first page cannot show them all;
 * - `/can-cu/<id>/[trang-N/]`: citing documents, newest first, each with its passages;
 * - `/co-quan/`, `/can-cu/`, `/nhan-vat/` and their `trang-N/`: one ordered
 *   list in its groups (jurisdiction and level, type, first letter).
 */
import type { AgencyRef, ReferenceOccurrence, SourceRecord } from '../../schemas/index.ts';
import type { Archive } from '../archive.ts';
import { LEVEL_LABEL, ROLE_LABEL, jurisdictionAnchor, type AgencyPage, type PersonPage } from '../entities.ts';
import { compareNewestFirst, compareVietnamese } from '../format.ts';
import { compareBases, typeAnchor, type Basis } from '../legal-basis.ts';
import { PAGE_SIZE, pageHref, pageHrefs, paginate, type ListPage } from '../paginate.ts';
import { rateOf, type FigureRow, type TaskRow } from '../results.ts';

/** How many figures and tasks an agency's first page shows before linking to their own listing. */
export const PREVIEW_ROWS = 20;
/** How many rated figures the agency's chart draws at most: the newest. */
export const CHART_POINTS = 100;

type Role = AgencyRef['roles'][number];
const ROLES = Object.keys(ROLE_LABEL) as Role[];

// ---------------------------------------------------------------- agency pages

export const agencyBase = (id: string): string => `/co-quan/${id}/`;
export const agencyFiguresBase = (id: string): string => `/co-quan/${id}/so-lieu/`;
export const agencyTasksBase = (id: string): string => `/co-quan/${id}/nhiem-vu/`;

/** A document naming the agency, with every role it has in it. */
export interface AgencyDocument {
  record: SourceRecord;
  roles: Role[];
}

/** Every document naming the agency once, newest first (ties by id), with its roles in ROLE_LABEL order. */
export function agencyDocuments(agency: Pick<AgencyPage, 'byRole'>): AgencyDocument[] {
  const byId = new Map<string, AgencyDocument>();
  for (const role of ROLES) {
    for (const record of agency.byRole.get(role) ?? []) {
      const entry = byId.get(record.id) ?? byId.set(record.id, { record, roles: [] }).get(record.id)!;
      if (!entry.roles.includes(role)) entry.roles.push(role);
    }
  }
  return [...byId.values()].sort((a, b) => compareNewestFirst(a.record, b.record));
}

// A row's place in its document: the n-th figure or task (its anchor ends in it).
const placeOf = (row: { href: string }) => Number(/(\d+)$/u.exec(row.href)?.[1] ?? 0);
const byRecordAndPlace = (a: { record: SourceRecord; href: string }, b: { record: SourceRecord; href: string }) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : placeOf(a) - placeOf(b));

/** An agency's figures, newest reporting year first (unknown year last), then by document and place. */
export function sortFigures(rows: readonly FigureRow[]): FigureRow[] {
  return [...rows].sort((a, b) => (b.metric.year ?? -1) - (a.metric.year ?? -1) || byRecordAndPlace(a, b));
}

/** An agency's tasks, latest deadline first (no deadline last), then by document and place. */
export function sortTasks(rows: readonly TaskRow[]): TaskRow[] {
  return [...rows].sort((a, b) => {
    const due = (row: TaskRow) => row.task.due ?? '';
    return due(a) === due(b) ? byRecordAndPlace(a, b) : due(a) < due(b) ? 1 : -1;
  });
}

/** What the chart draws: the newest CHART_POINTS figures that have a rate and a year, oldest first. */
export function chartRows(rows: readonly FigureRow[]): FigureRow[] {
  return sortFigures(rows.filter((row) => row.metric.year !== null && rateOf(row.metric) !== null))
    .slice(0, CHART_POINTS)
    .reverse();
}

/** Everything an agency's pages show, computed once for its routes and the sitemap. */
export interface AgencyListing {
  agency: AgencyPage;
  documents: ListPage<AgencyDocument>[];
  figures: FigureRow[];
  tasks: TaskRow[];
  /** The figures' own listing (empty when the first page shows them all). */
  figurePages: ListPage<FigureRow>[];
  taskPages: ListPage<TaskRow>[];
}

// Per agency and results: three routes and the sitemap ask for the same listing.
const listings = new WeakMap<AgencyPage, { results: Archive['results']; listing: AgencyListing }>();

export function agencyListing(agency: AgencyPage, results: Archive['results']): AgencyListing {
  const cached = listings.get(agency);
  if (cached?.results === results) return cached.listing;
  const listing = buildAgencyListing(agency, results);
  listings.set(agency, { results, listing });
  return listing;
}

function buildAgencyListing(agency: AgencyPage, results: Archive['results']): AgencyListing {
  const figures = sortFigures(results.figures.get(agency.id) ?? []);
  const tasks = sortTasks(results.tasks.get(agency.id) ?? []);
  return {
    agency,
    documents: paginate(agencyDocuments(agency)),
    figures,
    tasks,
    figurePages: figures.length > PREVIEW_ROWS ? paginate(figures) : [],
    taskPages: tasks.length > PREVIEW_ROWS ? paginate(tasks) : [],
  };
}

// ------------------------------------------------------------ legal-basis pages

export const basisBase = (id: string): string => `/can-cu/${id}/`;

/** A document citing the basis, with each of its passages that does, in text order. */
export interface CitingDocument {
  record: SourceRecord;
  occurrences: ReferenceOccurrence[];
}

/** The documents citing the basis, newest first (ties by id); each once, with its passages in text order. */
export function citingDocuments(basis: Pick<Basis, 'citations'>): CitingDocument[] {
  const byId = new Map<string, CitingDocument>();
  for (const { record, occurrence } of basis.citations) {
    (byId.get(record.id) ?? byId.set(record.id, { record, occurrences: [] }).get(record.id)!).occurrences.push(occurrence);
  }
  for (const entry of byId.values()) entry.occurrences.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return [...byId.values()].sort((a, b) => compareNewestFirst(a.record, b.record));
}

/** The id of a citing document's entry on the legal-basis page: `trich-<record id>`. */
export function citingAnchor(recordId: string): string {
  return `trich-${recordId}`;
}

/** The id of one citing passage there: `trich-<record id>-tc-3` (the passage's anchor in the document). */
export function citationAnchor(recordId: string, anchor: string | undefined): string {
  return anchor ? `${citingAnchor(recordId)}-${anchor}` : citingAnchor(recordId);
}

export function basisPages(basis: Pick<Basis, 'citations'>): ListPage<CitingDocument>[] {
  return paginate(citingDocuments(basis));
}

/**
 * Where a document's citation of a basis is shown: `/can-cu/<id>/trang-N/#trich-<record>-tc-3`
 * (the page its citing document is on). Without an anchor, the document's entry.
 */
export function basisCitationHref(basis: Pick<Basis, 'id' | 'citations'>, recordId: string, anchor?: string): string {
  const place = citingPlace(basis).get(recordId);
  if (place === undefined) return basisBase(basis.id);
  // A passage past the first PASSAGES_SHOWN is not quoted: its document's entry then.
  return `${pageHref(basisBase(basis.id), place.page)}#${anchor && place.shown.has(anchor) ? citationAnchor(recordId, anchor) : citingAnchor(recordId)}`;
}

/** How many passages of one citing document the legal-basis page quotes; the rest are counted, with a link to the document. */
export const PASSAGES_SHOWN = 3;

// Record id → its page and quoted passages, per basis: computed once (a document page asks for each of its references).
const citingPlaces = new WeakMap<object, Map<string, { page: number; shown: Set<string> }>>();
function citingPlace(basis: Pick<Basis, 'citations'>): Map<string, { page: number; shown: Set<string> }> {
  let places = citingPlaces.get(basis);
  if (!places) {
    places = new Map(
      citingDocuments(basis).map((entry, index) => [
        entry.record.id,
        { page: Math.floor(index / PAGE_SIZE) + 1, shown: new Set(entry.occurrences.slice(0, PASSAGES_SHOWN).flatMap((occurrence) => (occurrence.anchor ? [occurrence.anchor] : []))) },
      ]),
    );
    citingPlaces.set(basis, places);
  }
  return places;
}

// ------------------------------------------------------------------ indexes

/** A run of a page's items that share a group (and subgroup): its heading, and whether it began on an earlier page. */
export interface Run<Item> {
  group: string;
  /** The heading's id where the group begins; none where it continues from an earlier page. */
  anchor: string | undefined;
  sub: string | undefined;
  /** Whether the subgroup began on an earlier page. */
  subContinued: boolean;
  /** Whether the run opens with its group's heading: where the group begins, or first on a page. */
  groupHeading: boolean;
  items: Item[];
}

/** A page of a grouped index: its items in runs under their headings. */
export interface GroupedPage<Item> extends ListPage<Item> {
  runs: Run<Item>[];
}

/** A group of an index: its heading, size, and the page where it begins (`/co-quan/trang-3/#ha-noi`). */
export interface GroupEntry {
  group: string;
  anchor: string;
  count: number;
  href: string;
}

export interface GroupedIndex<Item> {
  pages: GroupedPage<Item>[];
  groups: GroupEntry[];
}

/**
 * An index already in its order, split into pages, each page's items in runs
 * under the headings of their group and subgroup; the groups with where each begins.
 */
export function groupedIndex<Item>(items: readonly Item[], base: string, groupOf: (item: Item) => { group: string; anchor: string; sub?: string }): GroupedIndex<Item> {
  const keys = items.map(groupOf);
  const groups: GroupEntry[] = [];
  keys.forEach((key, index) => {
    if (groups.at(-1)?.anchor === key.anchor) groups.at(-1)!.count += 1;
    else groups.push({ group: key.group, anchor: key.anchor, count: 1, href: `${pageHref(base, Math.floor(index / PAGE_SIZE) + 1)}#${key.anchor}` });
  });
  const pages = paginate(items).map((page) => {
    const runs: Run<Item>[] = [];
    page.items.forEach((item, offset) => {
      const index = page.from - 1 + offset;
      const key = keys[index]!;
      const previous = index > 0 ? keys[index - 1] : undefined;
      const run = runs.at(-1);
      if (run && previous && previous.anchor === key.anchor && previous.sub === key.sub) run.items.push(item);
      else {
        const sameGroup = previous?.anchor === key.anchor;
        runs.push({
          group: key.group,
          anchor: sameGroup ? undefined : key.anchor,
          sub: key.sub,
          subContinued: sameGroup && previous?.sub === key.sub,
          groupHeading: !sameGroup || runs.length === 0,
          items: [item],
        });
      }
    });
    return { ...page, runs };
  });
  return { pages, groups };
}

/** Each page of an index with its first and last item (`Trang 3: Lê Văn A – Nguyễn B`), for a first page that links to every page. */
export function pageRanges<Item>(pages: readonly ListPage<Item>[], base: string, labelOf: (item: Item) => string): { page: number; href: string; label: string }[] {
  return pages.map((page) => ({
    page: page.page,
    href: pageHref(base, page.page),
    label: page.items.length === 0 ? '' : `${labelOf(page.items[0]!)} – ${labelOf(page.items.at(-1)!)}`,
  }));
}

/** How many documents name the agency. */
export function documentCount(agency: Pick<AgencyPage, 'byRole'>): number {
  return new Set([...agency.byRole.values()].flat().map((record) => record.id)).size;
}

const LEVELS = Object.keys(LEVEL_LABEL);
const levelRank = (level: string) => (LEVELS.includes(level) ? LEVELS.indexOf(level) : LEVELS.length);

/** `/co-quan/`: national bodies first, then jurisdictions A–Z; within one, by level (LEVEL_LABEL order), then name, then id. */
export function agencyIndex(agencies: readonly AgencyPage[]): GroupedIndex<AgencyPage> {
  const sorted = [...agencies].sort(
    (a, b) =>
      (a.jurisdiction === b.jurisdiction ? 0 : a.jurisdiction === null ? -1 : b.jurisdiction === null ? 1 : compareVietnamese(a.jurisdiction, b.jurisdiction) || (a.jurisdiction < b.jurisdiction ? -1 : 1)) ||
      levelRank(a.level) - levelRank(b.level) ||
      (a.level < b.level ? -1 : a.level > b.level ? 1 : 0) ||
      compareVietnamese(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return groupedIndex(sorted, '/co-quan/', (agency) => ({ group: agency.jurisdiction ?? 'Trung ương', anchor: jurisdictionAnchor(agency.jurisdiction), sub: LEVEL_LABEL[agency.level] ?? agency.level }));
}

/** `/can-cu/`: by type (TYPE_ORDER), newest first (compareBases). */
export function basisIndex(bases: readonly Basis[]): GroupedIndex<Basis> {
  return groupedIndex([...bases].sort(compareBases), '/can-cu/', (basis) => ({ group: basis.type, anchor: typeAnchor(basis.type) }));
}

/** The first letter of a name, as a Vietnamese index files it: `Đỗ` under Đ, `Ánh` under Á. */
export function initialOf(name: string): string {
  return (name.normalize('NFC').trim().charAt(0) || '?').toLocaleUpperCase('vi');
}

/** `/nhan-vat/`: by name in Vietnamese order (then id), under their first letter. */
export function personIndex(people: readonly PersonPage[]): GroupedIndex<PersonPage> {
  const sorted = [...people].sort((a, b) => compareVietnamese(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Letters that sort together (`Đ` after `D`) keep their own heading: a run is one letter.
  return groupedIndex(sorted, '/nhan-vat/', (person) => {
    const letter = initialOf(person.name);
    return { group: letter, anchor: `chu-${letter.toLocaleLowerCase('vi')}` };
  });
}

// ------------------------------------------------------------------ sitemap

/** Every page the agency, legal-basis and person routes and their indexes generate, in a stable order. */
export function entityPagePaths(archive: Pick<Archive, 'agencies' | 'bases' | 'people' | 'results'>): string[] {
  const paths: string[] = [];
  paths.push(...pageHrefs('/co-quan/', archive.agencies.length));
  for (const agency of archive.agencies) {
    const listing = agencyListing(agency, archive.results);
    paths.push(...listing.documents.map((page) => pageHref(agencyBase(agency.id), page.page)));
    paths.push(...listing.figurePages.map((page) => pageHref(agencyFiguresBase(agency.id), page.page)));
    paths.push(...listing.taskPages.map((page) => pageHref(agencyTasksBase(agency.id), page.page)));
  }
  paths.push(...pageHrefs('/can-cu/', archive.bases.length));
  for (const basis of archive.bases) paths.push(...basisPages(basis).map((page) => pageHref(basisBase(basis.id), page.page)));
  paths.push(...pageHrefs('/nhan-vat/', archive.people.length));
  for (const person of archive.people) paths.push(`/nhan-vat/${person.id}/`);
  return paths;
}
