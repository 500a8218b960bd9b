// The mock under load: 10,000 requests at concurrency 50 per media type (autocannon), zero errors expected, p99 reported.
import autocannon from 'autocannon';
import { startMock } from '@vbem/mock';

export const LOAD = { amount: 10_000, connections: 50 };
const PATH = '/api/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';

export interface LoadRow {
  label: string;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, label: string, headers: Record<string, string>): Promise<LoadRow> {
  const result = await autocannon({ url: `${url.replace(/\/api$/, '')}${PATH}`, headers, ...LOAD, timeout: 10 });
  return {
    label,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** Runs the load against a fresh mock and returns one row per media type. */
export async function measureMockLoad(): Promise<LoadRow[]> {
  const mock = await startMock({ port: 0 });
  try {
    const session = { 'X-RestSvcSessionId': 'bench-token' };
    // A warm-up, so Prism's first-request costs do not land in the numbers.
    await autocannon({ url: `${mock.url.replace(/\/api$/, '')}${PATH}`, headers: session, amount: 500, connections: 10 });
    return [
      await load(mock.url, 'XML (no Accept)', session),
      await load(mock.url, 'JSON (Accept: application/json)', { ...session, accept: 'application/json' }),
    ];
  } finally {
    await mock.stop();
  }
}

export function renderMockLoad(rows: LoadRow[]): string {
  return [
    `| mock, ${LOAD.amount.toLocaleString('en')} requests at concurrency ${LOAD.connections} | completed | errors | timeouts | non-2xx | req/s | p50 ms | p99 ms |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.label} | ${r.requests} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureMockLoad();
  console.log(renderMockLoad(rows));
  if (rows.some((r) => r.errors + r.timeouts + r.non2xx > 0 || r.requests < LOAD.amount)) {
    console.error('The mock failed requests under load.');
    process.exit(1);
  }
}
