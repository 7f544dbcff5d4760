/* px-window.c: the main window, showing the story of its session
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-window.h"
#include "px-window-private.h"

#include "px-archive-module-private.h"
#include "px-claim-annotations-private.h"
#include "px-claims-panel.h"
#include "px-claims-table.h"
#include "px-input.h"
#include "px-menu-button-private.h"
#include "px-safe-text.h"
#include "px-story-view.h"
#include "px-toast.h"

#include <glib/gi18n.h>
#include <time.h>
#include <unistd.h>

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (PxWindow *self)
{
  guint n = px_story_view_get_n_columns (self->story_view);
  /* Often a page's own headline. */
  g_autofree char *title = px_safe_text_line (px_session_get_title (self->session), -1);
  g_autofree char *subtitle = NULL;
  gboolean has_story = title != NULL;

  if (has_story && n > 0)
    /* Translators: under a story’s title: how many sources it has */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n), n);

  gtk_label_set_text (self->title_label, has_story ? title : _("Parallax"));
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), has_story ? title : _("Parallax"));
  gtk_stack_set_visible_child_name (self->main_stack, has_story ? "story" : "welcome");
  /* Claims and annotations belong to a story: the welcome page has none. */
  gtk_widget_set_visible (GTK_WIDGET (self->claims_panel), has_story);
  _px_window_layout_update_header (self);
  gtk_widget_set_visible (GTK_WIDGET (self->annotations_panel), has_story);
  _px_window_actions_update (self);
}

void
_px_window_toast (PxWindow   *self,
                  const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, px_toast_new (message));
}

PxSession *
_px_window_get_session (PxWindow *self)
{
  return self->session;
}

void
px_window_new_story (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  px_session_new_story (self->session, NULL);
}

void
px_window_add_inputs (PxWindow           *self,
                      const char * const *inputs)
{
  g_autoptr(PxSource) first = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      g_autofree char *typed = g_strstrip (g_strdup (inputs[i]));
      g_autofree char *input = NULL;
      g_autoptr(PxSource) source = NULL;

      if (typed[0] == '\0')
        continue;
      /* A file by its whole path, read again from wherever Parallax
       * starts next (and one file named two ways is one column). */
      input = px_input_dup_to_keep (typed);
      /* The same address or file twice is one column, not a silent twin
       * that doubles every claim: the one there is shown (Fetch Again
       * keeps a newer version of it).
       */
      {
        PxSourceColumn *existing = NULL;

        for (guint j = 0; j < px_story_view_get_n_columns (self->story_view) && existing == NULL; j++)
          if (g_strcmp0 (px_source_column_get_input (px_story_view_get_column (self->story_view, j)), input) == 0)
            existing = px_story_view_get_column (self->story_view, j);
        if (existing != NULL)
          {
            g_autofree char *name = px_toast_name (px_source_column_get_name (existing));
            /* Translators: %s is the name of a column's outlet ("BBC (2)") */
            g_autofree char *message = g_strdup_printf (_("%s is already in this story"), name);

            _px_window_toast (self, message);
            px_story_view_reveal_source (self->story_view, px_source_column_get_source (existing));
            continue;
          }
      }
      source = px_source_new_for_input (input);
      px_session_add_source (self->session, source);
      if (first == NULL)
        first = g_steal_pointer (&source);
    }
  /* A source added is fetched where the user can see it; of several, the
   * first, the others to its right (a story opened from five files had
   * started on its last column, the first out of sight).
   */
  if (first != NULL)
    px_story_view_reveal_source (self->story_view, first);
}

void
px_window_open_inputs (PxWindow           *self,
                       const char * const *inputs)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  px_session_new_story (self->session, NULL);
  px_window_add_inputs (self, inputs);
}

void
px_window_add_text (PxWindow   *self,
                    const char *text,
                    const char *name)
{
  g_autoptr(PxSource) source = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));

  source = px_source_new_for_text (text, name);
  px_session_add_source (self->session, source);
  px_story_view_reveal_source (self->story_view, source);
}

void
px_window_open_demo (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  px_session_open_demo (self->session);
}

void
px_window_open_story (PxWindow *self,
                      gint64    story_id)
{
  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (self->library != NULL);

  px_session_open_story (self->session, story_id);
}

gint64
px_window_get_story_id (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), 0);

  return px_session_get_story_id (self->session);
}

