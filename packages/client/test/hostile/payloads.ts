// Bodies the hostile cases serve, derived from the spec's examples.
import { decodeJson } from '../../src/index.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

export const EXAMPLE_XML = xmlExample('RestorePoints');
export const EXAMPLE_JSON = JSON.stringify(jsonExample('RestorePoints'));
/** What listRestorePoints returns for the example, in either media type. */
export const EXAMPLE_REFS = (decodeJson(EXAMPLE_JSON, 'EntityReferences') as { Refs: unknown[] }).Refs;
export const NS = 'http://www.veeam.com/ent/v1.0';
export const REF_ATTRIBUTES = 'UID="urn:veeam:RestorePoint:1" Name="Jan 17 2019  5:21PM" Href="https://em/api/restorePoints/1" Type="RestorePointReference"';
export const ONE_REF = [{ UID: 'urn:veeam:RestorePoint:1', Name: 'Jan 17 2019  5:21PM', Href: 'https://em/api/restorePoints/1', Type: 'RestorePointReference', Links: [] }];
export const entityReferences = (inner: string): string => `<?xml version="1.0" encoding="utf-8"?>\n<EntityReferences xmlns="${NS}">${inner}</EntityReferences>`;
export const errorXml = (status: number, message: string): string => `<?xml version="1.0" encoding="utf-8"?>\n<Error xmlns="${NS}" Message="${message}" StatusCode="${status}" />`;
export const errorJson = (status: number, message: string): string =>
  JSON.stringify({ FirstChanceExceptionMessage: null, Message: message, StackTrace: null, Status: null, StatusCode: status });
export const LOGON_JSON = JSON.stringify(jsonExample('LogonSession'));
export const LOGON_XML = xmlExample('LogonSession');
