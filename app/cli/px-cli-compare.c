/* px-cli-compare.c: parallax-cli compare
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"

#include "px-comparison.h"
#include "px-json-private.h"
#include "px-markdown-private.h"
#include "px-source.h"

#include <stdio.h>

/* An input that could not be compared (--keep-going). */
typedef struct
{
  guint index;       /* among the inputs given, from 0 */
  char *input;       /* as given */
  char *message;     /* in the words of the window's column */
  char *kind;        /* px_source_failure_kind(), or NULL */
  PxArticle *page;   /* what a page with no article text says it is, or NULL */
} FailedInput;

static void
failed_input_free (FailedInput *failed)
{
  g_free (failed->input);
  g_free (failed->message);
  g_free (failed->kind);
  g_clear_pointer (&failed->page, px_article_unref);
  g_free (failed);
}

/* The "failed" member that --keep-going adds after the others: each input
 * left out, {"index", "input", "error", "kind"} and, for a page with no
 * article text, "page" as extract's JSON has it.
 */
static JsonNode *
failed_to_json (GPtrArray *failed)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < failed->len; i++)
    {
      FailedInput *input = failed->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "index");
      json_builder_add_int_value (builder, input->index);
      _px_json_add_string_or_null (builder, "input", input->input);
      _px_json_add_string_or_null (builder, "error", input->message);
      _px_json_add_string_or_null (builder, "kind", input->kind);
      _px_cli_add_failed_page (builder, input->page);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

typedef void (*BuildElementFunc) (PxComparison *comparison,
                                  guint         index,
                                  JsonBuilder  *builder);

/* The member @name of the comparison's JSON, an array of @n elements,
 * each built and written alone. */
static void
print_json_array (JsonGenerator   *generator,
                  const char      *name,
                  PxComparison    *comparison,
                  guint            n,
                  BuildElementFunc build)
{
  _px_cli_print_json_name (generator, name);
  fputc ('[', stdout);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) element = NULL;

      if (i > 0)
        fputc (',', stdout);
      build (comparison, i, builder);
      element = json_builder_get_root (builder);
      _px_cli_print_json_value (generator, element);
    }
  fputc (']', stdout);
}

/* @failed is NULL without --keep-going: the output as it always was.
 * The comparison's JSON is built and written a source and a claim at a
 * time, never as one tree: the tree of a long comparison of sentences
 * alike (a claim each, each naming every source it misses) took more
 * than the comparison itself (docs/benchmarks.md, mem39). */
static void
print_json (PxComparison *comparison,
            GPtrArray    *failed)
{
  g_autoptr(JsonGenerator) generator = _px_cli_json_generator_new ();

  fputc ('{', stdout);
  print_json_array (generator, "sources", comparison, px_comparison_get_n_sources (comparison),
                    px_comparison_build_source_json);
  fputc (',', stdout);
  print_json_array (generator, "claims", comparison, px_comparison_get_n_claims (comparison),
                    px_comparison_build_claim_json);
  if (failed != NULL)
    {
      g_autoptr(JsonNode) node = failed_to_json (failed);

      fputc (',', stdout);
      _px_cli_print_json_name (generator, "failed");
      _px_cli_print_json_value (generator, node);
    }
  fputs ("}\n", stdout);
  fflush (stdout);
}

/* "RT, Reuters and BBC" */
static char *
join_labels (PxComparison *comparison,
             const guint  *sources,
             guint         n_sources)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_sources; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == n_sources ? " and " : ", ");
      {
        g_autofree char *label = _px_cli_field (px_comparison_get_source_label (comparison, sources[i]));

        g_string_append (text, label);
      }
    }
  return g_string_free (text, FALSE);
}

static guint
count_shared_claims (PxComparison *comparison)
{
  guint shared = 0;

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      guint n_sources;

      px_claim_get_sources (px_comparison_get_claim (comparison, c), &n_sources);
      shared += n_sources > 1;
    }
  return shared;
}

/* Page text for the middle of a Markdown line, a table cell included:
 * nothing in it may become markup, raw HTML or a link.
 */
static char *
md_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("—");
  return _px_markdown_escape (text);
}

