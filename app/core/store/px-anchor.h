/* px-anchor.h: finding an annotated passage again in a text that changed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_ANCHOR_ERROR (px_anchor_error_quark ())

typedef enum
{
  PX_ANCHOR_ERROR_EMPTY,
  PX_ANCHOR_ERROR_NOT_FOUND,
  PX_ANCHOR_ERROR_AMBIGUOUS,
  PX_ANCHOR_ERROR_OUT_OF_RANGE,
} PxAnchorError;

/* How many characters of context a selector keeps on each side. */
#define PX_ANCHOR_CONTEXT_CHARS 32

/* A match at or above this confidence is attached; below it the
 * annotation needs review and keeps its previous selectors.
 */
#define PX_ANCHOR_THRESHOLD 0.8

/* A W3C TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector
 * (start, end: characters, not bytes, end exclusive) on one text.
 */
typedef struct
{
  char *exact;
  char *prefix;
  char *suffix;
  guint start;
  guint end;
} PxTextSelector;

typedef enum
{
  PX_ANCHOR_METHOD_NONE,
  PX_ANCHOR_METHOD_POSITION,
  PX_ANCHOR_METHOD_QUOTE,
  PX_ANCHOR_METHOD_FUZZY,
} PxAnchorMethod;

typedef struct
{
  PxAnchorMethod method; /* NONE: nothing resembling the passage was found */
  double confidence;     /* 0 to 1 */
  guint start;           /* characters in the new text, end exclusive; */
  guint end;             /* meaningful unless method is NONE */
} PxAnchorMatch;

GQuark px_anchor_error_quark (void);

PxTextSelector *px_text_selector_new (const char *exact,
                                      const char *prefix,
                                      const char *suffix,
                                      guint       start,
                                      guint       end);
PxTextSelector *px_text_selector_copy (const PxTextSelector *self);
void px_text_selector_free (PxTextSelector *self);

/* The selector for characters [@start, @end) of @text. */
PxTextSelector *px_anchor_select_range (const char  *text,
                                        guint        start,
                                        guint        end,
                                        GError     **error);

/* The selector for @quote in @text. A quote that is not in the text, or
 * that is there more than once and is not told apart by @prefix_hint (text
 * right before it) and @suffix_hint (text right after it), is refused.
 */
PxTextSelector *px_anchor_select_quote (const char  *text,
                                        const char  *quote,
                                        const char  *prefix_hint,
                                        const char  *suffix_hint,
                                        GError     **error);

/* Looks for @selector's passage in @text: at the same position, then by
 * its exact quote (told apart by context when it occurs more than once),
 * then by a fuzzy match of the quote and its context. Returns TRUE when
 * the match is confident enough to attach (PX_ANCHOR_THRESHOLD); @match is
 * filled either way.
 */
gboolean px_anchor_locate (const char           *text,
                           const PxTextSelector *selector,
                           PxAnchorMatch        *match);

const char *px_anchor_method_to_string (PxAnchorMethod method);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTextSelector, px_text_selector_free)

G_END_DECLS
