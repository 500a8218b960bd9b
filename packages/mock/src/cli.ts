#!/usr/bin/env node
// vbem-mock: serves the EM mock until SIGINT or SIGTERM, or until whatever started it is gone. `vbem-mock --help` lists the options.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exitWithParent } from './exit-with-parent.ts';
import { startMock } from './index.ts';

interface Option {
  flag: string;
  env: string;
  type: 'string' | 'boolean';
  value?: string;
  help: string;
}

const OPTIONS: Option[] = [
  { flag: 'port', env: 'MOCK_PORT', type: 'string', value: 'N', help: 'port to listen on; 0 picks a free one (default 4010)' },
  { flag: 'host', env: 'MOCK_HOST', type: 'string', value: 'ADDRESS', help: 'address to listen on (default 127.0.0.1)' },
  { flag: 'public-url', env: 'MOCK_PUBLIC_URL', type: 'string', value: 'URL', help: 'API root written into Hrefs and printed, such as http://mock.ci:4010/api (default: the origin each request came to)' },
  { flag: 'ready-file', env: 'MOCK_READY_FILE', type: 'string', value: 'PATH', help: 'write the base URL to PATH once ready; removed at start, and on exit once the port is closed' },
  { flag: 'dynamic', env: 'MOCK_DYNAMIC', type: 'boolean', help: 'generate bodies from the schemas instead of answering the examples' },
  { flag: 'seed', env: 'MOCK_SEED', type: 'string', value: 'TEXT', help: 'seed of the inventory and of generated bodies: the same seed gives the same ones (tokens stay random)' },
  { flag: 'restore-points', env: 'MOCK_RESTORE_POINTS', type: 'string', value: 'N', help: 'restore points in the inventory behind /query and the resources, with their backups, files, VM restore points and servers (default: the examples\' only)' },
  { flag: 'sessions', env: 'MOCK_SESSIONS', type: 'boolean', help: 'keep logon sessions as EM does: fresh tokens, 401 once logged off or idle' },
  { flag: 'session-idle-ms', env: 'MOCK_SESSION_IDLE_MS', type: 'string', value: 'MS', help: 'idle time after which a session ends (default 900000, 15 minutes)' },
  { flag: 'cors', env: 'MOCK_CORS', type: 'string', value: 'ORIGIN', help: 'answer this one origin with CORS headers and credentials, or * without credentials (default: none, as EM)' },
  { flag: 'allow-host', env: 'MOCK_ALLOW_HOSTS', type: 'string', value: 'NAMES', help: 'comma-separated Host names answered besides localhost and the public URL\'s (default: those only on loopback, any elsewhere)' },
  { flag: 'max-body-bytes', env: 'MOCK_MAX_BODY_BYTES', type: 'string', value: 'N', help: 'request bodies larger than N bytes get 413 (default 1048576)' },
];

const HELP = `Usage: vbem-mock [options]

A mock of the Veeam Backup Enterprise Manager REST API on plain HTTP. Prints its base URL (such as
http://127.0.0.1:4010/api) on stdout once ready; logs go to stderr. Stops on SIGINT or SIGTERM, and when the
process that started it ends, taking its Prism process with it.

Options (each also read from its environment variable; a flag wins):
${OPTIONS.map((o) => `  --${`${o.flag}${o.value ? ` ${o.value}` : ''}`.padEnd(22)} ${o.env.padEnd(21)} ${o.help}`).join('\n')}
  ${'--help'.padEnd(24)} ${''.padEnd(21)} print this help and exit
`;

