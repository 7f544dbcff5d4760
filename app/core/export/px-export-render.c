/* px-export-render.c: the story report as Markdown and as a standalone HTML page
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-private.h"
#include "px-markdown-private.h"
#include "px-safe-text.h"

#include <string.h>

/* HTML */

static const char html_style[] =
  ":root { color-scheme: light; }\n"
  "body { margin: 0; background: #fafafa; color: #1f1f1f; font: 16px/1.55 system-ui, 'Cantarell', "
  "'Noto Sans', sans-serif; }\n"
  "main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff; }\n"
  "h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .5rem; }\n"
  "h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #ddd; }\n"
  "h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }\n"
  "h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }\n"
  ".lead { color: #555; }\n"
  "a { color: #1a5fb4; overflow-wrap: anywhere; }\n"
  "section.claim:target { outline: 2px solid #1a5fb4; }\n"
  "code { font: .85em/1.4 ui-monospace, 'Source Code Pro', monospace; overflow-wrap: anywhere; }\n"
  ".page { unicode-bidi: isolate; }\n"
  "dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }\n"
  "dl.facts dt { font-weight: 600; color: #555; }\n"
  "dl.facts dd { margin: 0; }\n"
  "blockquote.note { margin: .5rem 0; padding: .5rem 1rem; border-left: 4px solid #99c1f1; "
  "background: #f4f8fd; white-space: normal; }\n"
  "section.claim, section.annotation { border: 1px solid #e2e2e2; border-radius: 6px; "
  "padding: .25rem 1rem .5rem; margin: .75rem 0; }\n"
  "section.claim h4, section.annotation h3 { margin-top: .5rem; }\n"
  "table.claims { border-collapse: collapse; width: 100%; font-size: .85rem; }\n"
  "table.claims th, table.claims td { border: 1px solid #ccc; padding: .3rem .45rem; "
  "vertical-align: top; text-align: left; }\n"
  "table.claims thead th { background: #f0f0f0; }\n"
  "table.claims td:first-child { white-space: nowrap; }\n"
  ".missing { color: #8a8a8a; font-style: italic; }\n"
  "mark { padding: 0 .1em; border-radius: 2px; color: inherit; }\n"
  "mark.kind-number { background: #ffe08a; }\n"
  "mark.kind-time { background: #c8e6ff; }\n"
  "mark.kind-quote { background: #e5d4f7; }\n"
  "mark.kind-hedging { background: #ffd3b0; }\n"
  "mark.kind-contradiction { background: #ffc2c2; }\n"
  "mark.kind-entity { background: #c9f0cf; }\n"
  "mark.annotated { background: #dbe8fa; text-decoration-line: underline; "
  "text-decoration-color: #1a5fb4; text-decoration-thickness: 2px; }\n"
  ".badge { display: inline-block; padding: 0 .45em; border-radius: 1em; font-size: .8em; "
  "font-weight: 600; line-height: 1.6; border: 1px solid currentColor; white-space: nowrap; }\n"
  ".badge.kind-number { color: #8a5a00; }\n"
  ".badge.kind-time { color: #1c5a8c; }\n"
  ".badge.kind-quote { color: #613583; }\n"
  ".badge.kind-hedging { color: #a14a00; }\n"
  ".badge.kind-contradiction { color: #a51d2d; }\n"
  ".badge.kind-entity { color: #26703a; }\n"
  ".badge.verdict-false { color: #fff; background: #c01c28; border-color: #c01c28; }\n"
  ".badge.verdict-misleading { color: #fff; background: #c64600; border-color: #c64600; }\n"
  ".badge.verdict-needs-context { color: #3d3846; background: #f6d32d; border-color: #e5a50a; }\n"
  ".badge.verdict-accurate { color: #fff; background: #26a269; border-color: #26a269; }\n"
  ".badge.verdict-opinion { color: #fff; background: #613583; border-color: #613583; }\n"
  ".badge.verdict-unverified { color: #3d3846; background: #deddda; border-color: #c0bfbc; }\n"
  "@page { margin: 16mm 14mm; }\n"
  "@media print {\n"
  "  body { background: #fff; font-size: 10.5pt; }\n"
  "  main { max-width: none; padding: 0; }\n"
  "  h2, h3, h4 { break-after: avoid; }\n"
  "  section.claim, section.annotation, tr, dl.facts { break-inside: avoid; }\n"
  "  table.claims { font-size: 8.5pt; }\n"
  "  a { color: inherit; text-decoration: none; }\n"
  "  mark, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "}\n";

/* Escaped for HTML, without the control characters and the bidirectional
 * embeddings and overrides a page may hide in what it says (a
 * right-to-left override in a site's name turned "12 drones" into
 * "senord 21" for the rest of the line).
 */
