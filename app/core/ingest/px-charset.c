/* px-charset.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "px-charset.h"
#include "px-html-private.h"

/* The labels of the WHATWG Encoding standard that name an encoding under
 * another name than iconv's, or that iconv reads otherwise: the standard
 * reads latin1, ascii and ISO-8859-1 as windows-1252 (browsers always
 * have, and pages so labelled use 0x80 to 0x9F for quotation marks and
 * dashes), gb2312 as GBK, Shift_JIS and EUC-KR as Microsoft's supersets.
 * Only names: the bytes are decoded by iconv.
 */
static const struct
{
  const char *label;
  const char *encoding;
} whatwg_labels[] = {
  { "unicode-1-1-utf-8", "utf-8" }, { "unicode11utf8", "utf-8" }, { "unicode20utf8", "utf-8" },
  { "utf8", "utf-8" }, { "x-unicode20utf8", "utf-8" },
  { "ansi_x3.4-1968", "windows-1252" }, { "ascii", "windows-1252" }, { "cp1252", "windows-1252" },
  { "cp819", "windows-1252" }, { "csisolatin1", "windows-1252" }, { "ibm819", "windows-1252" },
  { "iso-8859-1", "windows-1252" }, { "iso-ir-100", "windows-1252" }, { "iso8859-1", "windows-1252" },
  { "iso88591", "windows-1252" }, { "iso_8859-1", "windows-1252" }, { "iso_8859-1:1987", "windows-1252" },
  { "l1", "windows-1252" }, { "latin1", "windows-1252" }, { "us-ascii", "windows-1252" },
  { "x-cp1252", "windows-1252" }, { "x-user-defined", "windows-1252" },
  { "cp1254", "windows-1254" }, { "csisolatin5", "windows-1254" }, { "iso-8859-9", "windows-1254" },
  { "iso-ir-148", "windows-1254" }, { "iso8859-9", "windows-1254" }, { "iso88599", "windows-1254" },
  { "iso_8859-9", "windows-1254" }, { "iso_8859-9:1989", "windows-1254" }, { "l5", "windows-1254" },
  { "latin5", "windows-1254" },
  { "dos-874", "windows-874" }, { "iso-8859-11", "windows-874" }, { "iso8859-11", "windows-874" },
  { "iso885911", "windows-874" }, { "tis-620", "windows-874" },
  { "chinese", "gb18030" }, { "csgb2312", "gb18030" }, { "csiso58gb231280", "gb18030" },
  { "gb2312", "gb18030" }, { "gb_2312", "gb18030" }, { "gb_2312-80", "gb18030" }, { "gbk", "gb18030" },
  { "iso-ir-58", "gb18030" }, { "x-gbk", "gb18030" },
  { "big5", "big5-hkscs" }, { "cn-big5", "big5-hkscs" }, { "csbig5", "big5-hkscs" }, { "x-x-big5", "big5-hkscs" },
  { "csshiftjis", "cp932" }, { "ms932", "cp932" }, { "ms_kanji", "cp932" }, { "shift-jis", "cp932" },
  { "shift_jis", "cp932" }, { "sjis", "cp932" }, { "windows-31j", "cp932" }, { "x-sjis", "cp932" },
  { "cseuckr", "cp949" }, { "csksc56011987", "cp949" }, { "euc-kr", "cp949" }, { "iso-ir-149", "cp949" },
  { "korean", "cp949" }, { "ks_c_5601-1987", "cp949" }, { "ks_c_5601-1989", "cp949" }, { "ksc5601", "cp949" },
  { "ksc_5601", "cp949" }, { "windows-949", "cp949" },
  { "cseucpkdfmtjapanese", "euc-jp" }, { "x-euc-jp", "euc-jp" }, { "csiso2022jp", "iso-2022-jp" },
  { "csiso88598i", "iso-8859-8" }, { "iso-8859-8-i", "iso-8859-8" }, { "logical", "iso-8859-8" },
  { "cskoi8r", "koi8-r" }, { "koi", "koi8-r" }, { "koi8", "koi8-r" }, { "koi8_r", "koi8-r" },
  { "koi8-ru", "koi8-u" },
  { "866", "ibm866" }, { "cp866", "ibm866" }, { "csibm866", "ibm866" },
  { "csmacintosh", "macintosh" }, { "mac", "macintosh" }, { "x-mac-roman", "macintosh" },
  { "x-mac-cyrillic", "mac-cyrillic" }, { "x-mac-ukrainian", "mac-cyrillic" },
  { "csunicode", "utf-16le" }, { "iso-10646-ucs-2", "utf-16le" }, { "ucs-2", "utf-16le" },
  { "unicode", "utf-16le" }, { "unicodefeff", "utf-16le" }, { "utf-16", "utf-16le" },
  { "unicodefffe", "utf-16be" },
};

