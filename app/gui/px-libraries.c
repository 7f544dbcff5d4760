/* px-libraries.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-libraries"

#include "config.h"

#include "px-libraries.h"

#include "px-pg-secret.h"
#include "px-pg-store.h"

#include <glib/gi18n.h>

struct _PxLibraryEntry
{
  GObject parent_instance;

  char *title;
  char *subtitle;
  char *uri;      /* NULL: My library */
  char *author;
  PxLibrary *library;
  GPtrArray *waiting; /* GTask: opens waiting for the one under way */
};

G_DEFINE_FINAL_TYPE (PxLibraryEntry, px_library_entry, G_TYPE_OBJECT)

enum
{
  ENTRY_PROP_0,
  ENTRY_PROP_TITLE,
  ENTRY_PROP_SUBTITLE,
  ENTRY_PROP_URI,
  ENTRY_PROP_AUTHOR,
  ENTRY_PROP_LIBRARY,
  ENTRY_PROP_OPENING,
  ENTRY_N_PROPS
};

static GParamSpec *entry_properties[ENTRY_N_PROPS];

static void
px_library_entry_finalize (GObject *object)
{
  PxLibraryEntry *self = PX_LIBRARY_ENTRY (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->uri);
  g_free (self->author);
  g_clear_object (&self->library);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);

  G_OBJECT_CLASS (px_library_entry_parent_class)->finalize (object);
}

static void
px_library_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PxLibraryEntry *self = PX_LIBRARY_ENTRY (object);

  switch (prop_id)
    {
    case ENTRY_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case ENTRY_PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case ENTRY_PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case ENTRY_PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case ENTRY_PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case ENTRY_PROP_OPENING:
      g_value_set_boolean (value, self->waiting != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_library_entry_class_init (PxLibraryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = px_library_entry_finalize;
  object_class->get_property = px_library_entry_get_property;

  entry_properties[ENTRY_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  entry_properties[ENTRY_PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  entry_properties[ENTRY_PROP_URI] = g_param_spec_string ("uri", NULL, NULL, NULL, flags);
  entry_properties[ENTRY_PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  entry_properties[ENTRY_PROP_LIBRARY] = g_param_spec_object ("library", NULL, NULL, PX_TYPE_LIBRARY, flags);
  entry_properties[ENTRY_PROP_OPENING] = g_param_spec_boolean ("opening", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, ENTRY_N_PROPS, entry_properties);
}

static void
px_library_entry_init (PxLibraryEntry *self)
{
}

/* The database a team library's address names, and its server, for the
 * sidebar: "desk" and "db.example.org" for postgresql://db.example.org/desk.
 */
static void
describe_uri (const char  *uri,
              char       **database,
              char       **host)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NON_DNS | G_URI_FLAGS_ENCODED, NULL);
  const char *path = parsed != NULL ? g_uri_get_path (parsed) : NULL;

  *database = path != NULL && path[0] == '/' && path[1] != '\0' ? g_uri_unescape_string (path + 1, NULL) : NULL;
  *host = parsed != NULL && g_uri_get_host (parsed) != NULL && g_uri_get_host (parsed)[0] != '\0'
          ? g_strdup (g_uri_get_host (parsed)) : NULL;
  if (*database == NULL)
    *database = px_pg_uri_display (uri);
}

static PxLibraryEntry *
entry_new_team (const char *uri,
                const char *author)
{
  PxLibraryEntry *self = g_object_new (PX_TYPE_LIBRARY_ENTRY, NULL);
  g_autofree char *database = NULL;
  g_autofree char *host = NULL;

  describe_uri (uri, &database, &host);
  self->uri = g_strdup (uri);
  self->author = g_strdup (author);
  self->title = g_steal_pointer (&database);
  if (host != NULL)
    /* Translators: under a team library's name: its server, and the name the user signs with */
    self->subtitle = g_strdup_printf (_("%s · as %s"), host, author);
  else
    /* Translators: under a team library's name; %s is the name the user signs with */
    self->subtitle = g_strdup_printf (_("As %s"), author);

  return self;
}

const char *
px_library_entry_get_title (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), NULL);
  return self->title;
}

const char *
px_library_entry_get_subtitle (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), NULL);
  return self->subtitle;
}

const char *
px_library_entry_get_uri (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), NULL);
  return self->uri;
}

const char *
px_library_entry_get_author (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), NULL);
  return self->author;
}

gboolean
px_library_entry_is_team (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), FALSE);
  return self->uri != NULL;
}

PxLibrary *
px_library_entry_get_library (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), NULL);
  return self->library;
}

gboolean
px_library_entry_get_opening (PxLibraryEntry *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ENTRY (self), FALSE);
  return self->waiting != NULL;
}

static void
set_library (PxLibraryEntry *self,
             PxLibrary      *library)
{
  if (g_set_object (&self->library, library))
    g_object_notify_by_pspec (G_OBJECT (self), entry_properties[ENTRY_PROP_LIBRARY]);
}

