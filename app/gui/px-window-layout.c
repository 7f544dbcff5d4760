/* px-window-layout.c: room for the columns before the panels
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parallax-window"

#include "config.h"

#include "px-window-private.h"

#include <glib/gi18n.h>

/* The columns narrow to their least width (240 pixels each) before
 * anything covers them. The claims panel stays beside them, narrow; when
 * the columns would still need to scroll beside the library, the library
 * folds away (its button, then up, brings it over the columns, as in a
 * narrow window) and comes back once the columns fit without its room.
 * The claims panel folds away too only when not even two columns fit
 * beside it. Past that the columns scroll.
 */

/* Folds @flap away for the columns when they need more than @have beside
 * it, and back when they fit with its room given back (@width, remembered
 * when it folded).
 */
static gboolean
fold_for_columns (AdwFlap  *flap,
                  gboolean *folded_for_columns,
                  int      *width,
                  int       need,
                  double    have)
{
  if (!*folded_for_columns)
    {
      if (need > have + 0.5 && !adw_flap_get_folded (flap) && adw_flap_get_reveal_flap (flap))
        {
          GtkWidget *separator = adw_flap_get_separator (flap);

          *width = gtk_widget_get_width (adw_flap_get_flap (flap))
                   + (separator != NULL ? gtk_widget_get_width (separator) : 0);
          *folded_for_columns = TRUE;
          adw_flap_set_fold_policy (flap, ADW_FLAP_FOLD_POLICY_ALWAYS);
          return TRUE;
        }
    }
  else if (need + *width <= have + 0.5)
    {
      *folded_for_columns = FALSE;
      adw_flap_set_fold_policy (flap, ADW_FLAP_FOLD_POLICY_AUTO);
      return TRUE;
    }

  return FALSE;
}

static void
update_fold (PxWindow *self)
{
  GtkAdjustment *adjustment = px_story_view_get_columns_adjustment (self->story_view);
  int need = px_story_view_get_columns_min_width (self->story_view);
  guint n = px_story_view_get_n_columns (self->story_view);
  double have = gtk_adjustment_get_page_size (adjustment);

  /* The table has no columns to make room for, but a library that had
   * folded away for them stays away: coming back with the table, it had
   * pushed the table aside and gone again with the columns.
   */
  if (have <= 0 || px_story_view_get_view (self->story_view) == PX_STORY_VIEW_TABLE)
    return;

  /* The library first, for every column (and back only when the claims
   * panel would be beside them too); then the claims panel, but only for
   * two columns side by side: a comparison needs no fewer, and the panel
   * is what finds the claims in them. One change at a time: the next
   * layout tells the width it left.
   */
  if (fold_for_columns (self->sidebar_flap, &self->sidebar_folded_for_columns, &self->sidebar_width, need,
                        have - (self->claims_folded_for_columns ? self->claims_width : 0)))
    return;
  fold_for_columns (self->claims_flap, &self->claims_folded_for_columns, &self->claims_width,
                    n > 2 ? need * 2 / (int) n : need, have);
}

static gboolean
layout_idle_cb (gpointer data)
{
  PxWindow *self = data;

  self->layout_idle_id = 0;
  update_fold (self);
  return G_SOURCE_REMOVE;
}

/* Emitted while the columns are laid out: decided after, not during. */
static void
columns_resized_cb (PxWindow *self)
{
  if (self->layout_idle_id == 0)
    self->layout_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, layout_idle_cb, self, NULL);
}

/* The header bar's buttons set how narrow the window can be. At a phone's
 * 360 pixels there is room for the Library and Add buttons, the title,
 * Previous and Next Difference, the main menu and a close button; the
 * Columns/Table switch and the Claims button, which the main menu and
 * Ctrl+1, Ctrl+2 and F9 give too, leave the header bar below these
 * window widths. Each is more than the least width the header bar has
 * with them shown, so a window being narrowed passes it before the
 * buttons would stop it.
 */
#define VIEW_SWITCH_MIN_WINDOW_WIDTH 600
#define CLAIMS_BUTTON_MIN_WINDOW_WIDTH 480

/* Below the width where the Claims button leaves, the title has the room
 * between the Add button and Previous Difference: at 380 pixels a story's
 * title read "De…" over "3 sou…". There it takes two lines and the
 * subtitle (how many sources, which the columns show) leaves, as a
 * phone's header bar does; the whole title is in its tooltip.
 */

/* A window button beside the close button (minimize, maximize, as the
 * desktop's decoration layout asks) takes this much more of the header
 * bar: the widths above are for the close button alone, and with both
 * the window had stopped at 511 pixels. Below the Claims button's width
 * those buttons leave too, for the main menu's Minimize and Maximize
 * (double-clicking the header bar, Super+Up and Super+H do it as well).
 */
#define WINDOW_BUTTON_WIDTH 40

/* How many of the desktop's window buttons a narrow header bar leaves
 * out, and the layout it keeps (the close button, on its side).
 */
