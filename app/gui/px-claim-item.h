/* px-claim-item.h: one claim cluster of a story, as the window shows it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "px-highlight.h"

G_BEGIN_DECLS

/* Character offsets into the text of source @source, end exclusive. */
typedef struct
{
  guint source;
  guint start;
  guint end;
} PxClaimItemRange;

typedef struct
{
  PxHighlightKind kind;
  char *summary;
  GArray *ranges; /* PxClaimItemRange */
} PxClaimItemDifference;

#define PX_TYPE_CLAIM_ITEM (px_claim_item_get_type ())

G_DECLARE_FINAL_TYPE (PxClaimItem, px_claim_item, PX, CLAIM_ITEM, GObject)

PxClaimItem *px_claim_item_new (guint       index,
                                guint       n_sources,
                                const char *text);
void px_claim_item_add_member (PxClaimItem *self,
                               guint        source,
                               guint        start,
                               guint        end);
PxClaimItemDifference *px_claim_item_add_difference (PxClaimItem    *self,
                                                     PxHighlightKind kind,
                                                     const char     *summary);
void px_claim_item_difference_add_range (PxClaimItemDifference *difference,
                                         guint                  source,
                                         guint                  start,
                                         guint                  end);

/* The outlets' names, by source index, for coverage rows. */
void px_claim_item_set_outlets (PxClaimItem        *self,
                                const char * const *outlets);
const char *px_claim_item_get_outlet (PxClaimItem *self,
                                      guint        source);

guint px_claim_item_get_index (PxClaimItem *self);
const char *px_claim_item_get_text (PxClaimItem *self);
guint px_claim_item_get_n_sources (PxClaimItem *self);
guint px_claim_item_get_n_carriers (PxClaimItem *self);
gboolean px_claim_item_get_member (PxClaimItem *self,
                                   guint        source,
                                   guint       *start,
                                   guint       *end);
guint px_claim_item_get_n_differences (PxClaimItem *self);
const PxClaimItemDifference *px_claim_item_get_difference (PxClaimItem *self,
                                                           guint        index);
gboolean px_claim_item_is_unique (PxClaimItem *self);

/* Every member sentence (PxClaimItemRange), in source then reading order. */
GArray *px_claim_item_get_members (PxClaimItem *self);
/* Words a member has that the claim's other members lack, for the table. */
void px_claim_item_add_word (PxClaimItem *self,
                             guint        source,
                             guint        start,
                             guint        end);
GArray *px_claim_item_get_words (PxClaimItem *self);
/* Annotations with a passage in one of the member sentences, and how many
 * of them need review since a source changed.
 */
void px_claim_item_set_annotations (PxClaimItem *self,
                                    guint        n_annotations,
                                    guint        n_needs_review);
guint px_claim_item_get_n_annotations (PxClaimItem *self);
guint px_claim_item_get_n_needs_review (PxClaimItem *self);

G_END_DECLS
