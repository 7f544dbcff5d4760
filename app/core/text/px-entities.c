/* px-entities.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-entities.h"

#include "px-calendar-private.h"
#include "px-lexicon.h"
#include "px-text-private.h"

#include <string.h>

/* Words that name a role before a name ("Foreign Minister Sergei Lavrov"). */
static const char * const title_words[] = {
  "president", "minister", "foreign", "prime", "secretary", "spokesman", "spokeswoman",
  "spokesperson", "aide", "general", "gen", "chancellor", "senator", "sen", "rep",
  "representative", "governor", "gov", "mayor", "king", "queen", "prince", "pope", "chief",
  "deputy", "mr", "mrs", "ms", "dr", "former", "vice", "defence", "defense", "press", "ambassador",
  "envoy", "commander", "colonel", "col", "lt", "sgt", "capt", "adviser", "advisor", "leader",
  "director", "judge", "justice", "inspector", "prof", "professor", "lord", "sir", "dame",
  "speaker", "chairman", "chairwoman", "governor-general", "premier", "sheikh", "officer",
  "spokesperson", "treasury", "interior", "economy", "finance", "health", "home", "sheriff",
  "commissioner", "captain", "sergeant", "superintendent", "chancellor", "mp", "congressman",
  "congresswoman", "lawmaker", "manager",
};

/* Adjectives of nationality that may precede a title. */
static const char * const nationality_words[] = {
  "russian", "ukrainian", "american", "british", "french", "german", "chinese", "israeli",
  "iranian", "polish", "turkish", "indian", "japanese", "italian", "spanish", "canadian",
  "australian", "belarusian", "georgian", "european", "u.s", "us", "uk", "kremlin", "white",
};

static const char * const organisation_words[] = {
  "house", "ministry", "kremlin", "council", "party", "army", "forces", "force", "bank",
  "agency", "office", "department", "commission", "union", "nations", "committee", "court",
  "parliament", "government", "police", "service", "reuters", "tass", "ria", "bbc", "news",
  "times", "post", "company", "university", "fund", "navy", "guard", "nato", "pentagon",
  "cabinet", "duma", "congress", "senate", "institute", "authority", "administration",
  "ap", "afp", "cnn", "rt", "fed", "reserve", "ecb", "bureau", "association", "rescue", "brigade",
};

static const char * const place_words[] = {
  "russia", "ukraine", "kyiv", "kiev", "moscow", "novgorod", "valdai", "washington", "florida",
  "europe", "china", "britain", "london", "paris", "berlin", "poland", "belarus", "crimea",
  "donetsk", "luhansk", "kharkiv", "odesa", "bryansk", "kursk", "u.s", "us", "uk", "america",
  "united", "states", "kingdom", "palm", "beach", "mar-a-lago", "region", "oblast", "city",
  "province", "county", "island", "river", "sea", "street", "square", "valley", "mountains",
};

typedef struct
{
  GHashTable *titles;
  GHashTable *nationalities;
  GHashTable *organisations;
  GHashTable *places;
  GHashTable *not_names;
} EntitySets;

static const EntitySets *
entity_sets (void)
{
  static EntitySets sets;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      /* (and the days of the calendar: names_a_day()) */
      static const char * const not_names[] = { "a.m", "p.m", "i" };

      sets.titles = _px_text_word_set (title_words, G_N_ELEMENTS (title_words));
      sets.nationalities = _px_text_word_set (nationality_words, G_N_ELEMENTS (nationality_words));
      sets.organisations = _px_text_word_set (organisation_words, G_N_ELEMENTS (organisation_words));
      sets.places = _px_text_word_set (place_words, G_N_ELEMENTS (place_words));
      sets.not_names = _px_text_word_set (not_names, G_N_ELEMENTS (not_names));
      g_once_init_leave (&initialised, 1);
    }
  return &sets;
}

/* The lower-case form without a possessive ending: @norm itself when it
 * has none, as most words have not (the word sets are asked of every
 * capitalised word: no string is built to be looked up), else a copy cut
 * short, left in @cut for the caller to free.
 */