static guint
extra_window_buttons (PxWindow *self,
                      char    **narrow_layout)
{
  g_autofree char *layout = NULL;
  g_auto(GStrv) sides = NULL;
  GString *kept = g_string_new (NULL);
  guint n = 0;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-decoration-layout", &layout, NULL);
  sides = g_strsplit (layout != NULL ? layout : "", ":", 2);
  for (guint s = 0; sides[s] != NULL; s++)
    {
      g_auto(GStrv) buttons = g_strsplit (sides[s], ",", -1);
      gboolean first = TRUE;

      if (s > 0)
        g_string_append_c (kept, ':');
      for (guint b = 0; buttons[b] != NULL; b++)
        {
          g_strstrip (buttons[b]);
          if (g_str_equal (buttons[b], "minimize") || g_str_equal (buttons[b], "maximize"))
            {
              n++;
              continue;
            }
          if (buttons[b][0] == '\0')
            continue;
          g_string_append_printf (kept, "%s%s", first ? "" : ",", buttons[b]);
          first = FALSE;
        }
    }
  if (narrow_layout != NULL)
    *narrow_layout = g_string_free (g_steal_pointer (&kept), FALSE);
  else
    g_string_free (kept, TRUE);
  return n;
}

/* 0: neither shown, 1: the Claims button, 2: both; -1: not laid out yet */
static int
header_buttons_for_width (PxWindow *self,
                          int       width)
{
  int extra = (int) extra_window_buttons (self, NULL) * WINDOW_BUTTON_WIDTH;

  if (width <= 0)
    return -1;
  return width >= VIEW_SWITCH_MIN_WINDOW_WIDTH + extra ? 2 : width >= CLAIMS_BUTTON_MIN_WINDOW_WIDTH + extra ? 1 : 0;
}

/* Narrow, the window buttons other than close leave the header bar for
 * the main menu; they come back with the room.
 */
static void
update_window_buttons (PxWindow *self,
                       gboolean  narrow)
{
  g_autofree char *layout = NULL;
  guint n = extra_window_buttons (self, &layout);

  narrow = narrow && n > 0;
  if (g_strcmp0 (adw_header_bar_get_decoration_layout (self->header_bar), narrow ? layout : NULL) != 0)
    adw_header_bar_set_decoration_layout (self->header_bar, narrow ? layout : NULL);
  if (narrow == (g_menu_model_get_n_items (G_MENU_MODEL (self->window_section)) > 0))
    return;
  g_menu_remove_all (self->window_section);
  if (narrow)
    {
      g_menu_append (self->window_section, _("_Minimize"), "window.minimize");
      g_menu_append (self->window_section, _("Ma_ximize"), "window.toggle-maximized");
    }
}

static void
update_title_lines (PxWindow *self,
                    gboolean  narrow)
{
  const char *subtitle = gtk_label_get_text (self->subtitle_label);

  gtk_label_set_wrap (self->title_label, narrow);
  gtk_label_set_lines (self->title_label, narrow ? 2 : -1);
  gtk_label_set_single_line_mode (self->title_label, !narrow);
  if (narrow)
    gtk_widget_add_css_class (self->title_box, "px-narrow-title");
  else
    gtk_widget_remove_css_class (self->title_box, "px-narrow-title");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), !narrow && subtitle[0] != '\0');
  if (narrow)
    {
      g_autofree char *tooltip = subtitle[0] != '\0'
                                 ? g_strdup_printf ("%s\n%s", gtk_label_get_text (self->title_label), subtitle)
                                 : g_strdup (gtk_label_get_text (self->title_label));

      gtk_widget_set_tooltip_text (self->title_box, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (self->title_box, NULL);
}

void
_px_window_layout_update_header (PxWindow *self)
{
  int width = self->header_width;
  gboolean has_story = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "story") == 0;
  int height, shown;

  /* Before the first layout, as wide as the window is to open (the
   * buttons of a wider one would make it wider than it was left).
   */
  if (width <= 0)
    gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  shown = header_buttons_for_width (self, width);
  if (shown < 0)
    shown = 2;
  gtk_widget_set_visible (self->view_switch, has_story && shown >= 2);
  gtk_widget_set_visible (self->claims_button, shown >= 1);
  update_window_buttons (self, shown == 0);
  update_title_lines (self, shown == 0);
}

static gboolean
header_idle_cb (gpointer data)
{
  PxWindow *self = data;

  self->header_idle_id = 0;
  _px_window_layout_update_header (self);
  return G_SOURCE_REMOVE;
}

/* Called while the window is laid out: what it shows changes after. */
void
_px_window_layout_allocated (PxWindow *self,
                             int       width)
{
  if (header_buttons_for_width (self, width) != header_buttons_for_width (self, self->header_width)
      && self->header_idle_id == 0)
    self->header_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, header_idle_cb, self, NULL);
  self->header_width = width;
}

void
_px_window_layout_init (PxWindow *self)
{
  g_signal_connect_object (px_story_view_get_columns_adjustment (self->story_view), "changed",
                           G_CALLBACK (columns_resized_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "notify::n-columns", G_CALLBACK (columns_resized_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::view", G_CALLBACK (columns_resized_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-decoration-layout",
                           G_CALLBACK (_px_window_layout_update_header), self, G_CONNECT_SWAPPED);
}

void
_px_window_layout_dispose (PxWindow *self)
{
  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  g_clear_handle_id (&self->header_idle_id, g_source_remove);
}
