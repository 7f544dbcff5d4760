/* px-history-view.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-history-view.h"

#include "px-input.h"

#include "px-cut-label.h"

#include "px-dates.h"
#include "px-highlight.h"
#include "px-history.h"
#include "px-versions.h"

#include <glib/gi18n.h>

struct _PxHistoryView
{
  AdwWindow parent_instance;

  PxLibrary *store;
  gint64 source_id;
  gint64 story_id;
  GPtrArray *versions; /* PxSourceVersion, oldest first */
  char *published;     /* the source's publication date (ISO 8601), nullable */
  char *outlet_name;   /* as the column names it ("BBC (2)"), nullable */
  gboolean file;       /* read from a file: read again, not fetched */

  AdwWindowTitle *title;
  GtkListBox *version_list;
  GtkDropDown *from_dropdown;
  GtkDropDown *to_dropdown;
  GtkLabel *summary_label;
  GtkSpinner *spinner;
  GtkTextView *text_view;
  GtkWidget *compare_bar;    /* shown from two versions on */
  GtkWidget *diff_scroller;

  GCancellable *cancellable;
  GCancellable *load_cancellable;
  gboolean busy;
  guint n_needs_review;
};

G_DEFINE_FINAL_TYPE (PxHistoryView, px_history_view, ADW_TYPE_WINDOW)

/* "24 Nov 2026, 14:32" in local time, from the store's ISO 8601. */
static char *
format_time (const char *iso)
{
  char *text = px_format_iso_date_time (iso, PX_DATE_PRECISE);

  return text != NULL ? text : g_strdup ("");
}

static void
create_tags (PxHistoryView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GdkRGBA green, red;

  gdk_rgba_parse (&green, dark ? "rgba(38,162,105,0.30)" : "rgba(38,162,105,0.16)");
  gdk_rgba_parse (&red, dark ? "rgba(224,27,36,0.30)" : "rgba(224,27,36,0.14)");

  if (gtk_text_tag_table_lookup (table, "added") == NULL)
    {
      gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.15,
                                  "pixels-above-lines", 12, "pixels-below-lines", 4, NULL);
      gtk_text_buffer_create_tag (buffer, "dim", "foreground-rgba", &(GdkRGBA) { 0.5f, 0.5f, 0.5f, 1.0f }, NULL);
      gtk_text_buffer_create_tag (buffer, "added", NULL);
      gtk_text_buffer_create_tag (buffer, "removed", "strikethrough", TRUE, NULL);
      gtk_text_buffer_create_tag (buffer, "added-word", "weight", PANGO_WEIGHT_BOLD, NULL);
      gtk_text_buffer_create_tag (buffer, "removed-word", "weight", PANGO_WEIGHT_BOLD, NULL);
      gtk_text_buffer_create_tag (buffer, "review", "weight", PANGO_WEIGHT_BOLD, NULL);
      for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
        gtk_text_buffer_create_tag (buffer, px_highlight_kind_get_tag_name (k), NULL);
    }

  g_object_set (gtk_text_tag_table_lookup (table, "added"), "paragraph-background-rgba", &green, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "removed"), "paragraph-background-rgba", &red, NULL);
  green.alpha *= 2.5f;
  red.alpha *= 2.5f;
  g_object_set (gtk_text_tag_table_lookup (table, "added-word"), "background-rgba", &green, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "removed-word"), "background-rgba", &red, NULL);
  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    px_highlight_kind_style_tag (k, gtk_text_tag_table_lookup (table, px_highlight_kind_get_tag_name (k)), dark);
}

