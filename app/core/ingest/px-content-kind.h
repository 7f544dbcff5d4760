/* px-content-kind.h: what kind of file a page that is not one is, in words
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What @data (@len bytes) is, by its own bytes, when it is binary data of
 * a kind the system's shared MIME database knows: its description there
 * in the user's language ("PDF document", "PNG image", "Zip archive");
 * NULL for text, or bytes it cannot name. @name (a file's path or a web
 * address, nullable) narrows a container down to what it holds (a Zip
 * archive named report.docx is a "Word 2007 document") but never names
 * something the bytes are not (a PDF named story.html is a PDF).
 */
char *px_content_kind_describe (const char *data,
                                gsize       len,
                                const char *name);

/* The description of the media type @mime_type (a server's Content-Type,
 * "application/pdf") in the user's language, NULL when the database does
 * not know it.
 */
char *px_content_kind_describe_type (const char *mime_type);

G_END_DECLS
