/* px-highlight.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-highlight.h"

#include <glib/gi18n.h>

/* Hues from the Okabe–Ito palette, which stays distinguishable under the
 * common forms of colour blindness; each kind also has its own line style,
 * so no kind is told apart by colour alone.
 */
typedef struct
{
  const char *id;
  const char *tag_name;
  const char *rgb;
  PangoUnderline underline;
  gboolean overline;
} HighlightStyle;

static const HighlightStyle styles[PX_N_HIGHLIGHT_KINDS] = {
  [PX_HIGHLIGHT_NUMBER] = { "number", "px-number", "#0072b2", PANGO_UNDERLINE_DOUBLE, FALSE },
  [PX_HIGHLIGHT_TIME] = { "time", "px-time", "#009e73", PANGO_UNDERLINE_SINGLE, FALSE },
  [PX_HIGHLIGHT_QUOTE] = { "quote", "px-quote", "#cc79a7", PANGO_UNDERLINE_NONE, TRUE },
  [PX_HIGHLIGHT_HEDGING] = { "hedging", "px-hedging", "#e69f00", PANGO_UNDERLINE_SINGLE, TRUE },
  [PX_HIGHLIGHT_CONTRADICTION] = { "contradiction", "px-contradiction", "#d55e00", PANGO_UNDERLINE_ERROR, FALSE },
  [PX_HIGHLIGHT_ENTITY] = { "entity", "px-entity", "#56b4e9", PANGO_UNDERLINE_LOW, FALSE },
  [PX_HIGHLIGHT_ATTRIBUTION] = { "attribution", "px-attribution", "#999933", PANGO_UNDERLINE_NONE, FALSE },
  [PX_HIGHLIGHT_UNIQUE] = { "unique", "px-unique", "#808080", PANGO_UNDERLINE_NONE, FALSE },
};

const char *
px_highlight_kind_to_id (PxHighlightKind kind)
{
  g_return_val_if_fail (kind < PX_N_HIGHLIGHT_KINDS, NULL);

  return styles[kind].id;
}

gboolean
px_highlight_kind_from_id (const char      *id,
                           PxHighlightKind *kind)
{
  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    {
      if (g_strcmp0 (styles[i].id, id) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
px_highlight_kind_get_tag_name (PxHighlightKind kind)
{
  g_return_val_if_fail (kind < PX_N_HIGHLIGHT_KINDS, NULL);

  return styles[kind].tag_name;
}

const char *
px_highlight_kind_get_label (PxHighlightKind kind)
{
  switch (kind)
    {
    case PX_HIGHLIGHT_NUMBER:
      /* Translators: a kind of difference between two reports */
      return _("Number");
    case PX_HIGHLIGHT_TIME:
      /* Translators: a kind of difference between two reports */
      return _("Time");
    case PX_HIGHLIGHT_QUOTE:
      /* Translators: a kind of difference between two reports */
      return _("Quote");
    case PX_HIGHLIGHT_HEDGING:
      /* Translators: a kind of difference between two reports: one states
       * as fact what the other attributes or qualifies */
      return _("Hedging");
    case PX_HIGHLIGHT_CONTRADICTION:
      /* Translators: a kind of difference between two reports */
      return _("Contradiction");
    case PX_HIGHLIGHT_ENTITY:
      /* Translators: a kind of difference between two reports: a different
       * person, place or organisation */
      return _("Who or where");
    case PX_HIGHLIGHT_ATTRIBUTION:
      /* Translators: a kind of difference between two reports: one says
       * who said it, the other states it plainly */
      return _("Attribution");
    case PX_HIGHLIGHT_UNIQUE:
      return _("Only this outlet");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
px_highlight_kind_get_description (PxHighlightKind kind)
{
  switch (kind)
    {
    case PX_HIGHLIGHT_NUMBER:
      return _("The same quantity is given different values");
    case PX_HIGHLIGHT_TIME:
      return _("The same event is placed at different times");
    case PX_HIGHLIGHT_QUOTE:
      return _("The same speaker’s quoted words differ");
    case PX_HIGHLIGHT_HEDGING:
      return _("One outlet states as fact what another doubts or keeps at a distance");
    case PX_HIGHLIGHT_CONTRADICTION:
      return _("The statements cannot both be true");
    case PX_HIGHLIGHT_ENTITY:
      return _("A different person, place or organisation in the same role");
    case PX_HIGHLIGHT_ATTRIBUTION:
      return _("One outlet says who said it, another states it plainly");
    case PX_HIGHLIGHT_UNIQUE:
      return _("No other outlet carries this sentence");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
get_colours (PxHighlightKind kind,
             gboolean        dark,
             GdkRGBA        *background,
             GdkRGBA        *line)
{
  gdk_rgba_parse (line, styles[kind].rgb);
  *background = *line;

  if (kind == PX_HIGHLIGHT_UNIQUE)
    {
      /* A quiet wash: the marking must not compete with real differences. */
      background->alpha = dark ? 0.22 : 0.16;
      return;
    }

  background->alpha = dark ? 0.38 : 0.24;
  if (dark)
    {
      /* Lines drawn in the full hue vanish on a dark page; lighten them. */
      line->red = 0.5 + line->red / 2;
      line->green = 0.5 + line->green / 2;
      line->blue = 0.5 + line->blue / 2;
    }
}

void
px_highlight_kind_style_tag (PxHighlightKind kind,
                             GtkTextTag     *tag,
                             gboolean        dark)
{
  GdkRGBA background, line;

  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);
  g_return_if_fail (GTK_IS_TEXT_TAG (tag));

  get_colours (kind, dark, &background, &line);
  g_object_set (tag,
                "background-rgba", &background,
                "underline", styles[kind].underline,
                "underline-rgba", &line,
                "overline", styles[kind].overline ? PANGO_OVERLINE_SINGLE : PANGO_OVERLINE_NONE,
                NULL);
  /* No "overline-rgba": GTK 4.8 frees it twice when the tag goes away, so
   * the overline takes the text colour.
   */
  if (kind == PX_HIGHLIGHT_UNIQUE)
    g_object_set (tag, "style", PANGO_STYLE_ITALIC, NULL);
}

static guint16
to_pango (double component)
{
  return (guint16) CLAMP (component * 65535.0, 0, 65535);
}

PangoAttrList *
px_highlight_kind_get_attributes (PxHighlightKind kind,
                                  gboolean        dark)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  GdkRGBA background, line;

  g_return_val_if_fail (kind < PX_N_HIGHLIGHT_KINDS, attrs);

  get_colours (kind, dark, &background, &line);
  pango_attr_list_insert (attrs, pango_attr_background_new (to_pango (background.red),
                                                            to_pango (background.green),
                                                            to_pango (background.blue)));
  pango_attr_list_insert (attrs, pango_attr_background_alpha_new (to_pango (background.alpha)));
  pango_attr_list_insert (attrs, pango_attr_underline_new (styles[kind].underline));
  pango_attr_list_insert (attrs, pango_attr_underline_color_new (to_pango (line.red),
                                                                 to_pango (line.green),
                                                                 to_pango (line.blue)));
  if (styles[kind].overline)
    {
      pango_attr_list_insert (attrs, pango_attr_overline_new (PANGO_OVERLINE_SINGLE));
      pango_attr_list_insert (attrs, pango_attr_overline_color_new (to_pango (line.red),
                                                                    to_pango (line.green),
                                                                    to_pango (line.blue)));
    }
  if (kind == PX_HIGHLIGHT_UNIQUE)
    pango_attr_list_insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));

  return attrs;
}
