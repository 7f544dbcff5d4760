/* px-cut-label.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cut-label.h"

/* The list of a drop-down is a popover: it may be wider than the panel,
 * but not as wide as a hostile outlet name.
 */
#define LIST_MAX_CHARS 40

static gboolean
query_tooltip_cb (GtkLabel   *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  GtkWidget *ancestor;
  const char *text = gtk_label_get_text (label);
  const char *more = NULL;

  /* A label with a tooltip of its own (a file's name, its whole path)
   * says more in it than the label's text: GTK shows that one. */
  if (layout == NULL || !pango_layout_is_ellipsized (layout) || text == NULL || text[0] == '\0'
      || gtk_widget_get_tooltip_text (GTK_WIDGET (label)) != NULL)
    return FALSE;
  /* The button's own tooltip says what it does: kept under the name. */
  for (ancestor = gtk_widget_get_parent (GTK_WIDGET (label)); ancestor != NULL && more == NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    more = gtk_widget_get_tooltip_text (ancestor);
  if (more != NULL && more[0] != '\0')
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", text, more);

      gtk_tooltip_set_text (tooltip, both);
    }
  else
    gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

void
px_cut_label_init (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (GTK_WIDGET (label), TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  px_cut_label_init (GTK_LABEL (label));
  if (GPOINTER_TO_INT (user_data))
    gtk_label_set_max_width_chars (GTK_LABEL (label), LIST_MAX_CHARS);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  GObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      GTK_IS_STRING_OBJECT (string) ? gtk_string_object_get_string (GTK_STRING_OBJECT (string)) : "");
}

static GtkListItemFactory *
factory_new (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);

  return factory;
}

static GtkWidget *
find_toggle (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button's name says what it chooses, not what is chosen: the choice
 * is its description, as a screen reader reads it after the name
 * ("Verdict, Unverified"). It had been left unsaid.
 */
static void
describe_by_choice (GtkWidget *widget,
                    GObject   *item)
{
  if (GTK_IS_STRING_OBJECT (item))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    gtk_string_object_get_string (GTK_STRING_OBJECT (item)), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
selected_item_cb (GtkDropDown *drop_down,
                  GParamSpec  *pspec,
                  GtkWidget   *button)
{
  describe_by_choice (button, gtk_drop_down_get_selected_item (drop_down));
}

/* GTK 4.8 names the rows of a drop-down's list by nothing: a screen
 * reader read the six verdicts as six empty list items. Each row (the list
 * item's widget, the child's parent, which takes the focus) is named by its
 * string as it is bound.
 */
static void
name_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;
  GObject *string = gtk_list_item_get_item (item);

  if (row == NULL)
    return;
  if (GTK_IS_STRING_OBJECT (string))
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_string_object_get_string (GTK_STRING_OBJECT (string)), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
  /* A combo row's lists, the choice shown and the choices, are named by
   * the row's title: GTK 4.8 read each as "GtkListView". */
  if (ADW_IS_COMBO_ROW (user_data) && gtk_widget_get_parent (row) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (user_data)), -1);
}

static void
name_rows_of (GtkListItemFactory *factory,
              gpointer            owner)
{
  if (GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory))
    g_signal_connect_object (factory, "bind", G_CALLBACK (name_row_cb), owner, G_CONNECT_AFTER);
}

static void
name_list_rows (GtkDropDown *drop_down)
{
  GtkListItemFactory *factory = gtk_drop_down_get_list_factory (drop_down);

  /* Without a list factory of its own the list uses the button's. */
  name_rows_of (factory != NULL ? factory : gtk_drop_down_get_factory (drop_down), drop_down);
}

void
px_drop_down_name_button (GtkDropDown *drop_down,
                          GtkWidget   *label,
                          const char  *name)
{
  GtkWidget *button;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (label != NULL || name != NULL);

  button = find_toggle (GTK_WIDGET (drop_down));
  if (button == NULL)
    return;
  if (label != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (drop_down, "notify::selected-item", G_CALLBACK (selected_item_cb), button, 0);
  selected_item_cb (drop_down, NULL, button);
  name_list_rows (drop_down);
}

void
px_cut_label_drop_down (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button = factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list = factory_new (TRUE);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}

static void
combo_row_selected_cb (AdwComboRow *row,
                       GParamSpec  *pspec,
                       gpointer     user_data)
{
  describe_by_choice (GTK_WIDGET (row), adw_combo_row_get_selected_item (row));
}

/* An AdwComboRow (libadwaita 1.2) is read by its title alone, "Style,
 * combo box": the choice shown in it went unsaid, and the rows of its
 * list were six empty list items, as a drop-down's were.
 */
void
px_combo_row_name_choices (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkListItemFactory *list_factory;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  list_factory = adw_combo_row_get_list_factory (row);
  if (list_factory != NULL)
    name_rows_of (list_factory, row);
  /* The row shows the choice through a list of its own, made by the
   * row's factory (its list's too when it has no list factory) and bound
   * as the model was given, before this: the choice shown was a list item
   * with no name, the first a screen reader came to (2026-12-07, window38,
   * through AT-SPI). The factory is given again, to bind it named. */
  factory = adw_combo_row_get_factory (row);
  if (factory != NULL && factory != list_factory)
    {
      g_object_ref (factory);
      name_rows_of (factory, row);
      adw_combo_row_set_factory (row, NULL);
      adw_combo_row_set_factory (row, factory);
    }
  g_signal_connect (row, "notify::selected-item", G_CALLBACK (combo_row_selected_cb), NULL);
  combo_row_selected_cb (row, NULL, NULL);
}