/* Labels iconv knows and browsers do not: UTF-7 (a page in it can hide
 * markup from filters), UTF-32 and UCS-4, EBCDIC. A page so labelled is
 * read as if the label were absent.
 */
static gboolean
unsupported_label (const char *label)
{
  static const char * const prefixes[] = { "utf-7", "utf7", "utf-32", "utf32", "ucs-4", "ucs4",
                                           "ebcdic", "ibm037", "cp037", "ibm1047", "cp1047", NULL };

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (label, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* The encoding a label names, as iconv calls it, or NULL for a label
 * browsers do not know or iconv cannot read: such a label counts as
 * absent, and the next place that may name the encoding is read.
 */
static char *
encoding_for_label (const char *label)
{
  g_autofree char *lower = NULL;
  g_autofree char *compact = NULL;
  const char *encoding = NULL;
  GIConv conv;
  guint j = 0;

  if (label == NULL)
    return NULL;

  lower = g_ascii_strdown (label, -1);
  g_strstrip (lower);
  if (*lower == '"' || *lower == '\'')
    memmove (lower, lower + 1, strlen (lower));
  lower[strcspn (lower, "\"'; \t\r\n\f,")] = '\0';
  if (*lower == '\0')
    return NULL;
  if (g_str_equal (lower, "utf-8"))
    return g_strdup ("utf-8");

  for (guint i = 0; i < G_N_ELEMENTS (whatwg_labels) && encoding == NULL; i++)
    if (g_str_equal (lower, whatwg_labels[i].label))
      encoding = whatwg_labels[i].encoding;
  if (encoding != NULL)
    return g_strdup (encoding);

  /* spellings iconv may know as ISO-8859-1 ("iso8859_1", "latin-1"):
   * browsers read those bytes as windows-1252 too
   */
  compact = g_strdup (lower);
  for (guint i = 0; compact[i] != '\0'; i++)
    if (compact[i] != '-' && compact[i] != '_' && compact[i] != ' ')
      compact[j++] = compact[i];
  compact[j] = '\0';
  if (g_str_equal (compact, "iso88591") || g_str_equal (compact, "latin1") || g_str_equal (compact, "usascii"))
    return g_strdup ("windows-1252");
  if (g_str_has_prefix (lower, "x-cp125") && strlen (lower) == 8)
    return g_strconcat ("windows-", lower + 4, NULL);
  if (unsupported_label (lower))
    return NULL;

  conv = g_iconv_open ("UTF-8", lower);
  if (conv == (GIConv) -1)
    return NULL;
  g_iconv_close (conv);
  return g_steal_pointer (&lower);
}

static gboolean
prefix_is (const char *p,
           const char *end,
           const char *lower)
{
  gsize n = strlen (lower);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, lower, n) == 0;
}

static const char *
find_bytes (const char *p,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (; p != NULL && p + n <= end; p++)
    {
      p = memchr (p, needle[0], end - p);
      if (p == NULL || p + n > end)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
    }
  return NULL;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Reads one attribute of a tag at @p (the way the WHATWG prescan does);
 * returns where it ends, or NULL at the tag's end.
 */
static const char *
read_attribute (const char  *p,
                const char  *end,
                char        *name,
                gsize        name_size,
                const char **value,
                gsize       *value_len)
{
  gsize n = 0;

  while (p < end && (is_space (*p) || *p == '/'))
    p++;
  if (p >= end || *p == '>')
    return NULL;
  *value = NULL;
  *value_len = 0;
  do
    {
      if (n + 1 < name_size)
        name[n++] = g_ascii_tolower (*p);
      p++;
    }
  while (p < end && !is_space (*p) && *p != '=' && *p != '>' && *p != '/');
  name[n] = '\0';
  while (p < end && is_space (*p))
    p++;
  if (p >= end || *p != '=')
    return p;
  p++;
  while (p < end && is_space (*p))
    p++;
  if (p < end && (*p == '"' || *p == '\''))
    {
      const char *close = memchr (p + 1, *p, end - p - 1);

      if (close == NULL)
        return NULL;
      *value = p + 1;
      *value_len = close - p - 1;
      return close + 1;
    }
  *value = p;
  while (p < end && !is_space (*p) && *p != '>')
    p++;
  *value_len = p - *value;
  return p;
}

/* The charset a Content-Type value names ("text/html; charset=utf-8"),
 * by the WHATWG's algorithm for a <meta> element's content.
 */
static char *
charset_in_content (const char *p,
                    gsize       len)
{
  const char *end = p + len;

  while (p < end)
    {
      const char *start;

      while (p < end && !prefix_is (p, end, "charset"))
        p++;
      if (p >= end)
        return NULL;
      p += strlen ("charset");
      while (p < end && is_space (*p))
        p++;
      if (p >= end || *p != '=')
        continue;
      p++;
      while (p < end && is_space (*p))
        p++;
      if (p < end && (*p == '"' || *p == '\''))
        {
          const char *close = memchr (p + 1, *p, end - p - 1);

          return close != NULL ? g_strndup (p + 1, close - p - 1) : NULL;
        }
      start = p;
      while (p < end && !is_space (*p) && *p != ';')
        p++;
      return p > start ? g_strndup (start, p - start) : NULL;
    }
  return NULL;
}

/* The encoding a <meta> names, from its charset attribute or from the
 * content of an http-equiv="Content-Type" one; NULL if neither names one
 * a browser knows.
 */
static char *
meta_encoding (const char *p,
               const char *end,
               const char **tag_end)
{
  g_autofree char *label = NULL;
  g_autofree char *from_content = NULL;
  gboolean pragma = FALSE;
  gboolean has_charset = FALSE;
  char name[16];
  const char *value;
  gsize value_len;
  const char *next;
  char *encoding;

  while ((next = read_attribute (p, end, name, sizeof name, &value, &value_len)) != NULL)
    {
      p = next;
      if (value == NULL)
        continue;
      if (g_str_equal (name, "charset") && !has_charset)
        {
          has_charset = TRUE;
          label = g_strndup (value, value_len);
        }
      else if (g_str_equal (name, "http-equiv"))
        pragma = pragma || (value_len == strlen ("content-type")
                            && g_ascii_strncasecmp (value, "content-type", value_len) == 0);
      else if (g_str_equal (name, "content") && from_content == NULL)
        from_content = charset_in_content (value, value_len);
    }
  *tag_end = p;
  if (!has_charset && pragma)
    label = g_steal_pointer (&from_content);
  encoding = encoding_for_label (label);
  /* a page that could be read to its <meta> is not in UTF-16 */
  if (encoding != NULL && g_str_has_prefix (encoding, "utf-16"))
    {
      g_free (encoding);
      encoding = g_strdup ("utf-8");
    }
  return encoding;
}

/* The encoding the page's <meta> elements name, found the way browsers
 * look for it before they parse (Chromium's reading of the WHATWG
 * prescan): tags are read from the start, comments and the text of
 * <script>, <style> and <title> skipped, through the whole <head> however
 * long its scripts, and once past the head up to the first 1,024 bytes.
 */
static char *
prescan_meta (const char *data,
              gsize       len)
{
  static const char * const head_tags[] = { "html", "head", "meta", "title", "script", "style", "link",
                                            "base", "noscript", "object", "template", NULL };
  static const char * const raw_tags[] = { "script", "style", "title", "textarea", "xmp", "iframe",
                                           "noembed", "noframes", NULL };
  const char *end = data + len;
  const char *p = data;
  gboolean in_head = TRUE;

  while (p < end && (p = memchr (p, '<', end - p)) != NULL)
    {
      char name[16];
      gsize n = 0;
      gboolean closing;
      const char *q;

      if (!in_head && p - data >= 1024)
        break;
      if (prefix_is (p, end, "<!--"))
        {
          q = find_bytes (p + 2, end, "-->");
          if (q == NULL)
            break;
          p = q + 3;
          continue;
        }
      q = p + 1;
      closing = q < end && *q == '/';
      if (closing)
        q++;
      if (q >= end || !g_ascii_isalpha (*q))
        {
          /* <!DOCTYPE>, <?xml ?>, a bare "<": to the next ">" */
          if (q < end && (*q == '!' || *q == '?' || *q == '/'))
            {
              q = memchr (q, '>', end - q);
              p = q != NULL ? q + 1 : end;
            }
          else
            p++;
          continue;
        }
      while (q < end && (g_ascii_isalnum (*q) || *q == '-' || *q == ':'))
        {
          if (n + 1 < sizeof name)
            name[n++] = g_ascii_tolower (*q);
          q++;
        }
      name[n] = '\0';

      if (!closing && g_str_equal (name, "meta"))
        {
          const char *tag_end = q;
          char *encoding = meta_encoding (q, end, &tag_end);

          if (encoding != NULL)
            return encoding;
          q = tag_end;
        }
      else if (!closing && g_strv_contains (raw_tags, name))
        {
          /* to the element's end tag */
          while ((q = memchr (q, '<', end - q)) != NULL)
            {
              if (q + 2 + n <= end && q[1] == '/' && g_ascii_strncasecmp (q + 2, name, n) == 0)
                break;
              q++;
            }
          if (q == NULL)
            break;
        }
      if (closing ? g_str_equal (name, "head") : !g_strv_contains (head_tags, name))
        in_head = FALSE;
      /* to the tag's end, past quoted values */
      while (q < end && *q != '>')
        {
          if (*q == '"' || *q == '\'')
            {
              const char *close = memchr (q + 1, *q, end - q - 1);

              q = close != NULL ? close : end;
            }
          q++;
        }
      p = q;
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
                  gsize       len,
                  guint      *n_replaced)
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
          (*n_replaced)++;
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
               gsize      *out_len,
               guint      *n_replaced)
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
          append_converted (conv, out, data + p, len - p, n_replaced);
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
        append_converted (conv, out, data + p, q - p, n_replaced);
      p = q;
    }
  g_iconv_close (conv);

  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

/* The length of the UTF-8 sequence at @p, or of its maximal subpart
 * when it is broken (the bytes that could begin a character, as the
 * WHATWG decoder and Unicode count them: each such run becomes one
 * U+FFFD); @complete says which.
 */
static gsize
utf8_sequence (const guchar *p,
               gsize         left,
               gboolean     *complete)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  gsize need, i = 1;

  if (c >= 0xC2 && c <= 0xDF)
    need = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      need = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      need = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    }
  else
    {
      *complete = FALSE;
      return 1;
    }
  if (i < left && p[i] >= lo && p[i] <= hi)
    for (i++; i < need && i < left && p[i] >= 0x80 && p[i] <= 0xBF; i++)
      ;
  *complete = i == need;
  return i;
}

