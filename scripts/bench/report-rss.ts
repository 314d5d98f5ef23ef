/**
 * Preloaded into a benchmarked process (`node --import …/report-rss.js`): at exit it writes
 * the process's peak resident set size (getrusage's ru_maxrss, covering all its threads)
 * and its CPU time (user + system, all threads) to the file named by `WIRETRACE_BENCH_RSS_FILE`. Works wherever Node does, unlike
 * `/usr/bin/time -v`.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.WIRETRACE_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }) + '\n');
  });
}
