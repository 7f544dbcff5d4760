/* px-pq.c: libpq, the team library's client, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_PQ_NO_NAMES
#include "px-pq-private.h"

#include "px-lazy-private.h"

PX_LAZY_LIBRARY_DEFINE (_px_pq, PxPqFunctions, PX_PQ_FUNCTIONS, PX_SONAME_PQ);

gboolean
_px_pq_open (GError **error)
{
  return _px_lazy_open (&_px_pq_library, error);
}
