/* px-story-view.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-story-view.h"

#include "px-safe-text.h"
#include "px-story-compare-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* A difference in reading order, for Alt+Down / Alt+Up. */
typedef struct
{
  PxClaimItem *claim; /* owned by the claims store */
  guint difference;
} DifferenceRef;

struct _PxStoryView
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkStack *stack;
  GtkScrolledWindow *columns_scroller;
  GtkBox *columns_box;
  GtkSizeGroup *header_group; /* the columns' headers, one height for all */
  GtkFlowBox *legend_box;
  GtkSpinner *compare_spinner;
  GtkLabel *status_label;
  PxClaimsTable *claims_table;
  gboolean table_view;

  GPtrArray *columns;          /* PxSourceColumn, in display order */
  GPtrArray *compared_columns; /* the columns of the latest comparison, by source index */
  GPtrArray *comparing_columns; /* the same for the comparison under way */
  GListStore *claims;
  GArray *differences;         /* DifferenceRef */
  PxClaimItem *current_claim;  /* the one selected or last moved to */
  int current_difference;      /* in self->differences, when the current claim has one, else -1 */

  char *compare_error;
  GCancellable *compare_cancellable;
  guint compare_idle_id;
  gboolean comparing;

  GListModel *sources;         /* PxSource, one column each */
  double text_scale;
  gboolean kind_visible[PX_N_HIGHLIGHT_KINDS];
  guint show;                  /* PxStoryShow */
  guint n_hidden;              /* less certain differences left out of the latest comparison */
};

G_DEFINE_FINAL_TYPE (PxStoryView, px_story_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_COLUMNS,
  PROP_COMPARING,
  PROP_CURRENT_DIFFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  COLUMN_LOADED,
  REMOVE_SOURCE,
  MOVE_SOURCE,
  LOAD_SOURCE,
  OPEN_ORIGINAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_compare (PxStoryView *self);

static void
update_status (PxStoryView *self)
{
  g_autofree char *text = NULL;
  guint n_claims = g_list_model_get_n_items (G_LIST_MODEL (self->claims));

  gtk_spinner_set_spinning (self->compare_spinner, self->comparing);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_spinner), self->comparing);

  if (self->comparing)
    text = g_strdup (_("Comparing…"));
  else if (self->compare_error != NULL)
    text = g_strdup (self->compare_error);
  else if (n_claims > 0 && self->current_difference >= 0)
    /* Translators: position in the list of differences, "Difference 2 of 9" */
    text = g_strdup_printf (_("Difference %d of %u"), self->current_difference + 1, self->differences->len);
  else if (n_claims > 0)
    {
      /* Translators: the first part of "12 claims · 5 differences" */
      g_autofree char *claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims), n_claims);
      g_autofree char *diffs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u difference", "%u differences",
                                                             self->differences->len),
                                                self->differences->len);

      if (self->n_hidden > 0)
        {
          /* Translators: the last part of "12 claims · 5 differences · 3 less certain hidden":
           * differences Parallax is not sure of, shown with "Show less certain differences" */
          g_autofree char *hidden = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u less certain hidden",
                                                                  "%u less certain hidden", self->n_hidden),
                                                     self->n_hidden);

          text = g_strdup_printf ("%s · %s · %s", claims, diffs, hidden);
        }
      else
        text = g_strdup_printf ("%s · %s", claims, diffs);
    }
  else
    text = g_strdup ("");

  gtk_label_set_label (self->status_label, text);
}

static void
update_columns (PxStoryView *self)
{
  gtk_stack_set_visible_child_name (self->stack, self->columns->len == 0 ? "empty"
                                                : self->table_view ? "table" : "columns");

  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_can_move (g_ptr_array_index (self->columns, i), i > 0, i + 1 < self->columns->len);
}

static void
clear_comparison (PxStoryView *self)
{
  g_clear_pointer (&self->compare_error, g_free);
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_clear_highlights (g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->compared_columns, 0);
  g_array_set_size (self->differences, 0);
  g_list_store_remove_all (self->claims);
  px_claims_table_set_sources (self->claims_table, NULL, NULL, 0);
  g_clear_object (&self->current_claim);
  self->current_difference = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_DIFFERENCE]);
}

