/**
 * How far a long build stage is, for the person or the CI log watching it:
 *
 *   ingest: reading sources 12,345/100,000 (12%) · 620/s · about 2 min 21 s left
 *
 * On a terminal the line is redrawn in place a few times a second; in a log
 * (CI, a pipe) a line is written every few seconds instead. A stage that ends
 * before the first line was due prints nothing, so a small archive's build
 * stays as quiet as it was.
 */
export interface ProgressOptions {
  /** Where lines go (default: standard error). */
  write?: (text: string) => void;
  /** Redraw in place (default: whether standard error is a terminal). */
  tty?: boolean;
  /** The clock, in milliseconds (default: `performance.now`). */
  now?: () => number;
  /** How often a line is written to a log (default 5 s) or redrawn on a terminal (default 0.2 s). */
  intervalMs?: number;
}

export class Progress {
  readonly #label: string;
  readonly #total: number | undefined;
  readonly #write: (text: string) => void;
  readonly #tty: boolean;
  readonly #now: () => number;
  readonly #interval: number;
  readonly #started: number;
  #done = 0;
  #lastShown: number;
  #shown = false;

  /** `total` is how many items the stage has, if known beforehand. */
  constructor(label: string, total: number | undefined, options: ProgressOptions = {}) {
    this.#label = label;
    this.#total = total;
    this.#write = options.write ?? ((text) => process.stderr.write(text));
    this.#tty = options.tty ?? process.stderr.isTTY === true;
    this.#now = options.now ?? (() => performance.now());
    this.#interval = options.intervalMs ?? (this.#tty ? 200 : 5000);
    this.#started = this.#now();
    this.#lastShown = this.#started;
  }

  get done(): number {
    return this.#done;
  }

  advance(count = 1): void {
    this.#done += count;
    const now = this.#now();
    if (now - this.#lastShown < this.#interval) return;
    this.#lastShown = now;
    this.#shown = true;
    const line = formatProgress(this.#label, this.#done, this.#total, now - this.#started);
    this.#write(this.#tty ? `\r${line}\u001b[K` : `${line}\n`);
  }

  /** Ends a line redrawn in place, so that what is printed next (a message, an error) starts on its own line. */
  interrupt(): void {
    if (this.#tty && this.#shown) this.#write('\r\u001b[K');
  }

  /** The stage's last line (how many, how long, how fast), if any line was shown before or `always`; `summary` replaces the count. */
  finish(summary?: string, always = false): void {
    if (!this.#shown && !always) return;
    const elapsed = this.#now() - this.#started;
    const line = `${this.#label} ${summary ?? `${formatCount(this.#done)} done`} in ${duration(elapsed)}${rate(this.#done, elapsed)}`;
    this.#write(this.#tty ? `\r${line}\u001b[K\n` : `${line}\n`);
  }
}

/** `ingest: reading sources 12,345/100,000 (12%) · 620/s · about 2 min 21 s left`; without a total, the count and the rate. */
export function formatProgress(label: string, done: number, total: number | undefined, elapsedMs: number): string {
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [total === undefined ? formatCount(done) : `${formatCount(done)}/${formatCount(total)} (${Math.floor((done / Math.max(total, 1)) * 100)}%)`];
  if (perSecond > 0) parts.push(`${formatCount(Math.round(perSecond))}/s`);
  if (total !== undefined && perSecond > 0 && done < total) parts.push(`about ${duration(((total - done) / perSecond) * 1000)} left`);
  return `${label} ${parts.join(' · ')}`;
}

/** A count as the console lines write it: `12,345`. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function rate(done: number, elapsedMs: number): string {
  return done > 0 && elapsedMs > 0 ? ` (${formatCount(Math.round((done * 1000) / elapsedMs))}/s)` : '';
}

/** `45 s`, `2 min 21 s`, `1 h 3 min`. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
