/* px-annotator.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-annotator.h"

#include "px-anchor.h"
#include "px-claims-panel.h"
#include "px-conflict-dialog.h"
#include "px-pg-store.h"
#include "px-safe-text.h"
#include "px-toast.h"
#include "px-verdict-style.h"

#include <glib/gi18n.h>

/* A passage about to be annotated. */
typedef struct
{
  gint64 source_id;
  guint start;
  guint end;
  char *quote;
  char *prefix;
  char *suffix;
} Pending;

struct _PxAnnotator
{
  GObject parent_instance;

  PxStoryView *view;
  PxAnnotationsPanel *panel;
  AdwToastOverlay *toasts;

  PxLibrary *store;
  gint64 story_id;
  GPtrArray *annotations; /* PxAnnotation */
  PxClaimItem *selected_claim;

  PxAnnotationPopover *popover;
  GtkWidget *popover_parent;
  GtkWidget *return_focus; /* weak: where the focus was, when not popover_parent */
  PxClaimsPanel *return_panel; /* weak: the panel a claim's verdict was asked from */
  PxClaimItem *return_claim;   /* that claim, whose row takes the focus back */
  guint popover_offset;   /* the character the popover points at */
  gint64 editing_id;      /* the annotation in the popover, 0 for a new one */
  guint editing_version;  /* its row version when the popover opened (team libraries) */
  gint64 edit_after_reload; /* the annotation to show in the popover once read again */
  GArray *pending;        /* Pending, for a new one */

  GtkPopover *float_popover; /* the small Annotate button near a selection */

  guint n_busy;                /* writes and reads the library has still to answer */
  GCancellable *reload_cancellable;

  /* Colleagues' changes (team libraries): the annotations to read again,
   * gathered while a read of the last ones is under way, so that a burst
   * costs a read or two rather than one each.
   */
  GArray *changed_ids;         /* gint64 */
  gboolean reading_changes;

  GArray *loaded_sources;      /* gint64: columns loaded since the last read, underlined again after it */
};

enum {
  ANNOTATIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxAnnotator, px_annotator, G_TYPE_OBJECT)

static void
pending_clear (Pending *pending)
{
  g_clear_pointer (&pending->quote, g_free);
  g_clear_pointer (&pending->prefix, g_free);
  g_clear_pointer (&pending->suffix, g_free);
}

static void
dismiss_float (PxAnnotator *self)
{
  if (self->float_popover == NULL)
    return;

  gtk_popover_popdown (self->float_popover);
  gtk_widget_unparent (GTK_WIDGET (self->float_popover));
  g_clear_object (&self->float_popover);
}

static void
toast (PxAnnotator *self,
       const char  *message)
{
  adw_toast_overlay_add_toast (self->toasts, px_toast_new (message));
}

static PxSourceColumn *
column_for_source_id (PxAnnotator *self,
                      gint64       source_id)
{
  for (guint i = 0; i < px_story_view_get_n_columns (self->view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->view, i);

      if (source_id > 0 && px_source_column_get_source_id (column) == source_id)
        return column;
    }

  return NULL;
}

static const PxAnnotation *
find_annotation (PxAnnotator *self,
                 gint64       annotation_id)
{
  for (guint i = 0; self->annotations != NULL && i < self->annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (self->annotations, i);

      if (annotation->id == annotation_id)
        return annotation;
    }

  return NULL;
}

/* A target is underlined only where the column shows exactly its passage:
 * a column that is still loading, or showing another version of the page,
 * gets no line in the wrong place.
 */
static gboolean
target_range_in_column (const PxAnnotationTarget *target,
                        PxSourceColumn           *column,
                        GtkTextIter              *start,
                        GtkTextIter              *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  g_autofree char *shown = NULL;

  if (target->state != PX_ANNOTATION_STATE_OK || target->selector->end <= target->selector->start
      || px_source_column_get_state (column) != PX_SOURCE_COLUMN_READY
      || target->selector->end > (guint) gtk_text_buffer_get_char_count (buffer))
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, start, target->selector->start);
  gtk_text_buffer_get_iter_at_offset (buffer, end, target->selector->end);
  shown = px_source_column_dup_text (column, start, end);
  return g_strcmp0 (shown, target->selector->exact) == 0;
}

/* The verdict's tag in @buffer, made and styled on first use: styling a
 * tag again makes every text view showing the buffer lay out its lines
 * again, so that is done only when the style changes (dark_changed_cb()).
 */
static GtkTextTag *
verdict_tag (GtkTextBuffer *buffer,
             PxVerdict      verdict)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, px_verdict_get_tag_name (verdict));

  if (tag == NULL)
    {
      tag = gtk_text_buffer_create_tag (buffer, px_verdict_get_tag_name (verdict), NULL);
      px_verdict_style_tag (verdict, tag, adw_style_manager_get_dark (adw_style_manager_get_default ()));
    }
  return tag;
}

/* Characters [start, end) of a column whose underlines are drawn again. */
typedef struct
{
  guint start;
  guint end;
} Damage;

#define DAMAGE_ALL ((Damage) { 0, G_MAXUINT })

/* Where changed annotations are (or were) underlined: the ranges of their
 * targets, by source id.
 */
static GHashTable *
damage_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
}

static void
damage_add (GHashTable *damage,
            gint64      source_id,
            Damage      range)
{
  GArray *ranges = g_hash_table_lookup (damage, &source_id);

  if (ranges == NULL)
    {
      ranges = g_array_new (FALSE, FALSE, sizeof (Damage));
      g_hash_table_insert (damage, g_memdup2 (&source_id, sizeof source_id), ranges);
    }
  g_array_append_val (ranges, range);
}

static void
damage_add_annotation (GHashTable         *damage,
                       const PxAnnotation *annotation)
{
  for (guint t = 0; annotation != NULL && t < annotation->targets->len; t++)
    {
      const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);

      if (target->selector != NULL)
        damage_add (damage, target->source_id, (Damage) { target->selector->start, target->selector->end });
    }
}

/* Draws the underlines of @column again inside @ranges (Damage): what is
 * outside them is left as it is, so a text view lays out again only the
 * lines of the passages that changed.
 */
static void
underline_column (PxAnnotator    *self,
                  PxSourceColumn *column,
                  GArray         *ranges)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  gint64 source_id = px_source_column_get_source_id (column);
  guint n_chars = (guint) gtk_text_buffer_get_char_count (buffer);
  GtkTextTag *tags[PX_N_VERDICTS];
  GtkTextIter start, end;

  for (guint v = 0; v < PX_N_VERDICTS; v++)
    tags[v] = verdict_tag (buffer, v);

  for (guint r = 0; r < ranges->len; r++)
    {
      const Damage *range = &g_array_index (ranges, Damage, r);

      if (range->start >= MIN (range->end, n_chars))
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, range->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, MIN (range->end, n_chars));
      for (guint v = 0; v < PX_N_VERDICTS; v++)
        gtk_text_buffer_remove_tag (buffer, tags[v], &start, &end);
    }

  for (guint i = 0; self->annotations != NULL && i < self->annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (self->annotations, i);

      if (annotation->state == PX_ANNOTATION_STATE_DISMISSED || annotation->verdict >= PX_N_VERDICTS)
        continue;
      for (guint t = 0; t < annotation->targets->len; t++)
        {
          const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);
          gboolean damaged = FALSE;

          if (target->source_id != source_id || target->selector == NULL)
            continue;
          for (guint r = 0; r < ranges->len && !damaged; r++)
            {
              const Damage *range = &g_array_index (ranges, Damage, r);

              damaged = target->selector->start < range->end && range->start < target->selector->end;
            }
          if (damaged && target_range_in_column (target, column, &start, &end))
            gtk_text_buffer_apply_tag (buffer, tags[annotation->verdict], &start, &end);
        }
    }
}

