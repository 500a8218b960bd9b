// The XML answer's value against the JSON answer's, both read by the spec: where they differ, as JSON pointers.

export interface Difference {
  pointer: string;
  xml: unknown;
  json: unknown;
}

const token = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function compare(xml: unknown, json: unknown, pointer = ''): Difference[] {
  if (Array.isArray(xml) && Array.isArray(json)) {
    if (xml.length !== json.length) return [{ pointer, xml: `${xml.length} items`, json: `${json.length} items` }];
    return xml.flatMap((item, i) => compare(item, json[i], `${pointer}/${i}`));
  }
  if (isObject(xml) && isObject(json)) {
    const keys = [...new Set([...Object.keys(xml), ...Object.keys(json)])];
    return keys.flatMap((key) => compare(xml[key], json[key], `${pointer}/${token(key)}`));
  }
  return Object.is(xml, json) ? [] : [{ pointer, xml, json }];
}
