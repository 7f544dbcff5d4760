/* px-source.h: one source of a story, and the one way to load it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-fetch.h"
#include "px-library.h"
#include "px-snapshot.h"

G_BEGIN_DECLS

typedef enum
{
  PX_SOURCE_LOADING,
  PX_SOURCE_READY,
  PX_SOURCE_FAILED,
} PxSourceState;

typedef enum
{
  PX_SOURCE_KIND_INPUT,    /* a path or an http(s) URL */
  PX_SOURCE_KIND_RESOURCE, /* a page bundled with the application (the demo) */
  PX_SOURCE_KIND_TEXT,     /* text the user pasted */
} PxSourceKind;

#define PX_TYPE_SOURCE (px_source_get_type ())

G_DECLARE_FINAL_TYPE (PxSource, px_source, PX, SOURCE, GObject)

PxSource *px_source_new_for_input (const char *input);
/* @url: where the page says it belongs, for the outlet's name. */
PxSource *px_source_new_for_resource (const char *resource_path,
                                      const char *url);
/* @name: the outlet's name the user gave, or NULL. */
PxSource *px_source_new_for_text (const char *text,
                                  const char *name);
/* A source the library keeps: READY, with the article of its current
 * version, and the same input to load it again from.
 */
PxSource *px_source_new_for_record (const PxSourceRecord *record);
/* The name @record, a source the library keeps, goes by wherever it is
 * listed (`parallax-cli story show` among them): the outlet it was kept
 * with, but a failure kept before a failed address was named by its site,
 * under the last piece of its address's path ("0" for
 * http://127.0.0.1:9/onward/0), is named by its site ("127.0.0.1:9"), as
 * px_source_new_for_record()'s column is. NULL when it was kept with no
 * name.
 */
char *px_source_record_dup_outlet (const PxSourceRecord *record);

PxSourceKind px_source_get_kind (PxSource *self);
/* What the library stores as the input: the path or URL, "resource://…"
 * for a bundled page, "-" for pasted text.
 */
const char *px_source_get_input (PxSource *self);
/* The outlet's name: the article's once loaded, else a name made from the
 * input; never NULL.
 */
const char *px_source_get_outlet (PxSource *self);
/* The outlet's name the reader chose, for the column, the comparison and
 * any later load of the source (a loaded source only). */
void px_source_set_outlet (PxSource   *self,
                           const char *outlet);
PxSourceState px_source_get_state (PxSource *self);
PxArticle *px_source_get_article (PxSource *self);
/* What names the article: its headline, else (a plain text that starts
 * with its first sentence) that sentence, shortened; NULL before it loads
 * or without text; while it failed, the headline of a page that had no
 * article text.
 */
char *px_source_dup_title (PxSource *self);
PxSnapshot *px_source_get_snapshot (PxSource *self);
/* Why the last load failed, or NULL. */
const GError *px_source_get_error (PxSource *self);
/* @error, a reason @input could not be loaded, in words for the user, in
 * the user's language: the extraction's reasons (an empty or binary input,
 * no article text, one that cannot be read) in words of their own naming
 * @input; any other message (fetching and reading say theirs translated)
 * as it is.
 */
char *px_source_describe_error (const GError *error,
                                const char   *input);
/* As px_source_describe_error(), naming a page with no article text by
 * what it said about itself (@page, as px_source_read_full() gives it;
 * nullable): "Parallax found no article text in “Subscribe to read”
 * (Example Times), at …". The column of a failed source and a failed
 * fetch again say it the same way.
 */
char *px_source_describe_page_error (const GError    *error,
                                     const char      *input,
                                     const PxArticle *page);
/* What the library keeps of @error (px_library_keep_failed_source_full()):
 * "empty", "binary", "no-content" or "parse" for the extraction's
 * failures, "not-a-page" for an address that serves no page (an image,
 * a PDF: PX_FETCH_ERROR_UNSUPPORTED_TYPE), NULL for any other (a fetch
 * that failed otherwise, a file that cannot be read), which its message
 * says.
 */
const char *px_source_failure_kind (const GError *error);

/* What the library keeps beside a failure to say it again in another
 * language (px-words.h): a fetch's or an extraction's words, else NULL.
 */
const char *px_source_failure_words (const GError *error);
/* Why the last load failed, in words for the user as
 * px_source_describe_error() says it, naming a page that has no article
 * text by what it says it is ("Parallax found no article text in
 * “Subscribe to read” (Example Times), at …"); NULL when it did not fail.
 */