/* The story the annotator reads, and the one opened next time. */
static void
follow_story (PxWindow *self)
{
  gint64 story_id = px_session_get_story_id (self->session);

  self->annotated_story_id = story_id;
  /* The last story is My library's: a team library opens on its newest. */
  if (story_id > 0 && PX_IS_STORE (self->library))
    g_settings_set_int64 (self->settings, "last-story", story_id);
  px_annotator_set_story (self->annotator, self->library, story_id);
}

/* The session shows another story (or none, or the same one read again):
 * the columns start empty.
 */
static void
story_started_cb (PxWindow *self)
{
  follow_story (self);
  update_title (self);
}

/* A new story is kept in the library now: its id. */
static void
story_id_changed_cb (PxWindow *self)
{
  if (px_session_get_story_id (self->session) != self->annotated_story_id)
    follow_story (self);
}

static void
session_message_cb (PxWindow   *self,
                    const char *message)
{
  _px_window_toast (self, message);
}

/* The name @source's column shows: "BBC (2)" beside another BBC page. */
static const char *
column_name (PxWindow *self,
             PxSource *source)
{
  for (guint i = 0; i < px_story_view_get_n_columns (self->story_view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->story_view, i);

      if (px_source_column_get_source (column) == source)
        return px_source_column_get_name (column);
    }

  return px_source_get_outlet (source);
}

/* A removed source goes to the library's trash, and the toast can bring
 * it back to its column.
 */
static void
remove_source_cb (PxWindow *self,
                  PxSource *source)
{
  g_autofree char *outlet = px_toast_name (column_name (self, source));
  g_autofree char *message = NULL;
  AdwToast *undo;
  guint token;

  token = px_session_remove_source (self->session, source);
  if (token == 0)
    return;

  /* Translators: %s is an outlet's name, "Reuters" */
  message = g_strdup_printf (_("%s removed"), outlet != NULL && outlet[0] != '\0' ? outlet : _("Source"));
  undo = px_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "win.undo-remove-source");
  adw_toast_set_action_target_value (undo, g_variant_new_uint32 (token));
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

/* An empty "Differ" list names the preference only when it would show some. */
static void
differences_hidden_cb (PxWindow *self)
{
  px_claims_panel_set_n_hidden (self->claims_panel, px_session_get_n_hidden (self->session));
}

/* The column a toast's Undo brings back takes the focus: the toast's
 * button went with the toast, and GTK had left the focus on the header
 * bar's first button, far from the column. A reader typing somewhere (the
 * search, a note) keeps the focus.
 */
static void
sources_changed_cb (PxWindow   *self,
                    guint       position,
                    guint       removed,
                    guint       added,
                    GListModel *sources)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  g_autoptr(GArray) before = NULL;

  if (self->restore_ids == NULL || added == 0)
    return;
  before = g_steal_pointer (&self->restore_ids);
  if (focus != NULL
      && (GTK_IS_EDITABLE (focus) || (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)))))
    return;
  for (guint i = position; i < position + added && i < px_story_view_get_n_columns (self->story_view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->story_view, i);
      gint64 id = px_source_column_get_source_id (column);
      gboolean was_there = FALSE;

      for (guint k = 0; k < before->len && !was_there; k++)
        was_there = g_array_index (before, gint64, k) == id;
      if (was_there)
        continue;
      if (!gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (column))))
        gtk_widget_child_focus (GTK_WIDGET (column), GTK_DIR_TAB_FORWARD);
      return;
    }
}

static void
move_source_cb (PxWindow *self,
                PxSource *source,
                guint     position)
{
  px_session_move_source (self->session, source, position);
}

static void
load_source_cb (PxWindow *self,
                PxSource *source)
{
  px_session_load_source (self->session, source);
}

static void
replace_source_cb (PxWindow   *self,
                   PxSource   *source,
                   const char *input)
{
  px_session_replace_source (self->session, source, input);
}

/* "Open Original": the archived page in a window of its own; WebKit
 * starts then, and not before.
 */
static void
show_original (PxWindow   *self,
               PxSnapshot *snapshot)
{
  g_autoptr(GError) error = NULL;
  PxArchiveModuleOpenFunc open_archive;
  GtkWindow *archive;

  open_archive = _px_archive_module_load (&error);
  if (open_archive == NULL)
    {
      _px_window_toast (self, error->message);
      return;
    }

  archive = open_archive (gtk_window_get_application (GTK_WINDOW (self)), snapshot);
  gtk_window_set_transient_for (archive, GTK_WINDOW (self));
  gtk_window_present (archive);
}

