/* px-history.h: what changed between two versions of one source
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "px-article.h"
#include "px-comparison.h"
#include "px-text.h"

G_BEGIN_DECLS

/* The two sides of a history diff: the earlier and the later version.
 * PxTextSpan.source and the sources of a PxDifference use these numbers.
 */
enum
{
  PX_HISTORY_FROM = 0,
  PX_HISTORY_TO = 1,
};

/* No sentence on that side: an added sentence has no FROM sentence. */
#define PX_HISTORY_NO_SENTENCE G_MAXUINT

typedef enum
{
  PX_HISTORY_UNCHANGED, /* the same words */
  PX_HISTORY_ADDED,     /* only in the later version */
  PX_HISTORY_REMOVED,   /* only in the earlier version */
  PX_HISTORY_REWORDED,  /* the same sentence with some words changed */
} PxHistoryChange;

/* "unchanged", "added", "removed", "reworded" */
const char *px_history_change_to_string (PxHistoryChange change);

/* One row of the diff, in reading order (the later version's order, with
 * removed sentences where they stood).
 */
typedef struct
{
  PxHistoryChange change;
  guint from_sentence;    /* index in the earlier version, or PX_HISTORY_NO_SENTENCE */
  guint to_sentence;      /* index in the later version, or PX_HISTORY_NO_SENTENCE */
  GArray *removed_words;  /* PxTextSpan in the FROM sentence (REWORDED only, else empty) */
  GArray *added_words;    /* PxTextSpan in the TO sentence (REWORDED only, else empty) */
  GPtrArray *differences; /* PxDifference between the two sentences, as between outlets */
} PxHistoryEntry;

/* The headline or the byline in both versions. */
typedef struct
{
  const char *from;       /* NULL when the version has none, or it is not known */
  const char *to;
  gboolean changed;       /* both known and different */
  GArray *removed_words;  /* PxTextSpan in @from: source FROM, sentence 0, offsets into the whole string */
  GArray *added_words;    /* PxTextSpan in @to */
  GPtrArray *differences; /* PxDifference */
} PxHistoryField;

typedef struct _PxHistoryDiff PxHistoryDiff;

/* Compares two versions of one article. @from_label and @to_label name the
 * versions in the differences' summaries ("version 1"). Texts over
 * PX_COMPARE_MAX_TEXT_BYTES or not UTF-8 are refused with a PX_COMPARE_ERROR.
 * Touches nothing but its arguments, which it does not change: any thread
 * may call it, and several at once.
 */
PxHistoryDiff *px_history_diff_new (PxArticle     *from,
                                    PxArticle     *to,
                                    const char    *from_label,
                                    const char    *to_label,
                                    GCancellable  *cancellable,
                                    GError       **error);

PxHistoryDiff *px_history_diff_ref (PxHistoryDiff *self);
void px_history_diff_unref (PxHistoryDiff *self);

/* PX_HISTORY_FROM or PX_HISTORY_TO: the analysed text of that version. */
PxDocument *px_history_diff_get_document (PxHistoryDiff *self,
                                          guint          side);
const char *px_history_diff_get_label (PxHistoryDiff *self,
                                       guint          side);

/* TRUE when the text, the headline or the byline differ. */
gboolean px_history_diff_has_changes (PxHistoryDiff *self);
gboolean px_history_diff_text_changed (PxHistoryDiff *self);

const PxHistoryField *px_history_diff_get_title (PxHistoryDiff *self);
const PxHistoryField *px_history_diff_get_byline (PxHistoryDiff *self);

guint px_history_diff_get_n_entries (PxHistoryDiff *self);
const PxHistoryEntry *px_history_diff_get_entry (PxHistoryDiff *self,
                                                 guint          index);
/* How many entries have @change. */
guint px_history_diff_count (PxHistoryDiff   *self,
                             PxHistoryChange  change);

/* The text of sentence @sentence of version @side, newly allocated. */
char *px_history_diff_dup_sentence_text (PxHistoryDiff *self,
                                         guint          side,
                                         guint          sentence);

/* One object: {"title": FIELD, "byline": FIELD, "counts": {...},
 * "sentences": [ENTRY...]}; see README.md, "parallax-cli history".
 */
void px_history_diff_build_json (PxHistoryDiff *self,
                                 JsonBuilder   *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxHistoryDiff, px_history_diff_unref)

G_END_DECLS