char *px_source_describe_failure (PxSource *self);
/* While FAILED: what a page with no article text said about itself (its
 * headline, outlet, byline, dates, URL; no paragraphs), or NULL. Its
 * headline is the source's title (px_source_dup_title()) and its outlet
 * the source's (px_source_get_outlet()) unless the reader named one.
 */
const PxArticle *px_source_get_failed_page (PxSource *self);
/* The source's row in the library, 0 while it has none. */
gint64 px_source_get_source_id (PxSource *self);
/* TRUE when the library keeps more than one version of it. */
gboolean px_source_get_updated (PxSource *self);
/* The character set a file or page was read in when it named none and
 * its bytes were not UTF-8 ("windows-1252"), for a note that says so;
 * NULL otherwise. From the article (px_article_charset_is_assumed()), so
 * a source reopened from the library says the same, unless its version
 * was kept before the library recorded encodings (database version 7).
 */
const char *px_source_get_assumed_charset (PxSource *self);
/* How many broken byte sequences the article's bytes had, each shown as
 * U+FFFD (the article's n_replaced); 0 when none, or not recorded.
 */
guint px_source_get_n_broken (PxSource *self);
/* TRUE for the bundled demo pages. */
gboolean px_source_is_sample (PxSource *self);
/* Whether loading it again can fetch or read something new. */
gboolean px_source_can_refetch (PxSource *self);
/* Bytes received so far while fetching, and how many are expected (0 when
 * unknown); FALSE when nothing is being fetched. Any thread.
 */
gboolean px_source_get_progress (PxSource *self,
                                 guint64  *received,
                                 guint64  *expected);

/* Fetches or reads the source, extracts the article and names its outlet:
 * blocking, for a worker thread or the CLI; the source itself is not
 * changed, except its progress.
 */
PxArticle *px_source_read (PxSource      *self,
                           PxFetcher     *fetcher,
                           PxSnapshot   **snapshot_out,
                           GCancellable  *cancellable,
                           GError       **error);

/* As px_source_read(); a page with no article text gives @page_out
 * (nullable) what it says about itself (px_extract_snapshot_full()), with
 * the outlet the reader chose when there is one.
 */
PxArticle *px_source_read_full (PxSource      *self,
                                PxFetcher     *fetcher,
                                PxSnapshot   **snapshot_out,
                                GCancellable  *cancellable,
                                PxArticle    **page_out,
                                GError       **error);

/* What loading did to the library. */
typedef enum
{
  PX_SOURCE_SAVE_NONE,      /* nothing kept: no library, or no story */
  PX_SOURCE_SAVE_ADDED,     /* kept as a new source of the story */
  PX_SOURCE_SAVE_UNCHANGED, /* a stored source, fetched again: the same page */
  PX_SOURCE_SAVE_CHANGED,   /* a stored source: a new version was kept */
  PX_SOURCE_SAVE_FAILED,    /* loaded, but the library could not keep it */
} PxSourceSave;

/* Loads the source (px_source_read() on a worker thread), then keeps the
 * page in @library: a new source of @story_id, or a new version of the
 * source it is. The source is LOADING meanwhile, then READY or FAILED.
 * Cancelled, nothing changes, and a source the load had already added is
 * moved to the library's trash again.
 */
void px_source_load_async (PxSource            *self,
                           PxLibrary           *library,
                           gint64               story_id,
                           PxFetcher           *fetcher,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);
/* Whether a load that fails keeps the source in the library's story all
 * the same, with why it failed (px_library_keep_failed_source()), so that
 * it stays a column until removed: TRUE unless set otherwise (a script is
 * told by its exit status instead). Pasted text is never kept failed.
 */
void px_source_set_keep_failure (PxSource *self,
                                 gboolean  keep_failure);
/* Whether loading names the outlet when the page names none (after the
 * site, the file or "Pasted Text"): TRUE unless set otherwise, for output
 * that says null for what the page does not say.
 */
void px_source_set_name_outlet (PxSource *self,
                                gboolean  name_outlet);
/* Stops the load under way, if any: the source stays as it was before. */
void px_source_cancel (PxSource *self);
/* FALSE when the page could not be loaded (the source is FAILED); else
 * what was kept, and why not in @save_error.
 */
gboolean px_source_load_finish (PxSource      *self,
                                GAsyncResult  *result,
                                PxSourceSave  *save,
                                GError       **save_error,
                                GError       **error);

G_END_DECLS
