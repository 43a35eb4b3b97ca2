// What a request must carry before it is served: Basic auth naming the path's
// account, and, if it names a version at all, the API's own. Checked after
// routing, so a wrong path is a 404 whatever the credentials.
import type { Api } from "./api.js";
import { MockHttpError } from "./http-error.js";
import type { MockRequest } from "./request.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** `IR-Version` (header or query parameter) may be left out or name the API's own version; any other is refused, not ignored. */
export function checkVersion(api: Api, request: MockRequest, query: Map<string, string[]>): void {
  const { header, value } = api.version;
  const sent = request.headers.get(header);
  for (const asked of [...(sent === null ? [] : [sent]), ...(query.get(header) ?? [])]) {
    if (asked.trim() === value) continue;
    throw new MockHttpError(400, `${header} ${asked.slice(0, 20)} is not served here: this is the ${api.name} API version ${value}; send ${header}: ${value} or leave it out`, [
      { Field: header, Message: `must be ${value}` },
    ]);
  }
}

/** Basic auth with the path's account SID as the user and any non-empty token. */
export function authenticate(header: string | null, sid: string): void {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? "");
  let decoded = "";
  try {
    decoded = match ? strictUtf8.decode(Uint8Array.from(atob(match[1]!), (char) => char.charCodeAt(0))) : "";
  } catch {
    // not base64 of UTF-8: refused below like any other wrong credentials
  }
  const separator = decoded.indexOf(":");
  if (separator < 0 || decoded.slice(0, separator) !== sid || decoded.slice(separator + 1) === "") {
    throw new MockHttpError(401, "Authentication failed: send HTTP Basic auth with the account SID of the path and an auth token");
  }
}
