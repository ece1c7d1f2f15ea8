// `npm run bench`: generates the benchmark blogs, builds and starts Casebook against each, measures,
// prints the tables and writes bench/results/<time>.json (and latest.json / latest.md).
// Usage: npm run bench -- [--db sqlite,postgresql] [--size small,large] [--only render,load,...]
//        [--scale 1] [--runs 20] [--update-readme] …   (npm run bench -- --help)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SESSION_COOKIE, SESSION_IDLE_MS } from "../../lib/auth/session-policy";
import { siteConfig } from "../../lib/site-config";
import { buildApp, startApp } from "./app-server";
import { countBlog, createSession, openDatabase, popularPages, sampleUrls } from "./bench-db";
import { readCpuTimes, stolenPercent } from "./cpu-steal";
import { benchDatabaseConfig, databases, prepareDataset, sizes } from "./datasets";
import { closeConnections, getText } from "./http";
import { measureJs, startEmptyApp } from "./js-weight";
import { calibratedCpuSlowdown, CHROMIUM, DEFAULT_CPU_SLOWDOWN, measureLighthouse } from "./lighthouse";
import { measureLoad, WRK } from "./load";
import { NGINX, startProxyNginx, startStaticNginx } from "./nginx";
import { assertPortFree, startProcess, waitForHttp, type Child } from "./processes";
import { checkProxy } from "./proxy-checks";
import { measureApprovedComment, measurePublish } from "./publish";
import { previewModeId, measureRender, renderKinds } from "./render";
import {
  EMPTY_LOAD_PAGE,
  EMPTY_PAGE,
  loadPages,
  renderMarkdown,
  replaceReadmeResults,
  writeResults,
  type BenchResults,
  type LoadServer,
  type TargetResult,
} from "./report";

const figures = ["generate", "render", "proxy", "load", "lighthouse", "js", "publish"] as const;
type Figure = (typeof figures)[number];

const help = `npm run bench -- [options]

  --db sqlite,postgresql     databases to measure (default: both)
  --size small,large         small = the demo content, large = 100,000 posts (default: both)
  --only ${figures.join(",")}
                             figures to measure (default: all); "generate" only prepares the databases
  --scale 1                  fraction of the large size to generate (0.05 for a quick check)
  --regenerate               generate the large blog again even if the database already holds it
  --reuse-build              skip \`next build\` when .next was built for the same database
  --runs 20                  uncached renders per page kind
  --load-seconds 5 --load-runs 3 --connections 32 --threads 2
                             wrk settings for each server and page
  --lighthouse-runs 3        Lighthouse runs per page
  --publish-runs 5           scheduled posts and approved comments whose way to the page is timed
  --port-base 3300           next start, proxy, Node static, nginx static, empty app: base … base+4
  --postgres postgresql://postgres@127.0.0.1:5432
                             PostgreSQL server; databases casebook_bench_small / _large are used
  --update-readme            write the merged latest tables into README.md ("Performance")
`;

function list<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] {
  if (!value) return [...allowed];
  const items = value.split(",").map((item) => item.trim());
  for (const item of items) {
    if (!allowed.includes(item as T))
      throw new Error(`--${name} accepts ${allowed.join(", ")}; got "${item}"`);
  }
  return items as T[];
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0)) throw new Error(`--${name} must be a positive number; got "${value}"`);
  return number;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: "string" },
      size: { type: "string" },
      only: { type: "string" },
      scale: { type: "string" },
      regenerate: { type: "boolean", default: false },
      "reuse-build": { type: "boolean", default: false },
      runs: { type: "string" },
      "load-seconds": { type: "string" },
      "load-runs": { type: "string" },
      connections: { type: "string" },
      threads: { type: "string" },
      "lighthouse-runs": { type: "string" },
      "publish-runs": { type: "string" },
      "port-base": { type: "string" },
      postgres: { type: "string", default: "postgresql://postgres@127.0.0.1:5432" },
      "update-readme": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const portBase = positive(values["port-base"], 3300, "port-base");
  return {
    help: values.help,
    databases: list(values.db, databases, "db"),
    sizes: list(values.size, sizes, "size"),
    figures: new Set<Figure>(list(values.only, figures, "only")),
    scale: positive(values.scale, 1, "scale"),
    regenerate: values.regenerate,
    reuseBuild: values["reuse-build"],
    runs: positive(values.runs, 20, "runs"),
    load: {
      seconds: positive(values["load-seconds"], 5, "load-seconds"),
      runs: positive(values["load-runs"], 3, "load-runs"),
      connections: positive(values.connections, 32, "connections"),
      threads: positive(values.threads, 2, "threads"),
    },
    lighthouseRuns: positive(values["lighthouse-runs"], 3, "lighthouse-runs"),
    publishRuns: positive(values["publish-runs"], 5, "publish-runs"),
    ports: {
      next: portBase,
      proxy: portBase + 1,
      nodeStatic: portBase + 2,
      nginxStatic: portBase + 3,
      empty: portBase + 4,
    },
    postgres: values.postgres,
    updateReadme: values["update-readme"],
  };
}

