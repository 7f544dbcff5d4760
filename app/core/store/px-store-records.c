/* px-store-records.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store-records.h"

#include <string.h>

static const char * const verdict_names[] = {
  [PX_VERDICT_UNVERIFIED] = "unverified",
  [PX_VERDICT_ACCURATE] = "accurate",
  [PX_VERDICT_MISLEADING] = "misleading",
  [PX_VERDICT_FALSE] = "false",
  [PX_VERDICT_NEEDS_CONTEXT] = "needs-context",
  [PX_VERDICT_OPINION] = "opinion",
};

static const char * const state_names[] = {
  [PX_ANNOTATION_STATE_OK] = "ok",
  [PX_ANNOTATION_STATE_NEEDS_REVIEW] = "needs-review",
  [PX_ANNOTATION_STATE_DISMISSED] = "dismissed",
};

const char *
px_verdict_to_string (PxVerdict verdict)
{
  g_return_val_if_fail ((guint) verdict < G_N_ELEMENTS (verdict_names), "unverified");

  return verdict_names[verdict];
}

gboolean
px_verdict_from_string (const char *name,
                        PxVerdict  *verdict)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (verdict_names); i++)
    if (g_str_equal (name, verdict_names[i]))
      {
        *verdict = i;
        return TRUE;
      }

  return FALSE;
}

const char *
px_annotation_state_to_string (PxAnnotationState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_names), "ok");

  return state_names[state];
}

gboolean
px_annotation_state_from_string (const char        *name,
                                 PxAnnotationState *state)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (state_names); i++)
    if (g_str_equal (name, state_names[i]))
      {
        *state = i;
        return TRUE;
      }

  return FALSE;
}

void
px_story_info_free (PxStoryInfo *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->deleted_at);
  g_free (self);
}

void
px_source_record_free (PxSourceRecord *self)
{
  if (self == NULL)
    return;

  g_free (self->input);
  g_free (self->outlet);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->published);
  g_free (self->url);
  g_free (self->language);
  g_free (self->fetched_at);
  g_free (self->checked_at);
  g_free (self->sha256);
  g_free (self->content_type);
  g_free (self->final_url);
  g_free (self->text);
  g_free (self->deleted_at);
  g_free (self->error);
  g_free (self->failed_at);
  g_free (self->error_kind);
  g_free (self->error_words);
  g_clear_pointer (&self->page, px_article_unref);
  g_free (self->charset);
  g_free (self->updated);
  g_free (self);
}

void
px_source_version_free (PxSourceVersion *self)
{
  if (self == NULL)
    return;

  g_free (self->fetched_at);
  g_free (self->checked_at);
  g_free (self->sha256);
  g_free (self->content_type);
  g_free (self->final_url);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->updated);
  g_free (self);
}

void
px_annotation_target_free (PxAnnotationTarget *self)
{
  if (self == NULL)
    return;

  px_text_selector_free (self->selector);
  g_free (self);
}

void
px_annotation_free (PxAnnotation *self)
{
  if (self == NULL)
    return;

  g_free (self->note);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->deleted_at);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_free (self->author);
  g_free (self->updated_by);
  g_free (self->reviewed_by);
  g_free (self->reviewed_at);
  g_free (self);
}

void
px_search_hit_free (PxSearchHit *self)
{
  if (self == NULL)
    return;

  g_free (self->story_title);
  g_free (self->title);
  g_free (self->outlet);
  g_free (self->label);
  g_free (self->snippet);
  g_free (self);
}

void
px_reanchor_report_free (PxReanchorReport *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->outcomes, g_array_unref);
  g_free (self);
}

void
px_source_record_take_charset (PxSourceRecord *self,
                               char           *charset,
                               const char     *from,
                               gint64          n_replaced)
{
  g_return_if_fail (self != NULL);

  g_free (self->charset);
  self->charset = charset;
  if (charset == NULL || !px_charset_from_from_string (from, &self->charset_from))
    self->charset_from = PX_CHARSET_FROM_UNKNOWN;
  self->n_replaced = CLAMP (n_replaced, 0, G_MAXUINT);
}

PxArticle *
px_source_record_to_article (const PxSourceRecord *record)
{
  PxArticle *article;

  g_return_val_if_fail (record != NULL, NULL);

  article = px_article_new (record->input != NULL ? record->input : "");
  article->outlet = g_strdup (record->outlet);
  article->title = g_strdup (record->title);
  article->byline = g_strdup (record->byline);
  article->published = g_strdup (record->published);
  article->updated = g_strdup (record->updated);
  article->url = g_strdup (record->url);
  article->language = g_strdup (record->language);
  article->charset = g_strdup (record->charset);
  article->charset_from = record->charset_from;
  article->n_replaced = record->n_replaced;
  /* the text is kept byte for byte, so that offsets into it stay the store's */
  px_article_take_text (article, g_strdup (record->text != NULL ? record->text : ""));

  return article;
}
