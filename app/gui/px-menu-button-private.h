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

G_END_DECLS