/* Page text for the report in @markdown or plain text. */
static char *
page_text (const char *text,
           gboolean    markdown)
{
  return markdown ? md_text (text) : g_strdup (text);
}

/* An outlet's name or a title, from the page: on one line and isolated
 * when right-to-left, so it cannot turn the rest of its line around.
 */
static char *
name_text (const char *text,
           gboolean    markdown)
{
  g_autofree char *field = _px_cli_field (text);

  return markdown ? md_text (field) : g_steal_pointer (&field);
}

/* How many differences the window shows without the less certain ones. */
static guint
count_confident (PxComparison *comparison)
{
  guint n = 0;

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        n += px_difference_is_confident (px_claim_get_difference (claim, d));
    }
  return n;
}

/* The report's count line, in English as the rest of the report:
 * "1 claim, 1 carried by more than one source, 1 difference (with
 * confidence 0.8 or more)."; "no differences." when there are none.
 */
static void
print_totals (PxComparison *comparison)
{
  guint n_claims = px_comparison_get_n_claims (comparison);
  guint n_differences = px_comparison_get_n_differences (comparison);
  guint n_confident = count_confident (comparison);
  g_autoptr(GString) line = g_string_new ("\n");

  g_string_append_printf (line, "%u %s, %u carried by more than one source, ",
                          n_claims, n_claims == 1 ? "claim" : "claims",
                          count_shared_claims (comparison));
  if (n_differences == 0)
    g_string_append (line, "no differences.");
  else if (n_differences == 1)
    g_string_append_printf (line, "1 difference (%s confidence %.1f%s).",
                            n_confident == 1 ? "with" : "below", PX_DIFFERENCE_CONFIDENT,
                            n_confident == 1 ? " or more" : "");
  else
    g_string_append_printf (line, "%u differences (%u of them with confidence %.1f or more).",
                            n_differences, n_confident, PX_DIFFERENCE_CONFIDENT);
  _px_cli_print ("%s\n", line->str);
}

/* The inputs --keep-going left out, under the sources, each with why. */
static void
print_failed (GPtrArray *failed,
              gboolean   markdown)
{
  if (failed == NULL || failed->len == 0)
    return;

  _px_cli_print (markdown ? "\n## Not compared\n\n" : "\nNot compared\n");
  for (guint i = 0; i < failed->len; i++)
    {
      FailedInput *input = failed->pdata[i];
      g_autofree char *message = name_text (input->message, markdown);

      _px_cli_print (markdown ? "- %s\n" : "  %s\n", message);
    }
}

/* Writes the report; @markdown chooses Markdown over plain text. @failed
 * lists the inputs --keep-going left out (NULL without it).
 */
