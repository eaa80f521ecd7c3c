/** The security policy as a `_headers` file and as a <meta> policy, from one data object. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFile, metaPolicy, securityHeadersPlugin, serializePolicy, type Policy } from "../../plugins/security-headers.ts";
import type { UserConfig } from "@11ty/eleventy";

const policy: Policy = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "frame-ancestors": ["'none'"],
  sandbox: [],
};

describe("security headers", () => {
  it("serializes a policy as directives with their sources, separated by semicolons", () => {
    expect(serializePolicy(policy)).toBe("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; sandbox");
  });

  it("leaves out of a <meta> policy the directives browsers ignore there", () => {
    expect(serializePolicy(policy, { forMeta: true })).toBe("default-src 'self'; img-src 'self' data:");
  });

  it("writes a _headers file for every path, with the whole policy and each header", () => {
    expect(headersFile(policy, { "X-Content-Type-Options": "nosniff" })).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; sandbox\n  X-Content-Type-Options: nosniff\n",
    );
  });

  it("gives the pages a <meta> policy and the host a _headers file that agree with each other on the site's own policy", () => {
    const filters = new Map<string, (...args: any[]) => unknown>();
    securityHeadersPlugin({ addFilter: (name: string, filter: (...args: any[]) => unknown) => filters.set(name, filter) } as unknown as UserConfig);
    const security = JSON.parse(readFileSync(new URL("../../site/_data/security.json", import.meta.url), "utf8"));
    const meta = metaPolicy(security.contentSecurityPolicy);
    const file = filters.get("headersFile")!(security) as string;
    expect(meta).toContain("default-src 'self'");
    expect(meta).not.toContain("frame-ancestors");
    // Every directive of the <meta> policy is in the header's, which adds only header-only ones.
    const header = file.split("\n").find((line) => line.includes("Content-Security-Policy"))!;
    for (const directive of meta.split("; ")) expect(header).toContain(directive);
    expect(header).toContain("frame-ancestors 'none'");
    // The policy is worked out once and gives the same text on every page.
    expect(metaPolicy(security.contentSecurityPolicy)).toBe(meta);
  });
});