static void
insert (GtkTextBuffer *buffer,
        const char    *text,
        const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

/* Tags characters [@start, @end) of text inserted at offset @base. */
static void
tag_range (GtkTextBuffer *buffer,
           const char    *tag,
           int            base,
           guint          start,
           guint          end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, base + (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, base + (int) end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);
}

/* One line, "− text" or "+ text", with its changed words marked. */
static void
insert_line (GtkTextBuffer *buffer,
             const char    *sign,
             const char    *text,
             const char    *line_tag,
             const char    *word_tag,
             GArray        *words,
             GPtrArray     *differences,
             guint          side,
             guint          sentence)
{
  GtkTextIter end;
  int base;

  insert (buffer, sign, line_tag);
  gtk_text_buffer_get_end_iter (buffer, &end);
  base = gtk_text_iter_get_offset (&end);
  insert (buffer, text, line_tag);
  insert (buffer, "\n", line_tag);

  for (guint w = 0; words != NULL && w < words->len; w++)
    {
      const PxTextSpan *span = &g_array_index (words, PxTextSpan, w);

      tag_range (buffer, word_tag, base, span->char_start, span->char_end);
    }

  /* The differences' own words, in their kinds' look. */
  for (guint d = 0; differences != NULL && d < differences->len; d++)
    {
      PxDifference *difference = g_ptr_array_index (differences, d);
      const PxTextSpan *spans;
      guint n_spans;

      spans = px_difference_get_spans (difference, &n_spans);
      for (guint s = 0; s < n_spans; s++)
        if (spans[s].source == side && (sentence == G_MAXUINT || spans[s].sentence == sentence))
          tag_range (buffer, px_highlight_kind_get_tag_name ((PxHighlightKind) px_difference_get_kind (difference)),
                     base, spans[s].char_start, spans[s].char_end);
    }
}

static void
insert_differences (GtkTextBuffer *buffer,
                    GPtrArray     *differences)
{
  for (guint d = 0; differences != NULL && d < differences->len; d++)
    {
      PxDifference *difference = g_ptr_array_index (differences, d);
      PxHighlightKind kind = (PxHighlightKind) px_difference_get_kind (difference);

      insert (buffer, "    ", NULL);
      insert (buffer, px_highlight_kind_get_label (kind), px_highlight_kind_get_tag_name (kind));
      insert (buffer, " ", NULL);
      insert (buffer, px_difference_get_display_summary (difference), "dim");
      insert (buffer, "\n", NULL);
    }
}

static void
insert_field (GtkTextBuffer        *buffer,
              const char           *name,
              const PxHistoryField *field)
{
  if (field->from == NULL && field->to == NULL)
    return;

  insert (buffer, name, "heading");
  insert (buffer, "\n", "heading");
  if (!field->changed)
    {
      insert (buffer, field->to != NULL ? field->to : field->from, NULL);
      insert (buffer, "\n", NULL);
      insert (buffer, field->from != NULL && field->to != NULL ? _("Unchanged")
                      : _("Not recorded for one of the versions"), "dim");
      insert (buffer, "\n", NULL);
      return;
    }

  insert_line (buffer, "− ", field->from, "removed", "removed-word", field->removed_words, field->differences,
               PX_HISTORY_FROM, G_MAXUINT);
  insert_line (buffer, "+ ", field->to, "added", "added-word", field->added_words, field->differences,
               PX_HISTORY_TO, G_MAXUINT);
  insert_differences (buffer, field->differences);
}

/* The story's annotations on this source that lost their passage. */
static void
insert_review (PxHistoryView *self,
               GtkTextBuffer *buffer,
               GPtrArray     *annotations)
{
  gboolean heading = FALSE;

  self->n_needs_review = 0;
  for (guint a = 0; annotations != NULL && a < annotations->len; a++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (annotations, a);

      if (annotation->state != PX_ANNOTATION_STATE_NEEDS_REVIEW)
        continue;
      for (guint t = 0; t < annotation->targets->len; t++)
        {
          const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);

          if (target->source_id != self->source_id || target->state != PX_ANNOTATION_STATE_NEEDS_REVIEW)
            continue;
          if (!heading)
            {
              insert (buffer, _("Annotations to review"), "heading");
              insert (buffer, "\n", "heading");
              insert (buffer, _("The passages these notes were on changed, and they could not be placed on the "
                                "new version with confidence."), "dim");
              insert (buffer, "\n", NULL);
              heading = TRUE;
            }
          insert (buffer, "⚠ “", "review");
          insert (buffer, target->selector != NULL && target->selector->exact != NULL ? target->selector->exact : "",
                  "review");
          insert (buffer, "”", "review");
          if (annotation->note != NULL && annotation->note[0] != '\0')
            {
              insert (buffer, " — ", NULL);
              insert (buffer, annotation->note, NULL);
            }
          insert (buffer, "\n", NULL);
          self->n_needs_review++;
          break;
        }
    }
}

