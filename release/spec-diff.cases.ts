// Single edits of spec/ and how the diff must rate them, from the caller's side.
// test/release/spec-diff-cases.test.ts makes each edit in a copy of spec/,
// bundles both APIs and checks the highest rating and a sentence that says why.
// `old` is how the redocly-based diff before issue 23 rated the edit, where it differed (measured by running it on each edit).
import type { Impact } from "./rating.js";

export interface SpecEditCase {
  name: string;
  /** Each edit: a file under spec/, the text (or pattern) to find, first match only, and what replaces it. */
  edits: Array<[file: string, from: string | RegExp, to: string]>;
  /** The highest rating over both APIs. */
  impact: Impact;
  /** Why, in a caller's terms. */
  reason: string;
  /** A change at that rating must say this. */
  says: RegExp;
  old?: Impact;
}

const CREATE = "spec/brand/components/schemas/PromoCodeCreateRequest.yaml";
const CODE = "spec/brand/components/schemas/PromoCode.yaml";
const CODES = "spec/brand/paths/PromoCodes.yaml";
const ONE_CODE = "spec/brand/paths/PromoCodes_{PromoCodeId}.yaml";
const CREDIT = "spec/shared/components/schemas/PromoCodeCreditPolicy.yaml";
const STATE = "spec/brand/components/schemas/PromoCodeState.yaml";
const ERROR = "spec/shared/components/schemas/ErrorResponse.yaml";
const RESULT = "spec/brand/components/schemas/ActionResult.yaml";
const PAGE_SIZE = "spec/shared/components/parameters/PageSize.yaml";
const CODE_ID = "spec/brand/components/parameters/PromoCodeId.yaml";
const CREATE_BODY = "spec/brand/components/requestBodies/PromoCodeCreate.yaml";
const RATE_LIMIT = "spec/brand/components/headers/X-RateLimit-Limit.yaml";
const PARTNER_CODES = "spec/partner/paths/PromoCodes.yaml";

const DEAL_NAME = "  DealName:\n    type: string\n    maxLength: 255\n    description: The name of the deal to link the code to.\n    example: Acme Deal2\n";
const CAMPAIGN_NAME = "  CampaignName:\n    type: string\n    maxLength: 255\n";

