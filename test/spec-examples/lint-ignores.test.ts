import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { responseExamples } from '../support/spec.ts';

const ignoreFile = fileURLToPath(new URL('../../.redocly.lint-ignore.yaml', import.meta.url));
const ignores: Record<string, Record<string, string[]>> = parse(readFileSync(ignoreFile, 'utf8'));

// The XML examples of the spec: the only ones the linter may not validate (it reads XML strings as JSON).
const xmlExampleNames = new Set(
  responseExamples()
    .filter((c) => c.mediaType === 'application/xml' && typeof c.value === 'string')
    .map((c) => c.name),
);

describe('.redocly.lint-ignore.yaml stays narrow', () => {
  it.each(Object.entries(ignores))('%s', (file, rules) => {
    if (file === 'spec/openapi.yaml') {
      expect(rules).toEqual({ 'no-path-trailing-slash': ['#/paths/~1sessionMngr~1'] });
      return;
    }
    const example = /^spec\/components\/examples\/(\w+Xml)\.yaml$/.exec(file)?.[1];
    expect(example, `${file} is not an XML example`).toBeDefined();
    expect(rules).toEqual({ 'no-invalid-media-type-examples': ['#/value'] });
    expect([...xmlExampleNames].some((name) => example!.startsWith(name.replace(/Xml$/, '')))).toBe(true);
  });
});
