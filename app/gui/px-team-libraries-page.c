/* px-team-libraries-page.c: Preferences, Team Libraries
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-team-libraries-page.h"

#include "px-pg-secret.h"
#include "px-pg-store.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

/* The libraries are the setting "team-libraries", a list of (address
 * without password, name to sign with); their passwords are in the
 * keyring only.
 */
struct _PxTeamLibrariesPage
{
  AdwPreferencesPage parent_instance;

  AdwPreferencesGroup *libraries_group;
  AdwActionRow *empty_row;
  AdwEntryRow *uri_row;
  AdwEntryRow *author_row;
  AdwPasswordEntryRow *password_row;
  AdwActionRow *status_row;
  GtkSpinner *spinner;
  GtkButton *add_button;

  GSettings *settings;
  GPtrArray *rows;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PxTeamLibrariesPage, px_team_libraries_page, ADW_TYPE_PREFERENCES_PAGE)

typedef struct
{
  char *uri;
  char *author;
  char *password;
} AddData;

static void
add_data_free (AddData *data)
{
  g_free (data->uri);
  g_free (data->author);
  g_free (data->password);
  g_free (data);
}

static void remove_clicked_cb (GtkButton           *button,
                               PxTeamLibrariesPage *self);

static void
rebuild_rows (PxTeamLibrariesPage *self)
{
  g_autoptr(GVariant) libraries = g_settings_get_value (self->settings, "team-libraries");
  GVariantIter iter;
  const char *uri;
  const char *author;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->libraries_group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  g_variant_iter_init (&iter, libraries);
  while (g_variant_iter_next (&iter, "(&s&s)", &uri, &author))
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      /* Translators: under a team library's address; %s is the name the user signs with */
      g_autofree char *subtitle = g_strdup_printf (_("Signed as %s"), author);
      /* Translators: the accessible name of a button; %s is a team library’s address */
      g_autofree char *label = g_strdup_printf (_("Remove %s"), uri);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), uri);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (button), "uri", g_strdup (uri), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->libraries_group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->rows->len == 0);
}

static void
set_status (PxTeamLibrariesPage *self,
            const char          *message,
            gboolean             error)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), message);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "error");
}

static void
fields_changed_cb (PxTeamLibrariesPage *self)
{
  const char *uri = gtk_editable_get_text (GTK_EDITABLE (self->uri_row));
  const char *author = gtk_editable_get_text (GTK_EDITABLE (self->author_row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            px_pg_is_uri (uri) && *author != '\0' && !gtk_spinner_get_spinning (self->spinner));
}

/* On a worker thread: connects once (so a wrong address or password is
 * said now), then keeps the password in the keyring.
 */
static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  AddData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = NULL;
  g_autofree char *queue_dir = NULL;

  queue_dir = g_dir_make_tmp ("px-team-check-XXXXXX", &error);
  if (queue_dir == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  store = px_pg_store_open (data->uri, data->password, data->author, queue_dir, &error);
  if (store != NULL && !px_pg_store_get_connected (store))
    {
      /* Opening works offline; adding needs the server once. */
      g_clear_error (&error);
      px_pg_store_sync (store, &error);
    }
  if (store != NULL)
    px_pg_store_close (store);
  {
    g_autofree char *lock = g_build_filename (queue_dir, "lock", NULL);

    g_unlink (lock);
    g_rmdir (queue_dir);
  }

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (data->password != NULL && *data->password != '\0'
      && !px_pg_secret_store (data->uri, data->password, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
add_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  PxTeamLibrariesPage *self = PX_TEAM_LIBRARIES_PAGE (object);
  AddData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) libraries = NULL;
  g_autoptr(GVariantBuilder) builder = NULL;
  GVariantIter iter;
  const char *uri;
  const char *author;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_spinner_stop (self->spinner);
      set_status (self, error->message, TRUE);
      fields_changed_cb (self);
      return;
    }

  gtk_spinner_stop (self->spinner);

  /* The same address again replaces the earlier entry. */
  libraries = g_settings_get_value (self->settings, "team-libraries");
  builder = g_variant_builder_new (G_VARIANT_TYPE ("a(ss)"));
  g_variant_iter_init (&iter, libraries);
  while (g_variant_iter_next (&iter, "(&s&s)", &uri, &author))
    if (!g_str_equal (uri, data->uri))
      g_variant_builder_add (builder, "(ss)", uri, author);
  g_variant_builder_add (builder, "(ss)", data->uri, data->author);
  g_settings_set_value (self->settings, "team-libraries", g_variant_builder_end (builder));

  gtk_editable_set_text (GTK_EDITABLE (self->uri_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  /* Translators: %s is a team library's address */
  {
    /* Translators: %s is a team library’s address */
    g_autofree char *message = g_strdup_printf (_("Added %s"), data->uri);

    set_status (self, message, FALSE);
  }
  fields_changed_cb (self);
}

static void
add_clicked_cb (PxTeamLibrariesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->uri_row));
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  AddData *data;
  gboolean local;

  if (!px_pg_uri_is_local (text, &local, &error))
    {
      set_status (self, error->message, TRUE);
      return;
    }

  data = g_new0 (AddData, 1);
  /* A password typed into the address goes to the keyring, not to settings. */
  data->uri = px_pg_uri_display (text);
  parsed = g_uri_parse (text, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED, NULL);
  if (parsed != NULL && g_uri_get_password (parsed) != NULL)
    data->password = g_uri_unescape_string (g_uri_get_password (parsed), NULL);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->password_row)) != '\0')
    {
      g_free (data->password);
      data->password = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->password_row)));
    }
  data->author = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->author_row))));

  gtk_spinner_start (self->spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  set_status (self, local ? _("Connecting…") : _("Connecting over TLS…"), FALSE);

  task = g_task_new (self, self->cancellable, add_done_cb, NULL);
  g_task_set_source_tag (task, add_clicked_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);
  g_task_run_in_thread (task, add_thread);
}

