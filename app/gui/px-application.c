/* px-application.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-application.h"

#include "px-backup-dialog.h"
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
  gboolean store_opened;  /* the open finished, with a store or an error */
  GPtrArray *pending;     /* Pending: what waits for the library */
  gboolean maintained;
};

/* What a window does once the library is open: it opens on the database
 * thread while the window is shown.
 */
typedef struct
{
  PxWindow *window;
  gboolean restore;
  GStrv inputs;
  gboolean demo;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_object_unref (pending->window);
  g_strfreev (pending->inputs);
  g_free (pending);
}

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

static void
maintained_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (g_application_get_default ()));

  /* A failed backup keeps the previous one and does not stop the user's
   * work; one that would lose what the backup holds asks first.
   */
  if (px_library_maintain_finish (PX_LIBRARY (object), result, &error))
    return;
  if (g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_BACKUP_HOLDS_MORE) && window != NULL)
    px_backup_dialog_present (window, PX_STORE (object), error->message);
  else
    g_message ("%s", error->message);
}

static void
run_pending (PxApplication *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_ptr_array_new_with_free_func (pending_free);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);

      if (px_window_get_store (p->window) == NULL && self->store != NULL)
        px_window_set_store (p->window, self->store, p->restore);
      if (self->store_error != NULL && !p->demo && p->inputs == NULL)
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (p->window), _("The Library Could Not Be Opened"),
                                                      self->store_error);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      if (p->demo)
        px_window_open_demo (p->window);
      if (p->inputs != NULL)
        px_window_open_inputs (p->window, (const char * const *) p->inputs);
    }

  /* The check and the daily backup the open left for later, now that the
   * story is on screen; queued behind its reads on the database thread.
   */
  if (self->store != NULL && !self->maintained)
    {
      self->maintained = TRUE;
      px_library_maintain_async (PX_LIBRARY (self->store), NULL, maintained_cb, NULL);
    }
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PxApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  self->store = px_store_open_finish (result, &error);
  if (self->store == NULL)
    self->store_error = g_strdup (error->message);
  self->store_opened = TRUE;
  run_pending (self);
  g_application_release (G_APPLICATION (self));
}

/* The window, created on first use and shown at once; @restore reopens the
 * last story (or imports the demo on a new profile) when the window is new,
 * @inputs start a story, @demo opens the demo, once the library is open.
 */
static GtkWindow *
ensure_window (PxApplication      *self,
               gboolean            restore,
               const char * const *inputs,
               gboolean            demo)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  Pending *pending = g_new0 (Pending, 1);

  if (window == NULL)
    {
      window = GTK_WINDOW (px_window_new (self));
      gtk_window_present (window);
    }
  else
    restore = FALSE;

  pending->window = g_object_ref (PX_WINDOW (window));
  pending->restore = restore;
  pending->inputs = inputs != NULL ? g_strdupv ((GStrv) inputs) : NULL;
  pending->demo = demo;
  g_ptr_array_add (self->pending, pending);
  if (self->store_opened)
    run_pending (self);

  return window;
}

static void
px_application_activate (GApplication *app)
{
  gtk_window_present (ensure_window (PX_APPLICATION (app), TRUE, NULL, FALSE));
}

/* `parallax URL|FILE...`: a new story with those sources. */
static void
px_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      g_ptr_array_add (inputs, path != NULL ? path : g_file_get_uri (files[i]));
    }
  g_ptr_array_add (inputs, NULL);

  gtk_window_present (ensure_window (PX_APPLICATION (app), FALSE, (const char * const *) inputs->pdata, FALSE));
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

  gtk_window_present (ensure_window (self, FALSE, NULL, TRUE));
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

/* Ctrl+Q closes each window as its close button would, so that a window
 * keeps its size for the next start, then quits (a library still opening
 * holds the application no longer).
 */
static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* held: closing one may take its dialogs with it */
  g_list_foreach (windows, (GFunc) (void (*) (void)) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "preferences", preferences_action_cb },
  { "open-demo", open_demo_action_cb },
  { "quit", quit_action_cb },
};

static void
closed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *closed = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_close_finish (PX_LIBRARY (object), result, &error))
    g_warning ("%s", error->message);
  *closed = TRUE;
}

static void
px_application_shutdown (GApplication *app)
{
  PxApplication *self = PX_APPLICATION (app);

  /* Closed on the database thread, after what is queued there (a backup
   * under way, the last saves).
   */
  if (self->store != NULL)
    {
      gboolean closed = FALSE;

      px_library_close_async (PX_LIBRARY (self->store), NULL, closed_cb, &closed);
      while (!closed)
        g_main_context_iteration (NULL, TRUE);
    }
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (px_application_parent_class)->shutdown (app);
}

static void
px_application_startup (GApplication *app)
{
  PxApplication *self = PX_APPLICATION (app);
  g_autofree char *store_path = NULL;
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
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (px_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  self->settings = g_settings_new (APP_ID);
  self->pending = g_ptr_array_new_with_free_func (pending_free);
  /* Opened (and checked) on a worker thread while the window is shown;
   * the daily backup waits until the story is on screen.
   */
  store_path = px_store_get_default_path ();
  g_application_hold (app);
  px_store_open_async (store_path, PX_STORE_OPEN_DEFER_BACKUP, NULL, store_opened_cb, g_object_ref (self));
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
  g_clear_pointer (&PX_APPLICATION (object)->pending, g_ptr_array_unref);

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
