/* test-cli-load.c: parallax-cli extract and compare read their inputs with
 * the window's loader
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-source.h"
#include "px-test-server.h"
#include "px-test-timing.h"
#include "px-test-util.h"

#include <string.h>
#include <time.h>

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
  g_autoptr(GError) error = NULL;

  px_fetcher_set_timeout (fetcher, timeout);
  error = px_test_load_failing (source, fetcher);
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

/* `extract --format json` says how each input's bytes were read, in a
 * field added after the others ("charset": name, from, replaced), the
 * same the window's note and the library keep; `story show --format json`
 * says the same of each stored source.
 */
static void
test_extract_charset (void)
{
  static const struct
  {
    const char *path;
    const char *name;
    const char *from;
    int replaced;
  } cases[] = {
    { "/cp1251", "windows-1251", "header", 0 },
    { "/charset/rt-late-meta-cp1251", "windows-1251", "meta", 0 },
    { "/charset/bbc-undeclared-cp1252", "windows-1252", "bytes", 0 },
    { "/charset/bbc-header-latin1-meta-utf8?charset=ISO-8859-1", "utf-8", "bytes-over-label", 0 },
    { "/charset/reuters-utf8-damaged", "utf-8", "meta", 2 },
  };
  g_autofree char *dir = px_test_make_temp_dir ("px-cli-charset-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *story = px_test_run_cli (0, NULL, "story", "new", "--db", db, "Charsets", NULL);
  g_autofree char *shown = NULL;
  g_auto(GStrv) lines = NULL;

  g_strchomp (story);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = px_test_server_url (server, cases[i].path);
      g_autofree char *added = px_test_run_cli (0, NULL, "story", "add", "--db", db, story, url, NULL);
    }
  shown = px_test_run_cli (0, NULL, "story", "show", "--db", db, "--format", "json", story, NULL);
  lines = g_strsplit (g_strchomp (shown), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (cases));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = px_test_server_url (server, cases[i].path);
      g_autofree char *out = px_test_run_cli (0, NULL, "extract", "--format", "json", url, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *object;
      JsonObject *charset;
      g_autoptr(GList) members = NULL;

      g_test_message ("%s", cases[i].path);
      json_parser_load_from_data (parser, out, -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      /* the fields DESIGN.md fixes come first, as they were */
      members = json_object_get_members (object);
      g_assert_cmpstr (members->data, ==, "input");
      g_assert_cmpstr (g_list_last (members)->data, ==, "charset");
      g_assert_true (json_object_has_member (object, "text"));
      charset = json_object_get_object_member (object, "charset");
      g_assert_nonnull (charset);
      g_assert_cmpstr (json_object_get_string_member (charset, "name"), ==, cases[i].name);
      g_assert_cmpstr (json_object_get_string_member (charset, "from"), ==, cases[i].from);
      g_assert_cmpint (json_object_get_int_member (charset, "replaced"), ==, cases[i].replaced);

      /* the stored source, in its column */
      g_clear_object (&parser);
      parser = json_parser_new ();
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpint (json_object_get_int_member (object, "position"), ==, i);
      charset = json_object_get_object_member (object, "charset");
      g_assert_nonnull (charset);
      g_assert_cmpstr (json_object_get_string_member (charset, "name"), ==, cases[i].name);
      g_assert_cmpstr (json_object_get_string_member (charset, "from"), ==, cases[i].from);
      g_assert_cmpint (json_object_get_int_member (charset, "replaced"), ==, cases[i].replaced);
    }
}

static void
waited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *done = TRUE;
}

static gboolean
deadline_cb (gpointer user_data)
{
  gboolean *late = user_data;

  *late = TRUE;
  return G_SOURCE_REMOVE;
}

/* parallax-cli @args with standard input a pipe that is never written to
 * and stays open (a terminal nobody types into, an agent's shell); its
 * output once it has exited with @expected_status. @input, if not NULL,
 * is written to the pipe, which is then closed.
 */
