/* px-library-switcher.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-library-switcher.h"

#include "px-pg-store.h"

#include <glib/gi18n.h>

struct _PxLibrarySwitcher
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkListBox *list;

  PxLibraries *libraries;
  PxLibraryEntry *current;
  gboolean selecting;  /* the selection follows current: not the user's choice */
};

G_DEFINE_FINAL_TYPE (PxLibrarySwitcher, px_library_switcher, GTK_TYPE_WIDGET)

enum
{
  LIBRARY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The row's state icon: a spinner while opening, a warning while the
 * server cannot be reached.
 */
static void
update_row_state (GtkWidget *row)
{
  PxLibraryEntry *entry = g_object_get_data (G_OBJECT (row), "px-entry");
  GtkWidget *spinner = g_object_get_data (G_OBJECT (row), "px-spinner");
  GtkWidget *offline = g_object_get_data (G_OBJECT (row), "px-offline");
  PxLibrary *library = px_library_entry_get_library (entry);
  gboolean opening = px_library_entry_get_opening (entry);
  gboolean away = PX_IS_PG_STORE (library) && !px_pg_store_get_connected (PX_PG_STORE (library));

  gtk_widget_set_visible (spinner, opening);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), opening);
  gtk_widget_set_visible (offline, away && !opening);
}

static void
library_changed_cb (PxLibraryEntry *entry,
                    GParamSpec     *pspec,
                    GtkWidget      *row)
{
  PxLibrary *library = px_library_entry_get_library (entry);

  /* Follows the connection of the store once there is one. */
  if (PX_IS_PG_STORE (library) && g_object_get_data (G_OBJECT (row), "px-watching") != library)
    {
      g_object_set_data (G_OBJECT (row), "px-watching", library);
      g_signal_connect_object (library, "notify::connected", G_CALLBACK (update_row_state), row, G_CONNECT_SWAPPED);
    }
  update_row_state (row);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PxLibraryEntry *entry = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *icon = gtk_image_new_from_icon_name (px_library_entry_is_team (entry) ? "system-users-symbolic"
                                                                                   : "user-home-symbolic");
  GtkWidget *title = gtk_label_new (px_library_entry_get_title (entry));
  GtkWidget *subtitle = gtk_label_new (px_library_entry_get_subtitle (entry));
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *offline = gtk_image_new_from_icon_name ("network-offline-symbolic");
  g_autofree char *accessible = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_widget_set_tooltip_text (offline, _("The team library cannot be reached"));
  gtk_widget_add_css_class (offline, "warning");

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), spinner);
  gtk_box_append (GTK_BOX (box), offline);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  if (px_library_entry_is_team (entry))
    /* Translators: accessible name of a library in the sidebar; %s is its name */
    accessible = g_strdup_printf (_("Team library %s"), px_library_entry_get_title (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible != NULL ? accessible : px_library_entry_get_title (entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, px_library_entry_get_subtitle (entry),
                                  -1);

  g_object_set_data_full (G_OBJECT (row), "px-entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (row), "px-spinner", spinner);
  g_object_set_data (G_OBJECT (row), "px-offline", offline);
  g_signal_connect_object (entry, "notify::library", G_CALLBACK (library_changed_cb), row, 0);
  g_signal_connect_object (entry, "notify::opening", G_CALLBACK (library_changed_cb), row, 0);
  library_changed_cb (entry, NULL, row);

  return row;
}

static void
select_current (PxLibrarySwitcher *self)
{
  GtkListBoxRow *row;

  self->selecting = TRUE;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_object_get_data (G_OBJECT (row), "px-entry") == (gpointer) self->current)
      break;
  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
  else
    gtk_list_box_unselect_all (self->list);
  self->selecting = FALSE;
}

static void
items_changed_cb (PxLibrarySwitcher *self)
{
  /* A list of one is no choice. */
  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (G_LIST_MODEL (self->libraries)) > 1);
  select_current (self);
}

static void
row_activated_cb (PxLibrarySwitcher *self,
                  GtkListBoxRow     *row)
{
  PxLibraryEntry *entry = g_object_get_data (G_OBJECT (row), "px-entry");

  g_signal_emit (self, signals[LIBRARY_ACTIVATED], 0, entry);
}

/* A sidebar row chosen by the keyboard or by assistive technologies
 * (which select rather than activate) opens its library too.
 */
static void
row_selected_cb (PxLibrarySwitcher *self,
                 GtkListBoxRow     *row)
{
  if (self->selecting || row == NULL
      || g_object_get_data (G_OBJECT (row), "px-entry") == (gpointer) self->current)
    return;

  row_activated_cb (self, row);
}

void
px_library_switcher_set_current (PxLibrarySwitcher *self,
                                 PxLibraryEntry    *entry)
{
  g_return_if_fail (PX_IS_LIBRARY_SWITCHER (self));

  g_set_object (&self->current, entry);
  select_current (self);
}

PxLibraryEntry *
px_library_switcher_get_current (PxLibrarySwitcher *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_SWITCHER (self), NULL);

  return self->current;
}

PxLibrarySwitcher *
px_library_switcher_new (void)
{
  return g_object_new (PX_TYPE_LIBRARY_SWITCHER, NULL);
}

static void
px_library_switcher_dispose (GObject *object)
{
  PxLibrarySwitcher *self = PX_LIBRARY_SWITCHER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_LIBRARY_SWITCHER);
  g_clear_object (&self->current);
  if (self->libraries != NULL)
    g_signal_handlers_disconnect_by_data (self->libraries, self);
  g_clear_object (&self->libraries);

  G_OBJECT_CLASS (px_library_switcher_parent_class)->dispose (object);
}

static void
px_library_switcher_class_init (PxLibrarySwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_library_switcher_dispose;

  signals[LIBRARY_ACTIVATED] = g_signal_new ("library-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_LIBRARY_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-library-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, PxLibrarySwitcher, box);
  gtk_widget_class_bind_template_child (widget_class, PxLibrarySwitcher, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
px_library_switcher_init (PxLibrarySwitcher *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->libraries = g_object_ref (px_libraries_get_default ());
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->libraries), create_row, NULL, NULL);
  g_signal_connect_object (self->libraries, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->current = g_object_ref (px_libraries_get_local (self->libraries));
  items_changed_cb (self);
}
