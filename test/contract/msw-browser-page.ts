// The page of the browser test (msw-browser.test.ts), bundled by esbuild for
// the browser: a consumer starting the generated handlers in a service worker
// and calling impact.com through a client created with no baseUrl.
import { setupWorker } from "msw/browser";
import { createBrandClient, NotFoundError } from "../../generated/brand/index.js";
import { createBrandMockHandlers } from "../../generated/brand/msw.js";

async function run(): Promise<Record<string, unknown>> {
  const mock = createBrandMockHandlers();
  const worker = setupWorker(...mock.handlers);
  // msw 2 calls the option onUnhandledRequest, msw 3 onUnhandledFrame; each ignores the other's.
  const options = { quiet: true, onUnhandledRequest: "error", onUnhandledFrame: "error", serviceWorker: { url: "/mockServiceWorker.js" } };
  await worker.start(options as Record<string, unknown> as Parameters<typeof worker.start>[0]);
  const client = createBrandClient({ accountSid: "IRbrowser", authToken: "token", maxRetries: 0 });
  const created = await client.createPromoCode({ body: { AssignedPartnerId: 1, CampaignId: 31, CreditPolicy: "WINNER", Code: "BROWSER1", Type: "LI" } });
  const id = Number(created.Uri!.split("/").pop());
  const fetched = await client.getPromoCode({ path: { PromoCodeId: id } });
  const listed = await client.listPromoCodes({ query: { CampaignId: 31 } });
  await client.expirePromoCode({ path: { PromoCodeId: id } });
  const expired = await client.getPromoCode({ path: { PromoCodeId: id } });
  const invalid = await client.listPromoCodes({ query: { PageSize: 1 } }).then(
    () => "accepted",
    (error: unknown) => (error as { status?: number }).status,
  );
  const raw = await fetch(`https://api.impact.com/Advertisers/IRbrowser/PromoCodes/${id}`, { headers: { Authorization: `Basic ${btoa("IRbrowser:token")}`, Accept: "application/json" } });
  const wire = (await raw.json()) as { Id: unknown };
  mock.override("getPromoCode", 404);
  const overridden = await client.getPromoCode({ path: { PromoCodeId: id } }).then(
    () => "found",
    (error: unknown) => (error instanceof NotFoundError ? "NotFoundError" : String(error)),
  );
  mock.reset();
  const afterReset = await client.getPromoCode({ path: { PromoCodeId: id } }).then(
    () => "found",
    (error: unknown) => (error instanceof NotFoundError ? "NotFoundError" : String(error)),
  );
  worker.stop();
  return {
    fetched: { Id: fetched.Id, Code: fetched.Code, State: fetched.State },
    listed: listed.PromoCodes.map((code) => code.Id),
    expired: expired.State,
    invalid,
    wireId: wire.Id,
    overridden,
    afterReset,
    id,
  };
}

(globalThis as unknown as { runMswScenario: typeof run }).runMswScenario = run;
