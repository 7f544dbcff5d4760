/* px-print-module-private.h: printing an HTML report, loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing lays the report out with WebKit, which lives in a module of its
 * own (as the archive viewer does) so that starting Parallax does not load
 * it; the window loads the module the first time something is printed.
 */
#pragma once

#include <gmodule.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_PRINT_MODULE_NAME "parallax-print"
#define PX_PRINT_MODULE_ENTRY "px_print_module_print_html"

/* Called once, when the job is over; @error NULL on success or when the
 * user cancelled the print dialog.
 */
typedef void (*PxPrintDoneFunc) (const GError *error,
                                 gpointer      user_data);

/* Lays @html out and prints it: through the print dialog over @parent, or
 * with @pdf set, straight into that PDF file.
 */
typedef void (*PxPrintHtmlFunc) (GtkWindow       *parent,
                                 const char      *html,
                                 GFile           *pdf,
                                 PxPrintDoneFunc  done,
                                 gpointer         user_data);

G_MODULE_EXPORT void px_print_module_print_html (GtkWindow       *parent,
                                                 const char      *html,
                                                 GFile           *pdf,
                                                 PxPrintDoneFunc  done,
                                                 gpointer         user_data);
G_MODULE_EXPORT const char *g_module_check_init (GModule *module);

/* The symbol @symbol of the module named @name (libNAME.so), found where it
 * is installed or, for `make run` and the tests, in the build tree.
 */
gpointer _px_module_load_symbol (const char  *name,
                                 const char  *symbol,
                                 GError     **error);

G_END_DECLS
