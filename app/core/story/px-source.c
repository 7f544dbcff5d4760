/* px-source.c: one source of a story, and the one way to load it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parallax-source"

#include "config.h"

#include "px-source.h"

#include "px-comparison.h"
#include "px-extract.h"
#include "px-fetch.h"
#include "px-input.h"
#include "px-outlets.h"
#include "px-safe-text.h"
#include "px-text.h"
#include "px-words.h"

#include <glib/gi18n-lib.h>
#include <stdatomic.h>
#include <string.h>

struct _PxSource
{
  GObject parent_instance;

  /* Set when made, read by the loading thread: never changed after. */
  PxSourceKind kind;
  char *input;
  char *resource;
  char *resource_url;
  char *text;
  char *given_name;

  char *outlet;
  PxSourceState state;
  PxArticle *article;
  char *lead;         /* @article's lead sentence, while it has no title (lead_sentence()) */
  gboolean lead_found;
  PxSnapshot *snapshot;
  GError *error;
  char *error_words; /* @error's words (px-words.h), to say it again in the
                      * language of the day it is shown */
  PxArticle *failed_page; /* while FAILED: what a page with no article text
                           * said about itself (px_source_get_failed_page()) */
  gint64 source_id;
  gboolean kept_failed; /* the library keeps it as failed: no version yet */
  gboolean keep_failure;
  gboolean from_library; /* made from a library's row: its input as kept */
  gboolean name_outlet; /* set before loading, read by the loading thread */
  gboolean updated;
  GCancellable *loading; /* the load under way */

  /* Written by the loading thread while a page arrives. */
  _Atomic guint64 received;
  _Atomic guint64 expected;
  atomic_int fetching;
};

