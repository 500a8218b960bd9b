// Temporary directories that never outlive the test run: removed at process exit, and swept on the next run if a run was killed.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A fresh directory `vbem-<name>-<pid>-XXXXXX` in the system temp dir; `remove()` deletes it now, process exit at the latest. */
export function scratchDir(name: string): { path: string; remove: () => void } {
  // Directories of runs that were killed before they could clean up: their process is gone.
  for (const entry of readdirSync(tmpdir())) {
    const owner = new RegExp(`^vbem-${name}-(\\d+)-`).exec(entry)?.[1];
    if (owner !== undefined && Number(owner) !== process.pid && !alive(Number(owner))) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
  const path = mkdtempSync(join(tmpdir(), `vbem-${name}-${process.pid}-`));
  const remove = () => rmSync(path, { recursive: true, force: true });
  process.once('exit', remove);
  // A test worker may be ended by a signal, which skips 'exit': clean up, then end as that signal would have.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => {
      remove();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
  return { path, remove };
}
