// iterateQuery against the mock's generated inventory (100,000 restore points, pageSize 1,000), both media types: total
// time, time per page, client peak memory at 10k and 100k, and per page the mock's answer time against the client's
// decode time. The mock runs in a process of its own (src/mock-process.ts), each client measurement in a fresh child.
import { child } from './children.ts';
import { startMockProcess, stopMockProcess } from './mock-soak.ts';

export const QUERY = { restorePoints: 100_000, sizes: [10_000, 100_000], pageSize: 1_000, samples: 10, seed: 'bench' };

export interface QueryRow {
  format: 'xml' | 'json';
  runs: { count: number; ms: number; msPerPage: number; peakBytes: number }[];
  /** Heap held after a GC at each of QUERY.sizes items, in the run over the most items. */
  held: Record<number, number>;
  /** The mock's own time for a page (its Server-Timing). */
  mockMs: number;
  /** A page's fetch to its headers: the mock's work (it writes a page whole) plus a loopback round trip. */
  headersMs: number;
  serveMs: number;
  decodeMs: number;
  pageBytes: number;
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
      let held: Record<number, number> = {};
      for (const count of QUERY.sizes) {
        const result = (await child('query', format, String(count), mock.url, String(QUERY.pageSize), QUERY.sizes.join(','))) as unknown as QueryRow['runs'][number] & { held: Record<number, number> };
        runs.push({ count, ms: result.ms, msPerPage: result.msPerPage, peakBytes: result.peakBytes });
        held = result.held;
        log(`query ${format} ${count}: ${JSON.stringify(result)}`);
      }
      const pages = QUERY.restorePoints / QUERY.pageSize;
      const costs = await child('query-costs', format, mock.url, String(QUERY.pageSize), String(pages), String(QUERY.samples));
      log(`query costs ${format}: ${JSON.stringify(costs)}`);
      rows.push({ format, runs, held, mockMs: costs.mockMs!, headersMs: costs.headersMs!, serveMs: costs.serveMs!, decodeMs: costs.decodeMs!, pageBytes: costs.pageBytes! });
    }
    return rows;
  } finally {
    await stopMockProcess(mock);
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));

export function renderQuery(rows: QueryRow[]): string {
  const [small, large] = QUERY.sizes as [number, number];
  const at = (row: QueryRow, count: number) => row.runs.find((r) => r.count === count)!;
  return [
    `## The query service: \`iterateQuery\` against the mock (${QUERY.restorePoints.toLocaleString('en')} restore points, pageSize ${QUERY.pageSize.toLocaleString('en')})`,
    '',
    `| format | ${QUERY.sizes.map((n) => `${n.toLocaleString('en')}: total ms / ms per page / peak MiB`).join(' | ')} | held at ${small.toLocaleString('en')} → ${large.toLocaleString('en')} MiB | flat |`,
    `|---|${QUERY.sizes.map(() => '---:').join('|')}|---:|---|`,
    ...rows.map((row) => {
      const growth = row.held[large]! - row.held[small]!;
      const cells = QUERY.sizes.map((n) => `${ms(at(row, n).ms)} / ${ms(at(row, n).msPerPage)} / ${mb(at(row, n).peakBytes)}`);
      return `| ${row.format} | ${cells.join(' | ')} | ${mb(row.held[small]!)} → ${mb(row.held[large]!)} | ${growth < row.pageBytes ? 'yes' : '**no**'} |`;
    }),
    '',
    `| format | one page (${QUERY.pageSize.toLocaleString('en')} refs) | mock: own ms | fetch: to headers ms | fetch: to last byte ms | client: decode ms | mock below decode |`,
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((row) => `| ${row.format} | ${mb(row.pageBytes)} MiB | ${ms(row.mockMs)} | ${ms(row.headersMs)} | ${ms(row.serveMs)} | ${ms(row.decodeMs)} | ${row.mockMs < row.decodeMs ? 'yes' : '**no**'} |`),
    '',
    `\`type=RestorePoint\` (references, five links each), the mock started with \`--restore-points ${QUERY.restorePoints}\` in a process of its own`,
    `(the inventory is generated before timing). Each run is a fresh child: one page of warm-up, then \`iterateQuery\` until`,
    `${small.toLocaleString('en')} or ${large.toLocaleString('en')} items (the loop is left there). **Peak** is the RSS the run added at its highest over the RSS`,
    `before it (it moves with when V8 collects). **Held** is the heap the ${large.toLocaleString('en')} run holds after a forced GC (outside the timing)`,
    `at item ${small.toLocaleString('en')} and at item ${large.toLocaleString('en')}: one page and the client's compiled codec. Memory is **flat** when it grew by less`,
    'than one page\'s body between the two. Per page, medians over',
    `${QUERY.samples} pages spread over the result, 3 runs each, by a plain \`fetch\` of the page: **mock: own** is the time the mock says it`,
    'took for the page (`Server-Timing: inventory;dur=`: filter, sort, render), what **mock below decode** compares; **to headers**',
    'adds the layer and a loopback round trip (the mock writes a page whole), **to last byte** sending the body. **client: decode**',
    'is `decodeBody` of that body (`QueryResult`, what each exchange of `iterateQuery` runs after reading it).',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureQuery((line) => process.stderr.write(`${line}\n`));
  console.log(renderQuery(rows));
}