static void
underline_whole_column (PxAnnotator    *self,
                        PxSourceColumn *column)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Damage));

  g_array_append_val (all, DAMAGE_ALL);
  underline_column (self, column, all);
}

static void hook_column (PxAnnotator    *self,
                         PxSourceColumn *column);

/* Everything shown again: the panel, and the underlines of the columns
 * whose text is new since they were drawn, or of all of them (@redraw:
 * other annotations, or another style).
 */
static void
show_annotations (PxAnnotator *self,
                  gboolean     redraw)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) outlets = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < px_story_view_get_n_columns (self->view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->view, i);
      GObject *text_view = G_OBJECT (px_source_column_get_text_view (column));
      PxArticle *article = px_source_column_get_article (column);
      gint64 source_id = px_source_column_get_source_id (column);

      hook_column (self, column);
      if (redraw || g_object_get_data (text_view, "px-underlined") != article)
        {
          underline_whole_column (self, column);
          g_object_set_data_full (text_view, "px-underlined", article != NULL ? px_article_ref (article) : NULL,
                                  (GDestroyNotify) px_article_unref);
        }
      if (source_id > 0)
        {
          g_array_append_val (ids, source_id);
          /* Shown in the panel's source filter, as the column names it
           * ("BBC (2)" beside another BBC page: both had been "BBC"). */
          g_ptr_array_add (outlets, px_safe_text_line (px_source_column_get_name (column), -1));
        }
    }

  px_annotations_panel_set_sources (self->panel, (const gint64 *) ids->data,
                                    (const char * const *) outlets->pdata, ids->len);
  px_annotations_panel_set_annotations (self->panel, self->annotations);
}

static void
columns_changed_cb (PxAnnotator *self)
{
  show_annotations (self, FALSE);
}

/* Redraws what @annotation_ids changed: the passages of @damage (where
 * they were or are underlined) and their rows of the panel.
 */
static void
show_changed (PxAnnotator  *self,
              GHashTable   *damage,
              const gint64 *annotation_ids,
              guint         n_ids)
{
  for (guint i = 0; i < px_story_view_get_n_columns (self->view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->view, i);
      gint64 source_id = px_source_column_get_source_id (column);
      GArray *ranges = g_hash_table_lookup (damage, &source_id);

      if (ranges != NULL)
        underline_column (self, column, ranges);
    }
  px_annotations_panel_update_annotations (self->panel, self->annotations, annotation_ids, n_ids);
  g_signal_emit (self, signals[ANNOTATIONS_CHANGED], 0);
}

static gboolean
targets_same (const PxAnnotationTarget *a,
              const PxAnnotationTarget *b)
{
  if (a->id != b->id || a->source_id != b->source_id || a->version_id != b->version_id || a->state != b->state
      || a->confidence != b->confidence || (a->selector == NULL) != (b->selector == NULL))
    return FALSE;

  return a->selector == NULL
         || (a->selector->start == b->selector->start && a->selector->end == b->selector->end
             && g_strcmp0 (a->selector->exact, b->selector->exact) == 0
             && g_strcmp0 (a->selector->prefix, b->selector->prefix) == 0
             && g_strcmp0 (a->selector->suffix, b->selector->suffix) == 0);
}

static gboolean
annotations_same (const PxAnnotation *a,
                  const PxAnnotation *b)
{
  if (a->id != b->id || a->story_id != b->story_id || a->verdict != b->verdict || a->state != b->state
      || a->row_version != b->row_version || a->targets->len != b->targets->len
      || g_strcmp0 (a->note, b->note) != 0 || g_strcmp0 (a->created_at, b->created_at) != 0
      || g_strcmp0 (a->updated_at, b->updated_at) != 0 || g_strcmp0 (a->deleted_at, b->deleted_at) != 0
      || g_strcmp0 (a->author, b->author) != 0 || g_strcmp0 (a->updated_by, b->updated_by) != 0
      || g_strcmp0 (a->reviewed_by, b->reviewed_by) != 0 || g_strcmp0 (a->reviewed_at, b->reviewed_at) != 0)
    return FALSE;

  for (guint t = 0; t < a->targets->len; t++)
    if (!targets_same (g_ptr_array_index (a->targets, t), g_ptr_array_index (b->targets, t)))
      return FALSE;

  return TRUE;
}

/* The story's annotations, read again, take the place of those shown:
 * only what changed is drawn again (the passages of the annotations that
 * came, went or changed, and their rows of the panel), and the columns
 * loaded since the last read, whose text is new.
 */
static void
show_read (PxAnnotator *self,
           GPtrArray   *annotations)
{
  g_autoptr(GPtrArray) shown = g_steal_pointer (&self->annotations);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) damage = damage_new ();
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer gone;

  self->annotations = annotations;
  for (guint i = 0; i < shown->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (shown, i);

      g_hash_table_insert (by_id, &annotation->id, annotation);
    }
  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (annotations, i);
      PxAnnotation *before = g_hash_table_lookup (by_id, &annotation->id);

      g_hash_table_remove (by_id, &annotation->id);
      if (before != NULL && annotations_same (before, annotation))
        continue;
      damage_add_annotation (damage, before);
      damage_add_annotation (damage, annotation);
      g_array_append_val (changed, annotation->id);
    }
  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &gone))
    {
      damage_add_annotation (damage, gone);
      g_array_append_val (changed, ((PxAnnotation *) gone)->id);
    }
  for (guint i = 0; i < self->loaded_sources->len; i++)
    damage_add (damage, g_array_index (self->loaded_sources, gint64, i), DAMAGE_ALL);
  g_array_set_size (self->loaded_sources, 0);

  show_changed (self, damage, (const gint64 *) (gpointer) changed->data, changed->len);
}

typedef struct
{
  PxAnnotator *self;
  gint64 story_id;
} ReloadCall;

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ReloadCall *call = user_data;
  g_autoptr(PxAnnotator) self = call->self;
  g_autoptr(GError) error = NULL;
  GPtrArray *annotations;

  annotations = px_library_list_annotations_finish (PX_LIBRARY (object), result, &error);
  self->n_busy--;
  if (annotations == NULL)
    {
      /* A team library's lost server: its banner says so, and what is shown stays. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          && !g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED) && call->story_id == self->story_id)
        toast (self, error->message);
      g_free (call);
      return;
    }
  /* Read for a story no longer shown. */
  if (call->story_id != self->story_id)
    {
      g_ptr_array_unref (annotations);
      g_free (call);
      return;
    }
  g_free (call);

  /* The story's first read shows all of them; the next ones what changed. */
  if (self->annotations != NULL)
    show_read (self, annotations);
  else
    {
      self->annotations = annotations;
      g_array_set_size (self->loaded_sources, 0);
      show_annotations (self, TRUE);
      g_signal_emit (self, signals[ANNOTATIONS_CHANGED], 0);
    }
  /* After a conflict, "Reload": their version, in the popover again. */
  if (self->edit_after_reload > 0)
    {
      gint64 id = self->edit_after_reload;

      self->edit_after_reload = 0;
      px_annotator_edit (self, id);
    }
}

