/* test-bad-input.c: parallax-cli extract against hostile inputs
 *
 * Every input runs in a child parallax-cli with its address space capped,
 * so a blow-up shows as a failed allocation or a crash, never as a machine
 * that swaps. Each must end with the exit status decided below, a message
 * that names the input and the reason, within the deadline, and no signal.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-server.h"
#include "px-test-timing.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* AddressSanitizer reserves terabytes of address space for its shadow
 * memory and doubles the resident size, so under it (PX_TEST_ASAN) the cap
 * is left off and the peak is not judged.
 */

#define CHILD_ADDRESS_SPACE ((rlim_t) 3 << 29) /* 1.5 GiB */
#define CHILD_MAX_RSS_KB    (512 * 1024)
#define FETCH_DEADLINE      3                  /* PARALLAX_FETCH_TIMEOUT for the child */
#define HARD_LIMIT_SECONDS  (30 * PX_TEST_SLOWDOWN) /* a child still running then has hung */

static PxTestServer *server;
static char *workdir;

typedef struct
{
  const char *name;
  const char *input;   /* a file name in workdir, or a path on the server ("/…") */
  int exit_status;
  const char *reason;  /* in stderr and in the JSON "error" (failures), or in "text" (successes) */
} BadInput;

/* Success is the right outcome for three of them, because each still holds
 * a readable article and refusing it would lose a reader's page:
 *  - invalid UTF-8: the broken bytes become U+FFFD, the rest is read;
 *  - 100,000 nested elements: the whole tree is read (the extractor walks it
 *    without recursion) and the article before the nesting is extracted;
 *  - a 5 MB attribute (an inline image): the attribute is ignored.
 */
static const BadInput cases[] = {
  { "empty-file", "empty.html", 1, "empty" },
  { "binary-named-html", "binary.html", 1, "binary" },
  { "random-bytes-named-html", "random.html", 1, "binary" },
  { "invalid-utf8", "invalid-utf8.html", 0, "broken \xef\xbf\xbd bytes" },
  { "nested-100000", "nested.html", 0, "nine votes to four" },
  { "page-30mb", "big.html", 1, "larger than the limit of 20.0 MiB" },
  { "attribute-5mb", "attribute.html", 0, "nine votes to four" },
  { "nul-in-txt", "nul.txt", 1, "NUL bytes" },
  { "directory", "folder", 1, "is a folder" },
  { "missing-file", "missing.html", 1, "no such file" },
  { "closed-port", NULL, 1, "refused the connection" },
  { "redirect-loop", "/loop", 1, "redirects in a loop" },
  { "redirect-to-file", "/to-file", 1, "redirected to file:///etc/passwd" },
  { "one-byte-a-second", "/slow", 1, "did not send the whole page within 3 seconds" },
  /* a header, part of the body, then silence: a stall, as the window says it */
  { "half-then-silence", "/stall", 1, "the server stopped sending the page for 3 seconds" },
  { "gzip-bomb", "/bomb", 1, "larger than the limit of 20.0 MiB" },
  { "endless-body", "/endless", 1, "larger than the limit of 20.0 MiB" },
  { "image-png", "/image", 1, "the server sent a file of the type “PNG image” (image/png)" },
  { "http-404", "/missing", 1, "404 Not Found" },
  { "page-30mb-served", "/big", 1, "more than the limit of 20.0 MiB" },
};

