import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPath, seedXmlExample, upstreamSeedPath } from '../support/seed.ts';
import { resolve, spec } from '../support/spec.ts';

const operation = spec.paths['/backups/{ID}/restorePoints']!['get']! as unknown as {
  description: string;
  parameters: { $ref: string }[];
  responses: Record<string, unknown>;
};
const example = (name: string) => spec.components.examples[name]!.value;

describe('the spec follows the reference page', () => {
  // Outside the workspace (a clone on its own) there is no original to compare with; the copy is then the reference.
  it.skipIf(!existsSync(upstreamSeedPath))('spec/seed/ holds the reference page as ../shared/seed/ has it', () => {
    expect(readFileSync(seedPath, 'utf8') === readFileSync(upstreamSeedPath, 'utf8'), 'spec/seed/restorePoints.txt differs from ../shared/seed/: copy it again').toBe(true);
  });

  it('200 XML example is the seed example byte for byte (… line dropped, NBSP read as space)', () => {
    expect(example('RestorePointsXml')).toBe(seedXmlExample());
  });

  it('keeps the double space of restore point names', () => {
    expect(example('RestorePointsXml')).toContain('Name="Jan 17 2019  5:21PM"');
  });

  it('describes every supported platform of the page', () => {
    const page = readFileSync(seedPath, 'utf8');
    const platforms = page
      .slice(page.indexOf('Supported Platforms'), page.indexOf('Request\n'))
      .split('\n')
      .filter((line) => line.trim().startsWith('•'))
      .map((line) => line.replace('•', '').trim());
    expect(platforms).toEqual(['VMware vSphere', 'VMware Cloud Director', 'Microsoft Hyper-V']);
    for (const platform of platforms) expect(operation.description).toContain(platform);
    expect(operation.description).toContain('Standard or\nChildBackup');
    expect(operation.description).toMatch(/No Accept header means XML/);
  });

  it("uses the page's backup ID as the ID parameter example", () => {
    const page = readFileSync(seedPath, 'utf8');
    const id = /api\/backups\/([0-9a-f-]{36})\/restorePoints/.exec(page)?.[1];
    const parameter = operation.parameters.map((p) => resolve<{ name: string; example?: string }>(p));
    expect(parameter.find((p) => p.name === 'ID')?.example).toBe(id);
  });
});
