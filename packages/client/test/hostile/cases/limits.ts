// Bodies whose structure would outgrow their bytes: deep nesting and floods of tiny elements, objects or arrays.
import type { HostileCase } from '../case.ts';
import { iterate } from '../acts.ts';
import { EXAMPLE_JSON, EXAMPLE_REFS, EXAMPLE_XML, entityReferences, NS, ONE_REF, REF_ATTRIBUTES } from '../payloads.ts';
import { JSON_TYPE, send, XML } from '../respond.ts';

const DEPTH = /^Invalid XML body: elements nest deeper than 256 levels \(the depth limit, maxDepth\); reading stopped\.$/;
const nested = (count: number): string => `${'<Deep>'.repeat(count)}${'</Deep>'.repeat(count)}`;
/** 2,000 links in one ref, 50 KB: over the node limit of a 64 KiB maxResponseBytes (1,024). */
const LINKS = entityReferences(`<Ref ${REF_ATTRIBUTES}><Links>${'<Link Rel="Up" Href="h"/>'.repeat(2_000)}</Links></Ref>`);
const small = { maxResponseBytes: 64 * 1024 };
const json = { format: 'json' } as const;

export const limits: HostileCase[] = [
  {
    id: 'deep-xml',
    group: 'bodies',
    server: '200 with 250 nested unknown elements inside a ref (252 levels in all)',
    client: 'reads the ref: the depth limit is 256',
    serve: (_, res) => send(res, 200, XML, entityReferences(`<Ref ${REF_ATTRIBUTES}>${nested(250)}</Ref>`)),
    outcome: { value: ONE_REF },
  },
  {
    id: 'deep-xml-in-ref',
    group: 'bodies',
    server: '200 with one million nested elements inside a ref (13 MB)',
    client: 'refuses the body at the 257th level, naming the depth limit',
    serve: (_, res) => send(res, 200, XML, entityReferences(`<Ref ${REF_ATTRIBUTES}>${nested(1_000_000)}</Ref>`)),
    outcome: { kind: 'invalid-body', status: 200, message: DEPTH },
  },
  {
    id: 'deep-xml-unclosed',
    group: 'bodies',
    server: '200 with 20 million unclosed nested elements (60 MB, within the default maxResponseBytes)',
    client: 'refuses the body at the 257th level, instead of running out of memory',
    serve: (_, res) => send(res, 200, XML, `<EntityReferences xmlns="${NS}">${'<a>'.repeat(20_000_000)}`),
    outcome: { kind: 'invalid-body', status: 200, message: DEPTH },
  },
  {
    id: 'deep-xml-streamed',
    group: 'bodies',
    server: '200 with one million nested elements inside a ref, to `iterateRestorePoints`',
    client: 'refuses the body at the 257th level',
    act: iterate,
    serve: (_, res) => send(res, 200, XML, entityReferences(`<Ref ${REF_ATTRIBUTES}>${nested(1_000_000)}</Ref>`)),
    outcome: { kind: 'invalid-body', status: 200, message: DEPTH },
  },
  {
    id: 'max-depth-option',
    group: 'bodies',
    server: '200 with the XML example (4 levels), the client created with `maxDepth: 3`',
    client: 'refuses the body, naming the limit it was given',
    options: { maxDepth: 3 },
    serve: (_, res) => send(res, 200, XML, EXAMPLE_XML),
    outcome: { kind: 'invalid-body', status: 200, message: /deeper than 3 levels \(the depth limit, maxDepth\)/ },
  },
  {
    id: 'many-xml-elements',
    group: 'bodies',
    server: '200 with 2,000 links in a ref (50 KB), maxResponseBytes at 64 KiB',
    client: 'refuses the body: more elements than one per 64 bytes of maxResponseBytes (1,024)',
    options: small,
    serve: (_, res) => send(res, 200, XML, LINKS),
    outcome: { kind: 'invalid-body', status: 200, message: /^Invalid XML body: more than 1024 elements \(the node limit, maxResponseBytes \/ 64\); reading stopped\.$/ },
  },
  {
    id: 'many-xml-elements-streamed',
    group: 'bodies',
    server: '200 with 2,000 links in one ref, to `iterateRestorePoints`, maxResponseBytes at 64 KiB',
    client: 'refuses the ref: the node limit holds for each streamed item',
    options: small,
    act: iterate,
    serve: (_, res) => send(res, 200, XML, LINKS),
    outcome: { kind: 'invalid-body', status: 200, message: /more than 1024 elements/ },
  },
  {
    id: 'many-json-nodes',
    group: 'bodies',
    server: '200 JSON with 20 million nested arrays under an unknown key (40 MB)',
    client: 'refuses the body before parsing it, instead of building 1.2 GB of arrays',
    options: json,
    serve: (_, res) => send(res, 200, JSON_TYPE, `{"Deep":${'['.repeat(20_000_000)}${']'.repeat(20_000_000)},${EXAMPLE_JSON.slice(1)}`),
    outcome: {
      kind: 'invalid-body',
      status: 200,
      message: /^Invalid JSON body: more than 2097152 objects and arrays \(the node limit, maxResponseBytes \/ 64\); reading stopped\.$/,
    },
  },
  {
    id: 'many-json-values',
    group: 'bodies',
    server: '200 JSON with 40,000 zeros in an array under an unknown key (80 KB), maxResponseBytes at 640 KB',
    client: 'refuses the body before parsing it: more values than one per 16 bytes of maxResponseBytes (40,000)',
    options: { ...json, maxResponseBytes: 640_000 },
    serve: (_, res) => send(res, 200, JSON_TYPE, `{"Deep":[${'0,'.repeat(40_000)}0],${EXAMPLE_JSON.slice(1)}`),
    outcome: {
      kind: 'invalid-body',
      status: 200,
      message: /^Invalid JSON body: more than 40000 values \(the value limit, maxResponseBytes \/ 16\); reading stopped\.$/,
    },
  },
  {
    id: 'many-json-values-streamed',
    group: 'bodies',
    server: 'the same, to `iterateRestorePoints`, the zeros inside a ref',
    client: 'refuses the ref: the value limit holds for each streamed item',
    options: { ...json, maxResponseBytes: 640_000 },
    act: iterate,
    serve: (_, res) => {
      const refs = JSON.parse(EXAMPLE_JSON) as { Refs: Record<string, unknown>[] };
      refs.Refs[0]!['Extra'] = Array.from({ length: 40_001 }, () => 0);
      send(res, 200, JSON_TYPE, JSON.stringify(refs));
    },
    outcome: { kind: 'invalid-body', status: 200, message: /more than 40000 values/ },
  },
  {
    id: 'json-brackets-in-strings',
    group: 'bodies',
    server: '200 JSON whose ref names hold 2,000 `[` and `{`, maxResponseBytes at 64 KiB',
    client: 'reads it: brackets inside strings are not nodes',
    options: { ...json, ...small },
    serve: (_, res) => {
      const refs = JSON.parse(EXAMPLE_JSON) as { Refs: { Name: string }[] };
      refs.Refs[0]!.Name = '[{\\"'.repeat(1_000);
      send(res, 200, JSON_TYPE, JSON.stringify(refs));
    },
    outcome: { value: [{ ...(EXAMPLE_REFS[0] as object), Name: '[{\\"'.repeat(1_000) }] },
  },
  {
    id: 'many-json-nodes-streamed',
    group: 'bodies',
    server: '200 JSON with 2,000 empty arrays in one ref, to `iterateRestorePoints`, maxResponseBytes at 64 KiB',
    client: 'refuses the ref: the node limit holds for each streamed item',
    options: { ...json, ...small },
    act: iterate,
    serve: (_, res) => {
      const refs = JSON.parse(EXAMPLE_JSON) as { Refs: Record<string, unknown>[] };
      refs.Refs[0]!['Extra'] = Array.from({ length: 2_000 }, () => []);
      send(res, 200, JSON_TYPE, JSON.stringify(refs));
    },
    outcome: { kind: 'invalid-body', status: 200, message: /more than 1024 objects and arrays/ },
  },
];
