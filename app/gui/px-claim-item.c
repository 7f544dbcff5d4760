/* px-claim-item.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claim-item.h"

struct _PxClaimItem
{
  GObject parent_instance;

  guint index;
  guint n_sources;
  char *text;
  GArray *members;     /* PxClaimItemRange, in source order */
  GPtrArray *differences;
  GStrv outlets;
  GArray *words;       /* PxClaimItemRange */
  guint n_annotations;
  guint n_needs_review;
};

G_DEFINE_FINAL_TYPE (PxClaimItem, px_claim_item, G_TYPE_OBJECT)

static void
difference_free (PxClaimItemDifference *difference)
{
  g_free (difference->summary);
  g_array_unref (difference->ranges);
  g_free (difference);
}

static void
px_claim_item_finalize (GObject *object)
{
  PxClaimItem *self = PX_CLAIM_ITEM (object);

  g_free (self->text);
  g_strfreev (self->outlets);
  g_array_unref (self->members);
  g_ptr_array_unref (self->differences);
  g_array_unref (self->words);

  G_OBJECT_CLASS (px_claim_item_parent_class)->finalize (object);
}

static void
px_claim_item_class_init (PxClaimItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_claim_item_finalize;
}

static void
px_claim_item_init (PxClaimItem *self)
{
  self->members = g_array_new (FALSE, FALSE, sizeof (PxClaimItemRange));
  self->differences = g_ptr_array_new_with_free_func ((GDestroyNotify) difference_free);
  self->words = g_array_new (FALSE, FALSE, sizeof (PxClaimItemRange));
}

PxClaimItem *
px_claim_item_new (guint       index,
                   guint       n_sources,
                   const char *text)
{
  PxClaimItem *self = g_object_new (PX_TYPE_CLAIM_ITEM, NULL);

  self->index = index;
  self->n_sources = n_sources;
  self->text = g_strdup (text != NULL ? text : "");

  return self;
}

void
px_claim_item_add_member (PxClaimItem *self,
                          guint        source,
                          guint        start,
                          guint        end)
{
  PxClaimItemRange range = { source, start, end };

  g_return_if_fail (PX_IS_CLAIM_ITEM (self));
  g_return_if_fail (source < self->n_sources);

  g_array_append_val (self->members, range);
}

PxClaimItemDifference *
px_claim_item_add_difference (PxClaimItem    *self,
                              PxHighlightKind kind,
                              const char     *summary)
{
  PxClaimItemDifference *difference;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  difference = g_new0 (PxClaimItemDifference, 1);
  difference->kind = kind;
  difference->summary = g_strdup (summary);
  difference->ranges = g_array_new (FALSE, FALSE, sizeof (PxClaimItemRange));
  g_ptr_array_add (self->differences, difference);

  return difference;
}

void
px_claim_item_difference_add_range (PxClaimItemDifference *difference,
                                    guint                  source,
                                    guint                  start,
                                    guint                  end)
{
  PxClaimItemRange range = { source, start, end };

  g_array_append_val (difference->ranges, range);
}

void
px_claim_item_set_outlets (PxClaimItem        *self,
                           const char * const *outlets)
{
  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  g_strfreev (self->outlets);
  self->outlets = g_strdupv ((char **) outlets);
}

const char *
px_claim_item_get_outlet (PxClaimItem *self,
                          guint        source)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  if (self->outlets == NULL || source >= g_strv_length (self->outlets))
    return "";

  return self->outlets[source];
}

guint
px_claim_item_get_index (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->index;
}

const char *
px_claim_item_get_text (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  return self->text;
}

guint
px_claim_item_get_n_sources (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->n_sources;
}

guint
px_claim_item_get_n_carriers (PxClaimItem *self)
{
  guint n = 0;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  for (guint source = 0; source < self->n_sources; source++)
    if (px_claim_item_get_member (self, source, NULL, NULL))
      n++;

  return n;
}

/* The span of all of @source's sentences in this claim, from the first
 * sentence's start to the last one's end.
 */
gboolean
px_claim_item_get_member (PxClaimItem *self,
                          guint        source,
                          guint       *start,
                          guint       *end)
{
  gboolean found = FALSE;
  guint first = G_MAXUINT, last = 0;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), FALSE);

  for (guint i = 0; i < self->members->len; i++)
    {
      const PxClaimItemRange *range = &g_array_index (self->members, PxClaimItemRange, i);

      if (range->source != source)
        continue;
      found = TRUE;
      first = MIN (first, range->start);
      last = MAX (last, range->end);
    }

  if (found && start != NULL)
    *start = first;
  if (found && end != NULL)
    *end = last;

  return found;
}

guint
px_claim_item_get_n_differences (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->differences->len;
}

const PxClaimItemDifference *
px_claim_item_get_difference (PxClaimItem *self,
                              guint        index)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);
  g_return_val_if_fail (index < self->differences->len, NULL);

  return g_ptr_array_index (self->differences, index);
}

gboolean
px_claim_item_is_unique (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), FALSE);

  return self->n_sources > 1 && px_claim_item_get_n_carriers (self) == 1;
}

GArray *
px_claim_item_get_members (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  return self->members;
}

void
px_claim_item_add_word (PxClaimItem *self,
                        guint        source,
                        guint        start,
                        guint        end)
{
  PxClaimItemRange range = { source, start, end };

  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  g_array_append_val (self->words, range);
}

GArray *
px_claim_item_get_words (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  return self->words;
}

void
px_claim_item_set_annotations (PxClaimItem *self,
                               guint        n_annotations,
                               guint        n_needs_review)
{
  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  self->n_annotations = n_annotations;
  self->n_needs_review = n_needs_review;
}

guint
px_claim_item_get_n_annotations (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->n_annotations;
}

guint
px_claim_item_get_n_needs_review (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->n_needs_review;
}
