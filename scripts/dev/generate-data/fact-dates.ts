/**
 * Dates as the schema takes them (scripts/data/schema.ts): `start` and `end`
 * cut to the precision, days within their month of the Gregorian calendar
 * (daysInMonth), the end not before the start, a derivation for derived dates.
 */
import { DATE_PRECISIONS, daysInMonth, type FactDate } from "../../data/schema.ts";
import { LENGTHS, type Writer } from "./writer.ts";

type Precision = FactDate["precision"];
/** The shapes an approximate date is written in: those of the exact precisions. */
const EXACT_PRECISIONS = DATE_PRECISIONS.filter((p): p is Exclude<Precision, "approximate"> => p !== "approximate");

const pad = (n: number) => String(n).padStart(2, "0");

/** A date of the given precision, or of one drawn at random (approximate and day the commonest). */
export function factDate(writer: Writer, precision?: Precision): FactDate {
  const random = writer.random;
  precision ??= DATE_PRECISIONS[random.weighted([3, 2, 2, 3])]!;
  const year = random.int(1990, 2025);
  const month = random.int(1, 12);
  const last = daysInMonth(year, month);
  const day = random.int(1, last);
  const shape = precision === "approximate" ? random.pick(EXACT_PRECISIONS) : precision;
  let start: string;
  let end: string | undefined;
  if (shape === "day") {
    start = `${year}-${pad(month)}-${pad(day)}`;
    if (day < last && random.chance(0.2)) end = `${year}-${pad(month)}-${pad(random.int(day + 1, last))}`;
  } else if (shape === "month") {
    start = `${year}-${pad(month)}`;
    if (month < 12 && random.chance(0.2)) end = `${year}-${pad(random.int(month + 1, 12))}`;
  } else {
    start = String(year);
    if (random.chance(0.15)) end = String(random.int(year + 1, year + 5));
  }
  const derived = precision === "approximate" ? random.chance(0.85) : random.chance(0.15);
  return {
    start,
    end,
    precision,
    basis: derived ? "derived" : "stated",
    derivation: derived ? writer.text(LENGTHS.derivation) : undefined,
    wording: random.chance(0.6) ? writer.line(LENGTHS.wording) : undefined,
  };
}
