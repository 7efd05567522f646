import type { SourceRecord } from '../schemas/index.ts';

/** `2021-01-06` → `06/01/2021`; `2020-12-17T16:30` → `16:30, 17/12/2020`, as Vietnamese readers write dates. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/u.exec(iso);
  if (!match) return iso;
  const [, year, month, day, time] = match;
  const date = `${day}/${month}/${year}`;
  return time ? `${time}, ${date}` : date;
}

/** The date a listing sorts and shows a record by: issue date, else publication. */
export function recordDate(record: Pick<SourceRecord, 'issued' | 'published'>): string | null {
  return record.issued ?? record.published?.slice(0, 10) ?? null;
}

export const KIND_LABEL: Record<SourceRecord['kind'], string> = { document: 'Văn bản', news: 'Tin tức' };

/** Where a record's page lives. */
export function recordPath(record: Pick<SourceRecord, 'id' | 'kind'>): string {
  return `/${record.kind === 'document' ? 'van-ban' : 'tin-tuc'}/${record.id}/`;
}

/**
 * The page heading: the title, else the number, else the start of the first
 * sentence (the record marks it derived), else a plain statement that there is none.
 */
export function recordHeading(record: Pick<SourceRecord, 'title' | 'number' | 'docType' | 'derivedTitle'>): string {
  if (record.title) return record.title;
  if (record.number) return `${record.docType ?? 'Văn bản'} số ${record.number}`;
  if (record.derivedTitle) return record.derivedTitle;
  return '(Không có tiêu đề)';
}

/** The heading is not the text's own title but read from its first sentence. */
export function headingIsDerived(record: Pick<SourceRecord, 'title' | 'number' | 'derivedTitle'>): boolean {
  return !record.title && !record.number && Boolean(record.derivedTitle);
}

/**
 * Plain code-unit order: for ISO dates and times, the order `localeCompare`
 * gives, at a fraction of its cost (it collates by locale, which a sort of
 * 10,000 records per page pays thousands of times).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

// One collator for every list: building one is costly.
const VIETNAMESE = new Intl.Collator('vi');

/** Vietnamese alphabetical order (`Đà Nẵng` after `Cần Thơ`, tone marks after their letter). */
export function compareVietnamese(a: string, b: string): number {
  return VIETNAMESE.compare(a, b);
}

/** Newest first (by day, then time of publication); undated last; ties by id, so the order never depends on the loader. */
export function compareNewestFirst(a: Pick<SourceRecord, 'id' | 'issued' | 'published'>, b: Pick<SourceRecord, 'id' | 'issued' | 'published'>): number {
  const byDate = compareCodeUnits(sortKey(b), sortKey(a));
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortKey(record: Pick<SourceRecord, 'issued' | 'published'>): string {
  return `${recordDate(record) ?? ''}${record.published?.slice(10) ?? ''}`;
}

const REASON_LABEL: Record<string, string> = {
  'print-link': 'liên kết in',
  'original-link': 'liên kết bản gốc',
  'qr-block': 'mã QR',
  'share-widget': 'chia sẻ mạng xã hội',
  navigation: 'điều hướng',
  'link-list': 'danh sách liên kết',
  rating: 'đánh giá bài viết',
  'author-line': 'dòng tác giả (giữ trong thông tin)',
  advertisement: 'quảng cáo',
  'image-list': 'danh sách ảnh',
  'image-placeholder': 'chỗ ảnh minh họa',
  'visit-counter': 'bộ đếm truy cập',
  'session-timeout': 'thông báo hết phiên',
};

/** A Vietnamese label for why a line was removed as page chrome. */
export function reasonLabel(reason: string): string {
  return REASON_LABEL[reason] ?? reason;
}

/**
 * Where the original of a record is published, byte for byte: `/nguon/<id>.txt`, `.docx`, `.doc`, `.pdf`.
 * The extension comes from the format the archive read, never from the file's own name, and a saved web
 * page is published as text (`.html.txt`): served as a page from the archive's own address, its
 * scripts would run there.
 */
export function originalPath(record: Pick<SourceRecord, 'id' | 'format'>): string {
  return `/nguon/${record.id}.${ORIGINAL_EXTENSION[record.format]}`;
}

const ORIGINAL_EXTENSION: Record<SourceRecord['format'], string> = { text: 'txt', html: 'html.txt', docx: 'docx', doc: 'doc', pdf: 'pdf' };

/** A file size as a reader reads it: `1,2 KB`, `350 B`, `2,4 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${SIZE_FORMAT.format(value)} ${unit}`;
}

// One formatter for the build: toLocaleString makes one per call (0.6 s at 10,000 document pages).
const SIZE_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
