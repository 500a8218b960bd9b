// Counts a JSON text's objects and arrays before JSON.parse builds them: a body of `[]` weighs 16 times its bytes once built.

/** Whether `text` holds more than `max` objects and arrays (brackets inside strings do not count). */
export function exceedsNodes(text: string, max: number): boolean {
  // Every `{` and `[`, strings included: a few native searches for an ordinary body, which stays under `max`.
  let count = 0;
  for (let i = text.indexOf('{'); i >= 0 && count <= max; i = text.indexOf('{', i + 1)) count++;
  for (let i = text.indexOf('['); i >= 0 && count <= max; i = text.indexOf('[', i + 1)) count++;
  if (count <= max) return false;
  // Over: count again, skipping strings, so that brackets in text cannot refuse a body.
  count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if ((c === 0x7b /* { */ || c === 0x5b) /* [ */ && ++count > max) return true;
  }
  return false;
}
