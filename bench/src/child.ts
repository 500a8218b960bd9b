// One measurement in a fresh process, so that peaks do not mix: prints one JSON line for main.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { createEmClient } from '../../packages/client/src/index.ts';
import { decodeBody } from '../../packages/client/src/media.ts';
import { decodeXmlWithCodec } from '../../packages/client/src/codec.ts';
import { scanXml } from '../../packages/client/src/xml/scan-decode.ts';
import { SaxesParser } from 'saxes';
import { fileOf } from './data.ts';
import { iterateQueryRun, pageCosts } from './query-child.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const maxRss = () => process.resourceUsage().maxRSS * 1024;
/** Linux: resets the peak RSS to the current RSS, so an earlier peak (reading the body) does not hide this one. */
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // elsewhere the peak is measured from the current RSS: still right when the run's peak is the larger
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const TOKEN = 'bench-token';
const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';

/** What each decoder does with the body text (read before measuring). */
const decoders: Record<string, { format: 'xml' | 'json'; run: (text: string) => unknown }> = {
  'JSON.parse': { format: 'json', run: (text) => JSON.parse(text) },
  'client JSON path': { format: 'json', run: (text) => decodeBody(text, 'application/json', 'EntityReferences', 200) },
  'client XML path': { format: 'xml', run: (text) => decodeBody(text, 'application/xml', 'EntityReferences', 200) },
  'scanner alone (no codec fallback)': { format: 'xml', run: (text) => scanXml(text, 'EntityReferences') },
  '@vbem/codec alone (any spec)': { format: 'xml', run: (text) => decodeXmlWithCodec(text, 'EntityReferences') },
  'saxes alone (events only)': {
    format: 'xml',
    run: (text) => {
      const parser = new SaxesParser();
      let attributes = 0;
      parser.on('opentag', (tag) => {
        for (const _ in tag.attributes) attributes++;
      });
      parser.write(text).close();
      return attributes;
    },
  },
};

/** Peak RSS added by one run over the RSS just before it (the body text already in memory), then the median of `runs` timed runs. */
async function measure(run: () => unknown, runs: number) {
  gc();
  resetPeak();
  const before = process.memoryUsage.rss();
  const start = performance.now();
  let kept: unknown = await run();
  const first = performance.now() - start;
  const peak = maxRss() - before;
  kept = undefined;
  const times: number[] = [first];
  for (let i = 1; i < runs; i++) {
    gc();
    const t = performance.now();
    kept = await run();
    times.push(performance.now() - t);
    kept = undefined;
  }
  void kept;
  // The first run (cold JIT) is dropped when there are others.
  return { ms: median(times.length > 1 ? times.slice(1) : times), peakBytes: Math.max(0, peak) };
}

/** Runs `first` and `second` alternately (order swapped every round, so drift falls on both); medians and the median per-round ratio. */
async function alternate(first: () => Promise<number>, second: () => Promise<number>, rounds: number) {
  const firsts: number[] = [];
  const seconds: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let a: number;
    let b: number;
    if (round % 2 === 0) {
      a = await first();
      b = await second();
    } else {
      b = await second();
      a = await first();
    }
    firsts.push(a);
    seconds.push(b);
    ratios.push(a / b);
  }
  return { first: median(firsts), second: median(seconds), ratio: median(ratios) };
}

/** Decoders `a` and `b` on collections of `count` refs, side by side in this process, each run after a forced GC. */
async function pair(a: string, b: string, count: number, rounds: number) {
  const timed = (name: string) => {
    const decoder = decoders[name]!;
    const text = readFileSync(fileOf(count, decoder.format), 'utf8');
    return async () => {
      gc();
      const start = performance.now();
      decoder.run(text);
      return performance.now() - start;
    };
  };
  const [first, second] = [timed(a), timed(b)];
  await alternate(first, second, 2); // JIT warm-up, not counted
  const { first: aMs, second: bMs, ratio } = await alternate(first, second, rounds);
  return { aMs, bMs, ratio };
}

async function overhead(url: string, batches: number, perBatch: number) {
  const em = createEmClient({ baseUrl: url, format: 'json', sessionId: TOKEN });
  const headers = { accept: 'application/json', 'X-RestSvcSessionId': TOKEN };
  const target = `${url}/backups/${BACKUP}/restorePoints`;
  const raw = async () => (await (await fetch(target, { headers })).json()) as unknown;
  const client = () => em.listRestorePoints(BACKUP);
  const batch = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    for (let i = 0; i < perBatch; i++) await f();
    return ((performance.now() - t) * 1000) / perBatch;
  };
  await batch(raw);
  await batch(client);
  const { first: clientUs, second: rawUs, ratio } = await alternate(() => batch(client), () => batch(raw), batches);
  return { rawUs, clientUs, ratio };
}

const [task, ...args] = process.argv.slice(2);
let result: unknown;
if (task === 'decode') {
  const [name, count, runs] = args as [string, string, string];
  const decoder = decoders[name]!;
  const text = readFileSync(fileOf(Number(count), decoder.format), 'utf8');
  result = await measure(() => decoder.run(text), Number(runs));
} else if (task === 'pair') {
  const [a, b, count, rounds] = args as [string, string, string, string];
  result = await pair(a, b, Number(count), Number(rounds));
} else if (task === 'stream') {
  const [mode, format, count, url] = args as ['iterate' | 'list', 'xml' | 'json', string, string];
  const em = createEmClient({ baseUrl: url, format, sessionId: TOKEN, timeoutMs: 120_000, maxResponseBytes: 1024 ** 3 });
  result = await measure(async () => {
    let seen = 0;
    if (mode === 'list') seen = (await em.listRestorePoints(`${BACKUP}-${count}`)).length;
    else for await (const ref of em.iterateRestorePoints(`${BACKUP}-${count}`)) seen += ref.Links.length > 0 ? 1 : 0;
    if (seen !== Number(count)) throw new Error(`expected ${count} refs, got ${seen}`);
    return undefined;
  }, 1);
} else if (task === 'query') {
  const [format, count, url, pageSize, marks] = args as ['xml' | 'json', string, string, string, string];
  result = await iterateQueryRun(format, Number(count), url, Number(pageSize), marks.split(',').map(Number));
} else if (task === 'query-costs') {
  const [format, url, pageSize, pages, samples] = args as ['xml' | 'json', string, string, string, string];
  result = await pageCosts(format, url, Number(pageSize), Number(pages), Number(samples));
} else if (task === 'memory') {
  const [format, url, kind, refs, max] = args as ['xml' | 'json', string, string, string, string];
  const em = createEmClient({ baseUrl: url, format, sessionId: TOKEN, timeoutMs: 300_000, maxResponseBytes: Number(max) });
  result = await measure(async () => {
    const list = await em.listRestorePoints(kind);
    if (list.length !== Number(refs)) throw new Error(`expected ${refs} refs, got ${list.length}`);
    return list;
  }, 1);
} else if (task === 'overhead') {
  result = await overhead(args[0]!, 15, 300);
} else {
  throw new Error(`unknown task ${task}`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
