/* px-export-dialog.h: writing a story out, and printing its report
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-export.h"
#include "px-library.h"

G_BEGIN_DECLS

#define PX_TYPE_EXPORT_DIALOG (px_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PxExportDialog, px_export_dialog, PX, EXPORT_DIALOG, AdwMessageDialog)

/* Asks for a format, then where to save; says how it went in a toast.
 * @comparison: the story's comparison as the window shows it, so the
 * report says what the screen does; NULL: the export makes its own.
 */
PxExportDialog *px_export_dialog_new (GtkWindow       *parent,
                                      PxLibrary       *store,
                                      gint64           story_id,
                                      const char      *title,
                                      PxComparison    *comparison,
                                      AdwToastOverlay *toasts);
PxComparison *px_export_dialog_get_comparison (PxExportDialog *self);
PxExportFormat px_export_dialog_get_format (PxExportDialog *self);
void px_export_dialog_set_format (PxExportDialog *self,
                                  PxExportFormat  format);

/* "Drone claim at the residence.html": the title made safe as a file name. */
char *px_export_suggest_file_name (const char     *title,
                                   PxExportFormat  format);

/* px_export_story() on a worker thread, written to @file in one step (a
 * reader never sees half a file). @comparison (nullable): the one shown;
 * when the library's sources are no longer its sources, the export
 * compares them itself.
 */
void px_export_story_to_file_async (PxLibrary           *store,
                                    gint64               story_id,
                                    PxComparison        *comparison,
                                    PxExportFormat       format,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean px_export_story_to_file_finish (GAsyncResult  *result,
                                         GError       **error);

/* The HTML report through the print dialog (print or save as PDF). The web
 * engine starts here, not before.
 */
void px_export_print_story (GtkWindow       *parent,
                            PxLibrary       *store,
                            gint64           story_id,
                            PxComparison    *comparison,
                            AdwToastOverlay *toasts);

G_END_DECLS
