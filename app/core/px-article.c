/* px-article.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-article.h"

#include <string.h>

PxArticle *
px_article_new (const char *input)
{
  PxArticle *self = g_new0 (PxArticle, 1);

  g_ref_count_init (&self->ref_count);
  self->input = g_strdup (input);
  self->text = g_strdup ("");
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxSpan));

  return self;
}

PxArticle *
px_article_ref (PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
px_article_unref (PxArticle *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_free (self->input);
  g_free (self->outlet);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->published);
  g_free (self->url);
  g_free (self->language);
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

guint
px_article_get_n_paragraphs (const PxArticle *self)
{
  return self->paragraphs->len;
}

static void
add_nullable (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Adds the members DESIGN.md fixes for an extracted article to the
 * object @builder is in: input, outlet, title, byline, published, url, text.
 */
void
px_article_build_json (const PxArticle *self,
                       JsonBuilder     *builder)
{
  add_nullable (builder, "input", self->input);
  add_nullable (builder, "outlet", self->outlet);
  add_nullable (builder, "title", self->title);
  add_nullable (builder, "byline", self->byline);
  add_nullable (builder, "published", self->published);
  add_nullable (builder, "url", self->url);
  add_nullable (builder, "text", self->text);
}
