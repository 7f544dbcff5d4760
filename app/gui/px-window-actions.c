/* px-window-actions.c: what the window's actions do
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-window-private.h"

#include "px-claims-table.h"
#include "px-export-dialog.h"
#include "px-history-view.h"
#include "px-library-view.h"
#include "px-toast.h"

#include <glib/gi18n.h>

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
  g_autoptr(GPtrArray) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      chosen = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (chosen, g_list_model_get_item (files, i));
      px_window_add_files (self, (GFile * const *) chosen->pdata, chosen->len);
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

  gtk_popover_popdown (self->add_popover);

  chooser = gtk_file_chooser_native_new (_("Open Saved Pages or Text Files"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  px_source_column_add_file_filters (GTK_FILE_CHOOSER (chooser));

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
  PxWindow *self = PX_WINDOW (widget);

  px_window_new_story (self);
  /* Shown at once: the keyboard goes on from its first action. */
  px_story_view_focus_first_action (self->story_view);
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

  if (claim == NULL)
    return;

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

static void
source_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  gint64 source_id = g_variant_get_int64 (parameter);
  PxHistoryView *view;

  if (self->library == NULL || source_id <= 0)
    {
      _px_window_toast (self, _("Only sources kept in the library have a history"));
      return;
    }

  view = px_history_view_new (GTK_WINDOW (self), self->library, source_id);
  /* "BBC (2)", as the column says, for a story's second BBC report. */
  for (guint i = 0; i < px_story_view_get_n_columns (self->story_view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (self->story_view, i);

      if (px_source_column_get_source_id (column) == source_id)
        px_history_view_set_outlet_name (view, px_source_column_get_name (column));
    }
  gtk_window_present (GTK_WINDOW (view));
}

static void
refetch_source_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  px_session_refetch_source (PX_WINDOW (widget)->session, g_variant_get_int64 (parameter));
}

static void
refetch_story_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  px_session_refetch_story (PX_WINDOW (widget)->session);
}

typedef void (*NameChosenFunc) (PxWindow   *self,
                                const char *name,
                                gpointer    data);

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PxWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "px-entry");
  NameChosenFunc chosen = g_object_get_data (G_OBJECT (dialog), "px-chosen");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "rename") != 0 || name[0] == '\0')
    return;

  chosen (self, name, g_object_get_data (G_OBJECT (dialog), "px-data"));
}

/* Asks for a new name (@heading, the entry's accessible @label, @name to
 * start from); @chosen gets it, trimmed and not empty. @data (owned) goes
 * with the dialog.
 */
static void
ask_name (PxWindow       *self,
          const char     *heading,
          const char     *body,
          const char     *label,
          const char     *name,
          NameChosenFunc  chosen,
          gpointer        data,
          GDestroyNotify  data_free)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "px-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "px-chosen", chosen);
  g_object_set_data_full (G_OBJECT (dialog), "px-data", data, data_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (name_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
story_name_chosen (PxWindow   *self,
                   const char *title,
                   gpointer    data)
{
  /* A failure comes as the session's message, in a toast. */
  px_session_rename_story (self->session, title);
}

static void
rename_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  if (!px_session_has_story (self->session))
    return;

  ask_name (self, _("Rename Story"), NULL, _("Story title"), px_session_get_title (self->session),
            story_name_chosen, NULL, NULL);
}

static void
outlet_name_chosen (PxWindow   *self,
                    const char *name,
                    gpointer    data)
{
  PxSource *source = data;
  g_autofree char *before = px_toast_name (px_source_get_outlet (source));
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  AdwToast *undo;
  guint token;

  token = px_session_rename_source (self->session, source, name);
  if (token == 0)
    return;

  after = px_toast_name (px_source_get_outlet (source));
  /* Translators: an outlet's name before and after the reader renamed it, "reuters-article" and "Reuters" */
  message = g_strdup_printf (_("“%s” renamed to “%s”"), before, after);
  undo = px_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "win.undo-rename-source");
  adw_toast_set_action_target_value (undo, g_variant_new_uint32 (token));
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

/* A name from a file or an address ("reuters-article") becomes the one the
 * reader knows ("Reuters"), everywhere the source is named.
 */
void
_px_window_rename_source (PxWindow *self,
                          PxSource *source)
{
  g_return_if_fail (PX_IS_SOURCE (source));

  if (px_source_get_state (source) != PX_SOURCE_READY)
    return;

  ask_name (self, _("Rename Outlet"),
            _("The name shown in the column, the claims and the exports"),
            _("Outlet name"), px_source_get_outlet (source), outlet_name_chosen, g_object_ref (source),
            g_object_unref);
}

static void
undo_rename_source_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  px_session_undo_rename (PX_WINDOW (widget)->session, g_variant_get_uint32 (parameter));
}

