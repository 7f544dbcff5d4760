/* px-session.c: the story a window shows, and the operations on it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parallax-session"

#include "config.h"

#include "px-session.h"

#include "px-input.h"
#include "px-outlets.h"
#include "px-safe-text.h"
#include "px-source.h"
#include "px-story-sources.h"
#include "px-versions.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _PxSession
{
  GObject parent_instance;

  PxLibrary *library;
  gint64 story_id;
  char *title;
  gboolean title_provisional;
  gint64 demo_story_id;
  gboolean demo_made_here; /* its pages may still be loading */
  GListStore *sources;    /* PxSource, in column order */
  GPtrArray *removed;     /* Removed, for Undo */
  GPtrArray *renamed;     /* Renamed, for Undo */
  guint fetch_timeout;
  guint64 fetch_max_bytes;
  GCancellable *cancellable;

  guint generation;       /* one more for each story shown */
  guint n_busy;           /* story operations waiting for the library */
  gboolean creating;      /* the story shown waits for its id in the library */
  gboolean creating_demo; /* and it is the demo */
  GPtrArray *waiting;     /* PxSource whose load waits for that id */

  GPtrArray *watched;     /* PxSource whose state is followed */
  PxComparison *comparison;
  GPtrArray *compared;    /* PxSource, by the comparison's source index */
  /* The claim the reader was on when a comparison lost it (a source of
   * it removed), for the next comparison to find again (the removal
   * undone), until the reader goes elsewhere: */
  PxComparison *lost_comparison;
  GPtrArray *lost_sources;        /* of @lost_comparison, by its source index */
  int lost_claim;
  int lost_offset;                /* its current difference, from its first; -1 */
  char *compare_error;
  GCancellable *compare_cancellable;
  guint compare_idle_id;
  gint64 loading_since;   /* when a comparison first waited for a source still loading; 0: none */
  guint loading_grace_id; /* then, compares those that loaded */
  gboolean comparing;
  gboolean show_uncertain;
  gboolean show_attribution;
  GArray *differences;    /* DifferenceRef, the differences shown in reading order */
  guint n_hidden;
  guint n_less_certain;   /* of the differences shown, those below PX_DIFFERENCE_CONFIDENT */
  guint n_sure;           /* of the differences shown, those at PX_SESSION_SURE or above */
  int current_claim;
  int current_difference;
};

/* A difference shown: the @n_in_claim-th one shown of its claim. */
typedef struct
{
  guint claim;
  guint n_in_claim;
} DifferenceRef;

/* A source removed from the story, until Undo or another story. */
typedef struct
{
  PxSource *source;
  gint64 story_id;
  guint position;
} Removed;

static void
removed_free (Removed *removed)
{
  g_clear_object (&removed->source);
  g_free (removed);
}

static void schedule_compare (PxSession *self);

/* A source's outlet name before the reader renamed it, for Undo. */
typedef struct
{
  PxSource *source;
  gint64 story_id;
  char *outlet;
} Renamed;

static void
renamed_free (Renamed *renamed)
{
  g_clear_object (&renamed->source);
  g_free (renamed->outlet);
  g_free (renamed);
}

G_DEFINE_FINAL_TYPE (PxSession, px_session, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LIBRARY,
  PROP_STORY_ID,
  PROP_TITLE,
  PROP_DEMO_STORY_ID,
  PROP_BUSY,
  PROP_COMPARISON,
  PROP_COMPARING,
  PROP_CURRENT_CLAIM,
  PROP_CURRENT_DIFFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  STORY_STARTED,
  MESSAGE,
  DIFFERENCES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The bundled demo story: each page's resource and the address the page
 * says it belongs to, in column order.
 */
static const struct
{
  const char *resource;
  const char *url;
} demo_pages[] = {
  { PX_RESOURCE_PREFIX "/demo/rt.html", "https://www.rt.com/" },
  { PX_RESOURCE_PREFIX "/demo/reuters.html", "https://www.reuters.com/" },
  { PX_RESOURCE_PREFIX "/demo/bbc.html", "https://www.bbc.com/" },
  { PX_RESOURCE_PREFIX "/demo/thehill.html", "https://thehill.com/" },
};


static void
message (PxSession  *self,
         const char *text)
{
  g_signal_emit (self, signals[MESSAGE], 0, text);
}

/* A failed call's reason, unless the call was cancelled. */
static void
message_error (PxSession    *self,
               const GError *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message (self, error->message);
}

/* What an asynchronous call was made for: the story shown then. */
typedef struct
{
  PxSession *session;
  gint64 story_id;
  guint generation;
  gboolean busy;     /* a story operation: the session is busy until it ends */
  PxStoryInfo *info; /* opening: the story read */
  char *title;       /* renaming: the new title */
  PxSource *source;  /* restoring: the source brought back */
} StoryCall;

static StoryCall *
story_call_new (PxSession *self,
                gint64     story_id)
{
  StoryCall *call = g_new0 (StoryCall, 1);

  call->session = g_object_ref (self);
  call->story_id = story_id;
  call->generation = self->generation;
  return call;
}

/* A story operation on the library's thread: "busy" until it ends. */
static StoryCall *
story_op_new (PxSession *self,
              gint64     story_id)
{
  StoryCall *call = story_call_new (self, story_id);

  call->busy = TRUE;
  if (self->n_busy++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  return call;
}

static void
story_call_free (StoryCall *call)
{
  if (call->busy && --call->session->n_busy == 0)
    g_object_notify_by_pspec (G_OBJECT (call->session), properties[PROP_BUSY]);
  g_clear_pointer (&call->info, px_story_info_free);
  g_free (call->title);
  g_clear_object (&call->source);
  g_object_unref (call->session);
  g_free (call);
}

/* The story shown is still the one the call was made for; FALSE too when
 * the call was cancelled (the session went).
 */
static gboolean
story_call_is_current (StoryCall    *call,
                       const GError *error)
{
  return !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
         && call->generation == call->session->generation;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoryCall, story_call_free)

static void set_comparing (PxSession *self,
                           gboolean   comparing);
static void set_comparison (PxSession    *self,
                            PxComparison *comparison,
                            GPtrArray    *sources,
                            const char   *error_message);

static void
start_story (PxSession  *self,
             const char *title,
             gint64      story_id,
             gboolean    provisional)
{
  gboolean id_changed = self->story_id != story_id;

  /* Loads under way belong to the story they were started for. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sources)); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      px_source_cancel (source);
    }
  g_list_store_remove_all (self->sources);
  g_ptr_array_set_size (self->removed, 0);
  g_ptr_array_set_size (self->renamed, 0);
  self->generation++;
  self->creating = FALSE;
  self->creating_demo = FALSE;
  g_ptr_array_set_size (self->waiting, 0);
  /* Nothing of the last story's comparison is shown with this one. */
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_handle_id (&self->compare_idle_id, g_source_remove);
  g_clear_handle_id (&self->loading_grace_id, g_source_remove);
  self->loading_since = 0;
  set_comparing (self, FALSE);
  set_comparison (self, NULL, NULL, NULL);

  g_free (self->title);
  self->title = g_strdup (title);
  self->title_provisional = provisional;
  self->story_id = story_id;

  /* "story-started" first: "notify::story-id" then only tells of the id a
   * new story gets once the library keeps it.
   */
  g_object_freeze_notify (G_OBJECT (self));
  if (id_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_signal_emit (self, signals[STORY_STARTED], 0);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_title (PxSession  *self,
           const char *title)
{
  self->title_provisional = FALSE;
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

PxSession *
px_session_new (void)
{
  return g_object_new (PX_TYPE_SESSION, NULL);
}

PxLibrary *
px_session_get_library (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  return self->library;
}

void
px_session_set_library (PxSession *self,
                        PxLibrary *library)
{
  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (library == NULL || PX_IS_LIBRARY (library));

  if (g_set_object (&self->library, library))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

gint64
px_session_get_story_id (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  return self->story_id;
}

const char *
px_session_get_title (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  return self->title;
}

gboolean
px_session_has_story (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  return self->title != NULL;
}

gboolean
px_session_get_title_provisional (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  return self->title_provisional;
}

gint64
px_session_get_demo_story_id (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  return self->demo_story_id;
}

void
px_session_set_demo_story_id (PxSession *self,
                              gint64     story_id)
{
  g_return_if_fail (PX_IS_SESSION (self));

  if (self->demo_story_id == story_id)
    return;
  self->demo_made_here = FALSE;
  self->demo_story_id = story_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEMO_STORY_ID]);
}

static gboolean
find_source (PxSession *self,
             PxSource  *source,
             guint     *position)
{
  return g_list_store_find (self->sources, source, position);
}

static void
story_created_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  PxSession *self = call->session;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = px_library_create_story_finish (PX_LIBRARY (object), result, &error);

  /* Another story shown meanwhile: this one stays in the library, empty. */
  if (!story_call_is_current (call, error))
    return;

  self->creating = FALSE;
  if (id <= 0)
    message (self, error->message);
  else
    {
      self->story_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY_ID]);
      if (self->creating_demo)
        {
          px_session_set_demo_story_id (self, id);
          self->demo_made_here = TRUE;
        }
    }
  self->creating_demo = FALSE;

  /* The sources added meanwhile load now, into the story kept. */
  waiting = g_steal_pointer (&self->waiting);
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < waiting->len; i++)
    {
      PxSource *source = g_ptr_array_index (waiting, i);

      if (find_source (self, source, NULL) && px_source_get_state (source) == PX_SOURCE_LOADING)
        px_session_load_source (self, source);
    }
}