static const char *
base_form (const char  *norm,
           char       **cut)
{
  gsize len = strlen (norm);

  *cut = NULL;
  if (len > 2 && norm[len - 2] == '\'' && norm[len - 1] == 's')
    return *cut = g_strndup (norm, len - 2);
  if (len > 1 && norm[len - 1] == '\'')
    return *cut = g_strndup (norm, len - 1);
  return norm;
}

/* Whether @base names a month or a weekday in English, which capitals
 * do not make a name: "December", "Dec", "Tuesday" ("Tue" and "Sun" may
 * be, as "May" is: Theresa May).
 */
static gboolean
names_a_day (const char *base)
{
  gsize len = strlen (base);

  return (_px_calendar_month_in (base, len, PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES | PX_CALENDAR_CUTS) != 0
          && !px_word_equal (base, "may"))
         || _px_calendar_weekday_in (base, len, PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES) != 0;
}

static gboolean
is_name_word (const PxToken *token)
{
  const EntitySets *sets = entity_sets ();
  g_autofree char *cut = NULL;
  const char *base;

  if (token->kind != PX_TOKEN_WORD || !token->is_capital)
    return FALSE;
  base = base_form (token->norm, &cut);
  if (g_hash_table_contains (sets->not_names, base) || names_a_day (base))
    return FALSE;
  /* A capitalised "The" or "He" starts a sentence; it is no name. */
  return !token->is_stop;
}