static void
stored_snapshot_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;

  snapshot = px_session_get_stored_snapshot_finish (PX_SESSION (object), result, &error);
  if (snapshot == NULL)
    _px_window_toast (self, error->message);
  else
    show_original (self, snapshot);
}

static void
open_original_cb (PxWindow       *self,
                  PxSourceColumn *column)
{
  /* The page just fetched, else the library's, read on its thread. */
  if (px_source_column_get_snapshot (column) != NULL)
    show_original (self, px_source_column_get_snapshot (column));
  else
    px_session_get_stored_snapshot_async (self->session, px_source_column_get_source_id (column), NULL,
                                          stored_snapshot_cb, g_object_ref (self));
}

/* The words of a search hit, selected in their column, which takes the
 * keyboard: the reader is where the words are (the library's list, folded
 * away for the columns, had left it on whatever came next, the Annotations
 * panel's verdict filter or the header's Library button).
 */
static void
reveal_match (PxWindow   *self,
              gint64      source_id,
              const char *match)
{
  for (guint i = 0; i < px_story_view_get_n_columns (self->story_view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->story_view, i);

      if (px_source_column_get_source_id (column) == source_id && px_source_column_reveal_text (column, match))
        {
          gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (column)));
          return;
        }
    }
}

/* The story of a search hit is shown: its words are selected. */
static void
session_busy_cb (PxWindow *self)
{
  if (self->reveal_match == NULL || px_session_get_busy (self->session))
    return;
  if (px_session_get_story_id (self->session) == self->reveal_story_id)
    reveal_match (self, self->reveal_source_id, self->reveal_match);
  g_clear_pointer (&self->reveal_match, g_free);
}

static void
story_activated_cb (PxWindow   *self,
                    gint64      story_id,
                    gint64      source_id,
                    const char *match)
{
  if (adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, FALSE);

  g_clear_pointer (&self->reveal_match, g_free);
  if (story_id == px_session_get_story_id (self->session))
    {
      if (source_id > 0 && match != NULL)
        reveal_match (self, source_id, match);
      return;
    }

  /* Read on the library's thread; the match is shown once the story is. */
  px_window_open_story (self, story_id);
  if (source_id > 0 && match != NULL)
    {
      self->reveal_story_id = story_id;
      self->reveal_source_id = source_id;
      self->reveal_match = g_strdup (match);
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

static void library_changed_cb (PxLibrary *library,
                                gint64     story_id,
                                PxWindow  *self);

void
px_window_set_store (PxWindow *self,
                     PxStore  *store,
                     gboolean  restore)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  /* The application's own library is My library of the sidebar. */
  if (store != NULL)
    px_libraries_set_local (px_libraries_get_default (), PX_LIBRARY (store));
  px_window_set_library (self, store != NULL ? PX_LIBRARY (store) : NULL, restore);
}

void
px_window_set_library (PxWindow  *self,
                       PxLibrary *library,
                       gboolean   restore)
{
  g_autoptr(PxLibrary) old = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (library == NULL || PX_IS_LIBRARY (library));

  if (self->library == library)
    return;
  if (self->library != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->library, library_changed_cb, self);
      old = g_object_ref (self->library);
      /* The story shown belongs to the library left. */
      px_session_close_story (self->session);
    }
  g_set_object (&self->library, library);
  px_session_set_library (self->session, library);
  if (library != NULL)
    g_signal_connect_object (library, "changed", G_CALLBACK (library_changed_cb), self, 0);
  _px_window_team_library_set (self, old);

  px_annotator_set_story (self->annotator, library, px_session_get_story_id (self->session));

  px_library_view_set_store (self->library_view, library);
  if (library == NULL)
    return;

  if (PX_IS_STORE (library) && px_store_get_recovery (PX_STORE (library)) != NULL)
    recovery_dialog (self, px_store_get_recovery (PX_STORE (library)));
  if (!restore)
    return;

  /* A new profile gets the demo story; else the last story opens. */
  px_session_restore (self->session, g_settings_get_int64 (self->settings, "last-story"));
}

PxStore *
px_window_get_store (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return PX_IS_STORE (self->library) ? PX_STORE (self->library) : NULL;
}

