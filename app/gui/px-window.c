/* px-window.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-window.h"
#include "px-window-private.h"

#include "px-annotations-panel.h"
#include "px-annotator.h"
#include "px-archive-module-private.h"
#include "px-claim-annotations-private.h"
#include "px-claims-panel.h"
#include "px-claims-table.h"
#include "px-history-view.h"
#include "px-versions.h"
#include "px-export-dialog.h"
#include "px-input.h"
#include "px-library-view.h"
#include "px-story-view.h"

#include <glib/gi18n.h>
#include <time.h>
#include <unistd.h>

/* The bundled demo story: resource name and the address each page says it
 * belongs to, in column order.
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

struct _PxWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkMenuButton *add_button;
  GtkPopover *add_popover;
  GtkWidget *view_switch;
  GtkEntry *url_entry;
  AdwFlap *sidebar_flap;
  AdwFlap *claims_flap;
  GtkStack *main_stack;
  AdwStatusPage *empty_page;
  PxLibraryView *library_view;
  PxStoryView *story_view;
  PxClaimsPanel *claims_panel;
  PxAnnotationsPanel *annotations_panel;
  PxAnnotator *annotator;

  GSettings *settings;
  PxStore *store;
  gint64 story_id;
  gint64 demo_story_id; /* the library's demo story, remembered in the settings */
  char *story_title;
  gboolean drawn_reported;
  gboolean following_difference; /* the list follows Alt+Down, without feeding back */
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (PxWindow *self)
{
  guint n = px_story_view_get_n_columns (self->story_view);
  g_autofree char *subtitle = NULL;
  gboolean has_story = self->story_title != NULL;

  if (has_story && n > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n), n);

  adw_window_title_set_title (self->window_title, has_story ? self->story_title : _("Parallax"));
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), has_story ? self->story_title : _("Parallax"));
  gtk_stack_set_visible_child_name (self->main_stack, has_story ? "story" : "welcome");
  /* Claims belong to a story: the welcome page has none to show. */
  gtk_widget_set_visible (GTK_WIDGET (self->claims_panel), has_story);
  gtk_widget_set_visible (self->view_switch, has_story);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-story", has_story);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-story", has_story && self->story_id > 0);
  /* Annotations and exports live in the library. */
  gtk_widget_set_visible (GTK_WIDGET (self->annotations_panel), has_story);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.annotate", has_story && self->story_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.claim-verdict", has_story && self->story_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_story && self->story_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_story && self->story_id > 0);
}

static void
update_difference_actions (PxWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference",
                                 px_story_view_can_move_to_difference (self->story_view, 1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference",
                                 px_story_view_can_move_to_difference (self->story_view, -1));
}

static void
toast (PxWindow   *self,
       const char *message);

static void
start_story (PxWindow   *self,
             const char *title,
             gint64      story_id)
{
  px_story_view_clear (self->story_view);
  g_free (self->story_title);
  self->story_title = g_strdup (title);
  self->story_id = story_id;
  px_story_view_set_store (self->story_view, PX_LIBRARY (self->store), story_id);
  if (story_id > 0)
    g_settings_set_int64 (self->settings, "last-story", story_id);
  px_annotator_set_story (self->annotator, PX_LIBRARY (self->store), story_id);
  update_title (self);
}

/* A new story, in the library when there is one. */
static void
create_story (PxWindow   *self,
              const char *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (self->store != NULL)
    {
      id = px_store_create_story (self->store, title, &error);
      if (id <= 0)
        {
          toast (self, error->message);
          id = 0;
        }
    }

  start_story (self, title, id);
}

static PxSourceColumn *
column_for_input (const char *input)
{
  g_autofree char *stripped = g_strstrip (g_strdup (input));

  return px_source_column_new_for_input (stripped);
}

void
px_window_new_story (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  create_story (self, _("New Story"));
}

void
px_window_add_inputs (PxWindow           *self,
                      const char * const *inputs)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  PxSourceColumn *last = NULL;

  if (self->story_title == NULL)
    create_story (self, _("New Story"));

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      if (inputs[i][0] == '\0')
        continue;
      last = column_for_input (inputs[i]);
      px_story_view_add_column (self->story_view, last);
    }
  /* A source added is fetched where the user can see it. */
  if (last != NULL)
    px_story_view_reveal_column (self->story_view, last);
}

void
px_window_open_inputs (PxWindow           *self,
                       const char * const *inputs)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  create_story (self, _("New Story"));
  px_window_add_inputs (self, inputs);
}

void
px_window_add_text (PxWindow   *self,
                    const char *text,
                    const char *name)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  PxSourceColumn *column = px_source_column_new_for_text (text, name);

  if (self->story_title == NULL)
    create_story (self, _("New Story"));
  px_story_view_add_column (self->story_view, column);
  px_story_view_reveal_column (self->story_view, column);
}

static void
show_sample_banner (PxWindow *self)
{
  px_story_view_set_banner (self->story_view,
                            _("Sample reports written for the Parallax demo, not the outlets’ own text."));
}

