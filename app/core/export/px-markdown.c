/* px-markdown.c: text from a page, made inert in Markdown
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-markdown-private.h"

#include <string.h>

void
_px_markdown_append_escaped (GString    *out,
                             const char *text,
                             gboolean    at_line_start)
{
  const char *p = text;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  if (at_line_start)
    {
      const char *digits;

      while (*p == ' ')
        p++;
      digits = p;
      while (g_ascii_isdigit (*digits))
        digits++;
      if (*p == '-' || *p == '+' || *p == '=')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p++);
        }
      else if (digits != p && (*digits == '.' || *digits == ')'))
        {
          g_string_append_len (out, p, digits - p);
          g_string_append_c (out, '\\');
          p = digits;
        }
    }

  for (; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>|~&#!", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

char *
_px_markdown_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  _px_markdown_append_escaped (out, text, FALSE);
  return g_string_free (out, FALSE);
}
