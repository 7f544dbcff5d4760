/* test-pg-store.c: a team library on a throwaway PostgreSQL server
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-store.h"
#include "px-test-pg.h"
#include "px-test-util.h"

#include <string.h>

#include <glib/gstdio.h>

static PxTestPg *server;

static const char article_text[] =
  "Councillors voted by nine votes to four to close the old bridge. "
  "The mayor said repairs would cost 4.75 million euros. "
  "Residents protested outside the town hall on Tuesday.";

static char *
new_library (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("library_%u", ++n);

  return px_test_pg_new_database (server, name);
}

static PxPgStore *
open_library (const char *uri,
              const char *author)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  PxPgStore *store = px_pg_store_open (uri, server->password, author, queue_dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (px_pg_store_get_connected (store));
  return store;
}

static PxArticle *
make_article (const char *input,
              const char *outlet,
              const char *text)
{
  PxArticle *article = px_article_new (input);

  article->outlet = g_strdup (outlet);
  article->title = g_strdup_printf ("%s on the bridge", outlet);
  g_free (article->text);
  article->text = g_strdup (text);
  return article;
}

/* A story with one source; the source's id in @source_id. */
static gint64
make_story (PxPgStore *store,
            gint64    *source_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = make_article ("https://example.org/bridge", "Example News", article_text);
  gint64 story_id = px_pg_store_create_story (store, "The bridge", &error);

  g_assert_no_error (error);
  g_assert_cmpint (story_id, >, 0);
  *source_id = px_pg_store_add_source (store, story_id, article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (*source_id, >, 0);
  return story_id;
}

static gint64
annotate (PxPgStore  *store,
          gint64      story_id,
          gint64      source_id,
          guint       start,
          guint       end,
          const char *note)
{
  g_autoptr(GError) error = NULL;
  PxTargetSpec target = { .source_id = source_id, .start = start, .end = end };
  gint64 id = px_pg_store_create_annotation (store, story_id, &target, 1, PX_VERDICT_UNVERIFIED, note, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_uris (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  gboolean local = FALSE;

  g_assert_true (px_pg_is_uri ("postgresql://desk.example.org/checks"));
  g_assert_true (px_pg_is_uri ("postgres://desk.example.org/checks"));
  g_assert_false (px_pg_is_uri ("/home/ana/parallax.db"));

  g_assert_true (px_pg_uri_is_local ("postgresql:///checks", &local, &error));
  g_assert_true (local);
  g_assert_true (px_pg_uri_is_local ("postgresql://localhost:5433/checks", &local, &error));
  g_assert_true (local);
  g_assert_true (px_pg_uri_is_local ("postgresql://127.0.0.7/checks", &local, &error));
  g_assert_true (local);
  g_assert_true (px_pg_uri_is_local ("postgresql://[::1]/checks", &local, &error));
  g_assert_true (local);
  g_assert_true (px_pg_uri_is_local ("postgresql://desk.example.org/checks", &local, &error));
  g_assert_false (local);
  g_assert_true (px_pg_uri_is_local ("postgresql://localhost,desk.example.org/checks", &local, &error));
  g_assert_false (local);
  g_assert_true (px_pg_uri_is_local ("postgresql://192.168.1.20/checks", &local, &error));
  g_assert_false (local);
  /* a host from a service file or the environment may be anywhere */
  g_assert_true (px_pg_uri_is_local ("postgresql:///checks?service=desk", &local, &error));
  g_assert_false (local);
  {
    g_autofree char *saved = g_strdup (g_getenv ("PGHOST"));

    g_setenv ("PGHOST", "desk.example.org", TRUE);
    g_assert_true (px_pg_uri_is_local ("postgresql:///checks", &local, &error));
    g_assert_false (local);
    g_assert_true (px_pg_uri_is_local ("postgresql://localhost/checks", &local, &error));
    g_assert_true (local);
    if (saved != NULL)
      g_setenv ("PGHOST", saved, TRUE);
    else
      g_unsetenv ("PGHOST");
  }
  g_assert_no_error (error);

  g_assert_false (px_pg_uri_is_local ("postgresql://desk/checks?colour=blue", &local, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);

  display = px_pg_uri_display ("postgresql://ana:secret@desk.example.org/checks");
  g_assert_null (strstr (display, "secret"));
  g_assert_nonnull (strstr (display, "ana@desk.example.org/checks"));

  /* Nor in the query, nor when GUri cannot read the address, nor in
   * libpq's reason for refusing it (issue 14 follow-up, found by fuzzing).
   */
  g_clear_pointer (&display, g_free);
  display = px_pg_uri_display ("postgresql://desk.example.org/checks?sslmode=require&password=hunter22");
  g_assert_null (strstr (display, "hunter22"));
  g_assert_nonnull (strstr (display, "sslmode=require"));
  g_clear_pointer (&display, g_free);
  display = px_pg_uri_display ("postgresql://ana:hunter22@desk.example.org:99999999/checks");
  g_assert_null (strstr (display, "hunter22"));
  g_clear_error (&error);
  g_assert_false (px_pg_uri_is_local ("postgresql://ana:hunter22@[::1/checks", &local, &error));
  g_assert_null (strstr (error->message, "hunter22"));
  g_clear_error (&error);
  g_assert_false (px_pg_uri_is_local ("postgresql://ana:hunter22@desk/checks?x%zz=1", &local, &error));
  g_test_message ("%s", error->message);
  g_assert_null (strstr (error->message, "hunter22"));
}

/* A host that is not this machine is reached over TLS only, whatever the
 * URI says: here a name that is not local, pointed at the test server
 * (which has no TLS) by hostaddr, so nothing leaves the machine.
 */
static void
test_tls_required (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_strdup_printf ("postgresql://parallax@desk.example.org:%u/postgres"
                                          "?hostaddr=127.0.0.1&sslmode=disable", server->port);
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(PxPgStore) store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);

  /* Unreachable over TLS, so it opens disconnected: nothing went in clear. */
  g_assert_no_error (error);
  g_assert_false (px_pg_store_get_connected (store));
  g_assert_false (px_pg_store_sync (store, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED);
  g_assert_nonnull (strstr (error->message, "SSL"));
}

static void
test_wrong_password (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(PxPgStore) store = px_pg_store_open (server->uri, "not the password", "Ana", queue_dir, &error);

  g_assert_null (store);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "password"));
  g_assert_null (strstr (error->message, "not the password"));
}

static void
test_schema (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) first = open_library (uri, "Ana");
  g_autoptr(PxPgStore) second = open_library (uri, "Ben");
  g_autofree char *version = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");
  g_autofree char *authors = px_test_pg_query (server, uri, "SELECT string_agg (name, ',' ORDER BY name) FROM authors");
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) refused = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *compat = NULL;

  g_assert_cmpstr (version, ==, G_STRINGIFY (PX_PG_SCHEMA_VERSION));
  g_assert_cmpstr (authors, ==, "Ana,Ben");
  /* What it says of older clients, and who set it up. */
  compat = px_test_pg_query (server, uri,
                             "SELECT readable_from || ',' || writable_from || ',' || set_up_by FROM parallax_schema");
  g_assert_cmpstr (compat, ==, "5,5," PACKAGE_VERSION);

  /* A library set up by a newer Parallax that this one may not read is
   * refused, and left as it is.
   */
  g_free (px_test_pg_query (server, uri, "UPDATE parallax_schema SET version = 99, readable_from = 99"));
  refused = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);
  g_assert_null (refused);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
  unchanged = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");
  g_assert_cmpstr (unchanged, ==, "99");
}

static gint64 one_source_story (const char *uri,
                                gint64     *source);

static void
set_true_cb (gboolean *flag)
{
  *flag = TRUE;
}

/* Takes the library at @uri to what a newer Parallax (@set_up_by, NULL:
 * one that did not say) made of it at library @version: a column and a
 * table more, and what it says of older clients.
 */
static void
make_newer (const char *uri,
            int         version,
            int         readable_from,
            int         writable_from,
            const char *set_up_by)
{
  g_autofree char *sql = g_strdup_printf ("ALTER TABLE source_versions ADD COLUMN IF NOT EXISTS summary text; "
                                          "ALTER TABLE annotations ADD COLUMN IF NOT EXISTS colour text NOT NULL "
                                          "  DEFAULT 'yellow'; "
                                          "CREATE TABLE IF NOT EXISTS checklists (id bigint PRIMARY KEY, item text); "
                                          "UPDATE parallax_schema SET version = %d, readable_from = %d, "
                                          "  writable_from = %d, set_up_by = %s%s%s",
                                          version, readable_from, writable_from,
                                          set_up_by != NULL ? "'" : "", set_up_by != NULL ? set_up_by : "NULL",
                                          set_up_by != NULL ? "'" : "");

  g_free (px_test_pg_query (server, uri, sql));
}