static gboolean
is_demo_story (PxWindow   *self,
               gint64      story_id,
               const char *prefix)
{
  g_autoptr(GPtrArray) sources = px_store_list_sources (self->store, story_id, NULL);

  for (guint j = 0; sources != NULL && j < sources->len; j++)
    if (g_strcmp0 (((const PxSourceRecord *) g_ptr_array_index (sources, j))->input, prefix) == 0)
      return TRUE;

  return FALSE;
}

/* The demo story of the library, or 0: the one whose id the settings
 * keep. A library that had the demo before they kept it is searched once
 * for the demo's first page.
 */
static gint64
find_demo_story (PxWindow *self)
{
  g_autoptr(GPtrArray) stories = NULL;
  g_autofree char *prefix = g_strconcat ("resource://", demo_pages[0].resource, NULL);
  gint64 demo_id;

  if (self->store == NULL)
    return 0;

  demo_id = self->demo_story_id > 0 ? self->demo_story_id : g_settings_get_int64 (self->settings, "demo-story");
  if (demo_id > 0)
    {
      g_autoptr(PxStoryInfo) info = px_store_get_story (self->store, demo_id, NULL);

      /* Made in this window, its pages may still be loading: trusted. */
      if (info != NULL && info->deleted_at == NULL
          && (demo_id == self->demo_story_id || is_demo_story (self, demo_id, prefix)))
        return demo_id;
      if (info != NULL && info->deleted_at != NULL)
        return 0;
    }

  /* Not kept, or kept for another library (a database moved in place). */
  stories = px_store_list_stories (self->store, FALSE, NULL);
  for (guint i = 0; stories != NULL && i < stories->len; i++)
    {
      const PxStoryInfo *info = g_ptr_array_index (stories, i);

      if (is_demo_story (self, info->id, prefix))
        {
          g_settings_set_int64 (self->settings, "demo-story", info->id);
          return info->id;
        }
    }

  return 0;
}

void
px_window_open_demo (PxWindow *self)
{
  gint64 existing;

  g_return_if_fail (PX_IS_WINDOW (self));

  existing = find_demo_story (self);
  if (existing > 0)
    {
      if (existing != self->story_id)
        px_window_open_story (self, existing);
      return;
    }

  /* Translators: the title of the bundled demo story */
  create_story (self, _("Demo: the drone claim at Putin’s residence"));
  self->demo_story_id = self->story_id;
  if (self->story_id > 0)
    g_settings_set_int64 (self->settings, "demo-story", self->story_id);
  for (guint i = 0; i < G_N_ELEMENTS (demo_pages); i++)
    px_story_view_add_column (self->story_view,
                              px_source_column_new_for_resource (demo_pages[i].resource, demo_pages[i].url));
  show_sample_banner (self);
}

static PxArticle *
article_from_record (const PxSourceRecord *record)
{
  PxArticle *article = px_article_new (record->input);
  g_auto(GStrv) paragraphs = g_strsplit (record->text != NULL ? record->text : "", "\n\n", -1);
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  article->outlet = g_strdup (record->outlet);
  article->title = g_strdup (record->title);
  article->byline = g_strdup (record->byline);
  article->published = g_strdup (record->published);
  article->url = g_strdup (record->url);
  article->language = g_strdup (record->language);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_ptr_array_add (list, paragraphs[i]);
  px_article_set_paragraphs (article, list);

  return article;
}

void
px_window_open_story (PxWindow *self,
                      gint64    story_id)
{
  g_autoptr(PxStoryInfo) info = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;
  gboolean sample = FALSE;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL);

  info = px_store_get_story (self->store, story_id, &error);
  if (info != NULL)
    sources = px_store_list_sources (self->store, story_id, &error);
  if (sources == NULL)
    {
      toast (self, error->message);
      return;
    }

  start_story (self, info->title, story_id);
  for (guint i = 0; i < sources->len; i++)
    {
      const PxSourceRecord *record = g_ptr_array_index (sources, i);
      g_autoptr(PxArticle) article = article_from_record (record);
      PxSourceColumn *column = px_source_column_new_for_article (article);

      px_source_column_set_source_id (column, record->id);
      /* The columns show the newest version; say so when there are others. */
      px_source_column_set_updated (column, record->n_versions > 1);
      sample |= px_source_column_is_sample (column);
      px_story_view_add_column (self->story_view, column);
    }
  if (sample)
    show_sample_banner (self);
}

gint64
px_window_get_story_id (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), 0);

  return self->story_id;
}

/* Where @column goes among the columns the library knows. */
static guint
stored_position (PxWindow       *self,
                 PxSourceColumn *column)
{
  guint position = 0;

  for (guint i = 0; i < px_story_view_get_n_columns (self->story_view); i++)
    {
      PxSourceColumn *other = px_story_view_get_column (self->story_view, i);

      if (other == column)
        break;
      if (px_source_column_get_source_id (other) > 0)
        position++;
    }

  return position;
}

/* The column's worker has kept the page in the store already (see
 * px_story_view_set_store()); what is left is to say how that went and,
 * for a new source, to place it and name a new story.
 */
