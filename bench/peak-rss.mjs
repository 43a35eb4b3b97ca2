// Preloaded into each benchmarked child with `node --import`. The child's own
// peak RSS is only knowable from inside it (the parent's resourceUsage() covers
// the parent alone), so it writes maxRSS (KiB on Linux and macOS) to the file
// the parent named. 'exit' fires on process.exit() and on a natural end alike.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
