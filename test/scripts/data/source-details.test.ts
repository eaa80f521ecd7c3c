import { describe, expect, it } from "vitest";
import { describeSource } from "../../../scripts/data/source-details.ts";

describe("describeSource", () => {
  it("gives what is known and lists every missing detail, with the data's note where it has one", () => {
    const details = describeSource({
      kind: "تقرير",
      language: "العربية",
      url: "https://example.org/a",
      published: { start: "2024-01", precision: "month", basis: "stated" },
      byline: "م. ع",
      known: [],
      unknown: [
        { label: "الناشر", note: "لا يسمّي التقرير ناشره.", detail: "publisher" },
        { label: "المراجع", note: "لا يحيل إلى مرجع." },
      ],
    });
    expect(details.given).toEqual([
      { detail: "url", text: "https://example.org/a", href: "https://example.org/a" },
      { detail: "published", text: "كانون الثاني/يناير 2024", iso: "2024-01", date: { start: "2024-01", precision: "month", basis: "stated" } },
      { detail: "byline", text: "م. ع" },
    ]);
    expect(details.unknown).toEqual([
      { detail: "publisher", label: "الناشر", note: "لا يسمّي التقرير ناشره." },
      { detail: undefined, label: "المراجع", note: "لا يحيل إلى مرجع." },
      { detail: "headline" },
      { detail: "author" },
      { detail: "dateline" },
    ]);
  });
});
