// The search page: the archive's search (src/lib/archive-search.ts) with its two tiers,
// precomputed answers for the most frequent queries, and filters and sorting kept in the URL.
// The first results come before anything else: the filter panel and its counts follow.
import { EXCERPT_LENGTH, filterCounts, mergeShards, PAGE_SIZE, ranksByPhrase, resultData, searchTiers, type PagefindApi, type PagefindResult, type ResultData, type SearchRequest, type SortOrder, type Tiers } from '../lib/archive-search.ts';
import { isQuoted, type Abbreviation } from '../lib/expand-query.ts';
import { compareFilterValues } from '../lib/filter-order.ts';
import { matchNumber, numberShard, parseNumberQuery, type NumberEntry } from '../lib/number-query.ts';
import { answerKey, answerPath, type AnswerResult, type PrecomputedAnswer } from '../lib/search-answers.ts';
import { readManifest, SHARD_MANIFEST, VOCABULARY_FILTER, type SearchTier } from '../lib/search-shards.ts';

interface PagefindModule extends PagefindApi {
  createInstance: (options: Record<string, unknown>) => PagefindApi;
}

// Shown while the first batch of a long list arrives; the rest of the page follows.
const FIRST_BATCH = 5;
// The URL parameter asking for the full text.
const FULL_TEXT_PARAM = 'toan-van';

