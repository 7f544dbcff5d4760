/* px-similarity.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-similarity.h"

#include "px-cues.h"
#include "px-entities.h"
#include "px-lexicon.h"
#include "px-parallel.h"
#include "px-quantity.h"
#include "px-sorted-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MODEL_PATH "/io/github/parallaxnews/Parallax/lexicon/similarity.txt"

/* Weights over the rarity of a word. */
#define BOOST_NAME 1.5
#define BOOST_NUMBER 2.0
#define BOOST_QUOTED 1.3
#define BOOST_SPEAKER 0.4

/* A feature shared by more passages than this (per source) generates no
 * candidates; it still counts in the similarity of candidates found
 * otherwise. Such a word is common in the story and weighs little, and
 * the cap keeps the candidate search linear in the story's length.
 */
#define MAX_POSTINGS_PER_SOURCE 16
#define MIN_MAX_POSTINGS 100

/* A passage's candidates of one other source past the gate: past this
 * many, only the best (by cosine) are scored and kept. Only made-up input
 * (the same sentence, or one template, thousands of times in every
 * source) comes near it; it keeps the pairs scored and held linear in the
 * story's length.
 */
#define MAX_CANDIDATES_PER_SOURCE 64

/* Of a passage's candidates of one other source that only a story of few
 * reports' lower gate lets through (few_gate), only this many are scored,
 * the best by cosine: on the development keys the alignment is the same as
 * with no cap (4 lost basil-dev 0.04), and text whose sentences share
 * many common words (the 4-source bench) gets no more than this many a
 * sentence and source beyond the pairs of the gate of many reports.
 * A model file may set it (the setting few_low_cap, at most
 * MAX_CANDIDATES_PER_SOURCE): tools/study-align-losses.py lifts it with the
 * gate open, so that a pair it calls "no word" shares no word.
 */
#define MAX_LOW_CANDIDATES_PER_SOURCE 6

/* In a story of few reports, the first FEW_TOP_SENTENCES sentences of each
 * article are candidates of each other whatever they share
 * (lead_passages()); a pair of them that only their places made
 * candidates may bring a sentence alone into a claim, but counts as no
 * link in the mean that joins two claims (px-align.c). Chosen on the
 * development keys (basil dev, K14, K16-K19, K21, K22, K24-K28; 0 to 4
 * tried, with and without asking a shared word, with the probability of
 * such pairs capped at 0.25 or 0.39 or not; K28 too), each set scored
 * at the variant chosen on the other twelve: 2 in every fold; pooled
 * left out 0.5473 -> 0.5540, no flag more, the project's stories 0.837
 * -> 0.834 (docs/benchmarks.md, align28). A model file may set it (the setting
 * few_top; few_top_sharing, few_top_cap and few_top_in_claims give the
 * variants measured).
 */
#define FEW_TOP_SENTENCES 2

/* The pairs a passage keeps (above the floor) with the passages after it:
 * past this many, only the best (by probability) are kept, and only those
 * may be edges. Real stories' most is 40 (16 of one other source); the
 * same sentence or one template in 32 sources gives hundreds, and the
 * cap keeps the pairs held (and the aligner's edges) linear in the
 * story's length.
 */
#define MAX_PAIRS_PER_PASSAGE 128

/* A word few of the story's sentences have is a claim's own: "Pellis",
 * "5.8", "Promises" are written by the one sentence of each outlet that
 * reports the claim, whatever else the sentences say. A word is rare when
 * at most RARE_WORD_DF sentences have it, or half the sources in a story
 * of many (a claim may be in every source's report); the feature
 * rare_shared counts those two sentences share. */
#define RARE_WORD_DF 3

/* What a synonym is worth beside the word itself. */
#define SYNONYM_CREDIT 0.8
/* and a word for its kind ("bought"/"acquired") */
#define KIND_CREDIT 0.5

/* A thread is started for every so many passages at least, to analyse
 * them or to score their candidates: below, starting it costs more than it
 * saves.
 */
#define SCORE_MIN_PASSAGES_PER_WORKER 64

/* 1024 bits of Bloom filter per passage. */
#define BLOOM_WORDS 16

/* An article's date is read from a publication stamp among its first
 * sentences when its metadata has none. */
#define STAMP_SENTENCES 5

/* In a story of more than "few_sources" reports, a pair of sentences that
 * tell of two happenings of one kind has its probability scaled by
 * HAPPENINGS_APART: each names someone the other's article never names
 * (one running back put on injured reserve and, in another report, his
 * team-mate; a boxer's two opponents; two players arrested for drunk
 * driving), or each tells of a place and no place of one meets, holds or
 * lies within one of the other (a supermarket fire in Surrey and one in
 * Somerset). Coverage of one happening names its people in most of its
 * reports and places it at one place told more or less closely. Chosen on
 * the ecbplus-dev development topics with a few reports of the topic's
 * other happening put in (tools/study-ecb-mixed.py; 0.3 to 0.7 tried: 0.4
 * to 0.6 alike, the development topics themselves unchanged at each). The
 * setting happenings_apart, when a model file sets it, is for measures.
 */
#define HAPPENINGS_APART 0.5
/* the places and people a passage keeps for it: a real sentence names a
 * few, made-up input thousands, and two passages' places are compared
 * each with each */
#define PASSAGE_PLACES 8
#define PASSAGE_PEOPLE 16

/* The longest shared run of quoted words that counts in full; a shorter
 * run than QUOTE_MIN_RUN ("I am", "we will") counts for nothing. */
#define QUOTE_RUN 10
#define QUOTE_MIN_RUN 3

const char * const px_feature_names[PX_N_FEATURES] = {
  "cosine", "expanded", "predicate", "predicate_clash", "names", "name_clash",
  "numbers", "number_clash", "quote", "length", "shared", "speaker", "speaker_clash",
  "both_first", "both_top2", "both_top4", "earlier", "later", "tokens", "tokens_min", "token_pairs",
  "trigrams", "articles_apart", "rare_shared",
};

typedef struct
{
  guint feature;
  float weight;
} Feature;

typedef struct
{
  guint passage;
  float weight;
} Posting;

typedef struct
{
  guint feature;             /* its word's feature */
  const PxLexeme *lexeme;
} Predicate;

typedef struct
{
  guint feature;
  const PxLexeme *lexeme;    /* NULL for names and figures */
  const char *norm;          /* the token's, while its document lives (for tools) */
  gboolean is_name;
  float weight;              /* its feature's weight in its passage's words */
} Word;

typedef struct
{
  guint source;
  gboolean furniture;
  GArray *words;             /* Feature, by feature: the words, weighted */
  GArray *expanded;          /* Feature, by feature: the words and their concepts */
  float norm;
  float expanded_norm;
  GArray *concepts;          /* guint32, sorted: every synonym concept of its words */
  GArray *kinds;             /* guint32, sorted: every hypernym of its words */
  guint64 concept_bits[BLOOM_WORDS]; /* a Bloom filter of concepts, to skip most searches */
  guint64 kind_bits[BLOOM_WORDS];
  GArray *predicates;        /* Predicate */
  GArray *lexical;           /* Word, one per feature of words, sorted by feature */
  GArray *names;             /* guint features of names, sorted */
  GArray *numbers;           /* guint features of figures, sorted */
  GArray *dimensions;        /* int, one per figure */
  GArray *quoted;            /* guint ids of its quoted words' norms, in order */
  GArray *tokens;            /* guint32 hashes of its words' norms, function words too: in
                              * order while analysed, then sorted and unique */
  GArray *token_pairs;       /* guint64, sorted, unique: pairs of adjacent words */
  GArray *trigrams;          /* guint32, sorted, unique: the character trigrams of its words
                              * written one space apart */
  const char *speaker;       /* entity key of who says it, or NULL */
  GPtrArray *places;         /* entity keys of the places it names that the table of places
                              * knows, not in its speaker's words; NULL for none */
  GPtrArray *people;         /* entity keys of the people it names, not its speaker; NULL for none */
  guint32 last_bytes;        /* the surface's last bytes, while analysed */
  guint n_content;
  int position;              /* its first sentence's place in its article; -1 for a whole article */
  guint article;             /* its article's index in PxSimilarity.articles */
  guint lead;                /* in a story of few reports, among its article's first "few_top"
                              * sentences: its place in PxSimilarity.leads, from 1; 0 for the
                              * others (lead_passages()) */
  gpointer packed;           /* once finished, the one block that holds its arrays (pack_passage()) */
} Passage;

typedef struct
{
  int day;                   /* its date (Julian day), 0 unknown */
  GArray *days;              /* int, sorted: its date and the days its sentences date happenings to */
  GHashTable *people;        /* the entity keys of every person it names, speakers too (a set) */
} Article;

struct _PxSimilarity
{
  guint n_passages;
  Passage *passages;
  guint n_features;
  guint n_sources;
  guint *word_df;            /* per feature: the passages (not furniture) whose words have it */
  GPtrArray *lexemes;        /* per worker of the analysis: its cache, norm -> PxLexeme (the
                              * passages' words keep pointers into them) */
  GArray *articles;          /* Article, one per document met, in the passages' order */
  GArray *leads;             /* guint: the passages of a nonzero Passage.lead, in order; NULL
                              * until lead_passages() */
  guint8 *lead_only;         /* per two leads (x * leads->len + y): whether only their places
                              * make them a candidate (_px_similarity_lead_only()) */
};

typedef struct
{
  double weights[PX_N_FEATURES];
  double bias;
  /* the weights of stories of at most few_sources reports ("few_weight"
   * and "few_bias" lines), when the file has them: fitted on three-outlet
   * keys alone by tools/fit-few-similarity.py */
  double few_weights[PX_N_FEATURES];
  double few_bias;
  gboolean has_few;
  GHashTable *settings;      /* name -> double * */
  double apart_days;         /* the setting, read once: every pair asks it */
  double few_sources;        /* the setting, read once */
} Model;

static const Model *
model_get (void)
{
  static Model model;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* PARALLAX_SIMILARITY_MODEL: for tools/fit-similarity.py */
      g_autoptr(GPtrArray) lines = px_lexicon_read_model ("PARALLAX_SIMILARITY_MODEL", MODEL_PATH);

      model.settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint l = 0; l < lines->len; l++)
        {
          char **words = g_ptr_array_index (lines, l);
          guint n = g_strv_length (words);

          if (n == 3 && g_str_equal (words[0], "setting"))
            {
              double *value = g_new (double, 1);

              *value = g_ascii_strtod (words[2], NULL);
              g_hash_table_insert (model.settings, g_strdup (words[1]), value);
            }
          else if (n == 2 && g_str_equal (words[0], "bias"))
            model.bias = g_ascii_strtod (words[1], NULL);
          else if (n == 2 && g_str_equal (words[0], "few_bias"))
            {
              model.few_bias = g_ascii_strtod (words[1], NULL);
              model.has_few = TRUE;
            }
          else if (n == 3 && g_str_equal (words[0], "few_weight"))
            {
              for (guint f = 0; f < PX_N_FEATURES; f++)
                if (g_str_equal (words[1], px_feature_names[f]))
                  {
                    model.few_weights[f] = g_ascii_strtod (words[2], NULL);
                    model.has_few = TRUE;
                  }
            }
          else if (n == 2)
            for (guint f = 0; f < PX_N_FEATURES; f++)
              if (g_str_equal (words[0], px_feature_names[f]))
                model.weights[f] = g_ascii_strtod (words[1], NULL);
        }
      {
        const double *apart_days = g_hash_table_lookup (model.settings, "apart_days");
        const double *few_sources = g_hash_table_lookup (model.settings, "few_sources");

        model.apart_days = apart_days != NULL ? *apart_days : 0;
        model.few_sources = few_sources != NULL ? *few_sources : 0;
      }
      g_once_init_leave (&done, 1);
    }
  return &model;
}

double
_px_similarity_setting (const char *name,
                        double      fallback)
{
  const double *value = g_hash_table_lookup (model_get ()->settings, name);

  return value != NULL ? *value : fallback;
}

/* Whether @self is a story of more than "few_sources" reports, which the
 * weights of many reports score (_px_similarity_probability()). */
static gboolean
many_reports (const PxSimilarity *self)
{
  const Model *model = model_get ();

  return !model->has_few || self->n_sources > model->few_sources;
}

static float word_weight (const Passage *passage,
                          guint          feature);

/* Page furniture ------------------------------------------------------ */

static const char * const furniture_openings[] = {
  "read more", "read also", "related:", "related coverage", "related articles", "see also",
  "photo:", "photos:", "photo by", "photograph:", "photograph by", "image:", "image caption",
  "picture:", "video:", "watch:", "published", "updated", "last updated", "posted on",
  "posted at", "first published", "copyright", "\xc2\xa9", "click here", "sign up",
  "subscribe", "follow us", "share this", "advertisement", "(photo", "credit:", "caption:",
};

static const char * const credit_marks[] = {
  "getty images", "ap photo", "afp photo", "reuters/", "/reuters", "/ap", "/afp",
  "photo credit", "file photo", "shutterstock", "epa/",
};

static const char * const stamp_words[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a.m",
  "p.m", "est", "edt", "et", "gmt", "utc", "bst", "cet", "pst", "pdt", "at", "on", "of",
  "the", "updated", "published", "posted", "last", "ap", "reuters", "afp", NULL,
};


/* The characters of a sentence lower-cased for its opening: more than
 * the longest of furniture_openings[] has bytes (a letter's lower case
 * may depend on the next one). */
#define OPENING_CHARS 24

/* stamp_words[] that date nothing alone */
static const char * const stamp_fillers[] = {
  "at", "on", "of", "the", "last", "ap", "reuters", "afp", NULL,
};

/* Counts of @sentence's tokens for the stamp and byline tests; @dates:
 * its words of stamp_words[] that are no filler (a month, a day, "pm");
 * @numbers: its numbers, counted in @stamps too. */
typedef struct
{
  guint words, capitals, stamps, lower_words, dates, numbers;
  gboolean by;
} Stamp;

/* A stamp of more tokens than this is one only when every word of it is
 * a stamp's: a publication's and an update's on one line ("PUBLISHED:
 * 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013").
 */
#define PX_SIMILARITY_STAMP_TOKENS 16
#define PX_SIMILARITY_STAMPS_TOKENS 40

/* Whether @norm's first two bytes are those of a word of stamp_words[]:
 * most words of a sentence are not, and are known so without reading the
 * list (a bit for each pair of bytes, set once). */
static gboolean
may_be_stamp_word (const char *norm)
{
  static guint64 *starts;
  guint key;

  if (g_once_init_enter (&starts))
    {
      guint64 *bits = g_new0 (guint64, 65536 / 64);

      for (guint i = 0; stamp_words[i] != NULL; i++)
        {
          guint word_key = (guint) (guchar) stamp_words[i][0] << 8 | (guchar) stamp_words[i][1];

          g_assert (stamp_words[i][0] != '\0');
          bits[word_key / 64] |= G_GUINT64_CONSTANT (1) << (word_key % 64);
        }
      g_once_init_leave (&starts, bits);
    }
  if (norm[0] == '\0')
    return FALSE;
  key = (guint) (guchar) norm[0] << 8 | (guchar) norm[1];
  return (starts[key / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))) != 0;
}

