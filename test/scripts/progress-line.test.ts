/** The progress line of `npm run build`: when it shows, what it says, and that it redraws one line. */
import { describe, expect, it } from "vitest";
import { ProgressLine, showsProgress } from "../../scripts/progress-line.ts";

function terminal() {
  const written: string[] = [];
  return { isTTY: true, written, write: (text: string) => written.push(text) };
}

describe("showsProgress", () => {
  it("shows on a terminal, not when piped, and not under CI", () => {
    expect(showsProgress({ isTTY: true }, {})).toBe(true);
    expect(showsProgress({ isTTY: false }, {})).toBe(false);
    expect(showsProgress({}, {})).toBe(false);
    expect(showsProgress({ isTTY: true }, { CI: "true" })).toBe(false);
    expect(showsProgress({ isTTY: true }, { CI: "1" })).toBe(false);
    expect(showsProgress({ isTTY: true }, { CI: "false" })).toBe(true);
    expect(showsProgress({ isTTY: true }, { CI: "" })).toBe(true);
  });
});

describe("ProgressLine", () => {
  it("writes nothing at all when it is not to show", () => {
    const out = { ...terminal(), isTTY: false };
    const line = ProgressLine.for(out, {});
    line.step("Writing pages");
    line.expect(3);
    line.pageWritten();
    line.clear();
    expect(out.written).toEqual([]);
  });

  it("says the step and pages written out of the total, on one line it erases and redraws", () => {
    const out = terminal();
    let now = 0;
    const line = new ProgressLine(out, () => now);
    line.step("Reading the data");
    expect(out.written.at(-1)).toBe("\r\u001b[2KReading the data…\r");
    line.step("Writing pages");
    line.expect(200);
    now += 150;
    line.pageWritten();
    expect(out.written.at(-1)).toBe("\r\u001b[2KWriting pages: 1 of 200 pages (0 %)\r");
    expect(out.written.every((text) => !text.includes("\n"))).toBe(true);
  });

  it("redraws at most every 100 ms while pages are written, and always on the last page", () => {
    const out = terminal();
    let now = 0;
    const line = new ProgressLine(out, () => now);
    line.step("Writing pages");
    line.expect(1000);
    const before = out.written.length;
    for (let i = 0; i < 999; i += 1) line.pageWritten();
    expect(out.written.length).toBe(before);
    line.pageWritten();
    expect(out.written.at(-1)).toContain("1000 of 1000 pages (100 %)");
    line.clear();
    expect(out.written.at(-1)).toBe("\r\u001b[2K");
  });
});
