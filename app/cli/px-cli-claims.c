/* px-cli-claims.c: parallax-cli compare-claims, a hidden command
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the differ on claims given from outside instead of the aligner's,
 * so that tests/bench/differences/oracle.py measures differences on an
 * answer key's own claims, apart from how well claims are aligned:
 *   compare-claims CLAIMS.json INPUT...
 * CLAIMS.json is [[[SOURCE, SENTENCE], ...], ...] (indexes as `compare`
 * numbers them); prints `compare --format json` with those claims, in
 * that order (a sentence may be in several).
 */
#include "config.h"

#include "px-cli-private.h"
#include "px-comparison-private.h"
#include "px-input.h"

#include <stdio.h>

static void
free_refs (gpointer refs)
{
  g_array_unref (refs);
}

static GPtrArray *
read_claims (const char  *path,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (free_refs);
  JsonNode *root;

  if (!json_parser_load_from_file (parser, path, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_ARRAY (root))
    goto invalid;
  for (guint c = 0; c < json_array_get_length (json_node_get_array (root)); c++)
    {
      JsonNode *claim = json_array_get_element (json_node_get_array (root), c);
      GArray *refs = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));

      g_ptr_array_add (claims, refs);
      if (!JSON_NODE_HOLDS_ARRAY (claim))
        goto invalid;
      for (guint m = 0; m < json_array_get_length (json_node_get_array (claim)); m++)
        {
          JsonNode *member = json_array_get_element (json_node_get_array (claim), m);
          PxSentenceRef ref;

          if (!JSON_NODE_HOLDS_ARRAY (member) || json_array_get_length (json_node_get_array (member)) != 2)
            goto invalid;
          ref.source = json_array_get_int_element (json_node_get_array (member), 0);
          ref.sentence = json_array_get_int_element (json_node_get_array (member), 1);
          g_array_append_val (refs, ref);
        }
    }
  return g_steal_pointer (&claims);

invalid:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: not a list of claims of [source, sentence] pairs", path);
  return NULL;
}

int
_px_cli_compare_claims (int    argc,
                        char **argv)
{
  g_autoptr(PxFetcher) fetcher = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  if (argc < 2 + PX_COMPARE_MIN_SOURCES || argc - 2 > PX_COMPARE_MAX_SOURCES)
    {
      fprintf (stderr, "usage: parallax-cli compare-claims CLAIMS.json INPUT…\n");
      return PX_CLI_EXIT_USAGE;
    }
  claims = read_claims (argv[1], &error);
  if (claims == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return PX_CLI_EXIT_USAGE;
    }
  fetcher = _px_cli_new_fetcher ();
  for (int i = 2; i < argc; i++)
    {
      PxArticle *article = px_input_load_article (fetcher, argv[i], NULL, NULL, &error);

      if (article == NULL)
        {
          _px_cli_print_error ("%s", error->message);
          return PX_CLI_EXIT_FAILED;
        }
      g_ptr_array_add (articles, article);
    }
  comparison = _px_compare_with_claims ((PxArticle **) articles->pdata, articles->len, claims, &error);
  if (comparison == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return PX_CLI_EXIT_FAILED;
    }
  root = px_comparison_to_json (comparison);
  _px_cli_print_json_line (root);
  return PX_CLI_EXIT_OK;
}
