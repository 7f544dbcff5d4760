/* px-annotations-panel.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-annotations-panel.h"

#include "px-author-filter.h"
#include "px-cut-label.h"
#include "px-verdict-style.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _PxAnnotationsPanel
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *heading_label;
  GtkDropDown *verdict_filter;
  GtkDropDown *source_filter;
  PxAuthorFilter *author_filter;
  GtkWidget *filters;
  GtkWidget *empty_state;
  GtkWidget *empty_title;
  GtkWidget *empty_label;
  GtkWidget *scroller;
  GtkListBox *list;
  GtkWidget *review_heading;
  GtkWidget *review_help;
  GtkListBox *review_list;

  GArray *source_ids;  /* gint64, in column order */
  GPtrArray *outlets;  /* char *, the same order */
  GPtrArray *annotations;
  GArray *shown;       /* gint64, the annotation of each row of list */
  guint n_needs_review;
  gboolean updating_filters;
};

G_DEFINE_FINAL_TYPE (PxAnnotationsPanel, px_annotations_panel, GTK_TYPE_WIDGET)

enum {
  ANNOTATION_ACTIVATED,
  DELETE_REQUESTED,
  REATTACH_REQUESTED,
  DISMISS_REQUESTED,
  REVIEW_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
outlet_for (PxAnnotationsPanel *self,
            gint64              source_id)
{
  for (guint i = 0; i < self->source_ids->len; i++)
    if (g_array_index (self->source_ids, gint64, i) == source_id)
      return g_ptr_array_index (self->outlets, i);

  return _("Removed source");
}

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
verdict_dot (PxVerdict verdict)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkWidget *dot = gtk_label_new ("●");
  GdkRGBA colour;

  px_verdict_get_colour (verdict, dark, &colour);
  pango_attr_list_insert (attrs, pango_attr_foreground_new ((guint16) (colour.red * 65535),
                                                            (guint16) (colour.green * 65535),
                                                            (guint16) (colour.blue * 65535)));
  gtk_label_set_attributes (GTK_LABEL (dot), attrs);
  gtk_widget_set_tooltip_text (dot, px_verdict_get_label (verdict));
  return dot;
}

static gboolean
passes_filters (PxAnnotationsPanel *self,
                const PxAnnotation *annotation)
{
  guint verdict = gtk_drop_down_get_selected (self->verdict_filter);
  guint source = gtk_drop_down_get_selected (self->source_filter);
  gint64 source_id;

  /* Item 0 of both filters is "all". */
  if (verdict != GTK_INVALID_LIST_POSITION && verdict > 0 && annotation->verdict != verdict - 1)
    return FALSE;
  if (px_author_filter_get_author (self->author_filter) != NULL
      && g_strcmp0 (annotation->author, px_author_filter_get_author (self->author_filter)) != 0)
    return FALSE;
  if (source == GTK_INVALID_LIST_POSITION || source == 0 || source > self->source_ids->len)
    return TRUE;

  source_id = g_array_index (self->source_ids, gint64, source - 1);
  for (guint i = 0; i < annotation->targets->len; i++)
    {
      const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, i);

      if (target->source_id == source_id)
        return TRUE;
    }

  return FALSE;
}

static char *
annotation_subtitle (PxAnnotationsPanel *self,
                     const PxAnnotation *annotation)
{
  g_autoptr(GString) outlets = g_string_new (NULL);
  g_autoptr(GPtrArray) named = g_ptr_array_new ();

  /* Each outlet once, whole names compared: "Report" had been left out
   * after "Daily Report", as a part of it. */
  for (guint i = 0; i < annotation->targets->len; i++)
    {
      const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, i);
      const char *outlet = outlet_for (self, target->source_id);

      if (g_ptr_array_find_with_equal_func (named, outlet, g_str_equal, NULL))
        continue;
      g_ptr_array_add (named, (gpointer) outlet);
      if (outlets->len > 0)
        g_string_append (outlets, ", ");
      g_string_append (outlets, outlet);
    }

  /* A team library's annotation says whose it is. */
  if (annotation->author != NULL && annotation->author[0] != '\0')
    {
      g_string_append (outlets, " · ");
      g_string_append (outlets, annotation->author);
    }
  if (annotation->note != NULL && annotation->note[0] != '\0')
    /* Translators: an annotation's verdict, the outlets it is on, its note */
    return g_strdup_printf (C_("annotation in a list", "%s · %s · %s"), px_verdict_get_label (annotation->verdict), outlets->str,
                            annotation->note);
  /* Translators: an annotation's verdict, the outlets it is on */
  return g_strdup_printf (C_("annotation in a list", "%s · %s"), px_verdict_get_label (annotation->verdict), outlets->str);
}