/* Reads the story's annotations again, on the library's thread. */
void
px_annotator_reload (PxAnnotator *self)
{
  ReloadCall *call;

  g_return_if_fail (PX_IS_ANNOTATOR (self));

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  if (self->store == NULL || self->story_id <= 0)
    {
      g_clear_pointer (&self->annotations, g_ptr_array_unref);
      show_annotations (self, TRUE);
      g_signal_emit (self, signals[ANNOTATIONS_CHANGED], 0);
      return;
    }

  /* This read comes after every change heard so far. */
  g_array_set_size (self->changed_ids, 0);
  self->reload_cancellable = g_cancellable_new ();
  call = g_new0 (ReloadCall, 1);
  call->self = g_object_ref (self);
  call->story_id = self->story_id;
  self->n_busy++;
  px_library_list_annotations_async (PX_LIBRARY (self->store), self->story_id, FALSE, self->reload_cancellable,
                                     reloaded_cb, call);
}

/* Colleagues' changes, one row at a time */

static gint64
annotation_index (GPtrArray *annotations,
                  gint64     annotation_id)
{
  for (guint i = 0; i < annotations->len; i++)
    if (((const PxAnnotation *) g_ptr_array_index (annotations, i))->id == annotation_id)
      return i;

  return -1;
}

/* As the library lists them: oldest first. */
static guint
insertion_index (GPtrArray          *annotations,
                 const PxAnnotation *annotation)
{
  guint i = annotations->len;

  while (i > 0)
    {
      const PxAnnotation *before = g_ptr_array_index (annotations, i - 1);
      int order = g_strcmp0 (before->created_at, annotation->created_at);

      if (order < 0 || (order == 0 && before->id < annotation->id))
        break;
      i--;
    }

  return i;
}

static void read_changes (PxAnnotator *self);

typedef struct
{
  PxAnnotator *self;
  gint64 story_id;
  GArray *ids; /* gint64, those asked for */
} ChangesCall;

static void
changes_call_free (ChangesCall *call)
{
  g_object_unref (call->self);
  g_array_unref (call->ids);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChangesCall, changes_call_free)

/* Each annotation asked for takes its place among those shown, replaces
 * its older self, or goes (deleted, or no longer listed); only the columns
 * it is underlined in and its row of the panel are redrawn.
 */
static void
changes_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ChangesCall) call = user_data;
  PxAnnotator *self = call->self;
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) damage = NULL;

  read = px_pg_store_read_annotations_finish (PX_PG_STORE (object), result, &error);
  self->n_busy--;
  self->reading_changes = FALSE;
  /* Another story, or none read yet: what is read next includes these. */
  if (read == NULL || call->story_id != self->story_id || self->annotations == NULL
      || PX_LIBRARY (object) != self->store)
    {
      if (read == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not read colleagues' annotations: %s", error->message);
      read_changes (self);
      return;
    }

  damage = damage_new ();
  for (guint i = 0; i < call->ids->len; i++)
    {
      gint64 id = g_array_index (call->ids, gint64, i);
      gint64 shown = annotation_index (self->annotations, id);
      gint64 found = annotation_index (read, id);
      PxAnnotation *annotation = NULL;

      if (shown >= 0)
        {
          damage_add_annotation (damage, g_ptr_array_index (self->annotations, shown));
          g_ptr_array_remove_index (self->annotations, shown);
        }
      if (found >= 0)
        annotation = g_ptr_array_steal_index (read, found);
      if (annotation == NULL || annotation->story_id != self->story_id)
        {
          g_clear_pointer (&annotation, px_annotation_free);
          continue;
        }
      damage_add_annotation (damage, annotation);
      g_ptr_array_insert (self->annotations, insertion_index (self->annotations, annotation), annotation);
    }

  show_changed (self, damage, (const gint64 *) call->ids->data, call->ids->len);
  read_changes (self);
}

/* Reads the annotations changed since the last read, unless a read is
 * under way: its answer starts the next one.
 */
static void
read_changes (PxAnnotator *self)
{
  ChangesCall *call;

  if (self->reading_changes || self->changed_ids->len == 0)
    return;
  if (!PX_IS_PG_STORE (self->store) || self->story_id <= 0)
    {
      g_array_set_size (self->changed_ids, 0);
      return;
    }

  call = g_new0 (ChangesCall, 1);
  call->self = g_object_ref (self);
  call->story_id = self->story_id;
  call->ids = g_array_copy (self->changed_ids);
  g_array_set_size (self->changed_ids, 0);
  self->reading_changes = TRUE;
  self->n_busy++;
  px_pg_store_read_annotations_async (PX_PG_STORE (self->store), (const gint64 *) call->ids->data, call->ids->len,
                                      self->reload_cancellable, changes_read_cb, call);
}

void
px_annotator_annotation_changed (PxAnnotator *self,
                                 gint64       annotation_id)
{
  g_return_if_fail (PX_IS_ANNOTATOR (self));

  /* Only a team library says which annotation changed. */
  if (!PX_IS_PG_STORE (self->store))
    {
      px_annotator_reload (self);
      return;
    }

  for (guint i = 0; i < self->changed_ids->len; i++)
    if (g_array_index (self->changed_ids, gint64, i) == annotation_id)
      return;
  g_array_append_val (self->changed_ids, annotation_id);
  read_changes (self);
}

gboolean
px_annotator_get_busy (PxAnnotator *self)
{
  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  return self->n_busy > 0;
}

/* A write to the library: when it is done, say what failed (or @done),
 * then read the annotations again.
 */
typedef gboolean (*WriteFinish) (PxLibrary     *library,
                                 GAsyncResult  *result,
                                 GError       **error);

typedef struct
{
  PxAnnotator *self;
  WriteFinish finish;
  const char *done;
} WriteCall;

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  WriteCall *call = user_data;
  g_autoptr(PxAnnotator) self = call->self;
  g_autoptr(GError) error = NULL;

  self->n_busy--;
  if (!call->finish (PX_LIBRARY (object), result, &error))
    toast (self, error->message);
  else if (call->done != NULL)
    toast (self, call->done);
  g_free (call);
  px_annotator_reload (self);
}

static WriteCall *
write_call_new (PxAnnotator *self,
                WriteFinish  finish,
                const char  *done)
{
  WriteCall *call = g_new0 (WriteCall, 1);

  call->self = g_object_ref (self);
  call->finish = finish;
  call->done = done;
  self->n_busy++;
  return call;
}

void
px_annotator_set_story (PxAnnotator *self,
                        PxLibrary   *store,
                        gint64       story_id)
{
  g_return_if_fail (PX_IS_ANNOTATOR (self));

  g_set_object (&self->store, store);
  self->story_id = story_id;
  g_clear_object (&self->selected_claim);
  /* Another story's annotations are not shown while this one's are read. */
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  px_annotator_reload (self);
}

GPtrArray *
px_annotator_get_annotations (PxAnnotator *self)
{
  g_return_val_if_fail (PX_IS_ANNOTATOR (self), NULL);

  return self->annotations;
}

PxAnnotationPopover *
px_annotator_get_popover (PxAnnotator *self)
{
  g_return_val_if_fail (PX_IS_ANNOTATOR (self), NULL);

  return self->popover;
}

