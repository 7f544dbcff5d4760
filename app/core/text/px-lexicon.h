/* px-lexicon.h: what WordNet 3.0 knows of an English word
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table built from WordNet 3.0 at build time (tools/wordnet-table.py)
 * and a few news words WordNet lacks (resources/lexicon/news-words.txt),
 * read in place from the core's resources: nothing is parsed at run time
 * and every thread may read it. A word is looked up with WordNet's own
 * morphology (its exception lists, then its suffix rules), in every part
 * of speech.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Concept ids (WordNet synsets) of one lower-case word, each list sorted. */
typedef struct
{
  guint32 *synonyms;    /* its first senses, and what they derive from or into */
  guint n_synonyms;
  guint32 *hypernyms;   /* the kinds its first two senses are of */
  guint n_hypernyms;
  guint32 *antonyms;    /* the senses its own senses are opposites of */
  guint n_antonyms;
  guint is_verb : 1;    /* it may be a verb */
  guint is_noun : 1;    /* it may be a noun */
  guint verb_form : 1;  /* it has a verb's inflection: "charged", "went", "suing" */
} PxLexeme;

/* The lexeme of @norm (a lower-case word); one with no concepts when
 * WordNet does not know it.
 */
PxLexeme *px_lexeme_new (const char *norm);
void px_lexeme_free (PxLexeme *self);

/* Whether @a and @b share a concept, or one is the kind the other is of:
 * "quake"/"temblor", "acquire"/"acquisition", "hurt"/"injured",
 * "buy"/"acquire".
 */
gboolean px_lexeme_synonyms (const PxLexeme *a,
                             const PxLexeme *b);

/* Whether a sense of one is the opposite of a sense of the other, and they
 * are not also synonyms: "win"/"lose", "guilty"/"innocent", "rise"/"fall".
 */
gboolean px_lexeme_antonyms (const PxLexeme *a,
                             const PxLexeme *b);

/* Whether WordNet has the lower-case word @norm itself (no inflection
 * undone) as a part of speech @pos: 'n' noun, 'v' verb, 'a' adjective,
 * 'r' adverb. "seriously" is only an adverb; "monthly" a noun, an
 * adjective and an adverb; "elderly" only an adjective.
 */
gboolean px_lexicon_word_has_pos (const char *norm,
                                  char        pos);

/* The same for two lower-case words. */
gboolean px_lexicon_are_synonyms (const char *a,
                                  const char *b);
gboolean px_lexicon_are_antonyms (const char *a,
                                  const char *b);

/* Whether WordNet puts a place named @place inside one named @region
 * ("christchurch" in "new zealand", "brooklyn" in "new york", "los
 * angeles" in "united states"): lower-case names; dots are ignored ("u.s").
 * FALSE for the same place, for unknown names, and the other way round.
 */
gboolean px_lexicon_place_within (const char *place,
                                  const char *region);

/* Whether the table of places knows a place named @place; whether some
 * place it knows lies within it (a country, a state, a region: "new
 * zealand", "ohio"). */
gboolean px_lexicon_place_is_known    (const char *place);
gboolean px_lexicon_place_holds_places (const char *place);

/* The name of the country or region whose people's lower-case adjective
 * WordNet says @adjective is ("chilean" -> "chile", "indonesian" ->
 * "indonesia"), or NULL. */
const char *px_lexicon_place_of_people (const char *adjective);

/* Whether the lower-case common noun @norm first means a body of people
 * and never a person (tools/wordnet-groups.py): "league", "division",
 * "conference", "tribunal"; not "baker", "smith", "bush", "woods".
 * No inflection is undone.
 */
gboolean px_lexicon_is_group_noun (const char *norm);

/* A cache of lexemes by word, for one thread: norm -> PxLexeme. A lookup
 * reads the lexemes shared by all threads first; the cache holds those
 * past their cap. */
GHashTable *px_lexicon_cache_new (void);
const PxLexeme *px_lexicon_cache_lookup (GHashTable *cache,
                                         const char *norm);

/* px_lexicon_cache_lookup() for a test of a few words: *@cache (NULL at
 * first; g_hash_table_unref() it after) is made only when a word past the
 * shared lexemes' cap needs it, so that the test costs no table. */
const PxLexeme *px_lexicon_lookup (GHashTable **cache,
                                   const char  *norm);

/* Whether two sorted concept lists share an element. */
gboolean px_lexicon_concepts_meet (const guint32 *a,
                                   guint          n_a,
                                   const guint32 *b,
                                   guint          n_b);

/* The lines of a fitted model kept in the lexicon's resources, each split
 * at spaces and tabs, blank lines and comments left out: the file named by
 * the environment variable ENV_NAME when it is set and can be read (the
 * fitting scripts try weights without a build), else RESOURCE_PATH.
 * A GPtrArray of GStrv; empty when neither can be read.
 */
GPtrArray *px_lexicon_read_model (const char *env_name,
                                  const char *resource_path);

/* Whether the sorted concept ids @list hold @id (a binary search; inline:
 * the similarity asks it in its innermost loop).
 */
static inline gboolean
px_concepts_contain (const guint32 *list,
                     guint          n,
                     guint32        id)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (list[mid] == id)
        return TRUE;
      if (list[mid] < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxLexeme, px_lexeme_free)

G_END_DECLS