static void
delete_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autofree char *title = px_toast_name (px_session_get_title (self->session));
  g_autofree char *message = NULL;
  AdwToast *undo;
  gint64 story_id;

  if (px_session_get_story_id (self->session) <= 0)
    return;

  story_id = px_session_delete_story (self->session);
  if (story_id <= 0)
    return;

  /* Translators: %s is a story's title */
  message = g_strdup_printf (_("“%s” deleted"), title);
  undo = px_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "win.undo-delete");
  adw_toast_set_action_target_value (undo, g_variant_new_int64 (story_id));
  adw_toast_overlay_add_toast (self->toast_overlay, undo);

  g_settings_set_int64 (self->settings, "last-story", -1);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  px_session_restore_story (self->session, g_variant_get_int64 (parameter));
}

static void
undo_remove_source_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GListModel *sources = px_session_get_sources (self->session);

  g_clear_pointer (&self->restore_ids, g_array_unref);
  self->restore_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);
      gint64 id = px_source_get_source_id (source);

      g_array_append_val (self->restore_ids, id);
    }
  /* The source comes back within this call, or not at all (a story
   * changed since, a colleague restored it first): the ids must not stay
   * to take the focus at some later, unrelated addition.
   */
  px_session_undo_remove (self->session, g_variant_get_uint32 (parameter));
  g_clear_pointer (&self->restore_ids, g_array_unref);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  /* Folded away (a narrow window, or for the columns' room), the library
   * comes over the columns, the preference kept, as F8 brings it.
   */
  if (adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, TRUE);
  else
    g_settings_set_boolean (self->settings, "sidebar-visible", TRUE);
  px_library_view_focus_search (self->library_view);
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* In the table, the cell with the cursor; the claims panel keeps its own. */
  if (px_story_view_get_view (self->story_view) == PX_STORY_VIEW_TABLE
      && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->claims_panel))))
    {
      PxClaimsTable *table = px_story_view_get_table (self->story_view);
      PxClaimItem *claim = px_claims_table_get_selected_claim (table);
      GdkRectangle area;

      if (claim == NULL)
        {
          _px_window_toast (self, _("Select a cell of the table first, then press Ctrl+M"));
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

/* A difference between claims: "Go to Claim 7" shows that claim, and
 * the difference itself when it is listed under that claim (@n_in_claim
 * >= 0), in every column, selected in the claims panel and the table.
 */
static void
show_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GListModel *claims = px_story_view_get_claims (self->story_view);
  GListModel *visible = px_claims_panel_get_visible_claims (self->claims_panel);
  g_autoptr(PxClaimItem) target = NULL;
  gboolean shown = FALSE;
  guint index;
  int n_in_claim;

  g_variant_get (parameter, "(ui)", &index, &n_in_claim);
  if (index >= g_list_model_get_n_items (claims))
    return;
  target = g_list_model_get_item (claims, index);

  /* A filter that hides the claim gives way, so the lists show it. */
  for (guint i = 0; i < g_list_model_get_n_items (visible) && !shown; i++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (visible, i);

      shown = item == target;
    }
  if (!shown)
    px_claims_panel_set_filter (self->claims_panel, PX_CLAIMS_FILTER_ALL);

  px_story_view_show_difference (self->story_view, index, n_in_claim);
  follow_difference (self);
}

/* The comparison on screen, for a report that says what the window shows;
 * NULL while the sources are being compared again.
 */
static PxComparison *
shown_comparison (PxWindow *self)
{
  return px_session_get_compare_pending (self->session) ? NULL : px_session_get_comparison (self->session);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  gint64 story_id = px_session_get_story_id (self->session);

  if (self->library == NULL || story_id <= 0)
    return;

  gtk_window_present (GTK_WINDOW (px_export_dialog_new (GTK_WINDOW (self), self->library, story_id,
                                                        px_session_get_title (self->session),
                                                        shown_comparison (self), self->toast_overlay)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  gint64 story_id = px_session_get_story_id (self->session);

  if (self->library != NULL && story_id > 0)
    px_export_print_story (GTK_WINDOW (self), self->library, story_id, shown_comparison (self), self->toast_overlay);
}

/* The first label under @widget, or NULL. */
static GtkLabel *
first_label_in (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = GTK_IS_LABEL (child) ? GTK_LABEL (child) : first_label_in (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* What a screen reader says for @accelerators, GTK's accelerators
 * separated by spaces: "Shift+F10 or Menu". */
static char *
keys_said (const char *accelerators)
{
  g_auto(GStrv) each = g_strsplit (accelerators, " ", -1);
  g_autoptr(GString) said = g_string_new (NULL);

  for (guint i = 0; each[i] != NULL; i++)
    {
      guint key;
      GdkModifierType mods;
      g_autofree char *label = NULL;

      if (!gtk_accelerator_parse (each[i], &key, &mods))
        continue;
      label = gtk_accelerator_get_label (key, mods);
      if (said->len > 0)
        /* Translators: between two keys that do the same thing, "Shift+F10 or Menu" */
        g_string_append (said, _(" or "));
      g_string_append (said, label);
    }
  return g_string_free (g_steal_pointer (&said), FALSE);
}

/* @text as it shows, its mnemonic's underscore left out ("_1": "1") */
static char *
without_mnemonic (const char *text)
{
  GString *shown = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && *++p == '\0')
        break;
      g_string_append_c (shown, *p);
    }
  return g_string_free (shown, FALSE);
}

/* The pages of a shortcuts window's stacks had read "GtkStackPage", or
 * their titles with the mnemonic ("_1"). */
static void
name_shortcuts_pages (GtkStack *stack)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (stack));

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      const char *title = gtk_stack_page_get_title (page);
      const char *name = gtk_stack_page_get_name (page);
      GtkWidget *child = gtk_stack_page_get_child (page);
      g_autofree char *said = NULL;

      if (title != NULL)
        said = without_mnemonic (title);
      else if (GTK_IS_SHORTCUTS_SECTION (child))
        said = g_strdup (gtk_window_get_title (GTK_WINDOW (gtk_widget_get_root (child))));
      else if (GTK_IS_LABEL (child))
        said = g_strdup (gtk_label_get_text (GTK_LABEL (child)));
      else if (GTK_IS_MENU_BUTTON (child))
        said = g_strdup (_("Sections"));
      else if (g_strcmp0 (name, "internal-search") == 0)
        said = g_strdup (_("Search Results"));
      else if (g_strcmp0 (name, "no-search-results") == 0)
        said = g_strdup (_("No Results Found"));
      if (said != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
    }
}

/* GTK 4.8's shortcuts window names its own controls by their types, or
 * by a title with its mnemonic: a screen reader read its search button
 * "GtkImage" (its icon), its pages "_1" and "_2" in a list
 * "GtkStackSwitcher", its sections' menu "GtkMenuButton", its search
 * "GtkSearchEntry" and every shortcut's keys "GtkShortcutLabel". Each is
 * named as it shows or by what it does.
 */
static void
name_shortcuts_controls (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *icon = gtk_widget_get_first_child (child);

      if (GTK_IS_STACK (child))
        name_shortcuts_pages (GTK_STACK (child));
      else if (GTK_IS_SEARCH_ENTRY (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Search Shortcuts"), -1);
      else if (GTK_IS_STACK_SWITCHER (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"), -1);
      else if (GTK_IS_MENU_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"), -1);
      else if (GTK_IS_SHORTCUT_LABEL (child) && gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (child)))
        {
          g_autofree char *keys = keys_said (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (child)));

          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, keys, -1);
        }
      else if (GTK_IS_TOGGLE_BUTTON (child) && GTK_IS_STACK_SWITCHER (widget))
        {
          GtkLabel *label = first_label_in (child);

          if (label != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            gtk_label_get_text (label), -1);
        }
      else if (GTK_IS_TOGGLE_BUTTON (child) && GTK_IS_IMAGE (icon) && gtk_widget_get_next_sibling (icon) == NULL)
        {
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search"), -1);
        }
      name_shortcuts_controls (child);
    }
}

/* A shortcut given by its action shows the keys @app has for it: GTK
 * looks them up only in the shortcuts window it makes itself. */
static void
show_actions_keys (GtkWidget      *widget,
                   GtkApplication *app)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *action = NULL;

      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        g_object_get (child, "action-name", &action, NULL);
      if (action != NULL)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);
          g_autofree char *keys = g_strjoinv (" ", accels);

          g_object_set (child, "accelerator", keys, NULL);
        }
      show_actions_keys (child, app);
    }
}