void
px_annotator_set_selected_claim (PxAnnotator *self,
                                 PxClaimItem *claim)
{
  g_return_if_fail (PX_IS_ANNOTATOR (self));

  g_set_object (&self->selected_claim, claim);
}

/* The popover */

/* However it closes (saved, Escape, a click beside it), the keyboard goes
 * back where the reader was: the text it was opened on, or the claim's
 * row. Closed by GTK, it had left the focus on the first column's menu
 * button (2026-12-07, window37).
 */
static void
popover_closed_cb (PxAnnotator *self)
{
  g_autoptr(GtkWidget) back = NULL;
  g_autoptr(PxClaimsPanel) panel = NULL;
  g_autoptr(PxClaimItem) claim = NULL;

  if (self->popover == NULL)
    return;

  if (self->return_focus != NULL)
    back = g_object_ref (self->return_focus);
  else if (self->popover_parent != NULL)
    back = g_object_ref (self->popover_parent);
  if (self->return_panel != NULL)
    panel = g_object_ref (self->return_panel);
  claim = g_steal_pointer (&self->return_claim);
  gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_clear_object (&self->popover);
  g_clear_object (&self->popover_parent);
  g_clear_weak_pointer (&self->return_focus);
  g_clear_weak_pointer (&self->return_panel);
  g_array_set_size (self->pending, 0);
  self->editing_id = 0;
  /* A verdict on a claim asked from the claims panel goes back to that
   * claim's row, wherever the list has put it since, so that the reader goes
   * on down the claims (it had gone to the first column's text).
   */
  if (panel != NULL && claim != NULL && px_claims_panel_focus_claim (panel, claim))
    return;
  if (back != NULL && gtk_widget_get_mapped (back))
    gtk_widget_grab_focus (back);
}

static void
close_popover (PxAnnotator *self)
{
  if (self->popover == NULL)
    return;

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  /* popdown emits closed only when it was shown. */
  popover_closed_cb (self);
}

/* A new annotation on passages as their columns show them, made on the
 * library's thread: a passage is found by its offsets where the stored
 * text has it there, else (the column shows another text) by its words.
 */
typedef struct
{
  gint64 story_id;
  GArray *passages; /* Pending */
  PxVerdict verdict;
  char *note;
} CreateCall;

static void
create_call_free (gpointer data)
{
  CreateCall *call = data;

  g_array_unref (call->passages);
  g_free (call->note);
  g_free (call);
}

static void
create_run (PxLibrary *library,
            GTask     *task)
{
  CreateCall *call = g_task_get_task_data (task);
  g_autofree PxTargetSpec *specs = g_new0 (PxTargetSpec, MAX (call->passages->len, 1));
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_record_free);
  GError *error = NULL;
  gint64 annotation_id;

  for (guint i = 0; i < call->passages->len; i++)
    {
      const Pending *pending = &g_array_index (call->passages, Pending, i);
      PxSourceRecord *record = px_library_get_source (library, pending->source_id, &error);
      g_autofree char *stored = NULL;

      if (record == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (records, record);
      if (record->text != NULL && (glong) pending->end <= g_utf8_strlen (record->text, -1))
        stored = g_utf8_substring (record->text, pending->start, pending->end);
      specs[i].source_id = pending->source_id;
      specs[i].start = pending->start;
      specs[i].end = pending->end;
      if (g_strcmp0 (stored, pending->quote) != 0)
        {
          specs[i].quote = pending->quote;
          specs[i].prefix = pending->prefix;
          specs[i].suffix = pending->suffix;
        }
    }

  annotation_id = px_library_create_annotation (library, call->story_id, specs, call->passages->len, call->verdict,
                                                call->note, &error);
  if (annotation_id > 0)
    g_task_return_int (task, annotation_id);
  else
    g_task_return_error (task, error);
}

static gboolean
create_finish (PxLibrary     *library,
               GAsyncResult  *result,
               GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == create_run, FALSE);

  return g_task_propagate_int (G_TASK (result), error) > 0;
}

static gboolean
save_pending (PxAnnotator *self,
              PxVerdict    verdict,
              const char  *note)
{
  CreateCall *call = g_new0 (CreateCall, 1);

  call->story_id = self->story_id;
  call->verdict = verdict;
  call->note = note[0] != '\0' ? g_strdup (note) : NULL;
  call->passages = g_array_sized_new (FALSE, TRUE, sizeof (Pending), self->pending->len);
  g_array_set_clear_func (call->passages, (GDestroyNotify) pending_clear);
  for (guint i = 0; i < self->pending->len; i++)
    {
      const Pending *pending = &g_array_index (self->pending, Pending, i);
      Pending copy = { pending->source_id, pending->start, pending->end, g_strdup (pending->quote),
                       g_strdup (pending->prefix), g_strdup (pending->suffix) };

      g_array_append_val (call->passages, copy);
    }

  px_library_queue_job (PX_LIBRARY (self->store), create_run, create_run, call, create_call_free, NULL, written_cb,
                        write_call_new (self, create_finish, NULL));
  return TRUE;
}

/* A team library's save of a verdict and note from a row version, on the
 * library's thread; when it met a colleague's newer one, who saved it is
 * read there too, then the user chooses.
 */
typedef struct
{
  PxAnnotator *annotator;
  gint64 annotation_id;
  guint row_version;
  PxVerdict verdict;
  char *note;
  char *conflict; /* what the save was told, when it met a newer one */
} TeamSave;

static void
team_save_free (TeamSave *save)
{
  g_object_unref (save->annotator);
  g_free (save->note);
  g_free (save->conflict);
  g_free (save);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TeamSave, team_save_free)

static void save_team_edit (TeamSave *save);

static void
conflict_chosen_cb (PxConflictDialog *dialog,
                    int               choice,
                    TeamSave         *save)
{
  PxAnnotator *self = save->annotator;

  if (!PX_IS_PG_STORE (self->store))
    return;

  close_popover (self);
  if (choice == PX_CONFLICT_OVERWRITE)
    {
      TeamSave *again = g_new0 (TeamSave, 1);

      /* Row version 0: over whatever is there now, as the user chose. */
      again->annotator = g_object_ref (self);
      again->annotation_id = save->annotation_id;
      again->verdict = save->verdict;
      again->note = g_strdup (save->note);
      save_team_edit (again);
      return;
    }

  self->edit_after_reload = save->annotation_id;
  px_annotator_reload (self);
}

/* Says who saved the annotation since the popover opened, and when, and
 * asks whether to reload or overwrite.
 */
