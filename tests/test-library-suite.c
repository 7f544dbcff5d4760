/* test-library-suite.c: the same store tests on both kinds of library,
 * the local SQLite file and a team library on a throwaway PostgreSQL server
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-extract.h"
#include "px-library.h"
#include "px-pg-store.h"
#include "px-source.h"
#include "px-store.h"
#include "px-story-copy.h"
#include "px-story-sources.h"
#include "px-test-pg.h"
#include "px-test-util.h"
#include "px-words.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

typedef PxLibrary *(*OpenFunc) (void);

static PxTestPg *server;

static const char article_text[] =
  "Councillors voted by nine votes to four to close the old bridge. "
  "The mayor said repairs would cost 4.75 million euros. "
  "Residents protested outside the town hall on Tuesday.";

static PxLibrary *
open_sqlite (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-suite-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  PxStore *store = px_store_open (path, &error);

  g_assert_no_error (error);
  return PX_LIBRARY (store);
}

static PxLibrary *
open_postgresql (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("suite_%u", ++n);
  g_autofree char *uri = px_test_pg_new_database (server, name);
  g_autofree char *queue_dir = px_test_make_temp_dir ("px-queue-XXXXXX");
  g_autoptr(GError) error = NULL;
  PxPgStore *store = px_pg_store_open (uri, server->password, "Ana", queue_dir, &error);

  g_assert_no_error (error);
  return PX_LIBRARY (store);
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

static void
close_library (PxLibrary *library)
{
  g_autoptr(GError) error = NULL;

  px_library_close (library, &error);
  g_assert_no_error (error);
  g_object_unref (library);
}

static void
test_stories (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(PxStoryInfo) story = NULL;
  gint64 first = px_library_create_story (library, "First", &error);
  gint64 second = px_library_create_story (library, "Second", &error);

  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, !=, first);

  /* Times have milliseconds: the rename must come later than the second story. */
  g_usleep (10 * 1000);
  g_assert_true (px_library_rename_story (library, first, "  First, renamed ", &error));
  story = px_library_get_story (library, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->title, ==, "First, renamed");
  g_assert_null (story->deleted_at);

  g_assert_cmpint (px_library_create_story (library, " ", &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (px_library_rename_story (library, 987654, "Nobody", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (px_library_list_sources (library, 987654, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (px_library_list_annotations (library, 987654, FALSE, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Last changed first; the trash hides and restores. */
  stories = px_library_list_stories (library, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_assert_cmpint (((PxStoryInfo *) stories->pdata[0])->id, ==, first);
  g_clear_pointer (&stories, g_ptr_array_unref);
  g_assert_true (px_library_delete_story (library, first, &error));
  stories = px_library_list_stories (library, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 1);
  g_clear_pointer (&stories, g_ptr_array_unref);
  stories = px_library_list_stories (library, TRUE, &error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_assert_true (px_library_restore_story (library, first, &error));
  g_assert_no_error (error);

  close_library (library);
}

/* A placeholder title is a stored flag, whatever its words: a rename
 * (the first source's headline, or the user's) makes it a real title.
 */
static void
test_provisional_title (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(PxStoryInfo) story = NULL;
  gint64 placeholder = px_library_create_provisional_story (library, "Neue Geschichte", &error);
  gint64 named = px_library_create_story (library, "New Story", &error);

  g_assert_no_error (error);
  story = px_library_get_story (library, placeholder, &error);
  g_assert_no_error (error);
  g_assert_true (story->title_provisional);
  g_assert_cmpstr (story->title, ==, "Neue Geschichte");
  g_clear_pointer (&story, px_story_info_free);
  story = px_library_get_story (library, named, &error);
  g_assert_false (story->title_provisional);
  g_clear_pointer (&story, px_story_info_free);

  stories = px_library_list_stories (library, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 2);
  for (guint i = 0; i < stories->len; i++)
    {
      PxStoryInfo *info = g_ptr_array_index (stories, i);

      g_assert_true (info->title_provisional == (info->id == placeholder));
    }

  g_assert_true (px_library_rename_story (library, placeholder, "Drones at the residence", &error));
  story = px_library_get_story (library, placeholder, &error);
  g_assert_false (story->title_provisional);

  close_library (library);
}

static void
test_sources (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = make_article ("a.txt", "Alpha", article_text);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Beta", "Beta's text.");
  g_autoptr(PxArticle) c = make_article ("c.txt", "Gamma", "Gamma's text.");
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(PxSourceRecord) record = NULL;
  g_autoptr(PxSourceRecord) unknown = NULL;
  gint64 story, ia, ib, ic;

  /* how the bytes were read is kept; B's is unknown (pasted text) */
  a->charset = g_strdup ("windows-1252");
  a->charset_from = PX_CHARSET_FROM_BYTES;
  c->charset = g_strdup ("utf-8");
  c->charset_from = PX_CHARSET_FROM_META;
  c->n_replaced = 2;
  /* when the page says it last changed is kept; B's said nothing */
  a->updated = g_strdup ("2026-03-06T09:15:00Z");
  story = px_library_create_story (library, "Sources", &error);
  ia = px_library_add_source (library, story, a, NULL, &error);
  ib = px_library_add_source (library, story, b, NULL, &error);
  ic = px_library_add_source (library, story, c, NULL, &error);

  g_assert_no_error (error);

  record = px_library_get_source (library, ia, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (record->charset, ==, "windows-1252");
  g_assert_cmpint (record->charset_from, ==, PX_CHARSET_FROM_BYTES);
  g_assert_cmpstr (record->updated, ==, "2026-03-06T09:15:00Z");
  unknown = px_library_get_source (library, ib, &error);
  g_assert_null (unknown->charset);
  g_assert_null (unknown->updated);
  g_assert_cmpint (unknown->charset_from, ==, PX_CHARSET_FROM_UNKNOWN);
  g_assert_cmpstr (record->outlet, ==, "Alpha");
  g_assert_cmpstr (record->text, ==, article_text);
  g_assert_cmpuint (record->version, ==, 1);
  body = px_library_get_version_body (library, record->version_id, &error);
  g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body), article_text, strlen (article_text));

  g_assert_true (px_library_move_source (library, ic, 0, &error));
  g_assert_true (px_library_delete_source (library, ia, &error));
  sources = px_library_list_sources (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->id, ==, ic);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->charset, ==, "utf-8");
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->charset_from, ==, PX_CHARSET_FROM_META);
  g_assert_cmpuint (((PxSourceRecord *) sources->pdata[0])->n_replaced, ==, 2);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[1])->id, ==, ib);
  g_assert_cmpuint (((PxSourceRecord *) sources->pdata[1])->position, ==, 1);
  g_clear_pointer (&sources, g_ptr_array_unref);

  g_assert_true (px_library_restore_source (library, ia, &error));
  sources = px_library_list_sources (library, story, &error);
  g_assert_cmpuint (sources->len, ==, 3);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[1])->id, ==, ia);

  versions = px_library_list_source_versions (library, ia, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpuint (((PxSourceVersion *) versions->pdata[0])->body_size, ==, strlen (article_text));

  /* a new version keeps how its own bytes were read */
  {
    g_autoptr(PxArticle) next = make_article ("b.txt", "Beta", "Beta's text, read again.");
    g_autoptr(PxReanchorReport) report = NULL;
    g_autoptr(PxSourceRecord) again = NULL;

    next->charset = g_strdup ("windows-1251");
    next->charset_from = PX_CHARSET_FROM_HEADER;
    next->updated = g_strdup ("2026-03-07T11:00:00+01:00");
    report = px_library_add_source_version (library, ib, next, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (report->changed);
    again = px_library_get_source (library, ib, &error);
    g_assert_cmpstr (again->charset, ==, "windows-1251");
    g_assert_cmpint (again->charset_from, ==, PX_CHARSET_FROM_HEADER);
    g_assert_cmpstr (again->updated, ==, "2026-03-07T11:00:00+01:00");
  }

  close_library (library);
}

static void
test_annotations (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = make_article ("a.txt", "Alpha", article_text);
  g_autoptr(PxArticle) edited = make_article ("a.txt", "Alpha", NULL);
  g_autoptr(PxAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  gint64 story = px_library_create_story (library, "Annotations", &error);
  gint64 source = px_library_add_source (library, story, a, NULL, &error);
  PxTargetSpec target = { .source_id = source, .quote = "4.75 million euros" };
  gint64 id = px_library_create_annotation (library, story, &target, 1, PX_VERDICT_ACCURATE, "Budget", &error);
  PxAnnotationTarget *passage;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  target.quote = "not there";
  g_assert_cmpint (px_library_create_annotation (library, story, &target, 1, PX_VERDICT_ACCURATE, NULL, &error),
                   ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_QUOTE_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (px_library_set_annotation_verdict (library, id, PX_VERDICT_MISLEADING, &error));
  g_assert_true (px_library_set_annotation_note (library, id, "Budget, checked", &error));
  g_assert_no_error (error);
  annotation = px_library_get_annotation (library, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (annotation->verdict, ==, PX_VERDICT_MISLEADING);
  g_assert_cmpstr (annotation->note, ==, "Budget, checked");
  g_assert_cmpuint (annotation->targets->len, ==, 1);
  passage = annotation->targets->pdata[0];
  g_assert_cmpstr (passage->selector->exact, ==, "4.75 million euros");

  /* The text changes around the passage: it is found again. */
  edited->text = g_strconcat ("Late on Monday, ", article_text, NULL);
  report = px_library_add_source_version (library, source, edited, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  g_assert_cmpuint (report->n_needs_review, ==, 0);
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = px_library_get_annotation (library, id, &error);
  passage = annotation->targets->pdata[0];
  g_assert_cmpuint (passage->selector->start, ==, strstr (edited->text, "4.75") - edited->text);
  g_assert_cmpint (passage->version_id, ==, report->version_id);

  /* By hand to another passage; the trash. */
  g_assert_true (px_library_move_annotation_target (library, passage->id, 16, 27, &error));
  g_assert_no_error (error);
  g_assert_true (px_library_set_annotation_state (library, id, PX_ANNOTATION_STATE_DISMISSED, &error));
  g_assert_true (px_library_delete_annotation (library, id, &error));
  annotations = px_library_list_annotations (library, story, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 0);
  g_clear_pointer (&annotations, g_ptr_array_unref);
  g_assert_true (px_library_restore_annotation (library, id, &error));
  annotations = px_library_list_annotations (library, story, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_clear_pointer (&annotation, px_annotation_free);
  annotation = g_ptr_array_steal_index (annotations, 0);
  g_assert_cmpint (annotation->state, ==, PX_ANNOTATION_STATE_DISMISSED);
  g_assert_cmpstr (((PxAnnotationTarget *) annotation->targets->pdata[0])->selector->exact, ==, "Councillors");

  close_library (library);
}

static void
test_search (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = make_article ("a.txt", "Alpha", article_text);
  g_autoptr(GPtrArray) hits = NULL;
  gint64 story = px_library_create_story (library, "Search", &error);
  gint64 source = px_library_add_source (library, story, a, NULL, &error);
  PxTargetSpec target = { .source_id = source, .quote = "Residents protested" };

  px_library_create_annotation (library, story, &target, 1, PX_VERDICT_ACCURATE, "Photographs confirm it", &error);
  g_assert_no_error (error);

  hits = px_library_search (library, "mayor repairs", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->kind, ==, PX_SEARCH_HIT_ARTICLE);
  g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->source_id, ==, source);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = px_library_search (library, "photog", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->kind, ==, PX_SEARCH_HIT_NOTE);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A second page of the same outlet is numbered as its column is,
   * "Alpha (2)"; the first stays "Alpha". */
  {
    g_autoptr(PxArticle) again = make_article ("b.txt", "Alpha", article_text);
    gint64 second = px_library_add_source (library, story, again, NULL, &error);

    g_assert_no_error (error);
    hits = px_library_search (library, "mayor repairs", 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 2);
    for (guint i = 0; i < hits->len; i++)
      {
        const PxSearchHit *hit = hits->pdata[i];

        g_assert_cmpstr (hit->outlet, ==, "Alpha");
        g_assert_cmpuint (hit->outlet_number, ==, hit->source_id == second ? 2 : 1);
      }
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = px_library_search (library, "photog", 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_cmpuint (((PxSearchHit *) hits->pdata[0])->outlet_number, ==, 1);
    g_clear_pointer (&hits, g_ptr_array_unref);

    /* the first taken away, the second is the outlet's only page */
    g_assert_true (px_library_delete_source (library, source, &error));
    g_assert_no_error (error);
    hits = px_library_search (library, "mayor repairs", 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->source_id, ==, second);
    g_assert_cmpuint (((PxSearchHit *) hits->pdata[0])->outlet_number, ==, 1);
    g_clear_pointer (&hits, g_ptr_array_unref);
  }

  g_assert_true (px_library_delete_story (library, story, &error));
  hits = px_library_search (library, "mayor", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);

  close_library (library);
}

static void
changed_cb (PxLibrary *library,
            gint64     story_id,
            gint64    *last)
{
  *last = story_id;
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  gint64 *id = user_data;
  g_autoptr(GError) error = NULL;

  *id = px_library_create_story_finish (PX_LIBRARY (object), result, &error);
  g_assert_no_error (error);
}

/* The database thread, and "changed" on the main context. */
static void
test_async_and_changed (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  gint64 id = 0;
  gint64 last = -1;

  g_signal_connect (library, "changed", G_CALLBACK (changed_cb), &last);
  px_library_create_story_async (library, "Made on the database thread", NULL, created_cb, &id);
  while (id == 0 || last != id)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (id, >, 0);

  close_library (library);
}

static void
boolean_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

typedef void (*BooleanAsync) (PxLibrary *, GCancellable *, GAsyncReadyCallback, gpointer);
typedef gboolean (*BooleanFinish) (PxLibrary *, GAsyncResult *, GError **);

/* Runs one of the operations that answer a boolean on the database thread. */
static gboolean
run_boolean (PxLibrary      *library,
             BooleanAsync    start,
             BooleanFinish   finish,
             GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  start (library, NULL, boolean_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return finish (library, result, error);
}

/* Maintenance, a backup, a poll and closing, on the database thread: each
 * calls its own operation, and a failure comes back as the error.
 */
static void
test_async_operations (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = px_library_create_story (library, "Kept through maintenance", &error);
  g_assert_no_error (error);
  g_assert_true (run_boolean (library, px_library_maintain_async, px_library_maintain_finish, &error));
  g_assert_no_error (error);
  /* A local file is backed up by Parallax; a team library by its server,
   * which the error says.
   */
  if (PX_IS_STORE (library))
    {
      g_assert_true (run_boolean (library, px_library_backup_async, px_library_backup_finish, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_assert_false (run_boolean (library, px_library_backup_async, px_library_backup_finish, &error));
      g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  /* Nothing changed since the last poll: FALSE, and no error. */
  px_library_poll_changes (library, &error);
  g_assert_no_error (error);
  g_assert_false (run_boolean (library, px_library_poll_changes_async, px_library_poll_changes_finish, &error));
  g_assert_no_error (error);
  g_assert_true (run_boolean (library, px_library_close_async, px_library_close_finish, &error));
  g_assert_no_error (error);
  /* Closed: the story can no longer be read, and the operations say so. */
  g_assert_null (px_library_get_story (library, id, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (run_boolean (library, px_library_backup_async, px_library_backup_finish, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_object_unref (library);
}

static void
check_copy (PxLibrary *library,
            gint64     story_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStoryInfo) story = px_library_get_story (library, story_id, &error);
  g_autoptr(GPtrArray) sources = px_library_list_sources (library, story_id, &error);
  g_autoptr(GPtrArray) annotations = px_library_list_annotations (library, story_id, FALSE, &error);
  g_autoptr(GPtrArray) columns = px_story_sources_list (library, story_id, &error);
  PxAnnotation *claim;
  PxAnnotationTarget *target;
  PxSourceRecord *failed;

  g_assert_no_error (error);
  g_assert_cmpstr (story->title, ==, "Copied");
  /* The source that could not be loaded is copied with its reason, in its column. */
  g_assert_cmpuint (story->n_failed, ==, 1);
  g_assert_cmpuint (columns->len, ==, 3);
  g_assert_cmpstr (((PxSourceRecord *) columns->pdata[0])->outlet, ==, "Beta");
  failed = columns->pdata[1];
  g_assert_cmpstr (failed->input, ==, "http://127.0.0.1:9/d");
  g_assert_cmpstr (failed->outlet, ==, "127.0.0.1");
  g_assert_cmpstr (failed->error, ==, "http://127.0.0.1:9/d: the server did not answer");
  g_assert_nonnull (failed->failed_at);
  g_assert_cmpuint (failed->version, ==, 0);
  g_assert_cmpstr (((PxSourceRecord *) columns->pdata[2])->text, ==, article_text);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->outlet, ==, "Beta");
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[1])->text, ==, article_text);
  g_assert_cmpuint (annotations->len, ==, 1);
  claim = annotations->pdata[0];
  g_assert_cmpint (claim->verdict, ==, PX_VERDICT_FALSE);
  g_assert_cmpstr (claim->note, ==, "Across both");
  g_assert_cmpint (claim->state, ==, PX_ANNOTATION_STATE_DISMISSED);
  g_assert_cmpuint (claim->targets->len, ==, 2);
  target = claim->targets->pdata[1];
  g_assert_cmpstr (target->selector->exact, ==, "4.75 million euros");
  g_assert_cmpint (target->source_id, ==, ((PxSourceRecord *) sources->pdata[1])->id);
}

/* A source that failed is kept, with why, in its column until removed;
 * loading it later gives it its first version.
 */
static void
test_failed_sources (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = make_article ("a.txt", "Alpha", article_text);
  g_autoptr(PxArticle) later = make_article ("http://127.0.0.1:9/b", "Beta", "Beta's text, once the server answered.");
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autoptr(PxStoryInfo) info = NULL;
  g_autoptr(PxSourceRecord) record = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  gint64 story = px_library_create_story (library, "Failures", &error);
  gint64 ia = px_library_add_source (library, story, a, NULL, &error);
  gint64 ib = px_library_keep_failed_source (library, story, 0, "http://127.0.0.1:9/b", "127.0.0.1",
                                             "http://127.0.0.1:9/b: the server answered 500 Internal Server Error",
                                             &error);
  gint64 ic;

  g_assert_no_error (error);
  g_assert_cmpint (ib, >, 0);
  g_assert_cmpint (ib, !=, ia);

  /* Not among the loaded sources, nor counted as one; listed with its reason. */
  sources = px_library_list_sources (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_null (((PxSourceRecord *) sources->pdata[0])->error);
  info = px_library_get_story (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (info->n_sources, ==, 1);
  g_assert_cmpuint (info->n_failed, ==, 1);
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 1);
  record = g_ptr_array_steal_index (failed, 0);
  g_assert_cmpint (record->id, ==, ib);
  g_assert_cmpuint (record->position, ==, 1);
  g_assert_cmpstr (record->input, ==, "http://127.0.0.1:9/b");
  g_assert_cmpstr (record->outlet, ==, "127.0.0.1");
  g_assert_cmpstr (record->error, ==, "http://127.0.0.1:9/b: the server answered 500 Internal Server Error");
  g_assert_nonnull (record->failed_at);
  g_assert_cmpint (record->version_id, ==, 0);
  g_clear_pointer (&record, px_source_record_free);
  g_clear_pointer (&failed, g_ptr_array_unref);

  /* Failing again says the new reason; it cannot be annotated. */
  g_assert_cmpint (px_library_keep_failed_source (library, story, ib, "http://127.0.0.1:9/b", NULL,
                                                  "the server did not answer within 3 seconds", &error), ==, ib);
  g_assert_no_error (error);
  record = px_library_get_source (library, ib, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (record->error, ==, "the server did not answer within 3 seconds");
  g_assert_null (record->page);
  g_clear_pointer (&record, px_source_record_free);

  /* A page with no article text: what it said about itself is kept with
   * the reason, in a team library too (it had kept message and outlet). */
  {
    g_autoptr(PxArticle) page = px_article_new ("http://127.0.0.1:9/b");

    page->outlet = g_strdup ("Beta Gazette");
    page->title = g_strdup ("Watch: the bridge at dawn");
    page->published = g_strdup ("2026-02-14T07:45:00Z");
    g_assert_cmpint (px_library_keep_failed_source_full (library, story, ib, "http://127.0.0.1:9/b", "Beta Gazette",
                                                         "no article text", "no-content", NULL, page, &error), ==, ib);
    g_assert_no_error (error);
    record = px_library_get_source (library, ib, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (record->error_kind, ==, "no-content");
    g_assert_nonnull (record->page);
    g_assert_cmpstr (record->page->outlet, ==, "Beta Gazette");
    g_assert_cmpstr (record->page->title, ==, "Watch: the bridge at dawn");
    g_assert_cmpstr (record->page->published, ==, "2026-02-14T07:45:00Z");
    g_assert_null (record->page->byline);
    g_clear_pointer (&record, px_source_record_free);
  }
  {
    PxTargetSpec target = { .source_id = ib, .quote = "Beta" };

    g_assert_cmpint (px_library_create_annotation (library, story, &target, 1, PX_VERDICT_FALSE, "", &error), ==, 0);
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* Moved, removed and restored as any source, in the one column order. */
  ic = px_library_keep_failed_source (library, story, 0, "missing.html", NULL, "missing.html: no such file", &error);
  g_assert_no_error (error);
  g_assert_true (px_library_move_source (library, ic, 0, &error));
  g_assert_no_error (error);
  g_assert_true (px_library_delete_source (library, ib, &error));
  g_assert_no_error (error);
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpint (((PxSourceRecord *) failed->pdata[0])->id, ==, ic);
  g_assert_cmpuint (((PxSourceRecord *) failed->pdata[0])->position, ==, 0);
  g_clear_pointer (&failed, g_ptr_array_unref);
  g_assert_true (px_library_restore_source (library, ib, &error));
  g_assert_no_error (error);
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_cmpuint (failed->len, ==, 2);
  g_assert_cmpint (((PxSourceRecord *) failed->pdata[1])->id, ==, ib);
  g_assert_cmpuint (((PxSourceRecord *) failed->pdata[1])->position, ==, 2);
  g_clear_pointer (&failed, g_ptr_array_unref);

  /* Loaded at last: its first version, no longer failed, in its column. */
  report = px_library_add_source_version (library, ib, later, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  g_clear_pointer (&sources, g_ptr_array_unref);
  sources = px_library_list_sources (library, story, &error);
  g_assert_cmpuint (sources->len, ==, 2);
  record = g_ptr_array_steal_index (sources, 1);
  g_assert_cmpint (record->id, ==, ib);
  g_assert_cmpuint (record->position, ==, 2);
  g_assert_cmpuint (record->version, ==, 1);
  g_assert_null (record->error_kind);
  g_assert_null (record->page);
  g_assert_cmpstr (record->outlet, ==, "Beta");
  g_assert_cmpstr (record->text, ==, "Beta's text, once the server answered.");
  g_assert_null (record->error);
  g_assert_null (record->failed_at);
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_cmpuint (failed->len, ==, 1);
  g_clear_pointer (&failed, g_ptr_array_unref);
  /* A loaded source's failed fetch does not make it a failed one. */
  g_assert_cmpint (px_library_keep_failed_source (library, story, ib, "http://127.0.0.1:9/b", NULL, "gone", &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  close_library (library);
}

/* What a hostile page says of itself is kept within bounds, and text that
 * is not UTF-8 is refused, with nothing kept (nor, in a team library,
 * queued to be sent later).
 */
static void
test_failed_page_hostile (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) page = px_article_new ("https://paywall.example/a");
  g_autoptr(PxSourceRecord) record = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  GString *title = g_string_new (NULL);
  gint64 story, id;

  story = px_library_create_story (library, "Paywall", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200000; i++)
    g_string_append (title, "Ü ");
  page->title = g_string_free (title, FALSE);
  id = px_library_keep_failed_source_full (library, story, 0, "https://paywall.example/a", "Paywall", "no text",
                                           "no-content", NULL, page, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 1);
  record = g_ptr_array_steal_index (failed, 0);
  g_clear_pointer (&failed, g_ptr_array_unref);
  g_assert_cmpint (record->id, ==, id);
  g_assert_nonnull (record->page);
  g_assert_true (g_str_has_prefix (page->title, record->page->title));
  g_assert_cmpint (g_utf8_strlen (record->page->title, -1), ==, 1000);
  g_assert_true (g_utf8_validate (record->page->title, -1, NULL));

  g_free (page->byline);
  page->byline = g_strdup ("Ana \xff\xfe");
  g_assert_cmpint (px_library_keep_failed_source_full (library, story, 0, "https://paywall.example/b", "Paywall",
                                                       "no text", "no-content", NULL, page, &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);
  if (PX_IS_PG_STORE (library))
    g_assert_cmpuint (px_pg_store_get_n_queued (PX_PG_STORE (library)), ==, 0);
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 1);

  close_library (library);
}

/* An outlet named from its file ("reuters-article") renamed by the
 * reader: kept, cleaned, refused when empty or when the source is gone.
 */
static void
test_rename_source (gconstpointer data)
{
  PxLibrary *library = ((OpenFunc) data) ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = make_article ("reuters-article.html", "reuters-article", article_text);
  g_autoptr(PxSourceRecord) record = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *long_name = g_strnfill (300, 'R');
  gint64 story = px_library_create_story (library, "Renamed", &error);
  gint64 ia = px_library_add_source (library, story, a, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (px_library_rename_source (library, ia, "  Reuters\x1b[31m \n", &error));
  g_assert_no_error (error);
  record = px_library_get_source (library, ia, &error);
  g_assert_cmpstr (record->outlet, ==, "Reuters");
  g_clear_pointer (&record, px_source_record_free);

  g_assert_true (px_library_rename_source (library, ia, "Reuters", &error));
  record = px_library_get_source (library, ia, &error);
  g_assert_cmpstr (record->outlet, ==, "Reuters");
  g_clear_pointer (&record, px_source_record_free);
  /* Found by its new name. */
  hits = px_library_search (library, "Reuters", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >, 0);

  g_assert_true (px_library_rename_source (library, ia, long_name, &error));
  record = px_library_get_source (library, ia, &error);
  g_assert_cmpuint (g_utf8_strlen (record->outlet, -1), ==, 200);
  g_clear_pointer (&record, px_source_record_free);

  g_assert_false (px_library_rename_source (library, ia, " \t ", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* marks of direction and joiners show nothing either */
  g_assert_false (px_library_rename_source (library, ia, "\u200f\u200d \u2060", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (px_library_delete_source (library, ia, &error));
  g_assert_false (px_library_rename_source (library, ia, "Reuters", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  close_library (library);
}

/* A story copied from My Library to a team library and back. */
static void
test_copy (void)
{
  PxLibrary *mine = open_sqlite ();
  PxLibrary *team = open_postgresql ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = make_article ("a.txt", "Alpha", article_text);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Beta", "Beta's text: repairs would cost five million euros.");
  g_autoptr(PxArticle) c = make_article ("c.txt", "Gamma", "Gamma, in the trash.");
  gint64 story = px_library_create_story (mine, "Copied", &error);
  gint64 ia = px_library_add_source (mine, story, a, NULL, &error);
  gint64 ib = px_library_add_source (mine, story, b, NULL, &error);
  gint64 ic = px_library_add_source (mine, story, c, NULL, &error);
  PxTargetSpec targets[] = {
    { .source_id = ib, .quote = "five million euros" },
    { .source_id = ia, .quote = "4.75 million euros" },
  };
  gint64 claim = px_library_create_annotation (mine, story, targets, 2, PX_VERDICT_FALSE, "Across both", &error);
  gint64 id = px_library_keep_failed_source (mine, story, 0, "http://127.0.0.1:9/d", "127.0.0.1",
                                             "http://127.0.0.1:9/d: the server did not answer", &error);
  gint64 in_team;
  gint64 back;

  g_assert_no_error (error);
  g_assert_true (px_library_set_annotation_state (mine, claim, PX_ANNOTATION_STATE_DISMISSED, &error));
  g_assert_true (px_library_move_source (mine, ib, 0, &error));
  g_assert_true (px_library_delete_source (mine, ic, &error));
  /* Columns: Beta, the one that failed, Alpha. */
  g_assert_true (px_library_move_source (mine, id, 1, &error));

  in_team = px_story_copy (mine, story, team, NULL, &error);
  g_assert_no_error (error);
  check_copy (team, in_team);

  back = px_story_copy (team, in_team, mine, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back, !=, story);
  check_copy (mine, back);

  g_assert_cmpint (px_story_copy (mine, 987654, team, NULL, &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);

  close_library (mine);
  close_library (team);
}

/* A failure is kept with its words, so that it is said in the language
 * the reader uses when it is shown, not the one it was kept in: a file of
 * NUL bytes and an address a server answered 404 for, kept under German,
 * are said in Russian after. A failure kept without words (before
 * database version 11, team library version 7) says its message; words
 * that do not hold (a field missing, an argument missing, not JSON) are
 * never shown, the message is.
 */
/* words whose one argument is words, @depth times over, around "x" */
static void
append_nested_words (GString *words,
                     guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (words, "{\"format\": \"%s\", \"args\": [");
  g_string_append (words, "\"x\"");
  for (guint i = 0; i < depth; i++)
    g_string_append (words, "]}");
}

static void
test_failure_words (gconstpointer data)
{
  OpenFunc open = data;
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) binary = NULL;
  g_autoptr(PxArticle) none = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *fetch_words = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  PxLibrary *library;
  gint64 story;
  g_autofree char *kept = NULL;
  const char *broken[] = {
    "{\"format\": \"%s: %s\", \"args\": [\"one\"]}",
    "{\"args\": []}",
    "{\"format\": \"%s%n\", \"args\": [\"a\"]}",
    "not words at all",
    /* good words, beside a message they were not kept with (a client
     * that keeps no words failed the source again) */
    "{\"format\": \"%s is empty: there is no text in it\", \"args\": [\"a\"], \"kept-with\": \"other\"}",
  };

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL || setlocale (LC_ALL, "ru_RU.UTF-8") == NULL)
    {
      g_test_skip ("locales de_DE.UTF-8 and ru_RU.UTF-8 are not generated (make deps generates them)");
      setlocale (LC_ALL, previous);
      return;
    }
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  library = open ();
  story = px_library_create_story (library, "Failures in two languages", &error);
  g_assert_no_error (error);

  /* kept under German */
  setlocale (LC_ALL, "de_DE.UTF-8");
  none = px_extract_plain_text ("notizen.txt", "Hafen\0Kran", 10, &binary);
  g_assert_null (none);
  g_assert_cmpstr (binary->message, ==, "notizen.txt enthält NUL-Bytes: Es ist kein Textdokument");
  kept = px_words_keep (px_source_failure_words (binary), binary->message);
  g_assert_cmpint (px_library_keep_failed_source_full (library, story, 0, "notizen.txt", NULL, binary->message,
                                                       px_source_failure_kind (binary), kept, NULL, &error),
                   >, 0);
  g_clear_pointer (&kept, g_free);
  g_assert_no_error (error);
  /* a fetch's words as px-fetch keeps them: the address, then the reason */
  {
    g_autofree char *status = px_words_new (NULL, "the server answered %u %s", 404u, "Not Found");

    fetch_words = px_words_new_about ("input that failed, why", "%s: %s", "http://127.0.0.1:9/gone", status);
    reason = px_words_say (fetch_words);
  }
  g_assert_cmpstr (reason, ==, "http://127.0.0.1:9/gone: der Server antwortete mit 404 Not Found");
  kept = px_words_keep (fetch_words, reason);
  g_assert_cmpint (px_library_keep_failed_source_full (library, story, 0, "http://127.0.0.1:9/gone", NULL, reason,
                                                       NULL, kept, NULL, &error),
                   >, 0);
  g_clear_pointer (&kept, g_free);
  g_assert_no_error (error);
  /* kept before words were: its message as it was kept */
  g_assert_cmpint (px_library_keep_failed_source (library, story, 0, "http://127.0.0.1:9/alt", NULL,
                                                  "http://127.0.0.1:9/alt: der Server antwortete mit 500", &error),
                   >, 0);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *input = g_strdup_printf ("http://127.0.0.1:9/broken-%u", i);
      g_autofree char *words = strstr (broken[i], "kept-with") == NULL ? px_words_keep (broken[i], "kept message")
                                                                        : NULL;

      g_assert_cmpint (px_library_keep_failed_source_full (library, story, 0, input, NULL, "kept message", NULL,
                                                           words != NULL ? words : broken[i], NULL, &error),
                       >, 0);
      g_assert_no_error (error);
    }

  g_assert_cmpstr (px_words_keep ("not words at all", "kept message"), ==, NULL);
  /* words nested past any failure's, or longer than any: never said */
  {
    g_autoptr(GString) deep = g_string_new (NULL);

    append_nested_words (deep, 4000);
    g_assert_null (px_words_say (deep->str));
    g_string_truncate (deep, 0);
    append_nested_words (deep, 6);
    g_assert_null (px_words_say (deep->str));
    g_string_truncate (deep, 0);
    for (guint i = 0; i < 8000; i++)
      g_string_append_c (deep, '[');
    for (guint i = 0; i < 8000; i++)
      g_string_append_c (deep, ']');
    g_assert_null (px_words_say (deep->str));
  }

  /* read under Russian */
  setlocale (LC_ALL, "ru_RU.UTF-8");
  failed = px_library_list_failed_sources (library, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 3 + G_N_ELEMENTS (broken));
  {
    const char *said[] = {
      "notizen.txt содержит байты NUL: это не текстовый документ",
      "http://127.0.0.1:9/gone: сервер ответил «404 Not Found»",
      "http://127.0.0.1:9/alt: der Server antwortete mit 500",
    };

    for (guint i = 0; i < failed->len; i++)
      {
        PxSourceRecord *record = failed->pdata[i];
        g_autoptr(PxSource) source = px_source_new_for_record (record);
        g_autofree char *shown = px_source_describe_failure (source);

        g_assert_cmpstr (shown, ==, i < G_N_ELEMENTS (said) ? said[i] : "kept message");
      }
    g_assert_nonnull (((PxSourceRecord *) failed->pdata[0])->error_words);
    g_assert_null (((PxSourceRecord *) failed->pdata[2])->error_words);
  }

  close_library (library);
  setlocale (LC_ALL, previous);
  g_setenv ("LANGUAGE", "C", TRUE);
}

static void
add_tests (const char *engine,
           OpenFunc    open_func)
{
  static const struct
  {
    const char *name;
    GTestDataFunc func;
  } tests[] = {
    { "stories", test_stories },
    { "provisional-title", test_provisional_title },
    { "sources", test_sources },
    { "annotations", test_annotations },
    { "search", test_search },
    { "async-and-changed", test_async_and_changed },
    { "async-operations", test_async_operations },
    { "failed-sources", test_failed_sources },
    { "failed-page-hostile", test_failed_page_hostile },
    { "failure-words", test_failure_words },
    { "rename-source", test_rename_source },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autofree char *path = g_strdup_printf ("/library-suite/%s/%s", engine, tests[i].name);

      g_test_add_data_func (path, open_func, tests[i].func);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  server = px_test_pg_start ();
  add_tests ("sqlite", open_sqlite);
  add_tests ("postgresql", open_postgresql);
  g_test_add_func ("/library-suite/copy", test_copy);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_pg_destroy);
  px_test_remove_temp_dirs ();
  return status;
}
