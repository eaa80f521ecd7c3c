/** A term's page: its definition, other names, the longer explanation in Markdown, the source's words about it. */
import type { Term } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { connections } from "../components/connections.ts";
import { names } from "../components/names.ts";
import { quotes } from "../components/quotes.ts";
import { value, type PageContext } from "../markup.ts";

// Written in reading order: the first mention of an entry on a page is the one linked.
export function termPage(term: Term, context: PageContext): string {
  return `<article class="entity entity--term">
  <header class="entity__header">
    <p class="entity__type">${value(term.typeLabel)}</p>
    <h1>${isolateLatin(term.name)}</h1>
    <p class="entity__lead">${context.prose(term.definition)}</p>
  </header>
  ${names(term, context)}
  <div class="prose">${context.markdown(term.body)}</div>
  ${quotes(term.quotes, context)}
  ${connections(term, context)}
</article>
`;
}
