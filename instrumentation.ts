// Runs once when the server starts: the database is created, migrated and,
// when empty, filled with demo content, so that a fresh clone just works.
// Then the in-process helpers start: the scheduler and the mail outbox worker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Deployments that migrate in a separate step set CASEBOOK_AUTO_MIGRATE=false
  if (process.env.CASEBOOK_AUTO_MIGRATE !== "false") {
    const { readDatabaseConfig } = await import("./lib/database-config");
    const { prepareDatabase } = await import("./lib/migrations/prepare");
    console.log(`[casebook] ${await prepareDatabase(readDatabaseConfig())}`);
  }
  const { startPublishScheduler } = await import("./lib/scheduler/publish-scheduler");
  const { nextScheduledAt } = await import("./lib/data/admin-posts");
  startPublishScheduler(() => nextScheduledAt());
  const { mailConfig } = await import("./lib/mail/config");
  if (mailConfig.workerInServer) {
    const { startMailWorker } = await import("./lib/mail/worker");
    const { siteConfig } = await import("./lib/site-config");
    startMailWorker({ config: mailConfig, siteUrl: siteConfig.url });
  }
}
