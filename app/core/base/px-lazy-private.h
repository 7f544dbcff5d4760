/* px-lazy-private.h: libraries opened the first time they are needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libsoup (fetching), libpq and libsecret (the team library), SQLite (the
 * local library) and what they pull in are 30 of the 52 shared libraries
 * the command line would load at start, and loading them a quarter of the
 * instructions of a whole `parallax-cli compare` of three files, which
 * fetches nothing and opens no library. So the engine is linked without
 * them and opens each one the first time it is needed; its functions are
 * reached through a table of pointers, under their own names (a file that
 * uses one includes px-soup-private.h, px-pq-private.h,
 * px-secret-private.h or px-sqlite-private.h, whose macros turn
 * `PQexec (...)` into a call through the table). The window, which links
 * WebKit and so libsoup anyway, and the tests find the very same library
 * already loaded.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *soname;          /* as the linker names it: "libpq.so.5" */
  const char *const *names;    /* the functions, NULL-terminated */
  gpointer *slots;             /* where each one's address goes, as many */
  /* filled in by _px_lazy_open(), once a process */
  gsize done;
  char *failure;               /* the message of why it could not be opened, or NULL */
} PxLazyLibrary;

/* Opens @library and finds every one of its functions, the first time it
 * is called (any thread; later calls return at once). FALSE, with a
 * message naming the library, when it or one of its functions is missing.
 */
gboolean _px_lazy_open (PxLazyLibrary  *library,
                        GError        **error);

#define PX_LAZY_NAME(name) #name,

/* Defines @table, of type @Type (a pointer for each function @FUNCTIONS
 * lists, in its order), and the PxLazyLibrary @table##_library that opens
 * @soname and fills it, for _px_lazy_open().
 */
#define PX_LAZY_LIBRARY_DEFINE(table, Type, FUNCTIONS, soname)                         \
  Type table;                                                                          \
  static const char *const table##_names[] = { FUNCTIONS (PX_LAZY_NAME) NULL };        \
  /* The table is read as an array of pointers, one a name. */                         \
  G_STATIC_ASSERT (sizeof (Type) == (G_N_ELEMENTS (table##_names) - 1) * sizeof (gpointer)); \
  static PxLazyLibrary table##_library = { soname, table##_names, (gpointer *) &table, 0, NULL }

G_END_DECLS
