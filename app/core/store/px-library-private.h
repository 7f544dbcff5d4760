/* px-library-private.h: what the SQLite and PostgreSQL libraries share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-library.h"

G_BEGIN_DECLS

gboolean _px_library_check_article    (const PxArticle   *article,
                                       const char        *what,
                                       GError           **error);
gboolean _px_library_check_verdict    (PxVerdict          verdict,
                                       const char        *what,
                                       GError           **error);
gboolean _px_library_check_note       (const char        *note,
                                       const char        *what,
                                       GError           **error);
gboolean _px_library_check_annotation (guint              n_targets,
                                       PxVerdict          verdict,
                                       const char        *note,
                                       const char        *what,
                                       GError           **error);
char    *_px_library_fetched_at       (const PxSnapshot  *snapshot);
GBytes  *_px_library_version_body     (const PxArticle   *article,
                                       const PxSnapshot  *snapshot,
                                       char             **sha256);

G_END_DECLS
