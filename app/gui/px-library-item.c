/* px-library-item.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-library-item.h"

struct _PxLibraryItem
{
  GObject parent_instance;

  gint64 story_id;
  gint64 source_id;
  char *title;
  char *subtitle;
  char *match;
};

G_DEFINE_FINAL_TYPE (PxLibraryItem, px_library_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
px_library_item_finalize (GObject *object)
{
  PxLibraryItem *self = PX_LIBRARY_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->match);

  G_OBJECT_CLASS (px_library_item_parent_class)->finalize (object);
}

static void
px_library_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PxLibraryItem *self = PX_LIBRARY_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_library_item_class_init (PxLibraryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_library_item_finalize;
  object_class->get_property = px_library_item_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_library_item_init (PxLibraryItem *self)
{
}

PxLibraryItem *
px_library_item_new (gint64      story_id,
                     const char *title,
                     const char *subtitle,
                     gint64      source_id,
                     const char *match)
{
  PxLibraryItem *self = g_object_new (PX_TYPE_LIBRARY_ITEM, NULL);

  self->story_id = story_id;
  self->source_id = source_id;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->match = g_strdup (match);

  return self;
}

gint64
px_library_item_get_story_id (PxLibraryItem *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ITEM (self), 0);

  return self->story_id;
}

gint64
px_library_item_get_source_id (PxLibraryItem *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ITEM (self), 0);

  return self->source_id;
}

const char *
px_library_item_get_title (PxLibraryItem *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ITEM (self), NULL);

  return self->title;
}

const char *
px_library_item_get_subtitle (PxLibraryItem *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ITEM (self), NULL);

  return self->subtitle;
}

const char *
px_library_item_get_match (PxLibraryItem *self)
{
  g_return_val_if_fail (PX_IS_LIBRARY_ITEM (self), NULL);

  return self->match;
}
