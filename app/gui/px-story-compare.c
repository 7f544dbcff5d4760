/* px-story-compare.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-story-compare-private.h"

#include "px-claim-item.h"

#include "px-comparison.h"
#include "px-safe-text.h"

static PxClaimItem *
claim_item_new (PxSession    *session,
                PxComparison *comparison,
                guint         index)
{
  PxClaim *claim = px_comparison_get_claim (comparison, index);
  const PxSentenceRef *members;
  g_autofree char *text = NULL;
  PxClaimItem *item;
  guint n_members;

  members = px_claim_get_members (claim, &n_members);
  if (n_members > 0)
    text = px_comparison_dup_sentence_text (comparison, members[0].source, members[0].sentence);

  item = px_claim_item_new (index, px_comparison_get_n_sources (comparison), text);
  px_claim_item_set_furniture (item, px_claim_is_furniture (claim));

  for (guint i = 0; i < n_members; i++)
    {
      PxSpan chars;

      px_comparison_get_sentence_range (comparison, members[i].source, members[i].sentence, NULL, &chars);
      px_claim_item_add_member (item, members[i].source, chars.start, chars.end);
    }

  {
    const PxTextSpan *words;
    guint n_words;

    /* What each wording adds, for the table's cells. */
    words = px_claim_get_word_spans (claim, &n_words);
    for (guint w = 0; w < n_words; w++)
      {
        PxSpan sentence;

        px_comparison_get_sentence_range (comparison, words[w].source, words[w].sentence, NULL, &sentence);
        px_claim_item_add_word (item, words[w].source, sentence.start + words[w].char_start,
                                sentence.start + words[w].char_end);
      }
  }

  /* The differences shown, in the session's order: the claim's own, then
   * those with other claims listed under it.
   */
  for (guint d = 0;; d++)
    {
      PxDifference *difference = px_session_get_claim_difference (session, index, d);
      PxClaimItemDifference *item_difference;
      const PxTextSpan *spans;
      guint n_spans;

      if (difference == NULL)
        break;

      /* Both enumerations list the seven kinds in the same order. */
      item_difference = px_claim_item_add_difference (item,
                                                      (PxHighlightKind) px_difference_get_kind (difference),
                                                      px_difference_get_display_summary (difference));
      item_difference->confidence = px_difference_get_confidence (difference);
      {
        guint n_involved;
        const guint *involved = px_difference_get_sources (difference, &n_involved);

        for (guint i = 0; i < n_involved; i++)
          px_claim_item_difference_set_wording (item_difference, involved[i],
                                                px_difference_get_side (difference, involved[i]),
                                                px_difference_get_value (difference, involved[i]));
      }
      spans = px_difference_get_spans (difference, &n_spans);
      for (guint s = 0; s < n_spans; s++)
        {
          PxSpan sentence;
          guint where = px_comparison_get_sentence_claim (comparison, spans[s].source, spans[s].sentence);

          px_comparison_get_sentence_range (comparison, spans[s].source, spans[s].sentence, NULL, &sentence);
          px_claim_item_difference_add_range (item_difference, spans[s].source,
                                              sentence.start + spans[s].char_start,
                                              sentence.start + spans[s].char_end);
          /* A sentence of another claim: a difference between claims. */
          if (where != index)
            {
              px_claim_item_difference_add_claim (item_difference, index);
              px_claim_item_difference_add_claim (item_difference, where);
            }
        }
    }

  return item;
}

GPtrArray *
_px_story_claims (PxSession *session)
{
  PxComparison *comparison = px_session_get_comparison (session);
  g_auto(GStrv) outlets = NULL;
  GPtrArray *items;
  guint n_sources;

  G_STATIC_ASSERT ((int) PX_DIFFERENCE_ENTITY == (int) PX_HIGHLIGHT_ENTITY);
  G_STATIC_ASSERT ((int) PX_N_DIFFERENCE_KINDS == (int) PX_HIGHLIGHT_UNIQUE);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  if (comparison == NULL)
    return items;

  n_sources = px_comparison_get_n_sources (comparison);
  outlets = g_new0 (char *, n_sources + 1);
  for (guint source = 0; source < n_sources; source++)
    /* Set in sentences of the window's language: a right-to-left name
     * isolated, so that what follows it keeps its own direction.
     */
    outlets[source] = px_safe_text_isolated (px_comparison_get_source_label (comparison, source));

  for (guint i = 0; i < px_comparison_get_n_claims (comparison); i++)
    {
      PxClaimItem *item = claim_item_new (session, comparison, i);

      px_claim_item_set_outlets (item, (const char * const *) outlets);
      g_ptr_array_add (items, item);
    }

  /* Each claim a difference between claims spans lists it among its links. */
  for (guint i = 0; i < items->len; i++)
    {
      PxClaimItem *item = g_ptr_array_index (items, i);

      for (guint d = 0; d < px_claim_item_get_n_differences (item); d++)
        {
          PxClaimItemDifference *difference = (PxClaimItemDifference *) px_claim_item_get_difference (item, d);

          for (guint c = 0; difference->claims != NULL && c < difference->claims->len; c++)
            px_claim_item_add_link (g_ptr_array_index (items, g_array_index (difference->claims, guint, c)),
                                    difference);
        }
    }

  return items;
}