/* A newer library whose steps since this version only added columns and
 * tables (it says this version may write it) opens as any other: read,
 * written, and left at its version, with what the newer Parallax keeps
 * in its own columns untouched.
 */
static void
test_newer_writable (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(PxAnnotation) annotation = NULL;
  g_autoptr(PxArticle) article = make_article ("b.txt", "Beta", "The bridge closed on Wednesday.");
  g_autofree char *read_only = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *version = NULL;
  g_autofree char *colour = NULL;
  gint64 story, source, added, note;
  guint row_version = 0;

  story = one_source_story (uri, &source);
  make_newer (uri, 8, 5, 5, "0.2.0");
  g_free (px_test_pg_query (server, uri, "UPDATE source_versions SET summary = 'kept by 0.2.0'"));

  store = open_library (uri, "Ben");
  read_only = px_pg_store_dup_read_only (store);
  g_assert_null (read_only);

  sources = px_pg_store_list_sources (store, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->text, ==, "The bridge closed on Tuesday.");

  added = px_pg_store_add_source (store, story, article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, >, 0);
  note = annotate (store, story, source, 4, 10, "Which bridge?");
  g_assert_true (px_pg_store_save_annotation (store, note, 1, PX_VERDICT_ACCURATE, NULL, &row_version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (row_version, ==, 2);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
  annotation = px_pg_store_get_annotation (store, note, &error);
  g_assert_no_error (error);
  g_assert_cmpint (annotation->verdict, ==, PX_VERDICT_ACCURATE);

  summary = px_test_pg_query (server, uri, "SELECT summary FROM source_versions WHERE summary IS NOT NULL");
  g_assert_cmpstr (summary, ==, "kept by 0.2.0");
  colour = px_test_pg_query (server, uri, "SELECT string_agg (DISTINCT colour, ',') FROM annotations");
  g_assert_cmpstr (colour, ==, "yellow");
  version = px_test_pg_query (server, uri,
                              "SELECT version || ',' || writable_from || ',' || set_up_by FROM parallax_schema");
  g_assert_cmpstr (version, ==, "8,5,0.2.0");
}

/* A newer library that says this version may read it but not write it:
 * read as any other; saves are refused by the library, never half made,
 * and kept on this computer (the queue is the library's and the
 * author's) until a Parallax that may write it sends them. One that says
 * this version may not even read it is refused with one message naming
 * the library and the versions, and the queue stays.
 */
static void
test_newer_read_only (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *display = px_pg_uri_display (uri);
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autofree char *read_only = NULL;
  g_autofree char *queue_file = NULL;
  g_autofree char *queued = NULL;
  gint64 story, source, note;

  story = one_source_story (uri, &source);
  make_newer (uri, 9, 5, 8, "0.3.0");

  {
    g_autoptr(PxPgStore) store = px_pg_store_open (uri, server->password, "Ben", queue_dir, &error);
    g_autofree char *n_annotations = NULL;
    g_autofree char *authors = NULL;

    g_assert_no_error (error);
    g_assert_true (px_pg_store_get_connected (store));
    read_only = px_pg_store_dup_read_only (store);
    g_assert_nonnull (read_only);
    g_test_message ("%s", read_only);
    g_assert_nonnull (strstr (read_only, display));
    g_assert_nonnull (strstr (read_only, "Parallax 0.3.0"));
    g_assert_nonnull (strstr (read_only, "library version 9"));
    g_assert_nonnull (strstr (read_only, "Parallax " PACKAGE_VERSION));
    g_assert_nonnull (strstr (read_only, "up to 7"));

    sources = px_pg_store_list_sources (store, story, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sources->len, ==, 1);

    /* Kept here, not sent: the library has none of it. */
    note = annotate (store, story, source, 4, 10, "Which bridge?");
    g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 1);
    n_annotations = px_test_pg_query (server, uri, "SELECT count (*) FROM annotations");
    g_assert_cmpstr (n_annotations, ==, "0");
    authors = px_test_pg_query (server, uri, "SELECT string_agg (name, ',' ORDER BY name) FROM authors");
    g_assert_cmpstr (authors, ==, "Ana");
    g_assert_false (px_pg_store_sync (store, &error));
    g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY);
    g_clear_error (&error);
    g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 1);
  }

  /* Once this version may not read it either: one clear message, the
   * library as it was, the save still on this computer.
   */
  g_free (px_test_pg_query (server, uri, "UPDATE parallax_schema SET version = 10, readable_from = 10, "
                                         "set_up_by = '0.4.0'"));
  {
    g_autoptr(PxPgStore) refused = px_pg_store_open (uri, server->password, "Ben", queue_dir, &error);
    g_autofree char *version = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");

    g_assert_null (refused);
    g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, display));
    g_assert_nonnull (strstr (error->message, "Parallax 0.4.0"));
    g_assert_nonnull (strstr (error->message, "library version 10"));
    g_assert_nonnull (strstr (error->message, "Parallax " PACKAGE_VERSION));
    g_assert_nonnull (strstr (error->message, "up to 7"));
    g_assert_cmpstr (version, ==, "10");
    g_clear_error (&error);
  }
  queue_file = g_build_filename (queue_dir, "queue.jsonl", NULL);
  g_assert_true (g_file_get_contents (queue_file, &queued, NULL, NULL));
  g_assert_nonnull (strstr (queued, "Which bridge?"));

  /* Once a Parallax that may write it opens it (here: the library says
   * this one may), the kept save is sent, once.
   */
  g_free (px_test_pg_query (server, uri, "UPDATE parallax_schema SET readable_from = 5, writable_from = 5"));
  {
    g_autoptr(PxPgStore) store = px_pg_store_open (uri, server->password, "Ben", queue_dir, &error);
    g_autoptr(PxAnnotation) annotation = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
    annotation = px_pg_store_get_annotation (store, note, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (annotation->note, ==, "Which bridge?");
  }
}

/* A library a colleague's newer Parallax updates while this one has it
 * open: the next save finds out in its own transaction, is kept here
 * rather than half made, and the window hears "read-only". A library set
 * up before the rule (no word on older clients) and made newer is read
 * by no older client.
 */
static void
test_newer_while_open (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = NULL;
  g_autofree char *read_only = NULL;
  g_autofree char *n_annotations = NULL;
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  gint64 story, source;
  gboolean notified = FALSE;

  story = one_source_story (uri, &source);
  store = open_library (uri, "Ben");
  g_signal_connect_swapped (store, "notify::read-only", G_CALLBACK (set_true_cb), &notified);

  make_newer (uri, 9, 5, 8, NULL);
  annotate (store, story, source, 4, 10, "Which bridge?");
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 1);
  n_annotations = px_test_pg_query (server, uri, "SELECT count (*) FROM annotations");
  g_assert_cmpstr (n_annotations, ==, "0");
  read_only = px_pg_store_dup_read_only (store);
  g_assert_nonnull (read_only);
  g_assert_nonnull (strstr (read_only, "a newer Parallax (library version 9)"));
  while (!notified)
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&store);

  /* Before the rule: only its own version. */
  g_free (px_test_pg_query (server, uri, "ALTER TABLE parallax_schema DROP COLUMN readable_from, "
                                         "  DROP COLUMN writable_from, DROP COLUMN set_up_by; "
                                         "UPDATE parallax_schema SET version = " G_STRINGIFY (PX_PG_SCHEMA_VERSION)));
  g_clear_object (&store);
  store = open_library (uri, "Ben");
  g_clear_object (&store);
  g_free (px_test_pg_query (server, uri, "UPDATE parallax_schema SET version = " G_STRINGIFY (PX_PG_SCHEMA_VERSION) " + 1"));
  store = px_pg_store_open (uri, server->password, "Ben", queue_dir, &error);
  g_assert_null (store);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
}

/* Library version 2 stores whether a title is a placeholder: a version-1
 * library's stories titled with the English placeholder are marked so.
 */