static char *
run_cli_stdin_open (int                 expected_status,
                    const char         *input,
                    const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                                                       | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                                       | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) cli = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  gboolean done = FALSE, late = FALSE;
  guint deadline;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PARALLAX_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  cli = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  if (input != NULL)
    {
      g_output_stream_write_all (g_subprocess_get_stdin_pipe (cli), input, strlen (input), NULL, NULL, &error);
      g_assert_no_error (error);
      g_output_stream_close (g_subprocess_get_stdin_pipe (cli), NULL, &error);
      g_assert_no_error (error);
    }

  /* The output is read as it comes, so a full pipe never holds it up. */
  g_output_stream_splice_async (memory, g_subprocess_get_stdout_pipe (cli), G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_subprocess_wait_async (cli, NULL, waited_cb, &done);
  deadline = g_timeout_add_seconds (20 * PX_TEST_SLOWDOWN, deadline_cb, &late);
  while (!done && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!done)
    {
      g_subprocess_force_exit (cli);
      g_error ("parallax-cli %s was still running after %d s, with standard input open", args[0],
               20 * PX_TEST_SLOWDOWN);
    }
  g_source_remove (deadline);
  while (!g_output_stream_is_closed (memory))
    g_main_context_iteration (NULL, TRUE);

  out = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  g_assert_true (g_subprocess_get_if_exited (cli));
  g_assert_cmpint (g_subprocess_get_exit_status (cli), ==, expected_status);
  return g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
}

/* Files and addresses are read without ever waiting on standard input,
 * which only "-" reads (README: "INPUT is ... or - for text on standard
 * input").
 */
