/* px-comparison.h: several articles on one event, lined up claim by claim
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * px_compare() splits every article into sentences, groups the sentences
 * that report the same claim into clusters (every sentence of every source
 * is in exactly one claim; a claim only one outlet carries is a claim of
 * its own) and lists, for each claim, how the outlets that carry it differ.
 *
 * Sources are numbered in the order the articles were given; sentences are
 * numbered in reading order within their source; claims are in reading
 * order (by the earliest position of any member within its source, so the
 * list reads like the stories). The claims themselves do not depend on the
 * order of the inputs.
 *
 * Offsets come in two units: bytes, for working with the UTF-8 text in C,
 * and characters (Unicode code points), for widgets and for JSON. A
 * sentence's range is relative to its source's text; a span's range is
 * relative to its sentence's text.
 *
 * A PxComparison is immutable once built; it may be read from any thread.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "px-article.h"

G_BEGIN_DECLS

#define PX_COMPARE_ERROR (px_compare_error_quark ())

typedef enum
{
  PX_COMPARE_ERROR_TOO_FEW,  /* fewer than two sources */
  PX_COMPARE_ERROR_TOO_MANY, /* more than PX_COMPARE_MAX_SOURCES */
  PX_COMPARE_ERROR_EMPTY,    /* a source has no text */
  PX_COMPARE_ERROR_TOO_LONG, /* a source's text is over PX_COMPARE_MAX_TEXT_BYTES */
  PX_COMPARE_ERROR_INVALID,  /* a source's text is not UTF-8 */
} PxCompareError;

#define PX_COMPARE_MIN_SOURCES 2
#define PX_COMPARE_MAX_SOURCES 32
/* About 85,000 words: forty long articles. Keeps a comparison of 32
 * sources within memory and time a desktop can spare.
 */
#define PX_COMPARE_MAX_TEXT_BYTES (512 * 1024)

typedef enum
{
  PX_DIFFERENCE_NUMBER,        /* the same quantity, different values */
  PX_DIFFERENCE_TIME,          /* the same event, different times or dates */
  PX_DIFFERENCE_QUOTE,         /* the same speaker, different quoted words */
  PX_DIFFERENCE_HEDGING,       /* stated as fact by one, attributed or qualified by another */
  PX_DIFFERENCE_CONTRADICTION, /* statements that cannot both be true */
  PX_DIFFERENCE_ENTITY,        /* a different person, place or organisation in the same role */
  PX_DIFFERENCE_ATTRIBUTION,   /* stated plainly by one, attributed to a source by another (quiet) */
  PX_N_DIFFERENCE_KINDS
} PxDifferenceKind;

/* A run of text inside one sentence of one source, as the sentence's own
 * offsets (end exclusive) in bytes and in characters.
 */
typedef struct
{
  guint source;
  guint sentence;
  guint start;      /* bytes into the sentence's text */
  guint end;
  guint char_start; /* characters into the sentence's text */
  guint char_end;
} PxTextSpan;

/* One sentence of one source. */
typedef struct
{
  guint source;
  guint sentence;
} PxSentenceRef;

typedef struct _PxComparison PxComparison;
typedef struct _PxClaim PxClaim;
typedef struct _PxDifference PxDifference;

GQuark px_compare_error_quark (void);

/* "number", "time", "quote", "hedging", "contradiction", "entity",
 * "attribution": the names the JSON uses.
 */
const char *px_difference_kind_to_string (PxDifferenceKind kind);
gboolean px_difference_kind_from_string (const char       *name,
                                         PxDifferenceKind *kind);

/* Compares 2 to 32 articles. Pure: no global state is touched, so it can
 * run in a worker thread (g_task_run_in_thread). Returns NULL with
 * G_IO_ERROR_CANCELLED when @cancellable is cancelled, or with a
 * PX_COMPARE_ERROR naming the input at fault.
 */
PxComparison *px_compare (PxArticle    **articles,
                          guint          n_articles,
                          GCancellable  *cancellable,
                          GError       **error);

/* Whether px_compare() takes @article as a source: some text, no more
 * than PX_COMPARE_MAX_TEXT_BYTES, UTF-8. Else a PX_COMPARE_ERROR naming
 * its input. A story's window asks when a source loads, so that a text it
 * could never compare is refused there, in its own column, and does not
 * stop the others being compared.
 */
gboolean px_compare_check_article (const PxArticle  *article,
                                   GError          **error);

#define PX_TYPE_COMPARISON (px_comparison_get_type ())
GType px_comparison_get_type (void) G_GNUC_CONST;
PxComparison *px_comparison_ref (PxComparison *self);
void px_comparison_unref (PxComparison *self);

/* Sources */
guint px_comparison_get_n_sources (PxComparison *self);
PxArticle *px_comparison_get_source (PxComparison *self,
                                     guint         source);
/* The outlet's name for summaries and column headers: the article's
 * outlet, else its URL's host, else the input's file name without its
 * extension; numbered from the second source of a name on ("BBC (2)").
 * Never NULL.
 */
const char *px_comparison_get_source_label (PxComparison *self,
                                            guint         source);

/* Sentences */
guint px_comparison_get_n_sentences (PxComparison *self,
                                     guint         source);
/* The range of a sentence in its source's text; either out pointer may be
 * NULL. @bytes is in bytes, @chars in characters.
 */
