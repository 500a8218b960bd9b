// This file is generated from spec/ by tools/src/generate.ts (XML builders). Do not edit: run `pnpm generate`.

// The XML scanner's builders (src/xml/scan-decode.ts). A closed element's slots hold, in the descriptor's property order,
// an attribute's or text element's string, a child's value, or an array's items. A builder answers the element's value,
// or undefined when a required property is missing or a scalar does not read (@vbem/codec then reads it, or says why).
import { readScalar } from '../xml/scalar.ts';

type Json = Record<string, unknown>;

function buildLink(slots: unknown[]): Json | undefined {
  const out: Json = {};
  {
    const slot = slots[0];
    if (slot === undefined) return undefined;
    out['Href'] = slot;
  }
  {
    const slot = slots[1];
    if (slot !== undefined) {
      out['Name'] = slot;
    }
  }
  {
    const slot = slots[2];
    if (slot !== undefined) {
      out['Type'] = slot;
    }
  }
  {
    const slot = slots[3];
    if (slot === undefined) return undefined;
    out['Rel'] = slot;
  }
  return out;
}

function buildSupportedVersion(slots: unknown[]): Json | undefined {
  const out: Json = {};
  {
    const slot = slots[0];
    if (slot === undefined) return undefined;
    out['Name'] = slot;
  }
  out['Links'] = slots[1] ?? [];
  return out;
}

function buildSupportedVersionList(slots: unknown[]): Json | undefined {
  const out: Json = {};
  out['SupportedVersions'] = slots[0] ?? [];
  return out;
}

function buildEnterpriseManager(slots: unknown[]): Json | undefined {
  const out: Json = {};
  out['Links'] = slots[0] ?? [];
  {
    const slot = slots[1];
    if (slot === undefined) return undefined;
    out['SupportedVersions'] = slot;
  }
  return out;
}

function buildLogonSession(slots: unknown[]): Json | undefined {
  const out: Json = {};
  {
    const slot = slots[0];
    if (slot === undefined) return undefined;
    out['Href'] = slot;
  }
  {
    const slot = slots[1];
    if (slot === undefined) return undefined;
    out['Type'] = slot;
  }
  out['Links'] = slots[2] ?? [];
  {
    const slot = slots[3];
    if (slot !== undefined) {
      out['UserName'] = slot;
    }
  }
  {
    const slot = slots[4];
    if (slot === undefined) return undefined;
    out['SessionId'] = slot;
  }
  return out;
}

function buildLogonSessions(slots: unknown[]): Json | undefined {
  const out: Json = {};
  out['LogonSessions'] = slots[0] ?? [];
  return out;
}

function buildRef(slots: unknown[]): Json | undefined {
  const out: Json = {};
  {
    const slot = slots[0];
    if (slot === undefined) return undefined;
    out['UID'] = slot;
  }
  {
    const slot = slots[1];
    if (slot === undefined) return undefined;
    out['Name'] = slot;
  }
  {
    const slot = slots[2];
    if (slot === undefined) return undefined;
    out['Href'] = slot;
  }
  {
    const slot = slots[3];
    if (slot === undefined) return undefined;
    out['Type'] = slot;
  }
  out['Links'] = slots[4] ?? [];
  return out;
}

function buildEntityReferences(slots: unknown[]): Json | undefined {
  const out: Json = {};
  out['Refs'] = slots[0] ?? [];
  return out;
}

function buildPagingInfo(slots: unknown[]): Json | undefined {
  const out: Json = {};
  out['Links'] = slots[0] ?? [];
  {
    const slot = slots[1];
    if (slot === undefined) return undefined;
    const value = readScalar('integer', slot as string);
    if (value === undefined) return undefined;
    out['PageNum'] = value;
  }
  {
    const slot = slots[2];
    if (slot === undefined) return undefined;
    const value = readScalar('integer', slot as string);
    if (value === undefined) return undefined;
    out['PageSize'] = value;
  }
  {
    const slot = slots[3];
    if (slot === undefined) return undefined;
    const value = readScalar('integer', slot as string);
    if (value === undefined) return undefined;
    out['PagesCount'] = value;
  }
  return out;
}

/** Schema name → its builder. */
export const builders: Record<string, (slots: unknown[]) => Json | undefined> = {
  'Link': buildLink,
  'SupportedVersion': buildSupportedVersion,
  'SupportedVersionList': buildSupportedVersionList,
  'EnterpriseManager': buildEnterpriseManager,
  'LogonSession': buildLogonSession,
  'LogonSessions': buildLogonSessions,
  'Ref': buildRef,
  'EntityReferences': buildEntityReferences,
  'PagingInfo': buildPagingInfo,
};