/* Counts the characters past ASCII of @data that are well-formed UTF-8
 * (@good) and the broken sequences and NUL bytes (@bad).
 */
static void
utf8_census (const char *data,
             gsize       len,
             gsize      *good,
             gsize      *bad)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + len;

  *good = *bad = 0;
  while (p < end)
    {
      gboolean complete;

      /* no byte past ASCII and no NUL byte among the eight */
      if (end - p >= 8 && _px_ascii_eight_from (p, 1))
        {
          p += 8;
          continue;
        }
      if (*p < 0x80)
        {
          *bad += *p == 0;
          p++;
          continue;
        }
      p += utf8_sequence (p, end - p, &complete);
      if (complete)
        (*good)++;
      else
        (*bad)++;
    }
}

static gboolean
is_valid_utf8 (const char *data,
               gsize       len)
{
  gsize good, bad;

  utf8_census (data, len, &good, &bad);
  return bad == 0;
}

/* @data as valid UTF-8: each broken sequence (and each NUL byte) becomes
 * one U+FFFD, as a browser's UTF-8 decoder makes it. @valid says that
 * @data is valid already (most pages are), from a pass the caller made:
 * then it is only copied.
 */
static char *
utf8_make_valid_len (const char *data,
                     gsize       len,
                     gboolean    valid,
                     gsize      *out_len,
                     guint      *n_replaced)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + len;
  GString *out;

  if (valid)
    {
      char *copy = g_malloc (len + 1);

      memcpy (copy, data, len);
      copy[len] = '\0';
      if (out_len != NULL)
        *out_len = len;
      return copy;
    }
  out = g_string_sized_new (len + 16);
  while (p < end)
    {
      const guchar *run = p;
      gboolean complete = TRUE;
      gsize n = 0;

      while (p < end)
        {
          if (*p == 0)
            {
              complete = FALSE;
              n = 1;
              break;
            }
          if (*p < 0x80)
            {
              p++;
              continue;
            }
          n = utf8_sequence (p, end - p, &complete);
          if (!complete)
            break;
          p += n;
        }
      g_string_append_len (out, (const char *) run, p - run);
      if (p < end && !complete)
        {
          g_string_append (out, "\xef\xbf\xbd");
          (*n_replaced)++;
          p += n;
        }
    }
  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

