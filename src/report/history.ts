/*
 * The sticky comment is edited in place, which would erase what earlier runs
 * said (users of upserting bots ask for the history back: youtrackdb#990). So
 * the comment carries a short, collapsed list of earlier runs of the PR: head
 * commit, verdict and counts, with a link. The list travels in the comment
 * itself, in a hidden HTML comment, and is read back on the next run. It is
 * parsed defensively: anything that is not exactly what we write is dropped.
 */

import type { CiReport, Verdict } from "./ci.ts";

export interface RunEntry {
  readonly head: string;
  readonly verdict: Verdict;
  readonly regressions: number;
  readonly improvements: number;
  readonly unsafe: number;
  /** The workflow run, https only. */
  readonly url?: string;
}

const TAG = "lockbench:history";
/** Entries kept, newest first; older ones fall off. */
export const MAX_HISTORY = 20;
const SHOWN = 10;

const VERDICTS: readonly Verdict[] = [
  "ok",
  "regression",
  "accepted-regression",
  "unsafe",
  "invalid",
];

export function entryOf(r: CiReport, url?: string): RunEntry {
  return {
    head: r.head.sha,
    verdict: r.verdict,
    regressions: r.counts.regressions,
    improvements: r.counts.improvements,
    unsafe: r.counts.unsafe,
    ...(url ? { url } : {}),
  };
}

const count = (x: unknown) => (Number.isSafeInteger(x) && (x as number) >= 0 ? (x as number) : -1);

function valid(x: unknown): RunEntry | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const e = {
    head: typeof o.head === "string" && /^[0-9a-f]{7,64}$/.test(o.head) ? o.head : "",
    verdict: VERDICTS.find((v) => v === o.verdict),
    regressions: count(o.regressions),
    improvements: count(o.improvements),
    unsafe: count(o.unsafe),
    url: typeof o.url === "string" && /^https:\/\/[\w.:/%-]+$/.test(o.url) ? o.url : undefined,
  };
  if (e.head === "" || !e.verdict || e.regressions < 0 || e.improvements < 0 || e.unsafe < 0)
    return undefined;
  const { url, verdict, ...rest } = e;
  return { ...rest, verdict, ...(url ? { url } : {}) };
}

/** The entries an earlier body of the comment recorded (none if it has no valid list). */
export function readHistory(body: string | undefined): RunEntry[] {
  const m = body ? new RegExp(`<!-- ${TAG} ([A-Za-z0-9+/=]{0,20000}) -->`).exec(body) : null;
  if (!m) return [];
  try {
    const list: unknown = JSON.parse(Buffer.from(m[1]!, "base64").toString("utf8"));
    if (!Array.isArray(list)) return [];
    return list.slice(0, MAX_HISTORY).flatMap((x) => valid(x) ?? []);
  } catch {
    return [];
  }
}

function line(e: RunEntry): string {
  const what =
    e.verdict === "unsafe"
      ? `❌ unsafe (${e.unsafe})`
      : e.verdict === "invalid"
        ? "❌ invalid policy"
        : e.verdict === "ok"
          ? "✅ ok"
          : e.verdict === "accepted-regression"
            ? "☑️ regression accepted"
            : "⚠️ regression";
  const head = `<code>${e.head.slice(0, 12)}</code>`;
  const run = e.url ? ` ([run](${e.url}))` : "";
  return `- ${head}: ${what} · ${e.regressions} regressions · ${e.improvements} improvements${run}`;
}

/**
 * The collapsed list of earlier runs (those for other head commits) and the
 * hidden record the next run reads, with this run first.
 */
export function historyBlock(previous: readonly RunEntry[], current: RunEntry): string {
  const earlier = previous.filter((e) => e.head !== current.head);
  const record = Buffer.from(JSON.stringify([current, ...earlier].slice(0, MAX_HISTORY))).toString(
    "base64",
  );
  const shown = earlier.slice(0, SHOWN);
  const list = shown.length
    ? `<details><summary>Earlier runs on this pull request (${earlier.length})</summary>\n\n${shown.map(line).join("\n")}\n\n</details>\n\n`
    : "";
  return `${list}<!-- ${TAG} ${record} -->`;
}
