/* px-author-filter.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-author-filter.h"

#include "px-cut-label.h"

#include "px-store-records.h"

#include <glib/gi18n.h>

struct _PxAuthorFilter
{
  GtkWidget parent_instance;

  GtkDropDown *drop_down;
  GtkStringList *items;   /* "All Authors", then each author */
  char *author;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (PxAuthorFilter, px_author_filter, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_author (PxAuthorFilter *self,
            const char     *author)
{
  if (g_strcmp0 (self->author, author) == 0)
    return;

  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

static void
selected_cb (PxAuthorFilter *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);

  if (self->updating)
    return;
  /* Item 0 is "All Authors". */
  set_author (self, selected != GTK_INVALID_LIST_POSITION && selected > 0
                    ? gtk_string_list_get_string (self->items, selected) : NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

void
px_author_filter_set_annotations (PxAuthorFilter *self,
                                  GPtrArray      *annotations)
{
  g_autoptr(GPtrArray) authors = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  guint selected = 0;

  g_return_if_fail (PX_IS_AUTHOR_FILTER (self));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (annotation->author != NULL && annotation->author[0] != '\0'
          && g_hash_table_add (seen, annotation->author))
        g_ptr_array_add (authors, annotation->author);
    }
  g_ptr_array_sort (authors, compare_names);

  gtk_string_list_append (items, _("All Authors"));
  for (guint i = 0; i < authors->len; i++)
    {
      gtk_string_list_append (items, g_ptr_array_index (authors, i));
      if (g_strcmp0 (g_ptr_array_index (authors, i), self->author) == 0)
        selected = i + 1;
    }

  self->updating = TRUE;
  g_set_object (&self->items, items);
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->drop_down, selected);
  self->updating = FALSE;
  set_author (self, selected > 0 ? gtk_string_list_get_string (items, selected) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), authors->len > 0);
}

const char *
px_author_filter_get_author (PxAuthorFilter *self)
{
  g_return_val_if_fail (PX_IS_AUTHOR_FILTER (self), NULL);

  return self->author;
}

void
px_author_filter_set_author (PxAuthorFilter *self,
                             const char     *author)
{
  guint n;

  g_return_if_fail (PX_IS_AUTHOR_FILTER (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 1; author != NULL && i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->items, i), author) == 0)
      {
        gtk_drop_down_set_selected (self->drop_down, i);
        return;
      }
  gtk_drop_down_set_selected (self->drop_down, 0);
}

PxAuthorFilter *
px_author_filter_new (void)
{
  return g_object_new (PX_TYPE_AUTHOR_FILTER, NULL);
}

static void
px_author_filter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PxAuthorFilter *self = PX_AUTHOR_FILTER (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_author_filter_dispose (GObject *object)
{
  PxAuthorFilter *self = PX_AUTHOR_FILTER (object);

  g_clear_pointer ((GtkWidget **) &self->drop_down, gtk_widget_unparent);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (px_author_filter_parent_class)->dispose (object);
}

static void
px_author_filter_finalize (GObject *object)
{
  PxAuthorFilter *self = PX_AUTHOR_FILTER (object);

  g_free (self->author);

  G_OBJECT_CLASS (px_author_filter_parent_class)->finalize (object);
}

static void
px_author_filter_class_init (PxAuthorFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = px_author_filter_get_property;
  object_class->dispose = px_author_filter_dispose;
  object_class->finalize = px_author_filter_finalize;

  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
px_author_filter_init (PxAuthorFilter *self)
{
  /* One drop-down: no template needed for it. */
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  px_cut_label_drop_down (self->drop_down);
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->drop_down), _("Show the annotations of one colleague"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Filter by author"), -1);
  px_drop_down_name_button (self->drop_down, NULL, _("Filter by author"));
  g_signal_connect_object (self->drop_down, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
  px_author_filter_set_annotations (self, NULL);
}
