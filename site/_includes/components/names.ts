/** An entry's other names: the aliases the source uses, its English name and acronym, each marked when it is outside knowledge. Nothing when it has none. */
import type { Actor, Agreement, Term } from "../../../scripts/data/link.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { value, type MarkupContext } from "../markup.ts";
import { outsideMarker } from "./outside-marker.ts";

/** A name in Latin letters, with a link to the page's list of outside knowledge when that is what the name rests on. */
function latinName(label: string, name: string, outsideBasis: string | undefined): string {
  const outside = outsideBasis ? ` <a href="#outside-heading">${outsideMarker(outsideBasis)}</a>` : "";
  return `  <dt>${value(label)}</dt>\n  <dd><span lang="en" dir="ltr">${value(name)}</span>${outside}</dd>\n`;
}

export function names(entity: Term | Actor | Agreement, context: MarkupContext): string {
  const { aliases, english, acronym, outside } = entity;
  if (!aliases.length && !english && !acronym) return "";
  const { ui } = context;
  const aliasList = aliases.length
    ? `  <dt>${value(ui.common.other_names)}</dt>\n  <dd><ul class="inline-list">${aliases.map((alias) => `<li>${isolateLatin(alias)}</li>`).join("")}</ul></dd>\n`
    : "";
  return `<dl class="names">
${aliasList}${english ? latinName(ui.common.english, english, outside?.english) : ""}${acronym ? latinName(ui.common.acronym, acronym, outside?.acronym) : ""}</dl>
`;
}
