/* px-cut-label.h: labels that may be cut to fit a narrow panel, whole in their tooltip
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Ellipsizes @label at its end; while it is cut, its tooltip is its whole
 * text (then the tooltip of the widget it is in, if any, on a line of its
 * own). Uncut, the enclosing widget's tooltip shows as before.
 */
void px_cut_label_init (GtkLabel *label);

/* For a GtkDropDown of a GtkStringList: its button shows the chosen
 * string as a cut label (the drop-down asks no more width than an
 * ellipsis), its list every string (long ones cut at 40 characters, all
 * with the cut-label tooltip).
 */
void px_cut_label_drop_down (GtkDropDown *drop_down);

/* GTK 4.8 gives the button inside a GtkDropDown, which takes the focus,
 * no name of its own: a screen reader read "GtkToggleButton". Names it by
 * @label (a GtkLabel, or NULL) or else @name, as the drop-down is named,
 * and describes it by the string chosen (a GtkStringList's), kept so;
 * each row of its list is named by its string. Call it after
 * px_cut_label_drop_down(), which changes the factories.
 */
void px_drop_down_name_button (GtkDropDown *drop_down,
                               GtkWidget   *label,
                               const char  *name);

/* Describes @row by the string chosen in it (a GtkStringList's), kept
 * so, and names each row of its list by its string, as
 * px_drop_down_name_button() does for a drop-down.
 */
void px_combo_row_name_choices (AdwComboRow *row);

G_END_DECLS
