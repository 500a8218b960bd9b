// Which alternative of a oneOf/anyOf a value takes, for the encoder and the JSON reader: by discriminator, else the
// first alternative the value fits (its type, required properties and constant values) that keeps all of its keys.
import { CodecError, invalid } from './errors.ts';
import type { Model, UnionModel } from './model/types.ts';
import type { Context } from './options.ts';
import { fitsScalar } from './scalar.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` has the shape of `model` (not a full validation: enough to choose an alternative). */
export function fits(model: Model, value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  switch (model.kind) {
    case 'any':
      return true;
    case 'scalar':
      return fitsScalar(model, value);
    case 'array':
      return Array.isArray(value) && value.every((item) => item === null || fits(model.items, item, depth + 1));
    case 'tuple':
      return Array.isArray(value) && value.length === model.items.length && model.items.every((item, i) => (value[i] === null ? item.nullable : fits(item.model, value[i], depth + 1)));
    case 'union':
      return model.options.some((o) => fits(o.model, value, depth + 1));
    case 'object':
      return (
        isRecord(value) &&
        model.fields.every((f) => {
          const v = Object.hasOwn(value, f.key) ? value[f.key] : undefined;
          if (v === undefined) return !f.required || (f.item !== undefined && !f.wrapped);
          if (v === null) return f.nullable || f.item !== undefined;
          return fits(f.model, v, depth + 1);
        })
      );
  }
}

/** The index of the alternative `value` takes. */
export function choose(model: UnionModel, value: unknown, path: string): number {
  if (model.discriminator && isRecord(value) && typeof value[model.discriminator.key] === 'string') {
    const tag = value[model.discriminator.key] as string;
    const index = model.discriminator.mapping.get(tag);
    if (index === undefined) throw invalid(`${path}.${model.discriminator.key}`, `one of ${[...model.discriminator.mapping.keys()].join(', ')}`, tag);
    return index;
  }
  const fitting = model.options.flatMap((o, i) => (fits(o.model, value) ? [i] : []));
  if (fitting.length === 0) throw invalid(path, `a value that fits one of ${model.options.map((o) => o.label).join(', ')}`, value);
  // An alternative that fits only by leaving out some of the value's keys (an absent nullable list reads as null) would drop them.
  return fitting.find((i) => keepsEveryKey(model.options[i]!.model, value)) ?? fitting[0]!;
}

/** Whether encoding `value` as `model` writes every key it has: not an object, or one whose fields (or extras) take them all. */
function keepsEveryKey(model: Model, value: unknown): boolean {
  if (model.kind !== 'object' || !isRecord(value) || model.additional !== undefined) return true;
  const keys = new Set(model.fields.map((f) => f.key));
  return Object.keys(value).every((key) => keys.has(key));
}

/**
 * The first alternative that reads without an `invalid` error, in document order (what a decoder does without a
 * discriminator): strict-mode findings of the alternatives tried before it are dropped, and every reason is kept for
 * the error when none reads.
 */
export function firstThatReads<T>(model: UnionModel, path: string, context: Context, read: (option: Model) => T): T {
  const reasons: string[] = [];
  const choosing = context.choosing;
  for (const option of model.options) {
    const mark = context.unknown.length;
    context.choosing = true;
    try {
      return read(option.model);
    } catch (error) {
      if (!(error instanceof CodecError) || error.code !== 'invalid') throw error;
      context.unknown.length = mark;
      reasons.push(`${option.label}: ${error.message}`);
    } finally {
      context.choosing = choosing;
    }
  }
  throw new CodecError('invalid', `Invalid value at ${path}: it fits none of the alternatives of ${model.title} (${reasons.join(' | ')}).`, { path });
}
