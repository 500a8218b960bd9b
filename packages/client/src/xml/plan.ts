// The fast XML path's view of a schema: attributes and child elements by local name → property index (from the descriptor).
import type { PropertyDescriptor, SchemaDescriptor } from '../descriptor.ts';
import { schemaOf } from '../normalize.ts';

/** What an element name means inside one schema's element. */
export interface Role {
  kind: 'text' | 'object' | 'item' | 'wrapper';
  index: number;
  /** The schema of an object element or of array items. */
  plan?: Plan;
}

/** A schema compiled for lookups by local name: attributes and child elements → property index. */
export interface Plan {
  schema: SchemaDescriptor;
  attributes: Map<string, number>;
  elements: Map<string, Role>;
  /** For a wrapped array property: the item element name. */
  itemNames: (string | undefined)[];
}

const plans = new Map<string, Plan>();

export function planOf(name: string): Plan {
  const cached = plans.get(name);
  if (cached) return cached;
  const schema = schemaOf(name);
  const plan: Plan = { schema, attributes: new Map(), elements: new Map(), itemNames: [] };
  plans.set(name, plan); // before the children, so recursive schemas terminate
  const claim = (element: string, role: Role): void => {
    if (plan.elements.has(element)) throw new Error(`schema ${name}: two properties read the XML element <${element}>`);
    plan.elements.set(element, role);
  };
  schema.properties.forEach((property: PropertyDescriptor, index) => {
    if (property.type === 'array') {
      const item = planOf(property.schema!);
      if (property.xml.wrapped) {
        plan.itemNames[index] = property.xml.itemName!;
        claim(property.xml.name, { kind: 'wrapper', index, plan: item });
      } else {
        claim(property.xml.itemName!, { kind: 'item', index, plan: item });
      }
    } else if (property.xml.attribute) {
      plan.attributes.set(property.xml.name, index);
    } else if (property.type === 'object') {
      claim(property.xml.name, { kind: 'object', index, plan: planOf(property.schema!) });
    } else {
      claim(property.xml.name, { kind: 'text', index });
    }
  });
  return plan;
}

