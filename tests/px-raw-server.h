/* px-raw-server.h: a web server on 127.0.0.1 that sends raw bytes, for
 * answers no well-behaved server library would send
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PxRawServer PxRawServer;

/* Answers every connection, after reading the request's head, with
 * @answer (@len bytes), then closes; with @endless, sends @answer again
 * and again until the client goes away.
 */
PxRawServer *px_raw_server_new (const char *answer,
                                gsize       len,
                                gboolean    endless);
void px_raw_server_free (PxRawServer *self);

/* "http://127.0.0.1:PORT/path" */
char *px_raw_server_url (PxRawServer *self,
                         const char  *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxRawServer, px_raw_server_free)

G_END_DECLS
