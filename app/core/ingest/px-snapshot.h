/* px-snapshot.h: a page as it was received, kept as evidence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PxSnapshot PxSnapshot;

struct _PxSnapshot
{
  /*< private >*/
  grefcount ref_count;

  /*< public >*/
  GBytes *body;          /* the body as received, after content decoding (gzip),
                          * before any character set conversion */
  char *final_url;       /* after redirects; NULL for files and stdin */
  char *content_type;    /* media type without parameters, "text/html" */
  char *charset;         /* charset the server declared, or NULL; for a page read
                          * back from the library, the one its text was read in */
  GDateTime *fetched_at; /* UTC */
  gboolean fetched;      /* fetched_at is when a server sent the body (a fetch, or a
                          * kept version of one): what the page's dates without a
                          * year are read against; FALSE for files and stdin, whose
                          * fetched_at is when they were read */
  char *sha256;          /* hex digest of body */
  guint status;          /* HTTP status, 0 for files and stdin */
};

PxSnapshot *px_snapshot_new (GBytes     *body,
                             const char *final_url,
                             const char *content_type,
                             const char *charset);
/* A kept version's page as px_snapshot_new() takes it, with the time the
 * library keeps for it (@fetched_at, ISO 8601, nullable: now when it is
 * NULL or no time), not the time it is read back; @fetched as
 * PxSnapshot.fetched says: the version's input was an address.
 */
PxSnapshot *px_snapshot_new_kept (GBytes     *body,
                                  const char *final_url,
                                  const char *content_type,
                                  const char *charset,
                                  const char *fetched_at,
                                  gboolean    fetched);
PxSnapshot *px_snapshot_ref (PxSnapshot *self);
void px_snapshot_unref (PxSnapshot *self);
char *px_snapshot_format_fetched_at (const PxSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSnapshot, px_snapshot_unref)

G_END_DECLS
