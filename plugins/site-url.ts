/**
 * The base path the site is served under, and the filters that put every URL
 * the templates write under it (scripts/render/site-url.ts):
 *
 *   href="{{ entity.url | sitePath }}"                          /factsheet/terms/hmc/
 *   href="{{ page.url | absoluteUrl(factsheet.site.url) }}"     https://example.org/factsheet/terms/hmc/
 *
 * The base path is the build's (plugins/build-options.ts: `--base`,
 * FACTSHEET_BASE, else the path of site.yaml's `url`); eleventy.config.ts makes
 * it Eleventy's pathPrefix, which `npm start` also serves under, and plugins
 * read it back with siteBasePath, so Eleventy's own `--pathprefix` moves
 * everything too. The TypeScript templates read it as the data `basePath`
 * and call sitePath themselves (site/_includes/markup.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { absoluteUrl, normalizeBasePath, sitePath } from "../scripts/render/site-url.ts";

/** The base path Eleventy builds for (its pathPrefix), in its one form: "/" or "/factsheet/". */
export function siteBasePath(eleventyConfig: UserConfig): string {
  return normalizeBasePath(eleventyConfig.pathPrefix ?? "/");
}

export function siteUrlPlugin(eleventyConfig: UserConfig): void {
  const base = siteBasePath(eleventyConfig);
  eleventyConfig.addFilter("sitePath", (path: string) => sitePath(path, base));
  eleventyConfig.addFilter("absoluteUrl", (path: string, siteUrl: string) => absoluteUrl(path, siteUrl, base));
  eleventyConfig.addGlobalData("basePath", base);
}