static void
add_entity (PxDocument *doc,
            PxSentence *sentence,
            guint       first,
            guint       end,
            gboolean    titled,
            gboolean    after_preposition)
{
  const EntitySets *sets = entity_sets ();
  PxEntity entity = { 0, };
  /* a generational suffix closes the name, the word before it is the
   * surname: "Harold T. Brenner Jr.", "Miles Osgood III" */
  gboolean suffixed = end - first >= 2
                      && px_word_is_one_of (px_document_token (doc, end - 1)->norm,
                                            (const char * const[]) { "jr", "sr", "ii", "iii", "iv", NULL });
  g_autofree char *last_cut = NULL;
  const char *last = base_form (px_document_token (doc, end - 1 - suffixed)->norm, &last_cut);
  gboolean organisation = FALSE, place = FALSE, feature;

  for (guint t = first; t < end; t++)
    {
      g_autofree char *cut = NULL;
      const char *base = base_form (px_document_token (doc, t)->norm, &cut);

      organisation |= g_hash_table_contains (sets->organisations, base);
      place |= g_hash_table_contains (sets->places, base);
    }

  entity.first_token = first;
  entity.end_token = end;
  entity.start = px_document_token (doc, first)->start;
  entity.end = px_document_token (doc, end - 1)->end;
  entity.titled = titled;
  entity.after_preposition = after_preposition;

  /* a name that ends in what it is: "Hollowbrook Center", "Saint Aldric
   * Hospital", "Haddon Foundation" are no people */
  organisation |= px_word_is_one_of (last, (const char * const[]) {
    "center", "centre", "clinic", "hospital", "foundation", "school", "college", "church", "museum", "corporation",
    "institution", "federation", "organization", "organisation", "society", "club", "group", "airlines",
    "airways", "inc", "ltd", "plc", "llc", NULL });
  /* nor are names that end in a noun WordNet first takes for a body of
   * people and never for a person: "Atlantic Division", "Ashford League",
   * "Western Conference", "Coastal Patrol", "Harbour Squadrons", and after
   * a word that may be a title ("Premier League"); surnames
   * that are nouns keep their person ("Ann Baker", "Tiger Woods") */
  if (!organisation && (end - first >= 2 || titled))
    {
      gsize len = strlen (last);
      g_autofree char *singular = len > 3 && last[len - 1] == 's' ? g_strndup (last, len - 1) : NULL;

      organisation = px_lexicon_is_group_noun (last)
                     || (singular != NULL && px_lexicon_is_group_noun (singular));
    }
  /* nor are names that end in a kind of place: "Varn National Park",
   * "Harlow Road", "Kelso Glacier", "Tarnby Airport"; where no
   * preposition makes them the place of a happening, they are not taken
   * for one either (see figure_place() in px-differ.c) */
  feature = end - first >= 2 && px_word_is_one_of (last, (const char * const[]) {
    "park", "road", "avenue", "boulevard", "lane", "drive", "highway", "freeway", "bridge", "lake", "airport",
    "station", "bay", "harbor", "harbour", "canyon", "glacier", "peak", "forest", "hill", "hills", "mountain",
    "ridge", "creek", "hut", "desert", "coast", "peninsula", "strait", "gulf", "ocean", "district", "township",
    "village", NULL });
  /* nor are names that open with one: "Mount Varn", "Mt Kelso", "Lake
   * Placid", "Fort Worth", "Cape Town", "Port Said" */
  feature |= end - first >= 2 && px_word_is_one_of (px_document_token (doc, first)->norm, (const char * const[]) {
    "mount", "mt", "lake", "fort", "cape", "port", "isle", "loch", NULL });
  /* "New Zealand", "New Mexico", "New Delhi": no one's first name */
  place |= end - first >= 2 && g_str_equal (px_document_token (doc, first)->norm, "new");
  if (organisation)
    entity.kind = PX_ENTITY_ORGANISATION;
  else if (place || (after_preposition && !titled))
    entity.kind = PX_ENTITY_PLACE; /* "in British Columbia", "in New York" */
  else if (feature)
    entity.kind = PX_ENTITY_OTHER;
  else if (titled || end - first >= 2)
    entity.kind = PX_ENTITY_PERSON;
  else
    entity.kind = PX_ENTITY_OTHER;

  if (entity.kind == PX_ENTITY_PERSON)
    entity.key = px_document_intern (doc, last);
  else
    {
      GString *key = g_string_new (NULL);

      for (guint t = first; t < end; t++)
        {
          g_autofree char *cut = NULL;
          const char *base = base_form (px_document_token (doc, t)->norm, &cut);

          if (key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append (key, base);
        }
      entity.key = px_document_intern (doc, key->str);
      g_string_free (key, TRUE);
    }

  if (sentence->entities == NULL)
    sentence->entities = g_array_new (FALSE, TRUE, sizeof (PxEntity));
  g_array_append_val (sentence->entities, entity);
}

/* "f", "a.j": single letters, with dots between them. */
static gboolean
is_initials (const char *norm)
{
  for (const char *c = norm; *c != '\0'; c += 2)
    if (!g_ascii_isalpha (c[0]) || (c[1] != '\0' && c[1] != '.'))
      return FALSE;
    else if (c[1] == '\0')
      return TRUE;
  return FALSE;
}

/* Whether the word is also written in lower case in the document, so that
 * capitalised at the start of a sentence it is an ordinary word ("Air
 * defences destroyed ...").
 */
static gboolean
seen_in_lower_case (PxDocument *doc,
                    const char *norm)
{
  if (doc->lower_words == NULL)
    {
      doc->lower_words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint t = 0; t < doc->tokens->len; t++)
        {
          PxToken *token = px_document_token (doc, t);

          if (token->kind == PX_TOKEN_WORD && !token->is_capital)
            g_hash_table_add (doc->lower_words, (gpointer) token->norm);
        }
    }
  return g_hash_table_contains (doc->lower_words, norm);
}

