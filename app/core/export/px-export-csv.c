/* px-export-csv.c: annotations as a spreadsheet (RFC 4180)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-private.h"

#include <string.h>

static const char * const columns[] = {
  "story", "annotation", "outlet", "url", "quote", "start", "end",
  "verdict", "note", "state", "created", "modified", "author", "reviewed_by",
  /* added: "true" on a date line or byline, not a claim; empty when unknown */
  "furniture",
};

/* Every field quoted, quotes doubled. Quotes and notes come from hostile
 * pages and careless pastes: a spreadsheet would run a field starting with
 * = + - @ (or a tab or carriage return before one) as a formula, so such a
 * field starts with an apostrophe, which spreadsheets hide and which keeps
 * the text as text.
 */
static void
append_field (GString    *csv,
              const char *value,
              gboolean    last)
{
  g_autofree char *valid = g_utf8_make_valid (value != NULL ? value : "", -1);

  g_string_append_c (csv, '"');
  if (*valid != '\0' && strchr ("=+-@\t\r", *valid) != NULL)
    g_string_append_c (csv, '\'');
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
  g_string_append (csv, last ? "\r\n" : ",");
}

static void
append_row (GString            *csv,
            const char * const *fields)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (csv, fields[i], i + 1 == G_N_ELEMENTS (columns));
}

static const char *
target_state (PxAnnotation       *annotation,
              PxAnnotationTarget *target)
{
  if (annotation->state == PX_ANNOTATION_STATE_DISMISSED)
    return px_annotation_state_to_string (annotation->state);

  return px_annotation_state_to_string (target->state);
}

static void
append_annotation (PxExportData       *data,
                   GString            *csv,
                   PxAnnotation       *annotation,
                   PxAnnotationTarget *target)
{
  PxExportSource *source = _px_export_data_find_source (data, target->source_id);
  g_autofree char *annotation_id = g_strdup_printf ("%" G_GINT64_FORMAT, annotation->id);
  g_autofree char *start = g_strdup_printf ("%u", target->selector->start);
  g_autofree char *end = g_strdup_printf ("%u", target->selector->end);
  g_autofree char *iri = source != NULL ? _px_export_target_iri (source, target->version_id) : NULL;
  gboolean known;
  gboolean furniture = _px_export_target_is_furniture (data, target, &known);
  const char *fields[G_N_ELEMENTS (columns)] = {
    data->story->title,
    annotation_id,
    source != NULL ? source->label : NULL,
    iri,
    target->selector->exact,
    start,
    end,
    px_verdict_to_string (annotation->verdict),
    annotation->note,
    target_state (annotation, target),
    annotation->created_at,
    annotation->updated_at,
    annotation->author,
    annotation->reviewed_by,
    known ? (furniture ? "true" : "false") : NULL,
  };

  append_row (csv, fields);
}

char *
_px_export_write_csv (PxExportData *data)
{
  GString *csv = g_string_new (NULL);

  append_row (csv, columns);
  for (guint i = 0; i < data->annotations->len; i++)
    {
      PxAnnotation *annotation = g_ptr_array_index (data->annotations, i);

      for (guint j = 0; j < annotation->targets->len; j++)
        append_annotation (data, csv, annotation, g_ptr_array_index (annotation->targets, j));
    }

  return g_string_free (csv, FALSE);
}
