// Counts a JSON text's objects and arrays, or its values, before JSON.parse builds them: a body of `[]` weighs 16 times
// its bytes once built, and one of `0,` 4 times (8 bytes an item, twice while the array grows).

/**
 * Whether `text` holds more than `max` of the characters in `marks` outside strings: `{[` counts objects and arrays, `,`
 * values (every member and item but the first of its object or array).
 */
export function exceeds(text: string, marks: string, max: number): boolean {
  // Every mark, strings included: a few native searches for an ordinary body, which stays under `max`.
  let count = 0;
  for (const mark of marks) {
    for (let i = text.indexOf(mark); i >= 0 && count <= max; i = text.indexOf(mark, i + 1)) count++;
  }
  if (count <= max) return false;
  // Over: count again, skipping strings, so that marks in text cannot refuse a body.
  const codes = [...marks].map((mark) => mark.charCodeAt(0));
  count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (codes.includes(c) && ++count > max) return true;
  }
  return false;
}
