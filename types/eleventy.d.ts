/** The part of Eleventy's API this project uses; Eleventy 3.1 ships no TypeScript types. */
declare module "@11ty/eleventy" {
  export interface Directories {
    input: string;
    output: string;
    includes: string;
    layouts?: string;
    data: string;
  }

  export interface BuildEventArguments {
    directories: Directories;
    runMode: "build" | "watch" | "serve";
    outputMode: "fs" | "json" | "ndjson";
    results?: { inputPath: string; outputPath: string | false; url: string | false; content: string }[];
  }

  export interface UserConfig {
    addPlugin(plugin: (config: UserConfig, options?: unknown) => void | Promise<void>, options?: unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addDataExtension(extensions: string, parser: (contents: string, filePath: string) => unknown): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addShortcode(name: string, shortcode: (...args: any[]) => string): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string, options?: { resetConfig?: boolean }): void;
    setLibrary(name: "md", library: unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    addNunjucksGlobal(name: string, value: unknown): void;
    setServerOptions(options: Record<string, unknown>): void;
    setWatchThrottleWaitTime(ms: number): void;
    setChokidarConfig(options: Record<string, unknown>): void;
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
    on(event: "eleventy.before" | "eleventy.after", handler: (args: BuildEventArguments) => void | Promise<void>): void;
    setQuietMode(quiet: boolean): void;
    dir: Directories;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    source?: "cli" | "script";
    runMode?: "build" | "watch" | "serve";
    config?: (config: UserConfig) => void;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<[unknown[], { inputPath: string; outputPath: string | false; url: string | false }[]]>;
  }
}

declare module "markdown-it-attrs" {
  import type { PluginWithOptions } from "markdown-it";
  const markdownItAttrs: PluginWithOptions<{
    leftDelimiter?: string;
    rightDelimiter?: string;
    allowedAttributes?: (string | RegExp)[];
  }>;
  export default markdownItAttrs;
}
