import { describe, expect, expectTypeOf, it } from 'vitest';
import { decodeJson, decodeXml, EmError, type EntityReferences } from '../../src/index.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

const NS = 'http://www.veeam.com/ent/v1.0';
const refs = (inner: string, root = 'EntityReferences', prefix = '') =>
  `<?xml version="1.0" encoding="utf-8"?><${prefix}${root} xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${NS}">${inner}</${prefix}${root}>`;
const REF = 'UID="urn:veeam:RestorePoint:1" Name="Jan 17 2019  5:21PM" Href="https://em/api/restorePoints/1" Type="RestorePointReference"';

const rejects = async (text: string, message: RegExp) => {
  const error = await decodeXml(text, 'EntityReferences').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmError);
  expect((error as EmError).kind).toBe('invalid-body');
  expect((error as EmError).message).toMatch(message);
};

describe('XML decoding follows the spec’s xml objects', () => {
  it.each(['RestorePoints', 'LogonSession', 'ErrorNotFound', 'ErrorInternalServerError'])(
    'the %s XML example decodes to its JSON twin',
    async (name) => {
      const schema = name.startsWith('Error') ? 'Error' : name === 'LogonSession' ? 'LogonSession' : 'EntityReferences';
      const fromXml = await decodeXml(xmlExample(name), schema);
      expect(fromXml).toEqual(decodeJson(JSON.stringify(jsonExample(name)), schema));
    },
  );

  it('keeps attribute text exactly, double spaces and entities included', async () => {
    const value = (await decodeXml(refs(`<Ref ${REF.replace('Name="Jan 17 2019  5:21PM"', 'Name="a &amp; b  &lt;c&gt; &#9;"')}/>`), 'EntityReferences')) as EntityReferences;
    expect(value.Refs[0]!.Name).toBe('a & b  <c> \t');
  });

  it('accepts a namespace prefix and a leading BOM', async () => {
    const prefixed = `\uFEFF${refs(`<v:Ref ${REF}><v:Links><v:Link Rel="Up" Href="https://em/api/backups/1"/></v:Links></v:Ref>`, 'EntityReferences', 'v:')}`;
    const value = (await decodeXml(prefixed, 'EntityReferences')) as EntityReferences;
    expect(value.Refs[0]!.Links).toEqual([{ Rel: 'Up', Href: 'https://em/api/backups/1' }]);
  });

  it('reads a collection as an array whatever its size', async () => {
    await expect(decodeXml(refs(''), 'EntityReferences')).resolves.toEqual({ Refs: [] });
    await expect(decodeXml(`<EntityReferences xmlns="${NS}"/>`, 'EntityReferences')).resolves.toEqual({ Refs: [] });
    const one = (await decodeXml(refs(`<Ref ${REF}/>`), 'EntityReferences')) as EntityReferences;
    expect(one.Refs).toHaveLength(1);
    expect(one.Refs[0]!.Links).toEqual([]);
    const empty = (await decodeXml(refs(`<Ref ${REF}><Links/></Ref>`), 'EntityReferences')) as EntityReferences;
    expect(empty.Refs[0]!.Links).toEqual([]);
  });

  it('ignores unknown elements and attributes (forward compatible)', async () => {
    const value = await decodeXml(refs(`<Ref ${REF} Extra="x"><Future><Deep/></Future><Links><Link Rel="Up" Href="h" Weight="3"/><Other/></Links></Ref><Stranger/>`), 'EntityReferences');
    expect(value).toEqual({
      Refs: [{ UID: 'urn:veeam:RestorePoint:1', Name: 'Jan 17 2019  5:21PM', Href: 'https://em/api/restorePoints/1', Type: 'RestorePointReference', Links: [{ Rel: 'Up', Href: 'h' }] }],
    });
  });

  it('applies schema types: StatusCode is a number', async () => {
    const value = await decodeXml(`<Error xmlns="${NS}" Message="m" StatusCode="404"/>`, 'Error');
    expect(value).toEqual({ Message: 'm', StatusCode: 404, Status: null, FirstChanceExceptionMessage: null, StackTrace: null });
    await expect(decodeXml(`<Error xmlns="${NS}" Message="m" StatusCode="4o4"/>`, 'Error')).rejects.toThrow(/Error\.StatusCode: expected an integer/);
  });

  it('rejects a ref without a required attribute, naming where', async () => {
    await rejects(refs(`<Ref UID="u" Name="n" Type="t"/>`), /EntityReferences\.Refs\[0\]\.Href: expected the attribute Href \(required\)/);
  });

  it('rejects malformed, truncated, empty and multi-root documents', async () => {
    await rejects(refs(`<Ref ${REF}>`), /Invalid XML body/);
    await rejects(refs(`<Ref ${REF}/>`).slice(0, -10), /Invalid XML body/);
    await rejects('', /no root element/);
    await rejects('   ', /no root element/);
    await rejects(`${refs('')}<EntityReferences/>`, /exactly one root element/);
    await rejects(`${refs('')}trailing`, /Invalid XML body|exactly one root/);
    await rejects('{"Refs":[]}', /Invalid XML body/);
  });

  it('rejects a document whose root is another element', async () => {
    await rejects(`<html><body>Bad gateway</body></html>`, /root element is <html>; expected <EntityReferences>/);
  });

  it('expands no entities: a DOCTYPE is refused', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><EntityReferences xmlns="${NS}"><Ref ${REF.replace('Jan 17 2019  5:21PM', '&lol2;')}/></EntityReferences>`;
    await rejects(bomb, /DOCTYPE is not accepted/);
    const external = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><EntityReferences xmlns="${NS}"><Ref ${REF.replace('Jan 17 2019  5:21PM', '&x;')}/></EntityReferences>`;
    await rejects(external, /DOCTYPE is not accepted/);
  });

  it('never writes to Object.prototype, whatever the element and attribute names', async () => {
    const hostile = refs(
      `<__proto__ polluted="yes"><polluted>yes</polluted></__proto__><constructor><prototype polluted="yes"/></constructor>` +
        `<Ref ${REF} __proto__="x" constructor="y"><Links><Link Rel="Up" Href="h" __proto__="z"/><__proto__/></Links></Ref>`,
    );
    const value = (await decodeXml(hostile, 'EntityReferences')) as EntityReferences;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value.Refs[0]!).sort()).toEqual(['Href', 'Links', 'Name', 'Type', 'UID']);
    expect(Object.getPrototypeOf(value.Refs[0]!.Links[0])).toBe(Object.prototype);
  });

  it('types the value as the normalised JSON shape', () => {
    type Ref = EntityReferences['Refs'][number];
    expectTypeOf<EntityReferences['Refs']>().toEqualTypeOf<Ref[]>();
    expectTypeOf<Ref['Links']>().toEqualTypeOf<Ref['Links'][number][]>();
    expectTypeOf<Ref['Links'][number]['Name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Ref['Name']>().toEqualTypeOf<string>();
  });
});
