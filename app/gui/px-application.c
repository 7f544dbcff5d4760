/* px-application.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-application.h"

#include "px-preferences-window.h"
#include "px-store.h"
#include "px-window.h"

#include <glib/gi18n.h>

struct _PxApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  PxStore *store;
  char *store_error;
};

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

/* The window, created on first use; @restore reopens the last story (or
 * imports the demo on a new profile) when the window is new.
 */
static GtkWindow *
ensure_window (PxApplication *self,
               gboolean       restore)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (px_window_new (self));
      gtk_window_present (window);
      px_window_set_store (PX_WINDOW (window), self->store, restore);
      if (self->store_error != NULL)
        {
          GtkWidget *dialog = adw_message_dialog_new (window, _("The Library Could Not Be Opened"),
                                                      self->store_error);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  return window;
}

static void
px_application_activate (GApplication *app)
{
  gtk_window_present (ensure_window (PX_APPLICATION (app), TRUE));
}

/* `parallax URL|FILE...`: a new story with those sources. */
static void
px_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  GtkWindow *window;

  window = ensure_window (PX_APPLICATION (app), FALSE);
  gtk_window_present (window);

  for (int i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      g_ptr_array_add (inputs, path != NULL ? path : g_file_get_uri (files[i]));
    }
  g_ptr_array_add (inputs, NULL);

  px_window_open_inputs (PX_WINDOW (window), (const char * const *) inputs->pdata);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = user_data;
  PxPreferencesWindow *preferences = px_preferences_window_new (gtk_application_get_active_window (app));

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
open_demo_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PxApplication *self = user_data;

  px_window_open_demo (PX_WINDOW (ensure_window (self, FALSE)));
}

/* `parallax --demo` opens the demo story, in the running instance if there
 * is one.
 */
static int
px_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autoptr(GError) error = NULL;

  if (!g_variant_dict_contains (options, "demo"))
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  return 0;
}

static void
color_scheme_changed_cb (PxApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (scheme, G_N_ELEMENTS (schemes) - 1)]);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "The Parallax authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Parallax"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Compare how outlets report the same news event"),
                         NULL);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "preferences", preferences_action_cb },
  { "open-demo", open_demo_action_cb },
  { "quit", quit_action_cb },
};

static void
px_application_shutdown (GApplication *app)
{
  PxApplication *self = PX_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !px_store_close (self->store, &error))
    g_warning ("%s", error->message);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (px_application_parent_class)->shutdown (app);
}

static void
px_application_startup (GApplication *app)
{
  PxApplication *self = PX_APPLICATION (app);
  g_autofree char *store_path = NULL;
  g_autoptr(GError) error = NULL;
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-story", { "<Control>n", NULL } },
    { "win.add-url", { "<Control>l", NULL } },
    { "win.open-files", { "<Control>o", NULL } },
    { "win.paste-text", { "<Control><Shift>v", NULL } },
    { "win.show-claims-panel", { "F9", NULL } },
    { "win.sidebar-visible", { "F8", NULL } },
    { "win.next-difference", { "<Alt>Down", NULL } },
    { "win.previous-difference", { "<Alt>Up", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.view::columns", { "<Control>1", NULL } },
    { "win.view::table", { "<Control>2", NULL } },
    { "win.annotate", { "<Control>m", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (px_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  self->settings = g_settings_new (APP_ID);
  store_path = px_store_get_default_path ();
  self->store = px_store_open (store_path, &error);
  if (self->store == NULL)
    self->store_error = g_strdup (error->message);
  g_signal_connect_object (self->settings, "changed::color-scheme", G_CALLBACK (color_scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  color_scheme_changed_cb (self);
}

static void
px_application_finalize (GObject *object)
{
  g_clear_object (&PX_APPLICATION (object)->settings);
  g_clear_object (&PX_APPLICATION (object)->store);
  g_free (PX_APPLICATION (object)->store_error);

  G_OBJECT_CLASS (px_application_parent_class)->finalize (object);
}

static void
px_application_class_init (PxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = px_application_finalize;

  app_class->activate = px_application_activate;
  app_class->open = px_application_open;
  app_class->startup = px_application_startup;
  app_class->shutdown = px_application_shutdown;
  app_class->handle_local_options = px_application_handle_local_options;
}

static void
px_application_init (PxApplication *self)
{
  static const GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the demo story"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

PxApplication *
px_application_new (void)
{
  return g_object_new (PX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", PX_RESOURCE_PREFIX,
                       NULL);
}
