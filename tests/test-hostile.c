/* test-hostile.c: what a hostile server or page sends, and a bad day on
 * the disk, as issue 14 found them: every case here failed before it was
 * fixed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* posix_openpt() and the pseudo-terminal calls */
#define _GNU_SOURCE

#include "config.h"

#include "px-raw-server.h"
#include "px-test-timing.h"
#include "px-test-util.h"

#include "px-fetch-private.h"
#include "px-fetch.h"
#include "px-markdown-private.h"
#include "px-safe-text.h"
#include "px-store.h"

#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

/* No control character (terminal escapes, bells) and no reordering
 * character in @text; with @isolates, the isolates that keep a name's
 * direction to itself are allowed.
 */
static void
assert_inert_full (const char *text,
                   gboolean    isolates)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E) || (!isolates && c >= 0x2066 && c <= 0x2069))
        g_error ("U+%04X in “%s”", c, text);
    }
}

static void
assert_inert (const char *text)
{
  assert_inert_full (text, FALSE);
}

static PxSnapshot *
fetch_raw (const char  *answer,
           gsize        len,
           gboolean     endless,
           guint        timeout,
           GError     **error)
{
  g_autoptr(PxRawServer) server = px_raw_server_new (answer, len, endless);
  g_autofree char *url = px_raw_server_url (server, "/news/1");
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();

  px_fetcher_set_timeout (fetcher, timeout);
  return px_fetcher_fetch (fetcher, url, NULL, error);
}

/* Item 2: interim answers without end kept a fetch going forever. */
static void
test_endless_continue (void)
{
  static const char answer[] = "HTTP/1.1 100 Continue\r\n\r\n";
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), TRUE, 3, &error);

  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "100 Continue"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* A few interim answers before the page are fine. */
static void
test_some_continues (void)
{
  static const char answer[] =
    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\n\r\n<p>hello</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), FALSE, 5, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, 12);
}

/* Item 3: a page cut short was kept as the whole page. */
static void
test_short_body (void)
{
  static const char * const answers[] = {
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2000\r\nConnection: close\r\n\r\n"
    "<p>Only the first part of the page</p>",
    "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2000\r\n\r\n<p>Only the first part</p>",
    /* gzip of "<p>hello</p>", declared 10 bytes longer than sent */
    NULL,
  };

  for (guint i = 0; answers[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_raw (answers[i], strlen (answers[i]), FALSE, 5, &error);

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "of 2.0 KiB received"));
    }
}

/* A page exactly as long as declared, closed after it, is whole. */
static void
test_whole_body_close (void)
{
  static const char answer[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\nConnection: close\r\n\r\n<p>hello</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), FALSE, 5, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, 12);
}

/* Item 7: a negative length gave a GLib warning (fatal here) and "16.0 EiB". */
static void
test_negative_length (void)
{
  static const char answer[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: -5\r\n\r\n<p>hello</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), FALSE, 5, &error);

  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
  g_assert_null (strstr (error->message, "EiB"));
  g_assert_nonnull (strstr (error->message, "negative"));
}