static Stamp
count_stamp (PxDocument *doc,
             PxSentence *sentence)
{
  Stamp c = { 0, };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = sentence->first_token; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind == PX_TOKEN_NUMBER)
        {
          c.stamps++;
          c.numbers++;
        }
      if (token->kind != PX_TOKEN_WORD)
        continue;
      if (c.words == 0 && g_str_equal (token->norm, "by"))
        c.by = TRUE;
      c.words++;
      if (token->is_capital)
        c.capitals++;
      else
        c.lower_words++;
      if (may_be_stamp_word (token->norm) && px_word_is_one_of (token->norm, stamp_words))
        {
          c.stamps++;
          if (!px_word_is_one_of (token->norm, stamp_fillers))
            c.dates++;
        }
    }
  return c;
}

static gboolean
is_stamp_or_byline (PxSentence  *sentence,
                    const Stamp *c)
{
  /* "By Jane Doe and John Roe, Reuters" */
  if (c->by && c->words <= 12 && c->capitals + 2 >= c->words - 1 && c->lower_words <= 3)
    return TRUE;
  /* "Updated 10:32 EST, 3 January 2013"; "WASHINGTON (Reuters) -" */
  if (sentence->n_tokens > PX_SIMILARITY_STAMPS_TOKENS
      || (sentence->n_tokens > PX_SIMILARITY_STAMP_TOKENS && c->stamps - c->numbers < c->words))
    return FALSE;
  return c->words > 0 && c->stamps >= c->words && c->stamps > 0;
}

/* A line that is a date in figures alone: "2013-09-26", "2013-09-26
 * 14:05", "26/09/2013", "09.26.2013". */
static gboolean
is_figure_date (PxDocument *doc,
                PxSentence *sentence)
{
  static GRegex *date = NULL;
  static gsize done = 0;
  g_autofree char *text = NULL;

  if (g_once_init_enter (&done))
    {
      date = g_regex_new ("^\\s*(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})"
                          "([T ]\\d{1,2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?\\s*$",
                          G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&done, 1);
    }
  if (sentence->end - sentence->start > 40)
    return FALSE;
  text = g_strndup (doc->text + sentence->start, sentence->end - sentence->start);
  return g_regex_match (date, text, 0, NULL);
}

/* @text's @len bytes in lower case: ASCII letters by themselves (most
 * sentences are ASCII, and g_utf8_strdown() reads each character's
 * Unicode case: a tenth of the sentences' analysis), any other text as
 * g_utf8_strdown() gives it. */
static char *
lower_text (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80 || text[i] == '\0')
      return g_utf8_strdown (text, len);
  return g_ascii_strdown (text, len);
}

gboolean
_px_sentence_is_stamp (PxDocument *doc,
                       PxSentence *sentence)
{
  Stamp c = count_stamp (doc, sentence);

  if (c.words == 0 && is_figure_date (doc, sentence))
    return TRUE;

  /* furniture's test counts "357 magnum." and "884 OPS, 176 HR" as
   * stamps, which do for a feature but not for hiding a claim */
  return is_stamp_or_byline (sentence, &c) && (c.by || c.dates > 0);
}

gboolean
_px_sentence_is_furniture (PxDocument *doc,
                           PxSentence *sentence)
{
  const char *start = doc->text + sentence->start, *stop = doc->text + sentence->end;
  const char *cut;
  g_autofree char *opening = NULL;
  Stamp counts;

  /* the opening alone lower-cased, not the whole sentence: spaces are
   * their own lower case, and none of the openings ends in one */
  while (start < stop && g_ascii_isspace (*start))
    start++;
  cut = start;
  for (guint c = 0; c < OPENING_CHARS && cut < stop; c++)
    cut = g_utf8_next_char (cut);
  opening = lower_text (start, MIN (cut, stop) - start);
  for (gsize i = 0; i < G_N_ELEMENTS (furniture_openings); i++)
    if (g_str_has_prefix (opening, furniture_openings[i]))
      return TRUE;

  counts = count_stamp (doc, sentence);
  if (is_stamp_or_byline (sentence, &counts))
    return TRUE;
  /* "(AP Photo/Jane Doe)", "Jane Doe/Getty Images" */
  if (sentence->n_tokens <= 24)
    {
      g_autofree char *text = lower_text (doc->text + sentence->start, sentence->end - sentence->start);

      for (gsize i = 0; i < G_N_ELEMENTS (credit_marks); i++)
        if (strstr (text, credit_marks[i]) != NULL)
          return TRUE;
    }
  /* a dateline on its own: "OAKVILLE, Ont." */
  if (counts.words > 0 && counts.words <= 4 && counts.lower_words == 0 && sentence->n_tokens <= 8)
    {
      PxToken *first = px_document_token (doc, sentence->first_token);
      gboolean all_caps = first->kind == PX_TOKEN_WORD && first->end - first->start >= 3;

      for (guint p = first->start; all_caps && p < first->end; p++)
        if (g_ascii_islower (doc->text[p]))
          all_caps = FALSE;
      if (all_caps)
        return TRUE;
    }
  return FALSE;
}

/* Features of one passage --------------------------------------------- */

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

#define FEATURE_KEY(x) ((x).feature)
PX_DEFINE_SORT_BY_KEY (sort_features, Feature, guint, FEATURE_KEY)
PX_DEFINE_SORT_UNIQUE (guint, sort_uints, sort_unique_uints)
PX_DEFINE_SORT_UNIQUE (guint64, sort_uint64s, sort_unique_uint64s)

static inline guint
count_shared (const GArray *a,
              const GArray *b)
{
  return px_count_shared_uint32 ((const guint32 *) a->data, a->len, (const guint32 *) b->data, b->len);
}

PX_DEFINE_COUNT_SHARED (guint64, count_shared_uint64s)

/* Sorted, duplicates merged by keeping the largest weight: @vector itself. */
static GArray *
merge_features (GArray *vector)
{
  Feature *v = (Feature *) vector->data;
  guint n = 0;

  sort_features (v, vector->len);
  /* in place: the merged run never overtakes the one read */
  for (guint i = 0; i < vector->len; i++)
    {
      if (n > 0 && v[n - 1].feature == v[i].feature)
        v[n - 1].weight = MAX (v[n - 1].weight, v[i].weight);
      else
        v[n++] = v[i];
    }
  g_array_set_size (vector, n);
  return vector;
}

/* A word or a concept given an id, in 8 bytes (all passages' questions
 * are held at once): a word's string, or a concept with the top bit set. */
typedef guint64 IdKey;

#define ID_KEY_CONCEPT (G_GUINT64_CONSTANT (1) << 63)

/* Concepts and their ids, by open addressing: the comparison's ids are
 * asked on one thread, tens of thousands of questions for a few reports,
 * where a GHashTable's callbacks were most of the cost. */
typedef struct
{
  guint32 *concepts;
  guint *ids;                /* G_MAXUINT: an empty slot */
  guint mask;                /* slots - 1, a power of two */
  guint n;
} ConceptIds;

static void
concept_ids_init (ConceptIds *table,
                  guint       slots)
{
  table->concepts = g_new (guint32, slots);
  table->ids = g_new (guint, slots);
  memset (table->ids, 0xff, slots * sizeof (guint));
  table->mask = slots - 1;
  table->n = 0;
}

static void
concept_ids_clear (ConceptIds *table)
{
  g_clear_pointer (&table->concepts, g_free);
  g_clear_pointer (&table->ids, g_free);
}

/* The slot of @concept, or the empty one where it would go. */
static guint
concept_ids_slot (const ConceptIds *table,
                  guint32           concept)
{
  guint32 hash = concept * 2654435761u;
  guint at = (hash ^ (hash >> 16)) & table->mask;

  while (table->ids[at] != G_MAXUINT && table->concepts[at] != concept)
    at = (at + 1) & table->mask;
  return at;
}

/* Files @concept with @id in its empty slot @at; the table grows at half full. */
static void
concept_ids_add (ConceptIds *table,
                 guint       at,
                 guint32     concept,
                 guint       id)
{
  table->concepts[at] = concept;
  table->ids[at] = id;
  if (++table->n * 2 > table->mask)
    {
      ConceptIds bigger;

      concept_ids_init (&bigger, 2 * (table->mask + 1));
      for (guint k = 0; k <= table->mask; k++)
        if (table->ids[k] != G_MAXUINT)
          {
            guint to = concept_ids_slot (&bigger, table->concepts[k]);

            bigger.concepts[to] = table->concepts[k];
            bigger.ids[to] = table->ids[k];
          }
      bigger.n = table->n;
      concept_ids_clear (table);
      *table = bigger;
    }
}

/* Ids of words and concepts, in the order first asked. The passages are
 * analysed on several threads, each passage noting what it asks (@keys)
 * and given a number per question; the comparison's ids are then asked
 * passage after passage, question after question (ids_resolve()): the
 * order one pass over all passages would have asked them in.
 */
typedef struct
{
  GHashTable *words;         /* string -> id */
  ConceptIds concepts;       /* concept -> id */
  GStringChunk *chunk;
  guint next;
  GArray *keys;              /* for a passage: IdKey per question, its number the index; NULL
                              * for the comparison's ids */
  GHashTable *lexemes;       /* the lexeme cache the analysis uses */
} Ids;

static guint
word_id (Ids        *ids,
         const char *name)
{
  gpointer id;

  if (ids->keys != NULL)
    {
      IdKey key = (IdKey) (guintptr) g_string_chunk_insert (ids->chunk, name);

      g_array_append_val (ids->keys, key);
      return ids->keys->len - 1;
    }
  if (g_hash_table_lookup_extended (ids->words, name, NULL, &id))
    return GPOINTER_TO_UINT (id);
  g_hash_table_insert (ids->words, g_string_chunk_insert_const (ids->chunk, name), GUINT_TO_POINTER (ids->next));
  return ids->next++;
}

static guint
concept_id (Ids     *ids,
            guint32  concept)
{
  guint at;

  if (ids->keys != NULL)
    {
      IdKey key = ID_KEY_CONCEPT | concept;

      g_array_append_val (ids->keys, key);
      return ids->keys->len - 1;
    }
  at = concept_ids_slot (&ids->concepts, concept);
  if (ids->concepts.ids[at] != G_MAXUINT)
    return ids->concepts.ids[at];
  concept_ids_add (&ids->concepts, at, concept, ids->next);
  return ids->next++;
}

/* The comparison's ids of a passage's questions (@keys), in order. */
static guint *
ids_resolve (Ids          *ids,
             const GArray *keys)
{
  guint *map = g_new (guint, MAX (keys->len, 1));

  for (guint k = 0; k < keys->len; k++)
    {
      IdKey key = g_array_index (keys, IdKey, k);

      map[k] = key & ID_KEY_CONCEPT ? concept_id (ids, (guint32) key) : word_id (ids, (const char *) (guintptr) key);
    }
  return map;
}

static void
add_feature (GArray *vector,
             guint   feature,
             float   weight)
{
  Feature f = { feature, weight };

  g_array_append_val (vector, f);
}

/* A quantity that has a feature of its own: a figure with what it counts,
 * or with a unit; a bare "one of them" says little, nor does a part of a
 * whole ("one of the nine provinces": the whole's figure is the feature),
 * nor a height ("the 6-foot-7 forward" is told in many a claim about him).
 */
static gboolean
has_value_feature (const PxQuantity *quantity)
{
  return !quantity->vague && !quantity->partitive && !quantity->height
         && (quantity->dimension != PX_DIMENSION_COUNT || quantity->n_heads > 0);
}

static gboolean
is_quantity_figure (PxSentence    *sentence,
                    const PxToken *token)
{
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (has_value_feature (quantity) && token->start >= quantity->number_start && token->end <= quantity->number_end)
        return TRUE;
    }
  return FALSE;
}

/* Words after which a word that may be a verb is one. */
static const char * const verb_signals[] = {
  "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
  "did", "does", "do", "not", "never", "has", "have", "had", "was", "were", "is", "are", "be",
  "been", "who", "they", "he", "she", "it", "we", NULL,
};

static gboolean
is_predicate (PxDocument     *doc,
              guint           t,
              const PxLexeme *lexeme)
{
  if (!lexeme->is_verb || lexeme->n_synonyms == 0)
    return FALSE;
  if (lexeme->verb_form)
    return TRUE;
  return t > 0 && px_word_is_one_of (px_document_token (doc, t - 1)->norm, verb_signals);
}

/* The lexeme of a word written in lower case ("Bush" is a name). */
static const PxLexeme *
token_lexeme (GHashTable *lexemes,
              PxToken    *token)
{
  char norm[96];
  gsize length = strlen (token->norm);

  if (g_str_has_suffix (token->norm, "'s") && length > 2)
    length -= 2;
  else if (length < sizeof norm)
    /* the document's own copy: the lexicon knows its address again */
    return px_lexicon_cache_lookup (lexemes, token->norm);
  if (length >= sizeof norm)
    return NULL;
  memcpy (norm, token->norm, length);
  norm[length] = '\0';
  return px_lexicon_cache_lookup (lexemes, norm);
}

/* A sentence's items bound for one of the passage's arrays, appended 64
 * at a time instead of one by one (a sentence gives its passage tens of
 * thousands of items in a comparison of four reports, and a call of
 * g_array_append_vals() cost more than the item). In order: flushed
 * before anything reads the array.
 */
#define BATCH_SIZE 64

#define DEFINE_BATCH(Batch, Type, push, flush)                                   \
typedef struct                                                                   \
{                                                                                \
  GArray *array;                                                                 \
  guint n;                                                                       \
  Type items[BATCH_SIZE];                                                        \
} Batch;                                                                         \
                                                                                 \
static inline void                                                               \
flush (Batch *batch)                                                             \
{                                                                                \
  g_array_append_vals (batch->array, batch->items, batch->n);                    \
  batch->n = 0;                                                                  \
}                                                                                \
                                                                                 \
static inline void                                                               \
push (Batch *batch,                                                              \
      Type   item)                                                               \
{                                                                                \
  batch->items[batch->n++] = item;                                               \
  if (batch->n == BATCH_SIZE)                                                    \
    flush (batch);                                                               \
}

DEFINE_BATCH (HashBatch, guint32, hash_push, hash_flush)
DEFINE_BATCH (FeatureBatch, Feature, feature_push, feature_flush)
DEFINE_BATCH (WordBatch, Word, word_push, word_flush)

/* Adds a word to the passage's surface: its words, function words too, and
 * their character trigrams, the words written one space apart ("the
 * rate" gives "the", "he ", "e r", " ra", "rat", "ate"). Hashed, not
 * given ids: this runs for every word of every source. @tokens and
 * @trigrams are the sentence's batches of the passage's tokens and
 * trigrams.
 */
static void
add_surface (Passage    *passage,
             HashBatch  *tokens,
             HashBatch  *trigrams,
             const char *norm)
{
  guint32 hash = g_str_hash (norm);
  guint n = passage->tokens->len + tokens->n;
  /* the last two bytes written: after a word, its last letter and a space */
  guint32 window = n == 0 ? 0 : passage->last_bytes;

  hash_push (tokens, hash);
  for (const guchar *p = (const guchar *) (n == 0 ? "" : " "); *p != '\0'; p++)
    window = (window << 8 | *p) & 0xffffff;
  for (guint k = 0; norm[k] != '\0'; k++)
    {
      window = (window << 8 | (guchar) norm[k]) & 0xffffff;
      if (window <= 0xffff)
        continue;
      hash_push (trigrams, window);
    }
  passage->last_bytes = window;
}

