/* px-verdict-style.h: how each verdict looks and reads in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-store-records.h"

G_BEGIN_DECLS

#define PX_N_VERDICTS 6

/* "Accurate", "Needs Context", … translated. */
const char *px_verdict_get_label (PxVerdict verdict);
/* "px-verdict-accurate", … the text tag of the verdict's underline. */
const char *px_verdict_get_tag_name (PxVerdict verdict);
void px_verdict_get_colour (PxVerdict  verdict,
                            gboolean   dark,
                            GdkRGBA   *colour);
void px_verdict_style_tag (PxVerdict   verdict,
                           GtkTextTag *tag,
                           gboolean    dark);
/* The labels in verdict order, for a drop-down. */
GListModel *px_verdict_new_label_model (void);

G_END_DECLS
