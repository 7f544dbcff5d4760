/* px-text.h: an article cut into sentences and tokens, with stems
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PxDocument is the analysis of one PxArticle: its sentences (offsets in
 * bytes and in characters into the article's text), its tokens (words,
 * numbers, punctuation, quotation marks) with lower-case forms, Snowball
 * stems and stop-word flags, and what the other analysers find in each
 * sentence (quantities, times, quotes, cues, named entities).
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "px-article.h"

G_BEGIN_DECLS

typedef enum
{
  PX_TOKEN_WORD,
  PX_TOKEN_NUMBER,      /* starts with a digit: "91", "4.75", "2,000", "2km", "03:10" */
  PX_TOKEN_PUNCT,       /* . , ; : ! ? ( ) and dashes; "..." is one token */
  PX_TOKEN_QUOTE_OPEN,  /* “ ‘ or a straight quote that opens */
  PX_TOKEN_QUOTE_CLOSE, /* ” ’ or a straight quote that closes */
  PX_TOKEN_SYMBOL,      /* % $ £ € and the like */
} PxTokenKind;

typedef struct
{
  guint start;               /* bytes into the article's text, end exclusive */
  guint end;
  const char *norm;          /* lower case, ’ as ', possessive 's kept */
  const char *stem;          /* Snowball stem of norm without a possessive */
  const char *concept;       /* stem, or the stem standing for its synonyms
                              * ("fire" -> "launch", "strike" -> "attack") */
  guint kind : 4;
  guint is_stop : 1;         /* an English function word */
  guint is_capital : 1;      /* starts with an upper-case letter */
  guint in_quote : 1;        /* inside quotation marks */
  guint sentence_initial : 1;
} PxToken;

typedef struct
{
  guint start;               /* bytes into the article's text, end exclusive */
  guint end;
  guint char_start;          /* the same in characters */
  guint char_end;
  guint paragraph;
  guint first_token;         /* into the document's tokens */
  guint n_tokens;

  /* What the analysers found; element types in px-quantity.h, px-cues.h
   * and px-entities.h. Once px_document_new() returns, each is one block
   * of exactly its elements behind a GArray's public fields: read it with
   * g_array_index() and len only, never with a g_array_*() call.
   */
  GArray *quantities;        /* PxQuantity */
  GArray *ranks;             /* PxQuantity: ranks told with their noun, "the 71st
                              * minute" (ordinal set), apart from the amounts */
  GArray *times;             /* PxTimeExpr */
  GArray *quotes;            /* PxQuote */
  GArray *cues;              /* PxCue */
  GArray *entities;          /* PxEntity */
  const char *speaker;       /* entity key of who says it, or NULL */
  guint speaker_token;       /* the speaker's token, when speaker is set */
  int attribution;           /* PxAttribution */
} PxSentence;

typedef struct _PxDocument PxDocument;

struct _PxDocument
{
  /*< private >*/
  grefcount ref_count;
  GStringChunk *strings;
  GHashTable *stems;         /* norm -> stem, both in strings */
  struct sb_stemmer *stemmer;
  GHashTable *lower_words;   /* norms written in lower case somewhere */
  GArray *game_scores;       /* the game scores it tells (px-differ.c), read once by any thread; NULL until */
  GPtrArray *link_items;     /* what each sentence gives that a slot link may tie (px-differ.c), read once
                              * by any thread; NULL until */
  GArray *side_by_side;      /* the keys of names written side by side ("Tambillo, Peru"), a pair each
                              * (px-differ.c), read once by any thread; NULL until */
  GHashTable *quantity_starts; /* while analysed: a word's norm -> 1 + whether a quantity may start
                                * at it (px-quantity.c) */

  /*< public, read-only >*/
  PxArticle *article;
  const char *text;          /* article->text */
  GArray *tokens;            /* PxToken */
  GArray *sentences;         /* PxSentence */
  GHashTable *people;        /* the keys of the people the document names anywhere (a set) */
};

/* Analyses @article with the Snowball stemmer for its language (English
 * when the language is unknown or has no stemmer) and every analyser.
 */
PxDocument *px_document_new (PxArticle *article);
PxDocument *px_document_ref (PxDocument *self);
void px_document_unref (PxDocument *self);

static inline PxToken *
px_document_token (PxDocument *self,
                   guint       index)
{
  return &g_array_index (self->tokens, PxToken, index);
}

static inline PxSentence *
px_document_sentence (PxDocument *self,
                      guint       index)
{
  return &g_array_index (self->sentences, PxSentence, index);
}

/* Whether @norm is @word: g_str_equal() for the word lists read on every
 * token, the first two letters compared before the words, so that most
 * words of a list cost no call.
 */
static inline gboolean
px_word_equal (const char *norm,
               const char *word)
{
  return norm[0] == word[0]
         && (norm[0] == '\0' || (norm[1] == word[1] && (norm[1] == '\0' || strcmp (norm + 2, word + 2) == 0)));
}

/* Whether @norm is one of @words (NULL-terminated): g_strv_contains() for
 * the word lists read on every token (px_word_equal()).
 */
static inline gboolean
px_word_is_one_of (const char         *norm,
                   const char * const *words)
{
  for (; *words != NULL; words++)
    if (px_word_equal (norm, *words))
      return TRUE;
  return FALSE;
}

/* Whether most of @sentence's content words are capitalised, as in a
 * headline: "Clara Ostrander Checks Into Rehab in Bramwell" (at least
 * four, three in four of them capitalised), unless it ends in a full stop
 * with a content word in lower case, as a sentence of the text does
 * ("Former CIA Deputy Director Harold Quist died at his home in Fresno.").
 */
gboolean px_document_is_title_case (PxDocument *self,
                                    PxSentence *sentence);

/* Interns @string in the document's string chunk. */
const char *px_document_intern (PxDocument *self,
                                const char *string);

/* The stem of a lower-case word, as the document's stemmer gives it. */
const char *px_document_stem (PxDocument *self,
                              const char *norm);

gboolean px_text_is_stop_word (const char *norm);
/* Whether a stop after the word [@word, @word + @len) stands before a name
 * rather than ending a sentence: a title ("Mr", "Gen", "then-Gov", in any
 * case) or an initial (one capital letter, "J"). The sentence splitter
 * and the window's lines of a long paragraph ask the same question.
 */
gboolean px_text_stops_before_name (const char *word,
                                    gsize       len);

/* The stem that stands for @stem and its near-synonyms in news prose. */
const char *px_text_concept (const char *stem);

/* Phrases of lower-case words ("could not be independently verified")
 * looked up by their first word; built once, then read-only, so that one
 * table may serve every thread.
 */
typedef struct _PxPhraseTable PxPhraseTable;

PxPhraseTable *px_phrase_table_new (void);
/* @words is kept, not copied: a string literal. */
void px_phrase_table_add (PxPhraseTable *self,
                          const char    *words,
                          gconstpointer  data);
/* The longest phrase starting at token @index (a word ending in "n't"
 * counts as "not"): returns how many tokens it covers, 0 if none, and its
 * data in @data.
 */
guint px_phrase_table_match (const PxPhraseTable *self,
                             PxDocument          *doc,
                             guint                index,
                             guint                end,
                             gconstpointer       *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxDocument, px_document_unref)

G_END_DECLS
