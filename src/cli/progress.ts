/**
 * Progress bars on stderr for long runs, through cli-progress (wrapped here only). Shown
 * only when stderr is a terminal and `--quiet` is not given: never in pipes, logs or CI.
 */
import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';

/** Labels of the stages, as shown beside each bar. */
const LABELS: Readonly<Record<string, string>> = { read: 'learn templates', analyse: 'analyse', align: 'align pairs' };

/** Redraw at most this often. Milliseconds. */
const REDRAW_MS = 200;

/** A progress display: `update` per step of a stage, `stop` at the end (always safe to call). */
export interface Progress {
  update(stage: string, done: number, total: number): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

/** Bars on stderr when `io` is a terminal and not `quiet`; otherwise a display that shows nothing. */
export function createProgress(io: CliIO, quiet: boolean | undefined): Progress {
  if (quiet || !io.stderrIsTTY) return NONE;
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: ' {stage} |{bar}| {value}/{total} {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      fps: 1000 / REDRAW_MS,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    update(stage, done, total) {
      let bar = bars.get(stage);
      if (!bar) bars.set(stage, (bar = multi.create(total, 0, { stage: (LABELS[stage] ?? stage).padEnd(15) })));
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      multi.stop();
    },
  };
}
