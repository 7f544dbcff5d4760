/* px-markdown.c: text from a page, made inert in Markdown
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-markdown-private.h"

#include "px-safe-text.h"

#include <string.h>

/* Whether the text right before @p (within @text) is @word, in any case. */
static gboolean
ends_with_word (const char *text,
                const char *p,
                const char *word)
{
  gsize len = strlen (word);

  return (gsize) (p - text) >= len && g_ascii_strncasecmp (p - len, word, len) == 0;
}

void
_px_markdown_append_escaped (GString    *out,
                             const char *text,
                             gboolean    at_line_start)
{
  g_autofree char *safe = NULL;
  const char *p;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  /* No control or reordering character from a page or a note reaches
   * whoever reads the Markdown in a terminal.
   */
  safe = px_safe_text_block (text, -1);
  text = p = safe;

  if (at_line_start)
    {
      const char *digits;

      /* A tab indents as much as spaces do: "\t- item" is a list too. */
      while (*p == ' ' || *p == '\t')
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
      /* GitHub's autolink extension makes links of "scheme:", "www." and
       * e-mail addresses in plain text: an escaped colon or dot is never
       * part of one, and a word joiner after "@" (invisible) ends the
       * address before its domain.
       */
      else if ((*p == ':' && (g_str_has_prefix (p, "://") || ends_with_word (text, p, "mailto")
                              || ends_with_word (text, p, "xmpp")))
               || (*p == '.' && ends_with_word (text, p, "www")))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      if (*p == '@' && g_ascii_isalnum (p[1]))
        g_string_append (out, "\u2060");
    }
}

char *
_px_markdown_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  _px_markdown_append_escaped (out, text, FALSE);
  return g_string_free (out, FALSE);
}
