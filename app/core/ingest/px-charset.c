/* px-charset.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "px-charset.h"

#define META_SNIFF_BYTES 4096

/* Maps labels to names iconv knows, the way the WHATWG Encoding standard
 * treats the common aliases (latin1 and ascii really mean windows-1252).
 */
static char *
normalize_charset (const char *label)
{
  g_autofree char *lower = NULL;

  if (label == NULL)
    return NULL;

  lower = g_ascii_strdown (label, -1);
  g_strstrip (lower);
  if (*lower == '"' || *lower == '\'')
    memmove (lower, lower + 1, strlen (lower));
  lower[strcspn (lower, "\"'; ")] = '\0';

  if (*lower == '\0')
    return NULL;
  if (g_str_equal (lower, "utf8") || g_str_equal (lower, "unicode-1-1-utf-8"))
    return g_strdup ("utf-8");
  if (g_str_equal (lower, "iso-8859-1") || g_str_equal (lower, "latin1")
      || g_str_equal (lower, "iso8859-1") || g_str_equal (lower, "us-ascii")
      || g_str_equal (lower, "ascii") || g_str_equal (lower, "l1")
      || g_str_equal (lower, "cp1252"))
    return g_strdup ("windows-1252");
  if (g_str_equal (lower, "cp1251") || g_str_equal (lower, "x-cp1251"))
    return g_strdup ("windows-1251");
  if (g_str_equal (lower, "gb2312") || g_str_equal (lower, "gbk"))
    return g_strdup ("gb18030");
  if (g_str_equal (lower, "shift_jis") || g_str_equal (lower, "sjis"))
    return g_strdup ("shift_jis");

  return g_steal_pointer (&lower);
}

static char *
sniff_meta_charset (const char *data,
                    gsize       len)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (len, META_SNIFF_BYTES));
  const char *p = head;

  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *end = strchr (p, '>');
      const char *cs;

      if (end == NULL)
        break;

      cs = g_strstr_len (p, end - p, "charset");
      if (cs != NULL)
        {
          cs += strlen ("charset");
          while (cs < end && (*cs == ' ' || *cs == '\t'))
            cs++;
          if (cs < end && *cs == '=')
            {
              g_autofree char *value = NULL;
              const char *start;

              cs++;
              while (cs < end && (*cs == ' ' || *cs == '"' || *cs == '\''))
                cs++;
              start = cs;
              while (cs < end && !strchr ("\"'; />\t", *cs))
                cs++;
              value = g_strndup (start, cs - start);
              return normalize_charset (value);
            }
        }
      p = end;
    }

  return NULL;
}

/* Converts @len bytes at @in and appends them to @out; an invalid or
 * incomplete sequence becomes U+FFFD and the conversion goes on after its
 * first byte.
 */
static void
append_converted (GIConv      conv,
                  GString    *out,
                  const char *in,
                  gsize       len)
{
  char *inbuf = (char *) in;
  gsize inleft = len;
  char buf[4096];

  while (inleft > 0)
    {
      char *outbuf = buf;
      gsize outleft = sizeof buf;
      gsize r = g_iconv (conv, &inbuf, &inleft, &outbuf, &outleft);

      g_string_append_len (out, buf, sizeof buf - outleft);
      if (r == (gsize) -1)
        {
          if (errno == E2BIG)
            continue;
          /* An invalid or incomplete sequence: mark it and go on. */
          g_string_append (out, "\xef\xbf\xbd");
          inbuf++;
          inleft--;
        }
    }
  /* what the converter holds back (a letter that a mark after it might
   * have combined with, in windows-1255 and -1258) is written out here
   */
  {
    char *outbuf = buf;
    gsize outleft = sizeof buf;

    if (g_iconv (conv, NULL, NULL, &outbuf, &outleft) != (gsize) -1)
      g_string_append_len (out, buf, sizeof buf - outleft);
  }
}

/* TRUE when @conv reads ASCII as ASCII and keeps no state between
 * characters, so that runs of ASCII bytes can be copied as they are and
 * only the rest handed to iconv (which is slow for some multi-byte
 * character sets: GB18030 took 4,000 instructions a byte of an English
 * page labelled gb2312). The ISO-2022 family, UTF-7 and HZ shift in and
 * out of other sets with ASCII bytes, windows-1255 and -1258 hold a letter
 * back for the marks that may follow it; UTF-16 and -32 and EBCDIC do not
 * read ASCII as ASCII.
 */
