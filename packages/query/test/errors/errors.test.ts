import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, eq, FilterError, type FilterErrorCode, MAX_DEPTH, parseFilter, printFilter } from '../../src/index.ts';
import { specFields } from '../support/spec-fields.ts';

function caught(run: () => unknown): FilterError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FilterError);
    return error as FilterError;
  }
  throw new Error('expected a FilterError, nothing was thrown.');
}

// Each code with the text that causes it, where, the offending part, and words the "expected" must hold.
const parseCases: [FilterErrorCode, string, number, string, string][] = [
  ['empty', '', 0, '', 'comparison'],
  ['expected-field', ';Name==x', 0, ';', 'field name'],
  ['expected-field', '1Name==x', 0, '1Name', 'field name'],
  ['expected-field', 'Name==x,', 8, '', 'field name'],
  ['expected-operator', 'Name=x', 4, '=x', '=='],
  ['expected-operator', 'Name', 4, '', 'comparison operator'],
  ['expected-operator', 'Name !=x', 4, ' ', 'comparison operator'],
  ['expected-value', 'Name==', 6, '', 'value'],
  ['expected-value', 'Name== x', 6, ' ', 'value'],
  ['expected-value', 'Name=="a\tb"', 6, '"a\tb"', 'printable'],
  ['unterminated-quote', 'Name=="Backup Job', 6, '"Backup Job', 'closing "'],
  ['unterminated-quote', 'Name=="a""', 6, '"a""', 'closing "'],
  ['unclosed-group', '(Name==a;Port==1', 16, '', '")"'],
  ['unexpected', 'Name==a)', 7, ')', 'closes no group'],
  ['unexpected', 'Name=="a"b', 9, 'b', '";" (AND)'],
  ['unexpected', 'Name==Backup Job', 12, ' ', '";" (AND)'],
  ['too-deep', `${'('.repeat(MAX_DEPTH + 1)}Name==a${')'.repeat(MAX_DEPTH + 1)}`, MAX_DEPTH, '(', `${MAX_DEPTH}`],
];

describe('FilterError', () => {
  it.each(parseCases)('%s: %j', (code, text, offset, part, expected) => {
    const error = caught(() => parseFilter(text));
    expect(error.code).toBe(code);
    expect(error.offset).toBe(offset);
    expect(error.part).toBe(part);
    expect(error.expected).toContain(expected);
    expect(error.message).toContain(`at offset ${offset}: expected`);
    expect(error.message).toMatch(/[^.]\.$/);
  });

  it('unknown-field: names the field and lists the fields there are', () => {
    const error = caught(() => compileFilter(parseFilter('BackupDateUTC>"2019-01-01T00:00:00Z"'), specFields.RestorePoint!));
    expect(error.code).toBe('unknown-field');
    expect(error.part).toBe('BackupDateUTC');
    expect(error.expected).toContain('CreationTime');
    expect(error.message).toMatch(/^Unknown field "BackupDateUTC": expected one of the queryable fields UID, Name, CreationTime.*[^.]\.$/);
  });

  it.each([
    ['CreationTime>yesterday', 'VmRestorePoint', 'CreationTime>yesterday', 'a date'],
    ['CreationTime>"2019-01-01"', 'VmRestorePoint', 'CreationTime>"2019-01-01"', 'UTC ISO 8601'],
    ['CreationTime>"2019-01-01T00:00:00+02:00"', 'VmRestorePoint', 'CreationTime>"2019-01-01T00:00:00+02:00"', 'with Z'],
    ['Port==x9392', 'BackupServer', 'Port==x9392', 'an integer'],
    ['Port=="93.92"', 'BackupServer', 'Port=="93.92"', 'an integer'],
    ['CompressRatio>big', 'BackupFile', 'CompressRatio>big', 'a number'],
    ['Algorithm==Differential', 'VmRestorePoint', 'Algorithm==Differential', 'Full, ReversedIncremental, Incremental, SyntheticFull'],
  ])('invalid-value: %s', (text, type, part, expected) => {
    const error = caught(() => compileFilter(parseFilter(text), specFields[type]!));
    expect(error.code).toBe('invalid-value');
    expect(error.part).toBe(part);
    expect(error.expected).toContain(expected);
    expect(error.message).toMatch(/[^.]\.$/);
  });

  it('the printer refuses a tree no text can express', () => {
    expect(caught(() => printFilter(eq('Bad Name', 'x'))).code).toBe('expected-field');
    expect(caught(() => printFilter({ kind: 'and', terms: [] })).code).toBe('empty');
    expect(caught(() => printFilter(eq('Name', 'a\nb'))).code).toBe('expected-value');
  });

  it('no input throws anything but a FilterError, or hangs', () => {
    const unit = fc.constantFrom('A', 'z', '1', '_', '=', '!', '<', '>', '"', ';', ',', '(', ')', ' ', '\n', 'é');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      try {
        parseFilter(text);
      } catch (error) {
        expect(error).toBeInstanceOf(FilterError);
      }
    }), { numRuns: 5000 });
    expect(caught(() => parseFilter('('.repeat(100_000))).code).toBe('too-deep');
  });
});