static void
conflict_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TeamSave) save = user_data;
  PxAnnotator *self = save->annotator;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxAnnotation) current = px_library_get_annotation_finish (PX_LIBRARY (object), result, &error);
  PxConflictDialog *dialog;
  GtkRoot *root;

  self->n_busy--;
  /* The window is gone, or shows another library. */
  if (self->view == NULL || PX_LIBRARY (object) != self->store)
    return;

  if (current == NULL)
    g_debug ("Could not read who changed annotation %" G_GINT64_FORMAT ": %s", save->annotation_id,
             error->message);
  root = gtk_widget_get_root (GTK_WIDGET (self->view));
  dialog = px_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   current != NULL ? current->updated_by : NULL,
                                   current != NULL ? current->updated_at : NULL);
  /* Who and when, as the save was told, when reading it again failed. */
  if (current == NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), save->conflict);
  g_signal_connect_data (dialog, "chosen", G_CALLBACK (conflict_chosen_cb), g_steal_pointer (&save),
                         (GClosureNotify) (void (*) (void)) team_save_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A save queued on this computer (the server did not answer): shown as
 * saved, since it is, though the library cannot be read back meanwhile.
 */
static void
show_queued_save (PxAnnotator    *self,
                  const TeamSave *save)
{
  g_autoptr(GHashTable) damage = damage_new ();
  gint64 index = self->annotations != NULL ? annotation_index (self->annotations, save->annotation_id) : -1;
  PxAnnotation *annotation;

  if (index < 0)
    return;

  annotation = g_ptr_array_index (self->annotations, index);
  /* A new verdict takes the editor's mark away, as the server will. */
  if (annotation->verdict != save->verdict)
    {
      g_clear_pointer (&annotation->reviewed_by, g_free);
      g_clear_pointer (&annotation->reviewed_at, g_free);
    }
  annotation->verdict = save->verdict;
  g_free (annotation->note);
  annotation->note = save->note[0] != '\0' ? g_strdup (save->note) : NULL;
  damage_add_annotation (damage, annotation);
  show_changed (self, damage, &save->annotation_id, 1);
}

static void
team_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TeamSave) save = user_data;
  PxAnnotator *self = save->annotator;
  g_autoptr(GError) error = NULL;
  gint64 annotation_id;
  guint new_version = 0;

  self->n_busy--;
  if (px_pg_store_save_annotation_finish (PX_PG_STORE (object), result, &new_version, &error))
    {
      if (new_version == 0 && PX_LIBRARY (object) == self->store)
        show_queued_save (self, save);
      else
        px_annotator_reload (self);
      return;
    }
  if (!g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_CONFLICT))
    {
      toast (self, error->message);
      px_annotator_reload (self);
      return;
    }

  annotation_id = save->annotation_id;
  save->conflict = g_strdup (error->message);
  self->n_busy++;
  px_library_get_annotation_async (PX_LIBRARY (object), annotation_id, NULL, conflict_read_cb, g_steal_pointer (&save));
}

static void
save_team_edit (TeamSave *save)
{
  PxAnnotator *self = save->annotator;

  self->n_busy++;
  px_pg_store_save_annotation_async (PX_PG_STORE (self->store), save->annotation_id, save->row_version,
                                     save->verdict, save->note[0] != '\0' ? save->note : NULL, NULL,
                                     team_saved_cb, save);
}

static gboolean
save_edit (PxAnnotator *self,
           PxVerdict    verdict,
           const char  *note)
{
  const PxAnnotation *annotation = find_annotation (self, self->editing_id);

  if (annotation == NULL)
    return FALSE;

  /* A team library saves verdict and note at once, from the version the
   * popover showed: someone else's save since is a conflict to resolve.
   */
  if (PX_IS_PG_STORE (self->store))
    {
      TeamSave *save;

      if (annotation->verdict == verdict && g_strcmp0 (annotation->note != NULL ? annotation->note : "", note) == 0
          && annotation->row_version == self->editing_version)
        return TRUE;
      save = g_new0 (TeamSave, 1);
      save->annotator = g_object_ref (self);
      save->annotation_id = annotation->id;
      save->row_version = self->editing_version;
      save->verdict = verdict;
      save->note = g_strdup (note);
      save_team_edit (save);
      return TRUE;
    }

  /* Queued in this order on the library's thread. */
  if (annotation->verdict != verdict)
    px_library_set_annotation_verdict_async (PX_LIBRARY (self->store), annotation->id, verdict, NULL, written_cb,
                                             write_call_new (self, px_library_set_annotation_verdict_finish, NULL));
  if (g_strcmp0 (annotation->note != NULL ? annotation->note : "", note) != 0)
    px_library_set_annotation_note_async (PX_LIBRARY (self->store), annotation->id, note[0] != '\0' ? note : NULL,
                                          NULL, written_cb,
                                          write_call_new (self, px_library_set_annotation_note_finish, NULL));
  return TRUE;
}

static void
popover_saved_cb (PxAnnotator *self)
{
  g_autofree char *note = px_annotation_popover_get_note (self->popover);
  PxVerdict verdict = px_annotation_popover_get_verdict (self->popover);
  gboolean saved;

  if (self->store == NULL || self->story_id <= 0)
    return;

  saved = self->editing_id > 0 ? save_edit (self, verdict, note) : save_pending (self, verdict, note);
  if (!saved)
    return;

  /* The annotations are read again once the library has them. */
  close_popover (self);
}

static void
popover_delete_cb (PxAnnotator *self)
{
  gint64 id = self->editing_id;

  close_popover (self);
  if (id > 0)
    px_annotator_delete (self, id);
}

/* Points the popover at its passage's last character, as far as the
 * columns' view shows it: a passage or column still to be scrolled to lies
 * outside it; the popover follows the passage once there
 * (scrolled_tick_cb()), and as the columns scroll sideways
 * (px_story_view_point_popover()).
 */
static void
point_popover (PxAnnotator *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->popover_parent);
  GtkTextIter iter;
  GdkRectangle rect;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, self->popover_offset);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &rect.x, &rect.y);
  px_story_view_point_popover (self->view, GTK_POPOVER (self->popover), GTK_WIDGET (view), &rect);
}

/* The column scrolls to the passage on its next frame; the popover
 * follows it there.
 */
static gboolean
scrolled_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  PxAnnotator *self = user_data;

  if (self->popover != NULL && self->popover_parent == widget)
    point_popover (self);
  return G_SOURCE_REMOVE;
}

/* A popover for the passages in self->pending (or @editing), on @parent;
 * held by the story view when @column is given (@parent is its text view
 * then; point_popover()).
 */
