// This file is generated from spec/ by tools/src/generate.ts (codec descriptor). Do not edit: run `pnpm generate`.

import type { OperationDescriptor, SchemaDescriptor } from '../descriptor.ts';

/**
 * How each schema of the compiled fast path reads in JSON and in XML (from its `xml` objects). The others are read by
 * @vbem/codec alone:
 * - Backup.Type: const
 * - BackupFile.Type: const
 * - BackupFileReference.Type: const
 * - BackupFileRepresentation: oneOf
 * - BackupFiles.BackupFiles: BackupFile is codec-only
 * - BackupFilesRepresentation: oneOf
 * - BackupReference.Type: const
 * - BackupRepresentation: oneOf
 * - BackupServer.Type: const
 * - BackupServerReference.Type: const
 * - BackupServerRepresentation: oneOf
 * - BackupServers.BackupServers: BackupServer is codec-only
 * - BackupServersRepresentation: oneOf
 * - Backups.Backups: Backup is codec-only
 * - BackupsRepresentation: oneOf
 * - Entities.Backups: oneOf
 * - Error.Status: nullable, so it reads as null when absent
 * - QueryResult.Refs: oneOf
 * - RestorePoint.Type: const
 * - RestorePointReference.Type: const
 * - RestorePointRepresentation: oneOf
 * - RestorePoints.RestorePoints: RestorePoint is codec-only
 * - RestorePointsRepresentation: oneOf
 * - VAppRestorePoint.Type: const
 * - VAppRestorePoints.VAppRestorePoints: VAppRestorePoint is codec-only
 * - VAppRestorePointsRepresentation: oneOf
 * - VmRestorePoint.Type: const
 * - VmRestorePointReference.Type: const
 * - VmRestorePointRepresentation: oneOf
 * - VmRestorePoints.VmRestorePoints: VmRestorePoint is codec-only
 * - VmRestorePointsRepresentation: oneOf
 */
