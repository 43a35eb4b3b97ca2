// What each of the 16 operations does: reads, writes and filters the store and
// returns its answer in clean types (the core writes it in wire form). The
// only place that knows the APIs' resources; everything else in the mock works
// from the spec.
import type { OperationSpec } from "../operation-spec.js";
import type { Api } from "./api.js";
import { MockHttpError } from "./http-error.js";
import { page } from "./paging.js";
import type { ParsedRequest } from "./request.js";
import type { Store } from "./store.js";

type Json = Record<string, any>;

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** Whether a record's value is the filter's (or one of them); ids compare as exact decimal text, as the request spelled them. */
function matches(value: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true;
  const key = typeof value === "number" ? String(value) : value;
  return Array.isArray(wanted) ? wanted.some((entry) => entry === key) : wanted === key;
}

/** The operation's answer, in clean types; the caller turns it into the wire form. */
export function answerOperation(store: Store, api: Api, operation: OperationSpec, sid: string, requestPath: string, input: ParsedRequest): { status: number; body: unknown } {
  const base = `${api.accountPrefix}${encodeURIComponent(sid)}`;
  const body = (input.body ?? {}) as Json;
  const q = input.exactQuery;
  const ids = input.ids;
  const notFound = (what: string) => new MockHttpError(404, `${what} not found`);
  switch (`${api.name}.${operation.operationId}`) {
    case "brand.listPromoCodes": {
      const all = [...store.brandCodes.values()].filter(
        (code) =>
          matches(code.CampaignId, q.CampaignId) &&
          matches(code.Code, q.Code) &&
          matches(code.State, q.State) &&
          (q.StartDate === undefined || (code.StartDate ?? code.CreatedDate) >= (q.StartDate as string)) &&
          (q.EndDate === undefined || (code.EndDate !== undefined && code.EndDate <= (q.EndDate as string))),
      );
      return { status: 200, body: page(requestPath, q, "PromoCodes", all) };
    }
    case "brand.createPromoCode": {
      const id = store.id();
      const uri = `${base}/PromoCodes/${id}`;
      const started = body.StartDate === undefined || body.StartDate <= now();
      store.brandCodes.set(String(id), {
        Id: id,
        Code: body.Code,
        Type: body.Type,
        CreditPolicy: body.CreditPolicy,
        CampaignId: body.CampaignId,
        AssignedPartnerId: body.AssignedPartnerId,
        CreatedDate: now(),
        ...(body.StartDate ? { StartDate: body.StartDate } : {}),
        ...(body.EndDate ? { EndDate: body.EndDate } : {}),
        State: started ? "ACTIVE" : "INACTIVE",
        ...(body.DealId ? { DealId: body.DealId } : {}),
        ...(body.DealName ? { DealName: body.DealName } : {}),
        DealProducts: [],
        SynchAdsPromoCodes: false,
        Uri: uri,
      });
      return { status: 200, body: { Status: "OK", Uri: uri } };
    }
    case "brand.getPromoCode": {
      const code = store.brandCodes.get(ids.PromoCodeId!);
      if (!code) throw notFound(`Promo code ${ids.PromoCodeId}`);
      return { status: 200, body: code };
    }
    case "brand.expirePromoCode": {
      const code = store.brandCodes.get(ids.PromoCodeId!);
      if (!code) throw notFound(`Promo code ${ids.PromoCodeId}`);
      code.State = "INACTIVE";
      code.EndDate = now();
      return { status: 200, body: { Status: "OK", Uri: code.Uri } };
    }
    case "brand.createPromoCodeExceptionList": {
      const id = store.id();
      const uri = `${base}/PromoCodeExceptionLists/${id}`;
      store.lists.set(String(id), {
        Id: id,
        Name: body.Name,
        State: "ACTIVE",
        CampaignId: body.CampaignId,
        CreatedDate: now(),
        ActionTrackers: String(body.ActionTrackerId).split(",").map((tracker) => ({ Id: Number(tracker) })),
        NumberOfItems: 0,
        ItemsUri: `${uri}/Items`,
        Uri: uri,
      });
      return { status: 200, body: { Status: "OK", Uri: uri } };
    }
    case "brand.getPromoCodeExceptionList":
    case "brand.updatePromoCodeExceptionList": {
      const list = store.lists.get(ids.ListId!);
      if (!list) throw notFound(`Exception list ${ids.ListId}`);
      if (operation.method === "GET") return { status: 200, body: list };
      if (body.Name !== undefined) list.Name = body.Name;
      if (body.ActionTrackerId !== undefined) list.ActionTrackers = String(body.ActionTrackerId).split(",").map((tracker) => ({ Id: Number(tracker) }));
      return { status: 200, body: { Status: "OK", Uri: list.Uri } };
    }
    case "brand.listPromoCodeExceptionListItems":
    case "brand.createPromoCodeExceptionListItem":
    case "brand.deleteAllPromoCodeExceptionListItems": {
      const listId = ids.ListId!;
      const list = store.lists.get(listId);
      if (!list) throw notFound(`Exception list ${listId}`);
      const items = store.itemsOf(store.items, listId);
      if (operation.method === "GET") {
        return { status: 200, body: page(requestPath, q, "ExceptionListItems", [...items.values()].filter((item) => matches(item.Value, q.Value))) };
      }
      if (operation.method === "DELETE") {
        items.clear();
        list.NumberOfItems = 0;
        return { status: 200, body: { Status: "DELETED" } };
      }
      const id = store.id();
      const uri = `${list.Uri}/Items/${id}`;
      items.set(String(id), { Id: id, Value: body.Value, MatchMode: "EQ", ListId: list.Id, CreatedDate: now(), Uri: uri });
      list.NumberOfItems = items.size;
      return { status: 200, body: { Status: "OK", Uri: uri } };
    }
    case "brand.getPromoCodeExceptionListItem":
    case "brand.deletePromoCodeExceptionListItem": {
      const listId = ids.ListId!;
      const items = store.items.get(listId);
      const item = items?.get(ids.ItemId!);
      if (!store.lists.has(listId) || !item) throw notFound(`Item ${ids.ItemId} of exception list ${listId}`);
      if (operation.method === "GET") return { status: 200, body: item };
      items!.delete(ids.ItemId!);
      store.lists.get(listId)!.NumberOfItems = items!.size;
      return { status: 200, body: { Status: "DELETED" } };
    }
    case "partner.listPromoCodes": {
      const within = (value: string | undefined, from: unknown, to: unknown) =>
        (from === undefined || (value !== undefined && value >= (from as string))) && (to === undefined || (value !== undefined && value <= (to as string)));
      let all = [...store.partnerCodes.values()].filter(
        (code) =>
          matches(code.Program?.Id, q.ProgramId) &&
          matches(code.Advertiser?.Id, q.AdvertiserId) &&
          matches(code.Deal?.Id, q.DealId) &&
          matches(code.CreditRule, q.CreditRule) &&
          matches(code.MatchMode, q.MatchMode) &&
          (q.SearchString === undefined || String(code.Code).toLowerCase().includes(String(q.SearchString).toLowerCase())) &&
          within(code.CreatedDate, q.CreatedDateStart, q.CreatedDateEnd) &&
          within(code.StartDate, q.StartDateStart, q.StartDateEnd) &&
          within(code.EndDate, q.EndDateStart, q.EndDateEnd),
      );
      if (typeof q.SortBy === "string") {
        const key = q.SortBy.replace(/Id$/, "");
        const value = (code: Json) => String(code[q.SortBy as string] ?? code[key]?.Id ?? "");
        all = all.sort((a, b) => value(a).localeCompare(value(b), undefined, { numeric: true }) * (q.SortOrder === "DESC" ? -1 : 1));
      }
      return { status: 200, body: page(requestPath, q, "PromoCodes", all) };
    }
    case "partner.getPromoCode": {
      const code = store.partnerCodes.get(ids.Id!);
      if (!code) throw notFound(`Promo code ${ids.Id}`);
      return { status: 200, body: code };
    }
    case "partner.getPromoCodeExceptionList": {
      const list = store.partnerLists.get(ids.PromoCodeExceptionListId!);
      if (!list) throw notFound(`Exception list ${ids.PromoCodeExceptionListId}`);
      return { status: 200, body: list };
    }
    case "partner.listPromoCodeExceptionListItems": {
      const listId = ids.PromoCodeExceptionListId!;
      if (!store.partnerLists.has(listId)) throw notFound(`Exception list ${listId}`);
      return { status: 200, body: page(requestPath, q, "PromoCodeExceptionListItems", [...(store.partnerItems.get(listId)?.values() ?? [])]) };
    }
    default:
      throw new MockHttpError(500, `The mock does not implement ${operation.operationId}`);
  }
}
