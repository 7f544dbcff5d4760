/* px-secret.c: libsecret, the keyring, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_SECRET_NO_NAMES
#include "px-secret-private.h"

#include "px-lazy-private.h"

PxSecretFunctions _px_secret;

static const char *const names[] = {
#define NAME(name) #name,
  PX_SECRET_FUNCTIONS (NAME)
#undef NAME
  NULL,
};

/* The table is read as an array of pointers, one a name. */
G_STATIC_ASSERT (sizeof (PxSecretFunctions) == (G_N_ELEMENTS (names) - 1) * sizeof (gpointer));

static PxLazyLibrary library = { PX_SONAME_SECRET, names, (gpointer *) &_px_secret, 0, NULL };

gboolean
_px_secret_open (GError **error)
{
  return _px_lazy_open (&library, error);
}
