// The script of the site's "Try it" page (try.html), bundled for the browser by
// try-page.ts. Each operation's form becomes a request, sent either to the mock
// running inside this page (try-mock.ts, loaded on the first such request) or to
// impact.com with the reader's own credentials. The credentials are read from
// the form at each send and kept nowhere else: no storage, no cookie, no
// other origin (the page's Content-Security-Policy lets it connect only to the
// site, the mock's made-up origin and impact.com's API).

/** The most of an answer's body shown; the rest is cut, and the page says so. */
const MAX_SHOWN_BYTES = 1 << 20;
/** What the mock takes when the reader leaves the credentials empty: it checks only that the SID names the path's account. */
const MOCK_CREDENTIALS = { accountSid: "IRtryit", authToken: "mock-token" };

type Target = "mock" | "impact";
interface MockControl {
  reset(): void;
}

const page = document.body.dataset;
const mockOrigin = page.mockOrigin ?? "";
let mock: Promise<MockControl> | undefined;

function startMock(): Promise<MockControl> {
  // Loaded only when the reader first asks the mock: the page itself stays small.
  mock ??= import("./try-mock.js").then((module) => module.startMock(mockOrigin, page.workerUrl ?? "mockServiceWorker.js"));
  // A refusal (a browser without service workers, a private window that forbids them) is not kept: the next send tries again.
  mock.catch(() => (mock = undefined));
  return mock;
}

function input(name: string): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(`#credentials [name="${name}"]`);
}

function target(): Target {
  return document.querySelector<HTMLInputElement>('#credentials input[name="target"]:checked')?.value === "impact" ? "impact" : "mock";
}

/** The account and token for this send, or the reason there are none. */
function credentials(to: Target): { accountSid: string; authToken: string } | string {
  const accountSid = input("accountSid")?.value.trim() ?? "";
  const authToken = input("authToken")?.value ?? "";
  if (to === "mock") return { accountSid: accountSid || MOCK_CREDENTIALS.accountSid, authToken: authToken || MOCK_CREDENTIALS.authToken };
  if (!accountSid || !authToken) return "Enter your account SID and auth token to call impact.com, or choose the mock.";
  return { accountSid, authToken };
}

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** The body's text as the chosen media type carries it, or the reason it cannot be sent. */
function encodeBody(text: string, mediaType: string): string | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `The body is not JSON: ${(error as Error).message}` };
  }
  if (mediaType !== "application/x-www-form-urlencoded") return JSON.stringify(value);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { error: "A form-encoded body is a JSON object of fields here: { \"Field\": \"value\" }." };
  const form = new URLSearchParams();
  for (const [name, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) form.append(name, item !== null && typeof item === "object" ? JSON.stringify(item) : String(item ?? ""));
  }
  return form.toString();
}

interface Built {
  url: URL;
  init: RequestInit;
}

function buildRequest(form: HTMLFormElement, to: Target, account: { accountSid: string; authToken: string }): Built | string {
  const data = form.dataset;
  let path = data.path ?? "/";
  // The server's URL names the account ({AccountSID}); the build filled in every other variable.
  const server = new URL((data.server ?? "").replaceAll("{AccountSID}", encodeURIComponent(account.accountSid)));
  const query = new URLSearchParams();
  const headers = new Headers({ Accept: "application/json", Authorization: basic(account.accountSid, account.authToken) });
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-in]")) {
    const value = field.value;
    const name = field.dataset.name ?? "";
    if (field.dataset.in === "path") {
      if (value === "") return `Fill in ${name}: the path needs it.`;
      path = path.replaceAll(`{${name}}`, encodeURIComponent(value));
    } else if (value === "") {
      if (field.required) return `Fill in ${name}: the operation requires it.`;
    } else if (field.dataset.in === "query") {
      query.append(name, value);
    } else if (field.dataset.in === "header") {
      headers.set(name, value);
    }
  }
  // The mock answers on its own origin, impact.com on the spec's.
  const full = new URL(`${to === "mock" ? mockOrigin : server.origin}${server.pathname.replace(/\/$/, "")}${path}`);
  full.search = query.toString();
  const init: RequestInit = { method: (data.method ?? "get").toUpperCase(), headers, credentials: "omit", cache: "no-store", redirect: "manual" };
  const bodyField = form.querySelector<HTMLTextAreaElement>("textarea[data-body]");
  if (bodyField && bodyField.value.trim() !== "") {
    const mediaType = form.querySelector<HTMLSelectElement>("select[data-media-type]")?.value ?? "application/json";
    const body = encodeBody(bodyField.value, mediaType);
    if (typeof body !== "string") return body.error;
    headers.set("Content-Type", mediaType);
    init.body = body;
  }
  return { url: full, init };
}