void
px_session_new_story (PxSession  *self,
                      const char *title)
{
  gboolean provisional = title == NULL;

  g_return_if_fail (PX_IS_SESSION (self));

  if (provisional)
    /* Translators: the title of a story until its first source names it */
    title = _("New Story");

  /* Shown at once; kept in the library on its thread, its id told by
   * "notify::story-id".
   */
  start_story (self, title, 0, provisional);
  if (self->library == NULL)
    return;

  self->creating = TRUE;
  if (provisional)
    px_library_create_provisional_story_async (self->library, title, self->cancellable, story_created_cb,
                                               story_op_new (self, 0));
  else
    px_library_create_story_async (self->library, title, self->cancellable, story_created_cb,
                                   story_op_new (self, 0));
}

/* @sources: every column, in order (px_story_sources_list()). */
static void
show_story (PxSession         *self,
            const PxStoryInfo *info,
            GPtrArray         *sources)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  /* A story left before its first source was loaded keeps the placeholder. */
  start_story (self, info->title, info->id, info->title_provisional);
  /* The sources that failed are columns too, with their reason. */
  for (guint i = 0; i < sources->len; i++)
    g_ptr_array_add (items, px_source_new_for_record (g_ptr_array_index (sources, i)));
  g_list_store_splice (self->sources, 0, 0, items->pdata, items->len);
}

static void
story_sources_listed_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;

  sources = px_story_sources_list_finish (PX_LIBRARY (object), result, &error);
  if (!story_call_is_current (call, error))
    return;
  if (sources == NULL)
    message (call->session, error->message);
  else
    show_story (call->session, call->info, sources);
}

static void
story_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GError) error = NULL;

  call->info = px_library_get_story_finish (PX_LIBRARY (object), result, &error);
  if (!story_call_is_current (call, error))
    return;
  if (call->info == NULL)
    {
      message (call->session, error->message);
      return;
    }

  {
    gint64 story_id = call->story_id;
    GCancellable *cancellable = call->session->cancellable;

    px_story_sources_list_async (PX_LIBRARY (object), story_id, cancellable, story_sources_listed_cb,
                                 g_steal_pointer (&call));
  }
}

void
px_session_open_story (PxSession *self,
                       gint64     story_id)
{
  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (self->library != NULL);

  px_library_get_story_async (self->library, story_id, self->cancellable, story_read_cb,
                              story_op_new (self, story_id));
}

gboolean
px_session_get_busy (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  return self->n_busy > 0;
}

void
px_session_close_story (PxSession *self)
{
  g_return_if_fail (PX_IS_SESSION (self));

  start_story (self, NULL, 0, FALSE);
}

static gboolean
is_demo_story (PxLibrary *library,
               gint64     story_id)
{
  g_autofree char *first = g_strconcat ("resource://", demo_pages[0].resource, NULL);
  g_autoptr(GPtrArray) sources = px_library_list_sources (library, story_id, NULL);

  for (guint j = 0; sources != NULL && j < sources->len; j++)
    if (g_strcmp0 (((const PxSourceRecord *) g_ptr_array_index (sources, j))->input, first) == 0)
      return TRUE;

  return FALSE;
}

/* The demo story of @library (blocking): @kept_id when it is the demo (or
 * @trusted: made in this session, its pages may still be loading), else
 * the story holding the demo's first page, searched once (a library that
 * had the demo before its id was kept, or a database moved in place).
 */
static gint64
find_demo (PxLibrary *library,
           gint64     kept_id,
           gboolean   trusted)
{
  g_autoptr(GPtrArray) stories = NULL;

  if (kept_id > 0)
    {
      g_autoptr(PxStoryInfo) info = px_library_get_story (library, kept_id, NULL);

      if (info != NULL && info->deleted_at == NULL && (trusted || is_demo_story (library, kept_id)))
        return kept_id;
      if (info != NULL && info->deleted_at != NULL)
        return 0;
    }

  stories = px_library_list_stories (library, FALSE, NULL);
  for (guint i = 0; stories != NULL && i < stories->len; i++)
    {
      const PxStoryInfo *info = g_ptr_array_index (stories, i);

      if (is_demo_story (library, info->id))
        return info->id;
    }

  return 0;
}

gint64
px_session_find_demo_story (PxSession *self)
{
  gint64 id;

  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  if (self->library == NULL)
    return 0;
  id = find_demo (self->library, self->demo_story_id, self->demo_made_here);
  if (id > 0)
    px_session_set_demo_story_id (self, id);
  return id;
}

static void
make_demo (PxSession *self)
{
  /* Translators: the title of the bundled demo story */
  px_session_new_story (self, _("Demo: the drone claim at Putin’s residence"));
  self->creating_demo = self->creating;
  for (guint i = 0; i < G_N_ELEMENTS (demo_pages); i++)
    {
      g_autoptr(PxSource) source = px_source_new_for_resource (demo_pages[i].resource, demo_pages[i].url);

      px_session_add_source (self, source);
    }
}

/* What the library holds, read on a worker: whether it is new, the demo
 * story, and whether the story asked for is there.
 */
typedef struct
{
  PxLibrary *library;
  gint64 demo_id;
  gboolean demo_trusted;
  gint64 story_id;     /* in: the story to open, or 0 */
  gboolean is_new;     /* out */
  gboolean story_live; /* out */
} LibraryLook;

static void
library_look_free (LibraryLook *look)
{
  g_object_unref (look->library);
  g_free (look);
}

static void
look_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LibraryLook *look = task_data;
  g_autoptr(GPtrArray) all = px_library_list_stories (look->library, TRUE, NULL);

  look->is_new = all != NULL && all->len == 0;
  /* A new library has no demo, whatever id was kept for another. */
  look->demo_id = look->is_new ? 0 : find_demo (look->library, look->demo_id, look->demo_trusted);
  if (look->story_id > 0 && !look->is_new)
    {
      g_autoptr(PxStoryInfo) info = px_library_get_story (look->library, look->story_id, NULL);

      look->story_live = info != NULL && info->deleted_at == NULL;
    }
  g_task_return_boolean (task, TRUE);
}

static void
look_in_library (PxSession           *self,
                 gint64               story_id,
                 GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = NULL;
  LibraryLook *look = g_new0 (LibraryLook, 1);

  look->library = g_object_ref (self->library);
  look->demo_id = self->demo_story_id;
  look->demo_trusted = self->demo_made_here;
  look->story_id = story_id;
  task = g_task_new (NULL, self->cancellable, callback, story_op_new (self, story_id));
  g_task_set_source_tag (task, look_in_library);
  g_task_set_task_data (task, look, (GDestroyNotify) library_look_free);
  g_task_run_in_thread (task, look_thread);
}

static void
demo_found_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  PxSession *self = call->session;
  LibraryLook *look = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  if (!story_call_is_current (call, error))
    return;

  if (look->demo_id <= 0)
    make_demo (self);
  else
    {
      px_session_set_demo_story_id (self, look->demo_id);
      if (look->demo_id != self->story_id)
        px_session_open_story (self, look->demo_id);
    }
}

