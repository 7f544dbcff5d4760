
/* test-text.c: sentences, tokens, quantities, times, cues and names
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cues.h"
#include "px-entities.h"
#include "px-lexicon.h"
#include "px-quantity.h"
#include "px-text.h"
#include "px-test-timing.h"

#include <string.h>

static PxDocument *
analyse (const char *first,
         ...)
{
  g_autoptr(PxArticle) article = px_article_new ("test");
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (paragraphs, (gpointer) p);
  va_end (args);
  px_article_set_paragraphs (article, paragraphs);
  return px_document_new (article);
}

static char *
sentence_text (PxDocument *doc,
               guint       index)
{
  PxSentence *s = px_document_sentence (doc, index);

  return g_strndup (doc->text + s->start, s->end - s->start);
}

static void
assert_sentences (PxDocument         *doc,
                  const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, doc->sentences->len); i++)
    {
      g_autofree char *text = sentence_text (doc, i);

      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_cmpuint (doc->sentences->len, ==, n);
}

static void
test_sentences_abbreviations (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "U.S. President Donald Trump spoke to Mr. So at 3 a.m. The call lasted an hour. "
    "Gen. Smith lives at No. 10 and left on Jan. 5 with J. R. Jones. Rates rose to 4.75% on Monday.",
    NULL);
  const char * const expected[] = {
    "U.S. President Donald Trump spoke to Mr. So at 3 a.m.",
    "The call lasted an hour.",
    "Gen. Smith lives at No. 10 and left on Jan. 5 with J. R. Jones.",
    "Rates rose to 4.75% on Monday.",
    NULL,
  };

  assert_sentences (doc, expected);
}

/* Acronyms written with a space ("U. S. troops", "4:08 p. m."), as some
 * papers and converted texts write them, read as the same word as "U.S."
 * and "p.m.": one token, so a time keeps its half of the day and a name
 * its match; a deputy's title ends no sentence. Initials before a name and
 * a capital letter ending a sentence stay as they were.
 */
static void
test_sentences_spaced_acronyms (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "The U. S. military said two soldiers died at 4:08 p. m. on Friday. "
    "Dep. Ortiz was the fifth deputy killed on duty. They chose Plan B. Then it rained. "
    "She fooled an L. A Superior Court judge. "
    "Rep. James E. \u201cJim\u201d Clyburn said the bill would pass. Robert F. \"Bobby\" Kennedy spoke.",
    NULL);
  const char * const expected[] = {
    "The U. S. military said two soldiers died at 4:08 p. m. on Friday.",
    "Dep. Ortiz was the fifth deputy killed on duty.",
    "They chose Plan B.",
    "Then it rained.",
    "She fooled an L. A Superior Court judge.",
    /* a nickname in quotation marks after an initial */
    "Rep. James E. \u201cJim\u201d Clyburn said the bill would pass.",
    "Robert F. \"Bobby\" Kennedy spoke.",
    NULL,
  };
  gboolean us = FALSE, pm = FALSE;

  assert_sentences (doc, expected);
  for (guint t = 0; t < doc->tokens->len; t++)
    {
      PxToken *token = px_document_token (doc, t);

      us = us || g_str_equal (token->norm, "u.s");
      pm = pm || g_str_equal (token->norm, "p.m");
    }
  g_assert_true (us);
  g_assert_true (pm);
}

/* A title joined to the word before it is still a title ("Aoraki-Mt.
 * Cook", "then-Gov. Palin"); a mark left alone after a sentence's end
 * belongs to that sentence, not to a sentence of its own. A hyphenated word
 * that is no title still ends a sentence.
 */
static void
test_sentences_joined_titles (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "Police said the deaths in the Aoraki-Mt. Cook park were not related. "
    "Then-Gov. Sarah Palin spoke on Monday. The fire was put out by a well-known fire-fighter. "
    "Officials said they were providing help at this time. \u201c",
    NULL);
  const char * const expected[] = {
    "Police said the deaths in the Aoraki-Mt. Cook park were not related.",
    "Then-Gov. Sarah Palin spoke on Monday.",
    "The fire was put out by a well-known fire-fighter.",
    "Officials said they were providing help at this time. \u201c",
    NULL,
  };

  assert_sentences (doc, expected);
}

/* The one question the sentence splitter and the window's lines of a long
 * paragraph both ask of the word before a stop: a title or an initial
 * stands before a name, any other word may end a sentence.
 */
static void
test_stops_before_name (void)
{
  const char * const before_name[] = { "Mr", "MR", "Gen", "Sen", "J", "É", "then-Gov", "Aoraki‐Mt" };
  const char * const may_end[] = { "Plan", "fire-fighter", "j", "US", "mr-", "Mrs-Evans", "é", "" };

  for (guint i = 0; i < G_N_ELEMENTS (before_name); i++)
    g_assert_true (px_text_stops_before_name (before_name[i], strlen (before_name[i])));
  for (guint i = 0; i < G_N_ELEMENTS (may_end); i++)
    g_assert_false (px_text_stops_before_name (may_end[i], strlen (may_end[i])));
  /* the word ends where it is told to: "Mr" of "Mrs" */
  g_assert_true (px_text_stops_before_name ("Mrs", 2));
}

/* A stop touching the digits after it is a decimal point, never the end
 * of a sentence: ".38 caliber", ".45-caliber", "magnitude-6.0"; nor is a
 * stop slipped before its space after an article ("a. 357 Magnum").
 */
static void
test_sentences_numbers_with_stops (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "Police said he carried a .38 caliber revolver. A .45-caliber pistol was found in the car. "
    "A magnitude-6.0 quake struck off the coast on Sunday. He was 45. The police said he lived alone. "
    "The plant opened in 2019. Officials said it employs 300 people. "
    "He carried a. 357 Magnum revolver and the. 22 rifle. A. 38 was found. He was seen at 8. 30 people saw him. "
    "Last season Teixeira hit. 308, with 33 homers. Police found a loaded. 38-caliber revolver in the car. "
    "The flames spread fast. 2019 was the worst year. Two were hurt. 4 others escaped. Call the desk. 330-927-0448 answers. "
    "The stand collapsed. 12 people were hurt.",
    NULL);
  const char * const expected[] = {
    "Police said he carried a .38 caliber revolver.",
    "A .45-caliber pistol was found in the car.",
    "A magnitude-6.0 quake struck off the coast on Sunday.",
    "He was 45.",
    "The police said he lived alone.",
    "The plant opened in 2019.",
    "Officials said it employs 300 people.",
    /* a stop slipped after an article, before a calibre's digits */
    "He carried a. 357 Magnum revolver and the. 22 rifle.",
    "A. 38 was found.",
    "He was seen at 8.",
    "30 people saw him.",
    /* a decimal's point spaced off from its digits after any lower-case
     * word: a batting average, a calibre */
    "Last season Teixeira hit. 308, with 33 homers.",
    "Police found a loaded. 38-caliber revolver in the car.",
    /* a year, a count and a telephone number start sentences */
    "The flames spread fast.",
    "2019 was the worst year.",
    "Two were hurt.",
    "4 others escaped.",
    "Call the desk.",
    "330-927-0448 answers.",
    "The stand collapsed.",
    "12 people were hurt.",
    NULL,
  };
  PxSentence *quake;

  assert_sentences (doc, expected);
  /* the decimals of "magnitude-6.0" are no figure of their own */
  quake = px_document_sentence (doc, 2);
  for (guint q = 0; quake->quantities != NULL && q < quake->quantities->len; q++)
    g_assert_cmpfloat (g_array_index (quake->quantities, PxQuantity, q).value, !=, 0);
}

/* A day written as an ordinal ("am 3. Januar") runs on into its month;
 * a small number before any other capitalised word still ends a sentence.
 */