G_DEFINE_FINAL_TYPE (PxSource, px_source, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STATE,
  PROP_OUTLET,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Longest outlet's name a failed page gives the column, in characters. */
#define FAILED_OUTLET_MAX_CHARS 60

static void
update_outlet (PxSource *self)
{
  g_autofree char *outlet = NULL;

  if (self->article != NULL && self->article->outlet != NULL && self->article->outlet[0] != '\0')
    outlet = g_strdup (self->article->outlet);
  else if (self->given_name != NULL)
    outlet = g_strdup (self->given_name);
  /* a page with no article text still names its outlet */
  else if (self->article == NULL && self->failed_page != NULL && !px_safe_text_is_blank (self->failed_page->outlet))
    outlet = px_safe_text_short (self->failed_page->outlet, FAILED_OUTLET_MAX_CHARS);
  /* An address not read yet, loading or failed, is named by its site:
   * the last piece of its path names it only once a page there does not
   * name itself ("0", for .../onward/0, had headed a failed column). */
  else if (self->article == NULL && self->kind == PX_SOURCE_KIND_INPUT
           && px_input_classify (self->input) == PX_INPUT_KIND_URL)
    outlet = px_outlet_name_for_address (self->input);
  if (outlet == NULL && self->kind != PX_SOURCE_KIND_TEXT)
    outlet = px_outlet_name_for_source (self->input, self->resource_url);
  if (outlet == NULL)
    outlet = g_strdup (_("Pasted Text"));

  if (g_strcmp0 (outlet, self->outlet) == 0)
    return;
  g_free (self->outlet);
  self->outlet = g_steal_pointer (&outlet);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

static void
set_state (PxSource      *self,
           PxSourceState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_source_id (PxSource *self,
               gint64    source_id)
{
  if (self->source_id == source_id)
    return;
  self->source_id = source_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

static PxSource *
source_new (PxSourceKind  kind,
            const char   *input)
{
  PxSource *self = g_object_new (PX_TYPE_SOURCE, NULL);

  self->kind = kind;
  self->input = g_strdup (input);
  return self;
}

PxSource *
px_source_new_for_input (const char *input)
{
  PxSource *self;

  g_return_val_if_fail (input != NULL, NULL);

  self = source_new (PX_SOURCE_KIND_INPUT, input);
  update_outlet (self);
  return self;
}

PxSource *
px_source_new_for_resource (const char *resource_path,
                            const char *url)
{
  g_autofree char *input = NULL;
  PxSource *self;

  g_return_val_if_fail (resource_path != NULL, NULL);

  /* What the library stores as the input, so the page is read from the
   * bundle again and never fetched from the outlet.
   */
  input = g_strconcat ("resource://", resource_path, NULL);
  self = source_new (PX_SOURCE_KIND_RESOURCE, input);
  self->resource = g_strdup (resource_path);
  self->resource_url = g_strdup (url);
  update_outlet (self);
  return self;
}

PxSource *
px_source_new_for_text (const char *text,
                        const char *name)
{
  PxSource *self;

  g_return_val_if_fail (text != NULL, NULL);

  /* Stored as "-", like text on standard input, whatever the language. */
  self = source_new (PX_SOURCE_KIND_TEXT, "-");
  self->text = g_strdup (text);
  if (name != NULL && name[0] != '\0')
    self->given_name = g_strdup (name);
  update_outlet (self);
  return self;
}

/* The failures the library keeps by kind: the extraction's, and an
 * address that serves no page (an image, a PDF), whose column offers the
 * browser rather than trying again when the story is opened again too.
 * A kind an older build does not know it reads as a plain failure.
 */
static const struct
{
  const char *name;
  gboolean fetch;   /* PX_FETCH_ERROR, else PX_EXTRACT_ERROR */
  int code;
} failure_kinds[] = {
  { "empty", FALSE, PX_EXTRACT_ERROR_EMPTY },
  { "binary", FALSE, PX_EXTRACT_ERROR_BINARY },
  { "no-content", FALSE, PX_EXTRACT_ERROR_NO_CONTENT },
  { "parse", FALSE, PX_EXTRACT_ERROR_PARSE },
  { "not-a-page", TRUE, PX_FETCH_ERROR_UNSUPPORTED_TYPE },
};

const char *
px_source_failure_kind (const GError *error)
{
  if (error == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (failure_kinds); i++)
    if (error->domain == (failure_kinds[i].fetch ? PX_FETCH_ERROR : PX_EXTRACT_ERROR)
        && error->code == failure_kinds[i].code)
      return failure_kinds[i].name;
  return NULL;
}

const char *
px_source_failure_words (const GError *error)
{
  const char *words = px_fetch_error_get_words (error);

  return words != NULL ? words : px_extract_error_get_words (error);
}

/* A kept failure as the load had it: of its kind when it has one this
 * build knows, else a plain one saying @message.
 */
static GError *
failure_from_kind (const char *kind,
                   const char *message)
{
  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (failure_kinds); i++)
    if (g_str_equal (kind, failure_kinds[i].name))
      return g_error_new_literal (failure_kinds[i].fetch ? PX_FETCH_ERROR : PX_EXTRACT_ERROR,
                                  failure_kinds[i].code, message);
  return g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, message);
}

/* Whether @record, a failed source kept with no page, is named as its
 * address alone named it before a failed address was named by its site:
 * the last piece of its path ("0" for http://host/onward/0, kept with the
 * failures of then). That name is no page's own: such a column is named
 * as a failed address is now. A name a page gave itself, kept before the
 * page was (database version 9), is not its address's and stays.
 */
static gboolean
named_by_address_path (const PxSourceRecord *record)
{
  g_autofree char *by_address = NULL;

  if (record->page != NULL || record->outlet == NULL || px_input_classify (record->input) != PX_INPUT_KIND_URL)
    return FALSE;
  by_address = px_outlet_name_for_source (record->input, NULL);
  return g_strcmp0 (by_address, record->outlet) == 0;
}

char *
px_source_record_dup_outlet (const PxSourceRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  /* the column's name of such a failure (update_outlet()) */
  if (record->error != NULL && named_by_address_path (record))
    {
      char *by_site = px_outlet_name_for_address (record->input);

      if (by_site != NULL)
        return by_site;
    }
  return g_strdup (record->outlet);
}

PxSource *
px_source_new_for_record (const PxSourceRecord *record)
{
  PxSource *self;

  g_return_val_if_fail (record != NULL, NULL);

  if (g_str_has_prefix (record->input, "resource://"))
    self = px_source_new_for_resource (record->input + strlen ("resource://"), record->url);
  else if (g_str_equal (record->input, "-"))
    self = px_source_new_for_text (record->text != NULL ? record->text : "", record->outlet);
  else
    self = px_source_new_for_input (record->input);

  self->source_id = record->id;
  self->from_library = TRUE;
  if (record->error != NULL)
    {
      /* Kept with why it failed, until it loads or is removed: the
       * extraction's failures by their kind, said as when they happened. */
      self->error = failure_from_kind (record->error_kind, record->error);
      /* (words beside another message are another failure's: a client
       * that keeps none replaced the message and left them) */
      if (px_words_kept_with (record->error_words, record->error))
        self->error_words = g_strdup (record->error_words);
      self->kept_failed = TRUE;
      self->state = PX_SOURCE_FAILED;
      /* what the page said about itself (database version 9), else the
       * outlet it named, when it was kept */
      if (record->page != NULL)
        {
          self->failed_page = px_article_copy (record->page);
          update_outlet (self);
        }
      else if (record->outlet != NULL && record->outlet[0] != '\0' && !named_by_address_path (record))
        {
          self->failed_page = px_article_new (record->input);
          self->failed_page->outlet = g_strdup (record->outlet);
          update_outlet (self);
        }
      return self;
    }
  self->article = px_source_record_to_article (record);
  /* Decided when it first loaded, or by the reader since: fetching it
   * again keeps the name (a page's own name had undone a rename). */
  if (self->given_name == NULL && record->outlet != NULL && record->outlet[0] != '\0')
    self->given_name = g_strdup (record->outlet);
  self->updated = record->n_versions > 1;
  self->state = PX_SOURCE_READY;
  update_outlet (self);
  return self;
}

void
px_source_set_outlet (PxSource   *self,
                      const char *outlet)
{
  g_return_if_fail (PX_IS_SOURCE (self));
  g_return_if_fail (outlet != NULL && outlet[0] != '\0');
  /* The loading thread reads the given name. */
  g_return_if_fail (self->state == PX_SOURCE_READY);

  g_free (self->given_name);
  self->given_name = g_strdup (outlet);
  if (g_strcmp0 (self->article->outlet, outlet) != 0)
    {
      /* The comparison's thread may hold the article: a new one. */
      PxArticle *renamed = px_article_copy (self->article);

      g_free (renamed->outlet);
      renamed->outlet = g_strdup (outlet);
      px_article_unref (self->article);
      self->article = renamed;
    }
  update_outlet (self);
}

PxSourceKind
px_source_get_kind (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), PX_SOURCE_KIND_INPUT);

  return self->kind;
}

