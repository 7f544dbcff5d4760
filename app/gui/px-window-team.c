/* px-window-team.c: the window and its libraries: switching between My
 * library and team libraries, colleagues' changes as they come, the
 * banner of a lost server, copying a story to another library
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-window.h"
#include "px-window-private.h"

#include "px-libraries.h"
#include "px-pg-store.h"
#include "px-source.h"
#include "px-story-copy.h"
#include "px-story-sources.h"
#include "px-toast.h"

#include <glib/gi18n.h>

/* Colleagues' changes */

#define SIDEBAR_DELAY_MS 500

static gboolean
story_has_source (PxWindow *self,
                  gint64    source_id)
{
  GListModel *sources = px_session_get_sources (self->session);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);

      if (px_source_get_source_id (source) == source_id)
        return TRUE;
    }

  return FALSE;
}

static gboolean
listed (GPtrArray *sources,
        gint64     source_id)
{
  for (guint i = 0; i < sources->len; i++)
    if (((const PxSourceRecord *) g_ptr_array_index (sources, i))->id == source_id)
      return TRUE;

  return FALSE;
}

/* TRUE when a column went. */
static gboolean
forget_removed_sources (PxWindow  *self,
                        GPtrArray *sources,
                        gint64     changed_source_id)
{
  GListModel *shown = px_session_get_sources (self->session);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (shown, i);
      gint64 source_id = px_source_get_source_id (source);

      if (source_id > 0 && (changed_source_id < 0 || source_id == changed_source_id) && !listed (sources, source_id))
        g_array_append_val (gone, source_id);
    }

  for (guint i = 0; i < gone->len; i++)
    px_session_forget_source (self->session, g_array_index (gone, gint64, i));
  return gone->len > 0;
}

typedef struct
{
  PxWindow *window;
  gint64 story_id;
  gint64 changed_source_id; /* the source a colleague changed; -1: any may have */
} StoryCall;

static void
story_call_free (StoryCall *call)
{
  g_object_unref (call->window);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoryCall, story_call_free)

static void
sources_listed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;
  PxWindow *self = call->window;
  gint64 story_id = call->story_id;
  gboolean changed = FALSE;

  sources = px_story_sources_list_finish (PX_LIBRARY (object), result, &error);
  /* The window may have moved on to another story or library meanwhile. */
  if (sources == NULL || PX_LIBRARY (object) != self->library
      || px_session_get_story_id (self->session) != story_id)
    return;

  /* A colleague's new source joins the columns (one that could not be
   * loaded too, with its reason); those shown stay as they are.
   */
  for (guint i = 0; i < sources->len; i++)
    {
      const PxSourceRecord *record = g_ptr_array_index (sources, i);

      if (record->story_id == story_id && !story_has_source (self, record->id))
        {
          g_autoptr(PxSource) source = px_source_new_for_record (record);

          px_session_add_source (self->session, source);
          changed = TRUE;
        }
    }

  /* The one they removed leaves. Only that one: a source this window has
   * just added may not be in the list read yet.
   */
  changed |= forget_removed_sources (self, sources, call->changed_source_id);
  /* The annotations on the sources that came or went come or go too. */
  if (changed)
    px_annotator_reload (self->annotator);
}

/* Reads the story's sources: a colleague's new one becomes a column, the
 * column of @changed_source_id goes if they removed it (-1: of any source
 * shown and no longer listed, after the server was lost).
 */
static void
update_sources (PxWindow *self,
                gint64    changed_source_id)
{
  gint64 story_id = px_session_get_story_id (self->session);
  StoryCall *call;

  if (self->library == NULL || story_id <= 0)
    return;

  call = g_new0 (StoryCall, 1);
  call->window = g_object_ref (self);
  call->story_id = story_id;
  call->changed_source_id = changed_source_id;
  px_story_sources_list_async (self->library, story_id, NULL, sources_listed_cb, call);
}

static gboolean
reload_sidebar_cb (gpointer data)
{
  PxWindow *self = data;

  self->sidebar_reload_id = 0;
  px_library_view_reload (self->library_view);
  return G_SOURCE_REMOVE;
}

/* Every annotation a colleague saves touches its story too: the sidebar
 * is read again once for a burst of them, not once each.
 */
static void
reload_sidebar_soon (PxWindow *self)
{
  if (self->sidebar_reload_id == 0)
    self->sidebar_reload_id = g_timeout_add (SIDEBAR_DELAY_MS, reload_sidebar_cb, self);
}

/* What a colleague did shows in this window within moments, without the
 * story being opened again: their annotation, verdict or review mark
 * (that annotation alone is read again), their new source (a column
 * more), the source they removed (its column goes), their new or renamed
 * story (the sidebar).
 */
