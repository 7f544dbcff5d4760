/* test-export.c: the five export formats and parallax-cli export
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export-fixture.h"

#include "px-dates.h"
#include "px-extract.h"
#include "px-test-util.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* Helpers */

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static GPtrArray *
list_annotations (ExportFixture *fx)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *annotations = px_store_list_annotations (fx->store, fx->story_id, FALSE, &error);

  g_assert_no_error (error);
  return annotations;
}

static PxSourceRecord *
get_source (ExportFixture *fx,
            gint64         source_id)
{
  g_autoptr(GError) error = NULL;
  PxSourceRecord *source = px_store_get_source (fx->store, source_id, &error);

  g_assert_no_error (error);
  return source;
}

static PxSourceVersion *
find_version (ExportFixture *fx,
              gint64         source_id,
              gint64         version_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = px_store_list_source_versions (fx->store, source_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < versions->len; i++)
    {
      PxSourceVersion *version = g_ptr_array_index (versions, i);

      if (version->id == version_id)
        return g_ptr_array_steal_index (versions, i);
    }

  g_assert_not_reached ();
}

static PxComparison *
compare_story (ExportFixture *fx)
{
  g_autoptr(GError) error = NULL;
  PxComparison *comparison = px_export_compare_story (PX_LIBRARY (fx->store), fx->story_id, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static guint
count_missing (PxComparison *comparison)
{
  guint total = 0;

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      guint n_missing;

      px_claim_get_missing (px_comparison_get_claim (comparison, c), &n_missing);
      total += n_missing;
    }

  return total;
}

static guint
count_substrings (const char *text,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* What a rated verdict is worth on the 1 to 5 scale, 0 for no review. */
static gint64
expected_rating (PxVerdict verdict)
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
    default:
      return 0;
    }
}

/* Every string anywhere in @node. */
static void
collect_strings (JsonNode  *node,
                 GPtrArray *strings)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

        for (GList *l = members; l != NULL; l = l->next)
          collect_strings (l->data, strings);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        g_autoptr(GList) elements = json_array_get_elements (json_node_get_array (node));

        for (GList *l = elements; l != NULL; l = l->next)
          collect_strings (l->data, strings);
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (strings, (gpointer) json_node_get_string (node));
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

static void
assert_no_script_urls (JsonNode *root)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  collect_strings (root, strings);
  g_assert_cmpuint (strings->len, >, 0);
  for (guint i = 0; i < strings->len; i++)
    g_assert_false (g_str_has_prefix (g_ptr_array_index (strings, i), "javascript:"));
}

/* "ni:///sha-256;…" back to the hex digest. */
static char *
ni_to_hex (const char *iri)
{
  g_autofree char *base64 = NULL;
  g_autofree guchar *digest = NULL;
  gsize len, n;
  GString *hex = g_string_new (NULL);

  g_assert_true (g_str_has_prefix (iri, "ni:///sha-256;"));
  base64 = g_strdup (iri + strlen ("ni:///sha-256;"));
  g_strdelimit (base64, "-", '+');
  g_strdelimit (base64, "_", '/');
  n = strlen (base64);
  base64 = g_realloc (base64, n + 3);
  while (n % 4 != 0)
    base64[n++] = '=';
  base64[n] = '\0';
  digest = g_base64_decode (base64, &len);
  g_assert_cmpuint (len, ==, 32);
  for (gsize i = 0; i < len; i++)
    g_string_append_printf (hex, "%02x", digest[i]);

  return g_string_free (hex, FALSE);
}

/* W3C Web Annotation */

static JsonObject *
find_body (JsonArray  *bodies,
           const char *purpose)
{
  for (guint i = 0; bodies != NULL && i < json_array_get_length (bodies); i++)
    {
      JsonObject *body = json_array_get_object_element (bodies, i);

      g_assert_cmpstr (json_object_get_string_member (body, "type"), ==, "TextualBody");
      if (g_strcmp0 (json_object_get_string_member (body, "purpose"), purpose) == 0)
        return body;
    }

  return NULL;
}

static void
check_w3c_target (ExportFixture      *fx,
                  JsonObject         *target_json,
                  PxAnnotationTarget *target)
{
  g_autoptr(PxSourceRecord) source = get_source (fx, target->source_id);
  g_autoptr(PxSourceVersion) version = find_version (fx, target->source_id, target->version_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = px_store_get_version_text (fx->store, target->version_id, &error);
  JsonArray *selectors = json_object_get_array_member (target_json, "selector");
  const char *iri = json_object_get_string_member (target_json, "source");
  JsonObject *quote = NULL;
  JsonObject *position = NULL;
  glong length;

  g_assert_no_error (error);
  length = g_utf8_strlen (text, -1);

  if (target->source_id == fx->ledger)
    g_assert_cmpstr (iri, ==, "https://ledger.example/news/harbourside-floods");
  else if (target->source_id == fx->coastline)
    {
      /* No usable URL: the digest of the very version the selectors are on. */
      g_autofree char *hex = ni_to_hex (iri);

      g_assert_cmpstr (hex, ==, version->sha256);
    }
  else
    /* Characters that have no place in an IRI are percent-encoded. */
    g_assert_cmpstr (iri, ==, "https://meridian.example/floods?id=7&ref=%22x%22%3E%3Cscript%3E");

  g_assert_cmpuint (json_array_get_length (selectors), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *selector = json_array_get_object_element (selectors, i);
      const char *type = json_object_get_string_member (selector, "type");

      if (g_str_equal (type, "TextQuoteSelector"))
        quote = selector;
      else if (g_str_equal (type, "TextPositionSelector"))
        position = selector;
    }
  g_assert_nonnull (quote);
  g_assert_nonnull (position);

  /* The offsets point at the quoted words in that version's text. */
  {
    gint64 start = json_object_get_int_member (position, "start");
    gint64 end = json_object_get_int_member (position, "end");
    const char *exact = json_object_get_string_member (quote, "exact");
    const char *prefix = json_object_get_string_member (quote, "prefix");
    const char *suffix = json_object_get_string_member (quote, "suffix");
    g_autofree char *at = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_cmpint (start, >=, 0);
    g_assert_cmpint (start, <, end);
    g_assert_cmpint (end, <=, length);
    at = g_utf8_substring (text, start, end);
    before = g_utf8_substring (text, 0, start);
    after = g_utf8_substring (text, end, length);
    g_assert_cmpstr (exact, ==, target->selector->exact);
    g_assert_cmpstr (at, ==, exact);
    g_assert_true (g_str_has_suffix (before, prefix));
    g_assert_true (g_str_has_prefix (after, suffix));
    g_assert_cmpuint (strlen (prefix) + strlen (suffix), >, 0);
  }

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (target_json, "state"),
                                                  "sourceDate"),
                   ==, version->fetched_at);
}

