// Unit tests: library and script code under Node; the browser suite is Playwright's (e2e/).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, ""),
      // The data layer is server-only in the app; here Node runs it directly
      "server-only": fileURLToPath(new URL("./lib/testing/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Database tests share one database file per run
    fileParallelism: false,
    // next-auth imports "next/server" without an extension, which only a bundler resolves
    server: { deps: { inline: ["next-auth"] } },
  },
});
