/*
 * The progress bar of a long `lockbench run`: one line, redrawn in place on
 * a terminal's stderr (src/commands/run.ts decides when; never in the JSON
 * or markdown). Pure: the caller passes the elapsed time it measured.
 */

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** What finished last (a cell id), shown after the counts. */
  readonly label?: string;
}

/** m:ss, or h:mm:ss from an hour on. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/**
 * `[#########-----------]  12/120 cells  0:34, ~4:06 left  <label>`, cut to
 * `columns` characters so that a carriage return redraws it on one line.
 * The estimate assumes the remaining cells take as long as the finished ones.
 */
export function formatProgress(p: Progress, columns = 80, barWidth = 20): string {
  const total = Math.max(1, p.total);
  const done = Math.min(Math.max(0, p.done), total);
  const filled = Math.round((done / total) * barWidth);
  const bar = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]`;
  const count = `${String(done).padStart(String(total).length)}/${total} cells`;
  const left =
    done === 0
      ? ""
      : done === total
        ? ", done"
        : `, ~${formatDuration((p.elapsedMs / done) * (total - done))} left`;
  const line = `${bar} ${count}  ${formatDuration(p.elapsedMs)}${left}${p.label ? `  ${p.label}` : ""}`;
  return line.length > columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}
