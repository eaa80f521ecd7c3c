/** Copies the stylesheets and the self-hosted Arabic font into the site. */
import type { UserConfig } from "@11ty/eleventy";

const FONT_FILES = "node_modules/@fontsource/noto-naskh-arabic/files";

export function assetsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ "site/assets/css": "assets/css", "site/assets/favicon.svg": "assets/favicon.svg" });
  for (const subset of ["arabic", "latin"]) {
    for (const weight of [400, 700]) {
      const file = `noto-naskh-arabic-${subset}-${weight}-normal.woff2`;
      eleventyConfig.addPassthroughCopy({ [`${FONT_FILES}/${file}`]: `assets/fonts/${file}` });
    }
  }
}
