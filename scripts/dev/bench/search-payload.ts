/**
 * What a reader downloads to get the first results of a one-word Arabic
 * search: the site served locally, opened in a fresh Chromium (cold cache).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ENTITY_TYPES } from "../../data/entity-types.ts";
import { PART_FOLDER } from "../../search/search-index-parts.ts";
import { words } from "../../text/arabic.ts";
import { launchBrowser } from "../chromium.ts";
import type { SyntheticFactSheet } from "../generate-data.ts";
import { serveSite } from "../static-server.ts";

export interface Payload {
  query: string;
  why: string;
  results: number;
  bytes: number;
  gzipBytes: number;
  requests: number;
  byKind: Record<string, number>;
  ms: number;
  /** How many parts the site's search index is in (scripts/search/search-index-parts.ts). */
  indexParts: number;
}

/** The kind of a search download, for the breakdown: Pagefind's library, its index chunks, fragments… */
function downloadKind(path: string): string {
  if (path.startsWith("/assets/js/")) return "page script";
  // A part of an index in parts (pagefind/part-N/) counts with the first part's files of its kind.
  const file = path.slice("/pagefind/".length).replace(/^part-\d+\//, "");
  if (/^pagefind[\w.-]*\.js$/.test(file)) return "pagefind js";
  if (file.startsWith("wasm.")) return "pagefind wasm";
  if (file.startsWith("pagefind-entry")) return "entry";
  if (file === "vocabulary.json") return "vocabulary";
  if (file.startsWith("index/")) return "index chunks";
  if (file.startsWith("fragment/")) return "fragments";
  if (file.startsWith("filter/")) return "filters";
  if (file.endsWith(".pf_meta")) return "meta";
  return "other";
}

/** Opens /search/?q=… in a fresh Chromium (cold cache) and adds up what the search downloads. */
export async function measureSearch(siteDir: string, query: string, why: string): Promise<Payload> {
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ kind: string; bytes: number; gzipBytes: number }>[] = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith("/pagefind/") && !path.startsWith("/assets/js/")) return;
      bodies.push(
        response.body().then((body) => {
          const compressed = body[0] === 0x1f && body[1] === 0x8b;
          return { kind: downloadKind(path), bytes: body.length, gzipBytes: compressed ? body.length : gzipSync(body).length };
        }),
      );
    });
    const started = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector("[data-search-results] li", { timeout: 60_000 });
    const ms = performance.now() - started;
    await page.waitForLoadState("networkidle");
    const results = await page.locator("[data-search-results] li").count();
    const downloads = await Promise.all(bodies);
    const byKind: Record<string, number> = {};
    for (const d of downloads) byKind[d.kind] = (byKind[d.kind] ?? 0) + d.bytes;
    return {
      query,
      why,
      results,
      bytes: downloads.reduce((sum, d) => sum + d.bytes, 0),
      gzipBytes: downloads.reduce((sum, d) => sum + d.gzipBytes, 0),
      requests: downloads.length,
      byKind,
      ms,
      indexParts: 1 + readdirSync(join(siteDir, "pagefind")).filter((name) => PART_FOLDER.test(name)).length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Two one-word queries from the entities' names: the word (of four letters or
 * more) that names the most entities, as a reader searching the dossier's
 * main subject types it, so the results fill the page; and a word naming a
 * handful of entities of several types, as the project's browser tests pick.
 */
export function searchQueries(sheet: SyntheticFactSheet): { query: string; why: string }[] {
  const named = new Map<string, { count: number; types: Set<string> }>();
  for (const { type, file } of ENTITY_TYPES) {
    for (const entity of sheet.files[file]) {
      for (const word of new Set(entity.name.split(/\s+/))) {
        if ([...word].length < 4 || /[A-Za-z0-9]/.test(word) || words(word).length !== 1) continue;
        const entry = named.get(word) ?? { count: 0, types: new Set<string>() };
        entry.count += 1;
        entry.types.add(type);
        named.set(word, entry);
      }
    }
  }
  const all = [...named].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  const common = all[0]!;
  const few = all
    .filter(([, e]) => e.count <= 8)
    .sort(([a, x], [b, y]) => y.types.size * 100 - y.count - (x.types.size * 100 - x.count) || a.localeCompare(b))[0]!;
  return [
    { query: common[0], why: `the commonest word of the names (${common[1].count} entities)` },
    { query: few[0], why: `a word naming ${few[1].count} entities of ${few[1].types.size} types` },
  ];
}
