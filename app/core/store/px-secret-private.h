/* px-secret-private.h: libsecret, the keyring, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Include this instead of <libsecret/secret.h>: every function of it the engine calls
 * is listed here and reached through a table filled by _px_secret_open() (see
 * px-lazy-private.h). A file that calls one must have called _px_secret_open()
 * first, on the path that leads there. Adding a call of another function
 * means adding it to the list; the link of parallax-cli fails until then.
 */
#pragma once

#include <libsecret/secret.h>

#include <glib.h>

G_BEGIN_DECLS

#define PX_SECRET_FUNCTIONS(X) \
  X (secret_password_clear_sync) \
  X (secret_password_lookup_sync) \
  X (secret_password_store_sync)

typedef struct
{
#define PX_SECRET_FUNCTIONS_SLOT(name) __typeof__ (name) *name;
  PX_SECRET_FUNCTIONS (PX_SECRET_FUNCTIONS_SLOT)
#undef PX_SECRET_FUNCTIONS_SLOT
} PxSecretFunctions;

extern PxSecretFunctions _px_secret;

/* Opens libsecret the first time; FALSE with @error set when it cannot be. */
gboolean _px_secret_open (GError **error);

G_END_DECLS

#ifndef PX_SECRET_NO_NAMES
#define secret_password_clear_sync (_px_secret.secret_password_clear_sync)
#define secret_password_lookup_sync (_px_secret.secret_password_lookup_sync)
#define secret_password_store_sync (_px_secret.secret_password_store_sync)
#endif