static void
test_migration_provisional_title (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStoryInfo) placeholder = NULL;
  g_autoptr(PxStoryInfo) named = NULL;
  g_autofree char *version = NULL;
  gint64 first, second;

  {
    g_autoptr(PxPgStore) store = open_library (uri, "Ana");

    first = px_pg_store_create_story (store, "New Story", &error);
    second = px_pg_store_create_story (store, "Bridge vote", &error);
    g_assert_no_error (error);
  }
  /* Back to what version 1 had. */
  g_free (px_test_pg_query (server, uri,
                            "ALTER TABLE stories DROP COLUMN title_provisional; ALTER TABLE sources DROP COLUMN error; "
                            "ALTER TABLE sources DROP COLUMN failed_at; UPDATE parallax_schema SET version = 1"));

  {
    g_autoptr(PxPgStore) store = open_library (uri, "Ana");

    version = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");
    g_assert_cmpstr (version, ==, G_STRINGIFY (PX_PG_SCHEMA_VERSION));
    placeholder = px_pg_store_get_story (store, first, &error);
    named = px_pg_store_get_story (store, second, &error);
    g_assert_no_error (error);
    g_assert_true (placeholder->title_provisional);
    g_assert_false (named->title_provisional);
  }
}

/* A story "Bridge vote" in the library at @uri, with one source (Alpha's
 * "The bridge closed on Tuesday."), for a migration test to take back to
 * an older version; the source's id in @source.
 */
static gint64
one_source_story (const char *uri,
                  gint64     *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = px_article_new ("a.txt");
  g_autoptr(PxPgStore) store = open_library (uri, "Ana");
  gint64 story;

  article->outlet = g_strdup ("Alpha");
  g_free (article->text);
  article->text = g_strdup ("The bridge closed on Tuesday.");
  story = px_pg_store_create_story (store, "Bridge vote", &error);
  g_assert_no_error (error);
  *source = px_pg_store_add_source (store, story, article, NULL, &error);
  g_assert_no_error (error);
  return story;
}

/* Library version 3 keeps failed sources: a version-2 library's sources
 * are all loaded ones, and stay so.
 */
static void
test_migration_failed_sources (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autofree char *version = NULL;
  gint64 story, source, kept;

  story = one_source_story (uri, &source);
  /* Back to what version 2 had. */
  g_free (px_test_pg_query (server, uri,
                            "ALTER TABLE sources DROP COLUMN error; ALTER TABLE sources DROP COLUMN failed_at; "
                            "UPDATE parallax_schema SET version = 2"));

  {
    g_autoptr(PxPgStore) store = open_library (uri, "Ana");

    version = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");
    g_assert_cmpstr (version, ==, G_STRINGIFY (PX_PG_SCHEMA_VERSION));
    sources = px_pg_store_list_sources (store, story, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sources->len, ==, 1);
    g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->id, ==, source);
    g_assert_null (((PxSourceRecord *) sources->pdata[0])->error);
    kept = px_pg_store_keep_failed_source (store, story, 0, "http://127.0.0.1:9/", NULL, "refused", &error);
    g_assert_no_error (error);
    failed = px_pg_store_list_failed_sources (store, story, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (failed->len, ==, 1);
    g_assert_cmpint (((PxSourceRecord *) failed->pdata[0])->id, ==, kept);
    g_assert_cmpuint (((PxSourceRecord *) failed->pdata[0])->position, ==, 1);
  }
}

/* Library version 5 keeps when each version's page said it last changed:
 * a version-4 library's source and its text are kept, its version says
 * nothing (NULL), and a new version keeps what its page said.
 */
static void
test_migration_updated (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) next = px_article_new ("a.txt");
  g_autofree char *version = NULL;
  gint64 source;

  one_source_story (uri, &source);
  /* Back to what version 4 had. */
  g_free (px_test_pg_query (server, uri,
                            "ALTER TABLE source_versions DROP COLUMN updated; UPDATE parallax_schema SET version = 4"));

  {
    g_autoptr(PxPgStore) store = open_library (uri, "Ana");
    g_autoptr(PxSourceRecord) old = NULL;
    g_autoptr(PxSourceRecord) again = NULL;
    g_autoptr(PxReanchorReport) report = NULL;

    version = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");
    g_assert_cmpstr (version, ==, G_STRINGIFY (PX_PG_SCHEMA_VERSION));
    old = px_pg_store_get_source (store, source, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (old->outlet, ==, "Alpha");
    g_assert_cmpstr (old->text, ==, "The bridge closed on Tuesday.");
    g_assert_null (old->updated);

    next->outlet = g_strdup ("Alpha");
    g_free (next->text);
    next->text = g_strdup ("The bridge closed on Tuesday night.");
    next->updated = g_strdup ("2026-03-06T09:15:00Z");
    report = px_pg_store_add_source_version (store, source, next, NULL, &error);
    g_assert_no_error (error);
    again = px_pg_store_get_source (store, source, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (again->updated, ==, "2026-03-06T09:15:00Z");
  }
}

/* The failed source @id of @story, as px_pg_store_list_failed_sources()
 * reads it back. */
static PxSourceRecord *
get_failed (PxPgStore *store,
            gint64     story,
            gint64     id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failed = px_pg_store_list_failed_sources (store, story, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < failed->len; i++)
    if (((PxSourceRecord *) failed->pdata[i])->id == id)
      return g_ptr_array_steal_index (failed, i);
  g_assert_not_reached ();
}

/* Library version 6 keeps what failed and what a page with no article
 * text said about itself (the local library's version 9): a version-5
 * library's failed source is kept as it was, saying nothing of its page;
 * failed again, all of what the page said is read back, by a colleague
 * too; a failure of another kind replaces it, and loading clears it.
 */
static void
test_migration_failed_page (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) page = px_article_new ("/home/ana/login.html");
  g_autoptr(PxArticle) loaded = make_article ("/home/ana/login.html", "Example Times",
                                              "The harbour bridge will close for repairs.");
  g_autofree char *version = NULL;
  gint64 story, source, failed;

  story = one_source_story (uri, &source);
  {
    g_autoptr(PxPgStore) store = open_library (uri, "Ana");

    failed = px_pg_store_keep_failed_source (store, story, 0, "/home/ana/login.html", "Example Times",
                                             "/home/ana/login.html has no article text that could be found", &error);
    g_assert_no_error (error);
  }
  /* Back to what version 5 had. */
  g_free (px_test_pg_query (server, uri,
                            "ALTER TABLE sources DROP COLUMN error_kind, DROP COLUMN page_outlet, "
                            "  DROP COLUMN page_title, DROP COLUMN page_byline, DROP COLUMN page_published, "
                            "  DROP COLUMN page_updated, DROP COLUMN page_url; "
                            "UPDATE parallax_schema SET version = 5"));

  {
    g_autoptr(PxPgStore) store = open_library (uri, "Ana");
    g_autoptr(PxPgStore) colleague = open_library (uri, "Ben");
    g_autoptr(PxSourceRecord) kept = NULL;
    g_autoptr(PxSourceRecord) again = NULL;
    g_autoptr(PxSourceRecord) seen = NULL;
    g_autoptr(PxSourceRecord) other = NULL;
    g_autoptr(PxSourceRecord) record = NULL;
    g_autoptr(PxReanchorReport) report = NULL;
    g_autoptr(GPtrArray) sources = NULL;

    version = px_test_pg_query (server, uri, "SELECT version FROM parallax_schema");
    g_assert_cmpstr (version, ==, G_STRINGIFY (PX_PG_SCHEMA_VERSION));
    sources = px_pg_store_list_sources (store, story, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sources->len, ==, 1);
    g_assert_null (((PxSourceRecord *) sources->pdata[0])->page);
    kept = get_failed (store, story, failed);
    g_assert_cmpstr (kept->outlet, ==, "Example Times");
    g_assert_cmpstr (kept->error, ==, "/home/ana/login.html has no article text that could be found");
    g_assert_null (kept->error_kind);
    g_assert_null (kept->page);

    /* Failed again, with what the page said: all of it is read back. */
    page->outlet = g_strdup ("Example Times");
    page->title = g_strdup ("Harbour bridge to close");
    page->byline = g_strdup ("Mara Quill");
    page->published = g_strdup ("2026-02-14T07:45:00Z");
    page->updated = g_strdup ("2026-02-14T09:10:00Z");
    page->url = g_strdup ("https://times.example/harbour-bridge");
    g_assert_cmpint (px_library_keep_failed_source_full (PX_LIBRARY (store), story, failed, "/home/ana/login.html",
                                                         "Example Times", "no text", "no-content", NULL, page, &error),
                     ==, failed);
    g_assert_no_error (error);
    again = get_failed (store, story, failed);
    g_assert_cmpstr (again->error, ==, "no text");
    g_assert_cmpstr (again->error_kind, ==, "no-content");
    g_assert_nonnull (again->page);
    g_assert_cmpstr (again->page->outlet, ==, "Example Times");
    g_assert_cmpstr (again->page->title, ==, "Harbour bridge to close");
    g_assert_cmpstr (again->page->byline, ==, "Mara Quill");
    g_assert_cmpstr (again->page->published, ==, "2026-02-14T07:45:00Z");
    g_assert_cmpstr (again->page->updated, ==, "2026-02-14T09:10:00Z");
    g_assert_cmpstr (again->page->url, ==, "https://times.example/harbour-bridge");
    /* a colleague's Parallax reads it the same */
    seen = get_failed (colleague, story, failed);
    g_assert_cmpstr (seen->error_kind, ==, "no-content");
    g_assert_cmpstr (seen->page->title, ==, "Harbour bridge to close");

    /* A failure of another kind replaces the page it had. */
    g_assert_cmpint (px_pg_store_keep_failed_source_full (store, story, failed, "/home/ana/login.html",
                                                          "Example Times", "/home/ana/login.html: no such file",
                                                          NULL, NULL, NULL, &error), ==, failed);
    g_assert_no_error (error);
    other = get_failed (store, story, failed);
    g_assert_null (other->error_kind);
    g_assert_null (other->page);

    /* Loaded at last: a source like any other, nothing of the failure left. */
    g_assert_cmpint (px_pg_store_keep_failed_source_full (store, story, failed, "/home/ana/login.html",
                                                          "Example Times", "no text", "no-content", NULL, page, &error),
                     ==, failed);
    report = px_pg_store_add_source_version (store, failed, loaded, NULL, &error);
    g_assert_no_error (error);
    record = px_pg_store_get_source (store, failed, &error);
    g_assert_no_error (error);
    g_assert_null (record->error);
    g_assert_null (record->error_kind);
    g_assert_null (record->page);
    {
      g_autofree char *left = px_test_pg_query (server, uri, "SELECT count (*) FROM sources "
                                                             "WHERE page_title IS NOT NULL OR error_kind IS NOT NULL");

      g_assert_cmpstr (left, ==, "0");
    }
  }
}