static void
reviewed_toggled_cb (GtkToggleButton    *button,
                     PxAnnotationsPanel *self)
{
  gint64 annotation_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "px-id");

  g_signal_emit (self, signals[REVIEW_REQUESTED], 0, annotation_id, gtk_toggle_button_get_active (button));
}

/* A team library's verdict can be marked reviewed by an editor: the mark
 * says who and when, and a new verdict takes it away.
 */
static GtkWidget *
reviewed_button (PxAnnotationsPanel *self,
                 const PxAnnotation *annotation)
{
  GtkWidget *button = gtk_toggle_button_new ();
  gint64 *id = g_new (gint64, 1);
  g_autofree char *tooltip = NULL;
  gboolean reviewed = annotation->reviewed_by != NULL;

  *id = annotation->id;
  g_object_set_data_full (G_OBJECT (button), "px-id", id, g_free);
  /* A filled mark once reviewed; a plain check, dimmed, to offer it. */
  gtk_button_set_icon_name (GTK_BUTTON (button), reviewed ? "emblem-default-symbolic" : "object-select-symbolic");
  if (!reviewed)
    gtk_widget_add_css_class (button, "dim-label");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), reviewed);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  if (reviewed)
    {
      g_autoptr(GDateTime) utc = annotation->reviewed_at != NULL
                                 ? g_date_time_new_from_iso8601 (annotation->reviewed_at, NULL) : NULL;
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
      g_autofree char *when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;

      gtk_widget_add_css_class (button, "success");
      /* Translators: an editor's mark on a verdict; "Reviewed by Ed, 2026-12-02 20:14" */
      tooltip = when != NULL ? g_strdup_printf (_("Reviewed by %s, %s"), annotation->reviewed_by, when)
                             /* Translators: %s is the editor who marked the verdict reviewed */
                             : g_strdup_printf (_("Reviewed by %s"), annotation->reviewed_by);
    }
  else
    tooltip = g_strdup (_("Mark the verdict reviewed"));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_signal_connect_object (button, "toggled", G_CALLBACK (reviewed_toggled_cb), self, 0);
  return button;
}

static GtkWidget *
annotation_row (PxAnnotationsPanel *self,
                const PxAnnotation *annotation)
{
  const PxAnnotationTarget *first = g_ptr_array_index (annotation->targets, 0);
  g_autofree char *title = g_markup_escape_text (first->selector->exact, -1);
  g_autofree char *subtitle_text = annotation_subtitle (self, annotation);
  g_autofree char *subtitle = g_markup_escape_text (subtitle_text, -1);
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), verdict_dot (annotation->verdict));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (annotation->author != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), reviewed_button (self, annotation));
  /* Translators: accessible name of an annotation: its verdict and its passage */
  accessible = g_strdup_printf (C_("annotation’s verdict, passage", "%s: %s"), px_verdict_get_label (annotation->verdict),
                                first->selector->exact);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle_text,
                                  -1);
  /* The row is labelled by its title too (AdwActionRow): GTK 4.8 reads
   * both, and a screen reader said the passage twice. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  return row;
}

static void
reattach_clicked_cb (GtkButton          *button,
                     PxAnnotationsPanel *self)
{
  gint64 *ids = g_object_get_data (G_OBJECT (button), "px-ids");

  g_signal_emit (self, signals[REATTACH_REQUESTED], 0, ids[0], ids[1]);
}

static void
dismiss_clicked_cb (GtkButton          *button,
                    PxAnnotationsPanel *self)
{
  gint64 *ids = g_object_get_data (G_OBJECT (button), "px-ids");

  g_signal_emit (self, signals[DISMISS_REQUESTED], 0, ids[0]);
}

static GtkWidget *
review_button (PxAnnotationsPanel *self,
               const char         *label,
               const char         *accessible,
               gint64              annotation_id,
               gint64              target_id,
               GCallback           callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  gint64 *ids = g_new (gint64, 2);

  ids[0] = annotation_id;
  ids[1] = target_id;
  g_object_set_data_full (G_OBJECT (button), "px-ids", ids, g_free);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

/* One row per passage that lost its place, with the old quote in its
 * context, so the user can find where it went.
 */