static void
test_sentences_ordinal_days (void)
{
  g_autoptr(PxDocument) de = analyse (
    "Der Anschlag ereignete sich am 3. Januar in Berlin. Die Polizei nahm am 14. März zwei Männer fest. "
    "Das Urteil fiel am 1. Mai, teilte das Gericht mit. Sie belegte Platz 3. und schied aus.",
    NULL);
  const char * const expected_de[] = {
    "Der Anschlag ereignete sich am 3. Januar in Berlin.",
    "Die Polizei nahm am 14. März zwei Männer fest.",
    "Das Urteil fiel am 1. Mai, teilte das Gericht mit.",
    "Sie belegte Platz 3. und schied aus.",
    NULL,
  };
  g_autoptr(PxDocument) en = analyse (
    "The victim was 12. Police said she was walking home. Turnout reached 40. January polls had said less.",
    NULL);
  const char * const expected_en[] = {
    "The victim was 12.",
    "Police said she was walking home.",
    "Turnout reached 40.",
    "January polls had said less.",
    NULL,
  };

  assert_sentences (de, expected_de);
  assert_sentences (en, expected_en);
}

static void
test_sentences_quotes_and_ellipses (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "\"We will respond,\" he said. \"Is it over?\" she asked. He paused… Then he left. "
    "It was... unprecedented. “It is done.” The end",
    "A paragraph with no final stop",
    NULL);
  const char * const expected[] = {
    "\"We will respond,\" he said.",
    "\"Is it over?\" she asked.",
    "He paused…",
    "Then he left.",
    "It was... unprecedented.",
    "“It is done.”",
    "The end",
    "A paragraph with no final stop",
    NULL,
  };

  assert_sentences (doc, expected);
  g_assert_cmpuint (px_document_sentence (doc, 7)->paragraph, ==, 1);
}

/* A piece of a quotation of a few words (a greeting, a question put in
 * passing, a thanks) stays in the sentence of the quotation, wherever it
 * stands in it, and so does a piece after an ellipsis inside it; longer
 * pieces are sentences of their own, and a short sentence outside
 * quotation marks is left alone.
 */
static void
test_sentences_quoted_pieces (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "In the video, the reporter asks, \u201cHi, Congressman. How are you? Do you fully support the Obama "
    "agenda?\u201d He paused, then added: \u201cBut I don\u2019t know that. And I don\u2019t want that to be "
    "the headline.\u201d \"We will appeal the ruling. Thank you,\" the lawyer said. He hit. He ran.",
    "\"And terror will have to be stopped everywhere. He said that \"Gaza must be part of the package.\"",
    "\"Tell me who you are ... I have a right to know who you are.\" He paused\u2026 Then he left.",
    NULL);
  const char * const expected[] = {
    "In the video, the reporter asks, \u201cHi, Congressman. How are you? Do you fully support the Obama "
    "agenda?\u201d",
    "He paused, then added: \u201cBut I don\u2019t know that.",
    "And I don\u2019t want that to be the headline.\u201d",
    "\"We will appeal the ruling. Thank you,\" the lawyer said.",
    "He hit.",
    "He ran.",
    /* a quotation the page left open, and a mark after it read as its close */
    "\"And terror will have to be stopped everywhere.",
    "He said that \"Gaza must be part of the package.\"",
    /* words left out of one quotation; outside quotation marks an
     * ellipsis still ends a sentence */
    "\"Tell me who you are ... I have a right to know who you are.\"",
    "He paused\u2026",
    "Then he left.",
    NULL,
  };

  assert_sentences (doc, expected);
}

static void
test_sentence_char_offsets (void)
{
  g_autoptr(PxDocument) doc = analyse ("Пётр said “no”. Zoë agreed.", NULL);
  PxSentence *second = px_document_sentence (doc, 1);

  g_assert_cmpuint (doc->sentences->len, ==, 2);
  /* bytes and characters differ after the Cyrillic and curly quotes */
  g_assert_cmpuint (second->char_start, ==, 16);
  g_assert_cmpuint (second->start, >, second->char_start);
  g_assert_cmpuint (second->char_end - second->char_start, ==, g_utf8_strlen ("Zoë agreed.", -1));
}

/* The words and numbers of @doc inside a quotation, joined by spaces, and
 * the number of quotation marks in @marks.
 */
static char *
quoted_words (PxDocument *doc,
              guint      *marks)
{
  GString *out = g_string_new (NULL);

  *marks = 0;
  for (guint t = 0; t < doc->tokens->len; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind == PX_TOKEN_QUOTE_OPEN || token->kind == PX_TOKEN_QUOTE_CLOSE)
        (*marks)++;
      if ((token->kind == PX_TOKEN_WORD || token->kind == PX_TOKEN_NUMBER) && token->in_quote)
        {
          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_len (out, doc->text + token->start, token->end - token->start);
        }
    }
  return g_string_free (out, FALSE);
}

static void
assert_quoted (const char *paragraph,
               const char *expected,
               guint       expected_marks)
{
  g_autoptr(PxDocument) doc = analyse (paragraph, NULL);
  guint marks;
  g_autofree char *words = quoted_words (doc, &marks);

  if (g_strcmp0 (words, expected) != 0 || marks != expected_marks)
    g_printerr ("in: %s\nquoted: [%s] (%u marks)\n", paragraph, words, marks);
  g_assert_cmpstr (words, ==, expected);
  g_assert_cmpuint (marks, ==, expected_marks);
}

/* An apostrophe is no quotation mark: after a plural ("the players'
 * union", "Jones' lawyer", a page's "Tar Heels ' 91-73 win"), in elisions
 * ("rock 'n' roll", "the '90s", "let 'em go"), and a single mark with no
 * closing one.
 */
static void
test_quotes_apostrophes (void)
{
  assert_quoted ("The Tar Heels ' 91-73 win over Duke was their fifth in a row. Hansbrough scored 20 points.", "", 0);
  assert_quoted ("The players' union said on Tuesday that the deal was fair to both sides.", "", 0);
  assert_quoted ("Jones' lawyer said his client would appeal, and the Joneses’ neighbours agreed.", "", 0);
  assert_quoted ("She grew up on rock 'n' roll in the '90s and still plays it every week.", "", 0);
  assert_quoted ("Police said they had to let 'em go, a member of the class of ’91 recalled.", "", 0);
  assert_quoted ("Witnesses said the gunman ' fired at least six shots before he fled on foot.", "", 0);
  assert_quoted ("Fans chanted 'Go Heels as the team left the court on Saturday night.", "", 0);
  assert_quoted ("He called it 'a disaster. The Smiths' house was the only one left standing.", "", 0);
  /* a plural's apostrophe inside a real quotation does not end it */
  assert_quoted ("'The players' union will not accept this deal,' Smith said on Monday.",
                 "The players union will not accept this deal", 2);
  assert_quoted ("Fans cheered the Tar Heels ' 91-73 win. Coach Roy Williams called it 'a great night'.",
                 "a great night", 2);
}

/* Single quotation marks still quote: a quotation said by someone, a
 * British one with a "double" quotation inside, a scare quote ending in s,
 * one over two sentences, one with an elision inside.
 */
static void
test_quotes_single (void)
{
  assert_quoted ("'I knew you'd say that,' he said, and laughed.", "I knew you'd say that", 2);
  assert_quoted ("The minister called it 'a \"temporary\" measure' on Monday.", "a temporary measure", 4);
  assert_quoted ("So-called 'experts' say the bridge is safe, the council wrote.", "experts", 2);
  assert_quoted ("‘It was over. We lost everything,’ she told reporters.", "It was over We lost everything", 2);
  assert_quoted ("'We played rock 'n' roll all night,' the singer said.", "We played rock n roll all night", 2);
  assert_quoted ("'Music in the '90s was better,' he said.", "Music in the 90s was better", 2);
  assert_quoted ("'Let 'em go,' the officer shouted at the crowd.", "Let em go", 2);
  assert_quoted ("'We stayed home ’cause of the storm,' she said.", "We stayed home cause of the storm", 2);
  assert_quoted ("'We drove ’round the block twice,' he said.", "We drove round the block twice", 2);
  assert_quoted ("'The class of '91 never forgot it,' she said.", "The class of 91 never forgot it", 2);
  assert_quoted ("'We stayed home 'til the storm passed,' she said.", "We stayed home til the storm passed", 2);
  assert_quoted ("‘We did our best. Now it is up to the voters’. The polls open at eight.",
                 "We did our best Now it is up to the voters", 2);
  assert_quoted ("He said the rescue was 'a miracle', but the mayor's office said 'it was luck'.",
                 "a miracle it was luck", 4);
}

