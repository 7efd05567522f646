import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A command's wall time and the peak resident memory of its whole process tree (Linux /proc). */
export interface Measured {
  seconds: number;
  peakRssBytes: number;
  status: number | null;
  output: string;
  /** Stopped at the time limit. */
  timedOut: boolean;
}

const PAGE = 4096;

/**
 * Commands started together, as a build runs steps side by side: the wall time
 * until the last ends, and the peak of their process trees' memory summed at
 * each moment. `status` is the first non-zero exit code, else 0.
 */
export function runMeasuredTogether(commands: readonly { command: string; args: string[]; cwd?: string; env?: NodeJS.ProcessEnv }[], timeLimitMs = Infinity): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    let output = '';
    let running = commands.length;
    let status: number | null = 0;
    let peak = 0;
    let timedOut = false;
    const children = commands.map(({ command, args, cwd, env }) => {
      // Each in its own process group, so a time limit stops its whole tree.
      const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
      child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
      child.on('close', (code) => {
        if (status === 0 && code !== 0) status = code;
        if (--running === 0) {
          clearInterval(timer);
          clearTimeout(limit);
          resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, status, output, timedOut });
        }
      });
      return child;
    });
    const timer = setInterval(() => {
      peak = Math.max(peak, children.reduce((total, child) => total + (child.pid ? treeRss(child.pid) : 0), 0));
    }, 100);
    const limit = setTimeout(() => {
      timedOut = true;
      for (const child of children) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }, Math.min(timeLimitMs, 2 ** 31 - 1));
  });
}

function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