typedef struct
{
  int status;         /* exit status, or -1 when killed by a signal */
  int signal;
  char *out;
  char *err;
  gint64 usec;
  long max_rss_kb;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
limit_child_cb (gpointer user_data)
{
  struct rlimit as = { CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE };
  struct rlimit core = { 0, 0 };

  if (!PX_TEST_ASAN)
    setrlimit (RLIMIT_AS, &as);
  setrlimit (RLIMIT_CORE, &core);
}

static int
open_capture (const char *name)
{
  g_autofree char *path = g_build_filename (workdir, name, NULL);
  int fd = open (path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  return fd;
}

static char *
read_capture (int fd)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  lseek (fd, 0, SEEK_SET);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Runs parallax-cli extract on @inputs, measuring its time and peak memory. */
static void
run_cli (const char * const *inputs,
         Run                *run)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *deadline = g_strdup_printf ("%d", FETCH_DEADLINE);
  int out_fd = open_capture ("stdout");
  int err_fd = open_capture ("stderr");
  gint64 start = g_get_monotonic_time ();
  struct rusage usage = { 0 };
  GPid pid = 0;
  int status = 0;
  pid_t done = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("PARALLAX_CLI"));
  g_ptr_array_add (argv, "extract");
  for (guint i = 0; inputs[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) inputs[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_setenv (envp, "PARALLAX_FETCH_TIMEOUT", deadline, TRUE);
  envp = g_environ_unsetenv (envp, "PARALLAX_FETCH_MAX_BYTES");
  /* The messages are checked in English, whatever the machine's language. */
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_assert_nonnull (argv->pdata[0]);
  g_spawn_async_with_pipes_and_fds (workdir, (const char * const *) argv->pdata, (const char * const *) envp,
                                    G_SPAWN_DO_NOT_REAP_CHILD, limit_child_cb, NULL, -1, out_fd, err_fd,
                                    NULL, NULL, 0, &pid, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* wait4 gives the child's peak resident size (at least the size this
   * test process had when it forked, so an upper bound); polling keeps a
   * hung child from hanging the suite.
   */
  while ((done = wait4 (pid, &status, WNOHANG, &usage)) == 0)
    {
      if (g_get_monotonic_time () - start > HARD_LIMIT_SECONDS * G_USEC_PER_SEC)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          g_error ("parallax-cli extract %s did not finish within %d seconds", inputs[0], HARD_LIMIT_SECONDS);
        }
      g_usleep (10 * 1000);
    }
  g_assert_cmpint (done, ==, pid);

  run->usec = g_get_monotonic_time () - start;
  run->status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  run->signal = WIFSIGNALED (status) ? WTERMSIG (status) : 0;
  run->max_rss_kb = usage.ru_maxrss;
  run->out = read_capture (out_fd);
  run->err = read_capture (err_fd);
}

static JsonObject *
parse_line (const char *line)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_object_ref (json_node_get_object (root));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static char *
input_for_case (const BadInput *c)
{
  if (c->input == NULL)
    return px_test_closed_port_url ();
  if (c->input[0] == '/')
    return px_test_server_url (server, c->input);
  return g_strdup (c->input);
}

static void
test_bad_input (gconstpointer user_data)
{
  const BadInput *c = user_data;
  g_autofree char *input = input_for_case (c);
  const char *inputs[] = { input, NULL };
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonObject) object = NULL;

  run_cli (inputs, &run);
  g_test_message ("%s: exit %d in %.2f s, peak memory %ld KiB; stderr: %s", c->name, run.status,
                  run.usec / (double) G_USEC_PER_SEC, run.max_rss_kb, run.err);

  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, c->exit_status);
  g_assert_cmpint (run.usec, <, (FETCH_DEADLINE + 5) * PX_TEST_SLOWDOWN * G_USEC_PER_SEC);
  if (!PX_TEST_ASAN)
    g_assert_cmpint (run.max_rss_kb, <, CHILD_MAX_RSS_KB);

  /* One JSON line on standard output, whatever happened. */
  g_assert_true (g_str_has_suffix (run.out, "\n"));
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  object = parse_line (lines[0]);
  g_assert_cmpstr (json_object_get_string_member (object, "input"), ==, input);

  if (c->exit_status == 0)
    {
      const char *text = json_object_get_string_member_with_default (object, "text", NULL);

      g_assert_cmpstr (run.err, ==, "");
      g_assert_nonnull (text);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      assert_contains (text, c->reason);
    }
  else
    {
      const char *message = json_object_get_string_member_with_default (object, "error", NULL);

      g_assert_nonnull (message);
      assert_contains (message, input);
      assert_contains (message, c->reason);
      g_assert_true (g_str_has_prefix (run.err, "parallax-cli: "));
      assert_contains (run.err, input);
      assert_contains (run.err, c->reason);
    }

  if (g_str_equal (c->name, "one-byte-a-second"))
    g_assert_cmpint (run.usec, >=, (FETCH_DEADLINE - 0.2) * G_USEC_PER_SEC);
}

