/* px-safe-text.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-safe-text.h"

#include <string.h>

static gboolean
is_reordering (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/* A terminal escape sequence at @p (ESC and what follows, before @end)
 * is left out whole: a page's name "Daily Gazette ESC ]0;title BEL" read
 * as "Daily Gazette]0;title" once the controls alone were dropped.
 * Returns where the text goes on after it. The bytes a sequence is made
 * of are ASCII, never part of a longer UTF-8 character, so they are
 * read byte by byte.
 */
static const char *
skip_escape (const char *p,
             const char *end)
{
  gboolean csi = FALSE, string = FALSE;

  g_assert (p < end && *p == 0x1B);
  p++;
  if (p < end && *p == '[')
    csi = TRUE, p++;
  else if (p < end && (*p == ']' || *p == 'P' || *p == 'X' || *p == '^' || *p == '_'))
    string = TRUE, p++;
  if (csi)
    {
      /* CSI: parameters and intermediates, then one final byte */
      while (p < end && *p >= 0x20 && *p <= 0x3F)
        p++;
      if (p < end && *p >= 0x40 && *p <= 0x7E)
        p++;
    }
  else if (string)
    {
      /* OSC and the other strings: up to BEL or ESC \ */
      while (p < end && *p != '\0' && *p != '\a' && *p != 0x1B)
        p++;
      if (p < end && *p == '\a')
        p++;
      else if (p + 1 < end && *p == 0x1B && p[1] == '\\')
        p += 2;
    }
  else
    {
      /* ESC, intermediates, one final ("ESC ( B") */
      while (p < end && *p >= 0x20 && *p <= 0x2F)
        p++;
      if (p < end && *p >= 0x30 && *p <= 0x7E)
        p++;
    }
  return p;
}

static char *
clean (const char *text,
       gssize      len,
       gboolean    keep_lines)
{
  g_autofree char *valid = NULL;
  const char *end;
  GString *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, len);
  end = valid + strlen (valid);
  out = g_string_sized_new (end - valid);
  for (const char *p = valid; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x1B)
        {
          p = skip_escape (p, end);
          continue;
        }
      p = g_utf8_next_char (p);

      if (c == '\n' || c == '\t' || c == '\r')
        {
          if (keep_lines && c != '\r')
            g_string_append_c (out, (char) c);
          else if (keep_lines && *p != '\n')
            g_string_append_c (out, '\n');
          else if (!keep_lines)
            g_string_append_c (out, ' ');
          continue;
        }
      if (is_control (c) || is_reordering (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Leaves the terminal escape sequences of @text (@len bytes) out, in
 * place, and returns the length left. A page that carries them raw (a
 * title copied from a terminal, a hostile site's name) would otherwise
 * keep their printable tails ("[31m") once a parser drops the ESC.
 */
gsize
px_safe_text_drop_escapes (char  *text,
                           gsize  len)
{
  const char *end = text + len;
  const char *from;
  char *to;

  if (text == NULL || (from = memchr (text, 0x1B, len)) == NULL)
    return len;

  to = (char *) from;
  while (from < end)
    {
      if (*from == 0x1B)
        from = skip_escape (from, end);
      else
        *to++ = *from++;
    }
  if (to < end)
    *to = '\0';
  return to - text;
}

char *
px_safe_text_line (const char *text,
                   gssize      len)
{
  return clean (text, len, FALSE);
}

char *
px_safe_text_block (const char *text,
                    gssize      len)
{
  return clean (text, len, TRUE);
}

char *
px_safe_text_short (const char *text,
                    guint       max_chars)
{
  g_autofree char *line = clean (text, -1, FALSE);
  g_autofree char *cut = NULL;

  if (line == NULL || g_utf8_strlen (line, -1) <= (glong) max_chars)
    return g_steal_pointer (&line);

  cut = g_utf8_substring (line, 0, max_chars);
  return g_strconcat (cut, "…", NULL);
}

char *
px_safe_text_short_at_word (const char *text,
                            guint       max_chars,
                            gboolean    at_item)
{
  char *cut = px_safe_text_short (text, max_chars);

  if (cut != NULL && g_str_has_suffix (cut, "…"))
    {
      char *comma = at_item ? g_strrstr (cut, ", ") : NULL;
      char *space = strrchr (cut, ' ');

      /* the tails are no longer than what they replace: ", " and "…" */
      if (comma != NULL && comma > cut)
        strcpy (comma, " …");
      else if (space != NULL && space > cut)
        strcpy (space, "…");
    }
  return cut;
}

gboolean
px_safe_text_has_rtl (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Hebrew to Arabic Extended, the presentation forms, RLM and ALM,
       * and the right-to-left scripts of the supplementary planes.
       */
      if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)
          || c == 0x200F || c == 0x061C || (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF))
        return TRUE;
    }

  return FALSE;
}

gboolean
px_safe_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isgraph (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

char *
px_safe_text_isolated (const char *text)
{
  g_autofree char *line = clean (text, -1, FALSE);

  if (line == NULL || !px_safe_text_has_rtl (line))
    return g_steal_pointer (&line);

  return g_strconcat ("\u2068", line, "\u2069", NULL);
}
