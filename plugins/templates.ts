/** Nunjucks set up for markup: escaping on, undefined values an error instead of empty text. */
import type { UserConfig } from "@11ty/eleventy";

export function templatesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
}