/* Nouns of a place: a people's adjective before one tells the place ("a
 * Chilean town", "the Iranian island of Qeshm", "the Greek capital"), and
 * a name after one and "of" is a place ("the island of Sumatra"). */
static const char * const place_nouns[] = {
  "town", "city", "village", "island", "islands", "coast", "coastline", "capital", "province", "region",
  "state", "port", "county", "district", "territory", "peninsula", "border", "mainland", "waters",
  "countryside", "resort", "highlands", "desert", NULL,
};

/* Words before a name that make it a place where no preposition does:
 * "struck central Chile", "southern Iran", "riots across Greece", "a
 * quake off Sumatra". */
static const char * const place_openers[] = {
  "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "northeast",
  "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
  "across", "throughout", "off", NULL,
};

/* The key of the place of a happening @entity names, or NULL:
 *  - a place the table of places knows that entities took for one ("in
 *    Palmer", "at Exarchia");
 *  - a name the table knows after a word of place_openers[], or after a
 *    noun of place_nouns[] and "of", where it is not an owner ("Chile's
 *    football federation"), a name that goes on ("East 223rd Street") or
 *    a person's or an organisation's name;
 *  - a people's adjective before a noun of place_nouns[]: the key of its
 *    place ("a Chilean town": "chile"); before any other word it is no
 *    place ("a Chilean player", "Chilean President Michelle Bachelet").
 * Where someone is from ("his sister, who is from Aberdare") is no place
 * of the happening. */
static const char *
happening_place (PxDocument       *doc,
                 const PxSentence *sentence,
                 const PxEntity   *entity)
{
  guint end = sentence->first_token + sentence->n_tokens;
  const PxToken *after = entity->end_token < end ? px_document_token (doc, entity->end_token) : NULL;
  const char *next = after != NULL ? after->norm : "";
  const char *last = px_document_token (doc, entity->end_token - 1)->norm;
  const char *before = entity->first_token > sentence->first_token
                       ? px_document_token (doc, entity->first_token - 1)->norm : "";
  const char *two_before = entity->first_token > sentence->first_token + 1
                           ? px_document_token (doc, entity->first_token - 2)->norm : "";
  gboolean owner, goes_on;

  if (g_str_equal (before, "from"))
    return NULL;
  if (entity->kind == PX_ENTITY_PLACE && px_lexicon_place_is_known (entity->key))
    return entity->key;
  if (entity->kind == PX_ENTITY_PERSON || entity->kind == PX_ENTITY_ORGANISATION)
    return NULL;
  owner = g_str_has_suffix (last, "'s") || g_str_has_suffix (last, "’s") || g_str_equal (next, "'s")
          || g_str_equal (next, "’s");
  goes_on = after != NULL && (g_ascii_isupper (doc->text[after->start]) || g_ascii_isdigit (doc->text[after->start]));
  if ((px_word_is_one_of (before, place_openers)
       || (g_str_equal (before, "of") && px_word_is_one_of (two_before, place_nouns)))
      && !owner && !goes_on && px_lexicon_place_is_known (entity->key))
    return entity->key;
  if (entity->end_token - entity->first_token == 1 && px_word_is_one_of (next, place_nouns))
    return px_lexicon_place_of_people (entity->key);
  return NULL;
}

static void
analyse_sentence (PxSimilarity *self,
                  Passage      *passage,
                  PxDocument   *doc,
                  PxSentence   *sentence,
                  Ids          *ids)
{
  guint end = sentence->first_token + sentence->n_tokens;
  guint speaker_first = G_MAXUINT, speaker_end = 0;

  gboolean title_case = px_document_is_title_case (doc, sentence);
  HashBatch tokens = { passage->tokens, 0, }, trigrams = { passage->trigrams, 0, };
  WordBatch lexical = { passage->lexical, 0, };
  FeatureBatch words = { passage->words, 0, }, expanded = { passage->expanded, 0, };

  px_cues_speaker_extent (doc, sentence, &speaker_first, &speaker_end);
  if (passage->speaker == NULL)
    passage->speaker = sentence->speaker;

  for (guint t = sentence->first_token; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);
      gboolean is_name = FALSE;
      const PxLexeme *lexeme = NULL;
      float boost = 1;
      guint id;

      if (token->kind == PX_TOKEN_WORD || token->kind == PX_TOKEN_NUMBER)
        add_surface (passage, &tokens, &trigrams, token->norm);

      /* quoted words, function words too: "Tell me who you are" is a
       * quotation even without a content word */
      if (token->kind == PX_TOKEN_WORD && token->in_quote)
        {
          guint quoted = word_id (ids, token->norm);

          g_array_append_val (passage->quoted, quoted);
        }

      if (token->kind == PX_TOKEN_SYMBOL && g_str_equal (token->concept, "percent"))
        ;
      else if (token->kind == PX_TOKEN_WORD)
        {
          /* one letter on its own is no feature, unless a capital */
          if (token->is_stop || (*g_utf8_next_char (token->norm) == '\0' && !token->is_capital))
            continue;
          /* in a headline written in title case a capital says nothing:
           * a word the lexicon knows is a word there */
          if (token->is_capital && !token->sentence_initial && title_case)
            {
              lexeme = token_lexeme (ids->lexemes, token);
              if (lexeme == NULL || lexeme->n_synonyms == 0)
                {
                  lexeme = NULL;
                  boost = BOOST_NAME;
                  is_name = TRUE;
                }
            }
          else if (token->is_capital && !token->sentence_initial)
            {
              boost = BOOST_NAME;
              is_name = TRUE;
            }
          else
            lexeme = token_lexeme (ids->lexemes, token);
        }
      else if (token->kind == PX_TOKEN_NUMBER)
        boost = BOOST_NUMBER;
      else
        continue;
      /* the figure of a quantity is the quantity's own feature below, so
       * that "ninety-one" is "91" and a figure that differs between two
       * reports does not keep them apart */
      if (is_quantity_figure (sentence, token))
        continue;
      if (token->in_quote)
        boost *= BOOST_QUOTED;
      /* who says it is not what is said: "Harbor County Sheriff
       * Dana Whitlow said" must not pair a sentence with every other
       * statement of his */
      if (t >= speaker_first && t < speaker_end)
        boost *= BOOST_SPEAKER;

      id = word_id (ids, token->concept);
      passage->n_content++;
      word_push (&lexical, (Word) { id, lexeme, token->norm, is_name, 0 });
      feature_push (&words, (Feature) { id, boost });
      feature_push (&expanded, (Feature) { id, boost });
      if (is_name && !(t >= speaker_first && t < speaker_end))
        g_array_append_val (passage->names, id);
      if (lexeme != NULL && lexeme->n_synonyms > 0)
        {
          float share = boost / sqrtf ((float) lexeme->n_synonyms);

          for (guint c = 0; c < lexeme->n_synonyms; c++)
            feature_push (&expanded, (Feature) { concept_id (ids, lexeme->synonyms[c]), share });
          g_array_append_vals (passage->concepts, lexeme->synonyms, lexeme->n_synonyms);
          g_array_append_vals (passage->kinds, lexeme->hypernyms, lexeme->n_hypernyms);
          if (!(t >= speaker_first && t < speaker_end) && is_predicate (doc, t, lexeme))
            {
              Predicate predicate = { id, lexeme };

              g_array_append_val (passage->predicates, predicate);
            }
        }
    }

  /* what tells two happenings of one kind apart (HAPPENINGS_APART) */
  for (guint e = 0; many_reports (self) && sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      const char *place, *key;
      GPtrArray **keys;
      guint most;

      if (entity->unconfirmed || (entity->first_token >= speaker_first && entity->first_token < speaker_end))
        continue;
      place = happening_place (doc, sentence, entity);
      key = place != NULL ? place : entity->key;
      if (place != NULL)
        keys = &passage->places, most = PASSAGE_PLACES;
      else if (entity->kind == PX_ENTITY_PERSON && !entity->ambiguous)
        keys = &passage->people, most = PASSAGE_PEOPLE;
      else
        continue;
      if (*keys == NULL)
        *keys = g_ptr_array_new ();
      if ((*keys)->len < most)
        g_ptr_array_add (*keys, (gpointer) key);
    }

  hash_flush (&tokens);
  hash_flush (&trigrams);
  word_flush (&lexical);
  feature_flush (&words);
  feature_flush (&expanded);

  /* "ninety-one", "91" and "a dozen", "12" are the same feature. */
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);
      char name[64];
      guint id;
      int dimension = quantity->dimension;

      if (!has_value_feature (quantity))
        continue;
      g_snprintf (name, sizeof name, "#%d:%g", quantity->dimension, quantity->value);
      id = word_id (ids, name);
      add_feature (passage->words, id, BOOST_NUMBER);
      add_feature (passage->expanded, id, BOOST_NUMBER);
      g_array_append_val (passage->numbers, id);
      g_array_append_val (passage->dimensions, dimension);
      /* the unit went with the figure: a measure of the same kind and
       * size stays shared when the figures differ ("waves of 70 cm" / "a
       * tsunami of 40 cm"), not one ten times another ("four years" /
       * "three hours"); a count keeps its noun as a word already */
      if (dimension != PX_DIMENSION_COUNT && quantity->value != 0 && isfinite (quantity->value))
        {
          g_snprintf (name, sizeof name, "#%d~%d", dimension, (int) floor (log10 (fabs (quantity->value))));
          id = word_id (ids, name);
          add_feature (passage->words, id, 1);
          add_feature (passage->expanded, id, 1);
        }
    }
}

/* Anchors: when ----------------------------------------------------- */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

static int
julian (int year,
        int month,
        int day)
{
  GDate date;

  if (year <= 0 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* The day an article was published: its metadata's, else that of a
 * publication stamp among its first sentences, a full date with a clock
 * time or a date alone on a line ("First Published: March 2, 2019 3:41 PM
 * EDT", "Sun, 8 Sep 2019"); 0 when neither tells.
 */
static int
article_day (PxDocument *doc)
{
  const char *published = doc->article != NULL ? doc->article->published : NULL;

  if (published != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (published, utc);

      if (when != NULL)
        return julian (g_date_time_get_year (when), g_date_time_get_month (when), g_date_time_get_day_of_month (when));
    }
  for (guint s = 0; s < MIN (STAMP_SENTENCES, doc->sentences->len); s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint t = 0; sentence->times != NULL && t < sentence->times->len; t++)
        {
          const PxTimeExpr *time = &g_array_index (sentence->times, PxTimeExpr, t);

          if (time->year > 0 && time->month > 0 && time->day > 0 && !time->game
              && (time->minutes >= 0 || _px_sentence_is_furniture (doc, sentence)))
            return julian (time->year, time->month, time->day);
        }
    }
  return 0;
}

/* Which way from its article's date the time @time of @sentence lies, read
 * from the words before it in its clause: 1 a day to come ("next Friday",
 * "the coming Monday", "will meet Monday", "is scheduled to be sentenced
 * Tuesday", "is due in court Feb. 17", "is expected to vote on Monday",
 * "is to appear Monday", "set for October 28"), -1 a day gone ("was
 * killed on June 24", "said Thursday", "fired on June 8"), 0 untold. The
 * clause ends at a comma, a colon or a quotation mark, and no more than
 * eight words are read: "said Thursday it will" is gone, "the mayor, who
 * will speak, visited on Monday" untold. A word of the past ("said",
 * "was", "last", "earlier") ends the reading; a word in -ed ("arrested")
 * tells of the past only when no word before it in the clause tells of a
 * day to come ("will be arraigned Monday", "will stay closed on Monday").
 */
static int
time_direction (PxDocument       *doc,
                PxSentence       *sentence,
                const PxTimeExpr *time)
{
  static const char * const ahead[] = {
    "will", "'ll", "shall", "scheduled", "slated", "expected", "upcoming", "coming", "next", "plans",
    "planning", "intends", "aims", NULL,
  };
  static const char * const gone[] = {
    "said", "says", "told", "announced", "added", "reported", "was", "were", "had", "did", "last", "past",
    "previous", "earlier", "ago", "since", NULL,
  };
  static const char * const be[] = { "is", "are", "am", "'s", NULL };
  guint first = sentence->first_token, end = first + sentence->n_tokens, at = end, read = 0;
  gboolean past_form = FALSE;

  for (guint i = first; i < end; i++)
    if (px_document_token (doc, i)->start >= time->start)
      {
        at = i;
        break;
      }
  for (guint i = at; i > first && read < 8; i--)
    {
      const PxToken *token = px_document_token (doc, i - 1);
      const char *norm = token->norm;
      const char *before = i >= first + 2 ? px_document_token (doc, i - 2)->norm : "";

      if (token->kind == PX_TOKEN_QUOTE_OPEN || token->kind == PX_TOKEN_QUOTE_CLOSE
          || (token->kind == PX_TOKEN_PUNCT && !g_str_equal (norm, ".")))
        break;
      if (token->kind != PX_TOKEN_WORD)
        continue;
      read++;
      if (px_word_is_one_of (norm, ahead) || g_str_has_suffix (norm, "'ll"))
        return 1;
      /* "is due in court", "is due to visit", not "due to low light" */
      if (g_str_equal (norm, "due") && px_word_is_one_of (before, be))
        return 1;
      /* "is to appear", "are going to vote", "is set to meet", "set for Monday" */
      if ((g_str_equal (norm, "to") || g_str_equal (norm, "for"))
          && (px_word_is_one_of (before, (const char * const[]) { "set", "going", NULL })
              || (g_str_equal (norm, "to") && px_word_is_one_of (before, be))))
        return 1;
      if (px_word_is_one_of (norm, gone))
        return -1;
      if (strlen (norm) > 4 && g_str_has_suffix (norm, "ed") && !g_str_has_suffix (norm, "eed"))
        past_form = TRUE;
    }
  return past_form ? -1 : 0;
}

/* The day a time of a sentence dates what it tells, read against its
 * article's date @reference and the way its clause tells it lies
 * (time_direction()): a full date as written; a day and month in the
 * year that puts it nearest the article's date, within six months either
 * side ("due in court Feb. 17" in an article of 30 January is this year's,
 * "takes office on Jan. 3" in one of 20 December next year's), or when
 * the clause tells its way, the last such day no more than a week after
 * the article's ("was killed on June 24" in an article of May: last
 * year's) or the first no more than a week before it ("will be held on
 * September 6" in one of June: this year's); a weekday, the last such day
 * on or before the article's ("said Thursday" in an article of Friday 3
 * May), or the first on or after it when the clause tells of a day to
 * come ("will meet Monday"; "next Friday" in an article of a Friday is a
 * week on). 0 for a publication stamp (a full date with a clock time), a
 * game's clock and what cannot be placed. @doc and @sentence may be NULL:
 * no way told.
 */
static int
happening_day (PxDocument       *doc,
               PxSentence       *sentence,
               const PxTimeExpr *time,
               int               reference)
{
  int direction;

  if (time->game || (time->year > 0 && time->minutes >= 0))
    return 0;
  if (time->month > 0 && time->day > 0 && time->year > 0)
    return julian (time->year, time->month, time->day);
  if (reference == 0 || (time->weekday == 0 && (time->month == 0 || time->day == 0)))
    return 0;
  direction = doc != NULL && sentence != NULL ? time_direction (doc, sentence, time) : 0;
  if (time->month > 0 && time->day > 0)
    {
      GDate date;
      int best = 0;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, reference);
      for (int year = g_date_get_year (&date) - 1; year <= g_date_get_year (&date) + 1; year++)
        {
          int day = julian (year, time->month, time->day);

          if (day == 0 || (direction < 0 && day > reference + 7) || (direction > 0 && day < reference - 7))
            continue;
          /* nearest; ties (a day half a year off) go to the earlier year */
          if (best == 0 || ABS (day - reference) < ABS (best - reference))
            best = day;
        }
      return best;
    }
  else
    {
      GDate date;
      int weekday;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, reference);
      weekday = g_date_get_weekday (&date);
      if (direction > 0)
        {
          const PxToken *token = NULL;

          /* "next Friday" in an article of a Friday is a week on */
          for (guint i = sentence->first_token; i < sentence->first_token + sentence->n_tokens; i++)
            if (px_document_token (doc, i)->start >= time->start)
              {
                token = i > sentence->first_token ? px_document_token (doc, i - 1) : NULL;
                break;
              }
          if (token != NULL && g_str_equal (token->norm, "next") && weekday == time->weekday)
            return reference + 7;
          return reference + (time->weekday - weekday + 7) % 7;
        }
      return reference - (weekday - time->weekday + 7) % 7;
    }
}

