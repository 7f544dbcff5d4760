/* test-cli-load.c: parallax-cli extract and compare read their inputs with
 * the window's loader
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-source.h"
#include "px-test-server.h"
#include "px-test-util.h"

#include <string.h>

/* Seconds a fetch may take, in the window's loader and the CLI alike. */
#define TIMEOUT 3

static PxTestServer *server;

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* What a column of the window says when @url fails to load. */
static char *
window_message (const char *url,
                guint       timeout)
{
  g_autoptr(PxSource) source = px_source_new_for_input (url);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  px_fetcher_set_timeout (fetcher, timeout);
  px_source_load_async (source, NULL, 0, fetcher, NULL, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (px_source_load_finish (source, result, NULL, NULL, &error));
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

/* A page that is not one and a server that never answers fail with the
 * words the window's column shows, naming the input.
 */
static void
test_same_message (void)
{
  const char *paths[] = { "/image", "/silent" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = px_test_server_url (server, paths[i]);
      g_autofree char *page = px_test_server_url (server, "/page");
      g_autofree char *expected = window_message (url, TIMEOUT);
      g_autofree char *line = g_strdup_printf ("parallax-cli: %s\n", expected);
      g_autofree char *err = NULL;
      g_autofree char *out = px_test_run_cli (1, &err, "extract", url, NULL);

      g_test_message ("%s: %s", paths[i], expected);
      g_assert_nonnull (strstr (expected, url));
      g_assert_cmpstr (err, ==, line);
      g_clear_pointer (&err, g_free);
      g_free (px_test_run_cli (1, &err, "compare", page, url, NULL));
      g_assert_cmpstr (err, ==, line);
    }
}

/* The loader fetches addresses side by side: two pages the server answers
 * only once both are asked for. Fetched one after the other, the first
 * would wait out the deadline.
 */
static void
test_side_by_side (void)
{
  g_autofree char *a = px_test_server_url (server, "/together-a");
  g_autofree char *b = px_test_server_url (server, "/together-b");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  out = px_test_run_cli (0, NULL, "extract", a, b, NULL);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  /* In the order given, whichever came first. */
  g_assert_true (g_str_has_prefix (lines[0], "{\"input\":\""));
  g_assert_nonnull (strstr (lines[0], a));
  g_assert_nonnull (strstr (lines[1], b));
  g_assert_nonnull (strstr (lines[1], PX_TEST_ARTICLE_SENTENCE));
  g_clear_pointer (&out, g_free);

  out = px_test_run_cli (0, NULL, "compare", "--format", "text", a, b, NULL);
  g_assert_nonnull (strstr (out, "Claim 1: all sources"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Before any thread: the CLI's deadline. */
  g_setenv ("PARALLAX_FETCH_TIMEOUT", G_STRINGIFY (TIMEOUT), TRUE);
  server = px_test_server_new (NULL);

  g_test_add_func ("/cli-load/same-message", test_same_message);
  g_test_add_func ("/cli-load/side-by-side", test_side_by_side);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_server_free);
  return status;
}
