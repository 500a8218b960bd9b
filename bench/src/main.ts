// `pnpm bench`: generates the collections, runs every measurement in a fresh child process (src/child.ts) against a
// loopback server in this one, times a cached `pnpm test`, and writes ../BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, release, totalmem } from 'node:os';
import { child, NODE_FLAGS } from './children.ts';
import { measureClientMemory, renderClientMemory } from './client-memory.ts';
import { fileOf, makeRefs, writeDocuments } from './data.ts';
import { measureImportTime, renderImportTime } from './import-time.ts';
import { LOAD, measureMockLoad, renderMockLoad } from './mock-load.ts';
import { measureSoak, plan, renderSoak } from './mock-soak.ts';
import { measureQuery, renderQuery } from './query.ts';

const root = new URL('../../', import.meta.url).pathname;

const SIZES = [100, 1_000, 10_000, 50_000];
const STREAM_SIZES = [10_000, 100_000];
// Small documents get more runs, so the median is past the JIT's warm-up as it is for the large ones.
const RUNS: Record<number, number> = { 100: 301, 1_000: 61, 10_000: 7, 50_000: 5 };
const DECODERS = ['JSON.parse', 'client JSON path', 'client XML path', 'scanner alone (no codec fallback)', '@vbem/codec alone (any spec)', 'saxes alone (events only)'];

