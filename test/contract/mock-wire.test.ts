// The mock against what impact.com's wire really does (issue 21): XML unless
// the request accepts JSON, errors included, from the HTTP server and the MSW
// handlers alike; URIs that name the caller's account; only the spec's paths;
// ids past 16 digits refused and never rounded; unknown body fields refused.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBrandClient } from "../../generated/brand/index.js";
import { createBrandMockHandlers } from "../../generated/brand/msw.js";
import { createPartnerMockHandlers } from "../../generated/partner/msw.js";
import { startMockServer, type MockOptions, type MockServer } from "../../runtime/contract/mock.js";
import { answerFormat } from "../../runtime/contract/mock/core.js";
import { singular, toXml, XmlNameError } from "../../runtime/contract/mock/xml.js";

const SID = "IRcallerAccount";
const TOKEN = "caller-token";
const AUTH = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`;
const JSON_ONLY = { Accept: "application/json" };
const HANG = 20_000;

const brandMsw = createBrandMockHandlers();
const partnerMsw = createPartnerMockHandlers();
const msw = setupServer(...brandMsw.handlers, ...partnerMsw.handlers);
let mock: MockServer;
const servers: MockServer[] = [];

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: "bypass" } as Parameters<typeof msw.listen>[0]);
  mock = await startMockServer();
});
afterEach(() => {
  brandMsw.reset();
  partnerMsw.reset();
  mock.reset();
});
afterAll(async () => {
  msw.close();
  await mock.close();
  for (const server of servers) await server.close();
});

/** The two adapters over the one core: the HTTP server, and the MSW handlers on impact.com's origin. */
const ADAPTERS = [
  ["the HTTP mock", () => mock.url],
  ["the MSW handlers", () => "https://api.impact.com"],
] as const;

const send = (origin: string, pathAndQuery: string, init: RequestInit = {}) =>
  fetch(`${origin}${pathAndQuery}`, { ...init, headers: { Authorization: AUTH, ...(init.headers as Record<string, string>) } });

/** The text of one element, as this writer writes it (`<Name/>` when empty). */
const elementOf = (xml: string, name: string): string | undefined => {
  if (xml.includes(`<${name}/>`)) return "";
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
};

describe.each(ADAPTERS)("%s answers as impact.com does for Accept", (_name, origin) => {
  it.each([
    ["no Accept header", {}],
    ["Accept: application/xml", { Accept: "application/xml" }],
    ["Accept: */*", { Accept: "*/*" }],
    ["Accept: application/json;q=0", { Accept: "application/json;q=0" }],
  ] as const)("XML for %s: impact.com's root element, the same record as the JSON", async (_case, headers) => {
    const response = await send(origin(), `/Advertisers/${SID}/PromoCodes/7777777`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><ImpactRadiusResponse>.*<\/ImpactRadiusResponse>$/s);
    const json = (await (await send(origin(), `/Advertisers/${SID}/PromoCodes/7777777`, { headers: JSON_ONLY })).json()) as Record<string, unknown>;
    // Every scalar of the JSON record is an element of the XML one, with the same text ("" as an empty element).
    const scalars = Object.entries(json).filter(([, value]) => typeof value === "string");
    expect(scalars.length).toBeGreaterThan(10);
    for (const [key, value] of scalars) expect(elementOf(xml, key), key).toBe(value);
  });

  it("JSON for Accept: application/json, and when JSON outweighs XML", async () => {
    for (const accept of ["application/json", "application/xml;q=0.5, application/json", "text/html, application/json"]) {
      const response = await send(origin(), `/Advertisers/${SID}/PromoCodes/7777777`, { headers: { Accept: accept } });
      expect(response.headers.get("content-type"), accept).toBe("application/json");
      expect(((await response.json()) as { Id: string }).Id).toBe("7777777");
    }
  });

  it("errors too: a 401, a 404 and a 400 without Accept are impact.com's error body in XML", async () => {
    const unauthenticated = await fetch(`${origin()}/Advertisers/${SID}/PromoCodes/7777777`);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get("content-type")).toBe("application/xml");
    expect(await unauthenticated.text()).toMatch(/^<\?xml[^>]*\?><ImpactRadiusResponse><Status>ERROR<\/Status><Message>Authentication failed[^<]*<\/Message>(<Errors\/>)?<\/ImpactRadiusResponse>$/);
    const missing = await send(origin(), `/Advertisers/${SID}/PromoCodes/1`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("<Status>ERROR</Status><Message>Promo code 1 not found</Message>");
    const invalid = await send(origin(), `/Advertisers/${SID}/PromoCodes?State=PAUSED`);
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toMatch(/<Errors><Error><Field>State<\/Field><Message>[^<]+<\/Message><\/Error><\/Errors>/);
  });

  it("a paged list in XML: the envelope as attributes of the list element, one element per record", async () => {
    const xml = await (await send(origin(), `/Mediapartners/${SID}/PromoCodes?PageSize=50`)).text();
    expect(xml).toMatch(
      new RegExp(`^<\\?xml[^>]*\\?><ImpactRadiusResponse><PromoCodes page="1" numpages="1" pagesize="50" total="2" start="0" end="1" uri="/Mediapartners/${SID}/PromoCodes\\?PageSize=50&amp;Page=1" [^>]*nextpageuri=""><PromoCode>`),
    );
    expect(xml.match(/<PromoCode>/g)).toHaveLength(2);
    expect(xml).toContain(`<Advertiser><Id>2321</Id><Name>SummerSun Apparel</Name><Uri>/Mediapartners/${SID}/Advertisers/2321</Uri>`);
  });
});

describe("the XML writer", () => {
  it("escapes text and attribute values, and replaces characters XML cannot carry", () => {
    const xml = toXml({ "@note": `a"b<c>&\t\n`, Code: `<script>&amp;"'\r`, Odd: "bell\u0007 and \uD800 lone", Empty: "", None: null, Items: [{ Value: "]]>" }] });
    // With one list beside them, `@`-keys are the list's attributes (the paged envelope's place); else the element's own.
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><ImpactRadiusResponse><Code>&lt;script&gt;&amp;amp;"\'&#13;</Code>' +
        '<Odd>bell\uFFFD and \uFFFD lone</Odd><Empty/><None/><Items note="a&quot;b&lt;c&gt;&amp;&#9;&#10;"><Item><Value>]]&gt;</Value></Item></Items></ImpactRadiusResponse>',
    );
    expect(toXml({ Status: "OK", Nested: { "@id": "<1>", Name: "n" }, Empty: [] })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><ImpactRadiusResponse><Status>OK</Status><Nested id="&lt;1&gt;"><Name>n</Name></Nested><Empty/></ImpactRadiusResponse>',
    );
  });

  it("refuses a key that is not an XML name rather than write a broken document", () => {
    for (const key of ["bad key", "1st", "a:b", "", "x<y"]) expect(() => toXml({ [key]: "v" }), key).toThrow(XmlNameError);
    for (const key of ["@bad key", "@"]) expect(() => toXml({ [key]: "v" }), key).toThrow(XmlNameError);
    expect(toXml({ "Ünïcode_ok-1.2": "v" })).toContain("<Ünïcode_ok-1.2>v</Ünïcode_ok-1.2>");
  });

  it("names a list's entries in the singular", () => {
    expect(["PromoCodes", "ExceptionListItems", "PromoCodeExceptionListItems", "Categories", "Errors", "Status", "Data"].map(singular)).toEqual([
      "PromoCode",
      "ExceptionListItem",
      "PromoCodeExceptionListItem",
      "Category",
      "Error",
      "StatusItem",
      "DataItem",
    ]);
  });

  it("a seeded key that is not an XML name: a one-line 500 naming it in XML, JSON still served", async () => {
    const { getPromoCode } = (await import("../../generated/brand/fixtures/responses.json", { with: { type: "json" } })).default as Record<string, Record<string, unknown[]>>;
    const record = { ...(getPromoCode!["200"]![0] as Record<string, unknown>), "odd key": "x" };
    const server = await startMockServer({ fixtures: { brand: { getPromoCode: { "200": [record] } } } });
    servers.push(server);
    const xml = await send(server.url, `/Advertisers/${SID}/PromoCodes/7777777`);
    expect(xml.status).toBe(500);
    expect(await xml.text()).toMatch(/<Message>The key "odd key" \(in ImpactRadiusResponse\) is not a valid XML name[^<\n]*<\/Message>/);
    expect((await send(server.url, `/Advertisers/${SID}/PromoCodes/7777777`, { headers: JSON_ONLY })).status).toBe(200);
  });

  it("reads Accept within a bound", () => {
    expect(answerFormat(new Headers({ Accept: `${"text/plain, ".repeat(1_000)}application/json` }))).toBe("xml");
    expect(answerFormat(new Headers({ Accept: "application/xml, application/json" }))).toBe("json");
    expect(answerFormat(new Headers({ Accept: "application/json;q=0.4, text/xml;q=0.5" }))).toBe("xml");
    expect(answerFormat(new Headers())).toBe("xml");
  });
});

