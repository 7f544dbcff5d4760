/* px-library-view.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-library-view.h"

#include "px-dates.h"
#include "px-library-item.h"
#include "px-list-keynav.h"
#include "px-outlets.h"
#include "px-safe-text.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#define SEARCH_LIMIT 50

struct _PxLibraryView
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkSearchEntry *search_entry;
  GtkStack *stack;
  GtkListView *list_view;
  AdwStatusPage *empty_page;

  PxLibrary *store;
  GCancellable *cancellable; /* the list or search under way; a newer one cancels it */
  char *query;               /* what is searched for, or NULL for every story */
  GListStore *items;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (PxLibraryView, px_library_view, GTK_TYPE_WIDGET)

enum {
  STORY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
format_time (const char *iso)
{
  char *text = px_format_iso_date_time (iso, PX_DATE_SHORT);

  return text != NULL ? text : g_strdup ("");
}

/* "[drones] were launched" -> "<b>drones</b> were launched", escaped. */
static char *
snippet_markup (const char *snippet,
                char      **first_match)
{
  g_autofree char *escaped = g_markup_escape_text (snippet != NULL ? snippet : "", -1);
  GString *markup = g_string_new (NULL);
  const char *open;

  *first_match = NULL;
  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '[')
        {
          const char *close = strchr (p, ']');

          if (close != NULL && *first_match == NULL)
            {
              open = p + 1;
              *first_match = g_strndup (open, close - open);
            }
          g_string_append (markup, "<b>");
        }
      else if (*p == ']')
        g_string_append (markup, "</b>");
      else
        g_string_append_c (markup, *p);
    }

  return g_string_free (markup, FALSE);
}

static void
show_items (PxLibraryView *self,
            GPtrArray     *items,
            const char    *empty_title,
            const char    *empty_description)
{
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  adw_status_page_set_title (self->empty_page, empty_title);
  adw_status_page_set_description (self->empty_page, empty_description);
  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "list" : "empty");
}

/* A new request replaces the one under way: its answer is dropped. */
static GCancellable *
start_request (PxLibraryView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  return self->cancellable;
}

static void
stories_listed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxLibraryView) self = user_data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = px_library_list_stories_finish (PX_LIBRARY (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);

  for (guint i = 0; stories != NULL && i < stories->len; i++)
    {
      const PxStoryInfo *info = g_ptr_array_index (stories, i);
      g_autofree char *when = format_time (info->updated_at);
      /* Every column the story shows, those that could not be loaded too. */
      guint n_sources = info->n_sources + info->n_failed;
      /* Translators: under a story’s title: how many sources it has */
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources),
                                                n_sources);
      g_autofree char *subtitle = g_markup_printf_escaped ("%s · %s", count, when);

      g_autofree char *title = px_safe_text_line (info->title, -1);

      g_ptr_array_add (items, px_library_item_new (info->id, title, subtitle, 0, NULL));
    }

  if (error != NULL)
    show_items (self, items, _("The Library Could Not Be Read"), error->message);
  else
    show_items (self, items, _("No Stories"), _("Stories you compare are kept here."));
}

static void
list_stories (PxLibraryView *self)
{
  if (self->store == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      show_items (self, none, _("No Library"), _("Stories are not saved in this session."));
      return;
    }

  px_library_list_stories_async (self->store, FALSE, start_request (self), stories_listed_cb,
                                 g_object_ref (self));
}

static void
searched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PxLibraryView) self = user_data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = px_library_search_finish (PX_LIBRARY (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);

  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      const PxSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *match = NULL;
      g_autofree char *snippet = snippet_markup (hit->snippet, &match);
      g_autofree char *safe_outlet = px_safe_text_line (hit->outlet != NULL ? hit->outlet : "", -1);
      /* Named as the story's column names it: two hits in one story's two
       * BBC pages had both said "BBC"; files of one name by their folders
       * ("b/source"). */
      g_autofree char *numbered = hit->label != NULL ? px_safe_text_line (hit->label, -1)
                                                     : px_outlet_numbered (safe_outlet, hit->outlet_number);
      g_autofree char *outlet = g_markup_escape_text (numbered, -1);
      g_autofree char *title = px_safe_text_line (hit->story_title, -1);
      g_autofree char *subtitle = NULL;

      if (hit->kind == PX_SEARCH_HIT_NOTE)
        /* Translators: a search hit in a note; %s is the matching words */
        subtitle = g_strdup_printf (_("Note: %s"), snippet);
      else
        subtitle = g_strdup_printf ("%s — %s", outlet, snippet);
      g_ptr_array_add (items, px_library_item_new (hit->story_id, title, subtitle,
                                                   hit->source_id, match));
    }

  show_items (self, items,
              error != NULL ? _("Search Failed") : _("Nothing Found"),
              error != NULL ? error->message : _("No article or note has these words."));
}