static PxSourceColumn *
column_for_source (PxStoryView *self,
                   guint        source)
{
  PxSourceColumn *column;

  if (source >= self->compared_columns->len)
    return NULL;

  column = g_ptr_array_index (self->compared_columns, source);
  /* A column removed since the comparison ran is no longer shown. */
  if (!g_ptr_array_find (self->columns, column, NULL))
    return NULL;

  return column;
}

static void
apply_claims (PxStoryView *self,
              GPtrArray   *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      PxClaimItem *claim = g_ptr_array_index (items, i);
      gboolean unique = px_claim_item_is_unique (claim);

      for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
        {
          const PxClaimItemDifference *difference = px_claim_item_get_difference (claim, d);
          DifferenceRef ref = { claim, d };

          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);
              PxSourceColumn *column = column_for_source (self, range->source);

              if (column != NULL)
                px_source_column_add_highlight (column, difference->kind, range->start, range->end,
                                                difference->summary);
            }
          g_array_append_val (self->differences, ref);
        }

      if (unique)
        {
          for (guint source = 0; source < px_claim_item_get_n_sources (claim); source++)
            {
              PxSourceColumn *column = column_for_source (self, source);
              guint start, end;

              if (column != NULL && px_claim_item_get_member (claim, source, &start, &end))
                px_source_column_add_highlight (column, PX_HIGHLIGHT_UNIQUE, start, end, NULL);
            }
        }
    }

  g_list_store_splice (self->claims, 0, 0, items->pdata, items->len);
}

/* The worker gets the articles only: widgets never leave the main thread. */
static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GPtrArray *articles = task_data;
  GError *error = NULL;
  GPtrArray *items;

  PxStoryShow show = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "px-show"));
  guint n_hidden = 0;

  items = _px_story_compare ((PxArticle **) articles->pdata, articles->len, show, &n_hidden, cancellable, &error);
  g_object_set_data (G_OBJECT (task), "px-hidden", GUINT_TO_POINTER (n_hidden));
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static void
compare_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PxStoryView *self;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = g_task_propagate_pointer (G_TASK (result), &error);
  if (items == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = user_data;

  self->comparing = FALSE;
  clear_comparison (self);

  if (items == NULL)
    {
      g_debug ("Could not compare the sources: %s", error->message);
      self->compare_error = g_strdup (error->message);
    }
  else
    {
      GPtrArray *articles = g_task_get_task_data (G_TASK (result));
      g_auto(GStrv) outlets = g_new0 (char *, self->comparing_columns->len + 1);

      for (guint i = 0; i < self->comparing_columns->len; i++)
        {
          g_ptr_array_add (self->compared_columns, g_object_ref (g_ptr_array_index (self->comparing_columns, i)));
          outlets[i] = px_safe_text_line (px_source_column_get_outlet (g_ptr_array_index (self->comparing_columns, i)),
                                          -1);
        }
      self->n_hidden = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (result), "px-hidden"));
      /* The table's columns first, so its rows are bound once. */
      px_claims_table_set_sources (self->claims_table, (PxArticle **) articles->pdata, (const char **) outlets,
                                   articles->len);
      apply_claims (self, items);
    }

  update_status (self);
  /* Last, so listeners see the new claims and differences. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
}

static gboolean
compare_idle_cb (gpointer user_data)
{
  /* Columns let go of here may hold the last references of what holds the view. */
  g_autoptr(PxStoryView) self = g_object_ref (user_data);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);

  self->compare_idle_id = 0;

  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_ptr_array_set_size (self->comparing_columns, 0);

  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);

      if (px_source_column_get_state (column) == PX_SOURCE_COLUMN_LOADING)
        {
          /* Wait for the last one: the comparison runs once per change. */
          g_ptr_array_set_size (self->comparing_columns, 0);
          return G_SOURCE_REMOVE;
        }
      if (px_source_column_get_state (column) == PX_SOURCE_COLUMN_READY)
        {
          g_ptr_array_add (articles, px_article_ref (px_source_column_get_article (column)));
          g_ptr_array_add (self->comparing_columns, g_object_ref (column));
        }
    }

  if (articles->len < 2)
    {
      g_ptr_array_set_size (self->comparing_columns, 0);
      clear_comparison (self);
      self->comparing = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
      update_status (self);
      return G_SOURCE_REMOVE;
    }

  self->comparing = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
  update_status (self);

  self->compare_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->compare_cancellable, compare_cb, self);
  g_task_set_source_tag (task, compare_idle_cb);
  g_task_set_task_data (task, g_steal_pointer (&articles), (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (task), "px-show", GUINT_TO_POINTER (self->show));
  g_task_run_in_thread (task, compare_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_compare (PxStoryView *self)
{
  /* Stale results must never be drawn over a changed set of columns. */
  g_cancellable_cancel (self->compare_cancellable);
  if (self->comparing)
    {
      self->comparing = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
    }
  if (self->compare_idle_id == 0)
    self->compare_idle_id = g_idle_add (compare_idle_cb, self);
}

static void
source_state_cb (PxSource    *source,
                 GParamSpec  *pspec,
                 PxStoryView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);

      if (px_source_column_get_source (column) == source && px_source_get_state (source) == PX_SOURCE_READY)
        g_signal_emit (self, signals[COLUMN_LOADED], 0, column);
    }
  schedule_compare (self);
}