static void
html_escape (GString    *html,
             const char *text)
{
  g_autofree char *safe = px_safe_text_block (text, -1);
  g_autofree char *escaped = g_markup_escape_text (safe, -1);

  g_string_append (html, escaped);
}

/* Text of a run, isolated in <bdi>: an outlet's name in Arabic or Hebrew
 * keeps its own direction and leaves the words around it in theirs.
 */
static void
html_isolated (GString    *html,
               const char *text)
{
  g_string_append (html, "<bdi>");
  html_escape (html, text);
  g_string_append (html, "</bdi>");
}

static void
html_runs (GString   *html,
           GPtrArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      PxRun *run = g_ptr_array_index (runs, i);

      switch (run->kind)
        {
        case PX_RUN_TEXT:
          html_isolated (html, run->text);
          break;
        case PX_RUN_STRONG:
          g_string_append (html, "<strong>");
          html_isolated (html, run->text);
          g_string_append (html, "</strong>");
          break;
        case PX_RUN_CODE:
          g_string_append (html, "<code>");
          html_isolated (html, run->text);
          g_string_append (html, "</code>");
          break;
        case PX_RUN_LINK:
          g_string_append (html, "<a href=\"");
          html_escape (html, run->target);
          g_string_append (html, run->target[0] == '#' ? "\">" : "\" rel=\"noreferrer noopener\">");
          html_isolated (html, run->text);
          g_string_append (html, "</a>");
          break;
        case PX_RUN_PAGE:
          g_string_append (html, "<span class=\"page\">");
          html_isolated (html, run->text);
          g_string_append (html, "</span>");
          break;
        case PX_RUN_MARK:
          g_string_append_printf (html, "<mark class=\"page %s\">", run->style);
          html_isolated (html, run->text);
          g_string_append (html, "</mark>");
          break;
        case PX_RUN_MISSING:
          g_string_append (html, "<span class=\"missing\">");
          html_isolated (html, run->text);
          g_string_append (html, "</span>");
          break;
        case PX_RUN_BADGE:
          g_string_append_printf (html, "<span class=\"badge %s\">", run->style);
          html_isolated (html, run->text);
          g_string_append (html, "</span>");
          break;
        case PX_RUN_BREAK:
          g_string_append (html, "<br>");
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void html_block (GString *html, PxBlock *block);

static void
html_children (GString *html,
               PxBlock *block)
{
  for (guint i = 0; i < block->children->len; i++)
    html_block (html, g_ptr_array_index (block->children, i));
}

static void
html_table (GString *html,
            PxBlock *table)
{
  g_string_append (html, "<table class=\"claims\">\n");
  for (guint r = 0; r < table->children->len; r++)
    {
      PxBlock *row = g_ptr_array_index (table->children, r);
      const char *cell_tag = r == 0 ? "th" : "td";

      if (r == 0)
        g_string_append (html, "<thead>\n");
      else if (r == 1)
        g_string_append (html, "<tbody>\n");

      g_string_append (html, "<tr>");
      for (guint c = 0; c < row->children->len; c++)
        {
          PxBlock *cell = g_ptr_array_index (row->children, c);

          g_string_append_printf (html, "<%s%s>", cell_tag, r == 0 ? " scope=\"col\"" : "");
          html_runs (html, cell->runs);
          g_string_append_printf (html, "</%s>", cell_tag);
        }
      g_string_append (html, "</tr>\n");

      if (r == 0)
        g_string_append (html, "</thead>\n");
    }
  if (table->children->len > 1)
    g_string_append (html, "</tbody>\n");
  g_string_append (html, "</table>\n");
}

static void
html_block (GString *html,
            PxBlock *block)
{
  switch (block->kind)
    {
    case PX_BLOCK_GROUP:
      g_string_append_printf (html, "<section class=\"%s\"", block->style != NULL ? block->style : "");
      if (block->label != NULL)
        g_string_append_printf (html, " id=\"%s\"", block->label);
      g_string_append (html, ">\n");
      html_children (html, block);
      g_string_append (html, "</section>\n");
      break;
    case PX_BLOCK_HEADING:
      g_string_append_printf (html, "<h%d>", block->level);
      html_runs (html, block->runs);
      g_string_append_printf (html, "</h%d>\n", block->level);
      break;
    case PX_BLOCK_PARAGRAPH:
      g_string_append (html, "<p>");
      html_runs (html, block->runs);
      g_string_append (html, "</p>\n");
      break;
    case PX_BLOCK_QUOTE:
      g_string_append (html, "<blockquote class=\"note\">");
      html_runs (html, block->runs);
      g_string_append (html, "</blockquote>\n");
      break;
    case PX_BLOCK_LIST:
      g_string_append (html, "<ul>\n");
      html_children (html, block);
      g_string_append (html, "</ul>\n");
      break;
    case PX_BLOCK_ITEM:
      g_string_append (html, "<li>");
      html_runs (html, block->runs);
      html_children (html, block);
      g_string_append (html, "</li>\n");
      break;
    case PX_BLOCK_FACTS:
      g_string_append (html, "<dl class=\"facts\">\n");
      html_children (html, block);
      g_string_append (html, "</dl>\n");
      break;
    case PX_BLOCK_FACT:
      g_string_append (html, "<dt>");
      html_isolated (html, block->label);
      g_string_append (html, "</dt><dd>");
      html_runs (html, block->runs);
      g_string_append (html, "</dd>\n");
      break;
    case PX_BLOCK_TABLE:
      html_table (html, block);
      break;
    case PX_BLOCK_ROW:
    case PX_BLOCK_CELL:
    default:
      g_assert_not_reached ();
    }
}

char *
_px_export_write_html (PxExportData *data)
{
  g_autoptr(PxBlock) report = _px_export_build_report (data);
  g_autofree char *title = _px_export_clean_text (data->story->title);
  GString *html = g_string_new (NULL);

  g_string_append (html,
                   "<!DOCTYPE html>\n"
                   "<html lang=\"en\">\n"
                   "<head>\n"
                   "<meta charset=\"utf-8\">\n"
                   /* Even if a page's words got through as markup, nothing
                    * could run or be loaded.
                    */
                   "<meta http-equiv=\"Content-Security-Policy\" "
                   "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Parallax " PACKAGE_VERSION "\">\n"
                   "<title>");
  html_escape (html, title);
  g_string_append (html, " — Parallax report</title>\n<style>\n");
  g_string_append (html, html_style);
  g_string_append (html, "</style>\n</head>\n<body>\n<main>\n");

  for (guint i = 0; i < report->children->len; i++)
    {
      PxBlock *block = g_ptr_array_index (report->children, i);

      /* The line under the title. */
      if (i == 1 && block->kind == PX_BLOCK_PARAGRAPH)
        {
          g_string_append (html, "<p class=\"lead\">");
          html_runs (html, block->runs);
          g_string_append (html, "</p>\n");
          continue;
        }
      html_block (html, block);
    }

  g_string_append (html, "</main>\n</body>\n</html>\n");
  return g_string_free (html, FALSE);
}

/* Markdown (CommonMark with GitHub's tables) */

typedef struct
{
  GString *out;
  gboolean line_start; /* nothing written yet on this line of a paragraph */
  gboolean in_table;
  gboolean in_quote;
  guint indent;        /* of nested list items */
} Markdown;

/* Page and user text, escaped (see px-markdown-private.h). */
static void
md_escape (Markdown   *md,
           const char *text)
{
  _px_markdown_append_escaped (md->out, text, md->line_start);
  if (*text != '\0')
    md->line_start = FALSE;
}

/* Text between emphasis markers: white space at either end goes outside
 * them, where CommonMark still sees them as markers.
 */
static void
md_wrapped (Markdown   *md,
            const char *marker,
            const char *text)
{
  g_autofree char *inner = g_strstrip (g_strdup (text));
  gsize len = strlen (text);

  if (*inner == '\0')
    {
      md_escape (md, text);
      return;
    }
  if (g_ascii_isspace (text[0]))
    g_string_append_c (md->out, ' ');
  g_string_append (md->out, marker);
  md->line_start = FALSE;
  md_escape (md, inner);
  g_string_append (md->out, marker);
  if (g_ascii_isspace (text[len - 1]))
    g_string_append_c (md->out, ' ');
}

static void
md_code (Markdown   *md,
         const char *text)
{
  g_autofree char *flat = g_strdup (text);
  guint longest = 0, current = 0;
  g_autofree char *fence = NULL;

  g_strdelimit (flat, "\n\r\t", ' ');
  for (const char *p = flat; *p != '\0'; p++)
    {
      current = *p == '`' ? current + 1 : 0;
      longest = MAX (longest, current);
    }
  fence = g_strnfill (longest + 1, '`');

  /* A space on both sides only when the code itself starts or ends with a
   * backtick; CommonMark takes one off each side.
   */
  if (flat[0] == '`' || (*flat != '\0' && flat[strlen (flat) - 1] == '`'))
    g_string_append_printf (md->out, "%s %s %s", fence, flat, fence);
  else
    g_string_append_printf (md->out, "%s%s%s", fence, flat, fence);
  md->line_start = FALSE;
}

static void
md_break (Markdown *md)
{
  if (md->in_table)
    g_string_append_c (md->out, ' ');
  else if (md->in_quote)
    g_string_append (md->out, "  \n> ");
  else
    {
      g_string_append (md->out, "\\\n");
      g_string_append_printf (md->out, "%*s", md->indent, "");
    }
  md->line_start = TRUE;
}

static void
md_runs (Markdown  *md,
         GPtrArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      PxRun *run = g_ptr_array_index (runs, i);

      switch (run->kind)
        {
        case PX_RUN_TEXT:
        case PX_RUN_PAGE:
          md_escape (md, run->text);
          break;
        case PX_RUN_STRONG:
        case PX_RUN_MARK:
        case PX_RUN_BADGE:
          md_wrapped (md, "**", run->text);
          break;
        case PX_RUN_MISSING:
          md_wrapped (md, "*", run->text);
          break;
        case PX_RUN_CODE:
          md_code (md, run->text);
          break;
        case PX_RUN_LINK:
          g_string_append_c (md->out, '[');
          md->line_start = FALSE;
          md_escape (md, run->text);
          g_string_append_printf (md->out, "](<%s>)", run->target);
          break;
        case PX_RUN_BREAK:
          md_break (md);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void md_block (Markdown *md, PxBlock *block);

static void
md_table (Markdown *md,
          PxBlock  *table)
{
  md->in_table = TRUE;
  for (guint r = 0; r < table->children->len; r++)
    {
      PxBlock *row = g_ptr_array_index (table->children, r);

      g_string_append (md->out, "|");
      for (guint c = 0; c < row->children->len; c++)
        {
          PxBlock *cell = g_ptr_array_index (row->children, c);

          g_string_append_c (md->out, ' ');
          md->line_start = FALSE;
          md_runs (md, cell->runs);
          g_string_append (md->out, " |");
        }
      g_string_append_c (md->out, '\n');

      if (r == 0)
        {
          g_string_append (md->out, "|");
          for (guint c = 0; c < row->children->len; c++)
            g_string_append (md->out, " --- |");
          g_string_append_c (md->out, '\n');
        }
    }
  g_string_append_c (md->out, '\n');
  md->in_table = FALSE;
}

static void
md_block (Markdown *md,
          PxBlock  *block)
{
  switch (block->kind)
    {
    case PX_BLOCK_GROUP:
      for (guint i = 0; i < block->children->len; i++)
        md_block (md, g_ptr_array_index (block->children, i));
      break;
    case PX_BLOCK_HEADING:
      g_string_append_printf (md->out, "%.*s ", block->level, "######");
      md->line_start = FALSE;
      md_runs (md, block->runs);
      g_string_append (md->out, "\n\n");
      break;
    case PX_BLOCK_PARAGRAPH:
      md->line_start = TRUE;
      md_runs (md, block->runs);
      g_string_append (md->out, "\n\n");
      break;
    case PX_BLOCK_QUOTE:
      g_string_append (md->out, "> ");
      md->line_start = TRUE;
      md->in_quote = TRUE;
      md_runs (md, block->runs);
      md->in_quote = FALSE;
      g_string_append (md->out, "\n\n");
      break;
    case PX_BLOCK_LIST:
    case PX_BLOCK_FACTS:
      for (guint i = 0; i < block->children->len; i++)
        md_block (md, g_ptr_array_index (block->children, i));
      if (md->indent == 0)
        g_string_append_c (md->out, '\n');
      break;
    case PX_BLOCK_ITEM:
      g_string_append_printf (md->out, "%*s- ", md->indent, "");
      md->line_start = FALSE;
      md->indent += 2;
      md_runs (md, block->runs);
      g_string_append_c (md->out, '\n');
      for (guint i = 0; i < block->children->len; i++)
        md_block (md, g_ptr_array_index (block->children, i));
      md->indent -= 2;
      break;
    case PX_BLOCK_FACT:
      g_string_append_printf (md->out, "%*s- ", md->indent, "");
      md->line_start = FALSE;
      md_wrapped (md, "**", block->label);
      g_string_append (md->out, ": ");
      md_runs (md, block->runs);
      g_string_append_c (md->out, '\n');
      break;
    case PX_BLOCK_TABLE:
      md_table (md, block);
      break;
    case PX_BLOCK_ROW:
    case PX_BLOCK_CELL:
    default:
      g_assert_not_reached ();
    }
}

char *
_px_export_write_markdown (PxExportData *data)
{
  g_autoptr(PxBlock) report = _px_export_build_report (data);
  Markdown md = { g_string_new (NULL), TRUE, FALSE, FALSE, 0 };

  md_block (&md, report);

  /* One new line at the end, not a blank line. */
  while (md.out->len > 0 && md.out->str[md.out->len - 1] == '\n')
    g_string_truncate (md.out, md.out->len - 1);
  g_string_append_c (md.out, '\n');

  return g_string_free (md.out, FALSE);
}
