/* px-readable-private.h: finding the article body in a parsed page
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/HTMLparser.h>

G_BEGIN_DECLS

/* Scores the blocks of @doc and returns the article body as paragraphs
 * (trimmed, non-empty UTF-8 strings), or an empty array. A heading that
 * repeats @title (nullable) is left out. When the page marks up a byline
 * inside the body, @byline_out receives its text (nullable). With
 * @headline_out (nullable), @title is taken for a guess: the headline just
 * above the body, when there is one, is used in its place and returned
 * there (else NULL). @summary_out receives the first paragraph written from
 * an element named as the article's summary or standfirst, or NULL.
 * @stamps_out (nullable) receives the time stamps written between the
 * headline and the body ("Last Edited: Friday, 11 Jan 2008, 11:09 PM EST"),
 * one a line, or NULL; a "By" line there is the byline when the body has
 * none.
 *
 * Elements whose id is in @hidden_ids (nullable) are not read.
 *
 * The elements' _private pointers are used as scratch space while this
 * runs (they must be NULL when it starts) and are NULL again when it returns.
 */
GPtrArray *_px_readable_paragraphs (htmlDocPtr   doc,
                                    GHashTable  *hidden_ids,
                                    const char  *title,
                                    char       **byline_out,
                                    char       **headline_out,
                                    char       **summary_out,
                                    char       **stamps_out);

/* The bytes of the text of @paragraphs, all strings, together. */
gsize _px_readable_length (GPtrArray *paragraphs);

/* The elements of a page that _px_fallback_paragraphs() reads, as the
 * parse made them (in document order: the parse only ever appends to the
 * tree), so that it need not walk the whole tree for each kind.
 */
typedef struct
{
  GPtrArray *scripts;   /* xmlNode, borrowed from the document */
  GPtrArray *textareas;
  GPtrArray *noscripts; /* and <template>s: copies a script may show */
  GPtrArray *iframes;
} PxParsedElements;

/* The article's text from a second source when @found, the paragraphs
 * _px_readable_paragraphs() gave for @doc, is short or much shorter than
 * the page holds: the JSON-LD articleBody, a story in a <textarea>, a
 * <noscript> copy of the article, a story in an <iframe srcdoc>, or the
 * article in a script application's starting state (__NEXT_DATA__,
 * window.__INITIAL_STATE__). Returns the paragraphs to use
 * in place of @found, or NULL to keep it; a byline found beside a
 * <noscript> copy goes to @byline_out. @elements are @doc's scripts,
 * textareas, noscripts and iframes. May rename elements of @doc.
 */
GPtrArray *_px_fallback_paragraphs (htmlDocPtr              doc,
                                    const PxParsedElements *elements,
                                    GHashTable             *hidden_ids,
                                    const char             *title,
                                    GPtrArray              *found,
                                    char                  **byline_out);

/* The ids that the rules of @sheet (the text of a page's <style>
 * elements, @len bytes) hide for the screen, as a set of strings, or NULL
 * when there are none.
 */
GHashTable *_px_readable_hidden_ids (const char *sheet,
                                     gsize       len);

/* Takes out of @paragraphs the lines that are about the article rather
 * than the article: bylines, time stamps, captions and credits, teasers,
 * share tools, copyright and contributor lines, and everything from the
 * end-of-release mark or the "About the company" heading on, and the
 * bio of @byline (nullable), the writer. A byline line (or the name
 * after a stamp's "by") goes to @byline_out when it is still NULL, the
 * "updated" (or "edited") stamps of the article's first part to
 * @stamp_out, a line each, the first first; the first stamp or byline
 * line of the article's head, whole, to @head_out (nullable) for the
 * dates it gives.
 */
void _px_furniture_filter (GPtrArray   *paragraphs,
                           const char  *byline,
                           char       **byline_out,
                           char       **stamp_out,
                           char       **head_out);

/* TRUE when @text is an entry of a timeline: a date or a time, then a
 * colon or a dash, then what happened ("11:05 p.m.: Crews reach the
 * bridge", "2018 - Voters reject a sales tax").
 */
gboolean _px_furniture_is_dated_entry (const char *text);

/* TRUE when @text is the title of a box that holds other things than
 * the article: "In brief" over other stories' briefs, "About this blog",
 * "About the author".
 */
gboolean _px_furniture_is_box_label (const char *text);

/* TRUE when @text, the whole of a heading, heads readers' comments: a
 * count ("12 comments") or a short label that opens a thread ("Your
 * views", "Have your say").
 */
gboolean _px_furniture_is_thread_label (const char *text);

/* TRUE when @text, a heading, opens readers' comments: a thread's label,
 * or a line of twelve words at most that opens as one does, whatever
 * follows ("Post a comment (150 word limit)").
 */
gboolean _px_furniture_heads_thread (const char *text);

/* TRUE when @text is the label of a paid box: "Advertisement",
 * "Sponsored links", "Ads by Google", "Promoted stories", "Anzeige".
 */
gboolean _px_furniture_is_ad_label (const char *text);

/* TRUE when every word of @text is a page tool's ("Email To Friend",
 * "Print Version", "Share this story").
 */
gboolean _px_furniture_is_tool_line (const char *text);

typedef enum
{
  PX_HEAD_LINE_TEXT,
  PX_HEAD_LINE_STAMP,  /* a date or time, perhaps labelled, or a dateline alone */
  PX_HEAD_LINE_BYLINE, /* "By Jane Doe" */
} PxHeadLine;

/* What a short line above a plain text's first sentences is: a time
 * stamp ("Tuesday, May 14, 2019", "UPDATED: 04/02/2019 at 10:00 AM EDT",
 * "(March 20, 2007) \u2014"), a dateline on its own line ("PUNE, Oct 3
 * -"), a byline, or text. Stricter than the filter of a page's lines: a
 * line with any word a stamp is not made of ("June 7, 2013 will be
 * remembered") is text.
 */
PxHeadLine _px_furniture_head_line (const char *text);

/* TRUE when @text is a time stamp and nothing else, wherever it stands
 * in an article's first lines: a date or a clock, perhaps labelled
 * ("Published time: March 12, 2013 02:03", "PUBLISHED: 02:31 GMT, 12
 * March 2013 | UPDATED: 22:19 GMT, 12 March 2013"), perhaps with "by" and
 * a name after it ("Posted on March 3, 2013 by Jane Doe"). A sentence
 * that holds a date ("The ban was published on March 12, 2013 and takes
 * effect ...") is none.
 */
gboolean _px_furniture_is_stamp_line (const char *text);

G_END_DECLS
