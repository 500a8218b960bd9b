import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparator, compileFilter, evaluate, type Operator, parseFilter, type QueryFields } from '../../src/index.ts';
import { specFields } from '../support/spec-fields.ts';

// A separate reference: the arbitrary builds each filter's text and its meaning side by side, from the field
// descriptions alone (no parser, printer or evaluator of the package involved).
type Item = Record<string, unknown>;
interface Model { text: string; holds: (item: Item) => boolean }

const pools = {
  string: ['Backup Job 1', 'backup job 1', 'Oracle "prod"', 'a;b,c', 'winsrv01', 'Zeta', 'é'],
  date: ['2019-01-17T17:21:04Z', '2019-01-17T17:21:04.500Z', '2016-10-06T13:59:50Z', '2025-06-14T00:00:00Z'],
  integer: [0, 1, 9392, -5, 1_000_000],
  number: [0, 1.5, 2.25, -0.5, 10],
};

function kind(desc: QueryFields[string]): 'enum' | 'date' | 'integer' | 'number' | 'string' {
  if (desc.enum) return 'enum';
  if (desc.format === 'date-time') return 'date';
  return desc.type === 'integer' ? 'integer' : desc.type === 'number' ? 'number' : 'string';
}

/** What the item holds for a field, in the reference's own terms. */
function rank(desc: QueryFields[string], raw: unknown): string | number | undefined {
  if (raw === undefined) return undefined;
  switch (kind(desc)) {
    case 'enum': return desc.enum!.findIndex((v) => v.toLowerCase() === String(raw).toLowerCase());
    case 'date': return new Date(String(raw)).valueOf();
    case 'integer': case 'number': return Number(raw);
    case 'string': return String(raw).toLowerCase();
  }
}

function holds(op: Operator, a: string | number | undefined, b: string | number): boolean {
  if (a === undefined) return op === '!=';
  return { '==': a === b, '!=': a !== b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[op];
}

const randomCase = (name: string) => fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length })
  .map((flips) => [...name].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

function rawArb(desc: QueryFields[string]): fc.Arbitrary<unknown> {
  switch (kind(desc)) {
    case 'enum': return fc.constantFrom(...desc.enum!);
    case 'date': return fc.constantFrom(...pools.date);
    case 'integer': return fc.constantFrom(...pools.integer);
    case 'number': return fc.constantFrom(...pools.number);
    case 'string': return fc.constantFrom(...pools.string);
  }
}

function valueText(desc: QueryFields[string], raw: unknown, enumCase: (s: string) => string): string {
  const text = kind(desc) === 'enum' ? enumCase(String(raw)) : String(raw);
  return /^[A-Za-z0-9_]+$/.test(text) ? text : `"${text.split('"').join('""')}"`;
}

function modelArb(fields: QueryFields): fc.Arbitrary<Model> {
  const names = Object.keys(fields);
  const comparison: fc.Arbitrary<Model> = fc.constantFrom(...names).chain((name) => {
    const desc = fields[name]!;
    return fc.tuple(randomCase(name), fc.constantFrom<Operator>('==', '!=', '<', '<=', '>', '>='), rawArb(desc), fc.boolean()).map(([spelled, op, raw, upper]) => ({
      text: `${spelled}${op}${valueText(desc, raw, (s) => (upper ? s.toUpperCase() : s))}`,
      holds: (item: Item) => holds(op, rank(desc, item[name]), rank(desc, raw)!),
    }));
  });
  return fc.letrec<{ m: Model }>((tie) => ({
    m: fc.oneof({ depthSize: 'small' }, comparison, fc.tuple(fc.constantFrom(';', ','), fc.array(tie('m'), { minLength: 2, maxLength: 3 })).map(([sep, terms]) => ({
      text: terms.map((t) => `(${t.text})`).join(sep),
      holds: sep === ';' ? (item: Item) => terms.every((t) => t.holds(item)) : (item: Item) => terms.some((t) => t.holds(item)),
    }))),
  })).m;
}

function inventoryArb(fields: QueryFields): fc.Arbitrary<Item[]> {
  const record = Object.fromEntries(Object.entries(fields).map(([name, desc]) => [name, fc.option(rawArb(desc), { nil: undefined, freq: 8 })]));
  return fc.array(fc.record(record), { maxLength: 30 });
}

describe('evaluate', () => {
  for (const type of ['VmRestorePoint', 'BackupFile', 'BackupServer', 'Backup', 'RestorePoint']) {
    it(`agrees with the reference over random ${type} inventories (spec fields, any case)`, () => {
      const fields = specFields[type]!;
      fc.assert(fc.property(modelArb(fields), inventoryArb(fields), (model, items) => {
        const predicate = compileFilter(parseFilter(model.text), fields);
        for (const item of items) expect(predicate(item)).toBe(model.holds(item));
      }), { numRuns: 300 });
    });
  }

  it('compares enum values by their position in the spec\'s list, not alphabetically', () => {
    const fields = specFields.VmRestorePoint!;
    const incremental = { Algorithm: 'Incremental' };
    expect(evaluate(parseFilter('Algorithm>ReversedIncremental'), incremental, fields)).toBe(true);
    expect(evaluate(parseFilter('Algorithm<SyntheticFull'), incremental, fields)).toBe(true);
    expect(evaluate(parseFilter('algorithm==incremental'), incremental, fields)).toBe(true);
  });

  it('compares dates by instant, whatever the fraction', () => {
    const fields = specFields.RestorePoint!;
    const item = { CreationTime: '2019-01-17T17:21:04.5Z' };
    expect(evaluate(parseFilter('CreationTime>"2019-01-17T17:21:04Z"'), item, fields)).toBe(true);
    expect(evaluate(parseFilter('CreationTime=="2019-01-17T17:21:04.500Z"'), item, fields)).toBe(true);
  });

  it('reads items through a function when they are not keyed by field name', () => {
    const fields = specFields.RestorePoint!;
    const entity = { BackupDateUTC: '2019-01-17T17:21:04Z' };
    const read = (e: typeof entity, field: string) => (field === 'CreationTime' ? e.BackupDateUTC : undefined);
    expect(evaluate(parseFilter('creationtime>="2019-01-01T00:00:00Z"'), entity, fields, read)).toBe(true);
  });
});

describe('comparator', () => {
  it('sorts by the field\'s kind, items without a value first, descending reverses', () => {
    const fields = specFields.VmRestorePoint!;
    const items = [{ Algorithm: 'SyntheticFull' }, { Algorithm: 'Full' }, {}, { Algorithm: 'Incremental' }, { Algorithm: 'ReversedIncremental' }];
    expect([...items].sort(comparator('algorithm', fields)).map((i) => i.Algorithm)).toEqual([undefined, 'Full', 'ReversedIncremental', 'Incremental', 'SyntheticFull']);
    expect([...items].sort(comparator('Algorithm', fields, 'desc')).map((i) => i.Algorithm)).toEqual(['SyntheticFull', 'Incremental', 'ReversedIncremental', 'Full', undefined]);
    const files = [{ BackupSize: '10' }, { BackupSize: 9 }, { BackupSize: 100 }];
    expect(files.sort(comparator('BackupSize', specFields.BackupFile!)).map((f) => Number(f.BackupSize))).toEqual([9, 10, 100]);
  });
});