static void
create_popover (PxAnnotator        *self,
                GtkWidget          *parent,
                PxSourceColumn     *column,
                const char         *heading,
                const char         *quote,
                const PxAnnotation *editing)
{
  /* The callers closed any earlier popover before choosing the passages. */
  g_return_if_fail (self->popover == NULL);
  dismiss_float (self);

  self->editing_id = editing != NULL ? editing->id : 0;
  /* A colleague's save shown meanwhile must not make this one win unasked. */
  self->editing_version = editing != NULL ? editing->row_version : 0;
  self->popover = g_object_ref_sink (px_annotation_popover_new ());
  self->popover_parent = g_object_ref (parent);
  px_annotation_popover_set_passage (self->popover, heading, quote, editing != NULL);
  if (editing != NULL)
    {
      px_annotation_popover_set_verdict (self->popover, editing->verdict);
      px_annotation_popover_set_note (self->popover, editing->note);
    }
  if (column == NULL)
    gtk_widget_set_parent (GTK_WIDGET (self->popover), parent);

  g_signal_connect_object (self->popover, "saved", G_CALLBACK (popover_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "delete-requested", G_CALLBACK (popover_delete_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
}

static void
open_popover (PxAnnotator     *self,
              PxSourceColumn  *column,
              guint            start,
              guint            end,
              const char      *heading,
              const char      *quote,
              const PxAnnotation *editing)
{
  GtkTextView *view = px_source_column_get_text_view (column);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;

  create_popover (self, GTK_WIDGET (view), column, heading, quote, editing);
  if (self->popover == NULL)
    return;

  /* Under the passage's last line, so the passage stays readable. */
  self->popover_offset = end > start ? end - 1 : end;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, start);
  if (gtk_text_view_scroll_to_iter (view, &iter, 0.0, TRUE, 0.0, 0.2))
    gtk_widget_add_tick_callback (GTK_WIDGET (view), scrolled_tick_cb, g_object_ref (self), g_object_unref);
  point_popover (self);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  /* A tooltip the passage showed before goes: it would cover the popover
   * (the column's tooltips wait until it closes).
   */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (view));
}

/* Selecting */

/* The passage [@start, @end) of @column, with the words around it: the
 * store finds it by its offsets, or by its words when the column's text
 * is not the stored one (create_run(), on the library's thread).
 */
static gboolean
pending_for_range (PxAnnotator    *self,
                   PxSourceColumn *column,
                   guint           start,
                   guint           end,
                   Pending        *pending)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  gint64 source_id = px_source_column_get_source_id (column);
  GtkTextIter s, e, before, after;

  if (source_id <= 0)
    {
      toast (self, _("This source is not in the library yet; wait until it has loaded"));
      return FALSE;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  before = s;
  after = e;
  gtk_text_iter_backward_chars (&before, PX_ANCHOR_CONTEXT_CHARS);
  gtk_text_iter_forward_chars (&after, PX_ANCHOR_CONTEXT_CHARS);

  pending->source_id = source_id;
  pending->start = start;
  pending->end = end;
  /* the article's own text: a space the column shows as a line break
   * is a space (px_source_column_dup_text()) */
  pending->quote = px_source_column_dup_text (column, &s, &e);
  pending->prefix = px_source_column_dup_text (column, &before, &s);
  pending->suffix = px_source_column_dup_text (column, &e, &after);
  return TRUE;
}

/* The selection without the blanks at its ends, which no reader means. */
static gboolean
trimmed_selection (GtkTextBuffer *buffer,
                   guint         *start,
                   guint         *end)
{
  GtkTextIter s, e;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return FALSE;

  while (gtk_text_iter_compare (&s, &e) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&s)))
    gtk_text_iter_forward_char (&s);
  while (gtk_text_iter_compare (&s, &e) < 0)
    {
      GtkTextIter last = e;

      gtk_text_iter_backward_char (&last);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&last)))
        break;
      e = last;
    }

  *start = gtk_text_iter_get_offset (&s);
  *end = gtk_text_iter_get_offset (&e);
  return *start < *end;
}

static PxSourceColumn *
focused_column (PxAnnotator *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self->view));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *column = focus != NULL ? gtk_widget_get_ancestor (focus, PX_TYPE_SOURCE_COLUMN) : NULL;

  if (column != NULL)
    return PX_SOURCE_COLUMN (column);

  /* The focus may be on a button; the passage is where text is selected. */
  for (guint i = 0; i < px_story_view_get_n_columns (self->view); i++)
    {
      PxSourceColumn *candidate = px_story_view_get_column (self->view, i);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (candidate));

      if (gtk_text_buffer_get_has_selection (buffer))
        return candidate;
    }

  return NULL;
}

/* The annotation underlined at @offset of @column, or NULL. */
static const PxAnnotation *
annotation_at (PxAnnotator    *self,
               PxSourceColumn *column,
               guint           offset)
{
  gint64 source_id = px_source_column_get_source_id (column);
  GtkTextIter start, end;

  for (guint i = 0; self->annotations != NULL && i < self->annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (self->annotations, i);

      if (annotation->state == PX_ANNOTATION_STATE_DISMISSED)
        continue;
      for (guint t = 0; t < annotation->targets->len; t++)
        {
          const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);

          if (target->source_id == source_id && offset >= target->selector->start
              && offset < target->selector->end && target_range_in_column (target, column, &start, &end))
            return annotation;
        }
    }

  return NULL;
}

static gboolean
edit_at_caret (PxAnnotator    *self,
               PxSourceColumn *column)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  GtkTextIter caret;
  const PxAnnotation *annotation;

  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  annotation = annotation_at (self, column, gtk_text_iter_get_offset (&caret));
  if (annotation == NULL)
    return FALSE;

  return px_annotator_edit (self, annotation->id);
}

static gboolean
have_library (PxAnnotator *self)
{
  if (self->store != NULL && self->story_id > 0)
    return TRUE;

  toast (self, _("Annotations are kept in the library, which could not be opened"));
  return FALSE;
}

gboolean
px_annotator_annotate (PxAnnotator *self)
{
  GtkRoot *root;
  GtkWidget *focus;
  PxSourceColumn *column;
  GtkTextBuffer *buffer;
  Pending pending = { 0 };
  guint start, end;

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  if (!have_library (self))
    return FALSE;

  root = gtk_widget_get_root (GTK_WIDGET (self->view));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && self->selected_claim != NULL
      && gtk_widget_get_ancestor (focus, PX_TYPE_CLAIMS_PANEL) != NULL)
    return px_annotator_annotate_claim (self, self->selected_claim);

  column = focused_column (self);
  if (column == NULL)
    {
      toast (self, _("Select a passage in a column first, then press Ctrl+M"));
      return FALSE;
    }

  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  if (!trimmed_selection (buffer, &start, &end))
    {
      if (edit_at_caret (self, column))
        return TRUE;
      toast (self, _("Select a passage in a column first, then press Ctrl+M"));
      return FALSE;
    }

  if (!pending_for_range (self, column, start, end, &pending))
    return FALSE;

  close_popover (self);
  g_array_append_val (self->pending, pending);
  open_popover (self, column, start, end, _("Annotate"), pending.quote, NULL);
  return TRUE;
}

/* Adds a passage to the pending annotation for each sentence of @claim in
 * @source, shown by @column: one per sentence, as the table's cells and
 * the store's anchors have them (a span from an outlet's first sentence of
 * the claim to its last had taken in what lies between, another claim's
 * sentence or a date line, and given it the verdict too). FALSE, and no
 * passage pending, when one cannot be placed.
 */
static gboolean
pend_claim_sentences (PxAnnotator    *self,
                      PxClaimItem    *claim,
                      guint           source,
                      PxSourceColumn *column)
{
  GArray *members = px_claim_item_get_members (claim);

  for (guint m = 0; m < members->len; m++)
    {
      const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);
      Pending pending = { 0 };

      if (member->source != source || member->start >= member->end)
        continue;
      if (!pending_for_range (self, column, member->start, member->end, &pending))
        {
          g_array_set_size (self->pending, 0);
          return FALSE;
        }
      g_array_append_val (self->pending, pending);
    }
  return TRUE;
}

