/** The head of an entity's page: its type (and kind), its name, what its type shows next (an event's date), and its lead. */
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { value } from "../markup.ts";

interface Headed {
  typeLabel: string;
  /** An actor's or agreement's kind (دولة، اتفاقية ثنائية, …), shown after its type. */
  kindLabel?: string;
  name: string;
}

/** `lead` and `after` are markup already: the lead as prose with its mentions linked, `after` whole lines. */
export function entityHeader(entity: Headed, lead: string, after = ""): string {
  const type = entity.kindLabel ? `${value(entity.typeLabel)} · ${value(entity.kindLabel)}` : value(entity.typeLabel);
  return `<header class="entity__header">
    <p class="entity__type">${type}</p>
    <h1>${isolateLatin(entity.name)}</h1>
${after}    <p class="entity__lead">${lead}</p>
  </header>`;
}
