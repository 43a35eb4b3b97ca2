// A proxy in front of the mock that breaks one thing: the pattern of the
// contract runner's check tests. `before` may rewrite a request or answer it
// itself; `after` may rewrite the mock's answer.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxiedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  pathname: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ProxiedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Defect {
  before?(request: ProxiedRequest): ProxiedAnswer | void;
  after?(request: ProxiedRequest, answer: ProxiedAnswer): ProxiedAnswer | void;
}

export interface Proxy {
  url: string;
  received: ProxiedRequest[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host"]);

export async function startProxy(target: string, defect: Defect): Promise<Proxy> {
  const received: ProxiedRequest[] = [];
  const server = createServer((incoming, response) => {
    // A defect that throws must fail its test at once, not leave the runner waiting for its timeout.
    serve(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(`the proxy's defect threw: ${(error as Error).message}`);
    });
  });
  async function serve(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request: ProxiedRequest = { method: incoming.method!, url: incoming.url!, pathname: new URL(incoming.url!, "http://x").pathname, headers: { ...incoming.headers }, body: Buffer.concat(chunks).toString("utf8") };
    received.push(request);
    let answer = defect.before?.(request) ?? undefined;
    if (!answer) {
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)).map(([name, value]) => [name, String(value)]));
      const forwarded = await fetch(`${target}${request.url}`, { method: request.method, headers, ...(request.body === "" ? {} : { body: request.body }) });
      const answerHeaders: Record<string, string> = {};
      forwarded.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) answerHeaders[name] = value;
      });
      answer = { status: forwarded.status, headers: answerHeaders, body: await forwarded.text() };
      answer = defect.after?.(request, answer) ?? answer;
    }
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ProxiedAnswer {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}
