// Text from a server on its way into a report: secrets out, other origins' hostnames out, short.

const MAX_SAMPLE = 60;
const LONG_SECRET = 8;
const URL_ORIGIN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/"'<>?#:]+(?::\d+)?/gi;
// XML namespace names are URIs of these: they name no server, and the report needs them.
const NAMESPACE_ORIGINS = new Set(['http://www.veeam.com', 'http://www.w3.org']);

export class Scrubber {
  readonly #secrets = new Set<string>();
  readonly #origin: string;

  constructor(origin: string) {
    this.#origin = origin.toLowerCase();
  }

  /** A password, its Basic form, a session token: never printed. */
  keep(secret: string): void {
    if (secret.length === 0) return;
    for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]) this.#secrets.add(form);
  }

  /** `text` with secrets replaced by `[redacted]` and origins other than EM's by `<other origin>`. */
  text(text: string): string {
    let out = text;
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      // A short secret is taken out where it stands as a word, so that a password such as `p` does not garble the report.
      const pattern = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out = out.replace(new RegExp(secret.length >= LONG_SECRET ? pattern : `(?<![\\p{L}\\p{N}_])${pattern}(?![\\p{L}\\p{N}_])`, 'gu'), '[redacted]');
    }
    return out.replace(URL_ORIGIN, (origin) => (origin.toLowerCase() === this.#origin || NAMESPACE_ORIGINS.has(origin.toLowerCase()) ? origin : '<other origin>'));
  }

  /** A value as one short sample: JSON for non-strings, cut at 60 characters. */
  sample(value: unknown): string {
    const text = typeof value === 'string' ? value : value === undefined ? '(absent)' : JSON.stringify(value);
    const clean = this.text(text);
    return clean.length > MAX_SAMPLE ? `${clean.slice(0, MAX_SAMPLE - 1)}…` : clean;
  }
}