static GtkWidget *
review_row (PxAnnotationsPanel       *self,
            const PxAnnotation       *annotation,
            const PxAnnotationTarget *target)
{
  const PxTextSelector *selector = target->selector;
  g_autofree char *title = g_markup_escape_text (selector->exact, -1);
  g_autofree char *context = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *reattach_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *prefix = g_markup_escape_text (selector->prefix != NULL ? selector->prefix : "", -1);
  g_autofree char *exact = g_markup_escape_text (selector->exact, -1);
  g_autofree char *suffix = g_markup_escape_text (selector->suffix != NULL ? selector->suffix : "", -1);

  /* Translators: where a passage was: the outlet, the verdict, then the
   * passage with the words around it; keep the markup */
  subtitle = g_strdup_printf (_("%s · %s\n…%s<b>%s</b>%s…"), outlet_for (self, target->source_id),
                              px_verdict_get_label (annotation->verdict), prefix, exact, suffix);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 5);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), verdict_dot (annotation->verdict));

  /* Translators: accessible name of a button; %s is a quoted passage */
  reattach_name = g_strdup_printf (_("Re-attach “%s” to the selected passage"), selector->exact);
  gtk_box_append (GTK_BOX (buttons),
                  review_button (self, _("_Re-attach"), reattach_name, annotation->id, target->id,
                                 G_CALLBACK (reattach_clicked_cb)));
  gtk_box_append (GTK_BOX (buttons),
                  review_button (self, _("D_ismiss"), _("Dismiss this annotation"), annotation->id, target->id,
                                 G_CALLBACK (dismiss_clicked_cb)));
  gtk_widget_set_tooltip_text (gtk_widget_get_first_child (buttons),
                               _("Attach the annotation to the passage selected in its column"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* An annotation with a row in the list, filters aside. */
static gboolean
listable (const PxAnnotation *annotation)
{
  return annotation->targets->len > 0 && annotation->deleted_at == NULL
         && annotation->state != PX_ANNOTATION_STATE_DISMISSED
         && annotation->state != PX_ANNOTATION_STATE_NEEDS_REVIEW;
}

/* The panel's height while it lists annotations; it is as small as its
 * status while there are none, so the claims above it have the room. */
#define LIST_HEIGHT 260

static void
show_counts (PxAnnotationsPanel *self,
             guint               n_annotations)
{
  gboolean listing = n_annotations > 0 || self->n_needs_review > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->list), self->shown->len > 0);
  gtk_widget_set_visible (self->scroller, self->shown->len > 0 || self->n_needs_review > 0);
  gtk_widget_set_visible (self->empty_state, self->shown->len == 0);
  /* Filters that have nothing to filter are left out. */
  gtk_widget_set_visible (self->filters, n_annotations > 0);
  g_object_set (self, "height-request", listing ? LIST_HEIGHT : -1, NULL);
  gtk_label_set_label (GTK_LABEL (self->empty_title),
                       n_annotations == 0 ? _("No Annotations") : _("No Matching Annotations"));
  gtk_label_set_label (GTK_LABEL (self->empty_label),
                       n_annotations == 0
                       ? _("Select a passage in a column and press Ctrl+M to give it a verdict.")
                       : _("No annotation matches the filters."));
  gtk_widget_set_visible (self->review_heading, self->n_needs_review > 0);
  gtk_widget_set_visible (self->review_help, self->n_needs_review > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->review_list), self->n_needs_review > 0);
}

