/* px-menu-button.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-menu-button-private.h"

/* A menu that closes with the focus on one of its items gives the focus
 * back to its button at once. GTK 4.8 does it only at the next turn of
 * the main loop, and a source's menu whose column or window went before
 * then (Remove Source, or a window destroyed as the menu closed) was left
 * alive, unparented, held by the focus chain GTK never let go.
 */
static void
popover_visible_cb (GtkWidget  *popover,
                    GParamSpec *pspec,
                    GtkWidget  *button)
{
  gboolean open = gtk_widget_get_visible (popover);
  GtkRoot *root = gtk_widget_get_root (button);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  gtk_widget_set_has_tooltip (button, !open);
  if (!open && focus != NULL && gtk_widget_is_ancestor (focus, popover))
    gtk_widget_grab_focus (button);
}

/* GTK 4.8 keeps one tooltip per display, and in it the native (window or
 * popover) of the last pointer event, weakly. A source's menu outlives its
 * window (unrealized, with no surface; something in GTK keeps it), and
 * when the pointer's last move had been on it, less than half a second
 * before its window was destroyed, the tooltip's timer asked for the
 * pointer on no surface: a critical (fatal in the tests; test-ui died of it
 * under load, 2026-12-06). gtk_window_destroy() lets go of the window
 * itself only. GTK drops its tooltip, timer and native with it, when the
 * data it keeps on the display under this name goes (as when its browse
 * mode ends); it makes a new one at the next pointer move.
 */
void
_px_tooltip_forget (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data (G_OBJECT (gtk_widget_get_display (widget)), "gdk-display-current-tooltip", NULL);
}

static void
popover_unrealize_cb (GtkWidget *popover,
                      gpointer   user_data)
{
  _px_tooltip_forget (popover);
}

/* The popover is made, and made again, by the button (a menu model set,
 * a popup function): each is watched once. GTK 4.8 has no "active".
 */
static void
watch_popover (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (popover == NULL || g_object_get_data (G_OBJECT (popover), "px-quiet-tooltip") != NULL)
    return;
  g_object_set_data (G_OBJECT (popover), "px-quiet-tooltip", GINT_TO_POINTER (TRUE));
  g_signal_connect_object (popover, "notify::visible", G_CALLBACK (popover_visible_cb), button, 0);
  g_signal_connect (popover, "unrealize", G_CALLBACK (popover_unrealize_cb), NULL);
}

static void
popover_changed_cb (GtkMenuButton *button,
                    GParamSpec    *pspec,
                    gpointer       user_data)
{
  watch_popover (button);
}

void
_px_menu_button_quiet_tooltip (GtkMenuButton *button)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  g_signal_connect (button, "notify::popover", G_CALLBACK (popover_changed_cb), NULL);
  watch_popover (button);
}