type Options = ReturnType<typeof parseOptions>;

function requireTools(options: Options): void {
  const needed: [string, string, Figure[]][] = [
    [NGINX, "nginx", ["proxy", "load", "publish"]],
    [WRK, "wrk", ["load"]],
    [CHROMIUM, "chromium", ["lighthouse"]],
  ];
  const missing = needed.filter(
    ([file, , uses]) => uses.some((figure) => options.figures.has(figure)) && !existsSync(file),
  );
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.map(([, name]) => name).join(", ")}: run \`bash scripts/setup-bench-machine.sh\` (Debian packages)`,
    );
  }
}

/** First line a tool prints about its version (nginx prints it on standard error) */
function toolVersion(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return `${result.stdout}${result.stderr}`.split("\n")[0]?.trim() || "unavailable";
}

function machineFacts(root: string): Record<string, string> {
  const cpus = os.cpus();
  const git = (args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  const nextVersion = (
    JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }
  ).version;
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown"}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    next: nextVersion,
    nginx: existsSync(NGINX) ? toolVersion(NGINX, ["-v"]).replace("nginx version: ", "") : "not installed",
    wrk: existsSync(WRK) ? (toolVersion(WRK, ["-v"]).split(" [")[0] ?? "") : "not installed",
    chromium: existsSync(CHROMIUM) ? toolVersion(CHROMIUM, ["--version"]) : "not installed",
    commit: `${git(["rev-parse", "--short", "HEAD"])}${git(["status", "--porcelain", "app", "lib", "components"]) ? " (with uncommitted changes)" : ""}`,
  };
}

const stamp = () => new Date().toISOString();