void px_comparison_get_sentence_range (PxComparison *self,
                                       guint         source,
                                       guint         sentence,
                                       PxSpan       *bytes,
                                       PxSpan       *chars);
/* A newly allocated copy of the sentence's text. */
char *px_comparison_dup_sentence_text (PxComparison *self,
                                       guint         source,
                                       guint         sentence);
/* The index of the claim the sentence belongs to. */
guint px_comparison_get_sentence_claim (PxComparison *self,
                                        guint         source,
                                        guint         sentence);
/* The sentence at byte @offset of the source's text, or the nearest one
 * before it; G_MAXUINT when the source has no sentences.
 */
guint px_comparison_find_sentence (PxComparison *self,
                                   guint         source,
                                   guint         offset);

/* Claims */
guint px_comparison_get_n_claims (PxComparison *self);
/* Borrowed: valid as long as @self is. */
PxClaim *px_comparison_get_claim (PxComparison *self,
                                  guint         claim);
/* The total number of differences over all claims. */
guint px_comparison_get_n_differences (PxComparison *self);

/* Members in source order, then sentence order. */
const PxSentenceRef *px_claim_get_members (PxClaim *claim,
                                           guint   *n_members);
/* The sources that carry the claim, ascending. */
const guint *px_claim_get_sources (PxClaim *claim,
                                   guint   *n_sources);
gboolean px_claim_has_source (PxClaim *claim,
                              guint    source);
/* Whether every member is a line of the page rather than a claim: a line
 * of dates and times or a byline. The window leaves such claims out of
 * its list; the JSON marks them "furniture". */
gboolean px_claim_is_furniture (PxClaim *claim);
/* The sources that leave the claim out, ascending. */
const guint *px_claim_get_missing (PxClaim *claim,
                                   guint   *n_missing);
guint px_claim_get_n_differences (PxClaim *claim);
/* Borrowed: valid as long as the comparison is. */
PxDifference *px_claim_get_difference (PxClaim *claim,
                                       guint    index);
/* Slot links: differences between a member of the claim and a sentence of
 * a later claim that state the same figure's slot (px-differ.h,
 * px_differ_links()); their spans name both sentences. Borrowed.
 */
guint px_claim_get_n_linked_differences (PxClaim *claim);
PxDifference *px_claim_get_linked_difference (PxClaim *claim,
                                              guint    index);
/* Words each member has that no other source's members of the claim have
 * (for highlighting what one wording adds), in member order. An empty
 * array for a claim with one source.
 */
const PxTextSpan *px_claim_get_word_spans (PxClaim *claim,
                                           guint   *n_spans);

/* Differences */
PxDifferenceKind px_difference_get_kind (PxDifference *difference);
/* The sources the difference involves, ascending. */
const guint *px_difference_get_sources (PxDifference *difference,
                                        guint        *n_sources);
/* One line for a reader: "91 drones (RT) vs dozens of drones (BBC)". */
const char *px_difference_get_summary (PxDifference *difference);
/* The summary in the user's language, for display; the one above stays in
 * English, so the CLI's JSON is the same in every locale. */
const char *px_difference_get_display_summary (PxDifference *difference);
/* The words that justify the difference, at least one per source. */
const PxTextSpan *px_difference_get_spans (PxDifference *difference,
                                           guint        *n_spans);

/* How sure Parallax is that the difference is real, from 0 to 1: of the
 * differences at 0.8 or above, at least four in five are real on the
 * held-out keys (see README, "Differences").
 */
double px_difference_get_confidence (PxDifference *difference);
/* Whether the window shows it without "Show less certain differences". */
#define PX_DIFFERENCE_CONFIDENT 0.5
gboolean px_difference_is_confident (PxDifference *difference);
/* The sources that agree with each other form one side; the sides are
 * numbered from 0 in the order the summary names them.
 */
guint px_difference_get_n_sides (PxDifference *difference);
/* The side of @source, or G_MAXUINT when the difference does not involve it. */
guint px_difference_get_side (PxDifference *difference,
                              guint         source);
/* The value or wording of @source that differs ("91 long-range drones",
 * "stated as fact"), or NULL when the difference does not involve it.
 */
const char *px_difference_get_value (PxDifference *difference,
                                     guint         source);

/* Word-level alignment of two sentences: the spans of sentence A whose
 * words sentence B lacks (by stem), as a new array of PxTextSpan.
 */
GArray *px_comparison_diff_words (PxComparison *self,
                                  guint         source_a,
                                  guint         sentence_a,
                                  guint         source_b,
                                  guint         sentence_b);

/* Adds the `compare` object DESIGN.md fixes ({"sources": [...], "claims":
 * [...]}) as the next value of @builder.
 */
void px_comparison_build_json (PxComparison *self,
                               JsonBuilder  *builder);

/* The same object as a node of its own. */
JsonNode *px_comparison_to_json (PxComparison *self);

/* One element of that object's "sources" (@source, from 0) or "claims"
 * (@index, in px_comparison_get_claim()'s order) as the next value of
 * @builder, the same as px_comparison_build_json() adds: a long
 * comparison can be written element by element without its whole tree.
 */
void px_comparison_build_source_json (PxComparison *self,
                                      guint         source,
                                      JsonBuilder  *builder);
void px_comparison_build_claim_json (PxComparison *self,
                                     guint         index,
                                     JsonBuilder  *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxComparison, px_comparison_unref)

G_END_DECLS
