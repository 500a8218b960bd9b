// This file is generated from spec/ by tools/src/generate.ts (the schemas for @vbem/codec). Do not edit: run `pnpm generate`.

import type { OpenApiDocument } from '@vbem/codec';

/** The part of the spec that bodies are read by: its schemas, and any response schema written in place. */
export const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "components": {
    "schemas": {
      "Link": {
        "type": "object",
        "xml": {
          "name": "Link",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Rel"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Rel": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          }
        }
      },
      "SupportedVersion": {
        "type": "object",
        "xml": {
          "name": "SupportedVersion",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Name"
        ],
        "properties": {
          "Name": {
            "type": "string",
            "pattern": "^v[0-9]+_[0-9]+$",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "SupportedVersionList": {
        "type": "object",
        "xml": {
          "name": "SupportedVersions",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "SupportedVersions"
        ],
        "properties": {
          "SupportedVersions": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "SupportedVersion"
            },
            "items": {
              "$ref": "#/components/schemas/SupportedVersion"
            }
          }
        }
      },
      "EnterpriseManager": {
        "type": "object",
        "xml": {
          "name": "EnterpriseManager",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "SupportedVersions"
        ],
        "properties": {
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "SupportedVersions": {
            "$ref": "#/components/schemas/SupportedVersionList"
          }
        }
      },
      "Error": {
        "type": "object",
        "xml": {
          "name": "Error",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Message",
          "StatusCode"
        ],
        "properties": {
          "Message": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "StatusCode": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599,
            "xml": {
              "attribute": true
            }
          },
          "Status": {
            "type": [
              "string",
              "null"
            ],
            "xml": {
              "attribute": true
            }
          },
          "FirstChanceExceptionMessage": {
            "type": [
              "string",
              "null"
            ]
          },
          "StackTrace": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "LogonSession": {
        "type": "object",
        "xml": {
          "name": "LogonSession",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "SessionId",
          "Href",
          "Type"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "UserName": {
            "type": "string"
          },
          "SessionId": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "LogonSessions": {
        "type": "object",
        "xml": {
          "name": "LogonSessions",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "LogonSessions"
        ],
        "properties": {
          "LogonSessions": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "LogonSession"
            },
            "items": {
              "$ref": "#/components/schemas/LogonSession"
            }
          }
        }
      },
      "Ref": {
        "type": "object",
        "xml": {
          "name": "Ref",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "UID",
          "Name",
          "Href",
          "Type"
        ],
        "properties": {
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "pattern": "^[A-Za-z]+Reference$",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "EntityReferences": {
        "type": "object",
        "xml": {
          "name": "EntityReferences",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Refs"
        ],
        "properties": {
          "Refs": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Ref"
            },
            "items": {
              "$ref": "#/components/schemas/Ref"
            }
          }
        }
      },
      "BackupServer": {
        "type": "object",
        "xml": {
          "name": "BackupServer",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Type",
          "Name",
          "UID",
          "Port",
          "Version"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "BackupServer",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:BackupServer:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "Description": {
            "type": "string",
            "xml": {
              "name": "Description"
            }
          },
          "Port": {
            "type": "integer",
            "minimum": 0,
            "maximum": 65535,
            "xml": {
              "name": "Port"
            }
          },
          "Version": {
            "type": "string",
            "pattern": "^[0-9]+\\.[0-9]+(\\.[0-9]+)?(\\.[0-9]+)?$",
            "xml": {
              "name": "Version"
            }
          },
          "WcfPort": {
            "type": "integer",
            "minimum": 0,
            "maximum": 65535,
            "xml": {
              "name": "WcfPort"
            }
          },
          "VbrCertificateThumbprint": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{40}$",
            "xml": {
              "name": "VbrCertificateThumbprint"
            }
          }
        }
      },
      "BackupServers": {
        "type": "object",
        "xml": {
          "name": "BackupServers",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "BackupServers"
        ],
        "properties": {
          "BackupServers": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "BackupServer"
            },
            "items": {
              "$ref": "#/components/schemas/BackupServer"
            }
          }
        }
      },
      "BackupServersRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/EntityReferences"
          },
          {
            "$ref": "#/components/schemas/BackupServers"
          }
        ]
      },
      "BackupServerReference": {
        "type": "object",
        "xml": {
          "name": "EntityRef",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "UID",
          "Name",
          "Href",
          "Type"
        ],
        "properties": {
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:BackupServer:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "BackupServerReference",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "BackupServerRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/BackupServerReference"
          },
          {
            "$ref": "#/components/schemas/BackupServer"
          }
        ],
        "discriminator": {
          "propertyName": "Type",
          "mapping": {
            "BackupServerReference": "#/components/schemas/BackupServerReference",
            "BackupServer": "#/components/schemas/BackupServer"
          }
        }
      },
      "Backup": {
        "type": "object",
        "xml": {
          "name": "Backup",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Type",
          "Name",
          "UID"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "Backup",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:Backup:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "Platform": {
            "type": "string",
            "enum": [
              "VMware",
              "HyperV",
              "vCloud",
              "AgentForLinux",
              "AgentForWindows",
              "CustomPlatform"
            ],
            "xml": {
              "name": "Platform"
            }
          },
          "BackupType": {
            "type": "string",
            "enum": [
              "Standard",
              "ParentBackup",
              "ChildBackup"
            ],
            "xml": {
              "name": "BackupType"
            }
          }
        }
      },
      "Backups": {
        "type": "object",
        "xml": {
          "name": "Backups",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Backups"
        ],
        "properties": {
          "Backups": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Backup"
            },
            "items": {
              "$ref": "#/components/schemas/Backup"
            }
          }
        }
      },
      "BackupsRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/EntityReferences"
          },
          {
            "$ref": "#/components/schemas/Backups"
          }
        ]
      },
      "BackupReference": {
        "type": "object",
        "xml": {
          "name": "EntityRef",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "UID",
          "Name",
          "Href",
          "Type"
        ],
        "properties": {
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:Backup:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "BackupReference",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "BackupRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/BackupReference"
          },
          {
            "$ref": "#/components/schemas/Backup"
          }
        ],
        "discriminator": {
          "propertyName": "Type",
          "mapping": {
            "BackupReference": "#/components/schemas/BackupReference",
            "Backup": "#/components/schemas/Backup"
          }
        }
      },
      "RestorePoint": {
        "type": "object",
        "xml": {
          "name": "RestorePoint",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Type",
          "Name",
          "UID",
          "BackupDateUTC"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "RestorePoint",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:RestorePoint:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "BackupDateUTC": {
            "type": "string",
            "format": "date-time",
            "xml": {
              "name": "BackupDateUTC"
            }
          }
        }
      },
      "RestorePoints": {
        "type": "object",
        "xml": {
          "name": "RestorePoints",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "RestorePoints"
        ],
        "properties": {
          "RestorePoints": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "RestorePoint"
            },
            "items": {
              "$ref": "#/components/schemas/RestorePoint"
            }
          }
        }
      },
      "RestorePointsRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/EntityReferences"
          },
          {
            "$ref": "#/components/schemas/RestorePoints"
          }
        ]
      },
      "RestorePointReference": {
        "type": "object",
        "xml": {
          "name": "EntityRef",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "UID",
          "Name",
          "Href",
          "Type"
        ],
        "properties": {
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:RestorePoint:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "RestorePointReference",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "RestorePointRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/RestorePointReference"
          },
          {
            "$ref": "#/components/schemas/RestorePoint"
          }
        ],
        "discriminator": {
          "propertyName": "Type",
          "mapping": {
            "RestorePointReference": "#/components/schemas/RestorePointReference",
            "RestorePoint": "#/components/schemas/RestorePoint"
          }
        }
      },
      "VmRestorePoint": {
        "type": "object",
        "xml": {
          "name": "VmRestorePoint",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Type",
          "Name",
          "UID",
          "CreationTimeUTC",
          "VmName",
          "Algorithm",
          "PointType",
          "HierarchyObjRef"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "VmRestorePoint",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:VmRestorePoint:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "VmDisplayName": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "CreationTimeUTC": {
            "type": "string",
            "format": "date-time",
            "xml": {
              "name": "CreationTimeUTC"
            }
          },
          "VmName": {
            "type": "string",
            "xml": {
              "name": "VmName"
            }
          },
          "Algorithm": {
            "type": "string",
            "enum": [
              "Full",
              "ReversedIncremental",
              "Incremental",
              "SyntheticFull"
            ],
            "xml": {
              "name": "Algorithm"
            }
          },
          "PointType": {
            "type": "string",
            "enum": [
              "Full",
              "Increment",
              "ReverseIncrement"
            ],
            "xml": {
              "name": "PointType"
            }
          },
          "HierarchyObjRef": {
            "type": "string",
            "pattern": "^urn:[A-Za-z]+:[A-Za-z]+:.+$",
            "xml": {
              "name": "HierarchyObjRef"
            }
          }
        }
      },
      "VmRestorePoints": {
        "type": "object",
        "xml": {
          "name": "VmRestorePoints",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "VmRestorePoints"
        ],
        "properties": {
          "VmRestorePoints": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "VmRestorePoint"
            },
            "items": {
              "$ref": "#/components/schemas/VmRestorePoint"
            }
          }
        }
      },
      "VmRestorePointsRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/EntityReferences"
          },
          {
            "$ref": "#/components/schemas/VmRestorePoints"
          }
        ]
      },
      "VAppRestorePoint": {
        "type": "object",
        "xml": {
          "name": "VAppRestorePoint",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Type",
          "Name",
          "UID",
          "CreationTimeUTC",
          "Algorithm",
          "PointType",
          "HierarchyObjRef"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "VAppRestorePoint",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:VAppRestorePoint:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "VAppDisplayName": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "CreationTimeUTC": {
            "type": "string",
            "format": "date-time",
            "xml": {
              "name": "CreationTimeUTC"
            }
          },
          "VAppName": {
            "type": "string",
            "xml": {
              "name": "VAppName"
            }
          },
          "Algorithm": {
            "type": "string",
            "enum": [
              "Full",
              "ReversedIncremental",
              "Incremental",
              "SyntheticFull"
            ],
            "xml": {
              "name": "Algorithm"
            }
          },
          "PointType": {
            "type": "string",
            "enum": [
              "Full",
              "Increment",
              "ReverseIncrement"
            ],
            "xml": {
              "name": "PointType"
            }
          },
          "HierarchyObjRef": {
            "type": "string",
            "pattern": "^urn:[A-Za-z]+:[A-Za-z]+:.+$",
            "xml": {
              "name": "HierarchyObjRef"
            }
          }
        }
      },
      "VAppRestorePoints": {
        "type": "object",
        "xml": {
          "name": "VAppRestorePoints",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "VAppRestorePoints"
        ],
        "properties": {
          "VAppRestorePoints": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "VAppRestorePoint"
            },
            "items": {
              "$ref": "#/components/schemas/VAppRestorePoint"
            }
          }
        }
      },
      "VAppRestorePointsRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/EntityReferences"
          },
          {
            "$ref": "#/components/schemas/VAppRestorePoints"
          }
        ]
      },
      "BackupFile": {
        "type": "object",
        "xml": {
          "name": "BackupFile",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "Href",
          "Type",
          "Name",
          "UID",
          "FilePath",
          "BackupSize",
          "DataSize",
          "CreationTimeUtc",
          "FileType"
        ],
        "properties": {
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "BackupFile",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:BackupFile:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "FilePath": {
            "type": "string",
            "xml": {
              "name": "FilePath"
            }
          },
          "BackupSize": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "xml": {
              "name": "BackupSize"
            }
          },
          "DataSize": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "xml": {
              "name": "DataSize"
            }
          },
          "DeduplicationRatio": {
            "type": "number",
            "format": "double",
            "minimum": 0,
            "xml": {
              "name": "DeduplicationRatio"
            }
          },
          "CompressRatio": {
            "type": "number",
            "format": "double",
            "minimum": 0,
            "xml": {
              "name": "CompressRatio"
            }
          },
          "CreationTimeUtc": {
            "type": "string",
            "format": "date-time",
            "xml": {
              "name": "CreationTimeUtc"
            }
          },
          "FileType": {
            "type": "string",
            "enum": [
              "vbk",
              "vib",
              "vrb"
            ],
            "xml": {
              "name": "FileType"
            }
          }
        }
      },
      "BackupFiles": {
        "type": "object",
        "xml": {
          "name": "BackupFiles",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "BackupFiles"
        ],
        "properties": {
          "BackupFiles": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "BackupFile"
            },
            "items": {
              "$ref": "#/components/schemas/BackupFile"
            }
          }
        }
      },
      "BackupFilesRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/EntityReferences"
          },
          {
            "$ref": "#/components/schemas/BackupFiles"
          }
        ]
      },
      "VmRestorePointReference": {
        "type": "object",
        "xml": {
          "name": "EntityRef",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "UID",
          "Name",
          "Href",
          "Type"
        ],
        "properties": {
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:VmRestorePoint:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "VmRestorePointReference",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "VmRestorePointRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/VmRestorePointReference"
          },
          {
            "$ref": "#/components/schemas/VmRestorePoint"
          }
        ],
        "discriminator": {
          "propertyName": "Type",
          "mapping": {
            "VmRestorePointReference": "#/components/schemas/VmRestorePointReference",
            "VmRestorePoint": "#/components/schemas/VmRestorePoint"
          }
        }
      },
      "BackupFileReference": {
        "type": "object",
        "xml": {
          "name": "EntityRef",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "UID",
          "Name",
          "Href",
          "Type"
        ],
        "properties": {
          "UID": {
            "type": "string",
            "pattern": "^urn:veeam:BackupFile:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "xml": {
              "attribute": true
            }
          },
          "Name": {
            "type": "string",
            "xml": {
              "attribute": true
            }
          },
          "Href": {
            "type": "string",
            "format": "uri",
            "xml": {
              "attribute": true
            }
          },
          "Type": {
            "type": "string",
            "const": "BackupFileReference",
            "xml": {
              "attribute": true
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "BackupFileRepresentation": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/BackupFileReference"
          },
          {
            "$ref": "#/components/schemas/BackupFile"
          }
        ],
        "discriminator": {
          "propertyName": "Type",
          "mapping": {
            "BackupFileReference": "#/components/schemas/BackupFileReference",
            "BackupFile": "#/components/schemas/BackupFile"
          }
        }
      },
      "Entities": {
        "type": "object",
        "xml": {
          "name": "Entities",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "properties": {
          "Backups": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Backups"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "Backups"
            }
          },
          "RestorePoints": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RestorePoints"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "RestorePoints"
            }
          },
          "VmRestorePoints": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/VmRestorePoints"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "VmRestorePoints"
            }
          },
          "VAppRestorePoints": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/VAppRestorePoints"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "VAppRestorePoints"
            }
          },
          "BackupServers": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/BackupServers"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "BackupServers"
            }
          },
          "BackupFiles": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/BackupFiles"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "BackupFiles"
            }
          }
        }
      },
      "PagingInfo": {
        "type": "object",
        "xml": {
          "name": "PagingInfo",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "PageNum",
          "PageSize",
          "PagesCount"
        ],
        "properties": {
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "PageNum": {
            "type": "integer",
            "format": "int32",
            "minimum": 1,
            "xml": {
              "attribute": true
            }
          },
          "PageSize": {
            "type": "integer",
            "format": "int32",
            "minimum": 1,
            "xml": {
              "attribute": true
            }
          },
          "PagesCount": {
            "type": "integer",
            "format": "int32",
            "minimum": 0,
            "xml": {
              "attribute": true
            }
          }
        }
      },
      "QueryResult": {
        "type": "object",
        "xml": {
          "name": "QueryResult",
          "namespace": "http://www.veeam.com/ent/v1.0"
        },
        "required": [
          "PagingInfo"
        ],
        "properties": {
          "Refs": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/EntityReferences"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "Refs"
            }
          },
          "Entities": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Entities"
              },
              {
                "type": "null"
              }
            ],
            "xml": {
              "name": "Entities"
            }
          },
          "Links": {
            "type": [
              "array",
              "null"
            ],
            "xml": {
              "name": "Links",
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          },
          "PagingInfo": {
            "$ref": "#/components/schemas/PagingInfo",
            "xml": {
              "name": "PagingInfo"
            }
          }
        }
      }
    }
  }
};