static void
shortcuts_window_map_cb (GtkWidget *window)
{
  name_shortcuts_controls (window);
}

/* The shortcuts window is made when it is asked for and destroyed when it
 * is closed, as Preferences is. GTK 4.8 keeps the one GtkApplication
 * makes of gtk/help-overlay.ui among its toplevels, hidden, with no path
 * on the accessibility bus until it is first shown, and answers a screen
 * reader that asks the application for a window past the last one shown
 * with the last window it keeps: that hidden one, whose missing path
 * crashed the program (SIGSEGV in GTK's GetChildAtIndex).
 */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (PX_RESOURCE_PREFIX "/ui/help-overlay.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (widget));

  if (app != NULL)
    show_actions_keys (GTK_WIDGET (window), app);
  gtk_window_set_transient_for (window, GTK_WINDOW (widget));
  gtk_window_set_destroy_with_parent (window, TRUE);
  g_signal_connect (window, "map", G_CALLBACK (shortcuts_window_map_cb), NULL);
  gtk_window_present (window);
}

void
_px_window_class_actions_init (PxWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-story", NULL, new_story_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.add-url", NULL, add_url_action);
  gtk_widget_class_install_action (widget_class, "win.open-files", NULL, open_files_action);
  gtk_widget_class_install_action (widget_class, "win.paste-text", NULL, paste_text_action);
  gtk_widget_class_install_action (widget_class, "win.next-difference", NULL, difference_action);
  gtk_widget_class_install_action (widget_class, "win.rename-story", NULL, rename_story_action);
  gtk_widget_class_install_action (widget_class, "win.delete-story", NULL, delete_story_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "x", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove-source", "u", undo_remove_source_action);
  gtk_widget_class_install_action (widget_class, "win.undo-rename-source", "u", undo_rename_source_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.previous-difference", NULL, difference_action);
  gtk_widget_class_install_action (widget_class, "win.source-history", "x", source_history_action);
  gtk_widget_class_install_action (widget_class, "win.refetch-source", "x", refetch_source_action);
  gtk_widget_class_install_action (widget_class, "win.refetch-story", NULL, refetch_story_action);
  gtk_widget_class_install_action (widget_class, "win.annotate", NULL, annotate_action);
  gtk_widget_class_install_action (widget_class, "win.claim-verdict", "u", claim_verdict_action);
  gtk_widget_class_install_action (widget_class, "win.show-claim", "(ui)", show_claim_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
}

/* Which actions the story shown allows. */
void
_px_window_actions_update (PxWindow *self)
{
  gboolean has_story = px_session_has_story (self->session);
  gboolean kept = has_story && px_session_get_story_id (self->session) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-story", has_story);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-story", kept);
  /* Annotations and exports live in the library. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.annotate", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.claim-verdict", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference",
                                 px_story_view_can_move_to_difference (self->story_view, 1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference",
                                 px_story_view_can_move_to_difference (self->story_view, -1));
}
