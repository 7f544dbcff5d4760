/* px-i18n.h: the program's language
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void px_i18n_init (void);

G_END_DECLS
