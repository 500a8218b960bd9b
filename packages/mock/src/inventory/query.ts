// GET /query over the inventory: EM's filter grammar (@vbem/query), sorting, paging and PagingInfo links, the query
// types and fields from the spec (x-em-query-fields, x-em-property), answered as the spec's QueryResult.
import { compareKeys, compileFilter, FilterError, keyOf, parseFilter, resolveField } from '@vbem/query';
import { emError, type EmErrorAnswer } from '../em-error.ts';
import type { Format } from '../negotiate.ts';
import type { Inventory, Member } from './inventory.ts';
import { render } from './compiled.ts';
import { propertyOf } from './materialize.ts';
import { apiRoot, type QueryTypeModel, queryTypes } from './model.ts';
import { withoutNulls } from './resources.ts';
import { MEDIA_TYPE } from '../negotiate.ts';
import { codec } from '../spec.ts';

const MAX_CACHED = 16;

/** The page's body: the wrapper's text around its items, each item encoded on its own (one joined string of 1,000 member texts cost four times their rendering to flatten and encode). */
function pageBody(before: string, items: readonly string[], separator: string, after: string): Buffer {
  const parts: Buffer[] = [Buffer.from(before, 'utf8')];
  for (let i = 0; i < items.length; i++) parts.push(Buffer.from(i === 0 ? items[i]! : separator + items[i]!, 'utf8'));
  parts.push(Buffer.from(after, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * QueryResult XML: the wrapper encoded by @vbem/codec with an empty list, the page's items (rendered from templates
 * the codec encoded, see compiled.ts) put into its list element.
 */
function xmlPage(wrapper: unknown, element: string | undefined, items: readonly string[]): Buffer {
  const outer = codec.encodeXml(wrapper, 'QueryResult');
  const empty = `<${element} />`;
  const at = element === undefined || items.length === 0 ? -1 : outer.indexOf(empty);
  if (at < 0) return Buffer.from(outer, 'utf8'); // An empty list: the wrapper's empty element is the whole answer.
  return pageBody(`${outer.slice(0, at)}<${element}>`, items, '', `\n    </${element}>${outer.slice(at + empty.length)}`);
}

// Where the page's items go in the wrapper's JSON text (the wrapper holds no other string of this kind).
const ITEMS = 'QqItemsQq';

/** QueryResult JSON: the wrapper's text with its items where the marker string stands. */
function jsonPage(wrapper: unknown, items: readonly string[]): Buffer {
  const outer = JSON.stringify(wrapper);
  const at = outer.indexOf(`"${ITEMS}"`);
  return pageBody(outer.slice(0, at), items, ',', outer.slice(at + ITEMS.length + 2));
}

/** The page, its Hrefs already under the request's API root. */
const page_ = (body: Buffer, format: Format): EmErrorAnswer & { rebased: true } => ({ status: 200, headers: { 'content-type': MEDIA_TYPE[format] }, body, rebased: true });

/** Reads a field's raw value from a member, through the field's x-em-property. */
const readerOf = (model: QueryTypeModel) => (member: Member, field: string): unknown => {
  const property = model.fields[field]?.property;
  return property === undefined ? undefined : propertyOf(member, property.of, property.name);
};

interface Params {
  type?: string;
  format?: string;
  filter?: string;
  sortAsc?: string;
  sortDesc?: string;
  pageSize?: string;
  page?: string;
}

/** The query's parameters, by name without regard to case; the first of a repeated one counts. */
function paramsOf(search: string): Params {
  const params: Record<string, string> = {};
  const known = ['type', 'format', 'filter', 'sortAsc', 'sortDesc', 'pageSize', 'page'];
  for (const [name, value] of new URLSearchParams(search)) {
    const key = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined && !(key in params)) params[key] = value;
  }
  return params;
}

/** A positive whole number from a parameter, or why not. */
function positive(name: string, text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : `The ${name} [${text.slice(0, 32)}] is not valid; expected a whole number greater than 0.`;
}

/** A query value percent-encoded as EM writes it in its links: the filter's `=`, `;`, `,`, `(`, `)` and `:` left as they are. */
const linkValue = (value: string): string => encodeURIComponent(value).replace(/%(3D|3B|2C|28|29|3A|21|2A|27)/gi, (escape) => decodeURIComponent(escape));

/** The request's query with `page` set to `page`, in the request's order (`page` added at the end when absent). */
function pageLink(base: string, search: string, page: number): string {
  const parts: string[] = [];
  let found = false;
  for (const [name, value] of new URLSearchParams(search)) {
    const isPage = name.toLowerCase() === 'page';
    found ||= isPage;
    parts.push(`${linkValue(name)}=${isPage ? page : linkValue(value)}`);
  }
  if (!found) parts.push(`page=${page}`);
  return `${base}/query?${parts.join('&')}`;
}

export class QueryService {
  readonly #inventory: Inventory;
  // Sorted orders per type, field and direction; matching members per query: paging through a result filters once.
  readonly #sorted = new Map<string, readonly Member[]>();
  readonly #results = new Map<string, readonly Member[]>();

  constructor(inventory: Inventory) {
    this.#inventory = inventory;
  }

  /** One page of the query in `search`, with every Href under `base` (the mock's API root for this request). */
  answer(search: string, format: Format, base: string = apiRoot): EmErrorAnswer {
    const started = performance.now();
    const answer = this.#answer(search, format, base);
    // The mock's own time for the page (not EM's: it sends no such header), for benchmarks that compare it with a client's.
    answer.headers['server-timing'] = `inventory;dur=${(performance.now() - started).toFixed(1)}`;
    return answer;
  }

  #answer(search: string, format: Format, base: string): EmErrorAnswer {
    const params = paramsOf(search);
    const bad = (message: string): EmErrorAnswer => emError(400, message, format);
    if (params.type === undefined || params.type === '') return bad('The query needs a type (type=RestorePoint, ...).');
    const model = queryTypes.get(params.type.toLowerCase());
    if (!model) return bad(`Query type [${params.type.slice(0, 64)}] is not supported.`);
    let entities = false;
    if (params.format !== undefined) {
      if (params.format.toLowerCase() !== 'entities') return bad(`The format [${params.format.slice(0, 32)}] is not valid; expected Entities, or no format for references.`);
      entities = true;
    }
    if (params.sortAsc !== undefined && params.sortDesc !== undefined) return bad('The query has both sortAsc and sortDesc; expected one of them.');
    const pageSize = positive('pageSize', params.pageSize);
    if (typeof pageSize === 'string') return bad(pageSize);
    const page = positive('page', params.page) ?? 1;
    if (typeof page === 'string') return bad(page);

    let members: readonly Member[];
    try {
      members = this.#matching(model, params);
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      if (error.code === 'unknown-field') return bad(`Unknown filter field [${error.part.slice(0, 64)}] for query type [${model.name}].`);
      const part = error.part === '' ? 'the end of the filter' : JSON.stringify(error.part.slice(0, 64));
      return bad(`Invalid filter [${(params.filter ?? '').slice(0, 200)}]: ${error.message.replace(/\.$/, '').slice(0, 300)}; the offending part is ${part}.`);
    }

    const size = pageSize ?? Math.max(members.length, 1);
    const pages = Math.ceil(members.length / size);
    const slice = members.slice((page - 1) * size, page * size);
    const form = entities ? 'entity' : 'ref';
    const items = slice.map((m) => render(m, form, format, base)).filter((v) => v !== undefined);
    const links: Record<string, unknown>[] = [];
    if (pages > 0) {
      links.push({ Rel: 'First', Href: pageLink(base, search, 1) });
      if (page > 1 && page - 1 <= pages) links.push({ Rel: 'Previous', Href: pageLink(base, search, page - 1) });
      if (page < pages) links.push({ Rel: 'Next', Href: pageLink(base, search, page + 1) });
      links.push({ Rel: 'Last', Href: pageLink(base, search, pages) });
    }
    const pagingInfo = { Links: links.length > 0 ? links : null, PageNum: page, PageSize: size, PagesCount: pages };
    const list = entities ? model.entitiesList : 'Refs';
    if (format === 'json') {
      const value = { Refs: entities ? null : { Refs: [ITEMS] }, Entities: entities ? this.#entities(model, [ITEMS]) : null, Links: null, PagingInfo: pagingInfo };
      return page_(jsonPage(value, items), format);
    }
    const wrapper = withoutNulls(entities ? { Entities: { [list ?? '']: { [list ?? '']: [] } }, PagingInfo: pagingInfo } : { Refs: { Refs: [] }, PagingInfo: pagingInfo });
    return page_(xmlPage(wrapper, list, items), format);
  }

  #entities(model: QueryTypeModel, items: unknown[]): Record<string, unknown> {
    const lists: Record<string, unknown> = {};
    for (const other of queryTypes.values()) if (other.entitiesList) lists[other.entitiesList] = null;
    if (model.entitiesList) lists[model.entitiesList] = { [model.entitiesList]: items };
    return lists;
  }

  /** The members that pass the filter, in the asked order (cached per query). */
  #matching(model: QueryTypeModel, params: Params): readonly Member[] {
    const sortField = params.sortAsc ?? params.sortDesc;
    const direction = params.sortDesc !== undefined ? 'desc' : 'asc';
    // Check the sort field before any cache: an unknown one is a 400 every time.
    const sortName = sortField === undefined ? undefined : resolveField(model.fields, sortField).name;
    const key = `${model.name}\n${params.filter ?? ''}\n${sortName ?? ''}\n${direction}`;
    const cached = this.#results.get(key);
    if (cached) return cached;
    const read = readerOf(model);
    const keep = params.filter === undefined || params.filter === '' ? undefined : compileFilter(parseFilter(params.filter), model.fields, read);
    const ordered = sortName === undefined ? this.#inventory.all(model.name) : this.#sortedBy(model, sortName, direction);
    const result = keep ? ordered.filter(keep) : ordered;
    if (this.#results.size >= MAX_CACHED) this.#results.delete(this.#results.keys().next().value!);
    this.#results.set(key, result);
    return result;
  }

  #sortedBy(model: QueryTypeModel, field: string, direction: 'asc' | 'desc'): readonly Member[] {
    const key = `${model.name}\n${field}\n${direction}`;
    let sorted = this.#sorted.get(key);
    if (!sorted) {
      // Keys computed once per member, then sorted; equal keys keep the inventory's order.
      const resolved = resolveField(model.fields, field);
      const read = readerOf(model);
      const all = this.#inventory.all(model.name);
      const keys = all.map((m) => keyOf(resolved, read(m, resolved.name)));
      const sign = direction === 'asc' ? 1 : -1;
      const order = Array.from(all.keys()).sort((a, b) => sign * compareKeys(keys[a], keys[b]) || a - b);
      sorted = order.map((i) => all[i]!);
      this.#sorted.set(key, sorted);
    }
    return sorted;
  }
}
