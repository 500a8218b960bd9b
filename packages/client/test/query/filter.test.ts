// Typed filters print EM's filter text (expected strings written from the grammar in spec QueryFilter.yaml).
import { describe, expect, it } from 'vitest';
import { and, or, where } from '../../src/index.ts';

const vm = where('VmRestorePoint');
const file = where('BackupFile');

describe('typed filters', () => {
  it('words go bare, anything else quoted with inner quotes doubled', () => {
    expect(String(vm.field('VmDisplayName').eq('winsrv01'))).toBe('VmDisplayName==winsrv01');
    expect(String(file.field('BackupName').eq('Backup Job 5'))).toBe('BackupName=="Backup Job 5"');
    expect(String(file.field('BackupUid').eq('urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d'))).toBe('BackupUid=="urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d"');
    expect(String(file.field('BackupName').ne('"Backup" 1'))).toBe('BackupName!="""Backup"" 1"');
    expect(String(file.field('BackupName').eq('a;b,c)'))).toBe('BackupName=="a;b,c)"');
  });

  it('dates in UTC with Z, whatever zone the Date was made in; milliseconds kept when there are any', () => {
    expect(String(vm.field('CreationTime').gte(new Date('2019-01-01T02:00:00+02:00')))).toBe('CreationTime>="2019-01-01T00:00:00Z"');
    expect(String(vm.field('CreationTime').lt(new Date(Date.UTC(2019, 0, 17, 17, 21, 4, 333))))).toBe('CreationTime<"2019-01-17T17:21:04.333Z"');
  });

  it('numbers and enum values; every operator', () => {
    expect(String(file.field('BackupSize').gt(1048576))).toBe('BackupSize>1048576');
    expect(String(file.field('CompressRatio').lte(1.5))).toBe('CompressRatio<="1.5"');
    expect(String(file.field('FileType').eq('vbk'))).toBe('FileType==vbk');
    const algorithm = vm.field('Algorithm');
    expect([algorithm.eq('Full'), algorithm.ne('Full'), algorithm.lt('Full'), algorithm.lte('Full'), algorithm.gt('Full'), algorithm.gte('Full')].map(String)).toEqual([
      'Algorithm==Full',
      'Algorithm!=Full',
      'Algorithm<Full',
      'Algorithm<=Full',
      'Algorithm>Full',
      'Algorithm>=Full',
    ]);
  });

  it('and is `;`, or is `,`, groups in parentheses where they nest', () => {
    const backups = or(file.field('BackupName').eq('Backup Job 1'), file.field('BackupName').eq('Backup Job 2'));
    expect(String(and(backups, file.field('FileType').eq('vbk')))).toBe('(BackupName=="Backup Job 1",BackupName=="Backup Job 2");FileType==vbk');
    expect(String(file.field('FileType').eq('vbk').and(file.field('BackupSize').gt(0)).or(file.field('FileType').eq('vrb')))).toBe('(FileType==vbk;BackupSize>0),FileType==vrb');
    expect(String(vm.field('RestorePointId').oneOf(['urn:veeam:RestorePoint:1', 'urn:veeam:RestorePoint:2']))).toBe('RestorePointId=="urn:veeam:RestorePoint:1",RestorePointId=="urn:veeam:RestorePoint:2"');
    expect(String(vm.field('VmDisplayName').oneOf(['winsrv01']))).toBe('VmDisplayName==winsrv01');
  });

  it('what no filter text can hold is refused as invalid-argument', () => {
    expect(() => vm.field('VmDisplayName').eq('line\nbreak')).toThrow(/^The filter cannot be written: The value "line\\nbreak" holds a control character: expected printable characters only\.$/);
    expect(() => vm.field('VmDisplayName').oneOf([])).toThrow(/^oneOf\(\) on VmRestorePoint\.VmDisplayName needs at least one value\.$/);
  });
});
