/* px-claim-annotations.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claim-annotations-private.h"

#include "px-claim-item.h"

static gboolean
touches_claim (const PxAnnotationTarget *target,
               PxClaimItem              *claim,
               const gint64             *source_ids,
               guint                     n_sources)
{
  GArray *members = px_claim_item_get_members (claim);

  if (target->selector == NULL)
    return FALSE;

  for (guint m = 0; m < members->len; m++)
    {
      const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);

      if (member->source >= n_sources || source_ids[member->source] != target->source_id)
        continue;
      /* Overlapping ranges, ends exclusive. */
      if (target->selector->start < member->end && member->start < target->selector->end)
        return TRUE;
    }

  return FALSE;
}

guint
_px_claims_apply_annotations (GListModel   *claims,
                              GPtrArray    *annotations,
                              const gint64 *source_ids,
                              guint         n_sources)
{
  guint n_review = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (claims), 0);

  for (guint a = 0; annotations != NULL && a < annotations->len; a++)
    if (((PxAnnotation *) g_ptr_array_index (annotations, a))->state == PX_ANNOTATION_STATE_NEEDS_REVIEW)
      n_review++;

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (claims, i);
      guint n = 0, review = 0;

      for (guint a = 0; annotations != NULL && a < annotations->len; a++)
        {
          const PxAnnotation *annotation = g_ptr_array_index (annotations, a);

          for (guint t = 0; t < annotation->targets->len; t++)
            if (touches_claim (g_ptr_array_index (annotation->targets, t), claim, source_ids, n_sources))
              {
                n++;
                if (annotation->state == PX_ANNOTATION_STATE_NEEDS_REVIEW)
                  review++;
                break;
              }
        }
      px_claim_item_set_annotations (claim, n, review);
    }

  return n_review;
}
