/**
 * Eleventy reads this as a table of contents: the project's plugins, one
 * concern each, and the folders. Node runs it, TypeScript and all (type stripping): `npm run build`, `npm start`.
 */
import type { UserConfig } from "@11ty/eleventy";
import { arabicTextPlugin } from "./plugins/arabic-text.ts";
import { assetsPlugin } from "./plugins/assets.ts";
import { buildOptions } from "./plugins/build-options.ts";
import { buildProgressPlugin } from "./plugins/build-progress.ts";
import { clientScriptsPlugin } from "./plugins/client-scripts.ts";
import { entityPagesPlugin } from "./plugins/entity-pages.ts";
import { factSheetDataPlugin } from "./plugins/fact-sheet-data.ts";
import { frozenDataPlugin } from "./plugins/frozen-data.ts";
import { interfaceTextPlugin } from "./plugins/interface-text.ts";
import { markdownPlugin } from "./plugins/markdown.ts";
import { markupComponentsPlugin } from "./plugins/markup-components.ts";
import { openDataPlugin } from "./plugins/open-data.ts";
import { relationshipMapPlugin } from "./plugins/relationship-map.ts";
import { searchIndexPlugin } from "./plugins/search-index.ts";
import { securityHeadersPlugin } from "./plugins/security-headers.ts";
import { siteUrlPlugin } from "./plugins/site-url.ts";
import { templatesPlugin } from "./plugins/templates.ts";
import { typescriptTemplatesPlugin } from "./plugins/typescript-templates.ts";

export default function (eleventyConfig: UserConfig) {
  // The one store of the linked model (plugins/fact-sheet-data.ts): loaded once a build, read by every plugin.
  const { factsheet, searchIndexer, onSearchIndex, base, progress } = buildOptions(eleventyConfig);
  eleventyConfig.addPlugin(factSheetDataPlugin, { factsheet });
  eleventyConfig.addPlugin(siteUrlPlugin);
  eleventyConfig.addPlugin(frozenDataPlugin);
  eleventyConfig.addPlugin(interfaceTextPlugin);
  eleventyConfig.addPlugin(templatesPlugin);
  eleventyConfig.addPlugin(typescriptTemplatesPlugin);
  eleventyConfig.addPlugin(markupComponentsPlugin);
  eleventyConfig.addPlugin(markdownPlugin, { factsheet });
  eleventyConfig.addPlugin(entityPagesPlugin, { factsheet });
  eleventyConfig.addPlugin(arabicTextPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(clientScriptsPlugin);
  eleventyConfig.addPlugin(securityHeadersPlugin);
  eleventyConfig.addPlugin(openDataPlugin, { factsheet });
  eleventyConfig.addPlugin(relationshipMapPlugin);
  eleventyConfig.addPlugin(searchIndexPlugin, { factsheet, indexer: searchIndexer, onSummary: onSearchIndex });
  eleventyConfig.addPlugin(buildProgressPlugin, { factsheet, progress });
  // The base path the site is served under; the plugins above read it back (plugins/site-url.ts).
  return { pathPrefix: base };
}

export const config = {
  dir: { input: "site", includes: "_includes", layouts: "_includes/layouts", data: "_data" },
  templateFormats: ["njk", "11ty.ts"],
  htmlTemplateEngine: "njk",
};
