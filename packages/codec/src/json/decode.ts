// Parsed JSON → the same normalised value the XML path gives, following the model.
import { choose, firstThatReads } from '../choose.ts';
import { invalid } from '../errors.ts';
import type { Model } from '../model/types.ts';
import type { Context } from '../options.ts';
import { put } from '../own.ts';
import { BIG_INTEGER, readJsonScalar } from '../scalar.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function normalize(model: Model, value: unknown, nullable: boolean, path: string, context: Context): unknown {
  if (value === null) {
    if (nullable) return null;
    throw invalid(path, 'a value (the schema does not allow null)', null);
  }
  switch (model.kind) {
    case 'scalar':
      return readJsonScalar(model, value, path);
    case 'any':
      return unmark(value);
    case 'array':
      if (!Array.isArray(value)) throw invalid(path, 'an array', value);
      return value.map((item, i) => normalize(model.items, item, true, `${path}[${i}]`, context));
    case 'tuple':
      if (!Array.isArray(value) || value.length !== model.items.length) throw invalid(path, `an array of ${model.items.length} items`, value);
      return model.items.map((item, i) => normalize(item.model, value[i], item.nullable, `${path}[${i}]`, context));
    case 'union': {
      if (model.discriminator) return normalize(model.options[choose(model, value, path)]!.model, value, nullable, path, context);
      return firstThatReads(model, path, context, (option) => normalize(option, value, nullable, path, context));
    }
    case 'object': {
      if (!isRecord(value)) throw invalid(path, `an object (${model.title})`, value);
      const out: Record<string, unknown> = {};
      for (const field of model.fields) {
        const at = `${path}.${field.key}`;
        let raw = Object.hasOwn(value, field.key) ? value[field.key] : undefined;
        const array = field.item !== undefined;
        if (array && context.emptyArrays) {
          if (raw === undefined && field.required && context.choosing) throw invalid(at, 'a value (required)', undefined);
          // EM sends null or nothing for an empty collection, and some serialisers a lone item without its array.
          raw = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
        }
        if (raw === undefined) {
          if (array && !field.wrapped) put(out, field.key, []);
          else if (field.nullable && !array) put(out, field.key, null);
          else if (field.required) throw invalid(at, 'a value (required)', undefined);
          continue;
        }
        if (array && raw !== null) {
          if (!Array.isArray(raw)) throw invalid(at, 'an array', raw);
          const items = field.model.kind === 'array' ? field.model.items : field.model;
          put(out, field.key, raw.map((item, i) => normalize(items, item, field.item!.nullable, `${at}[${i}]`, context)));
        } else put(out, field.key, normalize(field.model, raw, field.nullable, at, context));
      }
      for (const key of Object.keys(value)) {
        if (model.fields.some((f) => f.key === key)) continue;
        if (model.additional) put(out, key, normalize(model.additional, value[key], true, `${path}.${key}`, context));
        else if (context.strict) context.unknown.push({ path: `${path}.${key}`, message: `the key ${key} is not in the schema` });
      }
      return out;
    }
  }
}

/** A schema-less value with big-integer marks turned back into decimal strings. */
function unmark(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith(BIG_INTEGER) ? value.slice(BIG_INTEGER.length) : value;
  if (Array.isArray(value)) return value.map(unmark);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) put(out, k, unmark(v));
    return out;
  }
  return value;
}