const char *
px_source_get_input (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->input;
}

const char *
px_source_get_outlet (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->outlet;
}

/* Longest title made from a sentence, in characters: about three lines
 * of a column's header, and a window title that still reads as one.
 */
#define LEAD_TITLE_MAX_CHARS 80
#define LEAD_SCAN_BYTES 4096

/* The first sentence of @article's first paragraph, cut at a word before
 * LEAD_TITLE_MAX_CHARS characters (with an ellipsis), or NULL.
 */
static char *
lead_sentence (const PxArticle *article)
{
  const PxSpan *first;
  g_autoptr(PxArticle) lead = NULL;
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  PxDocument *document;
  const PxSentence *sentence;
  g_autofree char *text = NULL;
  gsize scan;

  if (article->text == NULL || article->paragraphs->len == 0)
    return NULL;
  first = &g_array_index (article->paragraphs, PxSpan, 0);
  /* The sentence is cut to LEAD_TITLE_MAX_CHARS: the sentence splitter
   * needs no more than the paragraph's first LEAD_SCAN_BYTES to find it
   * (a 500 KiB paragraph had been analysed whole for it, on the window's
   * thread, each time the column's header was updated). Cut at a space,
   * a whole character.
   */
  scan = first->end - first->start;
  if (scan > LEAD_SCAN_BYTES)
    {
      const char *space = g_strrstr_len (article->text + first->start, LEAD_SCAN_BYTES, " ");

      scan = space != NULL ? (gsize) (space - (article->text + first->start))
                           : (gsize) (g_utf8_find_prev_char (article->text + first->start,
                                                             article->text + first->start + LEAD_SCAN_BYTES)
                                      - (article->text + first->start));
    }
  g_ptr_array_add (paragraphs, g_strndup (article->text + first->start, scan));
  lead = px_article_new (article->input);
  px_article_set_paragraphs (lead, paragraphs);
  document = px_document_new (lead);
  if (document->sentences->len > 0)
    {
      sentence = px_document_sentence (document, 0);
      text = g_strstrip (g_strndup (lead->text + sentence->start, sentence->end - sentence->start));
    }
  px_document_unref (document);

  if (text == NULL || text[0] == '\0')
    return NULL;
  if (g_utf8_strlen (text, -1) > LEAD_TITLE_MAX_CHARS)
    {
      char *cut = g_utf8_offset_to_pointer (text, LEAD_TITLE_MAX_CHARS - 1);
      char *space = g_utf8_strrchr (text, cut - text, ' ');

      /* At the last word that fits, or mid-word when one word is longer. */
      if (space != NULL && space > text)
        cut = space;
      *cut = '\0';
      /* "took three weeks,…" reads as a cut sentence without its comma */
      while (cut > text && strchr (" ,;:", cut[-1]) != NULL)
        *--cut = '\0';
      return g_strconcat (text, "…", NULL);
    }
  return g_steal_pointer (&text);
}

