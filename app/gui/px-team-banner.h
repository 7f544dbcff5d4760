/* px-team-banner.h: "Team library unreachable; N changes waiting"
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-library.h"

G_BEGIN_DECLS

#define PX_TYPE_TEAM_BANNER (px_team_banner_get_type ())

G_DECLARE_FINAL_TYPE (PxTeamBanner, px_team_banner, PX, TEAM_BANNER, GtkWidget)

/* A banner across the window (as AdwBanner, which libadwaita 1.2 lacks),
 * revealed while the team library the window shows cannot be reached;
 * it counts the saves waiting on disk and offers to try again. The window
 * stays readable meanwhile.
 */
PxTeamBanner *px_team_banner_new (void);

/* The library the window shows; a local one never shows the banner. */
void px_team_banner_set_library (PxTeamBanner *self,
                                 PxLibrary    *library);
gboolean px_team_banner_get_revealed (PxTeamBanner *self);
/* The banner's text as shown, for tests. */
const char *px_team_banner_get_title (PxTeamBanner *self);

G_END_DECLS
