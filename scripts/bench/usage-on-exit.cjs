// Preloaded (node --require) into a measured child: at exit it writes the
// process's own resource usage (all threads: user and system CPU, peak RSS)
// as JSON to the file named by TRADECRAFT_BENCH_USAGE.
const { writeFileSync } = require('node:fs');

const target = process.env.TRADECRAFT_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssKb: usage.maxRSS }));
  });
}
