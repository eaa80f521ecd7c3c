import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml } from "../../../scripts/text/escape.ts";

describe("escapeHtml", () => {
  it("escapes the four characters markdown-it escapes and leaves the apostrophe", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
  });
});

describe("escapeXml", () => {
  it("escapes the five special characters and drops control characters XML forbids", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001\u001F\t`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\t");
  });
});
