// Builds dist/index.html (or --output), one self-contained page, from the bundled spec. VBEM_REPOSITORY_URL, when set, becomes the
// Overview's contact link: the repository's address is known where it is published, not in the spec.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { output: { type: 'string', default: 'dist/index.html' } } });
const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@vbem/spec/openapi.json'), 'utf8'));
const repository = process.env.VBEM_REPOSITORY_URL?.trim();
if (repository) {
  if (!/^https:\/\/\S+$/.test(repository)) {
    console.error(`VBEM_REPOSITORY_URL=${repository} is not an https URL; expected the repository's address, such as https://git.example.com/vbem-openapi.`);
    process.exit(2);
  }
  spec.info.contact = { ...spec.info.contact, url: repository };
}
const work = join('node_modules', '.cache', `vbem-docs-${process.pid}`);
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'openapi.json'), JSON.stringify(spec));
execFileSync(
  process.execPath,
  [require.resolve('@vbem/spec/redocly'), 'build-docs', '--config', '../../redocly.yaml', join(work, 'openapi.json'), '--inlineBundle', '--template', 'template.hbs', '--title', 'Enterprise Manager REST API: restore points', '--output', values.output],
  { stdio: 'inherit' },
);
rmSync(work, { recursive: true, force: true });
