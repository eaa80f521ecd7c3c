/** The paragraphs of the source a statement cites, each a link with the paragraph's summary as its tooltip. */
import type { LinkedParagraph } from "../../../scripts/data/link.ts";
import { url, value, type MarkupContext } from "../markup.ts";

export function citations(paragraphs: readonly LinkedParagraph[], context: MarkupContext): string {
  const links = paragraphs
    .map((p) => `<a class="citation" href="${url(p.url, context)}" title="${value(p.summary)}">§&#8239;${value(p.paragraph)}</a>`)
    .join("، ");
  return `<span class="citations"><span class="citations__label">${value(context.ui.common.citations_label)}</span> ${links}</span>\n`;
}
