/** The glossary filters its list as the reader types, with search's matching; without JavaScript it is the full list. */
import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { count, interfaceText } from "../../scripts/render/interface-text.ts";
import { useSiteInBrowser } from "../support/browser.ts";

const { model } = loadFactSheet();
const site = useSiteInBrowser();
const ui = interfaceText();

beforeAll(async () => {
  await site.page.goto(`${site.url}/terms/`);
});

const visibleTerms = () => site.page.locator(".glossary__entry:visible dt a").allTextContents();

describe("glossary filter", () => {
  it("is a plain full list without JavaScript, the filter box hidden", () => {
    const $ = load(readFileSync(join(inject("siteDir"), "terms/index.html"), "utf8"));
    expect($(".glossary__entry")).toHaveLength(model.terms.length);
    expect($("[data-glossary-filter]").attr("hidden")).toBeDefined();
  });

  it("narrows the list as the reader types, however they spell it", async () => {
    const input = site.page.getByLabel(ui.terms.filter_label);
    await input.fill("الاستراتيجى");
    await expect.poll(visibleTerms).toEqual([]);
    await input.fill("السياده");
    await expect.poll(visibleTerms).toEqual(["السيادة العراقية"]);
    await input.fill("داعش");
    const withIsis = model.terms.filter((t) => t.names.some((n) => n.includes("داعش"))).map((t) => t.name);
    await expect.poll(async () => (await visibleTerms()).sort()).toEqual([...withIsis].sort());
    await expect(site.page.locator(".glossary-filter__status").textContent()).resolves.toBe(`يظهر ${count(withIsis.length, "term")} من ${model.terms.length}`);
  });

  it("says so when nothing matches, and shows everything again when cleared", async () => {
    const input = site.page.getByLabel(ui.terms.filter_label);
    await input.fill("كرة القدم");
    await expect.poll(visibleTerms).toEqual([]);
    await expect(site.page.locator(".glossary-filter__status").textContent()).resolves.toBe("لا مصطلح يطابق ما كتبت.");
    await input.fill("");
    await expect.poll(async () => (await visibleTerms()).length).toBe(model.terms.length);
  });
});
