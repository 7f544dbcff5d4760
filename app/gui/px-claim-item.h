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

/* A difference, as the claims list, the table and the columns show it.
 * One between claims (a slot link: the same figure's slot stated in
 * sentences the aligner put in two claims) has @claims, the claims its
 * sentences are in, and is listed among the differences of the first of
 * them, @home, as its @n_in_home-th; the other claims have it among their
 * links only.
 */
typedef struct
{
  PxHighlightKind kind;
  char *summary;
  GArray *ranges;    /* PxClaimItemRange */
  double confidence; /* 0 to 1: how sure Parallax is that it is real */
  GArray *claims;    /* guint, ascending: for a difference between claims; else NULL */
  guint home;
  guint n_in_home;
  GPtrArray *wordings; /* char *, by source: its wording, or NULL where it is not involved */
  GArray *sides;       /* guint, by source: its side (the summary's order), or G_MAXUINT */
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
/* Makes @difference one between claims: adds @claim to the claims it spans. */
void px_claim_item_difference_add_claim (PxClaimItemDifference *difference,
                                         guint                  claim);
/* @source's side of @difference (the sides numbered in the order its
 * summary names them) and its wording there ("91 long-range drones").
 */
void px_claim_item_difference_set_wording (PxClaimItemDifference *difference,
                                           guint                  source,
                                           guint                  side,
                                           const char            *wording);
/* The claim a difference between claims links @claim to: the first of
 * its other claims. G_MAXUINT for a difference inside one claim.
 */
guint px_claim_item_difference_get_other_claim (const PxClaimItemDifference *difference,
                                                guint                        claim);
/* The target of "win.show-claim" ("(ui)") that takes a reader of @claim
 * to the other claim of a difference between claims: that claim, and
 * the difference itself when it is listed there (else -1).
 */
GVariant *px_claim_item_difference_get_target (const PxClaimItemDifference *difference,
                                               guint                        claim);
/* Words for how sure Parallax is of a difference of @confidence, for
 * tooltips and the screen reader.
 */
const char *px_claim_item_describe_confidence (double confidence);
/* Everything a reader is told about @difference, seen from claim @claim:
 * "Number: 91 drones (RT) vs dozens (BBC)", the claims it is between, and
 * how sure Parallax is. Several lines.
 */
char *px_claim_item_difference_describe (const PxClaimItemDifference *difference,
                                         guint                        claim);
/* What the bar under @source's column says of @difference: that column's
 * wording first, then the others' with their outlets ("Number: 91 drones
 * here and in Reuters; dozens in BBC"), and how sure Parallax is; each
 * column its own, not one sentence repeated under all of them. NULL when
 * @source has no wording in @difference. @outlets by source index.
 */
char *px_claim_item_difference_describe_for (const PxClaimItemDifference *difference,
                                             guint                        source,
                                             const char * const          *outlets);
/* The bar's first line: the kind, this column's wording and each other
 * side's first wording with its outlets, each wording cut at a word
 * ("Number: 91 long-range drones here · dozens of drones in BBC"); the
 * whole of px_claim_item_difference_describe_for() goes in the bar's
 * tooltip. NULL when @source has no wording in @difference.
 */
char *px_claim_item_difference_describe_brief_for (const PxClaimItemDifference *difference,
                                                   guint                        source,
                                                   const char * const          *outlets);
/* What a highlight of @difference says when pointed at in @source's
 * column: its kind, then each outlet's own words, this column's side
 * first ("Number", "RT, Reuters: 91 drones · BBC: dozens of drones"),
 * the claims it is between and how sure Parallax is, on lines of their
 * own; plain text, the words on one line without escapes or direction
 * overrides. @outlets by source index.
 */
char *px_claim_item_difference_describe_words (const PxClaimItemDifference *difference,
                                               guint                        source,
                                               const char * const          *outlets);

/* Differences between claims that involve this claim: those listed among
 * its differences and those listed under another of their claims.
 */
void px_claim_item_add_link (PxClaimItem           *self,
                             PxClaimItemDifference *difference);
guint px_claim_item_get_n_links (PxClaimItem *self);
const PxClaimItemDifference *px_claim_item_get_link (PxClaimItem *self,
                                                     guint        index);

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
/* Carried by one source of several, and a claim, not a line of the page. */
gboolean px_claim_item_is_unique (PxClaimItem *self);
/* A date line or byline the comparison kept as a claim of its own
 * (px_claim_is_furniture()): left out of the claims list. */
void px_claim_item_set_furniture (PxClaimItem *self,
                                  gboolean     furniture);
gboolean px_claim_item_is_furniture (PxClaimItem *self);
/* Whether the outlets differ on the claim: a difference of its own or one
 * with another claim.
 */
gboolean px_claim_item_has_differences (PxClaimItem *self);
/* What a screen reader says of the claim's row in the claims list or the
 * table: its number, its first words, the outlets that report it and how
 * many differences it has ("Claim 2: Ukraine launched 91 drones at…
 * Reported by RT, BBC. 3 differences."), on one line, without control
 * or reordering characters.
 */
char *px_claim_item_dup_accessible_name (PxClaimItem *self);

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
