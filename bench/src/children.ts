// Every measurement runs in a fresh `node` process (src/child.ts), so that peaks do not mix; it prints one JSON line.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'];
const benchDir = new URL('../', import.meta.url).pathname;
const run = promisify(execFile);

/** Runs `src/child.ts task …args` and returns the last line it printed, parsed. */
export async function child(...args: string[]): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, [...NODE_FLAGS, 'src/child.ts', ...args], { cwd: benchDir, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
}
