/* px-archive-view-private.h: hooks for the archive view's tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <webkit/webkit.h>

#include "px-archive-view.h"

G_BEGIN_DECLS

/* The scheme archived pages are served from; it answers only the page. */
#define PX_ARCHIVE_URI_SCHEME "parallax-archive"

WebKitWebView *_px_archive_view_get_web_view (PxArchiveView *self);
char *_px_archive_view_link_target (const char *original_uri,
                                    const char *uri);

/* Every archive view shares one ephemeral network session whose proxy is a
 * local address nobody answers on, so a request that got past every other
 * guard still cannot leave the machine. Tests point it at a listener of
 * their own to count such requests.
 */
void _px_archive_view_set_proxy_uri (const char *proxy_uri);

/* The Content-Type the stored page is served with: the type it is shown
 * as and, for pages and text, the character set its column's text was
 * read in, so both show the same characters.
 */
char *_px_archive_view_content_type (const PxSnapshot *snapshot);

G_END_DECLS
