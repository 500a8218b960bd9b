export type { And, Comparison, Filter, FilterValue, Operator, Or } from './ast.ts';
export { operators } from './ast.ts';
export { FilterError, type FilterErrorCode } from './errors.ts';
export { MAX_DEPTH, parseFilter } from './parse.ts';
export { printFilter, printValue } from './print.ts';
export { and, compare, eq, formatDate, ge, gt, le, lt, ne, or, type Scalar, value } from './build.ts';
export { type FieldKind, kindOf, type QueryField, type QueryFields, type ResolvedField, resolveField } from './fields.ts';
export { comparator, compareKeys, compileFilter, evaluate, type Key, keyOf, type Read } from './evaluate.ts';