static void
column_loaded_cb (PxWindow       *self,
                  PxSourceColumn *column)
{
  PxArticle *article = px_source_column_get_article (column);
  g_autoptr(GError) error = NULL;
  gint64 source_id = px_source_column_get_source_id (column);

  if (self->store == NULL || self->story_id <= 0)
    return;

  if (px_source_column_get_save_error (column) != NULL)
    {
      toast (self, px_source_column_get_save_error (column));
      return;
    }
  if (!px_source_column_get_added (column))
    {
      if (px_source_column_get_page_changed (column))
        toast (self, _("The page has changed since it was last fetched; the new version is kept too"));
      return;
    }

  if (!px_store_move_source (self->store, source_id, stored_position (self, column), &error))
    toast (self, error->message);

  /* A story started from addresses is named after its first headline. */
  if (g_strcmp0 (self->story_title, _("New Story")) == 0 && article->title != NULL && article->title[0] != '\0')
    {
      if (px_store_rename_story (self->store, self->story_id, article->title, NULL))
        {
          g_free (self->story_title);
          self->story_title = g_strdup (article->title);
          update_title (self);
        }
    }
}

static void
source_deleted_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_delete_source_finish (PX_LIBRARY (object), result, &error))
    toast (self, error->message);
}

/* A removed source goes to the library's trash, and the toast can bring
 * it back to its column; one never stored (it failed, or is still
 * loading) comes back as the same input, fetched again.
 */
static void
column_removed_cb (PxWindow       *self,
                   PxSourceColumn *column)
{
  gint64 source_id = px_source_column_get_source_id (column);
  const char *outlet = px_source_column_get_outlet (column);
  g_autofree char *message = NULL;
  AdwToast *undo;

  if (self->store != NULL && source_id > 0)
    px_library_delete_source_async (PX_LIBRARY (self->store), source_id, NULL, source_deleted_cb,
                                    g_object_ref (self));

  /* Translators: %s is an outlet's name, "Reuters" */
  message = g_strdup_printf (_("%s removed"), outlet != NULL && outlet[0] != '\0' ? outlet : _("Source"));
  undo = adw_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "win.undo-remove-source");
  adw_toast_set_action_target_value (undo, g_variant_new ("(xxs)", self->story_id, source_id,
                                                          px_source_column_get_input (column) != NULL
                                                          ? px_source_column_get_input (column) : ""));
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

typedef struct
{
  PxWindow *window;
  gint64 story_id;
} StoryCall;

static StoryCall *
story_call_new (PxWindow *self)
{
  StoryCall *call = g_new0 (StoryCall, 1);

  call->window = g_object_ref (self);
  call->story_id = self->story_id;
  return call;
}

static void
story_call_free (StoryCall *call)
{
  g_object_unref (call->window);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoryCall, story_call_free)

static void
source_restored_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(StoryCall) call = user_data;
  g_autoptr(GError) error = NULL;

  if (!px_library_restore_source_finish (PX_LIBRARY (object), result, &error))
    toast (call->window, error->message);
  else if (call->story_id == call->window->story_id)
    px_window_open_story (call->window, call->story_id);
}

static void
undo_remove_source_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  gint64 story_id, source_id;
  const char *input;

  g_variant_get (parameter, "(xx&s)", &story_id, &source_id, &input);
  if (story_id != self->story_id)
    return;
  if (source_id > 0 && self->store != NULL)
    {
      /* Back in its column once the library has it again. */
      px_library_restore_source_async (PX_LIBRARY (self->store), source_id, NULL, source_restored_cb,
                                       story_call_new (self));
      return;
    }
  if (input[0] != '\0')
    {
      PxSourceColumn *column = column_for_input (input);

      px_story_view_add_column (self->story_view, column);
      px_story_view_reveal_column (self->story_view, column);
    }
}

static void
column_moved_cb (PxWindow       *self,
                 PxSourceColumn *column,
                 guint           index)
{
  g_autoptr(GError) error = NULL;
  gint64 source_id = px_source_column_get_source_id (column);

  if (self->store != NULL && source_id > 0
      && !px_store_move_source (self->store, source_id, stored_position (self, column), &error))
    toast (self, error->message);
}

/* The page as the library kept it: the current version of the source. */
static PxSnapshot *
stored_snapshot (PxWindow *self,
                 gint64    source_id,
                 GError  **error)
{
  g_autoptr(PxSourceRecord) record = px_store_get_source (self->store, source_id, error);
  g_autoptr(GBytes) body = NULL;
  PxSnapshot *snapshot;

  if (record == NULL)
    return NULL;
  body = px_store_get_version_body (self->store, record->version_id, error);
  if (body == NULL)
    return NULL;

  snapshot = px_snapshot_new (body, record->final_url != NULL ? record->final_url : record->url,
                              record->content_type, NULL);
  if (record->fetched_at != NULL)
    {
      GDateTime *fetched_at = g_date_time_new_from_iso8601 (record->fetched_at, NULL);

      if (fetched_at != NULL)
        {
          g_date_time_unref (snapshot->fetched_at);
          snapshot->fetched_at = fetched_at;
        }
    }

  return snapshot;
}

/* "Open Original": the archived page in a window of its own; WebKit
 * starts then, and not before.
 */