describe("our client always sends Accept: application/json", () => {
  it("even when a caller's headers say otherwise, in any case", async () => {
    const client = createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: mock.url, maxRetries: 0, headers: { accept: "application/xml" } });
    expect((await client.getPromoCode({ path: { PromoCodeId: 7777777 } })).Code).toBe("Acme20");
    expect((await client.getPromoCode({ path: { PromoCodeId: 7777777 }, headers: { ACCEPT: "text/xml", Accept: "application/xml" } })).Code).toBe("Acme20");
  });
});

describe.each(ADAPTERS)("%s: the caller's account in every URI", (_name, origin) => {
  const uris = (value: unknown, key = ""): Array<[string, string]> =>
    typeof value === "string"
      ? /uri$/i.test(key) && value !== ""
        ? [[key, value]]
        : []
      : value && typeof value === "object"
        ? Object.entries(value).flatMap(([name, entry]) => uris(entry, Array.isArray(value) ? key : name))
        : [];

  it.each([
    ["/Advertisers", "/PromoCodes/7777777"],
    ["/Advertisers", "/PromoCodes?PageSize=50"],
    ["/Advertisers", "/PromoCodeExceptionLists/99999"],
    ["/Advertisers", "/PromoCodeExceptionLists/99999/Items?PageSize=50"],
    ["/Advertisers", "/PromoCodeExceptionLists/99999/Items/555001"],
    ["/Mediapartners", "/PromoCodes?PageSize=50"],
    ["/Mediapartners", "/PromoCodes/3467"],
    ["/Mediapartners", "/PromoCodeExceptionLists/99999"],
    ["/Mediapartners", "/PromoCodeExceptionLists/99999/Items"],
  ])("%s/{SID}%s", async (api, pathAndQuery) => {
    const body = await (await send(origin(), `${api}/${SID}${pathAndQuery}`, { headers: JSON_ONLY })).json();
    const found = uris(body);
    expect(found.length).toBeGreaterThan(0);
    for (const [key, uri] of found) expect(uri, key).toMatch(new RegExp(`^${api}/${SID}(/|\\?)`));
  });

  it("Uri and ItemsUri of a seeded list lead back to it with the caller's credentials", async () => {
    const list = (await (await send(origin(), `/Advertisers/${SID}/PromoCodeExceptionLists/99999`, { headers: JSON_ONLY })).json()) as { Uri: string; ItemsUri: string };
    expect(list.Uri).toBe(`/Advertisers/${SID}/PromoCodeExceptionLists/99999`);
    expect(list.ItemsUri).toBe(`/Advertisers/${SID}/PromoCodeExceptionLists/99999/Items`);
    for (const uri of [list.Uri, list.ItemsUri]) expect((await send(origin(), uri, { headers: JSON_ONLY })).status, uri).toBe(200);
  });

  it("an override answered with the spec's example names the caller's account too", async () => {
    (origin() === mock.url ? (status: number) => mock.override("brand", "getPromoCode", status) : (status: number) => brandMsw.override("getPromoCode", status as 200))(200);
    const body = (await (await send(origin(), `/Advertisers/${SID}/PromoCodes/123`, { headers: JSON_ONLY })).json()) as { Uri: string };
    expect(body.Uri).toMatch(new RegExp(`^/Advertisers/${SID}/`));
  });
});

