/** No CSV cell begins with what a spreadsheet runs as a formula (OWASP CSV injection). */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { neutraliseCell } from "../../../scripts/render/csv-cells.ts";
import { openDataFiles } from "../../../scripts/render/open-data.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

describe("CSV cells", () => {
  it.each(["=", "+", "-", "@", "\t", "\r"])("neutralises a cell that begins with %j", (prefix) => {
    expect(neutraliseCell(`${prefix}HYPERLINK("https://evil.example","x")`)).toBe(`'${prefix}HYPERLINK("https://evil.example","x")`);
  });

  it("leaves other cells as they are", () => {
    for (const value of ["اللجنة", "HMC", "1 2", "", "a=b", " =x"]) expect(neutraliseCell(value)).toBe(value);
  });

  it("neutralises the cells of the downloads the build writes", () => {
    const formula = '=HYPERLINK("https://evil.example","x")';
    const dir = fixtureWith({
      "terms.yaml": (text) => text.replace("  english: Higher Military Commission", `  english: '${formula}'\n  acronym: "@SUM(1+1)"`).replace("  acronym: HMC\n", ""),
    });
    const { data, model } = loadFactSheet(dir);
    const csv = openDataFiles(data, model, "https://example.org").find((file) => file.path === "data/terms.csv")!.content;
    expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example"",""x"")",'@SUM(1+1),`);
    // No cell, quoted or not, begins with a formula character.
    expect(csv).not.toMatch(/(?:^|,)"?[=+\-@\t\r]/m);
  });
});
