/*
 * How a shard is split among worker processes: the workers of shard I of N
 * take exactly that shard's items between them, each once.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subShard } from "../../src/commands/workers.ts";

const inShard = (j: number, s: { index: number; count: number }) => j % s.count === s.index;

describe("subShard", () => {
  it("partitions shard I of N among the workers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (count, i, jobs) => {
          const outer = { index: i % count, count };
          for (let j = 0; j < 200; j++) {
            const owners = Array.from({ length: jobs }, (_, k) => k).filter((k) =>
              inShard(j, subShard(outer, jobs, k)),
            );
            expect(owners.length).toBe(inShard(j, outer) ? 1 : 0);
          }
        },
      ),
      { seed: 4 },
    );
  });

  it("splits the whole matrix when there is no outer shard", () => {
    expect([0, 1, 2].map((k) => subShard(undefined, 3, k))).toEqual([
      { index: 0, count: 3 },
      { index: 1, count: 3 },
      { index: 2, count: 3 },
    ]);
  });
});