gboolean
px_annotator_annotate_claim (PxAnnotator *self,
                             PxClaimItem *claim)
{
  PxSourceColumn *first = NULL;
  guint first_start = 0, first_end = 0;
  GtkRoot *root;
  GtkWidget *focus;
  GtkWidget *panel;

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (claim), FALSE);

  if (!have_library (self))
    return FALSE;

  /* Asked from the claims panel (Ctrl+M on a claim, its menu), before the
   * menu or another popover closing moves the focus. */
  root = gtk_widget_get_root (GTK_WIDGET (self->view));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  panel = focus != NULL ? gtk_widget_get_ancestor (focus, PX_TYPE_CLAIMS_PANEL) : NULL;

  close_popover (self);
  for (guint source = 0; source < px_claim_item_get_n_sources (claim); source++)
    {
      PxSourceColumn *column = px_story_view_get_compared_column (self->view, source);
      guint before = self->pending->len;

      if (column == NULL)
        continue;
      if (!pend_claim_sentences (self, claim, source, column))
        return FALSE;
      if (first == NULL && self->pending->len > before)
        {
          const Pending *pending = &g_array_index (self->pending, Pending, before);

          first = column;
          first_start = pending->start;
          first_end = pending->end;
        }
    }

  if (first == NULL)
    {
      toast (self, _("No column shows this claim any more"));
      return FALSE;
    }

  open_popover (self, first, first_start, first_end, _("Verdict on This Claim"), px_claim_item_get_text (claim), NULL);
  if (self->popover != NULL && panel != NULL)
    {
      g_set_weak_pointer (&self->return_panel, PX_CLAIMS_PANEL (panel));
      g_set_object (&self->return_claim, claim);
    }
  return TRUE;
}

gboolean
px_annotator_annotate_sentences (PxAnnotator        *self,
                                 PxClaimItem        *claim,
                                 guint               source,
                                 GtkWidget          *parent,
                                 const GdkRectangle *pointing_to)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  PxSourceColumn *column;
  guint before;

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (claim), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (parent), FALSE);

  if (!have_library (self))
    return FALSE;

  column = px_story_view_get_compared_column (self->view, source);
  if (column == NULL || !px_claim_item_get_member (claim, source, NULL, NULL))
    {
      toast (self, _("This outlet does not report the claim; choose a cell with a sentence, then press Ctrl+M"));
      return FALSE;
    }

  close_popover (self);
  before = self->pending->len;
  if (!pend_claim_sentences (self, claim, source, column))
    return FALSE;
  for (guint i = before; i < self->pending->len; i++)
    {
      if (shown->len > 0)
        g_string_append (shown, " … ");
      g_string_append (shown, g_array_index (self->pending, Pending, i).quote);
    }

  if (self->pending->len == 0)
    {
      toast (self, _("This outlet does not report the claim; choose a cell with a sentence, then press Ctrl+M"));
      return FALSE;
    }

  create_popover (self, parent, NULL, _("Annotate"), shown->str, NULL);
  /* Back to the cell's row when the popover closes. */
  if (gtk_widget_get_root (parent) != NULL)
    g_set_weak_pointer (&self->return_focus, gtk_root_get_focus (gtk_widget_get_root (parent)));
  if (pointing_to != NULL)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), pointing_to);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_trigger_tooltip_query (parent);
  return TRUE;
}

gboolean
px_annotator_edit (PxAnnotator *self,
                   gint64       annotation_id)
{
  const PxAnnotation *annotation;

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  annotation = find_annotation (self, annotation_id);
  if (annotation == NULL)
    return FALSE;

  close_popover (self);
  for (guint t = 0; t < annotation->targets->len; t++)
    {
      const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);
      PxSourceColumn *column = column_for_source_id (self, target->source_id);
      GtkTextView *view;
      GtkTextIter start, end;

      if (column == NULL || !target_range_in_column (target, column, &start, &end))
        continue;

      view = px_source_column_get_text_view (column);
      gtk_text_buffer_select_range (gtk_text_view_get_buffer (view), &start, &end);
      gtk_widget_grab_focus (GTK_WIDGET (view));
      open_popover (self, column, target->selector->start, target->selector->end,
                    annotation->targets->len > 1 ? _("Verdict on This Claim") : _("Edit Annotation"),
                    target->selector->exact, annotation);
      return TRUE;
    }

  toast (self, _("The annotated passage is not shown in any column"));
  return FALSE;
}

/* The editor's mark on a team library's verdict, signed with the name
 * chosen on joining.
 */
static gboolean
reviewed_finish (PxLibrary     *library,
                 GAsyncResult  *result,
                 GError       **error)
{
  return px_pg_store_set_annotation_reviewed_finish (PX_PG_STORE (library), result, error);
}

static void
review_requested_cb (PxAnnotator *self,
                     gint64       annotation_id,
                     gboolean     reviewed)
{
  if (!PX_IS_PG_STORE (self->store))
    return;

  px_pg_store_set_annotation_reviewed_async (PX_PG_STORE (self->store), annotation_id, reviewed, NULL, written_cb,
                                             write_call_new (self, reviewed_finish, NULL));
}

static void
undo_clicked_cb (AdwToast    *undo,
                 PxAnnotator *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (undo), "px-annotation-id");

  px_annotator_undo_delete (self, *id);
}

gboolean
px_annotator_delete (PxAnnotator *self,
                     gint64       annotation_id)
{
  AdwToast *undo;

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  if (!have_library (self))
    return FALSE;
  px_library_delete_annotation_async (PX_LIBRARY (self->store), annotation_id, NULL, written_cb,
                                      write_call_new (self, px_library_delete_annotation_finish, NULL));

  undo = adw_toast_new (_("Annotation deleted"));
  adw_toast_set_button_label (undo, _("_Undo"));
  g_object_set_data_full (G_OBJECT (undo), "px-annotation-id", g_memdup2 (&annotation_id, sizeof annotation_id),
                          g_free);
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toasts, undo);
  return TRUE;
}

gboolean
px_annotator_undo_delete (PxAnnotator *self,
                          gint64       annotation_id)
{

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  px_library_restore_annotation_async (PX_LIBRARY (self->store), annotation_id, NULL, written_cb,
                                       write_call_new (self, px_library_restore_annotation_finish, NULL));
  return TRUE;
}

gboolean
px_annotator_reattach (PxAnnotator *self,
                       gint64       annotation_id,
                       gint64       target_id)
{
  const PxAnnotation *annotation;
  const PxAnnotationTarget *target = NULL;
  PxSourceColumn *column;
  guint start, end;

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  annotation = find_annotation (self, annotation_id);
  for (guint t = 0; annotation != NULL && t < annotation->targets->len; t++)
    {
      const PxAnnotationTarget *candidate = g_ptr_array_index (annotation->targets, t);

      if (candidate->id == target_id)
        target = candidate;
    }
  if (target == NULL || !have_library (self))
    return FALSE;

  column = column_for_source_id (self, target->source_id);
  if (column == NULL)
    {
      toast (self, _("The source of this passage is not shown; add it back to re-attach the annotation"));
      return FALSE;
    }
  if (!trimmed_selection (gtk_text_view_get_buffer (px_source_column_get_text_view (column)), &start, &end))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the column's name: an outlet's, or "BBC (2)"
       * for a second page of one outlet */
      message = g_strdup_printf (_("Select the passage in the %s column first, then choose Re-attach"),
                                 px_source_column_get_name (column));
      toast (self, message);
      return FALSE;
    }

  px_library_move_annotation_target_async (PX_LIBRARY (self->store), target_id, start, end, NULL, written_cb,
                                           write_call_new (self, px_library_move_annotation_target_finish,
                                                           _("Annotation re-attached")));
  return TRUE;
}

gboolean
px_annotator_dismiss (PxAnnotator *self,
                      gint64       annotation_id)
{

  g_return_val_if_fail (PX_IS_ANNOTATOR (self), FALSE);

  if (!have_library (self))
    return FALSE;
  px_library_set_annotation_state_async (PX_LIBRARY (self->store), annotation_id, PX_ANNOTATION_STATE_DISMISSED,
                                         NULL, written_cb,
                                         write_call_new (self, px_library_set_annotation_state_finish,
                                                         _("Annotation dismissed; it stays in the library and in exports")));
  return TRUE;
}

