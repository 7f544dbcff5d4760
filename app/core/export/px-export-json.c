/* px-export-json.c: the W3C Web Annotation and schema.org ClaimReview exports
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-private.h"

#include "px-dates.h"
#include "px-json-private.h"
#include "px-outlets.h"

#define W3C_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define SCHEMA_CONTEXT "https://schema.org"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  g_autofree char *valid = NULL;

  if (value == NULL)
    return;

  valid = g_utf8_make_valid (value, -1);
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, valid);
}

static char *
annotation_name (PxExportData *data,
                 PxAnnotation *annotation)
{
  /* The story's and annotation's creation times make the name unique
   * across databases; the ids keep it unique within one.
   */
  return g_strdup_printf ("parallax:story:%" G_GINT64_FORMAT ":%s:annotation:%" G_GINT64_FORMAT ":%s",
                          data->story->id, data->story->created_at, annotation->id,
                          annotation->created_at);
}

/* The fact-checker as a W3C "creator" (@w3c) or a schema.org "author". */
static void
add_author (PxExportData *data,
            JsonBuilder  *builder,
            const char   *member,
            gboolean      w3c)
{
  if (data->author == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_string (builder, w3c ? "type" : "@type", data->author_is_organization ? "Organization" : "Person");
  add_string (builder, "name", data->author);
  add_string (builder, w3c ? "homepage" : "url", data->author_url);
  json_builder_end_object (builder);
}

/* Who made @annotation, in a team library; else the export's author. */
static void
add_annotation_author (PxExportData *data,
                       PxAnnotation *annotation,
                       JsonBuilder  *builder,
                       const char   *member,
                       gboolean      w3c)
{
  if (annotation->author == NULL)
    {
      add_author (data, builder, member, w3c);
      return;
    }

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_string (builder, w3c ? "type" : "@type", "Person");
  add_string (builder, "name", annotation->author);
  json_builder_end_object (builder);
}

static void
add_generator (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "generator");
  json_builder_begin_object (builder);
  add_string (builder, "type", "Software");
  add_string (builder, "name", "Parallax " PACKAGE_VERSION);
  json_builder_end_object (builder);
}

static void
add_textual_body (JsonBuilder *builder,
                  const char  *purpose,
                  const char  *value)
{
  json_builder_begin_object (builder);
  add_string (builder, "type", "TextualBody");
  add_string (builder, "purpose", purpose);
  add_string (builder, "value", value);
  add_string (builder, "format", "text/plain");
  json_builder_end_object (builder);
}

static guint
add_w3c_targets (PxExportData *data,
                 PxAnnotation *annotation,
                 JsonBuilder  *builder)
{
  guint n_targets = 0;

  json_builder_set_member_name (builder, "target");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotation->targets->len; i++)
    {
      PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, i);
      PxExportSource *source = _px_export_data_find_source (data, target->source_id);
      PxSourceVersion *version;
      g_autofree char *iri = NULL;

      if (source == NULL)
        continue;
      version = _px_export_source_find_version (source, target->version_id);
      iri = _px_export_target_iri (source, target->version_id);

      json_builder_begin_object (builder);
      add_string (builder, "source", iri);

      json_builder_set_member_name (builder, "selector");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_string (builder, "type", "TextQuoteSelector");
      add_string (builder, "exact", target->selector->exact);
      add_string (builder, "prefix", target->selector->prefix);
      add_string (builder, "suffix", target->selector->suffix);
      json_builder_end_object (builder);
      json_builder_begin_object (builder);
      add_string (builder, "type", "TextPositionSelector");
      _px_json_add_int (builder, "start", target->selector->start);
      _px_json_add_int (builder, "end", target->selector->end);
      json_builder_end_object (builder);
      json_builder_end_array (builder);

      /* The selectors are on the text of the page as fetched then. */
      if (version != NULL && version->fetched_at != NULL)
        {
          json_builder_set_member_name (builder, "state");
          json_builder_begin_object (builder);
          add_string (builder, "type", "TimeState");
          add_string (builder, "sourceDate", version->fetched_at);
          json_builder_end_object (builder);
        }
      /* Added: the passage is a date line or byline of the page, not a
       * claim (as "furniture" in `parallax-cli compare`'s claims). */
      if (_px_export_target_is_furniture (data, target, NULL))
        {
          json_builder_set_member_name (builder, "furniture");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
      n_targets++;
    }
  json_builder_end_array (builder);

  return n_targets;
}

