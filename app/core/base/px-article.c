/* px-article.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-article.h"

#include "px-json-private.h"

#include <string.h>

PxArticle *
px_article_new (const char *input)
{
  PxArticle *self = g_new0 (PxArticle, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->input = g_strdup (input);
  self->text = g_strdup ("");
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxSpan));

  return self;
}

PxArticle *
px_article_ref (PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

PxArticle *
px_article_copy (const PxArticle *self)
{
  PxArticle *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = px_article_new (self->input);
  copy->outlet = g_strdup (self->outlet);
  copy->title = g_strdup (self->title);
  copy->byline = g_strdup (self->byline);
  copy->published = g_strdup (self->published);
  copy->updated = g_strdup (self->updated);
  copy->url = g_strdup (self->url);
  copy->language = g_strdup (self->language);
  copy->charset = g_strdup (self->charset);
  copy->charset_from = self->charset_from;
  copy->n_replaced = self->n_replaced;
  g_free (copy->text);
  copy->text = g_strdup (self->text);
  g_array_append_vals (copy->paragraphs, self->paragraphs->data, self->paragraphs->len);
  return copy;
}

void
px_article_unref (PxArticle *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->input);
  g_free (self->outlet);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->published);
  g_free (self->updated);
  g_free (self->url);
  g_free (self->language);
  g_free (self->charset);
  g_free (self->text);
  g_array_unref (self->paragraphs);
  g_free (self);
}

/* Joins @paragraphs (UTF-8 strings, already trimmed and non-empty) with
 * blank lines and records where each one starts and ends.
 */
void
px_article_set_paragraphs (PxArticle *self,
                           GPtrArray *paragraphs)
{
  GString *text;
  gsize size = 0;

  g_return_if_fail (self != NULL);

  /* one allocation for the whole text, however long the article */
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *para = g_ptr_array_index (paragraphs, i);

      size += (para != NULL ? strlen (para) : 0) + 2;
    }
  text = g_string_sized_new (size + 1);

  g_array_set_size (self->paragraphs, 0);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *para = g_ptr_array_index (paragraphs, i);
      PxSpan span;

      if (para == NULL || *para == '\0')
        continue;

      if (text->len > 0)
        g_string_append (text, "\n\n");

      span.start = text->len;
      g_string_append (text, para);
      span.end = text->len;
      g_array_append_val (self->paragraphs, span);
    }

  g_free (self->text);
  self->text = g_string_free (text, FALSE);
}

/* Appends to @spans (PxSpan) the paragraphs of @text: the runs between
 * lines that hold only white space, without the white space at their
 * ends. It finds what px_article_set_paragraphs() joined (one blank line)
 * and what px_extract_plain_text() kept of a file (its own blank lines,
 * which may hold spaces, and its indentation), so that a text read back
 * from the store has the paragraphs it was given.
 */
void
px_article_find_paragraphs (const char *text,
                            GArray     *spans)
{
  const char *p = text;

  g_return_if_fail (text != NULL);
  g_return_if_fail (spans != NULL);

  while (*p != '\0')
    {
      const char *start;
      const char *end;

      while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
      if (*p == '\0')
        break;
      start = p;
      end = p;
      while (*p != '\0')
        {
          const char *next;

          if (*p != '\n')
            {
              if (*p != ' ' && *p != '\t' && *p != '\r')
                end = p + 1;
              p++;
              continue;
            }
          next = p + 1;
          while (*next == ' ' || *next == '\t' || *next == '\r')
            next++;
          if (*next == '\n' || *next == '\0')
            break;
          p = next;
        }
      {
        PxSpan span = { start - text, end - text };

        g_array_append_val (spans, span);
      }
    }
}

/* Makes @text (taken) the article's text, its paragraphs those
 * px_article_find_paragraphs() finds in it.
 */
void
px_article_take_text (PxArticle *self,
                      char      *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  g_free (self->text);
  self->text = text;
  g_array_set_size (self->paragraphs, 0);
  px_article_find_paragraphs (self->text, self->paragraphs);
}

gboolean
px_article_headline_is_first_paragraph (const PxArticle *self)
{
  const PxSpan *first;
  gsize len;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->title == NULL || self->text == NULL || self->paragraphs->len == 0)
    return FALSE;
  first = &g_array_index (self->paragraphs, PxSpan, 0);
  len = strlen (self->title);
  return first->end - first->start == len && strncmp (self->text + first->start, self->title, len) == 0;
}

guint
px_article_get_n_paragraphs (const PxArticle *self)
{
  return self->paragraphs->len;
}

/* Adds the members DESIGN.md fixes for an extracted article to the
 * object @builder is in: input, outlet, title, byline, published, updated,
 * url, text.
 */
void
px_article_build_json (const PxArticle *self,
                       JsonBuilder     *builder)
{
  _px_json_add_string_or_null (builder, "input", self->input);
  _px_json_add_string_or_null (builder, "outlet", self->outlet);
  _px_json_add_string_or_null (builder, "title", self->title);
  _px_json_add_string_or_null (builder, "byline", self->byline);
  _px_json_add_string_or_null (builder, "published", self->published);
  _px_json_add_string_or_null (builder, "updated", self->updated);
  _px_json_add_string_or_null (builder, "url", self->url);
  _px_json_add_string_or_null (builder, "text", self->text);
}

static const char * const charset_from_names[] = {
  [PX_CHARSET_FROM_UNKNOWN] = "unknown",
  [PX_CHARSET_FROM_BOM] = "bom",
  [PX_CHARSET_FROM_HEADER] = "header",
  [PX_CHARSET_FROM_META] = "meta",
  [PX_CHARSET_FROM_BYTES] = "bytes",
  [PX_CHARSET_FROM_BYTES_OVER_LABEL] = "bytes-over-label",
};

const char *
px_charset_from_to_string (PxCharsetFrom from)
{
  g_return_val_if_fail (from < G_N_ELEMENTS (charset_from_names), "unknown");

  return charset_from_names[from];
}

gboolean
px_charset_from_from_string (const char    *name,
                             PxCharsetFrom *from)
{
  g_return_val_if_fail (from != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (charset_from_names); i++)
    if (g_str_equal (name, charset_from_names[i]))
      {
        *from = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
px_article_charset_is_assumed (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->charset != NULL && self->charset_from == PX_CHARSET_FROM_BYTES
         && g_ascii_strcasecmp (self->charset, "utf-8") != 0;
}