int
_px_similarity_happening_day (PxDocument *doc,
                              guint       sentence,
                              guint       time,
                              int         reference)
{
  PxSentence *s;

  g_return_val_if_fail (doc != NULL && sentence < doc->sentences->len, 0);
  s = px_document_sentence (doc, sentence);
  g_return_val_if_fail (s->times != NULL && time < s->times->len, 0);
  return happening_day (doc, s, &g_array_index (s->times, PxTimeExpr, time), reference);
}

/* An article's date and the days it dates happenings to; in a story of
 * many reports, the people it names too. */
static Article
article_anchors (PxDocument *doc,
                 gboolean    many)
{
  Article article = { article_day (doc), g_array_new (FALSE, FALSE, sizeof (int)),
                      g_hash_table_new (g_str_hash, g_str_equal) };

  for (guint s = 0; many && s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind == PX_ENTITY_PERSON)
            g_hash_table_add (article.people, (gpointer) entity->key);
        }
    }
  if (article.day == 0)
    return article;
  g_array_append_val (article.days, article.day);
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint t = 0; sentence->times != NULL && t < sentence->times->len; t++)
        {
          int day = happening_day (doc, sentence, &g_array_index (sentence->times, PxTimeExpr, t), article.day);

          if (day != 0)
            g_array_append_val (article.days, day);
        }
    }
  g_array_sort (article.days, compare_ints);
  return article;
}

/* How many days apart two articles are dated when nothing ties them to
 * one happening, no day either dates something to within a day of one
 * the other does: a report of one rehab stay and, six weeks later, of the
 * next; 0 when they may tell one happening, or a date is unknown. A
 * report that recalls the first one's day ("arrested Feb. 1") is tied.
 */
static int
articles_apart (const Article *a,
                const Article *b)
{
  guint x = 0, y = 0;

  if (a->day == 0 || b->day == 0)
    return 0;
  while (x < a->days->len && y < b->days->len)
    {
      int da = g_array_index (a->days, int, x), db = g_array_index (b->days, int, y);

      if (ABS (da - db) <= 1)
        return 0;
      if (da < db)
        x++;
      else
        y++;
    }
  return ABS (a->day - b->day);
}

static guint
bloom_bit (guint32 concept)
{
  return (concept * 2654435761u) >> 22;
}

/* a second bit, from the hash's low bits */
static guint
bloom_bit2 (guint32 concept)
{
  return ((concept * 2654435761u) >> 5) & 1023;
}

static void
bloom_fill (guint64       *bits,
            const GArray  *concepts)
{
  for (guint c = 0; c < concepts->len; c++)
    {
      guint bit = bloom_bit (g_array_index (concepts, guint32, c));
      guint bit2 = bloom_bit2 (g_array_index (concepts, guint32, c));

      bits[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
      bits[bit2 / 64] |= G_GUINT64_CONSTANT (1) << (bit2 % 64);
    }
}

static void
passage_clear (Passage *passage)
{
  g_clear_pointer (&passage->places, g_ptr_array_unref);
  g_clear_pointer (&passage->people, g_ptr_array_unref);
  if (passage->packed != NULL)
    {
      g_clear_pointer (&passage->packed, g_free);
      memset (passage, 0, sizeof *passage);
      return;
    }
  g_clear_pointer (&passage->words, g_array_unref);
  g_clear_pointer (&passage->expanded, g_array_unref);
  g_clear_pointer (&passage->concepts, g_array_unref);
  g_clear_pointer (&passage->kinds, g_array_unref);
  g_clear_pointer (&passage->predicates, g_array_unref);
  g_clear_pointer (&passage->lexical, g_array_unref);
  g_clear_pointer (&passage->names, g_array_unref);
  g_clear_pointer (&passage->numbers, g_array_unref);
  g_clear_pointer (&passage->dimensions, g_array_unref);
  g_clear_pointer (&passage->quoted, g_array_unref);
  g_clear_pointer (&passage->tokens, g_array_unref);
  g_clear_pointer (&passage->token_pairs, g_array_unref);
  g_clear_pointer (&passage->trigrams, g_array_unref);
}

static float
weigh (GArray       *vector,
       const double *idf)
{
  double norm = 0;

  for (guint f = 0; f < vector->len; f++)
    {
      Feature *feature = &g_array_index (vector, Feature, f);

      feature->weight = (float) (feature->weight * idf[feature->feature]);
      norm += (double) feature->weight * feature->weight;
    }
  return (float) sqrt (norm);
}

/* Passages a worker takes at a time while they are analysed. */
#define ANALYSIS_CHUNK 32

/* Passages analysed before their ids are given (32 reports of 2,000
 * words have 2,770), and their words: what a block holds while it is
 * analysed is some hundreds of bytes a word, so a block of very long
 * passages (sentences of hundreds of figures) is cut by its words too. */
#define ANALYSIS_BLOCK 1024
#define ANALYSIS_BLOCK_TOKENS 65536

typedef struct
{
  PxSimilarity *self;
  const PxPassage *passages;
  guint offset;              /* the first passage of the block analysed */
  Ids *workers;              /* per worker: its ids while it analyses a passage */
  GArray **keys;             /* per passage: what its own ids stand for */
  guint **maps;              /* per passage: its ids' ids in the comparison */
} Analysis;

static void
furniture_cb (guint    i,
              guint    worker,
              gpointer user_data)
{
  Analysis *analysis = user_data;
  const PxPassage *in = &analysis->passages[i];

  analysis->self->passages[i].furniture
    = in->n_sentences == 1 && _px_sentence_is_furniture (in->document, px_document_sentence (in->document, in->first));
}

static guint
passage_tokens (const PxPassage *in)
{
  guint n_tokens = 0;

  for (guint s = in->first; s < in->first + in->n_sentences; s++)
    n_tokens += px_document_sentence (in->document, s)->n_tokens;
  return n_tokens;
}

/* The room a passage of @n_tokens tokens is given for what its words
 * give, so that the arrays are not grown a word at a time: on the scale
 * benchmark's reports a token gives on average 0.6 words, 4.1 features
 * with their concepts, 3.4 concepts, 1.2 kinds, 5 trigrams and 2.7
 * questions for ids; the arrays kept are given no more than that, so that
 * the passages take no more memory while they are analysed. Reserved by
 * analyse_passage_cb(), given back by pack_passage().
 */
typedef struct
{
  guint keys;
  guint words;
  guint expanded;
  guint concepts;
  guint kinds;
  guint lexical;
  guint tokens;
  guint trigrams;
} Room;

static Room
passage_room (guint n_tokens)
{
  return (Room) {
    .keys = 3 * n_tokens,
    .words = n_tokens,
    .expanded = 4 * n_tokens,
    .concepts = 4 * n_tokens,
    .kinds = n_tokens,
    .lexical = n_tokens / 2,
    .tokens = n_tokens,
    .trigrams = 6 * n_tokens,
  };
}

/* Analyses passage @i, its questions for ids noted (Ids). */
static void
analyse_passage_cb (guint    item,
                    guint    worker,
                    gpointer user_data)
{
  Analysis *analysis = user_data;
  guint i = analysis->offset + item;
  Passage *passage = &analysis->self->passages[i];
  const PxPassage *in = &analysis->passages[i];
  Ids *ids = &analysis->workers[worker];
  Room room = passage_room (passage_tokens (in));

  ids->keys = analysis->keys[i] = g_array_sized_new (FALSE, FALSE, sizeof (IdKey), room.keys);
  passage->words = g_array_sized_new (FALSE, FALSE, sizeof (Feature), room.words);
  passage->expanded = g_array_sized_new (FALSE, FALSE, sizeof (Feature), room.expanded);
  passage->concepts = g_array_sized_new (FALSE, FALSE, sizeof (guint32), room.concepts);
  passage->kinds = g_array_sized_new (FALSE, FALSE, sizeof (guint32), room.kinds);
  passage->predicates = g_array_new (FALSE, FALSE, sizeof (Predicate));
  passage->lexical = g_array_sized_new (FALSE, FALSE, sizeof (Word), room.lexical);
  passage->names = g_array_new (FALSE, FALSE, sizeof (guint));
  passage->numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  passage->dimensions = g_array_new (FALSE, FALSE, sizeof (int));
  passage->quoted = g_array_new (FALSE, FALSE, sizeof (guint));
  passage->tokens = g_array_sized_new (FALSE, FALSE, sizeof (guint32), room.tokens);
  passage->token_pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  passage->trigrams = g_array_sized_new (FALSE, FALSE, sizeof (guint32), room.trigrams);
  for (guint s = in->first; s < in->first + in->n_sentences; s++)
    analyse_sentence (analysis->self, passage, in->document, px_document_sentence (in->document, s), ids);
  ids->keys = NULL;
}

/* Every id a passage holds, its own made the comparison's (@map). A
 * field of Passage that holds ids must be here. */
static void
passage_map_ids (Passage     *passage,
                 const guint *map)
{
  for (guint f = 0; f < passage->words->len; f++)
    g_array_index (passage->words, Feature, f).feature = map[g_array_index (passage->words, Feature, f).feature];
  for (guint f = 0; f < passage->expanded->len; f++)
    g_array_index (passage->expanded, Feature, f).feature = map[g_array_index (passage->expanded, Feature, f).feature];
  for (guint w = 0; w < passage->lexical->len; w++)
    g_array_index (passage->lexical, Word, w).feature = map[g_array_index (passage->lexical, Word, w).feature];
  for (guint p = 0; p < passage->predicates->len; p++)
    g_array_index (passage->predicates, Predicate, p).feature
      = map[g_array_index (passage->predicates, Predicate, p).feature];
  for (guint n = 0; n < passage->names->len; n++)
    g_array_index (passage->names, guint, n) = map[g_array_index (passage->names, guint, n)];
  for (guint n = 0; n < passage->numbers->len; n++)
    g_array_index (passage->numbers, guint, n) = map[g_array_index (passage->numbers, guint, n)];
  for (guint q = 0; q < passage->quoted->len; q++)
    g_array_index (passage->quoted, guint, q) = map[g_array_index (passage->quoted, guint, q)];
}

/* The arrays of a finished passage, which nothing grows any more, copied
 * into one block of exactly their elements, each behind a GArray's public
 * fields (read with g_array_index() and len, as every reader does; the
 * block given back whole by passage_clear()). The room reserved by the
 * word (analyse_passage_cb()) and GArray's powers of two held for every
 * passage at once were most of the aligner's memory where every sentence
 * is like many others (docs/benchmarks.md, perf37 and mem39). */
static gsize
round_up_8 (gsize bytes)
{
  return (bytes + 7) & ~(gsize) 7;
}

static void
pack_passage (Passage *passage)
{
  GArray **arrays[] = { &passage->words, &passage->expanded, &passage->concepts, &passage->kinds,
                        &passage->predicates, &passage->lexical, &passage->names, &passage->numbers,
                        &passage->dimensions, &passage->quoted, &passage->tokens, &passage->token_pairs,
                        &passage->trigrams };
  /* the sizes analyse_passage_cb() made them with */
  static const gsize sizes[] = { sizeof (Feature), sizeof (Feature), sizeof (guint32), sizeof (guint32),
                                 sizeof (Predicate), sizeof (Word), sizeof (guint), sizeof (guint),
                                 sizeof (int), sizeof (guint), sizeof (guint32), sizeof (guint64),
                                 sizeof (guint32) };
  gsize bytes = 0;
  char *at;

  G_STATIC_ASSERT (G_N_ELEMENTS (arrays) == G_N_ELEMENTS (sizes));
  /* each array's elements start at a multiple of 8 bytes, aligned for any of them */
  G_STATIC_ASSERT (sizeof (GArray) % sizeof (guint64) == 0);
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    bytes += sizeof (GArray) + round_up_8 ((*arrays[a])->len * sizes[a]);
  at = passage->packed = g_malloc (bytes);
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      GArray *array = *arrays[a];
      GArray *fixed = (GArray *) at;
      gsize size = array->len * sizes[a];

      fixed->data = at + sizeof (GArray);
      fixed->len = array->len;
      /* an empty array may have no data */
      if (size > 0)
        memcpy (fixed->data, array->data, size);
      at += sizeof (GArray) + round_up_8 (size);
      g_array_unref (array);
      *arrays[a] = fixed;
    }
}

/* Its features sorted and merged, its sets made sorted and unique, and
 * packed. */
static void
finish_passage (Passage *passage)
{
  passage->words = merge_features (passage->words);
  passage->expanded = merge_features (passage->expanded);
  sort_unique_uints (passage->concepts);
  sort_unique_uints (passage->kinds);
  bloom_fill (passage->concept_bits, passage->concepts);
  bloom_fill (passage->kind_bits, passage->kinds);
  sort_unique_uints (passage->names);
  g_array_sort (passage->lexical, compare_uints);
  g_array_set_size (passage->token_pairs, passage->tokens->len > 0 ? passage->tokens->len - 1 : 0);
  for (guint w = 1; w < passage->tokens->len; w++)
    g_array_index (passage->token_pairs, guint64, w - 1)
      = (guint64) g_array_index (passage->tokens, guint32, w - 1) << 32 | g_array_index (passage->tokens, guint32, w);
  sort_unique_uint64s (passage->token_pairs);
  sort_unique_uints (passage->tokens);
  sort_unique_uints (passage->trigrams);
  pack_passage (passage);
}

/* Its ids made the comparison's, then finished at once, while the next
 * block of passages is yet to be analysed: a long input's passages are
 * never all held as they were analysed. */
static void
map_ids_cb (guint    item,
            guint    worker,
            gpointer user_data)
{
  Analysis *analysis = user_data;
  guint i = analysis->offset + item;

  passage_map_ids (&analysis->self->passages[i], analysis->maps[i]);
  g_clear_pointer (&analysis->maps[i], g_free);
  finish_passage (&analysis->self->passages[i]);
}

/* Per feature, the passages whose words (not their WordNet concepts)
 * have it, furniture left out; and the sources. */
