// JavaScript a page makes the browser download: the compressed bytes of every <script src> as the
// server sends them, next to the same figure for an empty page of the same Next.js version, built
// at bench time in a scratch folder from the installed `next` package (no download).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { timedGet } from "./http";
import { runProcess, startProcess, waitForHttp, type Child } from "./processes";

export interface JsWeight {
  url: string;
  scripts: number;
  /** Bytes on the wire with Accept-Encoding: gzip, br (what a browser downloads) */
  compressedBytes: number;
  rawBytes: number;
  /** Inline <script> text in the HTML (the RSC payload Next.js embeds), counted apart */
  inlineScriptBytes: number;
}

/** src of every external script; inline scripts' text, JSON-LD excluded (it is data, not code) */
export function scriptsOf(html: string): { sources: string[]; inline: string[] } {
  const sources: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src) sources.push(src.replaceAll("&amp;", "&"));
    else if (!/type="application\/(ld\+)?json"/i.test(attributes)) inline.push(match[2] ?? "");
  }
  return { sources: [...new Set(sources)], inline };
}

export async function measureJs(baseUrl: string, pagePath: string): Promise<JsWeight> {
  const page = await timedGet(baseUrl + pagePath);
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
  const { sources, inline } = scriptsOf(page.body.toString("utf8"));
  let compressedBytes = 0;
  let rawBytes = 0;
  for (const src of sources) {
    const url = new URL(src, baseUrl + pagePath).toString();
    const compressed = await timedGet(url, { "accept-encoding": "gzip, br" });
    const raw = await timedGet(url);
    if (compressed.status !== 200 || raw.status !== 200) throw new Error(`GET ${src} answered ${raw.status}`);
    compressedBytes += compressed.wireBytes;
    rawBytes += raw.wireBytes;
  }
  return {
    url: pagePath,
    scripts: sources.length,
    compressedBytes,
    rawBytes,
    inlineScriptBytes: inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}

/**
 * A Next.js app with one empty page, built with the project's own `next` (same version, same
 * bundler, Cache Components on as in Casebook). Turbopack only follows the symlinked
 * node_modules when its root encloses both folders, hence root "/".
 */
export async function startEmptyApp(options: {
  root: string;
  port: number;
  logDirectory: string;
}): Promise<{ child: Child; directory: string; remove: () => void }> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "casebook-bench-empty-"));
  const remove = () => rmSync(directory, { recursive: true, force: true });
  try {
    mkdirSync(path.join(directory, "app"));
    symlinkSync(path.join(options.root, "node_modules"), path.join(directory, "node_modules"));
    writeFileSync(path.join(directory, "package.json"), '{ "private": true }\n');
    writeFileSync(
      path.join(directory, "next.config.mjs"),
      'export default { cacheComponents: true, turbopack: { root: "/" } };\n',
    );
    writeFileSync(
      path.join(directory, "app", "layout.jsx"),
      'export default function Layout({ children }) {\n  return (<html lang="de"><body>{children}</body></html>);\n}\n',
    );
    writeFileSync(
      path.join(directory, "app", "page.jsx"),
      "export default function Page() {\n  return <p>Leer</p>;\n}\n",
    );
    const next = path.join(directory, "node_modules", "next", "dist", "bin", "next");
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
    await runProcess("empty-app-build", process.execPath, [next, "build"], {
      cwd: directory,
      env,
      logDirectory: options.logDirectory,
    });
    const child = startProcess(
      "empty-app",
      process.execPath,
      [next, "start", "-p", String(options.port), "-H", "127.0.0.1"],
      { cwd: directory, env, logDirectory: options.logDirectory },
    );
    await waitForHttp(`http://127.0.0.1:${options.port}/`, child);
    return { child, directory, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
