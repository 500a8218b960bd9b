// Which property of a schema is its collection: the one array of the root (EntityReferences.Refs), read from the descriptor.
import type { PropertyDescriptor } from '../descriptor.ts';
import { schemaOf } from '../normalize.ts';

export interface Collection {
  /** Position of the array among the schema's properties. */
  index: number;
  property: PropertyDescriptor;
}

export function collectionOf(schemaName: string): Collection {
  const properties = schemaOf(schemaName).properties;
  const arrays = properties.filter((property) => property.type === 'array');
  if (arrays.length !== 1) throw new Error(`schema ${schemaName} has ${arrays.length} array properties; streaming needs exactly one`);
  return { index: properties.indexOf(arrays[0]!), property: arrays[0]! };
}
