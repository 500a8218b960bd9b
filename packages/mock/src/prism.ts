// Prism as a child process on a free loopback port: started from its own JS entry, ready when it says so, never orphaned.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PrismOptions {
  specPath: string;
  /** Generate bodies from the schemas (`-d`) instead of answering the spec's examples. */
  dynamic: boolean;
  /** Seeds Prism's generator (`--seed`): the same seed gives the same generated bodies. */
  seed?: string;
  /** Gives up waiting for "listening" after this long (a start guard, not a measurement). */
  startTimeoutMs?: number;
}

export interface Prism {
  /** Such as `http://127.0.0.1:38211`, with no `/api`. */
  url: string;
  pid: number;
  /** Whether the process is still running. */
  readonly running: boolean;
  /** Resolves when the process exits, for whatever reason (stop(), a crash, a kill), with how it ended. */
  readonly exited: Promise<string>;
  /** Resolves once the process has exited. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const prismPackage = require.resolve('@stoplight/prism-cli/package.json');
const prismBin = join(dirname(prismPackage), (require(prismPackage) as { bin: { prism: string } }).bin.prism);

// The IPC channel closes when the parent dies in any way (even SIGKILL): Prism then exits instead of lingering.
const EXIT_WITH_PARENT = "data:text/javascript,process.on('disconnect',()=>process.exit(0))";
const LISTENING = /Prism is listening on (http:\/\/[^\s]+)/;
const ANSI = /\u001b\[[0-9;]*m/g;
const KILL_AFTER_MS = 5_000;

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

const how = (code: number | null, signal: string | null): string => (signal === null ? `code ${code}` : signal);

function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function startPrism({ specPath, dynamic, seed, startTimeoutMs = 30_000 }: PrismOptions): Promise<Prism> {
  const args = ['--import', EXIT_WITH_PARENT, prismBin, 'mock', '--host', '127.0.0.1', '--port', '0', ...(dynamic ? ['--dynamic'] : []), ...(seed === undefined ? [] : ['--seed', seed]), specPath];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Not waiting for Prism: its exit should not hold this process open.
  child.channel?.unref();
  child.unref();
  let log = '';
  const remember = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8').replace(ANSI, '')).slice(-8_192);
  };
  // Always drained: a full pipe would block Prism's logging, and with it every answer.
  child.stdout!.on('data', remember);
  child.stderr!.on('data', remember);
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();

  return new Promise((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      child.off('error', onError);
      child.off('exit', onExit);
      child.stdout!.off('data', onData);
    };
    const fail = (why: string) => {
      settle();
      void stopChild(child).then(() => reject(new Error(`Prism did not start: ${why}. Its output:\n${log}`)));
    };
    const onError = (error: Error) => fail(error.message);
    const onExit = (code: number | null, signal: string | null) => fail(`it exited with ${how(code, signal)}`);
    const onData = () => {
      const url = LISTENING.exec(log)?.[1];
      if (!url) return;
      settle();
      const exited = new Promise<string>((done) => {
        if (hasExited(child)) done(how(child.exitCode, child.signalCode));
        else child.once('exit', (code, signal) => done(how(code, signal)));
      });
      resolve({
        url,
        pid: child.pid!,
        exited,
        get running() {
          return !hasExited(child);
        },
        stop: () => stopChild(child),
      });
    };
    const timer = setTimeout(() => fail(`no "listening" line within ${startTimeoutMs} ms`), startTimeoutMs);
    child.on('error', onError);
    child.on('exit', onExit);
    child.stdout!.on('data', onData);
  });
}
