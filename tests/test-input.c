/* test-input.c: files, standard input and character sets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-charset.h"
#include "px-extract.h"
#include "px-fetch-private.h"
#include "px-input.h"
#include "px-outlets.h"
#include "px-snapshot.h"
#include "px-test-timing.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

static char *
write_temp (const char *name,
            const char *data,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-test-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_plain_text_paragraphs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  const char *text = "Headline here\n\nFirst paragraph\nwraps onto a second line.\n  \n\n\nSecond one.\n";

  article = px_extract_plain_text ("t.txt", text, strlen (text), &error);
  g_assert_no_error (error);
  /* a line end inside a paragraph is a space; the blank lines between
   * paragraphs stay the file's, so that offsets are the file's */
  g_assert_cmpstr (article->text, ==,
                   "Headline here\n\nFirst paragraph wraps onto a second line.\n  \n\n\nSecond one.");
  g_assert_cmpuint (article->paragraphs->len, ==, 3);
  g_assert_cmpstr (article->title, ==, "Headline here");
  /* the headline is also the text's first line: a view shows it once */
  g_assert_true (px_article_headline_is_first_paragraph (article));
  {
    PxSpan *second = &g_array_index (article->paragraphs, PxSpan, 1);

    g_assert_true (g_str_has_prefix (article->text + second->start, "First paragraph"));
    g_assert_cmpuint (second->end - second->start, ==, strlen ("First paragraph wraps onto a second line."));
  }
}

static void
test_charset_windows_1251 (void)
{
  /* "Привет" in windows-1251, declared only in a <meta>. */
  const char html[] = "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>";
  g_autofree char *charset = NULL;
  g_autofree char *utf8 = px_charset_to_utf8 (html, sizeof html - 1, NULL, TRUE, NULL, &charset);

  g_assert_cmpstr (charset, ==, "windows-1251");
  g_assert_nonnull (strstr (utf8, "Привет"));
}

static void
test_charset_latin1_header (void)
{
  const char text[] = "caf\xe9 cr\xe8me";
  g_autofree char *utf8 = px_charset_to_utf8 (text, sizeof text - 1, "ISO-8859-1", FALSE, NULL, NULL);

  g_assert_cmpstr (utf8, ==, "café crème");
}

/* Pages saved again as UTF-8 keep the <meta> or header of their old
 * encoding; a page really in that encoding is still read in it.
 */
