/* px-cli-extract.c: parallax-cli extract
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"
#include "px-json-private.h"

#include <stdio.h>

static void
print_text (const PxArticle *article)
{
  g_autofree char *input = _px_cli_field (article->input);
  g_autofree char *outlet = _px_cli_field (article->outlet);
  g_autofree char *title = _px_cli_field (article->title);
  g_autofree char *byline = _px_cli_field (article->byline);
  g_autofree char *published = _px_cli_field (article->published);
  g_autofree char *url = _px_cli_field (article->url);

  _px_cli_print ("Input:     %s\n", input);
  _px_cli_print ("Outlet:    %s\n", outlet);
  _px_cli_print ("Title:     %s\n", title);
  _px_cli_print ("Byline:    %s\n", byline);
  _px_cli_print ("Published: %s\n", published);
  /* only a page that says when it was last changed has this line */
  if (article->updated != NULL)
    {
      g_autofree char *updated = _px_cli_field (article->updated);

      _px_cli_print ("Updated:   %s\n", updated);
    }
  _px_cli_print ("URL:       %s\n\n", url);
  _px_cli_print ("%s\n\n", article->text);
}

static void
print_json (const PxArticle *article,
            const PxArticle *page,
            const char      *input,
            const GError    *error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  if (article != NULL)
    {
      px_article_build_json (article, builder);
      /* An added field (the fields above keep their shape). */
      _px_cli_add_charset (builder, article->charset, article->charset_from, article->n_replaced);
    }
  else
    {
      json_builder_set_member_name (builder, "input");
      json_builder_add_string_value (builder, input);
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, error->message);
      /* An added field: what a page with no article text says it is. */
      _px_cli_add_failed_page (builder, page);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  _px_cli_print_json_line (root);
}

typedef struct
{
  int status;
  const char *format;
} ExtractRun;

static void
extracted_cb (const char      *input,
              const PxArticle *article,
              const PxArticle *page,
              const GError    *error,
              gpointer         user_data)
{
  ExtractRun *run = user_data;

  if (article == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      run->status = PX_CLI_EXIT_FAILED;
    }

  if (run->format == NULL || g_str_equal (run->format, "json"))
    print_json (article, page, input, error);
  else if (article != NULL)
    print_text (article);
}

int
_px_cli_extract (int    argc,
                 char **argv)
{
  static const char * const formats[] = { "json", "text", NULL };
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: json (default) or text", "FORMAT" },
    { NULL }
  };
  g_autoptr(PxFetcher) fetcher = NULL;
  ExtractRun run = { PX_CLI_EXIT_OK, NULL };

  if (!_px_cli_parse_options ("extract", "INPUT…", "Extract the article from each input.", entries,
                              &argc, &argv)
      || !_px_cli_check_format ("extract", format, formats))
    return PX_CLI_EXIT_USAGE;

  if (argc < 2)
    {
      fprintf (stderr, "parallax-cli extract: no INPUT given\n");
      return PX_CLI_EXIT_USAGE;
    }

  fetcher = _px_cli_new_fetcher ();

  run.format = format;
  _px_cli_load_inputs (fetcher, (const char * const *) argv + 1, argc - 1, extracted_cb, &run);

  return run.status;
}
