/* px-pg-secret.h: team library passwords in the keyring
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Passwords are kept by the Secret Service (GNOME Keyring, KWallet) under
 * the library's URI as shown to people (px_pg_uri_display()), never in
 * settings. These block: call them on a worker thread or from the CLI.
 */
gboolean px_pg_secret_store (const char    *uri,
                             const char    *password,
                             GCancellable  *cancellable,
                             GError       **error);
/* The password kept for @uri, or NULL (with @error unset when there is none). */
char *px_pg_secret_lookup (const char    *uri,
                           GCancellable  *cancellable,
                           GError       **error);
gboolean px_pg_secret_clear (const char    *uri,
                             GCancellable  *cancellable,
                             GError       **error);

G_END_DECLS
