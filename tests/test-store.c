/* test-store.c: the local database
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-store-private.h"
#include "px-test-util.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* Helpers */

static char *self_path;

static char *
make_temp_db (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-store-XXXXXX");

  return g_build_filename (dir, "parallax.db", NULL);
}

static PxStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PxStore *store = px_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_null (px_store_get_recovery (store));
  return store;
}

static void
close_store (PxStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);
  g_object_unref (store);
}

static PxArticle *
make_article (const char *input,
              const char *outlet,
              const char *title,
              const char *text)
{
  PxArticle *article = px_article_new (input);

  article->outlet = g_strdup (outlet);
  article->title = g_strdup (title);
  g_free (article->text);
  article->text = g_strdup (text);
  return article;
}

static PxSnapshot *
make_snapshot (const char *body)
{
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

  return px_snapshot_new (bytes, "https://news.example/story", "text/html", "utf-8");
}

static gint64
add_source (PxStore    *store,
            gint64      story_id,
            const char *outlet,
            const char *title,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = make_article (outlet, outlet, title, text);
  g_autofree char *html = g_strdup_printf ("<html><body><h1>%s</h1><p>%s</p></body></html>", title, text);
  g_autoptr(PxSnapshot) snapshot = make_snapshot (html);
  gint64 id = px_store_add_source (store, story_id, article, snapshot, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Tries to annotate "drones" in @source_id; returns the error code. */
static int
annotate_quote_fails (PxStore *store,
                      gint64   story_id,
                      gint64   source_id)
{
  g_autoptr(GError) error = NULL;
  PxTargetSpec spec = { .source_id = source_id, .quote = "drones" };

  g_assert_cmpint (px_store_create_annotation (store, story_id, &spec, 1, PX_VERDICT_FALSE, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  return error->code;
}

static char *
file_sha256 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guint8 *) data, len);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  g_file_get_contents (from, &data, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, data, len, &error);
  g_assert_no_error (error);
}

static const char article_text[] =
  "Russia says drones targeted Putin’s residence\n\n"
  "Foreign minister Sergey Lavrov said Ukraine launched 91 long-range drones at the state "
  "residence in the Novgorod region.\n\n"
  "He said air defences destroyed all of them. No independent verification was available.\n\n"
  "Lavrov called it an act of state terrorism. No independent verification was available.";

/* Stories */

static void
test_stories (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(PxStoryInfo) info = NULL;
  g_autoptr(GDateTime) later = NULL;
  gint64 first;
  gint64 second;

  first = px_store_create_story (store, "  Drone claim  ", &error);
  g_assert_no_error (error);
  g_usleep (5000);
  second = px_store_create_story (store, "Rate decision", &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);

  g_assert_cmpint (px_store_create_story (store, "   ", &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (px_store_create_story (store, "bad \xff title", &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Newest change first: adding a source to the first story brings it up. */
  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_assert_cmpint (((PxStoryInfo *) stories->pdata[0])->id, ==, second);
  g_clear_pointer (&stories, g_ptr_array_unref);

  g_usleep (5000);
  add_source (store, first, "BBC", "Drones", article_text);
  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_cmpint (((PxStoryInfo *) stories->pdata[0])->id, ==, first);
  g_assert_cmpstr (((PxStoryInfo *) stories->pdata[0])->title, ==, "Drone claim");
  g_assert_cmpuint (((PxStoryInfo *) stories->pdata[0])->n_sources, ==, 1);
  g_clear_pointer (&stories, g_ptr_array_unref);

  g_assert_true (px_store_rename_story (store, first, "Novgorod drone claim", &error));
  info = px_store_get_story (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (info->title, ==, "Novgorod drone claim");
  g_assert_null (info->deleted_at);

  /* Delete goes to a trash the user can undo. */
  g_assert_true (px_store_delete_story (store, first, &error));
  g_assert_no_error (error);
  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 1);
  g_clear_pointer (&stories, g_ptr_array_unref);
  stories = px_store_list_stories (store, TRUE, &error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_clear_pointer (&stories, g_ptr_array_unref);
  g_assert_false (px_store_rename_story (store, first, "x", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (px_store_restore_story (store, first, &error));
  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_clear_pointer (&stories, g_ptr_array_unref);

  /* Purging removes only what is in the trash, with its sources. */
  g_assert_true (px_store_delete_story (store, first, &error));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    later = g_date_time_add_minutes (now, 1);
  }
  g_assert_true (px_store_purge_deleted_stories (store, later, &error));
  g_assert_no_error (error);
  stories = px_store_list_stories (store, TRUE, &error);
  g_assert_cmpuint (stories->len, ==, 1);
  g_assert_cmpint (((PxStoryInfo *) stories->pdata[0])->id, ==, second);

  g_assert_null (px_store_get_story (store, first, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* Sources */

static void
test_sources (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(PxSourceRecord) record = NULL;
  gint64 story = px_store_create_story (store, "Columns", &error);
  gint64 a = add_source (store, story, "RT", "A", "Text of A.");
  gint64 b = add_source (store, story, "Reuters", "B", "Text of B.");
  gint64 c = add_source (store, story, "BBC", "C", "Text of C.");
  gint64 missing_story = story + 100;

  /* The last column moves to the front; the others shift right. */
  g_assert_true (px_store_move_source (store, c, 0, &error));
  g_assert_no_error (error);
  sources = px_store_list_sources (store, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 3);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->id, ==, c);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[1])->id, ==, a);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[2])->id, ==, b);
  for (guint i = 0; i < sources->len; i++)
    g_assert_cmpuint (((PxSourceRecord *) sources->pdata[i])->position, ==, i);
  g_clear_pointer (&sources, g_ptr_array_unref);

  /* Past the end means last. */
  g_assert_true (px_store_move_source (store, c, 99, &error));
  sources = px_store_list_sources (store, story, &error);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[2])->id, ==, c);
  g_clear_pointer (&sources, g_ptr_array_unref);

  /* Removing a column is undoable: it comes back where it was. */
  g_assert_true (px_store_delete_source (store, a, &error));
  sources = px_store_list_sources (store, story, &error);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->id, ==, b);
  g_assert_cmpuint (((PxSourceRecord *) sources->pdata[1])->position, ==, 1);
  g_clear_pointer (&sources, g_ptr_array_unref);
  g_assert_false (px_store_move_source (store, a, 1, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "trash"));
  g_clear_error (&error);
  {
    g_autoptr(PxStoryInfo) info = px_store_get_story (store, story, &error);

    g_assert_cmpuint (info->n_sources, ==, 2);
  }

  g_assert_true (px_store_restore_source (store, a, &error));
  g_assert_no_error (error);
  sources = px_store_list_sources (store, story, &error);
  g_assert_cmpuint (sources->len, ==, 3);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->id, ==, a);
  g_assert_null (((PxSourceRecord *) sources->pdata[0])->deleted_at);
  for (guint i = 0; i < sources->len; i++)
    g_assert_cmpuint (((PxSourceRecord *) sources->pdata[i])->position, ==, i);
  g_clear_pointer (&sources, g_ptr_array_unref);

  record = px_store_get_source (store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (record->outlet, ==, "Reuters");
  g_assert_cmpstr (record->text, ==, "Text of B.");
  g_assert_cmpstr (record->content_type, ==, "text/html");
  g_assert_cmpstr (record->final_url, ==, "https://news.example/story");
  g_assert_cmpuint (record->version, ==, 1);
  g_assert_cmpuint (strlen (record->sha256), ==, 64);

  /* The page is kept byte for byte. */
  body = px_store_get_version_body (store, record->version_id, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body),
                   "<html><body><h1>B</h1><p>Text of B.</p></body></html>",
                   strlen ("<html><body><h1>B</h1><p>Text of B.</p></body></html>"));

  versions = px_store_list_source_versions (store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpuint (((PxSourceVersion *) versions->pdata[0])->body_size, ==, g_bytes_get_size (body));

  {
    g_autoptr(PxArticle) article = make_article ("x", "X", "X", "x");

    g_assert_cmpint (px_store_add_source (store, missing_story, article, NULL, &error), ==, 0);
    g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* Annotations */

static void
test_annotations (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(PxAnnotation) claim = NULL;
  gint64 story = px_store_create_story (store, "Drone claim", &error);
  gint64 other_story = px_store_create_story (store, "Other", &error);
  gint64 rt = add_source (store, story, "RT", "RT", article_text);
  gint64 bbc = add_source (store, story, "BBC", "BBC", "Russia claimed, without evidence, that 91 drones were launched.");
  gint64 other_source = add_source (store, other_story, "AP", "AP", "Unrelated text.");
  gint64 single = px_test_annotate_quote (store, story, rt, "91 long-range drones", PX_VERDICT_UNVERIFIED,
                                          "Only Moscow's count");
  PxTargetSpec specs[] = {
    { .source_id = rt, .quote = "Ukraine launched 91 long-range drones" },
    { .source_id = bbc, .start = 0, .end = 32 },
  };
  gint64 claim_id;
  PxTargetSpec wrong_story = { .source_id = other_source, .quote = "Unrelated" };

  g_assert_no_error (error);

  /* One verdict on a claim across two outlets: two targets. */
  claim_id = px_store_create_annotation (store, story, specs, G_N_ELEMENTS (specs),
                                         PX_VERDICT_MISLEADING, "Stated as fact by one, attributed by the other", &error);
  g_assert_no_error (error);
  claim = px_store_get_annotation (store, claim_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (claim->verdict, ==, PX_VERDICT_MISLEADING);
  g_assert_cmpint (claim->state, ==, PX_ANNOTATION_STATE_OK);
  g_assert_cmpuint (claim->targets->len, ==, 2);
  {
    PxAnnotationTarget *first = claim->targets->pdata[0];
    PxAnnotationTarget *second = claim->targets->pdata[1];

    g_assert_cmpint (first->source_id, ==, rt);
    g_assert_cmpstr (first->selector->exact, ==, "Ukraine launched 91 long-range drones");
    g_assert_cmpint (second->source_id, ==, bbc);
    g_assert_cmpstr (second->selector->exact, ==, "Russia claimed, without evidence");
    g_assert_cmpuint (second->selector->start, ==, 0);
    g_assert_cmpuint (second->selector->end, ==, 32);
    g_assert_cmpfloat (second->confidence, ==, 1.0);
  }

  /* A source from another story is refused, and nothing is saved. */
  g_assert_cmpint (px_store_create_annotation (store, story, &wrong_story, 1, PX_VERDICT_FALSE, NULL, &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (px_store_set_annotation_verdict (store, single, PX_VERDICT_NEEDS_CONTEXT, &error));
  g_assert_true (px_store_set_annotation_note (store, single, "Moscow's count, not confirmed", &error));
  g_assert_true (px_store_set_annotation_state (store, single, PX_ANNOTATION_STATE_DISMISSED, &error));
  g_assert_no_error (error);

  annotations = px_store_list_annotations (store, story, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 2);
  {
    PxAnnotation *first = annotations->pdata[0];
    PxAnnotationTarget *target = first->targets->pdata[0];

    g_assert_cmpint (first->id, ==, single);
    g_assert_cmpint (first->verdict, ==, PX_VERDICT_NEEDS_CONTEXT);
    g_assert_cmpint (first->state, ==, PX_ANNOTATION_STATE_DISMISSED);
    g_assert_cmpstr (first->note, ==, "Moscow's count, not confirmed");
    g_assert_cmpstr (target->selector->exact, ==, "91 long-range drones");
    g_assert_cmpuint (target->selector->start, ==,
                      g_utf8_pointer_to_offset (article_text, strstr (article_text, "91 long-range")));
    g_assert_nonnull (first->created_at);
  }
  g_clear_pointer (&annotations, g_ptr_array_unref);

  /* Deleting is undoable. */
  g_assert_true (px_store_delete_annotation (store, single, &error));
  annotations = px_store_list_annotations (store, story, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_clear_pointer (&annotations, g_ptr_array_unref);
  g_assert_true (px_store_restore_annotation (store, single, &error));
  annotations = px_store_list_annotations (store, story, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 2);
  g_clear_pointer (&annotations, g_ptr_array_unref);

  g_assert_false (px_store_set_annotation_note (store, 9999, "x", &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A source in the trash takes its passages out of view, and an annotation
   * left with none is hidden; restoring brings both back.
   */
  g_assert_true (px_store_delete_source (store, rt, &error));
  annotations = px_store_list_annotations (store, story, TRUE, &error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_assert_cmpint (((PxAnnotation *) annotations->pdata[0])->id, ==, claim_id);
  g_assert_cmpuint (((PxAnnotation *) annotations->pdata[0])->targets->len, ==, 1);
  g_clear_pointer (&annotations, g_ptr_array_unref);
  {
    g_autoptr(PxStoryInfo) info = px_store_get_story (store, story, &error);

    g_assert_cmpuint (info->n_annotations, ==, 1);
  }
  g_assert_cmpint (annotate_quote_fails (store, story, rt), ==, PX_STORE_ERROR_NOT_FOUND);

  g_assert_true (px_store_restore_source (store, rt, &error));
  annotations = px_store_list_annotations (store, story, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 2);
  g_assert_cmpuint (((PxAnnotation *) annotations->pdata[1])->targets->len, ==, 2);
  g_clear_pointer (&annotations, g_ptr_array_unref);

  /* Emptying the trash deletes for good, with what only it held. */
  g_assert_true (px_store_delete_source (store, rt, &error));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 1);

    g_assert_true (px_store_purge_deleted_stories (store, later, &error));
    g_assert_no_error (error);
  }
  g_assert_null (px_store_get_source (store, rt, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  annotations = px_store_list_annotations (store, story, TRUE, &error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_assert_cmpint (((PxAnnotation *) annotations->pdata[0])->id, ==, claim_id);
  g_assert_null (px_store_get_annotation (store, single, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

static void
test_quote_refusal (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  gint64 story = px_store_create_story (store, "Drone claim", &error);
  gint64 source = add_source (store, story, "RT", "RT", article_text);
  PxTargetSpec missing = { .source_id = source, .quote = "92 long-range drones" };
  PxTargetSpec repeated = { .source_id = source, .quote = "No independent verification was available." };
  PxTargetSpec told_apart = { .source_id = source, .quote = "No independent verification was available.",
                              .prefix = "state terrorism. " };
  PxTargetSpec no_such_source = { .source_id = source + 50, .quote = "drones" };
  gint64 id;

  g_assert_cmpint (px_store_create_annotation (store, story, &missing, 1, PX_VERDICT_FALSE, "n", &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_QUOTE_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "92 long-range drones"));
  g_clear_error (&error);

  g_assert_cmpint (px_store_create_annotation (store, story, &repeated, 1, PX_VERDICT_FALSE, "n", &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_QUOTE_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "2 times"));
  g_clear_error (&error);

  g_assert_cmpint (px_store_create_annotation (store, story, &no_such_source, 1, PX_VERDICT_FALSE, NULL, &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing half-made was left behind by the refusals. */
  annotations = px_store_list_annotations (store, story, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 0);
  g_clear_pointer (&annotations, g_ptr_array_unref);

  id = px_store_create_annotation (store, story, &told_apart, 1, PX_VERDICT_ACCURATE, NULL, &error);
  g_assert_no_error (error);
  annotations = px_store_list_annotations (store, story, TRUE, &error);
  g_assert_cmpuint (annotations->len, ==, 1);
  {
    PxAnnotationTarget *target = ((PxAnnotation *) annotations->pdata[0])->targets->pdata[0];
    const char *second = strstr (strstr (article_text, "available.") + 1, "No independent");

    g_assert_cmpint (((PxAnnotation *) annotations->pdata[0])->id, ==, id);
    g_assert_cmpuint (target->selector->start, ==, g_utf8_pointer_to_offset (article_text, second));
  }

  close_store (g_steal_pointer (&store));
}

/* Search */

static void
async_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_search (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gint64 story = px_store_create_story (store, "Drone claim", &error);
  gint64 hidden = px_store_create_story (store, "Deleted story", &error);
  gint64 in_title = add_source (store, story, "Reuters", "Novgorod residence targeted, Moscow says",
                                "Moscow said the attack failed. Officials gave few details.");
  gint64 in_body = add_source (store, story, "BBC", "Drone claim disputed",
                               "Russia said drones were launched overnight at a residence in the "
                               "Novgorod region; Kyiv denied it.");
  gint64 in_deleted = add_source (store, hidden, "AP", "Novgorod Novgorod", "Novgorod Novgorod Novgorod.");
  gint64 note_id;
  gboolean saw_note = FALSE;

  note_id = px_test_annotate_quote (store, story, in_body, "Kyiv denied it", PX_VERDICT_UNVERIFIED,
                                    "Zelensky called the Valdai story a fabrication");
  g_assert_true (px_store_delete_story (store, hidden, &error));
  g_assert_no_error (error);
  (void) in_deleted;

  /* A title match ranks above a match in the body; the trash is not searched. */
  hits = px_store_search (store, "Novgorod", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);
  {
    PxSearchHit *top = hits->pdata[0];
    PxSearchHit *next = hits->pdata[1];

    g_assert_cmpint (top->kind, ==, PX_SEARCH_HIT_ARTICLE);
    g_assert_cmpint (top->source_id, ==, in_title);
    g_assert_cmpint (top->story_id, ==, story);
    g_assert_cmpstr (top->story_title, ==, "Drone claim");
    g_assert_cmpfloat (top->score, >, next->score);
    g_assert_cmpint (next->source_id, ==, in_body);
    g_assert_nonnull (strstr (next->snippet, "[Novgorod]"));
    g_assert_null (strchr (next->snippet, '\n'));
    g_assert_cmpstr (next->outlet, ==, "BBC");
  }
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Notes are searched too, with their annotated quote. */
  hits = px_store_search (store, "fabrication", 10, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    {
      PxSearchHit *hit = hits->pdata[i];

      if (hit->kind == PX_SEARCH_HIT_NOTE)
        {
          saw_note = TRUE;
          g_assert_cmpint (hit->annotation_id, ==, note_id);
          g_assert_cmpint (hit->source_id, ==, in_body);
          g_assert_cmpstr (hit->title, ==, "Kyiv denied it");
          g_assert_nonnull (strstr (hit->snippet, "[fabrication]"));
        }
    }
  g_assert_true (saw_note);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Stemming, prefixes of the last word, phrases. */
  hits = px_store_search (store, "launch", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_store_search (store, "Novg", 10, &error);
  g_assert_cmpuint (hits->len, ==, 2);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_store_search (store, "\"Kyiv denied\"", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_store_search (store, "\"denied Kyiv\"", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Query syntax typed by a user is words, never an error. */
  hits = px_store_search (store, "NEAR( \"drones AND * ^col:", 10, &error);
  g_assert_no_error (error);
  g_clear_pointer (&hits, g_ptr_array_unref);

  g_assert_null (px_store_search (store, "  \" ", 10, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *huge = g_strnfill (100000, 'a');

    g_assert_null (px_store_search (store, huge, 10, &error));
    g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "too long"));
    g_clear_error (&error);
  }

  /* The same on a worker thread. */
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GPtrArray) async_hits = NULL;

    px_store_search_async (store, "Novgorod", 10, NULL, async_result_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    async_hits = px_store_search_finish (store, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (async_hits->len, ==, 2);
    g_assert_cmpint (((PxSearchHit *) async_hits->pdata[0])->source_id, ==, in_title);
  }

  /* Restored stories come back in search. */
  g_assert_true (px_store_restore_story (store, hidden, &error));
  hits = px_store_search (store, "Novgorod", 10, &error);
  g_assert_cmpuint (hits->len, ==, 3);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A source in the trash is not searched, nor are notes only on it. */
  g_assert_true (px_store_delete_source (store, in_body, &error));
  hits = px_store_search (store, "Novgorod", 10, &error);
  g_assert_cmpuint (hits->len, ==, 2);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_store_search (store, "fabrication", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);

  close_store (g_steal_pointer (&store));
}

/* Versions and re-anchoring through the store */

static void
test_versions (void)
{
  static const char edited[] =
    "Russia says drones targeted Putin’s residence\n\n"
    "UPDATED with Kyiv's denial.\n\n"
    "Foreign minister Sergey Lavrov said Ukraine launched 91 long-range drones at the state "
    "residence in the Novgorod region.\n\n"
    "Lavrov branded it an act of state terrorism. No independent verification was available.\n\n"
    "Kyiv denied the claim.";
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = make_article ("rt", "RT", "Drones", edited);
  g_autoptr(PxSnapshot) snapshot = make_snapshot ("<p>edited</p>");
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(PxReanchorReport) same = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(PxAnnotation) kept_after = NULL;
  g_autoptr(PxAnnotation) reworded_after = NULL;
  g_autoptr(PxAnnotation) removed_after = NULL;
  g_autofree char *old_text = NULL;
  gint64 story = px_store_create_story (store, "Drone claim", &error);
  gint64 source_id = add_source (store, story, "RT", "Drones", article_text);
  gint64 kept = px_test_annotate_quote (store, story, source_id, "91 long-range drones", PX_VERDICT_UNVERIFIED,
                                        NULL);
  gint64 reworded = px_test_annotate_quote (store, story, source_id, "Lavrov called it an act of state terrorism",
                                            PX_VERDICT_UNVERIFIED, NULL);
  gint64 removed = px_test_annotate_quote (store, story, source_id, "He said air defences destroyed all of them",
                                           PX_VERDICT_UNVERIFIED, NULL);
  guint n_attached = 0;

  report = px_store_add_source_version (store, source_id, article, snapshot, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  g_assert_cmpuint (report->outcomes->len, ==, 3);
  g_assert_cmpuint (report->n_needs_review, ==, 1);
  for (guint i = 0; i < report->outcomes->len; i++)
    {
      PxReanchorOutcome *outcome = &g_array_index (report->outcomes, PxReanchorOutcome, i);

      if (outcome->annotation_id == removed)
        g_assert_false (outcome->attached);
      else
        {
          g_assert_true (outcome->attached);
          n_attached++;
        }
      if (outcome->annotation_id == reworded)
        g_assert_cmpint (outcome->method, ==, PX_ANCHOR_METHOD_FUZZY);
      if (outcome->annotation_id == kept)
        g_assert_cmpint (outcome->method, ==, PX_ANCHOR_METHOD_QUOTE);
    }
  g_assert_cmpuint (n_attached, ==, 2);

  source = px_store_get_source (store, source_id, &error);
  g_assert_cmpuint (source->version, ==, 2);
  g_assert_cmpuint (source->n_versions, ==, 2);
  g_assert_cmpint (source->version_id, ==, report->version_id);
  g_assert_cmpstr (source->text, ==, edited);

  kept_after = px_store_get_annotation (store, kept, &error);
  reworded_after = px_store_get_annotation (store, reworded, &error);
  removed_after = px_store_get_annotation (store, removed, &error);
  g_assert_no_error (error);
  {
    PxAnnotationTarget *target = kept_after->targets->pdata[0];

    g_assert_cmpint (kept_after->state, ==, PX_ANNOTATION_STATE_OK);
    g_assert_cmpint (target->version_id, ==, report->version_id);
    g_assert_cmpuint (target->selector->start, ==,
                      g_utf8_pointer_to_offset (edited, strstr (edited, "91 long-range")));
  }
  {
    PxAnnotationTarget *target = reworded_after->targets->pdata[0];

    g_assert_cmpint (reworded_after->state, ==, PX_ANNOTATION_STATE_OK);
    g_assert_cmpstr (target->selector->exact, ==, "Lavrov branded it an act of state terrorism");
    g_assert_cmpfloat (target->confidence, <, 1.0);
  }
  {
    PxAnnotationTarget *target = removed_after->targets->pdata[0];

    /* Needs review, still pointing at the words in the version it was made on. */
    g_assert_cmpint (removed_after->state, ==, PX_ANNOTATION_STATE_NEEDS_REVIEW);
    g_assert_cmpint (target->state, ==, PX_ANNOTATION_STATE_NEEDS_REVIEW);
    g_assert_cmpstr (target->selector->exact, ==, "He said air defences destroyed all of them");
    g_assert_cmpint (target->version_id, !=, report->version_id);
    old_text = px_store_get_version_text (store, target->version_id, &error);
    g_assert_cmpstr (old_text, ==, article_text);

    /* The user attaches it by hand. */
    g_assert_true (px_store_move_annotation_target (store, target->id, 0, 10, &error));
    g_assert_no_error (error);
    g_clear_pointer (&removed_after, px_annotation_free);
    removed_after = px_store_get_annotation (store, removed, &error);
    g_assert_cmpint (removed_after->state, ==, PX_ANNOTATION_STATE_OK);
  }

  /* Fetched again, same text: only the check is recorded. */
  same = px_store_add_source_version (store, source_id, article, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (same->changed);
  g_assert_cmpint (same->version_id, ==, report->version_id);
  versions = px_store_list_source_versions (store, source_id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpuint (((PxSourceVersion *) versions->pdata[0])->number, ==, 1);
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[0])->sha256, !=,
                   ((PxSourceVersion *) versions->pdata[1])->sha256);

  /* Search sees the newest text only. */
  {
    g_autoptr(GPtrArray) hits = px_store_search (store, "branded", 10, &error);
    g_autoptr(GPtrArray) gone = px_store_search (store, "defences", 10, &error);

    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_cmpuint (gone->len, ==, 0);
  }

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* The "changed" signal and threads */

static void
changed_cb (PxStore *store,
            gint64   story_id,
            gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, story_id);
}

typedef struct
{
  PxStore *store;
  gint64 story;
  guint n_failures;
} ReaderData;

static gpointer
reader_thread (gpointer data)
{
  ReaderData *reader = data;

  for (int i = 0; i < 100; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = px_store_search (reader->store, "drones", 5, &error);
      g_autoptr(GPtrArray) annotations = px_store_list_annotations (reader->store, reader->story, FALSE, &error);

      if (hits == NULL || annotations == NULL)
        g_atomic_int_inc (&reader->n_failures);
    }

  return NULL;
}

static void
test_signal_and_threads (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) annotations = NULL;
  ReaderData reader = { store, 0, 0 };
  GThread *threads[3];
  gint64 story;
  gint64 source;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), seen);
  story = px_store_create_story (store, "Signals", &error);
  g_assert_no_error (error);

  /* Emitted from the main context, not inside the call. */
  g_assert_cmpuint (seen->len, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpint (g_array_index (seen, gint64, 0), ==, story);

  source = add_source (store, story, "RT", "Drones", article_text);
  reader.story = story;
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", reader_thread, &reader);
  for (int i = 0; i < 60; i++)
    px_test_annotate_quote (store, story, source, "91 long-range drones", PX_VERDICT_UNVERIFIED,
                            "written while others read");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_assert_cmpuint (reader.n_failures, ==, 0);
  annotations = px_store_list_annotations (store, story, FALSE, &error);
  g_assert_cmpuint (annotations->len, ==, 60);

  /* A write by another program is noticed when asked. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_array_set_size (seen, 0);
  g_assert_false (px_store_check_external_changes (store));
  {
    g_autoptr(PxStore) other = open_store (path);

    px_store_create_story (other, "Written elsewhere", &error);
    g_assert_no_error (error);
    close_store (g_steal_pointer (&other));
  }
  g_assert_true (px_store_check_external_changes (store));
  g_assert_false (px_store_check_external_changes (store));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpint (g_array_index (seen, gint64, 0), ==, 0);

  close_store (g_steal_pointer (&store));
}

/* parallax-cli */

static JsonNode *
parse_json_line (const char *line)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static void
test_cli (void)
{
  g_autofree char *path = make_temp_db ();
  g_autofree char *html = g_test_build_filename (G_TEST_DIST, "fixtures", "store", "wire-report.html", NULL);
  g_autofree char *txt = g_test_build_filename (G_TEST_DIST, "fixtures", "store", "desk-notes.txt", NULL);
  g_autofree char *story = NULL;
  g_autofree char *added = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *annotation = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  g_autofree char *html_source = NULL;
  g_autofree char *txt_source = NULL;

  story = px_test_run_cli (0, NULL, "story", "new", "Drone claim", "--db", path, NULL);
  g_strchomp (story);
  g_assert_cmpstr (story, ==, "1");

  added = px_test_run_cli (1, &err, "story", "add", story, html, "/nonexistent/page.html", txt, "--db", path, NULL);
  g_assert_nonnull (strstr (err, "/nonexistent/page.html"));
  g_clear_pointer (&err, g_free);
  lines = g_strsplit (g_strchomp (added), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_suffix (lines[0], html));
  g_assert_true (g_str_has_suffix (lines[1], txt));
  html_source = g_strndup (lines[0], strcspn (lines[0], "\t"));
  txt_source = g_strndup (lines[1], strcspn (lines[1], "\t"));
  g_clear_pointer (&lines, g_strfreev);

  listed = px_test_run_cli (0, NULL, "story", "list", "--format", "json", "--db", path, NULL);
  node = parse_json_line (listed);
  object = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Drone claim");
  g_assert_cmpint (json_object_get_int_member (object, "sources"), ==, 2);
  /* A field added later; an input story add could not read is not kept. */
  g_assert_cmpint (json_object_get_int_member_with_default (object, "failed_sources", -1), ==, 0);
  g_clear_pointer (&node, json_node_unref);

  /* The stored source holds the extracted text and the page as read. */
  {
    g_autoptr(PxStore) store = open_store (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(PxSourceRecord) source = px_store_get_source (store, g_ascii_strtoll (html_source, NULL, 10), &error);
    g_autoptr(GBytes) body = NULL;
    g_autofree char *file = NULL;
    gsize file_len;

    g_assert_no_error (error);
    g_assert_nonnull (strstr (source->text, "91 long-range drones"));
    g_assert_cmpstr (source->input, ==, html);
    body = px_store_get_version_body (store, source->version_id, &error);
    g_file_get_contents (html, &file, &file_len, &error);
    g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body), file, file_len);
    close_store (g_steal_pointer (&store));
  }

  annotation = px_test_run_cli (0, NULL, "annotate", story, "--source", html_source, "--quote", "91 long-range drones",
                        "--verdict", "misleading", "--note", "Moscow's figure, unverified", "--db", path, NULL);
  g_strchomp (annotation);
  g_assert_cmpstr (annotation, ==, "1");

  /* Refusals: a quote that is not there, a source of no such number,
   * usage errors.
   */
  out = px_test_run_cli (1, &err, "annotate", story, "--source", html_source, "--quote", "92 drones", "--db", path, NULL);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "“92 drones” does not appear"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = px_test_run_cli (1, &err, "annotate", story, "--source", "77", "--quote", "drones", "--db", path, NULL);
  g_assert_nonnull (strstr (err, "no source 77"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = px_test_run_cli (2, &err, "annotate", story, "--source", html_source, "--db", path, NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = px_test_run_cli (2, &err, "annotate", story, "--source", html_source, "--quote", "drones", "--verdict",
                 "bogus", "--db", path, NULL);
  g_assert_nonnull (strstr (err, "bogus"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = px_test_run_cli (1, &err, "annotations", "42", "--db", path, NULL);
  g_assert_nonnull (strstr (err, "no story 42"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = px_test_run_cli (2, &err, "story", "frobnicate", NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = px_test_run_cli (0, NULL, "annotations", story, "--format", "json", "--db", path, NULL);
  node = parse_json_line (out);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "verdict"), ==, "misleading");
  g_assert_cmpstr (json_object_get_string_member (object, "note"), ==, "Moscow's figure, unverified");
  {
    JsonArray *targets = json_object_get_array_member (object, "targets");
    JsonObject *target = json_array_get_object_element (targets, 0);

    g_assert_cmpuint (json_array_get_length (targets), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (target, "exact"), ==, "91 long-range drones");
    g_assert_cmpint (json_object_get_int_member (target, "end") - json_object_get_int_member (target, "start"),
                     ==, 20);
  }
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&out, g_free);

  out = px_test_run_cli (0, NULL, "search", "Valdai", "--format", "json", "--db", path, NULL);
  node = parse_json_line (out);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "article");
  g_assert_cmpint (json_object_get_int_member (object, "source"), ==, g_ascii_strtoll (txt_source, NULL, 10));
  g_assert_nonnull (strstr (json_object_get_string_member (object, "snippet"), "[Valdai]"));
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&out, g_free);

  out = px_test_run_cli (0, NULL, "search", "unverified", "--format", "json", "--db", path, NULL);
  node = parse_json_line (out);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "note");
  g_assert_cmpint (json_object_get_int_member (object, "annotation"), ==, 1);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&out, g_free);

  /* A source the window kept with why it could not be loaded is a column
   * `story show` lists, in its place, with "error" and "failed_at" (only
   * on it: the loaded ones' objects are as they were).
   */
  {
    g_autoptr(PxStore) store = open_store (path);
    g_autoptr(GError) error = NULL;
    gint64 id = px_store_keep_failed_source (store, 1, 0, "http://127.0.0.1:9/gone", "127.0.0.1",
                                             "http://127.0.0.1:9/gone: the server did not answer", &error);

    g_assert_no_error (error);
    g_assert_true (px_store_move_source (store, id, 1, &error));
    g_assert_no_error (error);
    close_store (g_steal_pointer (&store));
  }
  out = px_test_run_cli (0, NULL, "story", "show", story, "--format", "json", "--db", path, NULL);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      node = parse_json_line (lines[i]);
      object = json_node_get_object (node);
      g_assert_cmpint (json_object_get_int_member (object, "position"), ==, i);
      g_assert_true (json_object_has_member (object, "title"));
      g_assert_cmpint (json_object_has_member (object, "error"), ==, i == 1);
      g_assert_cmpint (json_object_has_member (object, "failed_at"), ==, i == 1);
      g_clear_pointer (&node, json_node_unref);
    }
  node = parse_json_line (lines[1]);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "input"), ==, "http://127.0.0.1:9/gone");
  g_assert_cmpstr (json_object_get_string_member (object, "error"), ==,
                   "http://127.0.0.1:9/gone: the server did not answer");
  g_assert_true (json_object_get_null_member (object, "title"));
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 0);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&out, g_free);
  out = px_test_run_cli (0, NULL, "story", "show", story, "--db", path, NULL);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], html_source));
  g_assert_nonnull (strstr (lines[1], "(not loaded: http://127.0.0.1:9/gone: the server did not answer)"));
  g_assert_true (g_str_has_prefix (lines[2], txt_source));
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&out, g_free);
  /* `story list` counts it as the window's library does, each count in
   * its own number: it had said "2 sources" of three columns, and "1
   * annotations". */
  out = px_test_run_cli (0, NULL, "story", "list", "--db", path, NULL);
  g_assert_true (g_str_has_prefix (out, "1\t2 sources, 1 not loaded\t1 annotation\t"));
  g_clear_pointer (&out, g_free);

  px_test_assert_database_sound (path);
}

/* A failure kept before a failed address was named by its site is in the
 * library under the last piece of its address's path: builds before
 * window37 (database version 11 already) kept it as their column named it,
 * "0" for http://127.0.0.1:9/onward/0. `story show` names it by its site,
 * as the window's column does; a name of the outlet's own, and one a page
 * gave itself, stay.
 */
static void
test_cli_old_failure_named (void)
{
  const PxTestKeptFailure *kept = px_test_kept_failures;
  g_autofree char *path = make_temp_db ();
  g_autofree char *story = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  story = px_test_run_cli (0, NULL, "story", "new", "Ferry strike", "--db", path, NULL);
  g_strchomp (story);
  store = open_store (path);
  for (guint i = 0; i < G_N_ELEMENTS (px_test_kept_failures); i++)
    {
      g_autofree char *message = g_strdup_printf ("%s: the server did not answer", kept[i].input);

      g_assert_cmpint (px_store_keep_failed_source (store, g_ascii_strtoll (story, NULL, 10), 0, kept[i].input,
                                                    kept[i].kept, message, &error), >, 0);
      g_assert_no_error (error);
    }
  close_store (g_steal_pointer (&store));

  out = px_test_run_cli (0, NULL, "story", "show", story, "--db", path, NULL);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (px_test_kept_failures));
  for (guint i = 0; i < G_N_ELEMENTS (px_test_kept_failures); i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_cmpstr (fields[1], ==, kept[i].shown);
      g_assert_cmpstr (fields[3], ==, kept[i].input);
    }
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&out, g_free);

  out = px_test_run_cli (0, NULL, "story", "show", story, "--format", "json", "--db", path, NULL);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (px_test_kept_failures));
  for (guint i = 0; i < G_N_ELEMENTS (px_test_kept_failures); i++)
    {
      g_autoptr(JsonNode) node = parse_json_line (lines[i]);
      JsonObject *object = json_node_get_object (node);

      g_assert_cmpstr (json_object_get_string_member (object, "input"), ==, kept[i].input);
      g_assert_cmpstr (json_object_get_string_member (object, "outlet"), ==, kept[i].shown);
    }

  px_test_assert_database_sound (path);
}

/* Migrations */

/* Writes the schema-1 fixture committed in tests/fixtures/store/, with the
 * first schema exactly as it shipped:
 *   build/tests/test-store --write-v1-fixture tests/fixtures/store/schema-v1.db
 */
static int
write_v1_fixture (const char *path)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  static const char rows[] =
    "INSERT INTO stories VALUES (1, 'Drone claim', '2026-11-20T09:00:00.000Z', '2026-11-20T09:30:00.000Z');"
    "INSERT INTO stories VALUES (2, 'Rate decision', '2026-11-21T08:00:00.000Z', '2026-11-21T08:00:00.000Z');"
    "INSERT INTO sources VALUES (1, 1, 0, 'https://wire.example/drones', 'Reuters', 'Kremlin says drones "
    "  targeted residence', 'Test Desk', '2025-12-29T10:00:00Z', 'https://wire.example/drones', "
    "  '2026-11-20T09:01:00Z', 'aaaa', 'text/html', CAST('<html><p>Lavrov said 91 drones.</p></html>' AS BLOB), "
    "  'Lavrov said 91 drones were launched at the Novgorod residence. Kyiv denied it.');"
    "INSERT INTO sources VALUES (2, 1, 1, 'bbc.txt', 'BBC', 'Russia claims drone attack', NULL, NULL, NULL, "
    "  '2026-11-20T09:02:00Z', 'bbbb', 'text/plain', CAST('Russia claimed, without evidence, an attack.' AS BLOB), "
    "  'Russia claimed, without evidence, an attack.');"
    "INSERT INTO annotations VALUES (1, 1, 1, '91 drones', 'Lavrov said ', ' were launched at the Novgorod r', "
    "  12, 21, 'misleading', 'Only Moscow counted them', '2026-11-20T09:10:00.000Z', '2026-11-20T09:10:00.000Z');"
    "INSERT INTO annotations VALUES (2, 1, 2, 'without evidence', 'Russia claimed, ', ', an attack.', "
    "  16, 32, 'accurate', '', '2026-11-20T09:20:00.000Z', '2026-11-20T09:30:00.000Z');";

  g_unlink (path);
  if (sqlite3_open (path, &db) != SQLITE_OK
      || !_px_store_create_schema_version (db, 1, &error)
      || !_px_store_exec (db, rows, path, "Could not fill the fixture", &error)
      || !_px_store_exec (db, "PRAGMA journal_mode = DELETE; VACUUM", path, "Could not compact the fixture", &error))
    {
      g_printerr ("%s\n", error != NULL ? error->message : sqlite3_errmsg (db));
      return 1;
    }
  sqlite3_close (db);
  return 0;
}

/* Version 5 stores whether a title is a placeholder: a version-4 library's
 * stories left with the English placeholder keep being named by their
 * first source; any other title is the user's.
 */
static void
test_migration_provisional_title (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStoryInfo) placeholder = NULL;
  g_autoptr(PxStoryInfo) named = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_px_store_create_schema_version (db, 4, &error));
  g_assert_true (_px_store_exec (db,
                                 "INSERT INTO stories (id, title, created_at, updated_at) VALUES "
                                 "(1, 'New Story', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z'),"
                                 "(2, 'Drone claim', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z')",
                                 path, "Could not fill the library", &error));
  g_assert_no_error (error);
  sqlite3_close (db);
  g_assert_cmpint (px_test_user_version (path), ==, 4);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  placeholder = px_store_get_story (store, 1, &error);
  named = px_store_get_story (store, 2, &error);
  g_assert_no_error (error);
  g_assert_true (placeholder->title_provisional);
  g_assert_false (named->title_provisional);
}

/* A library of database version @version (5 or later) at @path: one
 * story, "Bridge vote", with one source, "a.txt" of Alpha, whose one
 * version's body and text are "The bridge closed.".
 */
static void
write_one_source_library (const char *path,
                          int         version)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_px_store_create_schema_version (db, version, &error));
  g_assert_true (_px_store_exec (db,
                                 "INSERT INTO stories (id, title, created_at, updated_at) VALUES "
                                 "(1, 'Bridge vote', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z');"
                                 "INSERT INTO sources (id, story_id, position, input, outlet) VALUES "
                                 "(1, 1, 0, 'a.txt', 'Alpha');"
                                 "INSERT INTO source_versions (source_id, number, fetched_at, checked_at, sha256, "
                                 "  body, text) VALUES (1, 1, '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z', 'x', "
                                 "  'The bridge closed.', 'The bridge closed.')",
                                 path, "Could not fill the library", &error));
  g_assert_no_error (error);
  sqlite3_close (db);
}

/* Database version 6 keeps failed sources: a version-5 library's sources
 * are all loaded ones, and stay so.
 */
static void
test_migration_failed_sources (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  gint64 kept;

  write_one_source_library (path, 5);
  g_assert_cmpint (px_test_user_version (path), ==, 5);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_null (((PxSourceRecord *) sources->pdata[0])->error);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->text, ==, "The bridge closed.");
  kept = px_store_keep_failed_source (store, 1, 0, "http://127.0.0.1:9/", NULL, "refused", &error);
  g_assert_no_error (error);
  failed = px_store_list_failed_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpint (((PxSourceRecord *) failed->pdata[0])->id, ==, kept);
  g_assert_cmpuint (((PxSourceRecord *) failed->pdata[0])->position, ==, 1);
}

/* Database version 7 keeps how each version's bytes were read: a
 * version-6 library's versions stay unknown (no note is made of them), and
 * what is stored after is read back as it was given.
 */
static void
test_migration_charset (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(PxSourceRecord) added = NULL;
  g_autoptr(PxArticle) old_article = NULL;
  g_autoptr(PxArticle) next = make_article ("a.txt", "Alpha", NULL, "The bridge closed on Monday.");
  g_autoptr(PxArticle) other = make_article ("b.html", "Beta", "Bridge", "The bridge closed.");
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GBytes) old_body = NULL;
  g_autofree char *old_text = NULL;
  gint64 other_id;

  write_one_source_library (path, 6);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_null (((PxSourceRecord *) sources->pdata[0])->charset);
  g_assert_cmpint (((PxSourceRecord *) sources->pdata[0])->charset_from, ==, PX_CHARSET_FROM_UNKNOWN);
  g_assert_cmpuint (((PxSourceRecord *) sources->pdata[0])->n_replaced, ==, 0);
  old_article = px_source_record_to_article (sources->pdata[0]);
  g_assert_null (old_article->charset);
  g_assert_false (px_article_charset_is_assumed (old_article));

  /* A new version of the old source, a new source: kept as read. */
  next->charset = g_strdup ("windows-1252");
  next->charset_from = PX_CHARSET_FROM_BYTES;
  report = px_store_add_source_version (store, 1, next, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  other->charset = g_strdup ("utf-8");
  other->charset_from = PX_CHARSET_FROM_BYTES_OVER_LABEL;
  other->n_replaced = 3;
  other_id = px_store_add_source (store, 1, other, NULL, &error);
  g_assert_no_error (error);

  g_clear_pointer (&sources, g_ptr_array_unref);
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  {
    PxSourceRecord *first = sources->pdata[0];
    g_autoptr(PxArticle) article = px_source_record_to_article (first);

    g_assert_cmpstr (first->charset, ==, "windows-1252");
    g_assert_cmpint (first->charset_from, ==, PX_CHARSET_FROM_BYTES);
    g_assert_cmpuint (first->n_replaced, ==, 0);
    g_assert_true (px_article_charset_is_assumed (article));
  }
  added = px_store_get_source (store, other_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (added->charset, ==, "utf-8");
  g_assert_cmpint (added->charset_from, ==, PX_CHARSET_FROM_BYTES_OVER_LABEL);
  g_assert_cmpuint (added->n_replaced, ==, 3);

  /* The version kept before the migration is all there, beside the new one. */
  versions = px_store_list_source_versions (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  old_body = px_store_get_version_body (store, ((PxSourceVersion *) versions->pdata[0])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (old_body, NULL), g_bytes_get_size (old_body), "The bridge closed.", 18);
  old_text = px_store_get_version_text (store, ((PxSourceVersion *) versions->pdata[0])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (old_text, ==, "The bridge closed.");

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* Database version 8 keeps when each version's page said it last
 * changed: a version-7 library's story, source and text are all kept, its
 * version says nothing of an update, and what is stored after is read
 * back, into the article the window and exports rebuild, as it was given.
 */
static void
test_migration_updated (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(PxArticle) next = make_article ("a.txt", "Alpha", NULL, "The bridge closed on Monday.");
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(PxSourceRecord) current = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *old_text = NULL;

  write_one_source_library (path, 7);
  g_assert_cmpint (px_test_user_version (path), ==, 7);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 1);
  g_assert_cmpstr (((PxStoryInfo *) stories->pdata[0])->title, ==, "Bridge vote");
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->outlet, ==, "Alpha");
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->text, ==, "The bridge closed.");
  g_assert_null (((PxSourceRecord *) sources->pdata[0])->updated);

  next->updated = g_strdup ("2026-11-20T11:40:00Z");
  report = px_store_add_source_version (store, 1, next, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  current = px_store_get_source (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (current->updated, ==, "2026-11-20T11:40:00Z");
  article = px_source_record_to_article (current);
  g_assert_cmpstr (article->updated, ==, "2026-11-20T11:40:00Z");

  /* The version kept before the migration is all there, beside the new one. */
  versions = px_store_list_source_versions (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  old_text = px_store_get_version_text (store, ((PxSourceVersion *) versions->pdata[0])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (old_text, ==, "The bridge closed.");

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* Failed source @id of story @story_id, as the library reads it back. */
static PxSourceRecord *
get_failed (PxStore *store,
            gint64   story_id,
            gint64   id)
{
  g_autoptr(GPtrArray) failed = px_store_list_failed_sources (store, story_id, NULL);

  g_assert_nonnull (failed);
  for (guint i = 0; i < failed->len; i++)
    if (((PxSourceRecord *) failed->pdata[i])->id == id)
      return g_ptr_array_steal_index (failed, i);
  g_assert_not_reached ();
}

/* Database version 9 keeps what failed and what a page with no article
 * text said about itself. A version-8 library, written as version 8 wrote
 * it (a loaded source and a failed one, its reason and outlet), opens
 * with both as they were and nothing said of the failed page; kept again
 * with its page, it is read back whole; loaded at last, the failure goes.
 */
static void
test_migration_failed_page (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autoptr(PxArticle) page = px_article_new ("/home/ana/login.html");
  g_autoptr(PxArticle) loaded = make_article ("/home/ana/login.html", "Example Times", "Harbour bridge to close",
                                              "The harbour bridge will close for repairs.");
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(PxSourceRecord) record = NULL;
  g_autofree char *out = NULL;
  const PxSourceRecord *kept;
  sqlite3 *db = NULL;

  write_one_source_library (path, 8);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_px_store_exec (db,
                                 "INSERT INTO sources (id, story_id, position, input, outlet, error, failed_at) "
                                 "VALUES (2, 1, 1, '/home/ana/login.html', 'Example Times', "
                                 "'/home/ana/login.html has no article text that could be found', "
                                 "'2026-11-20T09:05:00.000Z')",
                                 path, "Could not fill the library", &error));
  g_assert_no_error (error);
  sqlite3_close (db);
  g_assert_cmpint (px_test_user_version (path), ==, 8);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->text, ==, "The bridge closed.");
  g_assert_null (((PxSourceRecord *) sources->pdata[0])->page);
  failed = px_store_list_failed_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 1);
  kept = failed->pdata[0];
  g_assert_cmpint (kept->id, ==, 2);
  g_assert_cmpstr (kept->outlet, ==, "Example Times");
  g_assert_cmpstr (kept->error, ==, "/home/ana/login.html has no article text that could be found");
  g_assert_cmpstr (kept->failed_at, ==, "2026-11-20T09:05:00.000Z");
  g_assert_null (kept->error_kind);
  g_assert_null (kept->page);
  g_clear_pointer (&failed, g_ptr_array_unref);

  /* Failed again, with what the page said: all of it is read back. */
  page->outlet = g_strdup ("Example Times");
  page->title = g_strdup ("Harbour bridge to close");
  page->byline = g_strdup ("Mara Quill");
  page->published = g_strdup ("2026-02-14T07:45:00Z");
  page->updated = g_strdup ("2026-02-14T09:10:00Z");
  page->url = g_strdup ("https://times.example/harbour-bridge");
  g_assert_cmpint (px_store_keep_failed_source_full (store, 1, 2, "/home/ana/login.html", "Example Times",
                                                     "no text", "no-content", NULL, page, &error), ==, 2);
  g_assert_no_error (error);
  record = get_failed (store, 1, 2);
  g_assert_cmpstr (record->error, ==, "no text");
  g_assert_cmpstr (record->error_kind, ==, "no-content");
  g_assert_nonnull (record->page);
  g_assert_cmpstr (record->page->outlet, ==, "Example Times");
  g_assert_cmpstr (record->page->title, ==, "Harbour bridge to close");
  g_assert_cmpstr (record->page->byline, ==, "Mara Quill");
  g_assert_cmpstr (record->page->published, ==, "2026-02-14T07:45:00Z");
  g_assert_cmpstr (record->page->updated, ==, "2026-02-14T09:10:00Z");
  g_assert_cmpstr (record->page->url, ==, "https://times.example/harbour-bridge");
  g_clear_pointer (&record, px_source_record_free);
  close_store (g_steal_pointer (&store));

  /* story show says it as extract does. */
  out = px_test_run_cli (0, NULL, "story", "show", "1", "--format", "json", "--db", path, NULL);
  g_assert_nonnull (strstr (out, "\"page\":{\"outlet\":\"Example Times\",\"title\":\"Harbour bridge to close\""));
  g_assert_nonnull (strstr (out, "\"published\":\"2026-02-14T07:45:00Z\""));

  /* A failure of another kind replaces the page it had. */
  store = open_store (path);
  g_assert_cmpint (px_store_keep_failed_source_full (store, 1, 2, "/home/ana/login.html", "Example Times",
                                                     "/home/ana/login.html: no such file", NULL, NULL, NULL, &error), ==, 2);
  g_assert_no_error (error);
  record = get_failed (store, 1, 2);
  g_assert_null (record->error_kind);
  g_assert_null (record->page);
  g_clear_pointer (&record, px_source_record_free);

  /* Loaded at last: a source like any other, nothing of the failure left. */
  g_assert_cmpint (px_store_keep_failed_source_full (store, 1, 2, "/home/ana/login.html", "Example Times",
                                                     "no text", "no-content", NULL, page, &error), ==, 2);
  report = px_store_add_source_version (store, 2, loaded, NULL, &error);
  g_assert_no_error (error);
  record = px_store_get_source (store, 2, &error);
  g_assert_no_error (error);
  g_assert_null (record->error);
  g_assert_null (record->error_kind);
  g_assert_null (record->page);
  g_assert_cmpstr (record->title, ==, "Harbour bridge to close");
  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* Database version 10: sources stored as "Unknown Outlet" before a file's
 * or an address's name named them (three saved pages read "Unknown
 * Outlet", "Unknown Outlet (2)", "(3)") are named as they would be now;
 * a name the page or the reader gave is left alone, and so is a source
 * with no better name, and a name given after the update.
 */
static void
test_migration_unknown_outlets (void)
{
  const struct { const char *input, *url, *outlet, *expected; } rows[] = {
    { "/home/ana/harbour/01.txt", NULL, "Unknown Outlet", "01" },
    { "/home/ana/harbour/91D80EA7.html", NULL, "Unknown Outlet", "91D80EA7" },
    { "/home/ana/harbour/index.html", NULL, "Harbour Gazette", "Harbour Gazette" },
    { "/home/ana/harbour/ferry.html", NULL, "Unknown Outlet (chosen)", "Unknown Outlet (chosen)" },
    { "http://localhost:8000/", "http://localhost:8000/", "Unknown Outlet", "localhost:8000" },
    { "-", NULL, "Unknown Outlet", "Unknown Outlet" },
    { "/home/ana/harbour/\x1b\x1b.txt", NULL, "Unknown Outlet", "Unknown Outlet" },
  };
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  write_one_source_library (path, 9);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO sources (id, story_id, position, input, url, outlet) "
                                       "VALUES (?1, 1, ?1, ?2, ?3, ?4)", -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *input = g_strcompress (rows[i].input);

      sqlite3_reset (stmt);
      sqlite3_bind_int (stmt, 1, (int) i + 2);
      sqlite3_bind_text (stmt, 2, input, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, rows[i].url, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, rows[i].outlet, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    }
  sqlite3_finalize (stmt);
  /* the sources with no versions are failed ones: named as loaded ones are */
  g_assert_true (_px_store_exec (db, "UPDATE sources SET error = 'refused', failed_at = '2026-11-20T09:05:00.000Z' "
                                 "WHERE input LIKE 'http:%'", path, "Could not fill the library", &error));
  g_assert_no_error (error);
  sqlite3_close (db);
  g_assert_cmpint (px_test_user_version (path), ==, 9);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PxSourceRecord) record = px_store_get_source (store, i + 2, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (record->outlet, ==, rows[i].expected);
    }
  /* the first source, named by its page, stays */
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->outlet, ==, "Alpha");

  /* The reader names one "Unknown Outlet" now: opened again, it keeps it. */
  g_assert_true (px_store_rename_source (store, 2, "Unknown Outlet", &error));
  g_assert_no_error (error);
  close_store (g_steal_pointer (&store));
  store = open_store (path);
  {
    g_autoptr(PxSourceRecord) record = px_store_get_source (store, 2, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (record->outlet, ==, "Unknown Outlet");
  }
  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

static void
test_migration_from_v1 (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "store", "schema-v1.db", NULL);
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GBytes) body = NULL;

  copy_file (fixture, path);
  g_assert_cmpint (px_test_user_version (path), ==, 1);

  store = open_store (path);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);

  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_assert_cmpstr (((PxStoryInfo *) stories->pdata[0])->title, ==, "Rate decision");
  g_assert_cmpstr (((PxStoryInfo *) stories->pdata[1])->title, ==, "Drone claim");
  g_assert_cmpuint (((PxStoryInfo *) stories->pdata[1])->n_sources, ==, 2);
  g_assert_cmpuint (((PxStoryInfo *) stories->pdata[1])->n_annotations, ==, 2);
  g_assert_cmpstr (((PxStoryInfo *) stories->pdata[1])->updated_at, ==, "2026-11-20T09:30:00.000Z");

  /* Each source's text and page became its first version. */
  sources = px_store_list_sources (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  {
    PxSourceRecord *wire = sources->pdata[0];

    g_assert_cmpstr (wire->outlet, ==, "Reuters");
    g_assert_cmpstr (wire->byline, ==, "Test Desk");
    g_assert_cmpuint (wire->version, ==, 1);
    g_assert_cmpstr (wire->fetched_at, ==, "2026-11-20T09:01:00Z");
    g_assert_cmpstr (wire->sha256, ==, "aaaa");
    g_assert_cmpstr (wire->text, ==, "Lavrov said 91 drones were launched at the Novgorod residence. Kyiv denied it.");
    body = px_store_get_version_body (store, wire->version_id, &error);
    g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body),
                     "<html><p>Lavrov said 91 drones.</p></html>",
                     strlen ("<html><p>Lavrov said 91 drones.</p></html>"));
  }

  /* Each annotation became one with a single target. */
  annotations = px_store_list_annotations (store, 1, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 2);
  {
    PxAnnotation *first = annotations->pdata[0];
    PxAnnotationTarget *target = first->targets->pdata[0];

    g_assert_cmpint (first->verdict, ==, PX_VERDICT_MISLEADING);
    g_assert_cmpint (first->state, ==, PX_ANNOTATION_STATE_OK);
    g_assert_cmpstr (first->note, ==, "Only Moscow counted them");
    g_assert_cmpstr (first->created_at, ==, "2026-11-20T09:10:00.000Z");
    g_assert_cmpuint (first->targets->len, ==, 1);
    g_assert_cmpint (target->source_id, ==, 1);
    g_assert_cmpstr (target->selector->exact, ==, "91 drones");
    g_assert_cmpuint (target->selector->start, ==, 12);
    g_assert_cmpint (target->version_id, ==, ((PxSourceRecord *) sources->pdata[0])->version_id);
  }

  /* The indexes carried over: old text and old notes are found. */
  hits = px_store_search (store, "Novgorod", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = px_store_search (store, "counted", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((PxSearchHit *) hits->pdata[0])->kind, ==, PX_SEARCH_HIT_NOTE);

  /* And the migrated source takes new versions. */
  {
    g_autoptr(PxArticle) article =
      make_article ("https://wire.example/drones", NULL, NULL,
                    "UPDATE: Kyiv denied it.\n\nLavrov said 91 drones were launched at the Novgorod residence.");
    g_autoptr(PxReanchorReport) report = px_store_add_source_version (store, 1, article, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (report->changed);
    g_assert_cmpuint (report->n_needs_review, ==, 0);
  }
  versions = px_store_list_source_versions (store, 1, &error);
  g_assert_cmpuint (versions->len, ==, 2);

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

static void
test_newer_version_refused (void)
{
  g_autofree char *path = make_temp_db ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(PxStore) refused = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  px_store_create_story (store, "From the future", &error);
  close_store (g_steal_pointer (&store));

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    g_autofree char *future = g_strdup_printf ("PRAGMA user_version = %d", PX_STORE_SCHEMA_VERSION + 1);

    g_assert_cmpint (sqlite3_exec (db, future, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);
  before = file_sha256 (path);

  refused = px_store_open (path, &error);
  g_assert_null (refused);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version of Parallax"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "not changed"));

  after = file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION + 1);

  /* Not mistaken for damage: nothing was moved aside. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_null (strstr (name, "damaged"));
  }
}

/* Damage and recovery */

static void
overwrite (const char *path,
           goffset     offset,
           gsize       len)
{
  g_autofree char *junk = g_strnfill (len, '\xa5');
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, len, file), ==, len);
  fclose (file);
}

static void
check_damage_recovery (goffset offset,
                       gsize   len)
{
  g_autofree char *original = make_temp_db ();
  g_autofree char *path = make_temp_db ();
  g_autofree char *backup = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *kept_sum = NULL;
  g_autoptr(PxStore) store = open_store (original);
  g_autoptr(PxStore) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  const PxStoreRecovery *recovery;
  gint64 story;

  /* Two stories backed up, then one more that only the damaged file has. */
  story = px_store_create_story (store, "Backed up", &error);
  add_source (store, story, "RT", "Drones", article_text);
  px_store_create_story (store, "Also backed up", &error);
  g_assert_true (px_store_backup (store, &error));
  g_assert_no_error (error);
  px_store_create_story (store, "After the backup", &error);
  close_store (g_steal_pointer (&store));

  /* A copy of that database, with its backup beside it, is damaged. */
  copy_file (original, path);
  backup = g_strconcat (path, ".backup", NULL);
  {
    g_autofree char *original_backup = g_strconcat (original, ".backup", NULL);

    copy_file (original_backup, backup);
  }
  overwrite (path, offset, len);
  damaged_sum = file_sha256 (path);

  recovered = px_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered);

  recovery = px_store_get_recovery (recovered);
  g_assert_nonnull (recovery);
  g_assert_nonnull (strstr (recovery->message, "was damaged"));
  g_assert_nonnull (strstr (recovery->message, recovery->damaged_path));
  g_assert_nonnull (strstr (recovery->message, "(less than a minute old) was restored"));
  g_assert_nonnull (strstr (recovery->message, "Changes made after that backup are only in the damaged file"));
  g_assert_cmpstr (recovery->backup_path, ==, backup);
  g_assert_nonnull (recovery->backup_time);

  /* The damaged file is kept as it was. */
  g_assert_true (g_file_test (recovery->damaged_path, G_FILE_TEST_IS_REGULAR));
  kept_sum = file_sha256 (recovery->damaged_path);
  g_assert_cmpstr (kept_sum, ==, damaged_sum);

  /* The restored copy has what the backup had. */
  stories = px_store_list_stories (recovered, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  for (guint i = 0; i < stories->len; i++)
    g_assert_cmpstr (((PxStoryInfo *) stories->pdata[i])->title, !=, "After the backup");

  close_store (g_steal_pointer (&recovered));
  px_test_assert_database_sound (path);
}

static void
test_damage_page (void)
{
  /* The second page onwards: tables the check walks. */
  check_damage_recovery (4096, 3 * 4096);
}

static void
test_damage_header (void)
{
  check_damage_recovery (0, 100);
}

static void
test_damage_without_backup (void)
{
  g_autofree char *path = make_temp_db ();
  g_autofree char *backup = g_strconcat (path, ".backup", NULL);
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(PxStore) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  const PxStoreRecovery *recovery;
  gint64 story = px_store_create_story (store, "Only copy", &error);

  add_source (store, story, "RT", "Drones", article_text);
  close_store (g_steal_pointer (&store));
  g_assert_cmpint (g_unlink (backup), ==, 0);
  overwrite (path, 4096, 3 * 4096);

  recovered = px_store_open (path, &error);
  g_assert_no_error (error);
  recovery = px_store_get_recovery (recovered);
  g_assert_nonnull (recovery);
  g_assert_nonnull (strstr (recovery->message, "no usable backup"));
  g_assert_nonnull (strstr (recovery->message, "new, empty database"));
  g_assert_nonnull (strstr (recovery->message, recovery->damaged_path));
  g_assert_null (recovery->backup_path);
  g_assert_true (g_file_test (recovery->damaged_path, G_FILE_TEST_IS_REGULAR));

  stories = px_store_list_stories (recovered, FALSE, &error);
  g_assert_cmpuint (stories->len, ==, 0);
  close_store (g_steal_pointer (&recovered));
}

/* A file given by mistake is refused and left alone, not "recovered". */
static void
test_not_a_database (void)
{
  g_autofree char *text_path = make_temp_db ();
  g_autofree char *foreign_path = make_temp_db ();
  g_autofree char *text_sum = NULL;
  g_autofree char *foreign_sum = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = NULL;
  sqlite3 *db = NULL;

  g_file_set_contents (text_path, "Chapter 1\n\nIt was a dark and stormy night.\n", -1, &error);
  g_assert_no_error (error);
  text_sum = file_sha256 (text_path);
  store = px_store_open (text_path, &error);
  g_assert_null (store);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_PARALLAX);
  g_assert_nonnull (strstr (error->message, text_path));
  g_clear_error (&error);
  after = file_sha256 (text_path);
  g_assert_cmpstr (text_sum, ==, after);
  g_clear_pointer (&after, g_free);

  /* Another program's SQLite database. */
  g_assert_cmpint (sqlite3_open (foreign_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  foreign_sum = file_sha256 (foreign_path);
  store = px_store_open (foreign_path, &error);
  g_assert_null (store);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_PARALLAX);
  g_assert_nonnull (strstr (error->message, "another program"));
  after = file_sha256 (foreign_path);
  g_assert_cmpstr (foreign_sum, ==, after);
}

static void
test_backup (void)
{
  g_autofree char *path = make_temp_db ();
  g_autofree char *backup = g_strconcat (path, ".backup", NULL);
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_sum = NULL;
  g_autofree char *second_sum = NULL;
  g_autofree char *leftovers = NULL;

  /* The first open takes the first backup; later ones wait a day. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  first_sum = file_sha256 (backup);
  px_store_create_story (store, "Written after the backup", &error);
  close_store (g_steal_pointer (&store));
  second_sum = file_sha256 (backup);
  g_assert_cmpstr (first_sum, ==, second_sum);

  /* The window asks for a backup of its changes when it closes. */
  {
    g_autoptr(PxStore) window = open_store (path);
    g_autofree char *unchanged = NULL;
    g_autofree char *changed = NULL;

    px_store_set_backup_on_close (window, TRUE);
    close_store (g_steal_pointer (&window));
    unchanged = file_sha256 (backup);
    g_assert_cmpstr (unchanged, ==, first_sum);

    window = open_store (path);
    px_store_set_backup_on_close (window, TRUE);
    px_store_create_story (window, "Written by the window", &error);
    close_store (g_steal_pointer (&window));
    changed = file_sha256 (backup);
    g_assert_cmpstr (changed, !=, first_sum);
    g_clear_pointer (&first_sum, g_free);
    first_sum = g_steal_pointer (&changed);
  }

  /* A script's changes wait for the daily backup. */
  {
    g_autoptr(PxStore) script = open_store (path);
    g_autofree char *unchanged = NULL;

    px_store_create_story (script, "Written by a script", &error);
    close_store (g_steal_pointer (&script));
    unchanged = file_sha256 (backup);
    g_assert_cmpstr (unchanged, ==, first_sum);
  }

  /* A backup a day old is replaced when the database is next opened. */
  {
    GStatBuf st;
    g_autoptr(PxStore) again = NULL;

    g_assert_cmpint (g_stat (backup, &st), ==, 0);
    {
      struct timespec times[2] = { { st.st_mtime - 25 * 3600, 0 }, { st.st_mtime - 25 * 3600, 0 } };

      g_assert_cmpint (utimensat (AT_FDCWD, backup, times, 0), ==, 0);
    }
    again = open_store (path);
    g_clear_pointer (&second_sum, g_free);
    second_sum = file_sha256 (backup);
    g_assert_cmpstr (first_sum, !=, second_sum);
    close_store (g_steal_pointer (&again));
  }

  /* The backup is a complete database of its own, without a journal. */
  px_test_assert_database_sound (backup);
  {
    g_autoptr(PxStore) from_backup = NULL;
    g_autoptr(GPtrArray) stories = NULL;
    g_autofree char *copy = make_temp_db ();

    copy_file (backup, copy);
    from_backup = open_store (copy);
    stories = px_store_list_stories (from_backup, FALSE, &error);
    g_assert_cmpuint (stories->len, ==, 3);
    close_store (g_steal_pointer (&from_backup));
  }
  leftovers = g_strconcat (backup, "-wal", NULL);
  g_assert_false (g_file_test (leftovers, G_FILE_TEST_EXISTS));

  /* A copy left half-made by a process killed while backing up is removed
   * by the next backup; one of a process still running is not.
   */
  {
    g_autofree char *stale = g_strdup_printf ("%s.tmp-%d", backup, 4194303);
    g_autofree char *running = g_strdup_printf ("%s.tmp-%d", backup, (int) getppid ());
    g_autoptr(PxStore) again = open_store (path);

    g_file_set_contents (stale, "half", -1, &error);
    g_file_set_contents (running, "busy", -1, &error);
    g_assert_true (px_store_backup (again, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (running, G_FILE_TEST_EXISTS));
    close_store (g_steal_pointer (&again));
  }
}

/* Disk full and read-only */

static void
test_disk_full (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *huge = g_strnfill (2 * 1024 * 1024, 'w');
  g_autoptr(PxArticle) article = make_article ("big.html", "Big", "Big", huge);
  sqlite3 *db = _px_store_get_connection (store);
  g_autofree char *pages = NULL;
  g_autofree char *limit = NULL;
  gint64 story = px_store_create_story (store, "Disk full", &error);
  gint64 source = add_source (store, story, "RT", "Drones", article_text);
  PxTargetSpec spec = { .source_id = source, .quote = "91 long-range drones" };
  g_autofree char *long_note = g_strnfill (512 * 1024, 'n');

  /* The disk holds what is there now, and not one page more. */
  pages = px_test_query_text (db, "PRAGMA page_count");
  limit = g_strdup_printf ("PRAGMA max_page_count = %s", pages);
  g_assert_cmpint (sqlite3_exec (db, limit, NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (px_store_add_source (store, story, article, NULL, &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "there is no space left on the disk"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "nothing was changed"));
  g_clear_error (&error);

  g_assert_cmpint (px_store_create_annotation (store, story, &spec, 1, PX_VERDICT_FALSE, long_note, &error), ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISK_FULL);
  g_clear_error (&error);

  /* Nothing changed, and the store still works for what fits. */
  sources = px_store_list_sources (store, story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  annotations = px_store_list_annotations (store, story, TRUE, &error);
  g_assert_cmpuint (annotations->len, ==, 0);

  close_store (g_steal_pointer (&store));
  px_test_assert_database_sound (path);
}

/* The child of the read-only test: opens @path as a user the file's
 * permissions apply to. Exits 0 when refused as read-only, 77 when it
 * cannot become such a user.
 */
static int
open_read_only_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = NULL;

  /* As root, permissions do not stop writes: become nobody. */
  if (getuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    return 77;

  store = px_store_open (path, &error);
  if (store != NULL)
    {
      g_printerr ("opened a read-only database\n");
      return 1;
    }

  g_printerr ("%s\n", error->message);
  return g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY)
         && strstr (error->message, path) != NULL ? 0 : 1;
}

static void
test_read_only (void)
{
  g_autofree char *db_path = make_temp_db ();
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autoptr(PxStore) store = open_store (db_path);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_path, "--open-read-only", db_path, NULL };
  int status;

  px_store_create_story (store, "Read-only", &error);
  close_store (g_steal_pointer (&store));
  before = file_sha256 (db_path);

  g_assert_cmpint (g_chmod (db_path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);

  g_chmod (dir, 0700);
  g_chmod (db_path, 0644);

  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("cannot run as a user without write permission");
      return;
    }
  g_test_message ("%s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_nonnull (strstr (err, "read-only"));

  after = file_sha256 (db_path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (argc == 3 && g_str_equal (argv[1], "--write-v1-fixture"))
    return write_v1_fixture (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--open-read-only"))
    return open_read_only_child (argv[2]);

  self_path = g_canonicalize_filename (argv[0], NULL);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/stories", test_stories);
  g_test_add_func ("/store/sources", test_sources);
  g_test_add_func ("/store/annotations", test_annotations);
  g_test_add_func ("/store/quote-refusal", test_quote_refusal);
  g_test_add_func ("/store/search", test_search);
  g_test_add_func ("/store/versions", test_versions);
  g_test_add_func ("/store/signal-and-threads", test_signal_and_threads);
  g_test_add_func ("/store/cli", test_cli);
  g_test_add_func ("/store/cli-old-failure-named", test_cli_old_failure_named);
  g_test_add_func ("/store/migration-from-v1", test_migration_from_v1);
  g_test_add_func ("/store/migration-provisional-title", test_migration_provisional_title);
  g_test_add_func ("/store/migration-failed-sources", test_migration_failed_sources);
  g_test_add_func ("/store/migration-failed-page", test_migration_failed_page);
  g_test_add_func ("/store/migration-charset", test_migration_charset);
  g_test_add_func ("/store/migration-updated", test_migration_updated);
  g_test_add_func ("/store/migration-unknown-outlets", test_migration_unknown_outlets);
  g_test_add_func ("/store/newer-version-refused", test_newer_version_refused);
  g_test_add_func ("/store/damage/page", test_damage_page);
  g_test_add_func ("/store/damage/header", test_damage_header);
  g_test_add_func ("/store/damage/no-backup", test_damage_without_backup);
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  g_test_add_func ("/store/backup", test_backup);
  g_test_add_func ("/store/disk-full", test_disk_full);
  g_test_add_func ("/store/read-only", test_read_only);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
