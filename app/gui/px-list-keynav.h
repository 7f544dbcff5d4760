/* px-list-keynav.h: Tab leaves a list view, as it leaves any other list
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8's GtkListView moves Tab from item to item: with a story's fifty
 * claims, a keyboard user pressed Tab fifty times to reach the panel
 * below. After this, Tab and Shift+Tab in @list go to the widget after or
 * before it, as in a GtkListBox; the arrow keys still move between its
 * items, and Tab into it lands on its focused item.
 */
void px_list_keynav_tab_leaves (GtkWidget *list);

G_END_DECLS