/* The columns */

static void
text_clicked_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 PxAnnotator     *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  GtkWidget *column = gtk_widget_get_ancestor (GTK_WIDGET (view), PX_TYPE_SOURCE_COLUMN);
  const PxAnnotation *annotation;
  GtkTextIter iter;
  int bx, by;

  if (n_press != 1 || column == NULL || gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (view)))
    return;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
    return;

  annotation = annotation_at (self, PX_SOURCE_COLUMN (column), gtk_text_iter_get_offset (&iter));
  if (annotation != NULL)
    px_annotator_edit (self, annotation->id);
}

static void
selection_changed_cb (PxAnnotator *self)
{
  dismiss_float (self);
}

/* A small button over the start of a passage just selected with the
 * mouse, for those who do not know Ctrl+M; it never takes the focus.
 */
static void
show_float (PxAnnotator *self,
            GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkWidget *button;
  GtkWidget *column;
  GtkTextIter start, end;
  GdkRectangle rect;

  dismiss_float (self);
  column = gtk_widget_get_ancestor (GTK_WIDGET (view), PX_TYPE_SOURCE_COLUMN);
  if (self->popover != NULL || self->store == NULL || column == NULL || !gtk_widget_get_mapped (GTK_WIDGET (view))
      || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;

  button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_tooltip_text (button, _("Annotate (Ctrl+M)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Annotate"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.annotate");
  gtk_widget_set_focusable (button, FALSE);
  gtk_button_set_has_frame (GTK_BUTTON (button), FALSE);

  self->float_popover = g_object_ref_sink (GTK_POPOVER (gtk_popover_new ()));
  gtk_popover_set_child (self->float_popover, button);
  gtk_popover_set_autohide (self->float_popover, FALSE);
  gtk_popover_set_has_arrow (self->float_popover, FALSE);
  gtk_popover_set_position (self->float_popover, GTK_POS_TOP);
  gtk_text_view_get_iter_location (view, &start, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &rect.x, &rect.y);
  px_story_view_point_popover (self->view, self->float_popover, GTK_WIDGET (view), &rect);
  gtk_popover_popup (self->float_popover);
}

static gboolean
float_idle_cb (gpointer user_data)
{
  GtkTextView *view = user_data;
  PxAnnotator *self = g_object_get_data (G_OBJECT (view), "px-annotator");

  if (self != NULL)
    show_float (self, view);
  return G_SOURCE_REMOVE;
}

static gboolean
text_event_cb (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               PxAnnotator              *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* Only a selection the user just made with the pointer: those made by
   * the keyboard or by the window itself get no button.
   */
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE
      && gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    g_idle_add_full (G_PRIORITY_DEFAULT, float_idle_cb, g_object_ref (view), g_object_unref);

  return GDK_EVENT_PROPAGATE;
}

static void
hook_column (PxAnnotator    *self,
             PxSourceColumn *column)
{
  GtkTextView *view = px_source_column_get_text_view (column);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(GMenu) menu = NULL;
  GtkEventController *legacy;
  GtkGesture *click;

  if (g_object_get_data (G_OBJECT (view), "px-annotator") != NULL)
    return;
  g_object_set_data (G_OBJECT (view), "px-annotator", self);

  menu = g_menu_new ();
  g_menu_append (menu, _("_Annotate…"), "win.annotate");
  gtk_text_view_set_extra_menu (view, G_MENU_MODEL (menu));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (text_clicked_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (text_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), legacy);

  g_signal_connect_object (buffer, "notify::has-selection", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
dark_changed_cb (PxAnnotator *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint i = 0; i < px_story_view_get_n_columns (self->view); i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (
        px_story_view_get_column (self->view, i)));
      GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

      for (guint v = 0; v < PX_N_VERDICTS; v++)
        {
          GtkTextTag *tag = gtk_text_tag_table_lookup (table, px_verdict_get_tag_name (v));

          if (tag != NULL)
            px_verdict_style_tag (v, tag, dark);
        }
    }
  /* The panel's verdict dots too. */
  px_annotations_panel_set_annotations (self->panel, NULL);
  show_annotations (self, FALSE);
}

static void
column_loaded_cb (PxAnnotator    *self,
                  PxSourceColumn *column)
{
  gint64 source_id = px_source_column_get_source_id (column);

  /* Its text is new: underlined again once the annotations are read, since
   * a page fetched again re-anchors its annotations in the store.
   */
  if (source_id > 0)
    g_array_append_val (self->loaded_sources, source_id);
  px_annotator_reload (self);
}

static void
px_annotator_dispose (GObject *object)
{
  PxAnnotator *self = PX_ANNOTATOR (object);

  close_popover (self);
  dismiss_float (self);
  for (guint i = 0; self->view != NULL && i < px_story_view_get_n_columns (self->view); i++)
    g_object_set_data (G_OBJECT (px_source_column_get_text_view (px_story_view_get_column (self->view, i))),
                       "px-annotator", NULL);
  g_clear_object (&self->view);
  g_clear_object (&self->panel);
  g_clear_object (&self->toasts);
  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->selected_claim);
  g_clear_object (&self->return_claim);
  g_clear_weak_pointer (&self->return_panel);

  G_OBJECT_CLASS (px_annotator_parent_class)->dispose (object);
}

static void
px_annotator_finalize (GObject *object)
{
  PxAnnotator *self = PX_ANNOTATOR (object);

  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->changed_ids, g_array_unref);
  g_clear_pointer (&self->loaded_sources, g_array_unref);

  G_OBJECT_CLASS (px_annotator_parent_class)->finalize (object);
}

static void
px_annotator_class_init (PxAnnotatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_annotator_dispose;
  object_class->finalize = px_annotator_finalize;

  /* The story's annotations were read again: px_annotator_get_annotations(). */
  signals[ANNOTATIONS_CHANGED] = g_signal_new ("annotations-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
px_annotator_init (PxAnnotator *self)
{
  self->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  self->changed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->loaded_sources = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_set_clear_func (self->pending, (GDestroyNotify) pending_clear);
}

static void
panel_activated_cb (PxAnnotator *self,
                    gint64       annotation_id)
{
  px_annotator_edit (self, annotation_id);
}

PxAnnotator *
px_annotator_new (PxStoryView        *view,
                  PxAnnotationsPanel *panel,
                  AdwToastOverlay    *toasts)
{
  PxAnnotator *self;

  g_return_val_if_fail (PX_IS_STORY_VIEW (view), NULL);
  g_return_val_if_fail (PX_IS_ANNOTATIONS_PANEL (panel), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (PX_TYPE_ANNOTATOR, NULL);
  self->view = g_object_ref (view);
  self->panel = g_object_ref (panel);
  self->toasts = g_object_ref (toasts);

  g_signal_connect_object (view, "column-loaded", G_CALLBACK (column_loaded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::n-columns", G_CALLBACK (columns_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::comparing", G_CALLBACK (columns_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "annotation-activated", G_CALLBACK (panel_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "delete-requested", G_CALLBACK (px_annotator_delete), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "review-requested", G_CALLBACK (review_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "reattach-requested", G_CALLBACK (px_annotator_reattach), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "dismiss-requested", G_CALLBACK (px_annotator_dismiss), self,
                           G_CONNECT_SWAPPED);

  return self;
}
