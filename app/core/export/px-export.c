/* px-export.c: reading a story once for every export format
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export.h"
#include "px-export-private.h"

#include "px-dates.h"
#include "px-outlets.h"
#include "px-safe-text.h"

#include <string.h>

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (px-export-error-quark, px_export_error)

static const struct
{
  const char *name;
  const char *extension;
  const char *media_type;
} formats[] = {
  [PX_EXPORT_FORMAT_MARKDOWN] = { "markdown", "md", "text/markdown" },
  [PX_EXPORT_FORMAT_HTML] = { "html", "html", "text/html" },
  [PX_EXPORT_FORMAT_W3C] = { "w3c", "jsonld", "application/ld+json" },
  [PX_EXPORT_FORMAT_CLAIMREVIEW] = { "claimreview", "jsonld", "application/ld+json" },
  [PX_EXPORT_FORMAT_CSV] = { "csv", "csv", "text/csv" },
};

const char *
px_export_format_to_string (PxExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].name;
}

gboolean
px_export_format_from_string (const char     *name,
                              PxExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (name, formats[i].name))
      {
        *format = i;
        return TRUE;
      }

  return FALSE;
}

const char *
px_export_format_get_extension (PxExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].extension;
}

const char *
px_export_format_get_media_type (PxExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].media_type;
}

const char *
_px_export_verdict_label (PxVerdict verdict)
{
  switch (verdict)
    {
    case PX_VERDICT_UNVERIFIED:
      return "Unverified";
    case PX_VERDICT_ACCURATE:
      return "Accurate";
    case PX_VERDICT_MISLEADING:
      return "Misleading";
    case PX_VERDICT_FALSE:
      return "False";
    case PX_VERDICT_NEEDS_CONTEXT:
      return "Needs context";
    case PX_VERDICT_OPINION:
      return "Opinion";
    default:
      return "Unknown";
    }
}

/* Name-based UUIDs (RFC 4122 version 5) in a namespace of Parallax's own,
 * so that exporting the same annotation twice gives it the same id.
 */
char *
_px_export_stable_urn (const char *name)
{
  static const guint8 namespace[16] = {
    0x6f, 0x1c, 0x2a, 0x7e, 0x3b, 0x9d, 0x4c, 0x51,
    0x9e, 0x0a, 0x52, 0xd4, 0xb8, 0xa7, 0xc3, 0xf1,
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize digest_len = sizeof digest;

  g_checksum_update (checksum, namespace, sizeof namespace);
  g_checksum_update (checksum, (const guchar *) name, strlen (name));
  g_checksum_get_digest (checksum, digest, &digest_len);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

char *
_px_export_json_to_string (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;
  GString *escaped;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, NULL);

  /* "<" only ever occurs inside strings, where \u003c means the same. */
  escaped = g_string_sized_new (strlen (json) + 2);
  for (const char *p = json; *p != '\0'; p++)
    {
      if (*p == '<')
        g_string_append (escaped, "\\u003c");
      else
        g_string_append_c (escaped, *p);
    }
  g_string_append_c (escaped, '\n');

  return g_string_free (escaped, FALSE);
}

char *
_px_export_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *clean;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* an embedding or override (U+202A–U+202E) in a file's path had shown
       * the rest of its report line backwards; isolates only keep a name's
       * direction to itself, and stay */
      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e))
        g_string_append_unichar (clean, 0xfffd);
      else
        g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (clean, FALSE);
}

/* @url when it is an http(s) URL, with every character that has no place
 * in a URL percent-encoded, so that it can end neither a Markdown link nor
 * an HTML attribute, and is a valid IRI in JSON-LD; else NULL.
 */
static char *
web_url (const char *url)
{
  g_autofree char *escaped = NULL;

  if (url == NULL
      || (g_ascii_strncasecmp (url, "https://", 8) != 0 && g_ascii_strncasecmp (url, "http://", 7) != 0))
    return NULL;

  escaped = g_uri_escape_string (url, "!#$&'*+,/:;=?@[]~%", FALSE);
  if (!g_uri_is_valid (escaped, G_URI_FLAGS_NONE, NULL))
    return NULL;

  return g_steal_pointer (&escaped);
}

/* RFC 6920 "ni" URI of the page's digest: names a page that has no URL
 * (a file, standard input) by its content.
 */
