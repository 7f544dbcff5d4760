/* px-source-column.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-source-column.h"

#include "px-extract.h"
#include "px-fetch.h"
#include "px-input.h"
#include "px-outlets.h"

#include <adwaita.h>
#include <glib/gi18n.h>

typedef enum
{
  SOURCE_INPUT,
  SOURCE_RESOURCE,
  SOURCE_TEXT,
} SourceKind;

typedef struct
{
  PxHighlightKind kind;
  guint start;
  guint end;
  char *summary;
} Highlight;

struct _PxSourceColumn
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkWidget *header;
  GtkLabel *outlet_label;
  GtkWidget *menu_button;
  GtkLabel *title_label;
  GtkLabel *meta_label;
  GtkLabel *updated_label;
  GtkProgressBar *progress_bar;
  GtkStack *stack;
  GtkSpinner *spinner;
  GtkLabel *loading_label;
  AdwStatusPage *error_page;
  GtkTextView *text_view;
  GtkRevealer *summary_revealer;
  GtkLabel *summary_label;
  GtkWidget *handle;
  int drag_start_width;

  SourceKind kind;
  gint64 source_id;
  char *input;        /* what the user gave, or the resource's URL */
  char *resource;
  char *resource_url;
  char *pasted_text;
  char *given_name;     /* the outlet's name the user gave a pasted text */
  char *outlet;
  guint fetch_timeout;
  guint64 fetch_max_bytes;

  PxSourceColumnState state;
  PxArticle *article;
  PxSnapshot *snapshot;
  char *error_message;

  PxLibrary *store;
  gint64 story_id;
  char *save_error;
  gboolean added;
  gboolean page_changed;

  GCancellable *cancellable;
  struct LoadProgress *progress;
  guint progress_id;

  GArray *highlights;
  GtkTextTag *tags[PX_N_HIGHLIGHT_KINDS];
  gboolean kind_visible[PX_N_HIGHLIGHT_KINDS];
  GtkTextTag *body_tag;
  GtkTextTag *current_tag;
  GtkTextMark *current_mark;
};

