/** The one URL helper: base paths in one form, site paths put under them, whole URLs from the site's origin. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteUrl, basePathFromUrl, BasePathError, normalizeBasePath, sitePath } from "../../../scripts/render/site-url.ts";

describe("normalizeBasePath", () => {
  it.each([
    ["/", "/"],
    ["", "/"],
    ["//", "/"],
    ["factsheet", "/factsheet/"],
    ["/factsheet", "/factsheet/"],
    ["factsheet/", "/factsheet/"],
    ["/factsheet/", "/factsheet/"],
    ["//factsheet//", "/factsheet/"],
    ["/a/b-c_d.e~f/", "/a/b-c_d.e~f/"],
    ["/my%20site", "/my%20site/"],
  ])("gives %j as %j", (value, expected) => {
    expect(normalizeBasePath(value)).toBe(expected);
  });

  it.each([
    ["https://example.org/factsheet", "is a URL, not a path"],
    ["/fact sheet/", 'cannot hold as it is ("fact sheet")'],
    ["/factsheet?x=1", "cannot hold"],
    ["/factsheet#top", "cannot hold"],
    ["/../etc/", 'cannot hold as it is ("..")'],
    ["/./", 'cannot hold as it is (".")'],
    ["/%zz/", "cannot hold"],
  ])("refuses %j, saying it %s", (value, reason) => {
    expect(() => normalizeBasePath(value)).toThrow(BasePathError);
    expect(() => normalizeBasePath(value)).toThrow(reason);
    expect(() => normalizeBasePath(value)).toThrow("give a path such as /factsheet/");
  });

  it("is idempotent and always gives a path that starts and ends with one slash", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/).filter((s) => s !== "." && s !== "..");
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.boolean(), fc.boolean(), (segments, lead, trail) => {
        const base = normalizeBasePath(`${lead ? "/" : ""}${segments.join("/")}${trail ? "/" : ""}`);
        expect(normalizeBasePath(base)).toBe(base);
        expect(base).toMatch(/^\/(?:[^/]+\/)*$/);
      }),
    );
  });
});

describe("basePathFromUrl", () => {
  it.each([
    ["https://example.org", "/"],
    ["https://example.org/", "/"],
    ["https://example.org/factsheet", "/factsheet/"],
    ["https://example.org/factsheet/", "/factsheet/"],
    ["https://owner.github.io/repo/docs", "/repo/docs/"],
  ])("takes the path of %s: %s", (url, expected) => {
    expect(basePathFromUrl(url)).toBe(expected);
  });
});

describe("sitePath", () => {
  it.each([
    ["/", "/", "/"],
    ["/terms/hmc/", "/", "/terms/hmc/"],
    ["/", "/factsheet/", "/factsheet/"],
    ["/terms/hmc/", "/factsheet/", "/factsheet/terms/hmc/"],
    ["/source/#p3", "/factsheet/", "/factsheet/source/#p3"],
    ["/search/?q=x", "/a/b/", "/a/b/search/?q=x"],
    ["/assets/css/site.css", "/factsheet/", "/factsheet/assets/css/site.css"],
  ])("puts %s under %s: %s", (path, base, expected) => {
    expect(sitePath(path, base)).toBe(expected);
  });

  it.each(["terms/", "#top", "https://example.org/", "//example.org/", ""])("refuses %j, which is not a path from the site's root", (path) => {
    expect(() => sitePath(path, "/")).toThrow(/sitePath takes a path of the site written from its root/);
  });
});

describe("absoluteUrl", () => {
  it.each([
    ["/", "https://example.org", "/", "https://example.org/"],
    ["/", "https://example.org/", "/", "https://example.org/"],
    ["/sitemap.xml", "https://example.org/", "/", "https://example.org/sitemap.xml"],
    ["/terms/hmc/", "https://example.org/factsheet", "/factsheet/", "https://example.org/factsheet/terms/hmc/"],
    ["/terms/hmc/", "https://example.org/factsheet/", "/factsheet/", "https://example.org/factsheet/terms/hmc/"],
    // A base path given for the build (--base) replaces the URL's own path; the origin stays.
    ["/terms/", "https://owner.github.io", "/repo/", "https://owner.github.io/repo/terms/"],
  ])("makes %s of %s under %s %s", (path, siteUrl, base, expected) => {
    expect(absoluteUrl(path, siteUrl, base)).toBe(expected);
  });

  it("never doubles a slash, whatever the site's URL ends with", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "/", "/factsheet", "/factsheet/"), fc.constantFrom("/", "/terms/", "/data/terms.csv"), (path, page) => {
        const siteUrl = `https://example.org${path}`;
        expect(absoluteUrl(page, siteUrl, basePathFromUrl(siteUrl)).slice("https://".length)).not.toContain("//");
      }),
    );
  });
});
