/* px-team-libraries-page.h: Preferences, Team Libraries
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_TEAM_LIBRARIES_PAGE (px_team_libraries_page_get_type ())

G_DECLARE_FINAL_TYPE (PxTeamLibrariesPage, px_team_libraries_page, PX, TEAM_LIBRARIES_PAGE, AdwPreferencesPage)

GtkWidget *px_team_libraries_page_new (void);

G_END_DECLS