static void
rebuild (PxAnnotationsPanel *self)
{
  guint n_annotations = 0;

  remove_rows (self->list);
  remove_rows (self->review_list);
  g_array_set_size (self->shown, 0);
  self->n_needs_review = 0;

  for (guint i = 0; self->annotations != NULL && i < self->annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (self->annotations, i);

      if (annotation->targets->len == 0 || annotation->deleted_at != NULL
          || annotation->state == PX_ANNOTATION_STATE_DISMISSED)
        continue;

      /* Never filtered away: nothing that needs the user's eye is hidden. */
      if (annotation->state == PX_ANNOTATION_STATE_NEEDS_REVIEW)
        {
          for (guint t = 0; t < annotation->targets->len; t++)
            {
              const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);

              if (target->state != PX_ANNOTATION_STATE_NEEDS_REVIEW)
                continue;
              gtk_list_box_append (self->review_list, review_row (self, annotation, target));
              self->n_needs_review++;
            }
          continue;
        }

      n_annotations++;
      if (!passes_filters (self, annotation))
        continue;
      gtk_list_box_append (self->list, annotation_row (self, annotation));
      g_array_append_val (self->shown, annotation->id);
    }

  show_counts (self, n_annotations);
}

/* Takes away the row of @annotation_id, if it has one; TRUE when the
 * focus was in it.
 */
static gboolean
remove_row (PxAnnotationsPanel *self,
            gint64              annotation_id)
{
  for (guint i = 0; i < self->shown->len; i++)
    if (g_array_index (self->shown, gint64, i) == annotation_id)
      {
        GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
        GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
        GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, i));
        gboolean had_focus = focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));

        gtk_list_box_remove (self->list, row);
        g_array_remove_index (self->shown, i);
        return had_focus;
      }

  return FALSE;
}

/* Gives @annotation_id its row, in the library's order, when the filters
 * let it be shown.
 */
static void
insert_row (PxAnnotationsPanel *self,
            gint64              annotation_id,
            gboolean            focus)
{
  guint position = 0;

  for (guint i = 0; i < self->annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (self->annotations, i);

      if (annotation->id == annotation_id)
        {
          GtkWidget *row;

          if (!listable (annotation) || !passes_filters (self, annotation))
            return;
          row = annotation_row (self, annotation);
          gtk_list_box_insert (self->list, row, position);
          g_array_insert_val (self->shown, position, annotation_id);
          if (focus)
            gtk_widget_grab_focus (row);
          return;
        }
      if (position < self->shown->len && g_array_index (self->shown, gint64, position) == annotation->id)
        position++;
    }
}

void
px_annotations_panel_update_annotations (PxAnnotationsPanel *self,
                                         GPtrArray          *annotations,
                                         const gint64       *annotation_ids,
                                         guint               n_ids)
{
  g_autofree gboolean *focus = NULL;
  guint n_annotations = 0;

  g_return_if_fail (PX_IS_ANNOTATIONS_PANEL (self));
  g_return_if_fail (annotations != NULL);

  g_ptr_array_ref (annotations);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  self->annotations = annotations;
  self->updating_filters = TRUE;
  px_author_filter_set_annotations (self->author_filter, annotations);
  self->updating_filters = FALSE;

  /* Passages that lost their place have a list of their own: made again. */
  for (guint i = 0; i < annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (annotation->state == PX_ANNOTATION_STATE_NEEDS_REVIEW && annotation->deleted_at == NULL)
        {
          rebuild (self);
          return;
        }
      n_annotations += listable (annotation);
    }
  if (self->n_needs_review > 0)
    {
      rebuild (self);
      return;
    }

  /* All of them out first: the rows left are then in the library's order. */
  focus = g_new0 (gboolean, MAX (n_ids, 1));
  for (guint i = 0; i < n_ids; i++)
    focus[i] = remove_row (self, annotation_ids[i]);
  for (guint i = 0; i < n_ids; i++)
    insert_row (self, annotation_ids[i], focus[i]);
  show_counts (self, n_annotations);
}

