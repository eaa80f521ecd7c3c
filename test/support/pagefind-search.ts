/**
 * Pagefind's own search, run in Node on a built site (or any folder with a `pagefind/` index): its
 * `pagefind/pagefind.js` and WebAssembly, served by the static server, as the search page runs them, with
 * every part of an index in parts merged. Fast enough to
 * search for every word of the site. Pagefind's script reads a few browser globals, which stand in
 * until `close`.
 */
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serveSite } from "../../scripts/dev/static-server.ts";
import { PART_FOLDER } from "../../scripts/search/search-index-parts.ts";
import { temporaryFolder } from "./temporary.ts";

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ raw_url: string }> }[] }>;
}

export interface PagefindSearch {
  /** The pages (their records' `url`: from the site's root, with any #fragment) Pagefind finds for `query`. */
  pagesFound(query: string): Promise<Set<string>>;
  close(): Promise<void>;
}

const BROWSER_GLOBALS = ["window", "document", "location"] as const;

export async function pagefindSearch(siteDir: string): Promise<PagefindSearch> {
  // A folder with only an index has no page to tell its base path by: it is served at the root.
  const server = await serveSite(siteDir, existsSync(join(siteDir, "index.html")) ? {} : { base: "/" });
  // Another origin than the server's, so that Pagefind keeps the whole URL of its files rather than a path.
  const location = new URL("http://site.invalid/search/");
  const globals = globalThis as Record<string, unknown>;
  Object.assign(globals, { window: { location }, document: { currentScript: null, querySelector: () => null }, location });
  // A copy, so that this test's import of Pagefind's script is its own.
  const script = join(temporaryFolder("pagefind-script"), "pagefind.js");
  copyFileSync(join(siteDir, "pagefind", "pagefind.js"), script);
  const pagefind = (await import(pathToFileURL(script).href)) as PagefindModule;
  await pagefind.options({ basePath: `${server.url}/pagefind/` });
  await pagefind.init();
  // The other parts of an index in parts (scripts/search/search-index-parts.ts), merged as the search page merges them.
  const parts = readdirSync(join(siteDir, "pagefind")).filter((name) => PART_FOLDER.test(name));
  for (const part of parts) await pagefind.mergeIndex(`${server.url}/pagefind/${part}/`);
  return {
    async pagesFound(query) {
      const { results } = await pagefind.search(query);
      return new Set(await Promise.all(results.map(async (result) => (await result.data()).raw_url)));
    },
    async close() {
      for (const name of BROWSER_GLOBALS) delete globals[name];
      await server.close();
    },
  };
}
