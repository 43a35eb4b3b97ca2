// The mock of both APIs in a process of its own, started as `npx impact-promo-mock`
// starts it (startMockServer with the generated fixtures as seed data), which a
// test can return to its seeded state between requests without restarting it:
// a `reset` line on stdin answers `reset` on stdout once done. The first line
// it prints is its URL; it stops when stdin closes.
import { createInterface } from "node:readline";
import { startMockServer } from "../../runtime/contract/mock.js";

const server = await startMockServer({ port: 0, host: "127.0.0.1" });
console.log(server.url);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== "reset") {
    console.log(`unknown command: ${line.slice(0, 40)}`);
    continue;
  }
  server.reset();
  console.log("reset");
}
await server.close();
