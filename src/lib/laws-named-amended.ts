import type { LegalDocument, LegalRegistry } from '../schemas/index.ts';

// Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương
// · Luật sửa đổi bổ sung một số điều của Luật Điện lực · Luật Sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức
const AMENDING_LAW = /^Luật\s+sửa\s+đổi\s*,?\s*bổ\s+sung\s+(?:một\s+số\s+điều\s+)?(?:của\s+)?(?<laws>Luật\s.+)$/iu;
// Between two laws of the list: `và`, or a comma before the next `Luật` (a law's own name may hold a comma: `Luật Cán bộ, công chức`).
const NEXT_LAW = /\s*(?:,\s*|\s+và\s+)(?=Luật\s)/u;

/**
 * The laws an amending law names as what it amends: its name says so, and it
 * has no other object. `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức
 * Chính phủ và Luật Tổ chức chính quyền địa phương` → the two names.
 */
export function lawsNamedAmended(name: string): string[] {
  const laws = AMENDING_LAW.exec(name.trim())?.groups?.['laws'];
  return laws ? laws.split(NEXT_LAW).map((law) => law.trim()) : [];
}

/**
 * Which registry law a name means, for an amending law passed on `date`: the
 * newest of that name passed before it (a new law of the same name replaces the
 * old, so `Luật Tổ chức Chính phủ` amended in 2019 is the 2015 law, not 2001's).
 * Only the registry is asked: a law the texts cite by name alone has no year to
 * tell its versions apart, and one version missing from the registry would make
 * the answer wrong rather than unknown, so the registry must list every version
 * of a law it holds. Undefined when the registry has none, or when the newest it
 * has had already lost force by then (a newer version is missing).
 */
export function registryLawNamed(registry: LegalRegistry, name: string, date: string): LegalDocument | undefined {
  const wanted = name.toLocaleLowerCase('vi');
  const newest = registry.documents
    .filter((document) => document.type === 'Luật' && document.name?.toLocaleLowerCase('vi') === wanted && document.issued < date)
    .sort((a, b) => (a.issued < b.issued ? 1 : a.issued > b.issued ? -1 : 0))[0];
  // A law that had lost force by then cannot be the one amended: a newer version is missing from the registry.
  const lapsed = newest?.status?.value === 'het-hieu-luc' && newest.status.since !== undefined && newest.status.since <= date;
  return lapsed ? undefined : newest;
}
