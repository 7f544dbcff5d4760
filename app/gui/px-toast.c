/* px-toast.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-toast.h"

#include "px-safe-text.h"

AdwToast *
px_toast_new (const char *text)
{
  g_autofree char *markup = NULL;
  g_autofree char *marked = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  /* A label takes its direction from its first letter: "الجزيرة نت
   * removed" had read, right to left, "removed الجزيرة نت". The window's
   * own direction comes first. */
  if (px_safe_text_has_rtl (text))
    text = marked = g_strconcat (gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "\u200F" : "\u200E", text,
                                 NULL);
  markup = g_markup_escape_text (text, -1);
  return adw_toast_new (markup);
}

char *
px_toast_name (const char *name)
{
  return name != NULL ? px_safe_text_isolated (name) : NULL;
}