char *
px_source_dup_title (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  if (self->article == NULL && self->failed_page != NULL && !px_safe_text_is_blank (self->failed_page->title))
    return px_safe_text_short_at_word (self->failed_page->title, LEAD_TITLE_MAX_CHARS, FALSE);
  if (self->article == NULL)
    return NULL;
  if (self->article->title != NULL && self->article->title[0] != '\0')
    return g_strdup (self->article->title);
  /* found by the loading thread, or once for a source from a library */
  if (!self->lead_found)
    {
      self->lead = lead_sentence (self->article);
      self->lead_found = TRUE;
    }
  return g_strdup (self->lead);
}

PxSourceState
px_source_get_state (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), PX_SOURCE_FAILED);

  return self->state;
}

PxArticle *
px_source_get_article (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->article;
}

PxSnapshot *
px_source_get_snapshot (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->snapshot;
}

const GError *
px_source_get_error (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->error;
}

gint64
px_source_get_source_id (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), 0);

  return self->source_id;
}

gboolean
px_source_get_updated (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), FALSE);

  return self->updated;
}

const char *
px_source_get_assumed_charset (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->article != NULL && px_article_charset_is_assumed (self->article) ? self->article->charset : NULL;
}

char *
px_source_describe_error (const GError *error,
                          const char   *input)
{
  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (input != NULL, NULL);

  /* The window says the extraction's reasons in words of its own, by
   * what failed, so that a failure kept in the library is said in the
   * language of the day it is shown. */
  if (error->domain != PX_EXTRACT_ERROR)
    return g_strdup (error->message);

  switch (error->code)
    {
    case PX_EXTRACT_ERROR_EMPTY:
      /* Translators: %s is a file or a web address */
      return g_strdup_printf (_("%s is empty: there is no text in it"), input);
    case PX_EXTRACT_ERROR_BINARY:
      /* What the bytes are ("a file of the type “PDF document”") was
       * known only while they were read: said as the CLI says it. */
      return g_strdup (error->message);
    case PX_EXTRACT_ERROR_NO_CONTENT:
      /* Translators: %s is a file or a web address of a page in which
       * Parallax could not tell where the article's text is */
      return g_strdup_printf (_("Parallax found no article text in %s"), input);
    case PX_EXTRACT_ERROR_PARSE:
    default:
      /* Translators: %s is a file or a web address */
      return g_strdup_printf (_("%s could not be read as a web page or text"), input);
    }
}

char *
px_source_describe_page_error (const GError    *error,
                               const char      *input,
                               const PxArticle *page)
{
  g_autofree char *named = NULL;

  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (g_error_matches (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT))
    named = px_extract_describe_page (page);
  if (named != NULL)
    /* Translators: the first %s is what a page says it is ("“Subscribe to
     * read” (Example Times)"), the second its file or web address */
    return g_strdup_printf (_("Parallax found no article text in %s, at %s"), named, input);
  return px_source_describe_error (error, input);
}

char *
px_source_describe_failure (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  if (self->error == NULL)
    return NULL;
  /* The extraction's own reasons are worded by their kind below; other
   * failures by the words kept with them, in today's language (a failure
   * kept before they were, by the message it was kept with). */
  if (self->error_words != NULL
      && !(self->error->domain == PX_EXTRACT_ERROR && self->error->code != PX_EXTRACT_ERROR_BINARY))
    {
      char *said = px_words_say (self->error_words);

      if (said != NULL)
        return said;
    }
  return px_source_describe_page_error (self->error, self->input, self->failed_page);
}

