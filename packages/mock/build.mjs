// Builds the self-contained package: workspace code (any @vbem/* import) bundled into dist/, the spec copied beside it,
// every other import left to the package's own dependencies, which this checks are declared.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const WORKSPACE = /^@vbem\//;
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = new Set(Object.keys(manifest.dependencies ?? {}));

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-unless-workspace',
      setup(build) {
        // Bare imports of npm packages stay imports; workspace packages are private, so their code goes into the bundle.
        build.onResolve({ filter: /^[^./]/ }, ({ path }) => (WORKSPACE.test(path) || path.startsWith('node:') ? undefined : { path, external: true }));
      },
    },
  ],
});

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const imported = new Set(
  Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => packageName(i.path))),
);
const missing = [...imported].filter((name) => !declared.has(name));
if (missing.length > 0) {
  console.error(`@vbem/mock build: the bundle imports ${missing.join(', ')}, which package.json does not list under dependencies; add them (catalog:) so the packed mock installs on its own.`);
  process.exit(1);
}
const unused = [...declared].filter((name) => !imported.has(name) && name !== '@stoplight/prism-cli');
if (unused.length > 0) {
  console.error(`@vbem/mock build: dependencies ${unused.join(', ')} are not imported by the bundle; move them to devDependencies.`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
mkdirSync('dist', { recursive: true });
for (const file of ['openapi.yaml', 'openapi.json']) copyFileSync(require.resolve(`@vbem/spec/${file}`), join('dist', file));
