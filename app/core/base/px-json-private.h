/* px-json-private.h: members of JSON objects the way the engine and the CLI write them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Adds member @name to the object @builder is in: the string @value, or
 * null when @value is NULL (DESIGN.md spells a missing field as null).
 */
void _px_json_add_string_or_null (JsonBuilder *builder,
                                  const char  *name,
                                  const char  *value);

/* Adds member @name with the integer @value. */
void _px_json_add_int (JsonBuilder *builder,
                       const char  *name,
                       gint64       value);

G_END_DECLS