const PxArticle *
px_source_get_failed_page (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);

  return self->state == PX_SOURCE_FAILED ? self->failed_page : NULL;
}

guint
px_source_get_n_broken (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), 0);

  return self->article != NULL ? self->article->n_replaced : 0;
}

gboolean
px_source_is_sample (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), FALSE);

  return px_input_is_sample (self->input);
}

gboolean
px_source_can_refetch (PxSource *self)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), FALSE);

  /* Pasted text has nothing to fetch; the demo's pages are not on the web. */
  return self->kind == PX_SOURCE_KIND_INPUT && !px_input_is_sample (self->input);
}

gboolean
px_source_get_progress (PxSource *self,
                        guint64  *received,
                        guint64  *expected)
{
  g_return_val_if_fail (PX_IS_SOURCE (self), FALSE);

  if (received != NULL)
    *received = atomic_load (&self->received);
  if (expected != NULL)
    *expected = atomic_load (&self->expected);
  return atomic_load (&self->fetching) != 0;
}

static void
fetch_progress_cb (guint64  received,
                   guint64  expected,
                   gpointer user_data)
{
  PxSource *self = user_data;

  atomic_store (&self->received, received);
  atomic_store (&self->expected, expected);
}

/* Runs the fetch on a private main context of the calling thread, so the
 * progress callback fires here and no other main loop waits.
 */
static PxSnapshot *
fetch_with_progress (PxSource      *self,
                     PxFetcher     *fetcher,
                     GCancellable  *cancellable,
                     GError       **error)
{
  PxSnapshot *snapshot;

  atomic_store (&self->received, 0);
  atomic_store (&self->expected, 0);
  atomic_store (&self->fetching, 1);
  snapshot = px_fetcher_fetch_with_progress (fetcher, self->input, fetch_progress_cb, g_object_ref (self),
                                             g_object_unref, cancellable, error);
  atomic_store (&self->fetching, 0);
  return snapshot;
}

PxArticle *
px_source_read (PxSource      *self,
                PxFetcher     *fetcher,
                PxSnapshot   **snapshot_out,
                GCancellable  *cancellable,
                GError       **error)
{
  return px_source_read_full (self, fetcher, snapshot_out, cancellable, NULL, error);
}

PxArticle *
px_source_read_full (PxSource      *self,
                     PxFetcher     *fetcher,
                     PxSnapshot   **snapshot_out,
                     GCancellable  *cancellable,
                     PxArticle    **page_out,
                     GError       **error)
{
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(PxArticle) page = NULL;

  g_return_val_if_fail (PX_IS_SOURCE (self), NULL);
  g_return_val_if_fail (PX_IS_FETCHER (fetcher), NULL);

  switch (self->kind)
    {
    case PX_SOURCE_KIND_INPUT:
      if (px_input_classify (self->input) == PX_INPUT_KIND_URL)
        {
          snapshot = fetch_with_progress (self, fetcher, cancellable, error);
          if (snapshot != NULL)
            article = px_extract_snapshot_full (self->input, snapshot, cancellable, &page, error);
        }
      /* A path a story kept as typed, before whole paths were kept
       * (px_input_dup_to_keep()): it says nothing of its folder, and the
       * current one is a guess that may find another file.
       */
      else if (self->from_library && px_input_classify (self->input) == PX_INPUT_KIND_FILE
               && !g_path_is_absolute (self->input))
        g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_NOT_FOUND,
                     /* Translators: %s is a file's path as it was typed when it was added, without its folder
                      * (“in/report.html”) */
                     _("%s cannot be found: the story keeps this path without the folder it was added from; "
                       "add the file again"), self->input);
      else
        article = px_input_load_article_full (fetcher, self->input, &snapshot, cancellable, &page, error);
      break;

    case PX_SOURCE_KIND_RESOURCE:
      {
        g_autoptr(GBytes) bytes = g_resources_lookup_data (self->resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
        gsize len;
        const char *html;

        if (bytes == NULL)
          break;
        html = g_bytes_get_data (bytes, &len);
        article = px_extract_html (self->input, html, len, self->resource_url, error);
        if (article != NULL)
          snapshot = px_snapshot_new (bytes, self->resource_url, "text/html", "utf-8");
      }
      break;

    case PX_SOURCE_KIND_TEXT:
    default:
      article = px_extract_plain_text (_("pasted text"), self->text, strlen (self->text), error);
      if (article != NULL)
        {
          g_free (article->input);
          article->input = g_strdup ("-");
        }
      break;
    }

  if (article == NULL)
    {
      /* the outlet the reader chose names the failed page too */
      if (page != NULL && self->given_name != NULL)
        {
          g_free (page->outlet);
          page->outlet = g_strdup (self->given_name);
        }
      if (page != NULL && page_out != NULL)
        *page_out = g_steal_pointer (&page);
      return NULL;
    }

  /* The outlet's name is decided here, once: the columns, the comparison,
   * the library and the exports all use the article's.
   */
  if (self->given_name != NULL)
    {
      g_free (article->outlet);
      article->outlet = g_strdup (self->given_name);
    }
  if (self->name_outlet && (article->outlet == NULL || article->outlet[0] == '\0'))
    {
      g_free (article->outlet);
      article->outlet = self->kind != PX_SOURCE_KIND_TEXT ? px_outlet_name_for_source (article->input, article->url)
                                                          : NULL;
      if (article->outlet == NULL)
        article->outlet = g_strdup (_("Pasted Text"));
    }

  if (snapshot_out != NULL)
    *snapshot_out = g_steal_pointer (&snapshot);
  return g_steal_pointer (&article);
}