export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const sort = form.querySelector<HTMLSelectElement>('#sort')!;
  const filtersBox = document.querySelector<HTMLElement>('#filters')!;
  const panel = document.querySelector<HTMLDetailsElement>('#filters-panel')!;
  const chips = document.querySelector<HTMLUListElement>('#chosen-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const filtersStatus = document.querySelector<HTMLElement>('#filters-status')!;
  const scope = document.querySelector<HTMLElement>('#search-scope')!;
  const scopeText = scope.querySelector<HTMLElement>('span')!;
  const scopeButton = scope.querySelector<HTMLButtonElement>('button')!;
  const list = document.querySelector<HTMLOListElement>('#results')!;
  const abbreviations = JSON.parse(form.dataset['abbreviations'] ?? '[]') as Abbreviation[];
  const filterKeys = new Map(JSON.parse(form.dataset['filters'] ?? '[]') as [string, string][]);

  // What the reader has chosen: the URL, and what they typed or ticked before this script ran (the form is in
  // the page); read before anything loads, and the controls answer from now on, so nothing is undone or lost.
  const params = new URLSearchParams(location.search);
  if (input.value === '') input.value = params.get('q') ?? '';
  if (sort.value === '') sort.value = params.get('sap-xep') ?? '';
  let fullText = params.get(FULL_TEXT_PARAM) === '1';
  const chosen = new Map<string, Set<string>>();
  for (const param of filterKeys.keys()) if (params.has(param)) chosen.set(param, new Set(params.getAll(param)));
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) chosen.set(box.name, (chosen.get(box.name) ?? new Set()).add(box.value));
  // A wide screen has room for the filters beside the results' start; a phone folds them.
  panel.open = matchMedia('(min-width: 48rem)').matches;
  // The panel is in the page, with the whole archive's counts (src/pages/tim-kiem/index.astro); a value
  // chosen in the URL that it does not list yet is added to its list.
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = chosen.get(box.name)?.has(box.value) ?? false;
  for (const [param, values] of chosen) {
    const fieldset = filtersBox.querySelector(`input[name="${param}"]`)?.closest('fieldset');
    const listed = new Set([...(fieldset?.querySelectorAll('input') ?? [])].map((input) => input.value));
    for (const value of values) if (fieldset && !listed.has(value)) fieldset.insertBefore(filterLabel(param, value, true), fieldset.querySelector('label'));
  }
  showChosen(panel, chips, chosen, filterKeys);

  // The search library and the primary tier's index load when the page opens, not on the first keystroke;
  // a search asked for meanwhile waits for them.
  const engine = (async () => {
    const path = '/pagefind/pagefind.js';
    const [pagefind, manifest] = await Promise.all([
      import(/* @vite-ignore */ path) as Promise<PagefindModule>,
      fetch(SHARD_MANIFEST)
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
        .then(readManifest),
    ]);
    await pagefind.options({ excerptLength: EXCERPT_LENGTH });
    await mergeShards(pagefind, manifest.primary);
    const instance = (paths: readonly string[]) => {
      const api = pagefind.createInstance({ basePath: paths[0], excerptLength: EXCERPT_LENGTH });
      return mergeShards(api, paths).then(() => api);
    };
    // Instances loaded once, when first needed; one that failed to load is tried again next time.
    const loaded = new Map<string, Promise<PagefindApi>>();
    const once = (key: string, load: () => Promise<PagefindApi>): Promise<PagefindApi> => {
      if (!loaded.has(key)) loaded.set(key, load().catch((error: unknown) => (loaded.delete(key), Promise.reject(error))));
      return loaded.get(key)!;
    };
    const tiers: Tiers = { primary: pagefind, full: () => once('full', () => instance(manifest.full)), shards: manifest.primary.length };
    // The filter counts come from instances of their own, which load every filter's index: an instance that
    // has loaded them counts every value for every search, which is what kept the first results waiting.
    const facets = (tier: SearchTier) => once(`facets-${tier}`, () => instance(tier === 'primary' ? manifest.primary : manifest.full).then(async (api) => (await api.filters(), api)));
    const answers = new Map(manifest.answers.map((query, i) => [query, i]));
    return { pagefind, tiers, facets, answers };
  })();
  type Engine = Awaited<typeof engine>;

  chips.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-param]');
    if (!button) return;
    chosen.get(button.dataset['param']!)?.delete(button.dataset['value']!);
    const box = [...filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => box.name === button.dataset['param'] && box.value === button.dataset['value']);
    if (box) box.checked = false;
    // The chip is gone: the focus goes to the next one, or the search box.
    const next = button.closest('li')?.nextElementSibling?.querySelector('button') ?? button.closest('li')?.previousElementSibling?.querySelector('button') ?? input;
    showChosen(panel, chips, chosen, filterKeys);
    void search();
    next.focus();
  });

  let run = 0;
  const search = async () => {
    const current = ++run;
    let loaded: Engine;
    try {
      loaded = await engine;
    } catch (error) {
      status.textContent = `Không tải được công cụ tìm kiếm (${error instanceof Error ? error.message : String(error)}). Hãy tải lại trang.`;
      return;
    }
    if (current !== run) return;
    // Marks for the benchmark (scripts/bench-search.ts): from the search starting to the first results shown.
    performance.mark(`search-${current}-start`);
    const query = input.value.trim();
    const request: SearchRequest = { query, filters: selectedFilters(chosen, filterKeys), sort: sort.value as SortOrder, fullText };
    syncUrl(query, sort.value, fullText, chosen);
    // The last search's count is not this one's.
    status.textContent = '';
    filtersStatus.textContent = '';
    if (query === '' && Object.keys(request.filters).length === 0) {
      list.replaceChildren();
      setScope(null);
      showTotals(filtersBox);
      return;
    }
    try {
      await runSearch(current, request, loaded);
    } catch (error) {
      if (current !== run) return;
      status.textContent = `Không tìm được (${error instanceof Error ? error.message : String(error)}). Hãy thử lại.`;
    }
  };

  const runSearch = async (current: number, request: SearchRequest, { tiers, facets, answers }: Engine) => {
    const { query } = request;
    let started = false;
    // The first results on screen, whichever comes first; later ones are added below them.
    const show = (items: HTMLLIElement[]): boolean => {
      if (current !== run) return false;
      if (started) {
        list.append(...items);
        return true;
      }
      list.replaceChildren(...items);
      started = true;
      performance.measure('search-first-results', `search-${current}-start`);
      return true;
    };
    // A number typed is looked up in the number index beside the search: what it names shows as soon as it is found.
    const numberLookup = lookupNumber(query).then((hits) => {
      if (hits.length > 0) show(hits.map(numberItem));
      return hits;
    });
    // The most frequent queries have their first page in a file (src/lib/search-answers.ts); quoted, they are another search.
    const key = answerKey(query);
    const answerAt = !request.sort && !request.fullText && !isQuoted(query) && Object.keys(request.filters).length === 0 ? answers.get(key) : undefined;
    const answer = answerAt === undefined ? undefined : await fetchAnswer(answerAt, key);
    let tier: SearchTier;
    let found: number;
    let primaryFound: number | null = null;
    const shownUrls = new Set<string>();
    const items = async (batch: readonly (ResultData | AnswerResult)[]) => {
      const numberUrls = new Set((await numberLookup).map((hit) => hit.u));
      for (const data of batch) shownUrls.add(data.url);
      return batch.filter((data) => !numberUrls.has(data.url)).map(resultItem);
    };
    if (answer) {
      if (!show(await items(answer.results))) return;
      ({ tier, total: found, primaryFound } = answer);
    } else {
      // Words typed together are read for their phrase before any shows (src/lib/phrase-rank.ts).
      const batches = ranksByPhrase(request) ? [PAGE_SIZE] : [FIRST_BATCH, PAGE_SIZE];
      let from = 0;
      const showUpTo = async (ranked: PagefindResult[], to: number): Promise<boolean> => {
        const start = from;
        from = Math.max(from, to);
        return show(await items(await resultData(ranked, request, abbreviations, start, to)));
      };
      // A date sort knows its first page before the last shards are read: it shows then, the first batch
      // first, and the other shards are read after.
      let early: Promise<boolean> | undefined;
      const answered = await searchTiers(tiers, request, abbreviations, (firstPage) => {
        early = batches.reduce<Promise<boolean>>((previous, to) => previous.then((going) => going && showUpTo(firstPage, to)), Promise.resolve(true));
        return early;
      });
      if (early && !(await early)) return;
      if (current !== run) return;
      for (const to of batches) if (to > from && !(await showUpTo(answered.ranked, to))) return;
      ({ tier, primaryFound } = answered);
      found = answered.ranked.length;
    }
    const numberHits = await numberLookup;
    // Nothing found at all: the list empties.
    if (!started && !show([])) return;
    // A document the number names is counted once, whether or not the words found it too.
    const total = found + numberHits.filter((hit) => !shownUrls.has(hit.u)).length;
    status.textContent = statusLine(query, total, numberHits.length, tier, primaryFound);
    setScope(query === '' ? null : tier);
    // Then the counts of this search in the filter panel, said apart so the count above is not read again.
    void facets(tier)
      .then(async (api) => {
        const counts = await filterCounts(api, request, abbreviations);
        if (current !== run) return;
        updateCounts(filtersBox, filterKeys, counts, chosen);
        performance.measure('search-counts', `search-${current}-start`);
        filtersStatus.textContent = 'Số văn bản theo từng bộ lọc đã cập nhật.';
      })
      .catch(() => {
        if (current === run) filtersStatus.textContent = 'Chưa cập nhật được số văn bản theo bộ lọc.';
      });
  };

  // Where the results were found, and the button for the other scope; focus on a button that goes is kept in the form.
  const setScope = (tier: SearchTier | null) => {
    const hide = tier === null || (tier === 'full' && !fullText);
    if (hide && document.activeElement === scopeButton) input.focus();
    scope.hidden = hide;
    if (tier === 'primary') {
      scopeText.textContent = 'Kết quả tìm trong tiêu đề, số ký hiệu, cơ quan ban hành và phần đầu mỗi văn bản. ';
      scopeButton.textContent = 'Tìm trong toàn văn';
    } else if (tier === 'full') {
      scopeText.textContent = 'Kết quả tìm trong toàn văn. ';
      scopeButton.textContent = 'Chỉ tìm tiêu đề và phần đầu văn bản';
    }
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
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = chosen.get(box.name) ?? new Set<string>();
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    chosen.set(box.name, values);
    showChosen(panel, chips, chosen, filterKeys);
    void search();
  });
  scopeButton.addEventListener('click', () => {
    fullText = !fullText;
    void search();
  });
  if (input.value !== '' || chosen.size > 0) await search();
  else
    await engine.then(
      ({ pagefind }) => warmUp(pagefind),
      (error: unknown) => {
        status.textContent = `Không tải được công cụ tìm kiếm (${error instanceof Error ? error.message : String(error)}). Hãy tải lại trang.`;
      },
    );
  form.dataset['ready'] = '';
}