static void
test_w3c (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *out = export_fixture_export (fx, PX_EXPORT_FORMAT_W3C);
  g_autofree char *again = export_fixture_export (fx, PX_EXPORT_FORMAT_W3C);
  g_autoptr(JsonNode) root = parse_json (out);
  g_autoptr(JsonNode) root_again = parse_json (again);
  g_autoptr(GPtrArray) annotations = list_annotations (fx);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GRegex) urn = g_regex_new ("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                                       0, 0, NULL);
  JsonObject *collection = json_node_get_object (root);
  JsonObject *page;
  JsonArray *items;
  JsonArray *items_again;

  /* A page may embed it in a <script> element without a quote closing it. */
  g_assert_null (strchr (out, '<'));
  assert_no_script_urls (root);

  g_assert_cmpstr (json_object_get_string_member (collection, "@context"), ==, "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_cmpstr (json_object_get_string_member (collection, "label"), ==, EXPORT_FIXTURE_TITLE);
  g_assert_true (g_regex_match (urn, json_object_get_string_member (collection, "id"), 0, NULL));
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, annotations->len);
  g_assert_cmpuint (annotations->len, ==, 7);

  page = json_object_get_object_member (collection, "first");
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  g_assert_cmpint (json_object_get_int_member (page, "startIndex"), ==, 0);
  items = json_object_get_array_member (page, "items");
  items_again = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root_again),
                                                                             "first"),
                                              "items");
  g_assert_cmpuint (json_array_get_length (items), ==, annotations->len);

  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (annotations, i);
      JsonObject *item = json_array_get_object_element (items, i);
      const char *id = json_object_get_string_member (item, "id");
      JsonArray *bodies = json_object_has_member (item, "body") ? json_object_get_array_member (item, "body") : NULL;
      JsonArray *targets = json_object_get_array_member (item, "target");
      JsonObject *creator = json_object_get_object_member (item, "creator");
      JsonObject *assessing = find_body (bodies, "assessing");
      JsonObject *commenting = find_body (bodies, "commenting");
      JsonObject *tagging = find_body (bodies, "tagging");
      const char *motivation = json_object_get_string_member (item, "motivation");
      gboolean has_note = annotation->note != NULL && *annotation->note != '\0';

      g_assert_true (g_regex_match (urn, id, 0, NULL));
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      /* The same annotation keeps its id from one export to the next. */
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items_again, i), "id"), ==, id);

      g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
      g_assert_cmpstr (json_object_get_string_member (item, "created"), ==, annotation->created_at);
      g_assert_cmpstr (json_object_get_string_member (item, "modified"), ==, annotation->updated_at);
      g_assert_cmpstr (json_object_get_string_member (creator, "type"), ==, "Person");
      g_assert_cmpstr (json_object_get_string_member (creator, "name"), ==, EXPORT_FIXTURE_AUTHOR);

      if (annotation->verdict == PX_VERDICT_UNVERIFIED)
        {
          g_assert_null (assessing);
          g_assert_cmpstr (motivation, ==, has_note ? "commenting" : "highlighting");
        }
      else
        {
          g_assert_nonnull (assessing);
          g_assert_cmpstr (json_object_get_string_member (assessing, "value"), ==,
                           px_verdict_to_string (annotation->verdict));
          g_assert_cmpstr (motivation, ==, "assessing");
        }
      if (has_note)
        g_assert_cmpstr (json_object_get_string_member (commenting, "value"), ==, annotation->note);
      else
        g_assert_null (commenting);
      if (annotation->state == PX_ANNOTATION_STATE_OK)
        g_assert_null (tagging);
      else
        g_assert_cmpstr (json_object_get_string_member (tagging, "value"), ==,
                         px_annotation_state_to_string (annotation->state));

      /* One target per passage: a claim has one per member. */
      g_assert_cmpuint (json_array_get_length (targets), ==, annotation->targets->len);
      for (guint t = 0; t < annotation->targets->len; t++)
        check_w3c_target (fx, json_array_get_object_element (targets, t), g_ptr_array_index (annotation->targets, t));

      if (annotation->id == fx->ann_claim)
        g_assert_cmpuint (annotation->targets->len, ==, 3);
      if (annotation->id == fx->ann_opinion)
        {
          /* The quote is from the version before the page changed. */
          g_autoptr(PxSourceRecord) coastline = get_source (fx, fx->coastline);
          PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, 0);

          g_assert_cmpint (annotation->state, ==, PX_ANNOTATION_STATE_NEEDS_REVIEW);
          g_assert_cmpint (target->version_id, !=, coastline->version_id);
          g_assert_null (strstr (coastline->text, target->selector->exact));
        }
    }
}

static void
test_w3c_empty (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autoptr(GError) error = NULL;
  gint64 story = px_store_create_story (fx->store, "Nothing yet", &error);
  g_autofree char *w3c = NULL;
  g_autofree char *claimreview = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) reviews = NULL;

  g_assert_no_error (error);
  w3c = px_export_story (PX_LIBRARY (fx->store), story, PX_EXPORT_FORMAT_W3C, NULL, NULL, &error);
  g_assert_no_error (error);
  root = parse_json (w3c);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "total"), ==, 0);
  /* An empty collection has no pages. */
  g_assert_false (json_object_has_member (json_node_get_object (root), "first"));

  claimreview = px_export_story (PX_LIBRARY (fx->store), story, PX_EXPORT_FORMAT_CLAIMREVIEW, NULL, NULL, &error);
  g_assert_no_error (error);
  reviews = parse_json (claimreview);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (reviews)), ==, 0);

  csv = px_export_story (PX_LIBRARY (fx->store), story, PX_EXPORT_FORMAT_CSV, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_substrings (csv, "\r\n"), ==, 1);
  g_assert_true (g_str_has_prefix (csv, "\"story\","));
}

/* ClaimReview */

static void
test_claimreview (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *out = export_fixture_export (fx, PX_EXPORT_FORMAT_CLAIMREVIEW);
  g_autofree char *w3c = export_fixture_export (fx, PX_EXPORT_FORMAT_W3C);
  g_autoptr(JsonNode) root = parse_json (out);
  g_autoptr(JsonNode) w3c_root = parse_json (w3c);
  g_autoptr(GPtrArray) annotations = list_annotations (fx);
  JsonArray *reviews = json_node_get_array (root);
  JsonArray *items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (w3c_root),
                                                                                  "first"),
                                                   "items");
  guint next = 0;

  g_assert_null (strchr (out, '<'));
  assert_no_script_urls (root);

  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (annotations, i);
      gint64 rating = expected_rating (annotation->verdict);
      JsonObject *review;
      JsonObject *rating_json;
      JsonObject *author;
      JsonObject *claim;
      JsonArray *appearances;
      g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);

      /* Unverified, opinion and dismissed annotations are not reviews. */
      if (rating == 0 || annotation->state == PX_ANNOTATION_STATE_DISMISSED)
        {
          g_assert_true (annotation->id == fx->ann_unverified || annotation->id == fx->ann_opinion
                         || annotation->id == fx->ann_dismissed);
          continue;
        }

      g_assert_cmpuint (next, <, json_array_get_length (reviews));
      review = json_array_get_object_element (reviews, next++);
      g_assert_cmpstr (json_object_get_string_member (review, "@context"), ==, "https://schema.org");
      g_assert_cmpstr (json_object_get_string_member (review, "@type"), ==, "ClaimReview");
      /* The same id as the W3C annotation it comes from. */
      g_assert_cmpstr (json_object_get_string_member (review, "@id"), ==,
                       json_object_get_string_member (json_array_get_object_element (items, i), "id"));
      g_assert_cmpstr (json_object_get_string_member (review, "claimReviewed"), ==,
                       ((PxAnnotationTarget *) g_ptr_array_index (annotation->targets, 0))->selector->exact);
      g_assert_cmpstr (json_object_get_string_member (review, "datePublished"), ==, annotation->created_at);
      g_assert_cmpstr (json_object_get_string_member (review, "reviewBody"), ==, annotation->note);

      rating_json = json_object_get_object_member (review, "reviewRating");
      g_assert_cmpstr (json_object_get_string_member (rating_json, "@type"), ==, "Rating");
      g_assert_cmpint (json_object_get_int_member (rating_json, "ratingValue"), ==, rating);
      g_assert_cmpint (json_object_get_int_member (rating_json, "bestRating"), ==, 5);
      g_assert_cmpint (json_object_get_int_member (rating_json, "worstRating"), ==, 1);
      g_assert_nonnull (json_object_get_string_member (rating_json, "alternateName"));
      if (annotation->verdict == PX_VERDICT_NEEDS_CONTEXT)
        g_assert_cmpstr (json_object_get_string_member (rating_json, "alternateName"), ==, "Needs context");

      author = json_object_get_object_member (review, "author");
      g_assert_cmpstr (json_object_get_string_member (author, "@type"), ==, "Person");
      g_assert_cmpstr (json_object_get_string_member (author, "name"), ==, EXPORT_FIXTURE_AUTHOR);
      g_assert_cmpstr (json_object_get_string_member (author, "url"), ==, "https://checkers.example/dana");

      claim = json_object_get_object_member (review, "itemReviewed");
      g_assert_cmpstr (json_object_get_string_member (claim, "@type"), ==, "Claim");
      appearances = json_object_get_array_member (claim, "appearance");
      for (guint t = 0; t < annotation->targets->len; t++)
        g_hash_table_add (sources, GSIZE_TO_POINTER (((PxAnnotationTarget *) g_ptr_array_index (annotation->targets,
                                                                                              t))->source_id));
      g_assert_cmpuint (json_array_get_length (appearances), ==, g_hash_table_size (sources));
      for (guint a = 0; a < json_array_get_length (appearances); a++)
        {
          JsonObject *appearance = json_array_get_object_element (appearances, a);
          JsonObject *publisher = json_object_get_object_member (appearance, "publisher");
          const char *outlet = json_object_get_string_member (publisher, "name");

          g_assert_cmpstr (json_object_get_string_member (publisher, "@type"), ==, "Organization");
          if (g_str_equal (outlet, "Northern Ledger"))
            {
              g_assert_cmpstr (json_object_get_string_member (appearance, "url"), ==,
                               "https://ledger.example/news/harbourside-floods");
              g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (appearance, "author"),
                                                              "name"),
                               ==, "By Ann \"Annie\" Reyes");
              /* the page's own last change, as it stated it */
              g_assert_cmpstr (json_object_get_string_member (appearance, "dateModified"), ==,
                               EXPORT_FIXTURE_LEDGER_UPDATED);
            }
          else if (g_str_equal (outlet, "Coastline Radio"))
            /* Its URL is javascript:, which is no place a claim appeared. */
            g_assert_false (json_object_has_member (appearance, "url"));
          else
            g_assert_cmpstr (outlet, ==, "Daily Meridian");
          /* a page that said nothing of a change says nothing */
          if (!g_str_equal (outlet, "Northern Ledger"))
            g_assert_false (json_object_has_member (appearance, "dateModified"));
        }
    }

  /* false, misleading (the claim), accurate, needs context */
  g_assert_cmpuint (next, ==, 4);
  g_assert_cmpuint (json_array_get_length (reviews), ==, 4);
}