static gboolean
passes_ascii (GIConv      conv,
              const char *charset)
{
  static const char * const stateful[] = { "2022", "utf-7", "utf7", "hz", "utf-16", "utf16",
                                           "utf-32", "utf32", "ucs", "1255", "1258", "tcvn", NULL };
  char ascii[96];
  char back[sizeof ascii * 4];
  char *inbuf = ascii;
  char *outbuf = back;
  gsize inleft = sizeof ascii;
  gsize outleft = sizeof back;
  gboolean same;

  for (guint i = 0; stateful[i] != NULL; i++)
    if (strstr (charset, stateful[i]) != NULL)
      return FALSE;
  for (guint i = 0; i < sizeof ascii; i++)
    ascii[i] = i == 0 ? '\n' : (char) (' ' + i - 1);
  same = g_iconv (conv, &inbuf, &inleft, &outbuf, &outleft) != (gsize) -1 && inleft == 0
         && sizeof back - outleft == sizeof ascii && memcmp (back, ascii, sizeof ascii) == 0;
  /* back to the initial state */
  g_iconv (conv, NULL, NULL, NULL, NULL);
  return same;
}

static char *
convert_lossy (const char *data,
               gsize       len,
               const char *charset,
               gsize      *out_len)
{
  GIConv conv = g_iconv_open ("UTF-8", charset);
  GString *out;
  gboolean ascii_runs;
  gsize p = 0;

  if (conv == (GIConv) -1)
    return NULL;

  ascii_runs = passes_ascii (conv, charset);
  out = g_string_sized_new (len + len / 4);
  while (p < len)
    {
      gsize q = p;

      if (!ascii_runs)
        {
          append_converted (conv, out, data + p, len - p);
          break;
        }
      while (q < len && (guchar) data[q] < 0x80)
        q++;
      g_string_append_len (out, data + p, q - p);
      p = q;
      /* The bytes past ASCII, with the trail bytes of their characters
       * that look like ASCII (Shift_JIS, Big5, GBK: 0x40 to 0x7E;
       * GB18030: digits), up to and with the first of two ASCII bytes in
       * a row: a character never ends in two of them.
       */
      while (q < len)
        {
          guchar c = (guchar) data[q++];

          if (c < 0x80 && (q == len || (guchar) data[q] < 0x80))
            break;
        }
      if (q > p)
        append_converted (conv, out, data + p, q - p);
      p = q;
    }
  g_iconv_close (conv);

  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_valid_utf8 (const char *data,
               gsize       len)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + len;

  while (p < end)
    {
      if (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          /* no byte past ASCII and no NUL byte among the eight */
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0
              && ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word
                  & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }
      if (*p == 0)
        return FALSE;
      if (*p < 0x80)
        {
          p++;
          continue;
        }
      {
        gunichar c = g_utf8_get_char_validated ((const char *) p, end - p);

        if (c == (gunichar) -1 || c == (gunichar) -2)
          return FALSE;
        p += g_utf8_skip[*p];
      }
    }
  return TRUE;
}

static char *
utf8_make_valid_len (const char *data,
                     gsize       len,
                     gsize      *out_len)
{
  char *valid;

  /* most pages are valid already: one pass to know it, one copy */
  if (is_valid_utf8 (data, len))
    {
      valid = g_malloc (len + 1);
      memcpy (valid, data, len);
      valid[len] = '\0';
      if (out_len != NULL)
        *out_len = len;
      return valid;
    }
  valid = g_utf8_make_valid (data, len);
  if (out_len != NULL)
    *out_len = strlen (valid);
  return valid;
}

/* TRUE when undeclared bytes are UTF-8 with a few broken sequences: a
 * UTF-8 page with one damaged byte keeps its accents and quotation marks
 * (the damage becomes U+FFFD) instead of being read whole as
 * windows-1252. Single-byte text past ASCII almost never forms UTF-8
 * sequences, so it needs most of its sequences past ASCII to be UTF-8.
 */
static gboolean
mostly_utf8 (const char *data,
             gsize       len)
{
  gsize good = 0, bad = 0;
  gsize i = 0;

  while (i < len)
    {
      gunichar c;

      if ((guchar) data[i] < 0x80)
        {
          i++;
          continue;
        }
      c = g_utf8_get_char_validated (data + i, len - i);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          bad++;
          i++;
        }
      else
        {
          good++;
          i += g_utf8_skip[(guchar) data[i]];
        }
    }
  return good > 0 && bad * 4 <= good;
}

