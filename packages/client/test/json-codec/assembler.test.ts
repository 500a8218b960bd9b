// JsonAssembler (src/json/assembler.ts) against JSON.parse, the referee: for any text cut into any pieces it gives
// JSON.parse's value, or fails where JSON.parse fails. The documents are larger than the 256K characters it parses
// whole, so that its own walk of large objects and arrays is what is tested.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmError } from '../../src/index.ts';
import { JsonAssembler } from '../../src/json/assembler.ts';
import { limitsFor } from '../../src/limits.ts';

const LIMITS = limitsFor(1024 ** 3);
const WINDOW = 256 * 1024;

/** Feeds `text` cut at `cuts`; the value, or the EmError it failed with. */
function assemble(text: string, cuts: number[]): { value: unknown } | { error: EmError } {
  const assembler = new JsonAssembler('Doc', LIMITS);
  try {
    let from = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      assembler.write(text.slice(from, cut));
      from = cut;
    }
    assembler.write(text.slice(from));
    return { value: assembler.end() };
  } catch (error) {
    if (!(error instanceof EmError)) throw error;
    return { error };
  }
}

const parsed = (text: string): { value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
};

// A large document around random values: large arrays and objects (opened and walked) holding small ones (parsed whole).
const documents = fc
  .tuple(fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', ' ', '\n  '))
  .map(([values, tail, space]) => {
    const item = values.map((v) => JSON.stringify(v)).join(`,${space}`);
    const copies = Math.ceil((WINDOW * 1.2) / (item.length + 1));
    const big = `[${space}${Array.from({ length: copies }, () => item).join(`,${space}`)}${space}]`;
    return `${space}{${space}"Refs":${space}${big},${space}"__proto__":${JSON.stringify(tail)},"Nested":{"Again":${big},"Tail":${JSON.stringify(tail)}}${space}}${space}`;
  });
const cutsOf = (text: string) => fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 20 });

describe('JsonAssembler: a JSON value from pieces of its text', () => {
  it('gives JSON.parse\'s value for any large document cut anywhere', () => {
    fc.assert(
      fc.property(documents.chain((text) => fc.tuple(fc.constant(text), cutsOf(text))), ([text, cuts]) => {
        const result = assemble(text, cuts);
        expect(result).toEqual({ value: JSON.parse(text) });
        const value = (result as { value: Record<string, unknown> }).value;
        // `__proto__` stays an own key, as JSON.parse makes it, and the objects have Object's prototype.
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        expect(Object.hasOwn(value, '__proto__')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('fails where JSON.parse fails, and only there: one character of a large document changed', () => {
    const corrupt = documents.chain((text) =>
      fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', '0', ' ', '-', 'e'), cutsOf(text)),
    );
    fc.assert(
      fc.property(corrupt, ([text, at, char, cuts]) => {
        const changed = text.slice(0, at) + char + text.slice(at + 1);
        const referee = parsed(changed);
        const result = assemble(changed, cuts);
        if (referee) expect(result).toEqual(referee);
        else expect((result as { error?: EmError }).error?.kind).toBe('invalid-body');
      }),
      { numRuns: 60 },
    );
  });

  it('parses small values whole and opens only what is larger than its window', () => {
    for (const text of ['0', ' "x" ', 'null', '[1,{"a":[true]}]', '{"__proto__":{"polluted":1}}']) {
      expect(assemble(text, [1, 2])).toEqual({ value: JSON.parse(text) });
    }
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('reads a string longer than its window, cut anywhere', () => {
    const text = `{"Refs":[${JSON.stringify(`a\\"${'é'.repeat(WINDOW)}\\\\`)}]}`;
    expect(assemble(text, [5, WINDOW, WINDOW + 3, text.length - 2])).toEqual({ value: JSON.parse(text) });
  });

  it('names what it found and where', () => {
    const big = `[${'1,'.repeat(WINDOW)}1]`;
    const cases: [string, RegExp][] = [
      ['', /^Invalid JSON body: the body is empty\. Expected a Doc object\.$/],
      [`{"Refs":${big}`, /^Invalid JSON body: the body ended before the JSON value did\. Expected a Doc object\.$/],
      [`{"Refs":${big}} {}`, /^Invalid JSON body: content after the JSON value at character \d+\. Expected a Doc object\.$/],
      [`{"Refs":${big} "x"}`, /^Invalid JSON body: unexpected "\\"" at character \d+, expected "," or "}"\. Expected a Doc object\.$/],
      [`{"Refs":${big.replace('1,1,', '1,,')}}`, /^Invalid JSON body: unexpected "," at character 11, expected a value\. Expected a Doc object\.$/],
      [`{"Refs":[${'{"a":1},'.repeat(WINDOW / 8)}{"a":}]}`, /^Invalid JSON body: .+ \(in the value at character \d+\)\. Expected a Doc object\.$/],
    ];
    // A number that has not ended after WINDOW characters is refused rather than gathered (JSON.parse would read it as Infinity).
    const long = `{"Refs":[${'9'.repeat(2 * WINDOW)}]}`;
    expect((assemble(long, [WINDOW + 20]) as { error?: EmError }).error?.message).toMatch(
      /^Invalid JSON body: a number or literal at character 9 runs past 262144 characters\. Expected a Doc object\.$/,
    );
    for (const [text, message] of cases) {
      const result = assemble(text, [3, 70_000, 300_000]) as { error?: EmError };
      expect(result.error?.message ?? `no error for ${text.slice(0, 40)}`).toMatch(message);
    }
  });

  it('holds the node and value limits while a value is still arriving', () => {
    const limits = limitsFor(64 * 1024); // 1,024 nodes, 4,096 values
    const nodes = new JsonAssembler('Doc', limits);
    expect(() => nodes.write(`{"Refs":[${'[],'.repeat(1_100)}`)).toThrow(/more than 1024 objects and arrays \(the node limit/);
    const values = new JsonAssembler('Doc', limits);
    expect(() => values.write(`{"Refs":[${'0,'.repeat(4_200)}`)).toThrow(/more than 4096 values \(the value limit/);
  });

  it('holds them over values parsed whole, too', () => {
    const limits = limitsFor(64 * 1024);
    for (const [text, limit] of [
      [`{"Refs":[${'[],'.repeat(1_100)}[]]}`, /the node limit/],
      [`{"Refs":[${'0,'.repeat(4_200)}0]}`, /the value limit/],
    ] as const) {
      const assembler = new JsonAssembler('Doc', limits);
      expect(() => {
        assembler.write(text);
        assembler.end();
      }).toThrow(limit);
    }
  });
});