/* CSV */

/* A strict RFC 4180 reader for what the export writes: every field
 * quoted, records ended by CRLF.
 */
static GPtrArray *
read_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = csv;

  while (*p != '\0')
    {
      GString *field = g_string_new (NULL);

      g_assert_cmpint (*p, ==, '"');
      for (p++;; p++)
        {
          g_assert_cmpint (*p, !=, '\0');
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            break;
          else
            g_string_append_c (field, *p);
        }
      p++;
      g_ptr_array_add (fields, g_string_free (field, FALSE));

      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
        }
    }
  g_assert_cmpuint (fields->len, ==, 0);

  return rows;
}

static void
test_csv (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *out = export_fixture_export (fx, PX_EXPORT_FORMAT_CSV);
  g_autoptr(GPtrArray) rows = read_csv (out);
  g_autoptr(GPtrArray) annotations = list_annotations (fx);
  const char * const header[] = { "story", "annotation", "outlet", "url", "quote", "start", "end",
                                  "verdict", "note", "state", "created", "modified", "author", "reviewed_by",
                                  "furniture", NULL };
  guint row = 1;

  g_assert_cmpstrv (g_ptr_array_index (rows, 0), header);

  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (annotations, i);

      for (guint t = 0; t < annotation->targets->len; t++)
        {
          PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);
          g_autoptr(PxSourceRecord) source = get_source (fx, target->source_id);
          char **fields;
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, annotation->id);
          g_autofree char *start = g_strdup_printf ("%u", target->selector->start);
          const char *note = annotation->note != NULL ? annotation->note : "";
          const char *state;

          g_assert_cmpuint (row, <, rows->len);
          fields = g_ptr_array_index (rows, row++);
          g_assert_cmpuint (g_strv_length (fields), ==, G_N_ELEMENTS (header) - 1);

          g_assert_cmpstr (fields[0], ==, EXPORT_FIXTURE_TITLE);
          g_assert_cmpstr (fields[1], ==, id);
          g_assert_cmpstr (fields[2], ==, source->outlet);
          if (target->source_id == fx->ledger)
            g_assert_cmpstr (fields[3], ==, source->url);
          g_assert_false (g_str_has_prefix (fields[3], "javascript:"));
          g_assert_cmpstr (fields[4], ==, target->selector->exact);
          g_assert_cmpstr (fields[5], ==, start);
          g_assert_cmpstr (fields[7], ==, px_verdict_to_string (annotation->verdict));

          /* A note a spreadsheet would run as a formula starts with an apostrophe. */
          if (*note != '\0' && strchr ("=+-@\t\r", *note) != NULL)
            {
              g_assert_cmpint (fields[8][0], ==, '\'');
              g_assert_cmpstr (fields[8] + 1, ==, note);
            }
          else
            g_assert_cmpstr (fields[8], ==, note);

          if (annotation->state == PX_ANNOTATION_STATE_DISMISSED)
            state = "dismissed";
          else
            state = px_annotation_state_to_string (target->state);
          g_assert_cmpstr (fields[9], ==, state);
          g_assert_cmpstr (fields[10], ==, annotation->created_at);
          g_assert_cmpstr (fields[11], ==, annotation->updated_at);
          /* No date line here; a passage on an older version: not known. */
          g_assert_cmpstr (fields[14], ==, target->version_id == source->version_id ? "false" : "");

          /* Whatever the field, nothing starts like a formula. */
          for (guint f = 0; fields[f] != NULL; f++)
            g_assert_false (fields[f][0] != '\0' && strchr ("=+-@\t\r", fields[f][0]) != NULL);
        }
    }
  /* 7 annotations, the claim on 3 sources: 9 rows and the header. */
  g_assert_cmpuint (row, ==, rows->len);
  g_assert_cmpuint (rows->len, ==, 10);

  /* The hostile note went through whole: quotes, commas, a line break. */
  g_assert_nonnull (strstr (out, "\"He said \"\"no\"\", then, later:\n<script>"));
  g_assert_nonnull (strstr (out, "\"'=1+2, \"\"quoted\"\", and, commas\""));
}

/* Markdown */

