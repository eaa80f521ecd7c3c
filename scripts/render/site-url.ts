/**
 * Every URL the site writes goes through here. The site's own paths (the
 * model's `url`s, "/terms/", "/assets/css/site.css") are written from the
 * site's root, as if it were served at the root of its domain; `sitePath`
 * puts one under the base path the site is served from ("/" or
 * "/factsheet/"), and `absoluteUrl` makes it a whole URL for canonical links,
 * structured data, the sitemap and the open data.
 *
 * Import-free, so that the browser scripts share it.
 */

/** Thrown for a base path that is not one; its message says what a base path looks like. */
export class BasePathError extends Error {
  /** Eleventy (`npm start`) prints no stack trace after an error that says so: this message is the whole report. */
  readonly skipOriginalStack = true;

  constructor(value: string, reason: string) {
    super(`The base path ${JSON.stringify(value)} ${reason}: give a path such as /factsheet/ (or / for the root of a domain).`);
    this.name = "BasePathError";
  }
}

/** A segment of a base path: unreserved URL characters or percent escapes, as a host serves folders. */
const SEGMENT = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/;

/**
 * A base path in its one form: "/" or "/factsheet/", a slash at each end and none doubled.
 * "factsheet", "/factsheet" and "//factsheet//" all give "/factsheet/".
 */
export function normalizeBasePath(value: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) throw new BasePathError(value, "is a URL, not a path");
  const segments = value.split("/").filter((segment) => segment !== "");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !SEGMENT.test(segment)) {
      throw new BasePathError(value, `has a folder name a URL path cannot hold as it is (${JSON.stringify(segment)})`);
    }
  }
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/** The base path of the site's URL: "https://example.org/factsheet" gives "/factsheet/". */
export function basePathFromUrl(siteUrl: string): string {
  return normalizeBasePath(new URL(siteUrl).pathname);
}

/**
 * Where a path of the site is served: "/terms/hmc/" under "/factsheet/" is "/factsheet/terms/hmc/".
 * `path` is written from the site's root; a query or fragment after it is kept.
 */
export function sitePath(path: string, base: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) {
    throw new Error(`sitePath takes a path of the site written from its root, such as "/terms/", not ${JSON.stringify(path)}`);
  }
  return `${base}${path.slice(1)}`;
}

/** The whole URL of a path of the site: the origin of its URL (site.yaml's `url`), the base path, the path. */
export function absoluteUrl(path: string, siteUrl: string, base: string): string {
  return `${new URL(siteUrl).origin}${sitePath(path, base)}`;
}