static void
test_charset_mislabelled_utf8 (void)
{
  const char relabelled[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                            "charset=iso-8859-1\"></head><body><p>Kosovo\xe2\x80\x99s caf\xc3\xa9</p></body></html>";
  const char real[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                      "charset=iso-8859-1\"></head><body><p>Kosovo\x92s caf\xe9</p></body></html>";
  const char header[] = "Kosovo\xe2\x80\x99s caf\xc3\xa9";
  g_autofree char *charset = NULL;
  g_autofree char *utf8 = px_charset_to_utf8 (relabelled, sizeof relabelled - 1, NULL, TRUE, NULL, &charset);
  g_autofree char *utf8_real = px_charset_to_utf8 (real, sizeof real - 1, NULL, TRUE, NULL, NULL);
  g_autofree char *utf8_header = px_charset_to_utf8 (header, sizeof header - 1, "ISO-8859-1", FALSE, NULL, NULL);

  g_assert_cmpstr (charset, ==, "utf-8");
  g_assert_nonnull (strstr (utf8, "Kosovo\u2019s caf\u00e9"));
  g_assert_nonnull (strstr (utf8_real, "Kosovo\u2019s caf\u00e9"));
  g_assert_cmpstr (utf8_header, ==, "Kosovo\u2019s caf\u00e9");
}

static void
test_charset_invalid_utf8 (void)
{
  const char text[] = "ok \xff\xfe\xc3 end";
  g_autofree char *utf8 = px_charset_to_utf8 (text, sizeof text - 1, "utf-8", FALSE, NULL, NULL);

  g_assert_true (g_utf8_validate (utf8, -1, NULL));
  g_assert_true (g_str_has_prefix (utf8, "ok "));
  g_assert_true (g_str_has_suffix (utf8, " end"));
}

/* An undeclared UTF-8 page with one damaged byte is still UTF-8; text in
 * windows-1252 stays windows-1252.
 */
static void
test_charset_damaged_utf8 (void)
{
  const char damaged[] = "<p>Kosovo\xe2\x80\x99s caf\xc3\xa9 \xff and \xe2\x80\x9cquotes\xe2\x80\x9d</p>";
  const char legacy[] = "<p>Kosovo\x92s caf\xe9 and \x93quotes\x94</p>";
  g_autofree char *charset = NULL;
  g_autofree char *utf8 = px_charset_to_utf8 (damaged, sizeof damaged - 1, NULL, TRUE, NULL, &charset);
  g_autofree char *legacy_utf8 = px_charset_to_utf8 (legacy, sizeof legacy - 1, NULL, TRUE, NULL, NULL);

  g_assert_cmpstr (charset, ==, "utf-8");
  g_assert_cmpstr (utf8, ==, "<p>Kosovo\u2019s caf\u00e9 \ufffd and \u201cquotes\u201d</p>");
  g_assert_cmpstr (legacy_utf8, ==, "<p>Kosovo\u2019s caf\u00e9 and \u201cquotes\u201d</p>");
}

/* Multi-byte character sets whose trail bytes look like ASCII ("\\",
 * digits, letters), one that shifts in and out with ASCII bytes, one that
 * holds its last letter back, and a single-byte one: the runs of ASCII
 * copied as they are must never cut or move a character.
 */
static void
test_charset_multibyte (void)
{
  static const struct
  {
    const char *charset;
    const char *bytes;
    const char *utf8;
  } cases[] = {
    { "shift_jis", "Tokyo \x83\x5c\x83t\x83g \x95\x5c\x8e\xa6 ok, 2 + 2 = 4 \x83\x5c",
      "Tokyo \xe3\x82\xbd\xe3\x83\x95\xe3\x83\x88 \xe8\xa1\xa8\xe7\xa4\xba ok, 2 + 2 = 4 \xe3\x82\xbd" },
    { "big5", "Taipei \xa5\x5c\xa4\xd2 \xb3\x5c\xa5i end \xa5\x5c",
      "Taipei \xe5\x8a\x9f\xe5\xa4\xab \xe8\xa8\xb1\xe5\x8f\xaf end \xe5\x8a\x9f" },
    { "gb18030", "Beijing caf\xa8\xa6 \xb1\xb1\xbe\xa9 \xa2\xe3" "5 \x81" "0\x8b" "7 end",
      "Beijing caf\xc3\xa9 \xe5\x8c\x97\xe4\xba\xac \xe2\x82\xac" "5 \xc3\xbf end" },
    { "iso-2022-jp", "Tokyo \x1b$BF|K\x5c" "8l\x1b(B text \x1b$BF|K\x5c\x1b(B ok",
      "Tokyo \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e text \xe6\x97\xa5\xe6\x9c\xac ok" },
    { "euc-kr", "Seoul \xc7\xd1\xb1\xb9\xbe\xee text",
      "Seoul \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 text" },
    { "windows-1255", "Haifa \xf9\xec\xe5\xed \xf2\xe5\xec\xed",
      "Haifa \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d" },
    { "windows-1252", "Caf\xe9 \x97 \x93na\xefve\x94 \x80" "5",
      "Caf\xc3\xa9 \xe2\x80\x94 \xe2\x80\x9cna\xc3\xafve\xe2\x80\x9d \xe2\x82\xac" "5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = 0;
      g_autofree char *utf8 = px_charset_to_utf8 (cases[i].bytes, strlen (cases[i].bytes), cases[i].charset,
                                                  FALSE, &len, NULL);

      g_assert_cmpstr (utf8, ==, cases[i].utf8);
      g_assert_cmpuint (len, ==, strlen (cases[i].utf8));
    }
}

/* Pages in tests/fixtures/charset (written by make-pages.py there): the
 * bytes in one encoding, the HTTP header and the <meta> saying the same,
 * nothing or something else. What must be read is what the author wrote,
 * the way a browser finds the encoding (byte order mark, header, <meta>,
 * the bytes themselves), except where the bytes prove a label wrong.
 */
static void
test_charset_pages (void)
{
  static const struct
  {
    const char *page;
    const char *header;   /* the Content-Type charset served with it */
    const char *charset;  /* what it must be read as */
    const char *kept[3];
    guint damage;         /* broken sequences: U+FFFD in the text */
  } cases[] = {
    { "reuters-undeclared-utf8", NULL, "utf-8",
      { "Kosovo\u2019s power grid, the bloc\u2019s largest", "Commissioner Ren\u00e9 M\u00fcller", "\u20ac2.5 billion" } },
    { "bbc-undeclared-cp1252", NULL, "windows-1252",
      { "fined \u00a312,000 after", "Jos\u00e9 Pe\u00f1a, 52", "\u201cWe were let down by a supplier,\u201d" } },
    /* ISO-8859-1 named, windows-1252 meant (0x93, 0x94, 0x96, 0x85) */
    { "thehill-meta-latin1-cp1252", NULL, "windows-1252",
      { "\u201cNo one should have to choose", "the 61\u201338 vote", "in the first year \u2026 and" } },
    { "rt-header-latin1-cp1252", "ISO-8859-1", "windows-1252",
      { "\u201cThe route is open", "Rosatom\u2019s special envoy", "\u2014 and roughly \u00a3300,000" } },
    /* the <meta> after 5 KB of inline script, which holds a "<meta" of its own */
    { "rt-late-meta-cp1251", NULL, "windows-1251",
      { "\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 \u0432 \u00ab\u0420\u043e\u0441\u0430\u0442\u043e\u043c\u0435\u00bb",
        "\u2014 \u0437\u0430\u044f\u0432\u0438\u043b", NULL } },
    /* a server's default header against the page's <meta>: the bytes decide */
    { "bbc-header-latin1-meta-utf8", "ISO-8859-1", "utf-8",
      { "Cardiff Magistrates\u2019 Court", "Jos\u00e9 Pe\u00f1a", "\u00a312,000" } },
    { "thehill-header-utf8-meta-cp1252", "utf-8", "windows-1252",
      { "\u201cNo one should have to choose", "Sen. Ra\u00fal Grijalva\u2019s office", NULL } },
    /* the byte order mark over both labels */
    { "reuters-bom-header-cp1252", "windows-1252", "utf-8",
      { "Kosovo\u2019s prime minister", "lost \u00bd of its capacity", NULL } },
    /* a label no browser knows counts as absent: the <meta> decides */
    { "rt-header-unknown-meta-cp1252", "none", "windows-1252",
      { "Rosatom\u2019s special envoy", "\u00a3300,000 in fuel", NULL } },
    /* a <meta> in a comment is no declaration */
    { "bbc-meta-in-comment-cp1252", NULL, "windows-1252",
      { "Jos\u00e9 Pe\u00f1a", "again \u2014 I have spent", NULL } },
    /* nor is a content="...charset=" without http-equiv="Content-Type" */
    { "reuters-content-without-pragma-cp1252", NULL, "windows-1252",
      { "Kosovo\u2019s power grid", "Ren\u00e9 M\u00fcller", NULL } },
    /* "utf-16" in a <meta> read as ASCII bytes means UTF-8 */
    { "thehill-meta-utf16", NULL, "utf-8",
      { "\u201cNo one should have to choose", "the 61\u201338 vote", NULL } },
    /* UTF-8 with two broken sequences: one U+FFFD each, as browsers show */
    { "reuters-utf8-damaged", NULL, "utf-8",
      { "Kosovo\ufffds prime minister", "\ufffdThis is not charity, it is security,\u201d", "Ren\u00e9 M\u00fcller" }, 2 },
    /* article text that went through windows-1252 once ("Kosovoâ€™s") */
    { "reuters-double-encoded", NULL, "utf-8",
      { "Kosovo\u2019s prime minister", "\u201cThis is not charity, it is security,\u201d said", "Ren\u00e9 M\u00fcller" } },
    /* ISO-8859-1 named over UTF-8 with one broken byte: UTF-8 still */
    { "bbc-meta-latin1-utf8-damaged", NULL, "utf-8",
      { "Cardiff Magistrates\ufffd Court", "Jos\u00e9 Pe\u00f1a", "\u201cWe were let down" }, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strconcat (cases[i].page, ".html", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "charset", name, NULL);
      g_autofree char *data = NULL;
      g_autofree char *charset = NULL;
      g_autofree char *utf8 = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PxSnapshot) snapshot = NULL;
      g_autoptr(PxArticle) article = NULL;
      gsize len = 0;
      guint damage = 0;

      g_test_message ("%s", cases[i].page);
      g_file_get_contents (path, &data, &len, &error);
      g_assert_no_error (error);
      utf8 = px_charset_to_utf8 (data, len, cases[i].header, TRUE, NULL, &charset);
      g_assert_cmpstr (charset, ==, cases[i].charset);

      /* the whole way, as a fetched page goes */
      bytes = g_bytes_new (data, len);
      snapshot = px_snapshot_new (bytes, "https://news.example.com/story", "text/html", cases[i].header);
      article = px_extract_snapshot (cases[i].page, snapshot, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < G_N_ELEMENTS (cases[i].kept) && cases[i].kept[k] != NULL; k++)
        if (strstr (article->text, cases[i].kept[k]) == NULL)
          g_error ("%s: “%s” not in the text:\n%s", cases[i].page, cases[i].kept[k], article->text);
      g_assert_null (strstr (article->title, "\ufffd"));
      /* no mis-decoding anywhere: "â€™", "Ã©", "Â£", Cyrillic as Latin */
      for (const char *p = article->text; (p = strstr (p, "\ufffd")) != NULL; p++)
        damage++;
      g_assert_cmpuint (damage, ==, cases[i].damage);
      g_assert_null (strstr (article->text, "\u00e2\u20ac"));
      g_assert_null (strstr (article->text, "\u00c3"));
      g_assert_null (strstr (article->text, "\u00c2"));
      g_assert_null (strstr (article->text, "\u00d0"));
    }
}

/* The article carries how its bytes were read: the encoding, which place
 * named it and how many broken sequences became U+FFFD; the window's note,
 * the library and `extract`'s JSON say what it carries.
 */
static void
test_charset_decision (void)
{
  static const struct
  {
    const char *page;
    const char *header;
    const char *charset;
    PxCharsetFrom from;
    guint replaced;
  } cases[] = {
    { "reuters-undeclared-utf8", NULL, "utf-8", PX_CHARSET_FROM_BYTES, 0 },
    { "bbc-undeclared-cp1252", NULL, "windows-1252", PX_CHARSET_FROM_BYTES, 0 },
    { "thehill-meta-latin1-cp1252", NULL, "windows-1252", PX_CHARSET_FROM_META, 0 },
    { "rt-header-latin1-cp1252", "ISO-8859-1", "windows-1252", PX_CHARSET_FROM_HEADER, 0 },
    { "rt-late-meta-cp1251", NULL, "windows-1251", PX_CHARSET_FROM_META, 0 },
    { "bbc-header-latin1-meta-utf8", "ISO-8859-1", "utf-8", PX_CHARSET_FROM_BYTES_OVER_LABEL, 0 },
    /* the header's UTF-8 gave way to the <meta> */
    { "thehill-header-utf8-meta-cp1252", "utf-8", "windows-1252", PX_CHARSET_FROM_META, 0 },
    { "reuters-bom-header-cp1252", "windows-1252", "utf-8", PX_CHARSET_FROM_BOM, 0 },
    { "rt-header-unknown-meta-cp1252", "none", "windows-1252", PX_CHARSET_FROM_META, 0 },
    { "thehill-meta-utf16", NULL, "utf-8", PX_CHARSET_FROM_META, 0 },
    { "reuters-utf8-damaged", NULL, "utf-8", PX_CHARSET_FROM_META, 2 },
    { "bbc-meta-latin1-utf8-damaged", NULL, "utf-8", PX_CHARSET_FROM_BYTES_OVER_LABEL, 1 },
  };
  static const char latin_text[] = "Caf\xe9 prices rose\n\nThe caf\xe9 raised its prices on Monday.\n";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strconcat (cases[i].page, ".html", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "charset", name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PxSnapshot) snapshot = NULL;
      g_autoptr(PxArticle) article = NULL;
      gsize len = 0;

      g_test_message ("%s", cases[i].page);
      g_file_get_contents (path, &data, &len, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (g_steal_pointer (&data), len);
      snapshot = px_snapshot_new (bytes, "https://news.example.com/story", "text/html", cases[i].header);
      article = px_extract_snapshot (cases[i].page, snapshot, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (article->charset, ==, cases[i].charset);
      g_assert_cmpstr (px_charset_from_to_string (article->charset_from), ==,
                       px_charset_from_to_string (cases[i].from));
      g_assert_cmpuint (article->n_replaced, ==, cases[i].replaced);
      g_assert_cmpint (px_article_charset_is_assumed (article), ==,
                       cases[i].from == PX_CHARSET_FROM_BYTES && !g_str_equal (cases[i].charset, "utf-8"));
      /* a copy carries it too (the window copies articles to rename them) */
      {
        g_autoptr(PxArticle) copy = px_article_copy (article);

        g_assert_cmpstr (copy->charset, ==, article->charset);
        g_assert_cmpint (copy->charset_from, ==, article->charset_from);
        g_assert_cmpuint (copy->n_replaced, ==, article->n_replaced);
      }
    }

  /* a text file that names nothing and is not UTF-8: assumed */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (latin_text, strlen (latin_text));
    g_autoptr(PxSnapshot) snapshot = px_snapshot_new (bytes, NULL, "text/plain", NULL);
    g_autoptr(PxArticle) article = px_extract_snapshot ("latin.txt", snapshot, NULL);
    PxCharsetFrom from = PX_CHARSET_FROM_UNKNOWN;

    g_assert_nonnull (article);
    g_assert_cmpstr (article->charset, ==, "windows-1252");
    g_assert_cmpint (article->charset_from, ==, PX_CHARSET_FROM_BYTES);
    g_assert_true (px_article_charset_is_assumed (article));
    g_assert_true (px_charset_from_from_string ("bytes-over-label", &from));
    g_assert_cmpint (from, ==, PX_CHARSET_FROM_BYTES_OVER_LABEL);
    g_assert_false (px_charset_from_from_string ("nonsense", &from));
  }
}

/* The WHATWG prescan's details: the first <meta> with a label a browser
 * knows decides (an unknown one is passed over), quotes and spaces.
 */
static void
test_charset_meta_labels (void)
{
  static const struct
  {
    const char *head;
    const char *charset;
  } cases[] = {
    { "<meta charset=\"x-nonsense\"><meta charset=\"windows-1252\">", "windows-1252" },
    { "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; Charset = \"iso-8859-15\"'>", "iso-8859-15" },
    { "<meta charset=latin1>", "windows-1252" },
    { "<meta charset=\"iso8859_1\">", "windows-1252" },
    { "<meta charset=\"ISO-8859-9\">", "windows-1254" },
    { "<meta charset=\"x-cp1251\">", "windows-1251" },
    { "<meta charset=\"utf-7\">", "windows-1252" },
    { "<meta charset=\"gb2312\">", "gb18030" },
    { "<meta http-equiv=\"refresh\" content=\"30; charset=utf-8\"><meta charset=\"koi8-r\">", "koi8-r" },
    { "<script>var m = '<meta charset=\"utf-8\">';</script><meta charset=\"windows-1250\">", "windows-1250" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("<html><head>%s<title>t</title></head><body><p>caf\xe9</p></body></html>",
                                               cases[i].head);
      g_autofree char *charset = NULL;
      g_autofree char *utf8 = px_charset_to_utf8 (page, strlen (page), NULL, TRUE, NULL, &charset);

      g_test_message ("%s", cases[i].head);
      g_assert_cmpstr (charset, ==, cases[i].charset);
      g_assert_true (g_utf8_validate (utf8, -1, NULL));
    }
}

/* Text read once as windows-1252 and written again as UTF-8 is undone;
 * real text that looks like it is kept.
 */
static void
test_charset_double_encoded (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "Kosovo\u00e2\u20ac\u2122s \u00e2\u20ac\u0153plan\u00e2\u20ac\xc2\x9d \u00e2\u20ac\u201d costs \u00c2\u00a35m",
      "Kosovo\u2019s \u201cplan\u201d \u2014 costs \u00a35m" },
    { "Fran\u00c3\u00a7ois M\u00c3\u00bcller, \u00c3\u00a0 la caf\u00c3\u00a9, 1\u00c2\u00bd hours\u00e2\u20ac\u00a6",
      "Fran\u00e7ois M\u00fcller, \u00e0 la caf\u00e9, 1\u00bd hours\u2026" },
    { "Ko\u00c5\u00a1ice and \u00c4\u0152esk\u00c3\u00bd Krumlov", "Ko\u0161ice and \u010cesk\u00fd Krumlov" },
    /* real text: kept as it is */
    { "S\u00c3O PAULO, IRM\u00c3 \u2014 Stra\u00df\u00e9\u201c ch\u00e2teau, \u00c2ge d\u2019or, \u00c3\u00bc\u00c3",
      "S\u00c3O PAULO, IRM\u00c3 \u2014 Stra\u00df\u00e9\u201c ch\u00e2teau, \u00c2ge d\u2019or, \u00fc\u00c3" },
    { "\u00c5rhus \u00c4RGER \u00c2me \u00c5\u00a0x", "\u00c5rhus \u00c4RGER \u00c2me \u0160x" },
  };

  /* the same written as entities, undone in the article's text */
  const char page[] =
    "<html><head><title>Gulf row over Iran&acirc;&euro;&trade;s name</title></head><body><article>"
    "<h1>Gulf row over Iran&acirc;&euro;&trade;s name</h1>"
    "<p>The body of water is known as the &acirc;&euro;&oelig;Persian Gulf&acirc;&euro;&#157; in Tehran, "
    "and the row has cost airlines &Acirc;&pound;2m in rerouted flights over the past year alone.</p>"
    "<p>Officials in Abu Dhabi said the name was a matter for the United Nations, not for airlines "
    "or map makers, and that they would raise it at the next meeting in Gen&Atilde;&uml;ve.</p>"
    "<p>Ch&acirc;teau owners in S&Atilde;O PAULO were not asked, and the plan was dropped.</p>"
    "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = px_extract_html ("gulf", page, sizeof page - 1, NULL, &error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = 0;
      g_autofree char *utf8 = px_charset_to_utf8 (cases[i].in, strlen (cases[i].in), "utf-8", FALSE, &len, NULL);

      g_assert_cmpstr (utf8, ==, cases[i].out);
      g_assert_cmpuint (len, ==, strlen (cases[i].out));
    }

  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Gulf row over Iran\u2019s name");
  g_assert_nonnull (strstr (article->text, "known as the \u201cPersian Gulf\u201d in Tehran"));
  g_assert_nonnull (strstr (article->text, "cost airlines \u00a32m"));
  g_assert_nonnull (strstr (article->text, "meeting in Gen\u00e8ve."));
  g_assert_nonnull (strstr (article->text, "Ch\u00e2teau owners in S\u00c3O PAULO"));
}

/* A file that opens with a known binary format's signature is binary
 * however much printable text follows it (an archive's listing, a
 * stream's tags); the same text alone, or in UTF-16, is not.
 */
static void
test_binary_signatures (void)
{
  static const struct
  {
    const char *magic;
    gsize len;
  } signatures[] = {
    { "\x89PNG", 4 }, { "GIF8", 4 }, { "\xff\xd8\xff", 3 }, { "%PDF", 4 }, { "PK\x03\x04", 4 },
    { "\x1f\x8b", 2 }, { "\x7f" "ELF", 4 }, { "RIFF", 4 }, { "\xfd" "7zXZ", 5 }, { "\x28\xb5\x2f\xfd", 4 },
    { "7z\xbc\xaf", 4 }, { "OggS", 4 },
  };
  static const char text[] = "The council voted on the bridge plan on Monday night.";
  static const char utf16[] = "\xff\xfeT\0h\0e\0 \0b\0r\0i\0d\0g\0e\0";

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    {
      g_autoptr(GString) data = g_string_new_len (signatures[i].magic, signatures[i].len);

      g_string_append (data, text);
      g_test_message ("signature %u", i);
      g_assert_true (px_charset_looks_binary (data->str, data->len));
    }
  g_assert_false (px_charset_looks_binary (text, strlen (text)));
  g_assert_false (px_charset_looks_binary (utf16, sizeof utf16 - 1));
}

static void
test_load_errors (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autofree char *empty = write_temp ("empty.html", "", 0);
  g_autofree char *binary = write_temp ("image.html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  g_autofree char *nul = write_temp ("nul.txt", "some\0text", 9);
  g_autofree char *dir = g_path_get_dirname (empty);
  struct { const char *input; const char *needle; } cases[] = {
    { empty, "empty" },
    { binary, "not a web page or text" },
    { nul, "NUL" },
    { dir, "folder" },
    { "/nonexistent/parallax/page.html", "no such file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_input_load_article (fetcher, cases[i].input, NULL, NULL, &error);

      g_assert_null (article);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, cases[i].input));
      if (strstr (error->message, cases[i].needle) == NULL)
        g_error ("“%s” does not mention “%s”", error->message, cases[i].needle);
    }
}

typedef struct
{
  char *path;
  GError *error;
  PxArticle *article;
  gint done;
} PipeRead;

static gpointer
read_pipe_thread (gpointer user_data)
{
  PipeRead *read = user_data;
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();

  _px_fetcher_set_idle_timeout (fetcher, 1);
  read->article = px_input_load_article (fetcher, read->path, NULL, NULL, &read->error);
  g_atomic_int_set (&read->done, 1);
  return NULL;
}

/* Waits for a read started by read_pipe(): at most @seconds (a bound for a
 * hang, not a timing).
 */
static gboolean
wait_for_read (PipeRead *read,
               guint     seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * PX_TEST_SLOWDOWN * G_USEC_PER_SEC;

  while (!g_atomic_int_get (&read->done) && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);
  return g_atomic_int_get (&read->done);
}

static void
remove_pipe (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
}

static char *
make_pipe (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-test-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "story.html", NULL);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  return path;
}