/* TRUE when bytes past ASCII are UTF-8, all or but for a few broken
 * sequences (a UTF-8 page with one damaged byte keeps its accents and
 * quotation marks; the damage becomes U+FFFD). Text in a single-byte or
 * East Asian encoding almost never forms UTF-8 sequences, so most of its
 * sequences past ASCII must be UTF-8.
 */
static gboolean
mostly_utf8 (gsize good,
             gsize bad)
{
  return good > 0 && bad * 4 <= good;
}

static gboolean
is_unicode (const char *charset)
{
  return g_str_equal (charset, "utf-8") || g_str_has_prefix (charset, "utf-16");
}

/* The byte windows-1252 (or ISO-8859-1) encodes @c as, when it is one of
 * 0x80 to 0xBF (the bytes that continue a UTF-8 sequence), else 0.
 */
static guchar
continuation_byte (GIConv   *conv,
                   gunichar  c)
{
  char in[6];
  char out[4];
  char *inbuf = in;
  char *outbuf = out;
  gsize inleft = g_unichar_to_utf8 (c, in);
  gsize outleft = sizeof out;

  /* the bytes ISO-8859-1 reads as themselves: U+00A0 to U+00BF, and the
   * C1 controls that windows-1252 leaves undefined (0x81, 0x8D, ...)
   */
  if (c >= 0x80 && c <= 0xBF)
    return (guchar) c;
  if (c < 0x152 || c > 0x2122)
    return 0;
  if (*conv == NULL)
    *conv = g_iconv_open ("WINDOWS-1252", "UTF-8");
  if (*conv == (GIConv) -1)
    return 0;
  if (g_iconv (*conv, &inbuf, &inleft, &outbuf, &outleft) == (gsize) -1 || sizeof out - outleft != 1)
    {
      g_iconv (*conv, NULL, NULL, NULL, NULL);
      return 0;
    }
  return (guchar) out[0] >= 0x80 && (guchar) out[0] <= 0x9F ? (guchar) out[0] : 0;
}