/* The user asks to remove the source: whoever owns the story does, and the
 * column goes with it.
 */
static void
column_remove_cb (PxSourceColumn *column,
                  PxStoryView    *self)
{
  g_signal_emit (self, signals[REMOVE_SOURCE], 0, px_source_column_get_source (column));
}

static void
column_load_cb (PxSourceColumn *column,
                PxStoryView    *self)
{
  g_signal_emit (self, signals[LOAD_SOURCE], 0, px_source_column_get_source (column));
}

static void
column_open_original_cb (PxSourceColumn *column,
                         PxStoryView    *self)
{
  g_signal_emit (self, signals[OPEN_ORIGINAL], 0, column);
}

static void
column_move_cb (PxSourceColumn *column,
                int             delta,
                PxStoryView    *self)
{
  guint index;

  if (!g_ptr_array_find (self->columns, column, &index))
    return;
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= self->columns->len))
    return;

  g_signal_emit (self, signals[MOVE_SOURCE], 0, px_source_column_get_source (column), index + delta);
  gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (column)));
}

static PxSourceColumn *
column_new (PxStoryView *self,
            PxSource    *source)
{
  PxSourceColumn *column = g_object_ref_sink (px_source_column_new (source));

  px_source_column_set_text_scale (column, self->text_scale);
  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    px_source_column_set_kind_visible (column, k, self->kind_visible[k]);

  g_signal_connect_object (source, "notify::state", G_CALLBACK (source_state_cb), self, 0);
  g_signal_connect_object (column, "remove-requested", G_CALLBACK (column_remove_cb), self, 0);
  g_signal_connect_object (column, "move-requested", G_CALLBACK (column_move_cb), self, 0);
  g_signal_connect_object (column, "load-requested", G_CALLBACK (column_load_cb), self, 0);
  g_signal_connect_object (column, "open-original", G_CALLBACK (column_open_original_cb), self, 0);

  return column;
}

static void
update_banner (PxStoryView *self)
{
  gboolean sample = FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    sample |= px_source_column_is_sample (g_ptr_array_index (self->columns, i));
  px_story_view_set_banner (self, sample ? _("Sample reports written for the Parallax demo, not the outlets’ own text.")
                                         : NULL);
}