static void
open_original_cb (PxWindow       *self,
                  PxSourceColumn *column)
{
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  gint64 source_id = px_source_column_get_source_id (column);
  PxArchiveModuleOpenFunc open_archive;
  GtkWindow *archive;

  if (px_source_column_get_snapshot (column) != NULL)
    snapshot = px_snapshot_ref (px_source_column_get_snapshot (column));
  else if (self->store != NULL && source_id > 0)
    snapshot = stored_snapshot (self, source_id, &error);

  if (snapshot == NULL)
    {
      toast (self, error != NULL ? error->message : _("The original page of this source was not kept"));
      return;
    }

  open_archive = _px_archive_module_load (&error);
  if (open_archive == NULL)
    {
      toast (self, error->message);
      return;
    }

  archive = open_archive (gtk_window_get_application (GTK_WINDOW (self)), snapshot);
  gtk_window_set_transient_for (archive, GTK_WINDOW (self));
  gtk_window_present (archive);
}

static void
story_activated_cb (PxWindow   *self,
                    gint64      story_id,
                    gint64      source_id,
                    const char *match)
{
  if (story_id != self->story_id)
    px_window_open_story (self, story_id);
  if (adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, FALSE);

  if (source_id <= 0 || match == NULL)
    return;

  for (guint i = 0; i < px_story_view_get_n_columns (self->story_view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->story_view, i);

      if (px_source_column_get_source_id (column) == source_id)
        px_source_column_reveal_text (column, match);
    }
}

static void
recovery_dialog (PxWindow              *self,
                 const PxStoreRecovery *recovery)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Library Was Repaired"),
                                              recovery->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void store_changed_cb (PxStore  *store,
                              gint64    story_id,
                              PxWindow *self);

void
px_window_set_store (PxWindow *self,
                     PxStore  *store,
                     gboolean  restore)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(PxStoryInfo) last = NULL;
  gint64 last_id;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);

  px_annotator_set_story (self->annotator, PX_LIBRARY (store), self->story_id);
  px_story_view_set_store (self->story_view, PX_LIBRARY (store), self->story_id);

  px_library_view_set_store (self->library_view, PX_LIBRARY (store));
  if (store == NULL)
    return;

  if (px_store_get_recovery (store) != NULL)
    recovery_dialog (self, px_store_get_recovery (store));
  if (!restore)
    return;

  /* A new profile: the demo story goes into the library and opens. */
  all = px_store_list_stories (store, TRUE, NULL);
  if (all != NULL && all->len == 0)
    {
      px_window_open_demo (self);
      return;
    }

  last_id = g_settings_get_int64 (self->settings, "last-story");
  if (last_id > 0)
    last = px_store_get_story (store, last_id, NULL);
  if (last != NULL && last->deleted_at == NULL)
    px_window_open_story (self, last_id);
}

PxStore *
px_window_get_store (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->store;
}

PxStoryView *
px_window_get_story_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->story_view;
}

PxAnnotator *
_px_window_get_annotator (PxWindow *self)
{
  return self->annotator;
}

PxAnnotationsPanel *
_px_window_get_annotations_panel (PxWindow *self)
{
  return self->annotations_panel;
}

PxClaimsPanel *
px_window_get_claims_panel (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->claims_panel;
}

GtkEditable *
_px_window_get_url_entry (PxWindow *self)
{
  return GTK_EDITABLE (self->url_entry);
}

GtkWidget *
px_window_get_library_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->library_view);
}

static void
toast (PxWindow   *self,
       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Accepts what a user may type or drop as a web address. */
static gboolean
looks_like_url (const char *text)
{
  return g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://");
}

static void
url_entry_activate_cb (PxWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_entry))));
  const char *inputs[2] = { NULL, NULL };

  if (text[0] == '\0')
    return;

  /* "www.bbc.com/news/…" is what the address bar shows; it means https. */
  if (strstr (text, "://") == NULL && strchr (text, '.') != NULL && strchr (text, ' ') == NULL)
    {
      char *with_scheme = g_strconcat ("https://", text, NULL);

      g_free (text);
      text = with_scheme;
    }

  if (!looks_like_url (text))
    {
      gtk_widget_error_bell (GTK_WIDGET (self->url_entry));
      toast (self, _("Enter a web address that starts with http:// or https://"));
      return;
    }

  inputs[0] = text;
  px_window_add_inputs (self, inputs);
  gtk_editable_set_text (GTK_EDITABLE (self->url_entry), "");
  gtk_popover_popdown (self->add_popover);
}

static void
add_url_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  gtk_menu_button_popup (self->add_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->url_entry));
}

