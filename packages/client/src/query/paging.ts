// The rule that keeps iterateQuery from looping: every page must advance past the one before it.
import { echo, EmError } from '../errors.ts';
import type { PagingInfo } from './types.ts';

interface Seen {
  num: number;
  /** Href (else UID) of the page's first item. */
  first: string | undefined;
  count: number;
}

const identity = (item: unknown): string | undefined => {
  const { Href, UID } = (item ?? {}) as { Href?: unknown; UID?: unknown };
  return typeof Href === 'string' ? Href : typeof UID === 'string' ? UID : undefined;
};

const stalled = (message: string) => new EmError('invalid-paging', `${message} Reading stopped rather than loop.`);

/**
 * The pages of one iteration, checked as they come. A page fails when its `PageNum` is not greater than the page before
 * (the server repeated or went back a page), or when it holds as many items as the page before and begins with the same
 * one (the same page under another number). Only the last page is remembered: memory stays flat however many pages.
 */
export class PageProgress {
  #last: Seen | undefined;

  check(info: PagingInfo, items: readonly unknown[]): void {
    const seen: Seen = { num: info.PageNum, first: identity(items[0]), count: items.length };
    const last = this.#last;
    if (last && seen.num <= last.num) {
      throw stalled(`Page ${seen.num} came after page ${last.num}: the server repeated or went back a page.`);
    }
    if (last && seen.count > 0 && seen.count === last.count && seen.first !== undefined && seen.first === last.first) {
      throw stalled(`Page ${seen.num} holds the same items as page ${last.num} (both begin with ${echo(seen.first)}).`);
    }
    this.#last = seen;
  }
}

/**
 * The URL of the page after `info`, or undefined at the last page. The `Next` link's path and query are asked of the
 * client's own origin (EM often names itself by another host name than the one the client reached it by), and only
 * when its path is the query service's.
 */
export function nextPage(info: PagingInfo, items: readonly unknown[], current: string, root: string, queryPath: string): string | undefined {
  const next = info.Links?.find((link) => link.Rel === 'Next');
  if (!next) return undefined;
  let target: URL;
  try {
    target = new URL(next.Href, `${root}/`);
  } catch (cause) {
    throw new EmError('invalid-body', `Invalid body: the Next link of page ${info.PageNum}, ${echo(JSON.stringify(next.Href))}, is not a URL.`, { cause });
  }
  const expected = `${new URL(root).pathname.replace(/\/+$/, '')}${queryPath}`;
  if (target.pathname.toLowerCase() !== expected.toLowerCase()) {
    throw new EmError('invalid-paging', `The Next link of page ${info.PageNum} leads to ${echo(target.pathname)}, not to the query service at ${expected}; reading stopped.`);
  }
  if (items.length === 0) throw stalled(`Page ${info.PageNum} holds no items but links to a next page.`);
  const url = `${root}${queryPath}${target.search}`;
  if (url === current) throw stalled(`The Next link of page ${info.PageNum} leads back to the same page.`);
  return url;
}