static void
clear_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (!px_pg_secret_clear (task_data, cancellable, &error))
    g_debug ("Could not remove the password of %s from the keyring: %s", (char *) task_data, error->message);
  g_task_return_boolean (task, TRUE);
}

static void
remove_clicked_cb (GtkButton           *button,
                   PxTeamLibrariesPage *self)
{
  const char *removed = g_object_get_data (G_OBJECT (button), "uri");
  g_autoptr(GVariant) libraries = g_settings_get_value (self->settings, "team-libraries");
  g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("a(ss)"));
  g_autoptr(GTask) task = NULL;
  GVariantIter iter;
  const char *uri;
  const char *author;

  g_variant_iter_init (&iter, libraries);
  while (g_variant_iter_next (&iter, "(&s&s)", &uri, &author))
    if (!g_str_equal (uri, removed))
      g_variant_builder_add (builder, "(ss)", uri, author);

  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_source_tag (task, remove_clicked_cb);
  g_task_set_task_data (task, g_strdup (removed), g_free);
  g_task_run_in_thread (task, clear_thread);

  /* Last: rebuilding the rows frees @button and @removed. */
  g_settings_set_value (self->settings, "team-libraries", g_variant_builder_end (builder));
}

static void
px_team_libraries_page_dispose (GObject *object)
{
  PxTeamLibrariesPage *self = PX_TEAM_LIBRARIES_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_TEAM_LIBRARIES_PAGE);

  G_OBJECT_CLASS (px_team_libraries_page_parent_class)->dispose (object);
}

static void
px_team_libraries_page_finalize (GObject *object)
{
  PxTeamLibrariesPage *self = PX_TEAM_LIBRARIES_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (px_team_libraries_page_parent_class)->finalize (object);
}

static void
px_team_libraries_page_class_init (PxTeamLibrariesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_team_libraries_page_dispose;
  object_class->finalize = px_team_libraries_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-team-libraries-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, libraries_group);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, empty_row);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, uri_row);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, author_row);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxTeamLibrariesPage, add_button);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

/* A button of an entry row that shows an icon alone (the password's eye,
 * "Show Text" or "Hide Text"; Apply) is named as its tooltip says it. */
static void
name_by_tooltip_cb (GtkWidget *button)
{
  const char *tooltip = gtk_widget_get_tooltip_text (button);

  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
name_icon_buttons (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))))
    {
      g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (name_by_tooltip_cb), NULL);
      name_by_tooltip_cb (widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    name_icon_buttons (child);
}

static void
px_team_libraries_page_init (PxTeamLibrariesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  if (*g_get_real_name () != '\0' && !g_str_equal (g_get_real_name (), "Unknown"))
    gtk_editable_set_text (GTK_EDITABLE (self->author_row), g_get_real_name ());
  /* libadwaita 1.2's entry rows give such a button no name: AT-SPI read
   * the password's eye as "GtkImage", its tooltip its description alone. */
  name_icon_buttons (GTK_WIDGET (self->uri_row));
  name_icon_buttons (GTK_WIDGET (self->author_row));
  name_icon_buttons (GTK_WIDGET (self->password_row));

  g_signal_connect_object (self->settings, "changed::team-libraries", G_CALLBACK (rebuild_rows), self,
                           G_CONNECT_SWAPPED);
  rebuild_rows (self);
}

GtkWidget *
px_team_libraries_page_new (void)
{
  return g_object_new (PX_TYPE_TEAM_LIBRARIES_PAGE, NULL);
}