void
px_entities_scan (PxDocument *doc,
                  PxSentence *sentence)
{
  const EntitySets *sets = entity_sets ();
  guint end = sentence->first_token + sentence->n_tokens;
  guint i = sentence->first_token;

  while (i < end)
    {
      guint first = i, stop = i, name_start;
      gboolean titled = FALSE, after_preposition = FALSE;
      PxToken *token = px_document_token (doc, i);

      if (!is_name_word (token))
        {
          i++;
          continue;
        }

      /* The run of capitalised words, with "of" inside ("Bank of England")
       * and a possessive only at its end.
       */
      while (stop < end)
        {
          PxToken *word = px_document_token (doc, stop);

          if (is_name_word (word))
            {
              stop++;
              if (g_str_has_suffix (word->norm, "'s"))
                break;
              /* an initial: "Maria T. Lund", "R.T. Hale" */
              if (is_initials (word->norm) && stop + 1 < end && g_str_equal (px_document_token (doc, stop)->norm, ".")
                  && is_name_word (px_document_token (doc, stop + 1)))
                stop++;
              continue;
            }
          /* a middle initial that is also a word: "Bryant A. Kessler",
           * "Mary I. Smith" */
          if (stop > first && word->is_capital && word->kind == PX_TOKEN_WORD && strlen (word->norm) == 1
              && is_initials (word->norm) && stop + 2 < end && g_str_equal (px_document_token (doc, stop + 1)->norm, ".")
              && is_name_word (px_document_token (doc, stop + 2)))
            {
              stop += 2;
              continue;
            }
          /* "Research In Motion", "Bank of England": a short word inside
           * a name, written capitalised or one of these */
          if ((g_str_equal (word->norm, "of") || g_str_equal (word->norm, "al") || g_str_equal (word->norm, "bin")
               || g_str_equal (word->norm, "de") || g_str_equal (word->norm, "van") || g_str_equal (word->norm, "von")
               || (word->is_capital && !word->sentence_initial && word->kind == PX_TOKEN_WORD && strlen (word->norm) <= 3))
              && stop + 1 < end && is_name_word (px_document_token (doc, stop + 1)) && stop > first)
            {
              stop++;
              continue;
            }
          break;
        }

      /* "Harlow and Tarnby Fire and Rescue", "Kelso and Tarnby
       * Police": names joined by "and" into a body's name are that body,
       * not a place and a body */
      if (stop > first && stop + 1 < end && g_str_equal (px_document_token (doc, stop)->norm, "and")
          && is_name_word (px_document_token (doc, stop + 1)))
        {
          guint run = stop + 1;

          while (run < end && (is_name_word (px_document_token (doc, run))
                               || ((g_str_equal (px_document_token (doc, run)->norm, "and")
                                    || g_str_equal (px_document_token (doc, run)->norm, "of"))
                                   && run + 1 < end && is_name_word (px_document_token (doc, run + 1)))))
            run++;
          {
            g_autofree char *cut = NULL;
            const char *last_word = base_form (px_document_token (doc, run - 1)->norm, &cut);

            if (g_hash_table_contains (sets->organisations, last_word))
              stop = run;
          }
        }

      /* Titles and adjectives of nationality before the name. */
      name_start = first;
      for (guint t = first; t < stop; t++)
        {
          g_autofree char *cut = NULL;
          const char *base = base_form (px_document_token (doc, t)->norm, &cut);

          if (g_hash_table_contains (sets->titles, base))
            {
              titled = TRUE;
              name_start = t + 1;
            }
        }
      /* "Ukrainian Volodymyr Zelensky" is Zelensky; "British Columbia" and
       * "British Airways" are names of their own */
      if (!titled)
        while (name_start + 2 < stop
               && g_hash_table_contains (sets->nationalities, px_document_token (doc, name_start)->norm))
          name_start++;

      if (first > sentence->first_token)
        {
          const char *prev = px_document_token (doc, first - 1)->norm;

          after_preposition = g_str_equal (prev, "in") || g_str_equal (prev, "at") || g_str_equal (prev, "near")
                              || g_str_equal (prev, "from") || g_str_equal (prev, "outside");
          /* "a house on Harlow Road", "a flat on Harlo
           * Street" (not "on Facebook", "on Monday") */
          after_preposition |= g_str_equal (prev, "on") && stop - first >= 2
                               && px_entities_way_kind (px_document_token (doc, stop - 1)->norm) != NULL;
          /* "died on Mount Kelvey", "on Mt Cook", "on Skerry Island": a
           * mountain or an island one is on is a place */
          after_preposition |= g_str_equal (prev, "on") && stop - first >= 2
                               && (px_word_is_one_of (px_document_token (doc, first)->norm,
                                                      (const char * const[]) { "mount", "mt", "isle", NULL })
                                   || px_word_is_one_of (px_document_token (doc, stop - 1)->norm,
                                                         (const char * const[]) {
                                                           "mountain", "peak", "glacier", "hill", "ridge", "island",
                                                           "peninsula", NULL }));
        }

      if (name_start < stop)
        {
          PxToken *first_word = px_document_token (doc, name_start);

          /* One capitalised word opening the sentence that the document
           * also writes in lower case is no name.
           */
          if (!(stop - name_start == 1 && first_word->sentence_initial
                && seen_in_lower_case (doc, first_word->norm)))
            add_entity (doc, sentence, name_start, stop, titled, after_preposition);
        }
      i = stop;
    }
}