async function readBounded(response: Response): Promise<{ text: string; cut: boolean }> {
  if (!response.body) return { text: "", cut: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > MAX_SHOWN_BYTES) {
      chunks.push(value.subarray(0, MAX_SHOWN_BYTES - size));
      cut = true;
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(joined), cut };
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const SHOWN_HEADERS = /^(?:content-type|retry-after|x-ratelimit-|ratelimit-)/i;

function show(form: HTMLFormElement, status: string, detail = "", state: "ok" | "error" | "sending" = "ok"): void {
  const output = form.querySelector<HTMLElement>("[data-answer]");
  if (!output) return;
  output.dataset.state = state;
  output.querySelector("[data-status]")!.textContent = status;
  output.querySelector("[data-detail]")!.textContent = detail;
}

async function send(form: HTMLFormElement): Promise<void> {
  const to = target();
  const account = credentials(to);
  if (typeof account === "string") return show(form, account, "", "error");
  let built: Built | string;
  try {
    built = buildRequest(form, to, account);
  } catch (error) {
    // A value the browser will not send (a header with characters outside Latin-1, say).
    built = `The request could not be built: ${(error as Error).message}`;
  }
  if (typeof built === "string") return show(form, built, "", "error");
  const line = `${built.init.method} ${built.url.href}`;
  show(form, `Sending ${line}`, "", "sending");
  if (to === "mock") {
    try {
      await startMock();
    } catch (error) {
      return show(form, `The mock could not start in this browser: ${(error as Error).message}`, "It runs in a service worker, which a private window or a browser setting can forbid.", "error");
    }
  }
  let response: Response;
  try {
    response = await fetch(built.url, built.init);
  } catch {
    // The browser hides why (CORS, DNS, offline) from the page; the console has it.
    return show(
      form,
      `No answer the browser lets this page read from ${built.url.origin}.`,
      to === "impact" ? "impact.com's API may not allow calls from a web page (CORS), or the network failed. Your credentials went to api.impact.com only. The curl sample on the reference page does the same call from a terminal." : "The mock did not answer: it holds no API at this address.",
      "error",
    );
  }
  if (response.type === "opaqueredirect") return show(form, `${line}: answered with a redirect, which is not followed (credentials stay with the origin you chose).`, "", "error");
  const { text, cut } = await readBounded(response);
  const headers = [...response.headers].filter(([name]) => SHOWN_HEADERS.test(name)).map(([name, value]) => `${name}: ${value}`);
  show(form, `${response.status} ${response.statusText || ""} — ${line}`.replace("  ", " "), `${headers.join("\n")}${headers.length ? "\n\n" : ""}${pretty(text)}${cut ? `\n\n[cut at ${MAX_SHOWN_BYTES} bytes]` : ""}`, response.ok ? "ok" : "error");
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-operation]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void send(form);
  });
}

document.querySelector<HTMLButtonElement>("#reset-mock")?.addEventListener("click", () => {
  const status = document.querySelector<HTMLElement>("#reset-status");
  if (!mock) {
    if (status) status.textContent = "The mock has not started yet: it holds only its seed data.";
    return;
  }
  void mock.then((control) => {
    control.reset();
    if (status) status.textContent = "The mock is back to its seed data.";
  });
});

document.body.dataset.tryIt = "ready";
