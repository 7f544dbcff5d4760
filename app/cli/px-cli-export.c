/* px-cli-export.c: parallax-cli export
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"

#include "px-export.h"
#include "px-safe-text.h"
#include "px-store.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char * const formats[] = { "markdown", "html", "w3c", "claimreview", "csv", NULL };

static gboolean
is_web_address (const char *text)
{
  g_autofree char *scheme = g_uri_parse_scheme (text);

  return (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0)
         && g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL);
}

int
_px_cli_export (int    argc,
                char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *story = NULL;
  g_autofree char *format = NULL;
  g_autofree char *author = NULL;
  g_autofree char *author_url = NULL;
  gboolean organization = FALSE;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "story", 's', 0, G_OPTION_ARG_STRING, &story, "The story's number", "ID" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "markdown or html (the story report), w3c (Web Annotations), claimreview (schema.org) or csv",
      "FORMAT" },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author,
      "Who reviewed the claims (default: your name; empty for none)", "NAME" },
    { "author-url", 0, 0, G_OPTION_ARG_STRING, &author_url, "The reviewer's web page", "URL" },
    { "organization", 0, 0, G_OPTION_ARG_NONE, &organization, "The author is an organisation, not a person",
      NULL },
    { NULL }
  };
  g_autofree char *path = NULL;
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  PxExportOptions options = { 0 };
  PxExportFormat export_format;
  gint64 story_id;

  if (!_px_cli_parse_options ("export", NULL,
                              "Write a stored story as a report (markdown, html) or its annotations for\n"
                              "other tools (w3c, claimreview, csv) on standard output.",
                              entries, &argc, &argv))
    return PX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      g_autofree char *shown = px_safe_text_short (argv[1], 40);

      fprintf (stderr, "parallax-cli export: unexpected argument “%s” (give the story with --story ID)\n",
               shown);
      return PX_CLI_EXIT_USAGE;
    }
  if (story == NULL || format == NULL)
    {
      fprintf (stderr, "parallax-cli export: give --story ID and --format %s\n",
               "markdown|html|w3c|claimreview|csv");
      return PX_CLI_EXIT_USAGE;
    }
  if (!_px_cli_parse_id ("export", "story", story, &story_id))
    return PX_CLI_EXIT_USAGE;
  if (!_px_cli_check_format ("export", format, formats) || !px_export_format_from_string (format, &export_format))
    return PX_CLI_EXIT_USAGE;
  /* A page of the author's, which a reader of the export may open: a
   * web address, never a script or a file. */
  if (author_url != NULL && author_url[0] != '\0' && !is_web_address (author_url))
    {
      g_autofree char *shown = px_safe_text_short (author_url, 40);

      fprintf (stderr, "parallax-cli export: --author-url is “%s”, but it must be a web address "
                       "(http:// or https://)\n", shown);
      return PX_CLI_EXIT_USAGE;
    }

  /* Exporting never creates a database, nor starts a new one in place of
   * a damaged one: a wrong path is an error.
   */
  path = db != NULL ? g_strdup (db) : px_store_get_default_path ();
  if ((store = _px_cli_open_store_existing (path)) == NULL)
    return PX_CLI_EXIT_FAILED;

  options.author = author;
  options.author_url = author_url;
  options.author_is_organization = organization;
  output = px_export_story (store, story_id, export_format, &options, NULL, &error);
  if (output == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return PX_CLI_EXIT_FAILED;
    }

  /* The JSON formats keep every character, but as escapes for those a
   * terminal would obey; the HTML and Markdown renderers drop them.
   */
  if (export_format == PX_EXPORT_FORMAT_W3C || export_format == PX_EXPORT_FORMAT_CLAIMREVIEW)
    {
      char *safe = _px_cli_json_safe (output);

      g_free (output);
      output = safe;
    }
  /* CSV keeps every byte in a file or a pipe (what a spreadsheet reads);
   * a terminal is sent none of the characters it would obey.
   */
  else if (export_format == PX_EXPORT_FORMAT_CSV && isatty (STDOUT_FILENO))
    {
      char *safe = _px_cli_terminal_safe (output);

      g_free (output);
      output = safe;
    }

  if (fputs (output, stdout) == EOF || fflush (stdout) != 0)
    {
      _px_cli_print_error ("Could not write the export: %s", g_strerror (errno));
      return PX_CLI_EXIT_FAILED;
    }

  return PX_CLI_EXIT_OK;
}
