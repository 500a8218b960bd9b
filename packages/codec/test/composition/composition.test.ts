import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.ts';

const codec = createCodec({
  openapi: '3.1.1',
  components: {
    schemas: {
      Named: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      Dog: { allOf: [{ $ref: '#/components/schemas/Named' }, { type: 'object', properties: { kind: { const: 'dog', type: 'string', xml: { attribute: true } }, barks: { type: 'boolean' } } }] },
      Cat: { allOf: [{ $ref: '#/components/schemas/Named' }, { type: 'object', properties: { kind: { const: 'cat', type: 'string', xml: { attribute: true } }, lives: { type: 'integer' } } }] },
      Pet: {
        oneOf: [{ $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' }],
        discriminator: { propertyName: 'kind', mapping: { dog: '#/components/schemas/Dog', cat: 'Cat' } },
      },
      Shape: { xml: { name: 'shape' }, anyOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }] },
      Circle: { type: 'object', required: ['radius'], properties: { radius: { type: 'number' } } },
      Square: { type: 'object', required: ['side'], properties: { side: { type: 'number' } } },
      Node: { type: 'object', properties: { id: { type: 'integer', xml: { attribute: true } }, next: { $ref: '#/components/schemas/Node' } } },
      Bag: { type: 'object', properties: { label: { type: 'string' } }, additionalProperties: { type: 'string' } },
      Empty: { type: 'object', properties: {} },
      Maybe: { type: 'object', properties: { ref: { oneOf: [{ $ref: '#/components/schemas/Circle' }, { type: 'null' }] } } },
      Refs: { type: 'object', xml: { name: 'Refs' }, required: ['items'], properties: { items: { type: ['array', 'null'], items: { type: 'string', xml: { name: 'item' } } } } },
      Entities: { type: 'object', xml: { name: 'Entities' }, required: ['entities'], properties: { entities: { type: ['array', 'null'], items: { type: 'string', xml: { name: 'entity' } } } } },
      Either: { oneOf: [{ $ref: '#/components/schemas/Refs' }, { $ref: '#/components/schemas/Entities' }] },
    },
  },
});

describe('allOf, oneOf, anyOf', () => {
  it('allOf parts describe one element: their properties merge', () => {
    expect(codec.decodeXml('<Dog kind="dog"><name>Rex</name><barks>true</barks></Dog>', 'Dog')).toEqual({ kind: 'dog', name: 'Rex', barks: true });
    expect(() => codec.decodeXml('<Dog kind="dog"><barks>true</barks></Dog>', 'Dog')).toThrow('Invalid value at Dog.name: expected the element <name> (required), got nothing.');
  });

  it('oneOf with a discriminator: the mapping chooses, in XML, JSON and when encoding', () => {
    expect(codec.decodeXml('<Pet kind="cat"><name>Tom</name><lives>9</lives></Pet>', 'Pet')).toEqual({ kind: 'cat', name: 'Tom', lives: 9 });
    expect(codec.decodeJson('{"kind":"dog","name":"Rex","barks":false}', 'Pet')).toEqual({ kind: 'dog', name: 'Rex', barks: false });
    expect(codec.encodeXml({ kind: 'cat', name: 'Tom', lives: 9 }, 'Pet')).toContain('<lives>9</lives>');
    expect(() => codec.decodeXml('<Pet kind="cow"><name>Mo</name></Pet>', 'Pet')).toThrow('Invalid value at Pet.kind: expected one of Dog, Cat, dog, cat, got the string "cow".');
  });

  it('oneOf by root element name: the alternative named as the root is read', () => {
    expect(codec.decodeXml('<Cat kind="cat"><name>Tom</name></Cat>', 'Pet')).toEqual({ kind: 'cat', name: 'Tom' });
  });

  it('anyOf without a discriminator: the first alternative that reads', () => {
    expect(codec.decodeXml('<shape><side>2</side></shape>', 'Shape')).toEqual({ side: 2 });
    expect(codec.decodeXml('<shape><radius>1</radius></shape>', 'Shape')).toEqual({ radius: 1 });
    expect(() => codec.decodeXml('<shape><edge>1</edge></shape>', 'Shape')).toThrow(/fits none of the alternatives of Shape/);
    expect(codec.encodeXml({ side: 3 }, 'Shape')).toContain('<shape>\n  <side>3</side>\n</shape>');
  });

  it('encoding takes the alternative that keeps every key, though an absent nullable list lets the value fit the first', () => {
    expect(codec.encodeXml({ entities: ['a', 'b'] }, 'Either')).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Entities>\n  <entity>a</entity>\n  <entity>b</entity>\n</Entities>\n');
    expect(codec.encodeXml({ items: [] }, 'Either')).toContain('<Refs');
  });

  it('a $ref cycle decodes as deep as the document goes', () => {
    expect(codec.decodeXml('<Node id="1"><next id="2"><next id="3"/></next></Node>', 'Node')).toEqual({ id: 1, next: { id: 2, next: { id: 3 } } });
  });

  it('additionalProperties: extra child elements become keys, never prototype keys', () => {
    const value = codec.decodeXml('<Bag><label>a</label><colour>red</colour><__proto__>x</__proto__></Bag>', 'Bag') as Record<string, unknown>;
    expect(value).toEqual({ label: 'a', colour: 'red', ['__proto__']: 'x' });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(codec.encodeXml({ label: 'a', colour: 'red' }, 'Bag')).toContain('<colour>red</colour>');
  });

  it('an object with empty properties is an empty element', () => {
    expect(codec.decodeXml('<Empty/>', 'Empty')).toEqual({});
    expect(codec.encodeXml({}, 'Empty')).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Empty />\n');
  });

  it('oneOf with a null alternative (3.1) is a nullable property', () => {
    expect(codec.decodeXml('<Maybe><ref xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/></Maybe>', 'Maybe')).toEqual({ ref: null });
    expect(codec.decodeJson('{"ref": null}', 'Maybe')).toEqual({ ref: null });
    expect(codec.decodeJson('{"ref": {"radius": 2}}', 'Maybe')).toEqual({ ref: { radius: 2 } });
  });
});