void
px_session_open_demo (PxSession *self)
{
  g_return_if_fail (PX_IS_SESSION (self));

  if (self->library == NULL)
    make_demo (self);
  else
    look_in_library (self, 0, demo_found_cb);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  PxSession *self = call->session;
  LibraryLook *look = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  if (!story_call_is_current (call, error))
    return;

  /* A new profile: the demo story goes into the library and opens. */
  if (look->is_new)
    make_demo (self);
  else if (look->story_live)
    px_session_open_story (self, look->story_id);
}

void
px_session_restore (PxSession *self,
                    gint64     last_story_id)
{
  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (self->library != NULL);

  look_in_library (self, last_story_id, restored_cb);
}

gboolean
px_session_library_is_new (PxSession *self)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  if (self->library == NULL)
    return FALSE;
  all = px_library_list_stories (self->library, TRUE, NULL);
  return all != NULL && all->len == 0;
}

GListModel *
px_session_get_sources (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->sources);
}

void
px_session_set_fetch_limits (PxSession *self,
                             guint      timeout_seconds,
                             guint64    max_bytes)
{
  g_return_if_fail (PX_IS_SESSION (self));

  self->fetch_timeout = timeout_seconds;
  self->fetch_max_bytes = max_bytes;
}

PxFetcher *
px_session_new_fetcher (PxSession *self)
{
  PxFetcher *fetcher;

  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  fetcher = px_fetcher_new ();
  px_fetcher_set_timeout (fetcher, self->fetch_timeout);
  px_fetcher_set_max_bytes (fetcher, self->fetch_max_bytes);
  return fetcher;
}

/* Where @source goes among the sources the library keeps. */
static guint
stored_position (PxSession *self,
                 PxSource  *source)
{
  guint position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sources)); i++)
    {
      g_autoptr(PxSource) other = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (other == source)
        break;
      if (px_source_get_source_id (other) > 0)
        position++;
    }

  return position;
}

static void
source_moved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_move_source_finish (PX_LIBRARY (object), result, &error))
    message_error (call->session, error);
}

static void
move_stored (PxSession *self,
             PxSource  *source)
{
  gint64 source_id = px_source_get_source_id (source);

  if (self->library != NULL && source_id > 0)
    px_library_move_source_async (self->library, source_id, stored_position (self, source), self->cancellable,
                                  source_moved_cb, story_op_new (self, self->story_id));
}

/* The story's title in the library, then on screen if it is still shown. */
static void
story_renamed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_rename_story_finish (PX_LIBRARY (object), result, &error))
    {
      message_error (call->session, error);
      return;
    }
  if (story_call_is_current (call, NULL))
    set_title (call->session, call->title);
}

static void
rename_stored (PxSession  *self,
               const char *title)
{
  StoryCall *call = story_op_new (self, self->story_id);

  call->title = g_strdup (title);
  px_library_rename_story_async (self->library, self->story_id, title, self->cancellable, story_renamed_cb, call);
}

/* A story started from addresses is named after its first source's
 * headline, first in column order (the order the sources were given, or
 * the one the user has made since), whichever finishes loading first: a
 * source before it still loading is waited for, one that failed or has no
 * headline passed over. When every source is in and none has a headline
 * (plain texts that start with their first sentence), after the first
 * one's first sentence. Once: a title given is never replaced.
 */
static void
name_after_first_source (PxSession *self)
{
  GListModel *sources = G_LIST_MODEL (self->sources);
  g_autoptr(PxSource) untitled = NULL;
  g_autofree char *lead = NULL;

  if (!self->title_provisional || self->library == NULL || self->story_id <= 0 || self->creating)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);
      PxArticle *article;

      switch (px_source_get_state (source))
        {
        case PX_SOURCE_LOADING:
          return;
        case PX_SOURCE_READY:
          article = px_source_get_article (source);
          if (article != NULL && article->title != NULL && article->title[0] != '\0')
            {
              self->title_provisional = FALSE;
              rename_stored (self, article->title);
              return;
            }
          if (untitled == NULL)
            untitled = g_object_ref (source);
          break;
        case PX_SOURCE_FAILED:
        default:
          break;
        }
    }

  if (untitled != NULL && (lead = px_source_dup_title (untitled)) != NULL)
    {
      self->title_provisional = FALSE;
      rename_stored (self, lead);
    }
}

static void
source_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  PxSession *self = call->session;
  PxSource *source = PX_SOURCE (object);
  g_autoptr(GError) save_error = NULL;
  g_autoptr(GError) error = NULL;
  PxSourceSave save = PX_SOURCE_SAVE_NONE;

  /* A failure is shown in the source's column (and kept in the library,
   * in its column's place); a cancelled load says nothing.
   */
  if (!px_source_load_finish (source, result, &save, &save_error, &error))
    {
      if (call->story_id == self->story_id && find_source (self, source, NULL))
        {
          move_stored (self, source);
          name_after_first_source (self);
        }
      return;
    }
  if (call->story_id != self->story_id || !find_source (self, source, NULL))
    return;

  switch (save)
    {
    case PX_SOURCE_SAVE_FAILED:
      message (self, save_error->message);
      break;
    case PX_SOURCE_SAVE_CHANGED:
      message (self, _("The page has changed since it was last fetched; the new version is kept too"));
      break;
    case PX_SOURCE_SAVE_ADDED:
      move_stored (self, source);
      break;
    case PX_SOURCE_SAVE_NONE:
    case PX_SOURCE_SAVE_UNCHANGED:
    default:
      break;
    }
  name_after_first_source (self);
}

void
px_session_load_source (PxSession *self,
                        PxSource  *source)
{
  g_autoptr(PxFetcher) fetcher = NULL;

  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (PX_IS_SOURCE (source));

  /* The story is being kept: its id first, for the page to be kept in it. */
  if (self->creating)
    {
      if (!g_ptr_array_find (self->waiting, source, NULL))
        g_ptr_array_add (self->waiting, g_object_ref (source));
      return;
    }

  fetcher = px_session_new_fetcher (self);
  px_source_load_async (source, self->library, self->story_id, fetcher, self->cancellable, source_loaded_cb,
                        story_call_new (self, self->story_id));
}

void
px_session_add_source (PxSession *self,
                       PxSource  *source)
{
  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (PX_IS_SOURCE (source));

  if (self->title == NULL)
    px_session_new_story (self, NULL);
  g_list_store_append (self->sources, source);
  if (px_source_get_state (source) == PX_SOURCE_LOADING)
    px_session_load_source (self, source);
}

void
px_session_move_source (PxSession *self,
                        PxSource  *source,
                        guint      position)
{
  guint from;

  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (PX_IS_SOURCE (source));

  if (!find_source (self, source, &from) || from == position
      || position >= g_list_model_get_n_items (G_LIST_MODEL (self->sources)))
    return;

  /* One change over the sources between the two places (not a removal,
   * then an insertion): a view keeps the moved source's column, its
   * scroll and its focus, rather than making it anew.
   */
  {
    guint first = MIN (from, position);
    guint n = MAX (from, position) - first + 1;
    g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = first; i < first + n; i++)
      g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (self->sources), i));
    if (from < position)
      {
        gpointer moved = order->pdata[0];

        memmove (order->pdata, order->pdata + 1, (n - 1) * sizeof (gpointer));
        order->pdata[n - 1] = moved;
      }
    else
      {
        gpointer moved = order->pdata[n - 1];

        memmove (order->pdata + 1, order->pdata, (n - 1) * sizeof (gpointer));
        order->pdata[0] = moved;
      }
    g_list_store_splice (self->sources, first, n, order->pdata, n);
  }
  move_stored (self, source);
  name_after_first_source (self);
}

static void
source_deleted_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxSession) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_delete_source_finish (PX_LIBRARY (object), result, &error))
    message (self, error->message);
}

guint
px_session_remove_source (PxSession *self,
                          PxSource  *source)
{
  Removed *removed;
  guint position;

  g_return_val_if_fail (PX_IS_SESSION (self), 0);
  g_return_val_if_fail (PX_IS_SOURCE (source), 0);

  if (!find_source (self, source, &position))
    return 0;

  px_source_cancel (source);
  removed = g_new0 (Removed, 1);
  removed->source = g_object_ref (source);
  removed->story_id = self->story_id;
  removed->position = position;
  g_ptr_array_add (self->removed, removed);
  g_list_store_remove (self->sources, position);
  /* A source that was still loading before the others no longer holds
   * the story's name back. */
  name_after_first_source (self);

  if (self->library != NULL && px_source_get_source_id (source) > 0)
    px_library_delete_source_async (self->library, px_source_get_source_id (source), NULL, source_deleted_cb,
                                    g_object_ref (self));
  return self->removed->len;
}