static void
files_chosen_cb (GtkNativeDialog *dialog,
                 int              response,
                 PxWindow        *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) inputs = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      inputs = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (inputs, path);
        }
      g_ptr_array_add (inputs, NULL);
      px_window_add_inputs (self, (const char * const *) inputs->pdata);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_files_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pages = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_popover_popdown (self->add_popover);

  chooser = gtk_file_chooser_native_new (_("Open Saved Pages or Text Files"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (pages, _("Web pages and text"));
  gtk_file_filter_add_mime_type (pages, "text/html");
  gtk_file_filter_add_mime_type (pages, "application/xhtml+xml");
  gtk_file_filter_add_mime_type (pages, "text/plain");
  gtk_file_filter_add_suffix (pages, "html");
  gtk_file_filter_add_suffix (pages, "htm");
  gtk_file_filter_add_suffix (pages, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pages);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect_object (chooser, "response", G_CALLBACK (files_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
paste_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PxWindow         *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "px-text-view");
  GtkEditable *name_entry = g_object_get_data (G_OBJECT (dialog), "px-name-entry");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GtkTextIter start, end;

  if (g_strcmp0 (response, "add") != 0)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  name = g_strstrip (g_strdup (gtk_editable_get_text (name_entry)));
  px_window_add_text (self, text, name[0] != '\0' ? name : NULL);
}

static void
paste_buffer_changed_cb (GtkTextBuffer    *buffer,
                         AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "add", gtk_text_buffer_get_char_count (buffer) > 0);
}

static void
paste_text_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *view;
  GtkWidget *name_entry;
  GtkWidget *box;

  gtk_popover_popdown (self->add_popover);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Paste a Report"),
                                   _("Paste the text of an article. Separate paragraphs with a blank line."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article text"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_add_css_class (scroller, "card");

  /* The name every column, summary and export gives this source. */
  name_entry = gtk_entry_new ();
  /* Translators: a placeholder; the user may name the outlet a pasted report came from */
  gtk_entry_set_placeholder_text (GTK_ENTRY (name_entry), _("Outlet (optional), e.g. Reuters"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outlet name"), -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), name_entry);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "px-text-view", view);
  g_object_set_data (G_OBJECT (dialog), "px-name-entry", name_entry);

  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (paste_buffer_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (paste_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static void
new_story_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  px_window_new_story (PX_WINDOW (widget));
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  px_window_open_demo (PX_WINDOW (widget));
}

/* Alt+Down selects the difference's claim in the claims panel too. */
static void
follow_difference (PxWindow *self)
{
  PxClaimItem *claim = px_story_view_get_current_claim (self->story_view);
  GListModel *visible = px_claims_panel_get_visible_claims (self->claims_panel);

  if (claim == NULL || self->following_difference)
    return;

  self->following_difference = TRUE;
  /* A claim the filter hides leaves nothing selected in the lists. */
  px_claims_panel_select (self->claims_panel, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (visible, i);

      if (item == claim)
        {
          px_claims_panel_select (self->claims_panel, i);
          break;
        }
    }
  self->following_difference = FALSE;
}

static void
difference_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  int step = g_str_equal (action_name, "win.next-difference") ? 1 : -1;

  /* The claims panel and the table share one selection, which follows. */
  if (px_story_view_move_to_difference (self->story_view, step))
    follow_difference (self);
}

/* Enter on a table cell: that sentence in the columns. */
static void
open_sentence_cb (PxWindow    *self,
                  PxClaimItem *claim,
                  guint        source)
{
  g_settings_set_string (self->settings, "view", "columns");
  px_story_view_open_sentence (self->story_view, claim, source);
}

/* Which claims the story's annotations are on, for the table and the
 * claims panel's filter.
 */
static void
update_claim_annotations (PxWindow *self)
{
  GListModel *claims = px_story_view_get_claims (self->story_view);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree gint64 *source_ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sources = 0;

  if (self->store == NULL || self->story_id <= 0 || px_story_view_get_comparing (self->story_view)
      || g_list_model_get_n_items (claims) == 0)
    return;

  annotations = px_store_list_annotations (self->store, self->story_id, FALSE, &error);
  if (annotations == NULL)
    {
      g_debug ("Could not list the annotations of story %" G_GINT64_FORMAT ": %s", self->story_id, error->message);
      return;
    }

  {
    g_autoptr(PxClaimItem) first = g_list_model_get_item (claims, 0);

    n_sources = px_claim_item_get_n_sources (first);
  }
  source_ids = g_new0 (gint64, MAX (n_sources, 1));
  for (guint source = 0; source < n_sources; source++)
    {
      PxSourceColumn *column = px_story_view_get_compared_column (self->story_view, source);

      source_ids[source] = column != NULL ? px_source_column_get_source_id (column) : 0;
    }

  _px_claims_apply_annotations (claims, annotations, source_ids, n_sources);
  px_claims_panel_refilter (self->claims_panel);
  px_claims_table_update_rows (px_story_view_get_table (self->story_view));
}

/* An annotation saved, edited or deleted (from the table, the columns or
 * another window): the claims' counts follow at once.
 */
static void
store_changed_cb (PxStore  *store,
                  gint64    story_id,
                  PxWindow *self)
{
  if (story_id == 0 || story_id == self->story_id)
    update_claim_annotations (self);
}

static void
source_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  gint64 source_id = g_variant_get_int64 (parameter);
  PxHistoryView *view;

  if (self->store == NULL || source_id <= 0)
    {
      toast (self, _("Only sources kept in the library have a history"));
      return;
    }

  view = px_history_view_new (GTK_WINDOW (self), PX_LIBRARY (self->store), source_id);
  gtk_window_present (GTK_WINDOW (view));
}

/* A fetcher with the limits of the preferences. */
static PxFetcher *
new_fetcher (PxWindow *self)
{
  PxFetcher *fetcher = px_fetcher_new ();

  px_fetcher_set_timeout (fetcher, g_settings_get_uint (self->settings, "fetch-timeout"));
  px_fetcher_set_max_bytes (fetcher, (guint64) g_settings_get_uint (self->settings, "fetch-max-size") * 1024 * 1024);

  return fetcher;
}

/* What a re-fetch did, as one toast; reloads the story so the columns
 * show the newest versions.
 */
static void
refetch_done (PxWindow  *self,
              guint      n_changed,
              guint      n_needs_review,
              guint      n_failed,
              GError    *first_error)
{
  g_autofree char *message = NULL;

  if (n_failed > 0 && n_changed == 0)
    message = g_strdup (first_error->message);
  else if (n_changed == 0)
    message = g_strdup (_("No changes since the last fetch"));
  else if (n_needs_review > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "New version kept; %u annotation needs review (see History)",
                                            "New version kept; %u annotations need review (see History)",
                                            n_needs_review), n_needs_review);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source changed; the new version is kept",
                                            "%u sources changed; the new versions are kept", n_changed),
                               n_changed);
  toast (self, message);

  if (n_changed > 0 && self->store != NULL && self->story_id > 0)
    px_window_open_story (self, self->story_id);
}

