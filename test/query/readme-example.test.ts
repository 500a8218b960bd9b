// The client README's query example ("every VM restore point of backup X created since yesterday, newest first") run as
// it is written, against the mock, in a process of its own; its output is held to what the mock's resources say.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createEmClient } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '@vbem/test-support/scratch';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'packages/client/README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Query service'));
const example = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
const scratch = scratchDir('query-readme');
afterAll(() => scratch.remove());

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: 400, seed: 'readme' });
});
afterAll(() => mock?.stop());

const idOf = (uid: string) => uid.slice(uid.lastIndexOf(':') + 1);

describe('the README query example', () => {
  it('prints every VM restore point of the backup since the date, newest first, in both media types', { timeout: 120_000 }, async () => {
    expect(example).toMatch(/em\.iterateQuery\(\{\s*type: 'VmRestorePoint'/);
    // The referee: backup X as the example picks it, its restore points from GET /backups/{ID}/restorePoints, and every VM
    // restore point (one query, no filter) whose Up link is one of them.
    const em = createEmClient({ baseUrl: mock.url, sessionId: 'readme-token' });
    const [backup] = (await em.query({ type: 'Backup', sort: { asc: 'Name' }, pageSize: 1 })).items;
    const refs = await em.listRestorePoints(idOf(backup!.UID));
    const points = new Set(refs.map((ref) => ref.Href));
    const uids = new Set(refs.map((ref) => ref.UID));
    const vms: { time: number; line: string }[] = [];
    for await (const vm of em.iterateQuery({ type: 'VmRestorePoint', format: 'Entities' })) {
      if (vm.Links.some((link) => link.Type === 'RestorePointReference' && points.has(link.Href))) {
        vms.push({ time: Date.parse(vm.CreationTimeUTC), line: `${vm.CreationTimeUTC} ${vm.VmDisplayName} ${vm.Name}` });
      }
    }
    const times = vms.map((vm) => vm.time).sort((a, b) => a - b);
    const since = new Date(times[Math.floor(times.length / 2)]!);
    const expected = vms.filter((vm) => vm.time >= since.getTime());
    expect(expected.length).toBeGreaterThan(0);
    let pointsSince = 0;
    for await (const point of em.iterateQuery({ type: 'RestorePoint', format: 'Entities' })) {
      if (uids.has(point.UID) && Date.parse(point.BackupDateUTC) >= since.getTime()) pointsSince++;
    }

    // As a user runs it: the URL through EM_URL (as the packaging test does), the client by its package entry.
    const code = example.replaceAll("'https://em.example.com:9398/api'", "(process.env.EM_URL ?? '')").replace("from '@vbem/client'", `from '${pathToFileURL(join(root, 'packages/client/src/index.ts')).href}'`);
    const file = join(scratch.path, 'example.mts');
    writeFileSync(file, code);
    for (const format of ['json', 'xml']) {
      const source = format === 'json' ? file : join(scratch.path, 'example-xml.mts');
      if (format === 'xml') writeFileSync(source, code.replace("format: 'json'", "format: 'xml'"));
      const { stdout } = await promisify(execFile)(join(root, 'packages/client/node_modules/.bin/tsx'), [source], {
        env: { ...process.env, EM_URL: mock.url, EM_PASSWORD: 'secret', EM_SINCE: since.toISOString() },
      });
      const lines = stdout.trim().split('\n');
      const summary = lines.pop();
      expect(summary).toBe(`${backup!.Name}: ${pointsSince} restore points since ${since.toISOString()}.`);
      expect(new Set(lines)).toEqual(new Set(expected.map((vm) => vm.line)));
      expect(lines).toHaveLength(expected.length);
      const printed = lines.map((line) => Date.parse(line.split(' ')[0]!));
      expect(printed).toEqual([...printed].sort((a, b) => b - a));
    }
  });
});
