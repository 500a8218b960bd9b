// How generated code names a schema's functions and quotes a property name.

/** A single-quoted TypeScript string literal of `text`. */
export const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A function-name part for a schema name (component names may hold `.` and `-`). */
export function identifier(schema: string): string {
  const safe = schema.replace(/[^A-Za-z0-9_$]/g, '_');
  return /^[0-9]/.test(safe) ? `_${safe}` : safe;
}

/** Throws when two schema names would get the same identifier. */
export function assertDistinct(names: string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const id = identifier(name);
    if (seen.has(id)) throw new Error(`schemas ${seen.get(id)} and ${name} would both be named ${id}`);
    seen.set(id, name);
  }
}
