// The search page: Pagefind's JS API with the archive's own query reading
// (đ and abbreviations, document numbers), filters and sorting kept in the URL.
import { expandQuery, type Abbreviation } from '../lib/expand-query.ts';
import { matchNumber, numberShard, parseNumberQuery, type NumberEntry } from '../lib/number-query.ts';
import { phraseTier, rankByPhrase } from '../lib/phrase-rank.ts';
import { SHARD_FILTER, SHARD_MANIFEST, VOCABULARY_FILTER, type ShardManifest } from '../lib/search-shards.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
/** A result's fragment: `content` is the text Pagefind indexed for the page. */
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
}

const PAGE_SIZE = 20;
const FIRST_BATCH = 5;

export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const sort = form.querySelector<HTMLSelectElement>('#sort')!;
  const filtersBox = document.querySelector<HTMLElement>('#filters')!;
  const panel = document.querySelector<HTMLDetailsElement>('#filters-panel')!;
  const chips = document.querySelector<HTMLUListElement>('#chosen-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#results')!;
  const abbreviations = JSON.parse(form.dataset['abbreviations'] ?? '[]') as Abbreviation[];
  const filterKeys = new Map(JSON.parse(form.dataset['filters'] ?? '[]') as [string, string][]);

  // The index and the search library load when the page opens, not on the first keystroke.
  const path = '/pagefind/pagefind.js';
  const [pagefind, manifest] = await Promise.all([
    import(/* @vite-ignore */ path) as Promise<Pagefind>,
    fetch(SHARD_MANIFEST).then((response) => (response.ok ? (response.json() as Promise<ShardManifest>) : { shards: ['/pagefind/'], pages: 0 })),
  ]);
  await pagefind.options({ excerptLength: 24 });
  // The index is split in shards by date (src/lib/search-shards.ts); Pagefind searches them as one,
  // and each carries a filter naming it, so a search sorted by date can read them in order.
  for (const [i, shard] of manifest.shards.entries()) if (i > 0) await pagefind.mergeIndex(shard, { mergeFilter: { [SHARD_FILTER]: String(i) } });
  await pagefind.init();
  await pagefind.options({ mergeFilter: { [SHARD_FILTER]: '0' } });
  const shardCount = manifest.shards.length;
  const allFilters = await pagefind.filters();

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sap-xep') ?? '';
  renderFilters(filtersBox, filterKeys, allFilters, params);
  // A wide screen has room for the filters beside the results' start; a phone folds them.
  panel.open = matchMedia('(min-width: 48rem)').matches;
  showChosen(panel, chips, filtersBox, filterKeys);
  chips.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-param]');
    if (!button) return;
    const box = [...filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].find((input) => input.name === button.dataset['param'] && input.value === button.dataset['value']);
    if (!box) return;
    box.checked = false;
    // The chip is gone: the focus goes to the next one, or the search box.
    const next = button.closest('li')?.nextElementSibling?.querySelector('button') ?? button.closest('li')?.previousElementSibling?.querySelector('button') ?? input;
    filtersBox.dispatchEvent(new Event('change', { bubbles: true }));
    next.focus();
  });

  let run = 0;
  const search = async () => {
    const current = ++run;
    // Marks for the benchmark (scripts/bench-search.ts): from the search starting to the first results shown.
    performance.mark(`search-${current}-start`);
    const query = input.value.trim();
    const chosen = selectedFilters(filtersBox, filterKeys);
    // Only a split index has vocabulary records; Pagefind would read an unknown filter as matching nothing.
    const selected = shardCount > 1 ? { ...chosen, ...NOT_VOCABULARY } : chosen;
    syncUrl(query, sort.value, filtersBox);
    if (query === '' && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const numberLookup = lookupNumber(query);
    const variants = query === '' ? [{ query: null as string | null, weight: 1 }] : expandQuery(query, abbreviations);
    const { ranked, counts } = sort.value
      ? await searchByDate(pagefind, variants, selected, sort.value === 'moi-nhat' ? 'desc' : 'asc', shardCount)
      : await searchByRelevance(pagefind, variants, selected);
    const numberHits = await numberLookup;
    if (current !== run) return;
    updateCounts(filtersBox, filterKeys, counts);
    const numberUrls = new Set(numberHits.map((hit) => hit.u));
    // Words typed together rank first when the text has them together (src/lib/phrase-rank.ts):
    // the page's first results are read before any shows. A date order is left as it is.
    const byPhrase = !sort.value && !/^".*"$/u.test(query) && query.split(/\s+/u).length > 1;
    const batches = byPhrase ? [PAGE_SIZE] : [FIRST_BATCH, PAGE_SIZE];
    const forms = variants.map((variant) => variant.query ?? '');
    let shown = 0;
    for (const end of batches) {
      let batch = await Promise.all(ranked.slice(shown, end).map(async ({ result }) => result.data()));
      if (current !== run) return;
      if (byPhrase) batch = rankByPhrase(batch, (data) => phraseTier(data.content, query, forms));
      const items = batch.filter((data) => !numberUrls.has(data.url)).map(resultItem);
      // The first results show as soon as their fragments arrive; the rest follow.
      if (shown === 0) {
        list.replaceChildren(...numberHits.map(numberItem), ...items);
        performance.measure('search-first-results', `search-${current}-start`);
      } else list.append(...items);
      shown = end;
    }
    const total = new Set([...numberUrls, ...ranked.map(({ result }) => result.id)]).size;
    status.textContent = total === 0 ? `Không tìm thấy kết quả cho “${query}”.` : `${numberHits.length > 0 ? 'Khớp số ký hiệu. ' : ''}${numberHits.length + ranked.length} kết quả${query ? ` cho “${query}”` : ''}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter searches now: a pending keystroke search would only start it again.
    clearTimeout(timer);
    void search();
  });
  sort.addEventListener('change', () => void search());
  filtersBox.addEventListener('change', () => {
    showChosen(panel, chips, filtersBox, filterKeys);
    void search();
  });
  await search();
}

type Variant = { query: string | null; weight: number };
type Filters = Record<string, string[] | Record<string, string>>;

// Each shard's vocabulary record (src/lib/search-shards.ts) is never a result.
const NOT_VOCABULARY = { not: { [VOCABULARY_FILTER]: '1' } };
type Ranked = { ranked: { result: PagefindResult }[]; counts: Record<string, Record<string, number>> };

// Each page once, at its best weighted score; the query as typed weighs most.
async function searchByRelevance(pagefind: Pagefind, variants: Variant[], selected: Filters): Promise<Ranked> {
  const responses = await Promise.all(variants.map((variant) => pagefind.search(variant.query, { filters: selected })));
  const merged = new Map<string, { result: PagefindResult; score: number }>();
  responses.forEach((response, i) => {
    for (const result of response.results) {
      const score = result.score * variants[i]!.weight;
      const existing = merged.get(result.id);
      if (!existing || score > existing.score) merged.set(result.id, { result, score });
    }
  });
  return { ranked: [...merged.values()].sort((a, b) => b.score - a.score), counts: largest(responses).filters };
}

// Pagefind's sort positions compare only within one index, and the shards hold date ranges:
// each shard is asked on its own, its variants merged by position, the shards read in date order.
async function searchByDate(pagefind: Pagefind, variants: Variant[], selected: Filters, direction: 'asc' | 'desc', shards: number): Promise<Ranked> {
  const order = Array.from({ length: shards }, (_, i) => i);
  if (direction === 'desc') order.reverse();
  const perShard = await Promise.all(
    order.map((shard) =>
      Promise.all(variants.map((variant) => pagefind.search(variant.query, { filters: shards > 1 ? { ...selected, [SHARD_FILTER]: [String(shard)] } : selected, sort: { date: direction } }))),
    ),
  );
  const seen = new Set<string>();
  const ranked: { result: PagefindResult }[] = [];
  const counts: Record<string, Record<string, number>> = {};
  for (const responses of perShard) {
    const inShard = responses.flatMap((response) => response.results).sort((a, b) => b.score - a.score);
    for (const result of inShard) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      ranked.push({ result });
    }
    // Shards share no page, so their counts add up.
    for (const [key, values] of Object.entries(largest(responses).filters)) {
      const into = (counts[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return { ranked, counts };
}

function largest(responses: PagefindResponse[]): PagefindResponse {
  return responses.reduce((best, response) => (response.results.length > best.results.length ? response : best), responses[0]!);
}

// A number goes to the number index: one small shard, fetched when a number is typed.
const shards = new Map<string, Promise<NumberEntry[]>>();
async function lookupNumber(query: string): Promise<NumberEntry[]> {
  const parsed = parseNumberQuery(query);
  if (!parsed) return [];
  const shard = numberShard(parsed.serial);
  if (!shards.has(shard)) shards.set(shard, fetch(`/tim-kiem/so-hieu/${shard}.json`).then((response) => (response.ok ? (response.json() as Promise<NumberEntry[]>) : [])));
  return matchNumber(parsed, await shards.get(shard)!);
}

function numberItem(entry: NumberEntry): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = entry.u;
  link.textContent = entry.h;
  link.className = 'number-hit result-link';
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `Số ký hiệu ${entry.n}${entry.k === 'can-cu' ? ' · trang căn cứ pháp lý' : ''}`;
  item.append(link, meta);
  return item;
}

function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'result-link';
  link.textContent = data.meta['title'] ?? data.url;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = [data.meta['type'] ?? data.meta['kind'], data.meta['number'], data.meta['date'], data.meta['issuer']].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind's excerpt: the page's own text, escaped, with <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(link, meta, excerpt);
  return item;
}

function renderFilters(box: HTMLElement, keys: Map<string, string>, all: Record<string, Record<string, number>>, params: URLSearchParams): void {
  for (const [param, key] of keys) {
    const values = all[key];
    if (!values || Object.keys(values).length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = key;
    fieldset.append(legend);
    const chosen = new Set(params.getAll(param));
    for (const value of Object.keys(values).sort((a, b) => (key === 'Năm' ? b.localeCompare(a) : a.localeCompare(b, 'vi')))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = param;
      box.value = value;
      box.dataset['filter'] = key;
      box.checked = chosen.has(value);
      const text = document.createElement('span');
      text.dataset['value'] = value;
      text.textContent = `${value} (${values[value]})`;
      label.append(box, ' ', text);
      fieldset.append(label);
    }
    box.append(fieldset);
  }
}

/** The chosen filters as chips above the results, each a button that removes it, and their count on the folded panel. */
function showChosen(panel: HTMLDetailsElement, chips: HTMLUListElement, box: HTMLElement, keys: Map<string, string>): void {
  const chosen = [...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
  chips.replaceChildren(
    ...chosen.map((input) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['param'] = input.name;
      button.dataset['value'] = input.value;
      const label = `${keys.get(input.name)}: ${input.value}`;
      // Read out as what it does; the × is only seen.
      button.setAttribute('aria-label', `Bỏ lọc ${label}`);
      const mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = ' ×';
      button.append(label, mark);
      item.append(button);
      return item;
    }),
  );
  chips.hidden = chosen.length === 0;
  panel.querySelector('#filters-active')!.textContent = chosen.length > 0 ? ` (${chosen.length} đang chọn)` : '';
}

function selectedFilters(box: HTMLElement, keys: Map<string, string>): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const key = keys.get(input.name)!;
    (selected[key] ??= []).push(input.value);
  }
  return selected;
}

function updateCounts(box: HTMLElement, keys: Map<string, string>, counts: Record<string, Record<string, number>>): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const key = keys.get(input.name)!;
    const text = input.parentElement!.querySelector<HTMLElement>('span[data-value]')!;
    text.textContent = `${input.value} (${counts[key]?.[input.value] ?? 0})`;
  }
}

function syncUrl(query: string, sort: string, box: HTMLElement): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (sort) params.set('sap-xep', sort);
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) params.append(input.name, input.value);
  const next = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}