G_DEFINE_FINAL_TYPE (PxSourceColumn, px_source_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  PROP_OUTLET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REMOVE_REQUESTED,
  MOVE_REQUESTED,
  OPEN_ORIGINAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Written by the worker while a page arrives, read by a timeout on the main
 * thread: no widget is ever touched from the worker.
 */
typedef struct LoadProgress
{
  gatomicrefcount ref_count;
  guint64 received;
  guint64 expected;
  int fetching;
} LoadProgress;

static LoadProgress *
load_progress_ref (LoadProgress *progress)
{
  g_atomic_ref_count_inc (&progress->ref_count);
  return progress;
}

static void
load_progress_unref (LoadProgress *progress)
{
  if (g_atomic_ref_count_dec (&progress->ref_count))
    g_free (progress);
}

typedef struct
{
  SourceKind kind;
  gint64 source_id;
  char *input;
  char *resource;
  char *url;
  char *text;
  char *name;         /* the outlet's name the user gave, or NULL */
  guint timeout;
  guint64 max_bytes;
  LoadProgress *progress;
  PxLibrary *store;     /* nullable */
  gint64 story_id;
} LoadData;

typedef struct
{
  PxArticle *article;
  PxSnapshot *snapshot;
  char *save_error;
  gboolean page_changed;
  /* A source the load added, until the column takes it: a result nobody
   * takes (the load was cancelled) removes it from @store again.
   */
  PxLibrary *store;
  gint64 added_source_id;
} LoadResult;

static void
load_data_free (LoadData *data)
{
  g_free (data->input);
  g_free (data->resource);
  g_free (data->url);
  g_free (data->text);
  g_free (data->name);
  load_progress_unref (data->progress);
  g_clear_object (&data->store);
  g_free (data);
}

static void
load_result_free (LoadResult *result)
{
  if (result->store != NULL && result->added_source_id > 0)
    px_library_delete_source (result->store, result->added_source_id, NULL);
  g_clear_object (&result->store);
  g_clear_pointer (&result->article, px_article_unref);
  g_clear_pointer (&result->snapshot, px_snapshot_unref);
  g_free (result->save_error);
  g_free (result);
}

static void
highlight_clear (Highlight *highlight)
{
  g_clear_pointer (&highlight->summary, g_free);
}

static void
fetch_progress_cb (guint64  received,
                   guint64  expected,
                   gpointer user_data)
{
  LoadProgress *progress = user_data;

  /* Plain stores are enough: the reader only draws a progress bar. */
  progress->received = received;
  progress->expected = expected;
}

static void
fetch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the fetch on a private main context of the worker thread, so the
 * progress callback fires here and the window's main loop never waits.
 */
static PxSnapshot *
fetch_in_worker (PxFetcher    *fetcher,
                 const char   *url,
                 LoadProgress *progress,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_main_context_push_thread_default (context);
  g_atomic_int_set (&progress->fetching, TRUE);
  px_fetcher_fetch_async (fetcher, url, fetch_progress_cb, load_progress_ref (progress),
                          (GDestroyNotify) load_progress_unref, cancellable,
                          fetch_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  g_atomic_int_set (&progress->fetching, FALSE);
  g_main_context_pop_thread_default (context);

  return px_fetcher_fetch_finish (fetcher, result, error);
}

static PxArticle *
load_input (LoadData     *data,
            PxSnapshot  **snapshot_out,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(PxSnapshot) snapshot = NULL;
  PxArticle *article;

  px_fetcher_set_timeout (fetcher, data->timeout);
  px_fetcher_set_max_bytes (fetcher, data->max_bytes);

  if (px_input_classify (data->input) != PX_INPUT_KIND_URL)
    return px_input_load_article (fetcher, data->input, snapshot_out, cancellable, error);

  snapshot = fetch_in_worker (fetcher, data->input, data->progress, cancellable, error);
  if (snapshot == NULL)
    return NULL;

  article = px_extract_snapshot_cancellable (data->input, snapshot, cancellable, error);
  if (article != NULL)
    *snapshot_out = g_steal_pointer (&snapshot);

  return article;
}

static PxArticle *
load_resource (LoadData    *data,
               PxSnapshot **snapshot_out,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  PxArticle *article;
  gsize len;
  const char *html;

  bytes = g_resources_lookup_data (data->resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  html = g_bytes_get_data (bytes, &len);
  article = px_extract_html (data->input, html, len, data->url, error);
  if (article != NULL)
    *snapshot_out = px_snapshot_new (bytes, data->url, "text/html", "utf-8");

  return article;
}

/* Keeps the loaded page in the store; runs on the worker, as a store write
 * waits for the disk.
 */
static void
save_result (LoadData     *data,
             LoadResult   *result,
             GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (data->store == NULL || data->story_id <= 0 || g_cancellable_is_cancelled (cancellable))
    return;

  if (data->source_id > 0)
    {
      g_autoptr(PxReanchorReport) report = px_library_add_source_version (data->store, data->source_id,
                                                                        result->article, result->snapshot,
                                                                        &error);

      if (report == NULL)
        result->save_error = g_strdup (error->message);
      else
        result->page_changed = report->changed;
      return;
    }

  result->added_source_id = px_library_add_source (data->store, data->story_id, result->article,
                                                 result->snapshot, &error);
  if (result->added_source_id <= 0)
    {
      result->added_source_id = 0;
      result->save_error = g_strdup (error->message);
      return;
    }
  result->store = g_object_ref (data->store);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  LoadResult *result = g_new0 (LoadResult, 1);

  switch (data->kind)
    {
    case SOURCE_INPUT:
      result->article = load_input (data, &result->snapshot, cancellable, &error);
      break;
    case SOURCE_RESOURCE:
      result->article = load_resource (data, &result->snapshot, &error);
      break;
    case SOURCE_TEXT:
    default:
      result->article = px_extract_plain_text (_("pasted text"), data->text, strlen (data->text), &error);
      /* Stored as "-", like text on standard input, whatever the language. */
      if (result->article != NULL)
        {
          g_free (result->article->input);
          result->article->input = g_strdup ("-");
        }
      break;
    }

  if (result->article == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The outlet's name is decided here, once: the columns, the comparison,
   * the library and the exports all use the article's.
   */
  if (data->name != NULL)
    {
      g_free (result->article->outlet);
      result->article->outlet = g_strdup (data->name);
    }
  if (result->article->outlet == NULL || result->article->outlet[0] == '\0')
    {
      g_free (result->article->outlet);
      result->article->outlet = px_outlet_name_for_input (result->article->input, result->article->url);
      if (result->article->outlet == NULL)
        result->article->outlet = g_strdup (_("Pasted Text"));
    }

  save_result (data, result, cancellable);
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

static char *
format_published (const char *published)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (published == NULL)
    return NULL;

  utc = g_date_time_new_from_iso8601 (published, NULL);
  if (utc == NULL)
    return g_strdup (published);

  local = g_date_time_to_local (utc);
  /* Translators: the date and time an article was published, see
   * g_date_time_format() for the codes */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static const char *
fallback_outlet (PxSourceColumn *self)
{
  if (self->outlet == NULL)
    {
      if (self->kind != SOURCE_TEXT)
        self->outlet = px_outlet_name_for_input (self->input, self->resource_url);
      if (self->outlet == NULL)
        self->outlet = g_strdup (_("Pasted Text"));
    }

  return self->outlet;
}

static void
update_header (PxSourceColumn *self)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *date = NULL;
  const char *outlet;
  g_autofree char *accessible = NULL;
  g_autofree char *menu_name = NULL;

  if (self->article != NULL && self->article->outlet != NULL && self->article->outlet[0] != '\0')
    {
      if (g_strcmp0 (self->outlet, self->article->outlet) != 0)
        {
          g_free (self->outlet);
          self->outlet = g_strdup (self->article->outlet);
        }
    }
  outlet = fallback_outlet (self);

  gtk_label_set_label (self->outlet_label, outlet);
  gtk_label_set_label (self->title_label,
                       self->article != NULL && self->article->title != NULL ? self->article->title
                       : self->kind == SOURCE_INPUT ? self->input : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label),
                          gtk_label_get_label (self->title_label)[0] != '\0');

  if (self->article != NULL)
    {
      date = format_published (self->article->published);
      if (self->article->byline != NULL)
        g_string_append (meta, self->article->byline);
      if (date != NULL)
        {
          if (meta->len > 0)
            g_string_append (meta, " · ");
          g_string_append (meta, date);
        }
    }
  gtk_label_set_label (self->meta_label, meta->str);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta->len > 0);

  /* Translators: the accessible name of a column, %s is an outlet's name */
  accessible = g_strdup_printf (_("%s column"), outlet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->outlet_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  -1);
  /* Translators: %s is an outlet's name */
  menu_name = g_strdup_printf (_("Menu for %s"), outlet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_name,
                                  -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

static void
set_state (PxSourceColumn     *self,
           PxSourceColumnState state)
{
  gboolean loading = state == PX_SOURCE_COLUMN_LOADING;

  gtk_spinner_set_spinning (self->spinner, loading);
  if (!loading)
    {
      g_clear_handle_id (&self->progress_id, g_source_remove);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
    }

  gtk_stack_set_visible_child_name (self->stack,
                                    state == PX_SOURCE_COLUMN_LOADING ? "loading"
                                    : state == PX_SOURCE_COLUMN_FAILED ? "error" : "text");
  /* Pasted text has nothing to fetch; the demo's pages are not on the web. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.refetch",
                                 !loading && self->kind != SOURCE_TEXT && !px_input_is_sample (self->input));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.retry", state == PX_SOURCE_COLUMN_FAILED);

  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  PxSourceColumn *self = user_data;
  LoadProgress *progress = self->progress;
  guint64 received, expected;

  if (progress == NULL || !g_atomic_int_get (&progress->fetching))
    return G_SOURCE_CONTINUE;

  received = progress->received;
  expected = progress->expected;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  if (expected > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) received / expected));
  else
    gtk_progress_bar_pulse (self->progress_bar);

  if (received > 0)
    {
      g_autofree char *size = g_format_size (received);
      /* Translators: %s is an amount of data, "120 kB" */
      g_autofree char *label = g_strdup_printf (_("Fetching… %s received"), size);

      gtk_label_set_label (self->loading_label, label);
    }

  return G_SOURCE_CONTINUE;
}

static void
fill_buffer (PxSourceColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_set_text (buffer, self->article->text, -1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->body_tag, &start, &end);
  gtk_text_buffer_place_cursor (buffer, &start);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  PxSourceColumn *self;
  g_autoptr(GError) error = NULL;
  LoadResult *loaded;

  /* The task holds no reference: a cancelled task reports cancellation even
   * when the worker had finished, so @user_data is only touched when live.
   */
  loaded = g_task_propagate_pointer (G_TASK (result), &error);
  if (loaded == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = user_data;

  g_clear_pointer (&self->progress, load_progress_unref);

  if (loaded == NULL)
    {
      g_clear_pointer (&self->error_message, g_free);
      self->error_message = g_strdup (error->message);
      adw_status_page_set_description (self->error_page, error->message);
      update_header (self);
      set_state (self, PX_SOURCE_COLUMN_FAILED);
      return;
    }

  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->article, px_article_unref);
  g_clear_pointer (&self->snapshot, px_snapshot_unref);
  self->article = g_steal_pointer (&loaded->article);
  self->snapshot = g_steal_pointer (&loaded->snapshot);
  g_free (self->save_error);
  self->save_error = g_steal_pointer (&loaded->save_error);
  self->page_changed = loaded->page_changed;
  self->added = loaded->added_source_id > 0;
  if (self->added)
    px_source_column_set_source_id (self, loaded->added_source_id);
  loaded->added_source_id = 0;
  load_result_free (loaded);

  px_source_column_clear_highlights (self);
  fill_buffer (self);
  update_header (self);
  set_state (self, PX_SOURCE_COLUMN_READY);
}

void
px_source_column_load (PxSourceColumn *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_pointer (&self->progress, load_progress_unref);
  self->progress = g_new0 (LoadProgress, 1);
  g_atomic_ref_count_init (&self->progress->ref_count);

  data = g_new0 (LoadData, 1);
  data->kind = self->kind;
  data->input = g_strdup (self->input);
  data->resource = g_strdup (self->resource);
  data->url = g_strdup (self->resource_url);
  data->text = g_strdup (self->pasted_text);
  data->name = g_strdup (self->given_name);
  data->timeout = self->fetch_timeout;
  data->max_bytes = self->fetch_max_bytes;
  data->progress = load_progress_ref (self->progress);
  data->source_id = self->source_id;
  data->store = self->store != NULL ? g_object_ref (self->store) : NULL;
  data->story_id = self->story_id;

  gtk_label_set_label (self->loading_label,
                       self->kind == SOURCE_INPUT && px_input_classify (self->input) == PX_INPUT_KIND_URL
                       ? _("Fetching…") : _("Reading…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->progress_id = g_timeout_add (100, progress_tick_cb, self);
  update_header (self);
  set_state (self, PX_SOURCE_COLUMN_LOADING);

  task = g_task_new (NULL, self->cancellable, load_cb, self);
  g_task_set_source_tag (task, px_source_column_load);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

static void
style_tags (PxSourceColumn *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    {
      if (self->kind_visible[i])
        {
          px_highlight_kind_style_tag (i, self->tags[i], dark);
        }
      else
        g_object_set (self->tags[i],
                      "background-set", FALSE,
                      "underline", PANGO_UNDERLINE_NONE,
                      "overline", PANGO_OVERLINE_NONE,
                      "style-set", FALSE,
                      NULL);
    }
}

static void
dark_changed_cb (PxSourceColumn *self)
{
  style_tags (self);
}

static GString *
describe_offset (PxSourceColumn *self,
                 guint           offset)
{
  GString *text = NULL;

  for (guint i = 0; i < self->highlights->len; i++)
    {
      const Highlight *h = &g_array_index (self->highlights, Highlight, i);

      if (offset < h->start || offset >= h->end || !self->kind_visible[h->kind])
        continue;

      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append_c (text, '\n');
      /* Translators: a kind of difference and its summary, "Number: 91 drones (RT) vs dozens (BBC)" */
      g_string_append_printf (text, _("%s: %s"),
                              px_highlight_kind_get_label (h->kind),
                              h->summary != NULL ? h->summary : px_highlight_kind_get_description (h->kind));
    }

  return text;
}

static gboolean
query_tooltip_cb (PxSourceColumn *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GString) text = NULL;
  GtkTextIter iter;
  int bx, by;

  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        return FALSE;
    }

  text = describe_offset (self, gtk_text_iter_get_offset (&iter));
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

/* A keyboard user moving the caret into a highlight reads its summary in
 * the bar under the text, which is announced like any label.
 */
static void
cursor_moved_cb (PxSourceColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GString) text = NULL;
  GtkTextIter iter;

  if (!gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  text = describe_offset (self, gtk_text_iter_get_offset (&iter));
  if (text != NULL)
    gtk_label_set_label (self->summary_label, text->str);
  gtk_revealer_set_reveal_child (self->summary_revealer, text != NULL);
}

void
px_source_column_clear_highlights (PxSourceColumn *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    gtk_text_buffer_remove_tag (buffer, self->tags[i], &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start, &end);
  g_array_set_size (self->highlights, 0);
  gtk_revealer_set_reveal_child (self->summary_revealer, FALSE);
}

void
px_source_column_add_highlight (PxSourceColumn *self,
                                PxHighlightKind kind,
                                guint           start,
                                guint           end,
                                const char     *summary)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter, end_iter;
  Highlight highlight = { kind, start, end, g_strdup (summary) };

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));
  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);
  g_return_if_fail (start <= end);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag (buffer, self->tags[kind], &start_iter, &end_iter);
  g_array_append_val (self->highlights, highlight);
}

void
px_source_column_set_kind_visible (PxSourceColumn *self,
                                   PxHighlightKind kind,
                                   gboolean        visible)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));
  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);

  if (self->kind_visible[kind] == !!visible)
    return;

  self->kind_visible[kind] = !!visible;
  style_tags (self);
}

