// This file is generated from spec/ by tools/src/generate.ts (query service). Do not edit: run `pnpm generate`.

import type { QueryDescriptor } from '../query/descriptor.ts';

/** Per query type: where its entities sit in `Entities`, and its queryable fields (`x-em-query-fields`) with their kinds. */
export const query = {
  "path": "/query",
  "formats": [
    "Entities"
  ],
  "types": {
    "RestorePoint": {
      "list": "RestorePoints",
      "items": "RestorePoints",
      "entity": "RestorePoint",
      "fields": {
        "UID": {
          "kind": "string"
        },
        "Name": {
          "kind": "string"
        },
        "CreationTime": {
          "kind": "date"
        },
        "BackupUid": {
          "kind": "string"
        },
        "BackupName": {
          "kind": "string"
        },
        "BackupServerUid": {
          "kind": "string"
        },
        "BackupServerName": {
          "kind": "string"
        }
      }
    },
    "VmRestorePoint": {
      "list": "VmRestorePoints",
      "items": "VmRestorePoints",
      "entity": "VmRestorePoint",
      "fields": {
        "UID": {
          "kind": "string"
        },
        "Name": {
          "kind": "string"
        },
        "CreationTime": {
          "kind": "date"
        },
        "Type": {
          "kind": "enum",
          "values": [
            "Full",
            "Increment",
            "ReverseIncrement"
          ]
        },
        "Algorithm": {
          "kind": "enum",
          "values": [
            "Full",
            "ReversedIncremental",
            "Incremental",
            "SyntheticFull"
          ]
        },
        "RestorePointId": {
          "kind": "string"
        },
        "RestorePointName": {
          "kind": "string"
        },
        "VmDisplayName": {
          "kind": "string"
        },
        "BackupServerUid": {
          "kind": "string"
        },
        "BackupServerName": {
          "kind": "string"
        }
      }
    },
    "VAppRestorePoint": {
      "list": "VAppRestorePoints",
      "items": "VAppRestorePoints",
      "entity": "VAppRestorePoint",
      "fields": {
        "UID": {
          "kind": "string"
        },
        "Name": {
          "kind": "string"
        },
        "CreationTime": {
          "kind": "date"
        },
        "Type": {
          "kind": "enum",
          "values": [
            "Full",
            "Increment",
            "ReverseIncrement"
          ]
        },
        "Algorithm": {
          "kind": "enum",
          "values": [
            "Full",
            "ReversedIncremental",
            "Incremental",
            "SyntheticFull"
          ]
        },
        "RestorePointId": {
          "kind": "string"
        },
        "VAppDisplayName": {
          "kind": "string"
        },
        "BackupServerUid": {
          "kind": "string"
        },
        "BackupServerName": {
          "kind": "string"
        }
      }
    },
    "Backup": {
      "list": "Backups",
      "items": "Backups",
      "entity": "Backup",
      "fields": {
        "UID": {
          "kind": "string"
        },
        "Name": {
          "kind": "string"
        },
        "JobUid": {
          "kind": "string"
        },
        "JobName": {
          "kind": "string"
        },
        "RepositoryUid": {
          "kind": "string"
        },
        "RepositoryName": {
          "kind": "string"
        },
        "Platform": {
          "kind": "enum",
          "values": [
            "VMware",
            "HyperV",
            "vCloud",
            "AgentForLinux",
            "AgentForWindows",
            "CustomPlatform"
          ]
        },
        "BackupType": {
          "kind": "enum",
          "values": [
            "Standard",
            "ParentBackup",
            "ChildBackup"
          ]
        }
      }
    },
    "BackupServer": {
      "list": "BackupServers",
      "items": "BackupServers",
      "entity": "BackupServer",
      "fields": {
        "UID": {
          "kind": "string"
        },
        "Name": {
          "kind": "string"
        },
        "Description": {
          "kind": "string"
        },
        "IpOrDnsName": {
          "kind": "string"
        },
        "Port": {
          "kind": "integer"
        },
        "Version": {
          "kind": "string"
        }
      }
    },
    "BackupFile": {
      "list": "BackupFiles",
      "items": "BackupFiles",
      "entity": "BackupFile",
      "fields": {
        "UID": {
          "kind": "string"
        },
        "Name": {
          "kind": "string"
        },
        "CreationTimeUTC": {
          "kind": "date"
        },
        "BackupSize": {
          "kind": "integer"
        },
        "DataSize": {
          "kind": "integer"
        },
        "CompressRatio": {
          "kind": "number"
        },
        "FileType": {
          "kind": "enum",
          "values": [
            "vbk",
            "vib",
            "vrb"
          ]
        },
        "BackupUid": {
          "kind": "string"
        },
        "BackupName": {
          "kind": "string"
        },
        "BackupServerUid": {
          "kind": "string"
        },
        "BackupServerName": {
          "kind": "string"
        }
      }
    }
  }
} as const satisfies QueryDescriptor;
