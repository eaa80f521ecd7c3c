/** Nunjucks set up for markup: escaping on, undefined values an error instead of empty text. */
import type { UserConfig } from "@11ty/eleventy";
import { OUTSIDE_LABELS } from "../scripts/data/labels.ts";

export function templatesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
  // The words for outside knowledge (the source page lists it); a global, as macros of components.njk would see it too.
  eleventyConfig.addNunjucksGlobal("outsideLabels", OUTSIDE_LABELS);
}