void
px_source_column_reveal (PxSourceColumn *self,
                         guint           start,
                         guint           end,
                         const char     *summary)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter, end_iter;

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start_iter, &end_iter);

  if (summary != NULL)
    gtk_label_set_label (self->summary_label, summary);
  gtk_revealer_set_reveal_child (self->summary_revealer, summary != NULL);

  if (start >= end)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag (buffer, self->current_tag, &start_iter, &end_iter);
  gtk_text_buffer_move_mark (buffer, self->current_mark, &start_iter);
  gtk_text_view_scroll_to_mark (self->text_view, self->current_mark, 0.0, TRUE, 0.0, 0.25);
}

const char *
px_source_column_get_summary (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->summary_revealer))
    return NULL;

  return gtk_label_get_label (self->summary_label);
}

gboolean
px_source_column_reveal_text (PxSourceColumn *self,
                              const char     *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, match_start, match_end;

  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, text, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &match_start, &match_end, NULL))
    return FALSE;

  px_source_column_reveal (self, gtk_text_iter_get_offset (&match_start), gtk_text_iter_get_offset (&match_end),
                           NULL);
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  return TRUE;
}

void
px_source_column_set_text_scale (PxSourceColumn *self,
                                 double          scale)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  g_object_set (self->body_tag, "scale", CLAMP (scale, 0.5, 3.0), NULL);
}

