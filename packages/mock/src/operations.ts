// Which spec operation a request is for (EM's `/api` prefix or none), and the credentials the spec asks of it.
import { resolve, type ResponseObject, spec } from './spec.ts';

/** EM's clients use a base URL ending in `/api`; Prism serves the spec's paths without it. */
export const API_PREFIX = '/api';

export type Credential = { kind: 'header'; name: string } | { kind: 'basic' };

export interface Operation {
  method: string;
  /** The path template, such as `/backups/{ID}/restorePoints`. */
  path: string;
  /** Status → the body's schema for the codec (a component name, or a JSON pointer to a schema written in place); `null`: no body. */
  responses: Record<string, string | null>;
  /** Any one of these sets of credentials authorises the call; empty means no security. */
  security: Credential[][];
  /** The 200 example that is an entity, where the others are references: what `?format=Entity` answers. */
  entityExample: string | undefined;
}

function credential(schemeName: string): Credential {
  const scheme = spec.components?.securitySchemes?.[schemeName];
  if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { kind: 'header', name: scheme.name.toLowerCase() };
  if (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return { kind: 'basic' };
  throw new Error(`The mock cannot check security scheme ${schemeName} (${JSON.stringify(scheme)}); it knows header API keys and HTTP Basic.`);
}

const templateRegExp = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+')}$`);

const SCHEMAS = '#/components/schemas/';
const pointerTo = (...tokens: string[]): string => `#/${tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** The schema of a response body for the codec, or null when it has none (XML and JSON share one schema). */
function bodySchema(response: ResponseObject, at: string[]): string | null {
  if (response.$ref) {
    const name = response.$ref.slice('#/components/responses/'.length);
    const target = resolve(response);
    return target === response ? null : bodySchema(target, ['components', 'responses', name]);
  }
  const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
  if (mediaType === undefined || !media?.schema) return null;
  const ref = media.schema.$ref;
  return ref?.startsWith(SCHEMAS) ? decodeURIComponent(ref.slice(SCHEMAS.length)) : pointerTo(...at, 'content', mediaType, 'schema');
}

// EM's reference forms, by their XML root: a resource answers one of these unless asked for `format=Entity`.
const REFERENCE_ROOTS = new Set(['EntityRef', 'EntityReferences']);
const rootOf = (xml: unknown): string | undefined => (typeof xml === 'string' ? /<([A-Za-z_][\w.-]*)[\s/>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ''))?.[1] : undefined);

/** The name of the 200 response's example that is an entity, when the others are references. */
function entityExampleOf(response: ResponseObject | undefined): string | undefined {
  const examples = Object.entries(response?.content?.['application/xml']?.examples ?? {}).map(([name, example]) => {
    const { value } = resolve(example);
    return { name, reference: REFERENCE_ROOTS.has(rootOf(value) ?? '') };
  });
  return examples.some((e) => e.reference) ? examples.find((e) => !e.reference)?.name : undefined;
}

const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([, operation]) => operation.responses !== undefined)
    .map(([method, operation]) => {
      const requirements = operation.security ?? spec.security ?? [];
      const responses: Record<string, string | null> = {};
      for (const [status, response] of Object.entries(operation.responses!)) responses[status] = bodySchema(response, ['paths', path, method, 'responses', status]);
      return {
        method: method.toUpperCase(),
        path,
        responses,
        security: requirements.map((requirement) => Object.keys(requirement).map(credential)),
        entityExample: entityExampleOf(operation.responses!['200']),
        pattern: templateRegExp(path),
      };
    }),
);

/** The request path as Prism serves it: without EM's `/api` prefix; the query string is kept. */
export function toPrismPath(url: string): string {
  if (url !== API_PREFIX && !url.startsWith(`${API_PREFIX}/`) && !url.startsWith(`${API_PREFIX}?`)) return url;
  const rest = url.slice(API_PREFIX.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The methods the spec documents on a Prism path (query ignored): none for a path it does not describe. */
export function methodsOf(prismPath: string): string[] {
  const pathname = prismPath.split('?')[0]!;
  return operations.filter((op) => op.pattern.test(pathname)).map((op) => op.method);
}

/** The header that carries a session token anywhere in the spec (its apiKey header scheme), lower-cased as Node has it. */
export const sessionHeader: string | undefined = operations.map((op) => tokenHeaderOf(op)).find((name) => name !== undefined);

/** The same header as the spec spells it (`X-RestSvcSessionId`): EM's spelling, for answers and the session cookie. */
export const sessionHeaderSpelled: string | undefined = Object.values(spec.components?.securitySchemes ?? {}).find(
  (scheme) => scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name?.toLowerCase() === sessionHeader,
)?.name;

/** The spec operation for a method and a Prism path (query ignored), if the spec documents one. */
export function findOperation(method: string, prismPath: string): Operation | undefined {
  const pathname = prismPath.split('?')[0]!;
  return operations.find((op) => op.method === method.toUpperCase() && op.pattern.test(pathname));
}

const present = (credential: Credential, headers: Record<string, string | string[] | undefined>): boolean =>
  credential.kind === 'basic'
    ? /^basic\s+\S/i.test(String(headers['authorization'] ?? ''))
    : String(headers[credential.name] ?? '').trim() !== '';

/** Whether the request carries the credentials the operation needs (their value is not checked). */
export function isAuthorized(operation: Operation, headers: Record<string, string | string[] | undefined>): boolean {
  return operation.security.length === 0 || operation.security.some((set) => set.every((c) => present(c, headers)));
}

/** Stand-in credentials, so that Prism answers the forced 401 in the negotiated media type instead of the first listed. */
export function standInCredentials(operation: Operation): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const credential of operation.security[0] ?? []) {
    if (credential.kind === 'basic') headers['authorization'] = `Basic ${Buffer.from('mock:mock').toString('base64')}`;
    else headers[credential.name] = 'mock-stand-in';
  }
  return headers;
}

/** The header that carries the session token, when the operation is authorised by one. */
export function tokenHeaderOf(operation: Operation): string | undefined {
  for (const set of operation.security) for (const credential of set) if (credential.kind === 'header') return credential.name;
  return undefined;
}

/** The logon: the operation authorised by HTTP Basic credentials. */
export const isLogon = (operation: Operation): boolean => operation.security.some((set) => set.some((c) => c.kind === 'basic'));

/** The logoff: `DELETE /logonSessions/{ID}`. */
export const isLogoff = (operation: Operation): boolean => operation.method === 'DELETE' && operation.path === '/logonSessions/{ID}';