/* TRUE when a page said to be in @charset is UTF-8 after all: pages saved
 * or served again keep the <meta> (or the server its header) of the
 * original's encoding while their bytes were rewritten as UTF-8, and read
 * as windows-1252 they turn "Kosovo's" into "Kosovoâ€™s". Text in a
 * single-byte or East Asian encoding that is not ASCII is almost never
 * valid UTF-8 as well, so bytes past ASCII that all form UTF-8 sequences
 * decide it.
 */
static gboolean
labels_wrongly (const char *charset,
                const char *data,
                gsize       len)
{
  gboolean beyond_ascii = FALSE;

  if (g_str_equal (charset, "utf-8") || g_str_has_prefix (charset, "utf-16")
      || g_str_has_prefix (charset, "utf-32") || g_str_equal (charset, "utf-7"))
    return FALSE;
  for (gsize i = 0; i < len && !beyond_ascii; i++)
    beyond_ascii = (guchar) data[i] >= 0x80;
  return beyond_ascii && is_valid_utf8 (data, len);
}

char *
px_charset_to_utf8 (const char  *data,
                    gsize        len,
                    const char  *declared,
                    gboolean     is_html,
                    gsize       *out_len,
                    char       **charset_out)
{
  g_autofree char *charset = NULL;
  char *result = NULL;
  gboolean is_bom;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      charset = g_strdup ("utf-8");
      data += 3;
      len -= 3;
    }
  else if (len >= 2 && memcmp (data, "\xff\xfe", 2) == 0)
    {
      charset = g_strdup ("utf-16le");
      data += 2;
      len -= 2;
    }
  else if (len >= 2 && memcmp (data, "\xfe\xff", 2) == 0)
    {
      charset = g_strdup ("utf-16be");
      data += 2;
      len -= 2;
    }

  is_bom = charset != NULL;
  if (charset == NULL)
    charset = normalize_charset (declared);
  if (charset == NULL && is_html)
    charset = sniff_meta_charset (data, len);
  if (charset == NULL)
    charset = g_strdup (is_valid_utf8 (data, len) || mostly_utf8 (data, len) ? "utf-8" : "windows-1252");
  else if (!is_bom && labels_wrongly (charset, data, len))
    {
      g_free (charset);
      charset = g_strdup ("utf-8");
    }

  if (g_str_equal (charset, "utf-8"))
    result = utf8_make_valid_len (data, len, out_len);
  else
    {
      gsize converted_len = 0;

      result = convert_lossy (data, len, charset, &converted_len);
      /* iconv can let through what is not UTF-8: glibc reads "utf[8" as
       * UTF-8 and passes on code points above U+10FFFF (found by fuzzing).
       */
      if (result != NULL && !is_valid_utf8 (result, converted_len))
        {
          char *valid = utf8_make_valid_len (result, converted_len, &converted_len);

          g_free (result);
          result = valid;
        }
      if (out_len != NULL)
        *out_len = converted_len;
    }

  if (result == NULL)
    {
      /* A charset iconv does not know: trust the bytes if they are UTF-8. */
      g_free (charset);
      charset = g_strdup ("utf-8");
      result = utf8_make_valid_len (data, len, out_len);
    }

  if (charset_out != NULL)
    *charset_out = g_steal_pointer (&charset);

  return result;
}

gboolean
px_charset_looks_binary (const char *data,
                         gsize       len)
{
  static const struct { const char *magic; gsize len; } signatures[] = {
    { "\x89PNG", 4 }, { "GIF8", 4 }, { "\xff\xd8\xff", 3 }, { "%PDF", 4 },
    { "PK\x03\x04", 4 }, { "\x1f\x8b", 2 }, { "\x7f" "ELF", 4 }, { "RIFF", 4 },
  };
  gsize sample = MIN (len, 8192);
  gsize control = 0;
  gsize nul = 0;

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    if (len >= signatures[i].len && memcmp (data, signatures[i].magic, signatures[i].len) == 0)
      return TRUE;

  /* UTF-16 text carries NUL bytes but starts with a byte order mark. */
  if (len >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    return FALSE;

  for (gsize i = 0; i < sample; i++)
    {
      guchar c = data[i];

      if (c == 0)
        nul++;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
        control++;
    }

  /* Binary formats are full of NUL bytes; a stray one in a real page (a
   * template's slip, a copy-paste) does not make it one.
   */
  return sample > 0 && (nul * 100 > sample || control * 10 > sample);
}
