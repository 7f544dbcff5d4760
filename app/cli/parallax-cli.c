/* parallax-cli.c: the headless interface to Parallax
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"

#include "px-env.h"
#include "px-i18n.h"
#include "px-json-private.h"
#include "px-safe-text.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

static const struct
{
  const char *name;
  PxCliCommandFunc func;
  const char *usage;
} commands[] = {
  { "extract", _px_cli_extract, "extract [--format json|text] INPUT..." },
  { "story", _px_cli_story, "story new|add|list|show|refetch|copy [--db PATH] ...   (see “story --help”)" },
  { "annotate", _px_cli_annotate, "annotate [--db PATH] STORY --source N --quote TEXT [--prefix TEXT] [--suffix TEXT]\n"
    "                        [--verdict V] [--note TEXT]" },
  { "annotations", _px_cli_annotations, "annotations [--db PATH] [--format json|text] STORY" },
  { "search", _px_cli_search, "search [--db PATH] [--format json|text] [--limit N] QUERY..." },
  { "compare", _px_cli_compare, "compare [--format json|text|markdown] [--keep-going] INPUT..." },
  { "export", _px_cli_export, "export [--db PATH] --story ID --format markdown|html|w3c|claimreview|csv\n"
    "                      [--author NAME] [--author-url URL] [--organization]" },
  { "history", _px_cli_history, "history [--db PATH] [--format json|text] STORY --source N [--from V] [--to V]" },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "Usage:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  parallax-cli %s\n", commands[i].usage);
  fprintf (stream,
           "\nINPUT is a path to an .html, .htm or .txt file, an http(s) URL, or - for text on\n"
           "standard input. Every command that takes --db also takes --replace-backup.\n");
}

gboolean
_px_cli_parse_options (const char    *command,
                       const char    *parameter_string,
                       const char    *summary,
                       GOptionEntry  *entries,
                       int           *argc,
                       char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("parallax-cli %s", command);

  g_set_prgname (prgname);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_strict_posix (context, FALSE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fprintf (stderr, "parallax-cli %s: %s\n", command, error->message);
      fprintf (stderr, "Try “parallax-cli %s --help”.\n", command);
      return FALSE;
    }

  /* GLib leaves the "--" that ends the options in @argv when arguments
   * follow it; it is not an input.
   */
  for (int i = 1; i < *argc; i++)
    if (g_str_equal ((*argv)[i], "--"))
      {
        memmove (&(*argv)[i], &(*argv)[i + 1], (*argc - i) * sizeof (char *));
        (*argc)--;
        break;
      }

  return TRUE;
}

gboolean
_px_cli_check_format (const char         *command,
                      const char         *format,
                      const char * const *allowed)
{
  g_autofree char *list = NULL;
  g_autofree char *shown = NULL;

  if (format == NULL || g_strv_contains (allowed, format))
    return TRUE;

  list = g_strjoinv ("|", (char **) allowed);
  shown = px_safe_text_short (format, 40);
  fprintf (stderr, "parallax-cli %s: unknown format “%s” (use %s)\n", command, shown, list);
  return FALSE;
}

/* What a terminal must never be sent from a page, a server or a file
 * name: control characters (escape sequences, bells, carriage returns
 * that overwrite a line) and the embeddings and overrides that turn the
 * rest of a line around. Line breaks and tabs stay; so do the isolates
 * that px_safe_text_isolated() puts around outlet-supplied strings.
 */
static gboolean
is_unsafe_for_terminal (gunichar c)
{
  return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E);
}

/* @text as valid UTF-8 with every character above dropped, or (@json)
 * written as a JSON escape, which keeps it without showing it raw.
 */
static char *
terminal_safe (const char *text,
               gboolean    json)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;
      const char *run = p;

      /* printable ASCII, line breaks and tabs, run by run: most of it */
      while ((*run >= 0x20 && *run < 0x7F) || *run == '\n' || *run == '\t')
        run++;
      if (run > p)
        {
          g_string_append_len (out, p, run - p);
          p = run;
          if (*p == '\0')
            break;
        }
      c = g_utf8_get_char (p);

      if (json && (is_unsafe_for_terminal (c) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029))
        g_string_append_printf (out, "\\u%04x", c);
      else if (!is_unsafe_for_terminal (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

void
_px_cli_print (const char *format,
               ...)
{
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  safe = terminal_safe (text, FALSE);
  fputs (safe, stdout);
}

char *
_px_cli_terminal_safe (const char *text)
{
  return terminal_safe (text, FALSE);
}

char *
_px_cli_json_safe (const char *json)
{
  return terminal_safe (json, TRUE);
}

char *
_px_cli_field (const char *text)
{
  return text != NULL ? px_safe_text_isolated (text) : g_strdup ("—");
}

void
_px_cli_add_failed_page (JsonBuilder     *builder,
                         const PxArticle *page)
{
  if (page == NULL)
    return;
  json_builder_set_member_name (builder, "page");
  json_builder_begin_object (builder);
  _px_json_add_string_or_null (builder, "outlet", page->outlet);
  _px_json_add_string_or_null (builder, "title", page->title);
  _px_json_add_string_or_null (builder, "byline", page->byline);
  _px_json_add_string_or_null (builder, "published", page->published);
  _px_json_add_string_or_null (builder, "updated", page->updated);
  _px_json_add_string_or_null (builder, "url", page->url);
  json_builder_end_object (builder);
}

void
_px_cli_add_charset (JsonBuilder   *builder,
                     const char    *charset,
                     PxCharsetFrom  from,
                     guint          n_replaced)
{
  json_builder_set_member_name (builder, "charset");
  if (charset == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, charset);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, px_charset_from_to_string (from));
  json_builder_set_member_name (builder, "replaced");
  json_builder_add_int_value (builder, n_replaced);
  json_builder_end_object (builder);
}

/* How deep print_json() goes into objects and arrays before it writes a
 * value whole: the root, its members (a comparison's claims) and their
 * elements, so that no piece written is more than one claim's. */
#define JSON_PIECE_DEPTH 3

/* @node as @generator writes it (not pretty), made terminal-safe. */
static void
print_json_whole (JsonGenerator *generator,
                  JsonNode      *node)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  raw = json_generator_to_data (generator, NULL);
  text = terminal_safe (raw, TRUE);
  fputs (text, stdout);
}