static char *
digest_iri (const char *sha256_hex)
{
  guint8 digest[32];
  g_autofree char *base64 = NULL;

  if (sha256_hex == NULL || strlen (sha256_hex) != 64)
    return NULL;

  for (guint i = 0; i < 32; i++)
    {
      int high = g_ascii_xdigit_value (sha256_hex[2 * i]);
      int low = g_ascii_xdigit_value (sha256_hex[2 * i + 1]);

      if (high < 0 || low < 0)
        return NULL;
      digest[i] = (guint8) (high << 4 | low);
    }

  base64 = g_base64_encode (digest, sizeof digest);
  g_strdelimit (base64, "+", '-');
  g_strdelimit (base64, "/", '_');
  g_strdelimit (base64, "=", '\0');

  return g_strdup_printf ("ni:///sha-256;%s", base64);
}

/* @value (a stored date, nullable), px_stored_date_inert(). */
static void
cap_date (char **value)
{
  char *safe = px_stored_date_inert (*value);

  g_free (*value);
  *value = safe;
}

static char *
source_outlet (const PxSourceRecord *record)
{
  char *label;

  if (record->outlet != NULL && *record->outlet != '\0')
    return g_strdup (record->outlet);
  if ((label = px_outlet_name_for_input (record->input, record->url)) != NULL)
    return label;
  return g_strdup_printf ("Source %u", record->position + 1);
}

static void
export_source_free (PxExportSource *self)
{
  px_source_record_free (self->record);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_free (self->outlet);
  g_free (self->label);
  g_free (self->web_url);
  g_free (self->iri);
  g_free (self);
}

void
_px_export_data_free (PxExportData *self)
{
  if (self == NULL)
    return;

  px_story_info_free (self->story);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->comparison, px_comparison_unref);
  g_free (self->comparison_problem);
  g_free (self->author);
  g_free (self->author_url);
  g_free (self->generated_at);
  g_free (self);
}

PxExportSource *
_px_export_data_find_source (PxExportData *self,
                             gint64        source_id)
{
  for (guint i = 0; i < self->sources->len; i++)
    {
      PxExportSource *source = g_ptr_array_index (self->sources, i);

      if (source->record->id == source_id)
        return source;
    }

  return NULL;
}

PxSourceVersion *
_px_export_source_find_version (PxExportSource *source,
                                gint64          version_id)
{
  for (guint i = 0; i < source->versions->len; i++)
    {
      PxSourceVersion *version = g_ptr_array_index (source->versions, i);

      if (version->id == version_id)
        return version;
    }

  return NULL;
}

gboolean
_px_export_target_is_furniture (PxExportData       *data,
                                PxAnnotationTarget *target,
                                gboolean           *known)
{
  PxComparison *comparison = data->comparison;
  gboolean touched = FALSE;
  guint s = 0;

  if (known != NULL)
    *known = FALSE;
  if (comparison == NULL || target->selector == NULL)
    return FALSE;
  while (s < data->sources->len
         && ((PxExportSource *) g_ptr_array_index (data->sources, s))->record->id != target->source_id)
    s++;
  /* The comparison reads the current versions only. */
  if (s == data->sources->len
      || ((PxExportSource *) g_ptr_array_index (data->sources, s))->record->version_id != target->version_id)
    return FALSE;

  if (known != NULL)
    *known = TRUE;
  for (guint i = 0; i < px_comparison_get_n_sentences (comparison, s); i++)
    {
      PxSpan chars;

      px_comparison_get_sentence_range (comparison, s, i, NULL, &chars);
      /* Overlapping ranges, ends exclusive. */
      if (target->selector->start >= chars.end || chars.start >= target->selector->end)
        continue;
      if (!px_claim_is_furniture (px_comparison_get_claim (comparison,
                                                           px_comparison_get_sentence_claim (comparison, s, i))))
        return FALSE;
      touched = TRUE;
    }

  return touched;
}

char *
_px_export_target_iri (PxExportSource *source,
                       gint64          version_id)
{
  PxSourceVersion *version = _px_export_source_find_version (source, version_id);
  char *iri = NULL;

  if (source->web_url == NULL && version != NULL)
    iri = digest_iri (version->sha256);

  return iri != NULL ? iri : g_strdup (source->iri);
}