static void
print_report (PxComparison *comparison,
              GPtrArray    *failed,
              gboolean      markdown)
{
  guint n_sources = px_comparison_get_n_sources (comparison);
  guint n_claims = px_comparison_get_n_claims (comparison);
  const char *quote = markdown ? "> " : "    ";

  if (markdown)
    _px_cli_print ("# Parallax comparison\n\n| # | Outlet | Title | Published | Input |\n| --- | --- | --- | --- | --- |\n");
  else
    _px_cli_print ("Sources\n");
  for (guint s = 0; s < n_sources; s++)
    {
      PxArticle *article = px_comparison_get_source (comparison, s);

      if (markdown)
        {
          g_autofree char *label = name_text (px_comparison_get_source_label (comparison, s), TRUE);
          g_autofree char *title = name_text (article->title, TRUE);
          g_autofree char *published = name_text (article->published, TRUE);
          g_autofree char *input = name_text (article->input, TRUE);

          _px_cli_print ("| %u | %s | %s | %s | %s |\n", s + 1, label, title, published, input);
        }
      else
        {
          g_autofree char *label = name_text (px_comparison_get_source_label (comparison, s), FALSE);
          g_autofree char *title = name_text (article->title ? article->title : "untitled", FALSE);
          g_autofree char *input = name_text (article->input, FALSE);

          _px_cli_print ("  %u. %s: %s (%s)\n", s + 1, label, title, input);
        }
    }
  print_failed (failed, markdown);

  print_totals (comparison);

  /* Every difference first: what a fact-checker looks at. */
  if (px_comparison_get_n_differences (comparison) > 0)
    {
      _px_cli_print (markdown ? "\n## Differences\n\n" : "\nDifferences\n");
      for (guint c = 0; c < n_claims; c++)
        {
          PxClaim *claim = px_comparison_get_claim (comparison, c);

          for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
            {
              PxDifference *difference = px_claim_get_difference (claim, d);
              g_autofree char *summary = page_text (px_difference_get_summary (difference), markdown);

              _px_cli_print (markdown ? "- **%s** (claim %u): %s (confidence %.2f)\n" : "  [%s] claim %u: %s (confidence %.2f)\n",
                      px_difference_kind_to_string (px_difference_get_kind (difference)), c + 1,
                      summary, px_difference_get_confidence (difference));
            }
        }
    }

  /* Figures of one slot in two claims (slot links), apart: the claims'
   * own differences stay as they were */
  for (guint c = 0, first = TRUE; c < n_claims; c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_linked_differences (claim); d++)
        {
          PxDifference *difference = px_claim_get_linked_difference (claim, d);
          g_autofree char *summary = page_text (px_difference_get_summary (difference), markdown);
          guint other = c, n_spans;
          const PxTextSpan *spans = px_difference_get_spans (difference, &n_spans);

          for (guint i = 0; i < n_spans; i++)
            {
              guint where = px_comparison_get_sentence_claim (comparison, spans[i].source, spans[i].sentence);

              if (where != c)
                other = where;
            }
          if (first)
            _px_cli_print (markdown ? "\n## Differences between claims\n\n" : "\nDifferences between claims\n");
          first = FALSE;
          _px_cli_print (markdown ? "- **%s** (claims %u and %u): %s (confidence %.2f)\n"
                                  : "  [%s] claims %u and %u: %s (confidence %.2f)\n",
                         px_difference_kind_to_string (px_difference_get_kind (difference)), c + 1, other + 1, summary,
                         px_difference_get_confidence (difference));
        }
    }

  _px_cli_print (markdown ? "\n## Claims\n" : "\nClaims\n");
  for (guint c = 0; c < n_claims; c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);
      guint n_members, n_carriers, n_missing;
      const PxSentenceRef *members = px_claim_get_members (claim, &n_members);
      const guint *carriers = px_claim_get_sources (claim, &n_carriers);
      const guint *missing = px_claim_get_missing (claim, &n_missing);
      g_autofree char *carried_raw = join_labels (comparison, carriers, n_carriers);
      g_autofree char *left_out_raw = join_labels (comparison, missing, n_missing);
      g_autofree char *carried = page_text (carried_raw, markdown);
      g_autofree char *left_out = page_text (left_out_raw, markdown);

      if (px_claim_is_furniture (claim))
        _px_cli_print (markdown ? "\n### Claim %u: a date line or byline of %s, not a claim\n\n"
                                : "\nClaim %u: a date line or byline of %s, not a claim\n", c + 1, carried);
      else if (n_carriers == 1)
        _px_cli_print (markdown ? "\n### Claim %u: only %s\n\n" : "\nClaim %u: only %s\n", c + 1, carried);
      else if (n_missing > 0)
        _px_cli_print (markdown ? "\n### Claim %u: %s; not in %s\n\n" : "\nClaim %u: %s; not in %s\n", c + 1, carried,
                left_out);
      else
        _px_cli_print (markdown ? "\n### Claim %u: all sources\n\n" : "\nClaim %u: all sources\n", c + 1);

      for (guint m = 0; m < n_members; m++)
        {
          g_autofree char *raw = px_comparison_dup_sentence_text (comparison, members[m].source,
                                                                  members[m].sentence);
          g_autofree char *text = page_text (raw, markdown);
          g_autofree char *label = name_text (px_comparison_get_source_label (comparison, members[m].source),
                                              markdown);

          if (markdown && m > 0)
            _px_cli_print (">\n");
          _px_cli_print (markdown ? "%s**%s:** %s\n" : "%s%s: %s\n", quote, label, text);
        }
      if (markdown && px_claim_get_n_differences (claim) > 0)
        _px_cli_print ("\n");
      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        {
          PxDifference *difference = px_claim_get_difference (claim, d);
          g_autofree char *summary = page_text (px_difference_get_summary (difference), markdown);

          _px_cli_print (markdown ? "- **%s:** %s (confidence %.2f)\n" : "  ! %s: %s (confidence %.2f)\n",
                  px_difference_kind_to_string (px_difference_get_kind (difference)), summary,
                  px_difference_get_confidence (difference));
        }
    }
}

