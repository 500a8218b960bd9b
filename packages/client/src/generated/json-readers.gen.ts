// This file is generated from spec/ by tools/src/generate.ts (JSON readers). Do not edit: run `pnpm generate`.

// The JSON path's fast readers (decodeJson in src/normalize.ts). A reader answers the value @vbem/codec would, or
// undefined where it might not (the codec then reads the value, or says why not). Readers use `value[name]` without hasOwn, so
// decodeJson uses them only while Object.prototype has none of `propertyNames`.

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Link, checked in place; copied when a key is unknown. */
function readLink(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'Href':
      case 'Name':
      case 'Type':
      case 'Rel':
        break;
      default:
        return copyLink(value);
    }
  }
  if (typeof value['Href'] !== 'string') return undefined;
  {
    const raw = value['Name'];
    if (raw === null) return undefined;
    if (raw !== undefined && typeof raw !== 'string') return undefined;
  }
  {
    const raw = value['Type'];
    if (raw === null) return undefined;
    if (raw !== undefined && typeof raw !== 'string') return undefined;
  }
  if (typeof value['Rel'] !== 'string') return undefined;
  return value;
}

function copyLink(value: Json): Json | undefined {
  const out: Json = {};
  {
    const raw = value['Href'];
    if (typeof raw !== 'string') return undefined;
    out['Href'] = raw;
  }
  {
    const raw = value['Name'];
    if (raw === null) return undefined;
    if (raw !== null && raw !== undefined) {
      if (typeof raw !== 'string') return undefined;
      out['Name'] = raw;
    }
  }
  {
    const raw = value['Type'];
    if (raw === null) return undefined;
    if (raw !== null && raw !== undefined) {
      if (typeof raw !== 'string') return undefined;
      out['Type'] = raw;
    }
  }
  {
    const raw = value['Rel'];
    if (typeof raw !== 'string') return undefined;
    out['Rel'] = raw;
  }
  return out;
}

function itemsOfLink(raw: unknown): unknown[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const item = readLink(raw);
    return item === undefined ? undefined : [item];
  }
  for (let i = 0; i < raw.length; i++) {
    const item = readLink(raw[i]);
    if (item === undefined) return undefined;
    raw[i] = item;
  }
  return raw;
}

/** SupportedVersion, checked in place; copied when a key is unknown. */
function readSupportedVersion(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'Name':
      case 'Links':
        break;
      default:
        return copySupportedVersion(value);
    }
  }
  if (typeof value['Name'] !== 'string') return undefined;
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    value['Links'] = items;
  }
  return value;
}

function copySupportedVersion(value: Json): Json | undefined {
  const out: Json = {};
  {
    const raw = value['Name'];
    if (typeof raw !== 'string') return undefined;
    out['Name'] = raw;
  }
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    out['Links'] = items;
  }
  return out;
}

function itemsOfSupportedVersion(raw: unknown): unknown[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const item = readSupportedVersion(raw);
    return item === undefined ? undefined : [item];
  }
  for (let i = 0; i < raw.length; i++) {
    const item = readSupportedVersion(raw[i]);
    if (item === undefined) return undefined;
    raw[i] = item;
  }
  return raw;
}

/** SupportedVersionList, checked in place; copied when a key is unknown. */
function readSupportedVersionList(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'SupportedVersions':
        break;
      default:
        return copySupportedVersionList(value);
    }
  }
  {
    const items = itemsOfSupportedVersion(value['SupportedVersions']);
    if (items === undefined) return undefined;
    value['SupportedVersions'] = items;
  }
  return value;
}

function copySupportedVersionList(value: Json): Json | undefined {
  const out: Json = {};
  {
    const items = itemsOfSupportedVersion(value['SupportedVersions']);
    if (items === undefined) return undefined;
    out['SupportedVersions'] = items;
  }
  return out;
}

/** EnterpriseManager, checked in place; copied when a key is unknown. */
function readEnterpriseManager(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'Links':
      case 'SupportedVersions':
        break;
      default:
        return copyEnterpriseManager(value);
    }
  }
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    value['Links'] = items;
  }
  {
    const child = readSupportedVersionList(value['SupportedVersions']);
    if (child === undefined) return undefined;
    value['SupportedVersions'] = child;
  }
  return value;
}

function copyEnterpriseManager(value: Json): Json | undefined {
  const out: Json = {};
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    out['Links'] = items;
  }
  {
    const raw = value['SupportedVersions'];
    const child = readSupportedVersionList(raw);
    if (child === undefined) return undefined;
    out['SupportedVersions'] = child;
  }
  return out;
}

/** LogonSession, checked in place; copied when a key is unknown. */
function readLogonSession(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'Href':
      case 'Type':
      case 'Links':
      case 'UserName':
      case 'SessionId':
        break;
      default:
        return copyLogonSession(value);
    }
  }
  if (typeof value['Href'] !== 'string') return undefined;
  if (typeof value['Type'] !== 'string') return undefined;
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    value['Links'] = items;
  }
  {
    const raw = value['UserName'];
    if (raw === null) return undefined;
    if (raw !== undefined && typeof raw !== 'string') return undefined;
  }
  if (typeof value['SessionId'] !== 'string') return undefined;
  return value;
}