PxLibrary *
px_window_get_library (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->library;
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

  /* "www.bbc.com/news/…" is what the address bar shows; it means https.
   * A machine named by its number or as localhost ("127.0.0.1:8000/a",
   * "[::1]/a", "localhost:8000/a") means http, as browsers' HTTPS-first
   * modes leave such addresses alone: they rarely have a certificate,
   * and https gave a TLS error the address typed never asked for.
   */
  if (strstr (text, "://") == NULL && strchr (text, ' ') == NULL)
    {
      g_autofree char *host = text[0] == '['
                              ? g_strndup (text + 1, strcspn (text + 1, "]"))
                              : g_strndup (text, strcspn (text, ":/?#"));
      gboolean local = g_hostname_is_ip_address (host) || g_ascii_strcasecmp (host, "localhost") == 0
                       || g_str_has_suffix (host, ".localhost");

      if (local || strchr (text, '.') != NULL)
        {
          char *with_scheme = g_strconcat (local ? "http://" : "https://", text, NULL);

          g_free (text);
          text = with_scheme;
        }
    }

  if (!looks_like_url (text))
    {
      gtk_widget_error_bell (GTK_WIDGET (self->url_entry));
      _px_window_toast (self, _("Enter a web address that starts with http:// or https://"));
      return;
    }

  inputs[0] = text;
  px_window_add_inputs (self, inputs);
  gtk_editable_set_text (GTK_EDITABLE (self->url_entry), "");
  gtk_popover_popdown (self->add_popover);
}

/* Enter on a table cell: that sentence in the columns. */
static void
open_sentence_cb (PxWindow    *self,
                  PxClaimItem *claim,
                  guint        source)
{
  g_settings_set_enum (self->settings, "view", PX_STORY_VIEW_COLUMNS);
  px_story_view_open_sentence (self->story_view, claim, source);
}

/* Which claims the story's annotations are on, for the table and the
 * claims panel's filter.
 */
static void
update_claim_annotations (PxWindow *self)
{
  GListModel *claims = px_story_view_get_claims (self->story_view);
  gint64 story_id = px_session_get_story_id (self->session);
  GPtrArray *annotations;
  g_autofree gint64 *source_ids = NULL;
  guint n_sources = 0;

  if (self->annotator == NULL || self->library == NULL || story_id <= 0
      || px_story_view_get_comparing (self->story_view)
      || g_list_model_get_n_items (claims) == 0)
    return;

  /* As the annotator last read them. */
  annotations = px_annotator_get_annotations (self->annotator);
  if (annotations == NULL)
    return;

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
 * another window): read again, the claims' counts follow
 * (update_claim_annotations() on "annotations-changed").
 */
static void
library_changed_cb (PxLibrary *library,
                    gint64     story_id,
                    PxWindow  *self)
{
  if (story_id == 0 || story_id == px_session_get_story_id (self->session))
    px_annotator_reload (self->annotator);
}

typedef struct
{
  char *key;
  char *input;
} ChosenFile;

static int
chosen_file_compare (gconstpointer a,
                     gconstpointer b)
{
  const ChosenFile *x = a, *y = b;
  int order = strcmp (x->key, y->key);

  return order != 0 ? order : strcmp (x->input, y->input);
}

static void
chosen_file_clear (gpointer data)
{
  ChosenFile *file = data;

  g_clear_pointer (&file->key, g_free);
  g_clear_pointer (&file->input, g_free);
}

guint
px_window_add_files (PxWindow      *self,
                     GFile * const *files,
                     guint          n_files)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (ChosenFile));
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();

  g_return_val_if_fail (PX_IS_WINDOW (self), 0);

  g_array_set_clear_func (chosen, chosen_file_clear);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *basename = NULL;
      g_autofree char *display = NULL;
      ChosenFile file = { NULL, g_file_get_path (files[i]) };

      if (file.input == NULL)
        {
          char *uri = g_file_get_uri (files[i]);

          if (looks_like_url (uri))
            file.input = uri;
          else
            g_free (uri);
        }
      if (file.input == NULL)
        continue;
      basename = g_file_get_basename (files[i]);
      display = g_filename_display_name (basename != NULL ? basename : file.input);
      file.key = g_utf8_collate_key_for_filename (display, -1);
      g_array_append_val (chosen, file);
    }
  g_array_sort (chosen, chosen_file_compare);
  for (guint i = 0; i < chosen->len; i++)
    g_ptr_array_add (inputs, g_array_index (chosen, ChosenFile, i).input);
  g_ptr_array_add (inputs, NULL);
  if (chosen->len > 0)
    px_window_add_inputs (self, (const char * const *) inputs->pdata);
  return chosen->len;
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
      g_autoptr(GPtrArray) files = g_ptr_array_new ();

      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        g_ptr_array_add (files, l->data);
      if (px_window_add_files (self, (GFile * const *) files->pdata, files->len) > 0)
        return TRUE;
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
      _px_window_toast (self, _("Drop web addresses or saved pages to add them as sources"));
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
  /* The story view keeps the current difference when this is its claim:
   * selecting the claim Alt+Down moved to feeds nothing back.
   */
  px_annotator_set_selected_claim (self->annotator, claim);
  px_story_view_select_claim (self->story_view, claim);
}


