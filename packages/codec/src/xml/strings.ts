// Strings of a decoded value as their own copies, equal ones shared, instead of slices of the text: V8 keeps a slice's
// whole text alive, so a value kept from a large body would hold the body's text as well as itself.

/**
 * Distinct strings one table holds before a fresh one starts. Small, so that each table dies young: 65,536 made tables
 * of megabytes, thrown away into old space, and raised a large body's peak by half its size. Sharing does not suffer, as
 * V8's own string table still holds the copies.
 */
const TABLE = 1 << 10;

/** A function that returns each string as an own copy, the same copy for equal strings within the last TABLE distinct ones. */
export function sharedStrings(): (text: string) => string {
  let table: Record<string, string> = Object.create(null);
  let size = 0;
  return (text) => {
    const seen = table[text];
    if (seen !== undefined) return seen;
    if (++size > TABLE) {
      table = Object.create(null);
      size = 1;
    }
    // Storing it as a key makes V8 copy it into its string table and point the slice at that copy (the text goes free).
    table[text] = text;
    return text;
  };
}
