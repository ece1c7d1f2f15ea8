import { defineConfig, devices } from "@playwright/test";

import { baseURL, mailCatcherFile, mailCatcherPort, port } from "./e2e/fixtures/ports";

// Debian's Chromium, never a downloaded browser (see scripts/setup-test-machine.sh)
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Whole stories (sign in, write, publish, read the mail) on two shared cores take up to ~40 s
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  globalSetup: "./e2e/global-setup.ts",
  projects: [
    // Reading tests assert the demo content exactly, so they run before anything is written
    {
      name: "reading",
      testIgnore:
        /author-area|sign-in|administration|comments|xss|subscriptions|editor-resilience|anecdote-editor|comment-pages/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    {
      name: "authoring",
      testMatch:
        /author-area|sign-in|administration|comments|xss|subscriptions|editor-resilience|anecdote-editor/,
      dependencies: ["reading"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    // Changes a site-wide setting that the stories above read, so it runs after them, alone
    {
      name: "site-settings",
      testMatch: /comment-pages/,
      dependencies: ["authoring"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/mail-catcher.ts --port ${mailCatcherPort} --file ${mailCatcherFile} --fresh --quiet`,
      port: mailCatcherPort,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Against the production build made by scripts/test.sh
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: baseURL,
      env: { SMTP_URL: `smtp://127.0.0.1:${mailCatcherPort}` },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
    {
      // The same build with a broken database, for the error page (e2e/error-page.spec.ts)
      command: `npx next start -H 127.0.0.1 -p ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/robots.txt`,
      env: { DATABASE_URL: "file:./e2e/fixtures/not-a-database.db", CASEBOOK_AUTO_MIGRATE: "false" },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