/* The columns follow the sources: a source that moves keeps its column. */
static void
sources_changed_cb (PxStoryView *self,
                    guint        position,
                    guint        removed,
                    guint        added,
                    GListModel  *sources)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < removed; i++)
    {
      PxSourceColumn *column = g_ptr_array_steal_index (self->columns, position);

      gtk_size_group_remove_widget (self->header_group, px_source_column_get_header (column));
      gtk_box_remove (self->columns_box, GTK_WIDGET (column));
      g_ptr_array_add (gone, column);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, position + i);
      PxSourceColumn *column = NULL;
      GtkWidget *after = position + i > 0 ? g_ptr_array_index (self->columns, position + i - 1) : NULL;

      for (guint j = 0; j < gone->len && column == NULL; j++)
        if (px_source_column_get_source (g_ptr_array_index (gone, j)) == source)
          column = g_ptr_array_steal_index (gone, j);
      if (column == NULL)
        column = column_new (self, source);

      g_ptr_array_insert (self->columns, position + i, column);
      gtk_box_insert_child_after (self->columns_box, GTK_WIDGET (column), after);
      gtk_size_group_add_widget (self->header_group, px_source_column_get_header (column));
    }

  for (guint j = 0; j < gone->len; j++)
    {
      PxSourceColumn *column = g_ptr_array_index (gone, j);

      g_signal_handlers_disconnect_by_data (px_source_column_get_source (column), self);
      g_signal_handlers_disconnect_by_data (column, self);
    }

  update_columns (self);
  update_banner (self);
  if (self->sources != NULL)
    schedule_compare (self);
  else
    clear_comparison (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_COLUMNS]);
}

void
px_story_view_set_sources (PxStoryView *self,
                           GListModel  *sources)
{
  guint n_old;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (sources == NULL || G_IS_LIST_MODEL (sources));

  if (self->sources == sources)
    return;
  n_old = self->columns->len;
  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, sources_changed_cb, self);
  g_set_object (&self->sources, sources);
  if (sources != NULL)
    g_signal_connect_object (sources, "items-changed", G_CALLBACK (sources_changed_cb), self, G_CONNECT_SWAPPED);
  sources_changed_cb (self, 0, n_old, sources != NULL ? g_list_model_get_n_items (sources) : 0, sources);
}

static gboolean
reveal_column_tick_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  PxStoryView *self = PX_STORY_VIEW (widget);
  PxSourceColumn *column = user_data;
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->columns_scroller);
  graphene_rect_t bounds;
  double left, right, page;

  if (!g_ptr_array_find (self->columns, column, NULL))
    return G_SOURCE_REMOVE;
  /* Not laid out yet, or the box not grown to hold it yet. */
  if (!gtk_widget_compute_bounds (GTK_WIDGET (column), GTK_WIDGET (self->columns_box), &bounds)
      || bounds.size.width <= 0
      || gtk_adjustment_get_upper (hadjustment) < bounds.origin.x + bounds.size.width)
    return G_SOURCE_CONTINUE;

  left = bounds.origin.x;
  right = left + bounds.size.width;
  page = gtk_adjustment_get_page_size (hadjustment);
  if (right > gtk_adjustment_get_value (hadjustment) + page)
    gtk_adjustment_set_value (hadjustment, right - page);
  if (left < gtk_adjustment_get_value (hadjustment))
    gtk_adjustment_set_value (hadjustment, left);

  return G_SOURCE_REMOVE;
}

void
px_story_view_reveal_source (PxStoryView *self,
                             PxSource    *source)
{
  PxSourceColumn *column = NULL;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (PX_IS_SOURCE (source));

  for (guint i = 0; i < self->columns->len && column == NULL; i++)
    if (px_source_column_get_source (g_ptr_array_index (self->columns, i)) == source)
      column = g_ptr_array_index (self->columns, i);
  if (column == NULL)
    return;

  gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_column_tick_cb, g_object_ref (column), g_object_unref);
}

void
px_story_view_clear (PxStoryView *self)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));

  clear_comparison (self);
  update_status (self);
}

guint
px_story_view_get_n_columns (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), 0);

  return self->columns->len;
}

PxSourceColumn *
px_story_view_get_column (PxStoryView *self,
                          guint        index)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, index);
}

PxSourceColumn *
px_story_view_get_compared_column (PxStoryView *self,
                                   guint        source)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return column_for_source (self, source);
}

void
px_story_view_set_banner (PxStoryView *self,
                          const char  *text)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));

  if (text != NULL)
    gtk_label_set_label (self->banner_label, text);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL);
}

