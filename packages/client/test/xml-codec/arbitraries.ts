// Random schema-valid values of every XML body, for the round-trip and differential properties.
import fc from 'fast-check';

export const SCHEMAS = ['EntityReferences', 'Error', 'LogonSession'] as const;
export type SchemaName = (typeof SCHEMAS)[number];

/** Any text XML 1.0 can carry, including spaces, tabs, line breaks, markup characters and astral characters. */
export const xmlText = fc
  .string({ unit: fc.oneof(fc.constantFrom(' ', '  ', '\t', '\n', '\r', '&', '<', '>', '"', "'", ']]>'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) })
  .filter((s) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const withoutUndefined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value));

const link = fc.record({ Href: xmlText, Name: optional(xmlText), Type: optional(xmlText), Rel: xmlText }).map(withoutUndefined);

export const values: Record<SchemaName, fc.Arbitrary<object>> = {
  EntityReferences: fc.record({ Refs: fc.array(fc.record({ UID: xmlText, Name: xmlText, Href: xmlText, Type: xmlText, Links: fc.array(link, { maxLength: 3 }) }), { maxLength: 3 }) }),
  Error: fc
    // Error's optional fields are nullable: absent, they read as null (as EM's JSON sends them), so a value has each.
    .record({ Message: xmlText, StatusCode: fc.integer({ min: 100, max: 599 }), Status: fc.option(xmlText, { nil: null }), FirstChanceExceptionMessage: fc.option(xmlText, { nil: null }), StackTrace: fc.option(xmlText, { nil: null }) })
    .map(withoutUndefined),
  LogonSession: fc
    .record({ Href: xmlText, Type: xmlText, Links: fc.array(link, { maxLength: 2 }), UserName: optional(xmlText), SessionId: xmlText })
    .map(withoutUndefined),
};

// Element text of CRs only is sent as `<![CDATA[]]>&#13;`; sax (under xml2js) drops the empty section and so the text.
const noCrOnlyText = (value: object): boolean => !Object.values(value).some((v) => typeof v === 'string' && /^\r+$/.test(v));

/** `values` that the xml2js reference can read back too. */
export const referenceReadable: Record<SchemaName, fc.Arbitrary<object>> = {
  EntityReferences: values.EntityReferences,
  Error: values.Error.filter(noCrOnlyText),
  LogonSession: values.LogonSession.filter(noCrOnlyText),
};