static void
filter_changed_cb (PxAnnotationsPanel *self)
{
  if (!self->updating_filters)
    rebuild (self);
}

static void
row_activated_cb (PxAnnotationsPanel *self,
                  GtkListBoxRow      *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->shown->len)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, g_array_index (self->shown, gint64, index));
}

static gboolean
key_pressed_cb (PxAnnotationsPanel *self,
                guint               keyval,
                guint               keycode,
                GdkModifierType     state)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;
  int index;

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return FALSE;

  row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list))
    return FALSE;

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (index < 0 || (guint) index >= self->shown->len)
    return FALSE;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, g_array_index (self->shown, gint64, index));
  return TRUE;
}

void
px_annotations_panel_set_sources (PxAnnotationsPanel *self,
                                  const gint64       *source_ids,
                                  const char * const *outlets,
                                  guint               n_sources)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  gint64 selected_id = 0;
  guint selected, new_selected = 0;

  g_return_if_fail (PX_IS_ANNOTATIONS_PANEL (self));

  /* The same sources again: nothing to make again (but the first time,
   * with none, "All Sources" is made: the filter had shown "(None)").
   */
  if (n_sources == self->source_ids->len && gtk_drop_down_get_model (self->source_filter) != NULL)
    {
      guint i = 0;

      while (i < n_sources && source_ids[i] == g_array_index (self->source_ids, gint64, i)
             && g_strcmp0 (outlets[i], g_ptr_array_index (self->outlets, i)) == 0)
        i++;
      if (i == n_sources)
        return;
    }

  selected = gtk_drop_down_get_selected (self->source_filter);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->source_ids->len)
    selected_id = g_array_index (self->source_ids, gint64, selected - 1);

  g_array_set_size (self->source_ids, 0);
  g_ptr_array_set_size (self->outlets, 0);
  gtk_string_list_append (items, _("All Sources"));
  for (guint i = 0; i < n_sources; i++)
    {
      g_array_append_val (self->source_ids, source_ids[i]);
      g_ptr_array_add (self->outlets, g_strdup (outlets[i]));
      gtk_string_list_append (items, outlets[i]);
      if (source_ids[i] == selected_id)
        new_selected = i + 1;
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->source_filter, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->source_filter, new_selected);
  self->updating_filters = FALSE;
  rebuild (self);
}

void
px_annotations_panel_set_annotations (PxAnnotationsPanel *self,
                                      GPtrArray          *annotations)
{
  g_return_if_fail (PX_IS_ANNOTATIONS_PANEL (self));

  /* Shown already: px_annotations_panel_update_annotations() says what
   * changed in it since.
   */
  if (annotations != NULL && annotations == self->annotations)
    return;

  if (annotations != NULL)
    g_ptr_array_ref (annotations);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  self->annotations = annotations;
  self->updating_filters = TRUE;
  px_author_filter_set_annotations (self->author_filter, annotations);
  self->updating_filters = FALSE;
  rebuild (self);
}

void
px_annotations_panel_set_verdict_filter (PxAnnotationsPanel *self,
                                         int                 verdict)
{
  g_return_if_fail (PX_IS_ANNOTATIONS_PANEL (self));
  g_return_if_fail (verdict >= -1 && verdict < PX_N_VERDICTS);

  gtk_drop_down_set_selected (self->verdict_filter, verdict + 1);
}

void
px_annotations_panel_set_source_filter (PxAnnotationsPanel *self,
                                        gint64              source_id)
{
  g_return_if_fail (PX_IS_ANNOTATIONS_PANEL (self));

  for (guint i = 0; i < self->source_ids->len; i++)
    if (g_array_index (self->source_ids, gint64, i) == source_id)
      {
        gtk_drop_down_set_selected (self->source_filter, i + 1);
        return;
      }
  gtk_drop_down_set_selected (self->source_filter, 0);
}

