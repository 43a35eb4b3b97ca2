import { describe, expect, it } from "vitest";
// The public import paths issue 4 names, resolved through package.json's exports.
import { createBrandClient, RateLimitError, type BrandClient } from "impact-promo-api/brand";
import { createPartnerClient, NotFoundError } from "impact-promo-api/partner";

describe("the package's public surface", () => {
  it("exports each API's client factory and the error classes under impact-promo-api/<api>", () => {
    const brand: BrandClient = createBrandClient({ accountSid: "SID", authToken: "token" });
    expect(typeof brand.listPromoCodes).toBe("function");
    expect(typeof brand.paginate).toBe("function");
    expect(typeof createPartnerClient({ accountSid: "SID", authToken: "token" }).getPromoCode).toBe("function");
    expect(new RateLimitError(429, "GET", "https://x", new Headers(), undefined, "")).toBeInstanceOf(Error);
    expect(NotFoundError.name).toBe("NotFoundError");
  });
});