static void
refetch_source_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  PxStore *store = task_data;
  PxFetcher *fetcher = g_object_get_data (G_OBJECT (task), "px-fetcher");
  gint64 source_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "px-source-id"));
  GError *error = NULL;
  PxReanchorReport *report;

  report = px_versions_refetch_source (PX_LIBRARY (store), fetcher, source_id, cancellable, &error);
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
  PxWindow *self = PX_WINDOW (object);
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (report == NULL)
    refetch_done (self, 0, 0, 1, error);
  else
    refetch_done (self, report->changed ? 1 : 0, report->n_needs_review, 0, NULL);
}

static void
refetch_source_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  gint64 source_id = g_variant_get_int64 (parameter);
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL || source_id <= 0)
    return;

  toast (self, _("Fetching the source again…"));
  task = g_task_new (self, NULL, refetch_source_cb, NULL);
  g_object_set_data_full (G_OBJECT (task), "px-fetcher", new_fetcher (self), g_object_unref);
  g_task_set_source_tag (task, refetch_source_action);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_object_set_data (G_OBJECT (task), "px-source-id", GSIZE_TO_POINTER ((gsize) source_id));
  g_task_run_in_thread (task, refetch_source_thread);
}

static void
refetch_story_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PxWindow *self = user_data;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0, n_review = 0, n_failed = 0;
  GError *first_error = NULL;

  outcomes = px_versions_refetch_story_finish (PX_LIBRARY (object), result, &error);
  if (outcomes == NULL)
    {
      refetch_done (self, 0, 0, 1, error);
      g_object_unref (self);
      return;
    }

  for (guint i = 0; i < outcomes->len; i++)
    {
      PxRefetchOutcome *outcome = g_ptr_array_index (outcomes, i);

      if (outcome->report == NULL)
        {
          n_failed++;
          if (first_error == NULL)
            first_error = outcome->error;
          continue;
        }
      n_changed += outcome->report->changed;
      n_review += outcome->report->n_needs_review;
    }
  refetch_done (self, n_changed, n_review, n_failed, first_error);
  g_object_unref (self);
}

static void
refetch_story_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(PxFetcher) fetcher = NULL;

  if (self->store == NULL || self->story_id <= 0)
    {
      toast (self, _("Only stories kept in the library can be fetched again"));
      return;
    }

  toast (self, _("Fetching every source again…"));
  fetcher = new_fetcher (self);
  px_versions_refetch_story_async (PX_LIBRARY (self->store), fetcher, self->story_id, NULL, refetch_story_cb,
                                   g_object_ref (self));
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PxWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "px-entry");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0 || title[0] == '\0')
    return;

  if (self->store != NULL && self->story_id > 0
      && !px_store_rename_story (self->store, self->story_id, title, &error))
    {
      toast (self, error->message);
      return;
    }

  g_free (self->story_title);
  self->story_title = g_steal_pointer (&title);
  update_title (self);
}

static void
rename_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->story_title == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Story"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), self->story_title);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Story title"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "px-entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *undo;

  if (self->store == NULL || self->story_id <= 0)
    return;

  if (!px_store_delete_story (self->store, self->story_id, &error))
    {
      toast (self, error->message);
      return;
    }

  /* Translators: %s is a story's title */
  message = g_strdup_printf (_("“%s” deleted"), self->story_title);
  undo = adw_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "win.undo-delete");
  adw_toast_set_action_target_value (undo, g_variant_new_int64 (self->story_id));
  adw_toast_overlay_add_toast (self->toast_overlay, undo);

  start_story (self, NULL, 0);
  g_settings_set_int64 (self->settings, "last-story", -1);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 story_id = g_variant_get_int64 (parameter);

  if (self->store == NULL)
    return;

  if (!px_store_restore_story (self->store, story_id, &error))
    {
      toast (self, error->message);
      return;
    }
  px_window_open_story (self, story_id);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  g_settings_set_boolean (self->settings, "sidebar-visible", TRUE);
  px_library_view_focus_search (self->library_view);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PxWindow      *self)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        {
          GFile *file = l->data;
          char *path = g_file_get_path (file);

          if (path == NULL)
            {
              char *uri = g_file_get_uri (file);

              if (looks_like_url (uri))
                path = uri;
              else
                g_free (uri);
            }
          if (path != NULL)
            g_ptr_array_add (inputs, path);
        }
    }
  else if (G_VALUE_HOLDS_STRING (value))
    {
      g_auto(GStrv) lines = g_strsplit (g_value_get_string (value), "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *line = g_strstrip (lines[i]);

          if (looks_like_url (line))
            g_ptr_array_add (inputs, g_strdup (line));
        }
    }

  if (inputs->len == 0)
    {
      toast (self, _("Drop web addresses or saved pages to add them as sources"));
      return FALSE;
    }

  g_ptr_array_add (inputs, NULL);
  px_window_add_inputs (self, (const char * const *) inputs->pdata);
  return TRUE;
}

