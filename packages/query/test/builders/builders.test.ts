import { describe, expect, it } from 'vitest';
import { and, eq, FilterError, ge, gt, le, lt, ne, or, parseFilter, printFilter } from '../../src/index.ts';

describe('builders', () => {
  it('write the spec\'s example filters without hand-written quotes or dates', () => {
    // spec/components/parameters/QueryFilter.yaml, examples vmRestorePointsOfOneVm and fullBackupFilesOfTwoBackups.
    expect(printFilter(and(eq('VmDisplayName', 'winsrv01'), ge('CreationTime', new Date(Date.UTC(2019, 0, 1)))))).toBe('VmDisplayName==winsrv01;CreationTime>="2019-01-01T00:00:00Z"');
    expect(printFilter(and(or(eq('BackupName', 'Backup Job 1'), eq('BackupName', 'Backup Job 2')), eq('FileType', 'vbk')))).toBe('(BackupName=="Backup Job 1",BackupName=="Backup Job 2");FileType==vbk');
  });

  it('quote what needs it: UIDs, dates, decimals, negative numbers, quotes inside', () => {
    expect(printFilter(eq('BackupUid', 'urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d'))).toBe('BackupUid=="urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d"');
    expect(printFilter(lt('CreationTime', new Date(Date.UTC(2025, 5, 14, 8, 30, 0, 250))))).toBe('CreationTime<"2025-06-14T08:30:00.250Z"');
    expect(printFilter(gt('CompressRatio', 1.5))).toBe('CompressRatio>"1.5"');
    expect(printFilter(le('Port', 9392))).toBe('Port<=9392');
    expect(printFilter(ne('Port', -1))).toBe('Port!="-1"');
    expect(printFilter(eq('Name', 'say "hi"'))).toBe('Name=="say ""hi"""');
  });

  it('and()/or() of one term is that term; of none is a FilterError', () => {
    const one = eq('Name', 'x');
    expect(and(one)).toBe(one);
    expect(or(one)).toBe(one);
    expect(() => and()).toThrow(FilterError);
  });

  it('an invalid Date or an infinite number is refused', () => {
    expect(() => eq('CreationTime', new Date(Number.NaN))).toThrow(FilterError);
    expect(() => eq('Port', Number.POSITIVE_INFINITY)).toThrow(FilterError);
  });

  it('what they build reads back the same', () => {
    const f = and(eq('Name', 'a;b'), or(ge('CreationTime', new Date(0)), ne('Type', 'Full')));
    expect(parseFilter(printFilter(f))).toEqual(f);
  });
});
