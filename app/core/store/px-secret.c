/* px-secret.c: libsecret, the keyring, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_SECRET_NO_NAMES
#include "px-secret-private.h"

#include "px-lazy-private.h"

PX_LAZY_LIBRARY_DEFINE (_px_secret, PxSecretFunctions, PX_SECRET_FUNCTIONS, PX_SONAME_SECRET);

gboolean
_px_secret_open (GError **error)
{
  return _px_lazy_open (&_px_secret_library, error);
}