const char *
px_story_view_get_banner (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;

  return gtk_label_get_label (self->banner_label);
}

void
px_story_view_set_text_scale (PxStoryView *self,
                              double       scale)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));

  self->text_scale = scale;
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_text_scale (g_ptr_array_index (self->columns, i), scale);
}

static void
build_legend (PxStoryView *self)
{
  GtkWidget *child;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))) != NULL)
    gtk_flow_box_remove (self->legend_box, child);

  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    {
      g_autoptr(PangoAttrList) attrs = NULL;
      GtkWidget *label;

      if (!self->kind_visible[k])
        continue;

      attrs = px_highlight_kind_get_attributes (k, dark);
      label = gtk_label_new (px_highlight_kind_get_label (k));
      gtk_label_set_attributes (GTK_LABEL (label), attrs);
      gtk_widget_set_tooltip_text (label, px_highlight_kind_get_description (k));
      gtk_widget_add_css_class (label, "px-legend-item");
      gtk_flow_box_append (self->legend_box, label);
      /* A key, not a control: keyboard focus skips it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
}

void
px_story_view_set_kind_visible (PxStoryView    *self,
                                PxHighlightKind kind,
                                gboolean        visible)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);

  self->kind_visible[kind] = !!visible;
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_kind_visible (g_ptr_array_index (self->columns, i), kind, visible);
  build_legend (self);
}

void
px_story_view_set_differences_shown (PxStoryView *self,
                                     gboolean     uncertain,
                                     gboolean     attribution)
{
  guint show = (uncertain ? PX_STORY_SHOW_UNCERTAIN : 0) | (attribution ? PX_STORY_SHOW_ATTRIBUTION : 0);

  g_return_if_fail (PX_IS_STORY_VIEW (self));

  if (show == self->show)
    return;
  self->show = show;
  if (self->columns->len > 0)
    schedule_compare (self);
}

GListModel *
px_story_view_get_claims (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->claims);
}

gboolean
px_story_view_get_comparing (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  return self->comparing || self->compare_idle_id != 0;
}

guint
px_story_view_get_n_differences (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), 0);

  return self->differences->len;
}

/* Shows @claim in every column: its sentences where an outlet carries it,
 * a note where the outlet leaves it out.  With @difference set, the
 * difference's own words are marked instead of the whole sentence.
 */
static void
reveal_claim (PxStoryView                 *self,
              PxClaimItem                 *claim,
              const PxClaimItemDifference *difference)
{
  g_autofree char *summary = NULL;

  if (difference != NULL)
    summary = g_strdup_printf (_("%s: %s"), px_highlight_kind_get_label (difference->kind),
                               difference->summary != NULL ? difference->summary : "");

  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);
      guint source;
      guint start = 0, end = 0;
      gboolean found = FALSE;

      if (!g_ptr_array_find (self->compared_columns, column, &source))
        {
          px_source_column_reveal (column, 0, 0, NULL);
          continue;
        }

      if (difference != NULL)
        {
          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);

              if (range->source != source)
                continue;
              start = found ? MIN (start, range->start) : range->start;
              end = found ? MAX (end, range->end) : range->end;
              found = TRUE;
            }
        }
      if (!found)
        found = px_claim_item_get_member (claim, source, &start, &end);

      if (found)
        px_source_column_reveal (column, start, end, summary);
      else
        px_source_column_reveal (column, 0, 0, _("This outlet does not report this claim."));
    }
}

void
px_story_view_select_claim (PxStoryView *self,
                            PxClaimItem *claim)
{
  const DifferenceRef *current = NULL;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (PX_IS_CLAIM_ITEM (claim));

  if (self->current_difference >= 0)
    current = &g_array_index (self->differences, DifferenceRef, self->current_difference);

  /* The claim of the current difference (selected in the lists as Alt+Down
   * moved to it, or again by the user): that difference stays current.
   */
  if (current != NULL && current->claim == claim)
    {
      reveal_claim (self, claim, px_claim_item_get_difference (claim, current->difference));
      return;
    }

  reveal_claim (self, claim, NULL);

  /* The counter counts this claim's first difference, if it has one; the
   * next Alt+Down continues after it either way.
   */
  g_set_object (&self->current_claim, claim);
  self->current_difference = -1;
  for (guint i = 0; i < self->differences->len; i++)
    if (g_array_index (self->differences, DifferenceRef, i).claim == claim)
      {
        self->current_difference = i;
        break;
      }
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_DIFFERENCE]);
}