static void
show_diff (PxHistoryView *self,
           PxHistoryDiff *diff,
           GPtrArray     *annotations)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *summary = NULL;
  guint n_unchanged = px_history_diff_count (diff, PX_HISTORY_UNCHANGED);

  gtk_text_buffer_set_text (buffer, "", 0);
  insert_review (self, buffer, annotations);

  /* Translators: what changed between two versions of an article */
  summary = g_strdup_printf (_("%u reworded · %u added · %u removed · %u unchanged"),
                             px_history_diff_count (diff, PX_HISTORY_REWORDED),
                             px_history_diff_count (diff, PX_HISTORY_ADDED),
                             px_history_diff_count (diff, PX_HISTORY_REMOVED), n_unchanged);
  gtk_label_set_label (self->summary_label, px_history_diff_has_changes (diff) ? summary : _("No changes"));

  insert_field (buffer, _("Headline"), px_history_diff_get_title (diff));
  insert_field (buffer, _("Byline"), px_history_diff_get_byline (diff));

  insert (buffer, _("Text"), "heading");
  insert (buffer, "\n", "heading");
  if (!px_history_diff_text_changed (diff))
    {
      insert (buffer, _("The text is the same in both versions."), "dim");
      insert (buffer, "\n", NULL);
      return;
    }

  for (guint i = 0; i < px_history_diff_get_n_entries (diff); i++)
    {
      const PxHistoryEntry *entry = px_history_diff_get_entry (diff, i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (entry->change == PX_HISTORY_UNCHANGED)
        continue;
      if (entry->from_sentence != PX_HISTORY_NO_SENTENCE)
        from = px_history_diff_dup_sentence_text (diff, PX_HISTORY_FROM, entry->from_sentence);
      if (entry->to_sentence != PX_HISTORY_NO_SENTENCE)
        to = px_history_diff_dup_sentence_text (diff, PX_HISTORY_TO, entry->to_sentence);

      switch (entry->change)
        {
        case PX_HISTORY_ADDED:
          insert (buffer, _("Added"), "dim");
          insert (buffer, "\n", NULL);
          insert_line (buffer, "+ ", to, "added", "added-word", NULL, NULL, PX_HISTORY_TO, entry->to_sentence);
          break;
        case PX_HISTORY_REMOVED:
          insert (buffer, _("Removed"), "dim");
          insert (buffer, "\n", NULL);
          insert_line (buffer, "− ", from, "removed", "removed-word", NULL, NULL, PX_HISTORY_FROM,
                       entry->from_sentence);
          break;
        case PX_HISTORY_REWORDED:
          insert (buffer, _("Reworded"), "dim");
          insert (buffer, "\n", NULL);
          insert_line (buffer, "− ", from, "removed", "removed-word", entry->removed_words, entry->differences,
                       PX_HISTORY_FROM, entry->from_sentence);
          insert_line (buffer, "+ ", to, "added", "added-word", entry->added_words, entry->differences,
                       PX_HISTORY_TO, entry->to_sentence);
          insert_differences (buffer, entry->differences);
          break;
        case PX_HISTORY_UNCHANGED:
        default:
          break;
        }
      insert (buffer, "\n", NULL);
    }
}

