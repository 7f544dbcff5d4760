/* px-soup.c: libsoup, the fetcher's HTTP client, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_SOUP_NO_NAMES
#include "px-soup-private.h"

#include "px-lazy-private.h"

PxSoupFunctions _px_soup;

static const char *const names[] = {
#define NAME(name) #name,
  PX_SOUP_FUNCTIONS (NAME)
#undef NAME
  NULL,
};

/* The table is read as an array of pointers, one a name. */
G_STATIC_ASSERT (sizeof (PxSoupFunctions) == (G_N_ELEMENTS (names) - 1) * sizeof (gpointer));

static PxLazyLibrary library = { PX_SONAME_SOUP, names, (gpointer *) &_px_soup, 0, NULL };

gboolean
_px_soup_open (GError **error)
{
  return _px_lazy_open (&library, error);
}