describe.each(ADAPTERS)("%s serves only the spec's paths", (_name, origin) => {
  it.each(["/PromoCodes/7777777/", "/PromoCodes/", "/PromoCodeExceptionLists/99999/Items/", "/PromoCodeExceptionLists/99999/"])("%s is a 404 as an undeclared path", async (pathAndQuery) => {
    const response = await send(origin(), `/Advertisers/${SID}${pathAndQuery}`, { headers: JSON_ONLY });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { Message: string }).Message).toBe(`No resource at /Advertisers/${SID}${pathAndQuery}`);
  });
});

describe.each(ADAPTERS)("%s: integers past 16 digits are a 400 naming the field, and ids are never rounded", (_name, origin) => {
  const errorsOf = async (response: Response) => {
    expect(response.status).toBe(400);
    return ((await response.json()) as { Errors: Array<{ Field: string; Message: string }> }).Errors;
  };

  it.each([
    ["PromoCodeId", "/PromoCodes/12345678901234567"],
    ["PromoCodeId", "/PromoCodes/99999999999999999999"],
    ["ListId", "/PromoCodeExceptionLists/00000000000000000000000000099999999999999999/Items"],
    ["ItemId", "/PromoCodeExceptionLists/99999/Items/123456789012345678901234567890"],
    ["CampaignId", "/PromoCodes?CampaignId=12345678901234567"],
    ["Page", "/PromoCodes?Page=99999999999999999999"],
  ])("%s in %s", async (field, pathAndQuery) => {
    const errors = await errorsOf(await send(origin(), `/Advertisers/${SID}${pathAndQuery}`, { headers: JSON_ONLY }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.Field).toBe(field);
    expect(errors[0]!.Message).toMatch(/has \d+ digits; integers have at most 16/);
  });

  it("16 digits are within the limit: 9007199254740993 is looked up as itself (404 naming it), not as …992", async () => {
    const response = await send(origin(), `/Advertisers/${SID}/PromoCodes/9007199254740993`, { headers: JSON_ONLY });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { Message: string }).Message).toBe("Promo code 9007199254740993 not found");
    const leadingZeros = await send(origin(), `/Advertisers/${SID}/PromoCodes/0000000000000000007777777`, { headers: JSON_ONLY });
    expect(leadingZeros.status, "leading zeros do not count: the value has 7 digits").toBe(200);
  });

  it("in bodies: a form field and a JSON number past 16 digits are a 400 naming the field", async () => {
    const form = await send(origin(), `/Advertisers/${SID}/PromoCodes`, {
      method: "POST",
      headers: { ...JSON_ONLY, "Content-Type": "application/x-www-form-urlencoded" },
      body: "AssignedPartnerId=1&CampaignId=12345678901234567&CreditPolicy=ALWAYS&Code=BIG&Type=LI",
    });
    expect((await errorsOf(form))[0]!.Field).toBe("CampaignId");
    const json = await send(origin(), `/Advertisers/${SID}/PromoCodes`, {
      method: "POST",
      headers: { ...JSON_ONLY, "Content-Type": "application/json" },
      body: '{"Code":"\\"CampaignId\\": 99999999999999999999","AssignedPartnerId":1,"CampaignId":  123456789012345678,"CreditPolicy":"ALWAYS","Type":"LI"}',
    });
    expect((await errorsOf(json))[0]!.Field).toBe("CampaignId");
    const unsafe = await send(origin(), `/Advertisers/${SID}/PromoCodes`, {
      method: "POST",
      headers: { ...JSON_ONLY, "Content-Type": "application/json" },
      body: '{"Code":"X","AssignedPartnerId":9007199254740993,"CampaignId":1,"CreditPolicy":"ALWAYS","Type":"LI"}',
    });
    const [unsafeError] = await errorsOf(unsafe);
    expect(unsafeError).toEqual({ Field: "AssignedPartnerId", Message: expect.stringContaining("9007199254740993") });
  });
});