typedef struct
{
  PxLibrary *library; /* nullable */
  gint64 story_id;
  PxFetcher *fetcher;
  PxArticle *article;
  char *lead;      /* @article's lead sentence, found in the loading thread */
  PxArticle *page; /* what a page with no article text said about itself */
  PxSnapshot *snapshot;
  PxSourceSave save;
  GError *save_error;
  gint64 added_id;
  gboolean was_failed; /* the library kept the source as failed */
  GError *error;       /* why reading failed, while that is being kept */
  GCancellable *cancellable; /* the caller's */
  gulong cancelled_id;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  if (job->cancellable != NULL)
    g_cancellable_disconnect (job->cancellable, job->cancelled_id);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->library);
  g_clear_object (&job->fetcher);
  g_clear_pointer (&job->article, px_article_unref);
  g_free (job->lead);
  g_clear_pointer (&job->page, px_article_unref);
  g_clear_pointer (&job->snapshot, px_snapshot_unref);
  g_clear_error (&job->save_error);
  g_clear_error (&job->error);
  g_free (job);
}

/* The loaded page becomes the source's, now that it is kept. */
static void
load_complete (GTask *task)
{
  PxSource *self = g_task_get_source_object (task);
  LoadJob *job = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      /* Dropped after it was added (removed while loading): to the trash,
       * as removing it would have done.
       */
      if (job->added_id > 0)
        px_library_delete_source_async (job->library, job->added_id, NULL, NULL, NULL);
      return;
    }

  g_clear_object (&self->loading);
  g_clear_pointer (&self->article, px_article_unref);
  g_clear_pointer (&self->snapshot, px_snapshot_unref);
  g_clear_pointer (&self->failed_page, px_article_unref);
  self->article = g_steal_pointer (&job->article);
  g_free (self->lead);
  self->lead = g_steal_pointer (&job->lead);
  self->lead_found = TRUE;
  self->snapshot = g_steal_pointer (&job->snapshot);
  if (job->added_id > 0)
    set_source_id (self, job->added_id);
  if (job->save == PX_SOURCE_SAVE_CHANGED)
    self->updated = TRUE;
  if (job->save != PX_SOURCE_SAVE_FAILED)
    self->kept_failed = FALSE;
  g_clear_error (&self->error);
  g_clear_pointer (&self->error_words, g_free);
  update_outlet (self);
  set_state (self, PX_SOURCE_READY);
  g_task_return_boolean (task, TRUE);
}

static void
version_added_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadJob *job = g_task_get_task_data (task);
  g_autoptr(PxReanchorReport) report = NULL;

  report = px_library_add_source_version_finish (PX_LIBRARY (object), result, &job->save_error);
  /* A source kept as failed gets its first version: it is added now. */
  job->save = report == NULL ? PX_SOURCE_SAVE_FAILED
              : job->was_failed ? PX_SOURCE_SAVE_ADDED
              : report->changed ? PX_SOURCE_SAVE_CHANGED : PX_SOURCE_SAVE_UNCHANGED;
  load_complete (task);
}

