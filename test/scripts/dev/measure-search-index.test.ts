/**
 * `npm run bench:search-index` writes the search index of a data folder as the build does, on its own, and
 * says what it cost and what it wrote, by kind; a bad option is a usage error.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/dev/measure-search-index.ts", ...args], { encoding: "utf8" });

describe("npm run bench:search-index", () => {
  it("writes data/'s index and prints its CPU time, Pagefind's peak and the bytes of each kind, which add up", { timeout: 60_000 }, () => {
    const { status, stdout, stderr } = run("--runs", "1", "--part-size", "20");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^run 1: [\d.]+ s; CPU Pagefind [\d.]+ s, Node [\d.]+ s; Pagefind's peak [\d.]+ MB$/m);
    const written = /^- written: ([\d.]+) MB; (.*) MB$/m.exec(stdout);
    expect(written, stdout).not.toBeNull();
    const kinds = Object.fromEntries(written![2]!.split(", ").map((item) => [item.slice(0, item.lastIndexOf(" ")), Number(item.slice(item.lastIndexOf(" ") + 1))]));
    expect(Object.keys(kinds).sort()).toEqual(["filter", "fragment", "index", "meta", "scripts and vocabulary"]);
    const sum = Object.values(kinds).reduce((a, b) => a + b, 0);
    // Each figure is rounded to 0.01 MB.
    expect(Math.abs(sum - Number(written![1]))).toBeLessThan(0.03);
  });

  it("refuses a part size that is not a whole number, naming it", () => {
    const { status, stderr } = run("--part-size", "many");
    expect(status).toBe(2);
    expect(stderr).toContain('--part-size takes a whole number of records, 1 or more, not "many"');
  });
});
