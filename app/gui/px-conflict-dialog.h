/* px-conflict-dialog.h: "Changed by Ana at 20:14": reload or overwrite
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_CONFLICT_DIALOG (px_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PxConflictDialog, px_conflict_dialog, PX, CONFLICT_DIALOG, AdwMessageDialog)

/* What a save found: someone saved the annotation since it was read. */
typedef enum
{
  PX_CONFLICT_RELOAD,     /* show their version; nothing of theirs is lost */
  PX_CONFLICT_OVERWRITE,  /* save this version over theirs */
} PxConflictChoice;

/* Asks what to do with a save that met a colleague's newer one.
 * @changed_by and @changed_at (ISO 8601, UTC) say whose and when; either
 * may be NULL when the library could not say. Escape or closing the
 * dialog reloads: it never overwrites without being asked to.
 *
 * Signals:
 *   chosen (PxConflictChoice): once, when the dialog closes.
 */
PxConflictDialog *px_conflict_dialog_new (GtkWindow  *parent,
                                          const char *changed_by,
                                          const char *changed_at);

/* "Changed by Ana at 20:14:05" (the date too when not today). */
char *px_conflict_describe (const char *changed_by,
                            const char *changed_at);

G_END_DECLS