/* On a worker thread: the password, then the connection. */
static void
open_team_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  PxLibraryEntry *self = source_object;
  g_autofree char *password = NULL;
  GError *error = NULL;
  PxPgStore *store;

  /* libpq reads PGPASSWORD and ~/.pgpass itself: the keyring is the rest. */
  if (g_getenv ("PGPASSWORD") == NULL)
    {
      password = px_pg_secret_lookup (self->uri, cancellable, &error);
      if (error != NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  store = px_pg_store_open (self->uri, password, self->author, NULL, &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
team_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  PxLibraryEntry *self = PX_LIBRARY_ENTRY (object);
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);
  g_autoptr(PxPgStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = g_task_propagate_pointer (G_TASK (result), &error);
  if (store != NULL)
    {
      /* Colleagues' changes arrive from now on. */
      px_pg_store_listen (store);
      set_library (self, PX_LIBRARY (store));
    }
  g_object_notify_by_pspec (G_OBJECT (self), entry_properties[ENTRY_PROP_OPENING]);

  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (store != NULL)
        g_task_return_pointer (task, g_object_ref (store), g_object_unref);
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

void
px_library_entry_open_async (PxLibraryEntry      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) open = NULL;

  g_return_if_fail (PX_IS_LIBRARY_ENTRY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_library_entry_open_async);
  g_task_set_check_cancellable (task, TRUE);

  if (self->library != NULL)
    {
      g_task_return_pointer (task, g_object_ref (self->library), g_object_unref);
      return;
    }
  if (self->uri == NULL)
    {
      /* My library is opened by the application at start. */
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("Your library is still being opened"));
      return;
    }

  if (self->waiting == NULL)
    {
      self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
      /* Not cancelled with any one caller: the others still wait for it. */
      open = g_task_new (self, NULL, team_opened_cb, NULL);
      g_task_set_source_tag (open, open_team_thread);
      g_task_run_in_thread (open, open_team_thread);
      g_object_notify_by_pspec (G_OBJECT (self), entry_properties[ENTRY_PROP_OPENING]);
    }
  g_ptr_array_add (self->waiting, g_steal_pointer (&task));
}

PxLibrary *
px_library_entry_open_finish (PxLibraryEntry  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* PxLibraries */

struct _PxLibraries
{
  GObject parent_instance;

  GSettings *settings;
  PxLibraryEntry *local;
  GPtrArray *entries; /* PxLibraryEntry, local first */
};

static void px_libraries_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PxLibraries, px_libraries, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, px_libraries_list_model_init))

static GType
px_libraries_get_item_type (GListModel *model)
{
  return PX_TYPE_LIBRARY_ENTRY;
}

static guint
px_libraries_get_n_items (GListModel *model)
{
  return PX_LIBRARIES (model)->entries->len;
}

static gpointer
px_libraries_get_item (GListModel *model,
                       guint       position)
{
  PxLibraries *self = PX_LIBRARIES (model);

  return position < self->entries->len ? g_object_ref (g_ptr_array_index (self->entries, position)) : NULL;
}

static void
px_libraries_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = px_libraries_get_item_type;
  iface->get_n_items = px_libraries_get_n_items;
  iface->get_item = px_libraries_get_item;
}

PxLibraryEntry *
px_libraries_find_uri (PxLibraries *self,
                       const char  *uri)
{
  g_return_val_if_fail (PX_IS_LIBRARIES (self), NULL);

  for (guint i = 1; i < self->entries->len; i++)
    {
      PxLibraryEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (entry->uri, uri) == 0)
        return entry;
    }

  return NULL;
}

/* The setting changed: entries already open stay open (the same object),
 * removed ones go, new ones come.
 */
static void
settings_changed_cb (PxLibraries *self)
{
  g_autoptr(GVariant) libraries = g_settings_get_value (self->settings, "team-libraries");
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_before = self->entries->len;
  GVariantIter iter;
  const char *uri;
  const char *author;

  g_ptr_array_add (entries, g_object_ref (self->local));
  g_variant_iter_init (&iter, libraries);
  while (g_variant_iter_next (&iter, "(&s&s)", &uri, &author))
    {
      PxLibraryEntry *entry = px_libraries_find_uri (self, uri);

      if (entry != NULL && g_strcmp0 (entry->author, author) == 0)
        g_ptr_array_add (entries, g_object_ref (entry));
      else
        g_ptr_array_add (entries, entry_new_team (uri, author));
    }

  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&entries);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->entries->len);
}

static void
px_libraries_finalize (GObject *object)
{
  PxLibraries *self = PX_LIBRARIES (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->local);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (px_libraries_parent_class)->finalize (object);
}

static void
px_libraries_class_init (PxLibrariesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_libraries_finalize;
}

static void
px_libraries_init (PxLibraries *self)
{
  self->local = g_object_new (PX_TYPE_LIBRARY_ENTRY, NULL);
  self->local->title = g_strdup (_("My Library"));
  self->local->subtitle = g_strdup (_("On this computer"));
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->entries, g_object_ref (self->local));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::team-libraries", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  settings_changed_cb (self);
}

PxLibraries *
px_libraries_get_default (void)
{
  static PxLibraries *libraries;

  if (libraries == NULL)
    libraries = g_object_new (PX_TYPE_LIBRARIES, NULL);

  return libraries;
}

void
px_libraries_set_local (PxLibraries *self,
                        PxLibrary   *library)
{
  g_return_if_fail (PX_IS_LIBRARIES (self));

  set_library (self->local, library);
}

PxLibraryEntry *
px_libraries_get_local (PxLibraries *self)
{
  g_return_val_if_fail (PX_IS_LIBRARIES (self), NULL);

  return self->local;
}

PxLibraryEntry *
px_libraries_find (PxLibraries *self,
                   PxLibrary   *library)
{
  g_return_val_if_fail (PX_IS_LIBRARIES (self), NULL);

  for (guint i = 0; library != NULL && i < self->entries->len; i++)
    {
      PxLibraryEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->library == library)
        return entry;
    }

  return NULL;
}