typedef struct
{
  guint from;
  guint to;
} CompareData;

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PxHistoryView *self = source_object;
  CompareData *data = task_data;
  GError *error = NULL;
  PxHistoryDiff *diff;

  /* The store and the source id are only read here. */
  diff = px_versions_diff (self->store, self->source_id, data->from, data->to, cancellable, &error);
  if (diff == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, diff, (GDestroyNotify) px_history_diff_unref);
}

static void
compared (PxHistoryView *self,
          PxHistoryDiff *diff,
          GPtrArray     *annotations)
{
  self->busy = FALSE;
  gtk_spinner_set_spinning (self->spinner, FALSE);
  show_diff (self, diff, annotations);
}

typedef struct
{
  PxHistoryView *self;
  PxHistoryDiff *diff;
} ReviewCall;

static void
review_call_free (ReviewCall *call)
{
  g_object_unref (call->self);
  px_history_diff_unref (call->diff);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReviewCall, review_call_free)

static void
review_listed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(ReviewCall) call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = px_library_list_annotations_finish (PX_LIBRARY (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (annotations == NULL)
    g_debug ("Could not list the annotations: %s", error->message);

  compared (call->self, call->diff, annotations);
}

/* The diff, then the annotations to review, read on the library's thread. */
static void
compare_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PxHistoryView *self = PX_HISTORY_VIEW (object);
  g_autoptr(PxHistoryDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  ReviewCall *call;

  diff = g_task_propagate_pointer (G_TASK (result), &error);
  if (diff == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (diff == NULL)
    {
      self->busy = FALSE;
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gtk_label_set_label (self->summary_label, error->message);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
      return;
    }

  if (self->story_id <= 0)
    {
      compared (self, diff, NULL);
      return;
    }
  call = g_new0 (ReviewCall, 1);
  call->self = g_object_ref (self);
  call->diff = g_steal_pointer (&diff);
  px_library_list_annotations_async (self->store, self->story_id, FALSE, self->cancellable, review_listed_cb, call);
}

void
px_history_view_compare (PxHistoryView *self,
                         guint          from,
                         guint          to)
{
  g_autoptr(GTask) task = NULL;
  CompareData *data;

  g_return_if_fail (PX_IS_HISTORY_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  self->busy = TRUE;
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_label_set_label (self->summary_label, _("Comparing…"));

  data = g_new0 (CompareData, 1);
  data->from = from;
  data->to = to;
  task = g_task_new (self, self->cancellable, compare_cb, NULL);
  g_task_set_source_tag (task, px_history_view_compare);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, compare_thread);
}

static void
dropdown_cb (PxHistoryView *self)
{
  guint from = gtk_drop_down_get_selected (self->from_dropdown);
  guint to = gtk_drop_down_get_selected (self->to_dropdown);

  if (from == GTK_INVALID_LIST_POSITION || to == GTK_INVALID_LIST_POSITION)
    return;
  px_history_view_compare (self, from + 1, to + 1);
}

static GtkWidget *
version_row (const PxSourceVersion *version,
             const PxSourceVersion *previous,
             const char            *published)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *fetched = format_time (version->fetched_at);
  g_autofree char *checked = format_time (version->checked_at);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *hash = g_strndup (version->sha256 != NULL ? version->sha256 : "", 12);

  /* Translators: "Version 2 · changed" */
  title = g_strdup_printf (_("Version %u · %s"), version->number,
                           previous == NULL ? _("first archived") : _("changed"));
  if (g_strcmp0 (version->checked_at, version->fetched_at) != 0)
    /* Translators: a version's fetch time, hash and the last check that found it unchanged */
    subtitle = g_strdup_printf (_("Fetched %s · SHA-256 %s… · checked unchanged %s"), fetched, hash, checked);
  else
    /* Translators: a version’s fetch time, then the start of its hash */
    subtitle = g_strdup_printf (_("Fetched %s · SHA-256 %s…"), fetched, hash);
  /* When the page then said it last changed, as the column's header says
   * it ("Updated 10:40"); nothing when it said nothing or no later than
   * its publication.
   */
  {
    g_autofree char *update = px_format_iso_update_said (published, version->updated);

    if (update != NULL)
      {
        char *longer = g_strconcat (subtitle, " · ", update, NULL);

        g_free (subtitle);
        subtitle = longer;
      }
  }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  return row;
}

static void
versions_listed_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PxHistoryView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *versions = px_library_list_source_versions_finish (PX_LIBRARY (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (versions == NULL)
    {
      self->busy = FALSE;
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  self->versions = versions;

  for (guint i = 0; i < self->versions->len; i++)
    {
      const PxSourceVersion *version = g_ptr_array_index (self->versions, i);
      g_autofree char *fetched = format_time (version->fetched_at);
      /* Translators: %u is a version’s number, %s when it was fetched */
      g_autofree char *name = g_strdup_printf (_("Version %u (%s)"), version->number, fetched);

      gtk_list_box_append (self->version_list,
                           version_row (version, i > 0 ? g_ptr_array_index (self->versions, i - 1) : NULL,
                                        self->published));
      gtk_string_list_append (names, name);
    }

  gtk_drop_down_set_model (self->from_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->from_dropdown, 0);
  gtk_drop_down_set_selected (self->to_dropdown, self->versions->len - 1);
  g_signal_connect_object (self->from_dropdown, "notify::selected", G_CALLBACK (dropdown_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_dropdown, "notify::selected", G_CALLBACK (dropdown_cb), self,
                           G_CONNECT_SWAPPED);

  /* One version has nothing to be compared with: "Compare Version 1
   * with Version 1", "No changes" and a page of "Unchanged" said as much
   * in more words. */
  gtk_widget_set_visible (self->compare_bar, self->versions->len > 1);
  gtk_widget_set_visible (self->diff_scroller, self->versions->len > 1);
  if (self->versions->len > 1)
    px_history_view_compare (self, 1, self->versions->len);
  else
    {
      self->busy = FALSE;
      if (self->versions->len == 1)
        gtk_label_set_label (self->summary_label,
                             self->file ? _("Only this version is kept so far: Read Again keeps a new one each time "
                                            "it finds the file changed.")
                                        : _("Only this version is kept so far: Fetch Again keeps a new one each time "
                                            "it finds the page changed."));
    }
}

static void
source_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PxHistoryView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSourceRecord) record = px_library_get_source_finish (PX_LIBRARY (object), result, &error);
  g_autofree char *window_title = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (record == NULL)
    {
      self->busy = FALSE;
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  self->story_id = record->story_id;
  self->file = record->input != NULL && px_input_classify (record->input) == PX_INPUT_KIND_FILE;
  g_free (self->published);
  self->published = g_strdup (record->published);

  /* Translators: the history window's title, "History of BBC" */
  window_title = g_strdup_printf (_("History of %s"),
                                  self->outlet_name != NULL ? self->outlet_name
                                  : record->outlet != NULL ? record->outlet : record->input);
  adw_window_title_set_title (self->title, window_title);
  adw_window_title_set_subtitle (self->title, record->title != NULL ? record->title : "");
  gtk_window_set_title (GTK_WINDOW (self), window_title);

  px_library_list_source_versions_async (self->store, self->source_id, self->load_cancellable, versions_listed_cb,
                                         g_object_ref (self));
}

/* The source and its versions, read on the library's thread. */
static void
load_versions (PxHistoryView *self)
{
  self->busy = TRUE;
  self->load_cancellable = g_cancellable_new ();
  px_library_get_source_async (self->store, self->source_id, self->load_cancellable, source_read_cb,
                               g_object_ref (self));
}

guint
px_history_view_get_n_versions (PxHistoryView *self)
{
  g_return_val_if_fail (PX_IS_HISTORY_VIEW (self), 0);

  return self->versions != NULL ? self->versions->len : 0;
}

gboolean
px_history_view_get_busy (PxHistoryView *self)
{
  g_return_val_if_fail (PX_IS_HISTORY_VIEW (self), FALSE);

  return self->busy;
}

GtkTextBuffer *
px_history_view_get_buffer (PxHistoryView *self)
{
  g_return_val_if_fail (PX_IS_HISTORY_VIEW (self), NULL);

  return gtk_text_view_get_buffer (self->text_view);
}

guint
px_history_view_get_n_needs_review (PxHistoryView *self)
{
  g_return_val_if_fail (PX_IS_HISTORY_VIEW (self), 0);

  return self->n_needs_review;
}

static void
px_history_view_dispose (GObject *object)
{
  PxHistoryView *self = PX_HISTORY_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  G_OBJECT_CLASS (px_history_view_parent_class)->dispose (object);
}

static void
px_history_view_finalize (GObject *object)
{
  PxHistoryView *self = PX_HISTORY_VIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->outlet_name, g_free);

  G_OBJECT_CLASS (px_history_view_parent_class)->finalize (object);
}

static void
px_history_view_class_init (PxHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_history_view_dispose;
  object_class->finalize = px_history_view_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  if (GTK_IS_DROP_DOWN (widget))
    px_drop_down_name_button (GTK_DROP_DOWN (widget), label, NULL);

  return label;
}

static void
px_history_view_init (PxHistoryView *self)
{
  GtkWidget *box, *header, *versions_scroller, *bar, *scroller, *heading, *clamp;

  gtk_window_set_default_size (GTK_WINDOW (self), 840, 660);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("History"), NULL));
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));

  heading = gtk_label_new (_("Versions"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);

  self->version_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->version_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->version_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->version_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Versions"), -1);
  versions_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (versions_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (versions_scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (versions_scroller), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (versions_scroller), GTK_WIDGET (self->version_list));

  self->from_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  self->to_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* Translators: "Compare [Version 1] with [Version 2]" */
  gtk_box_append (GTK_BOX (bar), labelled (_("_Compare"), GTK_WIDGET (self->from_dropdown)));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->from_dropdown));
  gtk_box_append (GTK_BOX (bar), labelled (_("_with"), GTK_WIDGET (self->to_dropdown)));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->to_dropdown));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->spinner));
  gtk_widget_set_margin_top (bar, 6);
  self->compare_bar = bar;

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_cursor_visible (self->text_view, FALSE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 12);
  gtk_text_view_set_right_margin (self->text_view, 12);
  gtk_text_view_set_top_margin (self->text_view, 6);
  gtk_text_view_set_bottom_margin (self->text_view, 12);
  gtk_text_view_set_pixels_below_lines (self->text_view, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Changes between the two versions"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->text_view));
  gtk_widget_add_css_class (scroller, "card");
  self->diff_scroller = scroller;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), versions_scroller);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (box), scroller);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_widget_set_vexpand (clamp, TRUE);

  {
    GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_box_append (GTK_BOX (content), header);
    gtk_box_append (GTK_BOX (content), clamp);
    adw_window_set_content (ADW_WINDOW (self), content);
  }

  create_tags (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (create_tags), self,
                           G_CONNECT_SWAPPED);
}

PxHistoryView *
px_history_view_new (GtkWindow *parent,
                     PxLibrary *store,
                     gint64     source_id)
{
  PxHistoryView *self;

  g_return_val_if_fail (store != NULL, NULL);

  self = g_object_new (PX_TYPE_HISTORY_VIEW, "transient-for", parent, "modal", FALSE, NULL);
  self->store = g_object_ref (store);
  self->source_id = source_id;
  load_versions (self);

  return self;
}

void
px_history_view_set_outlet_name (PxHistoryView *self,
                                 const char    *name)
{
  g_return_if_fail (PX_IS_HISTORY_VIEW (self));

  g_free (self->outlet_name);
  self->outlet_name = g_strdup (name);
}