static void
test_markdown (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *out = export_fixture_export (fx, PX_EXPORT_FORMAT_MARKDOWN);
  g_autoptr(PxComparison) comparison = compare_story (fx);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_sources = px_comparison_get_n_sources (comparison);
  guint n_claims = px_comparison_get_n_claims (comparison);
  guint table_start = 0, table_rows = 0, missing = 0;

  g_assert_cmpuint (n_sources, ==, 3);
  g_assert_cmpuint (n_claims, >, 0);

  g_assert_cmpstr (lines[0], ==, "# Harbourside floods \\<img src=x onerror=alert(1)\\> \\& \"340\" vs 'about 200'");
  g_assert_true (g_strv_contains ((const char * const *) lines, "## Sources"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "### 1. Northern Ledger"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "### 2. Daily Meridian"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "### 3. Coastline Radio"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "## Claims"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "### All claims side by side"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "## Annotations"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "- **URL**: [https\\://ledger.example/news/harbourside-floods]"
                                  "(<https://ledger.example/news/harbourside-floods>)"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "- **Title**: Floods force 340 from homes \\</title\\>\\<script\\>alert(2)\\</script\\>"));
  /* The Ledger's own statement of its last change, once: the others made none. */
  g_assert_true (g_strv_contains ((const char * const *) lines, "- **Updated**: " EXPORT_FIXTURE_LEDGER_UPDATED));
  g_assert_cmpuint (count_substrings (out, "- **Updated**:"), ==, 1);

  /* The note as a block quote, its line break kept, its markup inert. */
  g_assert_true (g_strv_contains ((const char * const *) lines, "> He said \"no\", then, later:  "));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "> \\<script\\>alert('x')\\</script\\> =HYPERLINK(\"http\\://evil.example/\","
                                  "\"click\") \\& more"));
  /* A note starting with "-" is not a list item. */
  g_assert_true (g_strv_contains ((const char * const *) lines, "> \\-minus first"));

  /* No raw "<" outside the link syntax. */
  for (const char *p = strchr (out, '<'); p != NULL; p = strchr (p + 1, '<'))
    g_assert_true (p[-1] == '\\' || (p - out >= 2 && strncmp (p - 2, "](<", 3) == 0));
  g_assert_null (strstr (out, "javascript:"));

  /* The aligned table: a header, a rule, one row per claim, a column per outlet. */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], "| Claim | Northern Ledger | Daily Meridian | Coastline Radio |"))
      table_start = i;
  g_assert_cmpuint (table_start, >, 0);
  g_assert_cmpstr (lines[table_start + 1], ==, "| --- | --- | --- | --- |");
  for (guint i = table_start + 2; lines[i] != NULL && g_str_has_prefix (lines[i], "| "); i++)
    {
      guint pipes = 0;

      for (const char *p = lines[i]; *p != '\0'; p++)
        if (*p == '|' && (p == lines[i] || p[-1] != '\\'))
          pipes++;
      g_assert_cmpuint (pipes, ==, n_sources + 2);
      missing += count_substrings (lines[i], "*not reported*");
      table_rows++;
    }
  g_assert_cmpuint (table_rows, ==, n_claims);
  g_assert_cmpuint (missing, ==, count_missing (comparison));
}

/* HTML, as a parser sees it */

typedef struct
{
  guint n_elements;
  guint n_links;
  GPtrArray *forbidden;
  GPtrArray *fragments; /* hrefs "#…" within the report */
  GHashTable *ids;
} HtmlScan;

static void
scan_html (xmlNode  *node,
           HtmlScan *scan)
{
  static const char * const forbidden[] = {
    "script", "iframe", "frame", "frameset", "object", "embed", "img", "link", "base", "form",
    "input", "video", "audio", "source", "svg", "math", "applet", "picture", NULL
  };

  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      scan->n_elements++;
      if (g_strv_contains (forbidden, (const char *) node->name))
        g_ptr_array_add (scan->forbidden, g_strdup ((const char *) node->name));

      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        {
          const char *name = (const char *) attr->name;
          g_autofree char *value = (char *) xmlNodeGetContent ((xmlNode *) attr);

          if (g_ascii_strncasecmp (name, "on", 2) == 0 || g_str_equal (name, "src")
              || g_str_equal (name, "srcset") || g_str_equal (name, "style") || g_str_equal (name, "action"))
            g_ptr_array_add (scan->forbidden, g_strdup_printf ("%s@%s", node->name, name));
          if (g_str_equal (name, "id"))
            g_hash_table_add (scan->ids, g_strdup (value));
          if (g_str_equal (name, "href") && value[0] == '#')
            {
              g_assert_cmpstr ((const char *) node->name, ==, "a");
              g_ptr_array_add (scan->fragments, g_strdup (value + 1));
            }
          else if (g_str_equal (name, "href"))
            {
              /* Links to the articles only, followed only when clicked. */
              g_assert_cmpstr ((const char *) node->name, ==, "a");
              g_assert_true (g_str_has_prefix (value, "https://") || g_str_has_prefix (value, "http://"));
              g_assert_true (g_uri_is_valid (value, G_URI_FLAGS_NONE, NULL));
              scan->n_links++;
            }
        }

      scan_html (node->children, scan);
    }
}

static GPtrArray *
find_elements (xmlNode    *node,
               const char *name,
               const char *class_name,
               GPtrArray  *found)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal ((const char *) node->name, name))
        {
          g_autofree char *classes = (char *) xmlGetProp (node, (const xmlChar *) "class");
          g_auto(GStrv) list = g_strsplit (classes != NULL ? classes : "", " ", -1);

          if (class_name == NULL || g_strv_contains ((const char * const *) list, class_name))
            g_ptr_array_add (found, node);
        }
      find_elements (node->children, name, class_name, found);
    }

  return found;
}

static char *
text_of (xmlNode *node)
{
  return (char *) xmlNodeGetContent (node);
}

static gboolean
any_text_equals (GPtrArray  *nodes,
                 const char *text)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      g_autofree char *content = text_of (g_ptr_array_index (nodes, i));

      if (g_str_equal (content, text))
        return TRUE;
    }

  return FALSE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* What both report formats must show once rendered: @root is the HTML
 * export, or the Markdown export as a CommonMark renderer turns it into
 * HTML (with raw HTML allowed through, so unescaped markup would show).
 */
/* How sure Parallax is of a difference, as a report says it after the
 * difference (the window's tooltip: confident at 0.8, fairly sure at 0.5). */
static const char *
certainty_words (PxDifference *difference)
{
  double confidence = px_difference_get_confidence (difference);

  return confidence >= 0.8 ? "Parallax is confident" : confidence >= 0.5 ? "Parallax is fairly sure" : "less certain";
}

static void
check_report_dom (xmlNode       *root,
                  PxComparison  *comparison,
                  const char    *missing_tag,
                  gboolean       has_ids)
{
  g_autoptr(GPtrArray) forbidden = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) fragments = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  HtmlScan scan = { 0, 0, forbidden, fragments, ids };
  guint n_shared = 0;
  g_autoptr(GPtrArray) h1 = g_ptr_array_new ();
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GString) note = g_string_new (EXPORT_FIXTURE_NOTE_HOSTILE);
  gboolean note_found = FALSE;
  guint n_missing = 0;

  scan_html (root, &scan);
  g_assert_cmpuint (scan.n_elements, >, 50);
  for (guint i = 0; i < forbidden->len; i++)
    g_test_message ("forbidden: %s", (char *) g_ptr_array_index (forbidden, i));
  g_assert_cmpuint (forbidden->len, ==, 0);
  /* Ledger's URL at least; the javascript: URL is never a link. */
  g_assert_cmpuint (scan.n_links, >=, 1);

  /* Each difference and each shared claim's row links to the claim's section. */
  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      guint n_sources;

      px_claim_get_sources (px_comparison_get_claim (comparison, c), &n_sources);
      n_shared += n_sources > 1;
    }
  g_assert_cmpuint (fragments->len, ==, px_comparison_get_n_differences (comparison) + n_shared);
  for (guint i = 0; has_ids && i < fragments->len; i++)
    g_assert_true (g_hash_table_contains (ids, g_ptr_array_index (fragments, i)));

  find_elements (root, "h1", NULL, h1);
  g_assert_cmpuint (h1->len, ==, 1);
  g_assert_true (any_text_equals (h1, EXPORT_FIXTURE_TITLE));

  /* The hostile note arrives as text, whole (its line break a <br>). */
  g_string_replace (note, "\n", "", 0);
  find_elements (root, "blockquote", NULL, quotes);
  for (guint i = 0; i < quotes->len; i++)
    {
      g_autofree char *text = text_of (quotes->pdata[i]);
      g_autoptr(GString) flat = g_string_new (g_strstrip (text));

      g_string_replace (flat, "\n", "", 0);
      note_found |= g_str_equal (flat->str, note->str);
    }
  g_assert_true (note_found);

  /* The claims table: one row per claim, a cell per outlet. */
  find_elements (root, "table", NULL, tables);
  g_assert_cmpuint (tables->len, ==, 1);
  find_elements (tables->pdata[0], "tr", NULL, rows);
  g_assert_cmpuint (rows->len, ==, px_comparison_get_n_claims (comparison) + 1);
  for (guint r = 0; r < rows->len; r++)
    {
      guint cells = 0;

      for (xmlNode *cell = ((xmlNode *) rows->pdata[r])->children; cell != NULL; cell = cell->next)
        if (cell->type == XML_ELEMENT_NODE)
          cells++;
      g_assert_cmpuint (cells, ==, px_comparison_get_n_sources (comparison) + 1);
    }
  find_elements (tables->pdata[0], missing_tag, NULL, missing);
  for (guint i = 0; i < missing->len; i++)
    {
      g_autofree char *text = text_of (missing->pdata[i]);

      n_missing += g_str_equal (text, "not reported");
    }
  g_assert_cmpuint (n_missing, ==, count_missing (comparison));

  /* Every difference, with its kind and summary. */
  find_elements (root, "li", NULL, items);
  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        {
          PxDifference *difference = px_claim_get_difference (claim, d);
          g_autofree char *line = g_strdup_printf ("%s %s (claim %u) — %s",
                                                   px_difference_kind_to_string (px_difference_get_kind (difference)),
                                                   px_difference_get_summary (difference), c + 1,
                                                   certainty_words (difference));

          g_assert_true (any_text_equals (items, line));
        }
    }
  /* 340 against about 200: the fixture has a number difference to show. */
  g_assert_cmpuint (px_comparison_get_n_differences (comparison), >, 0);
}

