// A query the server refused (400) as an EmError with EM's message and the part of the query that message names.
import { echo, EmError } from '../errors.ts';
import type { ErrorBody } from '../types.ts';
import type { CheckedQuery } from './request.ts';

/** How much of the filter is quoted from a position the server names. */
const QUOTED = 40;

export interface Offending {
  part: string;
  /** Where the part is: the filter, the sort field or the query type. */
  in: 'filter' | 'sort' | 'type';
}

/**
 * The part of the query EM's message names: a bracketed name that the filter or the sort holds (`Unknown filter field
 * [BackupDate] ...`), else the filter from a position (`at position 12`, `at offset 12`, counted from 0), else a bracketed name
 * equal to the type (`Query type [RestorePoints] is not supported.`).
 */
export function offendingPart(message: string, sent: Pick<CheckedQuery, 'type' | 'filter' | 'sort'>): Offending | undefined {
  const lower = (text: string | undefined) => (text ?? '').toLowerCase();
  // EM brackets names (`[BackupDate]`); @vbem/query's messages quote them (`"BackupDate"`).
  const names = [...message.matchAll(/\[([^\][]+)\]|"((?:[^"\\]|\\.)+)"/g)].map((m) => m[1] ?? m[2]!);
  const inFilter = names.find((name) => lower(sent.filter).includes(lower(name)));
  if (inFilter !== undefined) return { part: inFilter, in: 'filter' };
  const sorted = names.find((name) => lower(name) === lower(sent.sort));
  if (sorted !== undefined) return { part: sorted, in: 'sort' };
  const position = /\b(?:position|offset) (\d+)/i.exec(message);
  if (position && sent.filter !== undefined) {
    const at = Number(position[1]);
    if (at <= sent.filter.length) return { part: sent.filter.slice(at, at + QUOTED) || '(the end of the filter)', in: 'filter' };
  }
  const type = names.find((name) => lower(name) === lower(sent.type));
  return type === undefined ? undefined : { part: type, in: 'type' };
}

/** The EmError for a 400 answer to `sent`. */
export function refusal(sent: CheckedQuery, status: number, body: ErrorBody | undefined): EmError {
  const message = typeof body?.Message === 'string' ? body.Message.replace(/[\s.]+$/, '') : '';
  const offending = message === '' ? undefined : offendingPart(message, sent);
  const said = message === '' ? '' : `: ${echo(message)}`;
  const where = offending?.in === 'filter' ? ` in the filter ${echo(JSON.stringify(sent.filter))}` : offending?.in === 'sort' ? ' as the sort field' : ' as the query type';
  const named = offending === undefined ? '' : ` The server names ${echo(JSON.stringify(offending.part))}${where}.`;
  return new EmError('http', `The ${sent.type} query was refused with status ${status}${said}.${named}`, {
    status,
    ...(body ? { body } : {}),
    ...(offending !== undefined ? { offending: offending.part } : {}),
  });
}