/* A first name alone, "Dana" where the report named "Dana Whitlow", is
 * that person (a person's key is the surname: "whitlow"), when one person
 * of the report has that first name, none has it as a surname, and the
 * report uses the last word as a surname (alone, or two people's); not
 * after a preposition ("in Jordan"), nor with a title ("Mr Dana" is a
 * surname). A surname alone that two people named in full share ("Dana
 * Whitlow", "Mark Whitlow") is marked ambiguous. */
static void
resolve_first_names (PxDocument *doc)
{
  g_autoptr(GHashTable) given = g_hash_table_new (g_str_hash, g_str_equal); /* first name -> key, or "" when two */
  g_autoptr(GHashTable) surnames = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) firsts = g_hash_table_new (g_str_hash, g_str_equal); /* surname -> first name, or "" when two */
  g_autoptr(GHashTable) alone = g_hash_table_new (g_str_hash, g_str_equal); /* keys of names of one word */

  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
          g_autofree char *cut = NULL;
          const char *first, *known;

          if (entity->end_token - entity->first_token == 1)
            g_hash_table_add (alone, (gpointer) entity->key);
          if (entity->kind != PX_ENTITY_PERSON)
            continue;
          g_hash_table_add (surnames, (gpointer) entity->key);
          if (entity->end_token - entity->first_token < 2)
            continue;
          first = base_form (px_document_token (doc, entity->first_token)->norm, &cut);
          known = g_hash_table_lookup (firsts, entity->key);
          if (known == NULL)
            g_hash_table_insert (firsts, (gpointer) entity->key, (gpointer) px_document_intern (doc, first));
          else if (!g_str_equal (known, first))
            g_hash_table_insert (firsts, (gpointer) entity->key, (gpointer) "");
          known = g_hash_table_lookup (given, first);
          if (known == NULL)
            g_hash_table_insert (given, (gpointer) px_document_intern (doc, first), (gpointer) entity->key);
          else if (known != entity->key && !g_str_equal (known, entity->key))
            g_hash_table_insert (given, (gpointer) px_document_intern (doc, first), (gpointer) "");
        }
    }
  if (g_hash_table_size (given) == 0)
    return;
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
          const char *first = g_hash_table_lookup (firsts, entity->key);

          entity->ambiguous = entity->end_token - entity->first_token == 1 && first != NULL && *first == '\0';
        }
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
          const char *key;

          if (entity->end_token - entity->first_token != 1 || entity->titled || entity->after_preposition
              || (entity->kind != PX_ENTITY_OTHER && entity->kind != PX_ENTITY_PERSON)
              || g_hash_table_contains (surnames, entity->key)
              || (key = g_hash_table_lookup (given, entity->key)) == NULL || *key == '\0')
            continue;
          /* the last word is a surname as the report uses it: alone, or
           * shared by two people ("Dana Whitlow", "Mark Whitlow"), not
           * "Capital" of "Halvorsen Capital", whose first word is its name */
          if (!g_hash_table_contains (alone, key) && *(const char *) g_hash_table_lookup (firsts, key) != '\0')
            continue;
          entity->key = key;
          entity->kind = PX_ENTITY_PERSON;
        }
    }
}

void
px_entities_resolve (PxDocument *doc)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal); /* keys outside headlines */
  g_autofree gboolean *headlines = NULL; /* each sentence's: in title case */

  headlines = g_new (gboolean, MAX (doc->sentences->len, 1));
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      headlines[s] = px_document_is_title_case (doc, sentence);
      for (guint e = 0; !headlines[s] && sentence->entities != NULL && e < sentence->entities->len; e++)
        g_hash_table_add (named, (gpointer) g_array_index (sentence->entities, PxEntity, e).key);
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; headlines[s] && sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          entity->unconfirmed = !g_hash_table_contains (named, entity->key);
        }
    }

  resolve_first_names (doc);
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind == PX_ENTITY_PERSON)
            g_hash_table_insert (kinds, (gpointer) entity->key, GINT_TO_POINTER (PX_ENTITY_PERSON));
        }
    }

  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind == PX_ENTITY_OTHER && g_hash_table_contains (kinds, entity->key))
            entity->kind = PX_ENTITY_PERSON;
        }
    }
}

