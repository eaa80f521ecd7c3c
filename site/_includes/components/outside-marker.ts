/** The one marker of knowledge from outside the article; its wording is in scripts/data/labels.ts. */
import { OUTSIDE_LABELS } from "../../../scripts/data/labels.ts";
import { value } from "../markup.ts";

/** The marker, with what the knowledge rests on as its tooltip when a basis is given. */
export function outsideMarker(basis = ""): string {
  const title = basis ? ` title="${value(OUTSIDE_LABELS.basis)}: ${value(basis)}"` : "";
  return `<span class="badge badge--outside"${title}>${value(OUTSIDE_LABELS.marker)}</span>`;
}
