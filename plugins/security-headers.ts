/**
 * The site's Content-Security-Policy and security headers, from one data file
 * (site/_data/security.json): sent as a `_headers` file, which common static
 * hosts read, and as a <meta> policy in every page for hosts that do not.
 */
import type { UserConfig } from "@11ty/eleventy";

export type Policy = Record<string, string[]>;

/** Directives a <meta> policy may not carry; browsers ignore them there. */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

export function serializePolicy(policy: Policy, options: { forMeta?: boolean } = {}): string {
  return Object.entries(policy)
    .filter(([directive]) => !(options.forMeta && HEADER_ONLY.has(directive)))
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

export function headersFile(policy: Policy, headers: Record<string, string>): string {
  const lines = [`Content-Security-Policy: ${serializePolicy(policy)}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return `/*\n${lines.map((line) => `  ${line}`).join("\n")}\n`;
}

// Every page carries the policy: made once for each policy object (the data is frozen, so it stays the same).
const metaPolicies = new WeakMap<Policy, string>();

/** The policy as every page's <meta http-equiv="Content-Security-Policy"> carries it. */
export function metaPolicy(policy: Policy): string {
  let meta = metaPolicies.get(policy);
  if (meta === undefined) {
    meta = serializePolicy(policy, { forMeta: true });
    metaPolicies.set(policy, meta);
  }
  return meta;
}

export function securityHeadersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("headersFile", (security: { contentSecurityPolicy: Policy; headers: Record<string, string> }) =>
    headersFile(security.contentSecurityPolicy, security.headers),
  );
}
