/* px-menu-button.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-menu-button-private.h"

static void
popover_visible_cb (GtkWidget  *popover,
                    GParamSpec *pspec,
                    GtkWidget  *button)
{
  gtk_widget_set_has_tooltip (button, !gtk_widget_get_visible (popover));
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
