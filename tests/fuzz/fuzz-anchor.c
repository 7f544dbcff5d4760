/* fuzz-anchor.c: libFuzzer harness for annotation anchors: a passage
 * chosen in one text and found again in another (the page as fetched
 * later), both outside text.
 *
 * The input is split at NUL bytes: old text, new text, exact quote,
 * prefix, suffix; two bytes before the first part choose a range.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "px-anchor.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_match (const char          *text,
             const PxAnchorMatch *match)
{
  glong n_chars = g_utf8_strlen (text, -1);

  g_assert_true (match->confidence >= 0.0 && match->confidence <= 1.0);
  if (match->method != PX_ANCHOR_METHOD_NONE)
    {
      g_assert_cmpuint (match->start, <=, match->end);
      g_assert_cmpuint (match->end, <=, (guint) n_chars);
    }
}

static void
check_selector (const char           *text,
                const PxTextSelector *selector)
{
  glong n_chars = g_utf8_strlen (text, -1);

  g_assert_nonnull (selector->exact);
  g_assert_true (g_utf8_validate (selector->exact, -1, NULL));
  g_assert_cmpuint (selector->start, <=, selector->end);
  g_assert_cmpuint (selector->end, <=, (guint) n_chars);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  char *parts[5] = { NULL, };
  g_auto(GStrv) pieces = NULL;
  guint start, end;
  guint n;

  if (size < 2)
    return 0;

  start = data[0];
  end = data[0] + data[1];
  /* Split on the raw NUL bytes, then make each part valid UTF-8 as the
   * charset layer would.
   */
  {
    g_autoptr(GPtrArray) valid = g_ptr_array_new_null_terminated (5, g_free, TRUE);
    const char *p = (const char *) data + 2;
    const char *stop = (const char *) data + size;

    while (p <= stop && valid->len < 5)
      {
        const char *nul = memchr (p, '\0', stop - p);
        const char *piece_end = nul != NULL ? nul : stop;

        g_ptr_array_add (valid, g_utf8_make_valid (p, piece_end - p));
        p = piece_end + 1;
      }
    pieces = (GStrv) g_ptr_array_steal (valid, NULL);
  }
  n = g_strv_length (pieces);
  for (guint i = 0; i < 5; i++)
    parts[i] = i < n ? pieces[i] : NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxTextSelector) selector = px_anchor_select_range (parts[0], start, end, &error);
    PxAnchorMatch match;

    if (selector != NULL)
      {
        check_selector (parts[0], selector);
        px_anchor_locate (parts[0], selector, &match);
        check_match (parts[0], &match);
        g_assert_true (match.method != PX_ANCHOR_METHOD_NONE);
        if (parts[1] != NULL)
          {
            px_anchor_locate (parts[1], selector, &match);
            check_match (parts[1], &match);
          }
      }
    else
      g_assert_nonnull (error);
  }

  if (parts[2] != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxTextSelector) selector = px_anchor_select_quote (parts[0], parts[2], parts[3], parts[4], &error);
      PxAnchorMatch match;

      if (selector != NULL)
        {
          check_selector (parts[0], selector);
          if (parts[1] != NULL)
            {
              px_anchor_locate (parts[1], selector, &match);
              check_match (parts[1], &match);
            }
        }
      else
        g_assert_nonnull (error);

      /* A selector stored by an older version, or edited by hand, may say
       * anything: positions past the end, context that is not there.
       */
      {
        g_autoptr(PxTextSelector) stored = px_text_selector_new (parts[2], parts[3], parts[4], start, end);

        if (parts[1] != NULL)
          {
            px_anchor_locate (parts[1], stored, &match);
            check_match (parts[1], &match);
          }
      }
    }

  return 0;
}
