/* px-store-records.h: what the store hands back, as plain structs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-anchor.h"
#include "px-article.h"

G_BEGIN_DECLS

typedef enum
{
  PX_VERDICT_UNVERIFIED,
  PX_VERDICT_ACCURATE,
  PX_VERDICT_MISLEADING,
  PX_VERDICT_FALSE,
  PX_VERDICT_NEEDS_CONTEXT,
  PX_VERDICT_OPINION,
} PxVerdict;

typedef enum
{
  PX_ANNOTATION_STATE_OK,
  PX_ANNOTATION_STATE_NEEDS_REVIEW,
  PX_ANNOTATION_STATE_DISMISSED,
} PxAnnotationState;

/* "unverified", "accurate", "misleading", "false", "needs-context", "opinion" */
const char *px_verdict_to_string (PxVerdict verdict);
gboolean px_verdict_from_string (const char *name,
                                 PxVerdict  *verdict);

/* "ok", "needs-review", "dismissed" */
const char *px_annotation_state_to_string (PxAnnotationState state);
gboolean px_annotation_state_from_string (const char        *name,
                                          PxAnnotationState *state);

/* Times are ISO 8601 in UTC with milliseconds, "2026-11-24T14:32:00.123Z". */

typedef struct
{
  gint64 id;
  char *title;
  guint n_sources;
  guint n_annotations;
  char *created_at;
  char *updated_at; /* the last change to the story, its sources or annotations */
  char *deleted_at; /* NULL unless deleted (and restorable) */
  /* The title is a placeholder ("New Story") until the story is renamed,
   * e.g. after its first source's headline.
   */
  gboolean title_provisional;
  guint n_failed; /* sources kept with why they could not be loaded (not in n_sources) */
} PxStoryInfo;

typedef struct
{
  gint64 id;
  gint64 story_id;
  guint position;   /* column, 0 = leftmost */
  char *input;
  char *outlet;
  char *title;
  char *byline;
  char *published;
  char *url;
  char *language;
  /* the current (newest) version */
  gint64 version_id;
  guint version;    /* 1, 2, … */
  guint n_versions;
  char *fetched_at;
  char *checked_at; /* the last time the page was fetched and found unchanged, or fetched_at */
  char *sha256;     /* of the bytes as fetched */
  char *content_type;
  char *final_url;
  char *text;
  char *deleted_at; /* NULL unless in the trash (restorable) */
  /* A source that could not be loaded: why (NULL for a loaded source) and
   * when; it has no version, and list_sources() leaves it out.
   */
  char *error;
  char *failed_at;
  /* A failed source: what failed, as px_source_failure_kind() names it
   * ("no-content": a page with no article text; "empty", "binary", "not-a-page",
   * "parse"), NULL for any other failure and for those kept before
   * database version 9; and what a page with no article text said about
   * itself (outlet, title, byline, published, updated, url; no text),
   * else NULL.
   */
  char *error_kind;
  PxArticle *page;
  /* A failed source's words (px-words.h: what failed, as the code words
   * it, and its arguments), to say it in the reader's language of the
   * day; NULL for those kept before database version 11 (team library
   * version 7), which say their message.
   */
  char *error_words;
  /* How the current version's bytes were read (PxArticle's charset,
   * charset_from and n_replaced); NULL, UNKNOWN and 0 for versions kept
   * before database version 7 (team library version 4).
   */
  char *charset;
  PxCharsetFrom charset_from;
  guint n_replaced;
  /* When the current version's page said it was last changed (PxArticle's
   * updated, ISO 8601); NULL when it said nothing, and for versions kept
   * before database version 8 (team library version 5).
   */
  char *updated;
} PxSourceRecord;

/* The article of a stored source's current version, as the window, the
 * comparison and the exports all rebuild it: the text byte for byte, its
 * paragraphs where blank lines separate them.
 */
PxArticle *px_source_record_to_article (const PxSourceRecord *record);
/* Sets @self's charset, charset_from and n_replaced from a stored row:
 * @charset (taken; NULL when not recorded), @from as
 * px_charset_from_to_string() names it, and @n_replaced. Without a
 * charset, or with a @from this build does not know, it is UNKNOWN.
 */