/* On the library's database thread; the entry's own delay spaces the
 * keystrokes, and each new query cancels the one before.
 */
void
px_library_view_search (PxLibraryView *self,
                        const char    *query)
{
  g_return_if_fail (PX_IS_LIBRARY_VIEW (self));

  if (query != self->query)
    {
      g_free (self->query);
      self->query = query != NULL && query[0] != '\0' ? g_strdup (query) : NULL;
    }
  if (self->query == NULL || self->store == NULL)
    {
      list_stories (self);
      return;
    }

  px_library_search_async (self->store, query, SEARCH_LIMIT, start_request (self), searched_cb,
                           g_object_ref (self));
}

gboolean
px_library_view_get_loading (PxLibraryView *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

void
px_library_view_reload (PxLibraryView *self)
{
  g_return_if_fail (PX_IS_LIBRARY_VIEW (self));

  px_library_view_search (self, self->query);
}

static void
search_changed_cb (PxLibraryView *self)
{
  px_library_view_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
activate_item (PxLibraryView *self,
               guint          position)
{
  g_autoptr(PxLibraryItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL)
    g_signal_emit (self, signals[STORY_ACTIVATED], 0,
                   px_library_item_get_story_id (item),
                   px_library_item_get_source_id (item),
                   px_library_item_get_match (item));
}

static void
activate_cb (PxLibraryView *self,
             guint          position)
{
  activate_item (self, position);
}

void
px_library_view_activate (PxLibraryView *self,
                          guint          position)
{
  g_return_if_fail (PX_IS_LIBRARY_VIEW (self));

  activate_item (self, position);
}

static void
search_activate_cb (PxLibraryView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    activate_item (self, 0);
}

static void
stop_search_cb (PxLibraryView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
store_changed_cb (PxLibraryView *self)
{
  px_library_view_reload (self);
}

void
px_library_view_set_store (PxLibraryView *self,
                           PxLibrary     *store)
{
  g_return_if_fail (PX_IS_LIBRARY_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  px_library_view_reload (self);
}

void
px_library_view_focus_search (PxLibraryView *self)
{
  g_return_if_fail (PX_IS_LIBRARY_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GListModel *
px_library_view_get_items (PxLibraryView *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_VIEW (self), NULL);

  return G_LIST_MODEL (self->items);
}

static void
px_library_view_dispose (GObject *object)
{
  PxLibraryView *self = PX_LIBRARY_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_LIBRARY_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (px_library_view_parent_class)->dispose (object);
}

static void
px_library_view_class_init (PxLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_library_view_dispose;

  signals[STORY_ACTIVATED] =
    g_signal_new ("story-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, PxLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PxLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxLibraryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, PxLibraryView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxlibraryview");
}

/* GTK 4.8 names no list item: a screen reader landing on a story heard
 * nothing of it. Its row (the list item's widget) is named by the story's
 * title and what is said under it (the count and date, or the match).
 */
static void
name_row (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;
  PxLibraryItem *story = gtk_list_item_get_item (item);
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;

  if (row == NULL)
    return;
  if (story == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  if (px_library_item_get_subtitle (story) == NULL
      || !pango_parse_markup (px_library_item_get_subtitle (story), -1, 0, NULL, &subtitle, NULL, NULL))
    subtitle = g_strdup (px_library_item_get_subtitle (story));
  if (subtitle == NULL || subtitle[0] == '\0')
    name = g_strdup (px_library_item_get_title (story));
  else
    /* Translators: the accessible name of a story in the library: its title, then "3 sources · 6 Dec 2026" */
    name = g_strdup_printf (C_("story in the library", "%s. %s"), px_library_item_get_title (story), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* A story's row: its title, and under it its sources and last change
 * (or, for a search hit, where the words were found, as markup). */
static void
row_setup_cb (GtkListItemFactory *factory,
              GtkListItem        *item,
              gpointer            user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (subtitle), 3);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_use_markup (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
row_bind_cb (GtkListItemFactory *factory,
             GtkListItem        *item,
             gpointer            user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  PxLibraryItem *story = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), px_library_item_get_title (story));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), px_library_item_get_subtitle (story));
  name_row (item);
}

static void
row_unbind_cb (GtkListItemFactory *factory,
               GtkListItem        *item,
               gpointer            user_data)
{
  GtkWidget *row = gtk_widget_get_parent (gtk_list_item_get_child (item));

  if (row != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
px_library_view_init (PxLibraryView *self)
{
  GtkListItemFactory *factory;

  g_type_ensure (PX_TYPE_LIBRARY_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (PX_TYPE_LIBRARY_ITEM);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  px_list_keynav_tab_leaves (GTK_WIDGET (self->list_view));

  list_stories (self);
}
