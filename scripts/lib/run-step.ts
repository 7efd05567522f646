import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Progress } from '../../src/lib/progress.ts';

/** A build step: a Node process with these arguments and environment. */
export interface Step {
  step: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /**
   * An Astro build: its line per page written (`├─ /van-ban/…/index.html (+4ms)`, 130,000 of them at
   * 100,000 texts) becomes a progress line; its other lines pass through.
   */
  astroPages?: boolean;
  /** Run beside other steps: its output is held and printed once they have all ended, not through their progress lines. */
  deferOutput?: boolean;
}

/** Runs a step and prints how long it took; a failed step ends the build with its exit code. */
export async function runStep(step: Step): Promise<void> {
  const started = performance.now();
  const code = step.astroPages ? await runFiltered(step, process.stderr.isTTY === true) : spawnSync(process.execPath, step.args, { stdio: 'inherit', env: step.env ?? process.env }).status;
  if (code !== 0) {
    console.error(`build: the ${step.step} step failed (exit code ${code}).`);
    process.exit(code ?? 1);
  }
  console.error(`build: ${step.step} took ${seconds(started)} s`);
}

/** Steps run side by side; the build ends if any fails. */
export async function runStepsTogether(steps: readonly Step[]): Promise<void> {
  const started = performance.now();
  const held: Buffer[][] = [];
  const codes = await Promise.all(
    steps.map((step, i) => {
      // Two progress lines cannot share one terminal line: side by side, each writes a line every few seconds.
      if (step.astroPages) return runFiltered(step, false);
      const child = spawn(process.execPath, step.args, { stdio: step.deferOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: step.env ?? process.env });
      if (step.deferOutput) {
        const chunks: Buffer[] = (held[i] = []);
        child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk));
      }
      return new Promise<number | null>((done) => child.on('close', done));
    }),
  );
  for (const chunks of held) if (chunks) process.stderr.write(Buffer.concat(chunks));
  codes.forEach((code, i) => {
    if (code !== 0) {
      console.error(`build: the ${steps[i]!.step} step failed (exit code ${code}).`);
      process.exit(code ?? 1);
    }
  });
  console.error(`build: ${steps.map((item) => item.step).join(', ')} took ${seconds(started)} s together`);
}

// `08:59:30   ├─ /can-cu/61-2018-nd-cp/index.html (+10ms)` · `└─ /van-ban/x/index.html`; Astro writes some
// without their line end when pages finish together, so a line may hold several, and their times follow alone.
const PAGE_WRITTEN = /[├└]─ \//gu;
// ` (+8ms) `: the time of a page whose line was cut
const PAGE_TIME = /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/u;

/** How many pages a line of Astro's build output says were written (0 for a page's time alone), or undefined for any other line. */
export function pagesWritten(line: string): number | undefined {
  const pages = line.match(PAGE_WRITTEN)?.length ?? 0;
  if (pages > 0) return pages;
  return PAGE_TIME.test(line) ? 0 : undefined;
}

/** Runs an Astro build with its page lines counted instead of printed; resolves to its exit code. */
function runFiltered(step: Step, tty: boolean): Promise<number | null> {
  const child = spawn(process.execPath, step.args, { stdio: ['ignore', 'pipe', 'inherit'], env: step.env ?? process.env });
  const progress = new Progress(`${step.step}: writing pages and files`, undefined, { tty });
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const pages = pagesWritten(line);
    if (pages === undefined) {
      progress.interrupt();
      process.stdout.write(`${line}\n`);
    } else progress.advance(pages);
  });
  return new Promise((done) =>
    child.on('close', (code) => {
      if (code === 0) progress.finish(undefined, true);
      else progress.interrupt();
      done(code);
    }),
  );
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