/* A failure among several inputs does not stop the others. */
static void
test_mixed_inputs (void)
{
  g_autofree char *page = px_test_server_url (server, "/page");
  g_autofree char *missing = px_test_server_url (server, "/missing");
  const char *inputs[] = { "good.html", "missing.html", missing, page, "empty.html", NULL };
  const gboolean good[] = { TRUE, FALSE, FALSE, TRUE, FALSE };
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) errors = NULL;

  run_cli (inputs, &run);
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (good) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(JsonObject) object = parse_line (lines[i]);

      g_assert_cmpstr (json_object_get_string_member (object, "input"), ==, inputs[i]);
      g_assert_true (json_object_has_member (object, good[i] ? "text" : "error"));
      g_assert_false (json_object_has_member (object, good[i] ? "error" : "text"));
      if (good[i])
        assert_contains (json_object_get_string_member (object, "text"), PX_TEST_ARTICLE_SENTENCE);
    }

  /* One message per failed input, in order, each naming its input. */
  errors = g_strsplit (run.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (errors), ==, 4);
  assert_contains (errors[0], "missing.html");
  assert_contains (errors[1], missing);
  assert_contains (errors[2], "empty.html");
}

static void
write_file (const char *name,
            const void *data,
            gsize       len)
{
  g_autofree char *path = g_build_filename (workdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static const char article_paragraphs[] =
  "<article><h1>Bridge to close after council vote</h1>"
  "<p>Councillors voted by nine votes to four to close the old bridge on Tuesday evening, after "
  "engineers reported cracks in two of its three arches.</p>"
  "<p>The bridge, which carries about eleven thousand vehicles a day, will shut to traffic at the end "
  "of the month, the council said in a statement published after the meeting.</p>"
  "<p>Residents on the eastern bank said the closure would add twenty minutes to their journeys, and "
  "a petition to keep one lane open for buses has gathered three thousand signatures.</p></article>";

static void
write_inputs (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folder = g_build_filename (workdir, "folder", NULL);

  write_file ("good.html", px_test_article_html (), strlen (px_test_article_html ()));
  write_file ("empty.html", "", 0);

  g_string_append_len (text, (const char *) png, sizeof png);
  for (guint i = 0; i < 4096; i++)
    g_string_append_c (text, (char) g_test_rand_int_range (0, 256));
  write_file ("binary.html", text->str, text->len);

  /* Data without a signature or NUL bytes, half of it printable (an
   * executable's strings, a database page): about one byte in twenty is a
   * control character.
   */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 8192; i++)
    {
      char c = (char) (g_test_rand_bit () ? g_test_rand_int_range (1, 256) : g_test_rand_int_range (' ', '~'));

      g_string_append_c (text, c == '<' ? 'x' : c);
    }
  write_file ("random.html", text->str, text->len);

  g_string_assign (text, "<html><head><meta charset=\"utf-8\"></head><body>");
  g_string_append (text, article_paragraphs);
  g_string_append (text, "<p>This paragraph has broken \xff bytes \xc3( inside it, and more words after "
                         "them so that the reader still gets the sentence.</p></body></html>");
  write_file ("invalid-utf8.html", text->str, text->len);

  g_string_assign (text, "<html><body>");
  g_string_append (text, article_paragraphs);
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "<div>");
  g_string_append (text, "deep");
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "</div>");
  g_string_append (text, "</body></html>");
  write_file ("nested.html", text->str, text->len);

  g_string_assign (text, "<html><body><p>");
  while (text->len < 30 * 1000 * 1000)
    g_string_append (text, "a thirty megabyte page ");
  write_file ("big.html", text->str, text->len);

  g_string_assign (text, "<html><body><img alt=\"inline\" src=\"data:image/png;base64,");
  for (guint i = 0; i < 5 * 1000 * 1000 / 4; i++)
    g_string_append (text, "AAAA");
  g_string_append (text, "\">");
  g_string_append (text, article_paragraphs);
  g_string_append (text, "</body></html>");
  write_file ("attribute.html", text->str, text->len);

  write_file ("nul.txt", "some text\0with a NUL byte in it\n", 33);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
}

static void
remove_workdir (void)
{
  const char *names[] = { "good.html", "empty.html", "binary.html", "invalid-utf8.html", "nested.html",
                          "big.html", "attribute.html", "nul.txt", "folder", "stdout", "stderr" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (workdir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (workdir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("PARALLAX_CLI") == NULL)
    {
      g_test_skip ("PARALLAX_CLI is not set; run this through meson test");
      return 77;
    }

  workdir = g_dir_make_tmp ("px-bad-input-XXXXXX", &error);
  g_assert_no_error (error);
  write_inputs ();
  server = px_test_server_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bad-input/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_bad_input);
    }
  g_test_add_func ("/bad-input/mixed-inputs", test_mixed_inputs);

  status = g_test_run ();

  px_test_server_free (server);
  remove_workdir ();
  g_free (workdir);

  return status;
}
