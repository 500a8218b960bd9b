// The client's peak memory while `listRestorePoints` reads a body near maxResponseBytes (the bound: about 3×
// maxResponseBytes), for EM's refs and for the densest bodies the decoding limits let through, in both media types;
// and, for scale, a body just under the share of the limit below which bodies are still read whole as text.
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { child } from './children.ts';
import { dataDir, documentsOf } from './data.ts';

export const MEMORY = { maxResponseBytes: 64 * 1024 * 1024 };
const BASE = 'https://em.example.com:9398/api';

type Format = 'xml' | 'json';
interface Body {
  kind: string;
  /** What the body holds, for the table. */
  what: string;
  refs: number;
  text: Record<Format, string>;
}

/**
 * The densest bodies the limits let through, every node kept and no two strings alike (nothing to share): refs of 100
 * links, each link an element (XML) or an object of four members (JSON) of 64 bytes, so one node per 64 bytes and (JSON)
 * one value per 16.
 */
function densest(count: number): Record<Format, string> {
  /** `template` with its `@` replaced by `name` padded with `n` to make it `width` characters. */
  const fill = (template: string, name: string, width: number) => template.replace('@', name.padEnd(width - template.length + 1, 'n'));
  const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const xml: string[] = [];
  const json: string[] = [];
  for (let i = 0; i < count; i++) {
    const href = `${BASE}/restorePoints/${id(i)}`;
    const links = Array.from({ length: 100 }, (_, j) => `${i}.${j}`);
    xml.push(`<Ref UID="urn:veeam:RestorePoint:${id(i)}" Name="r" Href="${href}" Type="RestorePointReference"><Links>${links.map((n) => fill('<Link Rel="Up" Href="h" Name="@" Type="BackupReference"/>', n, 64)).join('')}</Links></Ref>`);
    json.push(`{"Links":[${links.map((n) => fill('{"Rel":"Up","Href":"h","Name":"@","Type":"BackupReference"}', n, 63)).join(',')}],"UID":"urn:veeam:RestorePoint:${id(i)}","Name":"r","Href":"${href}","Type":"RestorePointReference"}`);
  }
  return {
    xml: `<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">${xml.join('')}</EntityReferences>`,
    json: `{"Refs":[${json.join(',')}]}`,
  };
}

/** The bodies, sized to fit: EM's refs at ~1.1 KB a ref, the densest at ~6.5 KB. */
function bodies(): Body[] {
  const max = MEMORY.maxResponseBytes;
  const quarter = Math.floor(((max / 4) * 0.95) / 1_150);
  const near = Math.floor((max * 0.95) / 1_150);
  const dense = Math.floor((max * 0.95) / 6_600);
  return [
    { kind: 'quarter', what: "EM's refs, just under a quarter of maxResponseBytes (read whole)", refs: quarter, text: documentsOf(quarter) },
    { kind: 'refs', what: "EM's refs, near maxResponseBytes", refs: near, text: documentsOf(near) },
    { kind: 'densest', what: 'the densest the limits let through, near maxResponseBytes', refs: dense, text: densest(dense) },
  ];
}

export interface MemoryRow {
  kind: string;
  what: string;
  format: Format;
  bytes: number;
  ms: number;
  peakBytes: number;
}

const fileOf = (kind: string, format: Format) => join(dataDir, `memory-${kind}.${format}`);

export async function measureClientMemory(log: (line: string) => void = () => {}): Promise<MemoryRow[]> {
  mkdirSync(dataDir, { recursive: true });
  const sizes: Record<string, number> = {};
  const list = bodies();
  for (const body of list) {
    for (const format of ['xml', 'json'] as const) {
      const bytes = Buffer.byteLength(body.text[format]);
      if (bytes >= MEMORY.maxResponseBytes) throw new Error(`the ${body.kind} ${format} body (${bytes} bytes) is not within maxResponseBytes`);
      writeFileSync(fileOf(body.kind, format), body.text[format]);
      sizes[`${body.kind}.${format}`] = bytes;
    }
  }
  // The server answers `/backups/<kind>/restorePoints` with that body, streamed from disk without a Content-Length.
  const server = createServer((req, res) => {
    const format: Format = req.headers.accept === 'application/json' ? 'json' : 'xml';
    const kind = /\/backups\/([a-z]+)\/restorePoints$/.exec(req.url ?? '')?.[1] ?? '';
    res.writeHead(200, { 'content-type': format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8' });
    createReadStream(fileOf(kind, format)).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const rows: MemoryRow[] = [];
  try {
    for (const body of list) {
      for (const format of ['xml', 'json'] as const) {
        const result = await child('memory', format, url, body.kind, String(body.refs), String(MEMORY.maxResponseBytes));
        rows.push({ kind: body.kind, what: body.what, format, bytes: sizes[`${body.kind}.${format}`]!, ms: result.ms!, peakBytes: result.peakBytes! });
        log(`memory ${body.kind} ${format}: ${JSON.stringify(result)}`);
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return rows;
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function renderClientMemory(rows: MemoryRow[]): string {
  const max = MEMORY.maxResponseBytes;
  return [
    `## The client's memory: \`listRestorePoints\` of a body near maxResponseBytes (${mib(max)} MiB)`,
    '',
    '| body | format | body MiB | ms | peak MiB | peak ÷ body | peak ÷ maxResponseBytes | ≤ 3× maxResponseBytes |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.format} | ${mib(r.bytes)} | ${r.ms.toFixed(0)} | ${mib(r.peakBytes)} | ${(r.peakBytes / r.bytes).toFixed(2)}× | ${(r.peakBytes / max).toFixed(2)}× | ${r.peakBytes <= 3 * max ? 'yes' : '**no**'} |`,
    ),
    '',
    'Each cell is a fresh child with `maxResponseBytes` at that size, reading from a `node:http` server on 127.0.0.1 that streams the',
    'body without a Content-Length. **Peak** is the RSS the call added at its highest (VmHWM reset after a forced GC, minus the RSS',
    'before), with every ref still held. A body past a quarter of maxResponseBytes is decoded as its text arrives and its text is',
    'never held whole; a smaller one is read whole as text, then decoded (its peak, up to ~6× the body, is at most ~1.5× the limit).',
    'The densest body has 100 links a ref, each link an element (XML) or a four-member object (JSON) of 64 bytes with a name of its',
    'own: one node per 64 bytes and one JSON value per 16, the most the decoding limits take, and no two names alike to share.',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureClientMemory((line) => process.stderr.write(`${line}\n`));
  console.log(renderClientMemory(rows));
}