typedef struct
{
  GPtrArray *articles;
  gboolean failed;
  /* With --keep-going, each input that failed (FailedInput), else NULL. */
  GPtrArray *failed_inputs;
  guint n_done;
} CompareLoad;

static void
loaded_cb (const char      *input,
           const PxArticle *article,
           const PxArticle *page,
           const GError    *error,
           gpointer         user_data)
{
  CompareLoad *load = user_data;
  g_autoptr(GError) refused = NULL;
  guint index = load->n_done++;

  /* Kept going, a source the comparison would refuse (too long, no text)
   * is left out as the window's column leaves it out. */
  if (article != NULL && load->failed_inputs != NULL && !px_compare_check_article (article, &refused))
    {
      error = refused;
      article = NULL;
    }

  if (article == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      load->failed = TRUE;
      if (load->failed_inputs != NULL)
        {
          FailedInput *failed = g_new0 (FailedInput, 1);

          failed->index = index;
          failed->input = g_strdup (input);
          failed->message = px_source_describe_page_error (error, input, page);
          failed->kind = g_strdup (px_source_failure_kind (error));
          failed->page = page != NULL ? px_article_ref ((PxArticle *) page) : NULL;
          g_ptr_array_add (load->failed_inputs, failed);
        }
      return;
    }
  g_ptr_array_add (load->articles, px_article_ref ((PxArticle *) article));
}

int
_px_cli_compare (int    argc,
                 char **argv)
{
  static const char * const formats[] = { "json", "text", "markdown", NULL };
  g_autofree char *format = NULL;
  gboolean keep_going = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: json (default), text or markdown", "FORMAT" },
    { "keep-going", 'k', 0, G_OPTION_ARG_NONE, &keep_going,
      "Compare the inputs that could be read; list the others (exit status 4 when any failed)", NULL },
    { NULL }
  };
  g_autoptr(PxFetcher) fetcher = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(GPtrArray) failed_inputs = NULL;
  CompareLoad load = { articles, FALSE, NULL, 0 };
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  if (!_px_cli_parse_options ("compare", "INPUT…", "Line up the claims of several reports and show how they differ.",
                              entries, &argc, &argv)
      || !_px_cli_check_format ("compare", format, formats))
    return PX_CLI_EXIT_USAGE;

  if (argc - 1 < PX_COMPARE_MIN_SOURCES || argc - 1 > PX_COMPARE_MAX_SOURCES)
    {
      fprintf (stderr, "parallax-cli compare: give %d to %d INPUTs (%d given)\n", PX_COMPARE_MIN_SOURCES,
               PX_COMPARE_MAX_SOURCES, argc - 1);
      return PX_CLI_EXIT_USAGE;
    }

  if (keep_going)
    load.failed_inputs = failed_inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) failed_input_free);

  fetcher = _px_cli_new_fetcher ();
  _px_cli_load_inputs (fetcher, (const char * const *) argv + 1, argc - 1, loaded_cb, &load);
  /* Kept going, what is left is compared if it is a comparison. */
  if (load.failed && (!keep_going || articles->len < PX_COMPARE_MIN_SOURCES))
    return PX_CLI_EXIT_FAILED;

  comparison = px_compare ((PxArticle **) articles->pdata, articles->len, NULL, &error);
  if (comparison == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return PX_CLI_EXIT_FAILED;
    }

  if (format == NULL || g_str_equal (format, "json"))
    print_json (comparison, failed_inputs);
  else
    print_report (comparison, failed_inputs, g_str_equal (format, "markdown"));

  return load.failed ? PX_CLI_EXIT_PARTIAL : PX_CLI_EXIT_OK;
}
