/**
 * The built site as the static server (`npm run preview`, the browser tests)
 * serves it: exactly the headers its `_headers` file declares, on every kind
 * of file, and every file with its content type.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { headersFor, readHeadersFile, serveSite, type StaticServer } from "../../scripts/dev/static-server.ts";
import { listFiles } from "../support/site-files.ts";

describe("the static server on the built site", () => {
  const siteDir = inject("siteDir");
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(siteDir);
  });
  afterAll(() => server.close());

  it("sends on every kind of file exactly the headers the site's `_headers` declares", async () => {
    const declared = headersFor(readHeadersFile(join(siteDir, "_headers")), "/");
    expect(declared.map(([name]) => name)).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"]));
    const samples = ["/", "/terms/", "/assets/css/site.css", "/pagefind/pagefind.js", "/data/factsheet.json", "/no-such-page/"];
    for (const path of samples) {
      const response = await fetch(`${server.url}${path}`);
      for (const [name, value] of declared) expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    }
  });

  it("serves every file of the site with a content type", async () => {
    const files = listFiles(siteDir).map((file) => file.slice(siteDir.length + 1)).filter((file) => file !== "_headers");
    const types = new Set<string>();
    for (const file of files) {
      const response = await fetch(`${server.url}/${file}`);
      expect(response.status, file).toBe(200);
      types.add(`${file.replace(/^.*\./, ".")} ${response.headers.get("content-type")}`);
      await response.arrayBuffer();
    }
    expect([...types].filter((type) => type.startsWith(".html"))).toEqual([".html text/html; charset=utf-8"]);
  });
});