/* Undoes UTF-8 read once as windows-1252 and written again as UTF-8 (a
 * page's text stored or copied through a system that took it for
 * windows-1252): "Kosovoâ€™s" is "Kosovo’s", "Â£5m" is "£5m", "FranÃ§ois"
 * is "François". Browsers show the page as it is; the reader meant the
 * other ("â€" alone is "”", whose last byte windows-1252 has no
 * character for). Only what such text is made of is undone: "Â", "Ã", "Ä", "Å"
 * and "â" followed by characters whose windows-1252 bytes continue a
 * UTF-8 sequence, which together make a letter of Latin-1 or Latin
 * Extended-A, a quotation mark, dash, bullet or ellipsis, the euro or
 * trade mark sign; real text never has those pairs ("SÃO PAULO",
 * "château" and "Straße“" stay). Works in place: the text only shrinks.
 */
void
px_charset_repair_double_encoding (char  *text,
                                   gsize *len)
{
  GIConv conv = NULL;
  gsize n = *len;
  gsize i = 0, w = 0;

  while (i < n)
    {
      const char *lead = memchr (text + i, 0xC3, n - i);
      gsize at;
      guchar first;
      guint need;
      guchar seq[4];
      gsize j;
      gunichar c;
      guint k;

      if (lead == NULL)
        break;
      at = lead - text;
      j = at + 2;
      if (at + 1 >= n)
        break;
      first = (guchar) text[at + 1];
      if (first >= 0x82 && first <= 0x85)
        {
          seq[0] = 0xC0 + (first - 0x80);
          need = 1;
        }
      else if (first == 0xA2)
        {
          seq[0] = 0xE2;
          need = 2;
        }
      else
        need = 0;
      for (k = 0; k < need && j < n && (guchar) text[j] >= 0x80; k++)
        {
          gunichar next = g_utf8_get_char_validated (text + j, n - j);

          if (next == (gunichar) -1 || next == (gunichar) -2)
            break;
          seq[1 + k] = continuation_byte (&conv, next);
          if (seq[1 + k] == 0)
            break;
          j = g_utf8_next_char (text + j) - text;
        }
      /* "â€" alone was a closing quotation mark (E2 80 9D): windows-1252
       * has no character for 0x9D, and what went through it lost it
       */
      if (need == 2 && k == 1 && seq[1] == 0x80)
        {
          seq[2] = 0x9D;
          k = 2;
        }
      c = need > 0 && k == need ? g_utf8_get_char_validated ((const char *) seq, need + 1) : (gunichar) -1;
      if (c == (gunichar) -1 || c == (gunichar) -2
          || !((c >= 0xA0 && c <= 0x17F) || (c >= 0x2010 && c <= 0x203A) || c == 0x20AC || c == 0x2122))
        {
          /* not a repair: keep the two bytes of the lead */
          at += 2;
          memmove (text + w, text + i, at - i);
          w += at - i;
          i = at;
          continue;
        }
      memmove (text + w, text + i, at - i);
      w += at - i;
      memcpy (text + w, seq, need + 1);
      w += need + 1;
      i = j;
    }
  if (conv != NULL && conv != (GIConv) -1)
    g_iconv_close (conv);
  /* nothing undone: the text is as it was */
  if (w == i)
    return;
  memmove (text + w, text + i, n - i);
  w += n - i;
  text[w] = '\0';
  *len = w;
}

