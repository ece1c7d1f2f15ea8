// Child processes of a benchmark run (next, nginx, static servers, builds): each in its own
// process group, its output in a log file, and all of them ended when the run ends or is interrupted.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Child {
  name: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code once the process has ended */
  exited: Promise<number>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the whole group, so `next start` takes its worker with it
    process.kill(-child.pid, signal);
  } catch {
    // Already gone
  }
}

let cleanupInstalled = false;
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", () => {
    for (const child of running) killGroup(child, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      for (const child of running) killGroup(child, "SIGTERM");
      process.exit(130);
    });
  }
}

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  logDirectory: string;
  stdin?: string;
}

export function startProcess(name: string, command: string, args: string[], options: StartOptions): Child {
  installCleanup();
  mkdirSync(options.logDirectory, { recursive: true });
  const logFile = path.join(options.logDirectory, `${name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  running.add(child);
  const exited = new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      running.delete(child);
      log.end();
      resolve(code ?? (signal ? 128 : 1));
    });
  });
  if (child.pid === undefined) throw new Error(`Could not start ${command}`);
  return {
    name,
    pid: child.pid,
    logFile,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
      await exited.catch(() => 1);
      clearTimeout(timer);
    },
  };
}

/** Runs a command to its end; throws with the tail of its log when it fails */
export async function runProcess(
  name: string,
  command: string,
  args: string[],
  options: StartOptions,
): Promise<void> {
  const child = startProcess(name, command, args, options);
  const code = await child.exited;
  if (code !== 0) {
    const tail = readFileSync(child.logFile, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`${name} failed (exit ${code}); see ${child.logFile}\n${tail}`);
  }
}

/** Waits until the URL answers with a status below 500 */
export async function waitForHttp(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void child.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`${child.name} ended before answering; see ${child.logFile}`);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s; see ${child.logFile}`);
}

/** Refuses a port something else already listens on: the bench would measure the wrong server */
export async function assertPortFree(port: number): Promise<void> {
  const { createConnection } = await import("node:net");
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
  if (inUse) throw new Error(`Port ${port} is already in use; choose other ports with --port-base`);
}
