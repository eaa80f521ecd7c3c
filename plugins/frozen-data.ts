/**
 * Reads the site's JSON data files (security.json, directory data) frozen.
 * Templates only read data; and Eleventy hands a frozen object to every page as
 * it is, where it wraps any other object in a proxy of its own for each page,
 * which every read then goes through.
 */
import type { UserConfig } from "@11ty/eleventy";
import { deepFreeze } from "../scripts/data/deep-freeze.ts";

export function frozenDataPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("json", (contents: string) => deepFreeze(JSON.parse(contents) as unknown));
}