char *
px_charset_to_utf8_full (const char        *data,
                         gsize              len,
                         const char        *declared,
                         gboolean           is_html,
                         gsize             *out_len,
                         PxCharsetDecision *decision)
{
  g_autofree char *charset = NULL;
  char *result = NULL;
  /* TRUE when the bytes, counted to choose the charset, are valid UTF-8 */
  gboolean known_valid = FALSE;
  PxCharsetFrom from = PX_CHARSET_FROM_BOM;
  guint n_replaced = 0;

  /* A byte order mark decides, before any label (as in browsers). */
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
  else
    {
      /* Then the HTTP header's charset, then the page's <meta>; a label
       * no browser knows counts as absent. Without either, bytes that are
       * UTF-8 are read as UTF-8 and others as windows-1252 (what browsers
       * with an English locale fall back to).
       */
      gboolean from_header = FALSE;
      gsize good, bad;

      charset = encoding_for_label (declared);
      from_header = charset != NULL;
      from = PX_CHARSET_FROM_HEADER;
      if (charset == NULL && is_html)
        {
          charset = prescan_meta (data, len);
          from = PX_CHARSET_FROM_META;
        }
      utf8_census (data, len, &good, &bad);
      known_valid = bad == 0;
      if (charset == NULL)
        {
          charset = g_strdup (bad == 0 || mostly_utf8 (good, bad) ? "utf-8" : "windows-1252");
          from = PX_CHARSET_FROM_BYTES;
        }
      else if (!is_unicode (charset) && mostly_utf8 (good, bad))
        {
          /* The label is wrong: pages saved or served again keep the
           * <meta> (or the server its header) of the original's encoding
           * while their bytes were rewritten as UTF-8, and read as
           * windows-1252 they turn "Kosovo's" into "Kosovoâ€™s", which a
           * browser shows. Text in a legacy encoding past ASCII is almost
           * never UTF-8 as well, so its bytes decide.
           */
          g_free (charset);
          charset = g_strdup ("utf-8");
          from = PX_CHARSET_FROM_BYTES_OVER_LABEL;
        }
      else if (from_header && is_html && g_str_equal (charset, "utf-8") && good == 0 && bad > 0)
        {
          /* The header says UTF-8 (often a server's default) and the
           * page's <meta> names a legacy encoding: the bytes decide
           * between them. Not one UTF-8 character past ASCII and bytes
           * that are not UTF-8: the page is in its <meta>'s encoding,
           * where a browser would show a U+FFFD for every accent and
           * quotation mark. With no other label, UTF-8 stays, and broken
           * bytes become U+FFFD as in browsers.
           */
          g_autofree char *meta = prescan_meta (data, len);

          if (meta != NULL && !is_unicode (meta))
            {
              g_free (charset);
              charset = g_steal_pointer (&meta);
              from = PX_CHARSET_FROM_META;
            }
        }
    }

  if (g_str_equal (charset, "utf-8"))
    result = utf8_make_valid_len (data, len, known_valid || is_valid_utf8 (data, len), out_len, &n_replaced);
  else
    {
      gsize converted_len = 0;

      result = convert_lossy (data, len, charset, &converted_len, &n_replaced);
      /* iconv can let through what is not UTF-8: glibc reads "utf[8" as
       * UTF-8 and passes on code points above U+10FFFF (found by fuzzing).
       */
      if (result != NULL && !is_valid_utf8 (result, converted_len))
        {
          char *repaired = utf8_make_valid_len (result, converted_len, FALSE, &converted_len, &n_replaced);

          g_free (result);
          result = repaired;
        }
      if (out_len != NULL)
        *out_len = converted_len;
    }

  if (result == NULL)
    {
      /* A charset iconv does not know: trust the bytes if they are UTF-8. */
      g_free (charset);
      charset = g_strdup ("utf-8");
      from = PX_CHARSET_FROM_BYTES;
      n_replaced = 0;
      result = utf8_make_valid_len (data, len, known_valid || is_valid_utf8 (data, len), out_len, &n_replaced);
    }

  {
    gsize result_len = out_len != NULL ? *out_len : strlen (result);

    px_charset_repair_double_encoding (result, &result_len);
    if (out_len != NULL)
      *out_len = result_len;
  }

  if (decision != NULL)
    {
      g_free (decision->charset);
      decision->charset = g_steal_pointer (&charset);
      decision->from = from;
      decision->n_replaced = n_replaced;
    }

  return result;
}