static xmlDoc *
parse_html (const char *html)
{
  xmlDoc *doc = htmlReadMemory (html, strlen (html), NULL, "utf-8",
                                HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static void
test_html (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *out = export_fixture_export (fx, PX_EXPORT_FORMAT_HTML);
  g_autoptr(PxComparison) comparison = compare_story (fx);
  g_autoptr(xmlDoc) doc = parse_html (out);
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GPtrArray) metas = g_ptr_array_new ();
  g_autoptr(GPtrArray) dds = g_ptr_array_new ();
  g_autofree char *title = NULL;
  g_autofree char *expected_title = g_strconcat (EXPORT_FIXTURE_TITLE, " — Parallax report", NULL);
  gboolean csp = FALSE;

  g_assert_true (g_str_has_prefix (out, "<!DOCTYPE html>\n"));
  g_assert_null (strstr (out, "javascript:"));
  check_report_dom (root, comparison, "span", TRUE);

  find_elements (root, "title", NULL, titles);
  g_assert_cmpuint (titles->len, ==, 1);
  title = text_of (titles->pdata[0]);
  g_assert_cmpstr (title, ==, expected_title);

  /* Even markup that slipped through could neither run nor load. */
  find_elements (root, "meta", NULL, metas);
  for (guint i = 0; i < metas->len; i++)
    {
      g_autofree char *equiv = (char *) xmlGetProp (metas->pdata[i], (const xmlChar *) "http-equiv");
      g_autofree char *content = (char *) xmlGetProp (metas->pdata[i], (const xmlChar *) "content");

      if (equiv != NULL && g_ascii_strcasecmp (equiv, "Content-Security-Policy") == 0)
        csp = g_str_has_prefix (content, "default-src 'none'");
    }
  g_assert_true (csp);

  find_elements (root, "dd", NULL, dds);
  g_assert_true (any_text_equals (dds, "Floods force 340 from homes </title><script>alert(2)</script>"));
  g_assert_true (any_text_equals (dds, "By Ann \"Annie\" Reyes"));
}

/* Slot links: a story of the three reports of tests/fixtures/linked, whose
 * comparison has one difference between sentences of two claims. The
 * fixture keeps the link away from the similarity's fitted weights: the
 * sentence that gives the time served ("he began work at his brother's
 * bakery ... after serving more than two years") shares only its verb with
 * the other reports' ("Okafor served nine months in the state prison"), so
 * no refit puts the two in one claim, and those two are word for word
 * alike, so every refit keeps them together.
 */
typedef struct
{
  char *dir;
  PxStore *store;
  gint64 story_id;
} LinkedStory;

static void
linked_story_free (LinkedStory *self)
{
  px_store_close (self->store, NULL);
  g_object_unref (self->store);
  g_free (self->dir);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LinkedStory, linked_story_free)

static LinkedStory *
linked_story_new (void)
{
  static const char * const names[] = { "harbour-gazette.txt", "northern-post.txt", "valley-times.txt" };
  LinkedStory *self = g_new0 (LinkedStory, 1);
  g_autofree char *db = NULL;
  g_autoptr(GError) error = NULL;

  self->dir = px_test_make_temp_dir ("px-export-linked-XXXXXX");
  db = g_build_filename (self->dir, "parallax.db", NULL);
  self->store = px_store_open (db, &error);
  g_assert_no_error (error);
  self->story_id = px_store_create_story (self->store, "Okafor released", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "linked", names[i], NULL);
      g_autofree char *data = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PxSnapshot) snapshot = NULL;
      g_autoptr(PxArticle) article = NULL;
      gsize len;

      g_file_get_contents (path, &data, &len, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (g_steal_pointer (&data), len);
      snapshot = px_snapshot_new (bytes, NULL, "text/plain", "utf-8");
      article = px_extract_snapshot (names[i], snapshot, &error);
      g_assert_no_error (error);
      g_assert_cmpint (px_store_add_source (self->store, self->story_id, article, snapshot, &error), >, 0);
      g_assert_no_error (error);
    }

  return self;
}

static char *
linked_story_export (LinkedStory    *self,
                     PxExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  char *out = px_export_story (PX_LIBRARY (self->store), self->story_id, format, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (out);
  return out;
}

/* Each slot link as the reports must show it: "kind summary (claims a and b)",
 * with @summary_of giving the summary as the format writes it.
 */
static GPtrArray *
linked_lines (LinkedStory *self,
              gboolean     markdown)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_export_compare_story (PX_LIBRARY (self->store), self->story_id,
                                                                NULL, &error);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_linked_differences (claim); d++)
        {
          PxDifference *difference = px_claim_get_linked_difference (claim, d);
          guint n_spans, other = c;
          const PxTextSpan *spans = px_difference_get_spans (difference, &n_spans);

          for (guint i = 0; i < n_spans; i++)
            if (px_comparison_get_sentence_claim (comparison, spans[i].source, spans[i].sentence) != c)
              other = px_comparison_get_sentence_claim (comparison, spans[i].source, spans[i].sentence);
          g_assert_cmpuint (other, >, c);
          g_ptr_array_add (lines, g_strdup_printf (markdown ? "- %s %s (claims %u and %u) — %s"
                                                            : "%s %s (claims %u and %u) — %s",
                                                   px_difference_kind_to_string (px_difference_get_kind (difference)),
                                                   px_difference_get_summary (difference), c + 1, other + 1,
                                                   certainty_words (difference)));
        }
    }

  return lines;
}

/* The Markdown report lists each slot link under "Differences between
 * claims", after the claims' own differences, with both claims' numbers.
 */
