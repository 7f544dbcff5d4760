/* px-verdict-style.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-verdict-style.h"

#include <glib/gi18n.h>

typedef struct
{
  const char *label;
  const char *tag_name;
  const char *light; /* on a light background */
  const char *dark;  /* on a dark one: lighter, so the line stays visible */
} VerdictStyle;

/* GNOME palette colours, told apart by hue and by lightness. */
static const VerdictStyle styles[PX_N_VERDICTS] = {
  [PX_VERDICT_UNVERIFIED] = { N_("Unverified"), "px-verdict-unverified", "#77767b", "#c0bfbc" },
  [PX_VERDICT_ACCURATE] = { N_("Accurate"), "px-verdict-accurate", "#26a269", "#57e389" },
  [PX_VERDICT_MISLEADING] = { N_("Misleading"), "px-verdict-misleading", "#c64600", "#ffa348" },
  [PX_VERDICT_FALSE] = { N_("False"), "px-verdict-false", "#c01c28", "#ff7b63" },
  [PX_VERDICT_NEEDS_CONTEXT] = { N_("Needs Context"), "px-verdict-needs-context", "#1c71d8", "#78aeed" },
  [PX_VERDICT_OPINION] = { N_("Opinion"), "px-verdict-opinion", "#813d9c", "#dc8add" },
};

const char *
px_verdict_get_label (PxVerdict verdict)
{
  g_return_val_if_fail (verdict < PX_N_VERDICTS, "");

  return _(styles[verdict].label);
}

const char *
px_verdict_get_tag_name (PxVerdict verdict)
{
  g_return_val_if_fail (verdict < PX_N_VERDICTS, NULL);

  return styles[verdict].tag_name;
}

void
px_verdict_get_colour (PxVerdict  verdict,
                       gboolean   dark,
                       GdkRGBA   *colour)
{
  g_return_if_fail (verdict < PX_N_VERDICTS);

  gdk_rgba_parse (colour, dark ? styles[verdict].dark : styles[verdict].light);
}

void
px_verdict_style_tag (PxVerdict   verdict,
                      GtkTextTag *tag,
                      gboolean    dark)
{
  GdkRGBA colour;

  g_return_if_fail (GTK_IS_TEXT_TAG (tag));

  px_verdict_get_colour (verdict, dark, &colour);
  /* A solid line under the whole passage, spaces included, so it reads as
   * one annotation and not as the difference kinds' finer lines.
   */
  g_object_set (tag,
                "underline", PANGO_UNDERLINE_SINGLE_LINE,
                "underline-rgba", &colour,
                NULL);
}

GListModel *
px_verdict_new_label_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < PX_N_VERDICTS; i++)
    gtk_string_list_append (list, px_verdict_get_label (i));

  return G_LIST_MODEL (list);
}