static void
rare_words_init (PxSimilarity *self)
{
  self->word_df = g_new0 (guint, MAX (self->n_features, 1));
  for (guint i = 0; i < self->n_passages; i++)
    {
      const Passage *passage = &self->passages[i];

      self->n_sources = MAX (self->n_sources, passage->source + 1);
      if (passage->furniture)
        continue;
      for (guint f = 0; f < passage->words->len; f++)
        self->word_df[g_array_index (passage->words, Feature, f).feature]++;
    }
}

/* Whether @feature is a word at most @limit passages have. */
static inline gboolean
is_rare_word (const PxSimilarity *self,
              guint               feature,
              guint               limit)
{
  return self->word_df[feature] > 0 && self->word_df[feature] <= limit;
}

/* The rare features (RARE_WORD_DF) of two sorted arrays of features in
 * common. */
static guint
count_rare_in_common (const PxSimilarity *self,
                      const GArray       *a,
                      const GArray       *b)
{
  guint limit = MAX (RARE_WORD_DF, self->n_sources / 2);
  guint i = 0, j = 0, shared = 0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      if (x == y)
        {
          shared += is_rare_word (self, x, limit);
          i++, j++;
        }
      else if (x < y)
        i++;
      else
        j++;
    }
  return shared;
}

/* The rare names (not the speaker's) and figures @a and @b both have. */
static guint
count_rare_shared (const PxSimilarity *self,
                   const Passage      *a,
                   const Passage      *b)
{
  guint limit = MAX (RARE_WORD_DF, self->n_sources / 2);
  guint shared = count_rare_in_common (self, a->names, b->names);

  /* a few figures a sentence, in the order written */
  for (guint x = 0; x < a->numbers->len; x++)
    {
      guint figure = g_array_index (a->numbers, guint, x);

      if (!is_rare_word (self, figure, limit))
        continue;
      for (guint y = 0; y < b->numbers->len; y++)
        if (g_array_index (b->numbers, guint, y) == figure)
          {
            shared++;
            break;
          }
    }
  return shared;
}

PxSimilarity *
_px_similarity_new (const PxPassage *passages,
                    guint            n_passages)
{
  PxSimilarity *self = g_new0 (PxSimilarity, 1);
  Ids ids = { 0, };
  guint *df;
  double *idf;
  guint workers = px_parallel_workers_for (n_passages, SCORE_MIN_PASSAGES_PER_WORKER);
  guint end;
  Analysis analysis = { self, passages, 0, g_new0 (Ids, workers), g_new0 (GArray *, MAX (n_passages, 1)),
                        g_new0 (guint *, MAX (n_passages, 1)) };

  self->n_passages = n_passages;
  self->articles = g_array_new (FALSE, FALSE, sizeof (Article));
  self->passages = g_new0 (Passage, n_passages);
  self->lexemes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  ids.words = g_hash_table_new (g_str_hash, g_str_equal);
  concept_ids_init (&ids.concepts, 64);
  ids.chunk = g_string_chunk_new (4096);
  for (guint w = 0; w < workers; w++)
    {
      analysis.workers[w].chunk = g_string_chunk_new (4096);
      analysis.workers[w].lexemes = px_lexicon_cache_new ();
      g_ptr_array_add (self->lexemes, analysis.workers[w].lexemes);
    }

  for (guint i = 0; i < n_passages; i++)
    self->n_sources = MAX (self->n_sources, passages[i].source + 1);
  for (guint i = 0; i < n_passages; i++)
    {
      Passage *passage = &self->passages[i];
      const PxPassage *in = &passages[i];

      passage->source = in->source;
      passage->position = in->first == 0 && in->n_sentences == in->document->sentences->len ? -1 : (int) in->first;
      if (i == 0 || in->document != passages[i - 1].document)
        {
          Article article = article_anchors (in->document, many_reports (self));

          g_array_append_val (self->articles, article);
        }
      passage->article = self->articles->len - 1;
    }
  /* on several threads: whether each passage is furniture, and its words
   * with its questions for ids; then, in the passages' order, the
   * comparison's ids, given to the passages on several threads (a block of
   * passages at a time, so that the questions of a very long input are not
   * all held at once), each passage finished (its features sorted) as
   * soon as it has them */
  px_parallel_for (n_passages, workers, ANALYSIS_CHUNK, furniture_cb, &analysis, NULL);
  for (analysis.offset = 0; analysis.offset < n_passages; analysis.offset = end)
    {
      guint n_tokens = 0;

      end = analysis.offset;
      while (end < n_passages && end - analysis.offset < ANALYSIS_BLOCK
             && (end == analysis.offset || n_tokens < ANALYSIS_BLOCK_TOKENS))
        n_tokens += passage_tokens (&passages[end++]);
      px_parallel_for (end - analysis.offset, workers, ANALYSIS_CHUNK, analyse_passage_cb, &analysis, NULL);
      for (guint i = analysis.offset; i < end; i++)
        {
          analysis.maps[i] = ids_resolve (&ids, analysis.keys[i]);
          g_clear_pointer (&analysis.keys[i], g_array_unref);
        }
      px_parallel_for (end - analysis.offset, workers, ANALYSIS_CHUNK, map_ids_cb, &analysis, NULL);
    }
  for (guint w = 0; w < workers; w++)
    g_string_chunk_free (analysis.workers[w].chunk);
  g_free (analysis.workers);
  g_free (analysis.keys);
  g_free (analysis.maps);

  self->n_features = ids.next;
  df = g_new0 (guint, self->n_features + 1);
  idf = g_new (double, self->n_features + 1);
  for (guint i = 0; i < n_passages; i++)
    for (guint f = 0; f < self->passages[i].expanded->len; f++)
      df[g_array_index (self->passages[i].expanded, Feature, f).feature]++;
  for (guint f = 0; f < self->n_features; f++)
    idf[f] = log (1.0 + (double) n_passages / MAX (df[f], 1));
  for (guint i = 0; i < n_passages; i++)
    {
      self->passages[i].norm = weigh (self->passages[i].words, idf);
      self->passages[i].expanded_norm = weigh (self->passages[i].expanded, idf);
      for (guint w = 0; w < self->passages[i].lexical->len; w++)
        {
          Word *word = &g_array_index (self->passages[i].lexical, Word, w);

          word->weight = word_weight (&self->passages[i], word->feature);
        }
    }

  rare_words_init (self);

  g_free (df);
  g_free (idf);
  g_hash_table_unref (ids.words);
  concept_ids_clear (&ids.concepts);
  g_string_chunk_free (ids.chunk);
  return self;
}

void
_px_similarity_free (PxSimilarity *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_passages; i++)
    passage_clear (&self->passages[i]);
  g_free (self->passages);
  g_free (self->word_df);
  for (guint a = 0; a < self->articles->len; a++)
    {
      g_array_unref (g_array_index (self->articles, Article, a).days);
      g_hash_table_unref (g_array_index (self->articles, Article, a).people);
    }
  g_array_unref (self->articles);
  g_ptr_array_unref (self->lexemes);
  g_clear_pointer (&self->leads, g_array_unref);
  g_free (self->lead_only);
  g_free (self);
}

gboolean
_px_similarity_is_furniture (PxSimilarity *self,
                             guint         i)
{
  g_return_val_if_fail (i < self->n_passages, FALSE);

  return self->passages[i].furniture;
}

char *
_px_similarity_describe (PxSimilarity *self,
                         guint         i)
{
  GString *out = g_string_new (NULL);
  const Passage *passage;

  g_return_val_if_fail (i < self->n_passages, NULL);

  passage = &self->passages[i];
  g_string_append_printf (out, "%d", passage->furniture);
  for (guint f = 0; f < passage->words->len; f++)
    {
      const Feature *feature = &g_array_index (passage->words, Feature, f);

      g_string_append_printf (out, " %u:%.4f", feature->feature, feature->weight);
    }
  return g_string_free (out, FALSE);
}

/* Whether @feature is the word of one of the passage's predicates: such a
 * word reads as the predicate, whatever else it is. */
static gboolean
is_predicate_word (const Passage *passage,
                   guint          feature)
{
  for (guint p = 0; p < passage->predicates->len; p++)
    if (g_array_index (passage->predicates, Predicate, p).feature == feature)
      return TRUE;
  return FALSE;
}

char *
_px_similarity_describe_words (PxSimilarity *self,
                               guint         i)
{
  GString *out = g_string_new (NULL);
  const Passage *passage;

  g_return_val_if_fail (i < self->n_passages, NULL);

  passage = &self->passages[i];
  for (guint w = 0; w < passage->lexical->len; w++)
    {
      const Word *word = &g_array_index (passage->lexical, Word, w);
      char kind = is_predicate_word (passage, word->feature) ? 'p'
                  : word->is_name ? 'n' : word->lexeme == NULL ? 'o' : 'w';

      g_string_append_printf (out, "%s%s|%c|%u|%.4f", w > 0 ? " " : "", word->norm, kind, word->feature,
                              word_weight (passage, word->feature));
    }
  return g_string_free (out, FALSE);
}

guint *
_px_similarity_word_ids (PxSimilarity *self,
                         guint         i,
                         guint        *n_words)
{
  const Passage *passage;
  guint *ids;
  guint n = 0;

  g_return_val_if_fail (i < self->n_passages, NULL);
  g_return_val_if_fail (n_words != NULL, NULL);

  passage = &self->passages[i];
  ids = g_new (guint, MAX (passage->lexical->len, 1));
  /* lexical is sorted by feature; a word written twice is listed twice */
  for (guint w = 0; w < passage->lexical->len; w++)
    {
      guint feature = g_array_index (passage->lexical, Word, w).feature;

      if (n == 0 || ids[n - 1] != feature)
        ids[n++] = feature;
    }
  *n_words = n;
  return ids;
}

guint *
_px_similarity_name_ids (PxSimilarity *self,
                         guint         i,
                         guint        *n_names)
{
  const Passage *passage;
  guint *ids;
  guint n = 0;

  g_return_val_if_fail (i < self->n_passages, NULL);
  g_return_val_if_fail (n_names != NULL, NULL);

  passage = &self->passages[i];
  ids = g_new (guint, MAX (passage->lexical->len, 1));
  /* lexical is sorted by feature; a name that is also a predicate's word
   * reads as the predicate (as in _px_similarity_describe_words()) */
  for (guint w = 0; w < passage->lexical->len; w++)
    {
      const Word *word = &g_array_index (passage->lexical, Word, w);

      if (word->is_name && !(n > 0 && ids[n - 1] == word->feature) && !is_predicate_word (passage, word->feature))
        ids[n++] = word->feature;
    }
  *n_names = n;
  return ids;
}

/* Candidates ----------------------------------------------------------- */

typedef struct
{
  guint *first;              /* feature -> its first posting; n_features + 1 */
  Posting *postings;         /* feature after feature, each in passage order; none for a feature in
                              * more than max_postings passages, which no search reads */
  guint max_postings;
  double gate;
  double full_gate;          /* the gate of a story of many reports: @gate is lower in one of few */
  guint rare_link;           /* a pair sharing a word at most this many passages have is a
                              * candidate whatever its cosine; 0: none */
  guint low_cap;             /* MAX_LOW_CANDIDATES_PER_SOURCE, or the setting few_low_cap */
  gboolean by_source;        /* the passages come source after source */
  guint *last_of_source;     /* then, per passage: the last passage of its source */
  GArray *leads;             /* PxSimilarity.leads */
  gboolean leads_sharing;    /* the setting few_top_sharing: two leads are candidates only when
                              * they share a feature */
} Candidates;

/* In a story of at most "few_sources" reports, the first "few_top"
 * sentences of each article (furniture and sentences without a content
 * word skipped) are candidates of each other whatever they share:
 * outlets lead with the same news, in other words (on the development
 * keys 76% of headline pairs and 64% of lede pairs are pairs of one
 * claim). Marks them in Passage.lead, lists them in PxSimilarity.leads
 * and tells, of each two, whether only their places make them a
 * candidate; once a similarity, before any thread reads them. At most
 * eight an article, so the pairs told are few whatever the input. */
static gboolean lead_only_of (PxSimilarity *self,
                              guint         i,
                              guint         j);

static void
lead_passages (PxSimilarity *self)
{
  guint n = 0, article = G_MAXUINT, rank = 0, n_leads;

  if (self->leads != NULL)
    return;
  self->leads = g_array_new (FALSE, FALSE, sizeof (guint));
  if (self->n_sources <= _px_similarity_setting ("few_sources", 0))
    n = (guint) CLAMP (_px_similarity_setting ("few_top", FEW_TOP_SENTENCES), 0, 8);
  for (guint i = 0; n > 0 && i < self->n_passages; i++)
    {
      Passage *passage = &self->passages[i];

      if (passage->article != article)
        {
          article = passage->article;
          rank = 0;
        }
      if (passage->furniture || passage->position < 0 || passage->n_content == 0 || rank >= n)
        continue;
      rank++;
      g_array_append_val (self->leads, i);
      passage->lead = self->leads->len;
    }
  n_leads = self->leads->len;
  self->lead_only = g_new0 (guint8, MAX (n_leads * n_leads, 1));
  for (guint x = 0; x < n_leads; x++)
    for (guint y = x + 1; y < n_leads; y++)
      {
        guint i = g_array_index (self->leads, guint, x), j = g_array_index (self->leads, guint, y);

        self->lead_only[x * n_leads + y] = self->lead_only[y * n_leads + x] = lead_only_of (self, i, j);
      }
}

static void
candidates_init (PxSimilarity *self,
                 Candidates   *candidates)
{
  guint *counts;             /* per feature: its passages, then where its next posting goes */
  guint total = 0;

  candidates->gate = _px_similarity_setting ("gate", 0.05);
  candidates->full_gate = candidates->gate;
  /* a story of few reports (the setting few_sources, as px_align() has
   * it) may have a lower gate of its own: a claim of three reports has at
   * most three pairs to show it, and real three-outlet coverage tells one
   * fact in words that share less than the gate asks (the keys' pairs of
   * one claim below it are a third of them); the pairs are few, so the
   * cost is small where the gate's speed matters, in stories of many */
  if (self->n_sources <= _px_similarity_setting ("few_sources", 0))
    candidates->gate = _px_similarity_setting ("few_gate", candidates->gate);
  candidates->rare_link = (guint) _px_similarity_setting ("rare_link", 0);
  lead_passages (self);
  candidates->leads = self->leads;
  candidates->leads_sharing = _px_similarity_setting ("few_top_sharing", 0) != 0;
  candidates->low_cap = (guint) CLAMP (_px_similarity_setting ("few_low_cap", MAX_LOW_CANDIDATES_PER_SOURCE), 0,
                                       MAX_CANDIDATES_PER_SOURCE);
  candidates->max_postings = MAX (MAX_POSTINGS_PER_SOURCE * self->n_sources, MIN_MAX_POSTINGS);
  candidates->by_source = TRUE;
  candidates->last_of_source = g_new (guint, MAX (self->n_passages, 1));
  for (guint i = self->n_passages; i-- > 0;)
    {
      gboolean same = i + 1 < self->n_passages && self->passages[i + 1].source == self->passages[i].source;

      candidates->last_of_source[i] = same ? candidates->last_of_source[i + 1] : i;
      if (i + 1 < self->n_passages && self->passages[i + 1].source < self->passages[i].source)
        candidates->by_source = FALSE;
    }

  /* counted first, so that the postings take one block of their exact size
   * and a word too common to search takes none */
  counts = g_new0 (guint, self->n_features + 1);
  for (guint i = 0; i < self->n_passages; i++)
    if (!self->passages[i].furniture)
      for (guint f = 0; f < self->passages[i].expanded->len; f++)
        counts[g_array_index (self->passages[i].expanded, Feature, f).feature]++;
  candidates->first = g_new (guint, self->n_features + 1);
  for (guint f = 0; f < self->n_features; f++)
    {
      candidates->first[f] = total;
      if (counts[f] <= candidates->max_postings)
        total += counts[f];
      counts[f] = candidates->first[f];
    }
  candidates->first[self->n_features] = total;
  candidates->postings = g_new (Posting, MAX (total, 1));

  for (guint i = 0; i < self->n_passages; i++)
    {
      const Passage *passage = &self->passages[i];

      if (passage->furniture)
        continue;
      for (guint f = 0; f < passage->expanded->len; f++)
        {
          const Feature *feature = &g_array_index (passage->expanded, Feature, f);
          Posting posting = { i, feature->weight };

          if (counts[feature->feature] < candidates->first[feature->feature + 1])
            candidates->postings[counts[feature->feature]++] = posting;
        }
    }
  g_free (counts);
}

