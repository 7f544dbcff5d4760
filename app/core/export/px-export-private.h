/* px-export-private.h: what the export formats share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-export.h"

G_BEGIN_DECLS

/* One source of the story as the exports see it. */
typedef struct
{
  PxSourceRecord *record;
  GPtrArray *versions; /* PxSourceVersion, oldest first */
  char *outlet;        /* the outlet's name, never NULL */
  char *label;         /* what a report calls the source: the outlet's name, "BBC (2)"
                        * for a second page of one outlet, a sample marked so */
  char *web_url;       /* the article's http(s) URL, percent-encoded, or NULL */
  char *iri;           /* what identifies the page in JSON-LD: web_url, else ni:///sha-256;… */
} PxExportSource;

/* Everything an export reads, taken from the store once. */
typedef struct
{
  PxStoryInfo *story;
  GPtrArray *sources;      /* PxExportSource, column order */
  GPtrArray *annotations;  /* PxAnnotation, oldest first, without trashed ones */
  PxComparison *comparison; /* NULL when not needed or not possible */
  char *comparison_problem; /* why there is no comparison, when one was wanted */
  char *author;             /* nullable */
  char *author_url;         /* nullable */
  gboolean author_is_organization;
  char *generated_at;       /* ISO 8601 UTC */
} PxExportData;

void _px_export_data_free (PxExportData *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxExportData, _px_export_data_free)

/* The source with id @source_id, or NULL when it was removed. */
PxExportSource *_px_export_data_find_source (PxExportData *self,
                                             gint64        source_id);
/* The version of a source a target's selector refers to, or NULL. */
PxSourceVersion *_px_export_source_find_version (PxExportSource *source,
                                                 gint64          version_id);

/* TRUE when @target's passage lies on lines of the page that are not
 * claims (date lines and bylines, px_claim_is_furniture()) as the story's
 * comparison reads them. @known (nullable) is FALSE when that cannot be
 * told: no comparison, or a target on an older version of its page.
 */
gboolean _px_export_target_is_furniture (PxExportData       *data,
                                         PxAnnotationTarget *target,
                                         gboolean           *known);

/* The IRI of the page a target's selectors are on: the article's URL, or
 * for a page without one the digest of that version of it.
 */
char *_px_export_target_iri (PxExportSource *source,
                             gint64          version_id);

/* The verdict as a reader sees it: "False", "Needs context", … */
const char *_px_export_verdict_label (PxVerdict verdict);

/* "urn:uuid:…", the same for the same @name in every export. */
char *_px_export_stable_urn (const char *name);

/* A JSON text with every "<" written as \u003c. */
char *_px_export_json_to_string (JsonNode *root);

/* Text from a page or a user, made safe to put in a document: valid
 * UTF-8, control characters other than tab and newline, and the
 * embeddings and overrides that reorder the text after them, replaced by
 * U+FFFD.
 */
char *_px_export_clean_text (const char *text);

/* The story report, as a small document both report formats render, so
 * that Markdown and HTML say the same things in the same order.
 */
typedef enum
{
  PX_RUN_TEXT,
  PX_RUN_STRONG,
  PX_RUN_CODE,
  PX_RUN_LINK,      /* @text shown, @target an http(s) URL or "#" and an anchor */
  PX_RUN_PAGE,      /* words from a page, shown as they are */
  PX_RUN_MARK,      /* words from a page that a difference points at; @style its kind */
  PX_RUN_MISSING,   /* "not reported" */
  PX_RUN_BADGE,     /* a verdict or a difference kind; @style says which */
  PX_RUN_BREAK,     /* a line break inside a block */
} PxRunKind;

typedef struct
{
  PxRunKind kind;
  char *text;   /* clean text (see _px_export_clean_text) */
  char *target; /* LINK only */
  char *style;  /* MARK, BADGE: a CSS class name, [a-z-] only */
} PxRun;

typedef enum
{
  PX_BLOCK_GROUP,     /* children kept together when printed; @style a class, @label an anchor */
  PX_BLOCK_HEADING,   /* @level 1 to 4, runs */
  PX_BLOCK_PARAGRAPH, /* runs */
  PX_BLOCK_QUOTE,     /* runs: a note, with breaks */
  PX_BLOCK_LIST,      /* children are ITEMs */
  PX_BLOCK_ITEM,      /* runs, then children (nested lists) */
  PX_BLOCK_FACTS,     /* children are FACTs */
  PX_BLOCK_FACT,      /* @label, runs */
  PX_BLOCK_TABLE,     /* children are ROWs, the first is the header */
  PX_BLOCK_ROW,       /* children are CELLs */
  PX_BLOCK_CELL,      /* runs */
} PxBlockKind;

typedef struct _PxBlock PxBlock;

struct _PxBlock
{
  PxBlockKind kind;
  int level;
  char *label;
  char *style;
  GPtrArray *runs;     /* PxRun */
  GPtrArray *children; /* PxBlock */
};

void _px_block_free (PxBlock *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxBlock, _px_block_free)

/* The report of @data as a GROUP block; its first child is the title. */
PxBlock *_px_export_build_report (PxExportData *data);

char *_px_export_write_w3c (PxExportData *data);
char *_px_export_write_claimreview (PxExportData *data);
char *_px_export_write_csv (PxExportData *data);
char *_px_export_write_markdown (PxExportData *data);
char *_px_export_write_html (PxExportData *data);

G_END_DECLS
