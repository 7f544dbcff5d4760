/* export-fixture.h: a stored story with hostile notes, for the export tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-export.h"
#include "px-store.h"

G_BEGIN_DECLS

/* What the story holds, so tests can derive what each format must say. */
#define EXPORT_FIXTURE_TITLE "Harbourside floods <img src=x onerror=alert(1)> & \"340\" vs 'about 200'"
#define EXPORT_FIXTURE_AUTHOR "Dana Checker"
/* when the Northern Ledger page says it last changed; the others say nothing */
#define EXPORT_FIXTURE_LEDGER_UPDATED "2026-11-17T11:05:00Z"
#define EXPORT_FIXTURE_NOTE_HOSTILE \
  "He said \"no\", then, later:\n<script>alert('x')</script> =HYPERLINK(\"http://evil.example/\",\"click\") & more"

typedef struct
{
  char *dir;
  char *db_path;
  PxStore *store;
  gint64 story_id;
  gint64 ledger;     /* from an HTML page, with a canonical https URL */
  gint64 meridian;   /* plain text, a URL with characters to escape */
  gint64 coastline;  /* plain text, a javascript: URL; fetched twice */
  gint64 ann_false;        /* ledger, the hostile note */
  gint64 ann_claim;        /* misleading, the ferry claim in all three */
  gint64 ann_accurate;     /* meridian, note "+ plus first" */
  gint64 ann_opinion;      /* coastline, needs review after the second fetch */
  gint64 ann_unverified;   /* ledger, no note */
  gint64 ann_needs_context; /* meridian, note starting with a tab */
  gint64 ann_dismissed;    /* ledger, accurate but dismissed */
} ExportFixture;

ExportFixture *export_fixture_new (void);
void export_fixture_free (ExportFixture *self);

/* The export of the fixture's story in @format by EXPORT_FIXTURE_AUTHOR. */
char *export_fixture_export (ExportFixture  *self,
                             PxExportFormat  format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportFixture, export_fixture_free)

G_END_DECLS