void
px_source_column_set_can_move (PxSourceColumn *self,
                               gboolean        left,
                               gboolean        right)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-left", left);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-right", right);
}

gint64
px_source_column_get_source_id (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), 0);

  return self->source_id;
}

/* The header above the text: the story view gives every column's header
 * the same height, so the articles start on one line.
 */
GtkWidget *
px_source_column_get_header (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->header;
}

void
px_source_column_set_source_id (PxSourceColumn *self,
                                gint64          source_id)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  self->source_id = source_id;
  /* Only a source in the library has versions. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.history", source_id > 0);
}

void
px_source_column_set_store (PxSourceColumn *self,
                            PxLibrary      *store,
                            gint64          story_id)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));
  g_return_if_fail (store == NULL || PX_IS_LIBRARY (store));

  g_set_object (&self->store, store);
  self->story_id = story_id;
}

const char *
px_source_column_get_save_error (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->save_error;
}

gboolean
px_source_column_get_added (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return self->added;
}

gboolean
px_source_column_get_page_changed (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return self->page_changed;
}

gboolean
px_source_column_is_sample (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return self->kind == SOURCE_RESOURCE;
}

void
px_source_column_set_fetch_limits (PxSourceColumn *self,
                                   guint           timeout_seconds,
                                   guint64         max_bytes)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  self->fetch_timeout = timeout_seconds;
  self->fetch_max_bytes = max_bytes;
}

PxSourceColumnState
px_source_column_get_state (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), PX_SOURCE_COLUMN_FAILED);

  return self->state;
}

double
px_source_column_get_progress (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), -1);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->progress_bar)))
    return -1;

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

const char *
px_source_column_get_input (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->input;
}

const char *
px_source_column_get_outlet (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return fallback_outlet (self);
}

const char *
px_source_column_get_error_message (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->error_message;
}

PxArticle *
px_source_column_get_article (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->article;
}

PxSnapshot *
px_source_column_get_snapshot (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->snapshot;
}

GtkTextView *
px_source_column_get_text_view (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->text_view;
}

/* Pasted text has no page behind it; every other source's page is shown
 * as it was kept, by whoever owns the story ("open-original").
 */