/* The Claims and Library buttons (and F9, F8) show whether their panel is
 * on screen. With room, they are the preference; in a narrow window the
 * panels fold away (the buttons are then up) and a button brings its panel
 * over the columns without changing the preference.
 */
static AdwFlap *
panel_flap (PxWindow   *self,
            const char *key)
{
  return g_str_equal (key, "show-claims-panel") ? self->claims_flap : self->sidebar_flap;
}

static void
panel_change_state_cb (GSimpleAction *action,
                       GVariant      *state,
                       PxWindow      *self)
{
  const char *key = g_action_get_name (G_ACTION (action));
  AdwFlap *flap = panel_flap (self, key);

  if (adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, g_variant_get_boolean (state));
  else
    g_settings_set_boolean (self->settings, key, g_variant_get_boolean (state));
}

/* Shown over the columns, a panel takes the keyboard on the first frame
 * it is drawn in (it cannot before), unless the keyboard is in it already
 * (Ctrl+F puts it in the library's search).
 */
static gboolean
focus_shown_panel_cb (GtkWidget     *panel,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  GtkRoot *root = gtk_widget_get_root (panel);
  PxWindow *self;
  GtkWidget *focus;

  if (!PX_IS_WINDOW (root))
    return G_SOURCE_REMOVE;
  self = PX_WINDOW (root);
  if (!gtk_widget_get_mapped (panel))
    return G_SOURCE_CONTINUE;
  if (panel == adw_flap_get_flap (self->claims_flap))
    self->claims_focus_tick = 0;
  else
    self->sidebar_focus_tick = 0;
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || (focus != panel && !gtk_widget_is_ancestor (focus, panel)))
    gtk_widget_child_focus (panel, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* A panel brought over the columns (a narrow window, or the panel folded
 * away for their room) by its key or its button takes the keyboard, as a
 * dialog does: it had stayed on the header bar, the panel reached only by
 * Tab past every column. Put away, the keyboard goes back where it was.
 */
static void
focus_panel (PxWindow *self,
             AdwFlap  *flap)
{
  GtkWidget *panel = adw_flap_get_flap (flap);
  gboolean claims = flap == self->claims_flap;
  guint *tick = claims ? &self->claims_focus_tick : &self->sidebar_focus_tick;
  GtkWidget **back = claims ? &self->claims_return_focus : &self->sidebar_return_focus;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_panel = focus != NULL && (focus == panel || gtk_widget_is_ancestor (focus, panel));

  if (adw_flap_get_reveal_flap (flap) && adw_flap_get_folded (flap))
    {
      if (!in_panel)
        g_set_weak_pointer (back, focus);
      if (*tick == 0)
        *tick = gtk_widget_add_tick_callback (panel, focus_shown_panel_cb, NULL, NULL);
      return;
    }
  if (*tick != 0)
    {
      gtk_widget_remove_tick_callback (panel, *tick);
      *tick = 0;
    }
  if (in_panel && *back != NULL && gtk_widget_get_mapped (*back))
    gtk_widget_grab_focus (*back);
  g_clear_weak_pointer (back);
}

static void
panel_revealed_cb (AdwFlap    *flap,
                   GParamSpec *pspec,
                   PxWindow   *self)
{
  const char *key = flap == self->claims_flap ? "show-claims-panel" : "sidebar-visible";
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), key);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (adw_flap_get_reveal_flap (flap)));
  focus_panel (self, flap);
}

static void
panel_setting_changed_cb (GSettings  *settings,
                          const char *key,
                          PxWindow   *self)
{
  AdwFlap *flap = panel_flap (self, key);

  if (!adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, g_settings_get_boolean (settings, key));
}

