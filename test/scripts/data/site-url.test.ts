/** site.yaml's url: an absolute http(s) address with nothing hidden in it, kept without a trailing slash. */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { FactSheetError } from "../../../scripts/data/problems.ts";
import { fixtureWith } from "../../support/data-fixture.ts";

const EXAMPLE = "write the address the site is published at, e.g. https://example.org/glossary";

function withUrl(value: string) {
  return fixtureWith({ "site.yaml": (text) => text.replace("url: https://example.org", `url: ${value}`) });
}

function refusal(value: string): string[] {
  try {
    loadFactSheet(withUrl(value));
  } catch (error) {
    if (!(error instanceof FactSheetError)) throw error;
    return error.problems.map((p) => `${p.file.slice(p.file.lastIndexOf("/") + 1)}:${p.line}:${p.column}: ${p.path}: ${p.message}`);
  }
  throw new Error("expected the data to be refused");
}

describe("the site's url", { timeout: 5_000 }, () => {
  it.each([
    ['"https://example.org\\nhttps://evil.example"', `must not contain spaces or line breaks: ${EXAMPLE}`],
    ['"https://example.org/a b"', `must not contain spaces or line breaks: ${EXAMPLE}`],
    ['"https://example.org\\u0007"', "character 20 is U+0007, a control character: remove it (a short field is one line of text)"],
    ['"https://example.org\\u202E"', "character 20 is U+202E, a bidi control, which can make the text display reversed: remove it (the site sets directions itself)"],
    ["ftp://example.org", `must be an absolute http:// or https:// URL: ${EXAMPLE}`],
    ["//example.org", `must be an absolute http:// or https:// URL: ${EXAMPLE}`],
    ["javascript:alert(1)", `must be an absolute http:// or https:// URL: ${EXAMPLE}`],
    ["https://example.org/?page=1", `must not have a query (?…) or fragment (#…): ${EXAMPLE}`],
    ["https://user:secret@example.org", `must not hold a user name or password: ${EXAMPLE}`],
  ])("refuses %s", (value, message) => {
    expect(refusal(value)).toEqual([`site.yaml:5:6: url: ${message}`]);
  });

  it.each([
    ["https://example.org/", "https://example.org"],
    ["https://example.org/glossary//", "https://example.org/glossary"],
    ["http://example.org/glossary", "http://example.org/glossary"],
  ])("keeps %s as %s", (value, normalised) => {
    const { data, model } = loadFactSheet(withUrl(value));
    expect(data.site.url).toBe(normalised);
    expect(model.site.url).toBe(normalised);
  });
});
