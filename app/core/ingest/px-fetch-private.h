/* px-fetch-private.h: what px-fetch shares with the rest of the engine
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-fetch.h"

G_BEGIN_DECLS

/* Seconds without a byte from the server, connecting included, before a
 * fetch gives up (PX_FETCH_IDLE_TIMEOUT unless set; never more than the
 * whole fetch's timeout). For tests.
 */
void _px_fetcher_set_idle_timeout (PxFetcher *self,
                                   guint      seconds);

/* The seconds a fetch waits without a byte before it gives up, as the
 * whole fetch's timeout bounds it; a pipe read as a file waits as long.
 */
guint _px_fetcher_get_idle_timeout (PxFetcher *self);

/* "text/html" when @data starts with markup (after a BOM and white
 * space), else "text/plain". Used when nobody said what the bytes are.
 */
const char *_px_sniff_content_type (const char *data,
                                    gsize       len);

/* A size for messages, "20.0 MB". */
char *_px_format_size (guint64 size);

G_END_DECLS