static void
remote_change_cb (PxPgStore  *store,
                  int         kind,
                  gint64      story_id,
                  gint64      id,
                  const char *author,
                  PxWindow   *self)
{
  if (kind == PX_PG_CHANGE_STORY || kind == PX_PG_CHANGE_SOURCE)
    reload_sidebar_soon (self);
  if (story_id <= 0 || story_id != px_session_get_story_id (self->session))
    return;

  if (kind == PX_PG_CHANGE_ANNOTATION)
    px_annotator_annotation_changed (self->annotator, id);
  else if (kind == PX_PG_CHANGE_SOURCE)
    update_sources (self, id);
}

/* A save queued while the server could not be reached met a colleague's
 * newer one when it was sent: it was not applied, and nothing of theirs
 * was overwritten. Said in words that stay until read, with where the
 * save is kept.
 */
static void
replay_failed_cb (PxPgStore  *store,
                  const char *message,
                  PxWindow   *self)
{
  g_autofree char *failed = g_build_filename (px_pg_store_get_queue_dir (store), "failed.jsonl", NULL);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("A Queued Save Was Not Applied"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: the reason, then a file's path */
                                  _("A save made while the team library could not be reached was refused when it "
                                    "was sent. %s. Nothing was overwritten; your version is kept in “%s”."),
                                  message, failed);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Back after the server was lost: what was announced meanwhile is lost,
 * so everything shown is read again.
 */
static void
team_changed_cb (PxPgStore *store,
                 gint64     story_id,
                 PxWindow  *self)
{
  if (story_id != 0)
    return;

  px_library_view_reload (self->library_view);
  px_annotator_reload (self->annotator);
  update_sources (self, -1);
}

/* Copying a story to another library */

static void
rebuild_copy_menu (PxWindow *self)
{
  GListModel *libraries = G_LIST_MODEL (px_libraries_get_default ());
  g_autoptr(GMenu) targets = g_menu_new ();
  guint n = g_list_model_get_n_items (libraries);

  g_menu_remove_all (self->copy_section);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxLibraryEntry) entry = g_list_model_get_item (libraries, i);
      const char *uri = px_library_entry_get_uri (entry);
      g_autoptr(GMenuItem) item = NULL;

      if (self->library != NULL && px_library_entry_get_library (entry) == self->library)
        continue;
      item = g_menu_item_new (px_library_entry_get_title (entry), NULL);
      g_menu_item_set_action_and_target_value (item, "win.copy-story-to", g_variant_new_string (uri != NULL ? uri : ""));
      g_menu_append_item (targets, item);
    }

  /* Only where there is another library to copy to. */
  if (n > 1)
    g_menu_append_submenu (self->copy_section, _("_Copy Story To"), G_MENU_MODEL (targets));
}

typedef struct
{
  PxWindow *window;
  PxLibrary *from;
  PxLibraryEntry *to;
  gint64 story_id;
  char *title;
  AdwToast *progress;
} Copy;

static void
copy_free (Copy *copy)
{
  g_object_unref (copy->window);
  g_object_unref (copy->from);
  g_object_unref (copy->to);
  g_free (copy->title);
  g_clear_object (&copy->progress);
  g_free (copy);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Copy, copy_free)

static void
copy_failed (Copy         *copy,
             const GError *error)
{
  /* Translators: a story could not be copied; the story's title, the library's name, the reason */
  g_autofree char *message = g_strdup_printf (_("Could not copy “%s” to %s: %s"), copy->title,
                                              px_library_entry_get_title (copy->to), error->message);

  adw_toast_dismiss (copy->progress);
  _px_window_toast (copy->window, message);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Copy *copy = task_data;
  GError *error = NULL;
  gint64 id = px_story_copy (copy->from, copy->story_id, px_library_entry_get_library (copy->to), cancellable,
                             &error);

  if (id <= 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, id);
}

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Copy *copy = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_int (G_TASK (result), &error) <= 0)
    {
      copy_failed (copy, error);
      return;
    }

  adw_toast_dismiss (copy->progress);
  /* Translators: the story's title, the library's name */
  message = g_strdup_printf (_("“%s” copied to %s"), copy->title, px_library_entry_get_title (copy->to));
  _px_window_toast (copy->window, message);
  if (px_library_entry_get_library (copy->to) == copy->window->library)
    px_library_view_reload (copy->window->library_view);
}

static void
copy_target_opened_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(Copy) copy = user_data;
  g_autoptr(PxLibrary) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  to = px_library_entry_open_finish (PX_LIBRARY_ENTRY (object), result, &error);
  if (to == NULL)
    {
      copy_failed (copy, error);
      return;
    }

  task = g_task_new (NULL, NULL, copied_cb, NULL);
  g_task_set_source_tag (task, copy_target_opened_cb);
  g_task_set_task_data (task, g_steal_pointer (&copy), (GDestroyNotify) copy_free);
  g_task_run_in_thread (task, copy_thread);
}

/* win.copy-story-to (s): the story shown, into the library at that
 * address ("" for My library); the network and the disk work on a worker
 * thread while a toast says what is under way.
 */
