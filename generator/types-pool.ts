import { Worker } from "node:worker_threads";
import type { OpenApiDocument } from "./bundle.js";
import type { TypesReply, TypesRequest } from "./types-worker.js";

/** Runs emitTypes in a worker thread that starts loading openapi-typescript as soon as it is created. */
export class TypesWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  /** How long the worker took for the last document, its own clock (for `--timings`). */
  lastMilliseconds: number | undefined;

  constructor(script: URL) {
    this.worker = new Worker(script);
    this.worker.on("message", (reply: TypesReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if ("error" in reply) waiting.reject(new Error(`openapi-typescript failed: ${reply.error}`));
      else {
        this.lastMilliseconds = reply.milliseconds;
        waiting.resolve(reply.text);
      }
    });
    this.worker.on("error", (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  emitTypes = (document: OpenApiDocument, header: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      // As JSON text: copying one string and parsing it in the worker is quicker than cloning the object graph here.
      this.worker.postMessage({ id, document: JSON.stringify(document), header } satisfies TypesRequest);
    });

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