void
px_session_replace_source (PxSession  *self,
                           PxSource   *source,
                           const char *input)
{
  g_autoptr(PxSource) replacement = NULL;
  guint position;

  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (PX_IS_SOURCE (source));
  g_return_if_fail (input != NULL);

  if (!find_source (self, source, &position))
    return;

  px_source_cancel (source);
  {
    g_autofree char *kept = px_input_dup_to_keep (input);

    replacement = px_source_new_for_input (kept);
  }
  /* One change of the list: its column takes the old one's place. */
  g_list_store_splice (self->sources, position, 1, (gpointer *) &replacement, 1);
  if (self->library != NULL && px_source_get_source_id (source) > 0)
    px_library_delete_source_async (self->library, px_source_get_source_id (source), NULL, source_deleted_cb,
                                    g_object_ref (self));
  px_session_load_source (self, replacement);
}

gboolean
px_session_forget_source (PxSession *self,
                          gint64     source_id)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  for (guint i = 0; source_id > 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->sources)); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (px_source_get_source_id (source) == source_id)
        {
          px_source_cancel (source);
          g_list_store_remove (self->sources, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Back in the library: in the library's order too, where it is now
 * among the columns. Not restored there (the store could not): its
 * column goes again, as the library does not have it.
 */
static void
source_restored_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  PxSession *self = call->session;
  g_autoptr(GError) error = NULL;
  guint position;

  if (!px_library_restore_source_finish (PX_LIBRARY (object), result, &error))
    {
      message (self, error->message);
      if (call->story_id == self->story_id && find_source (self, call->source, &position))
        {
          px_source_cancel (call->source);
          g_list_store_remove (self->sources, position);
        }
      return;
    }
  if (call->story_id == self->story_id && find_source (self, call->source, NULL))
    move_stored (self, call->source);
}

/* The removed source's own object goes back where it was: one insertion,
 * so a view makes that one column and keeps the others as they are
 * (their scroll, the claim selected); the story is not opened again. A
 * failed source comes back with its reason, one still loading is loaded
 * again.
 */
void
px_session_undo_remove (PxSession *self,
                        guint      token)
{
  Removed *removed;
  g_autoptr(PxSource) source = NULL;
  guint position;

  g_return_if_fail (PX_IS_SESSION (self));

  if (token == 0 || token > self->removed->len)
    return;
  removed = g_ptr_array_index (self->removed, token - 1);
  if (removed->source == NULL || removed->story_id != self->story_id)
    return;
  source = g_steal_pointer (&removed->source);
  /* Back already (a colleague restored it and this window heard it). */
  for (guint i = 0; px_source_get_source_id (source) > 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->sources)); i++)
    {
      g_autoptr(PxSource) other = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (px_source_get_source_id (other) == px_source_get_source_id (source))
        return;
    }

  position = MIN (removed->position, g_list_model_get_n_items (G_LIST_MODEL (self->sources)));
  g_list_store_insert (self->sources, position, source);
  if (self->library != NULL && px_source_get_source_id (source) > 0)
    {
      StoryCall *call = story_call_new (self, self->story_id);

      call->source = g_object_ref (source);
      px_library_restore_source_async (self->library, px_source_get_source_id (source), NULL, source_restored_cb,
                                       call);
    }
  if (px_source_get_state (source) == PX_SOURCE_LOADING)
    px_session_load_source (self, source);
}

static void
source_renamed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxSession) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_rename_source_finish (PX_LIBRARY (object), result, &error))
    message (self, error->message);
}

/* The column, the comparison's summaries and the library take the name;
 * a source not kept yet is kept with it.
 */
static gboolean
set_outlet (PxSession  *self,
            PxSource   *source,
            const char *outlet)
{
  g_autofree char *clean = px_outlet_name_clean (outlet);

  if (clean == NULL || !find_source (self, source, NULL) || px_source_get_state (source) != PX_SOURCE_READY
      || g_strcmp0 (clean, px_source_get_outlet (source)) == 0)
    return FALSE;

  px_source_set_outlet (source, clean);
  if (self->library != NULL && px_source_get_source_id (source) > 0)
    px_library_rename_source_async (self->library, px_source_get_source_id (source), clean, NULL,
                                    source_renamed_cb, g_object_ref (self));
  schedule_compare (self);
  return TRUE;
}

guint
px_session_rename_source (PxSession  *self,
                          PxSource   *source,
                          const char *outlet)
{
  g_autofree char *before = NULL;
  Renamed *renamed;

  g_return_val_if_fail (PX_IS_SESSION (self), 0);
  g_return_val_if_fail (PX_IS_SOURCE (source), 0);
  g_return_val_if_fail (outlet != NULL, 0);

  before = g_strdup (px_source_get_outlet (source));
  if (!set_outlet (self, source, outlet))
    return 0;

  renamed = g_new0 (Renamed, 1);
  renamed->source = g_object_ref (source);
  renamed->story_id = self->story_id;
  renamed->outlet = g_steal_pointer (&before);
  g_ptr_array_add (self->renamed, renamed);
  return self->renamed->len;
}

void
px_session_undo_rename (PxSession *self,
                        guint      token)
{
  Renamed *renamed;

  g_return_if_fail (PX_IS_SESSION (self));

  if (token == 0 || token > self->renamed->len)
    return;
  renamed = g_ptr_array_index (self->renamed, token - 1);
  if (renamed->source == NULL || renamed->story_id != self->story_id)
    return;
  set_outlet (self, renamed->source, renamed->outlet);
  g_clear_object (&renamed->source);
}

void
px_session_rename_story (PxSession  *self,
                         const char *title)
{
  g_return_if_fail (PX_IS_SESSION (self));
  g_return_if_fail (title != NULL);

  if (self->library != NULL && self->story_id > 0)
    rename_stored (self, title);
  else
    set_title (self, title);
}

static void
story_deleted_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_delete_story_finish (PX_LIBRARY (object), result, &error))
    message_error (call->session, error);
}

gint64
px_session_delete_story (PxSession *self)
{
  gint64 story_id;

  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  story_id = self->story_id;
  if (self->library == NULL || story_id <= 0)
    return 0;

  px_library_delete_story_async (self->library, story_id, self->cancellable, story_deleted_cb,
                                 story_op_new (self, story_id));
  px_session_close_story (self);
  return story_id;
}

static void
story_restored_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_restore_story_finish (PX_LIBRARY (object), result, &error))
    {
      message_error (call->session, error);
      return;
    }
  if (story_call_is_current (call, NULL))
    px_session_open_story (call->session, call->story_id);
}

void
px_session_restore_story (PxSession *self,
                          gint64     story_id)
{
  g_return_if_fail (PX_IS_SESSION (self));

  if (self->library != NULL)
    px_library_restore_story_async (self->library, story_id, self->cancellable, story_restored_cb,
                                    story_op_new (self, story_id));
}

/* An outlet's name in a message is cut here: a toast is one line. */
#define REFETCH_NAME_MAX_CHARS 40

/* The name the window gives stored source @source_id: its comparison's
 * ("BBC (2)" beside another BBC page), else its outlet's; one line, no
 * control or reordering characters. NULL when the story shown is not
 * the one fetched again, or the source has no name.
 */
static char *
refetched_source_name (StoryCall *call,
                       gint64     source_id)
{
  PxSession *self = call->session;
  const char *name = NULL;

  if (!story_call_is_current (call, NULL) || self->story_id != call->story_id)
    return NULL;
  for (guint i = 0; self->comparison != NULL && name == NULL && i < self->compared->len; i++)
    if (px_source_get_source_id (g_ptr_array_index (self->compared, i)) == source_id)
      name = px_comparison_get_source_label (self->comparison, i);
  for (guint i = 0; name == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->sources)); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (px_source_get_source_id (source) == source_id)
        name = px_source_get_outlet (source);
    }
  if (name == NULL)
    return NULL;

  {
    g_autofree char *safe = px_safe_text_short (name, REFETCH_NAME_MAX_CHARS);

    g_strstrip (safe);
    return !px_safe_text_is_blank (safe) ? g_steal_pointer (&safe) : NULL;
  }
}