static void
copy_story_to_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  PxLibraries *libraries = px_libraries_get_default ();
  const char *uri = g_variant_get_string (parameter, NULL);
  PxLibraryEntry *to = uri[0] != '\0' ? px_libraries_find_uri (libraries, uri) : px_libraries_get_local (libraries);
  gint64 story_id = px_session_get_story_id (self->session);
  g_autofree char *message = NULL;
  Copy *copy;

  if (to == NULL || self->library == NULL || story_id <= 0 || px_library_entry_get_library (to) == self->library)
    return;

  copy = g_new0 (Copy, 1);
  copy->window = g_object_ref (self);
  copy->from = g_object_ref (self->library);
  copy->to = g_object_ref (to);
  copy->story_id = story_id;
  copy->title = g_strdup (px_session_get_title (self->session));
  /* Translators: the story's title, the library's name */
  message = g_strdup_printf (_("Copying “%s” to %s…"), copy->title, px_library_entry_get_title (to));
  copy->progress = g_object_ref (px_toast_new (message));
  adw_toast_set_timeout (copy->progress, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (copy->progress));
  px_library_entry_open_async (to, NULL, copy_target_opened_cb, copy);
}

/* Switching libraries */

static void
stories_listed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GPtrArray) stories = NULL;

  stories = px_library_list_stories_finish (PX_LIBRARY (object), result, NULL);
  /* Only if nothing else was opened meanwhile. */
  if (stories == NULL || stories->len == 0 || PX_LIBRARY (object) != self->library
      || px_session_has_story (self->session))
    return;

  px_window_open_story (self, ((const PxStoryInfo *) g_ptr_array_index (stories, 0))->id);
}

static void
library_opened_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  PxWindow *self;

  library = px_library_entry_open_finish (PX_LIBRARY_ENTRY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PX_WINDOW (user_data);
  if (library == NULL)
    {
      /* Translators: a team library could not be opened; its name, the reason */
      g_autofree char *message = g_strdup_printf (_("Could not open %s: %s"),
                                                  px_library_entry_get_title (PX_LIBRARY_ENTRY (object)),
                                                  error->message);

      _px_window_toast (self, message);
      px_library_switcher_set_current (self->library_switcher, px_libraries_find (px_libraries_get_default (),
                                                                                   self->library));
      return;
    }

  px_window_set_library (self, library, FALSE);
  /* A library opens on its newest story, as the window opens on the last one. */
  px_library_list_stories_async (library, FALSE, NULL, stories_listed_cb, g_object_ref (self));
}

static void
library_activated_cb (PxWindow       *self,
                      PxLibraryEntry *entry)
{
  if (px_library_entry_get_library (entry) != NULL && px_library_entry_get_library (entry) == self->library)
    return;

  /* The last one asked for wins. */
  g_cancellable_cancel (self->library_cancellable);
  g_clear_object (&self->library_cancellable);
  self->library_cancellable = g_cancellable_new ();
  px_library_entry_open_async (entry, self->library_cancellable, library_opened_cb, self);
}

void
_px_window_switch_library (PxWindow       *self,
                           PxLibraryEntry *entry)
{
  px_library_switcher_set_current (self->library_switcher, entry);
  library_activated_cb (self, entry);
}

void
_px_window_team_library_set (PxWindow  *self,
                             PxLibrary *old)
{
  if (PX_IS_PG_STORE (old))
    g_signal_handlers_disconnect_by_data (old, self);
  if (PX_IS_PG_STORE (self->library))
    {
      g_signal_connect_object (self->library, "remote-change", G_CALLBACK (remote_change_cb), self, 0);
      g_signal_connect_object (self->library, "changed", G_CALLBACK (team_changed_cb), self, 0);
      g_signal_connect_object (self->library, "replay-failed", G_CALLBACK (replay_failed_cb), self, 0);
    }

  px_team_banner_set_library (self->team_banner, self->library);
  px_library_switcher_set_current (self->library_switcher,
                                   px_libraries_find (px_libraries_get_default (), self->library));
  rebuild_copy_menu (self);
}

void
_px_window_team_init (PxWindow *self)
{
  self->library_cancellable = g_cancellable_new ();
  g_signal_connect_object (px_libraries_get_default (), "items-changed", G_CALLBACK (rebuild_copy_menu), self,
                           G_CONNECT_SWAPPED);
  rebuild_copy_menu (self);
}

void
_px_window_team_dispose (PxWindow *self)
{
  g_cancellable_cancel (self->library_cancellable);
  g_clear_object (&self->library_cancellable);
  g_clear_handle_id (&self->sidebar_reload_id, g_source_remove);
  if (PX_IS_PG_STORE (self->library))
    g_signal_handlers_disconnect_by_data (self->library, self);
}

void
_px_window_team_class_init (PxWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PX_TYPE_LIBRARY_SWITCHER);
  g_type_ensure (PX_TYPE_TEAM_BANNER);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, library_switcher);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, team_banner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, copy_section);
  gtk_widget_class_bind_template_callback (widget_class, library_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.copy-story-to", "s", copy_story_to_action);
}