// The WebAssembly compiled and run once, and the primary tier's metadata read, before the first real query.
// A search by the vocabulary filter alone needs no word index, only that filter's small index, which
// every search then uses to leave the vocabulary records out.
async function warmUp(pagefind: PagefindApi): Promise<void> {
  await new Promise<void>((resolve) => whenIdle(resolve));
  await pagefind.search(null, { filters: { [VOCABULARY_FILTER]: '1' } });
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => run(), { timeout: 1000 });
  else setTimeout(run, 50);
}

function statusLine(query: string, total: number, numberHits: number, tier: SearchTier, primaryFound: number | null): string {
  if (total === 0) return `Không tìm thấy kết quả cho “${query}”.`;
  const found = `${numberHits > 0 ? 'Khớp số ký hiệu. ' : ''}${total} kết quả${query ? ` cho “${query}”` : ''}`;
  if (tier === 'full' && primaryFound !== null) return `${found}, tìm trong toàn văn vì tiêu đề và phần đầu văn bản chỉ có ${primaryFound} kết quả.`;
  return `${found}${query && tier === 'full' ? ', tìm trong toàn văn' : ''}.`;
}

// An answer file missing, unreadable or for another query (a manifest and files from two builds) is no
// answer: the live search gives the same page.
async function fetchAnswer(index: number, key: string): Promise<PrecomputedAnswer | undefined> {
  try {
    const response = await fetch(answerPath(index));
    const answer = response.ok ? ((await response.json()) as PrecomputedAnswer) : undefined;
    return answer?.query === key ? answer : undefined;
  } catch {
    return undefined;
  }
}

