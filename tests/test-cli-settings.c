/* test-cli-settings.c: every setting and option parallax-cli documents
 * refuses a bad value with one message naming it; a file or a page that
 * is binary data is named by what it is
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-source.h"
#include "px-test-server.h"
#include "px-test-util.h"

#include <string.h>

#include <gio/gio.h>

static PxTestServer *server;

/* @err is one line, of what a user may read: valid UTF-8, no control
 * character but its line end, saying each of @needles.
 */
static void
assert_one_clear_line (const char         *err,
                       const char * const *needles)
{
  g_assert_true (g_utf8_validate (err, -1, NULL));
  g_assert_true (g_str_has_prefix (err, "parallax-cli"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  for (const char *p = err; *p != '\0'; p++)
    g_assert_true ((guchar) *p >= 0x20 || *p == '\n');
  g_assert_null (strstr (err, "\xc2\x9b"));
  for (guint i = 0; needles[i] != NULL; i++)
    {
      if (strstr (err, needles[i]) == NULL)
        g_error ("“%s” does not say “%s”", err, needles[i]);
    }
}

/* A story with one source, for commands that need a library. */
static char *
make_library (const char *folder)
{
  g_autofree char *db = g_build_filename (folder, "desk.db", NULL);
  g_autofree char *page = g_build_filename (folder, "ferry.txt", NULL);

  g_assert_true (g_file_set_contents (page,
                                      "Ferry service resumes after storm\n\n"
                                      "The harbour authority said on Tuesday that the morning ferry would run again "
                                      "from Thursday, after the storm damaged the north pier.\n",
                                      -1, NULL));
  g_free (px_test_run_cli (0, NULL, "story", "new", "--db", db, "Ferry", NULL));
  g_free (px_test_run_cli (0, NULL, "story", "add", "--db", db, "1", page, NULL));
  return g_steal_pointer (&db);
}

/* Each setting of the README's table, given a value it cannot take,
 * stops every command (status 2) before it does anything, with one line
 * that names the variable, quotes the value, made safe, and says what it
 * may be; unset, empty or in range, it is taken.
 */
static void
test_environment (void)
{
  static const struct
  {
    const char *name;
    const char *value;
    const char *shown;    /* as the message quotes it */
    const char *allowed;  /* what the message says it may be */
  } bad[] = {
    { "PARALLAX_FETCH_MAX_BYTES", "0", "“0”", "a whole number of bytes above 0" },
    { "PARALLAX_FETCH_MAX_BYTES", "abc", "“abc”", "a whole number of bytes above 0" },
    { "PARALLAX_FETCH_MAX_BYTES", "-1", "“-1”", "a whole number of bytes above 0" },
    { "PARALLAX_FETCH_MAX_BYTES", "20 MiB", "“20 MiB”", "(20 MiB)" },
    { "PARALLAX_FETCH_MAX_BYTES", "99999999999999999999", "“99999999999999999999”", "above 0" },
    { "PARALLAX_FETCH_TIMEOUT", "0", "“0”", "from 1 to 86400" },
    { "PARALLAX_FETCH_TIMEOUT", "86401", "“86401”", "from 1 to 86400" },
    { "PARALLAX_FETCH_TIMEOUT", "1.5", "“1.5”", "a whole number of seconds" },
    { "PARALLAX_FETCH_TIMEOUT", " 30", "“ 30”", "a whole number of seconds" },
    { "PARALLAX_THREADS", "0", "“0”", "from 1 to 64" },
    { "PARALLAX_THREADS", "65", "“65”", "from 1 to 64" },
    { "PARALLAX_THREADS", "-1", "“-1”", "from 1 to 64" },
    { "PARALLAX_THREADS", "x", "“x”", "from 1 to 64" },
    { "PARALLAX_THREADS", "+4", "“+4”", "from 1 to 64" },
    { "PARALLAX_DIFFER_FEATURES", "yes", "“yes”", "must be 1" },
    { "PARALLAX_DIFFER_FEATURES", "2", "“2”", "or 0" },
    { "PARALLAX_SIMILARITY_MODEL", "/nonexistent/similarity.txt", "“/nonexistent/similarity.txt”",
      "a file that can be read" },
    { "PARALLAX_DIFFER_MODEL", "/", "“/”", "a file that can be read" },
    /* a terminal's escape, a C1 control and a broken byte are not printed */
    { "PARALLAX_THREADS", "\x1b]0;owned\x07" "4\xc2\x9b\xff", "“4\xef\xbf\xbd”", "from 1 to 64" },
  };
  g_autofree char *folder = px_test_make_temp_dir ("cli-settings-XXXXXX");
  g_autofree char *db = make_library (folder);
  g_autofree char *page = g_build_filename (folder, "ferry.txt", NULL);
  const char *commands[][6] = {
    { "story", "list", "--db", db, NULL },
    { "extract", page, NULL },
    { "compare", page, page, NULL },
    { "search", "--db", db, "ferry", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
      {
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        const char *needles[] = { bad[i].name, bad[i].shown, "must be", bad[i].allowed, NULL };

        g_setenv (bad[i].name, bad[i].value, TRUE);
        g_assert_cmpint (px_test_spawn_cli (commands[c], &out, &err), ==, 2);
        g_unsetenv (bad[i].name);
        g_test_message ("%s", err);
        g_assert_cmpstr (out, ==, "");
        assert_one_clear_line (err, needles);
      }

  {
    static const struct { const char *name; const char *value; } good[] = {
      { "PARALLAX_FETCH_MAX_BYTES", "1048576" }, { "PARALLAX_FETCH_MAX_BYTES", "" },
      { "PARALLAX_FETCH_TIMEOUT", "1" }, { "PARALLAX_FETCH_TIMEOUT", "86400" },
      { "PARALLAX_THREADS", "1" }, { "PARALLAX_THREADS", "64" }, { "PARALLAX_THREADS", "" },
      { "PARALLAX_DIFFER_FEATURES", "0" }, { "PARALLAX_DIFFER_FEATURES", "1" },
      { "PARALLAX_SIMILARITY_MODEL", "" }, { "PARALLAX_DIFFER_MODEL", "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (good); i++)
      {
        g_setenv (good[i].name, good[i].value, TRUE);
        g_free (px_test_run_cli (0, NULL, "compare", page, page, NULL));
        g_unsetenv (good[i].name);
      }
  }

  /* the shipped weights named by path are read and compare alike */
  {
    const char *root = g_getenv ("PARALLAX_SOURCE_ROOT");
    g_autofree char *model = g_build_filename (root, "resources", "lexicon", "similarity.txt", NULL);
    g_autofree char *shipped = px_test_run_cli (0, NULL, "compare", page, page, NULL);
    g_autofree char *named = NULL;

    g_assert_nonnull (root);
    g_setenv ("PARALLAX_SIMILARITY_MODEL", model, TRUE);
    named = px_test_run_cli (0, NULL, "compare", page, page, NULL);
    g_unsetenv ("PARALLAX_SIMILARITY_MODEL");
    g_assert_cmpstr (named, ==, shipped);
  }
}

/* PARALLAX_LOCALEDIR names a folder: a mistyped one is said, once, and
 * the command goes on with the installed translations.
 */
static void
test_localedir (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("cli-localedir-XXXXXX");
  g_autofree char *db = make_library (folder);
  g_autofree char *file = g_build_filename (folder, "catalogs", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *shown = g_strdup_printf ("PARALLAX_LOCALEDIR is “%s”", file);
  const char *needles[] = { shown, "not a folder", "installed translations", NULL };

  g_assert_true (g_file_set_contents (file, "", 0, NULL));
  g_setenv ("PARALLAX_LOCALEDIR", file, TRUE);
  out = px_test_run_cli (0, &err, "story", "list", "--db", db, NULL);
  g_unsetenv ("PARALLAX_LOCALEDIR");
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (out, "Ferry"));
  assert_one_clear_line (err, needles);
  g_assert_true (g_str_has_prefix (err, "parallax-cli: PARALLAX_LOCALEDIR"));
}

/* PARALLAX_DIFFER_FEATURES=0 means none, as a user reads it (it had meant
 * every difference carries them: the variable was only tested for being
 * set).
 */
static void
test_differ_features_switch (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("cli-features-XXXXXX");
  g_autofree char *first = g_build_filename (folder, "first.txt", NULL);
  g_autofree char *second = g_build_filename (folder, "second.txt", NULL);
  const char *values[] = { "1", "0", "" };
  const gboolean carried[] = { TRUE, FALSE, FALSE };

  g_assert_true (g_file_set_contents (first, "Pier closes\n\nThe council said 12 boats were damaged in the storm.\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (second, "Pier shut\n\nThe council said 40 boats were damaged in the storm.\n",
                                      -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *out = NULL;

      g_setenv ("PARALLAX_DIFFER_FEATURES", values[i], TRUE);
      out = px_test_run_cli (0, NULL, "compare", first, second, NULL);
      g_unsetenv ("PARALLAX_DIFFER_FEATURES");
      g_assert_nonnull (strstr (out, "\"kind\":\"number\""));
      g_assert_true ((strstr (out, "\"features\"") != NULL) == carried[i]);
    }
}

/* The options, given a value they cannot take: one line each, naming
 * it, with status 2 (a library that is not there: 1).
 */
static void
test_options (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("cli-options-XXXXXX");
  g_autofree char *db = make_library (folder);
  g_autofree char *page = g_build_filename (folder, "ferry.txt", NULL);
  static const char escape[] = "\x1b[2J\x1b[31mred";
  const struct
  {
    int status;
    const char *args[12];
    const char *says[3];
  } cases[] = {
    { 2, { "search", "--db", db, "--limit", "abc", "ferry" }, { "--limit is “abc”", "1 or more" } },
    { 2, { "search", "--db", db, "--limit", "0", "ferry" }, { "--limit is “0”", "1 or more" } },
    { 2, { "search", "--db", db, "--limit", "99999999999", "ferry" }, { "--limit is “99999999999”" } },
    { 2, { "search", "--db", db, "--limit", escape, "ferry" }, { "--limit is “red”" } },
    { 2, { "extract", "--format", "xml", page }, { "unknown format “xml”", "json|text" } },
    { 2, { "extract", "--format", escape, page }, { "unknown format “red”" } },
    { 2, { "compare", "--format", "yaml", page, page }, { "unknown format “yaml”", "json|text|markdown" } },
    { 2, { "story", "show", "--db", db, "x" }, { "“x” is not a story number", "1 or more" } },
    { 2, { "story", "show", "--db", db, escape }, { "“red” is not a story number" } },
    { 2, { "story", "refetch", "--db", db, "--source", "0", "1" }, { "“0” is not a source number" } },
    { 2, { "history", "--db", db, "1", "--source", "1", "--from", "0" }, { "“0” is not a version number" } },
    { 2, { "annotate", "--db", db, "1", "--source", "1", "--quote", "ferry", "--verdict", "maybe" },
      { "unknown verdict “maybe”", "needs-context" } },
    { 2, { "annotate", "--db", db, "1", "--source", "1", "--quote", "ferry", "--verdict", escape },
      { "unknown verdict “red”" } },
    { 2, { "export", "--db", db, "--story", "1", "--format", "pdf" }, { "unknown format “pdf”" } },
    { 2, { "export", "--db", db, "--story", "1", "--format", "w3c", "--author-url", "javascript:alert(1)" },
      { "--author-url is “javascript:alert(1)”", "http:// or https://" } },
    { 2, { "export", "--db", db, "--story", "1", "--format", "w3c", "--author-url", "file:///etc/passwd" },
      { "--author-url is “file:///etc/passwd”" } },
    { 1, { "story", "list", "--db", "" }, { "an empty name is not a library", "postgresql://" } },
    { 1, { "story", "copy", "--db", db, "--to", "", "1" }, { "an empty name is not a library" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *needles[4] = { cases[i].says[0], cases[i].says[1], cases[i].says[2], NULL };
      int status = px_test_spawn_cli (cases[i].args, &out, &err);

      g_test_message ("%s: %s", cases[i].args[0], err);
      g_assert_cmpint (status, ==, cases[i].status);
      assert_one_clear_line (err, needles);
    }

  /* and what they may be is taken */
  g_free (px_test_run_cli (0, NULL, "search", "--db", db, "--limit", "5", "ferry", NULL));
  g_free (px_test_run_cli (0, NULL, "export", "--db", db, "--story", "1", "--format", "w3c",
                           "--author-url", "https://desk.example.org/checks", NULL));
}

/* The usage lines of @help ("  parallax-cli CMD ...", a line that goes on
 * indented under it joined to it), without "parallax-cli ". */
static GPtrArray *
usage_lines (const char *help)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) rows = g_strsplit (help, "\n", -1);
  gboolean in_usage = FALSE;

  for (guint i = 0; rows[i] != NULL; i++)
    {
      const char *row = rows[i];

      if (g_str_has_prefix (row, "  parallax-cli "))
        {
          g_ptr_array_add (lines, g_strdup (row + strlen ("  parallax-cli ")));
          in_usage = TRUE;
        }
      else if (in_usage && g_str_has_prefix (row, "    ") && lines->len > 0)
        {
          char *joined = g_strconcat (g_ptr_array_index (lines, lines->len - 1), " ", g_strstrip (g_strdup (row)), NULL);

          g_free (g_ptr_array_index (lines, lines->len - 1));
          g_ptr_array_index (lines, lines->len - 1) = joined;
        }
      else
        in_usage = FALSE;
    }
  return lines;
}

/* The long options ("--db") of @text: every one where @options_only is
 * FALSE, else those of its "Application Options:" list. */
static GPtrArray *
long_options (const char *text,
              gboolean    options_only)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *p = options_only ? strstr (text, "Application Options:") : text;

  if (p == NULL)
    return names;
  while ((p = strstr (p, "--")) != NULL)
    {
      const char *end = p + 2;

      while (g_ascii_isalnum (*end) || *end == '-')
        end++;
      if (end > p + 2)
        {
          g_autofree char *name = g_strndup (p, end - p);

          if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
            g_ptr_array_add (names, g_steal_pointer (&name));
        }
      p = end;
    }
  return names;
}

/* `parallax-cli --help` and `story --help` name every option each
 * command takes, and no other: the one line a user reads first had left
 * out annotate's --prefix and --suffix and export's --author, --author-url
 * and --organization. --replace-backup, which every command with --db
 * takes, is said once under the lines. */
static void
test_usage_names_options (void)
{
  g_autofree char *top = px_test_run_cli (0, NULL, "--help", NULL);
  g_autofree char *story = px_test_run_cli (0, NULL, "story", "--help", NULL);
  g_autoptr(GPtrArray) lines = usage_lines (top);
  g_autoptr(GPtrArray) story_lines = usage_lines (story);
  guint checked = 0;

  g_assert_nonnull (strstr (top, "--replace-backup"));
  g_ptr_array_extend_and_steal (lines, g_steal_pointer (&story_lines));
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_auto(GStrv) words = g_strsplit (line, " ", 3);
      gboolean sub = g_str_equal (words[0], "story");
      const char *args[] = { words[0], sub ? words[1] : "--help", sub ? "--help" : NULL, NULL };
      g_autofree char *help = NULL;
      g_autoptr(GPtrArray) taken = NULL;
      g_autoptr(GPtrArray) named = NULL;

      /* the line that sends the reader on to "story --help" */
      if (sub && strchr (words[1], '|') != NULL)
        continue;
      help = px_test_run_cli (0, NULL, args[0], args[1], args[2], NULL);
      taken = long_options (help, TRUE);
      named = long_options (line, FALSE);
      g_test_message ("%s: %u options, %u named", line, taken->len, named->len);
      g_assert_cmpuint (taken->len, >, 0);
      for (guint j = 0; j < taken->len; j++)
        {
          const char *option = g_ptr_array_index (taken, j);

          if (g_str_equal (option, "--help") || g_str_equal (option, "--replace-backup"))
            continue;
          if (!g_ptr_array_find_with_equal_func (named, option, g_str_equal, NULL))
            g_error ("the usage “%s” leaves out %s", line, option);
        }
      for (guint j = 0; j < named->len; j++)
        if (!g_ptr_array_find_with_equal_func (taken, g_ptr_array_index (named, j), g_str_equal, NULL))
          g_error ("the usage “%s” names %s, which it does not take", line, (char *) g_ptr_array_index (named, j));
      checked++;
    }
  /* eight commands, story's six */
  g_assert_cmpuint (checked, ==, 13);
}

/* What a column of the window says when @input fails to load. */
static char *
window_message (const char *input)
{
  g_autoptr(PxSource) source = px_source_new_for_input (input);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = px_test_load_failing (source, fetcher);

  return px_source_describe_failure (source);
}

/* A file that is binary data, whatever its name says, is named by what it
 * is in the system's words ("PDF document"), and so is a page a server
 * sends as text/html that is not one: the same words from extract, from
 * story add and in the window's column. A name only narrows down what the
 * bytes are (a Zip archive named .docx is a Word document); bytes nothing
 * names are "binary data".
 */
static void
test_binary_named (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89 };
  static const guint8 jpeg[] = { 0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 };
  static const guint8 gzip[] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c, 0x4a, 6, 0, 0xc2, 0x41, 0x24,
                                 0x35, 3, 0, 0, 0 };
  /* a Zip archive's first entry, as a word processor writes it */
  static const guint8 zip[] = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, 19, 0, 0, 0, '[', 'C', 'o', 'n', 't', 'e', 'n', 't', '_', 'T', 'y', 'p',
                                'e', 's', ']', '.', 'x', 'm', 'l' };
  static const guint8 ole[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 3, 0, 0xfe, 0xff, 9, 0 };
  static const guint8 noise[] = { 0x13, 0x80, 0x02, 0xfe, 0x11, 0x07, 0x9c, 0x01, 0x1e, 0x05, 0xaa, 0x0f,
                                  0x12, 0x04, 0x8d, 0x18, 0x03, 0x16, 0x99, 0x1a };
  const struct
  {
    const char *name;
    const guint8 *bytes;
    gsize len;
    const char *type;   /* what the message names, NULL: "binary data" */
  } files[] = {
    { "council-report.html", (const guint8 *) PX_TEST_PDF_BYTES, strlen (PX_TEST_PDF_BYTES), "application/pdf" },
    { "budget.txt", (const guint8 *) PX_TEST_PDF_BYTES, strlen (PX_TEST_PDF_BYTES), "application/pdf" },
    { "harbour-photo.html", png, sizeof png, "image/png" },
    { "pier.htm", jpeg, sizeof jpeg, "image/jpeg" },
    { "archive.txt", gzip, sizeof gzip, "application/gzip" },
    { "statement.html", zip, sizeof zip, "application/zip" },
    { "statement.docx", zip, sizeof zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    { "minutes.doc", ole, sizeof ole, "application/msword" },
    { "minutes.html", ole, sizeof ole, "application/x-ole-storage" },
    { "noise.html", noise, sizeof noise, NULL },
  };
  g_autofree char *folder = px_test_make_temp_dir ("cli-binary-XXXXXX");
  g_autofree char *db = make_library (folder);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i].name, NULL);
      g_autofree char *kind = files[i].type != NULL ? g_content_type_get_description (files[i].type) : NULL;
      g_autofree char *column = NULL;
      g_autofree char *line = NULL;
      g_autofree char *err = NULL;

      g_assert_true (g_file_set_contents (path, (const char *) files[i].bytes, files[i].len, NULL));
      column = window_message (path);
      line = g_strdup_printf ("parallax-cli: %s\n", column);
      g_test_message ("%s", column);
      if (kind != NULL)
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", kind);
          const char *needles[] = { path, quoted, "not a web page or text", "Parallax reads only web pages and plain text",
                                    NULL };

          assert_one_clear_line (line, needles);
        }
      else
        g_assert_nonnull (strstr (column, "is binary data, not a web page or text"));

      g_free (px_test_run_cli (1, &err, "extract", path, NULL));
      g_assert_cmpstr (err, ==, line);
      g_clear_pointer (&err, g_free);
      g_free (px_test_run_cli (1, &err, "story", "add", "--db", db, "1", path, NULL));
      g_assert_cmpstr (err, ==, line);
    }

  /* a server's PDF, said to be one or said to be a page */
  {
    g_autofree char *declared = px_test_server_url (server, "/report.pdf");
    g_autofree char *lying = px_test_server_url (server, "/pdf-as-page");
    g_autofree char *pdf = g_content_type_get_description ("application/pdf");
    g_autofree char *said = g_strdup_printf ("a file of the type “%s” (application/pdf)", pdf);
    g_autofree char *named = g_strdup_printf ("a file of the type “%s”, not a web page or text", pdf);
    const char *urls[] = { declared, lying };
    const char *says[] = { said, named };

    for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
      {
        g_autofree char *column = window_message (urls[i]);
        g_autofree char *line = g_strdup_printf ("parallax-cli: %s\n", column);
        g_autofree char *err = NULL;
        const char *needles[] = { urls[i], says[i], "Parallax reads only web pages and plain text", NULL };

        g_test_message ("%s", column);
        assert_one_clear_line (line, needles);
        g_free (px_test_run_cli (1, &err, "extract", urls[i], NULL));
        g_assert_cmpstr (err, ==, line);
      }
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* the settings' messages are checked in English */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("PARALLAX_FETCH_TIMEOUT");
  g_unsetenv ("PARALLAX_FETCH_MAX_BYTES");
  g_unsetenv ("PARALLAX_THREADS");
  g_unsetenv ("PARALLAX_DIFFER_FEATURES");
  server = px_test_server_new (NULL);

  g_test_add_func ("/cli-settings/environment", test_environment);
  g_test_add_func ("/cli-settings/localedir", test_localedir);
  g_test_add_func ("/cli-settings/differ-features-switch", test_differ_features_switch);
  g_test_add_func ("/cli-settings/options", test_options);
  g_test_add_func ("/cli-settings/usage-names-options", test_usage_names_options);
  g_test_add_func ("/cli-settings/binary-named", test_binary_named);

  status = g_test_run ();
  px_test_server_free (server);
  px_test_remove_temp_dirs ();
  return status;
}
