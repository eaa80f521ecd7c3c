/**
 * What an entity's page ends with: the source's errors about it, what on it is
 * outside knowledge, the entries it relates to and those that mention it, its
 * notes, and the paragraphs it cites. A section with nothing in it is left out,
 * but for the cited paragraphs, which every entry has.
 */
import { OUTSIDE_LABELS } from "../../../scripts/data/labels.ts";
import type { Entity, OutsideItem, SourceError } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { asHtml, fillInHtml } from "../../../plugins/interface-text.ts";
import { url, value, type MarkupContext } from "../markup.ts";
import { entityLinks } from "./entity-links.ts";
import { outsideMarker } from "./outside-marker.ts";

/** Errors of the source about an entry (a wrong name in its place), each linked to the note that explains it. */
export function sourceErrors(errors: readonly SourceError[], context: MarkupContext): string {
  if (!errors.length) return "";
  const { ui } = context;
  const items = errors
    .map((error) => {
      const said = fillInHtml(ui.common.source_error, { wording: asHtml(`<q>${isolateLatin(error.wording)}</q>`), instead_of: asHtml(isolateLatin(error.insteadOf)) });
      return `    <li>${said}: <a href="${url(error.note.url, context)}">${isolateLatin(error.note.title)}</a></li>\n`;
    })
    .join("");
  return `<section class="source-errors" aria-labelledby="source-errors-heading">
  <h2 id="source-errors-heading">${value(ui.common.source_errors)}</h2>
  <ul>
${items}  </ul>
</section>
`;
}

/** What on a page comes from outside the article, each with what it rests on. */
export function outsideItems(items: readonly OutsideItem[]): string {
  if (!items.length) return "";
  const basis = value(OUTSIDE_LABELS.basis);
  const rows = items
    .map((item) => `    <li>${outsideMarker()} ${value(item.label)}: ${isolateLatin(item.text)} <small class="outside__basis">${basis}: ${isolateLatin(item.basis)}</small></li>\n`)
    .join("");
  return `<section class="outside-items" aria-labelledby="outside-heading">
  <h2 id="outside-heading">${value(OUTSIDE_LABELS.marker)}</h2>
  <ul>
${rows}  </ul>
</section>
`;
}

/** A section of links to other entries, left out when there are none. */
function linkSection(id: string, heading: string, entities: readonly Entity[], context: MarkupContext): string {
  if (!entities.length) return "";
  return `<section class="connections" aria-labelledby="${id}-heading">
  <h2 id="${id}-heading">${value(heading)}</h2>
  ${entityLinks(entities, context)}
</section>
`;
}

export function connections(entity: Entity, context: MarkupContext): string {
  const { ui } = context;
  const notes = entity.notes.length
    ? `<section class="connections" aria-labelledby="notes-heading">
  <h2 id="notes-heading">${value(ui.common.notes)}</h2>
  <ul class="link-list">
${entity.notes.map((note) => `    <li><a href="${url(note.url, context)}">${isolateLatin(note.title)}</a></li>\n`).join("")}  </ul>
</section>
`
    : "";
  const cited = entity.citations
    .map((p) => `    <li><a href="${url(p.url, context)}">${fillInHtml(ui.common.paragraph, { n: p.paragraph })}</a>: ${isolateLatin(p.summary)}</li>\n`)
    .join("");
  return `${sourceErrors(entity.sourceErrors, context)}
${outsideItems(entity.outsideItems)}
${linkSection("related", ui.common.related, entity.related, context)}${linkSection("mentioned", ui.common.mentioned_in, entity.mentionedIn, context)}${notes}<section class="connections" aria-labelledby="cite-heading">
  <h2 id="cite-heading">${value(ui.common.cited_paragraphs)}</h2>
  <ul class="paragraph-refs">
${cited}  </ul>
</section>
`;
}
