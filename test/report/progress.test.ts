import { describe, expect, it } from "vitest";
import { formatDuration, formatProgress } from "../../src/report/progress.ts";

describe("formatProgress", () => {
  it("shows no estimate before the first cell finishes", () => {
    expect(formatProgress({ done: 0, total: 120, elapsedMs: 900 })).toBe(
      "[--------------------]   0/120 cells  0:01",
    );
  });

  it("fills the bar in proportion and estimates the rest from the mean cell time", () => {
    expect(
      formatProgress(
        { done: 30, total: 120, elapsedMs: 20_000, label: "uffd-move:arm64-mobile-8:3" },
        120,
      ),
    ).toBe("[#####---------------]  30/120 cells  0:20, ~1:00 left  uffd-move:arm64-mobile-8:3");
  });

  it("says done when every cell has finished", () => {
    expect(formatProgress({ done: 4, total: 4, elapsedMs: 61_000 })).toBe(
      "[####################] 4/4 cells  1:01, done",
    );
  });

  it("fits the terminal width, so a carriage return redraws one line", () => {
    const line = formatProgress({ done: 1, total: 2, elapsedMs: 1000, label: "x".repeat(200) }, 60);
    expect(line).toHaveLength(59);
    expect(line.startsWith("[##########----------] 1/2 cells  0:01, ~0:01 left  xxx")).toBe(true);
  });
});

describe("formatDuration", () => {
  it("prints minutes and seconds, and hours past the hour", () => {
    expect(formatDuration(59_400)).toBe("0:59");
    expect(formatDuration(3_725_000)).toBe("1:02:05");
  });
});
