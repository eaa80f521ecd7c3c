/** Reads the built site: its HTML pages, parsed, for tests of what readers get. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface BuiltPage {
  /** The URL path the page is served at: /terms/hmc/ */
  url: string;
  file: string;
  html: string;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export function builtPages(siteDir: string): BuiltPage[] {
  return listFiles(siteDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const path = relative(siteDir, file).split(sep).join("/");
      const url = "/" + path.replace(/(^|\/)index\.html$/, "$1");
      return { url, file, html: readFileSync(file, "utf8") };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
