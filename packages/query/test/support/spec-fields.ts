// The queryable fields as the spec writes them (x-em-query-fields of QueryFilter.yaml): the tests' referee.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QueryFields } from '../../src/index.ts';

const file = new URL('../../../../spec/components/parameters/QueryFilter.yaml', import.meta.url);
const parameter = parse(readFileSync(file, 'utf8')) as { 'x-em-query-fields': Record<string, QueryFields>; examples: Record<string, { value: string }> };

export const specFields = parameter['x-em-query-fields'];
export const specExamples = Object.values(parameter.examples).map((example) => example.value);
