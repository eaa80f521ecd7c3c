/** An actor's page: who they are, their other names, and what they said, each statement with its paragraphs. */
import type { Actor, CitedText } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { citations } from "../components/citations.ts";
import { connections } from "../components/connections.ts";
import { entityHeader } from "../components/entity-header.ts";
import { names } from "../components/names.ts";
import { value, type PageContext } from "../markup.ts";

/** The actor's statements, in the source's order; nothing when the source gives none. */
function statements(list: readonly CitedText[], context: PageContext): string {
  if (!list.length) return "";
  const items = list
    .map((statement) => {
      const quote = statement.quote ? `<p class="statement__quote"><q>${isolateLatin(statement.quote)}</q></p>` : "";
      return `      <li>
        <p>${context.prose(statement.text)}</p>
${quote}        ${citations(statement.citations, context)}
      </li>
`;
    })
    .join("");
  return `  <section aria-labelledby="statements-heading">
    <h2 id="statements-heading">${value(context.ui.actors.statements)}</h2>
    <ul class="statements">
${items}    </ul>
  </section>
`;
}

// Written in reading order: the first mention of an entry on a page is the one linked.
export function actorPage(actor: Actor, context: PageContext): string {
  return `<article class="entity entity--actor">
  ${entityHeader(actor, context.prose(actor.role))}
  ${names(actor, context)}
${statements(actor.statements, context)}  ${connections(actor, context)}
</article>
`;
}