static void
test_stdin_left_alone (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-cli-load-XXXXXX");
  g_autofree char *a = g_build_filename (dir, "a.html", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *url = px_test_server_url (server, "/page");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_file_set_contents (a, px_test_article_html (), -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (b, PX_TEST_ARTICLE_SENTENCE " on Tuesday.\n", -1, &error);
  g_assert_no_error (error);

  out = run_cli_stdin_open (0, NULL, (const char *[]) { "extract", a, NULL });
  g_assert_nonnull (strstr (out, PX_TEST_ARTICLE_SENTENCE));
  g_clear_pointer (&out, g_free);
  out = run_cli_stdin_open (0, NULL, (const char *[]) { "compare", "--format", "text", a, b, url, NULL });
  g_assert_nonnull (strstr (out, "Claim 1: all sources"));
  g_clear_pointer (&out, g_free);
  /* Nothing to read: an error at once, not a wait for input. */
  g_free (run_cli_stdin_open (2, NULL, (const char *[]) { "extract", NULL }));
  g_free (run_cli_stdin_open (2, NULL, (const char *[]) { "compare", a, NULL }));

  /* "-" does read it, to its end. */
  out = run_cli_stdin_open (0, "The ferry will run every hour until the new bridge opens.\n",
                            (const char *[]) { "compare", "--format", "text", "-", a, NULL });
  g_assert_nonnull (strstr (out, "The ferry will run every hour"));
}

/* A seam for /cli-load/first-parse-in-threads: libxml2 2.9 reads the
 * clock (the seed of its dictionaries) while it sets up its globals, the
 * first time any parser is made. While slow_clock_calls is above zero, the
 * clock takes a tenth of a second, so that moment lasts long enough for
 * every loader thread to arrive in it, each run, not one run in a hundred.
 */
static gint slow_clock_calls;

time_t
time (time_t *out)
{
  time_t now = (time_t) (g_get_real_time () / G_USEC_PER_SEC);

  if (g_atomic_int_get (&slow_clock_calls) > 0 && g_atomic_int_add (&slow_clock_calls, -1) > 0)
    g_usleep (G_USEC_PER_SEC / 10);
  if (out != NULL)
    *out = now;
  return now;
}

/* The first pages a process reads, read side by side (as the CLI's
 * extract and compare and the window's columns do), are all read: none of
 * the loader's threads waits for ever on another's half-made parser state.
 * In a process of its own, where nothing was parsed before.
 */
static void
test_first_parse_in_threads (void)
{
  enum { N_PAGES = 4 };

  if (g_test_subprocess ())
    {
      g_autofree char *dir = px_test_make_temp_dir ("px-cli-load-XXXXXX");
      g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
      PxSource *sources[N_PAGES];
      GAsyncResult *results[N_PAGES] = { NULL };

      g_atomic_int_set (&slow_clock_calls, 2 * N_PAGES);
      for (guint i = 0; i < N_PAGES; i++)
        {
          g_autofree char *name = g_strdup_printf ("page-%u.html", i);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GError) error = NULL;

          g_file_set_contents (path, px_test_article_html (), -1, &error);
          g_assert_no_error (error);
          sources[i] = px_source_new_for_input (path);
        }
      for (guint i = 0; i < N_PAGES; i++)
        px_source_load_async (sources[i], NULL, 0, fetcher, NULL, loaded_cb, &results[i]);
      for (guint i = 0; i < N_PAGES; i++)
        {
          g_autoptr(GError) error = NULL;

          while (results[i] == NULL)
            g_main_context_iteration (NULL, TRUE);
          g_assert_true (px_source_load_finish (sources[i], results[i], NULL, NULL, &error));
          g_assert_no_error (error);
          g_assert_nonnull (strstr (px_source_get_article (sources[i])->text, PX_TEST_ARTICLE_SENTENCE));
          g_object_unref (results[i]);
          g_object_unref (sources[i]);
        }
      px_test_remove_temp_dirs ();
      return;
    }

  g_test_trap_subprocess (NULL, 10 * PX_TEST_SLOWDOWN * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The text report's count line says what a reader would write: "1 claim",
 * "1 difference", "no differences", never "1 differences".
 */
static void
test_count_line (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-cli-count-XXXXXX");
  g_autofree char *monday = g_build_filename (dir, "monday.txt", NULL);
  g_autofree char *tuesday = g_build_filename (dir, "tuesday.txt", NULL);
  g_autofree char *again = g_build_filename (dir, "again.txt", NULL);
  g_autofree char *out = NULL;

  g_assert_true (g_file_set_contents (monday, "The council approved the budget on Monday.\n", -1, NULL));
  g_assert_true (g_file_set_contents (tuesday, "The council approved the budget on Tuesday.\n", -1, NULL));
  g_assert_true (g_file_set_contents (again, "The council approved the budget on Monday.\n", -1, NULL));

  out = px_test_run_cli (0, NULL, "compare", "--format", "text", monday, tuesday, NULL);
  g_assert_nonnull (strstr (out, "\n1 claim, 1 carried by more than one source, 1 difference (with confidence"));
  g_clear_pointer (&out, g_free);

  out = px_test_run_cli (0, NULL, "compare", "--format", "text", monday, again, NULL);
  g_assert_nonnull (strstr (out, "\n1 claim, 1 carried by more than one source, no differences.\n"));
  px_test_remove_temp_dirs ();
}

/* What the window's column says when @input fails to load. */
static char *
column_message (const char *input)
{
  g_autoptr(PxSource) source = px_source_new_for_input (input);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;

  px_fetcher_set_timeout (fetcher, TIMEOUT);
  error = px_test_load_failing (source, fetcher);
  return px_source_describe_failure (source);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* compare --keep-going compares the inputs that loaded and names each
 * that did not, in a field added to the JSON ("failed": its index, the
 * input as given, the column's words, the failure's kind), with exit
 * status 4; without it, one input that fails ends the command as it
 * always did (status 1, nothing on standard output).
 */
static void
test_keep_going (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-cli-keep-going-XXXXXX");
  g_autofree char *a = g_build_filename (dir, "a.html", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *silent = px_test_server_url (server, "/silent");
  const struct
  {
    const char *input;
    const char *kind;
  } broken[] = { { empty, "empty" }, { binary, "binary" }, { silent, NULL } };

  g_assert_true (g_file_set_contents (a, px_test_article_html (), -1, NULL));
  g_assert_true (g_file_set_contents (b, PX_TEST_ARTICLE_SENTENCE " on Tuesday.\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (binary, PX_TEST_PDF_BYTES, sizeof PX_TEST_PDF_BYTES - 1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *expected = column_message (broken[i].input);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *kept_err = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root;
      JsonArray *sources;
      JsonArray *claims;
      JsonArray *failed;
      JsonObject *failure;
      gboolean shared = FALSE;

      g_test_message ("%s: %s", broken[i].input, expected);
      g_assert_nonnull (strstr (expected, broken[i].input));

      /* Without the option: as it always was. */
      out = px_test_run_cli (1, &err, "compare", a, broken[i].input, b, NULL);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "parallax-cli: "));
      g_assert_nonnull (strstr (err, broken[i].input));
      g_clear_pointer (&out, g_free);

      out = px_test_run_cli (4, &kept_err, "compare", "--keep-going", a, broken[i].input, b, NULL);
      /* the same message on standard error */
      g_assert_cmpstr (kept_err, ==, err);
      root = parse_object (parser, out);
      sources = json_object_get_array_member (root, "sources");
      g_assert_cmpuint (json_array_get_length (sources), ==, 2);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sources, 0), "input"), ==, a);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sources, 1), "input"), ==, b);
      /* the other two compared: their shared sentence is one claim */
      claims = json_object_get_array_member (root, "claims");
      for (guint c = 0; c < json_array_get_length (claims); c++)
        shared |= json_array_get_length (json_object_get_array_member (json_array_get_object_element (claims, c),
                                                                        "members")) == 2;
      g_assert_true (shared);

      failed = json_object_get_array_member (root, "failed");
      g_assert_nonnull (failed);
      g_assert_cmpuint (json_array_get_length (failed), ==, 1);
      failure = json_array_get_object_element (failed, 0);
      g_assert_cmpint (json_object_get_int_member (failure, "index"), ==, 1);
      g_assert_cmpstr (json_object_get_string_member (failure, "input"), ==, broken[i].input);
      g_assert_cmpstr (json_object_get_string_member (failure, "error"), ==, expected);
      g_assert_cmpstr (json_object_get_string_member_with_default (failure, "kind", NULL), ==, broken[i].kind);
      g_assert_true (json_object_has_member (failure, "kind"));
    }

  /* The text report says what was left out, and why. */
  {
    g_autofree char *expected = column_message (empty);
    g_autofree char *line = g_strdup_printf ("\nNot compared\n  %s\n", expected);
    g_autofree char *out = px_test_run_cli (4, NULL, "compare", "--keep-going", "--format", "text", a, empty, b,
                                            NULL);

    g_assert_nonnull (strstr (out, line));
    g_assert_nonnull (strstr (out, "Claim 1: all sources"));
  }

  /* With nothing failing, the option only adds "failed": []. */
  {
    g_autofree char *plain = px_test_run_cli (0, NULL, "compare", a, b, NULL);
    g_autofree char *kept = px_test_run_cli (0, NULL, "compare", "--keep-going", a, b, NULL);
    g_autofree char *expected = NULL;

    g_assert_true (g_str_has_suffix (plain, "}\n"));
    expected = g_strdup_printf ("%.*s,\"failed\":[]}\n", (int) strlen (plain) - 2, plain);
    g_assert_cmpstr (kept, ==, expected);
  }

  /* One input left is no comparison: status 1, as without the option. */
  {
    g_autofree char *err = NULL;
    g_autofree char *out = px_test_run_cli (1, &err, "compare", "--keep-going", a, empty, NULL);

    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, empty));
  }
  px_test_remove_temp_dirs ();
}

