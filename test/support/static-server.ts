/** Serves a built site on 127.0.0.1 for browser tests, with the site's own 404 page. */
import { readFileSync } from "node:fs";
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
  const server: Server = createServer((request, response) => {
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
