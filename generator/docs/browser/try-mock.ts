// The mock behind the "Try it" page: the built project's generated MSW handlers
// (each API's `create<Name>MockHandlers`, which try-page.ts hands in as the
// module below), stateful, answering on a made-up origin in msw's service
// worker, so that nothing the reader sends to the mock leaves the browser and
// nothing sent to impact.com is answered by it. Bundled as its own chunk,
// fetched on the first request to the mock.
import { setupWorker } from "msw/browser";
import { mockApis } from "virtual:try-mock-apis";

export async function startMock(origin: string, workerUrl: string): Promise<{ reset(): void }> {
  const apis = mockApis.map((create) => create({ origin }));
  const worker = setupWorker(...apis.flatMap((api) => api.handlers));
  // Requests to any other origin (impact.com itself) go out as they are. msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame.
  const options = { quiet: true, onUnhandledRequest: "bypass", onUnhandledFrame: "bypass", serviceWorker: { url: workerUrl } };
  await worker.start(options as Record<string, unknown> as Parameters<typeof worker.start>[0]);
  return {
    reset() {
      for (const api of apis) api.reset();
    },
  };
}
