import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Two cores on CI: forks keep memory bounded and runs predictable.
    pool: "forks",
    testTimeout: 60_000,
  },
});