/** Fills `target` figure by figure, so that what was measured survives a later failure */
async function measureTarget(
  options: Options,
  target: TargetResult,
  context: {
    root: string;
    logDirectory: string;
    emptyApp: () => Promise<string>;
    log: (line: string) => void;
  },
): Promise<void> {
  const { root, logDirectory, log } = context;
  const { database, size } = target;
  log(`\n== ${database}, ${size} ==`);
  target.dataset = await prepareDataset({
    database,
    size,
    scale: options.scale,
    regenerate: options.regenerate,
    postgresServer: options.postgres,
    root,
    logDirectory,
    log,
  });
  const config = benchDatabaseConfig(target.dataset.databaseUrl);
  const db = openDatabase(config);
  const children: Child[] = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), "casebook-bench-"));
  try {
    target.blog = await countBlog(db);
    const needsApp = [...options.figures].some((figure) => figure !== "generate");
    if (!needsApp) return;

    const appTarget = {
      databaseUrl: target.dataset.databaseUrl,
      port: options.ports.next,
      root,
      logDirectory,
      proxyPort: options.ports.proxy,
    };
    const builtFor = path.join(root, ".next", "casebook-bench-target");
    if (
      options.reuseBuild &&
      existsSync(builtFor) &&
      readFileSync(builtFor, "utf8") === appTarget.databaseUrl
    ) {
      log("  reusing the existing build");
    } else {
      log("  next build …");
      target.buildSeconds = await buildApp(appTarget, `${database}-${size}`);
      writeFileSync(builtFor, appTarget.databaseUrl);
      log(`  built in ${target.buildSeconds} s`);
    }
    for (const port of Object.values(options.ports)) {
      if (port !== options.ports.empty) await assertPortFree(port);
    }
    const app = await startApp(appTarget, `${database}-${size}`);
    children.push(app);
    const direct = `http://127.0.0.1:${options.ports.next}`;
    const proxyUrl = `http://127.0.0.1:${options.ports.proxy}`;
    const session = { name: SESSION_COOKIE, value: await createSession(db, SESSION_IDLE_MS) };
    const sessionCookie = `${session.name}=${session.value}`;
    const pages = await popularPages(db);

    if (options.figures.has("render")) {
      log("  uncached server render (draft mode, fresh data on every request):");
      const samples = await sampleUrls(db, options.runs, siteConfig.postsPerPage);
      target.render = await measureRender({
        baseUrl: direct,
        samples,
        kinds: renderKinds,
        runs: options.runs,
        draftId: previewModeId(root),
        sessionCookie,
        log,
      });
    }

    const needsProxy = ["proxy", "load", "publish"].some((figure) => options.figures.has(figure as Figure));
    if (needsProxy) {
      children.push(
        await startProxyNginx({
          port: options.ports.proxy,
          upstreamPort: options.ports.next,
          root,
          workDirectory: path.join(scratch, "nginx-proxy"),
          logDirectory,
        }),
      );
    }
    if (options.figures.has("proxy")) {
      log("  the shipped proxy's caching rules:");
      target.proxyChecks = await checkProxy(proxyUrl, pages, sessionCookie);
      for (const check of target.proxyChecks) log(`    ${check.ok ? "✓" : "✗"} ${check.name} (${check.got})`);
    }

    if (options.figures.has("load")) {
      const staticDirectory = path.join(scratch, "static");
      mkdirSync(staticDirectory, { recursive: true });
      const paths = { home: "/", post: pages.post, series: pages.series };
      for (const page of loadPages) {
        writeFileSync(path.join(staticDirectory, `${page}.html`), await getText(direct + paths[page]));
      }
      const nodeStatic = startProcess(
        "node-static",
        process.execPath,
        [
          "--import",
          "tsx",
          path.join(root, "scripts/bench/static-server.ts"),
          staticDirectory,
          String(options.ports.nodeStatic),
        ],
        { cwd: root, logDirectory },
      );
      children.push(nodeStatic);
      await waitForHttp(`http://127.0.0.1:${options.ports.nodeStatic}/home.html`, nodeStatic);
      children.push(
        await startStaticNginx({
          port: options.ports.nginxStatic,
          root: staticDirectory,
          workDirectory: path.join(scratch, "nginx-static"),
          logDirectory,
        }),
      );
      target.load = {};
      for (const page of loadPages) {
        log(`  cached ${page} page under load (${paths[page]}):`);
        const servers: Record<LoadServer, string> = {
          next: direct + paths[page],
          "node-static": `http://127.0.0.1:${options.ports.nodeStatic}/${page}.html`,
          "nginx-static": `http://127.0.0.1:${options.ports.nginxStatic}/${page}.html`,
          proxy: proxyUrl + paths[page],
        };
        target.load[page] = await measureLoad(servers, options.load, log);
      }
      // The same for an empty page of the same Next.js version, and its HTML as a static file
      const emptyUrl = `${await context.emptyApp()}/`;
      writeFileSync(path.join(staticDirectory, "empty.html"), await getText(emptyUrl));
      log(`  ${EMPTY_PAGE} under load (baseline):`);
      target.load[EMPTY_LOAD_PAGE] = await measureLoad(
        {
          next: emptyUrl,
          "node-static": `http://127.0.0.1:${options.ports.nodeStatic}/empty.html`,
          "nginx-static": `http://127.0.0.1:${options.ports.nginxStatic}/empty.html`,
        },
        options.load,
        log,
      );
    }

    if (options.figures.has("lighthouse")) {
      // The empty page of the same Next.js version shows what the framework alone scores here
      const lighthousePages = {
        home: `${direct}/`,
        post: direct + pages.post,
        series: direct + pages.series,
        [EMPTY_PAGE]: `${await context.emptyApp()}/`,
      };
      log("  Lighthouse (mobile profile):");
      target.lighthouse = await measureLighthouse(lighthousePages, options.lighthouseRuns, log);
      const benchmarkIndex = target.lighthouse.home?.benchmarkIndex ?? 0;
      const slowdown = calibratedCpuSlowdown(benchmarkIndex);
      if (slowdown === DEFAULT_CPU_SLOWDOWN) target.lighthouseCalibrated = target.lighthouse;
      else {
        log(`  Lighthouse (mobile profile, CPU slowdown ×${slowdown} for benchmarkIndex ${benchmarkIndex}):`);
        target.lighthouseCalibrated = await measureLighthouse(
          lighthousePages,
          options.lighthouseRuns,
          log,
          slowdown,
        );
      }
    }

    if (options.figures.has("js")) {
      const emptyUrl = await context.emptyApp();
      target.js = { post: await measureJs(direct, pages.post), empty: await measureJs(emptyUrl, "/") };
      log(
        `  JavaScript: post page ${target.js.post.compressedBytes} bytes compressed, empty page ${target.js.empty.compressedBytes}`,
      );
    }

    if (options.figures.has("publish")) {
      log("  publish to visible:");
      target.publish = await measurePublish({
        db,
        directUrl: direct,
        proxyUrl,
        runs: options.publishRuns,
        log,
      });
      target.publish.approvedComment = await measureApprovedComment({
        db,
        directUrl: direct,
        proxyUrl,
        postPath: pages.post,
        session,
        runs: options.publishRuns,
        log,
      });
    }
  } finally {
    closeConnections();
    for (const child of children.reverse()) await child.stop();
    await db.$disconnect();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(help);
    return;
  }
  const root = path.resolve(import.meta.dirname, "..", "..");
  process.chdir(root);
  requireTools(options);
  const startedAt = stamp();
  const logDirectory = path.join(root, "bench", "results", "logs", startedAt.replace(/[:.]/g, "-"));
  const log = (line: string) => console.log(line);
  const results: BenchResults = {
    startedAt,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    scale: options.scale,
    machine: machineFacts(root),
    targets: [],
  };
  log(`Casebook benchmark, ${startedAt}; logs in ${path.relative(root, logDirectory)}`);

  let empty: { child: Child; remove: () => void } | null = null;
  const emptyApp = async () => {
    if (!empty) {
      log("  building an empty Next.js app for comparison …");
      await assertPortFree(options.ports.empty);
      empty = await startEmptyApp({ root, port: options.ports.empty, logDirectory });
    }
    return `http://127.0.0.1:${options.ports.empty}`;
  };
  const cpuAtStart = readCpuTimes();
  const save = () => {
    results.finishedAt = stamp();
    const cpuNow = readCpuTimes();
    if (cpuAtStart && cpuNow) {
      results.machine["CPU time taken by the VM host during the run"] =
        `${stolenPercent(cpuAtStart, cpuNow).toFixed(0)} %`;
    }
    return writeResults(root, results);
  };
  let failed = false;
  try {
    for (const database of options.databases) {
      for (const size of options.sizes) {
        const target: TargetResult = {
          database,
          size,
          ...(size === "large" && options.scale !== 1 ? { scale: options.scale } : {}),
        };
        results.targets.push(target);
        try {
          await measureTarget(options, target, { root, logDirectory, emptyApp, log });
        } catch (error) {
          failed = true;
          target.error = error instanceof Error ? error.message : String(error);
          console.error(`\n${database}, ${size} failed: ${target.error}`);
        }
        save();
      }
    }
  } finally {
    const stopping = empty as { child: Child; remove: () => void } | null;
    if (stopping) {
      await stopping.child.stop();
      stopping.remove();
    }
  }
  const { file, latest } = save();
  console.log(`\n${renderMarkdown(latest)}`);
  console.log(`Results: ${path.relative(root, file)} (merged: bench/results/latest.json, latest.md)`);
  if (options.updateReadme) {
    const readme = path.join(root, "README.md");
    writeFileSync(readme, replaceReadmeResults(readFileSync(readme, "utf8"), renderMarkdown(latest)));
    console.log("README.md: Performance tables updated");
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