static void
claim_selected_cb (PxWindow    *self,
                   PxClaimItem *claim)
{
  px_annotator_set_selected_claim (self->annotator, claim);
  if (!self->following_difference)
    px_story_view_select_claim (self->story_view, claim);
}


static void
flap_folded_cb (PxWindow *self)
{
  if (!adw_flap_get_folded (self->claims_flap))
    adw_flap_set_reveal_flap (self->claims_flap, g_settings_get_boolean (self->settings, "show-claims-panel"));
  if (!adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, g_settings_get_boolean (self->settings, "sidebar-visible"));
}

static void
apply_settings (PxWindow *self)
{
  guint kinds = g_settings_get_flags (self->settings, "highlight-kinds");

  px_story_view_set_fetch_limits (self->story_view,
                                  g_settings_get_uint (self->settings, "fetch-timeout"),
                                  (guint64) g_settings_get_uint (self->settings, "fetch-max-size") * 1024 * 1024);
  px_story_view_set_text_scale (self->story_view, g_settings_get_double (self->settings, "text-scale"));
  {
    g_autofree char *view = g_settings_get_string (self->settings, "view");

    px_story_view_set_view (self->story_view, view);
  }
  /* One bit per kind, in the order of the enumeration. */
  for (guint k = 0; k < PX_HIGHLIGHT_UNIQUE; k++)
    px_story_view_set_kind_visible (self->story_view, k, (kinds & (1u << k)) != 0);
  px_story_view_set_differences_shown (self->story_view,
                                       g_settings_get_boolean (self->settings, "show-uncertain-differences"),
                                       (kinds & (1u << PX_HIGHLIGHT_ATTRIBUTION)) != 0);
}

/* Milliseconds since this process started (to the kernel's clock tick),
 * or -1: the shutdown that follows, which may wait for a backup, is not
 * counted.
 */
static double
process_age_ms (void)
{
  g_autofree char *stat = NULL;
  const char *end;
  g_auto(GStrv) fields = NULL;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (end = strrchr (stat, ')')) == NULL)
    return -1;
  /* After the command name: state is field 3, the start time field 22. */
  fields = g_strsplit (end + 2, " ", -1);
  if (g_strv_length (fields) < 20 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;
  return (now.tv_sec + now.tv_nsec / 1e9 - g_ascii_strtod (fields[19], NULL) / sysconf (_SC_CLK_TCK)) * 1000;
}

/* Under PARALLAX_BENCH_EXIT_ON_DRAWN the window quits at the first frame
 * drawn after the demo story's columns are filled and compared, and prints
 * how long that took since the process started.
 */
static gboolean
bench_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  PxWindow *self = PX_WINDOW (widget);
  guint n = px_story_view_get_n_columns (self->story_view);

  if (n == 0 || px_story_view_get_comparing (self->story_view))
    return G_SOURCE_CONTINUE;
  for (guint i = 0; i < n; i++)
    if (px_source_column_get_state (px_story_view_get_column (self->story_view, i)) == PX_SOURCE_COLUMN_LOADING)
      return G_SOURCE_CONTINUE;

  if (!self->drawn_reported)
    {
      /* This frame lays the filled columns out; the next one shows them. */
      self->drawn_reported = TRUE;
      return G_SOURCE_CONTINUE;
    }

  {
    g_autofree char *status = NULL;

    g_print ("drawn %u columns, %u differences, %.0f ms after the process started\n", n,
             px_story_view_get_n_differences (self->story_view), process_age_ms ());
    /* The resident set now and at its peak, for the memory figure. */
    if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
      {
        g_auto(GStrv) lines = g_strsplit (status, "\n", -1);

        for (guint i = 0; lines[i] != NULL; i++)
          if (g_str_has_prefix (lines[i], "VmRSS:") || g_str_has_prefix (lines[i], "VmHWM:"))
            g_print ("%s\n", lines[i]);
      }
  }
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* In the table, the cell with the cursor; the claims panel keeps its own. */
  if (g_str_equal (px_story_view_get_view (self->story_view), "table")
      && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->claims_panel))))
    {
      PxClaimsTable *table = px_story_view_get_table (self->story_view);
      PxClaimItem *claim = px_claims_table_get_selected_claim (table);
      GdkRectangle area;

      if (claim == NULL)
        {
          toast (self, _("Select a cell of the table first, then press Ctrl+M"));
          return;
        }
      px_annotator_annotate_sentences (self->annotator, claim, px_claims_table_get_cursor_source (table),
                                       GTK_WIDGET (table),
                                       px_claims_table_get_cell_area (table, &area) ? &area : NULL);
      return;
    }

  px_annotator_annotate (self->annotator);
}

