import type { AgencyRegistry } from '../../schemas/index.ts';
import { slugify } from '../link/slugify.ts';
import { escapeRegExp } from '../patterns/escape-reg-exp.ts';
import { JURISDICTIONS, jurisdictionByName, type Jurisdiction } from './jurisdictions.ts';

/** An agency resolved to the registry, in a jurisdiction where it is local. */
export interface Agency {
  id: string;
  name: string;
  level: string;
  jurisdiction: string | null;
  registered: boolean;
}

/** Where a form of an agency stands in a text. */
export interface AgencyMatch {
  agency: Agency;
  start: number;
  end: number;
  text: string;
}

interface Form {
  /** Sticky: tried only where `head` stands in the text. */
  pattern: RegExp;
  /** The form's first word, which every match starts with. */
  head: string;
  /** The form's longest word: a text without it cannot match, so its pattern is not run. */
  anchor: string;
  /** The agency this form names, given the citing document's jurisdiction (undefined when it cannot say). */
  resolve: (match: RegExpExecArray, jurisdiction: Jurisdiction | undefined) => Agency | undefined;
}

const QUALIFIER = String.raw`(?:thành\s+phố|Thành\s+phố|tỉnh|Tỉnh|TP\.?)`;
const JURISDICTION_NAME = `(?<place>${JURISDICTIONS.map((jurisdiction) => escapeRegExp(jurisdiction.name).replace(/ /gu, '\\s+')).join('|')})`;
const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}&])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}&])`;

// Hundreds of patterns run over every text: most are ruled out by one substring
// test, and the rest are tried only where their first word stands (indexOf),
// which took a third of the time of scanning the text with each pattern.
function anchorOf(form: string): string {
  return form.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

function headOf(form: string): string {
  const head = form.split(' ')[0]!;
  // The registry's schema refuses such forms; searching for '' would never end.
  if (head === '') throw new Error(`Agency form "${form}" starts with a space: the registry should have refused it.`);
  return head;
}

// A form followed by `các` names a class of bodies: `Ủy ban nhân dân các quận, huyện`.
const CLASS_OF_BODIES = /\s+các\s/uy;

function formPattern(form: string): string {
  return escapeRegExp(form).replace(/ /gu, '\\s+');
}

/**
 * The registry turned into patterns: every name and alias of every agency, with
 * local kinds taking the jurisdiction the text names (`UBND tỉnh Bình Định`) or,
 * for `thành phố`/`tỉnh` alone or nothing, the citing document's own.
 */
export class AgencyDirectory {
  private readonly forms: Form[] = [];
  private readonly localByKey = new Map<string, AgencyRegistry['local'][number]>();
  private readonly shortForms: { key: string; fold: string }[] = [];
  private readonly districts: { agency: Agency; name: string; kind: string }[] = [];

  constructor(registry: AgencyRegistry) {
    for (const entry of registry.central) {
      const agency: Agency = { id: entry.id, name: entry.name, level: entry.level, jurisdiction: null, registered: true };
      for (const form of [entry.name, ...entry.aliases]) {
        this.forms.push({ pattern: new RegExp(`${BOUNDARY_BEFORE}${formPattern(form)}${BOUNDARY_AFTER}`, 'uy'), head: headOf(form), anchor: anchorOf(form), resolve: () => agency });
      }
    }
    for (const entry of registry.specific) {
      const agency: Agency = { id: entry.id, name: entry.name, level: entry.level, jurisdiction: entry.jurisdiction, registered: true };
      for (const form of [entry.name, ...entry.aliases]) {
        this.forms.push({ pattern: new RegExp(`${BOUNDARY_BEFORE}${formPattern(form)}${BOUNDARY_AFTER}`, 'uy'), head: headOf(form), anchor: anchorOf(form), resolve: () => agency });
      }
      if (entry.district) this.districts.push({ agency, name: entry.district.name, kind: entry.district.kind });
    }
    for (const entry of registry.local) {
      this.localByKey.set(entry.key, entry);
      for (const short of entry.short) this.shortForms.push({ key: entry.key, fold: fold(short) });
      for (const form of [entry.name, ...entry.aliases]) {
        // `Sở Nội vụ` · `Sở Nội vụ thành phố` · `UBND tỉnh Bình Định` · `VP UBND TP`; a name that
        // is also a common word (`Thanh tra`) names the body only with its qualifier.
        const qualifier = `(?:\\s+${QUALIFIER}(?:\\s+${JURISDICTION_NAME})?)${entry.bareName ? '?' : ''}`;
        const pattern = new RegExp(`${BOUNDARY_BEFORE}${formPattern(form)}${qualifier}${BOUNDARY_AFTER}`, 'uy');
        this.forms.push({
          pattern,
          head: headOf(form),
          anchor: anchorOf(form),
          resolve: (match, jurisdiction) => {
            const place = match.groups?.['place'];
            const named = place ? jurisdictionByName(place.replace(/\s+/gu, ' ')) : undefined;
            return this.local(entry.key, named ?? jurisdiction);
          },
        });
      }
    }
  }

  /** The local body of a kind in a jurisdiction: `so-noi-vu` in Hải Phòng → Sở Nội vụ thành phố Hải Phòng. */
  local(key: string, jurisdiction: Jurisdiction | undefined): Agency | undefined {
    const entry = this.localByKey.get(key);
    if (!entry || !jurisdiction) return undefined;
    return {
      id: `${key}-${slugify(jurisdiction.name)}`,
      name: `${entry.name} ${jurisdiction.level} ${jurisdiction.name}`,
      level: entry.level,
      jurisdiction: jurisdiction.name,
      registered: true,
    };
  }

  /** Every agency form in a text, longest first where they overlap. Local forms need a jurisdiction. */
  find(text: string, jurisdiction: Jurisdiction | undefined): AgencyMatch[] {
    const matches: AgencyMatch[] = [];
    for (const form of this.forms) {
      if (!text.includes(form.anchor)) continue;
      // Left to right without overlaps, as matchAll would find them.
      for (let at = text.indexOf(form.head); at !== -1; ) {
        form.pattern.lastIndex = at;
        const match = form.pattern.exec(text);
        if (!match) {
          at = text.indexOf(form.head, at + 1);
          continue;
        }
        const end = at + match[0].length;
        at = text.indexOf(form.head, end);
        CLASS_OF_BODIES.lastIndex = end;
        if (CLASS_OF_BODIES.test(text)) continue;
        const agency = form.resolve(match, jurisdiction);
        if (agency) matches.push({ agency, start: match.index, end, text: match[0] });
      }
    }
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    // In start order (longest first at a start), a match overlaps an earlier kept one exactly when it
    // starts before the furthest end kept so far: one comparison instead of a scan of every kept match
    // (quadratic on a statistics annex that names an agency on every row).
    const kept: AgencyMatch[] = [];
    let keptEnd = -1;
    for (const match of matches) {
      if (match.start < keptEnd) continue;
      kept.push(match);
      keptEnd = Math.max(keptEnd, match.end);
    }
    return kept;
  }

  /**
   * One item of a list, as a whole: a name, an alias, a short form under a
   * distributed head (`Nội vụ` under `Các Sở, ngành:`), or a district. Tone marks
   * are compared folded, so `Công TTĐT` (a typo) reads as `Cổng TTĐT`, reported.
   */
  item(text: string, jurisdiction: Jurisdiction | undefined): { agency: Agency; variant: boolean } | undefined {
    const whole = this.find(text, jurisdiction).find((match) => match.start === 0 && match.end === text.length);
    if (whole) return { agency: whole.agency, variant: false };
    const folded = fold(text);
    const short = this.shortForms.find((form) => form.fold === folded);
    if (short) {
      const agency = this.local(short.key, jurisdiction);
      return agency ? { agency, variant: false } : undefined;
    }
    // Tone-folded comparison against every local form.
    for (const agency of this.candidates(jurisdiction)) {
      if (agency.forms.some((form) => fold(form) === folded)) return { agency: agency.agency, variant: true };
    }
    return undefined;
  }

  /** Whether a name is one of a local kind's forms (`Sở Nội vụ`), whatever the jurisdiction. */
  isLocalName(name: string): boolean {
    const folded = fold(name);
    return [...this.localByKey.values()].some((entry) => [entry.name, ...entry.aliases].some((form) => fold(form) === folded));
  }

  /** The UBND of a district named in a list (`Hồng Bàng`), in a jurisdiction. */
  district(name: string, jurisdiction: Jurisdiction | undefined): Agency | undefined {
    return this.districts.find((district) => district.agency.jurisdiction === jurisdiction?.name && fold(district.name) === fold(name))?.agency;
  }

  private candidates(jurisdiction: Jurisdiction | undefined): { agency: Agency; forms: string[] }[] {
    const out: { agency: Agency; forms: string[] }[] = [];
    for (const [key, entry] of this.localByKey) {
      const agency = this.local(key, jurisdiction);
      if (agency) out.push({ agency, forms: [entry.name, ...entry.aliases] });
    }
    return out;
  }
}

/** Without tone marks, `đ` as `d`, lower case, single spaces: how typos and variants compare. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();
}