/* Which sources changed, by name up to two: "BBC changed", "BBC and
 * Reuters changed", "3 sources changed".
 */
static char *
refetch_changed_text (StoryCall *call,
                      GArray    *changed_ids)
{
  guint n_changed = changed_ids->len;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert (n_changed > 0);
  if (n_changed <= 2)
    {
      first = refetched_source_name (call, g_array_index (changed_ids, gint64, 0));
      if (n_changed == 2)
        second = refetched_source_name (call, g_array_index (changed_ids, gint64, 1));
    }
  if (first != NULL && n_changed == 1)
    /* Translators: %s is an outlet's name: "BBC changed" when its page was fetched again */
    return g_strdup_printf (_("%s changed"), first);
  if (first != NULL && second != NULL)
    /* Translators: the two outlets whose pages changed when fetched again: "BBC and Reuters changed" */
    return g_strdup_printf (_("%s and %s changed"), first, second);
  /* Translators: %u is how many sources changed when fetched again */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source changed", "%u sources changed", n_changed),
                          n_changed);
}

/* What a re-fetch did, as one message; the story is shown again so the
 * columns have the newest versions. @changed_ids: the sources that
 * changed (gint64 ids, in column order).
 */
static void
refetch_done (StoryCall       *call,
              GArray          *changed_ids,
              guint            n_needs_review,
              guint            n_failed,
              const GError    *first_error,
              const char      *first_input,
              const PxArticle *first_page)
{
  PxSession *self = call->session;
  guint n_changed = changed_ids != NULL ? changed_ids->len : 0;
  g_autofree char *changed = NULL;
  g_autofree char *text = NULL;

  if (n_failed > 0 && n_changed == 0)
    /* a page with no article text named by what it says it is, as its
     * column names it */
    text = first_input != NULL ? px_source_describe_page_error (first_error, first_input, first_page)
                               : g_strdup (first_error->message);
  else if (n_changed == 0)
    text = g_strdup (_("No changes since the last fetch"));
  else
    {
      g_autofree char *kept = NULL;

      changed = refetch_changed_text (call, changed_ids);
      if (n_needs_review > 0)
        kept = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: %u is how many annotations lost their place
                                              * when a page was fetched again */
                                             "%u annotation needs review (see History)",
                                             "%u annotations need review (see History)",
                                             n_needs_review), n_needs_review);
      else
        kept = g_strdup (g_dngettext (GETTEXT_PACKAGE, "the new version is kept", "the new versions are kept",
                                      n_changed));
      /* Translators: which sources changed when fetched again ("BBC changed"), then what became of
       * them ("the new version is kept"); the first letter of the second part is small */
      text = g_strdup_printf (C_("fetched again", "%s; %s"), changed, kept);
    }
  /* Some changed and some failed: the failures are said too, the first
   * by its reason (it had been left out). */
  if (n_failed > 0 && n_changed > 0)
    {
      g_autofree char *reason = first_input != NULL
                                ? px_source_describe_page_error (first_error, first_input, first_page)
                                : g_strdup (first_error->message);
      char *both = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: what fetching again did ("BBC changed; the
                                                  * new version is kept"), then how many sources failed and
                                                  * why the first did */
                                                 "%s. %u source could not be fetched again: %s",
                                                 "%s. %u sources could not be fetched again; the first: %s",
                                                 n_failed), text, n_failed, reason);

      g_free (text);
      text = both;
    }
  message (self, text);

  if (n_changed > 0 && self->library != NULL && self->story_id > 0 && self->story_id == call->story_id)
    px_session_open_story (self, self->story_id);
}

static void
refetch_source_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  PxLibrary *library = task_data;
  PxFetcher *fetcher = g_object_get_data (G_OBJECT (task), "px-fetcher");
  gint64 source_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "px-source-id"));
  GError *error = NULL;
  PxReanchorReport *report;
  PxArticle *page = NULL;

  report = px_versions_refetch_source_full (library, fetcher, source_id, cancellable, &page, &error);
  /* what a page with no article text said, for the message */
  if (page != NULL)
    g_object_set_data_full (G_OBJECT (task), "px-page", page, (GDestroyNotify) px_article_unref);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) px_reanchor_report_free);
}

static void
refetch_source_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (report == NULL)
    {
      refetch_done (call, NULL, 0, 1, error, g_object_get_data (G_OBJECT (result), "px-input"),
                    g_object_get_data (G_OBJECT (result), "px-page"));
      return;
    }
  {
    g_autoptr(GArray) changed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

    if (report->changed)
      g_array_append_val (changed_ids, report->source_id);
    refetch_done (call, changed_ids, report->n_needs_review, 0, NULL, NULL, NULL);
  }
}

void
px_session_refetch_source (PxSession *self,
                           gint64     source_id)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_SESSION (self));

  if (self->library == NULL || source_id <= 0)
    return;

  message (self, _("Fetching the source again…"));
  task = g_task_new (NULL, self->cancellable, refetch_source_cb, story_call_new (self, self->story_id));
  g_task_set_source_tag (task, px_session_refetch_source);
  g_task_set_task_data (task, g_object_ref (self->library), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "px-fetcher", px_session_new_fetcher (self), g_object_unref);
  g_object_set_data (G_OBJECT (task), "px-source-id", GSIZE_TO_POINTER ((gsize) source_id));
  /* what a failure names */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sources)); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (px_source_get_source_id (source) == source_id)
        g_object_set_data_full (G_OBJECT (task), "px-input", g_strdup (px_source_get_input (source)), g_free);
    }
  g_task_run_in_thread (task, refetch_source_thread);
}

static void
refetch_story_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_review = 0, n_failed = 0;
  const GError *first_error = NULL;
  const char *first_input = NULL;
  const PxArticle *first_page = NULL;

  outcomes = px_versions_refetch_story_finish (PX_LIBRARY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (outcomes == NULL)
    {
      refetch_done (call, NULL, 0, 1, error, NULL, NULL);
      return;
    }

  for (guint i = 0; i < outcomes->len; i++)
    {
      PxRefetchOutcome *outcome = g_ptr_array_index (outcomes, i);

      if (outcome->report == NULL)
        {
          n_failed++;
          if (first_error == NULL)
            {
              first_error = outcome->error;
              first_input = outcome->input;
              first_page = outcome->page;
            }
          continue;
        }
      if (outcome->report->changed)
        g_array_append_val (changed_ids, outcome->report->source_id);
      n_review += outcome->report->n_needs_review;
    }
  refetch_done (call, changed_ids, n_review, n_failed, first_error, first_input, first_page);
}

void
px_session_refetch_story (PxSession *self)
{
  g_autoptr(PxFetcher) fetcher = NULL;

  g_return_if_fail (PX_IS_SESSION (self));

  if (self->library == NULL || self->story_id <= 0)
    {
      message (self, _("Only stories kept in the library can be fetched again"));
      return;
    }

  message (self, _("Fetching every source again…"));
  fetcher = px_session_new_fetcher (self);
  px_versions_refetch_story_async (self->library, fetcher, self->story_id, self->cancellable, refetch_story_cb,
                                   story_call_new (self, self->story_id));
}

static void
version_body_read_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PxSourceRecord *record = g_task_get_task_data (task);
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;
  PxSnapshot *snapshot;

  body = px_library_get_version_body_finish (PX_LIBRARY (object), result, &error);
  if (body == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The server's header is not kept: the charset the text was read in
   * stands for it, so that the page is read again the same way (a page
   * read in the header's windows-1251 and not told so would show as
   * windows-1252). NULL for versions kept before the library recorded it.
   */
  snapshot = px_snapshot_new_kept (body, record->final_url != NULL ? record->final_url : record->url,
                                   record->content_type, record->charset, record->fetched_at,
                                   record->input != NULL && px_input_classify (record->input) == PX_INPUT_KIND_URL);
  g_task_return_pointer (task, snapshot, (GDestroyNotify) px_snapshot_unref);
}