static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->kind != SOURCE_TEXT)
    {
      g_signal_emit (self, signals[OPEN_ORIGINAL], 0);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("No Original Page"),
                                   _("This source is text that was pasted; there is no page to show."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refetch_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);

  /* A source in the library is fetched again by the window, which keeps
   * every version and reloads the story.
   */
  if (self->source_id > 0 && g_str_equal (action_name, "column.refetch")
      && gtk_widget_activate_action (widget, "win.refetch-source", "x", self->source_id))
    return;
  px_source_column_load (self);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.source-history", "x", PX_SOURCE_COLUMN (widget)->source_id);
}

void
px_source_column_set_updated (PxSourceColumn *self,
                              gboolean        updated)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  gtk_widget_set_visible (GTK_WIDGET (self->updated_label), updated);
}

gboolean
px_source_column_get_updated (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->updated_label));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE_REQUESTED], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE_REQUESTED], 0, g_str_equal (action_name, "column.move-left") ? -1 : 1);
}

#define MIN_WIDTH 240
#define MAX_WIDTH 1400

static void
resize_begin_cb (PxSourceColumn *self)
{
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self));
}

static void
resize_update_cb (PxSourceColumn *self,
                  double          offset_x,
                  double          offset_y)
{
  int width = CLAMP (self->drag_start_width + (int) offset_x, MIN_WIDTH, MAX_WIDTH);

  gtk_widget_set_size_request (GTK_WIDGET (self), width, -1);
}

