/* fuzz-compare.c: libFuzzer harness for the comparison of a few reports
 * (sentences, figures, heights, names, the aligner, the slot links and
 * the join that follows them, the differ).
 *
 * The input is two to eight texts separated by NUL bytes, each read as a
 * plain-text article (its bytes as they are: invalid UTF-8 is repaired by
 * the extraction). Every claim's members must be sentences of their
 * sources, in order; its sources ascending; every difference's sources
 * the claim's or a linked claim's, its summary UTF-8.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "px-comparison.h"
#include "px-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define FUZZ_COMPARE_MAX_TEXTS 8

static void
check_difference (PxComparison *comparison,
                  PxDifference *difference)
{
  guint n_sources;
  const guint *sources = px_difference_get_sources (difference, &n_sources);

  for (guint s = 0; s < n_sources; s++)
    {
      g_assert_cmpuint (sources[s], <, px_comparison_get_n_sources (comparison));
      if (s > 0)
        g_assert_cmpuint (sources[s - 1], <, sources[s]);
    }
  g_assert_true (g_utf8_validate (px_difference_get_summary (difference), -1, NULL));
  g_assert_true (g_utf8_validate (px_difference_get_display_summary (difference), -1, NULL));
}

static void
check_comparison (PxComparison *comparison)
{
  guint n_sources = px_comparison_get_n_sources (comparison);

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);
      guint n_members, n_claim_sources;
      const PxSentenceRef *members = px_claim_get_members (claim, &n_members);
      const guint *sources = px_claim_get_sources (claim, &n_claim_sources);

      g_assert_cmpuint (n_members, >, 0);
      for (guint m = 0; m < n_members; m++)
        {
          g_assert_cmpuint (members[m].source, <, n_sources);
          g_assert_cmpuint (members[m].sentence, <, px_comparison_get_n_sentences (comparison, members[m].source));
          g_assert_cmpuint (px_comparison_get_sentence_claim (comparison, members[m].source, members[m].sentence), ==, c);
          if (m > 0)
            g_assert_true (members[m - 1].source < members[m].source
                           || (members[m - 1].source == members[m].source
                               && members[m - 1].sentence < members[m].sentence));
        }
      for (guint s = 1; s < n_claim_sources; s++)
        g_assert_cmpuint (sources[s - 1], <, sources[s]);
      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        check_difference (comparison, px_claim_get_difference (claim, d));
      for (guint d = 0; d < px_claim_get_n_linked_differences (claim); d++)
        check_difference (comparison, px_claim_get_linked_difference (claim, d));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  PxArticle *articles[FUZZ_COMPARE_MAX_TEXTS] = { NULL, };
  guint n = 0;
  const char *p = (const char *) data, *end = (const char *) data + size;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;

  while (p <= end && n < FUZZ_COMPARE_MAX_TEXTS)
    {
      const char *stop = memchr (p, '\0', end - p);
      g_autofree char *input = g_strdup_printf ("text%u.txt", n);
      g_autoptr(GError) extract_error = NULL;

      if (stop == NULL)
        stop = end;
      articles[n] = px_extract_plain_text (input, p, stop - p, &extract_error);
      if (articles[n] == NULL)
        g_assert_nonnull (extract_error);
      else
        n++;
      p = stop + 1;
    }
  if (n >= 2)
    {
      comparison = px_compare (articles, n, NULL, &error);
      if (comparison != NULL)
        check_comparison (comparison);
      else
        g_assert_nonnull (error);
    }
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
  return 0;
}