describe("a seeded id past 2^53 is found as itself", () => {
  it(
    "9007199254740993 answers its record; 9007199254740992 is another id",
    async () => {
      const { getPromoCode } = (await import("../../generated/brand/fixtures/responses.json", { with: { type: "json" } })).default as Record<string, Record<string, unknown[]>>;
      const record = { ...(getPromoCode!["200"]![0] as Record<string, unknown>), Id: "9007199254740993", Code: "BIGID" };
      const options: MockOptions = { fixtures: { brand: { getPromoCode: { "200": [record] } } } };
      const server = await startMockServer(options);
      servers.push(server);
      const found = await send(server.url, `/Advertisers/${SID}/PromoCodes/9007199254740993`, { headers: JSON_ONLY });
      expect(found.status).toBe(200);
      expect(((await found.json()) as { Id: string; Code: string })).toMatchObject({ Id: "9007199254740993", Code: "BIGID" });
      expect((await send(server.url, `/Advertisers/${SID}/PromoCodes/9007199254740992`, { headers: JSON_ONLY })).status).toBe(404);
    },
    HANG,
  );
});

describe.each(ADAPTERS)("%s refuses request bodies with fields the schema does not name", (_name, origin) => {
  it.each([
    ["PUT", "/PromoCodeExceptionLists/99999", "application/json", '{"Foo":"x"}', "Foo"],
    ["PUT", "/PromoCodeExceptionLists/99999", "application/x-www-form-urlencoded", "Name=Renamed&Foo=x", "Foo"],
    ["POST", "/PromoCodeExceptionLists/99999/Items", "application/json", '{"Value":"A","Extra":1}', "Extra"],
    ["POST", "/PromoCodes", "application/x-www-form-urlencoded", "AssignedPartnerId=1&CampaignId=1&CreditPolicy=ALWAYS&Code=C&Type=LI&constructor=x", "constructor"],
  ])("%s %s (%s) with %j: 400 naming the field", async (method, pathAndQuery, type, body, field) => {
    const response = await send(origin(), `/Advertisers/${SID}${pathAndQuery}`, { method, headers: { ...JSON_ONLY, "Content-Type": type }, body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { Errors: Array<{ Field: string; Message: string }> };
    expect(answer.Errors).toEqual([{ Field: field, Message: `additionalProperties: must NOT have additional properties: ${JSON.stringify(field)}` }]);
  });

  it("and the list is unchanged", async () => {
    await send(origin(), `/Advertisers/${SID}/PromoCodeExceptionLists/99999`, { method: "PUT", headers: { ...JSON_ONLY, "Content-Type": "application/json" }, body: '{"Name":"Changed","Foo":"x"}' });
    const list = (await (await send(origin(), `/Advertisers/${SID}/PromoCodeExceptionLists/99999`, { headers: JSON_ONLY })).json()) as { Name: string };
    expect(list.Name).toBe("Excluded-Influencer-Codes");
  });
});