export const SPEC_EDIT_CASES: SpecEditCase[] = [
  // The root: where every call goes, or only the words about it.
  { name: "a server variable's description moved to the server", edits: [["spec/brand/openapi.yaml", "sets it once rather than passing it on each call.\n", "sets it once rather than passing it on each call. Find it in the dashboard.\n"]], impact: "patch", reason: "no call goes anywhere else", says: /^The descriptions of the API's servers changed$/ },
  { name: "a server's URL changed", edits: [["spec/brand/openapi.yaml", "  - url: https://api.impact.com/Advertisers/{AccountSID}\n", "  - url: https://api2.impact.com/Advertisers/{AccountSID}\n"]], impact: "major", reason: "every call goes to another host", says: /^The API's servers changed from `https:\/\/api\.impact\.com\/Advertisers\/\{AccountSID\} \(AccountSID="YOUR_ACCOUNT_SID"\)` to `https:\/\/api2\.impact\.com/ },
  // Requests: what callers send.
  { name: "an optional request field removed (DealName)", edits: [[CREATE, DEAL_NAME, ""]], impact: "major", reason: "callers that send it stop compiling", says: /^`DealName` was removed from the request body of createPromoCode: callers that send it must stop$/, old: "patch" },
  { name: "a required request field removed", edits: [[CREATE, "  - Type\n", ""], [CREATE, "  Type:\n    $ref: ../../../shared/components/schemas/PromoCodeMatchType.yaml\n", ""]], impact: "major", reason: "callers that send it stop compiling", says: /`Type` was removed from the request body of createPromoCode/, old: "patch" },
  { name: "a required request field added", edits: [[CREATE, "  - Type\n", "  - Type\n  - DealName\n"]], impact: "major", reason: "every caller must now send DealName", says: /`DealName` in the request body of createPromoCode became required: every caller must send it/ },
  { name: "a new required request field", edits: [[CREATE, "  - Type\n", "  - Type\n  - Channel\n"], [CREATE, "  DealId:\n", "  Channel:\n    type: string\n    description: Where the code is shared.\n  DealId:\n"]], impact: "major", reason: "a new required input", says: /`Channel` was added to the request body of createPromoCode as a required field/ },
  { name: "a new optional request field", edits: [[CREATE, "  DealId:\n", "  Channel:\n    type: string\n    description: Where the code is shared.\n  DealId:\n"]], impact: "minor", reason: "callers may send it; nothing breaks", says: /`Channel` was added to the request body of createPromoCode as an optional field/ },
  { name: "a required request field made optional", edits: [[CREATE, "  - Type\n", ""]], impact: "minor", reason: "callers may leave it out", says: /`Type` in the request body of createPromoCode became optional/, old: "patch" },
  { name: "a request string's maxLength lowered", edits: [[CREATE, "    maxLength: 255\n    description: The code customers will enter", "    maxLength: 64\n    description: The code customers will enter"]], impact: "major", reason: "longer codes callers send are refused", says: /`Code` in the request body of createPromoCode maxLength went from 255 to 64: callers that send other values must change/ },
  { name: "a request string's maxLength raised", edits: [[CREATE, "    maxLength: 255\n    description: The code customers will enter", "    maxLength: 1024\n    description: The code customers will enter"]], impact: "minor", reason: "a relaxed request constraint", says: /maxLength went from 255 to 1024/, old: "patch" },
  { name: "a request string's minLength raised", edits: [[CREATE, "    minLength: 1\n", "    minLength: 4\n"]], impact: "major", reason: "short codes are refused", says: /minLength went from 1 to 4/ },
  { name: "a request integer's minimum raised", edits: [[CREATE, "    minimum: 1\n    description: The id of a deal", "    minimum: 1000\n    description: The id of a deal"]], impact: "major", reason: "smaller ids are refused", says: /`DealId` .*minimum went from 1 to 1000/ },
  { name: "a request integer's minimum removed", edits: [[CREATE, "    minimum: 1\n    description: The id of a deal", "    description: The id of a deal"]], impact: "minor", reason: "a relaxed request constraint", says: /`DealId` .*lost minimum 1/, old: "patch" },
  { name: "a pattern added to a request field", edits: [[CREATE, "    maxLength: 255\n    description: The name of the deal", "    maxLength: 255\n    pattern: '^[A-Za-z ]+$'\n    description: The name of the deal"]], impact: "major", reason: "names with other characters are refused", says: /`DealName` .*gained the pattern/ },
  { name: "a request field's type changed", edits: [[CREATE, "    type: integer\n    format: int64\n    minimum: 1\n    description: The id of a deal", "    type: string\n    description: The id of a deal"]], impact: "major", reason: "callers send a number where a string is wanted", says: /`DealId` .*changed from an integer to a string/ },
  { name: "a request field's type widened to string or null", edits: [[CREATE, "    maxLength: 255\n    description: The name of the deal", "    maxLength: 255\n    nullable: true\n    description: The name of the deal"], [CREATE, "  DealName:\n    type: string\n", "  DealName:\n    type: [string, 'null']\n"]], impact: "minor", reason: "callers may also send null", says: /`DealName` .*may now also be null/, old: "patch" },
  { name: "a format added to a request field", edits: [[CREATE, "    maxLength: 255\n    description: The name of the deal", "    maxLength: 255\n    format: email\n    description: The name of the deal"]], impact: "major", reason: "values that are not e-mail addresses are refused", says: /gained the format `email`/ },
  { name: "a response-only enum loses a value", edits: [["spec/brand/components/schemas/DealScope.yaml", "  - CATEGORY\n", ""], ["spec/brand/components/schemas/DealScope.yaml", /\n {2}CATEGORY: [^\n]*/, ""]], impact: "minor", reason: "callers no longer see it; their code still handles everything they can meet", says: /lost the value `CATEGORY`$/, old: "patch" },
  { name: "a query parameter removed", edits: [[CODES, "    - name: Code\n      in: query\n      description: Only the code with exactly this value.\n      schema:\n        type: string\n        maxLength: 255\n      example: Acme20\n", ""]], impact: "major", reason: "callers that filter by it stop compiling", says: /^The `Code` query parameter of listPromoCodes was removed: callers that send it must stop$/ },
  { name: "an optional query parameter made required", edits: [[CODES, "    - name: CampaignId\n      in: query\n", "    - name: CampaignId\n      in: query\n      required: true\n"]], impact: "major", reason: "a new required input", says: /The `CampaignId` query parameter of listPromoCodes became required/ },
  { name: "a new optional query parameter", edits: [[CODES, "    - name: Code\n      in: query\n", "    - name: Channel\n      in: query\n      description: Only codes shared there.\n      schema:\n        type: string\n    - name: Code\n      in: query\n"]], impact: "minor", reason: "callers may send it", says: /The `Channel` query parameter was added to listPromoCodes as optional/ },
  { name: "a new required query parameter", edits: [[CODES, "    - name: Code\n      in: query\n", "    - name: Channel\n      in: query\n      required: true\n      description: Only codes shared there.\n      schema:\n        type: string\n    - name: Code\n      in: query\n"]], impact: "major", reason: "every caller must send it", says: /The `Channel` query parameter was added to listPromoCodes as required/ },
  { name: "a shared query parameter's maximum lowered", edits: [[PAGE_SIZE, "  maximum: 1000\n", "  maximum: 500\n"]], impact: "major", reason: "callers asking for 1000 a page are refused", says: /The `PageSize` query parameter of .*maximum went from 1000 to 500/ },
  { name: "a shared query parameter's maximum raised", edits: [[PAGE_SIZE, "  maximum: 1000\n", "  maximum: 5000\n"]], impact: "minor", reason: "a relaxed request constraint", says: /maximum went from 1000 to 5000/, old: "patch" },
  { name: "a query parameter's default changed", edits: [[PAGE_SIZE, "  default: 100\n", "  default: 50\n"]], impact: "major", reason: "callers that leave it out get other pages", says: /default changed from `100` to `50`: callers that leave it out get another value/, old: "patch" },
  { name: "a path parameter renamed", edits: [[CODE_ID, "name: PromoCodeId\n", "name: CodeId\n"]], impact: "major", reason: "callers pass `path: { PromoCodeId }`, which is gone", says: /The `PromoCodeId` path parameter of .* was removed/, old: "patch" },
  { name: "the request body made optional", edits: [[CREATE_BODY, "required: true\n", "required: false\n"]], impact: "minor", reason: "callers may leave it out", says: /The request body of createPromoCode became optional/, old: "patch" },
  { name: "a request media type removed", edits: [[CREATE_BODY, "  application/x-www-form-urlencoded:\n    schema:\n      $ref: ../schemas/PromoCodeCreateRequest.yaml\n    examples:\n      PromoCodeCreateRequest:\n        $ref: ../examples/PromoCodeCreateRequest.yaml\n", ""]], impact: "major", reason: "callers that send a form must change", says: /no longer comes as application\/x-www-form-urlencoded/ },

  // Responses: what callers read.
  { name: "an optional response field removed", edits: [[CODE, CAMPAIGN_NAME, "  CampaignNameRemoved:\n    type: string\n    maxLength: 255\n"]], impact: "major", reason: "callers that read CampaignName stop compiling", says: /`CampaignName` was removed from the 200 response of getPromoCode.*callers that read it must stop|`CampaignName` was removed from schema PromoCode/ },
  { name: "a new optional response field", edits: [[CODE, "  Uri:\n", "  Notes:\n    type: string\n    maxLength: 255\n    description: A note the brand keeps on the code.\n  Uri:\n"]], impact: "minor", reason: "callers may read it", says: /`Notes` was added to schema PromoCode \(in the 200 response of getPromoCode and listPromoCodes\): callers may read it/ },
  { name: "a response field made optional", edits: [[CODE, "  - CreatedDate\n", ""]], impact: "major", reason: "callers that read it must handle its absence", says: /`CreatedDate` .*became optional: callers that read it must handle its absence/ },
  { name: "a response field made required", edits: [[CODE, "  - Uri\n", "  - Uri\n  - CampaignName\n"]], impact: "minor", reason: "it is always there now; nothing to do", says: /`CampaignName` .*became required/, old: "patch" },
  { name: "a response-only enum gains a value", edits: [[STATE, "  - INACTIVE\n", "  - INACTIVE\n  - SUSPENDED\n"], [STATE, "x-enumDescriptions:\n", "x-enumDescriptions:\n  SUSPENDED: Paused by the brand.\n"]], impact: "major", reason: "callers that switch on the state meet a value they do not handle", says: /gained the value `SUSPENDED`: callers that read it must handle the new values/ },
  { name: "a response field became nullable", edits: [[CODE, "  CampaignName:\n    type: string\n", "  CampaignName:\n    type: [string, 'null']\n"]], impact: "major", reason: "callers that read it must handle null", says: /`CampaignName` .*may now also be null/ },
  { name: "a response field's maxLength raised", edits: [[CODE, CAMPAIGN_NAME, "  CampaignName:\n    type: string\n    maxLength: 1024\n"]], impact: "major", reason: "callers that store it in 255 characters overflow", says: /maxLength went from 255 to 1024: callers that read it must handle the new values/ },
  { name: "a response field's maxLength lowered", edits: [[CODE, CAMPAIGN_NAME, "  CampaignName:\n    type: string\n    maxLength: 100\n"]], impact: "minor", reason: "callers only see shorter names", says: /maxLength went from 255 to 100/, old: "patch" },
  { name: "a response pattern removed", edits: [[RESULT, "    pattern: '^[A-Z]+$'\n", ""]], impact: "major", reason: "callers may now read any text", says: /`Status` .*lost the pattern/ },
  // Beside a $ref (OpenAPI 3.1 applies both): the gate before this row missed every such edit.
  { name: "a request field's $ref given an enum beside it", edits: [[CREATE, "    $ref: ../../../shared/components/schemas/PromoCodeMatchType.yaml\n", "    $ref: ../../../shared/components/schemas/PromoCodeMatchType.yaml\n    enum: [LI]\n"]], impact: "major", reason: "a value callers sent is now refused", says: /`Type` .*createPromoCode/ },
  { name: "a response field beside its $ref deprecated", edits: [[RESULT, "    description: The path of the resource that was created or changed.\n", "    description: The path of the resource that was created or changed.\n    deprecated: true\n"]], impact: "minor", reason: "a notice; the field is still sent", says: /`Uri` .*was marked deprecated/ },
  { name: "an error response field's minItems removed", edits: [[ERROR, "    minItems: 1\n", ""]], impact: "major", reason: "callers may now read an empty list", says: /`Errors` .*lost minItems 1/ },
  { name: "an error response removed", edits: [[ONE_CODE, "    '404':\n      $ref: ../../shared/components/responses/NotFound.yaml\n", ""]], impact: "minor", reason: "an error status gone only changes what may be thrown", says: /The 404 response of getPromoCode was removed/, old: "major" },
  { name: "a response header removed", edits: [["spec/brand/components/responses/TooManyRequests.yaml", /\n {2}X-RateLimit-Limit:\n {4}\$ref: [^\n]+/, ""]], impact: "major", reason: "callers that read it must stop", says: /The `X-RateLimit-Limit` header was removed/ },
  { name: "a response header's minimum removed", edits: [[RATE_LIMIT, "  minimum: 0\n", ""]], impact: "major", reason: "callers may read a negative number", says: /The `X-RateLimit-Limit` header of the 429 response of .*lost minimum 0/ },

  // Shared components: rated for each direction they are used in.
  { name: "a value removed from an enum used both ways", edits: [[CREDIT, "  - WINNER\n", ""], [CREDIT, /\n {2}WINNER: [^\n]*/, ""]], impact: "major", reason: "callers that send WINNER are refused (the response side only narrows)", says: /Schema PromoCodeCreditPolicy \(in the request body of createPromoCode\) lost the value `WINNER`: callers that send other values must change/ },
  { name: "a value added to an enum used both ways", edits: [[CREDIT, "  - WINNER\n", "  - WINNER\n  - FIRST\n"], [CREDIT, "x-enumDescriptions:\n", "x-enumDescriptions:\n  FIRST: Credited for the first sale.\n"]], impact: "major", reason: "callers may send it (minor), but callers that read it meet a new value (major)", says: /Schema PromoCodeCreditPolicy \(in the 200 response of .*\) gained the value `FIRST`: callers that read it must handle the new values/ },

  // Operations: the generated function's name is what callers call.
  { name: "an operation id renamed", edits: [[ONE_CODE, "operationId: getPromoCode", "operationId: fetchPromoCode"]], impact: "major", reason: "the client function is renamed", says: /^getPromoCode was renamed fetchPromoCode/ },
  { name: "an operation id changed only in a way the client name hides", edits: [[ONE_CODE, "operationId: getPromoCode", "operationId: get-promo-code"]], impact: "patch", reason: "the generated function is still getPromoCode; only the spec's id changed", says: /^The operation id of getPromoCode changed from `getPromoCode` to `get-promo-code`; the client still calls it getPromoCode$/, old: "major" },
  { name: "an operation removed", edits: [[ONE_CODE, /\ndelete:\n(?: {2}[^\n]*\n|\n)+/, "\n"]], impact: "major", reason: "callers of expirePromoCode stop compiling", says: /^expirePromoCode \(DELETE \/PromoCodes\/\{PromoCodeId\}\) was removed/ },
  { name: "an operation deprecated", edits: [[ONE_CODE, "operationId: getPromoCode\n", "operationId: getPromoCode\n  deprecated: true\n"]], impact: "minor", reason: "a notice; calls still work", says: /getPromoCode was marked deprecated/, old: "patch" },

  // Documentation only.
  { name: "an operation's description reworded", edits: [[ONE_CODE, "Returns one promo code, with", "Returns a single promo code, with"]], impact: "patch", reason: "docs only", says: /^The description of getPromoCode changed$/ },
  { name: "an operation's summary reworded", edits: [[ONE_CODE, "summary: Get a promo code", "summary: Read a promo code"]], impact: "patch", reason: "docs only", says: /The summary of getPromoCode changed/ },
  { name: "a request field's description reworded", edits: [[CREATE, "The name of the deal to link the code to.", "The deal's name, to link the code to."]], impact: "patch", reason: "docs only", says: /`DealName` .*description changed/ },
  { name: "a request field's example changed", edits: [[CREATE, "example: Acme Deal2", "example: Acme Deal3"]], impact: "patch", reason: "docs only", says: /`DealName` .*example changed/ },
  { name: "a parameter's description reworded", edits: [[PAGE_SIZE, "description: How many records one page holds, from 50 to 1000.", "description: The number of records on one page, from 50 to 1000."]], impact: "patch", reason: "docs only", says: /The description of the `PageSize` query parameter/ },
  { name: "an enum value's description reworded", edits: [[STATE, "The code is live and tracks actions.", "The code is in force and tracks actions."]], impact: "patch", reason: "docs only", says: /value descriptions changed/ },
  { name: "a response's description reworded", edits: [[ONE_CODE, "description: The promo code.\n", "description: The promo code asked for.\n"]], impact: "patch", reason: "docs only", says: /The description of the 200 response of getPromoCode changed/ },
  { name: "a partner query parameter's description reworded", edits: [[PARTNER_CODES, "A phrase to search for across the promo codes.", "Words to search for across the promo codes."]], impact: "patch", reason: "docs only", says: /The description of the `SearchString` query parameter of listPromoCodes changed/ },
];
