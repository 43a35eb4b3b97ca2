// A list answer's paging envelope as impact.com writes it: the `@page`,
// `@numpages`, … keys and the page URIs, each repeating the request's filters,
// so a client can follow `@nextpageuri` to the end.
type Json = Record<string, any>;

/** Page `query.Page` of `all` (`query.PageSize` per page, 100 by default), under `key`. */
export function page(requestPath: string, query: Record<string, unknown>, key: string, all: Json[]): Json {
  const size = Number(query.PageSize ?? 100);
  const number = Number(query.Page ?? 1);
  const total = all.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const start = (number - 1) * size;
  const slice = all.slice(start, start + size);
  const uri = (pageNumber: number) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (name === "Page") continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
    }
    search.set("Page", String(pageNumber));
    return `${requestPath}?${search.toString()}`;
  };
  const envelope: Json = {
    "@page": number,
    "@numpages": pages,
    "@pagesize": size,
    "@total": total,
    "@start": Math.min(start, Math.max(0, total - 1)),
    "@end": Math.max(0, Math.min(start + slice.length, total) - 1),
    "@uri": uri(number),
    "@firstpageuri": uri(1),
    "@lastpageuri": uri(pages),
    [key]: slice,
  };
  if (number > 1) envelope["@previouspageuri"] = uri(number - 1);
  if (number < pages) envelope["@nextpageuri"] = uri(number + 1);
  return envelope;
}
