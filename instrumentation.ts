// Runs once when the server starts: the database is created, migrated and,
// when empty, filled with demo content, so that a fresh clone just works.
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
  startPublishScheduler(async () => {
    const next = await nextScheduledAt();
    return next !== null && next <= new Date();
  });
}