static void
stored_source_read_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PxSourceRecord *record;
  GError *error = NULL;

  record = px_library_get_source_finish (PX_LIBRARY (object), result, &error);
  if (record == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, record, (GDestroyNotify) px_source_record_free);
  px_library_get_version_body_async (PX_LIBRARY (object), record->version_id, g_task_get_cancellable (task),
                                     version_body_read_cb, g_object_ref (task));
}

void
px_session_get_stored_snapshot_async (PxSession           *self,
                                      gint64               source_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_session_get_stored_snapshot_async);
  if (self->library == NULL || source_id <= 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s",
                               _("The original page of this source was not kept"));
      return;
    }
  px_library_get_source_async (self->library, source_id, cancellable, stored_source_read_cb, g_object_ref (task));
}

PxSnapshot *
px_session_get_stored_snapshot_finish (PxSession     *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The comparison */

/* Whether @difference is among those shown; @hidden, when it is left out
 * for being less certain.
 */
static gboolean
difference_shown (PxSession    *self,
                  PxDifference *difference,
                  gboolean     *hidden)
{
  PxDifferenceKind kind = px_difference_get_kind (difference);

  if (hidden != NULL)
    *hidden = FALSE;
  if (kind == PX_DIFFERENCE_ATTRIBUTION)
    return self->show_attribution;
  if (!px_difference_is_confident (difference) && !self->show_uncertain)
    {
      if (hidden != NULL)
        *hidden = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Difference @index of @claim in the comparison's own order: its
 * differences, then the differences between claims listed under it.
 */
static PxDifference *
claim_difference (PxClaim *claim,
                  guint    index)
{
  guint n_own = px_claim_get_n_differences (claim);

  if (index < n_own)
    return px_claim_get_difference (claim, index);
  return px_claim_get_linked_difference (claim, index - n_own);
}

static void
rebuild_differences (PxSession *self)
{
  g_array_set_size (self->differences, 0);
  self->n_hidden = 0;
  self->n_less_certain = 0;
  self->n_sure = 0;
  if (self->comparison == NULL)
    return;

  for (guint c = 0; c < px_comparison_get_n_claims (self->comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (self->comparison, c);
      guint n = px_claim_get_n_differences (claim) + px_claim_get_n_linked_differences (claim);
      DifferenceRef ref = { c, 0 };

      for (guint d = 0; d < n; d++)
        {
          PxDifference *difference = claim_difference (claim, d);
          gboolean hidden;

          if (difference_shown (self, difference, &hidden))
            {
              g_array_append_val (self->differences, ref);
              ref.n_in_claim++;
              if (!px_difference_is_confident (difference))
                self->n_less_certain++;
              else if (px_difference_get_confidence (difference) >= PX_SESSION_SURE)
                self->n_sure++;
            }
          else if (hidden)
            self->n_hidden++;
        }
    }
}

static int
first_difference_of (PxSession *self,
                     int        claim)
{
  for (guint i = 0; claim >= 0 && i < self->differences->len; i++)
    if ((int) g_array_index (self->differences, DifferenceRef, i).claim == claim)
      return i;
  return -1;
}

static void
set_current (PxSession *self,
             int        claim,
             int        difference)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->current_claim != claim)
    {
      self->current_claim = claim;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_CLAIM]);
    }
  if (self->current_difference != difference)
    {
      self->current_difference = difference;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_DIFFERENCE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Whether @member of @comparison (of @sources) is among @others' members
 * of @other (of @other_sources): the same source, the same sentence, word
 * for word.
 */
static gboolean
member_in (PxComparison        *comparison,
           GPtrArray           *sources,
           const PxSentenceRef *member,
           PxComparison        *other,
           GPtrArray           *other_sources,
           const PxSentenceRef *others,
           guint                n_others)
{
  PxSource *source = g_ptr_array_index (sources, member->source);

  for (guint i = 0; i < n_others; i++)
    if (others[i].source < other_sources->len && g_ptr_array_index (other_sources, others[i].source) == source
        && others[i].sentence == member->sentence)
      {
        g_autofree char *was = px_comparison_dup_sentence_text (comparison, member->source, member->sentence);
        g_autofree char *is = px_comparison_dup_sentence_text (other, others[i].source, others[i].sentence);

        return g_strcmp0 (was, is) == 0;
      }
  return FALSE;
}

/* The claim of @comparison (of @sources) whose sentences are those of
 * claim @claim of @old (of @old_sources) in every source compared both
 * times: the same sentences, word for word; -1 when there is none. A
 * source removed takes its sentences out of the claim, one brought back
 * (Undo) or added puts its own in, and the claim is still the reader's
 * (it had to hold the same sources: removing one lost the claim, and so
 * did its Undo once the story had been compared without it).
 */
static int
same_claim (PxComparison *old,
            GPtrArray    *old_sources,
            int           claim,
            PxComparison *comparison,
            GPtrArray    *sources)
{
  const PxSentenceRef *before, *after;
  guint n_before, n_after, n_shared_before = 0, n_shared_after = 0;
  guint found = G_MAXUINT;

  if (old == NULL || comparison == NULL || claim < 0 || (guint) claim >= px_comparison_get_n_claims (old))
    return -1;
  before = px_claim_get_members (px_comparison_get_claim (old, claim), &n_before);
  /* the claim of its first sentence in a source compared both times */
  for (guint i = 0; i < n_before && found == G_MAXUINT; i++)
    {
      guint source;

      if (before[i].source >= old_sources->len
          || !g_ptr_array_find (sources, g_ptr_array_index (old_sources, before[i].source), &source))
        continue;
      if (before[i].sentence >= px_comparison_get_n_sentences (comparison, source))
        return -1;
      found = px_comparison_get_sentence_claim (comparison, source, before[i].sentence);
    }
  if (found == G_MAXUINT)
    return -1;
  after = px_claim_get_members (px_comparison_get_claim (comparison, found), &n_after);
  /* each side's sentences in the sources compared both times are the other's */
  for (guint i = 0; i < n_before; i++)
    {
      if (before[i].source >= old_sources->len
          || !g_ptr_array_find (sources, g_ptr_array_index (old_sources, before[i].source), NULL))
        continue;
      if (!member_in (old, old_sources, &before[i], comparison, sources, after, n_after))
        return -1;
      n_shared_before++;
    }
  for (guint i = 0; i < n_after; i++)
    if (after[i].source < sources->len
        && g_ptr_array_find (old_sources, g_ptr_array_index (sources, after[i].source), NULL))
      n_shared_after++;
  return n_shared_before == n_shared_after ? (int) found : -1;
}

static void
forget_lost (PxSession *self)
{
  g_clear_pointer (&self->lost_comparison, px_comparison_unref);
  g_clear_pointer (&self->lost_sources, g_ptr_array_unref);
  self->lost_claim = self->lost_offset = -1;
}

/* A new comparison (or none). Nothing is current in it, unless the claim
 * that was current is in it, sentence for sentence: a source renamed, or
 * another compared again, leaves the reader on the difference they were
 * reading (it had gone, the bars under the columns with it).
 */
static void
set_comparison (PxSession    *self,
                PxComparison *comparison,
                GPtrArray    *sources,
                const char   *error_message)
{
  int kept_claim, kept_offset = -1;

  if (self->comparison == NULL && comparison == NULL && self->compare_error == NULL && error_message == NULL)
    return;

  kept_claim = sources != NULL ? same_claim (self->comparison, self->compared, self->current_claim, comparison,
                                             sources)
                               : -1;
  if (kept_claim >= 0 && self->current_difference >= 0)
    kept_offset = self->current_difference - first_difference_of (self, self->current_claim);
  /* The claim a comparison before lost, back (Undo of a removal) while the
   * reader has chosen no other. */
  if (kept_claim < 0 && self->current_claim < 0 && self->lost_comparison != NULL && sources != NULL)
    {
      kept_claim = same_claim (self->lost_comparison, self->lost_sources, self->lost_claim, comparison, sources);
      kept_offset = self->lost_offset;
    }
  if (kept_claim >= 0)
    forget_lost (self);
  else if (self->current_claim >= 0 && self->comparison != NULL)
    {
      forget_lost (self);
      self->lost_comparison = px_comparison_ref (self->comparison);
      self->lost_sources = g_ptr_array_copy (self->compared, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
      g_ptr_array_set_free_func (self->lost_sources, g_object_unref);
      self->lost_claim = self->current_claim;
      self->lost_offset = self->current_difference >= 0
                          ? self->current_difference - first_difference_of (self, self->current_claim) : -1;
    }
  g_clear_pointer (&self->comparison, px_comparison_unref);
  if (comparison != NULL)
    self->comparison = px_comparison_ref (comparison);
  g_ptr_array_set_size (self->compared, 0);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    g_ptr_array_add (self->compared, g_object_ref (g_ptr_array_index (sources, i)));
  g_free (self->compare_error);
  self->compare_error = g_strdup (error_message);
  rebuild_differences (self);

  /* The claim kept is current before the differences are said to have
   * changed: a view shows it as it was, leaving the reader's scroll (it
   * had shown nothing, then scrolled every column back to the claim).
   */
  g_object_freeze_notify (G_OBJECT (self));
  if (kept_claim >= 0)
    {
      int first = first_difference_of (self, kept_claim);
      int difference = -1;

      if (first >= 0 && kept_offset >= 0 && (guint) (first + kept_offset) < self->differences->len
          && (int) g_array_index (self->differences, DifferenceRef, first + kept_offset).claim == kept_claim)
        difference = first + kept_offset;
      set_current (self, kept_claim, difference);
    }
  else
    set_current (self, -1, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_signal_emit (self, signals[DIFFERENCES_CHANGED], 0);
  g_object_thaw_notify (G_OBJECT (self));
}

typedef struct
{
  GPtrArray *articles; /* PxArticle */
  GPtrArray *sources;  /* PxSource, the same order */
} CompareData;

static void
compare_data_free (CompareData *data)
{
  g_ptr_array_unref (data->articles);
  g_ptr_array_unref (data->sources);
  g_free (data);
}

/* The worker gets the articles only: sources stay on the main thread. */
static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareData *data = task_data;
  GError *error = NULL;
  PxComparison *comparison;

  comparison = px_compare ((PxArticle **) data->articles->pdata, data->articles->len, cancellable, &error);
  if (comparison == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, comparison, (GDestroyNotify) px_comparison_unref);
}

static void
compare_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PxSession *self;
  CompareData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  /* Cancelled when the sources changed since, or the session went. */
  comparison = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = user_data;

  if (comparison == NULL)
    g_debug ("Could not compare the sources: %s", error->message);
  /* The new claims are there before "comparing" says the comparison ended. */
  self->comparing = FALSE;
  set_comparison (self, comparison, data->sources, error != NULL ? error->message : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
}

static gboolean
loading_grace_cb (gpointer user_data)
{
  PxSession *self = user_data;

  self->loading_grace_id = 0;
  schedule_compare (self);
  return G_SOURCE_REMOVE;
}

/* Sources loading together are compared once, when the last one is done;
 * but a page slow to answer (or never answering, until the fetch time
 * limit) no longer holds up the comparison of those that loaded: after
 * LOADING_GRACE_MS they are compared, and all of them again once it ends.
 */
#define LOADING_GRACE_MS 5000

static gboolean
wait_for_loading (PxSession *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 left;

  if (self->loading_since == 0)
    self->loading_since = now;
  left = self->loading_since + LOADING_GRACE_MS * 1000 - now;
  if (left <= 0)
    return FALSE;
  if (self->loading_grace_id == 0)
    self->loading_grace_id = g_timeout_add ((guint) (left / 1000) + 1, loading_grace_cb, self);
  return TRUE;
}

static gboolean
compare_idle_cb (gpointer user_data)
{
  PxSession *self = user_data;
  g_autoptr(GTask) task = NULL;
  CompareData *data;
  GListModel *sources = G_LIST_MODEL (self->sources);
  gboolean loading = FALSE;

  self->compare_idle_id = 0;
  g_clear_object (&self->compare_cancellable);

  for (guint i = 0; i < g_list_model_get_n_items (sources) && !loading; i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);

      loading = px_source_get_state (source) == PX_SOURCE_LOADING;
    }
  if (!loading)
    {
      self->loading_since = 0;
      g_clear_handle_id (&self->loading_grace_id, g_source_remove);
    }
  /* Wait for the last one: the comparison runs once per change. */
  else if (wait_for_loading (self))
    return G_SOURCE_REMOVE;

  data = g_new0 (CompareData, 1);
  data->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  data->sources = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);

      /* one the comparison would refuse (a text kept before the load
       * refused such texts) is left out, not the whole comparison */
      if (px_source_get_state (source) == PX_SOURCE_READY
          && px_compare_check_article (px_source_get_article (source), NULL))
        {
          g_ptr_array_add (data->articles, px_article_ref (px_source_get_article (source)));
          g_ptr_array_add (data->sources, g_object_ref (source));
        }
    }

  if (data->articles->len < 2)
    {
      compare_data_free (data);
      set_comparison (self, NULL, NULL, NULL);
      return G_SOURCE_REMOVE;
    }

  set_comparing (self, TRUE);
  self->compare_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->compare_cancellable, compare_cb, self);
  g_task_set_source_tag (task, compare_idle_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) compare_data_free);
  g_task_run_in_thread (task, compare_thread);

  return G_SOURCE_REMOVE;
}