/* The difference Alt+Down (@step 1) or Alt+Up (-1) goes to, or -1. */
static int
difference_target (PxStoryView *self,
                   int          step)
{
  guint current;

  if (self->current_difference >= 0)
    {
      int target = self->current_difference + step;

      /* The table shows a claim as one row: from row to row. */
      while (self->table_view && target >= 0 && target < (int) self->differences->len
             && g_array_index (self->differences, DifferenceRef, target).claim == self->current_claim)
        target += step;
      if (target < 0 || target >= (int) self->differences->len)
        return -1;
      /* Backwards in the table, to the row's first difference. */
      while (self->table_view && step < 0 && target > 0
             && g_array_index (self->differences, DifferenceRef, target - 1).claim
                == g_array_index (self->differences, DifferenceRef, target).claim)
        target--;
      return target;
    }
  if (self->current_claim == NULL && step > 0)
    return self->differences->len > 0 ? 0 : -1;
  if (self->current_claim == NULL)
    {
      int target = (int) self->differences->len - 1;

      while (self->table_view && target > 0
             && g_array_index (self->differences, DifferenceRef, target - 1).claim
                == g_array_index (self->differences, DifferenceRef, target).claim)
        target--;
      return target;
    }

  /* From a claim without a difference: the nearest one after or before it. */
  current = px_claim_item_get_index (self->current_claim);
  if (step > 0)
    {
      for (guint i = 0; i < self->differences->len; i++)
        if (px_claim_item_get_index (g_array_index (self->differences, DifferenceRef, i).claim) > current)
          return i;
      return -1;
    }
  for (guint i = self->differences->len; i > 0; i--)
    {
      PxClaimItem *claim = g_array_index (self->differences, DifferenceRef, i - 1).claim;

      if (px_claim_item_get_index (claim) < current)
        {
          while (self->table_view && i > 1 && g_array_index (self->differences, DifferenceRef, i - 2).claim == claim)
            i--;
          return i - 1;
        }
    }
  return -1;
}

gboolean
px_story_view_can_move_to_difference (PxStoryView *self,
                                      int          step)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  return difference_target (self, step) >= 0;
}

gboolean
px_story_view_move_to_difference (PxStoryView *self,
                                  int          step)
{
  const DifferenceRef *ref;
  int target;

  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  target = difference_target (self, step);
  if (target < 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  self->current_difference = target;
  ref = &g_array_index (self->differences, DifferenceRef, target);
  g_set_object (&self->current_claim, ref->claim);
  reveal_claim (self, ref->claim, px_claim_item_get_difference (ref->claim, ref->difference));
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_DIFFERENCE]);

  return TRUE;
}

PxClaimItem *
px_story_view_get_current_claim (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return self->current_claim;
}

int
px_story_view_get_current_difference (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), -1);

  return self->current_difference;
}

void
px_story_view_set_view (PxStoryView     *self,
                        PxStoryViewMode  view)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));

  self->table_view = view == PX_STORY_VIEW_TABLE;
  update_columns (self);
}

PxStoryViewMode
px_story_view_get_view (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), PX_STORY_VIEW_COLUMNS);

  return self->table_view ? PX_STORY_VIEW_TABLE : PX_STORY_VIEW_COLUMNS;
}

PxClaimsTable *
px_story_view_get_table (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return self->claims_table;
}

