// Ends the mock when whatever started it is gone: `kill $!` on `npx pnpm mock` signals only the top of a chain
// (npm → pnpm → turbo → pnpm → node) whose middle does not pass signals on, which would leave the mock and Prism running.
import { readFileSync } from 'node:fs';

const POLL_MS = 500;

/** The parent of `pid`, from /proc (Linux); undefined where there is no /proc. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields after the last ')' are plain.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** This process's ancestors, nearest first, up to (not including) PID 1; just the parent where there is no /proc. */
function ancestors(): number[] {
  const chain: number[] = [];
  let pid: number | undefined = process.ppid;
  while (pid !== undefined && pid > 1 && chain.length < 64) {
    chain.push(pid);
    pid = parentOf(pid);
  }
  return chain;
}

/** Calls `onGone` once any ancestor has exited (this process or one above it was re-parented); returns a stop function. */
export function exitWithParent(onGone: () => void): () => void {
  const start = ancestors().join(' ');
  const timer = setInterval(() => {
    if (ancestors().join(' ') === start) return;
    clearInterval(timer);
    onGone();
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