static void
set_comparing (PxSession *self,
               gboolean   comparing)
{
  if (self->comparing == comparing)
    return;
  self->comparing = comparing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
}

static void
schedule_compare (PxSession *self)
{
  /* A stale result must never be shown over a changed set of sources. */
  g_cancellable_cancel (self->compare_cancellable);
  set_comparing (self, FALSE);
  /* Once the changes of this turn of the main loop are made: the sources
   * are compared once per change, not once per source.
   */
  if (self->compare_idle_id == 0)
    self->compare_idle_id = g_idle_add (compare_idle_cb, self);
}

static void
source_state_cb (PxSession *self)
{
  schedule_compare (self);
}

/* Every source's state is followed: a load ending changes what is compared. */
static void
sources_changed_cb (PxSession *self)
{
  GListModel *sources = G_LIST_MODEL (self->sources);

  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), source_state_cb, self);
  g_ptr_array_set_size (self->watched, 0);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      PxSource *source = g_list_model_get_item (sources, i);

      g_signal_connect_swapped (source, "notify::state", G_CALLBACK (source_state_cb), self);
      g_ptr_array_add (self->watched, source);
    }

  schedule_compare (self);
}

PxComparison *
px_session_get_comparison (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  return self->comparison;
}

PxSource *
px_session_get_compared_source (PxSession *self,
                                guint      index)
{
  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  return index < self->compared->len ? g_ptr_array_index (self->compared, index) : NULL;
}

gboolean
px_session_get_comparing (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  return self->comparing;
}

gboolean
px_session_get_compare_pending (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  return self->comparing || self->compare_idle_id != 0;
}

const char *
px_session_get_compare_error (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  return self->compare_error;
}

void
px_session_set_differences_shown (PxSession *self,
                                  gboolean   uncertain,
                                  gboolean   attribution)
{
  g_return_if_fail (PX_IS_SESSION (self));

  if (self->show_uncertain == !!uncertain && self->show_attribution == !!attribution)
    return;
  self->show_uncertain = !!uncertain;
  self->show_attribution = !!attribution;
  rebuild_differences (self);

  g_object_freeze_notify (G_OBJECT (self));
  set_current (self, self->current_claim, first_difference_of (self, self->current_claim));
  g_signal_emit (self, signals[DIFFERENCES_CHANGED], 0);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
px_session_shows_difference (PxSession    *self,
                             PxDifference *difference)
{
  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);
  g_return_val_if_fail (difference != NULL, FALSE);

  return difference_shown (self, difference, NULL);
}

guint
px_session_get_n_differences (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  return self->differences->len;
}

gboolean
px_session_get_difference (PxSession *self,
                           guint      index,
                           guint     *claim,
                           guint     *n_in_claim)
{
  const DifferenceRef *ref;

  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  if (index >= self->differences->len)
    return FALSE;
  ref = &g_array_index (self->differences, DifferenceRef, index);
  if (claim != NULL)
    *claim = ref->claim;
  if (n_in_claim != NULL)
    *n_in_claim = ref->n_in_claim;
  return TRUE;
}

guint
px_session_get_n_hidden (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  return self->n_hidden;
}

guint
px_session_get_n_less_certain (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  return self->n_less_certain;
}

