// The query service's types: a page's items follow `type` and `format`, and a filter or sort naming a field the type
// does not have, or a value of the wrong kind, does not compile (checked by `tsc` in `pnpm typecheck`); the same
// mistakes made without the compiler are refused at run time.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { and, createEmClient, EmError, type Filter, or, type QueryEntity, type QueryPage, type Ref, where } from '../../src/index.ts';
import type { components } from '../../src/generated/schema.gen.ts';
import type { Normalized } from '../../src/types.ts';
import { BASE, TOKEN } from '../support/fake-em.ts';

const em = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: () => Promise.reject(new Error('not sent')) });
const refused = (build: () => unknown, message: RegExp) => {
  expect(build).toThrow(EmError);
  expect(build).toThrow(message);
};

describe('query types', () => {
  it('a page holds Refs without a format and the type entity with format Entities', () => {
    const refs = () => em.query({ type: 'VmRestorePoint', pageSize: 10 });
    expectTypeOf<Awaited<ReturnType<typeof refs>>>().toEqualTypeOf<QueryPage<'VmRestorePoint', undefined>>();
    expectTypeOf<Awaited<ReturnType<typeof refs>>['items'][number]>().toEqualTypeOf<Ref>();
    const vms = () => em.query({ type: 'VmRestorePoint', format: 'Entities' });
    expectTypeOf<Awaited<ReturnType<typeof vms>>['items'][number]>().toEqualTypeOf<Normalized<components['schemas']['VmRestorePoint']>>();
    expectTypeOf<QueryEntity<'VmRestorePoint'>>().toHaveProperty('CreationTimeUTC');
    const files = () => em.query({ type: 'BackupFile', format: 'Entities' });
    expectTypeOf<Awaited<ReturnType<typeof files>>['items'][number]>().toEqualTypeOf<Normalized<components['schemas']['BackupFile']>>();
  });

  it('iterateQuery yields the same item types', () => {
    const vms = () => em.iterateQuery({ type: 'VmRestorePoint', format: 'Entities' });
    expectTypeOf<ReturnType<typeof vms>>().toEqualTypeOf<AsyncGenerator<QueryEntity<'VmRestorePoint'>, void, undefined>>();
    const refs = () => em.iterateQuery({ type: 'Backup' });
    expectTypeOf<ReturnType<typeof refs>>().toEqualTypeOf<AsyncGenerator<Ref, void, undefined>>();
  });

  it('a type or format the spec does not list does not compile', () => {
    // @ts-expect-error Job is an EM query type this spec does not describe
    const job = () => em.query({ type: 'Job' });
    // @ts-expect-error the format is Entities (plural)
    const entity = () => em.query({ type: 'Backup', format: 'Entity' });
    expect([job, entity]).toHaveLength(2);
  });

  it('sorting names a field of the type', () => {
    const ok = () => em.query({ type: 'VmRestorePoint', sort: { desc: 'CreationTime' } });
    // @ts-expect-error VmDisplayName is a field of VmRestorePoint, not of RestorePoint
    const other = () => em.query({ type: 'RestorePoint', sort: { desc: 'VmDisplayName' } });
    // @ts-expect-error one direction only
    const both = () => em.query({ type: 'RestorePoint', sort: { asc: 'Name', desc: 'Name' } });
    expect([ok, other, both]).toHaveLength(3);
  });

  it('filters take the fields of their type, and values of each field kind', () => {
    const vm = where('VmRestorePoint');
    expectTypeOf(vm.field('CreationTime').gte).parameter(0).toEqualTypeOf<Date>();
    expectTypeOf(vm.field('Algorithm').eq).parameter(0).toEqualTypeOf<'Full' | 'ReversedIncremental' | 'Incremental' | 'SyntheticFull'>();
    expectTypeOf(vm.field('VmDisplayName').eq).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(where('BackupServer').field('Port').gt).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(vm.field('UID').eq('x')).toEqualTypeOf<Filter<'VmRestorePoint'>>();

    // @ts-expect-error no field BackupDate on VmRestorePoint
    refused(() => vm.field('BackupDate'), /^VmRestorePoint has no queryable field "BackupDate"; expected one of UID, Name, CreationTime, /);
    // @ts-expect-error a date field takes a Date, so that the client writes it in UTC
    refused(() => vm.field('CreationTime').gte('2019-01-01'), /^VmRestorePoint\.CreationTime compares with a valid Date \(written in UTC\); got "2019-01-01"\.$/);
    refused(() => vm.field('CreationTime').gte(new Date(Number.NaN)), /got an invalid Date\.$/);
    // @ts-expect-error Differential is not an Algorithm
    refused(() => vm.field('Algorithm').eq('Differential'), /^VmRestorePoint\.Algorithm compares with one of Full, ReversedIncremental, Incremental, SyntheticFull; got "Differential"\.$/);
    // @ts-expect-error Port is a number
    refused(() => where('BackupServer').field('Port').eq('9392'), /^BackupServer\.Port compares with a whole number; got "9392"\.$/);
    refused(() => where('BackupServer').field('Port').eq(93.5), /got 93\.5\.$/);
    // @ts-expect-error text fields take text
    refused(() => vm.field('VmDisplayName').eq(7), /compares with text; got 7\.$/);
    // @ts-expect-error no query type Vm
    refused(() => where('Vm'), /^where\(\) takes a query type, one of RestorePoint, /);
  });

  it('filters of different types do not mix, in and/or nor in a query', () => {
    const rp = where('RestorePoint').field('BackupName').eq('Backup Job 1');
    const vm = where('VmRestorePoint').field('VmDisplayName').eq('winsrv01');
    // @ts-expect-error a RestorePoint filter and a VmRestorePoint filter
    refused(() => and(rp, vm), /^and\(\) cannot join a RestorePoint filter with a VmRestorePoint filter: a query has one type\.$/);
    // @ts-expect-error the same through the method
    refused(() => rp.or(vm), /^or\(\) cannot join a RestorePoint filter with a VmRestorePoint filter/);
    // @ts-expect-error a VmRestorePoint filter in a RestorePoint query
    const wrong = () => em.query({ type: 'RestorePoint', filter: vm });
    const text = () => em.query({ type: 'RestorePoint', filter: 'BackupName==x' });
    expect([wrong, text, or(rp, rp)]).toHaveLength(3);
  });
});
