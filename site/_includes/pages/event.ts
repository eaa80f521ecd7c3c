/** An event's page: its date and what the date rests on, the actors and agreements in it. */
import { ENTITY_TYPE } from "../../../scripts/data/entity-types.ts";
import type { Entity, Event } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { connections } from "../components/connections.ts";
import { entityHeader } from "../components/entity-header.ts";
import { entityLink } from "../components/entity-links.ts";
import { factDate } from "../components/fact-date.ts";
import { value, type PageContext } from "../markup.ts";

/** A fact of the event's list that names entries; left out when there are none. */
function linkedFact(label: string, entities: readonly Entity[], context: PageContext): string {
  if (!entities.length) return "";
  return `    <dt>${value(label)}</dt>
    <dd><ul class="inline-list">${entities.map((entity) => `<li>${entityLink(entity, context)}</li>`).join("")}</ul></dd>
`;
}

// Written in reading order: the first mention of an entry on a page is the one linked.
export function eventPage(event: Event, context: PageContext): string {
  const { ui } = context;
  const { date } = event;
  const derivation = date.derivation ? `    <dt>${value(ui.events.derivation)}</dt>\n    <dd>${isolateLatin(date.derivation)}</dd>\n` : "";
  return `<article class="entity entity--event">
  ${entityHeader(event, context.prose(event.summary), `    <p class="entity__date">${factDate(date, context)}</p>\n`)}
  <dl class="facts">
    <dt>${value(ui.events.date_basis)}</dt>
    <dd>${value(ui.events[date.basis])}${date.wording ? `: <q>${isolateLatin(date.wording)}</q>` : ""}</dd>
${derivation}${linkedFact(ui.events.actors, event.actors, context)}${linkedFact(ENTITY_TYPE.agreement.plural, event.agreements, context)}  </dl>
  ${connections(event, context)}
</article>
`;
}
