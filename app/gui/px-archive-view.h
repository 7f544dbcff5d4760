/* px-archive-view.h: a stored original page, shown without touching the network
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-snapshot.h"

G_BEGIN_DECLS

/* The content security policy every archived page gets, as if its server
 * had sent it; a page's own policy can only narrow it.
 */
#define PX_ARCHIVE_CONTENT_SECURITY_POLICY \
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; " \
  "form-action 'none'; base-uri 'none'"

#define PX_TYPE_ARCHIVE_VIEW (px_archive_view_get_type ())

G_DECLARE_FINAL_TYPE (PxArchiveView, px_archive_view, PX, ARCHIVE_VIEW, GtkWidget)

GtkWidget *px_archive_view_new (void);
void px_archive_view_set_snapshot (PxArchiveView *self,
                                   PxSnapshot    *snapshot);
PxSnapshot *px_archive_view_get_snapshot (PxArchiveView *self);
const char *px_archive_view_get_title (PxArchiveView *self);
const char *px_archive_view_get_original_uri (PxArchiveView *self);

G_END_DECLS
