/** Filters for Arabic text in templates: `bidi`, plain text escaped with its Latin runs isolated (scripts/text/bidi.ts). */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { isolateLatin } from "../scripts/text/bidi.ts";

export { isolateLatin };

export function arabicTextPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("bidi", (text: string) => new nunjucks.runtime.SafeString(isolateLatin(String(text))));
}
