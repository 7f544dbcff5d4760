/* px-menu-button-private.h: what the window's menu buttons share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Keeps @button's tooltip ("Source Menu") from showing while its menu is
 * open: a pointer left on the button showed it over the menu's first item.
 */
void _px_menu_button_quiet_tooltip (GtkMenuButton *button);

/* Has GTK forget the tooltip it keeps for @widget's display (its timer,
 * the surface it asks for the pointer): called as a window or a menu goes
 * off screen for good. GTK 4.8 kept a popover whose surface was destroyed.
 */
void _px_tooltip_forget (GtkWidget *widget);

G_END_DECLS
