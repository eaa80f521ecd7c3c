/**
 * Filters the glossary's list as the reader types, matching every name of a
 * term with the same normalisation as search. Without JavaScript the page is
 * the plain alphabetical list, and the filter box stays hidden.
 */
import { normalizeArabic, sortKey } from "../../../scripts/factsheet/arabic.ts";

const container = document.querySelector<HTMLElement>("[data-glossary-filter]");
const input = container?.querySelector("input");
const status = container?.querySelector<HTMLElement>("[role=status]");
const entries = [...document.querySelectorAll<HTMLElement>(".glossary__entry")];
const groups = [...document.querySelectorAll<HTMLElement>(".glossary__group")];

function apply(query: string): void {
  const needle = normalizeArabic(query);
  const bare = sortKey(query);
  let shown = 0;
  for (const entry of entries) {
    const names = entry.dataset.names ?? "";
    const match = needle === "" || names.includes(needle) || names.includes(bare);
    entry.hidden = !match;
    if (match) shown += 1;
  }
  for (const group of groups) group.hidden = !group.querySelector(".glossary__entry:not([hidden])");
  if (status) {
    status.textContent =
      needle === "" ? "" : shown === 0 ? "لا مصطلح يطابق ما كتبت." : `${shown} من ${entries.length} مصطلحًا`;
  }
}

if (container && input) {
  container.hidden = false;
  input.addEventListener("input", () => apply(input.value));
}
