/* test-input.c: files, standard input and character sets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-charset.h"
#include "px-extract.h"
#include "px-input.h"
#include "px-outlets.h"

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
  g_assert_cmpstr (article->text, ==,
                   "Headline here\n\nFirst paragraph wraps onto a second line.\n\nSecond one.");
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
    { binary, "binary" },
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
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/input/plain-text-paragraphs", test_plain_text_paragraphs);
  g_test_add_func ("/input/charset-windows-1251", test_charset_windows_1251);
  g_test_add_func ("/input/charset-latin1-header", test_charset_latin1_header);
  g_test_add_func ("/input/charset-invalid-utf8", test_charset_invalid_utf8);
  g_test_add_func ("/input/charset-mislabelled-utf8", test_charset_mislabelled_utf8);
  g_test_add_func ("/input/charset-damaged-utf8", test_charset_damaged_utf8);
  g_test_add_func ("/input/charset-multibyte", test_charset_multibyte);
  g_test_add_func ("/input/load-errors", test_load_errors);
  g_test_add_func ("/input/outlets", test_outlets);

  return g_test_run ();
}