void
px_annotations_panel_set_author_filter (PxAnnotationsPanel *self,
                                        const char         *author)
{
  g_return_if_fail (PX_IS_ANNOTATIONS_PANEL (self));

  px_author_filter_set_author (self->author_filter, author);
}

guint
px_annotations_panel_get_n_shown (PxAnnotationsPanel *self)
{
  g_return_val_if_fail (PX_IS_ANNOTATIONS_PANEL (self), 0);

  return self->shown->len;
}

gint64
px_annotations_panel_get_shown (PxAnnotationsPanel *self,
                                guint               index)
{
  g_return_val_if_fail (PX_IS_ANNOTATIONS_PANEL (self), 0);

  return index < self->shown->len ? g_array_index (self->shown, gint64, index) : 0;
}

guint
px_annotations_panel_get_n_needs_review (PxAnnotationsPanel *self)
{
  g_return_val_if_fail (PX_IS_ANNOTATIONS_PANEL (self), 0);

  return self->n_needs_review;
}

gboolean
px_annotations_panel_focus_annotation (PxAnnotationsPanel *self,
                                       gint64              annotation_id)
{
  g_return_val_if_fail (PX_IS_ANNOTATIONS_PANEL (self), FALSE);

  for (guint i = 0; i < self->shown->len; i++)
    if (g_array_index (self->shown, gint64, i) == annotation_id)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

        gtk_list_box_select_row (self->list, row);
        return gtk_widget_grab_focus (GTK_WIDGET (row));
      }

  return FALSE;
}

static void
px_annotations_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_ANNOTATIONS_PANEL);

  G_OBJECT_CLASS (px_annotations_panel_parent_class)->dispose (object);
}

static void
px_annotations_panel_finalize (GObject *object)
{
  PxAnnotationsPanel *self = PX_ANNOTATIONS_PANEL (object);

  g_clear_pointer (&self->source_ids, g_array_unref);
  g_clear_pointer (&self->outlets, g_ptr_array_unref);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (px_annotations_panel_parent_class)->finalize (object);
}

static void
px_annotations_panel_class_init (PxAnnotationsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_annotations_panel_dispose;
  object_class->finalize = px_annotations_panel_finalize;

  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[REATTACH_REQUESTED] =
    g_signal_new ("reattach-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[DISMISS_REQUESTED] =
    g_signal_new ("dismiss-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[REVIEW_REQUESTED] =
    g_signal_new ("review-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-annotations-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, box);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, verdict_filter);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, source_filter);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, author_filter);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, filters);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, empty_state);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, empty_title);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, list);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, review_heading);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, review_help);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationsPanel, review_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxannotationspanel");
}

static void
px_annotations_panel_init (PxAnnotationsPanel *self)
{
  g_autoptr(GtkStringList) verdicts = gtk_string_list_new (NULL);
  GtkEventController *keys;

  g_type_ensure (PX_TYPE_AUTHOR_FILTER);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->outlets = g_ptr_array_new_with_free_func (g_free);
  self->shown = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (verdicts, _("All Verdicts"));
  for (guint i = 0; i < PX_N_VERDICTS; i++)
    gtk_string_list_append (verdicts, px_verdict_get_label (i));
  gtk_drop_down_set_model (self->verdict_filter, G_LIST_MODEL (verdicts));
  px_cut_label_drop_down (self->verdict_filter);
  px_cut_label_drop_down (self->source_filter);
  px_drop_down_name_button (self->verdict_filter, NULL, _("Filter by verdict"));
  px_drop_down_name_button (self->source_filter, NULL, _("Filter by source"));
  px_annotations_panel_set_sources (self, NULL, NULL, 0);

  g_signal_connect_object (self->verdict_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list), keys);

  rebuild (self);
}

PxAnnotationsPanel *
px_annotations_panel_new (void)
{
  return g_object_new (PX_TYPE_ANNOTATIONS_PANEL, NULL);
}
