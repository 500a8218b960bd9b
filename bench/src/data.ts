// Realistic restore point collections, like the spec example: 5 Links each, EM's names (`Jan 17 2019  5:21PM`), UUIDs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeXml, type Ref } from '../../packages/client/src/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BASE = 'https://em.example.com:9398/api';

/** A seeded generator, so every run measures the same documents. */
function uuids(seed: number): () => string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state.toString(16).padStart(8, '0');
  };
  return () => {
    const hex = next() + next() + next() + next();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

/** EM's display form: month, day padded to two, year, hour padded to two, AM/PM. */
function emName(date: Date): string {
  const hour = date.getUTCHours() % 12 || 12;
  return `${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2)} ${date.getUTCFullYear()} ${String(hour).padStart(2)}:${String(date.getUTCMinutes()).padStart(2, '0')}${date.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

export function makeRefs(count: number): Ref[] {
  const uuid = uuids(count);
  const backup = '7b6a400c-452c-41d1-bb81-ea682e89492d';
  const start = Date.UTC(2019, 0, 17, 17, 21);
  return Array.from({ length: count }, (_, i) => {
    const id = uuid();
    const name = emName(new Date(start - i * 3_600_000));
    const href = `${BASE}/restorePoints/${id}`;
    return {
      UID: `urn:veeam:RestorePoint:${id}`,
      Name: name,
      Href: href,
      Type: 'RestorePointReference',
      Links: [
        { Rel: 'Up', Href: `${BASE}/backupServers/4ad6fa62-9164-4ea0-87c8-1e2d071d60de`, Name: 'srv30', Type: 'BackupServerReference' },
        { Rel: 'Up', Href: `${BASE}/backups/${backup}`, Name: 'WindowsFileLevelRestoreFromCatalog', Type: 'BackupReference' },
        { Rel: 'Alternate', Href: `${href}?format=Entity`, Name: name, Type: 'RestorePoint' },
        { Rel: 'Down', Href: `${href}/vmRestorePoints`, Type: 'VmRestorePointReferenceList' },
        { Rel: 'Related', Href: `${href}/backupFiles`, Type: 'RestorePointReferenceList' },
      ],
    };
  });
}

export const dataDir = new URL('../.data/', import.meta.url).pathname;
export const fileOf = (count: number, format: 'xml' | 'json') => join(dataDir, `refs-${count}.${format}`);

/** `count` refs as EM's collection: XML (the client's encodeXml) and JSON (EM's form: Links first). */
export function documentsOf(count: number): { xml: string; json: string } {
  const refs = makeRefs(count);
  return { xml: encodeXml('EntityReferences', { Refs: refs }), json: JSON.stringify({ Refs: refs.map(({ Links, ...rest }) => ({ Links, ...rest })) }) };
}

/** Writes `refs-<count>.xml` and `.json`; returns their sizes in bytes. */
export function writeDocuments(count: number): { xml: number; json: number } {
  mkdirSync(dataDir, { recursive: true });
  const { xml, json } = documentsOf(count);
  writeFileSync(fileOf(count, 'xml'), xml);
  writeFileSync(fileOf(count, 'json'), json);
  return { xml: Buffer.byteLength(xml), json: Buffer.byteLength(json) };
}
