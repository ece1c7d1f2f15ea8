// Casebook as production runs it: `next build`, then `next start` (NODE_ENV=production) on a
// loopback port, against one benchmark database.
import path from "node:path";
import { runProcess, startProcess, waitForHttp, type Child } from "./processes";

export interface AppTarget {
  databaseUrl: string;
  port: number;
  root: string;
  logDirectory: string;
  /** The shipped proxy in front, which the app asks for the pages it changed */
  proxyPort?: number;
}

export function appEnvironment(target: AppTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: target.databaseUrl,
    SITE_URL: `http://127.0.0.1:${target.port}`,
    // The scheduler calls the app's own internal route on this port
    PORT: String(target.port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(target.proxyPort ? { PROXY_REFRESH_URL: `http://127.0.0.1:${target.proxyPort}` } : {}),
  };
}

const nextBin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");

/** Builds against the database it will serve: prerendered pages hold that database's content */
export async function buildApp(target: AppTarget, name: string): Promise<number> {
  const started = performance.now();
  await runProcess(`build-${name}`, process.execPath, [nextBin(target.root), "build"], {
    cwd: target.root,
    env: appEnvironment(target),
    logDirectory: target.logDirectory,
  });
  return Math.round(performance.now() - started) / 1000;
}

export async function startApp(target: AppTarget, name: string): Promise<Child> {
  const child = startProcess(
    `next-start-${name}`,
    process.execPath,
    [nextBin(target.root), "start", "-p", String(target.port), "-H", "127.0.0.1"],
    { cwd: target.root, env: appEnvironment(target), logDirectory: target.logDirectory },
  );
  await waitForHttp(`http://127.0.0.1:${target.port}/`, child, 120_000);
  return child;
}
