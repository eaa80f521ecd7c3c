/**
 * Copies the print stylesheet, the icon and the self-hosted Arabic font into the site, and gives the
 * stylesheet the font's @font-face rules (`fontFaces`, for site.css). The page shell reads the font
 * files to preload from scripts/render/fonts.ts itself.
 */
import type { UserConfig } from "@11ty/eleventy";
import { FONT_SOURCE, FONTS, fontFaceCss } from "../scripts/render/fonts.ts";

export function assetsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ "site/assets/css/print.css": "assets/css/print.css", "site/assets/favicon.svg": "assets/favicon.svg" });
  for (const { file } of FONTS) eleventyConfig.addPassthroughCopy({ [`${FONT_SOURCE}/${file}`]: `assets/fonts/${file}` });
  eleventyConfig.addGlobalData("fontFaces", fontFaceCss());
}
