/** A term's page: its definition, other names, the longer explanation in Markdown, the source's words about it. */
import type { Term } from "../../../scripts/data/link.ts";
import { connections } from "../components/connections.ts";
import { entityHeader } from "../components/entity-header.ts";
import { names } from "../components/names.ts";
import { quotes } from "../components/quotes.ts";
import type { PageContext } from "../markup.ts";

// Written in reading order: the first mention of an entry on a page is the one linked.
export function termPage(term: Term, context: PageContext): string {
  return `<article class="entity entity--term">
  ${entityHeader(term, context.prose(term.definition))}
  ${names(term, context)}
  <div class="prose">${context.markdown(term.body)}</div>
  ${quotes(term.quotes, context)}
  ${connections(term, context)}
</article>
`;
}
