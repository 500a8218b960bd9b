// `?v=` picks an API version, on the logon and on any other path; EM no longer serves the old ones.
import { resolve, spec } from './spec.ts';

interface QueryParameter {
  $ref?: string;
  name?: string;
  in?: string;
  schema?: { enum?: unknown[] };
}

/** Every version the spec lets `v` name (the logon's enum: `latest` and the supported ones), compared as spelled there. */
export const apiVersions: readonly string[] = [
  ...new Set(
    Object.values(spec.paths)
      .flatMap((item) => Object.values(item as Record<string, { parameters?: QueryParameter[] }>))
      .flatMap((operation) => (operation.parameters ?? []).map(resolve))
      .filter((parameter) => parameter.in === 'query' && parameter.name === 'v')
      .flatMap((parameter) => (parameter.schema?.enum ?? []).map((value) => String(value))),
  ),
];

const accepted = new Set(apiVersions);

/** Why the query's `v` is refused, or undefined when it names a supported version or there is none. */
export function versionRefusal(search: string): string | undefined {
  if (accepted.size === 0) return undefined;
  const params = new URLSearchParams(search);
  for (const version of params.getAll('v')) {
    if (accepted.has(version)) continue;
    const shown = version.length > 32 ? `${version.slice(0, 32)}…` : version;
    return `API version ${JSON.stringify(shown)} is not supported by this server; expected one of ${apiVersions.join(', ')} (GET /api/ lists them).`;
  }
  return undefined;
}
