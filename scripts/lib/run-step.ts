import { spawn, spawnSync } from 'node:child_process';

/** A build step: a Node process with these arguments and environment. */
export interface Step {
  step: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Runs a step and prints how long it took; a failed step ends the build with its exit code. */
export function runStep({ step, args, env }: Step): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: env ?? process.env });
  if (result.status !== 0) {
    console.error(`build: the ${step} step failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.error(`build: ${step} took ${seconds(started)} s`);
}

/** Steps run side by side; the build ends if any fails. */
export async function runStepsTogether(steps: readonly Step[]): Promise<void> {
  const started = performance.now();
  const codes = await Promise.all(
    steps.map(({ args, env }) => new Promise<number | null>((done) => spawn(process.execPath, args, { stdio: 'inherit', env: env ?? process.env }).on('close', done))),
  );
  codes.forEach((code, i) => {
    if (code !== 0) {
      console.error(`build: the ${steps[i]!.step} step failed (exit code ${code}).`);
      process.exit(code ?? 1);
    }
  });
  console.error(`build: ${steps.map((item) => item.step).join(', ')} took ${seconds(started)} s together`);
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