static void
candidates_clear (PxSimilarity *self,
                  Candidates   *candidates)
{
  g_clear_pointer (&candidates->first, g_free);
  g_clear_pointer (&candidates->postings, g_free);
  g_clear_pointer (&candidates->last_of_source, g_free);
  candidates->leads = NULL;
}

/* The first of @postings[@lo..@hi) (in passage order) of a passage after @i. */
static guint
postings_after (const Posting *postings,
                guint          lo,
                guint          hi,
                guint          i)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (postings[mid].passage <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether sharing @feature makes two passages candidates whatever their
 * cosine: a word few passages have (the setting rare_link) is a claim's own
 * ("Pellis", "5.8"), and a claim is often told in other words around it. */
static inline gboolean
links_rare (const PxSimilarity *self,
            const Candidates   *candidates,
            guint               feature)
{
  return candidates->rare_link > 0 && is_rare_word (self, feature, candidates->rare_link);
}

/* Marks the passages after @after, of another source than @source, that
 * have the rare @feature: their dot is raised past any gate (RARE_MARK);
 * they were touched by the loop over @feature's postings already. */
#define RARE_MARK 1e12

static void
mark_rare_links (const Candidates   *candidates,
                 guint               feature,
                 guint               after,
                 guint               source,
                 const PxSimilarity *self,
                 double             *dots)
{
  guint end = candidates->first[feature + 1];

  for (guint p = postings_after (candidates->postings, candidates->first[feature], end, after); p < end; p++)
    {
      guint j = candidates->postings[p].passage;

      if (self->passages[j].source != source && dots[j] < RARE_MARK)
        dots[j] += RARE_MARK;
    }
}

/* Candidates given to be scored, and passed over by the cap, since the
 * process started, whatever runs together: what
 * _px_similarity_candidates_offered() and _px_similarity_candidates_capped()
 * tell the tests. */
static gsize candidates_offered;
static gsize candidates_capped;
static gsize pairs_capped;        /* scored pairs dropped by MAX_PAIRS_PER_PASSAGE */

gsize
_px_similarity_pairs_capped (void)
{
  return g_atomic_pointer_get (&pairs_capped);
}

gsize
_px_similarity_candidates_offered (void)
{
  return g_atomic_pointer_get (&candidates_offered);
}

gsize
_px_similarity_candidates_capped (void)
{
  return g_atomic_pointer_get (&candidates_capped);
}

typedef struct
{
  guint source;
  guint order;               /* in @touched */
  double similarity;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->source != y->source)
    return (x->source > y->source) - (x->source < y->source);
  if (x->similarity != y->similarity)
    return x->similarity < y->similarity ? 1 : -1;
  return (x->order > y->order) - (x->order < y->order);
}

/* Of @touched[0..@n) (each with -1 - its similarity in @dots, 0 for one
 * a cap took already), leaves at most @cap of each source marked among
 * those under @below, the best (by cosine; the first met among equals):
 * the others' slots are set to 0; returns how many were. */
static guint
keep_best_of_each_source (PxSimilarity *self,
                          const guint  *touched,
                          guint         n,
                          double        below,
                          guint         cap,
                          double       *dots)
{
  g_autofree Ranked *ranked = g_new (Ranked, n);
  guint capped = 0, n_ranked = 0;

  for (guint t = 0; t < n; t++)
    {
      double similarity = -1 - dots[touched[t]];

      if (dots[touched[t]] == 0 || similarity >= below)
        continue;
      ranked[n_ranked].source = self->passages[touched[t]].source;
      ranked[n_ranked].order = t;
      ranked[n_ranked].similarity = similarity;
      n_ranked++;
    }
  qsort (ranked, n_ranked, sizeof (Ranked), compare_ranked);
  for (guint r = 0, run = 0; r < n_ranked; r++)
    {
      run = r > 0 && ranked[r].source == ranked[r - 1].source ? run + 1 : 0;
      if (run >= cap)
        {
          dots[touched[ranked[r].order]] = 0;
          capped++;
        }
    }
  return capped;
}

/* Whether more than @cap of @touched[0..@n) (those not taken by a cap
 * already: a nonzero slot in @dots) are of one source: only then has
 * keep_best_of_each_source() anything to pass over, and its sort is
 * spared where every source has copies of a sentence but none has many. */
static gboolean
a_source_past (const PxSimilarity *self,
               const guint        *touched,
               guint               n,
               const double       *dots,
               guint               cap)
{
  guint counts[64] = { 0 };

  if (self->n_sources > G_N_ELEMENTS (counts))
    return TRUE;
  for (guint t = 0; t < n; t++)
    if (dots[touched[t]] != 0 && ++counts[self->passages[touched[t]].source] > cap)
      return TRUE;
  return FALSE;
}

/* Calls @func for each candidate j > i of passage @i, in the order its
 * features first meet them. @dots and @touched are scratch space of one
 * slot per passage; @dots is all zeros before and after.
 */
static void
candidates_of (PxSimilarity     *self,
               const Candidates *candidates,
               guint             i,
               double           *dots,
               guint            *touched,
               PxCandidateFunc   func,
               gpointer          user_data)
{
  const Passage *passage = &self->passages[i];
  const Posting *postings = candidates->postings;
  gboolean by_source = candidates->by_source;
  guint n_touched = 0;
  guint n_passed = 0; /* the candidates past the gate, in the order their features met them */
  guint n_low = 0;    /* of them, those under the gate of a story of many reports */
  guint n_capped = 0;
  /* source after source, the passages after the last of its own source
   * are all of other sources */
  guint after = by_source ? candidates->last_of_source[i] : i;

  if (passage->furniture)
    return;

  for (guint f = 0; f < passage->expanded->len; f++)
    {
      const Feature *feature = &g_array_index (passage->expanded, Feature, f);
      guint end = candidates->first[feature->feature + 1];
      guint p = postings_after (postings, candidates->first[feature->feature], end, after);
      double weight = feature->weight;

      /* none for a word in too many passages (MAX_POSTINGS_PER_SOURCE);
       * source after source, every posting after @after is of another
       * source, and the innermost loop asks nothing of it */
      if (by_source)
        for (; p < end; p++)
          {
            guint j = postings[p].passage;

            if (dots[j] == 0)
              touched[n_touched++] = j;
            dots[j] += weight * postings[p].weight;
          }
      else
        for (; p < end; p++)
          {
            guint j = postings[p].passage;

            if (self->passages[j].source == passage->source)
              continue;
            if (dots[j] == 0)
              touched[n_touched++] = j;
            dots[j] += weight * postings[p].weight;
          }
      if (links_rare (self, candidates, feature->feature))
        mark_rare_links (candidates, feature->feature, after, passage->source, self, dots);
    }
  /* the leads of a story of few reports (lead_passages()): at most
   * "few_top" a report, so a few pairs a story */
  if (passage->lead > 0)
    for (guint t = 0; t < candidates->leads->len; t++)
      {
        guint j = g_array_index (candidates->leads, guint, t);

        if (j <= after || self->passages[j].source == passage->source
            || (dots[j] == 0 && candidates->leads_sharing))
          continue;
        if (dots[j] == 0)
          touched[n_touched++] = j;
        if (dots[j] < RARE_MARK)
          dots[j] += RARE_MARK;
      }

  for (guint t = 0; t < n_touched; t++)
    {
      guint j = touched[t];
      double similarity = dots[j] / ((double) passage->expanded_norm * self->passages[j].expanded_norm);

      dots[j] = 0;
      if (similarity >= candidates->gate)
        {
          touched[n_passed] = j;
          /* dots[] is all zeros again once the pass is over; the
           * similarity waits in its slot meanwhile */
          dots[j] = -1 - similarity;
          n_passed++;
          n_low += similarity < candidates->full_gate;
        }
    }
  /* a story of few reports: only the best few of one other source under
   * the gate of many reports */
  if (n_low > candidates->low_cap)
    n_capped = keep_best_of_each_source (self, touched, n_passed, candidates->full_gate,
                                         candidates->low_cap, dots);
  /* more than MAX_CANDIDATES_PER_SOURCE of one other source: only its best
   * are scored (by cosine; the first met among equals) */
  if (n_passed - n_capped > MAX_CANDIDATES_PER_SOURCE
      && a_source_past (self, touched, n_passed, dots, MAX_CANDIDATES_PER_SOURCE))
    {
      guint capped = keep_best_of_each_source (self, touched, n_passed, G_MAXDOUBLE, MAX_CANDIDATES_PER_SOURCE, dots);

      g_atomic_pointer_add (&candidates_capped, capped);
      n_capped += capped;
    }
  for (guint t = 0; t < n_passed; t++)
    {
      guint j = touched[t];

      if (dots[j] < 0)
        func (i, j, user_data);
      dots[j] = 0;
    }
  g_atomic_pointer_add (&candidates_offered, n_passed - n_capped);
}

void
_px_similarity_foreach_candidate (PxSimilarity   *self,
                                  PxCandidateFunc func,
                                  gpointer        user_data,
                                  GCancellable   *cancellable)
{
  Candidates candidates;
  g_autofree double *dots = g_new0 (double, self->n_passages);
  g_autofree guint *touched = g_new (guint, self->n_passages);

  candidates_init (self, &candidates);
  for (guint i = 0; i < self->n_passages; i++)
    {
      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      candidates_of (self, &candidates, i, dots, touched, func, user_data);
    }
  candidates_clear (self, &candidates);
}

/* Passages a chunk of the scoring holds: few enough that the last chunks
 * keep both cores busy, enough that handing them out costs nothing.
 */
#define SCORE_CHUNK 16

/* A pair kept: the other passage, j > i, whether it is at the edge, and
 * its probability. */
typedef struct
{
  guint other : 31;
  guint edge : 1;
  float probability;
} Kept;

/* Kept.other's 31 bits */
#define MAX_PASSAGES_SCORED (1u << 31)

struct _PxScoredPairs
{
  guint n_passages;
  guint *start;              /* per passage i: its first pair in its chunk's array; n_passages + 1 */
  GArray **kept;             /* Kept, per chunk of SCORE_CHUNK passages, each passage's sorted by
                              * other: a block of exactly its pairs behind a GArray's public
                              * fields (fixed_kept()), given back with g_free() */
  guint n_chunks;
  GArray *edges;             /* PxScoredPair at the edge or above: NULL until asked for */
};

/* Passages scored alike ------------------------------------------------- */

/* Two passages are scored alike when everything _px_similarity_features()
 * and _px_similarity_probability() read of them but their article is the
 * same: their analysed arrays, norms, speaker, place and length. A pair's
 * probability is then a function of the two passages' first alike (its
 * twin) and of how far apart their articles are dated, and a pair of
 * sentences that other sources print word for word (wire copy, or
 * hostile input where every source is one text) is scored once for all
 * its copies. Furniture (scored 0 at once) and the leads of a story of few
 * reports (whose pairs read their places) are never twins. */

static gboolean
same_array (const GArray *a,
            const GArray *b,
            gsize         element)
{
  return a->len == b->len && (a->len == 0 || memcmp (a->data, b->data, a->len * element) == 0);
}

/* the analysis keeps a lexicon cache per thread: one word's lexeme may be
 * two copies of one entry */
static gboolean
same_lexeme (const PxLexeme *a,
             const PxLexeme *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->n_synonyms != b->n_synonyms || a->n_hypernyms != b->n_hypernyms)
    return FALSE;
  return memcmp (a->synonyms, b->synonyms, a->n_synonyms * sizeof (guint32)) == 0
         && memcmp (a->hypernyms, b->hypernyms, a->n_hypernyms * sizeof (guint32)) == 0;
}

static gboolean
same_keys (const GPtrArray *a,
           const GPtrArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->len != b->len)
    return FALSE;
  for (guint k = 0; k < a->len; k++)
    if (!g_str_equal (g_ptr_array_index (a, k), g_ptr_array_index (b, k)))
      return FALSE;
  return TRUE;
}

static gboolean
scored_alike (const Passage *a,
              const Passage *b)
{
  if (!same_keys (a->places, b->places) || !same_keys (a->people, b->people))
    return FALSE;
  if (a->position != b->position || a->n_content != b->n_content || a->norm != b->norm
      || a->expanded_norm != b->expanded_norm || g_strcmp0 (a->speaker, b->speaker) != 0
      || !same_array (a->words, b->words, sizeof (Feature)) || !same_array (a->expanded, b->expanded, sizeof (Feature))
      || !same_array (a->concepts, b->concepts, sizeof (guint32)) || !same_array (a->kinds, b->kinds, sizeof (guint32))
      || !same_array (a->names, b->names, sizeof (guint)) || !same_array (a->numbers, b->numbers, sizeof (guint))
      || !same_array (a->dimensions, b->dimensions, sizeof (int)) || !same_array (a->quoted, b->quoted, sizeof (guint))
      || !same_array (a->tokens, b->tokens, sizeof (guint32))
      || !same_array (a->token_pairs, b->token_pairs, sizeof (guint64))
      || !same_array (a->trigrams, b->trigrams, sizeof (guint32))
      || a->predicates->len != b->predicates->len || a->lexical->len != b->lexical->len)
    return FALSE;
  for (guint p = 0; p < a->predicates->len; p++)
    {
      const Predicate *x = &g_array_index (a->predicates, Predicate, p), *y = &g_array_index (b->predicates, Predicate, p);

      if (x->feature != y->feature || !same_lexeme (x->lexeme, y->lexeme))
        return FALSE;
    }
  for (guint w = 0; w < a->lexical->len; w++)
    {
      const Word *x = &g_array_index (a->lexical, Word, w), *y = &g_array_index (b->lexical, Word, w);

      if (x->feature != y->feature || x->is_name != y->is_name || x->weight != y->weight
          || !same_lexeme (x->lexeme, y->lexeme))
        return FALSE;
    }
  return TRUE;
}

static guint
passage_hash (const Passage *passage)
{
  guint hash = (guint) passage->position * 31 + passage->n_content;

  for (guint f = 0; f < passage->words->len; f++)
    hash = hash * 31 + g_array_index (passage->words, Feature, f).feature;
  /* function words too: "the" and "an" */
  for (guint t = 0; t < passage->tokens->len; t++)
    hash = hash * 31 + g_array_index (passage->tokens, guint32, t);
  return hash;
}