/* A named pipe that nobody writes to (a file chooser's pick, a path typed
 * by mistake) ends, after the fetch's idle limit, in a message that names
 * it, not in a column loading for ever: opening one waits for a writer.
 */
static void
test_pipe_nobody_writes (void)
{
  PipeRead read = { make_pipe (), NULL, NULL, 0 };
  GThread *thread = g_thread_new ("read-pipe", read_pipe_thread, &read);

  if (!wait_for_read (&read, 15))
    g_error ("reading %s, a pipe nobody writes to, had not ended after 15 seconds", read.path);
  g_thread_join (thread);
  g_assert_null (read.article);
  g_assert_error (read.error, PX_INPUT_ERROR, PX_INPUT_ERROR_READ);
  g_assert_nonnull (strstr (read.error->message, read.path));
  g_assert_nonnull (strstr (read.error->message, "nothing came from it for 1 second"));

  g_clear_error (&read.error);
  remove_pipe (read.path);
}

/* A pipe someone writes to is read to its end, as `extract <(curl …)`
 * gives one; a writer that goes quiet halfway ends like one that never
 * wrote.
 */
static void
test_pipe_written (void)
{
  static const char page[] = "<p>The ferry will run every twenty minutes from the harbour steps "
                             "while the old bridge is closed for repairs.</p>";

  for (guint halfway = 0; halfway < 2; halfway++)
    {
      PipeRead read = { make_pipe (), NULL, NULL, 0 };
      GThread *thread = g_thread_new ("read-pipe", read_pipe_thread, &read);
      int fd = g_open (read.path, O_WRONLY, 0);

      g_assert_cmpint (fd, !=, -1);
      g_assert_cmpint (write (fd, page, halfway ? 20 : strlen (page)), >, 0);
      if (!halfway)
        g_assert_true (g_close (fd, NULL));
      if (!wait_for_read (&read, 15))
        g_error ("reading %s, a pipe that was written to, had not ended after 15 seconds", read.path);
      g_thread_join (thread);
      if (halfway)
        {
          g_assert_error (read.error, PX_INPUT_ERROR, PX_INPUT_ERROR_READ);
          g_assert_nonnull (strstr (read.error->message, "nothing came from it"));
          g_close (fd, NULL);
        }
      else
        {
          g_assert_no_error (read.error);
          g_assert_cmpstr (read.article->text, ==, "The ferry will run every twenty minutes from the harbour "
                                                   "steps while the old bridge is closed for repairs.");
        }

      g_clear_pointer (&read.article, px_article_unref);
      g_clear_error (&read.error);
      remove_pipe (read.path);
    }
}