char *
px_charset_to_utf8 (const char  *data,
                    gsize        len,
                    const char  *declared,
                    gboolean     is_html,
                    gsize       *out_len,
                    char       **charset_out)
{
  PxCharsetDecision decision = { NULL, PX_CHARSET_FROM_UNKNOWN, 0 };
  char *result = px_charset_to_utf8_full (data, len, declared, is_html, out_len, &decision);

  if (charset_out != NULL)
    *charset_out = g_steal_pointer (&decision.charset);
  px_charset_decision_clear (&decision);
  return result;
}

void
px_charset_decision_clear (PxCharsetDecision *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->charset, g_free);
  self->from = PX_CHARSET_FROM_UNKNOWN;
  self->n_replaced = 0;
}

gboolean
px_charset_looks_binary (const char *data,
                         gsize       len)
{
  static const struct { const char *magic; gsize len; } signatures[] = {
    { "\x89PNG", 4 }, { "GIF8", 4 }, { "\xff\xd8\xff", 3 }, { "%PDF", 4 },
    { "PK\x03\x04", 4 }, { "\x1f\x8b", 2 }, { "\x7f" "ELF", 4 }, { "RIFF", 4 },
    { "\xfd" "7zXZ", 5 }, { "\x28\xb5\x2f\xfd", 4 }, { "7z\xbc\xaf", 4 }, { "OggS", 4 },
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
   * template's slip, a copy-paste) does not make it one. Compressed or
   * encrypted data without a signature has no NUL to speak of, but about one
   * byte in ten is a control character, which no text in any encoding
   * carries (ESC, which ISO-2022 uses, is not counted); data half made of
   * printable strings (an executable's, a database page's) still has one
   * in twenty, so one in 33 is the line.
   */
  return sample > 0 && (nul * 100 > sample || control * 33 > sample);
}
