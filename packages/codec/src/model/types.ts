// The codec's model: an OpenAPI document's schemas compiled once into the XML placement of every value.
// Schemas (Model) are shared wherever they are referenced; names and namespaces depend on where a schema is used,
// so they live on the Field (or Root) that uses it.

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

export interface ScalarModel {
  kind: 'scalar';
  type: ScalarType;
  /** `int64` integers beyond 2^53 are read and written as decimal strings. */
  int64: boolean;
  /** `enum` / `const`, when the schema sets them. */
  allowed: readonly unknown[] | undefined;
}

/** An XML name in context: local name, namespace IRI (undefined: no namespace) and the preferred prefix. */
export interface XmlName {
  local: string;
  ns: string | undefined;
  prefix: string | undefined;
}

export type FieldNode = 'attribute' | 'element' | 'text';

export interface Field {
  /** The JSON property name. */
  key: string;
  model: Model;
  required: boolean;
  nullable: boolean;
  node: FieldNode;
  /** `text` fields written as CDATA (`nodeType: cdata`). */
  cdata: boolean;
  /** Attribute or element name; for a wrapped array, the wrapper; for an unwrapped one, the repeated item. */
  name: XmlName;
  /** For arrays: the name of each item element, and whether items may be `xsi:nil`. */
  item: { name: XmlName; nullable: boolean } | undefined;
  /** For arrays: whether a wrapper element holds the items. */
  wrapped: boolean;
}

export interface ObjectModel {
  kind: 'object';
  /** Where the schema is, for messages (`Pet`, `Pet.properties.category`). */
  title: string;
  fields: Field[];
  /** `additionalProperties`: a schema for extra child elements, or undefined when they are not part of the value. */
  additional: Model | undefined;
  /** The XML decoder's field lookup for the namespace it first read this object in (decode.ts keeps it here, as a WeakMap search cost 2 % of a decode). */
  lookup?: { ns: string | undefined; lookup: unknown };
}

export interface ArrayModel {
  kind: 'array';
  items: Model;
}

export interface UnionModel {
  kind: 'union';
  title: string;
  /** The alternatives in document order, each with the element name it has as a root (for choice by root element). */
  options: { model: Model; name: XmlName | undefined; label: string }[];
  discriminator: { key: string; mapping: Map<string, number> } | undefined;
}

/** `prefixItems` under an element: its content in order, each item an element or a text node. */
export interface TupleModel {
  kind: 'tuple';
  title: string;
  items: { model: Model; nullable: boolean; text: boolean; cdata: boolean; name: XmlName }[];
}

/** `{}` or `true`: any JSON value; in XML, text, or an object of its attributes and child elements. */
export interface AnyModel {
  kind: 'any';
}

export type Model = ScalarModel | ObjectModel | ArrayModel | TupleModel | UnionModel | AnyModel;

/** A component used as a document: its root element and its model. */
export interface Root {
  component: string;
  name: XmlName;
  /** The name was given (`xml.name`), not inferred from the component: a union root then keeps it. */
  named: boolean;
  model: Model;
  nullable: boolean;
  /** For a root array (a wrapper element): the name of each item. */
  item: { name: XmlName; nullable: boolean } | undefined;
}
