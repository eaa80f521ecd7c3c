/**
 * Every built page is valid HTML by html-validate's recommended rules, as set
 * in .html-validate.json. Three rules are off there (JSON has no comments, so
 * the reasons are here):
 *
 * - doctype-style: wants `<!DOCTYPE html>` in capitals; the layout writes
 *   `<!doctype html>`, which the HTML standard treats the same. Style only.
 * - no-trailing-whitespace: a rule for hand-written source. The pages are
 *   generated; a macro that renders nothing (an entity without aliases, say)
 *   leaves its indentation at the end of a line. Whitespace between block
 *   elements does not change what a reader gets.
 * - long-title: wants titles of 70 characters at most, for search engines'
 *   result lists. The titles are the entity's Arabic name (from the data, up
 *   to about 60 characters) followed by " | " and the site's short name; the
 *   page's own name comes first, so a list that cuts the title cuts only the
 *   site's name.
 *
 * Since a configuration that checked nothing would pass every page, the first
 * test adds known defects to a built page and expects them found.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../support/run-build.ts";
import { builtPages } from "../support/site-files.ts";

const siteDir = inject("siteDir");
const config = JSON.parse(readFileSync(join(PROJECT_ROOT, ".html-validate.json"), "utf8")) as ConfigData;

describe("html-validate", () => {
  it("finds the errors a built page would have with a defect added: the configuration checks what it claims to", async () => {
    const validator = new HtmlValidate(config);
    const page = builtPages(siteDir).find((p) => p.url === "/")!;
    const broken = page.html.replace("</main>", '<img src="/x.png"><p id="dup">a</p><p id="dup">b</p><div><li>c</li></div></main>');
    expect(broken).not.toBe(page.html);
    const report = await validator.validateString(broken, "/");
    const rules = new Set(report.results.flatMap((result) => result.messages.filter((m) => m.severity >= 2).map((m) => m.ruleId)));
    expect([...rules].sort()).toEqual(expect.arrayContaining(["element-permitted-parent", "no-dup-id", "wcag/h37"]));
  });

  it("finds no error in any built page", async () => {
    const validator = new HtmlValidate(config);
    const pages = builtPages(siteDir);
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.url);
      for (const result of report.results) {
        for (const message of result.messages) {
          const line = `${page.url}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`;
          (message.severity >= 2 ? errors : warnings).push(line);
        }
      }
    }
    console.info(`html-validate: ${pages.length} pages, ${errors.length} errors, ${warnings.length} warnings`);
    if (warnings.length > 0) console.info(warnings.join("\n"));
    expect(pages.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
