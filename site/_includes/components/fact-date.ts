/** A date as the pages show it: machine-readable in <time>, marked when it is worked out or rests on outside knowledge. */
import { value, type MarkupContext } from "../markup.ts";
import { outsideMarker } from "./outside-marker.ts";

/** What a shown date needs: an event's or agreement's date (LinkedDate), or the source's publication date. */
export interface ShownDate {
  iso: string;
  label: string;
  basis: "stated" | "derived";
  /** What the date rests on, when it is outside knowledge. */
  outside?: string | undefined;
}

export function factDate(date: ShownDate, context: MarkupContext): string {
  const derived = date.basis === "derived" ? ` <span class="badge badge--derived">${value(context.ui.common.derived_date)}</span>` : "";
  const outside = date.outside ? ` ${outsideMarker(date.outside)}` : "";
  return `<time datetime="${value(date.iso)}">${value(date.label)}</time>${derived}${outside}`;
}
