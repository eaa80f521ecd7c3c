/** Links to entities' pages: one, by its name; and a list of them, each with its type. */
import type { Entity } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { url, value, type MarkupContext } from "../markup.ts";

/** What a link to an entity needs of it. */
export type LinkedEntity = Pick<Entity, "url" | "name">;

export function entityLink(entity: LinkedEntity, context: MarkupContext): string {
  return `<a href="${url(entity.url, context)}">${isolateLatin(entity.name)}</a>\n`;
}

export function entityLinks(entities: readonly Pick<Entity, "url" | "name" | "typeLabel">[], context: MarkupContext): string {
  const items = entities
    .map((entity) => `  <li><a href="${url(entity.url, context)}">${isolateLatin(entity.name)}</a> <span class="link-list__type">${value(entity.typeLabel)}</span></li>\n`)
    .join("");
  return `<ul class="link-list">\n${items}</ul>\n`;
}