static void
test_markdown_linked (void)
{
  g_autoptr(LinkedStory) story = linked_story_new ();
  g_autofree char *out = linked_story_export (story, PX_EXPORT_FORMAT_MARKDOWN);
  g_autoptr(GPtrArray) expected = linked_lines (story, TRUE);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint heading = 0, differences = 0, claims = 0, found = 0;

  g_assert_cmpuint (expected->len, ==, 1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "### Differences"))
        differences = i;
      else if (g_str_equal (lines[i], "### Differences between claims"))
        heading = i;
      else if (g_str_equal (lines[i], "### Claims carried by more than one outlet"))
        claims = i;
    }
  g_assert_cmpuint (differences, >, 0);
  g_assert_cmpuint (heading, >, differences);
  g_assert_cmpuint (claims, >, heading);

  /* Each link once in the section, its words as the page has them
   * (Markdown escapes aside), its claims linked to their sections when
   * they have one. */
  for (guint i = heading + 1; i < claims; i++)
    {
      g_autoptr(GString) plain = NULL;

      if (!g_str_has_prefix (lines[i], "- "))
        continue;
      plain = g_string_new (lines[i]);
      /* "[4](<#claim-4>)" -> "4"; "**number**" -> "number"; "\." -> "." */
      for (char *p = strstr (plain->str, "](<#claim-"); p != NULL; p = strstr (plain->str, "](<#claim-"))
        {
          char *open = p;
          char *close = strchr (p, ')');

          while (open > plain->str && *open != '[')
            open--;
          g_string_erase (plain, p - plain->str, close - p + 1);
          g_string_erase (plain, open - plain->str, 1);
        }
      g_string_replace (plain, "**", "", 0);
      for (char *p = strchr (plain->str, '\\'); p != NULL; p = strchr (p + 1, '\\'))
        g_string_erase (plain, p - plain->str, 1);
      for (guint e = 0; e < expected->len; e++)
        found += g_str_equal (plain->str, g_ptr_array_index (expected, e));
    }
  g_assert_cmpuint (found, ==, expected->len);
}

/* The HTML report (also what is printed) lists them the same way. */
static void
test_html_linked (void)
{
  g_autoptr(LinkedStory) story = linked_story_new ();
  g_autofree char *out = linked_story_export (story, PX_EXPORT_FORMAT_HTML);
  g_autoptr(GPtrArray) expected = linked_lines (story, FALSE);
  g_autoptr(xmlDoc) doc = parse_html (out);
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  xmlNode *list = NULL;
  guint n_items = 0;

  g_assert_cmpuint (expected->len, ==, 1);
  find_elements (xmlDocGetRootElement (doc), "h3", NULL, headings);
  for (guint i = 0; i < headings->len; i++)
    {
      g_autofree char *text = text_of (headings->pdata[i]);

      if (g_str_equal (text, "Differences between claims"))
        list = xmlNextElementSibling (headings->pdata[i]);
    }
  g_assert_nonnull (list);
  g_assert_cmpstr ((const char *) list->name, ==, "ul");
  for (xmlNode *item = xmlFirstElementChild (list); item != NULL; item = xmlNextElementSibling (item))
    {
      g_autofree char *text = text_of (item);

      g_assert_true (g_ptr_array_find_with_equal_func (expected, text, g_str_equal, NULL));
      n_items++;
    }
  g_assert_cmpuint (n_items, ==, expected->len);
}

/* The Markdown through a real CommonMark renderer (GitHub's, with tables). */
static void
test_markdown_rendered (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *markdown = export_fixture_export (fx, PX_EXPORT_FORMAT_MARKDOWN);
  g_autofree char *md_path = g_build_filename (fx->dir, "report.md", NULL);
  g_autoptr(PxComparison) comparison = compare_story (fx);
  const char *argv[] = { "cmark-gfm", "--extension", "table", "--unsafe", md_path, NULL };
  g_autofree char *html = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  int status = 0;

  g_assert_true (g_file_set_contents (md_path, markdown, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &html, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  doc = parse_html (html);
  /* cmark-gfm gives headings no ids; GitHub's own renderer does. */
  check_report_dom (xmlDocGetRootElement (doc), comparison, "em", FALSE);

  find_elements (xmlDocGetRootElement (doc), "li", NULL, items);
  g_assert_true (any_text_equals (items, "Title: Floods force 340 from homes </title><script>alert(2)</script>"));
  g_assert_true (any_text_equals (items, "Byline: By Ann \"Annie\" Reyes"));
  g_unlink (md_path);
}

/* A source removed from the story takes its passages with it: the other
 * outlets' passages of a claim stay, and no export names the source.
 */
static void
test_source_removed (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *w3c = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  JsonArray *items;
  guint targets = 0;

  g_assert_true (px_store_delete_source (fx->store, fx->meridian, &error));
  g_assert_no_error (error);
  annotations = list_annotations (fx);
  for (guint i = 0; i < annotations->len; i++)
    targets += ((PxAnnotation *) g_ptr_array_index (annotations, i))->targets->len;

  w3c = export_fixture_export (fx, PX_EXPORT_FORMAT_W3C);
  root = parse_json (w3c);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "total"), ==, annotations->len);
  items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"),
                                        "items");
  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (annotations, i);
      JsonArray *target_json = json_object_get_array_member (json_array_get_object_element (items, i), "target");

      g_assert_cmpuint (json_array_get_length (target_json), ==, annotation->targets->len);
      if (annotation->id == fx->ann_claim)
        g_assert_cmpuint (annotation->targets->len, ==, 2);
    }
  g_assert_null (strstr (w3c, "meridian.example"));

  csv = export_fixture_export (fx, PX_EXPORT_FORMAT_CSV);
  rows = read_csv (csv);
  g_assert_cmpuint (rows->len, ==, targets + 1);
  g_assert_null (strstr (csv, "Daily Meridian"));

  markdown = export_fixture_export (fx, PX_EXPORT_FORMAT_MARKDOWN);
  g_assert_null (strstr (markdown, "Daily Meridian"));
}

/* A story that cannot be compared is still reported, and says why. */
static void
test_report_without_comparison (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autoptr(GError) error = NULL;
  gint64 story = px_store_create_story (fx->store, "One source", &error);
  g_autoptr(PxArticle) article = px_extract_plain_text ("one.txt", "A single report.", 16, &error);
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;
  g_autofree char *empty = NULL;

  g_assert_no_error (error);
  px_store_add_source (fx->store, story, article, NULL, &error);
  g_assert_no_error (error);

  markdown = px_export_story (PX_LIBRARY (fx->store), story, PX_EXPORT_FORMAT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (markdown, "The sources could not be compared: "));
  g_assert_null (strstr (markdown, "side by side"));
  g_assert_nonnull (strstr (markdown, "\nNo annotations.\n"));

  html = px_export_story (PX_LIBRARY (fx->store), story, PX_EXPORT_FORMAT_HTML, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, "The sources could not be compared: "));
  g_assert_null (strstr (html, "<table"));

  story = px_store_create_story (fx->store, "Empty", &error);
  g_assert_no_error (error);
  empty = px_export_story (PX_LIBRARY (fx->store), story, PX_EXPORT_FORMAT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (empty, "The story has no sources yet."));
}

/* A story of two plain texts, one with a date line, each annotated once. */
static gint64
add_text_source (PxStore    *store,
                 gint64      story_id,
                 const char *input,
                 const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(PxSnapshot) snapshot = px_snapshot_new (bytes, NULL, "text/plain", "utf-8");
  g_autoptr(PxArticle) article = px_extract_snapshot (input, snapshot, &error);
  gint64 id;

  g_assert_no_error (error);
  id = px_store_add_source (store, story_id, article, snapshot, &error);
  g_assert_no_error (error);
  return id;
}

/* A date line one report carries is no claim of that outlet alone: the
 * report heads it as what it is and leaves it out of the counts of claims;
 * an annotation on it is marked "furniture" in the W3C export and the CSV.
 */
