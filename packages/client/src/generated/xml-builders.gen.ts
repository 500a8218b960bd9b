// This file is generated from spec/ by tools/src/generate.ts (XML builders). Do not edit: run `pnpm generate`.

// The XML scanner's builders (src/xml/scan-decode.ts). A closed element's slots hold, in the descriptor's property order,
// an attribute's or text element's string, a child's value, or an array's items. A builder answers the element's value,
// or undefined when a required property is missing or a scalar does not read (@vbem/codec then reads it, or says why).
import { readScalar } from '../xml/scalar.ts';

type Json = Record<string, unknown>;

function buildLink(slots: unknown[]): Json | undefined {
  const v0 = slots[0];
  if (v0 === undefined) return undefined;
  const v1 = slots[1];
  const v2 = slots[2];
  const v3 = slots[3];
  if (v3 === undefined) return undefined;
  if (v1 !== undefined) {
    if (v2 !== undefined) {
      return { 'Href': v0, 'Name': v1, 'Type': v2, 'Rel': v3 };
    }
    return { 'Href': v0, 'Name': v1, 'Rel': v3 };
  }
  if (v2 !== undefined) {
    return { 'Href': v0, 'Type': v2, 'Rel': v3 };
  }
  return { 'Href': v0, 'Rel': v3 };
}

function buildSupportedVersion(slots: unknown[]): Json | undefined {
  const v0 = slots[0];
  if (v0 === undefined) return undefined;
  const v1 = slots[1] ?? [];
  return { 'Name': v0, 'Links': v1 };
}

function buildSupportedVersionList(slots: unknown[]): Json | undefined {
  const v0 = slots[0] ?? [];
  return { 'SupportedVersions': v0 };
}

function buildEnterpriseManager(slots: unknown[]): Json | undefined {
  const v0 = slots[0] ?? [];
  const v1 = slots[1];
  if (v1 === undefined) return undefined;
  return { 'Links': v0, 'SupportedVersions': v1 };
}

function buildLogonSession(slots: unknown[]): Json | undefined {
  const v0 = slots[0];
  if (v0 === undefined) return undefined;
  const v1 = slots[1];
  if (v1 === undefined) return undefined;
  const v2 = slots[2] ?? [];
  const v3 = slots[3];
  const v4 = slots[4];
  if (v4 === undefined) return undefined;
  if (v3 !== undefined) {
    return { 'Href': v0, 'Type': v1, 'Links': v2, 'UserName': v3, 'SessionId': v4 };
  }
  return { 'Href': v0, 'Type': v1, 'Links': v2, 'SessionId': v4 };
}

function buildLogonSessions(slots: unknown[]): Json | undefined {
  const v0 = slots[0] ?? [];
  return { 'LogonSessions': v0 };
}

function buildRef(slots: unknown[]): Json | undefined {
  const v0 = slots[0];
  if (v0 === undefined) return undefined;
  const v1 = slots[1];
  if (v1 === undefined) return undefined;
  const v2 = slots[2];
  if (v2 === undefined) return undefined;
  const v3 = slots[3];
  if (v3 === undefined) return undefined;
  const v4 = slots[4] ?? [];
  return { 'UID': v0, 'Name': v1, 'Href': v2, 'Type': v3, 'Links': v4 };
}

function buildEntityReferences(slots: unknown[]): Json | undefined {
  const v0 = slots[0] ?? [];
  return { 'Refs': v0 };
}

function buildPagingInfo(slots: unknown[]): Json | undefined {
  const v0 = slots[0] ?? [];
  if (slots[1] === undefined) return undefined;
  const v1 = readScalar('integer', slots[1] as string);
  if (v1 === undefined) return undefined;
  if (slots[2] === undefined) return undefined;
  const v2 = readScalar('integer', slots[2] as string);
  if (v2 === undefined) return undefined;
  if (slots[3] === undefined) return undefined;
  const v3 = readScalar('integer', slots[3] as string);
  if (v3 === undefined) return undefined;
  return { 'Links': v0, 'PageNum': v1, 'PageSize': v2, 'PagesCount': v3 };
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
