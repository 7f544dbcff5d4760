/* px-pq.c: libpq, the team library's client, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_PQ_NO_NAMES
#include "px-pq-private.h"

#include "px-lazy-private.h"

PxPqFunctions _px_pq;

static const char *const names[] = {
#define NAME(name) #name,
  PX_PQ_FUNCTIONS (NAME)
#undef NAME
  NULL,
};

/* The table is read as an array of pointers, one a name. */
G_STATIC_ASSERT (sizeof (PxPqFunctions) == (G_N_ELEMENTS (names) - 1) * sizeof (gpointer));

static PxLazyLibrary library = { PX_SONAME_PQ, names, (gpointer *) &_px_pq, 0, NULL };

gboolean
_px_pq_open (GError **error)
{
  return _px_lazy_open (&library, error);
}
