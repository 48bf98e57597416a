// Preloaded into every process of a measured command (NODE_OPTIONS=--require): each writes its
// peak memory in kB at exit to a file of its own, and the bench takes the largest.
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.BENCH_MEMORY_FILE) fs.writeFileSync(`${process.env.BENCH_MEMORY_FILE}.${process.pid}`, String(process.resourceUsage().maxRSS));
});
