#!/usr/bin/env tsx
// vbem-generate [--check]: write the generated files, or fail when a committed one has drifted.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renderGeneratedFiles, repoRoot } from './generate.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];

for (const file of await renderGeneratedFiles()) {
  const target = join(repoRoot, file.path);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === file.contents) continue;
  if (check) {
    stale.push(file.path);
    continue;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.contents);
  console.log(`generated ${file.path}`);
}

if (stale.length > 0) {
  console.error(`Out of date with spec/: ${stale.join(', ')}.\nFix: run \`pnpm generate\` and commit the result.`);
  process.exit(1);
}
