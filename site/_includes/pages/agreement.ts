/** An agreement's page: its date, parties and status, other names, what it provides, the source's words about it. */
import type { Agreement } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { connections } from "../components/connections.ts";
import { entityHeader } from "../components/entity-header.ts";
import { entityLink } from "../components/entity-links.ts";
import { factDate } from "../components/fact-date.ts";
import { names } from "../components/names.ts";
import { quotes } from "../components/quotes.ts";
import { value, type PageContext } from "../markup.ts";

/** The agreement's date with how it was worked out, or that the source gives none. */
function agreementDate({ date }: Agreement, context: PageContext): string {
  if (!date) return value(context.ui.agreements.no_date);
  return `${factDate(date, context)}${date.derivation ? `<br><small>${isolateLatin(date.derivation)}</small>` : ""}`;
}

// Written in reading order: the first mention of an entry on a page is the one linked.
export function agreementPage(agreement: Agreement, context: PageContext): string {
  const { ui } = context;
  return `<article class="entity entity--agreement">
  ${entityHeader(agreement, context.prose(agreement.summary))}
  <dl class="facts">
    <dt>${value(ui.agreements.date)}</dt>
    <dd>${agreementDate(agreement, context)}</dd>
    <dt>${value(ui.agreements.parties)}</dt>
    <dd><ul class="inline-list">${agreement.parties.map((party) => `<li>${entityLink(party, context)}</li>`).join("")}</ul></dd>
    <dt>${value(ui.agreements.status)}</dt>
    <dd>${isolateLatin(agreement.status)}</dd>
  </dl>
  ${names(agreement, context)}
  <section aria-labelledby="provides-heading">
    <h2 id="provides-heading">${value(ui.agreements.provides)}</h2>
    <ul class="provides">
${agreement.provides.map((item) => `<li>${context.prose(item)}</li>`).join("")}    </ul>
  </section>
  ${quotes(agreement.quotes, context)}
  ${connections(agreement, context)}
</article>
`;
}