/* German quotation marks: „…“ (the closing mark is the English opening
 * one) and ‚…‘, and the French-style »…« and «…» German books use.
 */
static void
test_quotes_german (void)
{
  assert_quoted ("„Wir schaffen das“, sagte die Kanzlerin am Montag in Berlin.", "Wir schaffen das", 2);
  assert_quoted ("Der Minister nannte es „eine vorübergehende Maßnahme“ und ging.", "eine vorübergehende Maßnahme", 2);
  assert_quoted ("„Das ist ein ‚Skandal‘, nicht wahr?“, fragte er.", "Das ist ein Skandal nicht wahr", 4);
  assert_quoted ("Er sagte: ‚Nein, danke‘, und ging nach Hause.", "Nein danke", 2);
  assert_quoted ("Er antwortete knapp (‚Nein‘) und ging nach Hause.", "Nein", 2);
  assert_quoted ("»Wir bleiben hier«, sagte sie. Die Polizei kam später.", "Wir bleiben hier", 2);
  /* English marks are read as before; a breadcrumb's » quotes nothing */
  assert_quoted ("“We did our best,” she said, and the “experts” agreed.", "We did our best experts", 4);
  assert_quoted ("Sport » Fußball » Bundesliga: Bayern gewinnt in Dortmund.", "", 2);
}

/* A page's slips for a closing double mark: “ after a phrase of a
 * quotation a straight " opened, and two single marks with a space
 * between; a “ that opens a quotation inside one stays an opening mark.
 */
static void
test_quotes_slipped_close (void)
{
  assert_quoted ("For the banker called by the newspaper \"the last true gentleman of the City, “his resignation was "
                 "the closing scene of a 40-year career.",
                 "the last true gentleman of the City", 2);
  assert_quoted ("\"We are thrilled to be running the village fete for a third year, “Mrs Pemberton said in a statement.",
                 "We are thrilled to be running the village fete for a third year", 2);
  assert_quoted ("\"Is it over?“ she asked, and nobody answered her.", "Is it over", 2);
  assert_quoted ("The actress, who appeared on the TV show “Scrubs, ' ' has entered a treatment center in Malibu.",
                 "Scrubs", 2);
  /* a quotation opening inside a straight one, after no phrase's end */
  assert_quoted ("The minister called it \"a “temporary” measure\" on Monday.", "a temporary measure", 4);
  assert_quoted ("“We did our best,” she said, and “ the experts” agreed.", "We did our best the experts", 4);
  assert_quoted ("'We won,' he said. 'We will be back,' she said.", "We won We will be back", 4);
}

/* A quotation of several paragraphs runs on through paragraphs without a
 * mark to the one whose first mark closes it (pages drop the marks that
 * open its later paragraphs); it does not when another quotation opens
 * first, nor when the close is out of reach.
 */
static void
test_quotes_across_paragraphs (void)
{
  g_autoptr(PxDocument) doc = analyse ("The harbour master, Ruth Okafor, said: “The tide came in faster than we had seen.",
                                       "Two boats broke their moorings.",
                                       "We were lucky nobody was aboard.” The council meets on Friday.", NULL);
  g_autoptr(PxDocument) opened = analyse ("The harbour master said: “The tide came in faster than we had seen.",
                                          "Two boats broke their moorings.",
                                          "“We were lucky,” she said.", NULL);
  g_autoptr(PxDocument) far = analyse ("The harbour master said: “The tide came in fast.", "Two boats broke loose.",
                                       "One sank.", "The quay flooded.", "The road closed.", "Lucky.” Then it rained.",
                                       NULL);
  guint marks;
  g_autofree char *words = quoted_words (doc, &marks);
  g_autofree char *opened_words = quoted_words (opened, &marks);
  g_autofree char *far_words = quoted_words (far, &marks);

  g_assert_cmpstr (words, ==, "The tide came in faster than we had seen Two boats broke their moorings We were lucky nobody was aboard");
  g_assert_cmpstr (opened_words, ==, "The tide came in faster than we had seen We were lucky");
  g_assert_cmpstr (far_words, ==, "The tide came in fast");
}

static void
test_tokens_and_stems (void)
{
  g_autoptr(PxDocument) doc = analyse ("The drones’ long-range attacks didn't stop Putin's residence.", NULL);
  gboolean saw_drone = FALSE, saw_putin = FALSE, saw_hyphen = FALSE;

  for (guint t = 0; t < doc->tokens->len; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (g_str_equal (token->norm, "the"))
        g_assert_true (token->is_stop);
      if (g_str_equal (token->norm, "drones"))
        saw_drone = g_str_equal (token->stem, "drone");
      if (g_str_equal (token->norm, "putin's"))
        saw_putin = g_str_equal (token->stem, "putin") && token->is_capital;
      if (g_str_equal (token->norm, "long-range"))
        saw_hyphen = TRUE;
    }
  g_assert_true (saw_drone);
  g_assert_true (saw_putin);
  g_assert_true (saw_hyphen);
}

static void
test_stems_follow_language (void)
{
  g_autoptr(PxArticle) article = px_article_new ("de");
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  g_autoptr(PxDocument) doc = NULL;

  g_ptr_array_add (paragraphs, "Die Drohnen wurden zerstört.");
  px_article_set_paragraphs (article, paragraphs);
  article->language = g_strdup ("de");
  doc = px_document_new (article);
  /* the German stemmer, not the English one, takes "Drohnen" to "drohn" */
  g_assert_cmpstr (px_document_token (doc, 1)->stem, ==, "drohn");
}

static const PxQuantity *
only_quantity (PxDocument *doc)
{
  PxSentence *s = px_document_sentence (doc, 0);

  g_assert_nonnull (s->quantities);
  g_assert_cmpuint (s->quantities->len, ==, 1);
  return &g_array_index (s->quantities, PxQuantity, 0);
}

/* A calibre's figure takes its decimal point into its wording after a
 * space or a parenthesis ("a .38 caliber", "(.38 caliber)"), not after a
 * word ("the. 38" is a stop slipped before its space).
 */
static void
test_quantity_decimal_point (void)
{
  const struct
  {
    const char *text;
    const char *wording;
  } cases[] = {
    { "He pointed a .38 caliber revolver at them.", ".38" },
    { "He pointed a revolver (.38 caliber) at them.", ".38" },
    { "He pointed the. 38 caliber revolver at them.", "38" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxDocument) doc = analyse (cases[i].text, NULL);
      const PxQuantity *q = only_quantity (doc);
      g_autofree char *number = g_strndup (doc->text + q->number_start, strspn (doc->text + q->number_start, ".0123456789"));

      g_assert_cmpuint (q->start, ==, q->number_start);
      g_assert_cmpstr (number, ==, cases[i].wording);
    }
}

static void
assert_same_quantity (const char *a,
                      const char *b,
                      gboolean    equal)
{
  g_autoptr(PxDocument) da = analyse (a, NULL);
  g_autoptr(PxDocument) db = analyse (b, NULL);
  const PxQuantity *qa = only_quantity (da), *qb = only_quantity (db);

  g_test_message ("%s / %s", a, b);
  g_assert_true (px_quantity_comparable (qa, qb, NULL, NULL));
  g_assert_true (px_quantity_equal (qa, qb) == equal);
}

