/** Dates as precise as the source allows: their shapes by precision, the calendar, and the rules between start and end. */
import { z } from "zod";
import { earliestDay, latestDay } from "./dates.ts";
import { text } from "./schema-fields.ts";

export const DATE_PRECISIONS = ["day", "month", "year", "approximate"] as const;
const DATE_SHAPES: Record<(typeof DATE_PRECISIONS)[number], RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  approximate: /^\d{4}(?:-\d{2})?(?:-\d{2})?$/,
};
const isoPartial = z
  .string()
  .regex(/^\d{4}(?:-\d{2})?(?:-\d{2})?$/, { message: "write a date as YYYY, YYYY-MM or YYYY-MM-DD" })
  .refine(isRealDate, { message: "is not a date in the calendar" });

/** The days of a month (1–12) of the Gregorian calendar: 29 for February in a leap year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && month !== undefined) {
    if (day < 1 || day > daysInMonth(year!, month)) return false;
  }
  return true;
}

/**
 * A date as precise as the source allows. `start` and `end` are ISO dates cut
 * to the precision (2023-08-07, 2023-08, 2023). A derived date says how.
 */
export const factDate = z
  .strictObject({
    start: isoPartial.describe(
      "When it began, cut to the precision: 2023-08-07 (day), 2023-08 (month), 2023 (year); approximate takes any of the three.",
    ),
    end: isoPartial.optional().describe("When it ended, for a span of time; written like start."),
    precision: z
      .enum(DATE_PRECISIONS)
      .describe("How precise the date is: day, month, year, or approximate (shown as «نحو …»)."),
    basis: z
      .enum(["stated", "derived"])
      .describe("stated: the source gives the date; derived: we worked it out, and derivation says how."),
    derivation: text.optional().describe("For a derived date: how it was worked out, in a sentence."),
    /** The source's own wording of the date, verbatim ("اليوم الخميس"). */
    wording: text.optional().describe("The source's own words for the date, verbatim: «اليوم الخميس»."),
    /** The date is a lower bound: it happened then or later, and the label says so ("2008 أو بعده"). */
    or_later: z.literal(true).optional().describe("true when the date is a lower bound: it happened then or later («2008 أو بعده»)."),
    /** What the date rests on where the article does not give it, even relatively (a news report of the day). */
    outside: text.optional().describe("What the date rests on where the article does not give it, even relatively: outside knowledge."),
  })
  .superRefine((date, ctx) => {
    for (const key of ["start", "end"] as const) {
      const value = date[key];
      if (value !== undefined && !DATE_SHAPES[date.precision].test(value)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${value}" does not fit precision "${date.precision}": ${PRECISION_HINT[date.precision]}`,
        });
      }
    }
    // Each is the interval its precision means (2023-08 is all of August): the end may not finish before the start begins.
    if (date.end !== undefined && latestDay(date.end) < earliestDay(date.start)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "the end comes before the start" });
    }
    if (date.basis === "derived" && date.derivation === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["derivation"],
        message: "a derived date must say how it was derived (derivation)",
      });
    }
  });

const PRECISION_HINT: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: "write YYYY-MM-DD",
  month: "write YYYY-MM",
  year: "write YYYY",
  approximate: "write YYYY, YYYY-MM or YYYY-MM-DD",
};
