// Paged lists, walked a page at a time. Kept apart from the core so that a
// bundle which never pages leaves it out.
import type { CallInit, ImpactClient, OperationDescription } from "./core.js";
import { ApiPaginationError } from "./errors.js";

/**
 * Every item of every page of a paged list, following `@nextpageuri`; one page
 * is held at a time. A next page must lie below the client's own origin and
 * API base path (credentials go nowhere else), must not repeat, and there are
 * at most `maxPages` pages; otherwise paging stops with an ApiPaginationError
 * before anything is sent.
 */
export async function* paginate<T>(core: ImpactClient, operation: OperationDescription, init: CallInit = {}): AsyncGenerator<T, void, undefined> {
  const key = operation.pageItems;
  if (!key) throw new TypeError(`${operation.method} ${operation.path} is not a paged list`);
  const first = await core.call<Record<string, unknown>>(operation, init).withResponse();
  let page = first.data as Record<string, unknown> | undefined;
  let pageUrl = first.response.url || "the first page";
  const seen = new Set<string>();
  for (let pages = 1; page; pages += 1) {
    const items = page[key];
    if (Array.isArray(items)) yield* items as T[];
    const next = page["@nextpageuri"];
    if (typeof next !== "string" || next === "") return;
    const url = nextPageUrl(core, pageUrl, next);
    if (seen.has(url)) throw new ApiPaginationError(pageUrl, next, "the server sent a next page it had already sent");
    if (pages >= core.options.maxPages) throw new ApiPaginationError(pageUrl, next, `the list has more than maxPages (${core.options.maxPages}) pages`);
    seen.add(url);
    page = await core.page$<Record<string, unknown> | undefined>(operation, url, init);
    pageUrl = url;
  }
}

/**
 * Where a `@nextpageuri` leads. impact.com sends a path (`/Advertisers/<SID>/…?Page=2`),
 * which goes to the configured origin (with its path prefix, if any); an absolute
 * URL is taken as it is. Either must end up below the API's base URL.
 */
function nextPageUrl(core: ImpactClient, pageUrl: string, next: string): string {
  const base = new URL(core.apiBaseUrl$);
  let url: URL;
  try {
    // One leading slash only: `//host/x` and `/\host/x` name another host, and are resolved as URLs do, to be refused below.
    url = /^\/(?![/\\])/.test(next) ? new URL(`${core.options.baseUrl}${next}`) : new URL(next, `${core.options.baseUrl}/`);
  } catch {
    throw new ApiPaginationError(pageUrl, next, "the next page is not a path or an absolute URL");
  }
  const below = url.pathname === base.pathname || url.pathname.startsWith(`${base.pathname}/`);
  if (url.origin !== base.origin || url.username !== "" || url.password !== "" || !below) {
    throw new ApiPaginationError(pageUrl, next, `the next page lies outside ${base.href}; it was not requested, so the credentials were not sent there`);
  }
  return url.href;
}
