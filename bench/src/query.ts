// iterateQuery against the mock's generated inventory (100,000 restore points, pageSize 1,000), both media types: total
// time, time per page, client peak memory at 10k and 100k, and per page the mock's answer time against the client's
// decode time. The mock runs in a process of its own (src/mock-process.ts), each client measurement in a fresh child.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startMockProcess, stopMockProcess } from './mock-soak.ts';

export const QUERY = { restorePoints: 100_000, sizes: [10_000, 100_000], pageSize: 1_000, samples: 10, seed: 'bench' };
const benchDir = new URL('../', import.meta.url).pathname;
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'];
const run = promisify(execFile);

export interface QueryRow {
  format: 'xml' | 'json';
  runs: { count: number; ms: number; msPerPage: number; peakBytes: number; retainedBytes: number }[];
  serveMs: number;
  decodeMs: number;
  pageBytes: number;
}

async function child(...args: string[]): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, [...NODE_FLAGS, 'src/child.ts', ...args], { cwd: benchDir, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
}

export async function measureQuery(log: (line: string) => void = () => {}): Promise<QueryRow[]> {
  const mock = await startMockProcess({ restorePoints: QUERY.restorePoints, seed: QUERY.seed });
  try {
    // The inventory is generated on the first request: not counted.
    const started = performance.now();
    const warm = await fetch(`${mock.url}/query?type=RestorePoint&pageSize=1`, { headers: { 'X-RestSvcSessionId': 'bench-token' } });
    if (!warm.ok) throw new Error(`the mock answered ${warm.status} to GET /query`);
    await warm.text();
    log(`query: inventory of ${QUERY.restorePoints} restore points ready in ${(performance.now() - started).toFixed(0)} ms`);
    const rows: QueryRow[] = [];
    for (const format of ['xml', 'json'] as const) {
      const runs: QueryRow['runs'] = [];
      for (const count of QUERY.sizes) {
        const result = await child('query', format, String(count), mock.url, String(QUERY.pageSize));
        runs.push({ count, ms: result.ms!, msPerPage: result.msPerPage!, peakBytes: result.peakBytes!, retainedBytes: result.retainedBytes! });
        log(`query ${format} ${count}: ${JSON.stringify(result)}`);
      }
      const pages = QUERY.restorePoints / QUERY.pageSize;
      const costs = await child('query-costs', format, mock.url, String(QUERY.pageSize), String(pages), String(QUERY.samples));
      log(`query costs ${format}: ${JSON.stringify(costs)}`);
      rows.push({ format, runs, serveMs: costs.serveMs!, decodeMs: costs.decodeMs!, pageBytes: costs.pageBytes! });
    }
    return rows;
  } finally {
    await stopMockProcess(mock);
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
/** Memory is flat when 10× the items cost at most this much more peak. */
const FLAT = 1.5;

export function renderQuery(rows: QueryRow[]): string {
  const [small, large] = QUERY.sizes as [number, number];
  const at = (row: QueryRow, count: number) => row.runs.find((r) => r.count === count)!;
  return [
    `## The query service: \`iterateQuery\` against the mock (${QUERY.restorePoints.toLocaleString('en')} restore points, pageSize ${QUERY.pageSize.toLocaleString('en')})`,
    '',
    `| format | ${QUERY.sizes.map((n) => `${n.toLocaleString('en')}: total ms / ms per page / peak MiB / held MiB`).join(' | ')} | held ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')} (flat: ≤ ${FLAT}×) | peak ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')} |`,
    `|---|${QUERY.sizes.map(() => '---:').join('|')}|---:|---:|`,
    ...rows.map((row) => {
      const held = at(row, large).retainedBytes / Math.max(1, at(row, small).retainedBytes);
      const peak = at(row, large).peakBytes / Math.max(1, at(row, small).peakBytes);
      const cells = QUERY.sizes.map((n) => `${ms(at(row, n).ms)} / ${ms(at(row, n).msPerPage)} / ${mb(at(row, n).peakBytes)} / ${mb(at(row, n).retainedBytes)}`);
      return `| ${row.format} | ${cells.join(' | ')} | ${held.toFixed(2)}× ${held <= FLAT ? '(flat)' : '(**grows**)'} | ${peak.toFixed(2)}× |`;
    }),
    '',
    `| format | one page (${QUERY.pageSize.toLocaleString('en')} refs) | mock: answer ms | client: decode ms | mock below decode |`,
    '|---|---:|---:|---:|---|',
    ...rows.map((row) => `| ${row.format} | ${mb(row.pageBytes)} MiB | ${ms(row.serveMs)} | ${ms(row.decodeMs)} | ${row.serveMs < row.decodeMs ? 'yes' : '**no**'} |`),
    '',
    `\`type=RestorePoint\` (references, five links each), the mock started with \`--restore-points ${QUERY.restorePoints}\` in a process of its own`,
    `(the inventory is generated before timing). Each run is a fresh child: one page of warm-up, then \`iterateQuery\` until`,
    `${small.toLocaleString('en')} or ${large.toLocaleString('en')} items (the loop is left there). **Peak** is the RSS the run added at its highest over the RSS`,
    'before it (it moves with when V8 collects); **held** is the heap the iteration holds at its last item after a forced GC (one',
    'page and the client\'s compiled codec): memory is flat when that does not grow with the items. Per page, medians over',
    `${QUERY.samples} pages spread over the result, 3 runs each: **mock: answer** is a plain \`fetch\` of the page, request to last byte`,
    '(the mock\'s work plus loopback, so an upper bound of the mock\'s own time); **client: decode** is `decodeBody` of that body',
    '(`QueryResult`, what each exchange of `iterateQuery` runs after reading it).',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureQuery((line) => process.stderr.write(`${line}\n`));
  console.log(renderQuery(rows));
}