/* @node as JsonGenerator writes it, to the byte, but object by member and
 * array by element down to @depth, each piece written as it is made: the
 * text of a long comparison, and its two copies made safe, are never held
 * whole beside the tree (docs/benchmarks.md, mem38). */
static void
print_json (JsonGenerator *generator,
            JsonNode      *node,
            guint          depth)
{
  if (depth > 0 && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      fputc ('{', stdout);
      for (GList *l = members; l != NULL; l = l->next)
        {
          if (l != members)
            fputc (',', stdout);
          _px_cli_print_json_name (generator, l->data);
          print_json (generator, json_object_get_member (object, l->data), depth - 1);
        }
      fputc ('}', stdout);
    }
  else if (depth > 0 && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      fputc ('[', stdout);
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            fputc (',', stdout);
          print_json (generator, json_array_get_element (array, i), depth - 1);
        }
      fputc (']', stdout);
    }
  else
    print_json_whole (generator, node);
}

JsonGenerator *
_px_cli_json_generator_new (void)
{
  JsonGenerator *generator = json_generator_new ();

  json_generator_set_pretty (generator, FALSE);
  return generator;
}

void
_px_cli_print_json_name (JsonGenerator *generator,
                         const char    *name)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  /* escaped as the generator escapes a string */
  json_node_set_string (node, name);
  print_json_whole (generator, node);
  fputc (':', stdout);
}

void
_px_cli_print_json_value (JsonGenerator *generator,
                          JsonNode      *node)
{
  /* as deep as an element of a member of the root */
  print_json (generator, node, JSON_PIECE_DEPTH - 2);
}

void
_px_cli_print_json_line (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = _px_cli_json_generator_new ();

  print_json (generator, node, JSON_PIECE_DEPTH);
  fputc ('\n', stdout);
  fflush (stdout);
}

PxFetcher *
_px_cli_new_fetcher (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  guint64 timeout = px_fetcher_get_timeout (fetcher);
  guint64 max_bytes = px_fetcher_get_max_bytes (fetcher);

  /* main() refused bad values before any command ran */
  px_env_get_number (PX_ENV_FETCH_TIMEOUT, &timeout, NULL);
  px_env_get_number (PX_ENV_FETCH_MAX_BYTES, &max_bytes, NULL);
  px_fetcher_set_timeout (fetcher, timeout);
  px_fetcher_set_max_bytes (fetcher, max_bytes);

  return g_steal_pointer (&fetcher);
}

gboolean
_px_cli_parse_number (const char *command,
                      const char *what,
                      const char *text,
                      guint64     max,
                      guint64    *value)
{
  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, max, value, NULL))
    {
      g_autofree char *shown = px_safe_text_short (text != NULL ? text : "", 40);

      fprintf (stderr, "parallax-cli %s: “%s” is not a %s number (a whole number, 1 or more)\n", command, shown, what);
      return FALSE;
    }

  return TRUE;
}

gboolean
_px_cli_parse_id (const char *command,
                  const char *what,
                  const char *text,
                  gint64     *id)
{
  guint64 value;

  if (!_px_cli_parse_number (command, what, text, G_MAXINT64, &value))
    return FALSE;

  *id = (gint64) value;
  return TRUE;
}

gboolean
_px_cli_parse_story_argument (const char  *command,
                              int          argc,
                              char       **argv,
                              gint64      *story_id)
{
  if (argc != 2)
    {
      fprintf (stderr, "parallax-cli %s: give exactly one STORY\n", command);
      return FALSE;
    }

  return _px_cli_parse_id (command, "story", argv[1], story_id);
}

void
_px_cli_print_error (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  {
    g_autofree char *safe = terminal_safe (message, FALSE);

    fprintf (stderr, "parallax-cli: %s\n", safe);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  g_set_prgname ("parallax-cli");
  px_i18n_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return PX_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return PX_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("parallax-cli %s\n", PACKAGE_VERSION);
      return PX_CLI_EXIT_OK;
    }

  /* A setting a command does not use is refused too: a mistake in one
   * shows the first time, not only once a command needs it. */
  if (!px_env_check (&error))
    {
      _px_cli_print_error ("%s", error->message);
      return PX_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].func (argc - 1, argv + 1);

  /* hidden: for tools/fit-similarity.py, not for users */
  if (g_str_equal (argv[1], "similarity-features"))
    return _px_cli_similarity_features (argc - 1, argv + 1);
  /* hidden: for tests/bench/differences/oracle.py */
  if (g_str_equal (argv[1], "compare-claims"))
    return _px_cli_compare_claims (argc - 1, argv + 1);

  fprintf (stderr, "parallax-cli: unknown command “%s”\n\n", argv[1]);
  print_usage (stderr);
  return PX_CLI_EXIT_USAGE;
}
