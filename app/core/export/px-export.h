/* px-export.h: a stored story written out for other tools and for readers
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Five formats, all UTF-8 text:
 *
 *  - markdown and html: the story report. The story's sources (outlet,
 *    title, byline, dates, URL, fetch time and SHA-256 of the page as
 *    fetched), its claims with the outlets that carry them and those that
 *    leave them out, how they differ, the differences between sentences
 *    of two claims (slot links, "Differences between claims", as
 *    `parallax-cli compare` lists them), a side-by-side table of every claim,
 *    and the annotations with their verdicts and notes. The HTML is one
 *    standalone page: inline CSS (with print rules), no scripts, no
 *    external resources, and a Content-Security-Policy that forbids both.
 *    All text that came from pages or from the user is escaped.
 *
 *  - w3c: a W3C Web Annotation AnnotationCollection (JSON-LD,
 *    http://www.w3.org/ns/anno.jsonld) whose first AnnotationPage holds
 *    every annotation of the story: one target per passage (a claim-level
 *    annotation has one target per member sentence), each with the source's
 *    URL, a TextQuoteSelector and a TextPositionSelector in characters of
 *    the text Parallax extracted from the page, and a TimeState with the
 *    time that version of the page was fetched.
 *
 *  - claimreview: a JSON array of schema.org ClaimReview objects, one per
 *    annotation whose verdict rates the claim (false 1, misleading 2,
 *    needs-context 3, accurate 5 on a 1 to 5 scale). Unverified annotations
 *    have no rating to publish and opinions are not checkable claims: both
 *    are left out, as are dismissed annotations. Each object carries its
 *    own "@context" so it can be placed in a page as it is.
 *
 *  - csv: RFC 4180, every field quoted, CRLF line ends, a header row, one
 *    row per annotation target. Fields that a spreadsheet would read as a formula (those
 *    starting with = + - @, a tab or a carriage return) get a leading '.
 *
 * In both JSON formats "<" is written as \u003c, so that the output can be
 * put inside an HTML <script type="application/ld+json"> element without
 * a hostile quote closing it.
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-comparison.h"
#include "px-store.h"

G_BEGIN_DECLS

#define PX_EXPORT_ERROR (px_export_error_quark ())

typedef enum
{
  PX_EXPORT_ERROR_MISMATCH, /* a comparison that is not of the story's sources */
} PxExportError;

typedef enum
{
  PX_EXPORT_FORMAT_MARKDOWN,
  PX_EXPORT_FORMAT_HTML,
  PX_EXPORT_FORMAT_W3C,
  PX_EXPORT_FORMAT_CLAIMREVIEW,
  PX_EXPORT_FORMAT_CSV,
} PxExportFormat;

typedef struct
{
  /* The fact-checker, as author of the reviews and creator of the
   * annotations. NULL: the user's real name (g_get_real_name()), else no
   * author is written.
   */
  const char *author;
  const char *author_url;        /* nullable */
  gboolean author_is_organization;
  /* The story's comparison, from px_export_compare_story() or built the
   * same way (its sources are the story's, in column order). NULL: the
   * report formats compute it.
   */
  PxComparison *comparison;
  /* When the export is made; NULL: now. */
  GDateTime *generated_at;
} PxExportOptions;

GQuark px_export_error_quark (void);

/* "markdown", "html", "w3c", "claimreview", "csv" */
const char *px_export_format_to_string (PxExportFormat format);
gboolean px_export_format_from_string (const char     *name,
                                       PxExportFormat *format);
/* For saving: "md", "html", "jsonld", "jsonld", "csv". */
const char *px_export_format_get_extension (PxExportFormat format);
/* "text/markdown", "text/html", "application/ld+json", "text/csv" */
const char *px_export_format_get_media_type (PxExportFormat format);

/* The article a stored source holds, from its current version's text and
 * metadata, as px_compare() takes it.
 */
PxArticle *px_export_article_from_source (const PxSourceRecord *source);

/* Compares the story's sources (current versions, in column order).
 * Fails as px_compare() does, e.g. with fewer than two sources.
 */
PxComparison *px_export_compare_story (PxLibrary     *store,
                                       gint64         story_id,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* Writes story @story_id of @store in @format. Reads the store only; may
 * run in a worker thread. A report whose story cannot be compared (fewer
 * than two sources, an empty one) is written without its claims and says
 * why. @options may be NULL.
 */
char *px_export_story (PxLibrary              *store,
                       gint64                  story_id,
                       PxExportFormat          format,
                       const PxExportOptions  *options,
                       GCancellable           *cancellable,
                       GError                **error);

G_END_DECLS