describe('a schema named by JSON pointer (a response schema written in place)', () => {
  const document = {
    openapi: '3.1.0',
    paths: { '/pets/{id}': { get: { responses: { '200': { content: { 'application/xml': { schema: { oneOf: [{ $ref: '#/components/schemas/PetRef' }, { $ref: '#/components/schemas/Pet' }] } } } } } } } },
    components: {
      schemas: {
        PetRef: { type: 'object', xml: { name: 'Ref' }, required: ['Type'], properties: { Type: { const: 'PetReference', type: 'string', xml: { attribute: true } } } },
        Pet: { type: 'object', required: ['Type', 'Name'], properties: { Type: { const: 'Pet', type: 'string', xml: { attribute: true } }, Name: { type: 'string' } } },
      },
    },
  };
  const pointer = '#/paths/~1pets~1{id}/get/responses/200/content/application~1xml/schema';
  const codec = createCodec(document);

  it('chooses the alternative by the root element, and encodes it under its own name', () => {
    expect(codec.decodeXml('<Ref Type="PetReference"/>', pointer)).toEqual({ Type: 'PetReference' });
    expect(codec.decodeXml('<Pet Type="Pet"><Name>Rex</Name></Pet>', pointer)).toEqual({ Type: 'Pet', Name: 'Rex' });
    expect(codec.encodeXml({ Type: 'Pet', Name: 'Rex' }, pointer)).toContain('<Pet Type="Pet">');
    expect(codec.decodeJson('{"Type":"PetReference"}', pointer)).toEqual({ Type: 'PetReference' });
    expect(() => codec.decodeXml('<Cat/>', pointer)).toThrow('Invalid XML body: the root element is <Cat>; expected <Ref> or <Pet>.');
  });
});

describe('choosing among alternatives with emptyArrays', () => {
  const codec = createCodec({
    openapi: '3.1.0',
    components: {
      schemas: {
        EntityReferences: { type: 'object', required: ['Refs'], properties: { Refs: { type: ['array', 'null'], items: { type: 'string' } } } },
        Backups: { type: 'object', required: ['Backups'], properties: { Backups: { type: ['array', 'null'], items: { type: 'string' } } } },
        List: { oneOf: [{ $ref: '#/components/schemas/EntityReferences' }, { $ref: '#/components/schemas/Backups' }] },
      },
    },
  });

  it('a required array an alternative lacks is not made up by emptyArrays, so the alternative that has it is chosen', () => {
    expect(codec.decodeJson('{"Backups":["b"]}', 'List', { emptyArrays: true })).toEqual({ Backups: ['b'] });
    expect(codec.decodeJson('{"Refs":null}', 'List', { emptyArrays: true })).toEqual({ Refs: [] });
    // Chosen, the alternative still reads its own absent array as [].
    expect(codec.decodeJson('{}', 'EntityReferences', { emptyArrays: true })).toEqual({ Refs: [] });
  });
});