PxArticle *
px_export_article_from_source (const PxSourceRecord *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return px_source_record_to_article (source);
}

/* @records: PxSourceRecord, in column order. */
static PxComparison *
compare_records (PxSourceRecord **records,
                 guint            n_records,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);

  for (guint i = 0; i < n_records; i++)
    g_ptr_array_add (articles, px_export_article_from_source (records[i]));

  return px_compare ((PxArticle **) articles->pdata, articles->len, cancellable, error);
}

PxComparison *
px_export_compare_story (PxLibrary     *store,
                         gint64         story_id,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (PX_IS_LIBRARY (store), NULL);

  records = px_library_list_sources (store, story_id, error);
  if (records == NULL)
    return NULL;

  return compare_records ((PxSourceRecord **) records->pdata, records->len, cancellable, error);
}

/* A comparison given by the caller must be of these very texts, or every
 * offset in the report would point at the wrong words.
 */
static gboolean
comparison_matches (PxComparison *comparison,
                    GPtrArray    *sources)
{
  if (px_comparison_get_n_sources (comparison) != sources->len)
    return FALSE;

  for (guint i = 0; i < sources->len; i++)
    {
      PxExportSource *source = g_ptr_array_index (sources, i);
      PxArticle *article = px_comparison_get_source (comparison, i);
      const char *text = source->record->text != NULL ? source->record->text : "";

      if (article == NULL || g_strcmp0 (article->text, text) != 0)
        return FALSE;
    }

  return TRUE;
}

static char *
default_author (void)
{
  const char *name = g_get_real_name ();

  /* GLib says "Unknown" when the user has no real name set. */
  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    return NULL;

  return g_strdup (name);
}

/* How much an export needs the story's comparison. */
typedef enum
{
  COMPARISON_NONE,
  COMPARISON_WANTED, /* to mark annotations on date lines and bylines; written without when it fails */
  COMPARISON_NEEDED, /* the report's claims */
} ComparisonUse;