static void
add_panel_action (PxWindow   *self,
                  const char *key)
{
  AdwFlap *flap = panel_flap (self, key);
  g_autoptr(GSimpleAction) action = NULL;
  g_autofree char *changed = g_strconcat ("changed::", key, NULL);

  adw_flap_set_reveal_flap (flap, g_settings_get_boolean (self->settings, key));
  action = g_simple_action_new_stateful (key, NULL, g_variant_new_boolean (adw_flap_get_reveal_flap (flap)));
  g_signal_connect_object (action, "change-state", G_CALLBACK (panel_change_state_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_signal_connect_object (flap, "notify::reveal-flap", G_CALLBACK (panel_revealed_cb), self, 0);
  g_signal_connect_object (self->settings, changed, G_CALLBACK (panel_setting_changed_cb), self, 0);
}

static void
flap_folded_cb (PxWindow *self)
{
  if (!adw_flap_get_folded (self->claims_flap))
    adw_flap_set_reveal_flap (self->claims_flap, g_settings_get_boolean (self->settings, "show-claims-panel"));
  if (!adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, g_settings_get_boolean (self->settings, "sidebar-visible"));
}

/* The settings apply_settings() reads. */
static const char * const applied_keys[] = { "highlight-kinds", "fetch-timeout", "fetch-max-size", "text-scale",
                                             "view", "show-uncertain-differences" };

static void
apply_settings (PxWindow *self)
{
  guint kinds = g_settings_get_flags (self->settings, "highlight-kinds");

  px_session_set_fetch_limits (self->session,
                               g_settings_get_uint (self->settings, "fetch-timeout"),
                               (guint64) g_settings_get_uint (self->settings, "fetch-max-size") * 1024 * 1024);
  px_story_view_set_text_scale (self->story_view, g_settings_get_double (self->settings, "text-scale"));
  px_story_view_set_view (self->story_view, g_settings_get_enum (self->settings, "view"));
  /* One bit per kind, in the order of the enumeration. */
  for (guint k = 0; k < PX_HIGHLIGHT_UNIQUE; k++)
    px_story_view_set_kind_visible (self->story_view, k, (kinds & (1u << k)) != 0);
  px_session_set_differences_shown (self->session,
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


/* Under PARALLAX_CHECK_INVARIANTS (the randomized accessibility runs), what
 * the window shows is checked against its model every 50 ms; a broken
 * invariant is a critical, which those runs make fatal.
 */
static gboolean
check_invariants_cb (gpointer user_data)
{
  PxWindow *self = user_data;
  GListModel *sources = px_session_get_sources (self->session);
  GListModel *claims = px_story_view_get_claims (self->story_view);
  guint n = g_list_model_get_n_items (sources);
  int current = px_story_view_get_current_difference (self->story_view);
  PxClaimItem *claim = px_story_view_get_current_claim (self->story_view);
  GtkSingleSelection *selection = px_claims_panel_get_selection (self->claims_panel);
  PxClaimItem *selected = gtk_single_selection_get_selected_item (selection);

  if (px_session_get_story_id (self->session) > 0 && !px_session_has_story (self->session))
    g_critical ("Invariant: story %" G_GINT64_FORMAT " is shown without a title",
                px_session_get_story_id (self->session));
  if (px_story_view_get_n_columns (self->story_view) != n)
    g_critical ("Invariant: %u columns for %u sources", px_story_view_get_n_columns (self->story_view), n);
  for (guint i = 0; i < MIN (n, px_story_view_get_n_columns (self->story_view)); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);
      PxSourceState state = px_source_get_state (source);

      if (px_source_column_get_source (px_story_view_get_column (self->story_view, i)) != source)
        g_critical ("Invariant: column %u shows another source than the model's", i);
      if (state == PX_SOURCE_READY && px_source_get_article (source) == NULL)
        g_critical ("Invariant: source %u is ready without an article", i);
      if (state == PX_SOURCE_FAILED && px_source_get_error (source) == NULL)
        g_critical ("Invariant: source %u failed without a reason", i);
    }
  {
    PxComparison *comparison = px_session_get_comparison (self->session);
    int current_claim = px_session_get_current_claim (self->session);
    guint difference_claim;

    if (g_list_model_get_n_items (claims) != (comparison != NULL ? px_comparison_get_n_claims (comparison) : 0))
      g_critical ("Invariant: %u claims shown for the comparison's %u", g_list_model_get_n_items (claims),
                  comparison != NULL ? px_comparison_get_n_claims (comparison) : 0);
    if (current_claim >= (int) g_list_model_get_n_items (claims))
      g_critical ("Invariant: the current claim %d is not one of the comparison's", current_claim);
    if (current >= 0 && (!px_session_get_difference (self->session, current, &difference_claim, NULL)
                         || (int) difference_claim != current_claim))
      g_critical ("Invariant: the current difference is not on the session's current claim");
  }
  if (current < -1 || current >= (int) px_story_view_get_n_differences (self->story_view))
    g_critical ("Invariant: difference %d of %u", current + 1, px_story_view_get_n_differences (self->story_view));
  if (current >= 0 && (claim == NULL || px_claim_item_get_n_differences (claim) == 0))
    g_critical ("Invariant: the current difference is not on the current claim");
  if (claim != NULL || selected != NULL)
    {
      gboolean claim_found = claim == NULL, selected_found = selected == NULL;

      for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
        {
          g_autoptr(PxClaimItem) item = g_list_model_get_item (claims, i);

          claim_found |= item == claim;
          selected_found |= item == selected;
        }
      if (!claim_found)
        g_critical ("Invariant: the current claim is not one of the story's");
      if (!selected_found)
        g_critical ("Invariant: the selected claim is not one of the story's");
    }
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (claims, i);
      guint carriers = px_claim_item_get_n_carriers (item);

      if (carriers == 0 || carriers > px_claim_item_get_n_sources (item))
        g_critical ("Invariant: claim %u is carried by %u of %u sources", i, carriers,
                    px_claim_item_get_n_sources (item));
    }

  return G_SOURCE_CONTINUE;
}

/* GTK 4.8 keeps the annotation popover as where its tooltip timer looks for
 * the pointer when the pointer last moved over it; the window destroyed
 * (the popover's surface with it) before the timer ran, it asked for the
 * pointer on no surface (a critical, 2026-12-06). The popover closed and
 * the tooltips asked again first, the timer looks at the window, whose
 * unrealizing stops it.
 */
static void
move_tooltip_off_popover (PxWindow *self)
{
  PxAnnotationPopover *popover = self->annotator != NULL ? px_annotator_get_popover (self->annotator) : NULL;

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);
  int width, height;

  move_tooltip_off_popover (self);

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

/* Every way a window goes (closed, destroyed by the program) unrealizes it:
 * GTK's tooltip is forgotten first, while the window's popovers still have
 * their surfaces (see _px_tooltip_forget()). */
static void
px_window_unrealize (GtkWidget *widget)
{
  _px_tooltip_forget (widget);
  GTK_WIDGET_CLASS (px_window_parent_class)->unrealize (widget);
}

static void
px_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  GTK_WIDGET_CLASS (px_window_parent_class)->size_allocate (widget, width, height, baseline);
  _px_window_layout_allocated (PX_WINDOW (widget), width);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  g_clear_handle_id (&self->invariants_id, g_source_remove);
  g_clear_object (&self->annotator);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->story_view != NULL)
    px_story_view_set_session (self->story_view, NULL);
  g_clear_object (&self->session);
  _px_window_team_dispose (self);
  _px_window_layout_dispose (self);
  g_clear_weak_pointer (&self->sidebar_return_focus);
  g_clear_weak_pointer (&self->claims_return_focus);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_free (self->reveal_match);
  g_clear_pointer (&self->restore_ids, g_array_unref);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

/* GTK 4.8 gives a button whose label has a mnemonic ("_Try Again") that
 * label as typed for its accessible name, then adds its label's text: a
 * screen reader read "underscore Try Again Try Again". Without the
 * property, GTK names the button by its label's text, as it does any
 * other button. GTK sets the property each time the label is set, so the
 * button class's property setter is followed for the whole program: a
 * button built from a template or by libadwaita, shown or not yet (a
 * page of Preferences not opened read "_Add Add"), relabelled or not.
 */
static void (*button_set_property) (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec);

static void
unname_mnemonic_button (GtkButton *button)
{
  if (gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
mnemonic_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  button_set_property (object, prop_id, value, pspec);
  if (g_str_equal (pspec->name, "label") || g_str_equal (pspec->name, "use-underline"))
    unname_mnemonic_button (GTK_BUTTON (object));
}

/* and gtk_button_set_label() called directly, from C, is seen when the
 * button is shown */
static gboolean
mnemonic_button_mapped_cb (GSignalInvocationHint *hint,
                           guint                  n_values,
                           const GValue          *values,
                           gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_BUTTON (object))
    unname_mnemonic_button (GTK_BUTTON (object));

  return TRUE;
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
  widget_class->size_allocate = px_window_size_allocate;
  widget_class->unrealize = px_window_unrealize;

  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, mnemonic_button_mapped_cb, NULL, NULL);
  {
    GObjectClass *button_class = g_type_class_ref (GTK_TYPE_BUTTON);

    if (button_class->set_property != mnemonic_button_set_property)
      {
        button_set_property = button_class->set_property;
        button_class->set_property = mnemonic_button_set_property;
      }
  }

  g_type_ensure (PX_TYPE_LIBRARY_VIEW);
  g_type_ensure (PX_TYPE_STORY_VIEW);
  g_type_ensure (PX_TYPE_CLAIMS_PANEL);
  g_type_ensure (PX_TYPE_ANNOTATIONS_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, title_box);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_section);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, add_popover);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, view_switch);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, claims_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, primary_menu);
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

  _px_window_class_actions_init (klass);
  _px_window_team_class_init (klass);
}