static void
test_quantities (void)
{
  g_autoptr(PxDocument) doc = analyse ("Ukraine fired ninety-one long-range drones.", NULL);
  const PxQuantity *q = only_quantity (doc);

  g_assert_cmpfloat (q->value, ==, 91);
  g_assert_cmpstr (q->heads[1], ==, "drone");

  /* the counted thing's phrase ends at its noun; a participle stays */
  {
    g_autoptr(PxDocument) wide = analyse ("It is shown in 200 countries worldwide.", NULL);
    g_autoptr(PxDocument) thrown = analyse ("He had 369 punches thrown.", NULL);
    const PxQuantity *countries = only_quantity (wide), *punches = only_quantity (thrown);

    g_assert_cmpuint (countries->n_heads, ==, 1);
    g_assert_cmpstr (countries->heads[0], ==, px_document_token (wide, countries->first_token + 1)->concept);
    g_assert_cmpuint (punches->n_heads, ==, 2);
  }

  assert_same_quantity ("He saw 12 drones.", "He saw twelve drones.", TRUE);
  /* a made thing and the kind it directly is of, in either order; no
   * kind of people and its kinds */
  assert_same_quantity ("It destroyed 35 houses.", "It destroyed 40 homes.", FALSE);
  assert_same_quantity ("It destroyed 40 homes.", "It destroyed 35 houses.", FALSE);
  assert_same_quantity ("Police seized two rifles.", "Police seized three firearms.", FALSE);
  assert_same_quantity ("Police seized three firearms.", "Police seized two rifles.", FALSE);
  {
    g_autoptr(PxDocument) da = analyse ("It laid off five employees.", NULL);
    g_autoptr(PxDocument) db = analyse ("It laid off seven workers.", NULL);

    g_assert_false (px_quantity_comparable (only_quantity (da), only_quantity (db), NULL, NULL));
    g_assert_false (px_quantity_comparable (only_quantity (db), only_quantity (da), NULL, NULL));
  }
  assert_same_quantity ("He saw 12 drones.", "He saw a dozen drones.", TRUE);
  assert_same_quantity ("He saw at least 12 drones.", "He saw 12 drones.", TRUE);
  assert_same_quantity ("They walked 2km home.", "They walked two kilometres home.", TRUE);
  /* feet are a length, glued or not */
  assert_same_quantity ("He fell 2,000ft down.", "He fell about 600 metres down.", TRUE);
  assert_same_quantity ("He fell 200 feet down.", "He fell 200ft down.", TRUE);
  assert_same_quantity ("He fell about 200ft down.", "He fell about 200m down.", FALSE);
  assert_same_quantity ("Snow lay 6 inches deep.", "Snow lay 15 centimetres deep.", TRUE);
  assert_same_quantity ("The rate is 4.75% now.", "The rate is 4.75 per cent now.", TRUE);
  assert_same_quantity ("Rates rose half a percentage point.", "Rates rose 50 basis points.", TRUE);
  assert_same_quantity ("Rates rose half a point.", "Rates rose 50 basis points.", TRUE);
  assert_same_quantity ("The fund holds $2,000 million.", "The fund holds $2 billion.", TRUE);
  assert_same_quantity ("He saw two thousand people.", "He saw 2,000 people.", TRUE);
  assert_same_quantity ("They fired 91 drones.", "They fired dozens of drones.", FALSE);
  assert_same_quantity ("They fired 91 drones.", "They fired 92 drones.", FALSE);
  /* a count written to the unit is exact; a round one (a multiple of
   * ten) may be the other rounded, whichever side it is on */
  assert_same_quantity ("It counted 2,106 votes.", "It counted 2,116 votes.", FALSE);
  assert_same_quantity ("It counted 1,410 votes.", "It counted 1,415 votes.", TRUE);
  assert_same_quantity ("It counted 1,415 votes.", "It counted 1,410 votes.", TRUE);
  assert_same_quantity ("About 90 drones flew.", "91 drones flew.", TRUE);
  assert_same_quantity ("Up to 50 people died.", "80 people died.", FALSE);
  /* the same qualifier on both sides: the figures must agree */
  assert_same_quantity ("Gusts of up to 60 mph fanned it.", "Gusts of up to 70 mph fanned it.", FALSE);
  assert_same_quantity ("About 90,000 fled.", "Around 90,000 fled.", TRUE);
  /* a floor that the other figure is twice is another count reported,
   * in either order; under twice it is the figure rounded down */
  assert_same_quantity ("It killed at least three people.", "It killed 10 people.", FALSE);
  assert_same_quantity ("It killed 10 people.", "It killed at least three people.", FALSE);
  assert_same_quantity ("It killed more than 100,000 people.", "It killed about 250,000 people.", FALSE);
  assert_same_quantity ("Police held more than 200 people.", "Police held 250 people.", TRUE);
  assert_same_quantity ("It killed at least three people.", "It killed three people.", TRUE);
  assert_same_quantity ("It killed at least three people.", "It killed at least 10 people.", FALSE);
  assert_same_quantity ("It killed at least three people.", "It killed dozens of people.", FALSE);
  /* "412 months" is what a page left of "4 1/2 months" */
  assert_same_quantity ("He served at least four months.", "He served 412 months.", TRUE);
  assert_same_quantity ("He served more than four years.", "He served 412 months.", FALSE);
  /* a whole figure hyphenated to a word counts no noun: it measures the
   * noun after them, and only the same word before the same noun */
  {
    g_autoptr(PxDocument) d73 = analyse ("He led a 73-yard drive.", NULL);
    g_autoptr(PxDocument) d75 = analyse ("He led a 75 yard drive.", NULL);
    g_autoptr(PxDocument) d7 = analyse ("He threw a 7-yard touchdown pass.", NULL);
    g_autoptr(PxDocument) d9 = analyse ("He threw a 9-yard touchdown run.", NULL);
    g_autoptr(PxDocument) d35 = analyse ("He ran 35 yards.", NULL);
    const PxQuantity *q73 = only_quantity (d73), *q75 = only_quantity (d75), *q7 = only_quantity (d7);
    const PxQuantity *q9 = only_quantity (d9), *q35 = only_quantity (d35);

    g_assert_true (q73->joined);
    g_assert_cmpuint (q73->n_heads, ==, 0);
    g_assert_false (q75->joined);
    g_assert_true (px_quantity_comparable (q73, q75, NULL, NULL));
    g_assert_true (px_quantity_comparable (q75, q73, NULL, NULL));
    g_assert_false (px_quantity_comparable (q73, q7, NULL, NULL));
    g_assert_false (px_quantity_comparable (q7, q9, NULL, NULL));
    g_assert_false (px_quantity_comparable (q73, q35, NULL, NULL));
    g_assert_false (px_quantity_comparable (q35, q7, NULL, NULL));
  }
  /* a dash written as a hyphen before a figure ends the counted phrase:
   * "three postal clerks-two women" counts clerks; a compound stays */
  {
    g_autoptr(PxDocument) dashed = analyse ("The three postal clerks-two women and a man-were killed.", NULL);
    g_autoptr(PxDocument) women = analyse ("Two women died.", NULL);
    g_autoptr(PxDocument) compound = analyse ("Three co-workers of the victims died.", NULL);
    const PxQuantity *workers = only_quantity (dashed);

    g_assert_cmpuint (workers->n_heads, ==, 2);
    g_assert_false (px_quantity_comparable (workers, only_quantity (women), NULL, NULL));
    g_assert_cmpuint (only_quantity (compound)->n_heads, >=, 1);
    g_assert_cmpstr (only_quantity (compound)->head_words[0], ==, "co-workers");
  }
  /* so does one before a figure in digits */
  {
    g_autoptr(PxDocument) dashed = analyse ("The 14 bank workers-12 women and two men-were killed.", NULL);
    PxSentence *s = px_document_sentence (dashed, 0);
    const PxQuantity *workers = &g_array_index (s->quantities, PxQuantity, 0);

    g_test_message ("%u quantities, heads %u", s->quantities->len, workers->n_heads);
    g_assert_cmpfloat (workers->value, ==, 14);
    g_assert_cmpuint (workers->n_heads, ==, 2);
    g_assert_cmpstr (workers->heads[0], ==, px_document_token (dashed, workers->first_token + 1)->concept);
  }
  /* no figure has a leading zero: what is left of "2, 000ft" is none */
  {
    g_autoptr(PxDocument) zeros = analyse ("He fell 000ft.", NULL);

    g_assert_cmpuint (px_document_sentence (zeros, 0)->quantities != NULL
                      ? px_document_sentence (zeros, 0)->quantities->len : 0, ==, 0);
  }
}

static double
quantity_value (const char *text)
{
  g_autoptr(PxDocument) doc = analyse (text, NULL);

  g_test_message ("%s", text);
  return only_quantity (doc)->value;
}

