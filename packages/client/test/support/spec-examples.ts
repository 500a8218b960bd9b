// The 200 examples of each operation in the bundled spec, by media type: what EM answers there, as the docs and the mock show it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface Media {
  examples?: Record<string, { $ref?: string; value?: unknown }>;
}
const bundle = JSON.parse(readFileSync(require.resolve('@vbem/spec/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, Media> }> }>>;
  components: { examples: Record<string, { value: unknown }> };
};

/** The named 200 examples of `GET path` in `mediaType` (`application/xml` or `application/json`). */
export function okExamples(path: string, mediaType: string): { name: string; value: unknown }[] {
  const examples = bundle.paths[path]?.['get']?.responses['200']?.content?.[mediaType]?.examples ?? {};
  return Object.entries(examples).map(([name, e]) => ({
    name,
    value: e.$ref ? bundle.components.examples[e.$ref.slice('#/components/examples/'.length)]!.value : e.value,
  }));
}