static void
px_window_init (PxWindow *self)
{
  GtkDropTarget *drop;
  g_autoptr(GAction) view = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  _px_menu_button_quiet_tooltip (self->add_button);
  _px_menu_button_quiet_tooltip (self->main_menu_button);

  self->settings = g_settings_new (APP_ID);
  self->session = px_session_new ();
  g_settings_bind (self->settings, "demo-story", self->session, "demo-story-id", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->session, "story-started", G_CALLBACK (story_started_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "message", G_CALLBACK (session_message_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::story-id", G_CALLBACK (story_id_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::busy", G_CALLBACK (session_busy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The two panels: a setting each, and an action for the button and key. */
  add_panel_action (self, "show-claims-panel");
  add_panel_action (self, "sidebar-visible");
  /* Columns or table: the switch in the header bar, remembered. */
  view = g_settings_create_action (self->settings, "view");
  g_action_map_add_action (G_ACTION_MAP (self), view);
  /* A panel that folds away in a narrow window comes back when there is room. */
  g_signal_connect_object (self->claims_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self, G_CONNECT_SWAPPED);
  /* Folded, a panel comes over the columns: what is shown is scrolled beside it. */
  px_story_view_add_covering_panel (self->story_view, adw_flap_get_flap (self->claims_flap));
  px_story_view_add_covering_panel (self->story_view, adw_flap_get_flap (self->sidebar_flap));
  _px_window_layout_init (self);

  /* Only the keys it reads: "last-story" and the window's size are written
   * as the user works, and applying every setting restyles every column.
   */
  for (guint i = 0; i < G_N_ELEMENTS (applied_keys); i++)
    {
      g_autofree char *detailed = g_strconcat ("changed::", applied_keys[i], NULL);

      g_signal_connect_object (self->settings, detailed, G_CALLBACK (apply_settings), self, G_CONNECT_SWAPPED);
    }
  apply_settings (self);

  px_claims_panel_set_model (self->claims_panel, px_story_view_get_claims (self->story_view));
  g_signal_connect_object (self->session, "differences-changed", G_CALLBACK (differences_hidden_cb), self,
                           G_CONNECT_SWAPPED);
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
  g_signal_connect_object (self->story_view, "notify::comparing", G_CALLBACK (_px_window_actions_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "notify::current-difference", G_CALLBACK (_px_window_actions_update),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "open-original", G_CALLBACK (open_original_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "remove-source", G_CALLBACK (remove_source_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "rename-source", G_CALLBACK (_px_window_rename_source), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "move-source", G_CALLBACK (move_source_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "load-source", G_CALLBACK (load_source_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_view, "replace-source", G_CALLBACK (replace_source_cb), self,
                           G_CONNECT_SWAPPED);
  px_story_view_set_session (self->story_view, self->session);
  /* after the story view's own handler: the column is there */
  g_signal_connect_object (px_session_get_sources (self->session), "items-changed", G_CALLBACK (sources_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library_view, "story-activated", G_CALLBACK (story_activated_cb), self,
                           G_CONNECT_SWAPPED);
  /* After the window's own column-loaded handler, which re-anchors a page
   * fetched again: the annotations are read back once that is done.
   */
  self->annotator = px_annotator_new (self->story_view, self->annotations_panel, self->toast_overlay);
  g_signal_connect_object (self->annotator, "annotations-changed", G_CALLBACK (update_claim_annotations), self,
                           G_CONNECT_SWAPPED);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (g_getenv ("PARALLAX_CHECK_INVARIANTS") != NULL)
    self->invariants_id = g_timeout_add_full (G_PRIORITY_LOW, 50, check_invariants_cb, self, NULL);
  if (g_getenv ("PARALLAX_BENCH_EXIT_ON_DRAWN") != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), bench_tick_cb, NULL, NULL);

  _px_window_team_init (self);
  update_title (self);
}

PxWindow *
px_window_new (PxApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}
