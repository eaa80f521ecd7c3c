/**
 * Serves a built site on 127.0.0.1 as a static host would: with the site's own
 * 404 page and the headers of its `_headers` file. The bench, the audit and the
 * browser tests use it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import sirv from "sirv";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(siteDir: string): Promise<StaticServer> {
  const assets = sirv(siteDir, { dev: true, etag: false, extensions: ["html"] });
  const notFound = readFileSync(join(siteDir, "404.html"));
  const headers = readHeadersFile(join(siteDir, "_headers"));
  const server: Server = createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    assets(request, response, () => {
      response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      response.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The headers a `_headers` file sets for every path (its "/*" block). */
export function readHeadersFile(path: string): [string, string][] {
  if (!existsSync(path)) return [];
  const headers: [string, string][] = [];
  let inAllPaths = false;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (/^\S/.test(line)) inAllPaths = line.trim() === "/*";
    else if (inAllPaths && line.includes(":")) {
      const at = line.indexOf(":");
      headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return headers;
}