/* Names of one country or body, as news writes them; WordNet knows the
 * single words ("Welsh"/"Wales", "UK"/"Britain"), not these.
 */
static const char * const alias_groups[][8] = {
  { "britain", "great britain", "uk", "u.k", "united kingdom", "british", },
  { "us", "u.s", "usa", "u.s.a", "america", "united states", "united states of america", "american", },
  { "un", "u.n", "united nations", },
  { "eu", "e.u", "european union", },
  { "uae", "u.a.e", "united arab emirates", "emirates", },
  { "new york", "new york city", "nyc", },
  { "los angeles", "la", "l.a", },
  { "philadelphia", "philly", },
  { "dfb", "german fa", "german football association", "deutscher fussball-bund", "deutscher fußball-bund", },
};

static int
alias_group (const char *key)
{
  for (gsize g = 0; g < G_N_ELEMENTS (alias_groups); g++)
    for (gsize n = 0; n < G_N_ELEMENTS (alias_groups[g]) && alias_groups[g][n] != NULL; n++)
      if (g_str_equal (key, alias_groups[g][n]))
        return (int) g;
  return -1;
}

/* Whether @acronym (one word, lower case, three letters or more) is
 * spelt by the initials of @name's words, with or without its little
 * words, a hyphenated word giving its first letter: "osce" and
 * "organization for security and co-operation in europe", "nato" and
 * "north atlantic treaty organization".
 */
static gboolean
is_acronym_of (const char *acronym,
               const char *name)
{
  static const char * const little[] = { "of", "for", "and", "in", "the", "on", "de", "du", "des", "la", "le", "&", NULL };
  g_auto(GStrv) words = NULL;
  gsize length = strlen (acronym);

  if (length < 3 || length > 8 || strchr (acronym, ' ') != NULL || strchr (name, ' ') == NULL)
    return FALSE;
  for (const char *c = acronym; *c != '\0'; c++)
    if (!g_ascii_isalpha (*c))
      return FALSE;
  words = g_strsplit (name, " ", -1);
  for (int with_little = 0; with_little < 2; with_little++)
    {
      g_autoptr(GString) initials = g_string_new (NULL);

      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0' && (with_little || !g_strv_contains (little, words[w])))
          g_string_append_c (initials, words[w][0]);
      if (g_str_equal (initials->str, acronym))
        return TRUE;
    }
  return FALSE;
}

const char *
px_entities_way_kind (const char *norm)
{
  static const char * const ways[][2] = {
    { "street", "street" }, { "st", "street" }, { "road", "road" }, { "rd", "road" }, { "avenue", "avenue" },
    { "ave", "avenue" }, { "boulevard", "boulevard" }, { "blvd", "boulevard" }, { "lane", "lane" },
    { "drive", "drive" }, { "terrace", "terrace" }, { "crescent", "crescent" }, { "highway", "highway" },
    { "parkway", "parkway" },
  };
  g_autofree char *cut = NULL;
  const char *base = base_form (norm, &cut);

  for (gsize w = 0; w < G_N_ELEMENTS (ways); w++)
    if (g_str_equal (base, ways[w][0]))
      return ways[w][1];
  return NULL;
}

gboolean
px_entities_aliases (const char *key_a,
                     const char *key_b)
{
  int group;

  g_return_val_if_fail (key_a != NULL && key_b != NULL, FALSE);

  if (is_acronym_of (key_a, key_b) || is_acronym_of (key_b, key_a))
    return TRUE;
  group = alias_group (key_a);
  return group >= 0 && group == alias_group (key_b);
}

const PxEntity *
px_entities_find (PxSentence *sentence,
                  const char *key)
{
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (g_str_equal (entity->key, key))
        return entity;
    }
  return NULL;
}