/* Written fractions are the numbers they are: "4½ months" is four and a
 * half months (in days), "⅓ of voters" a third; "41/2" and "41⁄2" are
 * what pages leave of "4<sup>1</sup>/<sub>2</sub>"; a date or a ratio is
 * no fraction.
 */
static void
test_quantity_fractions (void)
{
  const double month = 30.4375;

  g_assert_cmpfloat_with_epsilon (quantity_value ("He served 4½ months in federal prison."), 4.5 * month, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("He served 4 ½ months in federal prison."), 4.5 * month, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("He served 3 1/2 years in federal prison."), 3.5 * 365.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("He served 41/2 months in federal prison."), 4.5 * month, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("He served 41\u20442 months in federal prison."), 4.5 * month, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("The marchers walked 2¼ miles to the capitol."), 2.25 * 1.609344, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("The marchers walked 1/2 mile to the capitol."), 0.5 * 1.609344, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("Polls show ⅓ of voters are undecided."), 1 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("Polls show 3/4 of voters are undecided."), 0.75, 1e-9);
  assert_same_quantity ("He served 4½ months.", "He served four and a half months.", TRUE);
  assert_same_quantity ("He served 4½ months.", "He served 136 days.", TRUE);
  assert_same_quantity ("He served 3 1/2 months.", "He served 4½ months.", FALSE);
  assert_same_quantity ("He served 2¼ years.", "He served 2½ years.", FALSE);
  /* the hyphen of "a 2-1/2 year sentence" joins a mixed number, no range */
  g_assert_cmpfloat_with_epsilon (quantity_value ("He got a 2-1/2 year sentence."), 2.5 * 365.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (quantity_value ("She got a 4-1/2-month jail term."), 4.5 * month, 1e-9);
  assert_same_quantity ("He served a 2-1/2 year sentence.", "He served two and a half years.", TRUE);
  assert_same_quantity ("He served a 2-1/2 year sentence.", "He served 2 years.", FALSE);
  /* "412 months": a page lost the slash of "4 1/2"; 36 months stays 36 */
  assert_same_quantity ("He served 412 months.", "He served four and a half months.", TRUE);
  assert_same_quantity ("He served 36 months.", "He served three and a half months.", FALSE);
  /* a date, a ratio and a score are not fractions */
  {
    g_autoptr(PxDocument) doc = analyse ("The shop, open 24/7 since 1/2/2020, sold 3/4 of its stock on 1/2 and won 21/14.", NULL);
    PxSentence *s = px_document_sentence (doc, 0);

    g_assert_nonnull (s->quantities);
    g_assert_cmpuint (s->quantities->len, ==, 1);
    g_assert_cmpfloat (g_array_index (s->quantities, PxQuantity, 0).value, ==, 0.75);
  }
}

/* A figure of more digits than an int holds, where a height's feet are
 * looked for (before any word: "7 feet 3 inches"): no height. The figure was
 * cast to an int before it was compared with 100, undefined beyond 2^31
 * (x86 gives INT_MIN, so no height either: the test fails under clang's
 * UndefinedBehaviorSanitizer, as fuzz-compare found it; GCC's
 * -fsanitize=undefined leaves float-cast-overflow out).
 */
static void
test_quantity_huge_figures (void)
{
  g_autofree char *nines = g_strnfill (120, '9');
  g_autofree char *tall = g_strdup_printf ("Officials said %s people were hurt, and the mast is %s feet 3 inches tall.",
                                           nines, nines);
  g_autoptr(PxDocument) doc = analyse (tall, NULL);
  PxSentence *s = px_document_sentence (doc, 0);

  for (guint q = 0; s->quantities != NULL && q < s->quantities->len; q++)
    g_assert_false (g_array_index (s->quantities, PxQuantity, q).height);
}

/* A clock of more digits than an int holds is no time: "2147483649:30"
 * wrapped to a negative hour, read as a time (and multiplied past an int
 * by 60, undefined; mutate.py under UBSan found it).
 */
static void
test_clock_huge_figures (void)
{
  const char *texts[] = {
    "The ferry left the harbour at 2147483649:30 GMT on Monday, officials said.",
    "The ferry left the harbour at 02147483649:30 on Monday, officials said.",
    "The ferry left the harbour at 10:4294967326 on Monday, officials said.",
  };

  for (gsize t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(PxDocument) doc = analyse (texts[t], NULL);
      PxSentence *s = px_document_sentence (doc, 0);

      for (guint n = 0; s->times != NULL && n < s->times->len; n++)
        g_assert_cmpint (g_array_index (s->times, PxTimeExpr, n).minutes, ==, -1);
    }
}

/* A figure between a capitalised word and a name labels the name: "Player
 * 136 Brenner Jr." counts no Brenners. Counts of capitalised things stay:
 * a demonym WordNet knows ("12 Palestinian children"), a plural, after a
 * weekday, and in a headline written in capitals word by word.
 */
static void
test_quantity_label_before_name (void)
{
  const struct { const char *text; double value; } cases[] = {
    { "Player 136 Brenner Jr. scored twice in the second half on Saturday.", -1 },
    { "The coach said Guard 23 Okonkwo would miss the final with a knee injury.", -1 },
    { "In Gaza 12 Palestinian children were hurt in the strike, officials said.", 12 },
    { "On Monday 30 Israeli soldiers crossed the border near the village.", 30 },
    { "The Ferry Carrying 120 Passengers Sank Off The Coast", 120 },
    { "Storm Leaves 3 Dead In Northern Towns", 3 },
    { "Officials said 136 people were hurt when the stand collapsed.", 136 },
    /* each kept by one test alone: after a weekday, a plural, a headline */
    { "By Friday 40 Ukrnafta workers had left the burning depot.", 40 },
    { "In Kutupalong 700 Rohingyas arrived on Sunday, aid groups said.", 700 },
    { "Depot Fire Leaves 40 Ukrnafta Workers Without Jobs", 40 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(PxDocument) doc = analyse (cases[c].text, NULL);
      PxSentence *s = px_document_sentence (doc, 0);
      gboolean found = FALSE;

      for (guint q = 0; s->quantities != NULL && q < s->quantities->len; q++)
        found |= g_array_index (s->quantities, PxQuantity, q).value == (cases[c].value < 0 ? 136 : cases[c].value)
                 || (cases[c].value < 0 && g_array_index (s->quantities, PxQuantity, q).value == 23);
      g_test_message ("%s", cases[c].text);
      g_assert_true (found == (cases[c].value >= 0));
    }
}

/* A figure denied is none ("not one person, but several"), and the
 * decimals of "magnitude-6.0" that the splitter cut off are no "0 quake";
 * a plain figure, and one that opens a sentence, still are.
 */
static void
test_quantities_denied_or_cut (void)
{
  g_autoptr(PxDocument) denied = analyse ("Halvorsen said the caller was not one person, but most likely several people taking turns.", NULL);
  g_autoptr(PxDocument) plain = analyse ("Brandt has said the caller was one person.", NULL);
  g_autoptr(PxDocument) cut = analyse ("Geologists say a magnitude-6.0 quake may bring down older buildings. 12 people were hurt.", NULL);
  PxSentence *s = px_document_sentence (denied, 0);

  for (guint q = 0; s->quantities != NULL && q < s->quantities->len; q++)
    g_assert_cmpfloat (g_array_index (s->quantities, PxQuantity, q).value, !=, 1);
  g_assert_cmpfloat (only_quantity (plain)->value, ==, 1);
  g_assert_cmpuint (cut->sentences->len, >=, 2);
  for (guint k = 0; k < cut->sentences->len; k++)
    {
      PxSentence *sentence = px_document_sentence (cut, k);

      for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
        g_assert_cmpfloat (g_array_index (sentence->quantities, PxQuantity, q).value, !=, 0);
    }
  s = px_document_sentence (cut, cut->sentences->len - 1);
  g_assert_nonnull (s->quantities);
  g_assert_cmpfloat (g_array_index (s->quantities, PxQuantity, 0).value, ==, 12);
}

static void
test_not_quantities (void)
{
  g_autoptr(PxDocument) doc = analyse ("In 2025 the No. 10 team met on Dec. 29 at 3 p.m. and the 91st session began at 03:10.", NULL);

  g_assert_null (px_document_sentence (doc, 0)->quantities);
}

static const PxTimeExpr *
nth_time (PxDocument *doc,
          guint       n)
{
  PxSentence *s = px_document_sentence (doc, 0);

  g_assert_nonnull (s->times);
  g_assert_cmpuint (s->times->len, >, n);
  return &g_array_index (s->times, PxTimeExpr, n);
}

/* A part of a year named before it falls in that year, as "in 2027"
 * does; a count after "half of" is no year.
 */
static void
test_times_part_of_year (void)
{
  g_autoptr(PxDocument) end = analyse ("The carmaker will close two plants by the end of 2027.", NULL);
  g_autoptr(PxDocument) count = analyse ("Nearly half of 2000 workers at the plant were laid off.", NULL);

  g_assert_cmpint (nth_time (end, 0)->year, ==, 2027);
  g_assert_null (px_document_sentence (count, 0)->times);
}

static void
test_times (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "It began early Tuesday, not on Monday night as first said, at 3 a.m. or at 03:10 on December 29, 2025 or 29 Dec.", NULL);
  const PxTimeExpr *early = nth_time (doc, 0), *night = nth_time (doc, 1);
  const PxTimeExpr *clock = nth_time (doc, 2), *clock24 = nth_time (doc, 3);
  const PxTimeExpr *date = nth_time (doc, 4), *date2 = nth_time (doc, 5);

  g_assert_cmpint (early->weekday, ==, 2);
  g_assert_cmpint (early->daypart, ==, PX_DAYPART_EARLY);
  g_assert_cmpint (night->weekday, ==, 1);
  g_assert_cmpint (night->daypart, ==, PX_DAYPART_NIGHT);
  g_assert_true (px_time_comparable (early, night));
  g_assert_false (px_time_equal (early, night));
  g_assert_cmpint (clock->minutes, ==, 180);
  g_assert_cmpint (clock24->minutes, ==, 190);
  g_assert_true (px_time_equal (clock, clock24));
  g_assert_cmpint (date->month, ==, 12);
  g_assert_cmpint (date->day, ==, 29);
  g_assert_cmpint (date->year, ==, 2025);
  g_assert_true (px_time_equal (date, date2));
}

/* A game's clock is no time of day: "with 6:18 left in the first half",
 * "at the 2:15 mark", "52 seconds into the ninth round"; a clock left
 * and a clock gone, or two periods, are not compared.
 */
static void
test_game_clock (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "He scored with 6:18 left in the first half, tied it with 6:17 to go in the 1st half and won it at the 2:15 mark "
    "of the fight, 52 seconds into the ninth round, two minutes into the second half, with 0:30 remaining, at 7:42 p.m.",
    NULL);
  const PxTimeExpr *left = nth_time (doc, 0), *to_go = nth_time (doc, 1), *mark = nth_time (doc, 2);
  const PxTimeExpr *into = nth_time (doc, 3), *minutes = nth_time (doc, 4), *remaining = nth_time (doc, 5);
  const PxTimeExpr *evening = nth_time (doc, 6);

  g_assert_true (left->game && left->game_left);
  g_assert_cmpint (left->game_seconds, ==, 378);
  g_assert_cmpint (left->game_period, ==, 1);
  g_assert_cmpint (left->minutes, <, 0);
  g_assert_true (to_go->game && to_go->game_left);
  g_assert_cmpint (to_go->game_seconds, ==, 377);
  g_assert_cmpint (to_go->game_period, ==, 1);
  g_assert_true (mark->game && !mark->game_left);
  g_assert_cmpint (mark->game_seconds, ==, 135);
  g_assert_cmpint (mark->game_period, ==, 0);
  g_assert_true (into->game && !into->game_left);
  g_assert_cmpint (into->game_seconds, ==, 52);
  g_assert_cmpint (into->game_period, ==, 9);
  g_assert_cmpint (minutes->game_seconds, ==, 120);
  g_assert_cmpint (minutes->game_period, ==, 2);
  g_assert_true (remaining->game_left);
  g_assert_cmpint (remaining->game_seconds, ==, 30);
  g_assert_false (evening->game);
  g_assert_cmpint (evening->minutes, ==, 19 * 60 + 42);

  g_assert_true (px_time_comparable (left, to_go));
  g_assert_false (px_time_equal (left, to_go));
  g_assert_true (px_time_comparable (mark, into));
  g_assert_false (px_time_equal (mark, into));
  /* one gone, one left; two halves; a game's clock and the time of day */
  g_assert_false (px_time_comparable (left, mark));
  g_assert_false (px_time_comparable (into, minutes));
  g_assert_false (px_time_comparable (left, evening));
  g_assert_false (px_time_comparable (evening, left));
}