/** Exits with a usage error: what was wrong, and where to look. */
function usage(message: string): never {
  process.stderr.write(`vbem-mock: ${message} See vbem-mock --help.\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs>['values'];
try {
  parsed = parseArgs({
    options: { ...Object.fromEntries(OPTIONS.map((o) => [o.flag, { type: o.type }])), help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  usage(`${(error as Error).message.replace(/\.+$/, '')}.`);
}
if (parsed['help']) {
  process.stdout.write(HELP);
  process.exit(0);
}

/** A flag's value, else its environment variable's (unset or empty: undefined). */
function setting(name: string): string | boolean | undefined {
  const option = OPTIONS.find((o) => o.flag === name)!;
  const flag = parsed[name];
  if (flag !== undefined) return flag as string | boolean;
  const env = process.env[option.env];
  if (env === undefined || env === '') return undefined;
  if (option.type === 'string') return env;
  if (/^(1|true|yes|on)$/i.test(env)) return true;
  if (/^(0|false|no|off)$/i.test(env)) return false;
  usage(`${option.env}=${env} is not a boolean; expected true or false.`);
}

const text = (name: string): string | undefined => setting(name) as string | undefined;
const source = (name: string): string => (parsed[name] !== undefined ? `--${name}` : `${OPTIONS.find((o) => o.flag === name)!.env}=`);

const portText = text('port') ?? '4010';
const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
if (!(port >= 0 && port <= 65_535)) usage(`${source('port')}${parsed['port'] === undefined ? '' : ' '}${portText} is not a port; expected a number from 0 to 65535.`);
const idleText = text('session-idle-ms');
const idleMs = idleText === undefined ? undefined : Number(idleText);
if (idleMs !== undefined && !(Number.isFinite(idleMs) && idleMs > 0)) {
  usage(`${source('session-idle-ms')}${parsed['session-idle-ms'] === undefined ? '' : ' '}${idleText} is not a duration; expected a positive number of milliseconds.`);
}
const dynamic = setting('dynamic') === true;
const sessions = setting('sessions') === true ? { ...(idleMs === undefined ? {} : { idleMs }) } : false;
const readyFile = text('ready-file');
const host = text('host') ?? '127.0.0.1';
const publicUrl = text('public-url');
const seed = text('seed');
const cors = text('cors');
const allowHosts = text('allow-host')?.split(',').map((name) => name.trim()).filter((name) => name !== '');
const restorePointsText = text('restore-points');
const restorePoints = restorePointsText === undefined ? undefined : /^\d{1,9}$/.test(restorePointsText) ? Number(restorePointsText) : NaN;
if (restorePoints !== undefined && Number.isNaN(restorePoints)) {
  usage(`${source('restore-points')}${parsed['restore-points'] === undefined ? '' : ' '}${restorePointsText} is not a count; expected a whole number, 0 or more.`);
}
const maxBodyText = text('max-body-bytes');
const maxBodyBytes = maxBodyText === undefined ? undefined : Number(maxBodyText);
if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
  usage(`${source('max-body-bytes')}${parsed['max-body-bytes'] === undefined ? '' : ' '}${maxBodyText} is not a size; expected a positive whole number of bytes.`);
}

// A ready file left by an earlier run would say "ready" before this one is.
if (readyFile !== undefined) rmSync(readyFile, { force: true });
// Whoever reads only the first line (`| head -1`) closes the pipe: that is not a reason to crash.
process.stdout.on('error', () => {});

try {
  const mock = await startMock({
    port,
    host,
    dynamic,
    sessions,
    ...(publicUrl === undefined ? {} : { publicUrl }),
    ...(seed === undefined ? {} : { seed }),
    ...(restorePoints === undefined ? {} : { restorePoints }),
    ...(cors === undefined ? {} : { cors }),
    ...(allowHosts === undefined ? {} : { allowHosts }),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`vbem-mock: ${why}; stopping.\n`);
    // The ready file goes last: once it is gone, so are the port and Prism.
    void mock.stop().then(() => {
      if (readyFile !== undefined) rmSync(readyFile, { force: true });
      process.exit(0);
    });
  };
  // Handlers first: whoever reads the URL below may signal at once.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => stop(`${signal} received`));
  exitWithParent(() => stop('the process that started it has ended'));
  const modes = [...(dynamic ? ['dynamic bodies'] : []), ...(seed !== undefined ? [`seed ${seed}`] : []), ...(restorePoints !== undefined ? [`${restorePoints} restore points`] : []), ...(sessions ? ['EM sessions'] : [])];
  const publicNote = mock.url === mock.listenUrl ? '' : ` for ${mock.url}`;
  process.stderr.write(`EM mock listening on ${mock.listenUrl}${publicNote}${modes.length > 0 ? ` (${modes.join(', ')})` : ''}; Prism itself, without EM fidelity, is on ${mock.prismUrl}.\n`);
  if (readyFile !== undefined) {
    // Written whole, then renamed: a reader never sees half a URL.
    writeFileSync(`${readyFile}.tmp`, `${mock.url}\n`);
    renameSync(`${readyFile}.tmp`, readyFile);
  }
  process.stdout.write(`${mock.url}\n`);
} catch (error) {
  process.stderr.write(`vbem-mock: ${(error as Error).message.replace(/\.+$/, '')}.\n`);
  process.exit(1);
}