static void
test_library (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) store = open_library (uri, "Ana");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(PxStoryInfo) story = NULL;
  g_autoptr(PxAnnotation) annotation = NULL;
  g_autoptr(GBytes) body = NULL;
  PxTargetSpec quote = { 0 };
  gint64 source_id;
  gint64 story_id = make_story (store, &source_id);
  gint64 annotation_id;

  g_assert_true (px_pg_store_rename_story (store, story_id, "  The old bridge  ", &error));
  g_assert_no_error (error);
  story = px_pg_store_get_story (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->title, ==, "The old bridge");
  g_assert_cmpuint (story->n_sources, ==, 1);
  g_assert_true (g_str_has_suffix (story->created_at, "Z"));

  g_assert_cmpint (px_pg_store_create_story (store, "   ", &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);

  sources = px_pg_store_list_sources (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  {
    PxSourceRecord *source = sources->pdata[0];

    g_assert_cmpint (source->id, ==, source_id);
    g_assert_cmpstr (source->outlet, ==, "Example News");
    g_assert_cmpstr (source->text, ==, article_text);
    g_assert_cmpuint (source->version, ==, 1);
    body = px_pg_store_get_version_body (store, source->version_id, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body), article_text, strlen (article_text));
  }

  quote.source_id = source_id;
  quote.quote = "4.75 million euros";
  annotation_id = px_pg_store_create_annotation (store, story_id, &quote, 1, PX_VERDICT_ACCURATE,
                                                 "Matches the council's budget", &error);
  g_assert_no_error (error);
  quote.quote = "not in the text";
  g_assert_cmpint (px_pg_store_create_annotation (store, story_id, &quote, 1, PX_VERDICT_ACCURATE, NULL, &error),
                   ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_QUOTE_NOT_FOUND);
  g_clear_error (&error);

  annotation = px_pg_store_get_annotation (store, annotation_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (annotation->story_id, ==, story_id);
  g_assert_cmpint (annotation->verdict, ==, PX_VERDICT_ACCURATE);
  g_assert_cmpstr (annotation->author, ==, "Ana");
  g_assert_cmpstr (annotation->updated_by, ==, "Ana");
  g_assert_cmpuint (annotation->row_version, ==, 1);
  g_assert_null (annotation->reviewed_by);
  g_assert_cmpuint (annotation->targets->len, ==, 1);
  {
    PxAnnotationTarget *target = annotation->targets->pdata[0];

    g_assert_cmpstr (target->selector->exact, ==, "4.75 million euros");
    g_assert_cmpint (target->source_id, ==, source_id);
  }

  /* The editor's mark; a new verdict takes it away. */
  g_assert_true (px_pg_store_set_annotation_reviewed (store, annotation_id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = px_pg_store_get_annotation (store, annotation_id, &error);
  g_assert_cmpstr (annotation->reviewed_by, ==, "Ana");
  g_assert_nonnull (annotation->reviewed_at);
  g_assert_true (px_pg_store_save_annotation (store, annotation_id, annotation->row_version, PX_VERDICT_ACCURATE,
                                              "Same verdict, longer note", NULL, &error));
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = px_pg_store_get_annotation (store, annotation_id, &error);
  g_assert_cmpstr (annotation->reviewed_by, ==, "Ana");
  g_assert_true (px_pg_store_save_annotation (store, annotation_id, annotation->row_version, PX_VERDICT_MISLEADING,
                                              "Same verdict, longer note", NULL, &error));
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = px_pg_store_get_annotation (store, annotation_id, &error);
  g_assert_null (annotation->reviewed_by);
  g_assert_cmpuint (annotation->row_version, ==, 3);

  annotations = px_pg_store_list_annotations (store, story_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_assert_true (px_pg_store_delete_annotation (store, annotation_id, &error));
  g_clear_pointer (&annotations, g_ptr_array_unref);
  annotations = px_pg_store_list_annotations (store, story_id, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 0);
  g_clear_pointer (&annotations, g_ptr_array_unref);
  annotations = px_pg_store_list_annotations (store, story_id, TRUE, &error);
  g_assert_cmpuint (annotations->len, ==, 1);

  g_assert_true (px_pg_store_delete_story (store, story_id, &error));
  stories = px_pg_store_list_stories (store, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 0);
  g_clear_pointer (&stories, g_ptr_array_unref);
  stories = px_pg_store_list_stories (store, TRUE, &error);
  g_assert_cmpuint (stories->len, ==, 1);
  g_assert_true (px_pg_store_restore_story (store, story_id, &error));
  g_assert_no_error (error);

  g_assert_false (px_pg_store_rename_story (store, 12345, "Nothing", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
}

/* Columns, trash, re-fetching and the rest of what the local library does. */
static void
test_library_more (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) store = open_library (uri, "Ana");
  g_autoptr(PxPgStore) ben = open_library (uri, "Ben");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) second = make_article ("second.txt", "Second", "Second text about the bridge.");
  g_autoptr(PxArticle) third = make_article ("third.txt", "Third", "Third text about the bridge.");
  g_autoptr(PxArticle) changed = make_article ("https://example.org/bridge", "Example News", NULL);
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(PxAnnotation) annotation = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *text = NULL;
  gint64 source_id;
  gint64 story_id = make_story (store, &source_id);
  gint64 second_id = px_pg_store_add_source (store, story_id, second, NULL, &error);
  gint64 third_id = px_pg_store_add_source (store, story_id, third, NULL, &error);
  gint64 id = annotate (store, story_id, source_id, 26, 39, "On the vote");

  g_assert_no_error (error);

  /* Columns: move the third first, trash the first, restore it. */
  g_assert_true (px_pg_store_move_source (store, third_id, 0, &error));
  g_assert_no_error (error);
  sources = px_pg_store_list_sources (store, story_id, &error);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->id, ==, third_id);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[1])->id, ==, source_id);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[2])->id, ==, second_id);
  g_clear_pointer (&sources, g_ptr_array_unref);

  g_assert_true (px_pg_store_delete_source (store, source_id, &error));
  sources = px_pg_store_list_sources (store, story_id, &error);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpuint (((PxSourceRecord *) sources->pdata[1])->position, ==, 1);
  g_clear_pointer (&sources, g_ptr_array_unref);
  /* An annotation whose passages are all in the trash is hidden too. */
  annotations = px_pg_store_list_annotations (store, story_id, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 0);
  g_clear_pointer (&annotations, g_ptr_array_unref);
  g_assert_true (px_pg_store_restore_source (store, source_id, &error));
  sources = px_pg_store_list_sources (store, story_id, &error);
  g_assert_cmpuint (sources->len, ==, 3);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[1])->id, ==, source_id);
  g_clear_pointer (&sources, g_ptr_array_unref);

  /* A new version: the passage is found again where it moved. */
  changed->text = g_strconcat ("Late on Monday, ", article_text, NULL);
  report = px_pg_store_add_source_version (store, source_id, changed, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  g_assert_cmpuint (report->outcomes->len, ==, 1);
  g_assert_cmpuint (report->n_needs_review, ==, 0);
  annotation = px_pg_store_get_annotation (store, id, &error);
  g_assert_cmpuint (((PxAnnotationTarget *) annotation->targets->pdata[0])->selector->start, ==, 26 + 16);
  g_assert_cmpint (((PxAnnotationTarget *) annotation->targets->pdata[0])->version_id, ==, report->version_id);
  versions = px_pg_store_list_source_versions (store, source_id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  text = px_pg_store_get_version_text (store, report->version_id, &error);
  g_assert_cmpstr (text, ==, changed->text);
  g_clear_pointer (&report, px_reanchor_report_free);
  report = px_pg_store_add_source_version (store, source_id, changed, NULL, &error);
  g_assert_false (report->changed);

  /* Verdict and note from what each last read: Ben read it before Ana saved. */
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = px_pg_store_get_annotation (ben, id, &error);
  g_assert_true (px_pg_store_set_annotation_note (store, id, "Ana's note", &error));
  g_assert_true (px_pg_store_set_annotation_verdict (store, id, PX_VERDICT_FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (px_pg_store_set_annotation_note (ben, id, "Ben's note", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = px_pg_store_get_annotation (ben, id, &error);
  g_assert_cmpstr (annotation->note, ==, "Ana's note");
  g_assert_cmpint (annotation->verdict, ==, PX_VERDICT_FALSE);
  g_assert_true (px_pg_store_set_annotation_note (ben, id, "Ben's note", &error));
  g_assert_true (px_pg_store_set_annotation_state (ben, id, PX_ANNOTATION_STATE_DISMISSED, &error));
  g_assert_no_error (error);

  /* Anyone's write shows in a poll. */
  px_pg_store_poll_changes (store, &error);
  g_assert_false (px_pg_store_poll_changes (store, &error));
  g_assert_true (px_pg_store_delete_annotation (ben, id, &error));
  g_assert_true (px_pg_store_poll_changes (store, &error));
  g_assert_true (px_pg_store_restore_annotation (store, id, &error));
  g_assert_no_error (error);

  /* Emptying the trash. */
  g_assert_true (px_pg_store_delete_story (store, story_id, &error));
  later = g_date_time_add_minutes (now, 1);
  g_assert_true (px_pg_store_purge_deleted_stories (store, later, &error));
  g_assert_no_error (error);
  g_assert_null (px_pg_store_get_story (store, story_id, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
}

static void
test_search (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) store = open_library (uri, "Ana");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gint64 source_id;
  gint64 story_id = make_story (store, &source_id);

  annotate (store, story_id, source_id, 0, 11, "Checked against the minutes of the meeting");

  hits = px_pg_store_search (store, "repairs cost", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->kind, ==, PX_SEARCH_HIT_ARTICLE);
  g_assert_nonnull (strstr (((PxSearchHit *) hits->pdata[0])->snippet, "[repairs]"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* The last word may be the start of one; a quoted phrase must match as one. */
  hits = px_pg_store_search (store, "minu", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->kind, ==, PX_SEARCH_HIT_NOTE);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_pg_store_search (store, "\"bridge old\"", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* What people type is never a syntax error. */
  hits = px_pg_store_search (store, "it's (bridge & ! 'x':*", 10, &error);
  g_assert_no_error (error);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_pg_store_search (store, "the", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
}

/* Two people save the same annotation: the second is told who changed it
 * and when, nothing is lost, and saving again from the new version wins.
 */
static void
test_conflict (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) ana = open_library (uri, "Ana");
  g_autoptr(PxPgStore) ben = open_library (uri, "Ben");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxAnnotation) ana_copy = NULL;
  g_autoptr(PxAnnotation) ben_copy = NULL;
  g_autoptr(PxAnnotation) current = NULL;
  gint64 source_id;
  gint64 story_id = make_story (ana, &source_id);
  gint64 id = annotate (ana, story_id, source_id, 0, 11, "First look");
  guint version = 0;

  ana_copy = px_pg_store_get_annotation (ana, id, &error);
  ben_copy = px_pg_store_get_annotation (ben, id, &error);
  g_assert_no_error (error);

  g_assert_true (px_pg_store_save_annotation (ana, id, ana_copy->row_version, PX_VERDICT_FALSE,
                                              "Ana: the vote was nine to five", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 2);

  g_assert_false (px_pg_store_save_annotation (ben, id, ben_copy->row_version, PX_VERDICT_ACCURATE,
                                               "Ben: the vote was nine to four", &version, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "changed by Ana at "));
  g_clear_error (&error);

  current = px_pg_store_get_annotation (ben, id, &error);
  g_assert_cmpstr (current->note, ==, "Ana: the vote was nine to five");
  g_assert_cmpstr (current->updated_by, ==, "Ana");

  /* Ben reloaded and overwrites from what he read. */
  g_assert_true (px_pg_store_save_annotation (ben, id, current->row_version, PX_VERDICT_ACCURATE,
                                              "Ben: the vote was nine to four", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 3);
  g_clear_pointer (&current, px_annotation_free);
  current = px_pg_store_get_annotation (ana, id, &error);
  g_assert_cmpstr (current->updated_by, ==, "Ben");
  g_assert_cmpint (current->verdict, ==, PX_VERDICT_ACCURATE);

  /* Ana's stale copy is refused again; 0 overwrites whatever is there. */
  g_assert_false (px_pg_store_save_annotation (ana, id, ana_copy->row_version + 1, PX_VERDICT_FALSE, "x", NULL,
                                               &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "changed by Ben at "));
  g_clear_error (&error);
  g_assert_true (px_pg_store_save_annotation (ana, id, 0, PX_VERDICT_FALSE, "Ana: overwritten", &version, &error));
  g_assert_cmpuint (version, ==, 4);
}

static guint
count_rows (const char *uri,
            const char *sql)
{
  g_autofree char *value = px_test_pg_query (server, uri, sql);

  return value != NULL ? atoi (value) : 0;
}

/* A write queued while the server is away is sent once it is back; one
 * whose answer was lost (replayed from the queue after it was applied)
 * is applied once all the same.
 */
static void
test_queue_replay (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autofree char *queue_path = g_build_filename (queue_dir, "queue.jsonl", NULL);
  g_autofree char *head_path = g_build_filename (queue_dir, "head", NULL);
  g_autofree char *failed_path = g_build_filename (queue_dir, "failed.jsonl", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  PxPgStore *store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);
  gint64 source_id;
  gint64 story_id = make_story (store, &source_id);
  gint64 id;

  px_test_pg_stop (server);
  id = annotate (store, story_id, source_id, 12, 17, "Made while the server was away");
  g_assert_true (px_pg_store_save_annotation (store, id, 0, PX_VERDICT_FALSE, "Saved while away", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 2);
  g_assert_false (px_pg_store_sync (store, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED);
  g_clear_error (&error);
  g_assert_null (px_pg_store_get_annotation (store, id, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED);
  g_clear_error (&error);

  g_file_get_contents (queue_path, &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (saved, "Made while the server was away"));

  px_test_pg_start_again (server);
  g_assert_true (px_pg_store_sync (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM annotations"), ==, 1);
  g_assert_cmpuint (count_rows (uri, "SELECT row_version FROM annotations"), ==, 2);
  g_object_unref (store);

  /* As if the process had died after the server applied it and before the
   * queue's head moved: the next run replays it, and the server knows it.
   */
  g_file_set_contents (queue_path, saved, -1, &error);
  g_file_set_contents (head_path, "0\n", -1, &error);
  g_assert_no_error (error);
  store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM annotations"), ==, 1);
  g_assert_cmpuint (count_rows (uri, "SELECT row_version FROM annotations"), ==, 2);
  g_assert_false (g_file_test (failed_path, G_FILE_TEST_EXISTS));
  g_object_unref (store);
}

/* A library a colleague's newer Parallax updated while this one could
 * not reach the server: the connection made when it answers again finds
 * out before anything queued is sent or anything read, and the saves
 * stay on this computer.
 */
static void
test_newer_after_away (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);
  g_autoptr(GPtrArray) stories = NULL;
  gint64 source_id;
  gint64 story_id = make_story (store, &source_id);

  px_test_pg_stop (server);
  annotate (store, story_id, source_id, 12, 17, "Made while the server was away");
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 1);
  px_test_pg_start_again (server);
  make_newer (uri, 9, 9, 9, "0.4.0");

  g_assert_false (px_pg_store_sync (store, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "library version 9"));
  g_clear_error (&error);
  /* Said again, not "cannot be reached", until the next attempt. */
  stories = px_pg_store_list_stories (store, FALSE, &error);
  g_assert_null (stories);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "library version 9"));
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 1);
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM annotations"), ==, 0);
}

/* Annotations made within one millisecond keep the order the library
 * lists them in, for a window that places a colleague's new one among
 * those it shows by its creation time: the times handed back carry
 * microseconds.
 */
static void
test_time_order (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = px_pg_store_open (uri, server->password, "Ana", NULL, &error);
  g_autoptr(GPtrArray) annotations = NULL;
  gint64 source_id;
  gint64 story_id = make_story (store, &source_id);
  gint64 first = annotate (store, story_id, source_id, 0, 5, "First");
  gint64 second = annotate (store, story_id, source_id, 6, 11, "Second");
  g_autofree char *sql = g_strdup_printf ("WITH u AS (UPDATE annotations SET created_at = CASE id "
                                          "  WHEN %" G_GINT64_FORMAT " THEN timestamptz '2026-11-24 14:32:00.000100+00' "
                                          "  ELSE timestamptz '2026-11-24 14:32:00.000400+00' END RETURNING 1) "
                                          "SELECT count (*) FROM u", first);
  const PxAnnotation *a, *b;

  g_assert_cmpint (count_rows (uri, sql), ==, 2);
  annotations = px_pg_store_list_annotations (store, story_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 2);
  a = g_ptr_array_index (annotations, 0);
  b = g_ptr_array_index (annotations, 1);
  g_assert_cmpint (a->id, ==, first);
  g_assert_cmpint (b->id, ==, second);
  g_assert_cmpstr (a->created_at, ==, "2026-11-24T14:32:00.000100Z");
  g_assert_cmpint (g_strcmp0 (a->created_at, b->created_at), <, 0);
}

/* The store's notifications reach its context's thread, in the order
 * they happened, even when its writes run on another thread while that
 * context is free: the queue's length told 1 then 0 after a replay, and
 * the window was left saying "1 save is queued".
 */
typedef struct
{
  PxPgStore *store;
  gint64 story_id;
  gint64 source_id;
  GThread *main_thread;
  guint n_elsewhere;
  GArray *lengths; /* guint, as notified */
} NotifyFixture;

static void
n_queued_cb (PxPgStore     *store,
             GParamSpec    *pspec,
             NotifyFixture *f)
{
  guint n;

  g_object_get (store, "n-queued", &n, NULL);
  g_array_append_val (f->lengths, n);
  f->n_elsewhere += g_thread_self () != f->main_thread;
}

static gpointer
write_away (gpointer data)
{
  NotifyFixture *f = data;

  annotate (f->store, f->story_id, f->source_id, 0, 5, "One");
  annotate (f->store, f->story_id, f->source_id, 6, 11, "Two");
  return NULL;
}

static gpointer
replay_away (gpointer data)
{
  NotifyFixture *f = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (px_pg_store_sync (f->store, &error));
  g_assert_no_error (error);
  return NULL;
}

static void
test_notify_order (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);
  NotifyFixture fixture = { .store = store, .main_thread = g_thread_self () }, *f = &fixture;
  guint expected[] = { 1, 2, 1, 0 };

  g_assert_no_error (error);
  f->lengths = g_array_new (FALSE, FALSE, sizeof (guint));
  f->story_id = make_story (store, &f->source_id);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_connect (store, "notify::n-queued", G_CALLBACK (n_queued_cb), f);

  px_test_pg_stop (server);
  g_thread_join (g_thread_new ("writer", write_away, f));
  px_test_pg_start_again (server);
  g_thread_join (g_thread_new ("replay", replay_away, f));
  for (gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       f->lengths->len < G_N_ELEMENTS (expected) && g_get_monotonic_time () < end;)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  g_assert_cmpuint (f->n_elsewhere, ==, 0);
  g_assert_cmpmem (f->lengths->data, f->lengths->len * sizeof (guint), expected, sizeof expected);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
  g_array_unref (f->lengths);
}

/* Issue 14 follow-up: a queue line damaged on disk (a member missing or
 * of another type) was read by the replay as it stood (GLib criticals,
 * NULLs sent to the server); it is now refused like a save the server
 * refuses, kept in failed.jsonl with the reason, and the next line goes.
 */
static void
test_queue_damaged (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autofree char *queue_path = g_build_filename (queue_dir, "queue.jsonl", NULL);
  g_autofree char *failed_path = g_build_filename (queue_dir, "failed.jsonl", NULL);
  g_autofree char *failed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = NULL;
  static const char lines[] =
    "{\"kind\":\"create-annotation\",\"write\":\"6f1c2a9e-0000-4000-8000-000000000001\",\"author\":\"Ana\","
    "\"at\":\"2026-12-02T10:00:00Z\",\"id\":5,\"story\":1,\"verdict\":\"false\",\"note\":\"\"}\n"
    "{\"kind\":\"review-annotation\",\"write\":\"6f1c2a9e-0000-4000-8000-000000000002\",\"author\":\"Ana\","
    "\"at\":\"2026-12-02T10:00:00Z\",\"annotation\":\"five\",\"reviewed\":\"yes\"}\n"
    "{\"kind\":\"create-story\",\"write\":\"6f1c2a9e-0000-4000-8000-000000000003\",\"author\":\"Ana\","
    "\"at\":\"2026-12-02T10:00:00Z\",\"id\":77,\"uuid\":\"6f1c2a9e-0000-4000-8000-000000000077\","
    "\"title\":{\"nested\":true}}\n";

  g_assert_true (g_file_set_contents (queue_path, lines, -1, NULL));
  store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
  g_assert_true (g_file_get_contents (failed_path, &failed, NULL, NULL));
  g_test_message ("%s", failed);
  g_assert_nonnull (strstr (failed, "its “annotation” is not what Parallax wrote"));
  g_assert_nonnull (strstr (failed, "missing"));
  g_assert_nonnull (strstr (failed, "“title”"));
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM annotations"), ==, 0);
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM stories"), ==, 0);
}

/* A queued save that meets a colleague's newer one is not applied, and is
 * kept in failed.jsonl with the reason.
 */
static void
test_queued_conflict (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) ana = open_library (uri, "Ana");
  g_autoptr(PxPgStore) ben = open_library (uri, "Ben");
  g_autoptr(GError) error = NULL;
  g_autofree char *failed_path = g_build_filename (px_pg_store_get_queue_dir (ben), "failed.jsonl", NULL);
  g_autofree char *failed = NULL;
  g_autoptr(PxAnnotation) current = NULL;
  gint64 source_id;
  gint64 story_id = make_story (ana, &source_id);
  gint64 id = annotate (ana, story_id, source_id, 0, 11, "First look");
  guint version = 0;

  px_test_pg_stop (server);
  g_assert_true (px_pg_store_save_annotation (ben, id, 1, PX_VERDICT_FALSE, "Ben, offline", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 0);
  px_test_pg_start_again (server);

  g_assert_true (px_pg_store_save_annotation (ana, id, 1, PX_VERDICT_ACCURATE, "Ana, online", &version, &error));
  g_assert_no_error (error);
  g_assert_true (px_pg_store_sync (ben, &error));
  g_assert_no_error (error);

  current = px_pg_store_get_annotation (ana, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (current->note, ==, "Ana, online");
  g_file_get_contents (failed_path, &failed, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (failed, "Ben, offline"));
  g_assert_nonnull (strstr (failed, "changed by Ana"));
}

/* parallax-cli --db postgresql://… for the commands that read and write a library. */
static void
test_cli (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *dir = px_test_make_temp_dir ("px-cli-XXXXXX");
  g_autofree char *a_path = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *b_path = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *story = NULL;
  g_autofree char *added = NULL;
  g_autofree char *source = NULL;
  g_autofree char *annotations = NULL;
  g_autofree char *hits = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *w3c = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *history = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (a_path, article_text, -1, &error);
  g_file_set_contents (b_path, "Councillors voted nine to five to close the bridge. Repairs would cost five million "
                       "euros, the mayor said.", -1, &error);
  g_assert_no_error (error);

  story = px_test_run_cli (0, NULL, "story", "new", "--db", uri, "The bridge", NULL);
  g_strstrip (story);
  added = px_test_run_cli (0, NULL, "story", "add", "--db", uri, story, a_path, b_path, NULL);
  source = g_strndup (added, strcspn (added, "\t"));
  g_free (px_test_run_cli (0, NULL, "annotate", "--db", uri, story, "--source", source, "--quote",
                           "4.75 million euros", "--verdict", "misleading", "--note", "The budget says 5.1", NULL));

  annotations = px_test_run_cli (0, NULL, "annotations", "--db", uri, "--format", "json", story, NULL);
  g_assert_nonnull (strstr (annotations, "\"author\":\"Ana\""));
  g_assert_nonnull (strstr (annotations, "The budget says 5.1"));
  hits = px_test_run_cli (0, NULL, "search", "--db", uri, "budget", NULL);
  g_assert_nonnull (strstr (hits, "[budget]"));

  /* Exports carry the author. */
  markdown = px_test_run_cli (0, NULL, "export", "--db", uri, "--story", story, "--format", "markdown", NULL);
  g_assert_nonnull (strstr (markdown, "Created by Ana"));
  w3c = px_test_run_cli (0, NULL, "export", "--db", uri, "--story", story, "--format", "w3c", NULL);
  g_assert_nonnull (strstr (w3c, "\"name\" : \"Ana\""));
  csv = px_test_run_cli (0, NULL, "export", "--db", uri, "--story", story, "--format", "csv", NULL);
  g_assert_nonnull (strstr (csv, "\"Ana\""));

  history = px_test_run_cli (0, NULL, "story", "refetch", "--db", uri, story, NULL);
  g_assert_nonnull (strstr (history, "unchanged"));
  g_free (history);
  history = px_test_run_cli (0, NULL, "history", "--db", uri, story, "--source", source, NULL);
  g_assert_nonnull (history);

  /* Copied into My Library, annotations and all. */
  {
    g_autofree char *mine = g_build_filename (dir, "mine.db", NULL);
    g_autofree char *copy = px_test_run_cli (0, NULL, "story", "copy", "--db", uri, "--to", mine, story, NULL);
    g_autofree char *copied = NULL;

    g_strstrip (copy);
    copied = px_test_run_cli (0, NULL, "annotations", "--db", mine, "--format", "json", copy, NULL);
    g_assert_nonnull (strstr (copied, "The budget says 5.1"));
  }

  /* A story that is not there is an error, as in the local library. */
  g_free (px_test_run_cli (1, NULL, "annotations", "--db", uri, "12345", NULL));
}

/* A command that writes to a team library whose server does not answer
 * keeps the save on this computer and says so: not sent, where it waits,
 * how it will be sent, not to run it again; exit status 3, not 0. The next
 * command that reaches the server sends it, once.
 */
static void
test_cli_unreachable (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *data = px_test_make_temp_dir ("px-cli-away-XXXXXX");
  g_autofree char *before = NULL;
  g_autofree char *away = NULL;
  g_autofree char *err = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *count = NULL;
  const char *title = "Written while the server was away";
  const char *list[] = { "story", "list", "--db", uri, NULL };

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  before = px_test_run_cli (0, &err, "story", "new", "--db", uri, "Written with the server there", NULL);
  g_assert_null (strstr (err, "Not sent"));
  g_clear_pointer (&err, g_free);

  px_test_pg_stop (server);
  away = px_test_run_cli (3, &err, "story", "new", "--db", uri, title, NULL);
  g_test_message ("%s", err);
  /* Its number, final: made here. */
  g_assert_cmpint (g_ascii_strtoll (away, NULL, 10), >, 0);
  g_assert_nonnull (strstr (err, "Not sent: the team library"));
  g_assert_nonnull (strstr (err, "1 save is queued on this computer"));
  g_assert_nonnull (strstr (err, data));
  g_assert_nonnull (strstr (err, "will be sent, once, the next time"));
  g_assert_nonnull (strstr (err, "Do not run the command again"));
  g_assert_null (strstr (err, server->password));
  g_clear_pointer (&err, g_free);
  /* A read cannot be answered from the queue: it fails, and the save still waits. */
  g_assert_cmpint (px_test_spawn_cli (list, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "1 save is queued"));
  g_clear_pointer (&err, g_free);

  /* Back: the next command sends it, once. */
  px_test_pg_start_again (server);
  listed = px_test_run_cli (0, &err, "story", "list", "--db", uri, NULL);
  g_assert_null (strstr (err, "Not sent"));
  g_assert_nonnull (strstr (listed, title));
  count = px_test_pg_query (server, uri, "SELECT count(*) FROM stories WHERE title = 'Written while the server was away'");
  g_assert_cmpstr (count, ==, "1");
  g_unsetenv ("XDG_DATA_HOME");
}

/* parallax-cli on a library a colleague's newer Parallax set up: read
 * when this version may read it; a write it may not make is kept here,
 * said "Not sent" with why (exit status 3); one it may not read is one
 * message naming the library and the versions (exit status 1).
 */
static void
test_cli_newer (void)
{
  g_autofree char *uri = new_library ();
  g_autofree char *display = px_pg_uri_display (uri);
  g_autofree char *data = px_test_make_temp_dir ("px-cli-newer-XXXXXX");
  g_autofree char *listed = NULL;
  g_autofree char *made = NULL;
  g_autofree char *err = NULL;
  g_autofree char *count = NULL;
  const char *list[] = { "story", "list", "--db", uri, NULL };

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_free (px_test_run_cli (0, NULL, "story", "new", "--db", uri, "Written before the update", NULL));
  make_newer (uri, 9, 5, 8, "0.3.0");

  listed = px_test_run_cli (0, &err, "story", "list", "--db", uri, NULL);
  g_assert_nonnull (strstr (listed, "Written before the update"));
  g_clear_pointer (&err, g_free);

  made = px_test_run_cli (3, &err, "story", "new", "--db", uri, "Written after the update", NULL);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "Not sent: The team library"));
  g_assert_nonnull (strstr (err, "Parallax 0.3.0 (library version 9)"));
  g_assert_nonnull (strstr (err, "1 save is queued on this computer"));
  g_assert_nonnull (strstr (err, "that can change this library"));
  count = px_test_pg_query (server, uri, "SELECT count (*) FROM stories");
  g_assert_cmpstr (count, ==, "1");
  g_clear_pointer (&err, g_free);
  /* A read meanwhile is no write: exit status 0, the save still said. */
  g_clear_pointer (&listed, g_free);
  listed = px_test_run_cli (0, &err, "story", "list", "--db", uri, NULL);
  g_assert_null (strstr (err, "Not sent"));
  g_assert_nonnull (strstr (err, "1 save is queued"));
  g_clear_pointer (&err, g_free);

  g_free (px_test_pg_query (server, uri, "UPDATE parallax_schema SET version = 9, readable_from = 9"));
  g_assert_cmpint (px_test_spawn_cli (list, NULL, &err), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, display));
  g_assert_nonnull (strstr (err, "(library version 9), which Parallax " PACKAGE_VERSION " cannot read"));
  g_assert_nonnull (strstr (err, "Nothing was changed"));
  g_unsetenv ("XDG_DATA_HOME");
}

typedef struct
{
  const char *uri;
  char *author;
  guint n;
  gint64 story_id;
  gint64 source_id;
  GArray *acknowledged;  /* gint64 */
  guint *progress;       /* atomic, shared */
  guint n_queued;        /* writes that went to the queue */
} Writer;

static gpointer
writer_thread (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(PxPgStore) store = px_pg_store_open (writer->uri, server->password, writer->author, queue_dir, &error);
  g_autoptr(GMainContext) context = g_main_context_new ();

  g_assert_no_error (error);
  writer->story_id = make_story (store, &writer->source_id);

  for (guint i = 0; i < writer->n; i++)
    {
      g_autofree char *note = g_strdup_printf ("%s %u", writer->author, i);
      PxTargetSpec target = { .source_id = writer->source_id, .start = i % 50, .end = i % 50 + 5 };
      guint queued_before = px_pg_store_get_n_queued (store);
      gint64 id = px_pg_store_create_annotation (store, writer->story_id, &target, 1, PX_VERDICT_UNVERIFIED, note,
                                                 &error);

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      g_array_append_val (writer->acknowledged, id);
      if (px_pg_store_get_n_queued (store) > queued_before)
        writer->n_queued++;
      g_atomic_int_inc (writer->progress);
      /* At a pace that lets the outage fall between writes. */
      g_usleep (2000);
    }

  /* Until the server has everything. */
  for (guint tries = 0; !px_pg_store_sync (store, NULL) && tries < 200; tries++)
    g_usleep (100 * 1000);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);

  /* Signals emitted toward the main context are dropped with it. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return NULL;
}

/* 4 writers x 500 annotations, each on its own connection, while the
 * server is stopped and started again midway: every acknowledged
 * annotation is there exactly once.
 */
static void
test_writers_restart (void)
{
  enum { N_WRITERS = 4, N_EACH = 500 };
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) setup = open_library (uri, "Setup");
  Writer writers[N_WRITERS] = { 0 };
  GThread *threads[N_WRITERS];
  guint progress = 0;
  guint total_queued = 0;
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autofree char *sql = NULL;

  for (guint i = 0; i < N_WRITERS; i++)
    {
      writers[i].uri = uri;
      writers[i].author = g_strdup_printf ("Writer %u", i + 1);
      writers[i].n = N_EACH;
      writers[i].acknowledged = g_array_new (FALSE, FALSE, sizeof (gint64));
      writers[i].progress = &progress;
      threads[i] = g_thread_new ("writer", writer_thread, &writers[i]);
    }

  /* Down from a quarter of the way to half of it: writes before, during
   * and after the outage, replays meeting new writes.
   */
  while (g_atomic_int_get (&progress) < N_WRITERS * N_EACH / 4)
    g_usleep (1000);
  px_test_pg_stop (server);
  g_test_message ("stopped the server after %u annotations", g_atomic_int_get (&progress));
  while (g_atomic_int_get (&progress) < N_WRITERS * N_EACH / 2)
    g_usleep (1000);
  px_test_pg_start_again (server);
  g_test_message ("started it again after %u annotations", g_atomic_int_get (&progress));

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (writers[i].acknowledged->len, ==, N_EACH);
      total_queued += writers[i].n_queued;
      for (guint j = 0; j < writers[i].acknowledged->len; j++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len > 0 ? "," : "",
                                g_array_index (writers[i].acknowledged, gint64, j));
    }
  g_test_message ("%u annotations went through the queue", total_queued);
  /* The restart must have been felt, or the test proves nothing. */
  g_assert_cmpuint (total_queued, >, 0);

  /* Each acknowledged id once, and nothing else. */
  sql = g_strdup_printf ("SELECT count (*) FROM (SELECT id FROM annotations WHERE id IN (%s) "
                         "GROUP BY id HAVING count (*) = 1) once", ids->str);
  g_assert_cmpuint (count_rows (uri, sql), ==, N_WRITERS * N_EACH);
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM annotations"), ==, N_WRITERS * N_EACH);
  g_assert_cmpuint (count_rows (uri, "SELECT count (*) FROM annotation_targets"), ==, N_WRITERS * N_EACH);
  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *per_writer = g_strdup_printf ("SELECT count (DISTINCT note) FROM annotations "
                                                     "WHERE created_by = '%s'", writers[i].author);

      g_assert_cmpuint (count_rows (uri, per_writer), ==, N_EACH);
      g_array_unref (writers[i].acknowledged);
      g_free (writers[i].author);
    }
}

typedef struct
{
  PxPgChangeKind kind;
  gint64 id;
  char *author;
  guint n;
} Seen;

static void
remote_change_cb (PxPgStore  *store,
                  int         kind,
                  gint64      story_id,
                  gint64      id,
                  const char *author,
                  Seen       *seen)
{
  if (kind != PX_PG_CHANGE_ANNOTATION)
    return;
  seen->kind = kind;
  seen->id = id;
  g_free (seen->author);
  seen->author = g_strdup (author);
  seen->n++;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for_annotation (Seen  *seen,
                     guint  n)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (2000, timeout_cb, &timed_out);

  while (seen->n < n && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}

/* A colleague's annotation is announced within 2 s, and again after the
 * server came back.
 */
static void
test_listen (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) ana = open_library (uri, "Ana");
  g_autoptr(PxPgStore) ben = open_library (uri, "Ben");
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };
  gint64 source_id;
  gint64 story_id = make_story (ana, &source_id);
  gint64 id;

  g_signal_connect (ben, "remote-change", G_CALLBACK (remote_change_cb), &seen);
  px_pg_store_listen (ben);
  g_usleep (300 * 1000);

  id = annotate (ana, story_id, source_id, 0, 11, "Seen by Ben");
  wait_for_annotation (&seen, 1);
  g_assert_cmpint (seen.id, ==, id);
  g_assert_cmpstr (seen.author, ==, "Ana");

  /* Ben's own writes are not a colleague's. */
  annotate (ben, story_id, source_id, 0, 11, "Ben's own");
  id = annotate (ana, story_id, source_id, 0, 11, "Ana again");
  wait_for_annotation (&seen, 2);
  g_assert_cmpint (seen.id, ==, id);

  px_test_pg_stop (server);
  {
    gboolean timed_out = FALSE;
    guint timeout = g_timeout_add (3000, timeout_cb, &timed_out);

    while (px_pg_store_get_connected (ben) && !timed_out)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (timed_out);
    g_source_remove (timeout);
  }
  px_test_pg_start_again (server);
  {
    gboolean timed_out = FALSE;
    guint timeout = g_timeout_add (5000, timeout_cb, &timed_out);

    while (!px_pg_store_get_connected (ben) && !timed_out)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (timed_out);
    g_source_remove (timeout);
  }
  g_usleep (300 * 1000);
  g_assert_true (px_pg_store_sync (ana, &error));
  g_assert_no_error (error);
  id = annotate (ana, story_id, source_id, 0, 11, "After the restart");
  wait_for_annotation (&seen, 3);
  g_assert_cmpint (seen.id, ==, id);

  px_pg_store_close (ben);
  g_free (seen.author);
}

static void
changed_cb (PxLibrary *library,
            gint64     story_id,
            guint     *n)
{
  (*n)++;
}

/* What a colleague saved between the library's opening and the listener's
 * start is not lost: once listening, the library says everything changed,
 * so the window reads it again.
 */
static void
test_listen_catches_up (void)
{
  g_autofree char *uri = new_library ();
  g_autoptr(PxPgStore) ana = open_library (uri, "Ana");
  g_autoptr(PxPgStore) ben = open_library (uri, "Ben");
  gint64 source_id;
  gint64 story_id = make_story (ana, &source_id);
  gboolean timed_out = FALSE;
  guint n_changed = 0;
  guint timeout;

  annotate (ana, story_id, source_id, 0, 11, "Before Ben listened");
  g_signal_connect (ben, "changed", G_CALLBACK (changed_cb), &n_changed);
  px_pg_store_listen (ben);
  timeout = g_timeout_add (2000, timeout_cb, &timed_out);
  while (n_changed == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);

  px_pg_store_close (ben);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  server = px_test_pg_start ();
  /* For parallax-cli, which reads them as libpq does. */
  g_setenv ("PGPASSWORD", server->password, TRUE);
  g_setenv ("PARALLAX_AUTHOR", "Ana", TRUE);

  g_test_add_func ("/pg-store/uris", test_uris);
  g_test_add_func ("/pg-store/tls-required", test_tls_required);
  g_test_add_func ("/pg-store/wrong-password", test_wrong_password);
  g_test_add_func ("/pg-store/schema", test_schema);
  g_test_add_func ("/pg-store/newer-writable", test_newer_writable);
  g_test_add_func ("/pg-store/newer-read-only", test_newer_read_only);
  g_test_add_func ("/pg-store/newer-while-open", test_newer_while_open);
  g_test_add_func ("/pg-store/newer-after-away", test_newer_after_away);
  g_test_add_func ("/pg-store/migration-failed-sources", test_migration_failed_sources);
  g_test_add_func ("/pg-store/migration-updated", test_migration_updated);
  g_test_add_func ("/pg-store/migration-failed-page", test_migration_failed_page);
  g_test_add_func ("/pg-store/migration-provisional-title", test_migration_provisional_title);
  g_test_add_func ("/pg-store/library", test_library);
  g_test_add_func ("/pg-store/library-more", test_library_more);
  g_test_add_func ("/pg-store/search", test_search);
  g_test_add_func ("/pg-store/conflict", test_conflict);
  g_test_add_func ("/pg-store/queue-replay", test_queue_replay);
  g_test_add_func ("/pg-store/queue-damaged", test_queue_damaged);
  g_test_add_func ("/pg-store/notify-order", test_notify_order);
  g_test_add_func ("/pg-store/time-order", test_time_order);
  g_test_add_func ("/pg-store/queued-conflict", test_queued_conflict);
  g_test_add_func ("/pg-store/listen", test_listen);
  g_test_add_func ("/pg-store/listen-catches-up", test_listen_catches_up);
  g_test_add_func ("/pg-store/cli", test_cli);
  g_test_add_func ("/pg-store/cli-unreachable", test_cli_unreachable);
  g_test_add_func ("/pg-store/cli-newer", test_cli_newer);
  g_test_add_func ("/pg-store/writers-restart", test_writers_restart);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_pg_destroy);
  px_test_remove_temp_dirs ();
  return status;
}