static void
test_cues (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "Russia claimed, without evidence, that Ukraine attacked.", "Ukraine attacked the residence.",
    "Lavrov said Ukraine attacked.", "The claim could not be independently verified.",
    "There were no casualties.", "Russia would not withdraw from talks.", "\"It is a lie,\" Zelensky said.",
    "Lavrov spoke first. The talks will go on, he said.", NULL);

  g_assert_cmpint (px_document_sentence (doc, 0)->attribution, ==, PX_ATTRIBUTION_DISTANCED);
  g_assert_cmpint (px_document_sentence (doc, 1)->attribution, ==, PX_ATTRIBUTION_NONE);
  g_assert_cmpint (px_document_sentence (doc, 2)->attribution, ==, PX_ATTRIBUTION_NEUTRAL);
  g_assert_cmpstr (px_document_sentence (doc, 2)->speaker, ==, "lavrov");
  g_assert_cmpint (px_document_sentence (doc, 3)->attribution, ==, PX_ATTRIBUTION_DISTANCED);
  /* "not" inside the hedge is no negation of "verified" */
  g_assert_false (px_cues_is_negated (doc, px_document_sentence (doc, 3), "verifi"));
  g_assert_true (px_cues_is_negated (doc, px_document_sentence (doc, 4), "injur"));
  g_assert_true (px_cues_is_negated (doc, px_document_sentence (doc, 5), "quit"));
  g_assert_nonnull (px_document_sentence (doc, 6)->quotes);
  g_assert_cmpstr (px_document_sentence (doc, 6)->speaker, ==, "zelensky");
  /* "he said" is the last person named */
  g_assert_cmpstr (px_document_sentence (doc, 8)->speaker, ==, "lavrov");
}

/* A paragraph of quotation that names no speaker goes on with the speaker
 * quoted at the end of the paragraph before, also where a quotation runs
 * on into a paragraph with no mark; a paragraph that names its own speaker
 * keeps it, and one that quotes nobody is given none.
 */
static void
test_cues_speaker_across_paragraphs (void)
{
  g_autoptr(PxDocument) doc = analyse ("“The pumps failed at midnight,” harbour master Ruth Okafor said.",
                                       "“By two the quay was under water.",
                                       "Nobody had seen a tide like it.”",
                                       "“We lost the ferry,” the mayor, Tomas Reyes, said.",
                                       "The council meets on Friday.", NULL);

  g_assert_cmpstr (px_document_sentence (doc, 0)->speaker, ==, "okafor");
  g_assert_cmpstr (px_document_sentence (doc, 1)->speaker, ==, "okafor");
  g_assert_cmpstr (px_document_sentence (doc, 2)->speaker, ==, "okafor");
  g_assert_cmpstr (px_document_sentence (doc, 3)->speaker, ==, "reyes");
  g_assert_null (px_document_sentence (doc, 4)->speaker);
}

/* "he said" after a woman named since the last speaker is the nearest
 * earlier speaker a man may be ("Mr Ostrowski"); the twin, where the man
 * is the last one named, and "she said" after her, keep today's rule; a
 * pronoun that once stood for a name tells that name's sex after, as a
 * title does.
 */
