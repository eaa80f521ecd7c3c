/** The synthetic site.yaml: the site's titles, what the source is, and a home page that sums up the source's opening. */
import type { SiteData } from "../../data/schema.ts";
import type { FileDraw } from "./file-draw.ts";
import { LENGTHS } from "./writer.ts";

export function makeSite(draw: FileDraw): SiteData {
  const { random, writer, cast } = draw;
  const { ids, paragraphCount } = cast;
  const cites = () => draw.citations([3, 3, 1], random.int(1, Math.min(paragraphCount, 6)));
  return {
    title: `${writer.name(4)}: مسرد وصحيفة وقائع`,
    short_title: `مسرد ${writer.name(2)}`,
    description: writer.text([25, 30, 40]),
    url: "https://synthetic-factsheet.example.org",
    language: "ar",
    source: {
      kind: writer.line([8, 10, 14]),
      language: "العربية",
      byline: "س. ص",
      dateline: "اليوم الخميس",
      known: Array.from({ length: 4 }, () => ({ label: writer.name(2), value: writer.text([8, 12, 16]) })),
      unknown: Array.from({ length: 3 }, () => ({ label: writer.name(2), note: writer.text([8, 12, 16]) })),
    },
    home: {
      lead: writer.text([50, 60, 70]),
      key_facts: Array.from({ length: 6 }, () => ({ text: writer.text(LENGTHS.keyFact), cite: cites() })),
      positions: ids.actor.slice(0, 2).map((actor) => ({
        actor,
        heading: writer.line([4, 5, 7]),
        quote: writer.line([3, 4, 6]),
        summary: writer.text([25, 30, 40]),
        cite: cites(),
      })),
      factors: { intro: writer.text([18, 22, 26]), terms: ids.term.slice(0, 3), cite: cites() },
    } satisfies SiteData["home"],
  };
}
