/** The source's words about an entry, verbatim, each with the paragraphs it is from. Nothing when there are none. */
import type { CitedText } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { value, type MarkupContext } from "../markup.ts";
import { citations } from "./citations.ts";

export function quotes(list: readonly CitedText[], context: MarkupContext): string {
  if (!list.length) return "";
  const items = list.map((quote) => `    <li><q>${isolateLatin(quote.text)}</q> ${citations(quote.citations, context)}</li>\n`).join("");
  return `<section aria-labelledby="quotes-heading">
  <h2 id="quotes-heading">${value(context.ui.common.quotes)}</h2>
  <ul class="quotes">
${items}  </ul>
</section>
`;
}