/* A failed input whose name would drive a terminal (an escape sequence, a
 * right-to-left override) comes out in the JSON as given, with those
 * characters written as \u escapes, and harmless on standard error.
 */
static void
test_keep_going_hostile_name (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-cli-keep-going-XXXXXX");
  g_autofree char *a = g_build_filename (dir, "a.html", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *evil = g_build_filename (dir, "\033[2J\033]0;owned\007\u202etxt.exe", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  JsonObject *failure;

  g_assert_true (g_file_set_contents (a, px_test_article_html (), -1, NULL));
  g_assert_true (g_file_set_contents (b, PX_TEST_ARTICLE_SENTENCE " on Tuesday.\n", -1, NULL));
  g_assert_true (g_file_set_contents (evil, "", 0, NULL));

  out = px_test_run_cli (4, &err, "compare", "--keep-going", a, evil, b, NULL);
  g_assert_null (strchr (out, '\033'));
  g_assert_null (strchr (out, '\007'));
  g_assert_null (strstr (out, "\u202e"));
  g_assert_null (strchr (err, '\033'));
  g_assert_null (strstr (err, "\u202e"));
  failure = json_array_get_object_element (json_object_get_array_member (parse_object (parser, out), "failed"), 0);
  g_assert_cmpstr (json_object_get_string_member (failure, "input"), ==, evil);
  g_assert_nonnull (strstr (json_object_get_string_member (failure, "error"), evil));
  px_test_remove_temp_dirs ();
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
  g_test_add_func ("/cli-load/extract-charset", test_extract_charset);
  g_test_add_func ("/cli-load/first-parse-in-threads", test_first_parse_in_threads);
  g_test_add_func ("/cli-load/stdin-left-alone", test_stdin_left_alone);
  g_test_add_func ("/cli-load/count-line", test_count_line);
  g_test_add_func ("/cli-load/keep-going", test_keep_going);
  g_test_add_func ("/cli-load/keep-going-hostile-name", test_keep_going_hostile_name);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_server_free);
  px_test_remove_temp_dirs ();
  return status;
}
