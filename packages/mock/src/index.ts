// startMock: Prism on the bundled spec behind the EM fidelity layer, both on free loopback ports unless told otherwise.
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES } from './body.ts';
import { checkCorsOrigin } from './cors.ts';
import { Gate, GATE_DEFAULTS } from './gate.ts';
import { writeGenerationView } from './generation-view.ts';
import { allowedHosts } from './host-check.ts';
import { API_PREFIX } from './operations.ts';
import { startPrism } from './prism.ts';
import { InventoryServer } from './inventory/serve.ts';
import { createLayer } from './server.ts';
import { EM_IDLE_MS, Sessions } from './sessions.ts';
import { Supervisor } from './supervisor.ts';

export { negotiate, type Format } from './negotiate.ts';

export interface MockOptions {
  /** Port of the EM-like front; 0 (the default) picks a free one. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /**
   * The API root written into every `Href` of an answer, such as `http://mock.ci:4010/api`; it is also `url`. Without it,
   * Hrefs name the origin each request came to.
   */
  publicUrl?: string;
  /** Seeds the inventory and the generation of dynamic bodies: the same seed gives the same inventory and bodies, run after run. */
  seed?: string;
  /**
   * Restore points in the inventory that `/query` and the inventory's resources answer from (the examples' own
   * included; default: only the examples'). More are generated, seeded by `seed`, with backups, backup files, VM
   * restore points and backup servers around them.
   */
  restorePoints?: number;
  /** Generate bodies from the schemas instead of answering the spec's examples (Prism's `--dynamic`). */
  dynamic?: boolean;
  /**
   * Keep logon sessions as EM does: every logon gets a fresh token and SessionId; a token is refused (401) once logged off
   * or idle for `idleMs` (EM: 15 minutes). Off by default: then any token is taken and every logon gets the spec's example.
   */
  sessions?: boolean | { idleMs?: number };
  /** Request bodies larger than this many bytes are refused with 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** Requests forwarded to Prism at once (default 32); more wait in a queue. */
  maxInFlight?: number;
  /** Requests waiting for Prism (default 1,024); past them, 503 with `Retry-After`. */
  maxQueued?: number;
  /** How long a request may wait in that queue before a 503 (default 10 s). */
  queueTimeoutMs?: number;
  /** One origin (`http://localhost:5173`) answered with CORS headers and credentials, or `*` without credentials; default none, like EM. */
  cors?: string;
  /**
   * Host names answered besides the mock's own (others get 400, against DNS rebinding). By default a mock on loopback
   * answers only `localhost`, `127.0.0.1`, `::1` and the `publicUrl`'s host, and one on another address answers any name.
   */
  allowHosts?: string[];
  /** Receives one line per answered request, and one per restart of Prism. */
  log?: (line: string) => void;
  /**
   * Called once if Prism keeps failing (5 exits or failed starts in a row); the mock then answers 503 until stopped.
   * Default: print the reason on stderr and exit the process with code 1.
   */
  onFatal?: (error: Error) => void;
}

export interface Mock {
  /** The API root to give clients, such as `http://127.0.0.1:4010/api` (`publicUrl` when given). */
  url: string;
  /** Where the front listens, such as `http://127.0.0.1:4010/api`; `url` too unless `publicUrl` is given. */
  listenUrl: string;
  /** Prism itself, without EM fidelity: for debugging the mock, not for tests of clients. Changes when Prism is restarted. */
  readonly prismUrl: string;
  /** The current Prism process id (changes when Prism is restarted). */
  readonly prismPid: number;
  /** Closes the front and ends Prism; resolves once both are gone. */
  stop(): Promise<void>;
}

const positive = (name: string, value: number | undefined, fallback: number): number => {
  const chosen = value ?? fallback;
  if (!(Number.isInteger(chosen) && chosen > 0)) throw new Error(`${name} is ${value}; expected a positive whole number.`);
  return chosen;
};

const exitOnFatal = (error: Error): void => {
  console.error(error.message);
  process.exit(1);
};

export async function startMock(options: MockOptions = {}): Promise<Mock> {
  const { port = 0, host = '127.0.0.1', dynamic = false } = options;
  const idleMs = typeof options.sessions === 'object' ? (options.sessions.idleMs ?? EM_IDLE_MS) : EM_IDLE_MS;
  if (!(Number.isFinite(idleMs) && idleMs > 0)) throw new Error(`sessions.idleMs is ${idleMs}; expected a positive number of milliseconds.`);
  const maxBodyBytes = positive('maxBodyBytes', options.maxBodyBytes, MAX_BODY_BYTES);
  const gate = new Gate({
    maxInFlight: positive('maxInFlight', options.maxInFlight, GATE_DEFAULTS.maxInFlight),
    maxQueued: positive('maxQueued', options.maxQueued, GATE_DEFAULTS.maxQueued),
    queueTimeoutMs: positive('queueTimeoutMs', options.queueTimeoutMs, GATE_DEFAULTS.queueTimeoutMs),
  });
  const cors = options.cors === undefined ? undefined : checkCorsOrigin(options.cors);
  const publicUrl = options.publicUrl === undefined ? undefined : checkPublicUrl(options.publicUrl);
  const hosts = allowedHosts(host, publicUrl, options.allowHosts);
  // Generated bodies come from a view of the spec in which collections are never empty and Hrefs are EM's.
  const prismSpec = writeGenerationView();
  const prism = await Supervisor.start({
    start: () => startPrism({ specPath: prismSpec, dynamic, ...(options.seed === undefined ? {} : { seed: options.seed }) }),
    onGiveUp: options.onFatal ?? exitOnFatal,
    ...(options.log ? { log: options.log } : {}),
  });
  const sessions = options.sessions ? new Sessions(idleMs) : undefined;
  if (options.restorePoints !== undefined && !(Number.isInteger(options.restorePoints) && options.restorePoints >= 0)) {
    throw new Error(`restorePoints is ${options.restorePoints}; expected a whole number, 0 or more.`);
  }
  const inventory = new InventoryServer({
    ...(options.restorePoints === undefined ? {} : { restorePoints: options.restorePoints }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const server = createLayer({
    prism,
    dynamic,
    maxBodyBytes,
    gate,
    inventory,
    ...(cors === undefined ? {} : { cors }),
    ...(sessions ? { sessions } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    ...(hosts ? { allowedHosts: hosts } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await prism.stop();
    throw new Error(`The EM mock cannot listen on ${host}:${port}: ${(error as Error).message}. Choose another port (MOCK_PORT).`, { cause: error });
  }
  const { port: actual } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  const listenUrl = `http://${host.includes(':') ? `[${host}]` : host}:${actual}${API_PREFIX}`;
  return {
    url: publicUrl ?? listenUrl,
    listenUrl,
    get prismUrl() {
      return prism.prism.url;
    },
    get prismPid() {
      return prism.prism.pid;
    },
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => prism.stop())),
  };
}

/** An http(s) URL without a trailing slash; it should end in `/api`, as EM's API root does. */
function checkPublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`publicUrl ${JSON.stringify(text)} is not a URL; expected an API root such as http://mock.ci:4010/api.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`publicUrl ${JSON.stringify(text)} is not an http or https URL; expected an API root such as http://mock.ci:4010/api.`);
  }
  if (url.search !== '' || url.hash !== '') throw new Error(`publicUrl ${JSON.stringify(text)} has a query or fragment; expected an API root such as http://mock.ci:4010/api.`);
  return url.href.replace(/\/+$/, '');
}
