/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) by source file and by function: self
 * time, so the table says where the time goes, stage by stage (one folder per stage).
 *
 *   node --cpu-prof --cpu-prof-dir=.bench/prof bin/wiretrace.js scan DIR --json --out /dev/null
 *   node dist/scripts/bench/profile-summary.js .bench/prof/*.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time in milliseconds by key. */
export function selfTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

/** The stage a script URL belongs to: `src/<stage>/…` → stage, node internals and libraries by name. */
export function stageOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  const src = /\/dist\/src\/([^/]+)(\/|\.js)/.exec(url);
  if (src) return `src/${src[1]}`;
  const mod = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (mod) return `npm:${mod[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^.*\/dist\//, '');
}

function printTable(title: string, times: Map<string, number>, top: number): void {
  const total = [...times.values()].reduce((s, v) => s + v, 0);
  process.stdout.write(`\n${title} (total ${(total / 1000).toFixed(2)} s)\n`);
  for (const [key, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}\n`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const files = args.filter((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    process.stdout.write(`== ${file}\n`);
    printTable('by stage', selfTimes(profile, (n) => stageOf(n.callFrame.url)), top);
    printTable(
      'by function',
      selfTimes(profile, (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/dist\//, '')}:${n.callFrame.lineNumber + 1}`),
      top,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
