import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { README, withCatalogue } from './readme.ts';

describe('the README catalogue is generated from the cases', () => {
  it('is up to date (fix: pnpm generate)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme === withCatalogue(readme), 'packages/client/README.md is out of date with test/hostile/cases: run `pnpm generate`').toBe(true);
  });

  it('lists every case', () => {
    const readme = readFileSync(README, 'utf8');
    for (const c of catalogue) expect(readme).toContain(`\`${c.id}\``);
  });
});
