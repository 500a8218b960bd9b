// The link Type → schema map is read from the spec's examples, and generation refuses examples whose links contradict
// the spec: a Type that leads to two different answers, or to an answer whose own Type is another.
import { readFileSync } from 'node:fs';
import { renderCodec } from '@vbem/tools/generate';
import { describe, expect, it } from 'vitest';
import { bundlePath } from '../support/spec.ts';

type Link = { Rel: string; Href: string; Type?: string };
const fresh = () => JSON.parse(readFileSync(bundlePath, 'utf8'));
const linksOf = (spec: ReturnType<typeof fresh>, example: string): Link[] => spec.components.examples[example].value.Links;
const targets = (spec: unknown): Record<string, string> => {
  const file = renderCodec(spec).find((f) => f.path.endsWith('links.gen.ts'))!;
  return JSON.parse(/linkTargets = (\{[\s\S]*?\}) as const/.exec(file.contents)![1]!);
};

describe('link Types come from the examples’ links', () => {
  it('a new Type on a link of the examples is generated with the answer its Href names', () => {
    const spec = fresh();
    linksOf(spec, 'BackupReferenceJson').push({ Rel: 'Related', Href: 'https://localhost:9398/api/logonSessions', Type: 'MySessions' });
    expect(targets(spec)['MySessions']).toBe('LogonSessions');
    expect(targets(fresh())['MySessions']).toBeUndefined();
  });

  it('refuses a Type that leads to two different answers', () => {
    const spec = fresh();
    linksOf(spec, 'BackupReferenceJson').push({ Rel: 'Down', Href: 'https://localhost:9398/api/logonSessions', Type: 'RestorePointReferenceList' });
    expect(() => renderCodec(spec)).toThrow(/links of type RestorePointReferenceList lead to EntityReferences .* and to LogonSessions \(https:\/\/localhost:9398\/api\/logonSessions in example BackupReferenceJson\); a Type must name one answer/);
  });

  it('refuses a link whose Type is not the Type of the answer it leads to', () => {
    const spec = fresh();
    const alternate = linksOf(spec, 'BackupReferenceJson').find((link) => link.Rel === 'Alternate')!;
    alternate.Type = 'RestorePoint';
    expect(() => renderCodec(spec)).toThrow(/a link of type RestorePoint \(.*\/backups\/.*\?format=Entity in example BackupReferenceJson\) leads to Backup, whose Type is always Backup/);
  });
});