/** EM on loopback: `/backups/<id>-<count>/restorePoints` streams a generated file, `/backups/<id>/restorePoints` one ref. */
async function startServer() {
  const small = JSON.stringify({ Refs: makeRefs(1).map(({ Links, ...rest }) => ({ Links, ...rest })) });
  const server = createServer((req, res) => {
    const format = req.headers.accept === 'application/xml' ? 'xml' : 'json';
    const type = format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';
    const sized = /-(\d+)\/restorePoints$/.exec(req.url ?? '');
    res.writeHead(200, { 'content-type': type });
    if (sized) createReadStream(fileOf(Number(sized[1]), format)).pipe(res);
    else res.end(small);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, close: () => new Promise((r) => server.close(r)) };
}

/** Times `pnpm test` once the turbo cache is warm (a first run warms it); returns turbo's own summary lines. */
async function timeCachedTest(): Promise<{ ms: number; summary: string; ok: boolean }> {
  const once = () =>
    new Promise<{ ms: number; out: string; ok: boolean }>((resolve) => {
      const start = performance.now();
      const proc = spawn('pnpm', ['test'], { cwd: root, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
      let out = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
      proc.on('close', (code) => resolve({ ms: performance.now() - start, out, ok: code === 0 }));
    });
  await once();
  const { ms, out, ok } = await once();
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const summary = plain.split('\n').filter((line) => /^\s*(Tasks|Cached|Time):/.test(line)).map((line) => line.trim()).join('; ');
  return { ms, summary, ok };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const log = (line: string) => process.stderr.write(`${line}\n`);

const sizes: Record<number, { xml: number; json: number }> = {};
for (const count of [...SIZES, ...STREAM_SIZES]) sizes[count] = writeDocuments(count);
log('documents written');

const decode: Record<string, Record<number, { ms: number; peakBytes: number }>> = {};
for (const name of DECODERS) {
  decode[name] = {};
  for (const count of SIZES) {
    const runs = RUNS[count]!;
    decode[name]![count] = (await child('decode', name, String(count), String(runs))) as { ms: number; peakBytes: number };
    log(`${name} ${count}: ${JSON.stringify(decode[name]![count])}`);
  }
}

// The time targets are ratios, so each pair is also measured side by side in one process (alternating, 21 rounds).
const PAIRS = [
  ['client XML path', 'client JSON path'],
  ['client JSON path', 'JSON.parse'],
] as const;
const PAIR_ROUNDS = 21;
const pairs: Record<string, { aMs: number; bMs: number; ratio: number }> = {};
for (const [a, b] of PAIRS) {
  pairs[`${a} ÷ ${b}`] = (await child('pair', a, b, '10000', String(PAIR_ROUNDS))) as { aMs: number; bMs: number; ratio: number };
  log(`pair ${a} ÷ ${b}: ${JSON.stringify(pairs[`${a} ÷ ${b}`])}`);
}

const server = await startServer();
const streams: { mode: string; format: string; count: number; ms: number; peakBytes: number }[] = [];
for (const format of ['xml', 'json']) {
  for (const mode of ['list', 'iterate']) {
    for (const count of STREAM_SIZES) {
      const result = await child('stream', mode, format, String(count), server.url);
      streams.push({ mode, format, count, ms: result.ms!, peakBytes: result.peakBytes! });
      log(`${mode} ${format} ${count}: ${JSON.stringify(result)}`);
    }
  }
}
const perRequest = await child('overhead', server.url);
log(`overhead: ${JSON.stringify(perRequest)}`);
await server.close();

const clientMemory = await measureClientMemory(log);

const importTime = await measureImportTime();
log(`import time: ${JSON.stringify(importTime)}`);

const mockLoad = await measureMockLoad();
log(`mock load: ${JSON.stringify(mockLoad)}`);

const query = await measureQuery(log);

// `--quick` shortens the soak and fault runs only (development); BENCHMARKS.md is written from a full run.
const soak = await measureSoak(plan(process.argv.includes('--quick')));

const turbo = process.env.BENCH_SKIP_TURBO ? undefined : await timeCachedTest();
log(`turbo: ${JSON.stringify(turbo)}`);

// ---- BENCHMARKS.md
const at10k = (name: string) => decode[name]![10_000]!;
const ratio = (a: number, b: number) => a / b;
const sideBySide = (a: string, b: string) => pairs[`${a} ÷ ${b}`]!.ratio;
const targets = [
  ['client XML path time ÷ client JSON path time', sideBySide('client XML path', 'client JSON path'), ratio(at10k('client XML path').ms, at10k('client JSON path').ms), 2],
  ['client XML path peak memory ÷ client JSON path peak memory', ratio(at10k('client XML path').peakBytes, at10k('client JSON path').peakBytes), undefined, 2],
  ['client JSON path time ÷ JSON.parse time', sideBySide('client JSON path', 'JSON.parse'), ratio(at10k('client JSON path').ms, at10k('JSON.parse').ms), 1.3],
  ['client request time ÷ raw fetch request time (small answer)', perRequest.ratio!, ratio(perRequest.clientUs!, perRequest.rawUs!), 1.15],
] as const;
const stream = (mode: string, format: string, count: number) => streams.find((s) => s.mode === mode && s.format === format && s.count === count)!;

const lines = [
  '# Benchmarks',
  '',
  '<!-- Written by `pnpm bench` (bench/src/main.ts); run it again rather than editing by hand. -->',
  '',
  `- **Date**: ${new Date().toISOString().slice(0, 10)}`,
  `- **Machine**: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${mb(totalmem())} MiB RAM, Linux ${release()}`,
  `- **Node**: ${process.version}`,
  '- **Command**: `pnpm bench` from the repository root (= `pnpm --filter @vbem/bench bench` = `tsx bench/src/main.ts`)',
  `- **Method**: every cell is a fresh child process (\`node ${NODE_FLAGS.join(' ')} bench/src/child.ts …\`), so peaks do not mix.`,
  '  The body is read from disk as a string first; then one run measures the **peak RSS it adds**: after a forced GC the peak is reset',
  '  to the current RSS (`/proc/self/clear_refs`), and `process.resourceUsage().maxRSS` after the run minus the RSS before it is the',
  '  peak. The time is the **median** of the runs after that first one',
  `  (${Object.entries(RUNS).map(([n, r]) => `${Number(n).toLocaleString('en')}: ${r - 1}`).join(', ')} runs), each after a forced GC.`,
  '  Streaming and per-request numbers come from a `node:http` server on 127.0.0.1 in the parent process.',
  '',
  '## Decoding a collection (body text → value)',
  '',
  `Sizes: ${SIZES.map((n) => `${n.toLocaleString('en')} refs = ${mb(sizes[n]!.xml)} MiB XML / ${mb(sizes[n]!.json)} MiB JSON`).join('; ')}.`,
  '',
  `| decoder | ${SIZES.map((n) => `${n.toLocaleString('en')} refs: median ms / peak MiB`).join(' | ')} |`,
  `|---|${SIZES.map(() => '---:').join('|')}|`,
  ...DECODERS.map((name) => `| ${name} | ${SIZES.map((n) => `${ms(decode[name]![n]!.ms)} / ${mb(decode[name]![n]!.peakBytes)}`).join(' | ')} |`),
  '',
  '`client JSON path` and `client XML path` are `decodeBody` (src/media.ts), what every response goes through after its bounded read;',
  'the XML path is the compiled fast path (src/xml/scan-decode.ts): a hand-written XML 1.0 subset scanner fused with the',
  'descriptor-driven builders, which leaves anything it does not take (malformed or outside its subset) to @vbem/codec;',
  '`scanner alone` is `scanXml`, without that fallback. `@vbem/codec alone` is the general codec (any OpenAPI document, namespace-aware',
  'scanner, element tree, model-driven decoder): what reads every body the fast path leaves, and every streamed collection.',
  '`saxes alone` is the saxes parser with no building, for scale.',
  '',
  '## Targets at 10,000 refs (measured side by side in this run)',
  '',
  '| ratio | measured | target | met | ratio of the medians above |',
  '|---|---:|---:|---|---:|',
  ...targets.map(
    ([what, value, medians, target]) =>
      `| ${what} | ${value.toFixed(2)}× | ≤ ${target}× | ${value <= target ? 'yes' : '**no**'} | ${medians === undefined ? '(same)' : `${medians.toFixed(2)}×`} |`,
  ),
  '',
  `**Measured**: the two time ratios of decoders are the median of ${PAIR_ROUNDS} per-round ratios with both run alternately in one`,
  'process (order swapped every round, each run after a forced GC, two warm-up rounds); the per-request ratio is the median of the',
  'per-pair ratios of the alternating batches below; the memory ratio compares the peaks of the two cells above (separate processes).',
  'The last column divides the medians of the separate cells instead: the same ratios, with more process-to-process noise.',
  '',
  `@vbem/codec alone at 10,000 refs: ${ratio(at10k('@vbem/codec alone (any spec)').ms, at10k('client JSON path').ms).toFixed(2)}× the JSON path's time,`,
  `${ratio(at10k('@vbem/codec alone (any spec)').peakBytes, at10k('client JSON path').peakBytes).toFixed(2)}× its peak memory.`,
  '',
  '## Streaming: `iterateRestorePoints` against `listRestorePoints` (loopback server)',
  '',
  '| format | call | 10,000 refs: ms / peak MiB | 100,000 refs: ms / peak MiB |',
  '|---|---|---:|---:|',
  ...['xml', 'json'].flatMap((format) =>
    ['list', 'iterate'].map(
      (mode) =>
        `| ${format} | ${mode === 'list' ? 'listRestorePoints' : 'iterateRestorePoints'} | ${STREAM_SIZES.map((n) => `${ms(stream(mode, format, n).ms)} / ${mb(stream(mode, format, n).peakBytes)}`).join(' | ')} |`,
    ),
  ),
  '',
  'Peak is the RSS added while the whole collection went through the call (every ref is counted, none kept).',
  '',
  renderClientMemory(clientMemory),
  '',
  '## Per request (small answer: one ref, JSON, keep-alive)',
  '',
  '| | µs per request (median of 15 alternating batches of 300) |',
  '|---|---:|',
  `| raw \`fetch\` + \`res.json()\` | ${perRequest.rawUs!.toFixed(0)} |`,
  `| \`em.listRestorePoints(id)\` | ${perRequest.clientUs!.toFixed(0)} |`,
  '',
  '## Start-up: importing the client',
  '',
  ...renderImportTime(importTime),
  '',
  '## The mock under load (autocannon against `startMock`)',
  '',
  renderMockLoad(mockLoad),
  '',
  `${LOAD.amount.toLocaleString('en')} GETs of the restore points per media type, ${LOAD.connections} at a time, after 500 warm-up requests;`,
  `${mockLoad.every((r) => r.errors + r.timeouts + r.non2xx === 0 && r.requests >= LOAD.amount) ? 'no request failed' : '**some requests failed**'}. Latency is autocannon's, in ms.`,
  '',
  renderQuery(query),
  '',
  renderSoak(soak),
  '',
  '## Cached test run',
  '',
  turbo
    ? `\`pnpm test\` with nothing changed (the turbo cache warmed by a first run): **${(turbo.ms / 1000).toFixed(2)} s** wall${turbo.ok ? '' : ' (**the run failed**)'}. Turbo: ${turbo.summary || 'no summary printed'}.`
    : 'Skipped (`BENCH_SKIP_TURBO` was set).',
  '',
  readFileSync(new URL('./notes.md', import.meta.url), 'utf8').trim(),
  '',
];
writeFileSync(`${root}BENCHMARKS.md`, lines.join('\n'));
log(`wrote ${root}BENCHMARKS.md`);
