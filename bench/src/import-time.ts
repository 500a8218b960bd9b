// Start-up cost: how long `import('@vbem/client')` takes in a fresh Node process, beside the imports it builds on and the
// one it defers (undici, loaded only by a client with `tls`). Each sample is its own process; variants alternate.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const clientDir = new URL('../../packages/client/', import.meta.url).pathname;
const fromClient = createRequire(join(clientDir, 'package.json'));

export const IMPORT_SAMPLES = 21;

export const IMPORTS: Record<string, string> = {
  '@vbem/client': pathToFileURL(join(clientDir, 'dist/index.js')).href,
  'openapi-fetch (its HTTP layer)': pathToFileURL(fromClient.resolve('openapi-fetch')).href,
  'undici (deferred until a `tls` client sends)': pathToFileURL(fromClient.resolve('undici')).href,
};

async function sample(url: string): Promise<number> {
  const code = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code]);
  return Number(stdout.trim());
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median milliseconds of a cold `import()` per module, sampled alternately in fresh processes. */
export async function measureImportTime(): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(IMPORTS).map((name) => [name, []]));
  for (let round = 0; round < IMPORT_SAMPLES; round++) for (const [name, url] of Object.entries(IMPORTS)) samples[name]!.push(await sample(url));
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

export function renderImportTime(result: Record<string, number>): string[] {
  const client = result['@vbem/client']!;
  return [
    `Median of ${IMPORT_SAMPLES} cold \`import()\`s each, every one in a fresh \`node\` process (variants alternating), timed inside it.`,
    'The client imports openapi-fetch, its codecs and saxes; undici is imported only when a client created with `tls` sends its',
    'first request, so its cost is not in the first row (`packages/client/test/packaging/` checks that it stays unloaded).',
    '',
    '| module | median ms | ÷ `@vbem/client` |',
    '|---|---:|---:|',
    ...Object.entries(result).map(([name, value]) => `| ${name} | ${value.toFixed(1)} | ${(value / client).toFixed(2)} |`),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(renderImportTime(await measureImportTime()).join('\n'));
}
