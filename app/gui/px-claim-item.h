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

G_END_DECLS
