// The items of a decoded collection answer: the array of whichever form it took (EntityReferences.Refs, Backups.Backups, ...).
import type { CollectionForm } from '../descriptor.ts';

export function itemsOf(forms: readonly CollectionForm[], value: unknown): Record<string, unknown>[] {
  const answer = (value ?? {}) as Record<string, unknown>;
  const form = forms.find((f) => Array.isArray(answer[f.property]));
  return (form ? answer[form.property] : []) as Record<string, unknown>[];
}