/* Returns FALSE, leaving @builder unchanged, for an annotation none of
 * whose sources is left: W3C annotations need a target.
 */
static gboolean
add_w3c_annotation (PxExportData *data,
                    PxAnnotation *annotation,
                    JsonBuilder  *builder)
{
  g_autoptr(JsonBuilder) item = json_builder_new ();
  g_autofree char *name = annotation_name (data, annotation);
  g_autofree char *id = _px_export_stable_urn (name);
  gboolean assessed = annotation->verdict != PX_VERDICT_UNVERIFIED;
  gboolean has_note = annotation->note != NULL && *annotation->note != '\0';
  g_autoptr(JsonNode) node = NULL;

  json_builder_begin_object (item);
  add_string (item, "id", id);
  add_string (item, "type", "Annotation");
  add_string (item, "motivation", assessed ? "assessing" : has_note ? "commenting" : "highlighting");
  add_string (item, "created", annotation->created_at);
  add_string (item, "modified", annotation->updated_at);
  add_annotation_author (data, annotation, item, "creator", TRUE);

  if (assessed || has_note || annotation->state != PX_ANNOTATION_STATE_OK)
    {
      json_builder_set_member_name (item, "body");
      json_builder_begin_array (item);
      if (assessed)
        add_textual_body (item, "assessing", px_verdict_to_string (annotation->verdict));
      if (has_note)
        add_textual_body (item, "commenting", annotation->note);
      /* Needs-review and dismissed travel as tags: nothing is dropped. */
      if (annotation->state != PX_ANNOTATION_STATE_OK)
        add_textual_body (item, "tagging", px_annotation_state_to_string (annotation->state));
      json_builder_end_array (item);
    }

  if (add_w3c_targets (data, annotation, item) == 0)
    return FALSE;
  json_builder_end_object (item);

  node = json_builder_get_root (item);
  json_builder_add_value (builder, g_steal_pointer (&node));
  return TRUE;
}

char *
_px_export_write_w3c (PxExportData *data)
{
  g_autoptr(JsonBuilder) page = json_builder_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) items = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *story_name = g_strdup_printf ("parallax:story:%" G_GINT64_FORMAT ":%s",
                                                 data->story->id, data->story->created_at);
  g_autofree char *page_name = g_strconcat (story_name, ":page:0", NULL);
  g_autofree char *collection_id = _px_export_stable_urn (story_name);
  g_autofree char *page_id = _px_export_stable_urn (page_name);
  guint total = 0;

  json_builder_begin_array (page);
  for (guint i = 0; i < data->annotations->len; i++)
    if (add_w3c_annotation (data, g_ptr_array_index (data->annotations, i), page))
      total++;
  json_builder_end_array (page);
  items = json_builder_get_root (page);

  json_builder_begin_object (builder);
  add_string (builder, "@context", W3C_CONTEXT);
  add_string (builder, "id", collection_id);
  add_string (builder, "type", "AnnotationCollection");
  add_string (builder, "label", data->story->title);
  _px_json_add_int (builder, "total", total);
  add_author (data, builder, "creator", TRUE);
  add_string (builder, "created", data->story->created_at);
  add_string (builder, "modified", data->story->updated_at);
  add_string (builder, "generated", data->generated_at);
  add_generator (builder);

  /* An empty collection has no pages. */
  if (total > 0)
    {
      json_builder_set_member_name (builder, "first");
      json_builder_begin_object (builder);
      add_string (builder, "id", page_id);
      add_string (builder, "type", "AnnotationPage");
      _px_json_add_int (builder, "startIndex", 0);
      json_builder_set_member_name (builder, "items");
      json_builder_add_value (builder, g_steal_pointer (&items));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return _px_export_json_to_string (root);
}

/* The rating of a verdict on schema.org's 1 (worst) to 5 (best) scale, or
 * 0 for verdicts that are not a rating of the claim.
 */
static int
verdict_rating (PxVerdict verdict)
{
  switch (verdict)
    {
    case PX_VERDICT_FALSE:
      return 1;
    case PX_VERDICT_MISLEADING:
      return 2;
    case PX_VERDICT_NEEDS_CONTEXT:
      return 3;
    case PX_VERDICT_ACCURATE:
      return 5;
    case PX_VERDICT_UNVERIFIED:
    case PX_VERDICT_OPINION:
    default:
      return 0;
    }
}

