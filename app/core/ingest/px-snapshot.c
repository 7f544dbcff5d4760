/* px-snapshot.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-snapshot.h"

/* Takes a reference on @body; records the time and the SHA-256 of @body. */
PxSnapshot *
px_snapshot_new (GBytes     *body,
                 const char *final_url,
                 const char *content_type,
                 const char *charset)
{
  PxSnapshot *self = g_new0 (PxSnapshot, 1);
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (body, &len);

  g_ref_count_init (&self->ref_count);
  self->body = g_bytes_ref (body);
  self->final_url = g_strdup (final_url);
  self->content_type = g_strdup (content_type);
  self->charset = g_strdup (charset);
  self->fetched_at = g_date_time_new_now_utc ();
  self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data != NULL ? data : (const guint8 *) "", len);

  return self;
}

PxSnapshot *
px_snapshot_new_kept (GBytes     *body,
                      const char *final_url,
                      const char *content_type,
                      const char *charset,
                      const char *fetched_at,
                      gboolean    fetched)
{
  PxSnapshot *self = px_snapshot_new (body, final_url, content_type, charset);
  GDateTime *kept = fetched_at != NULL ? g_date_time_new_from_iso8601 (fetched_at, NULL) : NULL;

  if (kept != NULL)
    {
      g_date_time_unref (self->fetched_at);
      self->fetched_at = kept;
      self->fetched = fetched;
    }
  return self;
}

PxSnapshot *
px_snapshot_ref (PxSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
px_snapshot_unref (PxSnapshot *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_bytes_unref (self->body);
  g_free (self->final_url);
  g_free (self->content_type);
  g_free (self->charset);
  g_date_time_unref (self->fetched_at);
  g_free (self->sha256);
  g_free (self);
}

/* ISO 8601 in UTC, "2026-11-24T14:32:00Z". */
char *
px_snapshot_format_fetched_at (const PxSnapshot *self)
{
  return g_date_time_format (self->fetched_at, "%Y-%m-%dT%H:%M:%SZ");
}