static void
px_source_column_dispose (GObject *object)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_SOURCE_COLUMN);

  G_OBJECT_CLASS (px_source_column_parent_class)->dispose (object);
}

static void
px_source_column_finalize (GObject *object)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->progress, load_progress_unref);
  g_clear_pointer (&self->article, px_article_unref);
  g_clear_pointer (&self->snapshot, px_snapshot_unref);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_free (self->input);
  g_free (self->resource);
  g_free (self->resource_url);
  g_free (self->pasted_text);
  g_free (self->given_name);
  g_free (self->outlet);
  g_free (self->error_message);
  g_clear_object (&self->store);
  g_free (self->save_error);

  G_OBJECT_CLASS (px_source_column_parent_class)->finalize (object);
}

static void
px_source_column_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_OUTLET:
      g_value_set_string (value, px_source_column_get_outlet (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_source_column_class_init (PxSourceColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_source_column_dispose;
  object_class->finalize = px_source_column_finalize;
  object_class->get_property = px_source_column_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      PX_SOURCE_COLUMN_LOADING, PX_SOURCE_COLUMN_FAILED, PX_SOURCE_COLUMN_LOADING,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[OPEN_ORIGINAL] =
    g_signal_new ("open-original", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-source-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, box);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, header);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, updated_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, stack);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, error_page);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, text_view);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, summary_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, handle);

  gtk_widget_class_install_action (widget_class, "column.open-original", NULL, open_original_action);
  gtk_widget_class_install_action (widget_class, "column.refetch", NULL, refetch_action);
  gtk_widget_class_install_action (widget_class, "column.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "column.retry", NULL, refetch_action);
  gtk_widget_class_install_action (widget_class, "column.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "column.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "column.move-right", NULL, move_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxsourcecolumn");
}

static void
px_source_column_init (PxSourceColumn *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkGesture *drag;

  gtk_widget_init_template (GTK_WIDGET (self));

  drag = gtk_gesture_drag_new ();
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (resize_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (resize_update_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));

  self->fetch_timeout = PX_FETCH_DEFAULT_TIMEOUT;
  self->fetch_max_bytes = PX_FETCH_DEFAULT_MAX_BYTES;
  self->highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  g_array_set_clear_func (self->highlights, (GDestroyNotify) highlight_clear);

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->body_tag = gtk_text_buffer_create_tag (buffer, "px-body",
                                               "line-height", 1.45f,
                                               NULL);
  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    {
      self->tags[i] = gtk_text_buffer_create_tag (buffer, px_highlight_kind_get_tag_name (i), NULL);
      self->kind_visible[i] = TRUE;
    }
  /* Hedging, contradiction and a sentence only this outlet carries often
   * mark a whole sentence: the number, time, quote and name highlights
   * inside it go over them, so both show (a tag made later wins).
   */
  {
    const PxHighlightKind wide[] = { PX_HIGHLIGHT_UNIQUE, PX_HIGHLIGHT_CONTRADICTION, PX_HIGHLIGHT_HEDGING };

    for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
      gtk_text_tag_set_priority (self->tags[wide[i]], 0);
  }
  /* Created last, so it wins over the highlight colours where they meet. */
  self->current_tag = gtk_text_buffer_create_tag (buffer, "px-current",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->current_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
  style_tags (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->text_view, "query-tooltip",
                           G_CALLBACK (query_tooltip_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "notify::cursor-position",
                           G_CALLBACK (cursor_moved_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.retry", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.history", FALSE);
  px_source_column_set_can_move (self, FALSE, FALSE);
}

static PxSourceColumn *
column_new (SourceKind  kind,
            const char *input)
{
  PxSourceColumn *self = g_object_new (PX_TYPE_SOURCE_COLUMN, NULL);

  self->kind = kind;
  self->input = g_strdup (input);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.refetch",
                                 kind != SOURCE_TEXT && !px_input_is_sample (self->input));
  update_header (self);

  return self;
}

PxSourceColumn *
px_source_column_new_for_input (const char *input)
{
  g_return_val_if_fail (input != NULL, NULL);

  return column_new (SOURCE_INPUT, input);
}

PxSourceColumn *
px_source_column_new_for_resource (const char *resource_path,
                                   const char *url)
{
  PxSourceColumn *self;

  g_return_val_if_fail (resource_path != NULL, NULL);

  self = column_new (SOURCE_RESOURCE, url);
  self->resource = g_strdup (resource_path);
  self->resource_url = g_strdup (url);
  /* What the library stores as the input, so the page is read from the
   * bundle again and never fetched from the outlet.
   */
  g_free (self->input);
  self->input = g_strconcat ("resource://", resource_path, NULL);
  self->outlet = url != NULL ? px_outlet_for_url (url) : NULL;
  update_header (self);

  return self;
}

PxSourceColumn *
px_source_column_new_for_text (const char *text,
                               const char *name)
{
  PxSourceColumn *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = column_new (SOURCE_TEXT, NULL);
  self->pasted_text = g_strdup (text);
  if (name != NULL && name[0] != '\0')
    {
      self->given_name = g_strdup (name);
      self->outlet = g_strdup (name);
    }

  return self;
}

PxSourceColumn *
px_source_column_new_for_article (PxArticle *article)
{
  PxSourceColumn *self;

  g_return_val_if_fail (article != NULL, NULL);

  if (g_str_has_prefix (article->input, "resource://"))
    self = px_source_column_new_for_resource (article->input + strlen ("resource://"), article->url);
  else if (g_str_equal (article->input, "-"))
    {
      self = column_new (SOURCE_TEXT, NULL);
      self->pasted_text = g_strdup (article->text);
    }
  else
    self = column_new (SOURCE_INPUT, article->input);
  self->article = px_article_ref (article);
  fill_buffer (self);
  update_header (self);
  set_state (self, PX_SOURCE_COLUMN_READY);

  return self;
}
