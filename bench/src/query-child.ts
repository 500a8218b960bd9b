// The query measurements that run in a fresh child (src/child.ts `query` and `query-costs`): iterateQuery's time and
// peak memory over the mock's restore points, and, page by page, the mock's answer time against the client's decode time.
import { writeFileSync } from 'node:fs';
import { createEmClient } from '../../packages/client/src/index.ts';
import { decodeBody } from '../../packages/client/src/media.ts';

const TOKEN = 'bench-token';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const maxRss = () => process.resourceUsage().maxRSS * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // elsewhere the peak is measured from the current RSS
  }
}

/** `count` restore points by iterateQuery at `pageSize` (the loop left at `count`): total ms, the RSS it added at its peak, and the heap it holds at each of `marks` items. */
export async function iterateQueryRun(format: 'xml' | 'json', count: number, url: string, pageSize: number, marks: number[]) {
  const em = createEmClient({ baseUrl: url, format, sessionId: TOKEN, timeoutMs: 120_000 });
  await em.query({ type: 'RestorePoint', pageSize }); // warm-up: connection and JIT, not counted
  gc();
  resetPeak();
  const before = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  let seen = 0;
  let ms = 0;
  // What the iteration holds at each mark (its page, the client's caches), after a full GC, outside the timed part.
  const held: Record<number, number> = {};
  let paused = 0;
  for await (const ref of em.iterateQuery({ type: 'RestorePoint', pageSize })) {
    if (ref.Links.length > 0) seen++;
    if (marks.includes(seen)) {
      const pause = performance.now();
      gc();
      held[seen] = process.memoryUsage().heapUsed - heapBefore;
      paused += performance.now() - pause;
    }
    if (seen === count) {
      ms = performance.now() - start - paused;
      break;
    }
  }
  const peakBytes = Math.max(0, maxRss() - before);
  if (seen !== count) throw new Error(`expected ${count} restore points, got ${seen}`);
  const pages = Math.ceil(count / pageSize);
  return { ms, pages, msPerPage: ms / pages, peakBytes, held };
}

/**
 * `samples` pages spread over the first `pages`, medians: the mock's own time for a page (its `Server-Timing:
 * inventory;dur=`), a plain fetch's time to the headers and to the last byte; and the client's time to decode that body
 * (`decodeBody`, what each exchange runs).
 */
export async function pageCosts(format: 'xml' | 'json', url: string, pageSize: number, pages: number, samples: number) {
  const headers = { accept: format === 'xml' ? 'application/xml' : 'application/json', 'X-RestSvcSessionId': TOKEN };
  const own: number[] = [];
  const headersAt: number[] = [];
  const serve: number[] = [];
  const decode: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples + 1; i++) {
    const page = 1 + Math.floor((i * pages) / (samples + 1));
    const target = `${url}/query?type=RestorePoint&pageSize=${pageSize}&page=${page}`;
    const times: number[] = [];
    const firsts: number[] = [];
    const durs: number[] = [];
    let text = '';
    let type: string | null = null;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const response = await fetch(target, { headers });
      firsts.push(performance.now() - start);
      const dur = /inventory;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1];
      if (dur === undefined) throw new Error(`the mock sent no Server-Timing inventory;dur= for ${target}`);
      durs.push(Number(dur));
      text = await response.text();
      times.push(performance.now() - start);
      type = response.headers.get('content-type');
    }
    const decodes: number[] = [];
    for (let run = 0; run < 3; run++) {
      gc();
      const start = performance.now();
      decodeBody(text, type, 'QueryResult', 200);
      decodes.push(performance.now() - start);
    }
    // The first sample warms the JIT on both sides and is not counted.
    if (i === 0) continue;
    own.push(median(durs));
    headersAt.push(median(firsts));
    serve.push(median(times));
    decode.push(median(decodes));
    bytes = Math.max(bytes, Buffer.byteLength(text));
  }
  return { mockMs: median(own), headersMs: median(headersAt), serveMs: median(serve), decodeMs: median(decode), pageBytes: bytes };
}