function copyLogonSession(value: Json): Json | undefined {
  const out: Json = {};
  {
    const raw = value['Href'];
    if (typeof raw !== 'string') return undefined;
    out['Href'] = raw;
  }
  {
    const raw = value['Type'];
    if (typeof raw !== 'string') return undefined;
    out['Type'] = raw;
  }
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    out['Links'] = items;
  }
  {
    const raw = value['UserName'];
    if (raw === null) return undefined;
    if (raw !== null && raw !== undefined) {
      if (typeof raw !== 'string') return undefined;
      out['UserName'] = raw;
    }
  }
  {
    const raw = value['SessionId'];
    if (typeof raw !== 'string') return undefined;
    out['SessionId'] = raw;
  }
  return out;
}

function itemsOfLogonSession(raw: unknown): unknown[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const item = readLogonSession(raw);
    return item === undefined ? undefined : [item];
  }
  for (let i = 0; i < raw.length; i++) {
    const item = readLogonSession(raw[i]);
    if (item === undefined) return undefined;
    raw[i] = item;
  }
  return raw;
}

/** LogonSessions, checked in place; copied when a key is unknown. */
function readLogonSessions(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'LogonSessions':
        break;
      default:
        return copyLogonSessions(value);
    }
  }
  {
    const items = itemsOfLogonSession(value['LogonSessions']);
    if (items === undefined) return undefined;
    value['LogonSessions'] = items;
  }
  return value;
}

function copyLogonSessions(value: Json): Json | undefined {
  const out: Json = {};
  {
    const items = itemsOfLogonSession(value['LogonSessions']);
    if (items === undefined) return undefined;
    out['LogonSessions'] = items;
  }
  return out;
}

/** Ref, checked in place; copied when a key is unknown. */
function readRef(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'UID':
      case 'Name':
      case 'Href':
      case 'Type':
      case 'Links':
        break;
      default:
        return copyRef(value);
    }
  }
  if (typeof value['UID'] !== 'string') return undefined;
  if (typeof value['Name'] !== 'string') return undefined;
  if (typeof value['Href'] !== 'string') return undefined;
  if (typeof value['Type'] !== 'string') return undefined;
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    value['Links'] = items;
  }
  return value;
}

function copyRef(value: Json): Json | undefined {
  const out: Json = {};
  {
    const raw = value['UID'];
    if (typeof raw !== 'string') return undefined;
    out['UID'] = raw;
  }
  {
    const raw = value['Name'];
    if (typeof raw !== 'string') return undefined;
    out['Name'] = raw;
  }
  {
    const raw = value['Href'];
    if (typeof raw !== 'string') return undefined;
    out['Href'] = raw;
  }
  {
    const raw = value['Type'];
    if (typeof raw !== 'string') return undefined;
    out['Type'] = raw;
  }
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    out['Links'] = items;
  }
  return out;
}

function itemsOfRef(raw: unknown): unknown[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const item = readRef(raw);
    return item === undefined ? undefined : [item];
  }
  for (let i = 0; i < raw.length; i++) {
    const item = readRef(raw[i]);
    if (item === undefined) return undefined;
    raw[i] = item;
  }
  return raw;
}

/** EntityReferences, checked in place; copied when a key is unknown. */
function readEntityReferences(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'Refs':
        break;
      default:
        return copyEntityReferences(value);
    }
  }
  {
    const items = itemsOfRef(value['Refs']);
    if (items === undefined) return undefined;
    value['Refs'] = items;
  }
  return value;
}

function copyEntityReferences(value: Json): Json | undefined {
  const out: Json = {};
  {
    const items = itemsOfRef(value['Refs']);
    if (items === undefined) return undefined;
    out['Refs'] = items;
  }
  return out;
}

/** PagingInfo, checked in place; copied when a key is unknown. */
function readPagingInfo(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) {
    switch (key) {
      case 'Links':
      case 'PageNum':
      case 'PageSize':
      case 'PagesCount':
        break;
      default:
        return copyPagingInfo(value);
    }
  }
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    value['Links'] = items;
  }
  if (!Number.isSafeInteger(value['PageNum'])) return undefined;
  if (!Number.isSafeInteger(value['PageSize'])) return undefined;
  if (!Number.isSafeInteger(value['PagesCount'])) return undefined;
  return value;
}

function copyPagingInfo(value: Json): Json | undefined {
  const out: Json = {};
  {
    const items = itemsOfLink(value['Links']);
    if (items === undefined) return undefined;
    out['Links'] = items;
  }
  {
    const raw = value['PageNum'];
    if (!Number.isSafeInteger(raw)) return undefined;
    out['PageNum'] = raw;
  }
  {
    const raw = value['PageSize'];
    if (!Number.isSafeInteger(raw)) return undefined;
    out['PageSize'] = raw;
  }
  {
    const raw = value['PagesCount'];
    if (!Number.isSafeInteger(raw)) return undefined;
    out['PagesCount'] = raw;
  }
  return out;
}

/** Schema name → its reader. */
export const readers: Record<string, (value: unknown) => Json | undefined> = {
  'Link': readLink,
  'SupportedVersion': readSupportedVersion,
  'SupportedVersionList': readSupportedVersionList,
  'EnterpriseManager': readEnterpriseManager,
  'LogonSession': readLogonSession,
  'LogonSessions': readLogonSessions,
  'Ref': readRef,
  'EntityReferences': readEntityReferences,
  'PagingInfo': readPagingInfo,
};

/** Every property name the readers read. */
export const propertyNames: readonly string[] = ['Href', 'Links', 'LogonSessions', 'Name', 'PageNum', 'PageSize', 'PagesCount', 'Refs', 'Rel', 'SessionId', 'SupportedVersions', 'Type', 'UID', 'UserName'];