static void
source_added_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadJob *job = g_task_get_task_data (task);

  job->added_id = px_library_add_source_finish (PX_LIBRARY (object), result, &job->save_error);
  job->save = job->added_id > 0 ? PX_SOURCE_SAVE_ADDED : PX_SOURCE_SAVE_FAILED;
  job->added_id = MAX (job->added_id, 0);
  load_complete (task);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;

  job->article = px_source_read_full (source_object, job->fetcher, &job->snapshot, cancellable, &job->page, &error);
  /* A source of a story is there to be compared: a text the comparison
   * would refuse (over PX_COMPARE_MAX_TEXT_BYTES: a 5 MiB file of one
   * sentence) fails here, in its own column, and is neither saved nor
   * shown (a text view laying out megabytes of one line stalls the
   * window), rather than leaving every other column uncompared.
   */
  if (job->article != NULL && job->library != NULL && !px_compare_check_article (job->article, &error))
    {
      g_clear_pointer (&job->article, px_article_unref);
      g_clear_pointer (&job->snapshot, px_snapshot_unref);
    }
  if (job->article == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* What names a text without a headline, found here rather than on the
   * window's thread (px_source_dup_title()). */
  if (job->article->title == NULL || job->article->title[0] == '\0')
    job->lead = lead_sentence (job->article);
  g_task_return_boolean (task, TRUE);
}

/* The load failed: the source shows why. */
static void
load_failed (GTask  *task,
             GError *error)
{
  PxSource *self = g_task_get_source_object (task);

  g_clear_object (&self->loading);
  g_clear_error (&self->error);
  self->error = g_error_copy (error);
  g_free (self->error_words);
  self->error_words = g_strdup (px_source_failure_words (error));
  update_outlet (self);
  set_state (self, PX_SOURCE_FAILED);
  g_task_return_error (task, error);
}

static void
failure_kept_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PxSource *self = g_task_get_source_object (task);
  LoadJob *job = g_task_get_task_data (task);
  g_autoptr(GError) keep_error = NULL;
  gint64 id = px_library_keep_failed_source_finish (PX_LIBRARY (object), result, &keep_error);

  if (g_task_return_error_if_cancelled (task))
    {
      /* Removed meanwhile: a column it had just got goes to the trash. */
      if (id > 0 && !job->was_failed)
        px_library_delete_source_async (job->library, id, NULL, NULL, NULL);
      return;
    }

  if (id > 0)
    {
      self->kept_failed = TRUE;
      set_source_id (self, id);
    }
  else
    g_debug ("Could not keep the failed source %s: %s", self->input, keep_error->message);
  load_failed (task, g_steal_pointer (&job->error));
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PxSource *self = PX_SOURCE (object);
  LoadJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* Replaced by another load, or dropped: nothing changes. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* What the page said about itself names the failed source: its
       * column, and the library that keeps it. A source that had loaded
       * keeps its article and names.
       */
      if (self->article == NULL)
        {
          g_clear_pointer (&self->failed_page, px_article_unref);
          self->failed_page = g_steal_pointer (&job->page);
          update_outlet (self);
        }
      /* A column that failed stays, with why, until it is removed: the
       * library keeps it (not pasted text, which has nothing to load
       * again, nor a loaded source whose new fetch failed).
       */
      if (job->library != NULL && job->story_id > 0 && self->kind != PX_SOURCE_KIND_TEXT && self->keep_failure
          && (self->source_id == 0 || job->was_failed))
        {
          g_autofree char *words = NULL;

          job->error = g_steal_pointer (&error);
          words = px_words_keep (px_source_failure_words (job->error), job->error->message);
          /* with what failed and what the page said, so that the story
           * opened again shows the column as it is now */
          px_library_keep_failed_source_full_async (job->library, job->story_id, self->source_id, self->input,
                                                    self->outlet, job->error->message,
                                                    px_source_failure_kind (job->error), words, self->failed_page,
                                                    NULL,
                                                    failure_kept_cb, g_steal_pointer (&task));
          return;
        }
      load_failed (task, g_steal_pointer (&error));
      return;
    }

  /* No cancellable below: a page the library has taken must be known,
   * so that a load cancelled meanwhile can give it back.
   */
  if (job->library == NULL || job->story_id <= 0)
    load_complete (task);
  else if (self->source_id > 0)
    px_library_add_source_version_async (job->library, self->source_id, job->article, job->snapshot, NULL,
                                         version_added_cb, g_steal_pointer (&task));
  else
    px_library_add_source_async (job->library, job->story_id, job->article, job->snapshot, NULL,
                                 source_added_cb, g_steal_pointer (&task));
}

