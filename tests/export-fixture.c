/* export-fixture.c: a stored story with hostile notes, for the export tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export-fixture.h"

#include "px-extract.h"
#include "px-test-util.h"

#include <glib/gstdio.h>

static PxArticle *
load_fixture (const char  *name,
              const char  *content_type,
              PxSnapshot **snapshot_out)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "export", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  PxArticle *article;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  snapshot = px_snapshot_new (bytes, NULL, content_type, "utf-8");
  article = px_extract_snapshot (name, snapshot, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);

  *snapshot_out = g_steal_pointer (&snapshot);
  return article;
}

/* The metadata is set here, not left to the extractor: these tests are
 * about what the exports do with hostile values.
 */
static gint64
add_source (ExportFixture *self,
            const char    *name,
            const char    *content_type,
            const char    *outlet,
            const char    *title,
            const char    *byline,
            const char    *url,
            const char    *updated)
{
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = load_fixture (name, content_type, &snapshot);
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_clear_pointer (&article->outlet, g_free);
  g_clear_pointer (&article->title, g_free);
  g_clear_pointer (&article->byline, g_free);
  g_clear_pointer (&article->url, g_free);
  g_clear_pointer (&article->published, g_free);
  article->outlet = g_strdup (outlet);
  article->title = g_strdup (title);
  article->byline = g_strdup (byline);
  article->url = g_strdup (url);
  article->published = g_strdup ("2026-11-17T08:30:00Z");
  g_clear_pointer (&article->updated, g_free);
  article->updated = g_strdup (updated);

  id = px_store_add_source (self->store, self->story_id, article, snapshot, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
annotate (ExportFixture *self,
          gint64         source_id,
          const char    *quote,
          PxVerdict      verdict,
          const char    *note)
{
  return px_test_annotate_quote (self->store, self->story_id, source_id, quote, verdict, note);
}

ExportFixture *
export_fixture_new (void)
{
  g_autoptr(ExportFixture) self = g_new0 (ExportFixture, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  PxTargetSpec claim[3];

  self->dir = g_dir_make_tmp ("px-export-XXXXXX", &error);
  g_assert_no_error (error);
  self->db_path = g_build_filename (self->dir, "parallax.db", NULL);
  self->store = px_store_open (self->db_path, &error);
  g_assert_no_error (error);

  self->story_id = px_store_create_story (self->store, EXPORT_FIXTURE_TITLE, &error);
  g_assert_no_error (error);

  self->ledger = add_source (self, "ledger.html", "text/html", "Northern Ledger",
                             "Floods force 340 from homes </title><script>alert(2)</script>",
                             "By Ann \"Annie\" Reyes", "https://ledger.example/news/harbourside-floods",
                             EXPORT_FIXTURE_LEDGER_UPDATED);
  self->meridian = add_source (self, "meridian.txt", "text/plain", "Daily Meridian",
                               "About 200 evacuated in Harbourside", "Meridian staff",
                               "https://meridian.example/floods?id=7&ref=\"x\"><script>", NULL);
  self->coastline = add_source (self, "coastline.txt", "text/plain", "Coastline Radio",
                                "Harbourside floods: 340 leave homes", NULL, "javascript:alert(3)", NULL);

  self->ann_false = annotate (self, self->ledger, "340 residents of Harbourside", PX_VERDICT_FALSE,
                              EXPORT_FIXTURE_NOTE_HOSTILE);

  claim[0] = (PxTargetSpec) { .source_id = self->ledger,
                              .quote = "the ferry service would stay suspended until Friday" };
  claim[1] = (PxTargetSpec) { .source_id = self->meridian,
                              .quote = "the ferry service would remain suspended until Friday" };
  claim[2] = (PxTargetSpec) { .source_id = self->coastline,
                              .quote = "the ferry service would stay suspended until Friday" };
  self->ann_claim = px_store_create_annotation (self->store, self->story_id, claim, 3,
                                                PX_VERDICT_MISLEADING, "=1+2, \"quoted\", and, commas",
                                                &error);
  g_assert_no_error (error);

  self->ann_accurate = annotate (self, self->meridian, "Two people were treated for minor injuries",
                                 PX_VERDICT_ACCURATE, "+ plus first\r\nand a CRLF");
  self->ann_opinion = annotate (self, self->coastline, "Volunteers handed out sandbags", PX_VERDICT_OPINION,
                                "-minus first");
  self->ann_unverified = annotate (self, self->ledger, "The river rose two metres", PX_VERDICT_UNVERIFIED, NULL);
  self->ann_needs_context = annotate (self, self->meridian, "About 200 residents", PX_VERDICT_NEEDS_CONTEXT,
                                      "\tTabbed @SUM(A1)");
  self->ann_dismissed = annotate (self, self->ledger, "No injuries were reported", PX_VERDICT_ACCURATE,
                                  "@dismissed");
  g_assert_true (px_store_set_annotation_state (self->store, self->ann_dismissed,
                                                PX_ANNOTATION_STATE_DISMISSED, &error));
  g_assert_no_error (error);

  /* Coastline changed its story: the sandbags sentence is gone. */
  article = load_fixture ("coastline-v2.txt", "text/plain", &snapshot);
  article->outlet = g_strdup ("Coastline Radio");
  report = px_store_add_source_version (self->store, self->coastline, article, snapshot, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);
  g_assert_cmpuint (report->n_needs_review, ==, 1);

  return g_steal_pointer (&self);
}

void
export_fixture_free (ExportFixture *self)
{
  if (self == NULL)
    return;

  if (self->store != NULL)
    {
      px_store_close (self->store, NULL);
      g_object_unref (self->store);
    }
  if (self->dir != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (self->dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (self->dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (self->dir);
    }
  g_free (self->db_path);
  g_free (self->dir);
  g_free (self);
}

char *
export_fixture_export (ExportFixture  *self,
                       PxExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  PxExportOptions options = { .author = EXPORT_FIXTURE_AUTHOR, .author_url = "https://checkers.example/dana" };
  char *output = px_export_story (PX_LIBRARY (self->store), self->story_id, format, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (output);
  g_assert_true (g_utf8_validate (output, -1, NULL));
  return output;
}
