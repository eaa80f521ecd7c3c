/**
 * JSON-LD for every page, from the linked model (scripts/render/structured-data.ts):
 * `factsheet | jsonLd(entity or pageKind, url, title, description)`, where an entity's
 * page gives its entity and another page its `pageKind` front matter ("home",
 * "glossary"; none is "page"). Its URLs are under the site's base path.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import type { Entity, FactSheet } from "../scripts/data/link.ts";
import { jsonForScript, structuredData, type PageKind } from "../scripts/render/structured-data.ts";
import { siteBasePath } from "./site-url.ts";

export function structuredDataPlugin(eleventyConfig: UserConfig): void {
  const base = siteBasePath(eleventyConfig);
  eleventyConfig.addFilter(
    "jsonLd",
    (model: FactSheet, page: Entity | PageKind | undefined, url: string, title: string, description: string) => {
      const described =
        typeof page === "object" ? { entity: page } : { kind: page ?? "page", url, title: String(title), description: String(description) };
      const json = jsonForScript(structuredData(model, described, base));
      return new nunjucks.runtime.SafeString(`<script type="application/ld+json">${json}</script>`);
    },
  );
}
