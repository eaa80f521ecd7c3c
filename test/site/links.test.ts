/**
 * Every link in the built site resolves: each href, src, srcset, action and
 * poster of every element of every page, each url() in the stylesheets, and
 * each #anchor, to a file the site has and an id on the page it names. Links
 * to the site's own deployed address (the canonical URLs) must resolve here
 * too; other absolute links (http, https, mailto) are counted, not fetched:
 * the tests make no request outside the machine.
 */
import { load } from "cheerio";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { builtPages, listFiles, type BuiltPage } from "../support/site-files.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
/** Where the site is deployed: absolute links there are links into this site. */
const deployed = new URL(model.site.url);
const deployedBase = deployed.pathname.endsWith("/") ? deployed.pathname : `${deployed.pathname}/`;
const LOCAL = "http://site.invalid";

let pages: BuiltPage[];
let idsByPath: Map<string, Set<string>>;

beforeAll(() => {
  pages = builtPages(siteDir);
  idsByPath = new Map(
    pages.map((page) => {
      const $ = load(page.html);
      const ids = new Set([
        ...$("[id]").map((_, el) => $(el).attr("id")!).get(),
        ...$("a[name]").map((_, el) => $(el).attr("name")!).get(),
      ]);
      return [page.url, ids];
    }),
  );
});

/** The URL path a file is served at, if the site has one: a file, or a folder's index.html. */
function servedPage(pathname: string): { path: string; isHtml: boolean } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(siteDir, decoded);
  if (decoded.endsWith("/")) {
    return existsSync(join(file, "index.html")) ? { path: decoded, isHtml: true } : undefined;
  }
  if (existsSync(file) && statSync(file).isFile()) return { path: decoded, isHtml: decoded.endsWith(".html") };
  return undefined;
}

interface Checked {
  local: number;
  anchors: number;
  external: string[];
  broken: string[];
}

/** Checks one reference found on `from` (a URL path), recording what it found. */
function check(raw: string, from: string, where: string, into: Checked): void {
  const value = raw.trim();
  if (value === "") {
    into.broken.push(`${where}: empty link`);
    return;
  }
  if (/^(mailto|tel):/i.test(value)) {
    into.external.push(value);
    return;
  }
  let url: URL;
  try {
    url = new URL(value, `${LOCAL}${from}`);
  } catch {
    into.broken.push(`${where}: ${raw} is not a URL`);
    return;
  }
  if (url.origin === deployed.origin && url.pathname.startsWith(deployedBase)) {
    url = new URL(`/${url.pathname.slice(deployedBase.length)}${url.search}${url.hash}`, LOCAL);
  } else if (url.origin !== LOCAL) {
    if (!/^https?:$/.test(url.protocol) || url.hostname === "") into.broken.push(`${where}: ${raw} (unsupported link)`);
    else into.external.push(url.href);
    return;
  }
  into.local += 1;
  const target = servedPage(url.pathname);
  if (!target) {
    into.broken.push(`${where}: ${raw} (no such file)`);
    return;
  }
  if (url.hash) {
    into.anchors += 1;
    const ids = target.isHtml ? idsByPath.get(target.path.replace(/(^|\/)index\.html$/, "$1")) : undefined;
    const id = decodeURIComponent(url.hash.slice(1));
    if (ids && !ids.has(id)) into.broken.push(`${where}: ${raw} (no element with id "${id}" on ${target.path})`);
  }
}

function tagName(node: object): string {
  return "name" in node && typeof node.name === "string" ? node.name : "?";
}

const ATTRIBUTES = ["href", "src", "srcset", "action", "poster", "data", "formaction", "cite", "longdesc"];

describe("links", () => {
  it("resolves every href, src, srcset, action and #anchor of every page, and every url() in the stylesheets", () => {
    const checked: Checked = { local: 0, anchors: 0, external: [], broken: [] };
    for (const page of pages) {
      const $ = load(page.html);
      for (const attribute of ATTRIBUTES) {
        $(`[${attribute}]`).each((_, el) => {
          const value = $(el).attr(attribute)!;
          const where = `${page.url} <${tagName(el)} ${attribute}>`;
          if (attribute === "srcset") {
            for (const candidate of value.split(",")) check(candidate.trim().split(/\s+/)[0] ?? "", page.url, where, checked);
          } else {
            check(value, page.url, where, checked);
          }
        });
      }
      $("[style]").each((_, el) => {
        for (const match of ($(el).attr("style") ?? "").matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
          check(match[2]!, page.url, `${page.url} <${tagName(el)} style>`, checked);
        }
      });
    }
    const stylesheets = listFiles(siteDir).filter((file) => file.endsWith(".css"));
    for (const file of stylesheets) {
      const path = file.slice(siteDir.length).split("\\").join("/");
      for (const match of readFileSync(file, "utf8").matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        if (match[2]!.startsWith("data:")) continue;
        check(match[2]!, path, `${path} url()`, checked);
      }
    }
    console.info(
      `links: ${checked.local} local links checked (${checked.anchors} with an #anchor) in ${pages.length} pages ` +
        `and ${stylesheets.length} stylesheets; ${checked.broken.length} broken; ` +
        `${checked.external.length} external, not fetched: ${[...new Set(checked.external)].join(" ") || "none"}`,
    );
    expect(checked.local).toBeGreaterThan(pages.length * 10);
    expect(checked.broken).toEqual([]);
  });

  it("gives no two elements of a page the same id, so every #anchor has one target", () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const $ = load(page.html);
      const seen = new Set<string>();
      $("[id]").each((_, el) => {
        const id = $(el).attr("id")!;
        if (seen.has(id)) duplicates.push(`${page.url}#${id}`);
        seen.add(id);
      });
    }
    expect(duplicates).toEqual([]);
  });

  it("loads the scripts' own files from the site: the search page's index, the bundles' imports", () => {
    const broken: string[] = [];
    for (const file of listFiles(join(siteDir, "assets/js"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/["'`](\/(?:pagefind|assets)\/[^"'`]+)["'`]/g)) {
        // A path made in the script (a part of the search index, "/pagefind/part-${…}/") is no file's name.
        if (match[1]!.includes("${")) continue;
        if (!servedPage(match[1]!)) broken.push(`${file.slice(siteDir.length)}: ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
    expect(servedPage("/pagefind/pagefind.js")).toBeDefined();
  });
});