export const schemas = {
  "Link": {
    "name": "Link",
    "xml": {
      "name": "Link",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "Href",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Href",
          "attribute": true
        }
      },
      {
        "name": "Name",
        "required": false,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Name",
          "attribute": true
        }
      },
      {
        "name": "Type",
        "required": false,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Type",
          "attribute": true
        }
      },
      {
        "name": "Rel",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Rel",
          "attribute": true
        }
      }
    ]
  },
  "SupportedVersion": {
    "name": "SupportedVersion",
    "xml": {
      "name": "SupportedVersion",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "Name",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Name",
          "attribute": true
        }
      },
      {
        "name": "Links",
        "required": false,
        "type": "array",
        "schema": "Link",
        "nullable": true,
        "xml": {
          "name": "Links",
          "wrapped": true,
          "itemName": "Link"
        }
      }
    ]
  },
  "SupportedVersionList": {
    "name": "SupportedVersionList",
    "xml": {
      "name": "SupportedVersions",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "SupportedVersions",
        "required": true,
        "type": "array",
        "schema": "SupportedVersion",
        "nullable": true,
        "xml": {
          "name": "SupportedVersion",
          "wrapped": false,
          "itemName": "SupportedVersion"
        }
      }
    ]
  },
  "EnterpriseManager": {
    "name": "EnterpriseManager",
    "xml": {
      "name": "EnterpriseManager",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "Links",
        "required": false,
        "type": "array",
        "schema": "Link",
        "nullable": true,
        "xml": {
          "name": "Links",
          "wrapped": true,
          "itemName": "Link"
        }
      },
      {
        "name": "SupportedVersions",
        "required": true,
        "type": "object",
        "schema": "SupportedVersionList",
        "nullable": false,
        "xml": {
          "name": "SupportedVersions"
        }
      }
    ]
  },
  "LogonSession": {
    "name": "LogonSession",
    "xml": {
      "name": "LogonSession",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "Href",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Href",
          "attribute": true
        }
      },
      {
        "name": "Type",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Type",
          "attribute": true
        }
      },
      {
        "name": "Links",
        "required": false,
        "type": "array",
        "schema": "Link",
        "nullable": true,
        "xml": {
          "name": "Links",
          "wrapped": true,
          "itemName": "Link"
        }
      },
      {
        "name": "UserName",
        "required": false,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "UserName",
          "attribute": false
        }
      },
      {
        "name": "SessionId",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "SessionId",
          "attribute": false
        }
      }
    ]
  },
  "LogonSessions": {
    "name": "LogonSessions",
    "xml": {
      "name": "LogonSessions",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "LogonSessions",
        "required": true,
        "type": "array",
        "schema": "LogonSession",
        "nullable": true,
        "xml": {
          "name": "LogonSession",
          "wrapped": false,
          "itemName": "LogonSession"
        }
      }
    ]
  },
  "Ref": {
    "name": "Ref",
    "xml": {
      "name": "Ref",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "UID",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "UID",
          "attribute": true
        }
      },
      {
        "name": "Name",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Name",
          "attribute": true
        }
      },
      {
        "name": "Href",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Href",
          "attribute": true
        }
      },
      {
        "name": "Type",
        "required": true,
        "type": "string",
        "nullable": false,
        "xml": {
          "name": "Type",
          "attribute": true
        }
      },
      {
        "name": "Links",
        "required": false,
        "type": "array",
        "schema": "Link",
        "nullable": true,
        "xml": {
          "name": "Links",
          "wrapped": true,
          "itemName": "Link"
        }
      }
    ]
  },
  "EntityReferences": {
    "name": "EntityReferences",
    "xml": {
      "name": "EntityReferences",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "Refs",
        "required": true,
        "type": "array",
        "schema": "Ref",
        "nullable": true,
        "xml": {
          "name": "Ref",
          "wrapped": false,
          "itemName": "Ref"
        }
      }
    ]
  },
  "PagingInfo": {
    "name": "PagingInfo",
    "xml": {
      "name": "PagingInfo",
      "namespace": "http://www.veeam.com/ent/v1.0"
    },
    "properties": [
      {
        "name": "Links",
        "required": false,
        "type": "array",
        "schema": "Link",
        "nullable": true,
        "xml": {
          "name": "Links",
          "wrapped": true,
          "itemName": "Link"
        }
      },
      {
        "name": "PageNum",
        "required": true,
        "type": "integer",
        "nullable": false,
        "xml": {
          "name": "PageNum",
          "attribute": true
        }
      },
      {
        "name": "PageSize",
        "required": true,
        "type": "integer",
        "nullable": false,
        "xml": {
          "name": "PageSize",
          "attribute": true
        }
      },
      {
        "name": "PagesCount",
        "required": true,
        "type": "integer",
        "nullable": false,
        "xml": {
          "name": "PagesCount",
          "attribute": true
        }
      }
    ]
  }
} as const satisfies Record<string, SchemaDescriptor>;