static void
test_furniture (void)
{
  const char *shared = "Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after three "
                       "weeks of repairs, the council said.\n\n";
  g_autofree char *dated_text = g_strconcat (shared, "Sunday, July 21, 2013\n\nTraffic was light in the morning.\n",
                                             NULL);
  g_autofree char *plain_text = g_strconcat (shared, "Traffic was light in the morning.\nCyclists used the new lane.\n",
                                             NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = px_test_make_temp_dir ("px-export-furniture-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "furniture.db", NULL);
  g_autoptr(PxStore) store = px_store_open (path, &error);
  gint64 story_id, dated, plain, on_date, on_claim;
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;
  g_autofree char *w3c = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  JsonArray *items;
  guint n_marked = 0;

  g_assert_no_error (error);
  story_id = px_store_create_story (store, "Bridge", &error);
  g_assert_no_error (error);
  dated = add_text_source (store, story_id, "dated.txt", dated_text);
  plain = add_text_source (store, story_id, "plain.txt", plain_text);
  on_date = px_test_annotate_quote (store, story_id, dated, "Sunday, July 21, 2013", PX_VERDICT_FALSE,
                                    "The bridge reopened in 2014.");
  on_claim = px_test_annotate_quote (store, story_id, plain, "Cyclists used the new lane.", PX_VERDICT_ACCURATE,
                                     NULL);

  markdown = px_export_story (PX_LIBRARY (store), story_id, PX_EXPORT_FORMAT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  /* the lane is the one claim of one outlet alone; the date line is no claim */
  g_assert_nonnull (strstr (markdown, "by one source only; 1 date line or byline, not a claim; "));
  g_assert_nonnull (strstr (markdown, " by some of them, 1 by one source only;"));
  g_assert_nonnull (strstr (markdown, "*a date line or byline, not a claim*"));
  g_assert_null (strstr (markdown, "Sunday, July 21, 2013 | *not reported*"));
  g_assert_cmpuint (count_substrings (markdown, "*not reported*"), ==, 1);

  html = px_export_story (PX_LIBRARY (store), story_id, PX_EXPORT_FORMAT_HTML, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, "1 date line or byline, not a claim;"));
  g_assert_nonnull (strstr (html, "a date line or byline, not a claim"));

  w3c = px_export_story (PX_LIBRARY (store), story_id, PX_EXPORT_FORMAT_W3C, NULL, NULL, &error);
  g_assert_no_error (error);
  root = parse_json (w3c);
  items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"),
                                        "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonArray *targets = json_object_get_array_member (json_array_get_object_element (items, i), "target");
      JsonObject *target = json_array_get_object_element (targets, 0);
      JsonArray *selectors = json_object_get_array_member (target, "selector");
      const char *exact = json_object_get_string_member (json_array_get_object_element (selectors, 0), "exact");

      if (g_str_equal (exact, "Sunday, July 21, 2013"))
        {
          g_assert_true (json_object_get_boolean_member (target, "furniture"));
          n_marked++;
        }
      else
        g_assert_false (json_object_has_member (target, "furniture"));
    }
  g_assert_cmpuint (n_marked, ==, 1);

  csv = px_export_story (PX_LIBRARY (store), story_id, PX_EXPORT_FORMAT_CSV, NULL, NULL, &error);
  g_assert_no_error (error);
  rows = read_csv (csv);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint r = 1; r < rows->len; r++)
    {
      char **fields = g_ptr_array_index (rows, r);
      g_autofree char *date_id = g_strdup_printf ("%" G_GINT64_FORMAT, on_date);
      g_autofree char *claim_id = g_strdup_printf ("%" G_GINT64_FORMAT, on_claim);

      g_assert_cmpstr (fields[0], ==, "Bridge");
      if (g_str_equal (fields[1], date_id))
        g_assert_cmpstr (fields[14], ==, "true");
      else
        {
          g_assert_cmpstr (fields[1], ==, claim_id);
          g_assert_cmpstr (fields[14], ==, "false");
        }
    }

  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);
}

/* Two sources of one name are told apart in a report as in the window:
 * two report.txt from two folders are "a/report" and "b/report" (they had
 * been "report", "report (2)"; "Carried by report and report" had said
 * nothing). ClaimReview names the publisher as it is, without a folder or
 * a number.
 */
static void
test_same_outlet (void)
{
  const char *text = "Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after three "
                     "weeks of repairs, the council said.\n\nTraffic was light in the morning.\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = px_test_make_temp_dir ("px-export-same-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "same.db", NULL);
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autofree char *first = g_build_filename (dir, "a", "report.txt", NULL);
  g_autofree char *second = g_build_filename (dir, "b", "report.txt", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *claimreview = NULL;
  gint64 story_id, source;

  g_assert_no_error (error);
  story_id = px_store_create_story (store, "Bridge", &error);
  g_assert_no_error (error);
  add_text_source (store, story_id, first, text);
  source = add_text_source (store, story_id, second, text);
  px_test_annotate_quote (store, story_id, source, "Traffic was light in the morning.", PX_VERDICT_ACCURATE, NULL);

  markdown = px_export_story (PX_LIBRARY (store), story_id, PX_EXPORT_FORMAT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (markdown, "### 1. a/report\n"));
  g_assert_nonnull (strstr (markdown, "### 2. b/report\n"));
  g_assert_nonnull (strstr (markdown, "a/report and b/report"));
  g_assert_null (strstr (markdown, "report and report;"));
  g_assert_null (strstr (markdown, "report (2)"));

  claimreview = px_export_story (PX_LIBRARY (store), story_id, PX_EXPORT_FORMAT_CLAIMREVIEW, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (claimreview, "\"report\""));
  g_assert_null (strstr (claimreview, "report (2)"));
  g_assert_null (strstr (claimreview, "\"b/report\""));

  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);
}

/* A team library's row may hold anything as a source's dates: each export
 * carries them on one line, inert and cut as the column header shows them
 * (a 1 MB value had made a report of over 1 MB), and ClaimReview writes
 * only what is an ISO 8601 date.
 */