void
px_story_view_open_sentence (PxStoryView *self,
                             PxClaimItem *claim,
                             guint        source)
{
  PxSourceColumn *column;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (PX_IS_CLAIM_ITEM (claim));

  px_story_view_set_view (self, PX_STORY_VIEW_COLUMNS);
  px_story_view_select_claim (self, claim);

  column = column_for_source (self, source);
  if (column != NULL)
    {
      GtkTextView *view = px_source_column_get_text_view (column);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter start_iter, end_iter;
      guint start, end;

      /* The sentence selected, for copying or annotating. */
      if (px_claim_item_get_member (claim, source, &start, &end))
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
          gtk_text_buffer_select_range (buffer, &start_iter, &end_iter);
        }
      gtk_widget_grab_focus (GTK_WIDGET (view));
    }
}

static void
dark_changed_cb (PxStoryView *self)
{
  build_legend (self);
}

static void
px_story_view_dispose (GObject *object)
{
  PxStoryView *self = PX_STORY_VIEW (object);

  g_cancellable_cancel (self->compare_cancellable);
  g_clear_handle_id (&self->compare_idle_id, g_source_remove);
  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, sources_changed_cb, self);
  g_clear_object (&self->sources);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_STORY_VIEW);
  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  if (self->compared_columns != NULL)
    g_ptr_array_set_size (self->compared_columns, 0);
  if (self->comparing_columns != NULL)
    g_ptr_array_set_size (self->comparing_columns, 0);
  if (self->differences != NULL)
    g_array_set_size (self->differences, 0);
  g_clear_object (&self->current_claim);
  if (self->claims != NULL)
    g_list_store_remove_all (self->claims);

  G_OBJECT_CLASS (px_story_view_parent_class)->dispose (object);
}

static void
px_story_view_finalize (GObject *object)
{
  PxStoryView *self = PX_STORY_VIEW (object);

  g_clear_object (&self->compare_cancellable);
  g_clear_object (&self->header_group);
  g_free (self->compare_error);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->compared_columns, g_ptr_array_unref);
  g_clear_pointer (&self->comparing_columns, g_ptr_array_unref);
  g_clear_pointer (&self->differences, g_array_unref);
  g_clear_object (&self->claims);

  G_OBJECT_CLASS (px_story_view_parent_class)->finalize (object);
}

static void
px_story_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PxStoryView *self = PX_STORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_COLUMNS:
      g_value_set_uint (value, self->columns->len);
      break;
    case PROP_COMPARING:
      g_value_set_boolean (value, px_story_view_get_comparing (self));
      break;
    case PROP_CURRENT_DIFFERENCE:
      g_value_set_int (value, self->current_difference);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_story_view_class_init (PxStoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_story_view_dispose;
  object_class->finalize = px_story_view_finalize;
  object_class->get_property = px_story_view_get_property;

  properties[PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARING] =
    g_param_spec_boolean ("comparing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_DIFFERENCE] =
    g_param_spec_int ("current-difference", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[COLUMN_LOADED] =
    g_signal_new ("column-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE_COLUMN);
  /* The user asks to remove, move, or load again a source: the story's owner does it. */
  signals[REMOVE_SOURCE] =
    g_signal_new ("remove-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE);
  signals[MOVE_SOURCE] =
    g_signal_new ("move-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PX_TYPE_SOURCE, G_TYPE_UINT);
  signals[LOAD_SOURCE] =
    g_signal_new ("load-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE);
  signals[OPEN_ORIGINAL] =
    g_signal_new ("open-original", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE_COLUMN);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-story-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, box);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, columns_scroller);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, compare_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, status_label);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, claims_table);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxstoryview");
}

static void
px_story_view_init (PxStoryView *self)
{
  g_type_ensure (PX_TYPE_CLAIMS_TABLE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->header_group = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  self->compared_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->comparing_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->claims = g_list_store_new (PX_TYPE_CLAIM_ITEM);
  self->differences = g_array_new (FALSE, FALSE, sizeof (DifferenceRef));
  self->current_difference = -1;
  self->text_scale = 1.0;
  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    self->kind_visible[k] = TRUE;

  build_legend (self);
  update_columns (self);
  update_status (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

PxStoryView *
px_story_view_new (void)
{
  return g_object_new (PX_TYPE_STORY_VIEW, NULL);
}
