// A real HTTP server on 127.0.0.1 for the client tests, answering as impact.com
// does: JSON with string scalars when asked for JSON, XML otherwise. Each test
// scripts the answers it wants and then reads what the server received.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** One scripted answer: status, headers, body; or `hang` to never answer. */
export type Answer =
  | { status: number; headers?: Record<string, string>; body?: unknown; raw?: string }
  | { hang: true }
  | { destroy: true };

export type Route = (request: Received, count: number) => Answer;

export interface WireServer {
  origin: string;
  received: Received[];
  /** Scripts answers for `METHOD path` (path without query); later answers win. */
  on(method: string, path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startWireServer(): Promise<WireServer> {
  const routes = new Map<string, Route>();
  const counts = new Map<string, number>();
  const received: Received[] = [];
  const hung = new Set<ServerResponse>();
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry: Received = { method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
    received.push(entry);
    const key = `${request.method} ${new URL(request.url!, "http://x").pathname}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    const route = routes.get(key);
    const answer: Answer = route ? route(entry, count) : { status: 404, body: { Status: "ERROR", Message: `no route for ${key}` } };
    if ("hang" in answer) {
      hung.add(response);
      return;
    }
    if ("destroy" in answer) {
      request.socket.destroy();
      return;
    }
    const wantsJson = (request.headers.accept ?? "").includes("application/json");
    const text = answer.raw ?? (wantsJson ? JSON.stringify(answer.body ?? "") : `<?xml version="1.0"?><Result>${JSON.stringify(answer.body)}</Result>`);
    response.writeHead(answer.status, { "content-type": answer.raw !== undefined || wantsJson ? "application/json" : "text/xml", ...answer.headers });
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    on(method, path, route) {
      routes.set(`${method} ${path}`, route);
    },
    async close() {
      for (const response of hung) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
