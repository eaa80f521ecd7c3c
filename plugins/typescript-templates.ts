/**
 * Templates and layouts written in TypeScript (`*.11ty.ts`): Eleventy runs them
 * as JavaScript templates (a module exporting `data` and `render(data)`), and
 * Node imports them as they are, types stripped. The page shell is one
 * (site/_includes/layouts/base.11ty.ts); their markup is in site/_includes.
 */
import type { UserConfig } from "@11ty/eleventy";

export function typescriptTemplatesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
}
