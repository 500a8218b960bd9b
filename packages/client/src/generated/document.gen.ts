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
      }
    }
  }
};
