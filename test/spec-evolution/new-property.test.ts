// Adding a property to the spec needs a regenerate, not client code: a copy of the client's source, given only the
// codec generated from a spec with new properties, decodes and encodes them in both media types.
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderCodec } from '@vbem/tools/generate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '@vbem/test-support/scratch';
import { bundlePath } from '../support/spec.ts';

const require = createRequire(import.meta.url);
const clientDir = dirname(require.resolve('@vbem/client/package.json'));
const NS = 'http://www.veeam.com/ent/v1.0';

type Codec = {
  decodeXml: (text: string, schema: string) => Promise<unknown>;
  decodeJson: (text: string, schema: string) => unknown;
  encodeXml: (schema: string, value: unknown) => string;
};
let scratch: string;
let codec: Codec;

beforeAll(async () => {
  // The spec grows: a restore point ref gets its backup time (an element) and a size (an integer attribute).
  const spec = JSON.parse(readFileSync(bundlePath, 'utf8'));
  const ref = spec.components.schemas.Ref;
  ref.properties.BackupDateUTC = { type: 'string', format: 'date-time' };
  ref.properties.SizeBytes = { type: 'integer', xml: { attribute: true } };
  ref.required.push('BackupDateUTC');

  scratch = scratchDir('evolve').path;
  cpSync(join(clientDir, 'src'), join(scratch, 'src'), { recursive: true });
  symlinkSync(join(clientDir, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  // The codec files only (descriptor + JSON readers): the types of schema.gen.ts do not change what is decoded.
  for (const file of renderCodec(spec)) writeFileSync(join(scratch, file.path.replace('packages/client/', '')), file.contents);
  codec = (await import(pathToFileURL(join(scratch, 'src/index.ts')).href)) as Codec;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const REF = 'UID="urn:veeam:RestorePoint:1" Name="Jan 17 2019  5:21PM" Href="https://em/api/restorePoints/1" Type="RestorePointReference"';
const expected = {
  Refs: [{ UID: 'urn:veeam:RestorePoint:1', Name: 'Jan 17 2019  5:21PM', Href: 'https://em/api/restorePoints/1', Type: 'RestorePointReference', SizeBytes: 1024, BackupDateUTC: '2019-01-17T17:21:00Z', Links: [] }],
};

describe('a new property in the spec reaches the client through the regenerated codec alone', () => {
  it('decodes the new element and the integer attribute from XML', async () => {
    const xml = `<EntityReferences xmlns="${NS}"><Ref ${REF} SizeBytes="1024"><BackupDateUTC>2019-01-17T17:21:00Z</BackupDateUTC></Ref></EntityReferences>`;
    expect(await codec.decodeXml(xml, 'EntityReferences')).toEqual(expected);
  });

  it('decodes them from JSON the same way', () => {
    const json = JSON.stringify({ Refs: [{ ...expected.Refs[0], Links: null }] });
    expect(codec.decodeJson(json, 'EntityReferences')).toEqual(expected);
  });

  it('enforces the new requirement', async () => {
    await expect(codec.decodeXml(`<EntityReferences xmlns="${NS}"><Ref ${REF}/></EntityReferences>`, 'EntityReferences')).rejects.toThrow(
      /Refs\[0\]\.BackupDateUTC: expected the element <BackupDateUTC> \(required\)/,
    );
  });

  it('encodes them, and decode(encode(v)) is v', async () => {
    const xml = codec.encodeXml('EntityReferences', expected);
    expect(xml).toContain('SizeBytes="1024"');
    expect(xml).toContain('<BackupDateUTC>2019-01-17T17:21:00Z</BackupDateUTC>');
    expect(await codec.decodeXml(xml, 'EntityReferences')).toEqual(expected);
  });
});
