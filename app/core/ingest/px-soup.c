/* px-soup.c: libsoup, the fetcher's HTTP client, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_SOUP_NO_NAMES
#include "px-soup-private.h"

#include "px-lazy-private.h"

PX_LAZY_LIBRARY_DEFINE (_px_soup, PxSoupFunctions, PX_SOUP_FUNCTIONS, PX_SONAME_SOUP);

gboolean
_px_soup_open (GError **error)
{
  return _px_lazy_open (&_px_soup_library, error);
}