static void
test_cues_pronoun_speaker_sex (void)
{
  g_autoptr(PxDocument) doc = analyse ("Mr Ostrowski said the flood barrier had held until the early hours.",
                                       "Officials did not say whether Mrs Kowalczyk's warning had reached the depot.",
                                       "“Nobody could have stopped water like that,” he said.",
                                       "“We pumped all night.”", NULL);
  g_autoptr(PxDocument) twin = analyse ("Mrs Kowalczyk said the warning went out at ten.",
                                        "Officials did not say whether Mr Ostrowski had read it.",
                                        "“Nobody could have stopped water like that,” he said.", NULL);
  g_autoptr(PxDocument) hers = analyse ("Mr Ostrowski said the flood barrier had held until the early hours.",
                                        "Officials did not say whether Mrs Kowalczyk's warning had reached the depot.",
                                        "“I sent it at ten,” she said.", NULL);
  g_autoptr(PxDocument) told = analyse ("Anna Kowalczyk said the warning went out at ten.",
                                        "“I sent it to the depot myself,” she added.",
                                        "The engineer, Marek Ostrowski, said the flood barrier had held.",
                                        "Officials did not say whether Kowalczyk's warning had reached him.",
                                        "“Nobody could have stopped it,” he said.", NULL);

  g_assert_cmpstr (px_document_sentence (doc, 2)->speaker, ==, "ostrowski");
  /* the next paragraph of quotation goes on with him */
  g_assert_cmpstr (px_document_sentence (doc, 3)->speaker, ==, "ostrowski");
  g_assert_cmpstr (px_document_sentence (twin, 2)->speaker, ==, "ostrowski");
  g_assert_cmpstr (px_document_sentence (hers, 2)->speaker, ==, "kowalczyk");
  g_assert_cmpstr (px_document_sentence (told, 1)->speaker, ==, "kowalczyk");
  g_assert_cmpstr (px_document_sentence (told, 4)->speaker, ==, "ostrowski");
}

/* After a quotation, the verb of saying may name its speaker past the
 * role ("said the harbour master, Ruth Okafor"); with no quotation before
 * it, a name after a role may be what is said ("said the harbour master,
 * Ruth Okafor, had ordered"), and a clause of its own between is no role.
 */
static void
test_cues_speaker_after_role (void)
{
  g_autoptr(PxDocument) doc = analyse ("“The pumps failed at midnight,” said the harbour master, Ruth Okafor.",
                                       "“We lost the ferry,” said Norway's transport minister, Tomas Reyes.",
                                       "At the port, officials said the harbour master, Ruth Okafor, had ordered the evacuation.",
                                       "“We will rebuild,” said the mayor after meeting Tomas Reyes.", NULL);

  g_assert_cmpstr (px_document_sentence (doc, 0)->speaker, ==, "okafor");
  g_assert_cmpstr (px_document_sentence (doc, 1)->speaker, ==, "reyes");
  g_assert_cmpstr (px_document_sentence (doc, 2)->speaker, !=, "okafor");
  g_assert_cmpstr (px_document_sentence (doc, 3)->speaker, !=, "reyes");
}

static void
test_cues_not_attribution (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "Some 12,000 residents were told to flee.", "No injuries have been reported.",
    "An estimated 90,000 people left.", "The Bank estimated that inflation would rise.",
    "Russia's claims were dismissed.", "We cannot cut rates too quickly.", NULL);

  /* passives and nouns quote no one */
  g_assert_cmpint (px_document_sentence (doc, 0)->attribution, ==, PX_ATTRIBUTION_NONE);
  g_assert_cmpint (px_document_sentence (doc, 1)->attribution, ==, PX_ATTRIBUTION_NONE);
  g_assert_cmpint (px_document_sentence (doc, 2)->attribution, ==, PX_ATTRIBUTION_NONE);
  g_assert_nonnull (px_document_sentence (doc, 2)->quantities);
  g_assert_cmpint (px_document_sentence (doc, 3)->attribution, ==, PX_ATTRIBUTION_NEUTRAL);
  g_assert_cmpint (px_document_sentence (doc, 4)->attribution, !=, PX_ATTRIBUTION_DISTANCED);
  g_assert_true (px_cues_is_negated (doc, px_document_sentence (doc, 5), px_text_concept ("cut")));
}

static void
test_entities (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "Russian Foreign Minister Sergei Lavrov spoke in Moscow. Lavrov said it was over. "
    "Peskov said it was not. Air defences were busy. The air was cold. He said so, Lavrov added.",
    NULL);
  PxSentence *first = px_document_sentence (doc, 0);
  const PxEntity *lavrov = px_entities_find (first, "lavrov");
  const PxEntity *moscow = px_entities_find (first, "moscow");

  g_assert_nonnull (lavrov);
  g_assert_cmpint (lavrov->kind, ==, PX_ENTITY_PERSON);
  g_assert_true (lavrov->titled);
  g_assert_cmpuint (lavrov->end - lavrov->start, ==, strlen ("Sergei Lavrov"));
  g_assert_nonnull (moscow);
  g_assert_cmpint (moscow->kind, ==, PX_ENTITY_PLACE);
  g_assert_cmpstr (px_document_sentence (doc, 1)->speaker, ==, "lavrov");
  g_assert_cmpstr (px_document_sentence (doc, 2)->speaker, ==, "peskov");
  /* "Air" opens a sentence and is written in lower case elsewhere */
  g_assert_null (px_document_sentence (doc, 3)->entities);
  g_assert_cmpstr (px_document_sentence (doc, 5)->speaker, ==, "lavrov");
}

/* A long report of figures (a depot's stock read out, 120 figures a
 * sentence) keeps its figures in exactly the room they take: kept in
 * arrays of a power of two of bytes, the figures of 32 such reports were
 * a quarter of the memory of comparing them (docs/benchmarks.md, mem38). */
static void
test_figures_memory (void)
{
  static const char * const stock[] = { "tents", "blankets", "generators", "stoves", "jerrycans", "tarpaulins" };
  g_autoptr(PxArticle) article = px_article_new ("test");
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  PxDocument *doc;
  guint n_figures = 0;
  gsize before;
  double per_figure;

  if (PX_TEST_ASAN)
    {
      g_test_skip ("AddressSanitizer keeps its own heap");
      return;
    }
  for (guint k = 0; k < 16; k++)
    {
      GString *text = g_string_new ("The depot at Marrow Quay counted its stock again on Friday: ");

      for (guint i = 0; i < 120; i++)
        g_string_append_printf (text, "%u %s, ", (i * 53 + k * 17) % 900 + 21, stock[(i + k) % G_N_ELEMENTS (stock)]);
      g_string_append (text, "and a crate of lamps nobody had opened.");
      g_ptr_array_add (paragraphs, g_string_free (text, FALSE));
    }
  px_article_set_paragraphs (article, paragraphs);

  before = px_test_heap_in_use ();
  doc = px_document_new (article);
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      n_figures += sentence->quantities != NULL ? sentence->quantities->len : 0;
    }
  per_figure = (double) (px_test_heap_in_use () - before) / n_figures;
  g_test_message ("%u figures, %u tokens: %.1f bytes a figure held by the document", n_figures, doc->tokens->len,
                  per_figure);
  g_assert_cmpuint (n_figures, >=, 16 * 120);
  /* 396 bytes in arrays of their length, 561 in a GArray's room */
  g_assert_cmpfloat (per_figure, <, 470);
  px_document_unref (doc);
}

static void
test_hostile_text (void)
{
  GString *huge = g_string_new (NULL);
  g_autoptr(PxDocument) doc = NULL;

  /* one paragraph of 20,000 words without a stop is cut, not kept whole */
  for (int i = 0; i < 20000; i++)
    g_string_append (huge, i % 7 == 0 ? "word, " : "word ");
  doc = analyse (huge->str, "\"\"\"“‘’’”...…", "$$$ 12:99 1,2,3,4 %%", NULL);
  g_assert_cmpuint (doc->sentences->len, >, 30);
  for (guint s = 0; s < doc->sentences->len; s++)
    g_assert_cmpuint (px_document_sentence (doc, s)->n_tokens, <=, 600);
  g_string_free (huge, TRUE);
}

/* Two names of one body: an acronym and the name whose initials spell
 * it, and the short list's own ("DFB", "German FA"); not an acronym of
 * another name.
 */