static void
claim_verdict_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GListModel *claims = px_story_view_get_claims (self->story_view);
  guint index = g_variant_get_uint32 (parameter);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (claims, i);

      if (px_claim_item_get_index (claim) == index)
        {
          px_annotator_annotate_claim (self->annotator, claim);
          return;
        }
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->store == NULL || self->story_id <= 0)
    return;

  gtk_window_present (GTK_WINDOW (px_export_dialog_new (GTK_WINDOW (self), PX_LIBRARY (self->store), self->story_id,
                                                        self->story_title, self->toast_overlay)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->store != NULL && self->story_id > 0)
    px_export_print_story (GTK_WINDOW (self), PX_LIBRARY (self->store), self->story_id, self->toast_overlay);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  g_clear_object (&self->annotator);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_free (self->story_title);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->finalize = px_window_finalize;
  window_class->close_request = px_window_close_request;

  g_type_ensure (PX_TYPE_LIBRARY_VIEW);
  g_type_ensure (PX_TYPE_STORY_VIEW);
  g_type_ensure (PX_TYPE_CLAIMS_PANEL);
  g_type_ensure (PX_TYPE_ANNOTATIONS_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, add_popover);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, view_switch);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, url_entry);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sidebar_flap);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, claims_flap);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, story_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, claims_panel);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, annotations_panel);
  gtk_widget_class_bind_template_callback (widget_class, url_entry_activate_cb);

  gtk_widget_class_install_action (widget_class, "win.new-story", NULL, new_story_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.add-url", NULL, add_url_action);
  gtk_widget_class_install_action (widget_class, "win.open-files", NULL, open_files_action);
  gtk_widget_class_install_action (widget_class, "win.paste-text", NULL, paste_text_action);
  gtk_widget_class_install_action (widget_class, "win.next-difference", NULL, difference_action);
  gtk_widget_class_install_action (widget_class, "win.rename-story", NULL, rename_story_action);
  gtk_widget_class_install_action (widget_class, "win.delete-story", NULL, delete_story_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "x", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove-source", "(xxs)", undo_remove_source_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.previous-difference", NULL, difference_action);
  gtk_widget_class_install_action (widget_class, "win.source-history", "x", source_history_action);
  gtk_widget_class_install_action (widget_class, "win.refetch-source", "x", refetch_source_action);
  gtk_widget_class_install_action (widget_class, "win.refetch-story", NULL, refetch_story_action);
  gtk_widget_class_install_action (widget_class, "win.annotate", NULL, annotate_action);
  gtk_widget_class_install_action (widget_class, "win.claim-verdict", "u", claim_verdict_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
}

static void
px_window_init (PxWindow *self)
{
  GtkDropTarget *drop;
  g_autoptr(GAction) show_claims = NULL;
  g_autoptr(GAction) show_sidebar = NULL;
  g_autoptr(GAction) view = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The two panels' visibility is a setting, and an action for the keys. */
  show_claims = g_settings_create_action (self->settings, "show-claims-panel");
  show_sidebar = g_settings_create_action (self->settings, "sidebar-visible");
  g_action_map_add_action (G_ACTION_MAP (self), show_claims);
  g_action_map_add_action (G_ACTION_MAP (self), show_sidebar);
  /* Columns or table: the switch in the header bar, remembered. */
  view = g_settings_create_action (self->settings, "view");
  g_action_map_add_action (G_ACTION_MAP (self), view);
  /* Settings to panels only: a panel that folds away in a narrow window
   * must not change the preference, and comes back when there is room.
   */
  g_settings_bind (self->settings, "show-claims-panel", self->claims_flap, "reveal-flap", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "sidebar-visible", self->sidebar_flap, "reveal-flap", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->claims_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (apply_settings), self, G_CONNECT_SWAPPED);
  apply_settings (self);

  px_claims_panel_set_model (self->claims_panel, px_story_view_get_claims (self->story_view));
  /* The table shows the claims the panel's filter lets through. */
  px_claims_table_set_selection (px_story_view_get_table (self->story_view),
                                 px_claims_panel_get_selection (self->claims_panel));
  g_signal_connect_object (px_story_view_get_table (self->story_view), "open-sentence",
                           G_CALLBACK (open_sentence_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "notify::comparing", G_CALLBACK (update_claim_annotations), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->claims_panel, "claim-selected", G_CALLBACK (claim_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "notify::n-columns", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "notify::comparing", G_CALLBACK (update_difference_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "notify::current-difference", G_CALLBACK (update_difference_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "column-loaded", G_CALLBACK (column_loaded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "open-original", G_CALLBACK (open_original_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "column-removed", G_CALLBACK (column_removed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "column-moved", G_CALLBACK (column_moved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library_view, "story-activated", G_CALLBACK (story_activated_cb), self,
                           G_CONNECT_SWAPPED);
  /* After the window's own column-loaded handler, which re-anchors a page
   * fetched again: the annotations are read back once that is done.
   */
  self->annotator = px_annotator_new (self->story_view, self->annotations_panel, self->toast_overlay);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (g_getenv ("PARALLAX_BENCH_EXIT_ON_DRAWN") != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), bench_tick_cb, NULL, NULL);

  update_title (self);
  update_difference_actions (self);
}

PxWindow *
px_window_new (PxApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}
