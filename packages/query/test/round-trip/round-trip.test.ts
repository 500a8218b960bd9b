import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Filter, type FilterValue, type Operator, operators, parseFilter, printFilter } from '../../src/index.ts';
import { specExamples } from '../support/spec-fields.ts';

const field = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/);
const operator = fc.constantFrom<Operator>(...operators);
// Bare words, and quoted text of any printable characters including quotes, `;`, `,`, parentheses and non-ASCII.
const value: fc.Arbitrary<FilterValue> = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/).map((text) => ({ text, quoted: false })),
  fc.string({ unit: fc.oneof(fc.constantFrom('"', ';', ',', '(', ')', ' ', ':', '=', 'é', '😀'), fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[\x00-\x1f\x7f]/.test(c))), maxLength: 16 }).map((text) => ({ text, quoted: true })),
);
const comparison = fc.record({ kind: fc.constant('comparison' as const), field, operator, value });

const { filter } = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), terms: fc.array(tie('filter'), { minLength: 2, maxLength: 4 }) }),
  ),
}));

describe('parse ⇄ print', () => {
  it('parseFilter(printFilter(f)) is f for every well-formed tree', () => {
    fc.assert(fc.property(filter, (f) => { expect(parseFilter(printFilter(f))).toEqual(f); }), { numRuns: 2000 });
  });

  it('printing is canonical: print(parse(t)) is a fixed point, also for texts with redundant parentheses', () => {
    const wrapped = filter.chain((f) => fc.integer({ min: 0, max: 3 }).map((n) => '('.repeat(n) + printFilter(f) + ')'.repeat(n)));
    fc.assert(fc.property(wrapped, (text) => {
      const once = printFilter(parseFilter(text));
      expect(printFilter(parseFilter(once))).toBe(once);
    }), { numRuns: 1000 });
  });

  it('reads the spec examples of QueryFilter.yaml and prints them back unchanged', () => {
    expect(specExamples.length).toBeGreaterThan(0);
    for (const text of specExamples) expect(printFilter(parseFilter(text))).toBe(text);
  });

  it('reads the reference pages\' filters to the trees they describe', () => {
    // helpcenter.veeam.com em_rest: query_comparison, query_and_or, query_grouping.
    const cmp = (f: string, op: Operator, text: string, quoted = false): Filter => ({ kind: 'comparison', field: f, operator: op, value: { text, quoted } });
    expect(parseFilter('name=="Exchange Backup"')).toEqual(cmp('name', '==', 'Exchange Backup', true));
    expect(parseFilter('jobtype==backup;platform==hyperv')).toEqual({ kind: 'and', terms: [cmp('jobtype', '==', 'backup'), cmp('platform', '==', 'hyperv')] });
    expect(parseFilter('(jobtype==replica;scheduleconfigured==false),(jobtype==backup;scheduleconfigured==true)')).toEqual({
      kind: 'or',
      terms: [
        { kind: 'and', terms: [cmp('jobtype', '==', 'replica'), cmp('scheduleconfigured', '==', 'false')] },
        { kind: 'and', terms: [cmp('jobtype', '==', 'backup'), cmp('scheduleconfigured', '==', 'true')] },
      ],
    });
  });

  it('binds ";" tighter than "," as FIQL does, and keeps a group as its own node', () => {
    const a = parseFilter('A==1,B==2;C==3');
    expect(a.kind).toBe('or');
    expect(a.kind === 'or' && a.terms[1]!.kind).toBe('and');
    expect(printFilter(parseFilter('(A==1;B==2);C==3'))).toBe('(A==1;B==2);C==3');
    expect(printFilter(parseFilter('((A==1))'))).toBe('A==1');
  });

  it('doubles a quote inside a value and undoubles it when reading', () => {
    const f = parseFilter('Name=="""Backup"" 1"');
    expect(f).toEqual({ kind: 'comparison', field: 'Name', operator: '==', value: { text: '"Backup" 1', quoted: true } });
    expect(printFilter(f)).toBe('Name=="""Backup"" 1"');
  });
});
