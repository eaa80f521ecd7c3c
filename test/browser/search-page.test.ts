/**
 * The search page as a reader uses it: the header box leads to /search/?q=,
 * results update as they type, the type filter narrows them, the URL keeps
 * the query so back, forward and shared links work, matches are highlighted.
 */
import { describe, expect, it } from "vitest";
import { ENTITY_TYPE } from "../../scripts/data/entity-types.ts";
import { useSiteInBrowser } from "../support/browser.ts";

const site = useSiteInBrowser();

const resultTypes = () => site.page.locator(".search-result__type").allTextContents();
const query = () => new URL(site.page.url()).searchParams;

describe("search page", () => {
  it("takes a query from the header box of any page to /search/?q=", async () => {
    await site.page.goto(`${site.url}/timeline/`);
    await site.page.locator("#site-search-input").fill("التحالف");
    await site.page.keyboard.press("Enter");
    await site.page.waitForURL(/\/search\/\?q=/);
    expect(query().get("q")).toBe("التحالف");
    await site.page.locator(".search-result").first().waitFor();
    expect(await site.page.locator("[data-search-input]").inputValue()).toBe("التحالف");
    expect(await site.page.locator("[data-search-status]").textContent()).toMatch(/^\d+ نتيجة|^نتيجتان|^نتيجة واحدة/);
  });

  it("highlights the matched words in each excerpt, in their spelling on the page", async () => {
    const marks = await site.page.locator(".search-result mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/تحالف/);
  });

  it("updates results as the reader types and keeps the query in the URL", async () => {
    await site.page.locator("[data-search-input]").fill("داعش");
    await expect.poll(() => query().get("q")).toBe("داعش");
    await expect.poll(async () => site.page.locator(".search-result h2 a").first().textContent()).toBe("داعش");
  });

  it("filters by type, and back and forward move between the filters", async () => {
    const all = await resultTypes();
    expect(new Set(all).size).toBeGreaterThan(1);
    await site.page.getByLabel(ENTITY_TYPE.term.plural).check();
    await expect.poll(async () => [...new Set(await resultTypes())]).toEqual([ENTITY_TYPE.term.singular]);
    expect(query().get("type")).toBe(ENTITY_TYPE.term.singular);
    await site.page.goBack();
    await expect.poll(() => query().get("type")).toBeNull();
    await expect.poll(async () => new Set(await resultTypes()).size).toBeGreaterThan(1);
    expect(await site.page.getByLabel("الكل").isChecked()).toBe(true);
    await site.page.goForward();
    await expect.poll(async () => [...new Set(await resultTypes())]).toEqual([ENTITY_TYPE.term.singular]);
  });

  it("loads the search index once the reader is in the search box, before a word is typed", async () => {
    const fresh = await site.browser.newPage();
    const fetched: string[] = [];
    fresh.on("request", (request) => {
      if (new URL(request.url()).pathname.includes("/pagefind/")) fetched.push(new URL(request.url()).pathname);
    });
    await fresh.goto(`${site.url}/search/`);
    await fresh.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);
    await fresh.locator("[data-search-input]").focus();
    await expect.poll(() => fetched.filter((path) => path.endsWith(".pf_meta")).length).toBeGreaterThan(0);
    expect(fetched.some((path) => path.endsWith("/pagefind.js"))).toBe(true);
    // Nothing searched yet: no word's index chunk, no result.
    expect(fetched.filter((path) => path.endsWith(".pf_index"))).toEqual([]);
    expect(await fresh.locator(".search-result").count()).toBe(0);
    await fresh.locator("[data-search-input]").fill("داعش");
    await expect.poll(async () => fresh.locator(".search-result h2 a").first().textContent()).toBe("داعش");
    await fresh.close();
  });

  it("says when the search cannot be loaded, and loads it at the next search", async () => {
    const offline = await site.browser.newPage();
    await offline.goto(`${site.url}/search/`);
    await offline.route("**/pagefind/**", (route) => route.abort("internetdisconnected"));
    await offline.locator("[data-search-input]").fill("داعش");
    await expect.poll(() => offline.locator("[data-search-status]").textContent()).toBe("تعذّر تحميل البحث. تحقّق من الاتصال ثم أعد المحاولة.");
    expect(await offline.locator(".search-result").count()).toBe(0);
    await offline.unroute("**/pagefind/**");
    await offline.locator("[data-search-input]").fill("داعش ");
    await expect.poll(async () => offline.locator(".search-result h2 a").first().textContent()).toBe("داعش");
    await offline.close();
  });

  it("opens a shared link to a search with the query searched", async () => {
    const shared = await site.browser.newPage();
    await shared.goto(`${site.url}/search/?q=${encodeURIComponent("المالكي")}&type=${encodeURIComponent(ENTITY_TYPE.actor.singular)}`);
    await shared.locator(".search-result").first().waitFor();
    const types = await shared.locator(".search-result__type").allTextContents();
    expect(new Set(types)).toEqual(new Set([ENTITY_TYPE.actor.singular]));
    expect(await shared.locator("[data-search-input]").inputValue()).toBe("المالكي");
    await shared.close();
  });
});
