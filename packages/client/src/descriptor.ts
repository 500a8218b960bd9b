// The shape of the codec descriptor that tools/ generates from the spec (src/generated/descriptor.gen.ts).

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

export interface PropertyDescriptor {
  /** The JSON key, also the spec's property name. */
  name: string;
  required: boolean;
  /** `null` is allowed in JSON; it reads as absent (scalars) or empty (arrays). */
  nullable: boolean;
  type: ScalarType | 'object' | 'array';
  /** The component schema of an object, or of the items of an array. */
  schema?: string;
  xml: {
    /** Attribute or element name; for a wrapped array, the wrapper element; for an unwrapped one, the repeated element. */
    name: string;
    attribute?: boolean;
    wrapped?: boolean;
    /** The element name of each item of an array. */
    itemName?: string;
  };
}

export interface SchemaDescriptor {
  name: string;
  xml: { name: string; namespace?: string };
  properties: PropertyDescriptor[];
}

export interface OperationDescriptor {
  method: string;
  /** The path template as in the spec, such as `/backups/{ID}/restorePoints`. */
  path: string;
  /** `basic`: HTTP Basic credentials (the logon); `session`: the X-RestSvcSessionId header; `none`: nothing. */
  auth: 'basic' | 'session' | 'none';
  /** Status code (or `default`) → the component schema of its body, or `null` when it has none. */
  responses: Record<string, string | null>;
  /** A GET whose 200 answer is a collection: each form it may take. */
  collection?: readonly CollectionForm[];
}

/** One form of a collection answer, such as `EntityReferences` (`Refs` of `Ref`) or `VmRestorePoints` (of `VmRestorePoint`). */
export interface CollectionForm {
  /** The component the whole answer reads as. */
  schema: string;
  /** Its one array property (the JSON key). */
  property: string;
  /** The component of each item. */
  item: string;
  /** The XML root element's local name: it tells the forms apart as an XML answer arrives. */
  root: string;
  /** The reference form (EM's answer without `format=Entity`); else a list of entities. */
  reference: boolean;
}
