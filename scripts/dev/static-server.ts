/**
 * Serves a built site as a static host would, with nothing rebuilt: under its
 * base path (anything outside it is not the site's), folders redirected to
 * their trailing slash, the headers its `_headers` file declares, the site's
 * own 404 page with status 404, and the content types hosts send. Used by
 * `npm run preview`, the bench, the audit and the browser tests.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import sirv from "sirv";
import { basePathFromUrl, normalizeBasePath } from "../render/site-url.ts";

export interface StaticServer {
  /**
   * Where the site is, without a trailing slash, so that a path of the site follows it:
   * `${url}/terms/` is http://127.0.0.1:PORT/factsheet/terms/ (and http://127.0.0.1:PORT/terms/ at the root).
   */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The base path it serves the site under: "/" or "/factsheet/". */
  base: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The base path to serve under; the one the site was built for (builtBasePath) unless given. */
  base?: string;
  port?: number;
  host?: string;
}

/** A block of a `_headers` file: the paths it applies to, and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Content types as static hosts send them (GitHub Pages, Netlify, Cloudflare Pages): text in UTF-8, and
 * anything unknown (Pagefind's index files) as bytes.
 */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};
const BYTES = "application/octet-stream";

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? BYTES;
}

/** The rules of a `_headers` file (Netlify's and Cloudflare Pages' format): a path, then its headers indented. */
export function readHeadersFile(path: string): HeaderRule[] {
  if (!existsSync(path)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (/^\S/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length > 0 && line.includes(":")) {
      const at = line.indexOf(":");
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a path of the site: `*` matches anything, `:name` one segment. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/** The headers the rules set for a path of the site, in the file's order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/** The base path a built site was made for: the path of its home page's canonical URL. */
export function builtBasePath(siteDir: string): string {
  const home = join(siteDir, "index.html");
  if (!existsSync(home)) throw new Error(`${siteDir} holds no built site (no index.html): run npm run build first.`);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, "utf8"));
  return canonical ? basePathFromUrl(canonical[1]!) : "/";
}

export async function serveSite(siteDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base === undefined ? builtBasePath(siteDir) : normalizeBasePath(options.base);
  const notFoundPage = join(siteDir, "404.html");
  const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from("Not found\n");
  const rules = readHeadersFile(join(siteDir, "_headers"));
  const files = sirv(siteDir, {
    dev: true,
    etag: false,
    extensions: ["html"],
    // `path` is the one asked for: a folder's, or one without an extension, is served from an .html file.
    setHeaders: (response: ServerResponse, path: string) => response.setHeader("Content-Type", contentTypeOf(extname(path) ? path : "index.html")),
  });

  const sendNotFound = (response: ServerResponse) => {
    response.writeHead(404, { "Content-Type": CONTENT_TYPES[".html"], "Content-Length": notFound.length });
    response.end(notFound);
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    // The base path without its last slash is the site's root too: hosts redirect it, as any folder.
    if (`${url.pathname}/` === base) return redirect(response, `${base}${url.search}`);
    if (!url.pathname.startsWith(base)) return sendNotFound(response);
    const path = `/${url.pathname.slice(base.length)}`;
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    // Not published: hosts read `_headers` and keep it to themselves.
    if (path === "/_headers") return sendNotFound(response);
    if (!path.endsWith("/") && isFolder(siteDir, path)) return redirect(response, `${url.pathname}/${url.search}`);
    request.url = `${path}${url.search}`;
    files(request, response, () => sendNotFound(response));
  });
  // Clients keep connections open between requests (Playwright's does, from one test to the next). With
  // Node's 5 s a request sent as the server drops an idle connection is reset; a minute outlasts the pauses.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  return {
    url: `${origin}${base.slice(0, -1)}`,
    origin,
    base,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location, "Content-Type": "text/plain; charset=utf-8" });
  response.end(`Moved to ${location}\n`);
}

function isFolder(siteDir: string, path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  if (decoded.split("/").includes("..")) return false;
  try {
    return statSync(join(siteDir, decoded)).isDirectory();
  } catch {
    return false;
  }
}