/* The most passages of one hash (and its neighbours' overflow) a passage
 * is compared with: past them it is given no twin, so that input made to
 * share one hash costs no more than a bounded look a passage. */
#define TWIN_PROBES 32

/* Per passage, the first passage scored alike when it has one other than
 * itself, else G_MAXUINT; NULL when no passage has. @n_twinned: how many
 * passages are the first of their twins. */
static guint *
scoring_twins (PxSimilarity *self,
               guint        *n_twinned)
{
  gsize n_slots = 2;
  g_autofree guint *slots = NULL;
  guint *twins;
  gboolean any = FALSE;

  *n_twinned = 0;
  while (n_slots < 2 * (gsize) self->n_passages)
    n_slots *= 2;
  slots = g_new (guint, n_slots);
  memset (slots, 0xff, n_slots * sizeof (guint));
  twins = g_new (guint, MAX (self->n_passages, 1));
  for (guint i = 0; i < self->n_passages; i++)
    {
      const Passage *passage = &self->passages[i];
      gsize at;
      guint probes = 0;

      twins[i] = G_MAXUINT;
      if (passage->furniture || passage->lead > 0)
        continue;
      for (at = passage_hash (passage) & (n_slots - 1); slots[at] != G_MAXUINT && probes < TWIN_PROBES;
           at = (at + 1) & (n_slots - 1), probes++)
        if (scored_alike (&self->passages[slots[at]], passage))
          break;
      if (probes == TWIN_PROBES)
        continue;
      if (slots[at] == G_MAXUINT)
        slots[at] = i;
      else
        {
          *n_twinned += twins[slots[at]] == G_MAXUINT;
          twins[slots[at]] = twins[i] = slots[at];
          any = TRUE;
        }
    }
  if (!any)
    g_clear_pointer (&twins, g_free);
  return twins;
}

/* The probabilities of pairs of twins a worker has scored: a slot a pair
 * of twins, the last pair scored there kept; RECALL_SLOTS_PER_TWIN slots
 * for each first of its twins (a sentence meets a few others' copies
 * again and again), between RECALL_MIN_SLOTS and RECALL_MAX_SLOTS, which
 * bounds its memory. */
#define RECALL_SLOTS_PER_TWIN 8
#define RECALL_MIN_SLOTS (1u << 10)
#define RECALL_MAX_SLOTS (1u << 16)

typedef struct
{
  guint a;                   /* twins; G_MAXUINT: an empty slot */
  guint b;
  double apart;              /* their articles' articles_apart() */
  double probability;
} Recalled;

/* Pairs whose probability was a pair of twins' again, since the process
 * started: what _px_similarity_pairs_recalled() tells the tests. */
static gsize pairs_recalled;

gsize
_px_similarity_pairs_recalled (void)
{
  return g_atomic_pointer_get (&pairs_recalled);
}

typedef struct
{
  PxSimilarity *self;
  Candidates *candidates;
  double floor;
  double edge;
  double **dots;             /* per worker */
  guint **touched;           /* per worker */
  GArray **kept;             /* Kept, per worker: the pairs of the chunk it scores */
  guint *twins;              /* scoring_twins() */
  guint recall_slots;        /* a power of two */
  Recalled **recalled;       /* per worker, recall_slots each once a twin is scored */
  PxScoredPairs *pairs;
  GCancellable *cancellable;
} Scoring;

typedef struct
{
  PxSimilarity *self;
  double floor;
  double edge;
  GArray *kept;
  const guint *twins;
  guint recall_slots;
  Recalled **recalled;       /* the worker's */
  gsize n_recalled;
} ScoreInto;

/* Whether @passage names a person @other's article never names. */
static gboolean
names_a_stranger (const PxSimilarity *self,
                  const Passage      *passage,
                  const Passage      *other)
{
  GHashTable *known = g_array_index (self->articles, Article, other->article).people;

  for (guint k = 0; passage->people != NULL && k < passage->people->len; k++)
    if (!g_hash_table_contains (known, g_ptr_array_index (passage->people, k)))
      return TRUE;
  return FALSE;
}

/* Whether each of two sentences of two articles names someone the other
 * article never names. */
static gboolean
strangers (const PxSimilarity *self,
           guint               i,
           guint               j)
{
  const Passage *a = &self->passages[i], *b = &self->passages[j];

  return a->article != b->article && names_a_stranger (self, a, b) && names_a_stranger (self, b, a);
}

/* _px_similarity_probability() of @i and @j, or of their twins again */
static double
pair_probability (ScoreInto *into,
                  guint      i,
                  guint      j)
{
  PxSimilarity *self = into->self;
  guint a, b;
  double apart;
  Recalled *slot;

  if (into->twins == NULL || (into->twins[i] == G_MAXUINT && into->twins[j] == G_MAXUINT))
    return _px_similarity_probability (self, i, j);
  a = into->twins[i] != G_MAXUINT ? into->twins[i] : i;
  b = into->twins[j] != G_MAXUINT ? into->twins[j] : j;
  apart = articles_apart (&g_array_index (self->articles, Article, self->passages[i].article),
                          &g_array_index (self->articles, Article, self->passages[j].article));
  if (strangers (self, i, j))
    apart = -1 - apart;
  if (*into->recalled == NULL)
    {
      *into->recalled = g_new (Recalled, into->recall_slots);
      for (guint s = 0; s < into->recall_slots; s++)
        (*into->recalled)[s].a = G_MAXUINT;
    }
  slot = &(*into->recalled)[((guint) (((guint64) a * 0x9e3779b97f4a7c15u) >> 32) ^ b) & (into->recall_slots - 1)];
  if (slot->a == a && slot->b == b && slot->apart == apart)
    {
      into->n_recalled++;
      return slot->probability;
    }
  slot->a = a;
  slot->b = b;
  slot->apart = apart;
  slot->probability = _px_similarity_probability (self, i, j);
  return slot->probability;
}

static void
score_pair_cb (guint    i,
               guint    j,
               gpointer user_data)
{
  ScoreInto *into = user_data;
  double probability = pair_probability (into, i, j);
  Kept kept = { j, probability >= into->edge, (float) probability };

  if (probability < into->floor)
    return;
  g_array_append_val (into->kept, kept);
}

static int
compare_kept (gconstpointer a,
              gconstpointer b)
{
  guint x = ((const Kept *) a)->other, y = ((const Kept *) b)->other;

  return (x > y) - (x < y);
}

/* best first; the passage first among equals, so the pairs kept are
 * the same whatever order they were scored in */
static int
compare_kept_best (gconstpointer a,
                   gconstpointer b)
{
  const Kept *x = a, *y = b;

  if (x->probability != y->probability)
    return x->probability > y->probability ? -1 : 1;
  return (x->other > y->other) - (x->other < y->other);
}

/* More than MAX_PAIRS_PER_PASSAGE pairs kept of a passage (@kept from
 * @from on): only the best are kept. Leaves the kept pairs sorted by
 * other. */
static void
keep_best_pairs (GArray *kept,
                 guint   from)
{
  Kept *own = &g_array_index (kept, Kept, from);
  guint n = kept->len - from;

  qsort (own, n, sizeof (Kept), compare_kept_best);
  g_array_set_size (kept, from + MAX_PAIRS_PER_PASSAGE);
  own = &g_array_index (kept, Kept, from);
  qsort (own, MAX_PAIRS_PER_PASSAGE, sizeof (Kept), compare_kept);
  g_atomic_pointer_add (&pairs_capped, n - MAX_PAIRS_PER_PASSAGE);
}

/* @kept's pairs copied into one block of exactly them, behind a GArray's
 * public fields: a chunk's pairs are held until the comparison is
 * aligned, and a GArray's room (a power of two) held for every chunk was
 * most of the scoring's memory where every sentence is like many others
 * (docs/benchmarks.md, mem39). */
static GArray *
fixed_kept (const GArray *kept)
{
  gsize bytes = (gsize) kept->len * sizeof (Kept);
  GArray *fixed;

  G_STATIC_ASSERT (sizeof (GArray) % G_ALIGNOF (Kept) == 0);
  fixed = g_malloc (sizeof (GArray) + bytes);
  fixed->data = (char *) (fixed + 1);
  fixed->len = kept->len;
  if (bytes > 0)
    memcpy (fixed->data, kept->data, bytes);
  return fixed;
}

static void
score_chunk_cb (guint    chunk,
                guint    worker,
                gpointer user_data)
{
  Scoring *scoring = user_data;
  guint first = chunk * SCORE_CHUNK;
  guint end = MIN (first + SCORE_CHUNK, scoring->self->n_passages);
  ScoreInto into = { scoring->self, scoring->floor, scoring->edge, NULL, scoring->twins, scoring->recall_slots,
                     &scoring->recalled[worker], 0 };

  for (guint i = first; i < end; i++)
    scoring->pairs->start[i] = 0;
  if (g_cancellable_is_cancelled (scoring->cancellable))
    return;
  if (scoring->dots[worker] == NULL)
    {
      scoring->dots[worker] = g_new0 (double, scoring->self->n_passages);
      scoring->touched[worker] = g_new (guint, scoring->self->n_passages);
      scoring->kept[worker] = g_array_new (FALSE, FALSE, sizeof (Kept));
    }
  into.kept = scoring->kept[worker];
  g_array_set_size (into.kept, 0);
  for (guint i = first; i < end; i++)
    {
      guint from = into.kept->len;

      scoring->pairs->start[i] = from;
      candidates_of (scoring->self, scoring->candidates, i, scoring->dots[worker], scoring->touched[worker],
                     score_pair_cb, &into);
      if (into.kept->len - from > MAX_PAIRS_PER_PASSAGE)
        keep_best_pairs (into.kept, from);
      /* none kept: an empty array has no data, and qsort() takes none */
      else if (into.kept->len > from)
        qsort (&g_array_index (into.kept, Kept, from), into.kept->len - from, sizeof (Kept), compare_kept);
    }
  scoring->pairs->kept[chunk] = fixed_kept (into.kept);
  if (into.n_recalled > 0)
    g_atomic_pointer_add (&pairs_recalled, into.n_recalled);
}

/* The pairs kept at the edge or above (PxScoredPair), in the order of
 * the passages: read from the kept pairs, not held beside them while
 * they are scored. */
static GArray *
scored_edges (const PxScoredPairs *pairs)
{
  guint n_edges = 0;
  GArray *edges;

  for (guint c = 0; c < pairs->n_chunks; c++)
    for (guint k = 0; pairs->kept[c] != NULL && k < pairs->kept[c]->len; k++)
      n_edges += g_array_index (pairs->kept[c], Kept, k).edge;
  edges = g_array_sized_new (FALSE, FALSE, sizeof (PxScoredPair), n_edges);
  for (guint i = 0; i < pairs->n_passages; i++)
    {
      const GArray *kept = pairs->kept[i / SCORE_CHUNK];
      guint end;

      if (kept == NULL)
        continue;
      end = (i + 1) % SCORE_CHUNK != 0 && i + 1 < pairs->n_passages ? pairs->start[i + 1] : kept->len;
      for (guint k = pairs->start[i]; k < end; k++)
        {
          const Kept *pair = &g_array_index (kept, Kept, k);

          if (pair->edge)
            {
              PxScoredPair edge = { i, pair->other, pair->probability };

              g_array_append_val (edges, edge);
            }
        }
    }
  return edges;
}

PxScoredPairs *
_px_similarity_score_candidates (PxSimilarity *self,
                                 double        floor,
                                 double        edge,
                                 GCancellable *cancellable)
{
  Candidates candidates;
  guint n_chunks = (self->n_passages + SCORE_CHUNK - 1) / SCORE_CHUNK;
  guint n_workers = px_parallel_workers_for (self->n_passages, SCORE_MIN_PASSAGES_PER_WORKER);
  PxScoredPairs *pairs = g_new0 (PxScoredPairs, 1);
  Scoring scoring = { self, &candidates, floor, edge, g_new0 (double *, n_workers), g_new0 (guint *, n_workers),
                      g_new0 (GArray *, n_workers), NULL, 0, g_new0 (Recalled *, n_workers), pairs, cancellable };
  guint n_twinned;

  g_assert (self->n_passages < MAX_PASSAGES_SCORED);
  pairs->n_passages = self->n_passages;
  pairs->n_chunks = n_chunks;
  pairs->start = g_new0 (guint, self->n_passages + 1);
  pairs->kept = g_new0 (GArray *, n_chunks);

  candidates_init (self, &candidates);
  /* after candidates_init(): the leads are marked */
  scoring.twins = scoring_twins (self, &n_twinned);
  scoring.recall_slots = RECALL_MIN_SLOTS;
  while (scoring.recall_slots < RECALL_MAX_SLOTS && scoring.recall_slots < (gsize) n_twinned * RECALL_SLOTS_PER_TWIN)
    scoring.recall_slots *= 2;
  px_parallel_for (n_chunks, n_workers, 1, score_chunk_cb, &scoring, cancellable);
  for (guint w = 0; w < n_workers; w++)
    {
      g_free (scoring.dots[w]);
      g_free (scoring.touched[w]);
      if (scoring.kept[w] != NULL)
        g_array_unref (scoring.kept[w]);
      g_free (scoring.recalled[w]);
    }
  g_free (scoring.twins);
  g_free (scoring.recalled);
  g_free (scoring.dots);
  g_free (scoring.touched);
  g_free (scoring.kept);
  candidates_clear (self, &candidates);
  return pairs;
}

float
_px_scored_pairs_lookup (const PxScoredPairs *pairs,
                         guint                a,
                         guint                b)
{
  guint i = MIN (a, b), j = MAX (a, b);
  const GArray *kept;
  guint lo, hi;

  if (j >= pairs->n_passages || (kept = pairs->kept[i / SCORE_CHUNK]) == NULL)
    return 0;
  lo = pairs->start[i];
  hi = (i + 1) % SCORE_CHUNK != 0 && i + 1 < pairs->n_passages ? pairs->start[i + 1] : kept->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint other = g_array_index (kept, Kept, mid).other;

      if (other == j)
        return g_array_index (kept, Kept, mid).probability;
      if (other < j)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}

GArray *
_px_scored_pairs_edges (PxScoredPairs *pairs)
{
  if (pairs->edges == NULL)
    pairs->edges = scored_edges (pairs);
  return pairs->edges;
}

GArray *
_px_scored_pairs_steal_edges (PxScoredPairs *pairs)
{
  GArray *edges = pairs->edges != NULL ? pairs->edges : scored_edges (pairs);

  pairs->edges = g_array_new (FALSE, FALSE, sizeof (PxScoredPair));
  return edges;
}

void
_px_scored_pairs_free (PxScoredPairs *pairs)
{
  if (pairs == NULL)
    return;
  for (guint c = 0; c < pairs->n_chunks; c++)
    g_free (pairs->kept[c]);
  g_free (pairs->kept);
  g_free (pairs->start);
  g_clear_pointer (&pairs->edges, g_array_unref);
  g_free (pairs);
}

/* Pair features -------------------------------------------------------- */

