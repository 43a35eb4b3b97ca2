// The mock's data: promo codes, exception lists and their items per API, kept
// in memory and seeded from the fixtures, so what a test creates it can fetch,
// list and expire.
type Json = Record<string, any>;

/**
 * The in-memory data, keyed by each record's id as exact decimal text: an id
 * is looked up as the path spelled it, never through a Number, which would
 * make 9007199254740993 find 9007199254740992.
 */
export class Store {
  brandCodes = new Map<string, Json>();
  lists = new Map<string, Json>();
  items = new Map<string, Map<string, Json>>();
  partnerCodes = new Map<string, Json>();
  partnerLists = new Map<string, Json>();
  partnerItems = new Map<string, Map<string, Json>>();
  private nextId = 9_000_000;

  itemsOf(map: Map<string, Map<string, Json>>, listId: string): Map<string, Json> {
    let items = map.get(listId);
    if (!items) map.set(listId, (items = new Map()));
    return items;
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }
}

/** A store seeded from each API's response fixtures. */
export function seededStore(apis: ReadonlyArray<{ name: string; fixtures: Json }>): Store {
  const store = new Store();
  for (const api of apis) seed(store, api.name, api.fixtures);
  return store;
}

/** Seeds the store from one API's response fixtures: every record found in its operations' 200 examples. */
function seed(store: Store, api: string, fixtures: Json): void {
  // Seed data may come from a consumer: anything not shaped like a record is skipped, never a crash.
  const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((entry): entry is Json => entry !== null && typeof entry === "object" && !Array.isArray(entry)) : []);
  const examples = (operationId: string): Json[] => records(fixtures?.[operationId]?.["200"]);
  const listed = (operationId: string, key: string): Json[] => examples(operationId).flatMap((page) => records(page[key]));
  if (api === "brand") {
    for (const code of [...examples("getPromoCode"), ...listed("listPromoCodes", "PromoCodes")]) store.brandCodes.set(idKey(code.Id), structuredClone(code));
    for (const list of examples("getPromoCodeExceptionList")) store.lists.set(idKey(list.Id), structuredClone(list));
    for (const item of [...examples("getPromoCodeExceptionListItem"), ...listed("listPromoCodeExceptionListItems", "ExceptionListItems")]) {
      store.itemsOf(store.items, idKey(item.ListId)).set(idKey(item.Id), structuredClone(item));
    }
    for (const [listId, list] of store.lists) list.NumberOfItems = store.items.get(listId)?.size ?? 0;
  } else if (api === "partner") {
    for (const code of [...examples("getPromoCode"), ...listed("listPromoCodes", "PromoCodes")]) store.partnerCodes.set(idKey(code.Id), structuredClone(code));
    for (const list of examples("getPromoCodeExceptionList")) store.partnerLists.set(idKey(list.Id), structuredClone(list));
    for (const item of listed("listPromoCodeExceptionListItems", "PromoCodeExceptionListItems")) store.itemsOf(store.partnerItems, idKey(item.ListId)).set(idKey(item.Id), structuredClone(item));
  }
}

/** An id as exact decimal text without leading zeros (`"007"` and `7` are one record); anything else as it is. */
export function idKey(id: unknown): string {
  const text = String(id);
  return /^\d+$/.test(text) ? text.replace(/^0+(?=\d)/, "") : text;
}