static void
test_entities_aliases (void)
{
  g_assert_true (px_entities_aliases ("osce", "organization for security and co-operation in europe"));
  g_assert_true (px_entities_aliases ("north atlantic treaty organization", "nato"));
  g_assert_true (px_entities_aliases ("abc", "american broadcasting company"));
  g_assert_true (px_entities_aliases ("dfb", "german fa"));
  g_assert_true (px_entities_aliases ("uk", "britain"));
  g_assert_false (px_entities_aliases ("osce", "organization of american states"));
  g_assert_false (px_entities_aliases ("nba", "national hockey league"));
  g_assert_false (px_entities_aliases ("nato", "nato summit"));
  g_assert_false (px_entities_aliases ("dfb", "uefa"));
}

/* A name that ends in what it is names a body, not a person: "Ruth
 * Halloway Center", "Mercy-Lakeside Hospital"; "Halloway" alone is still a
 * person's name where it is one.
 */
static void
test_entities_bodies (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "The singer checked into the Ruth Halloway Center on Monday night. "
    "Her mother was taken to Mercy-Lakeside Hospital later that day. "
    "Judge Karen Whitlow said Marisol Vane must stay there.",
    NULL);
  const PxEntity *center = px_entities_find (px_document_sentence (doc, 0), "ruth halloway center");
  const PxEntity *hospital = px_entities_find (px_document_sentence (doc, 1), "mercy-lakeside hospital");
  const PxEntity *person = px_entities_find (px_document_sentence (doc, 2), "vane");

  g_assert_nonnull (center);
  g_assert_cmpint (center->kind, ==, PX_ENTITY_ORGANISATION);
  g_assert_nonnull (hospital);
  g_assert_cmpint (hospital->kind, ==, PX_ENTITY_ORGANISATION);
  g_assert_nonnull (person);
  g_assert_cmpint (person->kind, ==, PX_ENTITY_PERSON);
}

/* A run of capitalised words that ends in a noun WordNet first takes for a
 * body of people names a body, not a person, even after a word that may be
 * a title ("Premier League"); surnames that are also nouns ("Baker", "Woods", "Bush",
 * "Rivers", "Field", "Rose") still name people, keyed by the surname.
 */
static void
test_entities_groups (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "The Harlow Hawks lead the Atlantic Division after beating Premier League opponents. "
    "The Western Conference final moved to Sunday, and Harbour Squadron crews watched. "
    "Coach Dana Woods thanked Martin Bush, Lena Rivers and Tom Field. "
    "Nurse Ann Baker and Priya Rose spoke to Owen Smith and Rosa Brown.",
    NULL);
  /* "Premier" may be a title: the name after it is one word */
  const char *bodies[] = { "atlantic division", "league", "western conference", "harbour squadron" };
  const char *people[] = { "woods", "bush", "rivers", "field", "baker", "rose", "smith", "brown" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      const PxEntity *body = NULL;

      for (guint s = 0; s < 2 && body == NULL; s++)
        body = px_entities_find (px_document_sentence (doc, s), bodies[i]);
      g_assert_nonnull (body);
      g_assert_cmpint (body->kind, ==, PX_ENTITY_ORGANISATION);
    }
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const PxEntity *person = NULL;

      for (guint s = 2; s < 4 && person == NULL; s++)
        person = px_entities_find (px_document_sentence (doc, s), people[i]);
      g_assert_nonnull (person);
      g_assert_cmpint (person->kind, ==, PX_ENTITY_PERSON);
    }
  g_assert_true (px_lexicon_is_group_noun ("league"));
  g_assert_true (px_lexicon_is_group_noun ("squadron"));
  g_assert_false (px_lexicon_is_group_noun ("woods"));
  g_assert_false (px_lexicon_is_group_noun ("smith"));
  g_assert_false (px_lexicon_is_group_noun ("ming"));
}

/* A generational suffix closes a name but is not its surname: "Harold
 * T. Brenner Jr." and "Walter Osgood Sr." are Brenner and Osgood, two
 * people, not two "Jr"s; "Osgood III" too.
 */
static void
test_entities_suffix (void)
{
  g_autoptr(PxDocument) doc = analyse (
    "Former aide Harold T. Brenner Jr. met Walter Osgood Sr. in the lobby on Monday. "
    "Later, Dean Carlow Jr and Miles Osgood III left together.",
    NULL);
  const char *people[] = { "brenner", "osgood" };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const PxEntity *person = px_entities_find (px_document_sentence (doc, 0), people[i]);

      g_assert_nonnull (person);
      g_assert_cmpint (person->kind, ==, PX_ENTITY_PERSON);
    }
  g_assert_nonnull (px_entities_find (px_document_sentence (doc, 1), "carlow"));
  g_assert_nonnull (px_entities_find (px_document_sentence (doc, 1), "osgood"));
  g_assert_null (px_entities_find (px_document_sentence (doc, 0), "jr"));
  g_assert_null (px_entities_find (px_document_sentence (doc, 0), "sr"));
  g_assert_null (px_entities_find (px_document_sentence (doc, 1), "jr"));
  g_assert_null (px_entities_find (px_document_sentence (doc, 1), "iii"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/sentences/abbreviations", test_sentences_abbreviations);
  g_test_add_func ("/text/sentences/spaced-acronyms", test_sentences_spaced_acronyms);
  g_test_add_func ("/text/sentences/numbers-with-stops", test_sentences_numbers_with_stops);
  g_test_add_func ("/text/sentences/joined-titles", test_sentences_joined_titles);
  g_test_add_func ("/text/sentences/stops-before-name", test_stops_before_name);
  g_test_add_func ("/text/sentences/ordinal-days", test_sentences_ordinal_days);
  g_test_add_func ("/text/sentences/quotes-ellipses", test_sentences_quotes_and_ellipses);
  g_test_add_func ("/text/sentences/quoted-pieces", test_sentences_quoted_pieces);
  g_test_add_func ("/text/sentences/char-offsets", test_sentence_char_offsets);
  g_test_add_func ("/text/quotes/apostrophes", test_quotes_apostrophes);
  g_test_add_func ("/text/quotes/single", test_quotes_single);
  g_test_add_func ("/text/quotes/german", test_quotes_german);
  g_test_add_func ("/text/quotes/slipped-close", test_quotes_slipped_close);
  g_test_add_func ("/text/quotes/across-paragraphs", test_quotes_across_paragraphs);
  g_test_add_func ("/text/entities/aliases", test_entities_aliases);
  g_test_add_func ("/text/entities/bodies", test_entities_bodies);
  g_test_add_func ("/text/entities/groups", test_entities_groups);
  g_test_add_func ("/text/entities/suffix", test_entities_suffix);
  g_test_add_func ("/text/tokens", test_tokens_and_stems);
  g_test_add_func ("/text/stems-language", test_stems_follow_language);
  g_test_add_func ("/text/quantities", test_quantities);
  g_test_add_func ("/text/quantity-fractions", test_quantity_fractions);
  g_test_add_func ("/text/quantity-huge-figures", test_quantity_huge_figures);
  g_test_add_func ("/text/clock-huge-figures", test_clock_huge_figures);
  g_test_add_func ("/text/quantity-label-before-name", test_quantity_label_before_name);
  g_test_add_func ("/text/quantity-decimal-point", test_quantity_decimal_point);
  g_test_add_func ("/text/quantities-denied-or-cut", test_quantities_denied_or_cut);
  g_test_add_func ("/text/not-quantities", test_not_quantities);
  g_test_add_func ("/text/times", test_times);
  g_test_add_func ("/text/game-clock", test_game_clock);
  g_test_add_func ("/text/cues", test_cues);
  g_test_add_func ("/text/cues-speaker-across-paragraphs", test_cues_speaker_across_paragraphs);
  g_test_add_func ("/text/cues-pronoun-speaker-sex", test_cues_pronoun_speaker_sex);
  g_test_add_func ("/text/cues-speaker-after-role", test_cues_speaker_after_role);
  g_test_add_func ("/text/times-part-of-year", test_times_part_of_year);
  g_test_add_func ("/text/cues-not-attribution", test_cues_not_attribution);
  g_test_add_func ("/text/entities", test_entities);
  g_test_add_func ("/text/hostile", test_hostile_text);
  g_test_add_func ("/text/figures-memory", test_figures_memory);

  return g_test_run ();
}