static void
chained_cancel_cb (GCancellable *cancellable,
                   GCancellable *own)
{
  g_cancellable_cancel (own);
}

void
px_source_load_async (PxSource            *self,
                      PxLibrary           *library,
                      gint64               story_id,
                      PxFetcher           *fetcher,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) reader = NULL;
  LoadJob *job;

  g_return_if_fail (PX_IS_SOURCE (self));
  g_return_if_fail (library == NULL || PX_IS_LIBRARY (library));
  g_return_if_fail (PX_IS_FETCHER (fetcher));

  /* One load at a time: a new one replaces the one under way. Each has a
   * cancellable of its own, which the caller's cancels too.
   */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  job = g_new0 (LoadJob, 1);
  job->library = library != NULL ? g_object_ref (library) : NULL;
  job->story_id = story_id;
  job->was_failed = self->kept_failed;
  job->fetcher = g_object_ref (fetcher);
  if (cancellable != NULL)
    {
      job->cancellable = g_object_ref (cancellable);
      job->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (chained_cancel_cb),
                                                 g_object_ref (self->loading), g_object_unref);
    }

  task = g_task_new (self, self->loading, callback, user_data);
  g_task_set_source_tag (task, px_source_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);

  atomic_store (&self->received, 0);
  atomic_store (&self->expected, 0);
  set_state (self, PX_SOURCE_LOADING);

  reader = g_task_new (self, self->loading, read_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (reader, read_thread);
  g_task_set_task_data (reader, job, NULL);
  g_task_run_in_thread (reader, read_thread);
}

void
px_source_set_keep_failure (PxSource *self,
                            gboolean  keep_failure)
{
  g_return_if_fail (PX_IS_SOURCE (self));

  self->keep_failure = keep_failure;
}

void
px_source_set_name_outlet (PxSource *self,
                           gboolean  name_outlet)
{
  g_return_if_fail (PX_IS_SOURCE (self));

  self->name_outlet = name_outlet;
}

void
px_source_cancel (PxSource *self)
{
  g_return_if_fail (PX_IS_SOURCE (self));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
}

gboolean
px_source_load_finish (PxSource      *self,
                       GAsyncResult  *result,
                       PxSourceSave  *save,
                       GError       **save_error,
                       GError       **error)
{
  LoadJob *job;

  g_return_val_if_fail (PX_IS_SOURCE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  if (save != NULL)
    *save = job->save;
  if (save_error != NULL && job->save_error != NULL)
    *save_error = g_error_copy (job->save_error);
  return TRUE;
}

static void
px_source_dispose (GObject *object)
{
  PxSource *self = PX_SOURCE (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);

  G_OBJECT_CLASS (px_source_parent_class)->dispose (object);
}

static void
px_source_finalize (GObject *object)
{
  PxSource *self = PX_SOURCE (object);

  g_free (self->input);
  g_free (self->resource);
  g_free (self->resource_url);
  g_free (self->text);
  g_free (self->given_name);
  g_free (self->outlet);
  g_clear_pointer (&self->failed_page, px_article_unref);
  g_clear_pointer (&self->article, px_article_unref);
  g_free (self->lead);
  g_clear_pointer (&self->snapshot, px_snapshot_unref);
  g_clear_error (&self->error);
  g_free (self->error_words);

  G_OBJECT_CLASS (px_source_parent_class)->finalize (object);
}

static void
px_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxSource *self = PX_SOURCE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_SOURCE_ID:
      g_value_set_int64 (value, self->source_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_source_class_init (PxSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_source_dispose;
  object_class->finalize = px_source_finalize;
  object_class->get_property = px_source_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, PX_SOURCE_LOADING, PX_SOURCE_FAILED, PX_SOURCE_LOADING,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_source_init (PxSource *self)
{
  self->state = PX_SOURCE_LOADING;
  self->keep_failure = TRUE;
  self->name_outlet = TRUE;
}