static PxExportData *
load_data (PxLibrary              *store,
           gint64                  story_id,
           ComparisonUse           use,
           const PxExportOptions  *options,
           GCancellable           *cancellable,
           GError                **error)
{
  g_autoptr(PxExportData) data = g_new0 (PxExportData, 1);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GDateTime) now = NULL;
  GDateTime *generated_at;

  data->story = px_library_get_story (store, story_id, error);
  if (data->story == NULL)
    return NULL;

  records = px_library_list_sources (store, story_id, error);
  if (records == NULL)
    return NULL;

  data->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) export_source_free);
  for (guint i = 0; i < records->len; i++)
    {
      PxExportSource *source = g_new0 (PxExportSource, 1);

      /* The record moves into the source; the list forgets it. */
      source->record = g_steal_pointer (&records->pdata[i]);
      g_ptr_array_add (data->sources, source);
      cap_date (&source->record->published);
      cap_date (&source->record->updated);

      source->versions = px_library_list_source_versions (store, source->record->id, error);
      if (source->versions == NULL)
        return NULL;
      source->outlet = source_outlet (source->record);
      /* Two sources of one outlet are told apart as the window's columns
       * and the comparison's summaries tell them: the second is "BBC (2)".
       * A report had said "Carried by source and source; not reported by
       * source" of three saved pages that named no outlet.
       */
      {
        guint same = 0;

        for (guint j = 0; j < i; j++)
          same += strcmp (((PxExportSource *) g_ptr_array_index (data->sources, j))->outlet, source->outlet) == 0;
        source->label = px_outlet_numbered (source->outlet, same + 1);
      }
      /* The demo's pages are sample reports: neither the outlet's text nor
       * on its site, so no link to it, and the label says what they are.
       */
      if (px_input_is_sample (source->record->input))
        {
          char *label = g_strdup_printf ("%s (sample report written for the Parallax demo)", source->label);

          g_free (source->label);
          source->label = label;
        }
      else
        {
          source->web_url = web_url (source->record->url);
          if (source->web_url == NULL)
            source->web_url = web_url (source->record->final_url);
        }
      source->iri = source->web_url != NULL ? g_strdup (source->web_url) : digest_iri (source->record->sha256);
      if (source->iri == NULL)
        source->iri = g_strdup_printf ("urn:x-parallax:source:%" G_GINT64_FORMAT, source->record->id);
    }

  /* Files named alike in two folders are told apart by their folders
   * ("a/source", "b/source"), as the comparison tells them, not numbered. */
  {
    guint n = data->sources->len;
    g_autofree const char **outlets = g_new0 (const char *, n + 1);
    g_autofree const char **inputs = g_new0 (const char *, n + 1);
    g_autofree const char **urls = g_new0 (const char *, n + 1);
    g_autofree char **folder_labels = g_new0 (char *, n + 1);

    for (guint i = 0; i < n; i++)
      {
        PxExportSource *source = g_ptr_array_index (data->sources, i);

        outlets[i] = source->outlet;
        inputs[i] = source->record->input;
        urls[i] = source->record->url;
      }
    px_outlet_folder_labels (outlets, inputs, urls, n, folder_labels);
    for (guint i = 0; i < n; i++)
      if (folder_labels[i] != NULL)
        {
          PxExportSource *source = g_ptr_array_index (data->sources, i);

          g_free (source->label);
          source->label = folder_labels[i];
        }
  }

  data->annotations = px_library_list_annotations (store, story_id, FALSE, error);
  if (data->annotations == NULL)
    return NULL;

  if (use != COMPARISON_NONE && options != NULL && options->comparison != NULL
      && comparison_matches (options->comparison, data->sources))
    data->comparison = px_comparison_ref (options->comparison);
  else if (use == COMPARISON_NEEDED && options != NULL && options->comparison != NULL)
    {
      g_set_error (error, PX_EXPORT_ERROR, PX_EXPORT_ERROR_MISMATCH,
                   /* Translators: %s is a story's title */
                   _("Could not export “%s”: the comparison given is not of the story’s current sources"),
                   data->story->title);
      return NULL;
    }
  else if (use != COMPARISON_NONE)
    {
      g_autoptr(GError) local_error = NULL;

      g_autofree PxSourceRecord **current = g_new (PxSourceRecord *, data->sources->len + 1);

      for (guint i = 0; i < data->sources->len; i++)
        current[i] = ((PxExportSource *) g_ptr_array_index (data->sources, i))->record;
      data->comparison = compare_records (current, data->sources->len, cancellable, &local_error);
      if (data->comparison == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          data->comparison_problem = g_strdup (local_error->message);
        }
    }

  if (options != NULL && options->author != NULL)
    data->author = *options->author != '\0' ? g_strdup (options->author) : NULL;
  else
    data->author = default_author ();
  if (options != NULL && options->author_url != NULL && *options->author_url != '\0')
    data->author_url = g_strdup (options->author_url);
  data->author_is_organization = options != NULL && options->author_is_organization;

  if (options != NULL && options->generated_at != NULL)
    generated_at = options->generated_at;
  else
    generated_at = now = g_date_time_new_now_utc ();
  {
    g_autoptr(GDateTime) utc = g_date_time_to_utc (generated_at);

    data->generated_at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  }

  return g_steal_pointer (&data);
}

char *
px_export_story (PxLibrary              *store,
                 gint64                  story_id,
                 PxExportFormat          format,
                 const PxExportOptions  *options,
                 GCancellable           *cancellable,
                 GError                **error)
{
  g_autoptr(PxExportData) data = NULL;
  ComparisonUse use = format == PX_EXPORT_FORMAT_MARKDOWN || format == PX_EXPORT_FORMAT_HTML ? COMPARISON_NEEDED
                      : format == PX_EXPORT_FORMAT_W3C || format == PX_EXPORT_FORMAT_CSV ? COMPARISON_WANTED
                      : COMPARISON_NONE;

  g_return_val_if_fail (PX_IS_LIBRARY (store), NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  data = load_data (store, story_id, use, options, cancellable, error);
  if (data == NULL)
    return NULL;

  switch (format)
    {
    case PX_EXPORT_FORMAT_MARKDOWN:
      return _px_export_write_markdown (data);
    case PX_EXPORT_FORMAT_HTML:
      return _px_export_write_html (data);
    case PX_EXPORT_FORMAT_W3C:
      return _px_export_write_w3c (data);
    case PX_EXPORT_FORMAT_CLAIMREVIEW:
      return _px_export_write_claimreview (data);
    case PX_EXPORT_FORMAT_CSV:
      return _px_export_write_csv (data);
    default:
      g_assert_not_reached ();
    }
}
