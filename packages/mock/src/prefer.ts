// Prism's `Prefer` header (`code=404, example=Name, dynamic=true, seed=1`): read it, and change it before forwarding.
export type Preferences = Map<string, string>;

/** Parses `a=1, b=2` (also `;`-separated, values possibly quoted); keys are lower-cased, the first of a key wins. */
export function parsePrefer(header: string | string[] | undefined): Preferences {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const preferences: Preferences = new Map();
  for (const part of text.split(/[,;]/)) {
    const [key = '', ...rest] = part.split('=');
    const name = key.trim().toLowerCase();
    if (name === '' || preferences.has(name)) continue;
    preferences.set(name, rest.join('=').trim().replace(/^"(.*)"$/, '$1'));
  }
  return preferences;
}

export function formatPrefer(preferences: Preferences): string {
  return [...preferences].map(([key, value]) => (value === '' ? key : `${key}=${value}`)).join(', ');
}

/** Whether Prism generates this body: `example=` beats `dynamic`, which beats the server's `-d` (Prism's own precedence). */
export function isDynamic(preferences: Preferences, serverDynamic: boolean): boolean {
  if (preferences.has('example')) return false;
  const dynamic = preferences.get('dynamic');
  return dynamic === undefined ? serverDynamic : dynamic === 'true';
}