void px_source_record_take_charset (PxSourceRecord *self,
                                    char           *charset,
                                    const char     *from,
                                    gint64          n_replaced);

typedef struct
{
  gint64 id;
  gint64 source_id;
  guint number;
  char *fetched_at;
  char *checked_at;
  char *sha256;
  char *content_type;
  char *final_url;
  gsize body_size;
  char *title;      /* as fetched then; NULL when unknown (versions stored before schema 4) */
  char *byline;
  char *updated;    /* when the page then said it last changed (ISO 8601, as the
                     * page gave it); NULL when it said nothing, and for versions
                     * kept before database version 8 (team library version 5) */
} PxSourceVersion;

typedef struct
{
  gint64 id;
  gint64 source_id;
  gint64 version_id;   /* the version the selector refers to */
  PxTextSelector *selector;
  PxAnnotationState state; /* OK or NEEDS_REVIEW */
  double confidence;   /* of the last re-anchoring, 1 when made on this version */
} PxAnnotationTarget;

typedef struct
{
  gint64 id;
  gint64 story_id;
  PxVerdict verdict;
  PxAnnotationState state; /* NEEDS_REVIEW when a target could not be re-attached */
  char *note;
  char *created_at;
  char *updated_at;
  char *deleted_at;
  GPtrArray *targets;  /* PxAnnotationTarget: one passage, or each member of a claim */
  /* Team libraries; NULL and 0 in the local library. */
  char *author;        /* who made it: the name chosen on joining */
  char *updated_by;    /* who saved it last */
  char *reviewed_by;   /* the editor who marked its verdict reviewed, or NULL */
  char *reviewed_at;
  guint row_version;   /* 1 when made, one more at each save */
} PxAnnotation;

typedef enum
{
  PX_SEARCH_HIT_ARTICLE,
  PX_SEARCH_HIT_NOTE,
} PxSearchHitKind;

typedef struct
{
  PxSearchHitKind kind;
  gint64 story_id;
  char *story_title;
  gint64 source_id;     /* ARTICLE: the source; NOTE: its first target's source */
  gint64 annotation_id; /* NOTE only, else 0 */
  char *title;          /* ARTICLE: the article's title; NOTE: the verdict */
  char *outlet;
  guint outlet_number;  /* ARTICLE: 2 for the story's second source of its outlet ("BBC (2)"), 3…; else 1 */
  char *label;          /* ARTICLE: a file's name with its folder ("b/source") where its story's
                         * files of one name are told apart so; else NULL (the outlet, numbered) */
  char *snippet;        /* matched words between [ and ] */
  double score;         /* higher is better */
} PxSearchHit;

/* What happened to one annotation target when its source got a new version. */
typedef struct
{
  gint64 annotation_id;
  gint64 target_id;
  PxAnchorMethod method;
  double confidence;
  gboolean attached; /* FALSE: needs review, the selector was kept as it was */
} PxReanchorOutcome;

typedef struct
{
  gint64 source_id;
  gint64 version_id;   /* the current version after the call */
  gboolean changed;    /* FALSE: same text, only the check time was recorded */
  GArray *outcomes;    /* PxReanchorOutcome */
  guint n_needs_review;
} PxReanchorReport;

void px_story_info_free (PxStoryInfo *self);
void px_source_record_free (PxSourceRecord *self);
void px_source_version_free (PxSourceVersion *self);
void px_annotation_target_free (PxAnnotationTarget *self);
void px_annotation_free (PxAnnotation *self);
void px_search_hit_free (PxSearchHit *self);
void px_reanchor_report_free (PxReanchorReport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxStoryInfo, px_story_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSourceRecord, px_source_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSourceVersion, px_source_version_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxAnnotationTarget, px_annotation_target_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxAnnotation, px_annotation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSearchHit, px_search_hit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReanchorReport, px_reanchor_report_free)

G_END_DECLS
