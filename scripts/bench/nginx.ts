// nginx for the benchmark, started in the foreground (daemon off) on a loopback port with all its
// files in a scratch directory: once as a static file server, once as the shipped reverse proxy.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startProcess, waitForHttp, type Child } from "./processes";

export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface NginxOptions {
  port: number;
  workDirectory: string;
  logDirectory: string;
}

/** The shipped http-level file with the bench's upstream port and cache folder; fails loudly if it changed shape */
export function benchCacheConfig(shipped: string, upstreamPort: number, cacheDirectory: string): string {
  const replacements: [string, string][] = [
    ["server 127.0.0.1:3000;", `server 127.0.0.1:${upstreamPort};`],
    ["/var/cache/nginx/casebook", cacheDirectory],
  ];
  let config = shipped;
  for (const [from, to] of replacements) {
    if (!config.includes(from)) {
      throw new Error(
        `deploy/nginx/casebook-cache.conf no longer contains "${from}"; update scripts/bench/nginx.ts`,
      );
    }
    config = config.replace(from, to);
  }
  return config;
}

function mainConfig(work: string, http: string): string {
  const temp = (name: string) => path.join(work, "temp", name);
  for (const name of ["body", "proxy", "fastcgi", "uwsgi", "scgi"])
    mkdirSync(temp(name), { recursive: true });
  return `# Written by scripts/bench/nginx.ts for one benchmark run
${process.getuid?.() === 0 ? "user root root;\n" : ""}worker_processes auto;
pid ${path.join(work, "nginx.pid")};
error_log stderr warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    types { text/html html; text/css css; text/javascript js; }
    default_type application/octet-stream;
    client_body_temp_path ${temp("body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};
${http}
}
`;
}

async function startNginx(name: string, options: NginxOptions, http: string): Promise<Child> {
  mkdirSync(options.workDirectory, { recursive: true });
  const configFile = path.join(options.workDirectory, "nginx.conf");
  writeFileSync(configFile, mainConfig(options.workDirectory, http));
  const child = startProcess(
    name,
    NGINX,
    ["-p", options.workDirectory, "-c", configFile, "-e", "stderr", "-g", "daemon off;"],
    { logDirectory: options.logDirectory },
  );
  await waitForHttp(`http://127.0.0.1:${options.port}/`, child, 15_000);
  return child;
}

/** nginx serving the files of `root`, as plainly as Debian's default site does */
export function startStaticNginx(options: NginxOptions & { root: string }): Promise<Child> {
  return startNginx(
    "nginx-static",
    options,
    `    server {
        listen 127.0.0.1:${options.port};
        root ${options.root};
        location / { try_files $uri =404; }
    }`,
  );
}

/** The shipped reverse-proxy configuration (deploy/nginx) in front of `next start`, over plain HTTP */
export function startProxyNginx(
  options: NginxOptions & { upstreamPort: number; root: string },
): Promise<Child> {
  const deploy = path.join(options.root, "deploy", "nginx");
  const cacheConfig = path.join(options.workDirectory, "casebook-cache.conf");
  mkdirSync(options.workDirectory, { recursive: true });
  writeFileSync(
    cacheConfig,
    benchCacheConfig(
      readFileSync(path.join(deploy, "casebook-cache.conf"), "utf8"),
      options.upstreamPort,
      path.join(options.workDirectory, "cache"),
    ),
  );
  return startNginx(
    "nginx-proxy",
    options,
    `    include ${cacheConfig};
    server {
        listen 127.0.0.1:${options.port};
        server_name localhost;
        include ${path.join(deploy, "casebook-proxy.conf")};
    }`,
  );
}