static void
test_hostile_dates (void)
{
  const char *text = "Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after three "
                     "weeks of repairs, the council said.\n\nTraffic was light in the morning.\n";
  const PxExportFormat formats[] = { PX_EXPORT_FORMAT_MARKDOWN, PX_EXPORT_FORMAT_HTML,
                                     PX_EXPORT_FORMAT_CLAIMREVIEW, PX_EXPORT_FORMAT_W3C };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = px_test_make_temp_dir ("px-export-dates-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "dates.db", NULL);
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(GString) hostile = g_string_new ("2026-03-05\x1b]0;owned\x07\r\n<script>");
  g_autofree char *dated = g_build_filename (dir, "a", "report.txt", NULL);
  g_autofree char *other = g_build_filename (dir, "b", "report.txt", NULL);
  gint64 story_id, source;

  g_assert_no_error (error);
  while (hostile->len < 1024 * 1024)
    g_string_append (hostile, "\x1b[2J\x01 spoof ");
  story_id = px_store_create_story (store, "Bridge", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(PxSnapshot) snapshot = px_snapshot_new (bytes, NULL, "text/plain", "utf-8");
    g_autoptr(PxArticle) article = px_extract_snapshot (dated, snapshot, &error);

    g_assert_no_error (error);
    g_free (article->published);
    article->published = g_strdup (hostile->str);
    g_free (article->updated);
    article->updated = g_strdup (hostile->str);
    source = px_store_add_source (store, story_id, article, snapshot, &error);
    g_assert_no_error (error);
  }
  add_text_source (store, story_id, other, text);
  px_test_annotate_quote (store, story_id, source, "Traffic was light in the morning.", PX_VERDICT_ACCURATE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *out = px_export_story (PX_LIBRARY (store), story_id, formats[i], NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (strlen (out), <, 64 * 1024);
      g_assert_null (strchr (out, '\x1b'));
      g_assert_null (strchr (out, '\x07'));
      g_assert_null (strstr (out, "<script>"));
      g_assert_null (strstr (out, "spoof spoof spoof spoof spoof spoof spoof spoof spoof spoof"));
      if (formats[i] == PX_EXPORT_FORMAT_MARKDOWN)
        g_assert_nonnull (strstr (out, "2026-03-05"));
      if (formats[i] == PX_EXPORT_FORMAT_CLAIMREVIEW)
        {
          g_autoptr(JsonNode) root = parse_json (out);
          JsonObject *review = json_array_get_object_element (json_node_get_array (root), 0);
          JsonObject *claim = json_object_get_object_member (review, "itemReviewed");
          JsonObject *appearance = json_array_get_object_element (json_object_get_array_member (claim, "appearance"), 0);

          /* no date that is not ISO 8601 */
          g_assert_false (json_object_has_member (appearance, "datePublished"));
          g_assert_false (json_object_has_member (appearance, "dateModified"));
        }
    }

  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);

  /* `story show` gives the stored dates as the exports do: at most 64
   * characters, one line, inert (JSON escapes a terminal's escapes, but
   * a 1 MB "updated" was printed whole), and an ISO 8601 one as it is.
   */
  {
    g_autofree char *story = g_strdup_printf ("%" G_GINT64_FORMAT, story_id);
    g_autofree char *shown = px_test_run_cli (0, NULL, "story", "show", "--db", path, "--format", "json", story,
                                              NULL);
    g_auto(GStrv) lines = g_strsplit (shown, "\n", -1);
    g_autoptr(JsonNode) first = parse_json (lines[0]);
    g_autoptr(JsonNode) second = parse_json (lines[1]);
    JsonObject *hostile_source = json_node_get_object (first);
    const char *published = json_object_get_string_member (hostile_source, "published");
    const char *updated = json_object_get_string_member (hostile_source, "updated");

    g_assert_cmpuint (strlen (shown), <, 64 * 1024);
    /* and the ellipsis that says it was cut */
    g_assert_cmpuint (g_utf8_strlen (published, -1), <=, PX_DATES_NOT_A_DATE_CHARS + 1);
    g_assert_cmpuint (g_utf8_strlen (updated, -1), <=, PX_DATES_NOT_A_DATE_CHARS + 1);
    g_assert_true (g_str_has_prefix (updated, "2026-03-05"));
    g_assert_null (strpbrk (updated, "\x1b\x07\x01\r\n"));
    g_assert_null (strpbrk (published, "\x1b\x07\x01\r\n"));
    g_assert_true (json_object_get_null_member (json_node_get_object (second), "updated"));
  }
}

static void
test_errors (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = px_extract_plain_text ("a.txt", "One thing happened.", 19, NULL);
  g_autoptr(PxArticle) b = px_extract_plain_text ("b.txt", "Another thing happened.", 23, NULL);
  PxArticle *articles[] = { a, b };
  g_autoptr(PxComparison) other = px_compare (articles, 2, NULL, &error);
  g_autoptr(PxComparison) own = compare_story (fx);
  PxExportOptions options = { .comparison = other };
  char *out;
  g_autofree char *with_own = NULL;

  g_assert_no_error (error);

  out = px_export_story (PX_LIBRARY (fx->store), 999, PX_EXPORT_FORMAT_CSV, NULL, NULL, &error);
  g_assert_null (out);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "999"));
  g_clear_error (&error);

  /* A comparison of other texts would put every offset on the wrong words. */
  out = px_export_story (PX_LIBRARY (fx->store), fx->story_id, PX_EXPORT_FORMAT_HTML, &options, NULL, &error);
  g_assert_null (out);
  g_assert_error (error, PX_EXPORT_ERROR, PX_EXPORT_ERROR_MISMATCH);
  g_clear_error (&error);

  options.comparison = own;
  with_own = px_export_story (PX_LIBRARY (fx->store), fx->story_id, PX_EXPORT_FORMAT_MARKDOWN, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (with_own, "### All claims side by side"));
}

static void
test_format_names (void)
{
  const char * const names[] = { "markdown", "html", "w3c", "claimreview", "csv" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PxExportFormat format;

      g_assert_true (px_export_format_from_string (names[i], &format));
      g_assert_cmpstr (px_export_format_to_string (format), ==, names[i]);
      g_assert_nonnull (px_export_format_get_extension (format));
      g_assert_nonnull (px_export_format_get_media_type (format));
    }
  g_assert_false (px_export_format_from_string ("pdf", &(PxExportFormat) { 0 }));
  g_assert_false (px_export_format_from_string (NULL, &(PxExportFormat) { 0 }));
  g_assert_cmpstr (px_export_format_get_media_type (PX_EXPORT_FORMAT_CSV), ==, "text/csv");
}

/* parallax-cli export */

static void
test_cli (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *story = g_strdup_printf ("%" G_GINT64_FORMAT, fx->story_id);
  g_autofree char *missing_db = g_build_filename (fx->dir, "nothing-here.db", NULL);
  const char *formats[] = { "csv", "claimreview" };

  /* What the CLI prints is what the library writes (these two formats
   * carry no time of export).
   */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      PxExportFormat format;
      const char *args[] = { "export", "--db", fx->db_path, "--story", story, "--format", formats[i],
                             "--author", EXPORT_FIXTURE_AUTHOR, "--author-url", "https://checkers.example/dana",
                             NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *expected = NULL;

      g_assert_true (px_export_format_from_string (formats[i], &format));
      expected = export_fixture_export (fx, format);
      g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
      g_assert_cmpstr (out, ==, expected);
      g_assert_cmpstr (err, ==, "");
    }

  {
    const char *args[] = { "export", "--db", fx->db_path, "--story", story, "--format", "html", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "<!DOCTYPE html>"));
    g_assert_true (g_str_has_suffix (out, "</html>\n"));
  }

  /* A full disk on standard output is a failure, not a silent truncation. */
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      const char *argv[] = { "/bin/sh", "-c", "exec \"$0\" \"$@\" > /dev/full", g_getenv ("PARALLAX_CLI"),
                             "export", "--db", fx->db_path, "--story", story, "--format", "html", NULL };
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      g_assert_nonnull (strstr (err, "Could not write the export"));
    }

  {
    const char *args[] = { "export", "--db", fx->db_path, "--story", "4242", "--format", "csv", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 1);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "4242"));
  }

  {
    const char *args[] = { "export", "--db", missing_db, "--story", story, "--format", "csv", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, missing_db));
    /* Exporting never creates a database. */
    g_assert_false (g_file_test (missing_db, G_FILE_TEST_EXISTS));
  }

  {
    const char *usage[][9] = {
      { "export", "--db", fx->db_path, "--story", story, "--format", "pdf", NULL },
      { "export", "--db", fx->db_path, "--format", "csv", NULL },
      { "export", "--db", fx->db_path, "--story", story, NULL },
      { "export", "--db", fx->db_path, "--story", "seven", "--format", "csv", NULL },
      { "export", "--db", fx->db_path, "--story", "0", "--format", "csv", NULL },
      { "export", "--db", fx->db_path, "--story", story, "--format", "csv", "extra", NULL },
      { "export", "--bogus", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
      {
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;

        g_assert_cmpint (px_test_spawn_cli (usage[i], &out, &err), ==, 2);
        g_assert_cmpstr (out, ==, "");
        g_assert_nonnull (strstr (err, "export"));
      }
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/w3c", test_w3c);
  g_test_add_func ("/export/w3c-empty", test_w3c_empty);
  g_test_add_func ("/export/claimreview", test_claimreview);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/markdown", test_markdown);
  g_test_add_func ("/export/html", test_html);
  g_test_add_func ("/export/markdown-rendered", test_markdown_rendered);
  g_test_add_func ("/export/markdown-linked", test_markdown_linked);
  g_test_add_func ("/export/html-linked", test_html_linked);
  g_test_add_func ("/export/source-removed", test_source_removed);
  g_test_add_func ("/export/report-without-comparison", test_report_without_comparison);
  g_test_add_func ("/export/furniture", test_furniture);
  g_test_add_func ("/export/same-outlet", test_same_outlet);
  g_test_add_func ("/export/hostile-dates", test_hostile_dates);
  g_test_add_func ("/export/errors", test_errors);
  g_test_add_func ("/export/format-names", test_format_names);
  g_test_add_func ("/export/cli", test_cli);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
