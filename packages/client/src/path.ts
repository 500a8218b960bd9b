// Path parameters are one encoded segment each: they can never add segments, a query or a fragment.
import { EmError } from './errors.ts';

const PARAM = /\{([^{}]+)\}/g;

export function serializePath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(PARAM, (_, name: string) => {
    const value = params?.[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new EmError('invalid-argument', `Path parameter ${name} must be a string or a number; got ${value === null ? 'null' : typeof value}.`);
    }
    const text = String(value);
    // URL parsers resolve `.` and `..` (even percent-encoded) as path steps, so no encoding makes them safe.
    if (text === '' || text === '.' || text === '..') {
      throw new EmError('invalid-argument', `Path parameter ${name} cannot be ${JSON.stringify(text)}; expected an identifier such as a UUID.`);
    }
    return encodeURIComponent(text);
  });
}