/* Item 5: what a server says about itself reached stderr raw. */
static void
test_raw_headers (void)
{
  static const char * const answers[] = {
    "HTTP/1.1 404 Not \033]0;pwned\007Found \xc2\x9b" "31m\xe2\x80\xae" "dnuof\r\nContent-Length: 0\r\n\r\n",
    "HTTP/1.1 200 OK\r\nContent-Type: image/\033[31mpng\r\nContent-Length: 0\r\n\r\n",
    "HTTP/1.1 302 Found\r\nLocation: http://[\033]52;c;aGk=\007\r\nContent-Length: 0\r\n\r\n",
    "HTTP/1.1 302 \xff\xfe Moved\r\nContent-Length: 0\r\n\r\n",
    NULL,
  };

  for (guint i = 0; answers[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_raw (answers[i], strlen (answers[i]), FALSE, 5, &error);

      g_assert_null (snapshot);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      assert_inert (error->message);
    }
}

static void
test_safe_text (void)
{
  g_autofree char *line = px_safe_text_line ("a\033]52;c;aGk=\007b\tc\nd\xe2\x80\xae" "e\xc2\x9b" "f\xff", -1);
  g_autofree char *block = px_safe_text_block ("one\r\ntwo\rthree\tfour\033[2J", -1);
  g_autofree char *isolated = px_safe_text_isolated ("\xe2\x80\xae" "BBC");
  g_autofree char *hebrew = px_safe_text_isolated ("\xd7\x94\xd7\x90\xd7\xa8\xd7\xa5");
  g_autofree char *cut = px_safe_text_short ("abcdefghij", 4);

  /* the escape sequences left out whole, not their controls alone */
  g_assert_cmpstr (line, ==, "ab c def\xef\xbf\xbd");
  g_assert_cmpstr (block, ==, "one\ntwo\nthree\tfour");
  g_assert_cmpstr (isolated, ==, "BBC");
  g_assert_cmpstr (hebrew, ==, "\xe2\x81\xa8\xd7\x94\xd7\x90\xd7\xa8\xd7\xa5\xe2\x81\xa9");
  g_assert_cmpstr (cut, ==, "abcd…");
  g_assert_null (px_safe_text_line (NULL, -1));
}

/* A library with @n stories and, beside it, a backup of them. */
static char *
make_library_with_backup (guint n)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-store-XXXXXX");
  char *path = g_build_filename (folder, "parallax.db", NULL);
  g_autoptr(PxStore) store = px_store_open (path, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (store);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Story %u", i + 1);

      g_assert_cmpint (px_store_create_story (store, title, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_true (px_store_backup (store, &error));
  g_assert_no_error (error);
  g_assert_true (px_store_close (store, &error));

  return path;
}

static guint
count_stories (PxStore *store)
{
  g_autoptr(GPtrArray) stories = px_store_list_stories (store, FALSE, NULL);

  return stories->len;
}

static guint
count_files (const char *folder,
             const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

/* Item 1: an empty (0 bytes) or missing library with a good backup beside
 * it was silently started anew, and the next backup copied the empty
 * library over the only good copy.
 */
static void
test_lost_library_restored (void)
{
  for (guint missing = 0; missing < 2; missing++)
    {
      g_autofree char *path = make_library_with_backup (3);
      g_autofree char *folder = g_path_get_dirname (path);
      g_autoptr(PxStore) store = NULL;
      g_autoptr(GError) error = NULL;
      const PxStoreRecovery *recovery;

      if (missing)
        g_assert_cmpint (g_unlink (path), ==, 0);
      else
        g_assert_true (g_file_set_contents (path, "", 0, NULL));

      store = px_store_open (path, &error);
      g_assert_no_error (error);
      recovery = px_store_get_recovery (store);
      g_assert_nonnull (recovery);
      g_test_message ("%s", recovery->message);
      g_assert_nonnull (strstr (recovery->message, missing ? "was missing" : "was empty"));
      g_assert_nonnull (strstr (recovery->message, "restored"));
      g_assert_cmpuint (count_stories (store), ==, 3);
      /* The empty file is kept aside, not deleted. */
      g_assert_cmpuint (count_files (folder, "parallax.db.empty-"), ==, missing ? 0 : 1);
      g_assert_true (px_store_close (store, NULL));
    }
}

static char *
kept_backup (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "parallax.db.backup.kept-"))
      return g_build_filename (folder, name, NULL);
  return NULL;
}

/* Rows of @table in the database file @path, read without changing it. */
static gint64
count_rows (const char *path,
            const char *table)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Item 1: a backup is never replaced by a library that lacks some of what
 * it holds without asking (it was replaced by any smaller library); once
 * the user says so, the previous backup is kept beside the new one.
 */
static void
test_backup_asks (void)
{
  g_autofree char *path = make_library_with_backup (3);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *backup = g_strconcat (path, ".backup", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *found = NULL;
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A new, empty library where the old one was (another program
   * replaced it, a sync tool lost it): the backup stays as it is.
   */
  g_assert_cmpint (g_unlink (path), ==, 0);
  {
    g_autofree char *aside = g_strconcat (backup, ".moved", NULL);

    g_assert_cmpint (g_rename (backup, aside), ==, 0);
    store = px_store_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_rename (aside, backup), ==, 0);
  }
  g_assert_cmpuint (count_stories (store), ==, 0);
  g_assert_false (px_store_backup (store, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BACKUP_HOLDS_MORE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, backup));
  g_assert_nonnull (strstr (error->message, "3 stories"));
  g_clear_error (&error);

  /* Smaller but not empty: asked all the same. */
  g_assert_cmpint (px_store_create_story (store, "Only one", &error), >, 0);
  g_assert_false (px_store_backup (store, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BACKUP_HOLDS_MORE);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (folder, "parallax.db.backup"), ==, 1);

  /* The user said so: replaced, and the fuller one kept beside it. */
  g_assert_true (px_store_replace_backup (store, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_cmpuint (count_files (folder, "parallax.db.backup.kept-"), ==, 1);
  g_assert_cmpint (count_rows (kept, "stories"), ==, 3);
  g_assert_cmpint (count_rows (backup, "stories"), ==, 1);

  /* A library holding all the backup does and more replaces it without
   * a question, and without a copy aside.
   */
  g_assert_cmpint (px_store_create_story (store, "Another", &error), >, 0);
  g_assert_true (px_store_backup (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (folder, "parallax.db.backup.kept-"), ==, 1);

  /* A story emptied from the trash is asked about too. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (later, 1);

    g_assert_true (px_store_delete_story (store, 1, &error));
    g_assert_true (px_store_purge_deleted_stories (store, tomorrow, &error));
    g_assert_no_error (error);
  }
  g_assert_false (px_store_backup (store, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BACKUP_HOLDS_MORE);
  g_assert_nonnull (strstr (error->message, "1 story"));
  px_store_close (store, NULL);
  found = kept_backup (folder);
  g_assert_cmpstr (found, ==, kept);
}

/* Item 1 end to end, as a user meets it on the command line: a library of
 * 0 bytes beside a good backup, twice; then a library that lacks what the
 * backup holds: refused, twice, until --replace-backup; nothing lost.
 */
static void
test_cli_backup_question (void)
{
  g_autofree char *path = make_library_with_backup (3);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *backup = g_strconcat (path, ".backup", NULL);
  g_autofree char *other = g_build_filename (folder, "other.db", NULL);
  g_autofree char *sum = NULL;
  g_autofree char *err = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  px_test_age_file (backup);
  for (guint run = 0; run < 2; run++)
    {
      g_autofree char *out = px_test_run_cli (0, &err, "story", "list", "--db", path, NULL);

      g_assert_nonnull (strstr (out, "Story 1"));
      g_assert_nonnull (strstr (out, "Story 3"));
      g_assert_true ((strstr (err, "was empty") != NULL) == (run == 0));
      g_clear_pointer (&err, g_free);
    }
  g_assert_cmpuint (count_files (folder, "parallax.db.empty-"), ==, 1);

  /* Another, smaller library in its place. */
  g_free (px_test_run_cli (0, NULL, "story", "new", "--db", other, "Other", NULL));
  g_assert_cmpint (g_rename (other, path), ==, 0);
  px_test_age_file (backup);
  sum = px_test_file_sum (backup);
  for (guint run = 0; run < 2; run++)
    {
      g_free (px_test_run_cli (1, &err, "story", "new", "--db", path, "More", NULL));
      g_test_message ("%s", err);
      g_assert_nonnull (strstr (err, path));
      g_assert_nonnull (strstr (err, backup));
      g_assert_nonnull (strstr (err, "3 stories"));
      g_assert_nonnull (strstr (err, "--replace-backup"));
      g_clear_pointer (&err, g_free);
      {
        g_autofree char *now = px_test_file_sum (backup);

        g_assert_cmpstr (now, ==, sum);
      }
    }

  g_free (px_test_run_cli (0, &err, "story", "list", "--db", path, "--replace-backup", NULL));
  g_assert_nonnull (strstr (err, "kept as"));
  kept = kept_backup (folder);
  g_assert_nonnull (kept);
  {
    g_autofree char *now = px_test_file_sum (kept);

    g_assert_cmpstr (now, ==, sum);
  }
  /* Answered: the next command runs. */
  g_free (px_test_run_cli (0, NULL, "story", "list", "--db", path, NULL));
}

/* Item 7: read commands given a mistyped path created a database; one
 * given a damaged database without backup started an empty one.
 */
static void
test_open_existing (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-store-XXXXXX");
  g_autofree char *missing = g_build_filename (folder, "typo.db", NULL);
  g_autofree char *damaged = g_build_filename (folder, "damaged.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open_existing (missing, &error);
  g_autoptr(GString) junk = g_string_new ("SQLite format 3");

  g_assert_null (store);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_string_append_len (junk, "\0", 1);
  for (guint i = 0; i < 400; i++)
    g_string_append (junk, "damaged ");
  g_assert_true (g_file_set_contents (damaged, junk->str, junk->len, NULL));
  store = px_store_open_existing (damaged, &error);
  g_assert_null (store);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED);
  g_assert_cmpuint (count_files (folder, "damaged.db"), ==, 1);
}

/* Item 7: a symbolic link loop read "check the permissions", a header
 * SQLite cannot write "read-only".
 */
static void
test_open_messages (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-store-XXXXXX");
  g_autofree char *loop = g_build_filename (folder, "loop.db", NULL);
  g_autofree char *path = make_library_with_backup (2);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_cmpint (symlink ("loop.db", loop), ==, 0);
  store = px_store_open (loop, &error);
  g_assert_null (store);
  g_test_message ("%s", error->message);
  g_assert_null (strstr (error->message, "permissions"));
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_clear_error (&error);

  /* Byte 18 of the header: the file format needed to write. */
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  data[18] = 7;
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  store = px_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (px_store_get_recovery (store));
  g_test_message ("%s", px_store_get_recovery (store)->message);
  g_assert_null (strstr (px_store_get_recovery (store)->message, "read-only"));
  g_assert_cmpuint (count_stories (store), ==, 2);
}

/* Item 7: a backup killed half way left its journal for ever. */
static void
test_stale_backup_journal (void)
{
  g_autofree char *path = make_library_with_backup (1);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *stale = NULL;
  g_autofree char *stale_journal = NULL;
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GPid dead;

  /* A pid that is certainly not running: a child that has exited. */
  {
    const char *argv[] = { "/bin/true", NULL };
    int status;

    g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &dead, NULL));
    waitpid (dead, &status, 0);
  }
  stale = g_strdup_printf ("%s.backup.tmp-%d", path, (int) dead);
  stale_journal = g_strconcat (stale, "-journal", NULL);
  g_assert_true (g_file_set_contents (stale, "x", 1, NULL));
  g_assert_true (g_file_set_contents (stale_journal, "x", 1, NULL));

  store = px_store_open (path, &error);
  g_assert_true (px_store_backup (store, &error));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));
}

/* A page whose site name, author and headline carry terminal escapes
 * (OSC 52 writes the clipboard, OSC 0 the window title), a bell, a C1
 * control and a right-to-left override.
 */
static const char spoof_page[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
  "<meta property=\"og:site_name\" content=\"&#x202E;Daily &#x9b;31m News\">\n"
  "<meta name=\"author\" content=\"Jane &#x1b;]0;owned&#x07;Doe\">\n"
  "<title>Title</title>\n"
  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
  "\"Drones \\u001b]52;c;aGVsbG8=\\u0007 hit \\u0007 the city\",\"author\":{\"name\":\"Jane Doe\"}}</script>\n"
  "</head><body><article><h1>Drones hit the city</h1>\n"
  "<p>Officials said 12 drones hit the city overnight, damaging two buildings near the port.</p>\n"
  "<p>The mayor said repairs would begin on Monday morning after an inspection of the damage.</p>\n"
  "<p>Residents reported hearing explosions \x1b[2J shortly after midnight across the district.</p>\n"
  "</article></body></html>\n";

static char *
write_temp (const char *folder,
            const char *name,
            const char *contents,
            gssize      len)
{
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

/* Item 5: escapes from a page reached the terminal through every text
 * output; the override reversed the rest of the line in the report.
 */
/* A page carrying raw terminal escapes: the parser drops an ESC and would
 * keep the rest of its sequence as text.
 */
static void
test_escape_tails (void)
{
  static const char page[] =
    "<html><head><title>Rates \033[2J held \033]0;pwned\007today</title></head><body><article>"
    "<h1>Rates \033[31mheld\033[0m steady</h1>"
    "<p>The central bank held rates at 4.5 percent on Tuesday, its \033[1msecond\033[0m pause this year, "
    "officials said in a statement.</p>"
    "<p>Markets had expected the decision, which analysts described as cautious given the slowing "
    "economy and \033]8;;http://x.test/\033\\rising\033]8;;\033\\ unemployment figures.</p>"
    "</article></body></html>";
  g_autofree char *folder = px_test_make_temp_dir ("hostile-escapes-XXXXXX");
  g_autofree char *file = write_temp (folder, "escapes.html", page, -1);
  g_autofree char *out = px_test_run_cli (0, NULL, "extract", "--format", "json", file, NULL);
  char buffer[] = "ab\033[31mc\033]0;t\007d\033(Be\033[3";
  gsize len;

  g_assert_nonnull (strstr (out, "\"title\":\"Rates held steady\""));
  g_assert_nonnull (strstr (out, "its second pause"));
  g_assert_nonnull (strstr (out, "economy and rising unemployment"));
  g_assert_null (strstr (out, "[31m"));
  g_assert_null (strstr (out, "[0m"));
  g_assert_null (strstr (out, "8;;"));

  /* in place, a sequence cut off by the end of the buffer left out too */
  len = px_safe_text_drop_escapes (buffer, strlen (buffer));
  g_assert_cmpuint (len, ==, 5);
  g_assert_cmpstr (buffer, ==, "abcde");
  g_assert_cmpuint (px_safe_text_drop_escapes (buffer, 3), ==, 3);
}

static void
test_spoofing_outputs (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-spoof-XXXXXX");
  g_autofree char *page = write_temp (folder, "spoof.html", spoof_page, -1);
  g_autofree char *other = g_build_filename (g_getenv ("PARALLAX_SOURCE_ROOT"), "tests", "fixtures", "extract",
                                             "bbc-article.html", NULL);
  g_autofree char *db = g_build_filename (folder, "p.db", NULL);
  const char *formats[] = { "text", "json", NULL };

  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_autofree char *out = px_test_run_cli (0, NULL, "extract", "--format", formats[i], page, NULL);

      assert_inert_full (out, TRUE);
      g_assert_nonnull (strstr (out, "Daily"));
    }
  {
    g_autofree char *out = px_test_run_cli (0, NULL, "compare", "--format", "text", page, other, NULL);
    g_autofree char *md = px_test_run_cli (0, NULL, "compare", "--format", "markdown", page, other, NULL);

    assert_inert_full (out, TRUE);
    assert_inert_full (md, TRUE);
  }

  g_free (px_test_run_cli (0, NULL, "story", "new", "--db", db, "Drones", NULL));
  g_free (px_test_run_cli (0, NULL, "story", "add", "--db", db, "1", page, other, NULL));
  {
    g_autofree char *show = px_test_run_cli (0, NULL, "story", "show", "--db", db, "1", NULL);
    g_autofree char *search = px_test_run_cli (0, NULL, "search", "--db", db, "drones", NULL);
    g_autofree char *html = px_test_run_cli (0, NULL, "export", "--db", db, "--story", "1", "--format", "html", NULL);
    g_autofree char *md = px_test_run_cli (0, NULL, "export", "--db", db, "--story", "1", "--format", "markdown",
                                           NULL);

    assert_inert_full (show, TRUE);
    assert_inert_full (search, TRUE);
    g_assert_nonnull (strstr (search, "drones"));
    /* The report: no override, no escape, the outlet isolated. */
    assert_inert (html);
    g_assert_nonnull (strstr (html, "<bdi>"));
    assert_inert_full (md, TRUE);
    for (guint i = 0; i < 2; i++)
      {
        g_autofree char *json = px_test_run_cli (0, NULL, "export", "--db", db, "--story", "1", "--format",
                                                 i == 0 ? "w3c" : "claimreview", NULL);

        assert_inert (json);
      }
  }
}

/* Runs $PARALLAX_CLI with @args, its standard output and error a
 * terminal (a pseudo-terminal in raw mode, so what is read is what the
 * program wrote); returns all it wrote there.
 */
static char *
run_cli_on_terminal (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  struct termios raw;
  int master = posix_openpt (O_RDWR | O_NOCTTY);
  int slave;
  GPid pid;
  int status = 0;
  char buffer[4096];
  ssize_t n;

  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = open (ptsname (master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);
  g_assert_cmpint (tcgetattr (slave, &raw), ==, 0);
  cfmakeraw (&raw);
  g_assert_cmpint (tcsetattr (slave, TCSANOW, &raw), ==, 0);

  g_ptr_array_add (argv, (gpointer) g_getenv ("PARALLAX_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_async_with_fds (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                         &pid, -1, slave, slave, &error));
  g_assert_no_error (error);
  close (slave);
  /* Until the program has gone: then the terminal reads EIO. */
  while ((n = read (master, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (out, buffer, n);
  close (master);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Issue 14 follow-up: a CSV export printed on a terminal sent the
 * escapes in outlet names and notes raw; in a file or a pipe it keeps
 * every byte, for spreadsheets.
 */
static void
test_csv_on_terminal (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-csv-XXXXXX");
  g_autofree char *page = write_temp (folder, "spoof.html", spoof_page, -1);
  g_autofree char *db = g_build_filename (folder, "p.db", NULL);
  const char *args[] = { "export", "--db", db, "--story", "1", "--format", "csv", NULL };
  g_autofree char *on_terminal = NULL;
  g_autofree char *in_pipe = NULL;

  g_free (px_test_run_cli (0, NULL, "story", "new", "--db", db, "Drones", NULL));
  g_free (px_test_run_cli (0, NULL, "story", "add", "--db", db, "1", page, NULL));
  g_free (px_test_run_cli (0, NULL, "annotate", "--db", db, "1", "--source", "1", "--quote", "12 drones",
                           "--verdict", "false", "--note", "see \033]52;c;aGk=\007 \033[2J\xe2\x80\xae" "reversed\rover",
                           NULL));

  on_terminal = run_cli_on_terminal (args);
  g_test_message ("%s", on_terminal);
  assert_inert_full (on_terminal, TRUE);
  g_assert_nonnull (strstr (on_terminal, "12 drones"));
  g_assert_nonnull (strstr (on_terminal, "reversed"));

  g_assert_cmpint (px_test_spawn_cli (args, &in_pipe, NULL), ==, 0);
  g_assert_nonnull (strstr (in_pipe, "\033]52;c;aGk=\007"));
  g_assert_nonnull (strstr (in_pipe, "\r\n"));
}

/* Issue 14 item 7 again, on today's commands: story add, annotate and
 * story refetch given a mistyped --db created a database (and its folder)
 * before saying there is no story; "postgres:…" was taken for a file; a
 * team library that cannot be reached showed its password.
 */
static void
test_cli_mistyped_db (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-db-XXXXXX");
  g_autofree char *typo_folder = g_build_filename (folder, "typo", NULL);
  g_autofree char *typo = g_build_filename (typo_folder, "p.db", NULL);
  g_autofree char *page = write_temp (folder, "spoof.html", spoof_page, -1);
  g_autofree char *queue = g_build_filename (folder, "data", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  const char *commands[][10] = {
    { "story", "add", "--db", typo, "1", page, NULL },
    { "annotate", "--db", typo, "1", "--source", "1", "--quote", "12 drones", NULL },
    { "story", "refetch", "--db", typo, "1", NULL },
    { "story", "add", "--db", "postgres:/desk/checks", "1", page, NULL },
    { "story", "new", "--db", "postgresql:desk", "Title", NULL },
  };

  g_assert_cmpint (g_chdir (folder), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (px_test_spawn_cli (commands[i], NULL, &err), ==, 1);
      g_test_message ("%s", err);
      g_assert_true (strstr (err, "no database") != NULL || strstr (err, "team library address") != NULL);
      g_assert_false (g_file_test (typo_folder, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test ("postgres:", G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test ("postgresql:desk", G_FILE_TEST_EXISTS));
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  /* A closed port: said at once, without the password. */
  g_setenv ("XDG_DATA_HOME", queue, TRUE);
  {
    const char *args[] = { "story", "list", "--db", "postgresql://ana:hunter22@127.0.0.1:1/desk", NULL };
    g_autofree char *err = NULL;
    gint64 start = g_get_monotonic_time ();

    g_assert_cmpint (px_test_spawn_cli (args, NULL, &err), ==, 1);
    g_test_message ("%s", err);
    g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * PX_TEST_SLOWDOWN * G_USEC_PER_SEC);
    g_assert_nonnull (strstr (err, "cannot be reached"));
    g_assert_null (strstr (err, "hunter22"));
  }
  g_unsetenv ("XDG_DATA_HOME");
}

/* A right-to-left name keeps its direction without turning the line
 * around: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
 */
static void
test_rtl_outlet_isolated (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-spoof-XXXXXX");
  g_autofree char *page = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GString) html = g_string_new (spoof_page);

  g_string_replace (html, "&#x202E;Daily &#x9b;31m News", "\xd7\x94\xd7\x90\xd7\xa8\xd7\xa5", 1);
  page = write_temp (folder, "rtl.html", html->str, html->len);
  out = px_test_run_cli (0, NULL, "extract", "--format", "text", page, NULL);
  g_assert_nonnull (strstr (out, "Outlet:    \xe2\x81\xa8\xd7\x94\xd7\x90\xd7\xa8\xd7\xa5\xe2\x81\xa9\n"));
}

/* Item 6: a note line starting with a tab became a list or a heading;
 * addresses became live links under GitHub's autolink extension.
 */
static void
test_markdown_inert (void)
{
  static const char * const lines[] = {
    "\t- a list item?", "\t1. a numbered item?", "\t=", " \t+ plus", "\t\t# heading?",
    "see https://evil.example/x and HTTP://x.example, www.example.com or WWW.Example.org",
    "write to bob@example.com or mailto:bob@example.com or xmpp:a@b.example",
    NULL,
  };
  g_autoptr(GString) doc = g_string_new (NULL);
  g_autofree char *html = NULL;
  g_autofree char *cmark = g_find_program_in_path ("cmark-gfm");
  g_autoptr(GError) error = NULL;
  int status = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      _px_markdown_append_escaped (doc, lines[i], TRUE);
      g_string_append (doc, "\n\n");
    }
  g_test_message ("%s", doc->str);
  g_assert_null (strstr (doc->str, "\n\t"));

  if (cmark == NULL)
    {
      g_test_skip ("cmark-gfm is not installed");
      return;
    }
  {
    g_autofree char *folder = px_test_make_temp_dir ("hostile-md-XXXXXX");
    g_autofree char *path = write_temp (folder, "doc.md", doc->str, doc->len);
    g_autofree char *command = g_strdup_printf ("%s -e autolink -e table -e strikethrough %s", cmark, path);

    g_assert_true (g_spawn_command_line_sync (command, &html, NULL, &status, &error));
    g_assert_no_error (error);
  }
  g_test_message ("%s", html);
  g_assert_null (strstr (html, "<a "));
  g_assert_null (strstr (html, "<li>"));
  g_assert_null (strstr (html, "<h1>"));
  g_assert_null (strstr (html, "<h2>"));
  g_assert_null (strstr (html, "<pre>"));
  g_assert_nonnull (strstr (html, "https://evil.example/x"));
}

/* Item 7, the command line: story add ignored the fetch limits of the
 * environment; read commands created a database at a mistyped path;
 * export of a damaged database started an empty one; "--" was an input;
 * a newline in a file name broke tab-separated output; a stray NUL byte
 * refused a whole page.
 */
static void
test_cli_small_ones (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("hostile-cli-XXXXXX");
  g_autofree char *db = g_build_filename (folder, "p.db", NULL);
  g_autofree char *other = g_build_filename (g_getenv ("PARALLAX_SOURCE_ROOT"), "tests", "fixtures", "extract",
                                             "bbc-article.html", NULL);
  g_autofree char *typo = g_build_filename (folder, "typo.db", NULL);
  g_autofree char *damaged = g_build_filename (folder, "damaged.db", NULL);
  g_autofree char *page = write_temp (folder, "spoof.html", spoof_page, -1);
  g_autofree char *dashed = write_temp (folder, "-dashed.html", spoof_page, -1);
  g_autofree char *newline = write_temp (folder, "two\nlines.html", spoof_page, -1);
  g_autoptr(GString) with_nul = g_string_new (spoof_page);
  g_autofree char *nul_page = NULL;
  g_autofree char *err = NULL;

  g_free (px_test_run_cli (0, NULL, "story", "new", "--db", db, "Drones", NULL));

  g_setenv ("PARALLAX_FETCH_TIMEOUT", "abc", TRUE);
  g_free (px_test_run_cli (2, &err, "story", "add", "--db", db, "1", page, NULL));
  g_assert_nonnull (strstr (err, "PARALLAX_FETCH_TIMEOUT"));
  g_clear_pointer (&err, g_free);
  g_unsetenv ("PARALLAX_FETCH_TIMEOUT");
  g_setenv ("PARALLAX_FETCH_MAX_BYTES", "1024", TRUE);
  g_free (px_test_run_cli (1, &err, "story", "add", "--db", db, "1", other, NULL));
  g_assert_nonnull (strstr (err, "limit"));
  g_clear_pointer (&err, g_free);
  g_unsetenv ("PARALLAX_FETCH_MAX_BYTES");

  {
    const char *commands[][6] = {
      { "search", "--db", typo, "drones", NULL },
      { "annotations", "--db", typo, "1", NULL },
      { "history", "--db", typo, "1", "--source", "1" },
      { "story", "show", "--db", typo, "1", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        const char *args[8] = { NULL, };
        g_autofree char *out = NULL;

        memcpy (args, commands[i], sizeof commands[i]);
        g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 1);
        g_assert_nonnull (strstr (err, "no database"));
        g_assert_false (g_file_test (typo, G_FILE_TEST_EXISTS));
        g_clear_pointer (&err, g_free);
      }
  }

  {
    g_autoptr(GString) junk = g_string_new ("SQLite format 3");

    g_string_append_len (junk, "\0", 1);
    for (guint i = 0; i < 400; i++)
      g_string_append (junk, "damaged ");
    g_assert_true (g_file_set_contents (damaged, junk->str, junk->len, NULL));
    g_free (px_test_run_cli (1, &err, "export", "--db", damaged, "--story", "1", "--format", "markdown", NULL));
    g_assert_nonnull (strstr (err, "damaged"));
    g_assert_null (strstr (err, "no story"));
    g_clear_pointer (&err, g_free);
  }

  {
    g_autofree char *base = g_path_get_basename (dashed);
    g_autofree char *out = NULL;
    const char *args[] = { "extract", "--", base, NULL };
    g_autofree char *cwd = g_get_current_dir ();

    g_assert_cmpint (g_chdir (folder), ==, 0);
    g_assert_cmpint (px_test_spawn_cli (args, &out, NULL), ==, 0);
    g_assert_cmpint (g_chdir (cwd), ==, 0);
    g_assert_null (strstr (out, "\"input\":\"--\""));
    g_assert_nonnull (strstr (out, "\"input\":\"-dashed.html\""));
  }

  {
    g_autofree char *out = px_test_run_cli (0, NULL, "story", "add", "--db", db, "1", newline, NULL);
    g_autofree char *show = px_test_run_cli (0, NULL, "story", "show", "--db", db, "1", NULL);

    /* One line each, four columns on it. */
    g_assert_cmpuint (strlen (out), ==, (gsize) (strchr (out, '\n') - out) + 1);
    for (const char *line = show; *line != '\0'; line = strchr (line, '\n') + 1)
      {
        const char *end = strchr (line, '\n');
        guint tabs = 0;

        for (const char *p = line; p < end; p++)
          tabs += *p == '\t';
        g_assert_cmpuint (tabs, ==, 3);
      }
  }

  /* A damaged database with a backup: the recovery is said once. */
  {
    g_autofree char *library = make_library_with_backup (2);
    g_autofree char *data = NULL;
    gsize len = 0;
    guint times = 0;

    g_assert_true (g_file_get_contents (library, &data, &len, NULL));
    memset (data + 100, 'x', 200);
    memcpy (data + 16, "\xff\xff", 2);
    g_assert_true (g_file_set_contents (library, data, len, NULL));
    g_free (px_test_run_cli (0, &err, "story", "list", "--db", library, NULL));
    for (const char *p = strstr (err, "was damaged"); p != NULL; p = strstr (p + 1, "was damaged"))
      times++;
    g_assert_cmpuint (times, ==, 1);
    g_clear_pointer (&err, g_free);
  }

  g_string_insert_len (with_nul, strstr (with_nul->str, "<title>") - with_nul->str, "\0", 1);
  nul_page = write_temp (folder, "nul.html", with_nul->str, with_nul->len);
  {
    g_autofree char *out = px_test_run_cli (0, NULL, "extract", nul_page, NULL);

    g_assert_nonnull (strstr (out, "12 drones"));
  }
}

/* The peak memory, in KiB, of `parallax-cli compare --format=json` on
 * 32 reports of @text, each a file of its own in a new folder named
 * after @template; the run must end well. */
static long
compare_32_copies_peak (const char *template,
                        const char *text,
                        gsize       len)
{
  g_autofree char *folder = px_test_make_temp_dir (template);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;

  g_ptr_array_add (argv, g_strdup (g_getenv ("PARALLAX_CLI")));
  g_ptr_array_add (argv, g_strdup ("compare"));
  g_ptr_array_add (argv, g_strdup ("--format=json"));
  for (guint s = 0; s < 32; s++)
    {
      g_autofree char *name = g_strdup_printf ("%02u.txt", s);

      g_ptr_array_add (argv, write_temp (folder, name, text, len));
    }
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (argv->pdata[0]);
  g_spawn_async (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                 NULL, &pid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return usage.ru_maxrss;
}

/* 32 reports of one sentence again and again: every sentence a claim of
 * its own that names the 31 sources it misses. compare's JSON is written
 * a claim at a time: built as one tree, it took more memory than the
 * comparison (110 MB here, 1.5 GB at 500 KiB a source; 57 MB written a
 * claim at a time). */
static void
test_cli_compare_alike_memory (void)
{
  static const char line[] = "Officials said 120 people were killed in Geneva on Monday, according to the ministry.\n\n";
  g_autoptr(GString) text = g_string_new (NULL);
  long peak;

  if (PX_TEST_ASAN)
    {
      g_test_skip ("AddressSanitizer keeps its own heap");
      return;
    }
  while (text->len < 32 * 1024)
    g_string_append (text, line);
  peak = compare_32_copies_peak ("hostile-alike-XXXXXX", text->str, text->len);
  g_test_message ("compare of 32 reports of one sentence: peak memory %ld KiB", peak);
  g_assert_cmpint (peak, <, 80 * 1024);
}

/* 32 reports of one text of different sentences, the same in each: every
 * sentence kept with its 31 equals, every pair of them an edge. A story of
 * many reports gives back the analysed passages before it reads the edges
 * (77 MB here when it held both, 69 MB; hostile.sh's `identical` at 500
 * KiB a source 1,146 -> 876 MB). */
static void
test_cli_compare_identical_memory (void)
{
  static const char * const names[] = { "Marta Kovalenko", "Ivan Petrov", "Ana Silva", "John Carter", "Geneva" };
  static const char * const words[] = { "officials", "residents", "troops", "village", "bridge", "convoy",
                                        "hospital", "market", "prices", "court", "police", "roads" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  long peak;

  if (PX_TEST_ASAN)
    {
      g_test_skip ("AddressSanitizer keeps its own heap");
      return;
    }
  for (guint k = 0; text->len < 32 * 1024; k++)
    g_string_append_printf (text, "%s said %d %s were %s in %s on March %d. %s",
                            names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))], g_rand_int_range (rand, 2, 900),
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                            names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))], g_rand_int_range (rand, 1, 28),
                            k % 5 == 4 ? "\n\n" : "");
  peak = compare_32_copies_peak ("hostile-identical-XXXXXX", text->str, text->len);
  g_test_message ("compare of 32 reports of one text: peak memory %ld KiB", peak);
  g_assert_cmpint (peak, <, 73 * 1024);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/safe-text", test_safe_text);
  g_test_add_func ("/hostile/extract/escape-tails", test_escape_tails);
  g_test_add_func ("/hostile/fetch/endless-continue", test_endless_continue);
  g_test_add_func ("/hostile/fetch/some-continues", test_some_continues);
  g_test_add_func ("/hostile/fetch/short-body", test_short_body);
  g_test_add_func ("/hostile/fetch/whole-body-close", test_whole_body_close);
  g_test_add_func ("/hostile/fetch/negative-length", test_negative_length);
  g_test_add_func ("/hostile/fetch/raw-headers", test_raw_headers);

  g_test_add_func ("/hostile/cli/spoofing-outputs", test_spoofing_outputs);
  g_test_add_func ("/hostile/cli/rtl-outlet-isolated", test_rtl_outlet_isolated);
  g_test_add_func ("/hostile/cli/csv-on-terminal", test_csv_on_terminal);
  g_test_add_func ("/hostile/cli/mistyped-db", test_cli_mistyped_db);
  g_test_add_func ("/hostile/markdown/inert", test_markdown_inert);
  g_test_add_func ("/hostile/cli/small-ones", test_cli_small_ones);
  g_test_add_func ("/hostile/cli/compare-alike-memory", test_cli_compare_alike_memory);
  g_test_add_func ("/hostile/cli/compare-identical-memory", test_cli_compare_identical_memory);
  g_test_add_func ("/hostile/store/lost-library-restored", test_lost_library_restored);
  g_test_add_func ("/hostile/store/backup-asks", test_backup_asks);
  g_test_add_func ("/hostile/cli/backup-question", test_cli_backup_question);
  g_test_add_func ("/hostile/store/open-existing", test_open_existing);
  g_test_add_func ("/hostile/store/open-messages", test_open_messages);
  g_test_add_func ("/hostile/store/stale-backup-journal", test_stale_backup_journal);

  {
    int status = g_test_run ();

    px_test_remove_temp_dirs ();
    return status;
  }
}