guint
px_session_get_n_sure (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), 0);

  return self->n_sure;
}

PxDifference *
px_session_get_claim_difference (PxSession *self,
                                 guint      claim,
                                 guint      n_in_claim)
{
  PxClaim *item;
  guint n;

  g_return_val_if_fail (PX_IS_SESSION (self), NULL);

  if (self->comparison == NULL || claim >= px_comparison_get_n_claims (self->comparison))
    return NULL;
  item = px_comparison_get_claim (self->comparison, claim);
  n = px_claim_get_n_differences (item) + px_claim_get_n_linked_differences (item);
  for (guint d = 0; d < n; d++)
    {
      PxDifference *difference = claim_difference (item, d);

      if (difference_shown (self, difference, NULL) && n_in_claim-- == 0)
        return difference;
    }
  return NULL;
}

int
px_session_get_current_claim (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), -1);

  return self->current_claim;
}

int
px_session_get_current_difference (PxSession *self)
{
  g_return_val_if_fail (PX_IS_SESSION (self), -1);

  return self->current_difference;
}

void
px_session_select_claim (PxSession *self,
                         int        claim)
{
  g_return_if_fail (PX_IS_SESSION (self));

  if (claim < -1 || self->comparison == NULL || claim >= (int) px_comparison_get_n_claims (self->comparison))
    claim = -1;
  forget_lost (self);

  /* The claim of the current difference (selected in the lists as Alt+Down
   * moved to it, or again by the user): that difference stays current.
   */
  if (self->current_difference >= 0
      && (int) g_array_index (self->differences, DifferenceRef, self->current_difference).claim == claim)
    return;

  /* Else the claim's first difference, if it has one; the next Alt+Down
   * continues after it either way.
   */
  set_current (self, claim, first_difference_of (self, claim));
}

void
px_session_select_difference (PxSession *self,
                              guint      claim,
                              guint      n_in_claim)
{
  g_return_if_fail (PX_IS_SESSION (self));

  forget_lost (self);
  for (guint i = 0; i < self->differences->len; i++)
    {
      const DifferenceRef *ref = &g_array_index (self->differences, DifferenceRef, i);

      if (ref->claim == claim && ref->n_in_claim == n_in_claim)
        {
          set_current (self, claim, i);
          return;
        }
    }
  px_session_select_claim (self, claim);
}

static guint
claim_of (PxSession *self,
          int        difference)
{
  return g_array_index (self->differences, DifferenceRef, difference).claim;
}

int
px_session_get_difference_target (PxSession *self,
                                  int        step,
                                  gboolean   by_claim)
{
  int n = self->differences->len;

  g_return_val_if_fail (PX_IS_SESSION (self), -1);
  g_return_val_if_fail (step == 1 || step == -1, -1);

  if (self->current_difference >= 0)
    {
      int target = self->current_difference + step;

      while (by_claim && target >= 0 && target < n && (int) claim_of (self, target) == self->current_claim)
        target += step;
      if (target < 0 || target >= n)
        return -1;
      /* Backwards from claim to claim: to the claim's first difference. */
      while (by_claim && step < 0 && target > 0 && claim_of (self, target - 1) == claim_of (self, target))
        target--;
      return target;
    }
  if (self->current_claim < 0 && step > 0)
    return n > 0 ? 0 : -1;
  if (self->current_claim < 0)
    {
      int target = n - 1;

      while (by_claim && target > 0 && claim_of (self, target - 1) == claim_of (self, target))
        target--;
      return target;
    }

  /* From a claim without a difference: the nearest one after or before it. */
  if (step > 0)
    {
      for (int i = 0; i < n; i++)
        if ((int) claim_of (self, i) > self->current_claim)
          return i;
      return -1;
    }
  for (int i = n; i > 0; i--)
    if ((int) claim_of (self, i - 1) < self->current_claim)
      {
        while (by_claim && i > 1 && claim_of (self, i - 2) == claim_of (self, i - 1))
          i--;
        return i - 1;
      }
  return -1;
}

gboolean
px_session_move_to_difference (PxSession *self,
                               int        step,
                               gboolean   by_claim)
{
  int target;

  g_return_val_if_fail (PX_IS_SESSION (self), FALSE);

  target = px_session_get_difference_target (self, step, by_claim);
  if (target < 0)
    return FALSE;
  forget_lost (self);
  set_current (self, claim_of (self, target), target);
  return TRUE;
}

static void
px_session_dispose (GObject *object)
{
  PxSession *self = PX_SESSION (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_handle_id (&self->compare_idle_id, g_source_remove);
  g_clear_handle_id (&self->loading_grace_id, g_source_remove);
  self->loading_since = 0;
  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, sources_changed_cb, self);
  for (guint i = 0; self->watched != NULL && i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), source_state_cb, self);
  if (self->watched != NULL)
    g_ptr_array_set_size (self->watched, 0);
  if (self->sources != NULL)
    g_list_store_remove_all (self->sources);
  if (self->compared != NULL)
    g_ptr_array_set_size (self->compared, 0);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (px_session_parent_class)->dispose (object);
}

static void
px_session_finalize (GObject *object)
{
  PxSession *self = PX_SESSION (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->renamed, g_ptr_array_unref);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  g_clear_pointer (&self->compared, g_ptr_array_unref);
  g_clear_pointer (&self->differences, g_array_unref);
  g_clear_pointer (&self->comparison, px_comparison_unref);
  forget_lost (self);
  g_clear_object (&self->compare_cancellable);
  g_free (self->compare_error);
  g_free (self->title);

  G_OBJECT_CLASS (px_session_parent_class)->finalize (object);
}

static void
px_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PxSession *self = PX_SESSION (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_STORY_ID:
      g_value_set_int64 (value, self->story_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DEMO_STORY_ID:
      g_value_set_int64 (value, self->demo_story_id);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->n_busy > 0);
      break;
    case PROP_COMPARISON:
      g_value_set_boxed (value, self->comparison);
      break;
    case PROP_COMPARING:
      g_value_set_boolean (value, px_session_get_comparing (self));
      break;
    case PROP_CURRENT_CLAIM:
      g_value_set_int (value, self->current_claim);
      break;
    case PROP_CURRENT_DIFFERENCE:
      g_value_set_int (value, self->current_difference);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PxSession *self = PX_SESSION (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      px_session_set_library (self, g_value_get_object (value));
      break;
    case PROP_DEMO_STORY_ID:
      px_session_set_demo_story_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_session_class_init (PxSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_session_dispose;
  object_class->finalize = px_session_finalize;
  object_class->get_property = px_session_get_property;
  object_class->set_property = px_session_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, PX_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORY_ID] =
    g_param_spec_int64 ("story-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEMO_STORY_ID] =
    g_param_spec_int64 ("demo-story-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARISON] =
    g_param_spec_boxed ("comparison", NULL, NULL, PX_TYPE_COMPARISON,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARING] =
    g_param_spec_boolean ("comparing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_CLAIM] =
    g_param_spec_int ("current-claim", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_DIFFERENCE] =
    g_param_spec_int ("current-difference", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A story is shown from scratch (or none: no title): what showed the
   * last one is cleared.
   */
  signals[STORY_STARTED] = g_signal_new ("story-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Something to tell the user, in a sentence. */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The comparison, or which of its differences are shown, changed: what
   * shows its claims builds them again.
   */
  signals[DIFFERENCES_CHANGED] = g_signal_new ("differences-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
px_session_init (PxSession *self)
{
  self->cancellable = g_cancellable_new ();
  self->sources = g_list_store_new (PX_TYPE_SOURCE);
  self->removed = g_ptr_array_new_with_free_func ((GDestroyNotify) removed_free);
  self->renamed = g_ptr_array_new_with_free_func ((GDestroyNotify) renamed_free);
  self->fetch_timeout = PX_FETCH_DEFAULT_TIMEOUT;
  self->fetch_max_bytes = PX_FETCH_DEFAULT_MAX_BYTES;
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->compared = g_ptr_array_new_with_free_func (g_object_unref);
  self->differences = g_array_new (FALSE, FALSE, sizeof (DifferenceRef));
  self->current_claim = -1;
  self->lost_claim = self->lost_offset = -1;
  self->current_difference = -1;
  g_signal_connect_swapped (self->sources, "items-changed", G_CALLBACK (sources_changed_cb), self);
}
