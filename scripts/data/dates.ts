/**
 * Dates shown at the precision the source allows, with Arabic month names
 * written as the source writes them ("آب/أغسطس").
 */
import type { FactDate } from "./schema.ts";

/** Levantine and Egyptian month names joined, as in "آب/أغسطس". */
export const ARABIC_MONTHS = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيو",
  "تموز/يوليو",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
] as const;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function parts(iso: string): DateParts {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month, day };
}

function monthName(month: number): string {
  return ARABIC_MONTHS[month - 1]!;
}

function formatParts({ year, month, day }: DateParts): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthName(month)} ${year}`;
  return `${day} ${monthName(month)} ${year}`;
}

/** A range written the short way where it can be: "7–8 آب/أغسطس 2023". */
function formatRange(start: DateParts, end: DateParts): string {
  if (start.year === end.year && start.month === end.month && start.day !== undefined && end.day !== undefined) {
    return `${start.day}–${end.day} ${monthName(start.month!)} ${start.year}`;
  }
  if (start.year === end.year && start.month !== undefined && end.month !== undefined && start.day === undefined) {
    return `${monthName(start.month)}–${monthName(end.month)} ${start.year}`;
  }
  return `${formatParts(start)} – ${formatParts(end)}`;
}

/** The date in Arabic at its precision; approximate dates say so ("نحو 2014"), and lower bounds ("2008 أو بعده"). */
export function formatFactDate(date: FactDate): string {
  const start = parts(date.start);
  const shown = date.end === undefined ? formatParts(start) : formatRange(start, parts(date.end));
  const bounded = date.or_later ? `${shown} أو بعده` : shown;
  return date.precision === "approximate" ? `نحو ${bounded}` : bounded;
}

/** Sort key for chronological order: earliest start first, undated parts padded low. */
export function chronologicalKey(date: FactDate): string {
  const [year, month = "00", day = "00"] = date.start.split("-");
  return `${year}-${month}-${day}`;
}

/** The first day a partial ISO date can mean: 2023-08 → 2023-08-01, 2023 → 2023-01-01. */
export function earliestDay(iso: string): string {
  const [year, month = "01", day = "01"] = iso.split("-");
  return `${year}-${month}-${day}`;
}

/** The last day a partial ISO date can mean: 2023-08 → 2023-08-31, 2023 → 2023-12-31. */
export function latestDay(iso: string): string {
  const [year, month, day] = iso.split("-");
  if (day !== undefined) return iso;
  if (month === undefined) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, "0")}`;
}
