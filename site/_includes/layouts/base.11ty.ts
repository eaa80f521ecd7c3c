/**
 * The page shell (shell/page-shell.ts) as the Eleventy layout of the pages
 * written in Nunjucks: site/site.11tydata.json names it for every page. A page
 * is titled and described by its front matter (`title`, `description`, else
 * the site's description), and its JSON-LD is of its `pageKind` ("home",
 * "glossary"; none is "page"). The entity pages (site/entity.11ty.ts) call the
 * shell themselves.
 */
import type { PageKind } from "../../../scripts/render/structured-data.ts";
import type { Breadcrumb } from "../shell/breadcrumbs.ts";
import { pageShell, type ShellData } from "../shell/page-shell.ts";

/** The page data the shell reads, as Eleventy gives it to a layout. */
export interface LayoutData extends ShellData {
  content: string;
  title?: string;
  description?: string;
  pageKind?: PageKind;
  breadcrumbs: readonly Breadcrumb[];
}

export function render(data: LayoutData): string {
  const { page, title } = data;
  if (title === undefined) throw new Error(`${page.url} has no title: give it one in its front matter`);
  const description = data.description || data.factsheet.site.description;
  return pageShell(
    {
      url: page.url,
      title,
      description,
      structuredData: { kind: data.pageKind ?? "page", url: page.url, title, description },
      breadcrumbs: data.breadcrumbs,
      scripts: data.scripts,
      content: data.content,
    },
    { model: data.factsheet, policy: data.security.contentSecurityPolicy },
    { base: data.basePath, ui: data.ui },
  );
}