static void
add_organization (JsonBuilder *builder,
                  const char  *member,
                  const char  *name)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_string (builder, "@type", "Organization");
  add_string (builder, "name", name);
  json_builder_end_object (builder);
}

/* @value as a schema.org Date or DateTime: only when it is ISO 8601 (a
 * time, with or without its zone, or a date alone), else nothing.
 */
static void
add_iso_date (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  if (px_iso_date_is_valid (value))
    add_string (builder, name, value);
}

/* Where the claim appeared: each target's article, once. */
static guint
add_appearances (PxExportData *data,
                 PxAnnotation *annotation,
                 JsonBuilder  *builder)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  json_builder_set_member_name (builder, "appearance");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotation->targets->len; i++)
    {
      PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, i);
      PxExportSource *source = _px_export_data_find_source (data, target->source_id);
      const PxSourceRecord *record;

      if (source == NULL || !g_hash_table_add (seen, source))
        continue;
      record = source->record;

      json_builder_begin_object (builder);
      add_string (builder, "@type", "NewsArticle");
      if (source->web_url != NULL)
        add_string (builder, "url", source->web_url);
      else
        add_string (builder, "identifier", source->iri);
      add_string (builder, "headline", record->title);
      add_iso_date (builder, "datePublished", record->published);
      add_iso_date (builder, "dateModified", record->updated);
      /* A sample report of the demo has no publisher: the outlet did not write it. */
      if (!px_input_is_sample (record->input))
        add_organization (builder, "publisher", source->outlet);
      if (record->byline != NULL && *record->byline != '\0')
        {
          json_builder_set_member_name (builder, "author");
          json_builder_begin_object (builder);
          add_string (builder, "@type", "Person");
          add_string (builder, "name", record->byline);
          json_builder_end_object (builder);
        }
      else
        add_organization (builder, "author", source->outlet);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return g_hash_table_size (seen);
}

static gboolean
add_claim_review (PxExportData *data,
                  PxAnnotation *annotation,
                  JsonBuilder  *builder)
{
  g_autoptr(JsonBuilder) item = json_builder_new ();
  g_autofree char *name = annotation_name (data, annotation);
  g_autofree char *id = _px_export_stable_urn (name);
  int rating = verdict_rating (annotation->verdict);
  PxAnnotationTarget *first = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (rating == 0 || annotation->state == PX_ANNOTATION_STATE_DISMISSED)
    return FALSE;

  for (guint i = 0; i < annotation->targets->len && first == NULL; i++)
    {
      PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, i);

      if (_px_export_data_find_source (data, target->source_id) != NULL)
        first = target;
    }
  if (first == NULL)
    return FALSE;

  json_builder_begin_object (item);
  add_string (item, "@context", SCHEMA_CONTEXT);
  add_string (item, "@type", "ClaimReview");
  add_string (item, "@id", id);
  add_string (item, "claimReviewed", first->selector->exact);
  add_string (item, "datePublished", annotation->created_at);
  add_string (item, "dateModified", annotation->updated_at);
  add_annotation_author (data, annotation, item, "author", FALSE);
  if (annotation->note != NULL && *annotation->note != '\0')
    add_string (item, "reviewBody", annotation->note);

  json_builder_set_member_name (item, "reviewRating");
  json_builder_begin_object (item);
  add_string (item, "@type", "Rating");
  _px_json_add_int (item, "ratingValue", rating);
  _px_json_add_int (item, "bestRating", 5);
  _px_json_add_int (item, "worstRating", 1);
  add_string (item, "alternateName", _px_export_verdict_label (annotation->verdict));
  json_builder_end_object (item);

  json_builder_set_member_name (item, "itemReviewed");
  json_builder_begin_object (item);
  add_string (item, "@type", "Claim");
  add_appearances (data, annotation, item);
  json_builder_end_object (item);
  json_builder_end_object (item);

  node = json_builder_get_root (item);
  json_builder_add_value (builder, g_steal_pointer (&node));
  return TRUE;
}

char *
_px_export_write_claimreview (PxExportData *data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < data->annotations->len; i++)
    add_claim_review (data, g_ptr_array_index (data->annotations, i), builder);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return _px_export_json_to_string (root);
}
