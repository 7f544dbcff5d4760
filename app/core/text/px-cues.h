/* px-cues.h: quotations and their speakers, attribution, hedging, negation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-text.h"

G_BEGIN_DECLS

/* How a sentence presents what it reports. */
typedef enum
{
  PX_ATTRIBUTION_NONE,      /* stated as fact */
  PX_ATTRIBUTION_NEUTRAL,   /* attributed: "said", "according to", a quotation */
  PX_ATTRIBUTION_DISTANCED, /* qualified: "claimed", "without evidence", "could not be verified" */
} PxAttribution;

typedef enum
{
  PX_CUE_ATTRIBUTION, /* said, told, according to */
  PX_CUE_HEDGE,       /* claimed, alleged, reportedly, without evidence */
  PX_CUE_NEGATION,    /* not, no, never, n't, without */
  PX_CUE_DENIAL,      /* denied, rejected, dismissed */
} PxCueKind;

#define PX_CUE_MAX_TARGETS 3

typedef struct
{
  guint start;        /* bytes into the text */
  guint end;
  guint first_token;  /* end exclusive */
  guint end_token;
  PxCueKind kind;
  guint in_quote : 1;
  guint speech : 1;   /* a verb of saying: "said", "claimed", "according to" */
  /* for negations and denials: the concepts of the content words they
   * govern ("no casualties" -> "injur"), NULL-padded
   */
  const char *targets[PX_CUE_MAX_TARGETS];
} PxCue;

typedef struct
{
  guint start;        /* bytes into the text: the quoted words, marks excluded */
  guint end;
  guint first_token;  /* end exclusive */
  guint end_token;
} PxQuote;

/* Finds the quotations and cues in @sentence, its speaker (the name next to
 * a verb of saying) and its attribution.
 */
void px_cues_scan (PxDocument *doc,
                   PxSentence *sentence);

/* Across sentences: "he said" takes the last named speaker; a quotation
 * that goes on in the next sentence keeps its speaker, and so does a
 * paragraph of quotation after it that names no speaker; a sentence that
 * goes on reporting a speaker in the same paragraph stays attributed.
 */
void px_cues_resolve_speakers (PxDocument *doc);

/* The tokens [first, end) that name the sentence's speaker, with the
 * capitalised words before the name ("Los Angeles County Fire Chief
 * Anthony Marrone"); FALSE when the sentence names no speaker itself.
 */
gboolean px_cues_speaker_extent (PxDocument *doc,
                                 PxSentence *sentence,
                                 guint      *first,
                                 guint      *end);

/* Whether a negation or denial in @sentence governs a word of @concept. */
gboolean px_cues_is_negated (PxDocument *doc,
                             PxSentence *sentence,
                             const char *concept);

G_END_DECLS
