/**
 * The files that deploy the site: the GitHub Pages workflow parses, builds
 * with the project's own commands for the path GitHub serves it under, and
 * publishes the output with GitHub's official Pages actions, only the deploy
 * job holding the right to; netlify.toml builds and publishes the same.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/run-build.ts";

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Job {
  "runs-on": string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  steps: Step[];
}

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");
const workflow = parse(read(".github/workflows/pages.yml"), { strict: true, uniqueKeys: true }) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const packageJson = JSON.parse(read("package.json")) as { scripts: Record<string, string> };

const action = (job: Job, name: string) => job.steps.find((step) => step.uses?.split("@")[0] === name);

describe("the GitHub Pages workflow", () => {
  const { build, deploy } = workflow.jobs;

  it("runs on a push to main and by hand", () => {
    expect(workflow.on).toEqual({ push: { branches: ["main"] }, workflow_dispatch: null });
  });

  it("has a build job and a deploy job that follows it", () => {
    expect(Object.keys(workflow.jobs)).toEqual(["build", "deploy"]);
    expect(deploy!.needs).toBe("build");
  });

  it("uses only GitHub's own actions, each at a released major version", () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "actions/configure-pages@v5",
      "actions/upload-pages-artifact@v3",
      "actions/deploy-pages@v4",
    ]);
  });

  it("builds with the project's Node, its lockfile and its own build command", () => {
    expect(action(build!, "actions/setup-node")!.with).toMatchObject({ "node-version-file": ".nvmrc" });
    expect(read(".nvmrc").trim()).toMatch(/^\d+$/);
    const commands = build!.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(commands).toEqual(["npm ci", "npm run build"]);
    expect(packageJson.scripts.build).toBeDefined();
    // The checkout and Pages' configuration come before the build, which uploads what it wrote.
    const order = build!.steps.map((step) => step.uses?.split("@")[0] ?? step.run?.trim());
    expect(order.indexOf("actions/checkout")).toBe(0);
    expect(order.indexOf("actions/configure-pages")).toBeLessThan(order.indexOf("npm run build"));
    expect(order.indexOf("npm run build")).toBeLessThan(order.indexOf("actions/upload-pages-artifact"));
  });

  it("builds for the base path GitHub Pages serves the site under", () => {
    const pages = action(build!, "actions/configure-pages")!;
    expect(pages.id).toBeTruthy();
    const buildStep = build!.steps.find((step) => step.run?.trim() === "npm run build")!;
    expect(buildStep.env).toEqual({ FACTSHEET_BASE: `\${{ steps.${pages.id}.outputs.base_path }}` });
  });

  it("publishes the folder the build writes", () => {
    expect(action(build!, "actions/upload-pages-artifact")!.with).toEqual({ path: "_site" });
  });

  it("gives the right to publish to the deploy job alone", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(build!.permissions).toBeUndefined();
    expect(deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    const deployment = action(deploy!, "actions/deploy-pages")!;
    expect(deploy!.environment).toEqual({ name: "github-pages", url: `\${{ steps.${deployment.id}.outputs.page_url }}` });
  });
});

describe("netlify.toml", () => {
  it("builds with npm run build and publishes _site", () => {
    const settings = read("netlify.toml")
      .split("\n")
      .filter((line) => /^\s*\w+\s*=/.test(line))
      .map((line) => line.trim());
    expect(settings).toEqual(['command = "npm run build"', 'publish = "_site"']);
  });
});