// A number goes to the number index: one small shard, fetched when a number is typed.
const numberShards = new Map<string, Promise<NumberEntry[]>>();
async function lookupNumber(query: string): Promise<NumberEntry[]> {
  const parsed = parseNumberQuery(query);
  if (!parsed) return [];
  const shard = numberShard(parsed.serial);
  if (!numberShards.has(shard)) numberShards.set(shard, fetch(`/tim-kiem/so-hieu/${shard}.json`).then((response) => (response.ok ? (response.json() as Promise<NumberEntry[]>) : [])));
  return matchNumber(parsed, await numberShards.get(shard)!);
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
  item.append(link);
  if (entry.s) {
    // The same badge as the basis's page: words, with the border repeating them.
    const badge = document.createElement('span');
    badge.className = `status-badge ${entry.s.v}`;
    badge.textContent = entry.s.t;
    item.append(badge);
  }
  item.append(meta);
  return item;
}

function resultItem(data: ResultData | AnswerResult): HTMLLIElement {
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

// No search: the panel shows the whole archive's counts again.
function showTotals(box: HTMLElement): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const text = input.nextElementSibling as HTMLElement;
    text.textContent = text.dataset['total'] === undefined ? input.value : `${input.value} (${text.dataset['total']})`;
  }
}

/** The chosen filters as chips above the results, each a button that removes it, and their count on the folded panel. */
function showChosen(panel: HTMLDetailsElement, chips: HTMLUListElement, chosen: Map<string, Set<string>>, keys: Map<string, string>): void {
  const pairs = [...keys.keys()].flatMap((param) => [...(chosen.get(param) ?? [])].map((value) => [param, value] as const));
  chips.replaceChildren(
    ...pairs.map(([param, value]) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['param'] = param;
      button.dataset['value'] = value;
      const label = `${keys.get(param)}: ${value}`;
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
  chips.hidden = pairs.length === 0;
  panel.querySelector('#filters-active')!.textContent = pairs.length > 0 ? ` (${pairs.length} đang chọn)` : '';
}

function selectedFilters(chosen: Map<string, Set<string>>, keys: Map<string, string>): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const [param, values] of chosen) if (values.size > 0) selected[keys.get(param)!] = [...values];
  return selected;
}

/**
 * A search's counts in the panel. A list the page showed in part (`data-more`) gets its other values now,
 * those this search found, in the panel's order (`compareFilterValues`).
 */
function updateCounts(box: HTMLElement, keys: Map<string, string>, counts: Record<string, Record<string, number>>, chosen: Map<string, Set<string>>): void {
  for (const fieldset of box.querySelectorAll<HTMLFieldSetElement>('fieldset[data-more]:not([data-more="0"])')) {
    const param = fieldset.querySelector<HTMLInputElement>('input')?.name;
    const key = param === undefined ? undefined : keys.get(param);
    if (param === undefined || key === undefined) continue;
    const listed = new Set([...fieldset.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value));
    const added = Object.entries(counts[key] ?? {}).filter(([value, count]) => count > 0 && !listed.has(value));
    if (added.length === 0) continue;
    for (const [value] of added) fieldset.append(filterLabel(param, value, chosen.get(param)?.has(value) ?? false));
    const compare = compareFilterValues(key);
    const labels = [...fieldset.querySelectorAll('label')].sort((a, b) => compare(a.querySelector('input')!.value, b.querySelector('input')!.value));
    fieldset.querySelector('.more')?.remove();
    fieldset.append(...labels);
  }
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const key = keys.get(input.name)!;
    (input.nextElementSibling as HTMLElement).textContent = `${input.value} (${counts[key]?.[input.value] ?? 0})`;
  }
}

/** A checkbox of the filter panel, as the page writes it (src/pages/tim-kiem/index.astro). */
function filterLabel(param: string, value: string, checked: boolean): HTMLLabelElement {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = param;
  box.value = value;
  box.checked = checked;
  const text = document.createElement('span');
  text.textContent = value;
  label.append(box, ' ', text);
  return label;
}

function syncUrl(query: string, sort: string, fullText: boolean, chosen: Map<string, Set<string>>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (sort) params.set('sap-xep', sort);
  if (fullText) params.set(FULL_TEXT_PARAM, '1');
  for (const [param, values] of chosen) for (const value of values) params.append(param, value);
  const next = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}
