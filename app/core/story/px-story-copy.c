/* px-story-copy.c: a story copied from one library to another
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-story-copy.h"

#include "px-export.h"
#include "px-input.h"
#include "px-store.h"
#include "px-story-sources.h"


static PxSnapshot *
snapshot_from_source (PxLibrary             *from,
                      const PxSourceRecord  *source,
                      GError               **error)
{
  g_autoptr(GBytes) body = px_library_get_version_body (from, source->version_id, error);

  if (body == NULL)
    return NULL;
  /* When it was fetched, not when it was copied. */
  return px_snapshot_new_kept (body, source->final_url, source->content_type, NULL, source->fetched_at,
                               source->input != NULL && px_input_classify (source->input) == PX_INPUT_KIND_URL);
}

/* Where @target is in the copy: by position when it was made on the
 * current version (the copy has the same text), else by its words.
 */
static void
target_spec (const PxAnnotationTarget *target,
             const PxSourceRecord     *source,
             gint64                    new_source_id,
             PxTargetSpec             *spec)
{
  spec->source_id = new_source_id;
  if (target->version_id == source->version_id)
    {
      spec->start = target->selector->start;
      spec->end = target->selector->end;
    }
  else
    {
      spec->quote = target->selector->exact;
      spec->prefix = target->selector->prefix;
      spec->suffix = target->selector->suffix;
    }
}

gint64
px_story_copy (PxLibrary     *from,
               gint64         story_id,
               PxLibrary     *to,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(PxStoryInfo) story = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) copies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) records = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 new_story;

  g_return_val_if_fail (PX_IS_LIBRARY (from), 0);
  g_return_val_if_fail (PX_IS_LIBRARY (to), 0);

  if ((story = px_library_get_story (from, story_id, error)) == NULL
      || (sources = px_story_sources_list (from, story_id, error)) == NULL
      || (annotations = px_library_list_annotations (from, story_id, FALSE, error)) == NULL
      || (new_story = story->title_provisional ? px_library_create_provisional_story (to, story->title, error)
                                               : px_library_create_story (to, story->title, error)) == 0)
    return 0;

  for (guint i = 0; i < sources->len; i++)
    {
      PxSourceRecord *source = g_ptr_array_index (sources, i);
      g_autoptr(PxArticle) article = NULL;
      g_autoptr(PxSnapshot) snapshot = NULL;
      gint64 copy;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      /* A source kept with why it could not be loaded stays so, in its place. */
      if (source->error != NULL)
        copy = px_library_keep_failed_source_full (to, new_story, 0, source->input, source->outlet, source->error,
                                                   source->error_kind, source->error_words, source->page, error);
      else if ((snapshot = snapshot_from_source (from, source, error)) == NULL)
        goto fail;
      else
        {
          article = px_export_article_from_source (source);
          copy = px_library_add_source (to, new_story, article, snapshot, error);
        }
      if (copy == 0)
        goto fail;

      g_hash_table_insert (copies, g_memdup2 (&source->id, sizeof source->id), g_memdup2 (&copy, sizeof copy));
      g_hash_table_insert (records, &source->id, source);
    }

  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (annotations, i);
      g_autoptr(GArray) specs = g_array_new (FALSE, TRUE, sizeof (PxTargetSpec));
      gint64 copy;

      for (guint t = 0; t < annotation->targets->len; t++)
        {
          PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);
          gint64 *new_source = g_hash_table_lookup (copies, &target->source_id);
          PxTargetSpec spec = { 0 };

          /* A passage in a source in the trash stays behind. */
          if (new_source == NULL)
            continue;
          target_spec (target, g_hash_table_lookup (records, &target->source_id), *new_source, &spec);
          g_array_append_val (specs, spec);
        }
      if (specs->len == 0)
        continue;

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || (copy = px_library_create_annotation (to, new_story, (PxTargetSpec *) specs->data, specs->len,
                                                   annotation->verdict, annotation->note, error)) == 0
          || (annotation->state != PX_ANNOTATION_STATE_OK
              && !px_library_set_annotation_state (to, copy, annotation->state, error)))
        goto fail;
    }

  return new_story;

fail:
  px_library_delete_story (to, new_story, NULL);
  return 0;
}
