/* px-outlets.h: the names of news outlets, by host
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The outlet's usual name for @host ("www.bbc.co.uk" -> "BBC"), matching
 * the host or any parent domain; NULL when the host is not known.
 */
const char *px_outlet_for_host (const char *host);

/* The outlet name for @url: the known name, else the host without "www.". */
char *px_outlet_for_url (const char *url);

G_END_DECLS
