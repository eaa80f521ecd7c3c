/**
 * The relationship map's filter: `{% set map = factsheet | relationshipMap %}`
 * gives the map (scripts/render/relationship-map.ts) with its SVG as safe
 * markup, `{{ map.svg }}`, and its relations for the text equivalent.
 */
import type { UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import type { FactSheet } from "../scripts/data/link.ts";
import { relationshipMap, type RelationshipMap } from "../scripts/render/relationship-map.ts";
import { siteBasePath } from "./site-url.ts";

export type RenderedRelationshipMap = Omit<RelationshipMap, "svg"> & { svg: nunjucks.runtime.SafeString };

export function relationshipMapPlugin(eleventyConfig: UserConfig): void {
  const base = siteBasePath(eleventyConfig);
  // The model is frozen and shared by every page of a build: draw it once.
  const drawn = new WeakMap<FactSheet, RenderedRelationshipMap>();
  eleventyConfig.addFilter("relationshipMap", (model: FactSheet): RenderedRelationshipMap => {
    let map = drawn.get(model);
    if (!map) {
      const plain = relationshipMap(model, { base });
      map = { ...plain, svg: new nunjucks.runtime.SafeString(plain.svg) };
      drawn.set(model, map);
    }
    return map;
  });
}
