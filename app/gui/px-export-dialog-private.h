/* px-export-dialog-private.h: printing without the dialog, for the tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-export-dialog.h"

G_BEGIN_DECLS

/* What Print does, with "Print to File" as PDF chosen in advance. */
void _px_export_print_story_to_pdf_async (PxLibrary           *store,
                                          gint64               story_id,
                                          PxComparison        *comparison,
                                          GFile               *pdf,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean _px_export_print_story_to_pdf_finish (GAsyncResult  *result,
                                               GError       **error);

/* The toast that says where a story was exported, with Open (the file in
 * the application that opens its kind; why it could not be, in another
 * toast of @toasts), or why the export failed (@error).
 */
AdwToast *_px_export_dialog_exported_toast (GFile           *file,
                                            const GError    *error,
                                            AdwToastOverlay *toasts);

G_END_DECLS