static void
test_outlets (void)
{
  g_autofree char *bbc = px_outlet_for_url ("https://www.bbc.co.uk/news/world-123");
  g_autofree char *unknown = px_outlet_for_url ("https://www.example-news.org/a");

  g_assert_cmpstr (px_outlet_for_host ("rt.com"), ==, "RT");
  g_assert_cmpstr (px_outlet_for_host ("www.reuters.com"), ==, "Reuters");
  g_assert_cmpstr (px_outlet_for_host ("thehill.com"), ==, "The Hill");
  g_assert_null (px_outlet_for_host ("notrt.com"));
  g_assert_cmpstr (bbc, ==, "BBC");
  g_assert_cmpstr (unknown, ==, "example-news.org");

  /* a machine, not a site */
  g_assert_true (px_host_names_site ("example-news.org"));
  g_assert_true (px_host_names_site ("news.example.org."));
  g_assert_true (px_host_names_site ("localhost.example.org"));
  g_assert_false (px_host_names_site ("127.0.0.1"));
  g_assert_false (px_host_names_site ("::1"));
  g_assert_false (px_host_names_site ("192.168.1.20"));
  g_assert_false (px_host_names_site ("localhost"));
  g_assert_false (px_host_names_site ("LOCALHOST."));
  g_assert_false (px_host_names_site ("app.localhost"));
  g_assert_false (px_host_names_site ("intranet"));
  g_assert_false (px_host_names_site (""));
  g_assert_false (px_host_names_site (NULL));
  {
    g_autofree char *local = px_outlet_for_url ("http://127.0.0.1:8000/a.html");

    g_assert_null (local);
  }
}

