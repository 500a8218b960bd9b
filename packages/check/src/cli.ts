#!/usr/bin/env node
// vbem-check: checks a live Enterprise Manager against the spec, read-only. `vbem-check --help` lists the flags.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CheckResult, DEFAULT_CONCURRENCY, DEFAULT_MAX_REQUESTS, MIN_REQUESTS, runCheck } from './check.ts';
import { renderJson } from './report/json.ts';
import { renderJunit } from './report/junit.ts';
import { renderMarkdown, verdict } from './report/markdown.ts';

const HELP = `Usage: vbem-check --url URL --user USER --password-env VAR [options]

Checks a Veeam Backup Enterprise Manager against the vbem-openapi spec, in XML and in JSON: logs on, follows links
from GET /api/ with GET requests only, logs off, and reports where the answers differ from the spec.

  --url URL            the API root, such as https://em.example.com:9398/api
  --user USER          the user to log on as, such as 'DOMAIN\\svc'
  --password-env VAR   the environment variable that holds the password (never given on the command line)
  --ca FILE            PEM file of the CA that signed EM's certificate
  --max-requests N     at most N requests in all, logon and logoff included (default ${DEFAULT_MAX_REQUESTS}, at least ${MIN_REQUESTS})
  --concurrency N      at most N requests at a time (default ${DEFAULT_CONCURRENCY})
  --out FILE           write the report to FILE instead of stdout
  --report FORMAT      md (default), json or junit
  --help               print this help

Exit status: 0 when nothing differs, 1 when something differs, 2 when the check could not run.
`;

const FORMATS = { md: renderMarkdown, json: renderJson, junit: renderJunit } as const;

/** Exits 2 with what was wrong and where to look. */
function usage(message: string): never {
  process.stderr.write(`vbem-check: ${message} See vbem-check --help.\n`);
  process.exit(2);
}

function count(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) usage(`--${flag} is ${JSON.stringify(text)}; expected a whole number from ${min} to ${max}.`);
  return value;
}

let values: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      url: { type: 'string' },
      user: { type: 'string' },
      'password-env': { type: 'string' },
      ca: { type: 'string' },
      'max-requests': { type: 'string' },
      concurrency: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  values = parse();
} catch (error) {
  usage(`${(error as Error).message.replace(/\.+$/, '')}.`);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const report = values.report ?? 'md';
if (!(report in FORMATS)) usage(`--report is ${JSON.stringify(report)}; expected md, json or junit.`);
if (!values.url) usage('--url is missing; expected the API root, such as https://em.example.com:9398/api.');
let url: URL;
try {
  url = new URL(values.url);
} catch {
  usage(`--url ${JSON.stringify(values.url)} is not a URL; expected one such as https://em.example.com:9398/api.`);
}
if (url.protocol !== 'https:' && url.protocol !== 'http:') usage(`--url must be http(s); got ${url.protocol}.`);
if (!values.user) usage('--user is missing; expected the user to log on as.');
const variable = values['password-env'];
if (!variable) usage('--password-env is missing; expected the name of the environment variable that holds the password (it is never taken on the command line).');
const password = process.env[variable];
if (!password) usage(`the environment variable ${variable} (--password-env) is not set or empty; expected the password in it.`);
let ca: Buffer | undefined;
if (values.ca) {
  try {
    ca = readFileSync(values.ca);
  } catch (error) {
    usage(`--ca ${JSON.stringify(values.ca)} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected a PEM file.`);
  }
}
const maxRequests = count('max-requests', values['max-requests'], DEFAULT_MAX_REQUESTS, MIN_REQUESTS, 1_000_000);
const concurrency = count('concurrency', values.concurrency, DEFAULT_CONCURRENCY, 1, 64);

// Progress on stderr: redrawn in place on a terminal, a line every 25 requests otherwise (CI logs).
const tty = process.stderr.isTTY === true;
const progress = (sent: number, budget: number): void => {
  if (tty) process.stderr.write(`\rvbem-check: ${sent}/${budget} requests`);
  else if (sent % 25 === 0) process.stderr.write(`vbem-check: ${sent}/${budget} requests\n`);
};

let result: CheckResult;
try {
  result = await runCheck({ url: url.href, user: values.user, password, ...(ca ? { ca } : {}), maxRequests, concurrency, onProgress: progress });
} catch (error) {
  // Never a stack trace with who knows what in it: one line, the password taken out.
  const message = String((error as Error)?.message ?? error).split(password).join('[redacted]');
  process.stderr.write(`${tty ? '\n' : ''}vbem-check: the check failed unexpectedly: ${message}\n`);
  process.exit(2);
}
const text = FORMATS[report as keyof typeof FORMATS](result);
if (values.out) {
  try {
    writeFileSync(values.out, text);
  } catch (error) {
    process.stderr.write(`vbem-check: cannot write ${values.out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
    process.exit(2);
  }
} else {
  process.stdout.write(text);
}
process.stderr.write(`${tty ? '\r' : ''}vbem-check: ${result.requests}/${result.budget} requests. ${verdict(result)}${values.out ? ` Report: ${values.out}.` : ''}\n`);
process.exit(result.outcome === 'clean' ? 0 : result.outcome === 'differs' ? 1 : 2);
