/**
 * Filters the glossary's list as the reader types, matching every name of a
 * term exactly as search does (scripts/search/search-match.ts). Without
 * JavaScript the page is the plain alphabetical list and the box stays hidden.
 */
import { compileQuery, textMatches } from "../../../scripts/search/search-match.ts";
import { countNoun, fillIn } from "../../../scripts/text/arabic-count.ts";
import { glossary_filter as text, nouns } from "../../_data/ui.yaml";

const container = document.querySelector<HTMLElement>("[data-glossary-filter]");
const input = container?.querySelector("input");
const status = container?.querySelector<HTMLElement>("[role=status]");
const entries = [...document.querySelectorAll<HTMLElement>(".glossary__entry")];
const groups = [...document.querySelectorAll<HTMLElement>(".glossary__group")];

function apply(query: string): void {
  const compiled = compileQuery(query);
  const all = compiled.forms.length === 0;
  let shown = 0;
  for (const entry of entries) {
    const match = all || textMatches(entry.dataset.names ?? "", compiled);
    entry.hidden = !match;
    if (match) shown += 1;
  }
  for (const group of groups) group.hidden = !group.querySelector(".glossary__entry:not([hidden])");
  if (status) {
    status.textContent = all ? "" : shown === 0 ? text.none : fillIn(text.showing, { shown: countNoun(shown, nouns.term), total: entries.length });
  }
}

if (container && input) {
  container.hidden = false;
  input.addEventListener("input", () => apply(input.value));
}