/* A source whose page names no outlet is named by what the reader knows
 * it by: its site's host, a file's name (three files named "01.txt",
 * "02.txt", "03.txt" had been "Unknown Outlet", "Unknown Outlet (2)" and
 * "(3)"), a page's name in its address, else the machine's host; a
 * hostile or endless file name cleaned and cut as a page's own name is.
 */
/* Names the outlet of a page whose own address ends in @n slashes; the
 * thread CPU seconds it took.
 */
static double
name_after_slashes (guint    n,
                    gpointer user_data)
{
  g_autoptr(GString) url = g_string_new ("http://localhost/valley-times");
  g_autofree char *name = NULL;
  double cpu;

  for (guint i = 0; i < n; i++)
    g_string_append_c (url, '/');
  cpu = px_test_thread_cpu_seconds ();
  name = px_outlet_name_for_source ("http://127.0.0.1:8000/index.html", url->str);
  cpu = px_test_thread_cpu_seconds () - cpu;
  g_assert_cmpstr (name, ==, "valley-times");
  return cpu;
}

static void
test_outlet_for_source (void)
{
  static const struct
  {
    const char *input;
    const char *url;
    const char *name;
  } cases[] = {
    { "/home/ana/reuters-article.html", NULL, "reuters-article" },
    { "/home/ana/Bridge reopens.html", NULL, "Bridge reopens" },
    { "/home/ana/bbc.txt", NULL, "bbc" },
    { "/home/ana/report-b.txt", NULL, "report-b" },
    { "/home/ana/новости.html", NULL, "новости" },
    { "/home/ana/01.txt", NULL, "01" },
    { "/home/ana/91D80EA7.html", NULL, "91D80EA7" },
    { "/home/ana/55d74af7-da29-48dd-b615-f2ff4d2e1551.html", NULL, "55d74af7-da29-48dd-b615-f2ff4d2e1551" },
    { "/home/ana/article (1).html", NULL, "article (1)" },
    { "/home/ana/.html", NULL, ".html" },
    /* terminal escapes (whole), a right-to-left override and a line break
     * left out */
    { "/home/ana/Gazette\x1b[31m red\u202egnp.exe\nB.txt", NULL, "Gazette redgnp.exe B" },
    { "/home/ana/\x1b\x07\u202e.txt", NULL, "Unknown Outlet" },
    { "/home/ana/   .txt", NULL, "Unknown Outlet" },
    /* the page's own address names it */
    { "/home/ana/91D80EA7.html", "https://www.example-herald.ca/a/1", "example-herald.ca" },
    { "/home/ana/index.html", "https://www.bbc.co.uk/news/1", "BBC" },
    /* a site's host, whatever its page is called */
    { "https://www.example-herald.ca/index.html", NULL, "example-herald.ca" },
    /* a machine's address names no outlet (pages served from the reader's
     * own computer may be anyone's): the page's file does, as a file's,
     * else the machine, as the address bar shows it */
    { "http://127.0.0.1:8000/01.html", NULL, "01" },
    { "http://127.0.0.1:8000/saved/harbour-gazette.html", NULL, "harbour-gazette" },
    { "http://localhost:8080/news/valley%20times.html?id=3", NULL, "valley times" },
    { "http://intranet/press/northern-post/", NULL, "northern-post" },
    { "http://[::1]:8000/", NULL, "[::1]:8000" },
    { "http://localhost/", NULL, "localhost" },
    { "http://intranet:8080/", NULL, "intranet:8080" },
    { "http://127.0.0.1:8000/index.html", "https://www.example-herald.ca/a/1", "example-herald.ca" },
    /* its path decoded once, as the address writes it */
    { "http://127.0.0.1:8000/100%25-growth.html", NULL, "100%-growth" },
    { "http://127.0.0.1:8000/rates%252Fhike.html", NULL, "rates%2Fhike" },
    { "http://127.0.0.1:8000/%1B%5B2J%E2%80%AEnews.html", NULL, "news" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = px_outlet_name_for_source (cases[i].input, cases[i].url);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
  g_assert_null (px_outlet_name_for_source ("-", NULL));
  g_assert_null (px_outlet_name_for_source (NULL, NULL));
  /* a file name of 255 bytes is cut to 60 characters, at a character, and
   * an ellipsis says so */
  {
    g_autoptr(GString) path = g_string_new ("/home/ana/");
    g_autofree char *name = NULL;

    for (guint i = 0; i < 120; i++)
      g_string_append (path, "é");
    g_string_append (path, ".txt");
    name = px_outlet_name_for_source (path->str, NULL);
    g_assert_true (g_utf8_validate (name, -1, NULL));
    g_assert_cmpuint (g_utf8_strlen (name, -1), ==, 61);
    g_assert_true (g_str_has_suffix (name, "…"));
    g_assert_true (g_str_has_prefix (name, "éééé"));
  }
  /* compare's labels keep the file's name */
  {
    g_autofree char *label = px_outlet_name_for_input ("/home/ana/01.txt", NULL);

    g_assert_cmpstr (label, ==, "01");
  }
  /* a page's own address (its canonical link: the page's to write) ending
   * in a million slashes is cut in one pass (measuring the path again for
   * each slash took 9 s) */
  px_test_assert_linear ("an address ending in slashes", 250000, name_after_slashes, NULL);
}

/* What a story keeps of an input: a file by its whole path, from
 * wherever it was given; addresses and standard input as given. */
static void
test_dup_to_keep (void)
{
  g_autofree char *here = g_get_current_dir ();
  g_autofree char *relative = px_input_dup_to_keep ("in/report.txt");
  g_autofree char *dotted = px_input_dup_to_keep ("./in/../in/report.txt");
  g_autofree char *absolute = px_input_dup_to_keep ("/srv/pages/./today/../report.html");
  g_autofree char *url = px_input_dup_to_keep ("https://example.org/a/../b");
  g_autofree char *dash = px_input_dup_to_keep ("-");
  g_autofree char *expected = g_build_filename (here, "in", "report.txt", NULL);

  g_assert_cmpstr (relative, ==, expected);
  g_assert_cmpstr (dotted, ==, expected);
  g_assert_cmpstr (absolute, ==, "/srv/pages/report.html");
  g_assert_cmpstr (url, ==, "https://example.org/a/../b");
  g_assert_cmpstr (dash, ==, "-");
}

/* Files of one name from several folders are told apart by the nearest
 * folder that differs ("a/source"), not numbered ("source (2)", which no
 * reader can map back to a file); anything else sharing a name is left to
 * be numbered.
 */
static void
test_folder_labels (void)
{
  const struct
  {
    const char *inputs[4];
    const char *names[4];
    const char *labels[4];
  } cases[] = {
    /* three saved pages called source.html */
    { { "/home/ana/cases/a/source.html", "/home/ana/cases/b/source.html", "/home/ana/cases/c/source.html" },
      { "source", "source", "source" }, { "a/source", "b/source", "c/source" } },
    /* the nearest folders are alike: the first that differs, those between left out */
    { { "/srv/2025/march/notes.txt", "/srv/2026/march/notes.txt" }, { "notes", "notes" },
      { "2025/…/notes", "2026/…/notes" } },
    /* a name alone is no label; another source's name is left alone */
    { { "/home/ana/a/source.html", "/home/ana/harbour.txt", "/home/ana/b/source.html" },
      { "source", "harbour", "source" }, { "a/source", NULL, "b/source" } },
    /* one file twice: no folder tells them apart */
    { { "/home/ana/a/source.html", "/home/ana/a/source.html" }, { "source", "source" }, { NULL, NULL } },
    /* one file in no folder given: numbered */
    { { "source.txt", "/home/ana/source.txt" }, { "source", "source" }, { NULL, NULL } },
    /* named by the site, the page or the reader, not by the file: numbered */
    { { "/home/ana/a/story.html", "/home/ana/b/story.html" }, { "BBC", "BBC" }, { NULL, NULL } },
    { { "/home/ana/a/source.html", "/home/ana/b/source.html" }, { "source", "Harbour Gazette" }, { NULL, NULL } },
    /* pages of one name at a machine's address: their folders in the address */
    { { "http://localhost:8000/a/index.html", "http://localhost:8000/b/index.html" }, { "index", "index" },
      { "a/index", "b/index" } },
    /* pasted text */
    { { "-", "-" }, { "Pasted Text", "Pasted Text" }, { NULL, NULL } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint n = 0;
      char *labels[4];

      while (n < 4 && cases[c].inputs[n] != NULL)
        n++;
      px_outlet_folder_labels (cases[c].names, cases[c].inputs, NULL, n, labels);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpstr (labels[i], ==, cases[c].labels[i]);
          g_free (labels[i]);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/input/dup-to-keep", test_dup_to_keep);
  g_test_add_func ("/input/plain-text-paragraphs", test_plain_text_paragraphs);
  g_test_add_func ("/input/charset-windows-1251", test_charset_windows_1251);
  g_test_add_func ("/input/charset-latin1-header", test_charset_latin1_header);
  g_test_add_func ("/input/charset-invalid-utf8", test_charset_invalid_utf8);
  g_test_add_func ("/input/charset-mislabelled-utf8", test_charset_mislabelled_utf8);
  g_test_add_func ("/input/charset-damaged-utf8", test_charset_damaged_utf8);
  g_test_add_func ("/input/charset-multibyte", test_charset_multibyte);
  g_test_add_func ("/input/charset-pages", test_charset_pages);
  g_test_add_func ("/input/charset-decision", test_charset_decision);
  g_test_add_func ("/input/charset-meta-labels", test_charset_meta_labels);
  g_test_add_func ("/input/charset-double-encoded", test_charset_double_encoded);
  g_test_add_func ("/input/binary-signatures", test_binary_signatures);
  g_test_add_func ("/input/load-errors", test_load_errors);
  g_test_add_func ("/input/pipe-nobody-writes", test_pipe_nobody_writes);
  g_test_add_func ("/input/pipe-written", test_pipe_written);
  g_test_add_func ("/input/outlets", test_outlets);
  g_test_add_func ("/input/outlet-for-source", test_outlet_for_source);
  g_test_add_func ("/input/folder-labels", test_folder_labels);

  return g_test_run ();
}
