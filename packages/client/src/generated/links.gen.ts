// This file is generated from spec/ by tools/src/generate.ts (link types). Do not edit: run `pnpm generate`.

import type { components } from './schema.gen.ts';

/** Each link `Type` in the spec's examples → the schema of what its Href answers (tools/src/links.ts says how it is read). */
export const linkTargets = {
  "Backup": "Backup",
  "BackupFile": "BackupFile",
  "BackupFileReference": "BackupFileReference",
  "BackupFileReferenceList": "EntityReferences",
  "BackupReference": "BackupReference",
  "BackupReferenceList": "EntityReferences",
  "BackupServer": "BackupServer",
  "BackupServerReference": "BackupServerReference",
  "BackupServerReferenceList": "EntityReferences",
  "LogonSession": "LogonSession",
  "LogonSessionList": "LogonSessions",
  "RestorePoint": "RestorePoint",
  "RestorePointReference": "RestorePointReference",
  "RestorePointReferenceList": "EntityReferences",
  "VmRestorePoint": "VmRestorePoint",
  "VmRestorePointReference": "VmRestorePointReference",
  "VmRestorePointReferenceList": "EntityReferences"
} as const satisfies Record<string, keyof components['schemas']>;
