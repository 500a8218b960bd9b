// This file is generated from spec/ by tools/src/generate.ts (codec descriptor). Do not edit: run `pnpm generate`.

import type { OperationDescriptor, SchemaDescriptor } from '../descriptor.ts';

/**
 * How each schema of the compiled fast path reads in JSON and in XML (from its `xml` objects). The others are read by
 * @vbem/codec alone:
 * - Error.Status: nullable, so it reads as null when absent
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
  }
} as const satisfies Record<string, SchemaDescriptor>;

/** Each operation, keyed `METHOD /path/{template}`, with the schema of each response body. */
export const operations = {
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
  }
} as const satisfies Record<string, OperationDescriptor>;

export type SchemaName = keyof typeof schemas;
