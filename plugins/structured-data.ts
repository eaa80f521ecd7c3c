/** JSON-LD for every page, from the linked model (scripts/render/structured-data.ts). */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import type { FactSheet } from "../scripts/data/link.ts";
import { jsonForScript, structuredData } from "../scripts/render/structured-data.ts";

export function structuredDataPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("jsonLd", (model: FactSheet, url: string, title: string, description: string) => {
    const json = jsonForScript(structuredData(model, url, String(title), String(description)));
    return new nunjucks.runtime.SafeString(`<script type="application/ld+json">${json}</script>`);
  });
}
