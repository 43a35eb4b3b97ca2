// Type tests: checked by `tsc --noEmit` in `npm test` (a wrong line here fails the
// type-check); the runtime part only builds the calls without sending them.
import assert from "node:assert/strict";
import { describe, expectTypeOf, it } from "vitest";
import { createBrandClient, createBrandCore, getPromoCode, type ApiPromise, type components } from "../../generated/brand/index.js";
import { createPartnerClient, createPartnerCore, type components as PartnerComponents } from "../../generated/partner/index.js";

type PromoCode = components["schemas"]["PromoCode"];

// Never called: the functions exist so that their bodies are type-checked.
const neverCalled = () => {
  const brand = createBrandClient({ accountSid: "SID", authToken: "token" });
  const partner = createPartnerClient({ accountSid: "SID", authToken: "token" });
  return { brand, partner };
};

describe("the generated clients' types", () => {
  it("type each method's parameters and result from the spec", () => {
    const check = ({ brand, partner }: ReturnType<typeof neverCalled>) => {
      expectTypeOf(brand.getPromoCode({ path: { PromoCodeId: 7777777 } })).toEqualTypeOf<ApiPromise<PromoCode>>();
      expectTypeOf(brand.listPromoCodes).parameter(0).toEqualTypeOf<Parameters<typeof brand.listPromoCodes>[0]>();
      expectTypeOf<Awaited<ReturnType<typeof brand.listPromoCodes>>["PromoCodes"]>().toEqualTypeOf<PromoCode[]>();
      expectTypeOf<PromoCode["Id"]>().toEqualTypeOf<number>();
      expectTypeOf<PromoCode["SynchAdsPromoCodes"]>().toEqualTypeOf<boolean | undefined>();
      expectTypeOf<PromoCode["EndDate"]>().toEqualTypeOf<string | undefined>();
      expectTypeOf<PromoCode["State"]>().toEqualTypeOf<"ACTIVE" | "INACTIVE">();
      expectTypeOf(partner.getPromoCode({ path: { Id: 1 } })).toEqualTypeOf<ApiPromise<PartnerComponents["schemas"]["PromoCode"]>>();
      expectTypeOf(brand.paginate("listPromoCodes")).toEqualTypeOf<AsyncIterable<PromoCode>>();
      expectTypeOf(partner.paginate("listPromoCodeExceptionListItems", { path: { PromoCodeExceptionListId: 1 } })).toEqualTypeOf<
        AsyncIterable<PartnerComponents["schemas"]["PromoCodeExceptionListItem"]>
      >();

      // A create, an update or an expire answers the path of what it made; a delete answers none.
      expectTypeOf<Awaited<ReturnType<typeof brand.createPromoCode>>["Uri"]>().toEqualTypeOf<string>();
      expectTypeOf<Awaited<ReturnType<typeof brand.expirePromoCode>>["Uri"]>().toEqualTypeOf<string>();
      expectTypeOf<Awaited<ReturnType<typeof brand.createPromoCodeExceptionListItem>>["Uri"]>().toEqualTypeOf<string>();
      expectTypeOf<Awaited<ReturnType<typeof brand.deletePromoCodeExceptionListItem>>["Uri"]>().toEqualTypeOf<string | undefined>();

      // Calls without required input take no argument; the others demand theirs.
      void brand.listPromoCodes();
      void brand.listPromoCodes({ query: { State: "ACTIVE", PageSize: 50 } });
      // @ts-expect-error a path id is required
      void brand.getPromoCode();
      // @ts-expect-error the id is an integer, not a string
      void brand.getPromoCode({ path: { PromoCodeId: "7777777" } });
      // @ts-expect-error no such query field
      void brand.listPromoCodes({ query: { Status: "ACTIVE" } });
      // @ts-expect-error not a State value
      void brand.listPromoCodes({ query: { State: "PAUSED" } });
      // @ts-expect-error a body is required
      void brand.createPromoCode();
      // @ts-expect-error Code is required in the body
      void brand.createPromoCode({ body: { AssignedPartnerId: 1, CampaignId: 1, CreditPolicy: "ALWAYS", Type: "LI" } });
      // @ts-expect-error the account SID comes from the options, never per call
      void brand.listPromoCodes({ path: { AccountSID: "other" } });
      // @ts-expect-error only paged lists can be paginated
      void brand.paginate("getPromoCode", { path: { PromoCodeId: 1 } });
      // @ts-expect-error partner has no write operations
      void partner.createPromoCode;
      // @ts-expect-error the options need the auth token
      createBrandClient({ accountSid: "SID" });

      // Operation functions take their own API's core, typed like the methods.
      const brandCore = createBrandCore({ accountSid: "SID", authToken: "token" });
      expectTypeOf(getPromoCode(brandCore, { path: { PromoCodeId: 1 } })).toEqualTypeOf<ApiPromise<PromoCode>>();
      // @ts-expect-error a partner core is not a brand core
      void getPromoCode(createPartnerCore({ accountSid: "SID", authToken: "token" }), { path: { PromoCodeId: 1 } });
      // @ts-expect-error the same parameter checks as the methods
      void getPromoCode(brandCore, { path: { PromoCodeId: "1" } });
    };
    expectTypeOf(check).toBeFunction();
  });

  it("make each call's promise a Promise: declared returns, assert.rejects, await, Promise.all, finally", () => {
    const check = async ({ brand }: ReturnType<typeof neverCalled>) => {
      const load = (): Promise<PromoCode> => brand.getPromoCode({ path: { PromoCodeId: 1 } });
      await assert.rejects(brand.getPromoCode({ path: { PromoCodeId: 1 } }), Error);
      expectTypeOf(await brand.getPromoCode({ path: { PromoCodeId: 1 } })).toEqualTypeOf<PromoCode>();
      const both = await Promise.all([load(), brand.listPromoCodes()]);
      expectTypeOf(both[0]).toEqualTypeOf<PromoCode>();
      expectTypeOf(both[1].PromoCodes).toEqualTypeOf<PromoCode[]>();
      expectTypeOf(brand.getPromoCode({ path: { PromoCodeId: 1 } }).finally(() => undefined)).toEqualTypeOf<Promise<PromoCode>>();
      expectTypeOf(brand.getPromoCode({ path: { PromoCodeId: 1 } })).toExtend<Promise<PromoCode>>();
    };
    expectTypeOf(check).toBeFunction();
  });
});