static double
cosine (GArray *va,
        float   norm_a,
        GArray *vb,
        float   norm_b,
        guint  *n_shared)
{
  double dot = 0;
  guint i = 0, j = 0, shared = 0;

  while (i < va->len && j < vb->len)
    {
      const Feature *fa = &g_array_index (va, Feature, i);
      const Feature *fb = &g_array_index (vb, Feature, j);

      if (fa->feature == fb->feature)
        {
          dot += (double) fa->weight * fb->weight;
          shared++;
          i++, j++;
        }
      else if (fa->feature < fb->feature)
        i++;
      else
        j++;
    }
  if (n_shared != NULL)
    *n_shared = shared;
  if (norm_a == 0 || norm_b == 0)
    return 0;
  return dot / ((double) norm_a * norm_b);
}

/* The weight of @feature in @passage's words, 0 if it has none. */
static float
word_weight (const Passage *passage,
             guint          feature)
{
  guint lo = 0, hi = passage->words->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint here = g_array_index (passage->words, Feature, mid).feature;

      if (here == feature)
        return g_array_index (passage->words, Feature, mid).weight;
      if (here < feature)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}

static gboolean
has_word (const Passage *passage,
          guint          feature)
{
  return word_weight (passage, feature) > 0;
}

/* Whether @concepts meet the passage's: a concept is looked for only
 * where the passage's Bloom filter may have it. */
static gboolean
meets (const guint32 *concepts,
       guint          n,
       const GArray  *passage_concepts,
       const guint64 *passage_bits)
{
  for (guint c = 0; c < n; c++)
    {
      guint bit = bloom_bit (concepts[c]);
      guint bit2 = bloom_bit2 (concepts[c]);

      if ((passage_bits[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64)))
          && (passage_bits[bit2 / 64] & (G_GUINT64_CONSTANT (1) << (bit2 % 64)))
          && px_concepts_contain ((const guint32 *) passage_concepts->data, passage_concepts->len, concepts[c]))
        return TRUE;
    }
  return FALSE;
}

/* Whether @concept may be in a passage's set of Bloom filter @bits. */
static inline gboolean
bloom_has (const guint64 *bits,
           guint32        concept)
{
  guint bit = bloom_bit (concept);
  guint bit2 = bloom_bit2 (concept);

  return (bits[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64)))
         && (bits[bit2 / 64] & (G_GUINT64_CONSTANT (1) << (bit2 % 64)));
}

typedef enum
{
  MEETS_NONE,
  MEETS_KIND,     /* a kind of @lexeme's is among @b's concepts, or one of its senses among @b's kinds */
  MEETS_SYNONYM,  /* one of its senses is among @b's concepts */
} Meeting;

/* How @lexeme meets passage @b's concepts: what meets() asks three times
 * (its synonyms in @b's concepts, else its kinds in them or its synonyms
 * in @b's kinds), with one walk of its synonyms through both of @b's
 * Bloom filters; the synonyms are searched among @b's kinds only when the
 * other two fail and one of them may be there.
 */
static Meeting
lexeme_meets (const PxLexeme *lexeme,
              const Passage  *b)
{
  const guint32 *concepts = (const guint32 *) b->concepts->data;
  gboolean may_be_kind = FALSE;

  for (guint c = 0; c < lexeme->n_synonyms; c++)
    {
      guint32 concept = lexeme->synonyms[c];

      if (bloom_has (b->concept_bits, concept) && px_concepts_contain (concepts, b->concepts->len, concept))
        return MEETS_SYNONYM;
      may_be_kind |= bloom_has (b->kind_bits, concept);
    }
  if (meets (lexeme->hypernyms, lexeme->n_hypernyms, b->concepts, b->concept_bits))
    return MEETS_KIND;
  if (may_be_kind && meets (lexeme->synonyms, lexeme->n_synonyms, b->kinds, b->kind_bits))
    return MEETS_KIND;
  return MEETS_NONE;
}

/* The rarity-weighted share of @a's words that @b has, as words or, for
 * less, as WordNet synonyms or kinds.
 */
static double
coverage (const Passage *a,
          const Passage *b)
{
  double total = 0, met = 0;
  guint k = 0;               /* in @b's words: @a's come sorted by feature too, so one walk finds them */

  for (guint w = 0; w < a->lexical->len; w++)
    {
      const Word *word = &g_array_index (a->lexical, Word, w);
      double weight = word->weight;

      /* a word written twice counts once */
      if (w > 0 && g_array_index (a->lexical, Word, w - 1).feature == word->feature)
        continue;
      total += weight;
      while (k < b->words->len && g_array_index (b->words, Feature, k).feature < word->feature)
        k++;
      if (k < b->words->len && g_array_index (b->words, Feature, k).feature == word->feature
          && g_array_index (b->words, Feature, k).weight > 0)
        met += weight;
      else if (word->lexeme == NULL)
        continue;
      else
        switch (lexeme_meets (word->lexeme, b))
          {
          case MEETS_SYNONYM:
            met += SYNONYM_CREDIT * weight;
            break;
          case MEETS_KIND:
            met += KIND_CREDIT * weight;
            break;
          case MEETS_NONE:
          default:
            break;
          }
    }
  return total > 0 ? met / total : 0;
}

/* How many of @a's predicates @b has, as words or as concepts. */
static guint
predicates_met (const Passage *a,
                const Passage *b)
{
  guint met = 0;

  for (guint p = 0; p < a->predicates->len; p++)
    {
      const Predicate *predicate = &g_array_index (a->predicates, Predicate, p);

      if (has_word (b, predicate->feature)
          || meets (predicate->lexeme->synonyms, predicate->lexeme->n_synonyms, b->concepts, b->concept_bits))
        met++;
    }
  return met;
}

static guint
longest_common_run (const GArray *a,
                    const GArray *b)
{
  g_autofree guint *previous = g_new0 (guint, b->len + 1);
  g_autofree guint *current = g_new0 (guint, b->len + 1);
  const guint *x = (const guint *) a->data, *y = (const guint *) b->data;
  guint best = 0;

  for (guint i = 1; i <= a->len; i++)
    {
      for (guint j = 1; j <= b->len; j++)
        {
          current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : 0;
          best = MAX (best, current[j]);
        }
      memcpy (previous, current, (b->len + 1) * sizeof (guint));
    }
  return best;
}

/* 2 |A & B| / (|A| + |B|) of two sets of @shared in common. */
static double
dice (guint shared,
      guint na,
      guint nb)
{
  return na + nb > 0 ? 2.0 * shared / (na + nb) : 0;
}

double
_px_similarity_quick (PxSimilarity *self,
                      guint         i,
                      guint         j)
{
  const Passage *a, *b;

  g_return_val_if_fail (i < self->n_passages && j < self->n_passages, 0);

  a = &self->passages[i];
  b = &self->passages[j];
  if (a->furniture || b->furniture)
    return 0;
  return cosine (a->expanded, a->expanded_norm, b->expanded, b->expanded_norm, NULL);
}

void
_px_similarity_features (PxSimilarity *self,
                         guint         i,
                         guint         j,
                         double        features[PX_N_FEATURES])
{
  const Passage *a, *b;
  guint shared = 0;

  g_return_if_fail (i < self->n_passages && j < self->n_passages);

  a = &self->passages[i];
  b = &self->passages[j];
  memset (features, 0, sizeof (double) * PX_N_FEATURES);

  features[PX_FEATURE_COSINE] = cosine (a->words, a->norm, b->words, b->norm, &shared);
  features[PX_FEATURE_EXPANDED] = 0.5 * (coverage (a, b) + coverage (b, a));

  /* the surface, function words and spelling too: a paraphrase keeps
   * much of its source's wording ("said on Tuesday that"), a sentence
   * that only shares the story's names and topic words does not */
  {
    guint tokens = count_shared (a->tokens, b->tokens);

    features[PX_FEATURE_TOKENS] = dice (tokens, a->tokens->len, b->tokens->len);
    if (a->tokens->len > 0 && b->tokens->len > 0)
      features[PX_FEATURE_TOKENS_MIN] = (double) tokens / MAX (a->tokens->len, b->tokens->len);
    features[PX_FEATURE_TOKEN_PAIRS] = dice (count_shared_uint64s (a->token_pairs, b->token_pairs),
                                             a->token_pairs->len, b->token_pairs->len);
    features[PX_FEATURE_TRIGRAMS] = dice (count_shared (a->trigrams, b->trigrams), a->trigrams->len, b->trigrams->len);
  }
  features[PX_FEATURE_SHARED] = log1p (shared);

  if (a->predicates->len > 0 && b->predicates->len > 0)
    {
      guint met_a = predicates_met (a, b), met_b = predicates_met (b, a);

      features[PX_FEATURE_PREDICATE] = 0.5 * ((double) met_a / a->predicates->len + (double) met_b / b->predicates->len);
      features[PX_FEATURE_PREDICATE_CLASH] = met_a == 0 && met_b == 0;
    }

  if (a->names->len > 0 && b->names->len > 0)
    {
      guint names = count_shared (a->names, b->names);

      features[PX_FEATURE_NAMES] = (double) names / MIN (a->names->len, b->names->len);
      features[PX_FEATURE_NAME_CLASH] = names == 0;
    }

  if (a->numbers->len > 0 && b->numbers->len > 0)
    {
      gboolean common = FALSE, same_kind = FALSE;

      for (guint x = 0; x < a->numbers->len; x++)
        for (guint y = 0; y < b->numbers->len; y++)
          {
            common |= g_array_index (a->numbers, guint, x) == g_array_index (b->numbers, guint, y);
            same_kind |= g_array_index (a->dimensions, int, x) == g_array_index (b->dimensions, int, y);
          }
      features[PX_FEATURE_NUMBERS] = common;
      features[PX_FEATURE_NUMBER_CLASH] = same_kind && !common;
    }

  if (a->quoted->len > 0 && b->quoted->len > 0)
    {
      guint run = longest_common_run (a->quoted, b->quoted);

      if (run >= QUOTE_MIN_RUN)
        features[PX_FEATURE_QUOTE] = MIN (run, QUOTE_RUN) / (double) QUOTE_RUN;
    }

  if (a->speaker != NULL && b->speaker != NULL)
    {
      features[PX_FEATURE_SPEAKER] = g_str_equal (a->speaker, b->speaker);
      features[PX_FEATURE_SPEAKER_CLASH] = !g_str_equal (a->speaker, b->speaker);
    }

  if (a->n_content > 0 && b->n_content > 0)
    features[PX_FEATURE_LENGTH] = (double) MIN (a->n_content, b->n_content) / MAX (a->n_content, b->n_content);

  /* whole texts (a pair of sentences on their own) have no place */
  if (a->position >= 0 && b->position >= 0)
    {
      int earlier = MIN (a->position, b->position), later = MAX (a->position, b->position);

      features[PX_FEATURE_BOTH_FIRST] = later == 0;
      features[PX_FEATURE_BOTH_TOP2] = later <= 1;
      features[PX_FEATURE_BOTH_TOP4] = later <= 3;
      features[PX_FEATURE_EARLIER] = log1p (earlier);
      features[PX_FEATURE_LATER] = log1p (later);
      /* in a story: the pairs of texts a tool gives share no story */
      features[PX_FEATURE_RARE_SHARED] = log1p (count_rare_shared (self, a, b));
    }

  features[PX_FEATURE_ARTICLES_APART] = articles_apart (&g_array_index (self->articles, Article, a->article),
                                                       &g_array_index (self->articles, Article, b->article));
}

gboolean
_px_similarity_lead_only (PxSimilarity *self,
                          guint         i,
                          guint         j)
{
  const Passage *a, *b;

  g_return_val_if_fail (i < self->n_passages && j < self->n_passages, FALSE);

  a = &self->passages[i];
  b = &self->passages[j];
  if (a->lead == 0 || b->lead == 0 || self->leads == NULL)
    return FALSE;
  return self->lead_only[(a->lead - 1) * self->leads->len + b->lead - 1];
}

/* _px_similarity_lead_only() of two leads, worked out: of two sources,
 * their quick cosine under the gate and no rare word shared. */
static gboolean
lead_only_of (PxSimilarity *self,
              guint         i,
              guint         j)
{
  const Passage *a = &self->passages[i], *b = &self->passages[j];
  guint rare_link, x = 0, y = 0;
  double gate;

  if (a->source == b->source)
    return FALSE;
  rare_link = (guint) _px_similarity_setting ("rare_link", 0);
  gate = _px_similarity_setting ("few_gate", _px_similarity_setting ("gate", 0.05));
  /* a rare word shared makes a candidate of its own (mark_rare_links()) */
  while (rare_link > 0 && x < a->expanded->len && y < b->expanded->len)
    {
      guint u = g_array_index (a->expanded, Feature, x).feature;
      guint v = g_array_index (b->expanded, Feature, y).feature;

      if (u == v && is_rare_word (self, u, rare_link))
        return FALSE;
      x += u <= v;
      y += v <= u;
    }
  return _px_similarity_quick (self, i, j) < gate;
}

/* Whether two places' keys name one place: the same name, two names of
 * one country, or one inside the other ("palmer", "alaska"). */
static gboolean
places_meet (const char *a,
             const char *b)
{
  return g_str_equal (a, b) || px_entities_aliases (a, b) || px_lexicon_place_within (a, b)
         || px_lexicon_place_within (b, a);
}

/* Whether each of two passages names a place the table of places knows and
 * no place of one meets a place of the other. */
static gboolean
places_apart (const Passage *a,
              const Passage *b)
{
  if (a->places == NULL || b->places == NULL)
    return FALSE;
  for (guint x = 0; x < a->places->len; x++)
    for (guint y = 0; y < b->places->len; y++)
      if (places_meet (g_ptr_array_index (a->places, x), g_ptr_array_index (b->places, y)))
        return FALSE;
  return TRUE;
}

/* Two sentences of a story of many reports that tell of two happenings of
 * one kind weigh less alike (HAPPENINGS_APART). */
double
_px_similarity_apart_factor (PxSimilarity *self,
                             guint         i,
                             guint         j)
{
  if (many_reports (self) && self->passages[i].position >= 0 && self->passages[j].position >= 0
      && (strangers (self, i, j) || places_apart (&self->passages[i], &self->passages[j])))
    return _px_similarity_setting ("happenings_apart", HAPPENINGS_APART);
  return 1.0;
}

double
_px_similarity_probability (PxSimilarity *self,
                            guint         i,
                            guint         j)
{
  const Model *model = model_get ();
  double features[PX_N_FEATURES];
  gboolean few = !many_reports (self);
  const double *weights = few ? model->few_weights : model->weights;
  double z = few ? model->few_bias : model->bias;
  double apart_days = model->apart_days;

  if (self->passages[i].furniture || self->passages[j].furniture)
    return 0;
  _px_similarity_features (self, i, j, features);
  /* two articles dated weeks apart with nothing tying them to one
   * happening tell two (a rule, not a weight: see articles_apart()) */
  if (apart_days > 0 && features[PX_FEATURE_ARTICLES_APART] >= apart_days)
    return 0;
  for (guint f = 0; f < PX_N_FEATURES; f++)
    z += weights[f] * features[f];
  if (!few)
    return _px_similarity_apart_factor (self, i, j) / (1.0 + exp (-z));
  /* a pair of leads that only their places made candidates: at most
   * "few_top_cap" when the model sets one */
  if (few && self->passages[i].lead > 0 && self->passages[j].lead > 0
      && _px_similarity_setting ("few_top_cap", 0) > 0 && _px_similarity_lead_only (self, i, j))
    return MIN (1.0 / (1.0 + exp (-z)), _px_similarity_setting ("few_top_cap", 0));
  return 1.0 / (1.0 + exp (-z));
}