/** Each operation, keyed `METHOD /path/{template}`, with the schema of each response body. */
export const operations = {
  "GET /": {
    "method": "GET",
    "path": "/",
    "auth": "none",
    "responses": {
      "200": "EnterpriseManager",
      "400": "Error",
      "500": "Error"
    }
  },
  "POST /sessionMngr/": {
    "method": "POST",
    "path": "/sessionMngr/",
    "auth": "basic",
    "responses": {
      "201": "LogonSession",
      "401": "Error",
      "500": "Error"
    }
  },
  "GET /logonSessions": {
    "method": "GET",
    "path": "/logonSessions",
    "auth": "session",
    "responses": {
      "200": "LogonSessions",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "LogonSessions",
        "property": "LogonSessions",
        "item": "LogonSession",
        "root": "LogonSessions",
        "reference": false
      }
    ]
  },
  "GET /logonSessions/{ID}": {
    "method": "GET",
    "path": "/logonSessions/{ID}",
    "auth": "session",
    "responses": {
      "200": "LogonSession",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "DELETE /logonSessions/{ID}": {
    "method": "DELETE",
    "path": "/logonSessions/{ID}",
    "auth": "session",
    "responses": {
      "204": null,
      "401": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "GET /backupServers": {
    "method": "GET",
    "path": "/backupServers",
    "auth": "session",
    "responses": {
      "200": "BackupServersRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      },
      {
        "schema": "BackupServers",
        "property": "BackupServers",
        "item": "BackupServer",
        "root": "BackupServers",
        "reference": false
      }
    ]
  },
  "GET /backupServers/{ID}": {
    "method": "GET",
    "path": "/backupServers/{ID}",
    "auth": "session",
    "responses": {
      "200": "BackupServerRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "GET /backups": {
    "method": "GET",
    "path": "/backups",
    "auth": "session",
    "responses": {
      "200": "BackupsRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      },
      {
        "schema": "Backups",
        "property": "Backups",
        "item": "Backup",
        "root": "Backups",
        "reference": false
      }
    ]
  },
  "GET /backups/{ID}": {
    "method": "GET",
    "path": "/backups/{ID}",
    "auth": "session",
    "responses": {
      "200": "BackupRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "GET /backups/{ID}/restorePoints": {
    "method": "GET",
    "path": "/backups/{ID}/restorePoints",
    "auth": "session",
    "responses": {
      "200": "EntityReferences",
      "400": "Error",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      }
    ]
  },
  "GET /restorePoints": {
    "method": "GET",
    "path": "/restorePoints",
    "auth": "session",
    "responses": {
      "200": "RestorePointsRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      },
      {
        "schema": "RestorePoints",
        "property": "RestorePoints",
        "item": "RestorePoint",
        "root": "RestorePoints",
        "reference": false
      }
    ]
  },
  "GET /restorePoints/{ID}": {
    "method": "GET",
    "path": "/restorePoints/{ID}",
    "auth": "session",
    "responses": {
      "200": "RestorePointRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "GET /restorePoints/{ID}/vmRestorePoints": {
    "method": "GET",
    "path": "/restorePoints/{ID}/vmRestorePoints",
    "auth": "session",
    "responses": {
      "200": "VmRestorePointsRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      },
      {
        "schema": "VmRestorePoints",
        "property": "VmRestorePoints",
        "item": "VmRestorePoint",
        "root": "VmRestorePoints",
        "reference": false
      }
    ]
  },
  "GET /restorePoints/{ID}/vAppRestorePoints": {
    "method": "GET",
    "path": "/restorePoints/{ID}/vAppRestorePoints",
    "auth": "session",
    "responses": {
      "200": "VAppRestorePointsRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      },
      {
        "schema": "VAppRestorePoints",
        "property": "VAppRestorePoints",
        "item": "VAppRestorePoint",
        "root": "VAppRestorePoints",
        "reference": false
      }
    ]
  },
  "GET /restorePoints/{ID}/backupFiles": {
    "method": "GET",
    "path": "/restorePoints/{ID}/backupFiles",
    "auth": "session",
    "responses": {
      "200": "BackupFilesRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    },
    "collection": [
      {
        "schema": "EntityReferences",
        "property": "Refs",
        "item": "Ref",
        "root": "EntityReferences",
        "reference": true
      },
      {
        "schema": "BackupFiles",
        "property": "BackupFiles",
        "item": "BackupFile",
        "root": "BackupFiles",
        "reference": false
      }
    ]
  },
  "GET /vmRestorePoints/{ID}": {
    "method": "GET",
    "path": "/vmRestorePoints/{ID}",
    "auth": "session",
    "responses": {
      "200": "VmRestorePointRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "GET /backupFiles/{ID}": {
    "method": "GET",
    "path": "/backupFiles/{ID}",
    "auth": "session",
    "responses": {
      "200": "BackupFileRepresentation",
      "401": "Error",
      "403": "Error",
      "404": "Error",
      "500": "Error"
    }
  },
  "GET /query": {
    "method": "GET",
    "path": "/query",
    "auth": "session",
    "responses": {
      "200": "QueryResult",
      "400": "Error",
      "401": "Error",
      "403": "Error",
      "500": "Error"
    }
  }
} as const satisfies Record<string, OperationDescriptor>;

export type SchemaName = keyof typeof schemas;
