/* px-differ.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of difference follows the same plan: each source contributes
 * items (a quantity, a time, a quotation, its attribution, a speaker...);
 * items of different sources that speak of the same thing are joined into
 * a topic; within a topic the sources are grouped by whether their items
 * agree; a topic with two groups or more is a difference, with one span
 * per source and a summary that names each group's wording and outlets.
 */
#include "config.h"

#include "px-differ.h"

#include "px-calendar-private.h"
#include "px-comparison-private.h"
#include "px-cues.h"
#include "px-entities.h"
#include "px-env.h"
#include "px-lexicon.h"
#include "px-parallel.h"
#include "px-quantity.h"
#include "px-sorted-private.h"
#include "px-text-private.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

typedef struct
{
  guint source;
  guint sentence;
  gconstpointer data;   /* PxQuantity, PxTimeExpr, PxQuote, PxEntity... */
  guint start;          /* bytes into the source's text: the span */
  guint end;
  guint display_end;    /* where the text shown in the summary ends */
  guint parent;         /* union-find over items */
  guint group;
  guint first_token;    /* the words whose slot is compared, when set */
  guint end_token;
} Item;

struct Happening
{
  const char *person;      /* figure_person()'s key, or NULL */
  const char *place;       /* figure_place()'s key, or NULL */
  const PxTimeExpr *time;  /* figure_time(), or NULL */
  int recalled;            /* recalls_happening(): RECALLED_* */
  guint alike;             /* the first of the figures' happenings alike (happenings_alike()) */
};

/* Whether a figure is told of a happening before the report's own
 * (recalls_happening()): not, surely, or perhaps (a month inside its
 * sentence, which may date an earlier step of the same story); a
 * figure surely recalled and one surely not never share a topic. */
enum
{
  RECALLED_NOT,
  RECALLED_MAYBE,
  RECALLED,
};

typedef struct
{
  PxDocument **documents;
  const char * const *labels;
  guint n_documents;
  const PxSentenceRef *members;
  guint n_members;
  GPtrArray *differences;
  GHashTable *concepts; /* concept of a content word -> bit per source that has it */
  gboolean contested;   /* the claim is in dispute: see find_attribution() */
  GHashTable *lexicon;  /* px_lexicon_cache_new(): WordNet looked up once a word */
  int *attributions;    /* source_attribution() of source a with source b at [a * n + b], -1 unknown */
  GHashTable *dated;    /* PxTimeExpr -> the verb it dates (time_predicate()), or the table itself */
  gboolean anchored;    /* the last topic's confidence rule tied its slot by structure */
  GHashTable *traits;   /* PxDifference -> TRAIT_ bits, for the confidence model */
  gboolean linked;      /* two sentences of a slot link (px_differ_links()): the link ties the slot */
  struct Happening *happenings; /* per figure item while build_topics_full() joins figures: never of two
                                 * happenings (figures_apart()); else NULL */
  GHashTable *nested;   /* places_nested() of two place keys, looked up once */
  const PxToken **dating; /* while find_times() builds its topics, each item's item_predicate():
                           * see topics_apart() */
  GHashTable *figures;  /* PxSentence -> GArray of the counts its words give (gives_figure()), read once */
  guint32 *sources;     /* a claim's: ctx->concepts' bits of each token of each member, member after member
                         * (shared_elsewhere()); NULL in slot links, which share no concepts */
  guint *first_source;  /* per member: where its tokens' bits start in sources */
  guint8 *verb_uses;    /* likewise per token of the members: is_verb_use() once asked (VERB_USE_) */
  guint8 *doubts;       /* per member: doubts_the_unknown() and suspicion_span() once asked (UNKNOWN_,
                         * SUSPICION_) */
  GHashTable *concept_ids;  /* concept -> the run's own number for it (concept_set()) */
  GHashTable *concept_sets; /* PxSentence -> concept_set() */
  GHashTable *figure_facts; /* PxQuantity -> FigureFacts (facts_of_figure()) */
  struct _CueReach **reaches; /* per member: cue_reach_of(), NULL until asked */
  int across_zones;     /* night_across_zones(): 0 not asked, 1 no, 2 yes */
  gsize weighed;        /* pairs of items weighed (_px_differ_pairs_weighed()) */
  GHashTable *periods;  /* PxSentence -> its game period (game_periods_apart()), read once */
  GHashTable *rivals;   /* PxQuantity -> has_rival(), 2 or 1, read once */
  GHashTable *in_full;  /* PxEntity -> named_in_full(), read once */
} Context;

/* What Context.verb_uses and Context.doubts hold; 0 is not asked yet. */
enum
{
  VERB_USE_KNOWN = 1 << 0,
  VERB_USE = 1 << 1,
};

enum
{
  UNKNOWN_CAUSE_KNOWN = 1 << 0,
  UNKNOWN_CAUSE = 1 << 1,
  UNKNOWN_COUNT_KNOWN = 1 << 2,
  UNKNOWN_COUNT = 1 << 3,
  SUSPICION_KNOWN = 1 << 4,
  SUSPICION = 1 << 5,
  REASON_WITHHELD_KNOWN = 1 << 6,
  REASON_WITHHELD = 1 << 7,
};

/* What a run of the differ compares: a claim's members, or the
 * sentences a slot link ties (px_differ_links()): their figures, their
 * times, the places of their acts or what they tell of a death only. */
typedef enum
{
  LINK_NONE,
  LINK_FIGURES,
  LINK_TIMES,
  LINK_PLACES,
  LINK_DEATHS,
} Link;

#define N_LINK_KINDS (LINK_DEATHS - LINK_FIGURES + 1)

enum
{
  TRAIT_ANCHORED = 1 << 0, /* see PX_DIFFERENCE_FEATURE_ANCHORED */
  TRAIT_EXACT = 1 << 1,
  TRAIT_COUNTED = 1 << 2, /* a contradiction found as figures: calibrated as one */
};

static const PxLexeme *
lexeme_of (Context    *ctx,
           const char *norm)
{
  return px_lexicon_cache_lookup (ctx->lexicon, norm);
}

/* The same word, or synonyms by WordNet ("hurt", "injured"). */
static gboolean
same_meaning (Context       *ctx,
              const PxToken *a,
              const PxToken *b)
{
  return g_str_equal (a->concept, b->concept) || px_lexeme_synonyms (lexeme_of (ctx, a->norm), lexeme_of (ctx, b->norm));
}

typedef gboolean (*SameTopicFunc) (Context    *ctx,
                                   const Item *a,
                                   const Item *b);
typedef gboolean (*AgreeFunc) (Context    *ctx,
                               const Item *a,
                               const Item *b);

/* Union-find with path halving, the lower index the root: one
 * implementation for the differ's items (an Item's parent field) and the
 * slot links' occurrences (an array of parents). @parents points at the
 * first parent, the next is @stride bytes on.
 */
#define UF_PARENT(parents, stride, i) (*(guint *) ((char *) (parents) + (gsize) (i) * (stride)))

static guint
uf_root (guint *parents,
         gsize  stride,
         guint  i)
{
  while (UF_PARENT (parents, stride, i) != i)
    {
      UF_PARENT (parents, stride, i) = UF_PARENT (parents, stride, UF_PARENT (parents, stride, i));
      i = UF_PARENT (parents, stride, i);
    }
  return i;
}

static void
uf_join (guint *parents,
         gsize  stride,
         guint  a,
         guint  b)
{
  guint ra = uf_root (parents, stride, a), rb = uf_root (parents, stride, b);

  if (ra != rb)
    UF_PARENT (parents, stride, MAX (ra, rb)) = MIN (ra, rb);
}

static guint
find_root (GArray *items,
           guint   i)
{
  return uf_root (&g_array_index (items, Item, 0).parent, sizeof (Item), i);
}

static void
join (GArray *items,
      guint   a,
      guint   b)
{
  uf_join (&g_array_index (items, Item, 0).parent, sizeof (Item), a, b);
}

static Item *
add_item (GArray        *items,
          guint          source,
          guint          sentence,
          gconstpointer  data,
          guint          start,
          guint          end)
{
  Item item = { source, sentence, data, start, end, end, items->len, 0, 0, 0 };

  g_array_append_val (items, item);
  return &g_array_index (items, Item, items->len - 1);
}

static char *
text_of (Context *ctx,
         guint    source,
         guint    start,
         guint    end)
{
  return g_strndup (ctx->documents[source]->text + start, end - start);
}

PxTextSpan
_px_text_span_make (PxDocument *doc,
                    guint       source,
                    guint       sentence,
                    guint       start,
                    guint       end)
{
  PxSentence *s = px_document_sentence (doc, sentence);
  PxTextSpan span;

  start = CLAMP (start, s->start, s->end);
  end = CLAMP (end, start, s->end);
  span.source = source;
  span.sentence = sentence;
  span.start = start - s->start;
  span.end = end - s->start;
  span.char_start = g_utf8_strlen (doc->text + s->start, span.start);
  span.char_end = span.char_start + g_utf8_strlen (doc->text + start, end - start);
  return span;
}

static PxDifference *
difference_new (PxDifferenceKind kind)
{
  PxDifference *difference = g_new0 (PxDifference, 1);

  difference->kind = kind;
  difference->sources = g_array_new (FALSE, FALSE, sizeof (guint));
  difference->spans = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  difference->sides = g_array_new (FALSE, FALSE, sizeof (guint));
  difference->values = g_ptr_array_new_with_free_func (g_free);
  return difference;
}

void
_px_difference_free (PxDifference *difference)
{
  g_array_unref (difference->sources);
  g_array_unref (difference->spans);
  g_array_unref (difference->sides);
  g_ptr_array_unref (difference->values);
  g_free (difference->summary);
  g_free (difference->local_summary);
  g_free (difference->features);
  g_free (difference);
}

/* Adds a span of @source, on side @side with the wording @value (taken),
 * the first time the source is seen.
 */
static void
difference_add_span (Context      *ctx,
                     PxDifference *difference,
                     guint         source,
                     guint         sentence,
                     guint         start,
                     guint         end,
                     guint         side,
                     char         *value)
{
  PxTextSpan span = _px_text_span_make (ctx->documents[source], source, sentence, start, end);
  gboolean known = FALSE;

  for (guint i = 0; i < difference->sources->len; i++)
    known |= g_array_index (difference->sources, guint, i) == source;
  if (!known)
    {
      guint i = 0;

      while (i < difference->sources->len && g_array_index (difference->sources, guint, i) < source)
        i++;
      g_array_insert_val (difference->sources, i, source);
      g_array_insert_val (difference->sides, i, side);
      g_ptr_array_insert (difference->values, i, value);
    }
  else
    g_free (value);
  g_array_append_val (difference->spans, span);
}

/* Appends "wording (Outlet, Outlet)" for one group to @summary, and the
 * same in the user's language to @local.
 */
static void
append_group (Context    *ctx,
              GString    *summary,
              GString    *local,
              const char *wording,
              const char *local_wording,
              GArray     *sources)
{
  g_autoptr(GString) outlets = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (outlets, "%s%s", i > 0 ? ", " : "", ctx->labels[g_array_index (sources, guint, i)]);

  if (summary->len > 0)
    {
      g_string_append (summary, " vs ");
      /* Translators: between two outlets' wordings in a difference's
       * summary: "91 drones (RT) vs dozens of drones (BBC)" */
      g_string_append (local, C_("difference summary", " vs "));
    }
  g_string_append_printf (summary, "%s (%s)", wording, outlets->str);
  /* Translators: an outlets' wording and the outlets that use it, in a
   * difference's summary: "91 drones (RT, Reuters)" */
  g_string_append_printf (local, C_("difference summary", "%s (%s)"), local_wording, outlets->str);
}

/* The fixed words the differ itself writes for a wording, in the user's
 * language; words quoted from the articles stay as they are.
 */
static const char *
localize_wording (const char *words)
{
  static const char * const fixed[] = { N_("stated as fact"), N_("qualified"), N_("attributed") };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    if (g_str_equal (words, fixed[i]))
      return _(fixed[i]);
  return words;
}

/* Moves the first @n chosen items of group @from into group @into
 * (< @from), and renumbers the groups after it.
 */
static void
merge_group (GPtrArray *chosen,
             guint      n,
             GPtrArray *leaders,
             guint      from,
             guint      into)
{
  g_assert (into < from);
  for (guint c = 0; c < n; c++)
    {
      Item *item = g_ptr_array_index (chosen, c);

      if (item->group == from)
        item->group = into;
      else if (item->group > from)
        item->group--;
    }
  g_ptr_array_remove_index (leaders, from);
}

/* How many of @chosen, of other sources than @item's, agree with it. */
static guint
agreements (Context   *ctx,
            GPtrArray *chosen,
            Item      *item,
            AgreeFunc  agree)
{
  guint n = 0;

  for (guint c = 0; c < chosen->len; c++)
    {
      Item *other = g_ptr_array_index (chosen, c);

      n += other->source != item->source && agree (ctx, other, item);
    }
  return n;
}

/* Whether @item, a figure given as a bound or vaguely ("more than
 * 100,000", "at least 10", "dozens"), agrees with every other figure of
 * two groups or more of @chosen (grouped by emit_topic() into
 * @n_groups): it then speaks for neither side of the difference.
 */
static gboolean
bound_between (Context   *ctx,
               GPtrArray *chosen,
               Item      *item,
               guint      n_groups,
               AgreeFunc  agree)
{
  const PxQuantity *q = item->data;
  guint agreed = 0;

  if (!q->qualified && !q->vague)
    return FALSE;
  for (guint g = 0; g < n_groups; g++)
    {
      gboolean any = FALSE, all = TRUE;

      for (guint c = 0; c < chosen->len && all; c++)
        {
          Item *other = g_ptr_array_index (chosen, c);

          if (other == item || other->group != g)
            continue;
          any = TRUE;
          all = agree (ctx, other, item);
        }
      agreed += any && all;
    }
  return agreed >= 2;
}

/* Whether sentence @index of @doc is its headline: the first, in title
 * case or without a full stop ("Quake hits island, five hurt: media").
 */
static gboolean
is_headline (PxDocument *doc,
             guint       index)
{
  PxSentence *sentence = px_document_sentence (doc, index);
  PxToken *last;

  if (index != 0 || sentence->n_tokens == 0)
    return FALSE;
  if (px_document_is_title_case (doc, sentence))
    return TRUE;
  last = px_document_token (doc, sentence->first_token + sentence->n_tokens - 1);
  while (last > px_document_token (doc, sentence->first_token) && last->kind == PX_TOKEN_QUOTE_CLOSE)
    last--;
  return !(last->kind == PX_TOKEN_PUNCT && (g_str_equal (last->norm, ".") || g_str_equal (last->norm, "!")
                                             || g_str_equal (last->norm, "?")));
}

/* Whether the sentence of @item also gives, in another item, a value that
 * agrees with another source's chosen item that @item disagrees with.
 */
static gboolean
says_both (Context   *ctx,
           GArray    *items,
           GPtrArray *chosen,
           Item      *item,
           AgreeFunc  agree)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *own = &g_array_index (items, Item, i);

      if (own == item || own->source != item->source || own->sentence != item->sentence || agree (ctx, own, item))
        continue;
      for (guint c = 0; c < chosen->len; c++)
        {
          Item *other = g_ptr_array_index (chosen, c);

          if (other->source != item->source && !agree (ctx, item, other) && agree (ctx, own, other))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the groups of a number's topic are an outlet saying none and
 * outlets saying some: "no one was hurt" against "two firefighters were
 * injured" is not two figures of one count but two accounts that cannot
 * both be true (counts only).
 */
static gboolean
none_against_some (GPtrArray *chosen,
                   guint      n_groups)
{
  guint none = 0;

  for (guint g = 0; g < n_groups; g++)
    {
      gboolean all_none = TRUE, all_some = TRUE;

      for (guint c = 0; c < chosen->len; c++)
        {
          Item *item = g_ptr_array_index (chosen, c);
          const PxQuantity *q = item->data;

          if (item->group != g)
            continue;
          /* a count of people or things: "zero percent contained" is a
           * measure's value, not a thing said not to have happened */
          if (q->dimension != PX_DIMENSION_COUNT)
            return FALSE;
          all_none &= q->high == 0 && q->value == 0;
          all_some &= q->low > 0;
        }
      if (all_none)
        none++;
      else if (!all_some)
        return FALSE;
    }
  return none == 1;
}

/* Whether every sentence @difference marks is one @other marks too. */
static gboolean
within_sentences (PxDifference *difference,
                  PxDifference *other)
{
  for (guint i = 0; i < difference->spans->len; i++)
    {
      const PxTextSpan *span = &g_array_index (difference->spans, PxTextSpan, i);
      gboolean found = FALSE;

      for (guint j = 0; j < other->spans->len && !found; j++)
        {
          const PxTextSpan *o = &g_array_index (other->spans, PxTextSpan, j);

          found = o->source == span->source && o->sentence == span->sentence;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* A contradiction found as figures ("no one was hurt" against "three
 * people were hurt") says what a contradiction of the same sentences'
 * words would: the words' one is dropped.
 */
static void
drop_restated_contradictions (Context *ctx)
{
  for (guint d = 0; d < ctx->differences->len; d++)
    {
      PxDifference *difference = g_ptr_array_index (ctx->differences, d);
      guint traits = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->traits, difference));

      if (difference->kind != PX_DIFFERENCE_CONTRADICTION || (traits & TRAIT_COUNTED))
        continue;
      for (guint o = 0; o < ctx->differences->len; o++)
        {
          PxDifference *other = g_ptr_array_index (ctx->differences, o);

          if (o != d && (GPOINTER_TO_UINT (g_hash_table_lookup (ctx->traits, other)) & TRAIT_COUNTED)
              && within_sentences (difference, other))
            {
              g_hash_table_remove (ctx->traits, difference);
              g_ptr_array_remove_index (ctx->differences, d--);
              break;
            }
        }
    }
}

/* Whether every chosen figure is a length of time back from the report,
 * "two weeks ago", "three days earlier": the figures tell when it
 * happened, a time ("engaged two weeks ago" / "got engaged some three
 * weeks ago"), not how long something lasted.
 */
static gboolean
all_ago (GPtrArray *chosen)
{
  for (guint c = 0; c < chosen->len; c++)
    {
      const PxQuantity *q = ((Item *) g_ptr_array_index (chosen, c))->data;

      if (q->dimension != PX_DIMENSION_DURATION || q->n_heads == 0
          || (!g_str_equal (q->heads[0], "ago") && !g_str_equal (q->heads[0], "earlier")))
        return FALSE;
    }
  return chosen->len > 0;
}

/* Whether @floor is an open floor ("at least 50", "more than 200") that
 * @figure, a bounded figure of the same report's, stands within: "about
 * 50" or "50". The report's count is then the figure; the floor only
 * says it may rise.
 */
static gboolean
pins_floor (const PxQuantity *floor,
            const PxQuantity *figure)
{
  return floor->qualified && !floor->vague && isinf (floor->high) && floor->low > 0 && !figure->vague
         && !isinf (figure->high) && figure->high >= floor->low && px_quantity_equal (floor, figure);
}

/* Whether @vague is a vague amount ("several villages", "dozens") that
 * @figure, an exact figure of the same report's in its range, tells
 * exactly: "damaging several villages" and "homes in five villages" in
 * one report are its five, not any count from three to nine.
 */
static gboolean
pins_vague (const PxQuantity *vague,
            const PxQuantity *figure)
{
  return vague->vague && !figure->vague && !figure->qualified && !isinf (figure->high)
         && figure->low >= vague->low && figure->high <= vague->high;
}

/* Groups the topic's items (one per source)
 * by @agree, and records a difference when there are two groups or more;
 * returns it (owned by the context), or NULL. @wording gives the text
 * shown for an item.
 */
static PxDifference *
emit_topic (Context           *ctx,
            PxDifferenceKind   kind,
            GArray            *items,
            guint              root,
            AgreeFunc          agree,
            char            *(*wording) (Context *, GArray *, Item *))
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) leaders = g_ptr_array_new ();
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) local = g_string_new (NULL);
  gboolean names = kind == PX_DIFFERENCE_ENTITY;
  PxDifference *difference;

  /* one item a source: of a source's several, the one that agrees with
   * more of the other sources' items chosen so far ("$160 million"
   * against "$160 million" rather than against "$140-150 million", the
   * other team's bid that the same report also gives); of as many, the body's rather
   * than the headline's: a headline's figure that its own body corrects
   * or details does not speak for the outlet */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      guint taken = G_MAXUINT;

      if (find_root (items, i) != root)
        continue;
      for (guint c = 0; c < chosen->len; c++)
        if (((Item *) g_ptr_array_index (chosen, c))->source == item->source)
          taken = c;
      if (taken == G_MAXUINT)
        g_ptr_array_add (chosen, item);
      else
        {
          Item *held = g_ptr_array_index (chosen, taken);
          guint mine, theirs;

          /* a floor the source pins with a figure of its own speaks for
           * that figure: "about 50 hurt" and "at least 50 injured" in one
           * report are its fifty, not any count above it */
          if (kind == PX_DIFFERENCE_NUMBER && (pins_floor (held->data, item->data) || pins_floor (item->data, held->data)))
            {
              if (pins_floor (held->data, item->data))
                g_ptr_array_index (chosen, taken) = item;
              continue;
            }
          /* so does a vague amount its own exact figure tells: "several
           * villages" and "five villages" in one report are its five */
          if (kind == PX_DIFFERENCE_NUMBER && (pins_vague (held->data, item->data) || pins_vague (item->data, held->data)))
            {
              if (pins_vague (held->data, item->data))
                g_ptr_array_index (chosen, taken) = item;
              continue;
            }
          mine = agreements (ctx, chosen, item, agree);
          theirs = agreements (ctx, chosen, held, agree);
          if (mine > theirs
              || (mine == theirs && kind == PX_DIFFERENCE_NUMBER && is_headline (ctx->documents[held->source], held->sentence)
                  && !is_headline (ctx->documents[item->source], item->sentence)))
            g_ptr_array_index (chosen, taken) = item;
        }
    }
  /* a source whose sentence gives both dates is on neither side: "her body
   * was found May 9, but the coroner said she died May 6" against "died
   * Monday, May 6" */
  for (guint c = 0; kind == PX_DIFFERENCE_TIME && c < chosen->len; c++)
    if (says_both (ctx, items, chosen, g_ptr_array_index (chosen, c), agree))
      g_ptr_array_remove_index (chosen, c--);
  if (chosen->len < 2)
    return NULL;

regroup:
  g_ptr_array_set_size (leaders, 0);
  for (guint c = 0; c < chosen->len; c++)
    {
      Item *item = g_ptr_array_index (chosen, c);
      guint g;

      /* an item joins a group only if it agrees with every member: "Sunday
       * night" may overlap "overnight into Monday" yet not "early Monday";
       * a name joins the group of any name of the same one: "Philadelphia"
       * with "Northeast Philadelphia", and so with "Northeast Philly" */
      for (g = 0; g < leaders->len; g++)
        {
          gboolean all = TRUE, any = FALSE, exact = FALSE;

          /* a figure need agree only with the group's exact figures when
           * it has some: "at least 10" joins "10" though "at least nine",
           * which agrees with 10 too, is in that group */
          for (guint o = 0; o < c && kind == PX_DIFFERENCE_NUMBER; o++)
            {
              Item *other = g_ptr_array_index (chosen, o);

              exact |= other->group == g && !((const PxQuantity *) other->data)->vague
                       && !((const PxQuantity *) other->data)->qualified;
            }
          for (guint o = 0; o < c && (all || names); o++)
            {
              Item *other = g_ptr_array_index (chosen, o);

              if (other->group != g)
                continue;
              if (exact && (((const PxQuantity *) other->data)->vague || ((const PxQuantity *) other->data)->qualified))
                continue;
              if (agree (ctx, other, item))
                any = TRUE;
              else
                all = FALSE;
            }
          if (names ? any : all)
            break;
        }
      if (g == leaders->len)
        g_ptr_array_add (leaders, item);
      else if (names)
        /* the name may also be one of a later group's: the two are one */
        for (guint o = 0; o < c; o++)
          {
            Item *other = g_ptr_array_index (chosen, o);

            if (other->group > g && agree (ctx, other, item))
              merge_group (chosen, c, leaders, other->group, g);
          }
      item->group = g;
    }
  /* a bound that agrees with both sides is on neither: "more than
   * 100,000" beside "about 200,000" and "about 100,000" takes no side */
  if (kind == PX_DIFFERENCE_NUMBER && leaders->len >= 2)
    for (guint c = 0; c < chosen->len; c++)
      if (bound_between (ctx, chosen, g_ptr_array_index (chosen, c), leaders->len, agree))
        {
          g_ptr_array_remove_index (chosen, c);
          if (chosen->len < 2)
            return NULL;
          goto regroup;
        }
  if (leaders->len < 2)
    return NULL;

  difference = difference_new (kind == PX_DIFFERENCE_NUMBER && none_against_some (chosen, leaders->len)
                               ? PX_DIFFERENCE_CONTRADICTION
                               : kind == PX_DIFFERENCE_NUMBER && all_ago (chosen) ? PX_DIFFERENCE_TIME : kind);
  for (guint g = 0; g < leaders->len; g++)
    {
      g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) local_texts = g_ptr_array_new ();
      g_autofree char *text = NULL;
      g_autofree char *local_text = NULL;

      for (guint c = 0; c < chosen->len; c++)
        {
          Item *item = g_ptr_array_index (chosen, c);
          char *words;
          gboolean seen = FALSE;

          if (item->group != g)
            continue;
          g_array_append_val (sources, item->source);

          /* each way the group words it, once: "91 long-range drones / 91 drones" */
          words = wording (ctx, items, item);
          difference_add_span (ctx, difference, item->source, item->sentence, item->start, item->end, g,
                               g_strdup (words));
          for (guint t = 0; t < texts->len && !seen; t++)
            seen = g_ascii_strcasecmp (g_ptr_array_index (texts, t), words) == 0;
          if (seen || texts->len == 3)
            g_free (words);
          else
            g_ptr_array_add (texts, words);
        }
      for (guint t = 0; t < texts->len; t++)
        g_ptr_array_add (local_texts, (gpointer) localize_wording (g_ptr_array_index (texts, t)));
      g_ptr_array_add (texts, NULL);
      g_ptr_array_add (local_texts, NULL);
      text = g_strjoinv (" / ", (char **) texts->pdata);
      local_text = g_strjoinv (" / ", (char **) local_texts->pdata);
      append_group (ctx, summary, local, text, local_text, sources);
    }
  difference->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  difference->local_summary = g_string_free (g_steal_pointer (&local), FALSE);
  g_ptr_array_add (ctx->differences, difference);
  return difference;
}

/* While build_topics_full() joins figures, what topics_apart() reads of
 * each topic, kept by its root and merged at each join: the RECALLED_*
 * values of its items (a bit each) and its items told at a place, a time
 * or of a person, one of each class of happenings_alike() (figures_apart()
 * says the same of any of a class). A topic of copies is told alike again
 * and again: the few classes are read, not every item of the claim at
 * every join.
 */
typedef struct
{
  guint *recalled;      /* per root; NULL when not kept */
  guint *told;          /* per root: the first of its list of items told, or G_MAXUINT */
  guint *next;          /* per item in a list: the next, or G_MAXUINT */
} TopicHappenings;

static void topic_happenings_init (Context         *ctx,
                                   GArray          *items,
                                   TopicHappenings *topics);
static void topic_happenings_join (Context         *ctx,
                                   TopicHappenings *topics,
                                   guint            ri,
                                   guint            rj,
                                   guint            root);
static void topic_happenings_clear (TopicHappenings *topics);

static gboolean topics_apart (Context               *ctx,
                              GArray                *items,
                              const TopicHappenings *topics,
                              guint                  i,
                              guint                  j);

/* Whether item @i, a vague amount ("several villages"), is told exactly
 * by a figure of its own report (pins_vague()) that @same_topic relates
 * to @other: the report's count is that figure, so the vague amount
 * agreeing with @other's says nothing of whether the report does.
 */
static gboolean
pinned_against (Context       *ctx,
                GArray        *items,
                guint          i,
                const Item    *other,
                SameTopicFunc  same_topic)
{
  const Item *item = &g_array_index (items, Item, i);

  if (!((const PxQuantity *) item->data)->vague)
    return FALSE;
  for (guint k = 0; k < items->len; k++)
    {
      const Item *figure = &g_array_index (items, Item, k);

      if (k != i && figure->source == item->source && pins_vague (item->data, figure->data)
          && same_topic (ctx, figure, other))
        return TRUE;
    }
  return FALSE;
}

static gboolean quantity_agree (Context    *ctx,
                                const Item *a,
                                const Item *b);

/* Joins items of different sources that @same_topic relates, matching
 * agreeing pairs first so that a source's item pairs with the other
 * source's item that says the same (not a vague amount its own report
 * tells exactly: pinned_against()).
 */
static void
build_topics_full (Context       *ctx,
                   GArray        *items,
                   SameTopicFunc  same_topic,
                   AgreeFunc      agree,
                   gboolean       bodies_first)
{
  g_autofree gboolean *matched = g_new0 (gboolean, items->len);
  g_autofree guint32 *sources = g_new0 (guint32, items->len); /* per root: its items' sources */
  g_autofree gboolean *headline = g_new0 (gboolean, items->len);
  guint32 present = 0;        /* the sources with items: a pair of others has nothing to do */
  g_autofree guint *first_of = g_new0 (guint, ctx->n_documents + 1); /* per source: its first in of_source */
  g_autofree guint *of_source = g_new (guint, MAX (items->len, 1));  /* the items, source after source */
  TopicHappenings topics = { NULL, NULL, NULL };

  topic_happenings_init (ctx, items, &topics);
  for (guint i = 0; i < items->len; i++)
    {
      present |= 1u << g_array_index (items, Item, i).source;
      first_of[g_array_index (items, Item, i).source + 1]++;
      if (bodies_first)
        headline[i] = is_headline (ctx->documents[g_array_index (items, Item, i).source], g_array_index (items, Item, i).sentence);
    }
  for (guint d = 0; d < ctx->n_documents; d++)
    first_of[d + 1] += first_of[d];
  {
    g_autofree guint *next = g_memdup2 (first_of, sizeof (guint) * ctx->n_documents);

    for (guint i = 0; i < items->len; i++)
      of_source[next[g_array_index (items, Item, i).source]++] = i;
  }

  for (int pass = 0; pass < 2; pass++)
    {
      /* second pass: an item already joined to one of the other
       * source's items in the first is taken ("$56 million in taxes"
       * in both stays out of "$139 million" against "$141 million") */
      if (pass == 1 && ctx->n_documents > 1)
        for (guint i = 0; i < items->len; i++)
          sources[find_root (items, i)] |= 1u << g_array_index (items, Item, i).source;
      for (guint sa = 0; sa < ctx->n_documents; sa++)
        for (guint sb = sa + 1; sb < ctx->n_documents; sb++)
          {
            if (!(present & (1u << sa)) || !(present & (1u << sb)))
              continue;
            /* only the two sources' items are read below: theirs are set,
             * not every item of the claim (a claim of copies has items in
             * every source, and as many pairs of sources to weigh) */
            for (guint k = first_of[sa]; k < first_of[sa + 1]; k++)
              matched[of_source[k]] = pass == 1 && (sources[find_root (items, of_source[k])] & (1u << sb)) != 0;
            for (guint k = first_of[sb]; k < first_of[sb + 1]; k++)
              matched[of_source[k]] = pass == 1 && (sources[find_root (items, of_source[k])] & (1u << sa)) != 0;
            /* the body's items before the headline's: "two people" in the
             * body, not "Five hurt" above it, answers another's "three people" */
            for (guint n = 0; n < 2 * (first_of[sa + 1] - first_of[sa]); n++)
              {
                guint i = of_source[first_of[sa] + n % (first_of[sa + 1] - first_of[sa])];
                Item *a = &g_array_index (items, Item, i);

                if (matched[i] || (n < first_of[sa + 1] - first_of[sa]) == headline[i])
                  continue;
                for (guint k = first_of[sb]; k < first_of[sb + 1]; k++)
                  {
                    guint j = of_source[k];
                    Item *b = &g_array_index (items, Item, j);

                    if (matched[j])
                      continue;
                    ctx->weighed++;
                    if (!same_topic (ctx, a, b))
                      continue;
                    /* first pass: agreeing pairs only; second: the rest */
                    if (pass == 0 && !agree (ctx, a, b))
                      continue;
                    if (agree == quantity_agree
                        && (pinned_against (ctx, items, i, b, same_topic) || pinned_against (ctx, items, j, a, same_topic)))
                      continue;
                    if (pass == 1 && find_root (items, i) == find_root (items, j))
                      {
                        matched[i] = matched[j] = TRUE;
                        break;
                      }
                    if (topics_apart (ctx, items, topics.recalled != NULL ? &topics : NULL, i, j))
                      continue;
                    {
                      guint ri = find_root (items, i), rj = find_root (items, j);
                      guint32 joined = sources[ri] | sources[rj];

                      matched[i] = matched[j] = TRUE;
                      join (items, i, j);
                      sources[find_root (items, i)] = joined;
                      if (topics.recalled != NULL && ri != rj)
                        topic_happenings_join (ctx, &topics, ri, rj, find_root (items, i));
                    }
                    break;
                  }
              }
          }
    }
  topic_happenings_clear (&topics);
}

static gboolean tracing (void);

/* Whether the topics @ra and @rb (roots) are one slot told twice: a
 * source gives its figure in both (its headline's "80 Hurt" and its
 * body's "80"), every source in both says the same in each, and an item
 * of one is in @same_topic with another source's item of the other. A
 * source saying two different things ("$334 million, including $281
 * million") keeps two slots apart.
 */
static gboolean
one_slot_twice (Context       *ctx,
                GArray        *items,
                guint          ra,
                guint          rb,
                SameTopicFunc  same_topic,
                AgreeFunc      agree)
{
  gboolean shared = FALSE, linked = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      Item *a = &g_array_index (items, Item, i);

      if (find_root (items, i) != ra)
        continue;
      for (guint j = 0; j < items->len; j++)
        {
          Item *b = &g_array_index (items, Item, j);

          if (find_root (items, j) != rb)
            continue;
          ctx->weighed++;
          if (a->source == b->source)
            {
              if (!agree (ctx, a, b))
                return FALSE;
              shared = TRUE;
            }
          else if (!linked)
            linked = same_topic (ctx, a, b);
        }
    }
  return shared && linked;
}

/* Joins the topics that are one slot told twice (one_slot_twice()), so
 * that a claim gets one difference a slot: build_topics_full() pairs an
 * item with one item of each other source, and a source that states the
 * figure in its headline and its body can leave two topics.
 */
static void
join_repeated_topics (Context       *ctx,
                      GArray        *items,
                      SameTopicFunc  same_topic,
                      AgreeFunc      agree)
{
  g_autofree guint64 *sources = NULL;
  gboolean joined = TRUE;

  if (items->len < 3 || items->len > 2000)
    return;
  sources = g_new0 (guint64, items->len);
  for (int round = 0; joined && round < 4; round++)
    {
      joined = FALSE;
      memset (sources, 0, sizeof (guint64) * items->len);
      for (guint i = 0; i < items->len; i++)
        sources[find_root (items, i)] |= G_GUINT64_CONSTANT (1) << (g_array_index (items, Item, i).source % 64);
      for (guint ra = 0; ra < items->len; ra++)
        for (guint rb = ra + 1; rb < items->len && find_root (items, ra) == ra; rb++)
          if (find_root (items, rb) == rb && (sources[ra] & sources[rb]) != 0
              && one_slot_twice (ctx, items, ra, rb, same_topic, agree) && !topics_apart (ctx, items, NULL, ra, rb))
            {
              if (tracing ())
                g_printerr ("differ-trace join %u %u\n", ra, rb);
              join (items, ra, rb);
              sources[ra] |= sources[rb];
              joined = TRUE;
            }
    }
}

static void
build_topics (Context       *ctx,
              GArray        *items,
              SameTopicFunc  same_topic,
              AgreeFunc      agree)
{
  build_topics_full (ctx, items, same_topic, agree, FALSE);
}

/* How sure a topic's difference is, from 0 to 1; below 0 when it is no
 * difference at all.
 */
typedef double (*ConfidenceFunc) (Context *ctx,
                                  GArray  *items,
                                  guint    root);

/* Below this share of their sentences' other words in common, two
 * values, times or names are not in the same slot: "Ola Brenner scored 21
 * points for the Herons" and "Dev Marsh chipped in 15 points for
 * the Foxes" share only the points. Chosen on the ECB+ development
 * events, where entities and numbers in looser sentences held up in none
 * of fourteen read by hand, and on the project's own stories.
 */
#define MIN_SLOT 0.5

/* Whether PARALLAX_DIFFER_TRACE is set: then every item and topic of the
 * rules that join items goes to standard error, so that
 * tests/bench/differences/losses.py can tell a value never read from
 * one read but not put in the same slot.
 */
static gboolean
tracing (void)
{
  static gsize trace;

  /* read once, by whichever of the comparison's threads comes first */
  if (g_once_init_enter (&trace))
    g_once_init_leave (&trace, g_getenv ("PARALLAX_DIFFER_TRACE") != NULL ? 2 : 1);
  return trace == 2;
}

static void
trace_items (Context          *ctx,
             PxDifferenceKind  kind,
             GArray           *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      g_autofree char *text = text_of (ctx, item->source, item->start, MAX (item->end, item->display_end));

      g_printerr ("differ-trace item %s %u %u topic %u \"%s\"", px_difference_kind_to_string (kind), item->source,
                  item->sentence, find_root (items, i), text);
      /* the verb a time dates, when known */
      if (kind == PX_DIFFERENCE_TIME)
        g_printerr (" %s", g_hash_table_lookup (ctx->dated, item->data) != NULL
                             && g_hash_table_lookup (ctx->dated, item->data) != ctx->dated
                             ? ((const PxToken *) g_hash_table_lookup (ctx->dated, item->data))->norm : "-");
      /* the value as read, so that a misreading shows */
      if (kind == PX_DIFFERENCE_NUMBER)
        {
          const PxQuantity *q = item->data;

          g_printerr (" = %g [%g, %g] dimension %d%s%s%s", q->value, q->low, q->high, q->dimension,
                      q->currency != NULL ? " " : "", q->currency != NULL ? q->currency : "", q->vague ? " vague" : "");
          for (guint h = 0; h < q->n_heads; h++)
            g_printerr ("%s%s", h == 0 ? " heads " : " ", q->heads[h]);
        }
      else if (kind == PX_DIFFERENCE_TIME)
        {
          const PxTimeExpr *t = item->data;

          g_printerr (" = weekday %d daypart %d minutes %d date %d-%d-%d%s", t->weekday, t->daypart, t->minutes,
                      t->year, t->month, t->day, t->zoned ? " zoned" : "");
          if (t->zoned)
            g_printerr (" %+d", t->utc_offset);
        }
      g_printerr ("\n");
    }
}

/* Whether every value of a topic of figures or times is given exactly:
 * no "dozens", "about", "at least"; a day or a clock time, not a part of
 * a day alone.
 */
static gboolean
topic_exact (PxDifferenceKind  kind,
             GArray           *items,
             guint             root)
{
  if (kind != PX_DIFFERENCE_NUMBER && kind != PX_DIFFERENCE_TIME)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (find_root (items, i) != root)
        continue;
      if (kind == PX_DIFFERENCE_NUMBER)
        {
          const PxQuantity *q = item->data;

          if (q->vague || q->qualified)
            return FALSE;
        }
      else
        {
          const PxTimeExpr *t = item->data;

          if (t->weekday == 0 && t->day == 0 && t->minutes < 0 && !t->game)
            return FALSE;
        }
    }
  return TRUE;
}

static void
emit_topics (Context          *ctx,
             PxDifferenceKind  kind,
             GArray           *items,
             AgreeFunc         agree,
             char           *(*wording) (Context *, GArray *, Item *),
             ConfidenceFunc    confidence)
{
  if (tracing ())
    trace_items (ctx, kind, items);
  for (guint i = 0; i < items->len; i++)
    if (find_root (items, i) == i)
      {
        PxDifference *difference = emit_topic (ctx, kind, items, i, agree, wording);
        double sure;

        if (difference == NULL)
          continue;
        /* below zero: the words do not fill the same slot after all */
        ctx->anchored = FALSE;
        sure = confidence (ctx, items, i);
        /* exact values say more only in a slot known to be one: "17 passes"
         * against "34 passes" is exact, and two counts of two things */
        if (sure >= 0)
          g_hash_table_insert (ctx->traits, difference,
                               GUINT_TO_POINTER ((ctx->anchored ? TRAIT_ANCHORED | (topic_exact (kind, items, i) ? TRAIT_EXACT : 0)
                                                                : 0)
                                                 | (difference->kind != kind ? TRAIT_COUNTED : 0)));
        if (tracing ())
          g_printerr ("differ-trace topic %s %u %s %.3f\n", px_difference_kind_to_string (kind), i,
                      sure < 0 ? "dropped" : "kept", sure);
        if (sure < 0)
          g_ptr_array_remove (ctx->differences, difference);
        else
          difference->confidence = CLAMP (sure, 0.05, 0.95);
      }
}

/* The tokens of @sentence that the bytes [start, end) cover. */
static void
token_range (PxDocument *doc,
             PxSentence *sentence,
             guint       start,
             guint       end,
             guint      *first,
             guint      *last)
{
  *first = G_MAXUINT;
  *last = 0;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->end > start && token->start < end)
        {
          *first = MIN (*first, t);
          *last = t + 1;
        }
    }
  if (*first == G_MAXUINT)
    *first = *last = sentence->first_token;
}

static GHashTable *clause_concepts (PxDocument *doc,
                                    PxSentence *sentence,
                                    guint       first,
                                    guint       end,
                                    gboolean    whole);
static double slot_overlap (GHashTable *a,
                            GHashTable *b,
                            const char *except,
                            gboolean    short_ok);

static gboolean keys_match (const char *a,
                            const char *b);

static void
clear_table (gpointer table)
{
  g_clear_pointer ((GHashTable **) &table, g_hash_table_unref);
}

/* Whether a person the sentence names covers token @t. */
static gboolean
in_person (PxSentence *sentence,
           guint       t)
{
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (entity->kind == PX_ENTITY_PERSON && entity->first_token <= t && t < entity->end_token)
        return TRUE;
    }
  return FALSE;
}

/* The first token of a name given by a kind word before it ("Hurricane
 * Katrina", "Typhoon Haiyan": a common noun in capitals that opens a run
 * of names), or G_MAXUINT.
 */
static guint
kind_name_at (Context    *ctx,
              PxDocument *doc,
              PxSentence *sentence,
              guint       t)
{
  guint end = sentence->first_token + sentence->n_tokens;
  PxToken *kind = px_document_token (doc, t), *name;
  const PxLexeme *lexeme;

  if (t + 1 >= end || kind->kind != PX_TOKEN_WORD || !kind->is_capital || kind->is_stop)
    return G_MAXUINT;
  /* the run's first word ("When Hurricane George": "When" opens the sentence) */
  if (t > sentence->first_token && px_document_token (doc, t - 1)->is_capital
      && px_document_token (doc, t - 1)->kind == PX_TOKEN_WORD && !px_document_token (doc, t - 1)->is_stop)
    return G_MAXUINT;
  name = px_document_token (doc, t + 1);
  if (name->kind != PX_TOKEN_WORD || !name->is_capital || name->is_stop)
    return G_MAXUINT;
  lexeme = lexeme_of (ctx, kind->norm);
  if (!lexeme->is_noun || lexeme->verb_form)
    return G_MAXUINT;
  /* a name, not a body's next word ("Fire Department", "Police Chief") */
  if (lexeme_of (ctx, name->norm)->is_noun && !in_person (sentence, t + 1))
    return G_MAXUINT;
  return t + 1;
}

/* Whether the two items' sentences name two different things of one kind
 * by the same kind word, neither naming the other's: "When Hurricane
 * Odile wrecked the library in 1994" and "wrecked in Hurricane
 * Mira in 2009" tell of two storms, whatever else they share.
 */
static gboolean
other_named_kind (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  gboolean apart = FALSE;

  for (guint i = sa->first_token; i < sa->first_token + sa->n_tokens; i++)
    {
      guint ni = kind_name_at (ctx, da, sa, i);
      gboolean same_kind = FALSE, named = FALSE;

      if (ni == G_MAXUINT)
        continue;
      for (guint j = sb->first_token; j < sb->first_token + sb->n_tokens; j++)
        {
          guint nj = kind_name_at (ctx, db, sb, j);

          same_kind |= nj != G_MAXUINT && g_str_equal (px_document_token (da, i)->concept,
                                                       px_document_token (db, j)->concept);
          /* the name alone, anywhere in the other sentence */
          named |= g_str_equal (px_document_token (da, ni)->norm, px_document_token (db, j)->norm);
        }
      if (named)
        return FALSE;
      apart |= same_kind;
    }
  return apart;
}

/* Whether the people an item's sentence names besides its speaker and the
 * item itself are people the other's names too, when both name some:
 * "Ola Brenner scored 21 points" is not about Dev Marsh's 15; nor are two
 * things of one kind named apart (other_named_kind()).
 */
static gboolean
same_people (Context    *ctx,
             const Item *a,
             const Item *b)
{
  const Item *pair[2] = { a, b };
  g_autoptr(GPtrArray) keys_a = g_ptr_array_new ();
  g_autoptr(GPtrArray) keys_b = g_ptr_array_new ();
  GPtrArray *keys[2] = { keys_a, keys_b };

  for (guint k = 0; k < 2; k++)
    {
      PxSentence *sentence = px_document_sentence (ctx->documents[pair[k]->source], pair[k]->sentence);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind != PX_ENTITY_PERSON || g_strcmp0 (entity->key, sentence->speaker) == 0
              || (entity->start < pair[k]->end && entity->end > pair[k]->start))
            continue;
          g_ptr_array_add (keys[k], (gpointer) entity->key);
        }
    }
  if (other_named_kind (ctx, a, b) || other_named_kind (ctx, b, a))
    return FALSE;
  if (keys[0]->len == 0 || keys[1]->len == 0)
    return TRUE;
  for (guint x = 0; x < keys[0]->len; x++)
    for (guint y = 0; y < keys[1]->len; y++)
      if (keys_match (g_ptr_array_index (keys[0], x), g_ptr_array_index (keys[1], y)))
        return TRUE;
  return FALSE;
}

/* How well the items of a topic that were put in different groups fill
 * the same slot: the best slot_overlap() of what their sentences say
 * besides the items, the speakers and the verbs of saying.
 */
static double
topic_slot (Context *ctx,
            GArray  *items,
            guint    root)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (clear_table);
  double best = 0;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      PxDocument *doc = ctx->documents[item->source];
      PxSentence *sentence = px_document_sentence (doc, item->sentence);
      guint first, last;

      if (find_root (items, i) != root)
        {
          g_ptr_array_add (clauses, NULL);
          continue;
        }
      token_range (doc, sentence, item->start, item->end, &first, &last);
      g_ptr_array_add (clauses, clause_concepts (doc, sentence, first, last, TRUE));
    }
  for (guint i = 0; i < items->len; i++)
    for (guint j = i + 1; j < items->len; j++)
      {
        Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);

        if (g_ptr_array_index (clauses, i) == NULL || g_ptr_array_index (clauses, j) == NULL
            || a->source == b->source || a->group == b->group || !same_people (ctx, a, b))
          continue;
        best = MAX (best, slot_overlap (g_ptr_array_index (clauses, i), g_ptr_array_index (clauses, j), NULL, TRUE));
      }
  return MIN (best, 1);
}

/* Determiners: the one list the rules below read a noun's opening by.
 * An article or an owner ("the", "his") opens a noun phrase wherever it
 * stands; a demonstrative ("this", "that", "these", "those") does too
 * where no conjunction "that" can stand in its place, which is why the
 * rules that read the word after a verb take articles and owners only.
 * A rule that lets more open a noun (a figure, "all", "each") adds its
 * own words beside these.
 */
static const char * const articles_and_owners[] = {
  "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", NULL,
};

static const char * const demonstratives[] = { "this", "that", "these", "those", NULL };

/* An article or an owner: "the", "a", "an", "his", "her", "its", "their",
 * "our", "my", "your". */
static gboolean
is_article_or_owner (const char *norm)
{
  return px_word_is_one_of (norm, articles_and_owners);
}

/* An article, an owner or a demonstrative. */
static gboolean
is_determiner (const char *norm)
{
  return is_article_or_owner (norm) || px_word_is_one_of (norm, demonstratives);
}

/* Numbers */

static gboolean is_preposition (const PxToken *token);

/* The token a figure's words start after, back over the decimal point of
 * a calibre: "carried a .45 caliber pistol", and the same stop slipped
 * before its space, "a. 45". */
static guint
figure_opening (PxDocument       *doc,
                PxSentence       *sentence,
                const PxQuantity *quantity)
{
  guint t = quantity->first_token;

  if (t > sentence->first_token && px_document_token (doc, t - 1)->kind == PX_TOKEN_PUNCT
      && g_str_equal (px_document_token (doc, t - 1)->norm, "."))
    t--;
  return t;
}

/* The verb or noun a count is the object or subject of: "killed" in
 * "killed 12 people" and "12 people were killed", "wounding" in "wounding
 * another 70" (a word that adds the count to others says nothing of its
 * act); NULL when none is next to it.
 */
static const PxToken *
quantity_predicate (PxDocument       *doc,
                    PxSentence       *sentence,
                    const PxQuantity *quantity)
{
  static const char * const adding[] = { "another", "other", "further", "additional", NULL };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = figure_opening (doc, sentence, quantity), n = 0; t > sentence->first_token && n < 3; t--, n++)
    {
      PxToken *token = px_document_token (doc, t - 1);

      if (token->kind != PX_TOKEN_WORD || (is_preposition (token) && n > 0))
        break;
      if (!token->is_stop && !is_preposition (token) && !px_word_is_one_of (token->norm, adding))
        return token;
    }
  for (guint t = quantity->end_token, n = 0; t < end && n < 3; t++, n++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD || is_preposition (token))
        break;
      if (!token->is_stop)
        return token;
    }
  return NULL;
}

/* Whether a word is an adverb of manner or degree: one ending in "-ly"
 * that WordNet has as an adverb and not as a noun or a verb: "slightly",
 * "seriously", "critically", not "family", "assembly", "rally",
 * "supply", "monthly" (nouns too), nor "elderly" (only an adjective),
 * nor short ones ("only", "early").
 */
static gboolean
is_ly_adverb (const char *norm)
{
  gsize length = strlen (norm);

  return length > 5 && g_str_has_suffix (norm, "ly") && px_lexicon_word_has_pos (norm, 'r')
         && !px_lexicon_word_has_pos (norm, 'n') && !px_lexicon_word_has_pos (norm, 'v');
}

/* The word after a count and its auxiliaries, which says what its
 * subject underwent: "detained" in "14 people were detained", "injured"
 * in "two villagers were slightly injured"; NULL when a clause, a
 * preposition or punctuation comes first.
 */
static const PxToken *
subject_verb (PxDocument       *doc,
              PxSentence       *sentence,
              const PxQuantity *quantity)
{
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = quantity->end_token, n = 0; t < end && n < 3; t++, n++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD || is_preposition (token))
        break;
      if (!token->is_stop && !is_ly_adverb (token->norm))
        return token;
    }
  return NULL;
}

/* Two verbs that are not one act: "killed" and "injured"; a noun next to
 * a figure ("magnitude 7.5") or synonyms ("hurt", "injured") are not.
 * Only a sense or a derivation in common makes two verbs one act: a verb
 * that is a kind of the other counts some of the other's, or others
 * ("shot three passers-by" against "killing two passers-by", where
 * WordNet's "shoot" is also a way to kill), so it is no rival count.
 */
static gboolean
different_acts (Context       *ctx,
                const PxToken *a,
                const PxToken *b)
{
  const PxLexeme *la, *lb;

  if (g_str_equal (a->concept, b->concept))
    return FALSE;
  la = lexeme_of (ctx, a->norm);
  lb = lexeme_of (ctx, b->norm);
  /* "killing 612 people" is not "a town of 15,000 people" */
  if (la->verb_form != lb->verb_form)
    return TRUE;
  return la->verb_form && !px_lexicon_concepts_meet (la->synonyms, la->n_synonyms, lb->synonyms, lb->n_synonyms);
}

/* Whether token @t is a word of some quantity of @sentence. */
static gboolean
in_a_quantity (PxSentence *sentence,
               guint       t)
{
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (t >= quantity->first_token && t < quantity->end_token)
        return TRUE;
    }
  return FALSE;
}

/* The content words and numbers within four tokens of a quantity; with
 * @apart, only those of no quantity.
 */
static GHashTable *
quantity_neighbours (PxDocument       *doc,
                     PxSentence       *sentence,
                     const PxQuantity *quantity,
                     gboolean          apart)
{
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);
  guint from = quantity->first_token >= sentence->first_token + 4 ? quantity->first_token - 4 : sentence->first_token;
  guint to = MIN (quantity->end_token + 4, sentence->first_token + sentence->n_tokens);
  guint8 covered[64] = { 0 }; /* with @apart: which of the tokens from @from are some quantity's */
  gboolean marked = apart && to - from <= G_N_ELEMENTS (covered);

  /* the sentence's quantities once, not once a token (a sentence may
   * have hundreds) */
  for (guint q = 0; marked && sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, q);

      for (guint t = MAX (other->first_token, from); t < MIN (other->end_token, to); t++)
        covered[t - from] = 1;
    }
  for (guint t = from; t < to; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if ((t >= quantity->first_token && t < quantity->end_token)
          || (apart && (marked ? covered[t - from] != 0 : in_a_quantity (sentence, t))))
        continue;
      if ((token->kind == PX_TOKEN_WORD && !token->is_stop) || token->kind == PX_TOKEN_NUMBER)
        g_hash_table_add (words, (gpointer) token->concept);
    }
  return words;
}

/* Whether the sentence of @quantity gives another quantity of the same
 * kind: "312 yards and two touchdowns, ... 351 yards and three TDs, and
 * two touchdowns on kick returns". Which of them another outlet's
 * figure answers is then only told by the words around them. A part
 * told of the figure ("30 of the 80 wounded") is none.
 */
static gboolean
has_rival (Context          *ctx,
           PxSentence       *sentence,
           const PxQuantity *quantity)
{
  /* asked for every pair of figures: read once a figure */
  gpointer known = g_hash_table_lookup (ctx->rivals, quantity);

  if (known != NULL)
    return GPOINTER_TO_INT (known) == 2;
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, q);

      /* a part told of this figure is no rival: the 80 of "30 of the 80
       * wounded remained in hospital" is the only count of the wounded */
      if (other->partitive && other->start <= quantity->number_start && quantity->number_end <= other->end)
        continue;
      if (other != quantity && px_quantity_comparable (quantity, other, NULL, NULL))
        {
          g_hash_table_insert (ctx->rivals, (gpointer) quantity, GINT_TO_POINTER (2));
          return TRUE;
        }
    }
  g_hash_table_insert (ctx->rivals, (gpointer) quantity, GINT_TO_POINTER (1));
  return FALSE;
}

/* Whether the words around two quantities have a content word in common
 * that is no quantity's: "income of $139 million between 2007 and 2014"
 * and "earned $141 million between 2007 and 2014", not "312 yards and
 * two touchdowns" and "351 yards and three touchdowns".
 */
static gboolean
neighbours_meet (PxDocument       *da,
                 PxSentence       *sa,
                 const PxQuantity *qa,
                 PxDocument       *db,
                 PxSentence       *sb,
                 const PxQuantity *qb)
{
  g_autoptr(GHashTable) na = quantity_neighbours (da, sa, qa, TRUE);
  g_autoptr(GHashTable) nb = quantity_neighbours (db, sb, qb, TRUE);
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, na);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (nb, word))
      return TRUE;
  return FALSE;
}

/* The counts @sentence's words give: each number read at any of its words
 * ("four TDs"), and the parts of a hyphenated one ("29-of-34",
 * "35-yards"). Read once a sentence: gives_figure() asks for them again
 * and again.
 */
static GArray *
counts_given (Context    *ctx,
              PxDocument *doc,
              PxSentence *sentence)
{
  GArray *counts = g_hash_table_lookup (ctx->figures, sentence);
  guint end = sentence->first_token + sentence->n_tokens;

  if (counts != NULL)
    return counts;
  counts = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint t = sentence->first_token; t < end; t++)
    {
      double value;

      g_auto(GStrv) parts = NULL;

      if (px_quantity_parse_number (doc, t, end, &value) > 0)
        g_array_append_val (counts, value);
      if (strchr (px_document_token (doc, t)->norm, '-') == NULL)
        continue;
      parts = g_strsplit (px_document_token (doc, t)->norm, "-", -1);
      for (guint p = 0; parts[1] != NULL && parts[p] != NULL; p++)
        {
          char *rest;

          value = g_ascii_strtod (parts[p], &rest);
          if (rest != parts[p] && *rest == '\0')
            g_array_append_val (counts, value);
        }
    }
  g_hash_table_insert (ctx->figures, sentence, counts);
  return counts;
}

/* Whether the claim's sentences of @source give @quantity's figure
 * anywhere, as a count ("four TDs"), a number ("35-yards") or a quantity
 * of its dimension.
 */
static gboolean
gives_figure (Context          *ctx,
              guint             source,
              const PxQuantity *quantity)
{
  PxDocument *doc = ctx->documents[source];

  if (quantity->vague)
    return FALSE;
  for (guint m = 0; m < ctx->n_members; m++)
    {
      PxSentence *sentence;
      GArray *counts;

      if (ctx->members[m].source != source)
        continue;
      sentence = px_document_sentence (doc, ctx->members[m].sentence);
      for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
        {
          const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, q);

          if (other->dimension == quantity->dimension && !other->vague && other->value == quantity->value
              && g_strcmp0 (other->currency, quantity->currency) == 0)
            return TRUE;
        }
      if (quantity->dimension != PX_DIMENSION_COUNT)
        continue;
      counts = counts_given (ctx, doc, sentence);
      for (guint c = 0; c < counts->len; c++)
        if (g_array_index (counts, double, c) == quantity->value)
          return TRUE;
    }
  return FALSE;
}

/* Whether the tokens [from, to) of @doc are only what may stand between
 * an age and the name it is given to: up to three words of no verb's
 * form or function ("31-year-old British climber Owen Farrant"), or,
 * after the name, a comma, a bracket and "aged" ("Owen Farrant, aged
 * 32"; "Smith (36)").
 */
static gboolean
only_role_words (Context    *ctx,
                 PxDocument *doc,
                 guint       from,
                 guint       to,
                 gboolean    after_name)
{
  static const char * const glue[] = { ",", "(", "aged", "age", NULL };

  if (to < from || to - from > 3)
    return FALSE;
  for (guint t = from; t < to; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (after_name)
        {
          if (!px_word_is_one_of (token->norm, glue))
            return FALSE;
        }
      else if (token->kind != PX_TOKEN_WORD || token->is_stop || lexeme_of (ctx, token->norm)->verb_form)
        return FALSE;
    }
  return TRUE;
}

/* The one person @doc names in full whose given name @entity is alone
 * ("His 26-year-old brother, Ravi," where the report also writes "Ravi
 * Sandhu"); @entity itself when it is more than one word, when no full
 * name of the report starts with it, when two people of the report bear
 * it, or when it is someone's surname there too ("Marshall" beside
 * "Marshall Reyes" and "Dana Marshall"). Read once an entity.
 */
static const PxEntity *
named_in_full (Context        *ctx,
               PxDocument     *doc,
               const PxEntity *entity)
{
  const PxEntity *full = NULL;
  const char *given;

  if ((entity->kind != PX_ENTITY_PERSON && entity->kind != PX_ENTITY_OTHER) || entity->end_token - entity->first_token != 1
      || entity->ambiguous)
    return entity;
  if (ctx->in_full != NULL && g_hash_table_contains (ctx->in_full, entity))
    return g_hash_table_lookup (ctx->in_full, entity);
  given = px_document_token (doc, entity->first_token)->norm;
  for (guint s = 0; s < doc->sentences->len && full != entity; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *other = &g_array_index (sentence->entities, PxEntity, e);

          if (other->kind != PX_ENTITY_PERSON || other->end_token - other->first_token < 2)
            continue;
          if (g_str_equal (other->key, given)
              || (full != NULL && g_str_equal (px_document_token (doc, other->first_token)->norm, given)
                  && !g_str_equal (other->key, full->key)))
            {
              full = entity;
              break;
            }
          if (full == NULL && g_str_equal (px_document_token (doc, other->first_token)->norm, given))
            full = other;
        }
    }
  if (full == NULL)
    full = entity;
  if (ctx->in_full != NULL)
    g_hash_table_insert (ctx->in_full, (gpointer) entity, (gpointer) full);
  return full;
}

/* The name an age is given to: "42-year-old Marta Quist", "the
 * 29-year-old diver Ivo Lind", "John Smith, 36,", "Owen
 * Farrant, aged 32"; a given name alone as the report names it in full
 * elsewhere (named_in_full()); NULL when none.
 */
static const PxEntity *
aged_person (Context          *ctx,
             PxDocument       *doc,
             PxSentence       *sentence,
             const PxQuantity *age)
{
  guint number_last = age->first_token;

  /* the age's own last token: "31-year-old", "32" */
  while (number_last + 1 < age->end_token && px_document_token (doc, number_last + 1)->start < age->number_end)
    number_last++;
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      /* the person named, in full where the report names a given name so */
      const PxEntity *person = named_in_full (ctx, doc, entity);

      if (person->kind != PX_ENTITY_PERSON)
        continue;
      /* the name's words may be read as the age's head words */
      if (entity->start >= age->number_end && entity->start <= MAX (age->end, age->number_end) + 2)
        return person;
      /* the name before its age: "John Smith, 36,", "Smith (36)" */
      if (entity->end <= age->number_start && age->number_start <= entity->end + 3)
        return person;
      /* a role between the age and the name, or "aged" after it */
      if ((entity->first_token > number_last && only_role_words (ctx, doc, number_last + 1, entity->first_token, FALSE))
          || (entity->end <= age->number_start && only_role_words (ctx, doc, entity->end_token, age->first_token, TRUE)))
        return person;
    }
  return NULL;
}

/* Two ages are one slot only when given to one named person: two
 * climbers of one story have two ages.
 */
static gboolean
same_person_aged (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  PxSentence *sa = px_document_sentence (ctx->documents[a->source], a->sentence);
  PxSentence *sb = px_document_sentence (ctx->documents[b->source], b->sentence);
  const PxEntity *pa = aged_person (ctx, ctx->documents[a->source], sa, a->data);
  const PxEntity *pb = aged_person (ctx, ctx->documents[b->source], sb, b->data);

  if (pa == NULL || pb == NULL || !keys_match (pa->key, pb->key) || pa->ambiguous || pb->ambiguous)
    return FALSE;
  /* one family's name is not one person: "58-year-old Helen Varga"
   * and "33-year-old Peter Varga" */
  if (pa->end_token - pa->first_token >= 2 && pb->end_token - pb->first_token >= 2)
    return g_str_equal (px_document_token (ctx->documents[a->source], pa->first_token)->norm,
                        px_document_token (ctx->documents[b->source], pb->first_token)->norm);
  return TRUE;
}

/* Whether two ages are given to two named people, not one: "Luis
 * Ortega, 17" and "Anil Varga, 23" are two ages whatever else the
 * sentences list alike.
 */
static gboolean
persons_aged_apart (Context    *ctx,
                    const Item *a,
                    const Item *b)
{
  PxSentence *sa = px_document_sentence (ctx->documents[a->source], a->sentence);
  PxSentence *sb = px_document_sentence (ctx->documents[b->source], b->sentence);
  const PxEntity *pa = aged_person (ctx, ctx->documents[a->source], sa, a->data);
  const PxEntity *pb = aged_person (ctx, ctx->documents[b->source], sb, b->data);

  return pa != NULL && pb != NULL && !keys_match (pa->key, pb->key) && !px_entities_aliases (pa->key, pb->key);
}

/* Whether two sentences give as many ages, two or more, all of them
 * equal two by two but @qa and @qb: "58-year-old Helen Varga ... and
 * 41-year-old Nina Roos" against "two women, 63 and 41 years old".
 * Then the odd ones out are the same person's age.
 */
static gboolean
ages_answer (PxSentence       *sa,
             const PxQuantity *qa,
             PxSentence       *sb,
             const PxQuantity *qb)
{
  g_autoptr(GPtrArray) left = g_ptr_array_new ();
  guint n_a = 0;

  for (guint q = 0; q < sb->quantities->len; q++)
    {
      const PxQuantity *other = &g_array_index (sb->quantities, PxQuantity, q);

      if (other->dimension == PX_DIMENSION_AGE && other != qb)
        g_ptr_array_add (left, (gpointer) other);
    }
  for (guint q = 0; q < sa->quantities->len; q++)
    {
      const PxQuantity *other = &g_array_index (sa->quantities, PxQuantity, q);
      guint found = G_MAXUINT;

      if (other->dimension != PX_DIMENSION_AGE || other == qa)
        continue;
      n_a++;
      for (guint l = 0; l < left->len && found == G_MAXUINT; l++)
        if (px_quantity_equal (other, g_ptr_array_index (left, l)))
          found = l;
      if (found == G_MAXUINT)
        return FALSE;
      g_ptr_array_remove_index (left, found);
    }
  return n_a > 0 && left->len == 0;
}

enum
{
  TOLL_NONE,
  TOLL_DEAD,
  TOLL_HURT,
  TOLL_HELD,
  TOLL_ANY,   /* casualties: the dead and the hurt together */
};

static int
toll_of_word (const char *norm)
{
  static const char * const dead[] = {
    "dead", "death", "deaths", "fatalities", "fatality", "killed", "kill", "killing", "kills", "died", "die", "dies",
    "dying", "lives",
  };
  static const char * const hurt[] = {
    "injured", "injuring", "injure", "injures", "injuries", "injury", "wounded", "wounding", "wounds", "hurt",
    "hurting",
  };
  /* those held: "14 people were detained" and "19 arrests" count one
   * act, by its verb or its noun; not "charged" or "convicted", which
   * count fewer */
  static const char * const held[] = {
    "arrested", "arresting", "arrest", "arrests", "detained", "detaining", "detain", "detains", "detention",
    "detentions", "seized",
  };

  for (gsize w = 0; w < G_N_ELEMENTS (held); w++)
    if (px_word_equal (norm, held[w]))
      return TOLL_HELD;
  for (gsize w = 0; w < G_N_ELEMENTS (dead); w++)
    if (px_word_equal (norm, dead[w]))
      return TOLL_DEAD;
  for (gsize w = 0; w < G_N_ELEMENTS (hurt); w++)
    if (px_word_equal (norm, hurt[w]))
      return TOLL_HURT;
  if (px_word_equal (norm, "casualties") || px_word_equal (norm, "casualty"))
    return TOLL_ANY;
  return TOLL_NONE;
}

/* Words a toll may count besides its own: "nine people", "seven dead". */
static gboolean
is_toll_head (const char *norm)
{
  static const char * const words[] = { "people", "person", "persons", "others", "more", "victims", NULL };

  return g_strv_contains (words, norm) || toll_of_word (norm) != TOLL_NONE;
}

/* Whether a figure is what a toll came to: "the death toll rose to 12",
 * "a toll of 12", "the toll from the quake stood at 12". A toll is of the
 * dead unless the hurt are named with it ("the injury toll").
 */
static int
toll_by_noun (PxDocument       *doc,
              PxSentence       *sentence,
              const PxQuantity *q)
{
  static const char * const reaching[] = {
    "rose", "risen", "rises", "rise", "climbed", "climbs", "reached", "reaches", "stood", "stands", "hit", "jumped",
    "increased", "is", "was", "now", "at", NULL,
  };
  static const char * const linking[] = { "to", "at", "of", NULL };
  guint t = q->first_token;

  while (t > sentence->first_token && px_word_is_one_of (px_document_token (doc, t - 1)->norm, linking))
    t--;
  if (t == q->first_token && !(t > sentence->first_token && px_word_is_one_of (px_document_token (doc, t - 1)->norm, reaching)))
    return TOLL_NONE;
  for (guint k = t, n = 0; k > sentence->first_token && n < 12; k--, n++)
    {
      const PxToken *token = px_document_token (doc, k - 1);

      if (token->kind == PX_TOKEN_PUNCT)
        break;
      if (g_str_equal (token->norm, "toll"))
        {
          const char *before = k - 1 > sentence->first_token ? px_document_token (doc, k - 2)->norm : "";

          return toll_of_word (before) == TOLL_HURT ? TOLL_HURT : TOLL_DEAD;
        }
    }
  return TOLL_NONE;
}

/* Whether a count is a toll, of the dead or of the hurt, and of whom: by
 * its own words ("seven dead", "three fatalities", "no one was killed")
 * or its verb ("killing nine people", "the deaths of three"). @plain is
 * set when it counts no one in particular: "people", "dead", not
 * "soldiers" (two soldiers may be among five people).
 */
static int
toll_of (PxDocument       *doc,
         PxSentence       *sentence,
         const PxQuantity *q,
         gboolean         *plain)
{
  const PxToken *predicate;
  int toll = TOLL_NONE;

  *plain = TRUE;
  if (q->dimension != PX_DIMENSION_COUNT || q->vague)
    return TOLL_NONE;
  for (guint t = q->first_token; t < q->end_token; t++)
    {
      PxToken *token = px_document_token (doc, t);

      for (guint h = 0; h < q->n_heads; h++)
        if (token->end == q->head_ends[h])
          {
            if (toll == TOLL_NONE)
              toll = toll_of_word (token->norm);
            /* the noun counted: "three fatalities reported" */
            if (h == 0)
              *plain = is_toll_head (token->norm);
          }
    }
  if (toll == TOLL_NONE && (predicate = quantity_predicate (doc, sentence, q)) != NULL)
    toll = toll_of_word (predicate->norm);
  /* or the verb its subject takes: "Police said 14 people were
   * detained", "two people have died" */
  if (toll == TOLL_NONE && (predicate = subject_verb (doc, sentence, q)) != NULL)
    toll = toll_of_word (predicate->norm);
  /* or the toll it came to: "the death toll rose to 12" */
  if (toll == TOLL_NONE && q->n_heads == 0)
    toll = toll_by_noun (doc, sentence, q);
  return toll;
}

/* Whether a toll is a plain count of none that no word narrows: "no one
 * was hurt", "no injuries were reported", not "nobody was seriously
 * hurt" or "no fans were injured".
 */
static gboolean
none_at_all (PxDocument       *doc,
             const PxQuantity *q,
             gboolean          plain)
{
  static const char * const narrowing[] = { "seriously", "critically", "badly", "severely", "gravely", NULL };

  if (!plain || q->high != 0 || q->value != 0)
    return FALSE;
  for (guint t = q->first_token; t < q->end_token; t++)
    if (px_word_is_one_of (px_document_token (doc, t)->norm, narrowing))
      return FALSE;
  return TRUE;
}

/* Whether a count of none is of a group named after "among" that @other
 * does not count: "no deaths among the civilians" says nothing of "four
 * soldiers were killed"; "no injuries among firefighters or residents"
 * is none of "two firefighters".
 */
static gboolean
none_among_others (PxDocument       *doc,
                   PxSentence       *sentence,
                   const PxQuantity *none,
                   const PxQuantity *other)
{
  guint end = sentence->first_token + sentence->n_tokens;

  if (none->end_token >= end || !g_str_equal (px_document_token (doc, none->end_token)->norm, "among"))
    return FALSE;
  for (guint t = none->end_token + 1; t < end && t <= none->end_token + 6; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD)
        break;
      for (guint h = 0; h < other->n_heads; h++)
        if (g_str_equal (token->concept, other->heads[h]))
          return FALSE;
    }
  return TRUE;
}

static gboolean counts_a_part (PxDocument       *doc,
                               PxSentence       *sentence,
                               const PxQuantity *q);
static gboolean counts_each (PxDocument       *doc,
                             PxSentence       *sentence,
                             const PxQuantity *q);
static gboolean duration_role (PxDocument       *doc,
                               PxSentence       *sentence,
                               const PxQuantity *q);
static guint counts_since (PxDocument       *doc,
                           PxSentence       *sentence,
                           const PxQuantity *q);
static const PxEntity *figure_person (PxDocument       *doc,
                                      PxSentence       *sentence,
                                      const PxQuantity *q);
static const char *figure_scope (PxDocument       *doc,
                                 PxSentence       *sentence,
                                 const PxQuantity *q);

/* What quantity_same_topic() asks of a figure against every other of its
 * claim: read once a figure.
 */
typedef struct
{
  int toll;                  /* toll_of() */
  gboolean plain;
  gboolean part;             /* counts_a_part() */
  gboolean each;             /* counts_each() */
  gboolean role;             /* duration_role() */
  guint since;               /* counts_since(): the token of "since", or 0 */
  const PxEntity *person;    /* figure_person() */
  const char *scope;         /* figure_scope() */
  const PxToken *predicate;  /* quantity_predicate() */
  const PxToken *verb;       /* subject_verb() */
} FigureFacts;

static const FigureFacts *
facts_of_figure (Context    *ctx,
                 const Item *item)
{
  const PxQuantity *q = item->data;
  FigureFacts *facts = g_hash_table_lookup (ctx->figure_facts, q);
  PxDocument *doc;
  PxSentence *sentence;

  if (facts != NULL)
    return facts;
  doc = ctx->documents[item->source];
  sentence = px_document_sentence (doc, item->sentence);
  facts = g_new (FigureFacts, 1);
  facts->toll = toll_of (doc, sentence, q, &facts->plain);
  facts->part = counts_a_part (doc, sentence, q);
  facts->each = counts_each (doc, sentence, q);
  facts->role = duration_role (doc, sentence, q);
  facts->since = counts_since (doc, sentence, q);
  facts->person = figure_person (doc, sentence, q);
  facts->scope = figure_scope (doc, sentence, q);
  facts->predicate = quantity_predicate (doc, sentence, q);
  facts->verb = subject_verb (doc, sentence, q);
  g_hash_table_insert (ctx->figure_facts, (gpointer) q, facts);
  return facts;
}

/* Whether the count of some of a toll's people is above the toll itself:
 * "40 alleged gang members seized" cannot be among "35 people were
 * arrested", so the two count the same arrests; "two soldiers" may be
 * among "five people" killed.
 */
static gboolean
part_exceeds (const PxQuantity *a,
              gboolean          plain_a,
              const PxQuantity *b,
              gboolean          plain_b)
{
  /* none at all is none_at_all()'s: "nobody was seriously hurt" is no
   * whole of "two firefighters suffered minor injuries" */
  if (plain_a == plain_b || a->vague || b->vague || a->high <= 0 || b->high <= 0)
    return FALSE;
  return plain_a ? b->low > a->high : a->low > b->high;
}

/* Two counts of one toll that their words do not tie: "leaving seven
 * dead" and "killing nine people"; not "killed two soldiers" and "killed
 * five people". None at all is none of anyone: "no injuries were
 * reported" answers "two firefighters suffered minor injuries".
 */
static gboolean
same_toll (Context    *ctx,
           const Item *a,
           const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  const FigureFacts *fa = facts_of_figure (ctx, a), *fb = facts_of_figure (ctx, b);

  if (fa->toll == TOLL_NONE || fb->toll == TOLL_NONE)
    return FALSE;
  /* no casualties at all is none dead too: "there were no casualties"
   * against "four soldiers were killed" (against the hurt, the words'
   * opposition says it: find_polarity(), one concept); some casualties
   * are no count of the dead */
  if (fa->toll != fb->toll)
    return (fa->toll == TOLL_ANY && fb->toll == TOLL_DEAD && none_at_all (da, a->data, fa->plain)
            && !none_among_others (da, sa, a->data, b->data))
           || (fb->toll == TOLL_ANY && fa->toll == TOLL_DEAD && none_at_all (db, b->data, fb->plain)
               && !none_among_others (db, sb, b->data, a->data));
  /* the same figure of one toll is one count whoever it names: "two
   * fishermen slightly hurt" is the "injured two people" of another
   * report, and stands with it against a third's "five people" */
  return (fa->plain && fb->plain) || px_quantity_equal (a->data, b->data)
         || (none_at_all (da, a->data, fa->plain) && !none_among_others (da, sa, a->data, b->data))
         || (none_at_all (db, b->data, fb->plain) && !none_among_others (db, sb, b->data, a->data))
         || part_exceeds (a->data, fa->plain, b->data, fb->plain);
}

/* Words around a figure that say nothing of what it counts. */
static gboolean
is_saying (const char *norm)
{
  static const char * const words[] = {
    "said", "says", "say", "told", "according", "reported", "reports", "percent", "per", "cent", "officials",
    "official", "authorities", "police", NULL,
  };

  return g_strv_contains (words, norm);
}


static gboolean opens_clause (const PxToken *token);

/* What a share is of: the content words before it in its clause
 * ("turnout was nearly 70%") and after "of" ("70 per cent of registered
 * voters").
 */
static GHashTable *
share_words (PxDocument       *doc,
             PxSentence       *sentence,
             const PxQuantity *q)
{
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = q->first_token, n = 0; t > sentence->first_token && n < 5; t--, n++)
    {
      PxToken *token = px_document_token (doc, t - 1);

      if (token->kind != PX_TOKEN_WORD || opens_clause (token))
        break;
      if (!token->is_stop && !is_saying (token->norm))
        g_hash_table_add (words, (gpointer) token->concept);
    }
  if (q->end_token < end && g_str_equal (px_document_token (doc, q->end_token)->norm, "of"))
    for (guint t = q->end_token + 1, n = 0; t < end && n < 3; t++, n++)
      {
        PxToken *token = px_document_token (doc, t);

        if (token->kind != PX_TOKEN_WORD || opens_clause (token))
          break;
        if (!token->is_stop)
          g_hash_table_add (words, (gpointer) token->concept);
      }
  return words;
}

/* Whether a share names what it is of. */
static gboolean
share_named (PxDocument       *doc,
             PxSentence       *sentence,
             const PxQuantity *q)
{
  g_autoptr(GHashTable) words = share_words (doc, sentence, q);

  return g_hash_table_size (words) > 0;
}

static gboolean
share_of_alike (PxDocument       *da,
                PxSentence       *sa,
                const PxQuantity *qa,
                PxDocument       *db,
                PxSentence       *sb,
                const PxQuantity *qb)
{
  g_autoptr(GHashTable) wa = share_words (da, sa, qa);
  g_autoptr(GHashTable) wb = share_words (db, sb, qb);
  GHashTableIter iter;
  gpointer word;

  /* a share that names nothing ("rose 3%") is any share's rival */
  if (g_hash_table_size (wa) == 0 || g_hash_table_size (wb) == 0)
    return TRUE;
  g_hash_table_iter_init (&iter, wa);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (wb, word))
      return TRUE;
  return FALSE;
}

static gboolean bounds_a_hedge (const PxToken *token);

/* Whether @entity names a place: taken for one, or written as one ("the
 * city of Kelmar", "the town of Ostrava Nova").
 */
static gboolean
is_place (PxDocument     *doc,
          const PxEntity *entity)
{
  static const char * const nouns[] = {
    "city", "town", "village", "province", "region", "district", "county", "state", "island", "port",
    "capital", "municipality", "suburb", "area", NULL,
  };

  if (entity->kind == PX_ENTITY_PLACE)
    return TRUE;
  if (entity->kind != PX_ENTITY_OTHER || entity->first_token < 2
      || !g_str_equal (px_document_token (doc, entity->first_token - 1)->norm, "of"))
    return FALSE;
  return px_word_is_one_of (px_document_token (doc, entity->first_token - 2)->norm, nouns);
}

/* The place a figure's happening is told at: the place named nearest the
 * figure in its clause ("killed more than 4,000 people in the city of
 * Kelmar", not "the deadliest in the region since ..."), the clause a participle
 * after a comma hangs on included ("struck the town of Ostrava Nova, killing
 * 230 people"); NULL when its clause names none.
 */
static const PxEntity *
figure_place (PxDocument       *doc,
              PxSentence       *sentence,
              const PxQuantity *q)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  guint from = q->first_token, to = q->end_token;
  const PxEntity *best = NULL;
  guint best_distance = G_MAXUINT;

  while (from > first && !bounds_a_hedge (px_document_token (doc, from - 1)))
    from--;
  if (from > first + 1 && g_str_equal (px_document_token (doc, from - 1)->norm, ",")
      && g_str_has_suffix (px_document_token (doc, from)->norm, "ing"))
    {
      from--;
      while (from > first && !bounds_a_hedge (px_document_token (doc, from - 1)))
        from--;
    }
  while (to < end && !bounds_a_hedge (px_document_token (doc, to)))
    to++;
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      guint distance;

      if (!is_place (doc, entity) || entity->unconfirmed || entity->first_token < from
          || entity->end_token > to || px_document_token (doc, entity->first_token)->in_quote)
        continue;
      distance = entity->end_token <= q->first_token ? q->first_token - entity->end_token
                 : entity->first_token >= q->end_token ? entity->first_token - q->end_token : 0;
      if (distance < best_distance)
        best = entity, best_distance = distance;
    }
  return best;
}

/* "in 2019" alone: a year. */
static gboolean
year_alone (const PxTimeExpr *time)
{
  return time->year > 0 && time->month == 0 && time->weekday == 0 && time->minutes < 0 && !time->game;
}

/* The time a figure's happening is told at: the one nearest the figure,
 * of a day or a month (a year alone may date another thing the sentence
 * recalls: "the contract for 1,200 vehicles was signed in 2019" against
 * "the contract, signed in 2021, covered 900 vehicles" still tell one
 * contract's size).
 */
static const PxTimeExpr *
figure_time (PxSentence       *sentence,
             const PxQuantity *q)
{
  const PxTimeExpr *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint i = 0; sentence->times != NULL && i < sentence->times->len; i++)
    {
      const PxTimeExpr *time = &g_array_index (sentence->times, PxTimeExpr, i);
      guint distance;

      if (year_alone (time))
        continue;
      distance = time->end <= q->start ? q->start - time->end : time->start >= q->start ? time->start - q->start : 0;

      if (distance < best_distance)
        best = time, best_distance = distance;
    }
  return best;
}

/* The keys of two names a few words apart in a sentence of @doc, with no
 * "and" between them: what places_nested_uncached() reads. */
typedef struct
{
  const char *first;
  const char *second;
} SideBySide;

/* Read once a document, by whichever of the differ's threads asks first
 * (PxDocument.side_by_side): each claim asks of its own places, and read
 * afresh a claim, every sentence of the story was walked again. */
static GArray *
side_by_side (PxDocument *doc)
{
  GArray *pairs;

  if (!g_once_init_enter (&doc->side_by_side))
    return doc->side_by_side;
  pairs = g_array_new (FALSE, FALSE, sizeof (SideBySide));
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint i = 0; sentence->entities != NULL && i < sentence->entities->len; i++)
        for (guint j = 0; j < sentence->entities->len; j++)
          {
            const PxEntity *first = &g_array_index (sentence->entities, PxEntity, i);
            const PxEntity *second = &g_array_index (sentence->entities, PxEntity, j);
            gboolean joined = TRUE;

            if (first->end_token > second->first_token || second->first_token - first->end_token > 4)
              continue;
            for (guint t = first->end_token; t < second->first_token; t++)
              {
                PxToken *token = px_document_token (doc, t);

                joined &= token->kind == PX_TOKEN_WORD ? !g_str_equal (token->norm, "and") && !g_str_equal (token->norm, "or")
                          : token->kind == PX_TOKEN_PUNCT && g_str_equal (token->norm, ",");
              }
            if (joined)
              {
                SideBySide pair = { first->key, second->key };

                g_array_append_val (pairs, pair);
              }
          }
    }
  g_once_init_leave (&doc->side_by_side, pairs);
  return pairs;
}

/* Whether some report writes the two places as one within the other:
 * "Kelmar in the central valley", "Ostrava Nova, Lortia", "Pellis on
 * Vane island"; a few
 * words apart, with no "and" between them.
 */
static gboolean
places_nested_uncached (Context    *ctx,
                        const char *key_a,
                        const char *key_b)
{
  for (guint d = 0; d < ctx->n_documents; d++)
    {
      GArray *pairs = side_by_side (ctx->documents[d]);

      for (guint p = 0; p < pairs->len; p++)
        {
          const SideBySide *pair = &g_array_index (pairs, SideBySide, p);

          if ((keys_match (pair->first, key_a) && keys_match (pair->second, key_b))
              || (keys_match (pair->first, key_b) && keys_match (pair->second, key_a)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
places_nested (Context    *ctx,
               const char *key_a,
               const char *key_b)
{
  g_autofree char *key = g_strcmp0 (key_a, key_b) < 0 ? g_strconcat (key_a, "\n", key_b, NULL)
                                                      : g_strconcat (key_b, "\n", key_a, NULL);
  gpointer known;

  if (ctx->nested == NULL)
    ctx->nested = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known = g_hash_table_lookup (ctx->nested, key);
  if (known == NULL)
    {
      known = GINT_TO_POINTER (places_nested_uncached (ctx, key_a, key_b) ? 2 : 1);
      g_hash_table_insert (ctx->nested, g_steal_pointer (&key), known);
    }
  return GPOINTER_TO_INT (known) == 2;
}

/* Whether WordNet puts either place inside the other ("Glasgow",
 * "Scotland"): the less precise name is no other place.
 */
static gboolean
one_place_within (const char *key_a,
                  const char *key_b)
{
  return px_lexicon_place_within (key_a, key_b) || px_lexicon_place_within (key_b, key_a);
}

/* A test of a place's key against another key (or none). */
typedef gboolean (*PlaceTest) (const char *place,
                               const char *key);

/* Whether the sentence of @item names a place other than @item's own
 * that passes @test with @key: the one walk of placed_alike() and
 * unknown_place_in_region(). */
static gboolean
names_other_place (Context    *ctx,
                   const Item *item,
                   PlaceTest   test,
                   const char *key)
{
  PxDocument *doc = ctx->documents[item->source];
  PxSentence *sentence = px_document_sentence (doc, item->sentence);

  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (entity != item->data && is_place (doc, entity) && test (entity->key, key))
        return TRUE;
    }
  return FALSE;
}

/* A place the table of places knows ("in his Vallerotta cell in Naples"
 * names one: Naples). */
static gboolean
place_known (const char *place,
             const char *unused)
{
  return px_lexicon_place_is_known (place);
}

/* Whether one of two places is a country or region the table of places
 * knows (one that holds places it knows) and the other a place it does
 * not know, in a sentence naming no place it knows: "falls on Mt Kelvey"
 * against "falls in New Zealand's mountains" may tell one place at two
 * scales, and only a gazetteer could say it does not; "Paris" against
 * "Germany", both known, is still read, and so is "a cell in Naples"
 * against "a prison in Sicily" whatever the cell is called.
 */
static gboolean
unknown_place_in_region (Context    *ctx,
                         const Item *a,
                         const Item *b)
{
  const char *key_a = ((const PxEntity *) a->data)->key, *key_b = ((const PxEntity *) b->data)->key;

  return (!px_lexicon_place_is_known (key_a) && px_lexicon_place_holds_places (key_b)
          && !names_other_place (ctx, a, place_known, NULL))
         || (!px_lexicon_place_is_known (key_b) && px_lexicon_place_holds_places (key_a)
             && !names_other_place (ctx, b, place_known, NULL));
}

/* Whether the words of sentence @index of @doc tell of a happening before
 * the report's own, dated by its month alone: "In March, a fire at the
 * same mill killed four workers", "a flood struck the valley in April,
 * destroying 300 homes", or a sentence that opens with a pronoun after
 * such a one ("The last major flood was in April. It destroyed 300
 * homes"). A report dates its
 * own happening by its day ("on Sunday", "on March 3") or not at all; a
 * month right after a figure dates that figure alone ("up from 1.7% in
 * September"), and "since March" or "by April" none.
 */
static int
recalls_happening (PxDocument *doc,
                   guint       index)
{
  static const char * const pronouns[] = { "it", "they", "that", "this", NULL };
  gboolean maybe = FALSE;

  for (guint depth = 0; depth < 2; depth++)
    {
      PxSentence *sentence = px_document_sentence (doc, index);
      guint end = sentence->first_token + sentence->n_tokens;
      guint months_seen = 0;

      for (guint t = sentence->first_token; t + 1 < end; t++)
        {
          const PxToken *in = px_document_token (doc, t), *month = px_document_token (doc, t + 1);
          const PxToken *next = t + 2 < end ? px_document_token (doc, t + 2) : NULL;
          gboolean dates_figure = FALSE;
          double day;

          if (!g_str_equal (in->norm, "in") || !month->is_capital
              || !_px_calendar_month_in (month->norm, strlen (month->norm), PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES)
              || (next != NULL && next->kind == PX_TOKEN_NUMBER && px_quantity_parse_number (doc, t + 2, end, &day) == 1
                  && day >= 1 && day <= 31))
            continue;
          /* "up from 1.7% in September" dates that figure alone */
          for (guint q = 0; t > sentence->first_token && sentence->quantities != NULL && q < sentence->quantities->len; q++)
            {
              const PxQuantity *figure = &g_array_index (sentence->quantities, PxQuantity, q);

              dates_figure |= figure->number_end == px_document_token (doc, t - 1)->end
                              || (figure->dimension == PX_DIMENSION_PERCENT && figure->end_token == t);
            }
          /* hostile text: a sentence of many months asks no more */
          if (++months_seen > 8)
            break;
          if (dates_figure)
            continue;
          /* a month inside a sentence may date an earlier step of the
           * same story: "broke her wrist in October and missed eight matches" */
          if (depth == 0 && t > sentence->first_token)
            {
              maybe = TRUE;
              break;
            }
          return RECALLED;
        }
      /* "It killed 40 people": the sentence before tells which happening */
      if (maybe || index == 0 || sentence->n_tokens == 0
          || !px_word_is_one_of (px_document_token (doc, sentence->first_token)->norm, pronouns))
        return maybe ? RECALLED_MAYBE : RECALLED_NOT;
      index--;
    }
  return RECALLED_NOT;
}

/* Whether two figures belong to two happenings: each is told at a place
 * of its own, neither within the other by WordNet nor written within the
 * other by a report ("more than 4,000 people
 * in the city of Kelmar" and "the town of Ostrava Nova, killing 230
 * people"), or
 * at times a year or more than a month apart ("in December 2003" and "In
 * February"). Such figures never fill one slot, however alike their words.
 */
static gboolean
figures_apart (Context                *ctx,
               const struct Happening *a,
               const struct Happening *b)
{
  /* an earlier happening's figure against one of the report's own */
  if (ABS (a->recalled - b->recalled) == 2)
    return TRUE;
  if (a->time != NULL && b->time != NULL)
    {
      int months = ABS (a->time->month - b->time->month);

      if (a->time->year > 0 && b->time->year > 0 && a->time->year != b->time->year)
        return TRUE;
      if (a->time->month > 0 && b->time->month > 0 && MIN (months, 12 - months) >= 2)
        return TRUE;
    }
  /* two people's figures */
  if (a->person != NULL && b->person != NULL && !keys_match (a->person, b->person)
      && !px_entities_aliases (a->person, b->person))
    return TRUE;
  return a->place != NULL && b->place != NULL && !keys_match (a->place, b->place)
         && !px_entities_aliases (a->place, b->place) && !one_place_within (a->place, b->place)
         && !places_nested (ctx, a->place, b->place);
}

/* Whether figures_apart() must say the same of @a and @b against any
 * other: they are told at one time, of one person and at one place.
 */
static gboolean
happenings_alike (const struct Happening *a,
                  const struct Happening *b)
{
  if ((a->time == NULL) != (b->time == NULL)
      || (a->time != NULL && (a->time->year != b->time->year || a->time->month != b->time->month)))
    return FALSE;
  return g_strcmp0 (a->person, b->person) == 0 && g_strcmp0 (a->place, b->place) == 0 && a->recalled == b->recalled;
}

/* Adds item @x to the @n items of @told unless one of them is told alike
 * (happenings_alike(), read once an item in Happening.alike).
 */
static void
add_happening (Context *ctx,
               guint   *told,
               guint   *n,
               guint    x)
{
  for (guint k = 0; k < *n; k++)
    if (ctx->happenings[told[k]].alike == ctx->happenings[x].alike)
      return;
  told[(*n)++] = x;
}

static gboolean one_clock_act (Context    *ctx,
                               const Item *a,
                               const Item *b);

/* Whether the topics @ri and @rj (roots) of times date two happenings:
 * an item of each dates a verb the other's does not mean. A time whose
 * verb is not known joins either, but never both: "arrested him at
 * 2.30am" with no verb read does not bring "detained at 2:30 a.m."
 * and "let go by 5 a.m." into one topic.
 */
static gboolean
times_apart (Context *ctx,
             GArray  *items,
             guint    ri,
             guint    rj)
{
  g_autofree guint *in_i = NULL, *in_j = NULL;
  guint n_i = 0, n_j = 0;

  /* one topic is no two: its items would all be read as @ri's, none as
   * @rj's (build_topics_full() weighs items of one topic again and again
   * in a claim of copies) */
  if (items->len > 400 || ri == rj)
    return FALSE;
  in_i = g_new (guint, items->len);
  in_j = g_new (guint, items->len);
  for (guint x = 0; x < items->len; x++)
    if (ctx->dating[x] != NULL)
      {
        guint root = find_root (items, x);

        if (root == ri)
          in_i[n_i++] = x;
        else if (root == rj)
          in_j[n_j++] = x;
      }
  for (guint x = 0; x < n_i; x++)
    for (guint y = 0; y < n_j; y++)
      {
        const PxToken *px = ctx->dating[in_i[x]], *py = ctx->dating[in_j[y]];

        if (!same_meaning (ctx, px, py) && !one_clock_act (ctx, &g_array_index (items, Item, in_i[x]),
                                                          &g_array_index (items, Item, in_j[y])))
          return TRUE;
      }
  return FALSE;
}

/* Whether joining the topics of items @i and @j would put figures of two
 * happenings in one (figures_apart()): "612" may agree with another
 * report's "612" and still be no answer to its "26,000" of another quake.
 */
static gboolean
topics_apart (Context               *ctx,
              GArray                *items,
              const TopicHappenings *topics,
              guint                  i,
              guint                  j)
{
  guint ri = find_root (items, i), rj = find_root (items, j);
  g_autofree guint *told_i = NULL, *told_j = NULL; /* each topic's items told at a place, a time or of a person */
  guint n_i = 0, n_j = 0;

  if (ctx->dating != NULL)
    return times_apart (ctx, items, ri, rj);
  if (ctx->happenings == NULL)
    return FALSE;
  /* what each topic holds, kept as it was joined (TopicHappenings) */
  if (topics != NULL)
    {
      guint seen = topics->recalled[ri] | (ri == rj ? 0 : topics->recalled[rj]);

      if ((seen & (1u << RECALLED)) && (seen & (1u << RECALLED_NOT)))
        return TRUE;
      for (guint x = topics->told[ri]; x != G_MAXUINT; x = topics->next[x])
        for (guint y = topics->told[rj]; y != G_MAXUINT; y = topics->next[y])
          if (figures_apart (ctx, &ctx->happenings[x], &ctx->happenings[y]))
            return TRUE;
      return FALSE;
    }
  /* no topic holds figures surely of an earlier happening and figures
   * surely not */
  if (items->len <= 400)
    {
      guint seen_i = 0, seen_j = 0; /* bit per RECALLED_* value */

      for (guint x = 0; x < items->len; x++)
        {
          guint root = find_root (items, x);

          if (root == ri)
            seen_i |= 1u << ctx->happenings[x].recalled;
          else if (root == rj)
            seen_j |= 1u << ctx->happenings[x].recalled;
        }
      if (((seen_i | seen_j) & (1u << RECALLED)) && ((seen_i | seen_j) & (1u << RECALLED_NOT)))
        return TRUE;
    }
  /* hostile sizes: the two items alone */
  if (items->len > 400)
    return figures_apart (ctx, &ctx->happenings[i], &ctx->happenings[j]);
  /* figures_apart() tells two figures apart only by what both are told
   * with: the others need no look, nor a second figure told alike */
  told_i = g_new (guint, items->len);
  told_j = g_new (guint, items->len);
  for (guint x = 0; x < items->len; x++)
    {
      guint root;

      if (ctx->happenings[x].place == NULL && ctx->happenings[x].time == NULL && ctx->happenings[x].person == NULL)
        continue;
      root = find_root (items, x);
      if (root == ri)
        add_happening (ctx, told_i, &n_i, x);
      if (root == rj)
        add_happening (ctx, told_j, &n_j, x);
    }
  for (guint x = 0; x < n_i; x++)
    for (guint y = 0; y < n_j; y++)
      if (figures_apart (ctx, &ctx->happenings[told_i[x]], &ctx->happenings[told_j[y]]))
        return TRUE;
  return FALSE;
}

/* Reads what topics_apart() weighs of each topic of @items as they stand
 * (TopicHappenings), when figures are joined and the claim is of no
 * hostile size; else leaves @topics empty and topics_apart() reads the
 * items themselves.
 */
static void
topic_happenings_init (Context         *ctx,
                       GArray          *items,
                       TopicHappenings *topics)
{
  topics->recalled = topics->told = topics->next = NULL;
  if (ctx->dating != NULL || ctx->happenings == NULL || items->len == 0 || items->len > 400)
    return;
  topics->recalled = g_new0 (guint, 3 * (gsize) items->len);
  topics->told = topics->recalled + items->len;
  topics->next = topics->told + items->len;
  memset (topics->told, 0xff, 2 * sizeof (guint) * items->len);
  for (guint x = 0; x < items->len; x++)
    {
      guint root = find_root (items, x);
      const struct Happening *h = &ctx->happenings[x];
      guint y = topics->told[root];

      topics->recalled[root] |= 1u << h->recalled;
      if (h->place == NULL && h->time == NULL && h->person == NULL)
        continue;
      while (y != G_MAXUINT && ctx->happenings[y].alike != h->alike)
        y = topics->next[y];
      if (y != G_MAXUINT)
        continue;
      topics->next[x] = topics->told[root];
      topics->told[root] = x;
    }
}

/* Topics @ri and @rj joined under @root: each class of both kept once. */
static void
topic_happenings_join (Context         *ctx,
                       TopicHappenings *topics,
                       guint            ri,
                       guint            rj,
                       guint            root)
{
  guint other = root == ri ? rj : ri;
  guint x = topics->told[other];

  topics->recalled[root] |= topics->recalled[other];
  topics->told[other] = G_MAXUINT;
  while (x != G_MAXUINT)
    {
      guint after = topics->next[x], y = topics->told[root];

      while (y != G_MAXUINT && ctx->happenings[y].alike != ctx->happenings[x].alike)
        y = topics->next[y];
      if (y == G_MAXUINT)
        {
          topics->next[x] = topics->told[root];
          topics->told[root] = x;
        }
      x = after;
    }
}

static void
topic_happenings_clear (TopicHappenings *topics)
{
  g_clear_pointer (&topics->recalled, g_free);
  topics->told = topics->next = NULL;
}

/* Whether the words from @t on name a period of the calendar that a part
 * word ("half", "quarter") divides: "of next year", "of 2026", "of the
 * year". A forecast "in the second half of next year" is dated, not
 * counted over a part of the happening; the dates are compared as times.
 */
static gboolean
names_a_period (PxDocument *doc,
                guint       t,
                guint       end)
{
  static const char * const spans[] = { "year", "decade", "century", NULL };
  static const char * const which[] = { "the", "this", "next", "last", "fiscal", "financial", NULL };

  if (t >= end || !g_str_equal (px_document_token (doc, t)->norm, "of"))
    return FALSE;
  for (guint k = t + 1; k < end && k < t + 4; k++)
    {
      const char *norm = px_document_token (doc, k)->norm;

      if (g_strv_contains (spans, norm)
          || _px_calendar_month_in (norm, strlen (norm), PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES)
          || (strlen (norm) == 4 && g_ascii_isdigit (norm[0]) && g_ascii_isdigit (norm[3])
              && (norm[0] == '1' || norm[0] == '2')))
        return TRUE;
      if (!g_strv_contains (which, norm))
        return FALSE;
    }
  return FALSE;
}

/* Whether length of time @q is a window that counts happenings, not
 * the time between two: "the second goalkeeper in three days", "the
 * fourth in under a month" against "two days after placing Adeyemi on
 * the injured list".
 */
static gboolean
duration_window (PxDocument       *doc,
                 PxSentence       *sentence,
                 const PxQuantity *q)
{
  static const char * const ordinals[] = {
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", NULL,
  };
  guint first = sentence->first_token, at = q->first_token;

  if (at == first || !px_word_is_one_of (px_document_token (doc, at - 1)->norm,
                                         (const char * const[]) { "in", "within", "over", NULL }))
    return FALSE;
  for (guint k = at - 1; k > first && k + 6 > at; k--)
    if (px_word_is_one_of (px_document_token (doc, k - 1)->norm, ordinals))
      return TRUE;
  /* or what a count before it numbers: "three new signings in five
   * weeks", "three arrests in two years" */
  for (guint i = 0; sentence->quantities != NULL && i < sentence->quantities->len; i++)
    {
      const PxQuantity *count = &g_array_index (sentence->quantities, PxQuantity, i);

      if (count->dimension == PX_DIMENSION_COUNT && count->end_token < at && count->end_token + 3 >= at)
        return TRUE;
    }
  return FALSE;
}

/* Whether length of time @q is the time in a role: "spent three seasons as
 * the club's head of scouting" is no answer to "has spent 14 seasons
 * with the Rovers".
 */
static gboolean
duration_role (PxDocument       *doc,
               PxSentence       *sentence,
               const PxQuantity *q)
{
  gboolean period = q->dimension == PX_DIMENSION_DURATION;

  for (guint h = 0; h < q->n_heads && !period; h++)
    period = g_str_has_prefix (q->heads[h], "season") || g_str_has_prefix (q->heads[h], "term");
  return period && q->end_token < sentence->first_token + sentence->n_tokens
         && g_str_equal (px_document_token (doc, q->end_token)->norm, "as");
}

/* Where figure @q's count over a period it names from a date starts:
 * the token of "since" in "fined twice since March", "9
 * goals since August"; 0 for a count that names no such bound.
 */
static guint
counts_since (PxDocument       *doc,
              PxSentence       *sentence,
              const PxQuantity *q)
{
  guint end = sentence->first_token + sentence->n_tokens;

  /* the counted thing's words may run on over it: "three times since
   * October" */
  for (guint t = q->first_token + 1; t < end && t < q->end_token + 2; t++)
    if (g_str_equal (px_document_token (doc, t)->norm, "since"))
      return t;
  return 0;
}

/* Whether figure @q's clause names a period of its own after it ("four
 * times this year", "seven games this season", "twice last month",
 * "three arrests in two years"), which a count since a date may hold or
 * fall inside.
 */
static gboolean
counts_in_period (PxDocument       *doc,
                  PxSentence       *sentence,
                  const PxQuantity *q)
{
  static const char * const words[] = {
    "this", "last", "past", "during", "within", "ago", "year", "years", "season", "seasons", "month",
    "months", "week", "weeks", "decade", "far", "until", "till", "before", "after", NULL,
  };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = q->end_token; t < end && t < q->end_token + 6; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (opens_clause (token))
        break;
      if (px_word_is_one_of (token->norm, words) || (token->kind == PX_TOKEN_NUMBER && t > q->end_token
                                                      && g_str_equal (px_document_token (doc, t - 1)->norm, "in")))
        return TRUE;
    }
  return FALSE;
}

/* Whether two counts are of two periods: a count since a date holds
 * some of the count over all time ("had rebuffed three previous
 * approaches since September" may be three of "five earlier
 * proposals"), so the two are one slot only where the part is above the
 * whole ("two earlier proposals": both cannot be true); counts since two
 * dates fill two slots ("twice since March", "four times since
 * August"); the same date's counts are one.
 */
static gboolean
since_apart (Context    *ctx,
             const Item *a,
             const Item *b)
{
  const FigureFacts *fa = facts_of_figure (ctx, a), *fb = facts_of_figure (ctx, b);
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxQuantity *qa = a->data, *qb = b->data;

  if ((fa->since == 0) != (fb->since == 0))
    {
      const PxQuantity *part = fa->since != 0 ? qa : qb, *whole = fa->since != 0 ? qb : qa;
      const Item *whole_item = fa->since != 0 ? b : a;
      PxDocument *dw = ctx->documents[whole_item->source];

      if (part->dimension != PX_DIMENSION_COUNT || part->vague || whole->vague || whole->high <= 0
          || counts_in_period (dw, px_document_sentence (dw, whole_item->sentence), whole))
        return TRUE;
      return !(part->low > whole->high);
    }
  if (fa->since != 0)
    {
      PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
      guint end_a = sa->first_token + sa->n_tokens, end_b = sb->first_token + sb->n_tokens;

      /* the date's words, up to a comma or the clause's end */
      for (guint k = 1; k <= 3; k++)
        {
          guint ta = fa->since + k, tb = fb->since + k;
          gboolean over_a = ta >= end_a || opens_clause (px_document_token (da, ta));
          gboolean over_b = tb >= end_b || opens_clause (px_document_token (db, tb));

          if (over_a || over_b)
            return over_a != over_b;
          if (!g_str_equal (px_document_token (da, ta)->norm, px_document_token (db, tb)->norm))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether figure @q is each one's, not all of theirs: "two players run
 * for more than 120 yards apiece", "120 yards each", "$5 each"; such a
 * figure fills another slot than the total ("ran for over 300 yards").
 */
static gboolean
counts_each (PxDocument       *doc,
             PxSentence       *sentence,
             const PxQuantity *q)
{
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = q->end_token; t < end && t < q->end_token + 2; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;

      if (g_str_equal (norm, "apiece") || g_str_equal (norm, "each"))
        return t + 1 >= end || !g_str_equal (px_document_token (doc, t + 1)->norm, "of");
    }
  return FALSE;
}

/* Where the figure listed right after @token (token @t of @sentence)
 * ends, when @token joins a list of figures ("142 rushing yards and three
 * touchdowns", "1,870 points, 940 rebounds"); 0 otherwise. What is
 * told after a list holds for each figure in it.
 */
static guint
listed_figure_end (const PxSentence *sentence,
                   const PxToken    *token,
                   guint             t)
{
  guint listed = 0;

  if (!g_str_equal (token->norm, "and") && !g_str_equal (token->norm, ","))
    return 0;
  for (guint o = 0; sentence->quantities != NULL && o < sentence->quantities->len; o++)
    {
      const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, o);

      if (other->first_token == t + 1)
        listed = other->end_token;
    }
  return listed;
}

/* Whether figure @q counts over a part of the happening only: "eight points
 * in the first 6½ minutes", "six points during a 12-3 run", "three goals
 * in the second half"; such a figure fills another slot than the whole
 * game's, the whole day's.
 */
static gboolean
counts_a_part (PxDocument       *doc,
               PxSentence       *sentence,
               const PxQuantity *q)
{
  static const char * const parts[] = {
    "minute", "minutes", "seconds", "half", "quarter", "period", "round", "inning", "innings", "set", "hour",
    "hours", "lap", "laps", "run", "stretch", "spell", "game", "games", "match", "matches", "start", "starts",
    "outing", "outings", "appearance", "appearances", "week", "weeks", NULL,
  };
  static const char * const ordinals[] = {
    "first", "second", "third", "fourth", "fifth", "final", "last", "opening", "closing", NULL,
  };
  guint end = sentence->first_token + sentence->n_tokens;

  /* "completed his first 11 passes", "the last three games": the first
   * or last few of the things counted */
  if (q->first_token > sentence->first_token && !q->vague
      && px_word_is_one_of (px_document_token (doc, q->first_token - 1)->norm, ordinals))
    return TRUE;
  for (guint t = q->end_token, limit = q->end_token + 4; t + 1 < end && t < limit; t++)
    {
      PxToken *token = px_document_token (doc, t);
      gboolean during = g_str_equal (token->norm, "during"), in = g_str_equal (token->norm, "in");
      /* a part told of a list of figures holds for each: "142 rushing
       * yards and three touchdowns in her last four games" */
      guint listed = listed_figure_end (sentence, token, t);

      if (listed > t)
        {
          t = listed - 1;
          limit = listed + 4;
          continue;
        }
      if (bounds_a_hedge (token))
        return FALSE;
      if (!during && !in)
        continue;
      /* "in the first 6½ minutes", "during a decisive 12-3 run" */
      for (guint k = t + 1, ordinal = FALSE; k < end && k < t + 8; k++)
        {
          const char *norm = px_document_token (doc, k)->norm;

          if (bounds_a_hedge (px_document_token (doc, k)))
            break;
          ordinal |= px_word_is_one_of (norm, ordinals);
          if (px_word_is_one_of (norm, parts) && (during || ordinal) && !names_a_period (doc, k + 1, end))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean opens_clause (const PxToken *token);

/* Whether the report names @key as a person somewhere: "11 points from
 * Haverly" reads him as a place, his other sentences as who he is. */
static gboolean
named_as_person (PxDocument *doc,
                 const char *key)
{
  /* the document's people, gathered once (PxDocument.people): asked for
   * every figure, a walk through the whole document each time grew with
   * the square of its length */
  return doc->people != NULL && g_hash_table_contains (doc->people, key);
}

/* The person who opens the sentence as its subject, given to a figure
 * of what someone did that no nearer person claims: "Lorne Abbey
 * slipped past two defenders when he saw the gap and ran 40 yards" is
 * Abbey's run, though another is named between ("Abbey fooled Max
 * Rudd when he ..."). An opening word and its comma go first ("First,
 * Abbey ..."). Only for a distance or a count of things, never a toll:
 * "Mayor Jane Doe toured the streets where the floods killed 12" is no
 * toll of hers. NULL when none.
 */
static const PxEntity *
figure_subject (PxDocument       *doc,
                PxSentence       *sentence,
                const PxQuantity *q)
{
  guint t = sentence->first_token, end = t + sentence->n_tokens;
  gboolean plain;

  if (q->vague || !(q->dimension == PX_DIMENSION_DISTANCE || (q->dimension == PX_DIMENSION_COUNT && q->n_heads > 0))
      || toll_of (doc, sentence, q, &plain) != TOLL_NONE)
    return NULL;
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (entity->first_token != t
          && !(entity->first_token == t + 2 && px_document_token (doc, t)->kind == PX_TOKEN_WORD
               && g_str_equal (px_document_token (doc, t + 1)->norm, ",")))
        continue;
      /* "First" read as a name */
      if (entity->kind != PX_ENTITY_PERSON && (entity->kind != PX_ENTITY_PLACE || !named_as_person (doc, entity->key)))
        continue;
      if (g_strcmp0 (entity->key, sentence->speaker) == 0 || px_document_token (doc, entity->first_token)->in_quote
          || entity->end_token >= q->first_token
          /* "Abbey and Rudd ran ...": two subjects */
          || (entity->end_token < end && g_str_equal (px_document_token (doc, entity->end_token)->norm, "and")))
        return NULL;
      return entity;
    }
  return NULL;
}

/* The person a count is of: the nearest person named before it in its
 * clause, with no other figure between ("Ann Kerrigan scored 19
 * points and Lea Dumont scored 12"), or right after it by "from" or
 * "by" ("led by 11 points from Haverly"); never the speaker. NULL
 * when none.
 */
static const PxEntity *
figure_person (PxDocument       *doc,
               PxSentence       *sentence,
               const PxQuantity *q)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  const PxEntity *best = NULL;

  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      gboolean near = TRUE;

      if ((entity->kind != PX_ENTITY_PERSON && (entity->kind != PX_ENTITY_PLACE || !named_as_person (doc, entity->key)))
          || g_strcmp0 (entity->key, sentence->speaker) == 0 || px_document_token (doc, entity->first_token)->in_quote)
        continue;
      if (entity->end_token <= q->first_token)
        {
          if (q->first_token - entity->end_token > 6)
            continue;
          for (guint k = entity->end_token; near && k < q->first_token; k++)
            near = !opens_clause (px_document_token (doc, k)) && px_document_token (doc, k)->kind != PX_TOKEN_NUMBER;
          if (near && (best == NULL || entity->end_token > best->end_token))
            best = entity;
        }
      else if (entity->first_token >= q->end_token && entity->first_token <= q->end_token + 1 && q->end_token < end
               && (g_str_equal (px_document_token (doc, entity->first_token - 1)->norm, "from")
                   || g_str_equal (px_document_token (doc, entity->first_token - 1)->norm, "by")))
        return entity;
    }
  (void) first;
  if (best == NULL)
    best = figure_subject (doc, sentence, q);
  return best;
}

/* Whether a market's figure is its close: "closed down 2.7 percent",
 * "ended the day 2% higher", "finished at 302p", "at the close".
 */
static gboolean
at_the_close (PxDocument       *doc,
              PxSentence       *sentence,
              const PxQuantity *quantity)
{
  static const char * const closing[] = { "closed", "closing", "ended", "finished", "settled", NULL };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = quantity->first_token, n = 0; t > sentence->first_token && n < 5; t--, n++)
    if (px_word_is_one_of (px_document_token (doc, t - 1)->norm, closing))
      return TRUE;
  for (guint t = quantity->end_token; t + 2 < end && t < quantity->end_token + 3; t++)
    if (g_str_equal (px_document_token (doc, t)->norm, "at")
        && (g_str_equal (px_document_token (doc, t + 1)->norm, "close")
            || (g_str_equal (px_document_token (doc, t + 1)->norm, "the")
                && g_str_equal (px_document_token (doc, t + 2)->norm, "close"))))
      return TRUE;
  return FALSE;
}

/* Whether a part of a whole and a plain count are of one act: "missing
 * 7 of the Falcons' 12 games" and "missed six games", not "won 19 of the
 * 35 seats" and "35 seats" (no act beside the whole). */
static gboolean
part_of_one_act (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxToken *pa = quantity_predicate (da, px_document_sentence (da, a->sentence), a->data);
  const PxToken *pb = quantity_predicate (db, px_document_sentence (db, b->sentence), b->data);

  return pa != NULL && pb != NULL && lexeme_of (ctx, pa->norm)->verb_form && lexeme_of (ctx, pb->norm)->verb_form
         && same_meaning (ctx, pa, pb);
}

/* Whether a length of time is that of the act @predicate names, a noun
 * after it: "a 3-1/2 year sentence" against "sentenced to 3 years". */
static gboolean
measures (const PxQuantity *q,
          const PxToken    *predicate)
{
  for (guint h = 0; predicate != NULL && h < q->n_heads; h++)
    if (g_str_equal (q->heads[h], predicate->concept))
      return TRUE;
  return FALSE;
}

/* Whether a length of time is the whole of which a part is told: "most
 * of an eight-month term". */
static gboolean
part_told (PxDocument       *doc,
           PxSentence       *sentence,
           const PxQuantity *q)
{
  guint t = q->first_token;

  if (t > sentence->first_token && is_article_or_owner (px_document_token (doc, t - 1)->norm))
    t--;
  return t >= sentence->first_token + 2 && g_str_equal (px_document_token (doc, t - 1)->norm, "of")
         && px_word_is_one_of (px_document_token (doc, t - 2)->norm, (const char * const[]) {
              "most", "part", "some", "much", "half", "all", "rest", "portion", "remainder", "bulk", NULL });
}

/* Whether two lengths of time are of one act named as a verb on one side
 * and as the noun they measure on the other. */
static gboolean
measure_one_act (PxDocument       *da,
                 PxSentence       *sa,
                 const PxQuantity *qa,
                 PxDocument       *db,
                 PxSentence       *sb,
                 const PxQuantity *qb)
{
  return qa->dimension == PX_DIMENSION_DURATION && qb->dimension == PX_DIMENSION_DURATION
         && !part_told (da, sa, qa) && !part_told (db, sb, qb)
         && (measures (qa, quantity_predicate (db, sb, qb)) || measures (qb, quantity_predicate (da, sa, qa)));
}

/* The span a figure counts over, when its words name one: a rate ("4.6
 * yards per carry", "20 points a game", "averaging 22 points"), a whole
 * career ("1,870 career points", "in his career"), or a named season or
 * year ("this season", "last year"). NULL when none is named. Two
 * figures over different spans fill different slots: "1,000 yards this
 * season" is no rival of "1,200 yards last season", nor "22 points a
 * game" of "30 points".
 */
static const char *
figure_scope (PxDocument       *doc,
              PxSentence       *sentence,
              const PxQuantity *q)
{
  static const char * const rated[] = {
    "game", "night", "match", "season", "year", "day", "week", "month", "contest", "start", "carry", "run", NULL,
  };
  static const char * const spans[] = { "season", "year", "campaign", NULL };
  static const char * const which[] = { "this", "last", "next", "previous", NULL };
  static const char * const dated_back[] = { "earlier", "ago", "before", "previously", "prior", NULL };
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  if (q->first_token > first)
    {
      const char *before = px_document_token (doc, q->first_token - 1)->norm;

      if (px_word_is_one_of (before, (const char * const[]) { "averaging", "averages", "averaged", "average", NULL }))
        return "rate";
    }
  for (guint t = q->first_token; t < q->end_token; t++)
    if (g_str_equal (px_document_token (doc, t)->norm, "career"))
      return "career";
  for (guint t = q->end_token, limit = q->end_token + 6; t < end && t < limit; t++)
    {
      const PxToken *token = px_document_token (doc, t);
      const char *next = t + 1 < end ? px_document_token (doc, t + 1)->norm : "";
      /* the span of a list of figures is each one's: "2,301 points and
       * 1,200 rebounds in his career" */
      guint listed = listed_figure_end (sentence, token, t);

      if (listed > t)
        {
          t = listed - 1;
          limit = listed + 6;
          continue;
        }
      if (bounds_a_hedge (token) || (t > q->end_token && opens_clause (token)))
        break;
      /* "a year earlier" dates the figure it is measured against, no
       * rate: "rose 9% from a year earlier", "up 4% on a year ago" */
      if ((g_str_equal (token->norm, "per") || g_str_equal (token->norm, "a") || g_str_equal (token->norm, "an"))
          && px_word_is_one_of (next, rated) && t < q->end_token + 2
          && (t + 2 >= end || !px_word_is_one_of (px_document_token (doc, t + 2)->norm, dated_back)))
        return "rate";
      /* "in his career", not "both career highs" (a record of one game) */
      if (g_str_equal (token->norm, "career") && t > q->end_token
          && px_word_is_one_of (px_document_token (doc, t - 1)->norm,
                                (const char * const[]) { "his", "her", "their", "its", NULL })
          && !px_word_is_one_of (next, (const char * const[]) { "high", "highs", "best", "bests", "record", NULL }))
        return "career";
      if (px_word_is_one_of (token->norm, which) && px_word_is_one_of (next, spans))
        return g_str_equal (token->norm, "this") ? "this" : g_str_equal (token->norm, "next") ? "next" : "last";
    }
  /* a span the sentence opens with holds for its figures: "Last season
   * it was Okafor who led the team, with 793 yards", "In the previous
   * season, ..." */
  {
    guint t = first;

    if (t < end && px_word_is_one_of (px_document_token (doc, t)->norm,
                                      (const char * const[]) { "in", "during", "over", "for", NULL }))
      t++;
    if (t < end && px_word_is_one_of (px_document_token (doc, t)->norm, (const char * const[]) { "the", NULL }))
      t++;
    if (t + 1 < end && t + 1 < q->first_token && px_word_is_one_of (px_document_token (doc, t)->norm, which)
        && px_word_is_one_of (px_document_token (doc, t + 1)->norm, spans))
      {
        const char *norm = px_document_token (doc, t)->norm;

        return g_str_equal (norm, "this") ? "this" : g_str_equal (norm, "next") ? "next" : "last";
      }
  }
  return NULL;
}

/* Whether two figures count over spans that cannot be one (their
 * figure_scope(), @a and @b): both named and unlike, a career's against
 * any other, or a past span's against one that names none (a story's
 * figures are of its present unless their words date them back: "793
 * yards last season" is no rival of "he had just 269 yards"). */
static gboolean
scopes_apart (const char *a,
              const char *b)
{
  if (a == NULL && b == NULL)
    return FALSE;
  if (a == NULL || b == NULL)
    return g_strcmp0 (a != NULL ? a : b, "career") == 0 || g_strcmp0 (a != NULL ? a : b, "rate") == 0
           || g_strcmp0 (a != NULL ? a : b, "last") == 0;
  return !g_str_equal (a, b);
}

/* A game's final score its document tells: "won 81-70", "a 64-59 win
 * over Ashvale", "beat Leeds 2-1"; the higher figure first. */
typedef struct
{
  guint sentence;
  guint high, low;
} GameScore;

/* Read once a document, by whichever of the differ's threads asks first
 * (PxDocument.game_scores): a claim's run asked it afresh, the same for
 * every claim. */
static GArray *
game_scores (PxDocument *doc)
{
  static const char * const results[] = {
    "win", "wins", "won", "victory", "victories", "loss", "lost", "beat", "beats", "beating", "defeat", "defeated",
    "defeats", "rout", "routed", "edged", "downed", "fell", "falls", "triumph", "score", NULL,
  };
  GArray *scores;

  if (!g_once_init_enter (&doc->game_scores))
    return doc->game_scores;
  scores = g_array_new (FALSE, FALSE, sizeof (GameScore));
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);
      guint first = sentence->first_token, end = first + sentence->n_tokens;

      for (guint t = first; t + 2 < end; t++)
        {
          const PxToken *x = px_document_token (doc, t), *dash = px_document_token (doc, t + 1);
          const PxToken *y = px_document_token (doc, t + 2);
          gboolean result = FALSE;
          char *tail;
          guint64 u, v;

          if (x->kind != PX_TOKEN_NUMBER || y->kind != PX_TOKEN_NUMBER || !g_str_equal (dash->norm, "-")
              || x->end != dash->start || dash->end != y->start)
            continue;
          u = g_ascii_strtoull (x->norm, &tail, 10);
          if (*tail != '\0')
            continue;
          v = g_ascii_strtoull (y->norm, &tail, 10);
          if (*tail != '\0' || u > 500 || v > 500)
            continue;
          /* a result's word two words either side */
          for (guint k = t > first + 2 ? t - 2 : first; k < t + 5 && k < end && !result; k++)
            result = k != t && k != t + 1 && k != t + 2 && px_word_is_one_of (px_document_token (doc, k)->norm, results);
          if (result)
            {
              GameScore score = { s, MAX (u, v), MIN (u, v) };

              g_array_append_val (scores, score);
            }
        }
    }
  g_once_init_leave (&doc->game_scores, scores);
  return scores;
}

static gboolean
tells_score (GArray *scores,
             guint   high,
             guint   low)
{
  for (guint i = 0; i < scores->len; i++)
    if (g_array_index (scores, GameScore, i).high == high && g_array_index (scores, GameScore, i).low == low)
      return TRUE;
  return FALSE;
}

/* Whether two figures belong to two games by the scores told around them
 * (their sentence, the three before it and the one after): "finished
 * the win with 21 points and 12 rebounds" after "Eastfield went on to
 * win 81-70", against "finished with 18 points and seven rebounds, as
 * Eastfield began its league season with a 64-59 win", a round-up's
 * other game. Each side must tell a score near its figure
 * and neither report tell any the other tells near its own.
 */
static gboolean
games_apart (Context    *ctx,
             const Item *a,
             const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  GArray *sa = game_scores (da), *sb = game_scores (db);
  gboolean near_a = FALSE, near_b = FALSE;

  if (sa->len == 0 || sb->len == 0)
    return FALSE;
  for (guint k = 0; k < 2; k++)
    {
      GArray *own = k == 0 ? sa : sb, *other = k == 0 ? sb : sa;
      guint sentence = k == 0 ? a->sentence : b->sentence;

      for (guint i = 0; i < own->len; i++)
        {
          const GameScore *score = &g_array_index (own, GameScore, i);

          if (score->sentence + 3 < sentence || score->sentence > sentence + 1)
            continue;
          if (tells_score (other, score->high, score->low))
            return FALSE;
          if (k == 0)
            near_a = TRUE;
          else
            near_b = TRUE;
        }
    }
  return near_a && near_b;
}

/* The same quantity: comparable units, and for a count the same thing
 * counted in the same predicate (deaths are not injuries: "killed 12
 * people" against "injured 40 people"); a sum of money or a share with
 * a word around it in common (income is not taxes: "$56 million in
 * taxes" against "$141 million between 2007 and 2014").
 */
static gboolean names_apart (PxSentence *sa,
                             PxSentence *sb);

/* Verbs that say nothing of which act a figure counts: "took four years"
 * and "took about three hours", "had 24 points".
 */
static gboolean
is_light_verb (const PxToken *token)
{
  static const char * const stems[] = { "take", "took", "taken", "have", "had", "make", "made", "get", "got", "give",
                                        "gave", "go", "went", "come", "came", "do", "did", "see", "saw", "show" };

  for (gsize w = 0; w < G_N_ELEMENTS (stems); w++)
    if (px_word_equal (token->stem, stems[w]) || px_word_equal (token->norm, stems[w]))
      return TRUE;
  return FALSE;
}

/* Whether a count's act goes unsaid: the verb right before it is a
 * light one, "Kerrigan had 12 points" (where the predicate found past the
 * stop word is "Kerrigan"), and no word of doing follows it, "Osei had
 * 210 yards and two touchdowns receiving". Such a count is the one another
 * report tells with its act, "Kerrigan scored 19 points"; "beat Haddon by
 * 9 points" is no such count.
 */
static gboolean
act_unsaid (Context          *ctx,
            PxDocument       *doc,
            PxSentence       *sentence,
            const PxQuantity *q)
{
  guint opening = figure_opening (doc, sentence, q), end = sentence->first_token + sentence->n_tokens;

  if (opening <= sentence->first_token || !is_light_verb (px_document_token (doc, opening - 1)))
    return FALSE;
  for (guint t = q->end_token; t < end && t < q->end_token + 4; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD && token->kind != PX_TOKEN_NUMBER)
        break;
      if (g_str_has_suffix (token->norm, "ing") && lexeme_of (ctx, token->norm)->verb_form)
        return FALSE;
    }
  return TRUE;
}

/* Whether two sentences each name a period of a game, alone ("in the
 * second quarter", "a fourth-quarter touchdown", "in the first half", "in
 * overtime", "in the seventh inning"), and the two do not overlap: "a
 * touchdown in the second quarter" and "a touchdown in the fourth
 * quarter" are two plays, whatever else they share. Each sentence's
 * period (px_quantity_game_period()) is read once a run: it is asked for
 * every pair of items, and reading it takes the whole sentence.
 */
static gboolean
game_periods_apart (Context    *ctx,
                    PxDocument *da,
                    PxSentence *sa,
                    PxDocument *db,
                    PxSentence *sb)
{
  int low[2], high[2];

  for (guint k = 0; k < 2; k++)
    {
      PxSentence *sentence = k == 0 ? sa : sb;
      gpointer known;

      if (!g_hash_table_lookup_extended (ctx->periods, sentence, NULL, &known))
        {
          int l, h;

          /* a period is below 65,536: overtime is 100, another kind's 200 on */
          known = px_quantity_game_period (k == 0 ? da : db, sentence, &l, &h)
                  ? GUINT_TO_POINTER (((guint) l << 16) | (guint) h) : NULL;
          g_hash_table_insert (ctx->periods, sentence, known);
        }
      if (known == NULL)
        return FALSE;
      low[k] = GPOINTER_TO_UINT (known) >> 16;
      high[k] = GPOINTER_TO_UINT (known) & 0xffff;
    }
  return high[0] < low[1] || high[1] < low[0];
}

/* The noun written before a figure, with "of" between them or, unless
 * @need_of, without ("a magnitude of 6.3", "magnitude 6.3"); NULL when
 * there is none or it is one of @generic, words that name no measure of
 * their own ("a total of 12", "the number 12").
 */
static const PxToken *
noun_named_before (Context            *ctx,
                   PxDocument         *doc,
                   PxSentence         *sentence,
                   const PxQuantity   *q,
                   gboolean            need_of,
                   const char * const *generic)
{
  guint t = q->first_token;
  const PxToken *noun;

  if (t > sentence->first_token && g_str_equal (px_document_token (doc, t - 1)->norm, "of"))
    t--;
  else if (need_of)
    return NULL;
  if (t == sentence->first_token)
    return NULL;
  noun = px_document_token (doc, t - 1);
  if (noun->kind != PX_TOKEN_WORD || noun->is_stop || noun->is_capital || px_word_is_one_of (noun->norm, generic)
      || !lexeme_of (ctx, noun->norm)->is_noun || lexeme_of (ctx, noun->norm)->verb_form)
    return NULL;
  return noun;
}

/* The noun a count is "of", written before it: "record" in "a club
 * record of 318"; NULL when none. Nouns of a group or an age ("a crowd
 * of 300", "aged 40") are no slot.
 */
static const PxToken *
noun_before_of (Context          *ctx,
                PxDocument       *doc,
                PxSentence       *sentence,
                const PxQuantity *q)
{
  static const char * const generic[] = {
    "total", "number", "sum", "average", "maximum", "minimum", "figure", "amount", "count", "group", "list",
    "set", "series", "team", "crowd", "age", "aged", NULL,
  };

  return noun_named_before (ctx, doc, sentence, q, TRUE, generic);
}

/* Whether two counts, one with no noun after it, are "of" the same noun
 * before them: "Mara Lindqvist's club record of 318" answers "Lindqvist's
 * record of 312 goals"; a count with no noun of its own has
 * nothing else to be matched by.
 */
static gboolean
named_before_alike (Context    *ctx,
                    const Item *a,
                    const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxToken *na, *nb;

  if (qa->dimension != PX_DIMENSION_COUNT || qb->dimension != PX_DIMENSION_COUNT || qa->joined || qb->joined
      || (qa->n_heads > 0 && qb->n_heads > 0))
    return FALSE;
  na = noun_before_of (ctx, da, px_document_sentence (da, a->sentence), qa);
  nb = noun_before_of (ctx, db, px_document_sentence (db, b->sentence), qb);
  return na != NULL && nb != NULL && g_str_equal (na->concept, nb->concept);
}

static gboolean measures_named_alike (Context    *ctx,
                                      const Item *a,
                                      const Item *b);

static gboolean running_totals_same (Context          *ctx,
                                     guint             source_a,
                                     guint             sentence_a,
                                     const PxQuantity *qa,
                                     guint             source_b,
                                     guint             sentence_b,
                                     const PxQuantity *qb);

/* px_quantity_equal() of @qa and @qb, asked once: quantity_same_topic()
 * weighs it at several of its rules, each pair of figures of a claim of
 * copies again. *@known is -1 until asked. */
static gboolean
figures_equal (const PxQuantity *qa,
               const PxQuantity *qb,
               int              *known)
{
  if (*known < 0)
    *known = px_quantity_equal (qa, qb);
  return *known;
}

static gboolean
quantity_same_topic (Context    *ctx,
                     const Item *a,
                     const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  const FigureFacts *fa = facts_of_figure (ctx, a), *fb = facts_of_figure (ctx, b);
  gboolean toll = FALSE;
  int equal = -1;

  /* one holder's running total, "now has", told twice */
  if (a->source != b->source && !figures_equal (qa, qb, &equal)
      && running_totals_same (ctx, a->source, a->sentence, qa, b->source, b->sentence, qb))
    return TRUE;
  if (!px_quantity_comparable (qa, qb, NULL, NULL) && !named_before_alike (ctx, a, b)
      && !measures_named_alike (ctx, a, b))
    {
      if (qa->dimension != PX_DIMENSION_COUNT || qb->dimension != PX_DIMENSION_COUNT || !same_toll (ctx, a, b))
        return FALSE;
      toll = TRUE;
    }
  /* a figure the other report gives too, of something else, is no rival
   * of its own: "23 of 30 passes" against "23-of-30 after completing her
   * first 11 passes" */
  if (!figures_equal (qa, qb, &equal) && (gives_figure (ctx, b->source, qa) || gives_figure (ctx, a->source, qb)))
    return FALSE;
  /* a part of the happening against the whole; a part of a whole
   * ("19 of the 35 seats") only against another such part, or a count
   * of the same act (part_of_one_act()) */
  if (fa->part != fb->part || (qa->partitive != qb->partitive && !part_of_one_act (ctx, a, b))
      || fa->each != fb->each || fa->role != fb->role || since_apart (ctx, a, b)
      || scopes_apart (fa->scope, fb->scope))
    return FALSE;
  /* two plays, each with a person the other does not name: "a 12-yard
   * touchdown pass to Wayne" against "a 9-yard touchdown pass to Clark" */
  if ((qa->joined || qb->joined) && !figures_equal (qa, qb, &equal) && names_apart (sa, sb))
    return FALSE;
  /* two games' figures, by the scores told around them; two plays', or
   * two parts of a game, by the periods named ("a 4-yard run in the
   * second quarter", "a 9-yard run in the fourth quarter") */
  if (!figures_equal (qa, qb, &equal) && a->source != b->source
      && (games_apart (ctx, a, b) || game_periods_apart (ctx, da, sa, db, sb)))
    return FALSE;
  /* ages are the same person's, named or listed alike */
  if (qa->dimension == PX_DIMENSION_AGE)
    return figures_equal (qa, qb, &equal) || same_person_aged (ctx, a, b)
           || (ages_answer (sa, qa, sb, qb) && !persons_aged_apart (ctx, a, b));
  /* two people's figures: "Kerrigan scored 19 points" and "Dumont led
   * Haddon with 12 points" */
  {
    const PxEntity *ea = fa->person, *eb = fb->person;

    if (ea != NULL && eb != NULL && !keys_match (ea->key, eb->key) && !px_entities_aliases (ea->key, eb->key))
      return FALSE;
  }
  /* one of several figures answers another's only where the words
   * around them say so */
  if (!figures_equal (qa, qb, &equal) && (has_rival (ctx, sa, qa) || has_rival (ctx, sb, qb))
      && !neighbours_meet (da, sa, qa, db, sb, qb) && !measure_one_act (da, sa, qa, db, sb, qb))
    return FALSE;
  /* a length of time only for one act: "served six months", "after
   * serving more than five years"; not "a 15-year employee" */
  if (qa->dimension == PX_DIMENSION_DURATION && !figures_equal (qa, qb, &equal))
    {
      const PxToken *pa = fa->predicate, *pb = fb->predicate;

      if (duration_window (da, sa, qa) != duration_window (db, sb, qb))
        return FALSE;
      /* or the act's noun after it: "a 3-1/2 year sentence" */
      return (pa != NULL && pb != NULL && same_meaning (ctx, pa, pb)) || measure_one_act (da, sa, qa, db, sb, qb);
    }
  if (qa->dimension == PX_DIMENSION_COUNT)
    {
      const PxToken *pa = fa->predicate, *pb = fb->predicate;
      const PxToken *va = fa->verb, *vb = fb->verb;

      /* what the counted underwent: "14 people were detained" and "nine
       * people were charged" are two counts, whoever said them */
      if (!toll && !figures_equal (qa, qb, &equal) && va != NULL && vb != NULL
          && lexeme_of (ctx, va->norm)->verb_form && lexeme_of (ctx, vb->norm)->verb_form
          && different_acts (ctx, va, vb))
        return FALSE;
      return toll || pa == NULL || pb == NULL || figures_equal (qa, qb, &equal) || act_unsaid (ctx, da, sa, qa)
             || act_unsaid (ctx, db, sb, qb) || !different_acts (ctx, pa, pb);
    }
  /* a market's close is not its moves during the day: "shares slid
   * 6.1 per cent" and "shares closed down 2.7 percent" are two moments */
  if ((qa->dimension == PX_DIMENSION_PERCENT || qa->dimension == PX_DIMENSION_MONEY
       || qa->dimension == PX_DIMENSION_POINTS)
      && !figures_equal (qa, qb, &equal) && at_the_close (da, sa, qa) != at_the_close (db, sb, qb))
    return FALSE;
  /* a share of the same thing: "turnout was 70%" and "turnout reached
   * 71.42 percent", not "unemployment was 7.5 percent" and "turnout
   * reached 45 percent" */
  if (qa->dimension == PX_DIMENSION_PERCENT)
    return figures_equal (qa, qb, &equal) || share_of_alike (da, sa, qa, db, sb, qb);
  if (qa->dimension == PX_DIMENSION_MONEY)
    {
      g_autoptr(GHashTable) na = quantity_neighbours (da, sa, qa, FALSE);
      g_autoptr(GHashTable) nb = quantity_neighbours (db, sb, qb, FALSE);
      GHashTableIter iter;
      gpointer word;

      g_hash_table_iter_init (&iter, na);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        if (g_hash_table_contains (nb, word))
          return TRUE;
      return figures_equal (qa, qb, &equal);
    }
  return TRUE;
}

/* Whether two figures of one slot agree: px_quantity_equal(), which the
 * slot rules and the links between claims ask too, so that no path reads
 * "at least three" against "10" otherwise than another.
 */
static gboolean
quantity_agree (Context    *ctx,
                const Item *a,
                const Item *b)
{
  return px_quantity_equal (a->data, b->data);
}

/* Whether the word of @text that ends at byte @end begins with a capital
 * letter, in any script: "Bavarian", "Österreichische", "Île-de-France".
 */
static gboolean
word_capitalized (const char *text,
                  guint       end)
{
  const char *start = text + end;

  while (start > text)
    {
      const char *prev = g_utf8_find_prev_char (text, start);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      if (!g_unichar_isalnum (c) && c != '-')
        break;
      start = prev;
    }
  return g_unichar_isupper (g_utf8_get_char (start));
}

/* Whether @norm (a head word's form, or NULL) is a noun and no verb's
 * inflection. */
static gboolean
is_plain_noun (Context    *ctx,
               const char *norm)
{
  const PxLexeme *lexeme = norm != NULL ? lexeme_of (ctx, norm) : NULL;

  return lexeme != NULL && lexeme->is_noun && !lexeme->verb_form;
}

/* Whether the word after byte @end of @text opens what a verb takes: a
 * determiner or a possessive ("strikes the island", "hits its coast"), a
 * figure ("kills 10") or a name ("rocks Lortia").
 */
static gboolean
object_follows (const char *text,
                guint       end)
{
  const char *p = text + end;
  char word[16];
  gsize n = 0;

  if (*p != ' ')
    return FALSE;
  while (*p == ' ')
    p++;
  if (g_ascii_isdigit (*p) || g_unichar_isupper (g_utf8_get_char (p)))
    return TRUE;
  while (g_ascii_isalpha (p[n]) && n + 1 < sizeof word)
    {
      word[n] = g_ascii_tolower (p[n]);
      n++;
    }
  word[n] = '\0';
  return n > 0 && !g_ascii_isalpha (p[n])
         && (is_determiner (word) || px_word_is_one_of (word, (const char * const[]) { "him", "them", "us", "me", NULL }));
}

/* Whether head @h of @q is written in the plural: its word is not its stem
 * and ends in "s" ("residents", not "quake"). */
static gboolean
head_plural (const PxQuantity *q,
             guint             h)
{
  return q->head_words[h] != NULL && g_str_has_suffix (q->head_words[h], "s")
         && !g_str_equal (q->head_words[h], q->heads[h]);
}

/* The head a figure's wording ends at from head @h: past a modifier to
 * the noun after it ("seven elderly residents", "900 patrol vehicles",
 * "nine elderly Britons": a name in the plural is the people counted),
 * not past a plural, the things counted ("four students outside"), nor
 * to a name or a verb ("12 points Saturday", "40 homes burned"), nor to
 * the verb of a noun in the singular, which takes an object ("5.8
 * magnitude quake strikes the island", "quake hits Lortia"; "900 patrol
 * vehicles were" is the noun's plural).
 */
static guint
run_on_to_noun (Context          *ctx,
                const char       *text,
                const PxQuantity *q,
                guint             h)
{
  while (h + 1 < q->n_heads && is_plain_noun (ctx, q->head_words[h + 1]) && q->head_words[h] != NULL
         && !head_plural (q, h))
    {
      if (word_capitalized (text, q->head_ends[h + 1]) && !head_plural (q, h + 1))
        break;
      if (head_plural (q, h + 1) && lexeme_of (ctx, q->head_words[h + 1])->is_verb
          && object_follows (text, q->head_ends[h + 1]))
        break;
      h++;
    }
  return h;
}

/* Where the words for a quantity end: at its first head word that a
 * source saying otherwise shares ("91 long-range drones" against "dozens
 * of drones"), else at the first any other source shares.
 */
static guint
quantity_end (Context    *ctx,
              const char *text,
              GArray     *items,
              Item       *item)
{
  const PxQuantity *q = item->data;
  guint root = find_root (items, item - (Item *) items->data);
  int differing = -1, equal = -1;
  gboolean run_on[2] = { FALSE, FALSE };

  /* "4.75%", "2km", "$2bn" say what they measure */
  if (q->dimension != PX_DIMENSION_COUNT)
    return q->number_end;
  /* "a 64-yard drive": the noun it modifies; so too for a figure compared
   * with such a one ("a .45 caliber pistol" against "a 45-caliber
   * pistol") */
  if (q->joined)
    return px_quantity_joined_end (q);
  for (guint i = 0; i < items->len; i++)
    {
      Item *other = &g_array_index (items, Item, i);
      guint end;

      if (other->source != item->source && find_root (items, i) == root && ((const PxQuantity *) other->data)->joined
          && px_quantity_comparable (q, other->data, &end, NULL))
        return end;
    }

  for (guint h = 0; h < q->n_heads; h++)
    for (guint i = 0; i < items->len; i++)
      {
        Item *other = &g_array_index (items, Item, i);
        const PxQuantity *oq = other->data;

        if (other->source == item->source || find_root (items, i) != root)
          continue;
        for (guint k = 0; k < oq->n_heads; k++)
          if (g_str_equal (q->heads[h], oq->heads[k]))
            {
              gboolean same = px_quantity_equal (q, oq);
              int *first = same ? &equal : &differing;

              if (*first >= 0 && *first != (int) h)
                continue;
              *first = h;
              /* a word shared before a noun on each side: "seven elderly
               * residents" against "nine elderly people", "900 patrol
               * vehicles" against "1,200 patrol vehicles" */
              run_on[same] |= k + 1 < oq->n_heads && is_plain_noun (ctx, oq->head_words[k + 1]);
            }
      }
  if (differing >= 0 || equal >= 0)
    {
      guint h = differing >= 0 ? differing : equal;

      return q->head_ends[run_on[differing < 0] ? run_on_to_noun (ctx, text, q, h) : h];
    }
  /* a toll in other words: "seven dead" against "nine people"; a name
   * before the noun is the noun's ("40 alleged Calabrian gang members"),
   * and so is a word that is no noun ("two earlier proposals") */
  if (q->n_heads > 0)
    {
      guint h = 0;

      for (; h + 1 < q->n_heads; h++)
        {
          const PxLexeme *lexeme = q->head_words[h] != NULL ? lexeme_of (ctx, q->head_words[h]) : NULL;

          if (!word_capitalized (text, q->head_ends[h])
              && (lexeme == NULL || lexeme->is_noun || lexeme->n_synonyms == 0))
            break;
        }
      return q->head_ends[h];
    }
  return q->number_end;
}

static char *
quantity_wording (Context *ctx,
                  GArray  *items,
                  Item    *item)
{
  return text_of (ctx, item->source, item->start, item->end);
}

/* Whether two outlets' counts of the same things are the object or
 * subject of one act: "injuring five people" and "injured two people",
 * "were arrested" and "were detained". Their sentences may say the rest
 * in other words.
 */
static gboolean
same_act (Context    *ctx,
          const Item *a,
          const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxToken *pa, *pb;
  /* a time served, a contract's length, how far someone fell, the land
   * a fire burned, a wind's speed, a haul's weight: the unit is the thing
   * measured
   */
  gboolean head = qa->dimension == PX_DIMENSION_DURATION || qa->dimension == PX_DIMENSION_DISTANCE
                  || qa->dimension == PX_DIMENSION_AREA || qa->dimension == PX_DIMENSION_SPEED
                  || qa->dimension == PX_DIMENSION_MASS || qa->dimension == PX_DIMENSION_TEMPERATURE;

  if (qa->dimension != PX_DIMENSION_COUNT && !head)
    return FALSE;
  /* the dead, the hurt: the toll is the act */
  if (qa->dimension == PX_DIMENSION_COUNT && same_toll (ctx, a, b))
    return TRUE;
  for (guint i = 0; i < qa->n_heads; i++)
    for (guint j = 0; j < qb->n_heads; j++)
      head |= g_str_equal (qa->heads[i], qb->heads[j]);
  /* "a 20-storey tower" and "a 25-storey tower": the word joined and the
   * thing it measures are the thing measured; a drive or a pass is one of
   * many a story tells of ("a 64-yard drive", "a 66-yard drive"), never
   * one act by its words alone */
  head |= (qa->joined || qb->joined) && px_quantity_comparable (qa, qb, NULL, NULL)
          && (!qa->joined || px_quantity_joined_to_thing (qa)) && (!qb->joined || px_quantity_joined_to_thing (qb));
  pa = quantity_predicate (da, px_document_sentence (da, a->sentence), qa);
  pb = quantity_predicate (db, px_document_sentence (db, b->sentence), qb);
  if (!head || pa == NULL || pb == NULL)
    return FALSE;
  /* a verb: "people" next to "five" is the head, not the act */
  for (guint h = 0; h < qa->n_heads; h++)
    if (g_str_equal (pa->concept, qa->heads[h]))
      return FALSE;
  return same_meaning (ctx, pa, pb);
}

/* For a slot link, one person's age: named in full alike on both sides
 * ("58-year-old Helen Varga" and "58-year-old Helena Varga" are not
 * told from "33-year-old Varga", her son), or the odd one of two lists
 * that agree on the rest.
 */
static gboolean
linked_age (Context    *ctx,
            const Item *a,
            const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;
  PxSentence *sa = px_document_sentence (ctx->documents[a->source], a->sentence);
  PxSentence *sb = px_document_sentence (ctx->documents[b->source], b->sentence);
  const PxEntity *pa = aged_person (ctx, ctx->documents[a->source], sa, qa);
  const PxEntity *pb = aged_person (ctx, ctx->documents[b->source], sb, qb);

  if (qa->dimension != PX_DIMENSION_AGE || qb->dimension != PX_DIMENSION_AGE)
    return FALSE;
  if (pa != NULL && pb != NULL)
    return pa->end_token - pa->first_token >= 2 && pb->end_token - pb->first_token >= 2 && same_person_aged (ctx, a, b);
  return ages_answer (sa, qa, sb, qb);
}

/* Ages given to one named person or listed alike (ages_answer()). */
static gboolean
same_age (Context    *ctx,
          const Item *a,
          const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;

  return qa->dimension == PX_DIMENSION_AGE && qb->dimension == PX_DIMENSION_AGE
         && (same_person_aged (ctx, a, b)
             || ages_answer (px_document_sentence (ctx->documents[a->source], a->sentence), qa,
                             px_document_sentence (ctx->documents[b->source], b->sentence), qb));
}

/* Whether the topic's sides differ only in how precisely they tell one
 * figure, in the outlets' own voice: a vague amount against figures it
 * holds ("killing hundreds of people" and "killing 612 people", "dozens
 * of people" and "sixty residents"), never two figures or a figure out of
 * its range ("dozens" and "12"). That is the same value told loosely (the
 * development keys record each such pair as no difference, five of five).
 * An outlet that gives someone's count vaguely ("Russia claimed ... dozens
 * of drones", "dozens of drones, officials said") against another's exact
 * one does not repeat that figure: that stays a difference.
 */
static gboolean
only_precision (Context *ctx,
                GArray  *items,
                guint    root)
{
  gboolean any = FALSE;

  for (guint i = 0; i < items->len; i++)
    for (guint j = i + 1; j < items->len; j++)
      {
        const Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);
        const PxQuantity *qa = a->data, *qb = b->data;
        const Item *loose = qa->vague ? a : b;

        if (find_root (items, i) != root || find_root (items, j) != root || a->group == b->group)
          continue;
        if (qa->vague == qb->vague || qa->low > qb->high || qb->low > qa->high)
          return FALSE;
        if (px_document_sentence (ctx->documents[loose->source], loose->sentence)->attribution != PX_ATTRIBUTION_NONE)
          return FALSE;
        any = TRUE;
      }
  return any;
}

/* The noun that names what a figure measures, written before it: "a
 * magnitude of 7.5", "magnitude 7.5"; NULL when there is none, or a word
 * that names no measure of its own ("a total of 12", "the number 12", "a
 * record of 318").
 */
static const PxToken *
measure_before (Context          *ctx,
                PxDocument       *doc,
                PxSentence       *sentence,
                const PxQuantity *q)
{
  static const char * const generic[] = {
    "total", "number", "sum", "average", "maximum", "minimum", "figure", "amount", "count", "group", "record", NULL,
  };
  static const char * const put[] = { "put", "puts", "putting", "placed", "places", "placing", NULL };
  guint t = q->first_token;
  const PxToken *noun;

  /* an estimate's idiom: "puts the magnitude at 6.1", "put the quake's
   * magnitude at 5.9", the verb at most four words before the noun */
  if (t < sentence->first_token + 3 || !g_str_equal (px_document_token (doc, t - 1)->norm, "at"))
    return noun_named_before (ctx, doc, sentence, q, FALSE, generic);
  noun = px_document_token (doc, t - 2);
  if (noun->kind != PX_TOKEN_WORD || noun->is_stop || noun->is_capital || px_word_is_one_of (noun->norm, generic)
      || !lexeme_of (ctx, noun->norm)->is_noun || lexeme_of (ctx, noun->norm)->verb_form)
    return NULL;
  for (guint k = t - 3; k + 6 >= t && k >= sentence->first_token; k--)
    {
      if (px_word_is_one_of (px_document_token (doc, k)->norm, put))
        return noun;
      if (k == sentence->first_token)
        break;
    }
  return NULL;
}

/* Whether two figures measure the same thing by name, one of them named
 * before its figure: "a magnitude of 7.5" and "a 7.6 magnitude
 * earthquake". Counts of things name them after the figure on both sides
 * ("17 passes", "34 passes"), which tells no slot.
 */
static gboolean
same_measure (Context    *ctx,
              const Item *a,
              const Item *b)
{
  const Item *pair[2] = { a, b };

  for (guint k = 0; k < 2; k++)
    {
      PxDocument *doc = ctx->documents[pair[k]->source], *odoc = ctx->documents[pair[1 - k]->source];
      const PxQuantity *q = pair[k]->data, *oq = pair[1 - k]->data;
      const PxToken *noun = measure_before (ctx, doc, px_document_sentence (doc, pair[k]->sentence), q);
      const PxToken *other;

      if (noun == NULL || q->dimension != oq->dimension)
        continue;
      other = measure_before (ctx, odoc, px_document_sentence (odoc, pair[1 - k]->sentence), oq);
      if (other != NULL && g_str_equal (other->concept, noun->concept))
        return TRUE;
      if (oq->n_heads > 0 && g_str_equal (oq->heads[0], noun->concept))
        return TRUE;
    }
  return FALSE;
}

/* The height (PxQuantity.height) a sentence gives beside @q, NULL if
 * none or more than one. */
static const PxQuantity *
height_beside (PxSentence       *sentence,
               const PxQuantity *q)
{
  const PxQuantity *height = NULL;

  for (guint i = 0; sentence->quantities != NULL && i < sentence->quantities->len; i++)
    {
      const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, i);

      if (other == q || !other->height)
        continue;
      if (height != NULL)
        return NULL;
      height = other;
    }
  return height;
}

/* Whether two weights are one person's, each told with a height and the
 * two heights equal: a description ("5-foot-8, 135 pounds" and "5 feet 8
 * inches tall, weighing 130 pounds"). A sentence of two heights, or of
 * heights that differ, tells of two people.
 */
static gboolean
one_description (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data, *ha, *hb;

  if (qa->dimension != PX_DIMENSION_MASS || qb->dimension != PX_DIMENSION_MASS || qa->vague || qb->vague)
    return FALSE;
  ha = height_beside (px_document_sentence (ctx->documents[a->source], a->sentence), qa);
  hb = height_beside (px_document_sentence (ctx->documents[b->source], b->sentence), qb);
  return ha != NULL && hb != NULL && px_quantity_equal (ha, hb);
}

/* Whether a figure's measure is named before it with "of" or an
 * estimate's "at": "a magnitude of 5.9", "puts the magnitude at 6.1";
 * not a noun right before it, which may be a label ("room 253"). */
static gboolean
measure_linked (PxDocument       *doc,
                PxSentence       *sentence,
                const PxQuantity *q)
{
  return q->first_token > sentence->first_token
         && px_word_is_one_of (px_document_token (doc, q->first_token - 1)->norm,
                               (const char * const[]) { "of", "at", NULL });
}

/* Whether two figures, one with no noun after it, name what they
 * measure alike (measure_before()): "it had a magnitude of 5.9" and "the
 * 6.1-magnitude quake", "the survey puts the magnitude at 6.1". A figure
 * with no noun of its own has nothing else to be put in a slot by; it
 * must be linked to its measure (measure_linked()): "room 253" and "room
 * 234" name two rooms, "ships 413" no count of "102 ships".
 */
static gboolean
measures_named_alike (Context    *ctx,
                      const Item *a,
                      const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];

  if (qa->dimension != qb->dimension || qa->joined || qb->joined || (qa->n_heads > 0 && qb->n_heads > 0))
    return FALSE;
  if ((qa->n_heads == 0 && !measure_linked (da, px_document_sentence (da, a->sentence), qa))
      || (qb->n_heads == 0 && !measure_linked (db, px_document_sentence (db, b->sentence), qb)))
    return FALSE;
  return same_measure (ctx, a, b);
}

/* Whether two figures are a place's population each (mark_population()
 * in px-quantity.c) in sentences that name no two places (or other
 * names) apart: one place has one population, "The island, which has
 * about 80,000 residents" / "is home to some 65,000 people"; not
 * "Galway, which is home to" / "Limerick, which has".
 */
static gboolean
same_population (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa, *sb;
  gboolean named_both = FALSE;

  if (qa->n_heads == 0 || qb->n_heads == 0 || qa->head_words[0] != NULL || qb->head_words[0] != NULL
      || !g_str_equal (qa->heads[0], "population") || !g_str_equal (qb->heads[0], "population"))
    return FALSE;
  sa = px_document_sentence (da, a->sentence);
  sb = px_document_sentence (db, b->sentence);
  for (guint i = 0; sa->entities != NULL && i < sa->entities->len; i++)
    {
      const PxEntity *pa = &g_array_index (sa->entities, PxEntity, i);

      if (!is_place (da, pa) && pa->kind != PX_ENTITY_OTHER)
        continue;
      for (guint j = 0; sb->entities != NULL && j < sb->entities->len; j++)
        {
          const PxEntity *pb = &g_array_index (sb->entities, PxEntity, j);

          if (!is_place (db, pb) && pb->kind != PX_ENTITY_OTHER)
            continue;
          named_both = TRUE;
          if (keys_match (pa->key, pb->key) || px_entities_aliases (pa->key, pb->key))
            return TRUE;
        }
    }
  return !named_both;
}

/* Whether the topic's figures differ tenfold or more: outlets that
 * disagree on one count seldom do by so much; one of them counts a part
 * of it or another happening of the kind. Each group of equal values
 * stands by its least figure ("four and a half months" beside a misread
 * "412 months").
 */
static gboolean
magnitudes_apart (GArray *items,
                  guint   root)
{
  double least = G_MAXDOUBLE, most = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      double low = G_MAXDOUBLE;

      if (find_root (items, i) != root)
        continue;
      /* "at least two" reaches any height: its least is its figure */
      for (guint j = 0; j < items->len; j++)
        if (find_root (items, j) == root && g_array_index (items, Item, j).group == item->group)
          low = MIN (low, ((const PxQuantity *) g_array_index (items, Item, j).data)->low);
      least = MIN (least, low);
      most = MAX (most, low);
    }
  return least > 0 && most >= 10 * least;
}

/* Whether item @i of the topic is a vague amount that an exact figure of
 * its own report in the topic tells (pins_vague()): emit_topic() chose
 * the figure, so the topic is no vague count against a figure.
 */
static gboolean
pinned_vague (GArray *items,
              guint   root,
              guint   i)
{
  const Item *item = &g_array_index (items, Item, i);

  for (guint j = 0; j < items->len; j++)
    if (j != i && find_root (items, j) == root && g_array_index (items, Item, j).source == item->source
        && pins_vague (item->data, g_array_index (items, Item, j).data))
      return TRUE;
  return FALSE;
}

/* Two ranks of one thing: "in the 71st minute" against "in the 76th
 * minute", "the 21st head coach" against "the 20th head coach". A rank
 * names what it orders, so its noun is its slot, as a measure's name is
 * (same_measure()); px_quantity_comparable() keeps ranks from amounts
 * and asks for the same noun.
 */
static gboolean
same_rank (const Item *a,
           const Item *b)
{
  const PxQuantity *qa = a->data, *qb = b->data;

  return qa->ordinal && qb->ordinal && px_quantity_comparable (qa, qb, NULL, NULL);
}

/* A count of the same things in the same slot is a number the outlets
 * disagree on; a vague count ("dozens") against a figure is less of one.
 * The slot is the same when the rest of the sentences say the same, or
 * when the counts are of one act on the same things.
 */
static double
quantity_confidence (Context *ctx,
                     GArray  *items,
                     guint    root)
{
  gboolean vague = FALSE, act = FALSE;
  double slot = topic_slot (ctx, items, root);

  for (guint i = 0; i < items->len; i++)
    if (find_root (items, i) == root && ((const PxQuantity *) g_array_index (items, Item, i).data)->vague
        && !pinned_vague (items, root, i))
      vague = TRUE;
  for (guint i = 0; i < items->len && !act; i++)
    for (guint j = i + 1; j < items->len && !act; j++)
      {
        Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);

        act = find_root (items, i) == root && find_root (items, j) == root && a->source != b->source
              && a->group != b->group && same_people (ctx, a, b)
              && (same_act (ctx, a, b) || same_age (ctx, a, b) || same_measure (ctx, a, b) || same_rank (a, b)
                  || one_description (ctx, a, b)
                  || same_population (ctx, a, b) || named_before_alike (ctx, a, b)
                  || running_totals_same (ctx, a->source, a->sentence, a->data, b->source, b->sentence, b->data));
      }
  if (slot < MIN_SLOT && !act && !ctx->linked)
    return -1;
  if (only_precision (ctx, items, root))
    return -1;
  /* "hundreds of people" states no figure to tie to "612 people"; nor is
   * a toll an order of magnitude apart sure to be the same one: "at least
   * 70 people injured" in a week's riots against "rammed a news
   * crew's van, hurting at least three people" */
  ctx->anchored = act && !vague && !magnitudes_apart (items, root);
  return 0.4 + 0.45 * MAX (slot, act ? 0.6 : 0) - (vague ? 0.1 : 0);
}

static void
find_numbers (Context *ctx)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree struct Happening *happenings = NULL;

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence = px_document_sentence (ctx->documents[ref->source], ref->sentence);

      for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
        {
          const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

          add_item (items, ref->source, ref->sentence, quantity, quantity->start,
                    quantity->n_heads > 0 ? quantity->head_ends[0] : quantity->number_end);
        }
      /* ranks, "the 71st minute": compared only with ranks of their noun */
      for (guint q = 0; sentence->ranks != NULL && q < sentence->ranks->len; q++)
        {
          const PxQuantity *rank = &g_array_index (sentence->ranks, PxQuantity, q);

          add_item (items, ref->source, ref->sentence, rank, rank->start, rank->head_ends[rank->n_heads - 1]);
        }
    }
  /* figures: the body's before the headline's ("Five hurt" above "injuring two people") */
  happenings = g_new0 (struct Happening, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      PxDocument *doc = ctx->documents[item->source];
      PxSentence *sentence = px_document_sentence (doc, item->sentence);
      const PxEntity *place = figure_place (doc, sentence, item->data);

      const PxEntity *person = figure_person (doc, sentence, item->data);

      happenings[i].place = place != NULL ? place->key : NULL;
      happenings[i].time = figure_time (sentence, item->data);
      happenings[i].person = person != NULL ? person->key : NULL;
      /* a sentence's figures follow each other: read once a sentence */
      happenings[i].recalled = i > 0 && g_array_index (items, Item, i - 1).source == item->source
                               && g_array_index (items, Item, i - 1).sentence == item->sentence
                               ? happenings[i - 1].recalled : recalls_happening (doc, item->sentence);
    }
  /* happenings_alike() is an equality: each item's class once, so that
   * topics_apart(), asked of every join, compares indices, not strings */
  {
    g_autofree guint *firsts = g_new (guint, MAX (items->len, 1));
    guint n_firsts = 0;

    for (guint i = 0; i < items->len; i++)
      {
        guint k = 0;

        while (k < n_firsts && !happenings_alike (&happenings[firsts[k]], &happenings[i]))
          k++;
        if (k == n_firsts)
          firsts[n_firsts++] = i;
        happenings[i].alike = firsts[k];
      }
  }
  ctx->happenings = happenings;
  build_topics_full (ctx, items, quantity_same_topic, quantity_agree, TRUE);
  join_repeated_topics (ctx, items, quantity_same_topic, quantity_agree);
  ctx->happenings = NULL;
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      item->end = item->display_end = quantity_end (ctx, ctx->documents[item->source]->text, items, item);
    }
  emit_topics (ctx, PX_DIFFERENCE_NUMBER, items, quantity_agree, quantity_wording, quantity_confidence);
}

/* Times */

static gboolean opens_clause (const PxToken *token);

/* Whether the verb form at @t modifies the noun after it, its owner or
 * article before it: "twisted her right ankle", "the injured man", "a
 * reported fire" date no leaving, injuring or reporting.
 */
static gboolean
modifies_noun (Context    *ctx,
               PxDocument *doc,
               PxSentence *sentence,
               guint       t)
{
  const PxToken *before, *after;

  if (t + 1 >= sentence->first_token + sentence->n_tokens)
    return FALSE;
  after = px_document_token (doc, t + 1);
  /* a sentence's first word before a noun or a name is its adjective:
   * "Disgraced Brightpay boss Dana Whitlock was found guilty Monday",
   * "Injured passengers were taken to hospital" */
  if (t == sentence->first_token)
    return after->kind == PX_TOKEN_WORD && !after->is_stop
           && (after->is_capital || lexeme_of (ctx, after->norm)->is_noun);
  before = px_document_token (doc, t - 1);
  if (!is_determiner (before->norm) && !g_str_has_suffix (before->norm, "'s"))
    return FALSE;
  return after->kind == PX_TOKEN_WORD && !after->is_stop && lexeme_of (ctx, after->norm)->is_noun;
}

/* Whether the word at @t follows "will", "would", "shall" or "must",
 * right after it or past one adverb of time or addition ("will also
 * close", "would eventually shut", "will still open").
 */
static gboolean
after_modal (PxDocument *doc,
             PxSentence *sentence,
             guint       t)
{
  static const char * const modals[] = { "will", "would", "shall", "must", NULL };
  static const char * const adverbs[] = { "also", "still", "now", "soon", "then", "later", "eventually", "finally",
                                          "permanently", "temporarily", NULL };

  if (t <= sentence->first_token)
    return FALSE;
  if (px_word_is_one_of (px_document_token (doc, t - 1)->norm, modals))
    return TRUE;
  return t > sentence->first_token + 1 && px_word_is_one_of (px_document_token (doc, t - 1)->norm, adverbs)
         && px_word_is_one_of (px_document_token (doc, t - 2)->norm, modals);
}

/* Whether the "-ing" word at @t names a thing, after an article or an
 * owner and at most one word between that is no verb's form: "in a
 * regulatory filing late Sunday", "at his sentencing", not "was filing
 * late Sunday".
 */
static gboolean
gerund_named (Context    *ctx,
              PxDocument *doc,
              PxSentence *sentence,
              guint       t)
{
  const PxToken *before;

  if (!g_str_has_suffix (px_document_token (doc, t)->norm, "ing") || t < sentence->first_token + 1)
    return FALSE;
  before = px_document_token (doc, t - 1);
  if (is_article_or_owner (before->norm))
    return TRUE;
  return t >= sentence->first_token + 2 && before->kind == PX_TOKEN_WORD && !before->is_stop
         && !lexeme_of (ctx, before->norm)->verb_form && is_article_or_owner (px_document_token (doc, t - 2)->norm);
}

/* The verb whose happening a time dates: the nearest verb before it in
 * its clause ("launched 91 drones at the residence on Sunday night"), else
 * after it ("On Friday, a bomb exploded"); NULL when there is none.
 * @spoken is set when that verb is one of saying: "authorities said
 * Saturday" dates the saying, not the fire.
 */
static const PxToken *
time_predicate (Context          *ctx,
                PxDocument       *doc,
                PxSentence       *sentence,
                const PxTimeExpr *time,
                gboolean         *spoken)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  guint at = first, after;

  *spoken = FALSE;
  while (at < end && px_document_token (doc, at)->start < time->start)
    at++;
  after = at;
  while (after < end && px_document_token (doc, after)->start < time->end)
    after++;
  /* a time between a determiner or an owner and a noun dates that noun's
   * happening: "in the Falcons' Thursday night loss", "since the Monday
   * night fire"
   */
  if (at > first && after < end)
    {
      const PxToken *owner = px_document_token (doc, at - 1), *noun = px_document_token (doc, after);

      if (noun->kind == PX_TOKEN_WORD && !noun->is_stop && !noun->is_capital
          && (g_str_equal (owner->norm, "the") || g_str_has_suffix (owner->norm, "'s")
              || g_str_has_suffix (owner->norm, "'")
              || (owner->kind == PX_TOKEN_WORD && owner->is_capital && !owner->sentence_initial && !owner->is_stop)))
        {
          const PxLexeme *lexeme = lexeme_of (ctx, noun->norm);

          if (lexeme->is_noun && !lexeme->verb_form)
            return noun;
        }
    }
  for (int step = -1; step <= 1; step += 2)
    for (int t = step < 0 ? (int) at - 1 : (int) after; t >= (int) first && t < (int) end; t += step)
      {
        PxToken *token = px_document_token (doc, t);
        const PxLexeme *lexeme;

        gboolean saying = FALSE;

        if (opens_clause (token) && !g_str_equal (token->norm, "that"))
          break;
        for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
          {
            const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

            saying |= cue->speech && cue->first_token <= (guint) t && (guint) t < cue->end_token;
          }
        if (!saying && (token->kind != PX_TOKEN_WORD || token->is_stop || (token->is_capital && !token->sentence_initial)))
          continue;
        lexeme = lexeme_of (ctx, token->norm);
        /* a verb in the present right before its day: "the trial starts
         * Monday", "opens Friday" (an "-s" form may be a noun's plural
         * elsewhere, so only there) */
        if (!saying && !lexeme->verb_form && lexeme->is_verb && t + 1 == (int) at && g_str_has_suffix (token->norm, "s")
            && !modifies_noun (ctx, doc, sentence, t))
          {
            *spoken = FALSE;
            return token;
          }
        /* a verb's plain form right before its day after "to" or a
         * modal: "advances to play Saturday", "will testify Monday";
         * not "thanks to police Saturday" */
        if (!saying && !lexeme->verb_form && lexeme->is_verb && t + 1 == (int) at && t > (int) first
            && (px_word_is_one_of (px_document_token (doc, t - 1)->norm,
                                   (const char * const[]) { "will", "would", "could", "can", "may", "might", "must",
                                                            "should", "shall", NULL })
                || (g_str_equal (px_document_token (doc, t - 1)->norm, "to")
                    && (t < (int) first + 2
                        || !px_word_is_one_of (px_document_token (doc, t - 2)->norm,
                                               (const char * const[]) { "according", "due", "thanks", "prior",
                                                                        "next", "close", "up", "back", NULL })))))
          {
            *spoken = FALSE;
            return token;
          }
        /* or with its object next, a determiner first: "On May 4-5
         * Tarnby hosts a forum", "the company opens a plant on
         * Monday" (a plural noun is seldom followed by one) */
        if (!saying && !lexeme->verb_form && lexeme->is_verb && g_str_has_suffix (token->norm, "s")
            && !g_str_has_suffix (token->norm, "ss") && t + 1 < (int) end
            && is_article_or_owner (px_document_token (doc, t + 1)->norm))
          {
            *spoken = FALSE;
            return token;
          }
        /* a plain form after a modal is a verb wherever the day stands in
         * its clause: "will shut two plants in Michigan in 2027", "will
         * also close two plants" */
        if (!saying && !lexeme->verb_form && lexeme->is_verb && t > (int) first
            && after_modal (doc, sentence, (guint) t))
          {
            *spoken = FALSE;
            return token;
          }
        if (!saying && (!lexeme->verb_form || modifies_noun (ctx, doc, sentence, t) || gerund_named (ctx, doc, sentence, t)))
          continue;
        /* the day of the saying stands next to the verb ("said
         * Saturday", "said on Saturday"); "declared a state of emergency
         * on Thursday" dates the declaration */
        *spoken = saying && (step < 0 ? at - (guint) t : (guint) t - after + 1) <= 2;
        return token;
      }
  return NULL;
}

/* time_predicate() of an item's time, looked up once. */
static const PxToken *
item_predicate (Context    *ctx,
                const Item *item)
{
  PxDocument *doc = ctx->documents[item->source];
  gpointer known = g_hash_table_lookup (ctx->dated, item->data);
  gboolean spoken;

  if (known == NULL)
    {
      known = (gpointer) time_predicate (ctx, doc, px_document_sentence (doc, item->sentence), item->data, &spoken);
      g_hash_table_insert (ctx->dated, (gpointer) item->data, known != NULL ? known : ctx->dated);
    }
  return known == ctx->dated ? NULL : known;
}

/* What a verb was done to when its sentence has it done to a thing of
 * the subject's: "had his No. 7 shirt retired", "got his licence
 * suspended", "has had her conviction overturned" tell of the jersey,
 * the licence, the conviction, not of the subject retiring, being
 * suspended or overturned. NULL when the verb is no such act.
 */
static const PxToken *
undergoer_of (Context       *ctx,
              const Item    *item,
              const PxToken *verb)
{
  static const char * const causes[] = { "had", "has", "have", "having", "got", "get", "gets", "getting", NULL };
  PxDocument *doc = ctx->documents[item->source];
  PxSentence *sentence = px_document_sentence (doc, item->sentence);
  guint first = sentence->first_token, at = first + sentence->n_tokens;

  for (guint t = first; t < first + sentence->n_tokens; t++)
    if (px_document_token (doc, t) == verb)
      at = t;
  if (at == first + sentence->n_tokens || at < first + 2 || !lexeme_of (ctx, verb->norm)->verb_form)
    return NULL;
  for (guint k = at - 1; k > first && k + 7 > at; k--)
    {
      const PxToken *token = px_document_token (doc, k - 1);

      /* a full stop inside a sentence ends an abbreviation: "his No. 7
       * shirt" */
      if (opens_clause (token) && !g_str_equal (token->norm, "."))
        return NULL;
      if (px_word_is_one_of (token->norm, causes))
        {
          const PxToken *thing = px_document_token (doc, at - 1);

          /* something between the two: "had his jersey retired", not
           * "had retired" */
          return thing->kind == PX_TOKEN_WORD && !thing->is_stop && lexeme_of (ctx, thing->norm)->is_noun ? thing : NULL;
        }
    }
  return NULL;
}

/* Whether two times date one happening, as far as their verbs show:
 * "struck the depot early Tuesday" and "struck the depot on Monday
 * night", not "laughed Tuesday" and "upheld the verdict on Thursday".
 */
static gboolean
same_happening (Context    *ctx,
                const Item *a,
                const Item *b)
{
  const PxToken *pa = item_predicate (ctx, a), *pb = item_predicate (ctx, b);
  const PxToken *oa, *ob;

  if (pa == NULL || pb == NULL || !same_meaning (ctx, pa, pb))
    return FALSE;
  /* one verb, two acts: "before retiring in 1988" and "had his shirt
   * retired on March 3, 1991" */
  oa = undergoer_of (ctx, a, pa);
  ob = undergoer_of (ctx, b, pb);
  if ((oa == NULL) != (ob == NULL))
    return FALSE;
  return oa == NULL || g_str_equal (oa->norm, ob->norm) || same_meaning (ctx, oa, ob);
}

/* The first word after verb token @v that is no article or owner, three
 * words on at most ("stopping the fight": "fight"), or NULL. */
static const PxToken *
object_word (PxDocument *doc,
             PxSentence *sentence,
             guint       v)
{
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = v + 1; t < end && t <= v + 3; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD)
        return NULL;
      if (!is_article_or_owner (token->norm))
        return token;
    }
  return NULL;
}

/* Whether the act a game's clock @a dates, with its object ("stopping the
 * fight at the 2:15 mark"), is told in @b's sentence too, where @b's clock
 * dates another verb ("finished the job 44 seconds into the seventh round
 * when ... the referee stepped in to stop the fight"): the two clocks are
 * of that one act. */
static gboolean
clock_act_told_by (Context    *ctx,
                   const Item *a,
                   const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  const PxToken *verb = item_predicate (ctx, a), *object;

  if (verb == NULL)
    return FALSE;
  object = object_word (da, sa, (guint) (verb - px_document_token (da, 0)));
  if (object == NULL)
    return FALSE;
  for (guint t = sb->first_token; t < sb->first_token + sb->n_tokens; t++)
    {
      const PxToken *token = px_document_token (db, t), *other;

          if (token->kind != PX_TOKEN_WORD || token->is_stop || !same_meaning (ctx, verb, token))
        continue;
      other = object_word (db, sb, t);
      if (other != NULL && same_meaning (ctx, object, other))
        return TRUE;
    }
  return FALSE;
}

/* Whether two sources' game clocks date one act told by both sentences
 * (clock_act_told_by()), whatever verbs date them. */
static gboolean
one_clock_act (Context    *ctx,
               const Item *a,
               const Item *b)
{
  return a->source != b->source && ((const PxTimeExpr *) a->data)->game && ((const PxTimeExpr *) b->data)->game
         && (clock_act_told_by (ctx, a, b) || clock_act_told_by (ctx, b, a));
}

static gboolean
time_same_topic (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  if (!px_time_comparable (a->data, b->data))
    return FALSE;
  /* two plays, or two parts of a game: "with 3:20 left" in the first half
   * is no other moment than "with 6:15 left" in the third quarter */
  if (a->source != b->source
      && game_periods_apart (ctx, ctx->documents[a->source],
                             px_document_sentence (ctx->documents[a->source], a->sentence),
                             ctx->documents[b->source],
                             px_document_sentence (ctx->documents[b->source], b->sentence)))
    return FALSE;
  /* a game's clock reads a moment of many ("levelled it with 12:30 left, then
   * broke the record with 4:18 left"): one only by the same verb */
  if (((const PxTimeExpr *) a->data)->game)
    return same_happening (ctx, a, b) || one_clock_act (ctx, a, b);
  /* a year alone dates many things a story recalls ("elected in 2016",
   * "signed in 2019"): one only by the same verb */
  if (year_alone (a->data) || year_alone (b->data))
    return same_happening (ctx, a, b);
  /* each verb, when both are known, must be the other's */
  if (item_predicate (ctx, a) != NULL && item_predicate (ctx, b) != NULL)
    return same_happening (ctx, a, b);
  return TRUE;
}

/* Whether @night is a day's night, no clock given ("Friday night", "late
 * Friday"), and @small the next day's small hours ("early Saturday",
 * "overnight into Saturday", "1:40 a.m. Saturday").
 */
static gboolean
night_then_small_hours (const PxTimeExpr *night,
                        const PxTimeExpr *small)
{
  if (night->weekday == 0 || small->weekday == 0 || night->minutes >= 0
      || (night->daypart != PX_DAYPART_NIGHT && night->daypart != PX_DAYPART_LATE)
      || small->weekday != night->weekday % 7 + 1
      || (night->day > 0 && small->day > 0 && night->month == small->month && small->day != night->day + 1))
    return FALSE;
  return small->minutes >= 0 ? small->minutes < 6 * 60
                             : small->daypart == PX_DAYPART_EARLY || small->daypart == PX_DAYPART_OVERNIGHT;
}

/* Whether a report of the comparison gives one moment on two days, in two
 * zones: "about 10:20 p.m. Sunday (3:20 a.m. GMT Monday)". The story's
 * night then falls on the next day for readers elsewhere, and outlets
 * that write "Friday night" and "early Saturday" tell one night. Asked
 * once a claim.
 */
static gboolean
night_across_zones (Context *ctx)
{
  if (ctx->across_zones == 0)
    {
      ctx->across_zones = 1;
      for (guint d = 0; d < ctx->n_documents && ctx->across_zones == 1; d++)
        for (guint s = 0; s < ctx->documents[d]->sentences->len && ctx->across_zones == 1; s++)
          {
            PxSentence *sentence = px_document_sentence (ctx->documents[d], s);

            for (guint i = 0; sentence->times != NULL && i < sentence->times->len; i++)
              for (guint j = 0; j < sentence->times->len; j++)
                {
                  const PxTimeExpr *x = &g_array_index (sentence->times, PxTimeExpr, i);
                  const PxTimeExpr *y = &g_array_index (sentence->times, PxTimeExpr, j);

                  if (x->minutes >= 0 && y->minutes >= 0 && x->weekday > 0 && y->weekday == x->weekday % 7 + 1
                      && (x->zoned || y->zoned) && px_time_equal (x, y))
                    ctx->across_zones = 2;
                }
          }
    }
  return ctx->across_zones == 2;
}

static gboolean
time_agree (Context    *ctx,
            const Item *a,
            const Item *b)
{
  if (px_time_equal (a->data, b->data))
    return TRUE;
  return (night_then_small_hours (a->data, b->data) || night_then_small_hours (b->data, a->data))
         && night_across_zones (ctx);
}

static char *
span_wording (Context *ctx,
              GArray  *items,
              Item    *item)
{
  return text_of (ctx, item->source, item->start, item->display_end);
}

/* Surer when the rest of the sentences say the same, or the same verb
 * dates the same people's happening.
 */
static double
time_confidence (Context *ctx,
                 GArray  *items,
                 guint    root)
{
  double slot = topic_slot (ctx, items, root);
  gboolean happening = FALSE;

  for (guint i = 0; i < items->len && !happening; i++)
    for (guint j = i + 1; j < items->len && !happening; j++)
      {
        Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);

        happening = find_root (items, i) == root && find_root (items, j) == root && a->source != b->source
                    && a->group != b->group && same_people (ctx, a, b)
                    && (same_happening (ctx, a, b) || one_clock_act (ctx, a, b));
      }
  if (slot < MIN_SLOT && !happening)
    return -1;
  ctx->anchored = happening;
  return 0.3 + 0.5 * MAX (slot, happening ? 0.6 : 0);
}

/* A publication stamp, not the time of a happening: a date with its year
 * and a clock time ("March 4, 2019 10:42 pm"), or a time with hardly
 * a word beside it and no clause ("13:26 BST", "Updated Monday"). A short
 * sentence that tells something is no stamp: "Its control committee will
 * meet on Friday", "Polls closed Sunday".
 */
static gboolean
is_stamp (Context          *ctx,
          PxDocument       *doc,
          PxSentence       *sentence,
          const PxTimeExpr *time)
{
  static const char * const auxiliaries[] = {
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were", NULL,
  };
  static const char * const publishing[] = {
    "updated", "published", "posted", "modified", "edited", "created", "filed", "revised", NULL,
  };
  guint words = 0;
  gboolean clause = FALSE;

  if (time->year > 0 && time->minutes >= 0)
    return TRUE;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD || (token->end > time->start && token->start < time->end))
        continue;
      if (!token->is_stop)
        words++;
      clause |= px_word_is_one_of (token->norm, auxiliaries)
                || (!token->is_capital && !px_word_is_one_of (token->norm, publishing)
                    && lexeme_of (ctx, token->norm)->verb_form);
      /* the answer is known: no need to read the rest */
      if (words >= 4 || clause)
        return FALSE;
    }
  return TRUE;
}

static void
find_times (Context *ctx)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence = px_document_sentence (ctx->documents[ref->source], ref->sentence);

      for (guint t = 0; sentence->times != NULL && t < sentence->times->len; t++)
        {
          const PxTimeExpr *time = &g_array_index (sentence->times, PxTimeExpr, t);

          gboolean spoken;

          /* "police said Wednesday" dates the saying */
          time_predicate (ctx, ctx->documents[ref->source], sentence, time, &spoken);
          if (!is_stamp (ctx, ctx->documents[ref->source], sentence, time) && !spoken)
            add_item (items, ref->source, ref->sentence, time, time->start, time->end);
        }
    }
  {
    g_autofree const PxToken **predicates = g_new0 (const PxToken *, MAX (items->len, 1));

    for (guint i = 0; i < items->len; i++)
      predicates[i] = item_predicate (ctx, &g_array_index (items, Item, i));
    ctx->dating = predicates;
    build_topics (ctx, items, time_same_topic, time_agree);
    ctx->dating = NULL;
  }
  emit_topics (ctx, PX_DIFFERENCE_TIME, items, time_agree, span_wording, time_confidence);
}

/* Quotations */

/* The words of a quotation, as token indexes; a clock time in it is
 * left to the times, which read "6:41pm PST" and "18:41" as one value
 * written two ways, and compare it there.
 */
static GArray *
quote_words (PxDocument    *doc,
             PxSentence    *sentence,
             const PxQuote *quote)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = quote->first_token; t < quote->end_token; t++)
    {
      PxToken *token = px_document_token (doc, t);
      gboolean clock = FALSE;

      for (guint k = 0; sentence->times != NULL && k < sentence->times->len && !clock; k++)
        {
          const PxTimeExpr *time = &g_array_index (sentence->times, PxTimeExpr, k);

          clock = time->minutes >= 0 && !time->game && token->start >= time->start && token->end <= time->end;
        }
      if (!clock && (token->kind == PX_TOKEN_WORD || token->kind == PX_TOKEN_NUMBER))
        g_array_append_val (words, t);
    }
  return words;
}

/* Whether A's @i-th and B's @j-th tokens are one word, by concept
 * (@by_stem) or as written. */
static inline gboolean
words_match (PxDocument *doc_a,
             GArray     *a,
             guint       i,
             PxDocument *doc_b,
             GArray     *b,
             guint       j,
             gboolean    by_stem)
{
  PxToken *ta = px_document_token (doc_a, g_array_index (a, guint, i));
  PxToken *tb = px_document_token (doc_b, g_array_index (b, guint, j));

  return by_stem ? g_str_equal (ta->concept, tb->concept) : g_str_equal (ta->norm, tb->norm);
}

/* The most cells lcs() fills: two lists of 2,000 words. Its table grows
 * with the product of their lengths, so two sentences of 90,000 words
 * without a stop would want 32 GB; past the bound nothing is matched. The
 * differ's own lists are bounded well below it (members_within_bounds()), and a
 * sentence of over 2,000 words is no sentence to show words of.
 */
#define MAX_LCS_CELLS (2001 * 2001)

/* Longest common subsequence of two token lists by @field (norm or stem);
 * fills @match_a[i] with the index in B matched to A's i-th, or -1.
 */
static guint
lcs (PxDocument *doc_a,
     GArray     *a,
     PxDocument *doc_b,
     GArray     *b,
     gboolean    by_stem,
     int        *match_a)
{
  guint n = a->len, m = b->len;
  guint *table;
  guint length;

  if ((gsize) (n + 1) * (m + 1) > MAX_LCS_CELLS)
    {
      for (guint k = 0; match_a != NULL && k < n; k++)
        match_a[k] = -1;
      return 0;
    }
  table = g_new0 (guint, (gsize) (n + 1) * (m + 1));

#define CELL(i, j) table[(gsize) (i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      CELL (i, j) = words_match (doc_a, a, i, doc_b, b, j, by_stem) ? CELL (i + 1, j + 1) + 1
                                                                  : MAX (CELL (i + 1, j), CELL (i, j + 1));
  length = CELL (0, 0);

  if (match_a != NULL)
    {
      guint i = 0, j = 0;

      for (guint k = 0; k < n; k++)
        match_a[k] = -1;
      while (i < n && j < m)
        {
          gboolean same = words_match (doc_a, a, i, doc_b, b, j, by_stem);

          /* of two words that may match, the one that begins a run:
           * "to find his sons a quieter life" is the end of "He moved
           * out to Tarnby to find his sons a quieter life", not "to" of
           * "out to" with "Tarnby to" put in */
          if (same && CELL (i, j) == CELL (i + 1, j + 1) + 1 && i + 1 < n && j + 1 < m
              && (CELL (i + 1, j) == CELL (i, j) || CELL (i, j + 1) == CELL (i, j))
              && !words_match (doc_a, a, i + 1, doc_b, b, j + 1, by_stem))
            {
              if (CELL (i + 1, j) == CELL (i, j))
                i++;
              else
                j++;
              continue;
            }
          if (same && CELL (i, j) == CELL (i + 1, j + 1) + 1)
            match_a[i++] = j++;
          else if (CELL (i + 1, j) >= CELL (i, j + 1))
            i++;
          else
            j++;
        }
    }
#undef CELL
  g_free (table);
  return length;
}

typedef struct
{
  gboolean same_quotation;
  guint common;        /* words in common, in order */
  guint content;       /* of them, words that are not function words */
  gboolean substituted;
  /* the first substitution, as word positions [start, end) in each */
  guint a_start, a_end;
  guint b_start, b_end;
} QuoteComparison;

/* A stop word, or a pronoun with a contraction: "you'd", "we're". */
static gboolean
is_function_word (const PxToken *token)
{
  const char *apostrophe;

  if (token->is_stop)
    return TRUE;
  apostrophe = strchr (token->norm, '\'');
  if (apostrophe != NULL && apostrophe > token->norm)
    {
      g_autofree char *base = g_strndup (token->norm, apostrophe - token->norm);

      return px_text_is_stop_word (base);
    }
  return FALSE;
}

/* The letters and digits of words [from, to), lower case. */
static char *
letters_of (PxDocument *doc,
            GArray     *words,
            guint       from,
            guint       to)
{
  GString *letters = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    for (const char *c = px_document_token (doc, g_array_index (words, guint, i))->norm; *c != '\0'; c++)
      if (g_ascii_isalnum (*c))
        g_string_append_c (letters, *c);
  return g_string_free (letters, FALSE);
}

/* "say-the" against "say – the": the same words, cut otherwise. */
static gboolean
same_letters (PxDocument *doc,
              GArray     *words,
              guint       from,
              guint       to,
              PxDocument *odoc,
              GArray     *owords,
              guint       ofrom,
              guint       oto)
{
  g_autofree char *a = letters_of (doc, words, from, to);
  g_autofree char *b = letters_of (odoc, owords, ofrom, oto);

  return *a != '\0' && g_str_equal (a, b);
}

/* Articles, conjunctions, prepositions, auxiliaries and pronouns: "fire
 * has progressed" is "fire progressed" quoted.
 */
static gboolean
is_glue_word (const PxToken *token)
{
  static const char * const words[] = {
    "a", "an", "the", "and", "or", "but", "that", "of", "to", "in", "on", "at", "for", "with", "by",
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "do", "did",
    "does", "i", "we", "you", "he", "she", "they", "it", NULL,
  };

  return g_strv_contains (words, token->norm);
}

static gboolean
is_denial (const PxToken *token)
{
  static const char * const denials[] = {
    "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot", NULL,
  };

  return px_word_is_one_of (token->norm, denials) || g_str_has_suffix (token->norm, "n't");
}

/* Whether words [from, to) and the other side's [ofrom, oto) say the
 * same words of content in another voice or form, and neither denies:
 * "remember me" against "be remembered", "said" against "says". A
 * quotation told so is one utterance set down two ways, not a misquote.
 */
static gboolean
same_content_stems (PxDocument *doc,
                    GArray     *words,
                    guint       from,
                    guint       to,
                    PxDocument *odoc,
                    GArray     *owords,
                    guint       ofrom,
                    guint       oto)
{
  g_autoptr(GPtrArray) stems = g_ptr_array_new ();
  guint n_other = 0;

  for (guint i = from; i < to; i++)
    {
      PxToken *token = px_document_token (doc, g_array_index (words, guint, i));

      if (is_denial (token))
        return FALSE;
      if (!is_function_word (token))
        g_ptr_array_add (stems, (gpointer) token->stem);
    }
  for (guint i = ofrom; i < oto; i++)
    {
      PxToken *token = px_document_token (odoc, g_array_index (owords, guint, i));
      guint k;

      if (is_denial (token))
        return FALSE;
      if (is_function_word (token))
        continue;
      n_other++;
      for (k = 0; k < stems->len; k++)
        if (g_ptr_array_index (stems, k) != NULL && g_str_equal (g_ptr_array_index (stems, k), token->stem))
          break;
      if (k == stems->len)
        return FALSE;
      g_ptr_array_index (stems, k) = NULL;
    }
  return n_other > 0 && n_other == stems->len;
}

/* Whether the words [from, to) of a quotation (indexes into @words) only
 * differ in function words from [ofrom, oto) of the other, or by a word's
 * ending: "I'd" for "you'd" when a quotation is turned round, "support"
 * for "supported". Such gaps are how outlets adapt a quotation, not
 * different words.
 */
static gboolean
gap_is_minor (PxDocument *doc,
              GArray     *words,
              guint       from,
              guint       to,
              PxDocument *odoc,
              GArray     *owords,
              guint       ofrom,
              guint       oto)
{
  gboolean content = FALSE;
  /* a word added on one side counts unless it is glue: "very" does */
  gboolean (*minor) (const PxToken *) = from == to || ofrom == oto ? is_glue_word : is_function_word;

  for (guint i = from; i < to; i++)
    content |= !minor (px_document_token (doc, g_array_index (words, guint, i)));
  for (guint i = ofrom; i < oto; i++)
    content |= !minor (px_document_token (odoc, g_array_index (owords, guint, i)));
  if (!content || same_letters (doc, words, from, to, odoc, owords, ofrom, oto))
    return TRUE;
  return same_content_stems (doc, words, from, to, odoc, owords, ofrom, oto);
}

/* Whether the quotation leaves words out between its tokens @a and @b:
 * "Tell me who ... you are".
 */
static gboolean
elides_between (PxDocument *doc,
                guint       a,
                guint       b)
{
  for (guint t = a + 1; t < b; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;

      if (g_str_equal (norm, "...") || g_str_equal (norm, "…") || g_str_equal (norm, "[") || g_str_equal (norm, "("))
        return TRUE;
    }
  return FALSE;
}

/* How many of @words [from, to) (token numbers) are no function words. */
static guint
content_words (PxDocument *doc,
               GArray     *words,
               guint       from,
               guint       to)
{
  guint content = 0;

  for (guint i = from; i < to; i++)
    content += !is_function_word (px_document_token (doc, g_array_index (words, guint, i)));
  return content;
}

/* A word or a few for a word or a few is a quotation worded otherwise
 * ("whole region", "entire region"); a longer passage on either side is
 * another passage of the same text ("for the cheats in" against "for
 * doping and match-fixing, bribery and other kinds of cheating in").
 * A few content words: the articles and prepositions of a paraphrase do
 * not make it a passage ("underinvestment" against "a lack of
 * investment").
 */
#define MAX_SUBSTITUTION 3

static gboolean
few_words (PxDocument *doc,
           GArray     *words,
           guint       from,
           guint       to)
{
  return content_words (doc, words, from, to) <= MAX_SUBSTITUTION;
}

/* Whether words [from, to) of one quotation and [ofrom, oto) of the
 * other, both at the same end of their quotations, are a few words for a
 * few others, neither side empty, and not only function words.
 */
static gboolean
edge_substituted (PxDocument *doc,
                  GArray     *words,
                  guint       from,
                  guint       to,
                  PxDocument *odoc,
                  GArray     *owords,
                  guint       ofrom,
                  guint       oto)
{
  return to > from && oto > ofrom && few_words (doc, words, from, to) && few_words (odoc, owords, ofrom, oto)
         && !gap_is_minor (doc, words, from, to, odoc, owords, ofrom, oto);
}

/* Whether two quotations, @match mapping the words of the first to the
 * second's (-1 for none), part between two of their common words with
 * words of each, more than a few words of content on one side
 * (few_words()) or more than a few words on both, neither marking an
 * elision there.
 */
static gboolean
quotations_part (PxDocument *doc_a,
                 GArray     *words_a,
                 PxDocument *doc_b,
                 GArray     *words_b,
                 const int  *match)
{
  int last_i = -1, last_j = -1;

  for (guint i = 0; i < words_a->len; i++)
    {
      if (match[i] < 0)
        continue;
      guint gap_a = i - last_i - 1, gap_b = match[i] - last_j - 1;

      if (last_i >= 0 && gap_a > 0 && gap_b > 0
          && ((gap_a > MAX_SUBSTITUTION + 1 && gap_b > MAX_SUBSTITUTION + 1)
              || !few_words (doc_a, words_a, last_i + 1, i) || !few_words (doc_b, words_b, last_j + 1, match[i]))
          && !elides_between (doc_a, g_array_index (words_a, guint, last_i), g_array_index (words_a, guint, i))
          && !elides_between (doc_b, g_array_index (words_b, guint, last_j), g_array_index (words_b, guint, match[i])))
        return TRUE;
      last_i = i;
      last_j = match[i];
    }
  return FALSE;
}

static QuoteComparison
compare_quotes (Context    *ctx,
                const Item *a,
                const Item *b)
{
  QuoteComparison result = { 0, };
  PxDocument *doc_a = ctx->documents[a->source], *doc_b = ctx->documents[b->source];
  g_autoptr(GArray) words_a = quote_words (doc_a, px_document_sentence (doc_a, a->sentence), a->data);
  g_autoptr(GArray) words_b = quote_words (doc_b, px_document_sentence (doc_b, b->sentence), b->data);
  g_autofree int *match = g_new (int, MAX (words_a->len, 1));
  guint length = lcs (doc_a, words_a, doc_b, words_b, FALSE, match);
  int last_i = -1, last_j = -1;

  const PxQuote *qa = a->data, *qb = b->data;
  guint first_a = qa->first_token, end_a = qa->end_token, first_b = qb->first_token, end_b = qb->end_token;

  if (length < 2 || length * 2 < MIN (words_a->len, words_b->len))
    return result;
  for (guint i = 0; i < words_a->len; i++)
    result.content += match[i] >= 0 && !is_function_word (px_document_token (doc_a, g_array_index (words_a, guint, i)));
  /* two utterances that share a phrase are not one reworded: "Her
   * remarks are unworthy of a member of the council" and "Last week she
   * was lecturing a member of the council" share two words of
   * content, under half of the shorter's, and under two thirds of its
   * words; one quotation told two ways shares more ("cut interest
   * rates", "cut rates"; "we've reached the stage of the campaign where
   * you look after your own", "We're at the part of the campaign where you
   * look after your own") */
  if (result.content < 3 && length * 3 < MIN (words_a->len, words_b->len) * 2)
    {
      guint content_a = content_words (doc_a, words_a, 0, words_a->len);
      guint content_b = content_words (doc_b, words_b, 0, words_b->len);

      if (result.content * 2 <= MIN (content_a, content_b))
        {
          result.content = 0;
          return result;
        }
    }
  result.same_quotation = TRUE;
  result.common = length;

  /* an excerpt that leaves words out anywhere may leave out any words:
   * only a word for a word counts in it */
  for (guint i = 0; i < words_a->len; i++)
    {
      gboolean gap_a, gap_b;

      if (match[i] < 0)
        continue;
      gap_a = last_i >= 0 && (int) i > last_i + 1;
      gap_b = last_i >= 0 && match[i] > last_j + 1;
      /* words of one side between two matched words: a substitution when
       * both have some, an insertion of a word or two when one has none
       * ("We have found out something truly useful" against "...
       * something useful"; a longer one is a quotation begun
       * elsewhere); never where either marks an elision: two excerpts of
       * one text */
      if ((gap_a || gap_b)
          && !gap_is_minor (doc_a, words_a, last_i + 1, i, doc_b, words_b, last_j + 1, match[i])
          && !elides_between (doc_b, g_array_index (words_b, guint, last_j), g_array_index (words_b, guint, match[i]))
          && !elides_between (doc_a, g_array_index (words_a, guint, last_i), g_array_index (words_a, guint, i))
          && ((gap_a && gap_b && few_words (doc_a, words_a, last_i + 1, i) && few_words (doc_b, words_b, last_j + 1, match[i]))
              || (!(elides_between (doc_a, first_a - 1, end_a) || elides_between (doc_b, first_b - 1, end_b))
                  && (int) i - last_i - 1 + match[i] - last_j - 1 <= 2)))
        {
          result.substituted = TRUE;
          result.a_start = last_i + 1;
          result.a_end = i;
          result.b_start = last_j + 1;
          result.b_end = match[i];
          break;
        }
      last_i = i;
      last_j = match[i];
    }
  /* two utterances that open alike and go on each with words of its own,
   * more than a few words on one side where the other has some: "I don't
   * have many worries at the table so I just play my cards" and "I don't
   * have many worries about the final right now with my
   * preparation" are two passages, whatever word of the shared phrase differs;
   * an excerpt marked with "..." may leave out any words */
  if (result.substituted && quotations_part (doc_a, words_a, doc_b, words_b, match))
    {
      result.substituted = FALSE;
      return result;
    }
  if (!result.substituted && !elides_between (doc_a, first_a - 1, end_a) && !elides_between (doc_b, first_b - 1, end_b))
    {
      guint first_i = 0;

      while (match[first_i] < 0)
        first_i++;
      /* both begin or both end with words of their own: "On Monday I
       * was turned away by a guard" against "Last night I was turned away
       * by a guard"; an excerpt that begins or ends elsewhere has such words
       * on one side only */
      if (edge_substituted (doc_a, words_a, 0, first_i, doc_b, words_b, 0, match[first_i]))
        {
          result.substituted = TRUE;
          result.a_start = 0, result.a_end = first_i;
          result.b_start = 0, result.b_end = match[first_i];
        }
      else if (edge_substituted (doc_a, words_a, last_i + 1, words_a->len, doc_b, words_b, last_j + 1, words_b->len))
        {
          result.substituted = TRUE;
          result.a_start = last_i + 1, result.a_end = words_a->len;
          result.b_start = last_j + 1, result.b_end = words_b->len;
        }
    }
  return result;
}

static gboolean
speakers_agree (Context    *ctx,
                const Item *a,
                const Item *b)
{
  PxSentence *sa = px_document_sentence (ctx->documents[a->source], a->sentence);
  PxSentence *sb = px_document_sentence (ctx->documents[b->source], b->sentence);

  return sa->speaker == NULL || sb->speaker == NULL || g_str_equal (sa->speaker, sb->speaker);
}

/* Words two quotations must have in common, in order, to be taken for one
 * utterance when a report does not name who said it: "I was turned away by a
 * guard" is; "Oh, God!" and "Oh my god!" (a police officer's and a
 * neighbour's) are what anyone may say.
 */
#define MIN_UNNAMED_QUOTE 4

/* Whether @quote is a phrase set in the outlet's own sentence, a word of
 * the sentence right before its opening mark and right after its closing
 * one: regretted the “needless fuss” made over the festival. Such a
 * phrase is picked out of a known statement for its words, not an
 * utterance anyone may make ("“Oh, God,” a neighbour said").
 */
static gboolean
quoted_phrase (PxDocument    *doc,
               PxSentence    *sentence,
               const PxQuote *quote)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  if (quote->first_token < first + 2 || quote->end_token + 1 >= end)
    return FALSE;
  return px_document_token (doc, quote->first_token - 2)->kind == PX_TOKEN_WORD
         && px_document_token (doc, quote->first_token - 1)->kind == PX_TOKEN_QUOTE_OPEN
         && px_document_token (doc, quote->end_token)->kind == PX_TOKEN_QUOTE_CLOSE
         && px_document_token (doc, quote->end_token + 1)->kind == PX_TOKEN_WORD;
}

/* One utterance: the same speaker named by both, or, where a report names
 * none, the same words at length, or two content words or more of a
 * phrase each outlet sets in its own sentence (quoted_phrase()): “undeserved
 * attention” against “undeserved negative attention”.
 */
static gboolean
quote_same_topic (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence);
  PxSentence *sb = px_document_sentence (db, b->sentence);
  QuoteComparison cmp;

  if (!speakers_agree (ctx, a, b))
    return FALSE;
  cmp = compare_quotes (ctx, a, b);
  if (!cmp.same_quotation)
    return FALSE;
  return (sa->speaker != NULL && *sa->speaker != '\0' && sb->speaker != NULL && *sb->speaker != '\0')
         || cmp.common >= MIN_UNNAMED_QUOTE
         || (cmp.content >= 2 && quoted_phrase (da, sa, a->data) && quoted_phrase (db, sb, b->data));
}

static gboolean
quote_agree (Context    *ctx,
             const Item *a,
             const Item *b)
{
  return !compare_quotes (ctx, a, b).substituted;
}

/* “context word + differing words + context word” of @item against the
 * first item of another group, and narrows the item's span to the words
 * that differ.
 */
static char *
quote_wording (Context *ctx,
               GArray  *items,
               Item    *item)
{
  guint root = find_root (items, item - (Item *) items->data);
  PxDocument *doc = ctx->documents[item->source];

  for (guint i = 0; i < items->len; i++)
    {
      Item *other = &g_array_index (items, Item, i);
      QuoteComparison cmp;
      g_autoptr(GArray) words = NULL;
      guint first, last;

      if (other->source == item->source || find_root (items, i) != root || other->group == item->group)
        continue;
      cmp = compare_quotes (ctx, item, other);
      if (!cmp.substituted)
        continue;
      words = quote_words (doc, px_document_sentence (doc, item->sentence), item->data);
      first = cmp.a_start > 0 ? cmp.a_start - 1 : cmp.a_start;
      last = MIN (cmp.a_end + 1, words->len);
      return g_strdup_printf ("“%.*s”",
                              (int) (px_document_token (doc, g_array_index (words, guint, last - 1))->end
                                     - px_document_token (doc, g_array_index (words, guint, first))->start),
                              doc->text + px_document_token (doc, g_array_index (words, guint, first))->start);
    }
  {
    g_autofree char *text = text_of (ctx, item->source, item->start, item->end);

    return g_strdup_printf ("“%s”", text);
  }
}

/* Narrows each quotation's span to the words that differ from a quotation
 * of another group, once the groups are known.
 */
static void
narrow_quote_spans (Context      *ctx,
                    PxDifference *difference,
                    GArray       *items)
{
  for (guint s = 0; s < difference->spans->len; s++)
    {
      PxTextSpan *span = &g_array_index (difference->spans, PxTextSpan, s);
      PxDocument *doc = ctx->documents[span->source];
      PxSentence *sentence = px_document_sentence (doc, span->sentence);

      for (guint i = 0; i < items->len; i++)
        {
          Item *item = &g_array_index (items, Item, i);

          if (item->source != span->source || item->sentence != span->sentence
              || item->start - sentence->start != span->start)
            continue;
          for (guint j = 0; j < items->len; j++)
            {
              Item *other = &g_array_index (items, Item, j);
              QuoteComparison cmp;
              g_autoptr(GArray) words = NULL;

              if (other->source == item->source || find_root (items, j) != find_root (items, i)
                  || other->group == item->group)
                continue;
              cmp = compare_quotes (ctx, item, other);
              if (!cmp.substituted)
                continue;
              words = quote_words (doc, px_document_sentence (doc, item->sentence), item->data);
              /* a side that lacks the words: the two words around the gap */
              if (cmp.a_end == cmp.a_start)
                cmp.a_start--, cmp.a_end++;
              *span = _px_text_span_make (doc, span->source, span->sentence,
                                          px_document_token (doc, g_array_index (words, guint, cmp.a_start))->start,
                                          px_document_token (doc, g_array_index (words, guint, cmp.a_end - 1))->end);
              break;
            }
          break;
        }
    }
}

/* Surer when both outlets name the same speaker. */
static double
quote_confidence (Context *ctx,
                  GArray  *items,
                  guint    root)
{
  gboolean named = TRUE;

  for (guint i = 0; i < items->len; i++)
    if (find_root (items, i) == root)
      {
        Item *item = &g_array_index (items, Item, i);
        PxSentence *sentence = px_document_sentence (ctx->documents[item->source], item->sentence);

        named &= sentence->speaker != NULL && *sentence->speaker != '\0';
      }
  return named ? 0.75 : 0.5;
}

static void
find_quotes (Context *ctx)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  guint before = ctx->differences->len;

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence = px_document_sentence (ctx->documents[ref->source], ref->sentence);

      for (guint q = 0; sentence->quotes != NULL && q < sentence->quotes->len; q++)
        {
          const PxQuote *quote = &g_array_index (sentence->quotes, PxQuote, q);

          add_item (items, ref->source, ref->sentence, quote, quote->start, quote->end);
        }
    }
  build_topics (ctx, items, quote_same_topic, quote_agree);
  emit_topics (ctx, PX_DIFFERENCE_QUOTE, items, quote_agree, quote_wording, quote_confidence);
  for (guint d = before; d < ctx->differences->len; d++)
    narrow_quote_spans (ctx, g_ptr_array_index (ctx->differences, d), items);
}

/* Hedging */

static gboolean
same_attribution (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  return a->data == b->data;
}

/* The cues of a sentence of the given kinds, outside quotations, joined as
 * “said”, “without evidence”; their extent in @start and @end.
 */
static char *
cue_wording (PxDocument *doc,
             PxSentence *sentence,
             PxCueKind   kind,
             guint      *start,
             guint      *end)
{
  GString *text = g_string_new (NULL);

  *start = G_MAXUINT;
  *end = 0;
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      if (cue->kind != kind || cue->in_quote)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "“%.*s”", (int) (cue->end - cue->start), doc->text + cue->start);
      *start = MIN (*start, cue->start);
      *end = MAX (*end, cue->end);
    }
  return g_string_free (text, text->len == 0);
}

static const PxQuote *scare_quote (Context             *ctx,
                                   const PxSentenceRef *ref,
                                   guint                with);

static gboolean suspicion_span (PxDocument *doc,
                                PxSentence *sentence,
                                guint      *span_start,
                                guint      *span_end);

/* The words that present @sentence at @level, quoted: its hedges (for
 * doubt) or its attribution cues, else its denials, else for doubt the
 * words that suspect a cause (“suspicious”); their extent in @start and
 * @end. NULL when it has none.
 */
static char *
presentation_wording (PxDocument    *doc,
                      PxSentence    *sentence,
                      PxAttribution  level,
                      guint         *start,
                      guint         *end)
{
  char *cues = cue_wording (doc, sentence, level == PX_ATTRIBUTION_DISTANCED ? PX_CUE_HEDGE : PX_CUE_ATTRIBUTION,
                            start, end);

  if (cues == NULL)
    cues = cue_wording (doc, sentence, PX_CUE_DENIAL, start, end);
  if (cues == NULL && level == PX_ATTRIBUTION_DISTANCED && suspicion_span (doc, sentence, start, end))
    cues = g_strdup_printf ("“%.*s”", (int) (*end - *start), doc->text + *start);
  return cues;
}

static char *withheld_reason_wording (Context             *ctx,
                                     const PxSentenceRef *ref,
                                     guint               *start,
                                     guint               *end);

static char *
attribution_wording (Context *ctx,
                     GArray  *items,
                     Item    *item)
{
  PxDocument *doc = ctx->documents[item->source];
  PxSentence *sentence = px_document_sentence (doc, item->sentence);
  PxAttribution level = GPOINTER_TO_INT (item->data);
  guint start, end;
  char *cues;

  if (level == PX_ATTRIBUTION_NONE)
    return g_strdup ("stated as fact"); /* localize_wording() knows it */
  if (level == PX_ATTRIBUTION_DISTANCED)
    {
      const PxSentenceRef ref = { item->source, item->sentence };
      const PxQuote *quote = scare_quote (ctx, &ref, G_MAXUINT);

      if (quote != NULL)
        return g_strdup_printf ("“%.*s”", (int) (quote->end - quote->start), doc->text + quote->start);
      cues = withheld_reason_wording (ctx, &ref, &start, &end);
      if (cues != NULL)
        return cues;
    }
  cues = presentation_wording (doc, sentence, level, &start, &end);
  if (cues == NULL)
    return g_strdup (level == PX_ATTRIBUTION_DISTANCED ? "qualified" : "attributed");
  return cues;
}

/* Where the tokens of @ref's sentence start in the claim's per-token
 * tables (Context.sources, Context.verb_uses), or -1 when @ref is none of
 * the claim's members.
 */
static int
member_tokens (Context             *ctx,
               const PxSentenceRef *ref)
{
  if (ctx->sources == NULL || ref < ctx->members || ref >= ctx->members + ctx->n_members)
    return -1;
  return (int) ctx->first_source[ref - ctx->members];
}

/* The bits of the sources whose members have @token's concept: read from
 * ctx->sources for a token of the member @ref, as a hash lookup for any
 * other.
 */
static guint32
concept_sources (Context             *ctx,
                 const PxSentenceRef *ref,
                 const PxToken       *token)
{
  int base = member_tokens (ctx, ref);

  if (base >= 0)
    {
      PxDocument *doc = ctx->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);
      const PxToken *first = px_document_token (doc, sentence->first_token);

      if (token >= first && token < first + sentence->n_tokens)
        return ctx->sources[base + (token - first)];
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (ctx->concepts, token->concept));
}

/* Whether member @other speaks for the side @ref's sentence is compared
 * with: another source than @ref's, and @with itself when it is a source
 * (G_MAXUINT for any other source).
 */
static gboolean
on_other_side (const PxSentenceRef *ref,
               guint                with,
               const PxSentenceRef *other)
{
  return other->source != ref->source && (with == G_MAXUINT || other->source == with);
}

/* Whether another source's members (only @with's when it is a source)
 * have the content word @token.
 */
static gboolean
shared_elsewhere (Context             *ctx,
                  const PxSentenceRef *ref,
                  guint                with,
                  const PxToken       *token)
{
  guint32 others;

  if (token->kind != PX_TOKEN_WORD || token->is_stop)
    return FALSE;
  others = concept_sources (ctx, ref, token) & ~(1u << ref->source);
  return with == G_MAXUINT ? others != 0 : (others & (1u << with)) != 0;
}

/* Where a noun phrase a doubting adjective stands before ends: at a
 * preposition ("alleged moves toward the ships" doubts the moves).
 */
static gboolean
ends_noun_phrase (const PxToken *token)
{
  return is_preposition (token)
         || px_word_is_one_of (token->norm, (const char * const[]) { "toward", "towards", "across", "through", "along",
                                                                      "under", "between", "around", "behind", "inside",
                                                                      "outside", "upon", "onto", "within", NULL });
}

/* Whether @cue is a suspicion of an offence, the hedges of three words
 * ending in "of" that doubt the noun after them: "arrested on suspicion
 * of drunk driving", "for suspicion of", "for investigation of".
 */
static gboolean
is_suspicion_of (PxDocument  *doc,
                 const PxCue *cue)
{
  return cue->end_token - cue->first_token == 3 && g_str_equal (px_document_token (doc, cue->end_token - 1)->norm, "of");
}

/* An owner's word: "the ministry's", "Varenia's"; not "he's alleged to",
 * "it's suspected that", which are a verb after "is". */
static gboolean
is_owners (const char *norm)
{
  return (g_str_has_suffix (norm, "'s") || g_str_has_suffix (norm, "s'"))
         && !px_word_is_one_of (norm, (const char * const[]) { "he's", "she's", "it's", "that's", "there's", "who's",
                                                                "what's", "here's", "where's", "let's", NULL });
}

/* Whether the word at @t is an adjective WordNet knows right after an
 * article, an owner or a figure: "the key", "her two", "Varenia's
 * main". */
static gboolean
adjective_after_determiner (PxDocument *doc,
                            guint       t)
{
  const PxToken *word = px_document_token (doc, t), *before = px_document_token (doc, t - 1);

  if (word->kind == PX_TOKEN_NUMBER)
    return is_article_or_owner (before->norm) || is_owners (before->norm);
  if (word->kind != PX_TOKEN_WORD || word->is_stop || word->is_capital || !px_lexicon_word_has_pos (word->norm, 'a'))
    return FALSE;
  return is_article_or_owner (before->norm) || is_owners (before->norm) || before->kind == PX_TOKEN_NUMBER;
}

/* "alleged", "so-called", "suspected" right before a word: it qualifies
 * that noun ("the alleged shooter"), not the statement.
 */
static gboolean
qualifies_a_noun (PxDocument  *doc,
                  const PxCue *cue,
                  guint        first,
                  guint        end)
{
  static const char * const adjectives[] = {
    "alleged", "purported", "so-called", "unverified", "unconfirmed", "suspected", "supposed", "presumed",
    "potential", "possibly",
  };
  const char *norm = px_document_token (doc, cue->first_token)->norm;
  const char *before;
  gboolean adjective = FALSE, after_determiner = cue->first_token == first;

  /* "arrested on suspicion of drunk driving" doubts the offence */
  if (is_suspicion_of (doc, cue) && cue->end_token < end
      && px_document_token (doc, cue->end_token)->kind == PX_TOKEN_WORD && !px_document_token (doc, cue->end_token)->is_stop)
    return TRUE;
  if (cue->end_token - cue->first_token != 1 || cue->end_token >= end
      || px_document_token (doc, cue->end_token)->kind != PX_TOKEN_WORD
      || px_document_token (doc, cue->end_token)->is_stop)
    return FALSE;
  for (gsize a = 0; a < G_N_ELEMENTS (adjectives); a++)
    adjective |= px_word_equal (norm, adjectives[a]);
  if (!adjective)
    return FALSE;
  /* "Prosecutors alleged Smith stole", "police suspected arson" are
   * verbs: "the alleged boss", "by suspected arson" not */
  if ((!g_str_equal (norm, "alleged") && !g_str_equal (norm, "suspected")) || after_determiner)
    return TRUE;
  before = px_document_token (doc, cue->first_token - 1)->norm;
  after_determiner |= is_article_or_owner (before) || px_word_is_one_of (before, (const char * const[]) { "two", "three", NULL });
  /* an owner's: "the ministry's alleged cover-up", "Varenia's alleged
   * border incursions" doubt the thing; "he's alleged to", "it's
   * suspected that" are a verb after "is" */
  after_determiner |= is_owners (before);
  /* past an adjective of the same noun phrase: "one of the key suspected
   * Mafia bosses", "her two alleged accomplices"; not "The police
   * suspected arson", whose noun WordNet has as no adjective */
  after_determiner |= cue->first_token >= first + 2 && adjective_after_determiner (doc, cue->first_token - 1);
  return after_determiner || is_preposition (px_document_token (doc, cue->first_token - 1))
         || px_document_token (doc, cue->first_token - 1)->kind == PX_TOKEN_NUMBER
         || px_document_token (doc, cue->first_token - 1)->kind == PX_TOKEN_PUNCT;
}

/* "suspected", "potential": doubt only before a noun ("suspected
 * arson"), not as a verb ("police suspected arson"); "on suspicion of"
 * likewise.
 */
static gboolean
noun_only_hedge (PxDocument  *doc,
                 const PxCue *cue)
{
  static const char * const words[] = { "suspected", "presumed", "potential", NULL };
  const char *norm = px_document_token (doc, cue->first_token)->norm;

  return g_strv_contains (words, norm) || is_suspicion_of (doc, cue);
}

/* "Neither lawyer ever claimed his innocence": a claim denied is none. */
static gboolean
negated_before (PxDocument  *doc,
                PxSentence  *sentence,
                const PxCue *cue)
{
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *other = &g_array_index (sentence->cues, PxCue, c);

      if (other->kind == PX_CUE_NEGATION && other->end_token <= cue->first_token
          && cue->first_token - other->end_token <= 3)
        return TRUE;
    }
  return FALSE;
}

/* Where a statement ends inside a sentence: a punctuation mark other than
 * a hyphen, or a word that opens a contrast.
 */
static gboolean
opens_contrast (const PxToken *token)
{
  static const char * const words[] = { "but", "while", "whereas", "although", "though", "however", NULL };

  if (token->kind == PX_TOKEN_PUNCT && g_str_equal (token->norm, ";"))
    return TRUE;
  return px_word_is_one_of (token->norm, words);
}

static gboolean
ends_a_statement (const PxToken *token)
{
  return (token->kind == PX_TOKEN_PUNCT && !g_str_equal (token->norm, "-")) || opens_contrast (token);
}

/* A word or two in quotation marks that nobody is said to have said,
 * around what another outlet states plainly: the self-styled “student”,
 * a “suspicious” fire. Not a name given ("dubbed “the Oddfather”",
 * "self-identified “student”", "known as “the Ferryman”"): that quotes
 * the name, it does not doubt it.
 */
static const PxQuote *
scare_quote (Context             *ctx,
             const PxSentenceRef *ref,
             guint                with)
{
  static const char * const naming[] = {
    "called", "dubbed", "so-called", "named", "nicknamed", "titled", "as", "self-identified", "labeled",
    "labelled", "term", "word", "phrase", "slogan", "moniker", "headline",
  };
  /* words quoted from a question, a sign or a chant */
  static const char * const speaking[] = {
    "asked", "asking", "asks", "question", "questioned", "wrote", "writes", "read", "chanted", "shouted", "yelled",
  };
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);

  if (sentence->speaker != NULL || sentence->quotes == NULL)
    return NULL;
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    if (g_array_index (sentence->cues, PxCue, c).speech && !g_array_index (sentence->cues, PxCue, c).in_quote)
      return NULL;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    for (gsize w = 0; w < G_N_ELEMENTS (speaking); w++)
      if (g_str_equal (px_document_token (doc, t)->norm, speaking[w]))
        return NULL;
  for (guint q = 0; q < sentence->quotes->len; q++)
    {
      const PxQuote *quote = &g_array_index (sentence->quotes, PxQuote, q);
      guint words = 0;
      gboolean shared = FALSE, named = FALSE;
      int before = (int) quote->first_token - 1;

      /* one plain word: not a name ("“Jerry”"), not a sentence cut short
       * ("“internal report.”"), not a phrase, which is someone's words */
      for (guint t = quote->first_token; t < quote->end_token; t++)
        {
          PxToken *token = px_document_token (doc, t);

          words += token->kind == PX_TOKEN_WORD && !token->is_capital ? 1 : 2;
          shared |= shared_elsewhere (ctx, ref, with, token);
        }
      /* back over the opening mark, and an article: "known as the “bagman”" */
      while (before >= (int) sentence->first_token && px_document_token (doc, before)->kind != PX_TOKEN_WORD)
        before--;
      if (before > (int) sentence->first_token
          && (g_str_equal (px_document_token (doc, before)->norm, "the")
              || g_str_equal (px_document_token (doc, before)->norm, "a")
              || g_str_equal (px_document_token (doc, before)->norm, "an")))
        before--;
      for (gsize n = 0; before >= (int) sentence->first_token && n < G_N_ELEMENTS (naming); n++)
        named |= g_str_equal (px_document_token (doc, before)->norm, naming[n]);
      if (words == 1 && shared && !named)
        return quote;
    }
  return NULL;
}

static gboolean
scare_quoted (Context             *ctx,
              const PxSentenceRef *ref,
              guint                with)
{
  return scare_quote (ctx, ref, with) != NULL;
}

/* A hedge of not knowing: "was not immediately known", "it was unclear". */
static gboolean
is_unknown_cue (PxDocument  *doc,
                const PxCue *cue)
{
  for (guint k = cue->first_token; k < cue->end_token; k++)
    {
      const char *norm = px_document_token (doc, k)->norm;

      if (g_str_equal (norm, "known") || g_str_equal (norm, "clear") || g_str_equal (norm, "unclear")
          || g_str_equal (norm, "announced") || g_str_equal (norm, "disclosed") || g_str_equal (norm, "provide")
          || g_str_equal (norm, "establish") || g_str_equal (norm, "established") || g_str_equal (norm, "determine")
          || g_str_equal (norm, "determined"))
        return TRUE;
    }
  return FALSE;
}

/* Whether @sentence holds a cause under suspicion, not stated: "a
 * suspicious fire", "treating it as suspicious", "suspected as arson",
 * "potential arson", "possible foul play"; not "not suspicious". A
 * suspicion is doubt of the cause against an outlet that states it ("was
 * damaged by arson"), in the outlet's voice or a speaker's. Sets
 * @span_start and @span_end to the words that suspect it ("suspicious",
 * "suspected as arson"), which is what a reader is shown.
 */
static gboolean
suspicion_span (PxDocument *doc,
                PxSentence *sentence,
                guint      *span_start,
                guint      *span_end)
{
  static const char * const doubting[] = { "suspected", "potential", "possible", "probable", "likely", "suspect",
                                           "suspects", NULL };
  static const char * const causes[] = { "arson", "sabotage", "foul", "homicide", "terrorism", NULL };
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  for (guint t = first; t < end; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;
      gboolean suspicious = g_str_equal (norm, "suspicious");
      gboolean negated;

      /* most words are neither: the word before is read only for one */
      if (!suspicious && !px_word_is_one_of (norm, doubting))
        continue;
      negated = t > first && (g_str_equal (px_document_token (doc, t - 1)->norm, "not")
                              || g_str_equal (px_document_token (doc, t - 1)->norm, "no")
                              || g_str_has_suffix (px_document_token (doc, t - 1)->norm, "n't"));
      if (negated)
        continue;
      if (suspicious)
        {
          *span_start = px_document_token (doc, t)->start;
          *span_end = px_document_token (doc, t)->end;
          return TRUE;
        }
      /* "suspected arson", "suspected as arson", "possible foul play",
       * "investigators suspect arson"; not a person's "suspicion of arson"
       * nor "suspected of arson", an accusation like "charged with arson" */
      for (guint k = t + 1; k < end && k < t + 3; k++)
        if (px_word_is_one_of (px_document_token (doc, k)->norm, causes))
          {
            *span_start = px_document_token (doc, t)->start;
            *span_end = px_document_token (doc, k)->end;
            return TRUE;
          }
        else if (!g_str_equal (px_document_token (doc, k)->norm, "as"))
          break;
    }
  return FALSE;
}

/* suspicion_span() of @ref's sentence; a member's is asked once whether
 * it holds one (most hold none: then it is not read again for each other
 * source), and read again only when it does. */
static gboolean
suspicion_of (Context             *ctx,
              const PxSentenceRef *ref,
              guint               *span_start,
              guint               *span_end)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint8 *known;

  if (member_tokens (ctx, ref) < 0)
    return suspicion_span (doc, sentence, span_start, span_end);
  known = &ctx->doubts[ref - ctx->members];
  if ((*known & SUSPICION_KNOWN) && !(*known & SUSPICION))
    return FALSE;
  *known |= SUSPICION_KNOWN;
  if (!suspicion_span (doc, sentence, span_start, span_end))
    return FALSE;
  *known |= SUSPICION;
  return TRUE;
}

static gboolean
suspects_the_cause (PxDocument *doc,
                    PxSentence *sentence)
{
  guint start, end;

  return suspicion_span (doc, sentence, &start, &end);
}

/* Whether @sentence says that what caused the happening is not known
 * (@cause: "what started the blaze was not yet known", "it was
 * unclear what caused the blast"), or how many (else: "it was not yet
 * clear how many guests were in the hall"); in the outlet's voice
 * or a speaker's (“We can't tell yet what started it,” the caretaker said).
 * That is doubt against an outlet that states it as fact.
 */
static gboolean
doubts_the_unknown (PxDocument *doc,
                    PxSentence *sentence,
                    gboolean    cause)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  gboolean any = FALSE;

  if (cause && suspects_the_cause (doc, sentence))
    return TRUE;

  /* most sentences have neither: look no further (it is asked of every
   * member against every other source) */
  for (guint c = 0; !any && sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      any = cue->kind == PX_CUE_HEDGE && !cue->speech && is_unknown_cue (doc, cue);
    }
  for (guint t = first; !any && t + 1 < end; t++)
    any = g_str_equal (px_document_token (doc, t)->norm, "no")
          && g_str_equal (px_document_token (doc, t + 1)->norm, "idea");
  if (!any)
    return FALSE;

  for (guint t = first; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);
      gboolean unknown = FALSE;
      guint from = t, to = t + 1;

      /* a hedge of not knowing, or "no idea" */
      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          if (cue->first_token == t && cue->kind == PX_CUE_HEDGE && !cue->speech && is_unknown_cue (doc, cue))
            {
              unknown = TRUE;
              to = cue->end_token;
            }
        }
      if (!unknown && g_str_equal (token->norm, "no") && t + 1 < end
          && g_str_equal (px_document_token (doc, t + 1)->norm, "idea"))
        unknown = TRUE, to = t + 2;
      if (!unknown)
        continue;
      /* the clause it stands in, and what it goes on to ask */
      while (from > first && !ends_a_statement (px_document_token (doc, from - 1)))
        from--;
      while (to < end && !ends_a_statement (px_document_token (doc, to)))
        to++;
      for (guint k = from; k < to; k++)
        {
          if (cause && g_str_equal (px_document_token (doc, k)->stem, "caus"))
            return TRUE;
          if (!cause && k + 1 < to && g_str_equal (px_document_token (doc, k)->norm, "how")
              && g_str_equal (px_document_token (doc, k + 1)->norm, "many"))
            return TRUE;
        }
    }
  return FALSE;
}

/* doubts_the_unknown() of @ref's sentence, asked once a member. */
static gboolean
unknown_of (Context             *ctx,
            const PxSentenceRef *ref,
            gboolean             cause)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint8 asked = cause ? UNKNOWN_CAUSE_KNOWN : UNKNOWN_COUNT_KNOWN, yes = cause ? UNKNOWN_CAUSE : UNKNOWN_COUNT;
  guint8 *known;

  if (member_tokens (ctx, ref) < 0)
    return doubts_the_unknown (doc, sentence, cause);
  known = &ctx->doubts[ref - ctx->members];
  if (!(*known & asked))
    *known |= asked | (doubts_the_unknown (doc, sentence, cause) ? yes : 0);
  return (*known & yes) != 0;
}

/* Whether @sentence gives a figure plainly: "Five people were inside". */
static gboolean
states_a_count (PxSentence *sentence)
{
  if (sentence->attribution == PX_ATTRIBUTION_DISTANCED)
    return FALSE;
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (quantity->dimension == PX_DIMENSION_COUNT && !quantity->vague)
        return TRUE;
    }
  return FALSE;
}

static gboolean names_cause_otherwise (PxDocument *doc,
                                       PxSentence *sentence,
                                       guint       t,
                                       const char *cause);

/* Whether a word of @sentence's clause before token @t doubts what it
 * goes on to say of a cause: a modal ("may have been deliberately
 * set"), a seeming ("apparently", "appears"), a belief or an inquiry
 * ("believed to be", "investigated as"), a question ("whether"). */
static gboolean
cause_doubted_before (PxDocument *doc,
                      PxSentence *sentence,
                      guint       t)
{
  static const char * const doubting[] = {
    "may", "might", "could", "would", "apparently", "appears", "appeared", "appear", "seems", "seemed", "seem",
    "possibly", "probably", "likely", "believed", "thought", "suspected", "suspect", "suspects", "suspicion",
    "investigated", "investigating", "investigate", "investigation", "treated", "treating", "whether", "if",
    "not", "no", "possible", "potential", "alleged", "allegedly", "unclear", "determine", NULL,
  };

  for (guint k = t; k > sentence->first_token; k--)
    {
      const PxToken *before = px_document_token (doc, k - 1);

      if (ends_a_statement (before))
        break;
      if (px_word_is_one_of (before->norm, doubting) || g_str_has_suffix (before->norm, "n't"))
        return TRUE;
    }
  return FALSE;
}

/* Whether @sentence states what caused it, plainly: "the fire was caused
 * by a faulty heater", "died of heart failure", "destroyed by arson" or
 * "by arsonists", "due to an electrical fault".
 */
static gboolean
states_the_cause (PxDocument *doc,
                  PxSentence *sentence)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  if (sentence->attribution == PX_ATTRIBUTION_DISTANCED)
    return FALSE;
  for (guint t = first; t + 1 < end; t++)
    {
      PxToken *token = px_document_token (doc, t), *next = px_document_token (doc, t + 1);
      gboolean doubted = FALSE;

      if (token->in_quote)
        continue;
      /* not "suspected arson", "possible arson", "not caused by" */
      for (guint k = t > first + 5 ? t - 5 : first; k < t; k++)
        {
          const char *norm = px_document_token (doc, k)->norm;

          doubted |= g_str_equal (norm, "not") || g_str_equal (norm, "suspected") || g_str_equal (norm, "possible")
                     || g_str_equal (norm, "whether") || g_str_equal (norm, "if") || g_str_equal (norm, "no")
                     || g_str_has_suffix (norm, "n't");
        }
      if (doubted)
        continue;
      if ((g_str_equal (token->stem, "caus") && g_str_equal (next->norm, "by"))
          || (g_str_equal (token->norm, "due") && g_str_equal (next->norm, "to"))
          || (g_str_equal (token->norm, "blamed") && g_str_equal (next->norm, "on"))
          || (g_str_equal (token->norm, "by") && g_str_equal (next->norm, "arson")))
        return TRUE;
      /* the cause told by its doer: "destroyed by arsonists", "set by an
       * arsonist"; not "by suspected arsonists", whom it doubts */
      if (g_str_equal (token->norm, "by")
          && (px_word_is_one_of (next->norm, (const char * const[]) { "arsonist", "arsonists", NULL })
              || (px_word_is_one_of (next->norm, (const char * const[]) { "an", "a", NULL }) && t + 2 < end
                  && g_str_equal (px_document_token (doc, t + 2)->norm, "arsonist"))))
        return TRUE;
      /* the cause told as what the fire was: "damaged in an arson
       * fire", "a fire that was deliberately set", "was set
       * intentionally" (names_cause_otherwise(): a fire, not "a heater
       * deliberately set too high"); not where a modal, a seeming or an
       * inquiry doubts it ("may have been deliberately set",
       * "investigated as an arson fire") */
      if (((g_str_equal (token->norm, "arson")
            && px_word_is_one_of (next->norm, (const char * const[]) { "fire", "blaze", "attack", NULL }))
           || (g_str_equal (token->norm, "set") && names_cause_otherwise (doc, sentence, t, "arson")))
          && !cause_doubted_before (doc, sentence, t))
        return TRUE;
      /* "died of heart failure", "died at his home on Thursday from
       * cancer"; not "died at the age of 95" */
      if (g_str_equal (token->norm, "died") || g_str_equal (token->norm, "dies"))
        for (guint k = t + 1; k < end && k < t + 9 && !ends_a_statement (px_document_token (doc, k)); k++)
          {
            const char *norm = px_document_token (doc, k)->norm;

            /* "the clinic where she died gave no cause of death" */
            if (g_str_equal (norm, "not") || g_str_equal (norm, "no") || g_str_has_suffix (norm, "n't")
                || g_str_equal (norm, "cause"))
              break;
            if ((g_str_equal (norm, "of") || g_str_equal (norm, "from"))
                && !g_str_equal (px_document_token (doc, k - 1)->norm, "age")
                && px_document_token (doc, k - 1)->kind != PX_TOKEN_NUMBER
                && !g_str_has_prefix (px_document_token (doc, k - 1)->norm, "year"))
              return TRUE;
          }
    }
  return FALSE;
}

/* Whether token @t of @sentence is a word of telling or knowing: what a
 * reason is withheld from ("did not say why", "declined to reveal the
 * reason", "no reason was given", "it is not known why"); the verbs of
 * disclosing and their neighbours, by stem.
 */
static gboolean
tells_or_knows (const PxToken *token)
{
  static const char * const stems[] = {
    "say", "said", "tell", "told", "disclos", "reveal", "divulg", "give", "given", "gave", "explain", "specifi",
    "provid", "offer", "elabor", "comment", "name", "known", "clear", "unclear", "unknown", NULL,
  };

  return token->kind == PX_TOKEN_WORD && px_word_is_one_of (token->stem, stems);
}

/* Whether @token says a thing is not told: "unspecified", "undisclosed",
 * "unnamed", "unexplained", "unknown". */
static gboolean
untold (const PxToken *token)
{
  PxToken told = *token;

  if (token->kind != PX_TOKEN_WORD || !g_str_has_prefix (token->stem, "un"))
    return FALSE;
  told.stem = token->stem + 2;
  return tells_or_knows (&told);
}

/* Whether @sentence says that the reason for what happened is withheld
 * or not known: a refusal or a negation ("declined", "refused", "not",
 * "no", "without"; "unclear") before a word of telling and the reason
 * asked of it in one clause: "did not say why", "without saying why she
 * was going in", "declined to reveal her reason", "No specific reason
 * was given", "did not say what she is being treated for". That is doubt
 * against an outlet that gives the reason (gives_a_reason()). @from and
 * @to, when not NULL, get the first and last token of the words that
 * withhold it ("not ... why").
 */
static gboolean
withholds_the_reason (PxDocument *doc,
                      PxSentence *sentence,
                      guint      *from,
                      guint      *to)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  gboolean asks = FALSE;

  /* most sentences ask no reason: look no further (it is asked of every
   * member of every claim) */
  for (guint t = first; t < end && !asks; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      asks = token->kind == PX_TOKEN_WORD
             && (g_str_equal (token->norm, "why") || g_str_equal (token->norm, "what")
                 || g_str_equal (token->stem, "reason"));
    }
  for (guint t = first; asks && t < end; t++)
    {
      const PxToken *token = px_document_token (doc, t);
      gboolean told = FALSE, reason = FALSE;

      if (token->kind != PX_TOKEN_WORD
          || !(px_word_is_one_of (token->norm, (const char * const[]) { "not", "no", "never", "without", "unclear",
                                                                        "unknown", NULL })
               || g_str_has_suffix (token->norm, "n't")
               || px_word_is_one_of (token->stem, (const char * const[]) { "declin", "refus", NULL })))
        continue;
      told = tells_or_knows (token);
      for (guint k = t + 1; k < end && k < t + 12 && !ends_a_statement (px_document_token (doc, k)); k++)
        {
          const PxToken *word = px_document_token (doc, k);

          told |= tells_or_knows (word);
          /* not "no reason to doubt it": a reason to do something */
          reason |= g_str_equal (word->stem, "reason")
                    && !(k + 1 < end && g_str_equal (px_document_token (doc, k + 1)->norm, "to"));
          if (told && (reason || g_str_equal (word->norm, "why")))
            {
              if (from != NULL)
                *from = t, *to = k;
              return TRUE;
            }
          /* "what she is being treated for": the question's "for" ends its clause */
          if (told && g_str_equal (word->norm, "what"))
            for (guint f = k + 1; f < end && f < k + 10; f++)
              if (g_str_equal (px_document_token (doc, f)->norm, "for")
                  && (f + 1 == end || ends_a_statement (px_document_token (doc, f + 1))
                      || px_word_is_one_of (px_document_token (doc, f + 1)->norm,
                                            (const char * const[]) { "and", "or", "but", NULL })))
                {
                  if (from != NULL)
                    *from = t, *to = f;
                  return TRUE;
                }
        }
    }
  return FALSE;
}

/* Whether @sentence gives the reason for what was done to someone,
 * plainly: "for" and what it was for after a word of care or of
 * sanction ("was treated for exhaustion", "is getting help, according to
 * People Magazine, for boozing it up", "arrested for drunk driving"), or
 * "because"; not what "for" also tells, a time ("treated for three
 * weeks"), whom ("help for her"), nor a reason doubted or denied ("may
 * have been treated for", "not because").
 */
static gboolean
gives_a_reason (PxDocument *doc,
                PxSentence *sentence)
{
  static const char * const acts[] = {
    "treat", "treatment", "help", "rehab", "hospit", "admit", "arrest", "detain", "jail", "suspend", "ban", NULL,
  };
  static const char * const doubting[] = {
    "not", "no", "never", "without", "whether", "if", "may", "might", "could", "possibl", "probabl", "like",
    "mayb", "perhap", "assum", "suppos", "specul", "guess", "alleg", NULL,
  };
  static const char * const times[] = {
    "second", "minut", "hour", "day", "night", "week", "month", "year", "decad", "time", "life", "while", NULL,
  };
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  if (sentence->attribution == PX_ATTRIBUTION_DISTANCED)
    return FALSE;
  for (guint t = first; t + 1 < end; t++)
    {
      const PxToken *token = px_document_token (doc, t);
      gboolean act = FALSE;
      guint k = t, after = t + 1;

      if (token->in_quote || !px_word_is_one_of (token->norm, (const char * const[]) { "for", "because", NULL }))
        continue;
      if (g_str_equal (token->norm, "for"))
        {
          /* the act earlier in its clause ("arrested outside the ground
           * on Saturday for"), past an aside set off by commas (", according
           * to People Magazine,") */
          for (guint n = 0; k > first && n < 8 && !act; n++)
            {
              const PxToken *before = px_document_token (doc, --k);

              if (g_str_equal (before->norm, ","))
                {
                  guint open = k;

                  while (open > first && k - open < 8 && !g_str_equal (px_document_token (doc, open - 1)->norm, ","))
                    open--;
                  if (open <= first + 1 || k - open >= 8)
                    break;
                  k = open - 1;
                  before = px_document_token (doc, --k);
                }
              if (ends_a_statement (before))
                break;
              act = before->kind == PX_TOKEN_WORD && px_word_is_one_of (before->stem, acts);
            }
          if (!act)
            continue;
          /* what it was for: past "her", "the", a word that is no time
           * ("for three weeks", "for the first time") */
          while (after < end && px_word_is_one_of (px_document_token (doc, after)->norm,
                                                   (const char * const[]) { "her", "his", "their", "its", "the",
                                                                            "a", "an", "first", "second", "last",
                                                                            "several", "many", "some", NULL }))
            after++;
          if (after >= end || px_document_token (doc, after)->kind != PX_TOKEN_WORD
              || px_document_token (doc, after)->is_stop)
            continue;
          /* ... nor one that is not told: "for an unspecified problem" */
          if (untold (px_document_token (doc, after)))
            continue;
          while (after < end && px_document_token (doc, after)->kind == PX_TOKEN_WORD
                 && !px_document_token (doc, after)->is_stop
                 && !px_word_is_one_of (px_document_token (doc, after)->stem, times))
            after++;
          if (after < end && px_word_is_one_of (px_document_token (doc, after)->stem, times))
            continue;
        }
      {
        gboolean doubted = FALSE;

        for (guint b = k; b > first && b + 10 > k && !doubted; b--)
          {
            const PxToken *before = px_document_token (doc, b - 1);

            if (ends_a_statement (before) && !g_str_equal (before->norm, ","))
              break;
            doubted = px_word_is_one_of (before->norm, doubting) || px_word_is_one_of (before->stem, doubting)
                      || g_str_has_suffix (before->norm, "n't");
          }
        if (!doubted)
          return TRUE;
      }
    }
  return FALSE;
}

/* withholds_the_reason() of @ref's sentence, asked once a member. */
static gboolean
reason_withheld_of (Context             *ctx,
                    const PxSentenceRef *ref)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint8 *known;

  if (member_tokens (ctx, ref) < 0)
    return withholds_the_reason (doc, sentence, NULL, NULL);
  known = &ctx->doubts[ref - ctx->members];
  if (!(*known & REASON_WITHHELD_KNOWN))
    *known |= REASON_WITHHELD_KNOWN | (withholds_the_reason (doc, sentence, NULL, NULL) ? REASON_WITHHELD : 0);
  return (*known & REASON_WITHHELD) != 0;
}

typedef enum
{
  ANSWER_CAUSE,  /* states_the_cause() */
  ANSWER_COUNT,  /* states_a_count() */
  ANSWER_REASON, /* gives_a_reason() */
} Answer;

/* Whether another source's members (only @with's when it is a source)
 * give the @answer that @ref says is not known.
 */
static gboolean
stated_elsewhere (Context             *ctx,
                  const PxSentenceRef *ref,
                  guint                with,
                  Answer               answer)
{
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *other = &ctx->members[m];
      PxDocument *doc = ctx->documents[other->source];

      if (!on_other_side (ref, with, other))
        continue;
      PxSentence *sentence = px_document_sentence (doc, other->sentence);

      if (answer == ANSWER_CAUSE ? states_the_cause (doc, sentence)
          : answer == ANSWER_COUNT ? states_a_count (sentence)
                                   : gives_a_reason (doc, sentence))
        return TRUE;
    }
  return FALSE;
}

/* Whether @ref says the cause, how many or why is not known, while
 * another source's members (only @with's when it is a source) give it.
 */
static gboolean
unknown_answered (Context             *ctx,
                  const PxSentenceRef *ref,
                  guint                with)
{
  return (unknown_of (ctx, ref, TRUE) && stated_elsewhere (ctx, ref, with, ANSWER_CAUSE))
         || (unknown_of (ctx, ref, FALSE) && stated_elsewhere (ctx, ref, with, ANSWER_COUNT))
         || (reason_withheld_of (ctx, ref) && stated_elsewhere (ctx, ref, with, ANSWER_REASON));
}

/* The words of @ref's sentence that withhold a reason another source
 * gives ("without really saying why", "wouldn't reveal why"): what makes
 * it doubt, for its summary and its highlight, though it may hedge in
 * other words too ("apparently"). NULL when it withholds none.
 */
static char *
withheld_reason_wording (Context             *ctx,
                         const PxSentenceRef *ref,
                         guint               *start,
                         guint               *end)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint from, to;

  if (!withholds_the_reason (doc, sentence, &from, &to) || !stated_elsewhere (ctx, ref, G_MAXUINT, ANSWER_REASON))
    return NULL;
  *start = px_document_token (doc, from)->start;
  *end = px_document_token (doc, to)->end;
  return g_strdup_printf ("“%.*s”", (int) (*end - *start), doc->text + *start);
}

static gboolean opens_clause (const PxToken *token);
static gboolean in_cue (PxSentence *sentence,
                        guint       token);
static gboolean is_verb_use (Context    *ctx,
                             PxDocument *doc,
                             PxSentence *sentence,
                             guint       t);

/* is_verb_use() of token @t of @ref's sentence, asked once a member's
 * token: it is asked of the same words against every other source.
 */
static gboolean
verb_use_of (Context             *ctx,
             const PxSentenceRef *ref,
             guint                t)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  int base = member_tokens (ctx, ref);
  guint8 *known;

  if (base < 0 || t < sentence->first_token || t >= sentence->first_token + sentence->n_tokens)
    return is_verb_use (ctx, doc, sentence, t);
  known = &ctx->verb_uses[base + (t - sentence->first_token)];
  if (*known == 0)
    *known = VERB_USE_KNOWN | (is_verb_use (ctx, doc, sentence, t) ? VERB_USE : 0);
  return (*known & VERB_USE) != 0;
}

/* Whether token @t is a comma or a dash that sets off a participle
 * clause after it (", killing two", "— wounding three"): the clause
 * tells how the act before it went.
 */
static gboolean
participle_follows (Context    *ctx,
                    PxDocument *doc,
                    guint       t,
                    guint       end)
{
  const PxToken *mark = px_document_token (doc, t), *next;

  if (t + 1 >= end || mark->kind != PX_TOKEN_PUNCT
      || !px_word_is_one_of (mark->norm, (const char * const[]) { ",", "\u2014", "\u2013", "--", NULL }))
    return FALSE;
  next = px_document_token (doc, t + 1);
  return next->kind == PX_TOKEN_WORD && g_str_has_suffix (next->norm, "ing") && strlen (next->norm) > 5
         && lexeme_of (ctx, next->norm)->verb_form;
}

/* Where the reach of an adverb of doubt ends: a clause of its own opens
 * ("and", "which", "who", "that") or a clause set under another ("where",
 * "when", "after", "because").
 */
static gboolean
bounds_a_hedge (const PxToken *token)
{
  static const char * const words[] = {
    "where", "when", "whenever", "after", "before", "since", "until", "till", NULL,
  };

  if (opens_clause (token))
    return TRUE;
  return px_word_is_one_of (token->norm, words);
}

/* Whether tokens [from, to) of @ref's sentence state what another source
 * (only @with when it is a source) also says: a verb of the clause that
 * the other has, and another content word of it.
 */
static gboolean
doubts_a_statement (Context             *ctx,
                    const PxSentenceRef *ref,
                    guint                with,
                    guint                from,
                    guint                to)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint words = 0;
  gboolean verb = FALSE;

  for (guint t = from; t < to; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (in_cue (sentence, t) || !shared_elsewhere (ctx, ref, with, token))
        continue;
      words++;
      verb |= verb_use_of (ctx, ref, t);
    }
  return verb && words >= 2;
}

static gboolean clause_is_negated (PxDocument *doc,
                                   PxSentence *sentence,
                                   guint       t);
static gboolean is_doubt_word (const PxToken *token);

/* Whether token @t is a verb: used as one, or after an auxiliary ("he
 * was hit", which WordNet alone reads as a noun as well), also over an
 * adverb ("was deliberately set").
 */
static gboolean
is_verb_after_auxiliary (Context    *ctx,
                         PxDocument *doc,
                         PxSentence *sentence,
                         guint       t)
{
  static const char * const auxiliaries[] = {
    "was", "were", "is", "are", "been", "be", "had", "has", "have", "would", "will", "could", "did", NULL,
  };

  return is_verb_use (ctx, doc, sentence, t)
         || (t > sentence->first_token && px_word_is_one_of (px_document_token (doc, t - 1)->norm, auxiliaries))
         /* "was deliberately set" */
         || (t > sentence->first_token + 1 && is_ly_adverb (px_document_token (doc, t - 1)->norm)
             && px_word_is_one_of (px_document_token (doc, t - 2)->norm, auxiliaries));
}

/* Whether @sentence states plainly that @verb happened: it or a synonym
 * ("struck" for "hit") as a verb, not denied, in no doubt and no cue.
 */
static gboolean
states_the_act (Context       *ctx,
                PxDocument    *doc,
                PxSentence    *sentence,
                const PxToken *verb)
{
  if (sentence->attribution == PX_ATTRIBUTION_DISTANCED)
    return FALSE;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (is_doubt_word (token) && !token->in_quote)
        return FALSE;
    }
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind == PX_TOKEN_WORD && !token->is_stop && !token->in_quote && !in_cue (sentence, t)
          && same_meaning (ctx, token, verb) && is_verb_after_auxiliary (ctx, doc, sentence, t))
        return !clause_is_negated (doc, sentence, t);
    }
  return FALSE;
}

/* Whether what an outlet says is not known ("it was unclear whether he
 * was hit", tokens [from, to) after the hedge) another outlet (only
 * @with when it is a source) states plainly in one sentence: the
 * clause's verb asserted, with its subject ("whether any fans were hurt"
 * needs the fans there too) or, for a pronoun, someone the doubting
 * sentence names before the question ("Jonas Albrecht"). Not "whether the match would be replayed" against "the
 * match was abandoned": another verb.
 */
static gboolean
doubts_whether (Context             *ctx,
                const PxSentenceRef *ref,
                guint                with,
                guint                from,
                guint                to)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  const PxToken *subject = NULL;
  int verb = -1;

  if (from >= to || (!px_word_is_one_of (px_document_token (doc, from)->norm, (const char * const[]) { "whether", "if", NULL })))
    return FALSE;
  for (guint t = from + 1; t < to && verb < 0; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD || g_str_equal (token->norm, "not") || g_str_has_suffix (token->norm, "n't"))
        return FALSE;
      if (token->is_stop)
        continue;
      if (is_verb_after_auxiliary (ctx, doc, sentence, t))
        verb = (int) t;
      else if (subject == NULL)
        subject = token;
    }
  if (verb < 0)
    return FALSE;
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *other = &ctx->members[m];
      PxDocument *odoc = ctx->documents[other->source];
      PxSentence *osentence;
      gboolean named = FALSE;

      if (!on_other_side (ref, with, other))
        continue;
      osentence = px_document_sentence (odoc, other->sentence);
      if (!states_the_act (ctx, odoc, osentence, px_document_token (doc, (guint) verb)))
        continue;
      for (guint t = osentence->first_token; t < osentence->first_token + osentence->n_tokens && !named; t++)
        {
          PxToken *token = px_document_token (odoc, t);

          if (token->kind != PX_TOKEN_WORD || token->is_stop)
            continue;
          if (subject != NULL)
            named = g_str_equal (token->concept, subject->concept);
          else
            /* "he": someone the sentence names before the question */
            for (guint k = sentence->first_token; k + 1 < from && !named; k++)
              named = px_document_token (doc, k)->is_capital && !px_document_token (doc, k)->sentence_initial
                      && !in_cue (sentence, k) && g_str_equal (px_document_token (doc, k)->concept, token->concept);
        }
      if (named)
        return TRUE;
    }
  return FALSE;
}

/* What attribution_of_shared() asks of the words a member's cues reach
 * against another source, found once a member: the cues' reach does not
 * depend on the other source.
 */
typedef enum
{
  CHECK_SHARED_WORD,         /* any word of [from, to) shared_elsewhere(): it doubts that */
  CHECK_STATEMENT,           /* doubts_a_statement() */
  CHECK_WHETHER,             /* doubts_whether() */
  CHECK_SPEECH_STATEMENT,    /* doubts_a_statement() of a verb of saying's hedge */
  CHECK_OFFENCE,             /* a word of [from, to) another source gives as the reason: offence_stated() */
} CheckKind;

typedef struct
{
  CheckKind kind;
  guint from;
  guint to;
} Check;

/* A level of CueReach.levels for a word that counts at none: the
 * speaker's own name. */
#define LEVEL_SPEAKER 0xff

/* What attribution_of_shared() weighs of a word of a member against each
 * other source, read once the member: it asks again for every source. */
typedef struct
{
  guint32 shared;            /* the other sources with its concept when it is a content word
                              * (shared_elsewhere()), else 0 */
  guint32 object;            /* of a verb of a doubted act: its object's, likewise, or 0 */
  gboolean act;              /* a verb of a doubted act */
} TokenShare;

typedef struct _CueReach
{
  gboolean own_cue;          /* a cue of its own outside quotations */
  gboolean speech_hedge;     /* a verb of saying that hedges ("claimed") */
  guint8 *levels;            /* per token of the sentence: the PxAttribution a word another source
                              * shares counts at, or LEVEL_SPEAKER */
  GArray *checks;            /* Check */
  TokenShare *shares;        /* per token of the sentence but the speaker's; NULL until
                              * attribution_of_shared() reads them */
} CueReach;

static void
cue_reach_free (gpointer data)
{
  CueReach *reach = data;

  if (reach == NULL)
    return;
  g_free (reach->levels);
  g_array_unref (reach->checks);
  g_free (reach->shares);
  g_free (reach);
}

static void
add_check (CueReach  *reach,
           CheckKind  kind,
           guint      from,
           guint      to)
{
  Check check = { kind, from, to };

  g_array_append_val (reach->checks, check);
}

static gboolean hedge_doubts_evidence (PxDocument  *doc,
                                       PxSentence  *sentence,
                                       const PxCue *cue);

/* Whether hedge @cue doubts the evidence ("without providing evidence",
 * "could not be verified") after a comma at the end of @sentence, where
 * it bears on the whole statement before it, not on a clause of its own.
 */
static gboolean
trailing_evidence_doubt (PxDocument  *doc,
                         PxSentence  *sentence,
                         const PxCue *cue)
{
  guint end = sentence->first_token + sentence->n_tokens;

  if (cue->first_token <= sentence->first_token + 1
      || !g_str_equal (px_document_token (doc, cue->first_token - 1)->norm, ",")
      || !hedge_doubts_evidence (doc, sentence, cue))
    return FALSE;
  for (guint t = cue->end_token; t < end; t++)
    if (px_document_token (doc, t)->kind == PX_TOKEN_WORD)
      return FALSE;
  return TRUE;
}

/* Whether an adverb of doubt ("allegedly", "apparently") doubts only what
 * follows it, not the clause before: in a gerund after a preposition
 * ("banned for allegedly making a racist remark" states the ban, doubts
 * the remark), and after a form of "be" before what the subject is said
 * to be ("The loss was apparently the last straw" states the loss, doubts
 * that it was the last straw). "The plan was reportedly hatched" doubts
 * the plan's hatching, subject and all: a participle, not a complement.
 */
static gboolean
doubts_only_what_follows (Context     *ctx,
                          PxDocument  *doc,
                          PxSentence  *sentence,
                          const PxCue *cue)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  const PxToken *before, *after;

  if (cue->first_token <= first || cue->end_token >= end)
    return FALSE;
  before = px_document_token (doc, cue->first_token - 1);
  after = px_document_token (doc, cue->end_token);
  if (before->kind != PX_TOKEN_WORD || after->kind != PX_TOKEN_WORD)
    return FALSE;
  if (px_word_is_one_of (before->norm, (const char * const[]) { "for", "of", "over", "by", "with", "without",
                                                                "about", "in", "on", "from", "against", NULL })
      && g_str_has_suffix (after->norm, "ing") && strlen (after->norm) > 4
      && lexeme_of (ctx, after->norm)->verb_form)
    return TRUE;
  return px_word_is_one_of (before->norm, (const char * const[]) { "is", "was", "are", "were", NULL })
         && px_word_is_one_of (after->norm, (const char * const[]) { "the", "a", "an", NULL });
}

static CueReach *
cue_reach_new (Context             *ctx,
               const PxSentenceRef *ref)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  g_autofree guint8 *covered = g_new0 (guint8, MAX (sentence->n_tokens, 1)); /* the highest PxAttribution
                                                                              * over each token */
  CueReach *reach = g_new0 (CueReach, 1);
  guint speaker_first, speaker_end;

  reach->checks = g_array_new (FALSE, FALSE, sizeof (Check));
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);
      guint from = cue->end_token, to = end;
      PxAttribution cue_level;

      if (cue->in_quote || cue->kind == PX_CUE_NEGATION)
        continue;
      cue_level = cue->kind == PX_CUE_HEDGE ? PX_ATTRIBUTION_DISTANCED : PX_ATTRIBUTION_NEUTRAL;
      reach->own_cue = TRUE;
      if (cue->kind == PX_CUE_HEDGE && negated_before (doc, sentence, cue))
        continue;
      if (cue->kind == PX_CUE_HEDGE && noun_only_hedge (doc, cue) && !qualifies_a_noun (doc, cue, first, end))
        continue;
      if (cue->kind == PX_CUE_HEDGE && qualifies_a_noun (doc, cue, first, end))
        {
          /* "the alleged boss", "so-called groups": the words it stands
           * before, up to a verb ("A suspected gang boss took his own
           * life" doubts the boss, not the death) */
          to = from;
          while (to < end && to < from + 3 && px_document_token (doc, to)->kind == PX_TOKEN_WORD
                 && !(to > from && lexeme_of (ctx, px_document_token (doc, to)->norm)->verb_form)
                 && !(to > from && ends_noun_phrase (px_document_token (doc, to))))
            to++;
          /* what it doubts is what the other outlet says plainly:
           * "suspected arson" against "damaged by arson"; an offence
           * "on suspicion of" only against one given as the reason,
           * "arrested for drunk driving", not "charged with" it, another
           * accusation */
          add_check (reach, is_suspicion_of (doc, cue) ? CHECK_OFFENCE : CHECK_SHARED_WORD, from, to);
        }
      else if (!cue->speech && cue->kind == PX_CUE_HEDGE)
        {
          /* "reportedly", "apparently": the clause it stands in, and no
           * more: in "Brandt was at the dinner, where the deal allegedly was
           * struck" or "guards shot Kemper after he allegedly drew a knife"
           * the meeting and the shooting are stated, only the hatching and
           * the pointing are doubted. "was not immediately known" likewise
           * only its own clause ("the church burned and the cause was not
           * immediately known" does not doubt the fire), but on through
           * what it says is not known ("whether he was facing them") */
          gboolean unknown = is_unknown_cue (doc, cue);

          from = cue->first_token;
          while (from > first && !ends_a_statement (px_document_token (doc, from - 1))
                 && !(unknown && opens_clause (px_document_token (doc, from - 1)))
                 && !(!unknown && bounds_a_hedge (px_document_token (doc, from - 1))))
            from--;
          if (!unknown && doubts_only_what_follows (ctx, doc, sentence, cue))
            from = cue->first_token;
          to = cue->end_token;
          /* "Reportedly, the plan was hatched there": the clause after it */
          if (!unknown && from == cue->first_token && to + 1 < end
              && g_str_equal (px_document_token (doc, to)->norm, ","))
            to++;
          /* "accused foreign-funded groups of organising the unrest,
           * without providing evidence": a doubt of the evidence set off
           * at the sentence's end doubts the statement it follows, back to
           * where a clause of its own is joined on (", and blamed ...") */
          if (!unknown && trailing_evidence_doubt (doc, sentence, cue))
            {
              from = cue->first_token - 1;
              while (from > first)
                {
                  PxToken *prev = px_document_token (doc, from - 1);

                  if ((prev->kind == PX_TOKEN_PUNCT && !g_str_equal (prev->norm, ",") && !g_str_equal (prev->norm, "-"))
                      || (from - 1 > first && prev->kind == PX_TOKEN_WORD
                          && px_word_is_one_of (prev->norm, (const char * const[]) { "and", "but", "while", "whereas",
                                                                                     "although", "though", NULL })
                          && g_str_equal (px_document_token (doc, from - 2)->norm, ",")))
                    break;
                  from--;
                }
            }
          /* on over a verb joined to the doubted one: "allegedly stabbed
           * and robbed two neighbours" doubts the robbery too; and over a
           * participle set off after it, which tells how the doubted act
           * went: "allegedly shot four co-workers — killing two" doubts
           * the killing as well */
          while (to < end
                 && (!ends_a_statement (px_document_token (doc, to))
                     || (!unknown && participle_follows (ctx, doc, to, end)))
                 && (!(!unknown && bounds_a_hedge (px_document_token (doc, to)))
                     || (!unknown && participle_follows (ctx, doc, to, end))
                     || (to + 1 < end && px_word_is_one_of (px_document_token (doc, to)->norm,
                                                            (const char * const[]) { "and", "or", NULL })
                         && lexeme_of (ctx, px_document_token (doc, to + 1)->norm)->verb_form)))
            to++;
          /* what it doubts is what another outlet states: the clause's
           * verb and a word more ("the plan was hatched there") */
          if (!unknown)
            add_check (reach, CHECK_STATEMENT, from, to);
          else
            {
              /* not knowing states no fact to doubt: "the cause of the
               * fire has not been determined" and "it was not clear in
               * what order the shots struck" name what is not known,
               * which another outlet's "the cause of the fire" or "fired
               * 11 shots" does not answer. Only an answer is doubted:
               * what it asks whether (this check), or the cause or the
               * count stated (doubts_the_unknown()); the words it
               * shares are not */
              add_check (reach, CHECK_WHETHER, cue->end_token, to);
              to = from;
            }
        }
      else
        {
          /* back over the speaker to see whether a comma sets it aside */
          guint k = cue->first_token;

          while (k > first && px_document_token (doc, k - 1)->kind == PX_TOKEN_WORD
                 && cue->first_token - k < 8)
            k--;
          if ((k > first && g_str_equal (px_document_token (doc, k - 1)->norm, ","))
              || cue->end_token + 1 >= end)
            from = first;
          else
            {
              /* what is said goes on to "but": "insisted it was a joke, but
               * ... conceded" */
              to = from;
              while (to < end && !opens_contrast (px_document_token (doc, to)))
                to++;
            }
          /* "claimed", "alleged": what is claimed must be what the other
           * outlet states, its verb and a word more, as for "reportedly":
           * "WCVB-TV claims the offer was $184 million" doubts no flight
           * to Texas the other outlet tells of */
          if (cue->kind == PX_CUE_HEDGE)
            {
              reach->speech_hedge = TRUE;
              add_check (reach, CHECK_SPEECH_STATEMENT, from, to);
            }
        }
      for (guint t = from; t < to; t++)
        covered[t - first] = MAX (covered[t - first], cue_level);
      /* the verb of saying itself: "Reeves welcomed the decision" */
      for (guint t = cue->first_token; t < cue->end_token; t++)
        covered[t - first] = MAX (covered[t - first], cue_level);
    }

  if (!px_cues_speaker_extent (doc, sentence, &speaker_first, &speaker_end))
    speaker_first = speaker_end = 0;
  reach->levels = g_new (guint8, MAX (sentence->n_tokens, 1));
  for (guint t = first; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);

      /* the speaker's name is who says it, not what is said */
      if (t >= speaker_first && t < speaker_end)
        reach->levels[t - first] = LEVEL_SPEAKER;
      else
        reach->levels[t - first] = token->in_quote ? MAX (covered[t - first], PX_ATTRIBUTION_NEUTRAL) : covered[t - first];
    }
  return reach;
}

/* cue_reach_new() of the member @ref, kept for the run. */
static const CueReach *
cue_reach_of (Context             *ctx,
              const PxSentenceRef *ref)
{
  guint m;

  g_assert (ctx->reaches != NULL && ref >= ctx->members && ref < ctx->members + ctx->n_members);
  m = (guint) (ref - ctx->members);
  if (ctx->reaches[m] == NULL)
    ctx->reaches[m] = cue_reach_new (ctx, ref);
  return ctx->reaches[m];
}

/* Whether a word of @sentence has @concept. */
static gboolean
sentence_has_concept (PxDocument *doc,
                      PxSentence *sentence,
                      const char *concept)
{
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    if (g_str_equal (px_document_token (doc, t)->concept, concept))
      return TRUE;
  return FALSE;
}

/* What the offence a word of @sentence at @t names: one name for an
 * offence written in several ways, else the word's own concept. Drink-
 * driving, which WordNet does not know, is "DUI", "DWI", "OWI", "OUI",
 * "drunk driving", "drunken driving", "drink-driving", "driving under
 * the influence", "driving while intoxicated" or "while impaired"
 * ("Arrested For DUI" against "arrested on suspicion of drunk driving").
 */
static const char *
offence_named (PxDocument *doc,
               PxSentence *sentence,
               guint       t)
{
  static const char * const initials[] = { "dui", "dwi", "owi", "oui", "drink-driving", "drunk-driving", NULL };
  static const char * const drunk[] = { "drunk", "drunken", "drink", NULL };
  static const char * const impaired[] = { "intoxicated", "impaired", "drunk", NULL };
  guint end = sentence->first_token + sentence->n_tokens;
  const PxToken *token = px_document_token (doc, t);

  if (px_word_is_one_of (token->norm, initials))
    return "drink-driving";
  if (t + 1 < end && px_word_is_one_of (token->norm, drunk)
      && g_str_equal (px_document_token (doc, t + 1)->norm, "driving"))
    return "drink-driving";
  if (g_str_equal (token->norm, "driving"))
    {
      if (t > sentence->first_token && px_word_is_one_of (px_document_token (doc, t - 1)->norm, drunk))
        return "drink-driving";
      if (t + 3 < end && g_str_equal (px_document_token (doc, t + 1)->norm, "under")
          && g_str_equal (px_document_token (doc, t + 2)->norm, "the")
          && g_str_equal (px_document_token (doc, t + 3)->norm, "influence"))
        return "drink-driving";
      if (t + 2 < end && g_str_equal (px_document_token (doc, t + 1)->norm, "while")
          && px_word_is_one_of (px_document_token (doc, t + 2)->norm, impaired))
        return "drink-driving";
    }
  return token->concept;
}

/* Whether a member of another source (only @with's when it is a source)
 * gives the offence the content word at @t names (offence_named()) as the
 * reason of the act the sentence of @ref tells, "for" a word or two before
 * it, a few words after that act's verb ("arrested for drunk driving",
 * "Arrested For DUI" against "arrested on suspicion of drunk driving"; not
 * "searched the quarry for the murder weapon" against "arrested near the
 * quarry on suspicion of murder").
 */
static gboolean
offence_stated (Context             *ctx,
                const PxSentenceRef *ref,
                guint                with,
                guint                t)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  const PxToken *token = px_document_token (doc, t);
  const char *offence = offence_named (doc, sentence, t);

  /* a word no other source has names no offence it states, unless the
   * offence is one of several names */
  if (offence == token->concept && !shared_elsewhere (ctx, ref, with, token))
    return FALSE;
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *other = &ctx->members[m];
      PxDocument *odoc = ctx->documents[other->source];
      PxSentence *osentence;

      if (!on_other_side (ref, with, other))
        continue;
      osentence = px_document_sentence (odoc, other->sentence);
      for (guint o = osentence->first_token; o < osentence->first_token + osentence->n_tokens; o++)
        {
          if (!g_str_equal (offence_named (odoc, osentence, o), offence))
            continue;
          for (guint f = o; f > osentence->first_token + 1 && o - f < 3; f--)
            {
              if (!g_str_equal (px_document_token (odoc, f - 1)->norm, "for"))
                continue;
              /* after the act the doubting sentence tells: "arrested
               * (early Sunday) for" */
              for (guint v = f - 1; v > osentence->first_token && f - v < 4; v--)
                {
                  PxToken *verb = px_document_token (odoc, v - 1);

                  if (verb->kind == PX_TOKEN_WORD && !verb->is_stop && is_verb_use (ctx, odoc, osentence, v - 1)
                      && sentence_has_concept (doc, sentence, verb->concept))
                    return TRUE;
                }
            }
        }
    }
  return FALSE;
}

/* Whether @check holds against @with (a source, or G_MAXUINT for any). */
static gboolean
check_holds (Context             *ctx,
             const PxSentenceRef *ref,
             guint                with,
             const Check         *check)
{
  PxDocument *doc = ctx->documents[ref->source];

  switch (check->kind)
    {
    case CHECK_SHARED_WORD:
      for (guint t = check->from; t < check->to; t++)
        if (shared_elsewhere (ctx, ref, with, px_document_token (doc, t)))
          return TRUE;
      return FALSE;
    case CHECK_STATEMENT:
    case CHECK_SPEECH_STATEMENT:
      return doubts_a_statement (ctx, ref, with, check->from, check->to);
    case CHECK_WHETHER:
      return doubts_whether (ctx, ref, with, check->from, check->to);
    case CHECK_OFFENCE:
      for (guint t = check->from; t < check->to; t++)
        if (offence_stated (ctx, ref, with, t))
          return TRUE;
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}

/* Whether @token (of @doc, in @sentence) names cause @cause by other
 * words than its own: its doer, the noun with "-ist" ("arsonist" for
 * "arson", "terrorist" for "terrorism"), or, for arson, a fire set on
 * purpose ("was deliberately set", "set intentionally"), which is what
 * the word means.
 */
static gboolean
names_cause_otherwise (PxDocument    *doc,
                       PxSentence    *sentence,
                       guint          t,
                       const char    *cause)
{
  static const char * const purposely[] = { "deliberately", "intentionally", "purposely", "purposefully", NULL };
  static const char * const fires[] = { "fire", "fires", "blaze", "blazes", "flames", NULL };
  const char *norm = px_document_token (doc, t)->norm;
  gsize stem = strlen (cause);
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  if (g_str_has_suffix (cause, "ism"))
    stem -= 3;
  if (strncmp (norm, cause, stem) == 0
      && (g_str_equal (norm + stem, "ist") || g_str_equal (norm + stem, "ists")))
    return TRUE;
  if (!g_str_equal (cause, "arson") || !g_str_equal (norm, "set"))
    return FALSE;
  /* "deliberately set", "set deliberately", "set on purpose" */
  if (!(t > first && px_word_is_one_of (px_document_token (doc, t - 1)->norm, purposely))
      && !(t + 1 < end && px_word_is_one_of (px_document_token (doc, t + 1)->norm, purposely))
      && !(t + 2 < end && g_str_equal (px_document_token (doc, t + 1)->norm, "on")
           && g_str_equal (px_document_token (doc, t + 2)->norm, "purpose")))
    return FALSE;
  /* and what is set is a fire: "set fire to", "a fire that was
   * deliberately set", not "the heater was deliberately set too high" */
  if (t + 1 < end && px_word_is_one_of (px_document_token (doc, t + 1)->norm, fires))
    return TRUE;
  for (guint k = t; k > first && t - k < 5; k--)
    {
      const char *before = px_document_token (doc, k - 1)->norm;

      if (px_word_is_one_of (before, fires))
        return TRUE;
      if (!px_word_is_one_of (before, purposely)
          && !px_word_is_one_of (before, (const char * const[]) { "was", "were", "been", "is", "are", "had", "has",
                                                                   "have", "that", "which", NULL }))
        return FALSE;
    }
  return FALSE;
}

/* Whether a member of another source (only @with's when it is a source)
 * names cause @cause by other words, names_cause_otherwise(), outside a
 * quotation.
 */
static gboolean
cause_named_otherwise (Context             *ctx,
                       const PxSentenceRef *ref,
                       guint                with,
                       const char          *cause)
{
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *other = &ctx->members[m];
      PxDocument *odoc = ctx->documents[other->source];
      PxSentence *osentence;

      if (!on_other_side (ref, with, other))
        continue;
      osentence = px_document_sentence (odoc, other->sentence);
      for (guint t = osentence->first_token; t < osentence->first_token + osentence->n_tokens; t++)
        if (px_document_token (odoc, t)->kind == PX_TOKEN_WORD && !px_document_token (odoc, t)->in_quote
            && names_cause_otherwise (odoc, osentence, t, cause))
          return TRUE;
    }
  return FALSE;
}

/* Whether the sentence of @ref suspects a cause ("possible arson",
 * "suspected as sabotage") that source @with names too, in the word or
 * by other words ("an arsonist", "was deliberately set").
 */
static gboolean
suspects_shared_cause (Context             *ctx,
                       const PxSentenceRef *ref,
                       guint                with)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint span_start, span_end;

  if (!suspicion_of (ctx, ref, &span_start, &span_end))
    return FALSE;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      /* the cause, not the word that doubts it */
      if (token->start > span_start && token->end <= span_end && token->kind == PX_TOKEN_WORD
          && !token->is_stop
          && (shared_elsewhere (ctx, ref, with, token) || cause_named_otherwise (ctx, ref, with, token->norm)))
        return TRUE;
    }
  return FALSE;
}

/* The bits shared_elsewhere() reads of @token, a word of @ref's sentence,
 * for any source: of the other sources with its concept, when it is a
 * content word. */
static guint32
sources_sharing (Context             *ctx,
                 const PxSentenceRef *ref,
                 const PxToken       *token)
{
  if (token->kind != PX_TOKEN_WORD || token->is_stop)
    return 0;
  return concept_sources (ctx, ref, token) & ~(1u << ref->source);
}

/* What attribution_of_shared() weighs of each word of the member @ref but
 * its speaker's (TokenShare), read once: the verbs of the acts a doubt
 * reaches, and what each verb is done to, its first content word within
 * three words ("is reportedly weighing a counterbid"). */
static const TokenShare *
token_shares_of (Context             *ctx,
                 const PxSentenceRef *ref)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  CueReach *reach;

  cue_reach_of (ctx, ref);
  reach = ctx->reaches[ref - ctx->members];
  if (reach->shares != NULL)
    return reach->shares;
  reach->shares = g_new0 (TokenShare, MAX (sentence->n_tokens, 1));
  for (guint t = first; t < end; t++)
    {
      guint8 level = reach->levels[t - first];
      PxToken *token = px_document_token (doc, t);
      TokenShare *share = &reach->shares[t - first];

      if (level == LEVEL_SPEAKER)
        continue;
      share->shared = sources_sharing (ctx, ref, token);
      if (level != PX_ATTRIBUTION_DISTANCED || token->kind != PX_TOKEN_WORD || token->is_stop || token->is_capital
          || in_cue (sentence, t) || !verb_use_of (ctx, ref, t))
        continue;
      share->act = TRUE;
      for (guint o = t + 1; o < end && o <= t + 3; o++)
        {
          PxToken *object = px_document_token (doc, o);

          if (object->kind != PX_TOKEN_WORD || opens_clause (object))
            break;
          if (object->is_stop)
            continue;
          share->object = sources_sharing (ctx, ref, object);
          break;
        }
    }
  return reach->shares;
}

/* The sentence's attribution as it bears on what the claim's sources
 * share: "Trump and Zelensky met at Mar-a-Lago and said they were close to
 * a deal" attributes the deal, not the meeting. A verb of saying covers
 * what follows it ("Lavrov said Ukraine launched ..."), or the whole
 * sentence when it stands aside between commas ("..., Lavrov said, and
 * ..."); hedges like "reportedly" cover the whole sentence.
 */
static PxAttribution
attribution_of_shared (Context             *ctx,
                       const PxSentenceRef *ref,
                       guint                with)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  const CueReach *reach;
  const TokenShare *shares;
  guint32 want;
  gboolean doubts_shared = FALSE, speech_states = FALSE, doubted_act_shared = FALSE, doubted_act_own = FALSE;
  guint shared[3] = { 0, 0, 0 };

  /* the cause, the count or the reason not known, against an outlet that
   * states it */
  if (unknown_answered (ctx, ref, with))
    return PX_ATTRIBUTION_DISTANCED;
  /* a cause it suspects ("possible arson") is no cause stated as fact
   * against an outlet that names that cause, doubting it or not */
  if (suspects_shared_cause (ctx, ref, with))
    return PX_ATTRIBUTION_DISTANCED;
  if (sentence->attribution == PX_ATTRIBUTION_NONE)
    return PX_ATTRIBUTION_NONE;

  reach = cue_reach_of (ctx, ref);
  for (guint c = 0; c < reach->checks->len; c++)
    {
      const Check *check = &g_array_index (reach->checks, Check, c);

      if (check->kind == CHECK_SPEECH_STATEMENT)
        speech_states |= check_holds (ctx, ref, with, check);
      else
        doubts_shared |= check_holds (ctx, ref, with, check);
    }
  if (scare_quoted (ctx, ref, with))
    return PX_ATTRIBUTION_DISTANCED;
  /* attributed by a quotation, or by the sentence before it */
  if (!reach->own_cue)
    return sentence->attribution;

  shares = token_shares_of (ctx, ref);
  want = with == G_MAXUINT ? ~0u : 1u << with;
  for (guint t = first; t < end; t++)
    {
      guint8 level = reach->levels[t - first];
      const TokenShare *share = &shares[t - first];
      gboolean in_common;

      if (level == LEVEL_SPEAKER)
        continue;
      in_common = (share->shared & want) != 0;
      /* the acts the doubt reaches, told by the others or not: by the
       * verb, or by what it is done to ("is reportedly weighing a
       * counterbid" against "is also preparing a counterbid") */
      if (share->act)
        {
          if (in_common || (share->object & want) != 0)
            doubted_act_shared = TRUE;
          else
            doubted_act_own = TRUE;
        }
      if (!in_common)
        continue;
      shared[level]++;
    }
  /* qualified when most of what it shares is in a qualifier's reach, and
   * more than a word of it, or when it doubts a thing the others name;
   * attributed when most is someone's word */
  if (doubts_shared)
    return PX_ATTRIBUTION_DISTANCED;
  /* what it doubts must be what the others state: "Ostrander reportedly
   * apologised in case the break-in was linked to her
   * campaign" doubts an apology, not "a suspicious fire virtually
   * destroyed the church" it shares the fire and the governor with */
  if (shared[PX_ATTRIBUTION_DISTANCED] >= 2
      && shared[PX_ATTRIBUTION_DISTANCED] >= shared[PX_ATTRIBUTION_NONE] + shared[PX_ATTRIBUTION_NEUTRAL]
      && (!reach->speech_hedge || speech_states) && !(doubted_act_own && !doubted_act_shared))
    return PX_ATTRIBUTION_DISTANCED;
  if (shared[PX_ATTRIBUTION_NEUTRAL] + shared[PX_ATTRIBUTION_DISTANCED] >= shared[PX_ATTRIBUTION_NONE]
      && shared[PX_ATTRIBUTION_NEUTRAL] + shared[PX_ATTRIBUTION_DISTANCED] > 0)
    return PX_ATTRIBUTION_NEUTRAL;
  return PX_ATTRIBUTION_NONE;
}

static PxAttribution
source_attribution (Context *ctx,
                    guint    source,
                    guint    with)
{
  PxAttribution level = PX_ATTRIBUTION_NONE;
  int *known = &ctx->attributions[source * ctx->n_documents + with];

  if (*known >= 0)
    return *known;
  for (guint m = 0; m < ctx->n_members; m++)
    if (ctx->members[m].source == source)
      level = MAX (level, attribution_of_shared (ctx, &ctx->members[m], with));
  *known = level;
  return level;
}

static gboolean mentions_like (Context    *ctx,
                               guint       source,
                               const char *key);

/* Whether @source, which states the claim plainly, names the speaker that
 * @attributed gives it to: "the government suspended the talks" against
 * "the government announced it would suspend the talks" is the speaker's
 * own act or announcement either way, not a fact one outlet vouches for.
 * The speaker is the named one, or the words next to the verb of saying
 * ("the ministry said", "according to the ministry").
 */
static gboolean
names_the_speaker (Context *ctx,
                   guint    source,
                   guint    attributed)
{
  PxDocument *doc = ctx->documents[attributed];

  for (guint m = 0; m < ctx->n_members; m++)
    {
      PxSentence *sentence;
      guint first, end;

      if (ctx->members[m].source != attributed)
        continue;
      sentence = px_document_sentence (doc, ctx->members[m].sentence);
      if (sentence->speaker != NULL && *sentence->speaker != '\0' && mentions_like (ctx, source, sentence->speaker))
        return TRUE;
      first = sentence->first_token;
      end = first + sentence->n_tokens;
      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);
          gboolean after = g_str_equal (px_document_token (doc, cue->first_token)->norm, "according")
                           || cue->first_token == first
                           || px_document_token (doc, cue->first_token - 1)->kind == PX_TOKEN_PUNCT;
          int step = after ? 1 : -1;
          int t = after ? (int) cue->end_token : (int) cue->first_token - 1;
          guint names = 0, named = 0;

          if (cue->in_quote || cue->kind != PX_CUE_ATTRIBUTION || !cue->speech)
            continue;
          for (guint n = 0; t >= (int) first && t < (int) end && n < 5; t += step, n++)
            {
              PxToken *token = px_document_token (doc, t);
              gboolean there;

              if (token->kind != PX_TOKEN_WORD)
                break;
              if (token->is_stop)
                continue;
              there = (GPOINTER_TO_UINT (g_hash_table_lookup (ctx->concepts, token->concept)) & (1u << source)) != 0;
              /* a name counts only whole: "White House" is named where
               * both words are, "Cal Fire" is not by "the fire" */
              if (token->is_capital && !token->sentence_initial)
                {
                  names++;
                  named += there;
                }
              else if (there)
                return TRUE;
            }
          if (names > 0 && named == names)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the member @m gives the claim to a speaker in words of its own
 * ("said", "according to"), not only by quoting or by the sentence before
 * it.
 */
static gboolean
says_who_said_it (Context *ctx,
                  guint    m)
{
  const PxSentenceRef *ref = &ctx->members[m];
  PxSentence *sentence = px_document_sentence (ctx->documents[ref->source], ref->sentence);

  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      if (!cue->in_quote && cue->kind == PX_CUE_ATTRIBUTION && cue->speech)
        return TRUE;
    }
  return FALSE;
}

/* How much of the shorter of two statements the other must say for a
 * speaker's word, or unnamed sources', against a plain statement to be
 * worth showing: the project's own stories (the plain outlet retells the
 * speaker's claim, often in words of its own: "is also considering an
 * offer, two people familiar with the matter told Reuters" / "is also
 * preparing a counterbid", 0.57) reach it, most loose pairs of the
 * development keys, which record none of these, do not ("a source tells
 * the agency he is now at the Hollowbrook Clinic, where he has been
 * before" against "he was there in 2015"); at 0.5 a key set's first such
 * false flag comes.
 */
#define ATTRIBUTION_OVERLAP 0.55

/* The best slot_overlap() of the member sentences of @a with the member
 * @rb of another source.
 */
static double
sentence_overlap (Context             *ctx,
                  guint                a,
                  const PxSentenceRef *rb)
{
  PxDocument *da = ctx->documents[a], *db = ctx->documents[rb->source];
  PxSentence *sb = px_document_sentence (db, rb->sentence);
  g_autoptr(GHashTable) cb = clause_concepts (db, sb, sb->first_token, sb->first_token, TRUE);
  double best = 0;

  for (guint i = 0; i < ctx->n_members; i++)
    {
      const PxSentenceRef *ra = &ctx->members[i];
      PxSentence *sa;
      g_autoptr(GHashTable) ca = NULL;

      if (ra->source != a)
        continue;
      sa = px_document_sentence (da, ra->sentence);
      ca = clause_concepts (da, sa, sa->first_token, sa->first_token, TRUE);
      best = MAX (best, slot_overlap (ca, cb, NULL, FALSE));
    }
  return best;
}

/* A test of one hedge cue in a member's sentence. */
typedef gboolean (*HedgeTest) (PxDocument   *doc,
                               PxSentence   *sentence,
                               const PxCue  *cue);

/* Whether a member of @source hedges in the outlet's own voice (a hedge
 * cue outside quotation marks) in a way @test accepts.
 */
static gboolean
own_hedge_matches (Context   *ctx,
                   guint      source,
                   HedgeTest  test)
{
  PxDocument *doc = ctx->documents[source];

  for (guint m = 0; m < ctx->n_members; m++)
    {
      PxSentence *sentence;

      if (ctx->members[m].source != source)
        continue;
      sentence = px_document_sentence (doc, ctx->members[m].sentence);
      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          if (cue->kind == PX_CUE_HEDGE && !cue->in_quote && test (doc, sentence, cue))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
hedge_doubts_evidence (PxDocument  *doc,
                       PxSentence  *sentence,
                       const PxCue *cue)
{
  for (guint t = cue->first_token; t < cue->end_token; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;

      if (strstr (norm, "evidence") || strstr (norm, "verif") || strstr (norm, "confirm"))
        return TRUE;
    }
  return FALSE;
}

/* Whether a member of @source doubts the claim in the outlet's own voice:
 * "without evidence", "could not be verified", "unconfirmed".
 */
static gboolean
doubts_the_evidence (Context *ctx,
                     guint    source)
{
  return own_hedge_matches (ctx, source, hedge_doubts_evidence);
}

/* The words that name who speaks beside the verb of saying @cue, at most
 * @max of them, into @tokens (token indices), nearest first: before the
 * verb ("officials said"), or after it when it is turned round ("...,
 * said officials", "according to people familiar with it"); they end at
 * the first token that is no word. Returns how many; 0 when @cue is no
 * verb of saying outside a quotation.
 */
static guint
speaker_tokens (PxDocument  *doc,
                PxSentence  *sentence,
                const PxCue *cue,
                guint        max,
                guint       *tokens)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  gboolean after;
  int step;
  guint n = 0;

  if (cue->in_quote || cue->kind != PX_CUE_ATTRIBUTION || !cue->speech)
    return 0;
  after = g_str_equal (px_document_token (doc, cue->first_token)->norm, "according")
          || (cue->first_token > first && px_document_token (doc, cue->first_token - 1)->kind != PX_TOKEN_WORD);
  step = after ? 1 : -1;
  for (int t = step < 0 ? (int) cue->first_token - 1 : (int) cue->end_token;
       t >= (int) first && t < (int) end && n < max; t += step)
    {
      if (px_document_token (doc, t)->kind != PX_TOKEN_WORD)
        break;
      tokens[n++] = t;
    }
  return n;
}

/* Whether the member @m gives the claim to a speaker one of @words names,
 * next to a verb of saying ("officials said", "..., said officials",
 * "according to people familiar with it"); when @unnamed_only, not when a
 * name stands with them.
 */
static gboolean
member_cites_speaker_of (Context            *ctx,
                         guint               m,
                         const char * const *words,
                         gboolean            unnamed_only)
{
  const PxSentenceRef *ref = &ctx->members[m];
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);

  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      guint tokens[6];
      guint n = speaker_tokens (doc, sentence, &g_array_index (sentence->cues, PxCue, c), G_N_ELEMENTS (tokens), tokens);
      gboolean speaker = FALSE, named = FALSE;

      for (guint k = 0; k < n; k++)
        {
          PxToken *token = px_document_token (doc, tokens[k]);

          named |= token->is_capital && !token->sentence_initial;
          speaker |= px_word_is_one_of (token->norm, words);
        }
      if (speaker && !(unnamed_only && named))
        return TRUE;
    }
  return FALSE;
}

/* Whether a member of @source gives the claim to a speaker one of @words
 * names (member_cites_speaker_of()). @member, when not NULL, gets the
 * index of the member that does.
 */
static gboolean
cites_speaker_of (Context            *ctx,
                  guint               source,
                  const char * const *words,
                  gboolean            unnamed_only,
                  guint              *member)
{
  for (guint m = 0; m < ctx->n_members; m++)
    if (ctx->members[m].source == source && member_cites_speaker_of (ctx, m, words, unnamed_only))
      {
        if (member != NULL)
          *member = m;
        return TRUE;
      }
  return FALSE;
}

/* Whether the member @m gives the claim to people it does not name:
 * "people briefed on the matter said", "according to people familiar
 * with the talks", "sources said". An outlet that states as fact what
 * another has only from unnamed sources is worth showing; a named
 * speaker's word, or "officials said" (how most news is sourced), is
 * ordinary reporting, and the development keys record none of it.
 */
static gboolean
cites_unnamed_sources (Context *ctx,
                       guint    m)
{
  static const char * const unnamed[] = {
    "people", "person", "source", "sources", "aide", "aides", "insider", "insiders", "adviser", "advisers",
    "advisor", "advisors", "diplomat", "diplomats", "someone", "witness", "witnesses", NULL,
  };

  return member_cites_speaker_of (ctx, m, unnamed, TRUE);
}

/* Whether a member of @source gives the claim to the side that accuses in
 * a case: "prosecutors said", "according to Moldovan prosecutors", "the
 * indictment says". Their word is an allegation until a court rules on
 * it, so an outlet that states it as fact differs from one that gives it
 * to them, named or not.
 */
static gboolean
cites_an_accuser (Context *ctx,
                  guint    source,
                  guint    plain)
{
  static const char * const accusers[] = {
    "prosecutor", "prosecutors", "prosecution", "indictment", "indictments", "plaintiff", "plaintiffs", "lawsuit",
    NULL,
  };
  guint member;

  /* what the accuser says is what the plain outlet states: "robbed his
   * uncle, according to police and prosecutors" is not "will face
   * theft charges after officers found the jewels" */
  return cites_speaker_of (ctx, source, accusers, FALSE, &member)
         && sentence_overlap (ctx, plain, &ctx->members[member]) >= ATTRIBUTION_OVERLAP;
}

/* Whether the member sentences of @source tell of a verdict (@verdict:
 * "convicted", "found guilty", "jurors found true", "gets a life
 * sentence") or of an allegation
 * or a charge ("the complaint alleged", "was charged with").
 */
static gboolean
tells_of_stage (Context  *ctx,
                guint     source,
                gboolean  verdict)
{
  static const char * const verdicts[] = {
    "convicted", "acquitted", "sentenced", "sentence", "sentences", "verdict", "jury", "jurors", "pleaded", "pled",
    "guilty", NULL,
  };
  static const char * const allegations[] = {
    "alleged", "alleges", "allegedly", "allegation", "allegations", "complaint", "indictment", "indicted",
    "charged", "charges", "accused", "accuses", NULL,
  };

  for (guint m = 0; m < ctx->n_members; m++)
    {
      PxDocument *doc = ctx->documents[source];
      PxSentence *sentence;
      gboolean is_verdict = FALSE, is_allegation = FALSE;

      if (ctx->members[m].source != source)
        continue;
      sentence = px_document_sentence (doc, ctx->members[m].sentence);
      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const char *norm = px_document_token (doc, t)->norm;

          is_verdict |= px_word_is_one_of (norm, verdicts);
          is_allegation |= px_word_is_one_of (norm, allegations);
        }
      /* "jurors found true the allegations" tells of the verdict */
      if (verdict ? is_verdict : is_allegation && !is_verdict)
        return TRUE;
    }
  return FALSE;
}

/* An allegation and the verdict on it are two happenings: "the indictment
 * listed four aggravating factors" and "she was found guilty of arson
 * with the aggravating factors" do not tell one statement with and
 * without doubt, whatever they share; nor do "allegedly shot" and
 * "convicted of shooting".
 */
static gboolean
stages_apart (Context *ctx,
              guint    plain,
              guint    doubting)
{
  return tells_of_stage (ctx, plain, TRUE) && !tells_of_stage (ctx, plain, FALSE)
         && tells_of_stage (ctx, doubting, FALSE) && !tells_of_stage (ctx, doubting, TRUE);
}

/* Whether a member of @doubting says the cause, or how many, is not known
 * while a member of @stating gives it: "what killed her was not yet
 * known" against "died of a stroke, the Daily Ledger reports"; “We
 * can't tell yet what started it” against "was gutted in an arson
 * attack". What one outlet knows and the other does
 * not is a difference even when the knowing one gives it to a speaker or
 * to another outlet, or gives someone's word elsewhere in the claim.
 */
static gboolean
unknown_against_stated (Context *ctx,
                        guint    doubting,
                        guint    stating)
{
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];

      if (ref->source != doubting)
        continue;
      if (unknown_answered (ctx, ref, stating))
        return TRUE;
    }
  return FALSE;
}

static gboolean
hedge_stands (PxDocument  *doc,
              PxSentence  *sentence,
              const PxCue *cue)
{
  return !negated_before (doc, sentence, cue)
         && !(noun_only_hedge (doc, cue)
              && !qualifies_a_noun (doc, cue, sentence->first_token, sentence->first_token + sentence->n_tokens));
}

/* Whether a member of @source hedges in the outlet's own voice
 * ("reportedly", "allegedly", "claimed"), whatever it hedges: an outlet
 * that keeps its own distance in the claim is not the one that states it
 * as fact ("The Hawks are reportedly at five years" against "the Lions
 * have reportedly only offered four years").
 */
static gboolean
hedges_in_own_voice (Context *ctx,
                     guint    source)
{
  return own_hedge_matches (ctx, source, hedge_stands);
}

/* Whether a member of @source keeps its own distance from the act that
 * @doubting doubts, by a noun of doubt or an accusation over it: "dispute
 * police claims that Kemper drew a knife on guards" against "after he
 * allegedly drew a blade on them", "the man accused of robbing two
 * neighbours". Such a report does not state the act as fact. What follows
 * "that" or "of" must hold a verb @doubting uses too, so "allegations of
 * abuse" against a doubted shooting is still plain.
 */
static gboolean
own_doubt_of_the_act (Context *ctx,
                      guint    source,
                      guint    doubting)
{
  static const char * const doubts[] = {
    "allegation", "allegations", "accusation", "accusations", "accused", "accusing", "claim", "claims",
    "rumor", "rumors", "rumour", "rumours", "suspicion", "suspicions", NULL,
  };
  PxDocument *doc = ctx->documents[source];

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence;
      guint end;

      if (ref->source != source)
        continue;
      sentence = px_document_sentence (doc, ref->sentence);
      end = sentence->first_token + sentence->n_tokens;
      for (guint t = sentence->first_token; t + 2 < end; t++)
        {
          PxToken *token = px_document_token (doc, t);
          const char *next = px_document_token (doc, t + 1)->norm;

          if (token->in_quote || !px_word_is_one_of (token->norm, doubts)
              || !(g_str_equal (next, "that") || g_str_equal (next, "of")))
            continue;
          /* the act it doubts, up to the end of that clause */
          for (guint k = t + 2; k < end && k < t + 14; k++)
            {
              PxToken *word = px_document_token (doc, k);

              if (k > t + 2 && opens_clause (word))
                break;
              if (word->kind != PX_TOKEN_WORD || word->is_stop || word->is_capital || !verb_use_of (ctx, ref, k))
                continue;
              if ((GPOINTER_TO_UINT (g_hash_table_lookup (ctx->concepts, word->concept)) & (1u << doubting)) != 0)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* The sentence of a member of @plain that names, with no cue of its own
 * and outside a quotation, the cause the sentence of @ref suspects (suspicion_span()), in the word
 * ("damaged by arson") or by other words (names_cause_otherwise()), or -1.
 */
static int
plain_statement_of_suspected (Context             *ctx,
                              const PxSentenceRef *ref,
                              guint                plain)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxDocument *odoc = ctx->documents[plain];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint span_start, span_end;

  if (!suspicion_of (ctx, ref, &span_start, &span_end))
    return -1;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *cause = px_document_token (doc, t);

      if (cause->start <= span_start || cause->end > span_end || cause->kind != PX_TOKEN_WORD || cause->is_stop)
        continue;
      for (guint o = 0; o < ctx->n_members; o++)
        {
          const PxSentenceRef *other = &ctx->members[o];
          PxSentence *osentence;

          if (other->source != plain)
            continue;
          osentence = px_document_sentence (odoc, other->sentence);
          /* a quotation of other words leaves the rest in its own voice */
          if (osentence->attribution == PX_ATTRIBUTION_DISTANCED || osentence->cues != NULL)
            continue;
          for (guint k = osentence->first_token; k < osentence->first_token + osentence->n_tokens; k++)
            {
              PxToken *token = px_document_token (odoc, k);

              if (token->kind == PX_TOKEN_WORD && !token->in_quote
                  && (g_str_equal (token->concept, cause->concept) || names_cause_otherwise (odoc, osentence, k, cause->norm)))
                return (int) other->sentence;
            }
        }
    }
  return -1;
}

/* The sentence of a member of @plain that states, in the outlet's own
 * voice, the act a member of @doubting doubts in its own voice, or -1: "a fire that was
 * deliberately set" against "may have been set by an arsonist", though
 * @plain gives other sentences of the claim to a speaker (a spokesman's
 * word on the governor's apology). The act is a verb in the doubt's reach
 * that @plain shares; the plain sentence asserts it (states_the_act()),
 * with no cue of its own.
 */
static int
plain_statement_of_doubted (Context *ctx,
                            guint    plain,
                            guint    doubting)
{
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxDocument *doc = ctx->documents[doubting];
      PxSentence *sentence;
      const CueReach *reach;

      if (ref->source != doubting)
        continue;
      sentence = px_document_sentence (doc, ref->sentence);
      /* a cause it suspects ("investigators suspect arson"), which a
       * plain sentence names ("An arsonist has badly damaged") */
      if (attribution_of_shared (ctx, ref, plain) == PX_ATTRIBUTION_DISTANCED)
        {
          int stated = plain_statement_of_suspected (ctx, ref, plain);

          if (stated >= 0)
            return stated;
        }
      if (sentence->attribution != PX_ATTRIBUTION_DISTANCED
          || attribution_of_shared (ctx, ref, plain) != PX_ATTRIBUTION_DISTANCED)
        continue;
      reach = cue_reach_of (ctx, ref);
      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          PxToken *verb = px_document_token (doc, t);

          if (reach->levels[t - sentence->first_token] != PX_ATTRIBUTION_DISTANCED || verb->kind != PX_TOKEN_WORD
              || verb->is_stop || verb->is_capital || in_cue (sentence, t) || !verb_use_of (ctx, ref, t)
              || !shared_elsewhere (ctx, ref, plain, verb))
            continue;
          for (guint o = 0; o < ctx->n_members; o++)
            {
              const PxSentenceRef *other = &ctx->members[o];
              PxDocument *odoc = ctx->documents[plain];
              PxSentence *osentence;

              if (other->source != plain)
                continue;
              osentence = px_document_sentence (odoc, other->sentence);
              if (osentence->attribution == PX_ATTRIBUTION_NONE && osentence->cues == NULL
                  && states_the_act (ctx, odoc, osentence, verb))
                return (int) other->sentence;
            }
        }
    }
  return -1;
}

/* Whether source @a and source @b at @level differ over what they share.
 * Hedging (@level PX_ATTRIBUTION_DISTANCED): @a states it as fact, or
 * gives it to a speaker while @b doubts the evidence in its own voice
 * ("Lavrov said" against "Russia claimed, without evidence"), never "said"
 * against "alleged": both report an allegation. Attribution: @a states it
 * as fact and does not name the speaker @b gives it to.
 */
static gboolean
pair_differs_at (Context       *ctx,
                 guint          a,
                 guint          b,
                 PxAttribution  level)
{
  PxAttribution la = source_attribution (ctx, a, b);

  if (source_attribution (ctx, b, a) != level)
    return FALSE;
  if (level == PX_ATTRIBUTION_DISTANCED
      && (stages_apart (ctx, a, b) || hedges_in_own_voice (ctx, a) || own_doubt_of_the_act (ctx, a, b)))
    return FALSE;
  if (level == PX_ATTRIBUTION_DISTANCED)
    return la == PX_ATTRIBUTION_NONE
           || (la == PX_ATTRIBUTION_NEUTRAL
               && (doubts_the_evidence (ctx, b) || unknown_against_stated (ctx, b, a) || plain_statement_of_doubted (ctx, a, b) >= 0));
  if (la != PX_ATTRIBUTION_NONE || names_the_speaker (ctx, a, b))
    return FALSE;
  if (cites_an_accuser (ctx, b, a))
    return TRUE;
  /* what @b gives to a speaker is what @a states: the sentence that cites
   * "a court source" vouches for no other of its outlet's in the claim */
  for (guint m = 0; m < ctx->n_members; m++)
    if (ctx->members[m].source == b && (cites_unnamed_sources (ctx, m) || (ctx->contested && says_who_said_it (ctx, m)))
        && sentence_overlap (ctx, a, &ctx->members[m]) >= ATTRIBUTION_OVERLAP)
      return TRUE;
  return FALSE;
}

/* Stated as fact and attributed are one side against doubted. */
static gboolean
same_side_of_doubt (Context    *ctx,
                    const Item *a,
                    const Item *b)
{
  return (GPOINTER_TO_INT (a->data) == PX_ATTRIBUTION_DISTANCED) == (GPOINTER_TO_INT (b->data) == PX_ATTRIBUTION_DISTANCED);
}

/* Hedging: sources that state the claim as fact against sources that keep
 * it at a distance (@level PX_ATTRIBUTION_DISTANCED: "claimed", "without
 * evidence"); attribution: against sources that give it to a speaker who
 * the plain sources do not name (PX_ATTRIBUTION_NEUTRAL). A source that
 * attributes it is on neither side of a hedging difference: "Lavrov said"
 * and "Russia claimed" both report it as someone's word.
 */
static void
emit_presentation (Context       *ctx,
                   GArray        *items,
                   PxAttribution  level)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (Item));
  PxDifference *difference;

  for (int side = 0; side < 2; side++)
    for (guint i = 0; i < items->len; i++)
      {
        Item item = g_array_index (items, Item, i);
        PxAttribution own = GPOINTER_TO_INT (item.data);
        gboolean paired = FALSE;

        if ((side == 0 && own >= level) || (side == 1 && own != level))
          continue;
        for (guint j = 0; j < items->len && !paired; j++)
          {
            guint other = g_array_index (items, Item, j).source;

            if (other == item.source)
              continue;
            paired = side == 0 ? pair_differs_at (ctx, item.source, other, level)
                               : pair_differs_at (ctx, other, item.source, level);
          }
        if (!paired)
          continue;
        /* a source that attributes other sentences but states the doubted
         * act plainly in one is shown by that one: "stated as fact" */
        if (side == 0 && level == PX_ATTRIBUTION_DISTANCED && own == PX_ATTRIBUTION_NEUTRAL)
          for (guint j = 0; j < items->len; j++)
            {
              const Item *doubting = &g_array_index (items, Item, j);
              PxSentence *sentence;
              int plain;

              if (GPOINTER_TO_INT (doubting->data) != PX_ATTRIBUTION_DISTANCED
                  || (plain = plain_statement_of_doubted (ctx, item.source, doubting->source)) < 0)
                continue;
              sentence = px_document_sentence (ctx->documents[item.source], (guint) plain);
              item.sentence = (guint) plain;
              item.data = GINT_TO_POINTER (PX_ATTRIBUTION_NONE);
              item.start = sentence->start;
              item.end = item.display_end = sentence->end;
              break;
            }
        item.parent = sorted->len;
        g_array_append_val (sorted, item);
      }
  if (sorted->len < 2)
    return;
  for (guint i = 1; i < sorted->len; i++)
    join (sorted, 0, i);
  difference = emit_topic (ctx, level == PX_ATTRIBUTION_DISTANCED ? PX_DIFFERENCE_HEDGING : PX_DIFFERENCE_ATTRIBUTION,
                           sorted, 0, level == PX_ATTRIBUTION_DISTANCED ? same_side_of_doubt : same_attribution,
                           attribution_wording);
  /* On the ECB+ development events none of twelve hedges read by hand
   * ("reportedly", "apparently", "alleged") held up; doubt of the evidence
   * in the outlet's own voice is what a reader must see.
   */
  if (difference != NULL)
    {
      gboolean evidence = FALSE;

      for (guint i = 0; i < sorted->len; i++)
        evidence |= doubts_the_evidence (ctx, g_array_index (sorted, Item, i).source);
      difference->confidence = level == PX_ATTRIBUTION_NEUTRAL ? 0.3 : evidence ? 0.75 : 0.45;
    }
}

static int refuses_comment (PxDocument *doc,
                            PxSentence *sentence);

static void
find_presentation (Context       *ctx,
                   PxAttribution  level)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxDocument *doc = ctx->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);
      PxAttribution own;
      guint start = sentence->start, end = sentence->end;
      g_autofree char *cues = NULL;

      /* "declined to comment" presents no claim, as fact or otherwise */
      if (refuses_comment (doc, sentence) >= 0)
        continue;
      own = attribution_of_shared (ctx, ref, G_MAXUINT);
      /* how each member presents the claim, for losses.py's "rule" */
      if (tracing () && level == PX_ATTRIBUTION_DISTANCED)
        g_printerr ("differ-trace presentation %u %u %s\n", ref->source, ref->sentence,
                    own == PX_ATTRIBUTION_DISTANCED ? "distanced" : own == PX_ATTRIBUTION_NEUTRAL ? "attributed" : "plain");

      /* A source's most qualified sentence speaks for it. */
      if (items->len > 0)
        {
          Item *last = &g_array_index (items, Item, items->len - 1);

          if (last->source == ref->source)
            {
              if (GPOINTER_TO_INT (last->data) >= (int) own)
                continue;
              g_array_set_size (items, items->len - 1);
            }
        }

      if (own != PX_ATTRIBUTION_NONE)
        {
          if (own == PX_ATTRIBUTION_DISTANCED)
            cues = withheld_reason_wording (ctx, ref, &start, &end);
          if (cues == NULL)
            cues = presentation_wording (doc, sentence, own, &start, &end);
          if (cues == NULL && sentence->quotes != NULL)
            {
              const PxQuote *quote = &g_array_index (sentence->quotes, PxQuote, 0);

              start = quote->start;
              end = quote->end;
            }
          else if (cues == NULL)
            start = sentence->start, end = sentence->end;
        }
      else
        {
          /* The words it shares with the others, stated as its own. */
          guint first = G_MAXUINT, last = 0;

          for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
            {
              PxToken *token = px_document_token (doc, t);

              if (shared_elsewhere (ctx, ref, G_MAXUINT, token))
                {
                  first = MIN (first, token->start);
                  last = MAX (last, token->end);
                }
            }
          if (first < last)
            {
              start = first, end = last;
              /* a highlight starting mid-word ("16-|year-old", where the
               * figure is no shared word) reads as a mistake */
              _px_text_whole_words (doc->text, sentence->start, sentence->end, &start, &end);
            }
        }

      add_item (items, ref->source, ref->sentence, GINT_TO_POINTER (own), start, end);
    }

  emit_presentation (ctx, items, level);
}

/* Slots */

/* Words that open another clause: the words of a claim's slot stop there
 * ("... refused | and went on to finish").
 */
static gboolean
opens_clause (const PxToken *token)
{
  static const char * const words[] = {
    "and", "but", "or", "nor", "yet", "so", "while", "whereas", "because", "although", "though",
    "which", "who", "whom", "whose", "that", "if", "whether", "unless", NULL,
  };

  /* a full stop inside a sentence is an abbreviation's, which the
   * sentence went on past: "a Calif. rehab center", "the U.S. border" */
  if (token->kind == PX_TOKEN_PUNCT)
    return !g_str_equal (token->norm, "-") && !g_str_equal (token->norm, ".");
  if (token->kind == PX_TOKEN_QUOTE_OPEN || token->kind == PX_TOKEN_QUOTE_CLOSE)
    return TRUE;
  if (token->kind != PX_TOKEN_WORD)
    return FALSE;
  return px_word_is_one_of (token->norm, words);
}

static gboolean
in_cue (PxSentence *sentence,
        guint       token)
{
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      if (cue->kind != PX_CUE_NEGATION && cue->first_token <= token && token < cue->end_token)
        return TRUE;
    }
  return FALSE;
}

/* The concepts of the content words in the clause around tokens [first,
 * end) of @sentence, leaving out those tokens, the speaker and the verbs
 * of saying: what fills the other places of the predicate ("Moscow",
 * "talks", "United States" around "would not withdraw").
 */
static GHashTable *
clause_concepts_from (PxDocument *doc,
                      PxSentence *sentence,
                      guint       first,
                      guint       end,
                      gboolean    whole,
                      guint       floor)
{
  GHashTable *concepts = g_hash_table_new (g_str_hash, g_str_equal);
  guint sentence_end = sentence->first_token + sentence->n_tokens;
  guint from = first, to = end;
  guint speaker_first = 0, speaker_end = 0;
  guint aside_first = 0, aside_end = 0; /* a relative clause left out */

  while (from > floor && (whole || !opens_clause (px_document_token (doc, from - 1))))
    from--;
  /* a relative clause set off by commas between the subject and its verb
   * is no boundary: "The Greens, who back the cabinet from outside it,
   * did not back the motion" tells of the Greens; the aside's own words
   * stay out */
  if (!whole && from > floor + 2 && g_str_equal (px_document_token (doc, from - 1)->norm, ","))
    for (guint k = from - 2; k > floor + 1; k--)
      {
        const PxToken *token = px_document_token (doc, k);

        if (token->kind == PX_TOKEN_PUNCT || token->kind == PX_TOKEN_QUOTE_OPEN
            || token->kind == PX_TOKEN_QUOTE_CLOSE)
          break;
        if (token->kind == PX_TOKEN_WORD && px_word_is_one_of (token->norm, (const char * const[]) { "who", "which", NULL })
            && g_str_equal (px_document_token (doc, k - 1)->norm, ","))
          {
            aside_first = k - 1;
            aside_end = from;
            from = k - 1;
            while (from > floor && !opens_clause (px_document_token (doc, from - 1)))
              from--;
            break;
          }
      }
  while (to < sentence_end && (whole || !opens_clause (px_document_token (doc, to))))
    to++;
  if (!px_cues_speaker_extent (doc, sentence, &speaker_first, &speaker_end))
    speaker_first = speaker_end = 0;
  /* the speaker is the clause's own subject when the verb of saying is
   * outside it: "Whitlock testified in her defense, insisting she was
   * innocent" tells of Whitlock's testimony */
  if (!whole && speaker_end > speaker_first)
    {
      gboolean says = FALSE;

      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len && !says; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          says = cue->kind == PX_CUE_ATTRIBUTION && cue->first_token < to && cue->end_token > from;
        }
      if (!says)
        speaker_first = speaker_end = 0;
    }
  for (guint t = from; t < to; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if ((t >= first && t < end) || (t >= speaker_first && t < speaker_end) || (t >= aside_first && t < aside_end)
          || in_cue (sentence, t))
        continue;
      if ((token->kind == PX_TOKEN_WORD && !token->is_stop) || token->kind == PX_TOKEN_NUMBER)
        g_hash_table_add (concepts, (gpointer) token->concept);
    }
  return concepts;
}

static GHashTable *
clause_concepts (PxDocument *doc,
                 PxSentence *sentence,
                 guint       first,
                 guint       end,
                 gboolean    whole)
{
  return clause_concepts_from (doc, sentence, first, end, whole, sentence->first_token);
}

/* Where the clause of a word that a subordinating word opens begins: "as
 * costs rose" tells of the costs, not of what the sentence's subject did
 * ("its shares had lost a third of their value as costs rose"); "when he
 * fell", "after he lost". The sentence's first token when there is none
 * before the word in its clause.
 */
static guint
subordinate_floor (PxDocument *doc,
                   PxSentence *sentence,
                   guint       word)
{
  static const char * const subordinators[] = { "as", "when", "after", "before", "since", "until", NULL };

  for (guint t = word; t > sentence->first_token; t--)
    {
      PxToken *token = px_document_token (doc, t - 1);

      if (opens_clause (token))
        break;
      if (token->kind == PX_TOKEN_WORD && px_word_is_one_of (token->norm, subordinators))
        return t;
    }
  return sentence->first_token;
}

/* How far two clauses fill the same places: the share of the smaller
 * one's words that the other has, 0 when fewer than two are shared, and
 * never counting @except (the word that differs).
 */
static double
slot_overlap (GHashTable *a,
              GHashTable *b,
              const char *except,
              gboolean    short_ok)
{
  GHashTableIter iter;
  gpointer concept;
  guint shared = 0, na = g_hash_table_size (a), nb = g_hash_table_size (b);

  if (except != NULL)
    {
      na -= g_hash_table_contains (a, except);
      nb -= g_hash_table_contains (b, except);
    }
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &concept, NULL))
    if (g_hash_table_contains (b, concept) && (except == NULL || !g_str_equal (concept, except)))
      shared++;
  /* with @short_ok, a context of one or two words may share just one:
   * "37 people had been arrested" against "43 people were detained for
   * disorderly conduct" */
  if (shared < 2 && !(short_ok && shared == 1 && MIN (na, nb) <= 2))
    return 0;
  return (double) shared / MAX (MIN (na, nb), 1);
}

/* Contradictions */

static const char * const antonyms[][2] = {
  { "deni", "confirm" }, { "deni", "accept" }, { "deni", "approv" }, { "won", "lost" },
  { "win", "lose" }, { "rise", "fell" }, { "rise", "lower" }, { "rose", "fell" }, { "increas", "decreas" },
  { "acquit", "convict" }, { "open", "close" }, { "suspend", "resum" }, { "aliv", "kill" },
  { "fail", "succeed" }, { "guilti", "innoc" }, { "ban", "allow" }, { "lift", "impos" },
  /* a verdict told as a verb against one told as a state: "was acquitted"
   * / "was found guilty", "was convicted" / "was found innocent" */
  { "guilti", "acquit" }, { "convict", "innoc" },
  /* outcomes for a person: "survived the crash" / "died in the crash",
   * "was killed", "was found dead" (the dead, dying and killed are one
   * concept, px-text.c's "kill") */
  { "surviv", "kill" },
  /* the outcomes of one decision WordNet does not oppose (it has
   * "accepted" / "rejected", "approved" / "rejected", "accepted" /
   * "declined"): a ruling on appeal, a request, a merger, a bill or a
   * test ("rejected", "dismissed" and "refuted" are px-text.c's "deni") */
  { "upheld", "overturn" }, { "uphold", "overturn" }, { "upheld", "revers" }, { "uphold", "revers" },
  { "grant", "deni" }, { "grant", "refus" }, { "approv", "block" }, { "approv", "veto" }, { "pass", "fail" },
  { "pass", "deni" }, { "pass", "block" },
};

typedef struct
{
  const char *concept;
  gboolean negated;
  const char *group;    /* the noun a determiner denies of: "fans" in "no fans were hurt", or NULL */
} Polarity;

static gboolean
polarity_agree (Context    *ctx,
                const Item *a,
                const Item *b)
{
  return ((const Polarity *) a->data)->negated == ((const Polarity *) b->data)->negated;
}

static char *
polarity_wording (Context *ctx,
                  GArray  *items,
                  Item    *item)
{
  return text_of (ctx, item->source, item->start, item->end);
}

/* Words after which a sentence no longer asserts what it says: "many
 * have guessed that the ministry offered", "the union might withdraw".
 */
static gboolean
is_doubt_word (const PxToken *token)
{
  static const char * const stems[] = {
    "specul", "alleg", "rumor", "rumour", "suspect", "possibl", "perhap", "may", "might", "could",
    "whether", "if", "unless", "reportedli", "claim", "accus", "suggest", "expect", "believ", "hope",
  };

  for (gsize s = 0; s < G_N_ELEMENTS (stems); s++)
    if (px_word_equal (token->stem, stems[s]))
      return TRUE;
  return FALSE;
}

static gboolean opens_clause (const PxToken *token);

static gboolean clause_is_negated_past (PxDocument *doc,
                                        PxSentence *sentence,
                                        guint       t,
                                        guint       own);

/* Whether a negation, or a count of zero, stands in the clause of token
 * @t: "No terms of the deal were disclosed" negates "disclosed" as much as
 * "terms were not disclosed" does.
 */
static gboolean
clause_is_negated (PxDocument *doc,
                   PxSentence *sentence,
                   guint       t)
{
  return clause_is_negated_past (doc, sentence, t, G_MAXUINT);
}

/* The same, a cue that begins at token @own not counted: the word is the
 * outcome itself ("rejected the offer"), not a denial of it. */
static gboolean
clause_is_negated_past (PxDocument *doc,
                        PxSentence *sentence,
                        guint       t,
                        guint       own)
{
  guint from = t, to = t + 1, end = sentence->first_token + sentence->n_tokens;

  while (from > sentence->first_token && !opens_clause (px_document_token (doc, from - 1)))
    from--;
  while (to < end && !opens_clause (px_document_token (doc, to)))
    to++;
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      if ((cue->kind == PX_CUE_NEGATION || cue->kind == PX_CUE_DENIAL) && cue->first_token >= from
          && cue->first_token < to && cue->first_token != own)
        return TRUE;
    }
  /* "0 people were hurt" says what "no people were hurt" does */
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (quantity->value == 0 && !quantity->vague && quantity->first_token >= from && quantity->first_token < to)
        return TRUE;
    }
  return FALSE;
}

/* "to determine", "to help determine": an aim, not a statement. */
static gboolean
aims_at (PxDocument *doc,
         PxSentence *sentence,
         guint       t)
{
  for (guint k = t, n = 0; k > sentence->first_token && n < 2; k--, n++)
    if (g_str_equal (px_document_token (doc, k - 1)->norm, "to"))
      return TRUE;
  return FALSE;
}

static gboolean
is_epistemic (const char *concept)
{
  static const char * const stems[] = { "expect", "believ", "think", "know", "sure", "clear", "hope" };

  for (gsize s = 0; s < G_N_ELEMENTS (stems); s++)
    if (g_str_equal (concept, stems[s]))
      return TRUE;
  return FALSE;
}

/* Whether the word at @t is a determiner or an owner, after which an
 * "-ing" form names a thing: "the hearing", "his first meeting".
 */
static gboolean
is_determiner_at (PxDocument *doc,
                  PxSentence *sentence,
                  guint       t)
{
  const char *norm;

  if (t < sentence->first_token)
    return FALSE;
  norm = px_document_token (doc, t)->norm;
  return is_determiner (norm) || px_word_is_one_of (norm, (const char * const[]) { "each", "every", "another", NULL });
}

static gboolean tells_in_present (PxDocument *doc,
                                  PxSentence *sentence,
                                  guint       t);

/* Whether token @t is used as a verb: inflected as one ("withdrew",
 * "injured"), or a verb after a modal or "to" ("would withdraw"); not a
 * noun ("a final determination", "a gun"), nor an "-ing" form a
 * determiner or owner puts before a thing ("his initial hearing", "the
 * meeting", "a public hearing").
 */
static gboolean
is_verb_use (Context    *ctx,
             PxDocument *doc,
             PxSentence *sentence,
             guint       t)
{
  static const char * const before[] = {
    "would", "will", "can", "could", "did", "does", "do", "may", "might", "must", "should", "shall", "to",
    "not", "never", "n't", "been",
  };
  PxToken *token = px_document_token (doc, t);
  const PxLexeme *lexeme = lexeme_of (ctx, token->norm);

  if (lexeme->verb_form && g_str_has_suffix (token->norm, "ing") && t > sentence->first_token
      && (is_determiner_at (doc, sentence, t - 1)
          || (t - 1 > sentence->first_token && is_determiner_at (doc, sentence, t - 2)
              && px_document_token (doc, t - 1)->kind == PX_TOKEN_WORD
              && !lexeme_of (ctx, px_document_token (doc, t - 1)->norm)->verb_form)))
    return FALSE;
  if (lexeme->verb_form)
    return TRUE;
  /* a participle WordNet lacks after a perfect's auxiliary: "had
   * misspoken", "has outpolled" */
  if (!lexeme->is_verb && !lexeme->is_noun && t > sentence->first_token
      && (g_str_has_suffix (token->norm, "en") || g_str_has_suffix (token->norm, "ed"))
      && px_word_is_one_of (px_document_token (doc, t - 1)->norm, (const char * const[]) { "had", "has", "have", NULL }))
    return TRUE;
  if (!lexeme->is_verb || t == sentence->first_token)
    return FALSE;
  /* "unclear to police", "known to investigators": to whom, no infinitive */
  if (t > sentence->first_token + 1 && g_str_equal (px_document_token (doc, t - 1)->norm, "to")
      && px_word_is_one_of (px_document_token (doc, t - 2)->norm,
                            (const char * const[]) { "clear", "unclear", "known", "unknown", "apparent", "evident",
                                                     "obvious", NULL }))
    return FALSE;
  for (gsize b = 0; b < G_N_ELEMENTS (before); b++)
    if (g_str_equal (px_document_token (doc, t - 1)->norm, before[b]))
      return TRUE;
  return tells_in_present (doc, sentence, t);
}

/* Whether the word at @t is a verb in the present after the person who
 * does it, as a headline tells what happened: "Lindsay Lohan checks into
 * rehab", "Mayor Ruth Kessler resigns"; not a plural noun after a name
 * ("Putin allies"), which WordNet's verbs also hold: only in a headline
 * (the first sentence, with no full stop), a person named right before
 * it, and no word of that name. The cheap checks first: this is asked of
 * every word read as a verb.
 */
static gboolean
tells_in_present (PxDocument *doc,
                  PxSentence *sentence,
                  guint       t)
{
  PxToken *token = px_document_token (doc, t), *last;

  if (t == sentence->first_token || token->is_capital || !g_str_has_suffix (token->norm, "s")
      || g_str_has_suffix (token->norm, "ss") || !px_document_token (doc, t - 1)->is_capital
      || sentence != px_document_sentence (doc, 0))
    return FALSE;
  last = px_document_token (doc, sentence->first_token + sentence->n_tokens - 1);
  if (last->kind == PX_TOKEN_PUNCT && (g_str_equal (last->norm, ".") || g_str_equal (last->norm, "!")
                                       || g_str_equal (last->norm, "?")))
    return FALSE;
  return in_person (sentence, t - 1) && !in_person (sentence, t);
}

/* Whether the negation or word at @t is a plea's: "pleaded not guilty"
 * is what a defendant says, not what a court found.
 */
static gboolean
is_plea (PxDocument *doc,
         PxSentence *sentence,
         guint       t)
{
  static const char * const pleas[] = { "pleaded", "pled", "pleads", "plead", "pleading", "plea", NULL };

  return t > sentence->first_token && px_word_is_one_of (px_document_token (doc, t - 1)->norm, pleas);
}

/* The verbs that give a verdict's state ("was found guilty", "was
 * pronounced dead") and the verbs of being that give a state ("was
 * guilty", "is alive"). */
static const char * const verdict_verbs[] = {
  "found", "declared", "pronounced", "ruled", "judged", "deemed", "proven", "proved", NULL,
};
static const char * const being_verbs[] = { "is", "was", "were", "are", "be", "been", "remains", "remained", NULL };

/* The word that gives the state at @t, past negations ("found" in "was
 * found not guilty": the negation is the clause's to deny; "was" in "he
 * was guilty"), or NULL. */
static const char *
state_giver (PxDocument *doc,
             PxSentence *sentence,
             guint       t)
{
  static const char * const negations[] = { "not", "never", "n't", NULL };
  guint k = t;

  while (k > sentence->first_token && px_word_is_one_of (px_document_token (doc, k - 1)->norm, negations))
    k--;
  return k > sentence->first_token ? px_document_token (doc, k - 1)->norm : NULL;
}

/* Whether the word at @t is a state a verdict or a verb of being gives
 * its subject, asserted as a verb is: "was found guilty", "was found not
 * guilty", "was pronounced dead", "is alive". An adjective elsewhere ("a
 * guilty plea", "the dead man") names, it does not assert, and a plea
 * ("pleaded not guilty") is no verdict (is_plea()).
 */
static gboolean
is_verdict_word (Context    *ctx,
                 PxDocument *doc,
                 PxSentence *sentence,
                 guint       t)
{
  const char *giver;

  if (lexeme_of (ctx, px_document_token (doc, t)->norm)->is_verb)
    return FALSE;
  giver = state_giver (doc, sentence, t);
  return giver != NULL && (px_word_is_one_of (giver, verdict_verbs) || px_word_is_one_of (giver, being_verbs));
}

static gboolean is_preposition (const PxToken *token);

/* Whether the word at @t, a verb that is also a cue of denial or of
 * saying ("rejected", "denied", "confirmed"), gives the outcome of a
 * decision on a thing rather than an answer to words: a thing after it
 * ("rejected the offer", "denied bail", "confirmed the nominee") or a
 * passive ("the bill was rejected"), not a clause ("denied that he was
 * there") nor an infinitive ("refused to comment").
 */
static gboolean
decides_a_thing (Context    *ctx,
                 PxDocument *doc,
                 PxSentence *sentence,
                 guint       t)
{
  static const char * const passive[] = { "was", "were", "is", "are", "be", "been", "being", NULL };
  static const char * const pronouns[] = { "it", "them", "him", "her", NULL };
  static const char * const auxiliaries[] = {
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "does", "do", "may", "might",
    "should", "can", NULL,
  };
  guint end = sentence->first_token + sentence->n_tokens;
  const PxToken *next;

  if (t > sentence->first_token && px_word_is_one_of (px_document_token (doc, t - 1)->norm, passive))
    return TRUE;
  if (t + 1 >= end)
    return FALSE;
  next = px_document_token (doc, t + 1);
  if (next->kind != PX_TOKEN_WORD || next->in_quote)
    return FALSE;
  /* "denied the manager had been sacked": a clause without its "that",
   * words said to be untrue, not a thing refused */
  for (guint k = t + 2; k < end && k <= t + 5; k++)
    {
      const PxToken *token = px_document_token (doc, k);

      if (token->kind != PX_TOKEN_WORD || is_preposition (token))
        break;
      if (px_word_is_one_of (token->norm, auxiliaries))
        return FALSE;
    }
  if (is_article_or_owner (next->norm) || px_word_is_one_of (next->norm, pronouns))
    return TRUE;
  return !next->is_stop && lexeme_of (ctx, next->norm)->is_noun && !is_verb_use (ctx, doc, sentence, t + 1);
}

/* Whether the cue @cue is the word at @t alone, a verb of a decision's
 * outcome (decides_a_thing()): the word asserts, it is no cue there. */
static gboolean
is_outcome_cue (Context     *ctx,
                PxDocument  *doc,
                PxSentence  *sentence,
                const PxCue *cue,
                guint        t)
{
  return (cue->kind == PX_CUE_DENIAL || cue->kind == PX_CUE_ATTRIBUTION) && cue->first_token == t
         && cue->end_token == t + 1 && decides_a_thing (ctx, doc, sentence, t);
}

/* Whether a modal stands before the word at @t, past one "-ly" adverb:
 * "will approve", "would quickly reject" foretell an outcome, they do
 * not give it. */
static gboolean
foretold (PxDocument *doc,
          PxSentence *sentence,
          guint       t)
{
  static const char * const modals[] = {
    "will", "would", "could", "can", "may", "might", "should", "shall", "must", NULL,
  };

  for (guint k = t, n = 0; k > sentence->first_token && n < 2; k--, n++)
    {
      const char *norm = px_document_token (doc, k - 1)->norm;

      if (px_word_is_one_of (norm, modals))
        return TRUE;
      if (!is_ly_adverb (norm))
        break;
    }
  return FALSE;
}

/* The token of @concept in the sentence that is not negated, or -1. With
 * @outcome, the word may be a verb of a decision's outcome that is also
 * a cue ("rejected the offer", "confirmed the nominee"), a modal before
 * it makes it no outcome yet, and a participle after a preposition or an
 * article names rather than gives one.
 */
static int
asserted_token (Context    *ctx,
                PxDocument *doc,
                PxSentence *sentence,
                const char *concept,
                gboolean    outcome)
{
  if (px_cues_is_negated (doc, sentence, concept))
    return -1;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);
      gboolean in_cue = FALSE, own = FALSE;

      if (is_doubt_word (token) && !token->in_quote)
        return -1;

      /* "could not independently verify" asserts no verification */
      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          if (cue->first_token <= t && t < cue->end_token)
            {
              if (outcome && token->kind == PX_TOKEN_WORD && g_str_equal (token->concept, concept)
                  && is_outcome_cue (ctx, doc, sentence, cue, t))
                own = TRUE;
              else
                in_cue = TRUE;
            }
        }
      /* "working to determine the cause" aims at it, it does not say it;
       * "a final determination" names it; words in a quotation are the
       * quote's to compare */
      if (!in_cue && token->kind == PX_TOKEN_WORD && !token->is_stop && !token->in_quote
          && g_str_equal (token->concept, concept))
        {
          if (!is_verb_use (ctx, doc, sentence, t) && !is_verdict_word (ctx, doc, sentence, t))
            continue;
          if (outcome && foretold (doc, sentence, t))
            return -1;
          /* "of rejected bids", "the approved plan": a participle that
           * names, no outcome given */
          if (outcome && t > sentence->first_token
              && (is_preposition (px_document_token (doc, t - 1))
                  || is_article_or_owner (px_document_token (doc, t - 1)->norm)))
            continue;
          return clause_is_negated_past (doc, sentence, t, own ? t : G_MAXUINT) || aims_at (doc, sentence, t)
                   ? -1
                   : (int) t;
        }
    }
  return -1;
}

/* The words to show for an assertion: a number right before the word is
 * part of it ("two people were injured").
 */
static gboolean
is_preposition (const PxToken *token)
{
  static const char * const prepositions[] = {
    "in", "at", "on", "by", "from", "with", "for", "of", "to", "after", "before", "during", "near",
    "over", "into", "since", "amid", "against", "about",
  };

  for (gsize p = 0; p < G_N_ELEMENTS (prepositions); p++)
    if (px_word_equal (token->norm, prepositions[p]))
      return TRUE;
  return FALSE;
}

/* Where the words about @token end: on through the next few words while
 * they are words the other sources share ("No police officers were
 * injured", not "No police").
 */
static guint
extent_through_shared (Context             *ctx,
                       const PxSentenceRef *ref,
                       guint                token)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint end = px_document_token (doc, token)->end;

  for (guint t = token + 1; t < sentence->first_token + sentence->n_tokens && t <= token + 4; t++)
    {
      PxToken *next = px_document_token (doc, t);

      /* a preposition starts another phrase: "injured | in the strike" */
      if (next->kind != PX_TOKEN_WORD || is_preposition (next))
        break;
      if (shared_elsewhere (ctx, ref, G_MAXUINT, next))
        end = next->end;
    }
  return end;
}

static void
assertion_extent (Context             *ctx,
                  const PxSentenceRef *ref,
                  guint                token,
                  guint               *start,
                  guint               *end)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);

  *start = px_document_token (doc, token)->start;
  *end = extent_through_shared (ctx, ref, token);
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (quantity->end_token <= token && token - quantity->end_token <= 3)
        *start = MIN (*start, quantity->start);
      if (quantity->first_token <= token && token < quantity->end_token)
        *start = MIN (*start, quantity->start);
    }
}

/* The content words of the phrase right after the item's words, through
 * one preposition: "to the young men" after "apologized".
 */
static GHashTable *
object_concepts (Context    *ctx,
                 const Item *item)
{
  PxDocument *doc = ctx->documents[item->source];
  PxSentence *sentence = px_document_sentence (doc, item->sentence);
  GHashTable *concepts = g_hash_table_new (g_str_hash, g_str_equal);
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = item->end_token, n = 0; t < end && n < 6; t++, n++)
    {
      PxToken *token = px_document_token (doc, t);

      if (opens_clause (token) || (is_preposition (token) && g_hash_table_size (concepts) > 0))
        break;
      if (token->kind == PX_TOKEN_WORD && !token->is_stop)
        g_hash_table_add (concepts, (gpointer) token->concept);
    }
  return concepts;
}

/* Whether two items speak of the same object, as far as their phrases
 * show: "has not apologised to the drivers" and "apologised to everyone
 * affected" do not.
 */
static gboolean
same_object (Context    *ctx,
             const Item *a,
             const Item *b)
{
  g_autoptr(GHashTable) oa = object_concepts (ctx, a);
  g_autoptr(GHashTable) ob = object_concepts (ctx, b);
  GHashTableIter iter;
  gpointer concept;

  if (g_hash_table_size (oa) == 0 || g_hash_table_size (ob) == 0)
    return TRUE;
  g_hash_table_iter_init (&iter, oa);
  while (g_hash_table_iter_next (&iter, &concept, NULL))
    if (g_hash_table_contains (ob, concept))
      return TRUE;
  return FALSE;
}

/* Whether the other item's sentence speaks of the group a determiner
 * denies of: "no fans were injured" answers "two fans were injured", not
 * "eleven officers were injured".
 */
static gboolean
same_group (Context    *ctx,
            const Item *a,
            const Item *b)
{
  static const char * const anyone[] = { "people", "person", "one", "anyone", "someone", NULL };
  const Item *pair[2] = { a, b };

  for (guint k = 0; k < 2; k++)
    {
      const char *group = ((const Polarity *) pair[k]->data)->group;
      PxDocument *doc = ctx->documents[pair[1 - k]->source];
      PxSentence *sentence = px_document_sentence (doc, pair[1 - k]->sentence);
      gboolean found = FALSE;

      if (group == NULL)
        continue;
      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens && !found; t++)
        found = g_str_equal (px_document_token (doc, t)->concept, group);
      if (!found && !px_word_is_one_of (group, anyone))
        return FALSE;
    }
  return TRUE;
}

/* The name that is the subject of the opposed word at @t: the nearest
 * name before it with only auxiliaries, negations, a relative pronoun
 * and a verdict's verb between ("Adeyemi, who hadn't missed", "the Hawks
 * lost", "Hollis was found guilty"), not a place after a preposition;
 * NULL when none is that close.
 */
static const PxEntity *
opposed_subject (PxDocument *doc,
                 PxSentence *sentence,
                 guint       t)
{
  static const char * const between[] = {
    "had", "has", "have", "hadn't", "hasn't", "haven't", "will", "would", "did", "does", "do", "didn't", "doesn't",
    "don't", "won't", "not", "n't", "never", "was", "were", "is", "are", "be", "been", "who", "which", "that",
    "also", "still", "could", "can", "cannot", "couldn't", "may", "might", "should", "shall", ",", NULL,
  };
  const PxEntity *best = NULL;

  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      gboolean close = entity->end_token <= t && !entity->after_preposition;

      for (guint k = entity->end_token; close && k < t; k++)
        close = px_word_is_one_of (px_document_token (doc, k)->norm, between)
                || px_word_is_one_of (px_document_token (doc, k)->norm, verdict_verbs);
      if (close && (best == NULL || entity->end_token > best->end_token))
        best = entity;
    }
  return best;
}

/* Whether two opposed words are said of one subject, as far as names
 * show: "Van der Berg will miss the last games" and "Adeyemi, who
 * hadn't missed a game" are two players.
 */
static gboolean
same_subject (Context    *ctx,
              const Item *a,
              const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxEntity *ea = opposed_subject (da, px_document_sentence (da, a->sentence), a->first_token);
  const PxEntity *eb = opposed_subject (db, px_document_sentence (db, b->sentence), b->first_token);

  if (ea == NULL || eb == NULL)
    return TRUE;
  return keys_match (ea->key, eb->key) || px_entities_aliases (ea->key, eb->key);
}

/* The common noun whose state or deed the word at @t tells, right before
 * it past auxiliaries, negations and adverbs: "pilot" in "The pilot
 * survived", "passengers" in "Two passengers were killed"; NULL when a
 * name or anything else stands there.
 */
static int
subject_noun_at (Context    *ctx,
                 PxDocument *doc,
                 PxSentence *sentence,
                 guint       t)
{
  static const char * const skip[] = {
    "was", "were", "is", "are", "be", "been", "had", "has", "have", "not", "never", "n't", "found", "also", "still",
    "later", NULL,
  };
  guint k = t;

  while (k > sentence->first_token && (px_word_is_one_of (px_document_token (doc, k - 1)->norm, skip)
                                       || is_ly_adverb (px_document_token (doc, k - 1)->norm)))
    k--;
  if (k == sentence->first_token)
    return -1;
  {
    const PxToken *token = px_document_token (doc, k - 1);

    if (token->kind != PX_TOKEN_WORD || token->is_stop || token->is_capital || !lexeme_of (ctx, token->norm)->is_noun
        || lexeme_of (ctx, token->norm)->verb_form)
      return -1;
    return (int) k - 1;
  }
}

static const PxToken *
subject_noun (Context    *ctx,
              PxDocument *doc,
              PxSentence *sentence,
              guint       t)
{
  int k = subject_noun_at (ctx, doc, sentence, t);

  return k < 0 ? NULL : px_document_token (doc, (guint) k);
}

/* The content words before the subject noun of the word at @t, back to
 * its article or owner: "lower" in "A lower court upheld", "appeals" in
 * "The appeals court overturned", into @words.
 */
static void
subject_modifiers (Context    *ctx,
                   PxDocument *doc,
                   PxSentence *sentence,
                   guint       t,
                   GPtrArray  *words)
{
  int noun = subject_noun_at (ctx, doc, sentence, t);

  for (int k = noun - 1; noun >= 0 && k >= (int) sentence->first_token && k >= noun - 3; k--)
    {
      const PxToken *token = px_document_token (doc, (guint) k);

      if (token->kind != PX_TOKEN_WORD || is_article_or_owner (token->norm) || token->is_stop)
        break;
      g_ptr_array_add (words, (gpointer) token);
    }
}

static gboolean dated_apart (PxSentence *sa,
                             PxSentence *sb);

/* Whether two opposite outcomes are two decisions, not one told two
 * ways: two deciders of one kind told apart by their words ("A lower
 * court upheld the ban" / "The appeals court overturned the ban"),
 * another thing decided ("passed the bill" / "blocked a different
 * bill"), or two times ("rejected the offer on Monday" / "accepted the
 * offer on Friday"). All three can be true together.
 */
static gboolean
decisions_apart (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  static const char * const others[] = { "another", "different", "separate", "second", "other", "rival", NULL };
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  g_autoptr(GPtrArray) ma = g_ptr_array_new ();
  g_autoptr(GPtrArray) mb = g_ptr_array_new ();
  const Item *items[2] = { a, b };

  if (dated_apart (sa, sb))
    return TRUE;
  for (guint i = 0; i < 2; i++)
    {
      PxDocument *doc = ctx->documents[items[i]->source];
      PxSentence *sentence = px_document_sentence (doc, items[i]->sentence);

      for (guint t = items[i]->end_token; t < sentence->first_token + sentence->n_tokens && t < items[i]->end_token + 3; t++)
        if (px_word_is_one_of (px_document_token (doc, t)->norm, others))
          return TRUE;
    }
  subject_modifiers (ctx, da, sa, a->first_token, ma);
  subject_modifiers (ctx, db, sb, b->first_token, mb);
  if (ma->len == 0 || mb->len == 0)
    return FALSE;
  for (guint i = 0; i < ma->len; i++)
    for (guint j = 0; j < mb->len; j++)
      if (same_meaning (ctx, g_ptr_array_index (ma, i), g_ptr_array_index (mb, j)))
        return FALSE;
  return TRUE;
}

/* Whether two opposite words tell of two subjects by their nouns: "The
 * pilot survived" and "Two passengers died" are both true.
 */
static gboolean
subjects_apart (Context    *ctx,
                const Item *a,
                const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxToken *na = subject_noun (ctx, da, px_document_sentence (da, a->sentence), a->first_token);
  const PxToken *nb = subject_noun (ctx, db, px_document_sentence (db, b->sentence), b->first_token);

  return na != NULL && nb != NULL && !same_meaning (ctx, na, nb);
}

/* The content words of who @sentence gives its words to, next to a verb
 * of saying ("his lawyer told the court", "..., said the prosecutor"),
 * as tokens into @words.
 */
static void
speaker_words (PxDocument *doc,
               PxSentence *sentence,
               GPtrArray  *words)
{
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      guint tokens[4];
      guint n = speaker_tokens (doc, sentence, &g_array_index (sentence->cues, PxCue, c), G_N_ELEMENTS (tokens), tokens);

      for (guint k = 0; k < n; k++)
        if (!px_document_token (doc, tokens[k])->is_stop)
          g_ptr_array_add (words, px_document_token (doc, tokens[k]));
    }
}

/* Whether two sentences give their words to two different speakers: "he
 * is not guilty, his lawyer said" and "he is guilty, the prosecutor said"
 * report two parties, each as it spoke; the outlets do not contradict
 * each other. Unknown (FALSE) when either names no one.
 */
static gboolean
speakers_apart (Context    *ctx,
                const Item *a,
                const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  g_autoptr(GPtrArray) wa = g_ptr_array_new ();
  g_autoptr(GPtrArray) wb = g_ptr_array_new ();

  if (sa->speaker != NULL && *sa->speaker != '\0' && sb->speaker != NULL && *sb->speaker != '\0')
    return !keys_match (sa->speaker, sb->speaker);
  speaker_words (da, sa, wa);
  speaker_words (db, sb, wb);
  if (wa->len == 0 || wb->len == 0)
    return FALSE;
  for (guint i = 0; i < wa->len; i++)
    for (guint j = 0; j < wb->len; j++)
      {
        const PxToken *ta = g_ptr_array_index (wa, i), *tb = g_ptr_array_index (wb, j);
        const PxLexeme *la = lexeme_of (ctx, ta->norm), *lb = lexeme_of (ctx, tb->norm);

        /* one sense ("police", "officers"), not one kind: a prosecutor
         * is a lawyer, and not the defendant's */
        if (g_str_equal (ta->concept, tb->concept)
            || px_lexicon_concepts_meet (la->synonyms, la->n_synonyms, lb->synonyms, lb->n_synonyms))
          return FALSE;
      }
  return TRUE;
}

/* Whether one side is a party's word of guilt or innocence, a state
 * given by a bare "is"/"was" in a sentence that names who says it
 * ("prosecutors said he was guilty", "he is innocent, his lawyer says"),
 * and the other a verdict ("was found not guilty", "was acquitted"): an
 * accusation or a defence against the court's finding, both true.
 */
static gboolean
party_against_verdict (Context    *ctx,
                       const Item *a,
                       const Item *b)
{
  const Item *items[2] = { a, b };
  gboolean party[2], verdict[2];

  for (guint i = 0; i < 2; i++)
    {
      PxDocument *doc = ctx->documents[items[i]->source];
      PxSentence *sentence = px_document_sentence (doc, items[i]->sentence);
      guint t = items[i]->first_token;
      const char *giver = state_giver (doc, sentence, t);
      gboolean state = is_verdict_word (ctx, doc, sentence, t);
      g_autoptr(GPtrArray) speakers = g_ptr_array_new ();

      speaker_words (doc, sentence, speakers);
      party[i] = state && px_word_is_one_of (giver, being_verbs)
                 && ((sentence->speaker != NULL && *sentence->speaker != '\0') || speakers->len > 0);
      verdict[i] = state ? px_word_is_one_of (giver, verdict_verbs) : is_verb_use (ctx, doc, sentence, t);
    }
  return (party[0] && verdict[1]) || (party[1] && verdict[0]);
}

/* Two opposite statements (a negation and an assertion, or two
 * antonyms) contradict each other only in the same slot: the rest of
 * their clauses must say the same ("did not withdraw from the talks with
 * the US" against "withdrew from the talks with the US", not "hasn't
 * apologised to the drivers" against "apologise to everyone affected").
 * Keeps the items that oppose some item of the other polarity in the same
 * slot and emits them, as sure as their clauses agree.
 */
static void
emit_opposed (Context    *ctx,
              GArray     *items,
              const char *except)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree double *best = g_new0 (double, items->len);
  double overall = 0;
  gboolean sides[2] = { FALSE, FALSE };
  PxDifference *difference;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      PxDocument *doc = ctx->documents[item->source];

      PxSentence *sentence = px_document_sentence (doc, item->sentence);

      /* an opposite word's clause begins after a subordinating word: the
       * words before it are another subject's */
      g_ptr_array_add (clauses, clause_concepts_from (doc, sentence, item->first_token, item->end_token, FALSE,
                                                      except == NULL ? subordinate_floor (doc, sentence, item->first_token)
                                                                     : sentence->first_token));
    }
  for (guint i = 0; i < items->len; i++)
    for (guint j = i + 1; j < items->len; j++)
      {
        Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);
        double overlap;

        if (polarity_agree (ctx, a, b) || !same_object (ctx, a, b) || !same_group (ctx, a, b)
            || !same_subject (ctx, a, b) || (except == NULL && subjects_apart (ctx, a, b))
            || speakers_apart (ctx, a, b) || party_against_verdict (ctx, a, b)
            || (except == NULL && decisions_apart (ctx, a, b)))
          continue;
        overlap = slot_overlap (g_ptr_array_index (clauses, i), g_ptr_array_index (clauses, j), except, FALSE);
        best[i] = MAX (best[i], overlap);
        best[j] = MAX (best[j], overlap);
        overall = MAX (overall, overlap);
      }
  for (guint i = 0; i < items->len; i++)
    if (best[i] >= 0.5)
      {
        Item item = g_array_index (items, Item, i);

        item.parent = kept->len;
        sides[((const Polarity *) item.data)->negated] = TRUE;
        g_array_append_val (kept, item);
      }
  if (!sides[0] || !sides[1])
    return;
  for (guint i = 1; i < kept->len; i++)
    join (kept, 0, i);
  difference = emit_topic (ctx, PX_DIFFERENCE_CONTRADICTION, kept, 0, polarity_agree, polarity_wording);
  if (difference != NULL)
    difference->confidence = CLAMP (overall, 0, 1) * 0.8;
}

/* The verb a negating determiner denies: "No police officers were
 * injured" says none was injured; NULL for other negations, or when no
 * verb follows in the clause.
 */
static const char *
negated_verb (Context     *ctx,
              PxDocument  *doc,
              PxSentence  *sentence,
              const PxCue *cue)
{
  static const char * const determiners[] = { "no", "none", "nobody", "nothing" };
  static const char * const subordinators[] = { "when", "as", "after", "before", "since", "until", "where", NULL };
  const char *norm = px_document_token (doc, cue->first_token)->norm;
  gboolean determiner = FALSE;

  for (gsize d = 0; d < G_N_ELEMENTS (determiners); d++)
    determiner |= px_word_equal (norm, determiners[d]);
  if (!determiner)
    return NULL;
  for (guint t = cue->end_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      /* nor past a subordinate clause: "Nobody was seriously hurt | when
       * the blaze swept through the homes" denies no sweeping */
      if (opens_clause (token) || (token->kind == PX_TOKEN_WORD && px_word_is_one_of (token->norm, subordinators)))
        break;
      /* "no smoke in the cabin before the emergency landing": a gerund
       * after a noun or an article names a thing; "were injured", "was
       * burning" and "No buildings collapsed" are what is denied */
      if (token->kind == PX_TOKEN_WORD && g_str_has_suffix (token->norm, "ing") && t > cue->end_token
          && !px_word_is_one_of (px_document_token (doc, t - 1)->norm,
                                 (const char * const[]) { "was", "were", "is", "are", "be", "been", "being", NULL }))
        continue;
      if (token->kind == PX_TOKEN_WORD && !token->is_stop && is_verb_use (ctx, doc, sentence, t))
        return token->concept;
    }
  return NULL;
}

/* Whether @cue denies @concept. */
static gboolean
negates (Context     *ctx,
         PxDocument  *doc,
         PxSentence  *sentence,
         const PxCue *cue,
         const char  *concept)
{
  const char *verb = negated_verb (ctx, doc, sentence, cue);

  for (guint t = 0; t < PX_CUE_MAX_TARGETS && cue->targets[t] != NULL; t++)
    if (g_str_equal (cue->targets[t], concept))
      return TRUE;
  return verb != NULL && g_str_equal (verb, concept);
}

/* The noun right after a negating determiner, when it is not the word
 * denied: "fans" in "No fans were injured"; NULL for "no injuries".
 */
static const char *
denied_group (Context     *ctx,
              PxDocument  *doc,
              PxSentence  *sentence,
              const PxCue *cue,
              const char  *concept)
{
  PxToken *next;

  if (negated_verb (ctx, doc, sentence, cue) == NULL || cue->end_token >= sentence->first_token + sentence->n_tokens)
    return NULL;
  next = px_document_token (doc, cue->end_token);
  if (next->kind != PX_TOKEN_WORD || next->is_stop || g_str_equal (next->concept, concept)
      || is_verb_use (ctx, doc, sentence, cue->end_token))
    return NULL;
  return next->concept;
}

/* Whether @norm is a modal of a supposition: "would", "could", "might",
 * "should", "must", or one with "n't" on it ("wouldn't"). */
static gboolean
is_supposing_modal (const char *norm)
{
  static const char * const modals[] = {
    "would", "could", "might", "should", "must", "wouldn't", "couldn't", "mightn't", "shouldn't", "mustn't", NULL,
  };

  return px_word_is_one_of (norm, modals);
}

/* Verbs and adjectives after which "if" asks rather than supposes:
 * "would not say if anyone was hurt", "not clear if" (stems). */
static gboolean
asks_whether (const PxToken *token)
{
  static const char * const stems[] = {
    "say", "said", "tell", "told", "confirm", "know", "known", "ask", "determin", "see", "wonder", "check",
    "decid", "clear", "sure", "indic", "disclos", "reveal", "comment", "specifi", "unclear", "unknown", "learn",
    "establish", "judg", "assess", "question", "doubt", "address", "discuss", "answer", "explain",
  };

  if (token->kind != PX_TOKEN_WORD)
    return FALSE;
  for (gsize s = 0; s < G_N_ELEMENTS (stems); s++)
    if (px_word_equal (token->stem, stems[s]))
      return TRUE;
  return FALSE;
}

/* Whether the word at @k, after the negation @cue, stands in a question
 * a word of telling or knowing asks: "did not say why she checked in",
 * "did not say when she left", "would not tell police how the man got
 * in". The negation denies the telling, and leaves the act asked about
 * open.
 */
static gboolean
asked_of_untold (PxDocument  *doc,
                 const PxCue *cue,
                 guint        k)
{
  static const char * const questions[] = {
    "why", "how", "when", "where", "whether", "if", "what", "who", "whom", "which", NULL,
  };
  gboolean telling = FALSE;

  for (guint t = cue->end_token; t < k; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD)
        continue;
      if (telling && px_word_is_one_of (token->norm, questions))
        return TRUE;
      telling |= asks_whether (token);
    }
  return FALSE;
}

/* Whether the sentence around token @t has a condition: an "if" that
 * supposes (not one that asks, "would not say if"), or an "unless". */
static gboolean
has_condition (PxDocument *doc,
               PxSentence *sentence,
               guint       t)
{
  for (guint k = sentence->first_token; k < sentence->first_token + sentence->n_tokens; k++)
    {
      const PxToken *token = px_document_token (doc, k);

      if (k == t || token->kind != PX_TOKEN_WORD || token->in_quote)
        continue;
      if (g_str_equal (token->norm, "unless"))
        return TRUE;
      if (g_str_equal (token->norm, "if")
          && (k == sentence->first_token || !asks_whether (px_document_token (doc, k - 1))))
        return TRUE;
    }
  return FALSE;
}

/* Whether the negation @cue supposes rather than denies: a clause of a
 * condition or a counterfactual tells what did not, or would not, happen
 * in another course of things, and denies nothing that happened:
 * - in a condition: "if they had not settled", "unless the board does not
 *   act", "had the Saints not been fighting" (the inversion);
 * - a modal perfect: "would not have placed Bush on injured reserve",
 *   "should not have been released", "might not have known" (never a
 *   plain denial: "should not have been released" even says it was);
 * - a modal's consequence of a condition: "the game would not be played
 *   if it rains", "if the deal fails, the plant could not stay open".
 * "Would not say if" and "will not" are answers and forecasts, and are
 * read elsewhere.
 */
static gboolean
supposes (Context     *ctx,
          PxDocument  *doc,
          PxSentence  *sentence,
          const PxCue *cue)
{
  guint first = sentence->first_token, end = sentence->first_token + sentence->n_tokens;
  guint t = cue->first_token, from = t;
  const char *norm = px_document_token (doc, t)->norm;
  gboolean modal = is_supposing_modal (norm);

  /* the clause the negation stands in, and the word that opens it */
  while (from > first && !opens_clause (px_document_token (doc, from - 1)))
    from--;
  if (from > first && px_word_is_one_of (px_document_token (doc, from - 1)->norm,
                                         (const char * const[]) { "if", "unless", NULL })
      && (from - 1 == first || g_str_equal (px_document_token (doc, from - 1)->norm, "unless")
          || !asks_whether (px_document_token (doc, from - 2))))
    return TRUE;
  /* "had they not", "were it not", "should the talks not": the verb
   * first, a subject of a word or two, then the negation */
  if (t >= from + 2 && t <= from + 3
      && px_word_is_one_of (px_document_token (doc, from)->norm,
                            (const char * const[]) { "had", "were", "should", NULL }))
    return TRUE;
  /* the modal before the negation, a word between at most ("would
   * certainly not") */
  for (guint k = t; !modal && k > from && k + 2 >= t; k--)
    modal = is_supposing_modal (px_document_token (doc, k - 1)->norm);
  if (!modal)
    return FALSE;
  /* a modal perfect: "have" and a participle, "been" or a verb's form */
  for (guint k = cue->end_token; k < end && k <= cue->end_token + 1; k++)
    if (g_str_equal (px_document_token (doc, k)->norm, "have") && k + 1 < end
        && (g_str_equal (px_document_token (doc, k + 1)->norm, "been")
            || is_verb_use (ctx, doc, sentence, k + 1)))
      return TRUE;
  return has_condition (doc, sentence, t);
}

static void
find_polarity (Context    *ctx,
               const char *concept,
               Polarity   *negative,
               Polarity   *positive)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  /* each denial's own group, where a determiner names one */
  g_autofree Polarity *denials = g_new0 (Polarity, ctx->n_members);
  gboolean any_negated = FALSE, any_asserted = FALSE;

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxDocument *doc = ctx->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);
      gboolean found = FALSE;

      if (items->len > 0 && g_array_index (items, Item, items->len - 1).source == ref->source)
        continue;

      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len && !found; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          /* "was not expected to attend" foretells, it does not deny;
           * "pleaded not guilty" pleads */
          if (cue->kind != PX_CUE_NEGATION || cue->in_quote
              || (cue->targets[0] != NULL && is_epistemic (cue->targets[0]))
              || is_plea (doc, sentence, cue->first_token) || supposes (ctx, doc, sentence, cue))
            continue;
          if (negates (ctx, doc, sentence, cue, concept))
            {
              guint end = cue->end, end_token = cue->end_token, word = cue->first_token;
              gboolean wanted = FALSE;
              Item *item;

              for (guint k = cue->end_token; k < sentence->first_token + sentence->n_tokens; k++)
                if (g_str_equal (px_document_token (doc, k)->concept, concept))
                  {
                    end = extent_through_shared (ctx, ref, k);
                    end_token = k + 1;
                    /* the slot is what surrounds the word denied: "police
                     * officers" around "No ... were injured" */
                    word = k;
                    /* "don't want to end the game" denies the wish,
                     * not the end */
                    wanted = k > cue->end_token + 1 && g_str_equal (px_document_token (doc, k - 1)->norm, "to");
                    /* "did not say why she checked in" denies the
                     * telling, not the check-in */
                    wanted |= asked_of_untold (doc, cue, k);
                    break;
                  }
              if (wanted)
                continue;
              denials[m] = *negative;
              denials[m].group = denied_group (ctx, doc, sentence, cue, concept);
              item = add_item (items, ref->source, ref->sentence, &denials[m], cue->start, end);
              item->first_token = word;
              item->end_token = end_token;
              any_negated = found = TRUE;
            }
        }
      if (!found)
        {
          int token = asserted_token (ctx, doc, sentence, concept, FALSE);

          if (token >= 0)
            {
              guint start, end;
              Item *item;

              assertion_extent (ctx, ref, token, &start, &end);
              item = add_item (items, ref->source, ref->sentence, positive, start, end);
              item->first_token = token;
              item->end_token = token + 1;
              any_asserted = TRUE;
            }
        }
    }

  if (!any_negated || !any_asserted)
    return;
  emit_opposed (ctx, items, concept);
}

/* Whether the word at @t counts its object: "won two games", "lost 14
 * seats", "lost their 11th game".
 */
static gboolean
tallies (PxDocument *doc,
         PxSentence *sentence,
         guint       t)
{
  guint end = sentence->first_token + sentence->n_tokens;
  guint k = t + 1;

  while (k < end && k < t + 3
         && (is_article_or_owner (px_document_token (doc, k)->norm) || g_str_equal (px_document_token (doc, k)->norm, "all")))
    k++;
  if (k >= end)
    return FALSE;
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (quantity->dimension == PX_DIMENSION_COUNT && quantity->first_token == k && quantity->n_heads > 0)
        return TRUE;
    }
  /* "13th", "2nd" */
  {
    const PxToken *token = px_document_token (doc, k);
    const char *rest = token->norm;

    while (g_ascii_isdigit (*rest))
      rest++;
    return token->kind == PX_TOKEN_NUMBER && rest != token->norm
           && px_word_is_one_of (rest, (const char * const[]) { "st", "nd", "rd", "th", NULL });
  }
}

static void
find_antonyms (Context    *ctx,
               const char *x,
               const char *y)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  Polarity first = { x, FALSE }, second = { y, TRUE };
  gboolean any_x = FALSE, any_y = FALSE;

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxDocument *doc = ctx->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);
      int tx = asserted_token (ctx, doc, sentence, x, TRUE);
      int ty = asserted_token (ctx, doc, sentence, y, TRUE);

      if (tx >= 0 && ty >= 0)
        return;
      /* a tally is no outcome: "won two games last season" and "lost
       * their 11th game" are both true of a season */
      if ((tx >= 0 && tallies (doc, sentence, tx)) || (ty >= 0 && tallies (doc, sentence, ty)))
        continue;
      if (tx >= 0 || ty >= 0)
        {
          guint start, end;

          Item *item;

          assertion_extent (ctx, ref, tx >= 0 ? tx : ty, &start, &end);
          item = add_item (items, ref->source, ref->sentence, tx >= 0 ? &first : &second, start, end);
          item->first_token = tx >= 0 ? tx : ty;
          item->end_token = item->first_token + 1;
          any_x |= tx >= 0;
          any_y |= ty >= 0;
        }
    }
  if (!any_x || !any_y)
    return;
  emit_opposed (ctx, items, NULL);
}

/* "won lost": the two concepts of a pair, in order */
static char *
pair_key (const char *x,
          const char *y)
{
  return strcmp (x, y) < 0 ? g_strdup_printf ("%s %s", x, y) : g_strdup_printf ("%s %s", y, x);
}

/* antonyms[], made once a process (they were made again for every
 * claim): its pairs as pair_key() writes them, which
 * find_wordnet_antonyms() passes over, find_contradictions() having looked
 * for them already; and each word's bit, so that a claim's words are
 * looked up once each, not gathered into a set. */
typedef struct
{
  GHashTable *keys;          /* pair_key() of each pair */
  GHashTable *bits;          /* word -> 1 + its bit */
  guint64 pairs[G_N_ELEMENTS (antonyms)]; /* the two words' bits of each pair */
} AntonymTable;

G_STATIC_ASSERT (G_N_ELEMENTS (antonyms) * 2 <= 64);

static const AntonymTable *
antonym_table (void)
{
  static AntonymTable table;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      table.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      table.bits = g_hash_table_new (g_str_hash, g_str_equal);
      for (gsize a = 0; a < G_N_ELEMENTS (antonyms); a++)
        {
          g_hash_table_add (table.keys, pair_key (antonyms[a][0], antonyms[a][1]));
          for (guint w = 0; w < 2; w++)
            {
              gpointer bit;

              if (!g_hash_table_lookup_extended (table.bits, antonyms[a][w], NULL, &bit))
                {
                  bit = GUINT_TO_POINTER (g_hash_table_size (table.bits) + 1);
                  g_hash_table_insert (table.bits, (gpointer) antonyms[a][w], bit);
                }
              table.pairs[a] |= G_GUINT64_CONSTANT (1) << (GPOINTER_TO_UINT (bit) - 1);
            }
        }
      g_once_init_leave (&done, 1);
    }
  return &table;
}

/* The bit of @concept among antonyms[]' words, 0 if it is none of them. */
static inline guint64
antonym_bit (const AntonymTable *table,
             const char         *concept)
{
  guint bit = GPOINTER_TO_UINT (g_hash_table_lookup (table->bits, concept));

  return bit == 0 ? 0 : G_GUINT64_CONSTANT (1) << (bit - 1);
}

/* Verbs that WordNet gives as opposites, one in each of two sources:
 * "won" and "lost", "acquitted" and "convicted", "rose" and "fell". Only
 * verbs: nouns that are opposites ("man", "woman") are mostly two people,
 * and an outcome is a verb's. Each pair goes through find_antonyms(), so
 * a negated one ("did not win") asserts nothing, and the rest of the
 * clauses must fill the same slot.
 */
static void
find_wordnet_antonyms (Context    *ctx,
                       GHashTable *seen)
{
  GHashTable *cache = ctx->lexicon;
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint m = 0; m < ctx->n_members; m++)
    {
      PxDocument *doc = ctx->documents[ctx->members[m].source];
      PxSentence *sentence = px_document_sentence (doc, ctx->members[m].sentence);

      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          PxToken *token = px_document_token (doc, t);
          const PxLexeme *lexeme;

          if (token->kind != PX_TOKEN_WORD || token->is_stop || token->in_quote
              || (token->is_capital && !token->sentence_initial))
            continue;
          lexeme = px_lexicon_cache_lookup (cache, token->norm);
          if (lexeme == NULL || !lexeme->verb_form || lexeme->n_antonyms == 0)
            continue;
          g_ptr_array_add (words, token);
          g_array_append_val (sources, ctx->members[m].source);
        }
    }
  for (guint i = 0; i < words->len; i++)
    for (guint j = i + 1; j < words->len; j++)
      {
        PxToken *x = g_ptr_array_index (words, i), *y = g_ptr_array_index (words, j);
        g_autofree char *key = NULL;

        if (g_array_index (sources, guint, i) == g_array_index (sources, guint, j)
            || g_str_equal (x->concept, y->concept)
            || !px_lexeme_antonyms (px_lexicon_cache_lookup (cache, x->norm), px_lexicon_cache_lookup (cache, y->norm)))
          continue;
        key = pair_key (x->concept, y->concept);
        if (g_hash_table_contains (antonym_table ()->keys, key) || g_hash_table_contains (seen, key))
          continue;
        g_hash_table_add (seen, g_steal_pointer (&key));
        find_antonyms (ctx, x->concept, y->concept);
      }
}

/* Where @sentence says its subject would not comment: "declined to
 * comment", "refused to comment", "had no comment"; the token that opens
 * the words, or -1.
 */
static int
refuses_comment (PxDocument *doc,
                 PxSentence *sentence)
{
  static const char * const refusing[] = { "declined", "refused", "declines", "refuses", NULL };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = sentence->first_token; t + 2 < end; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;
      const char *next = px_document_token (doc, t + 1)->norm, *third = px_document_token (doc, t + 2)->norm;

      /* both wordings end in "comment", which few tokens start with */
      if (px_document_token (doc, t)->in_quote || third[0] != 'c' || !g_str_has_prefix (third, "comment"))
        continue;
      if ((px_word_is_one_of (norm, refusing) && g_str_equal (next, "to"))
          || ((g_str_equal (norm, "had") || g_str_equal (norm, "has")) && g_str_equal (next, "no")
              && g_str_equal (third, "comment")))
        return (int) t;
    }
  return -1;
}

/* The token of the first cue of saying in @sentence outside quotations
 * ("said", "told"), or -1.
 */
static int
saying_cue (PxSentence *sentence)
{
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      if (cue->speech && !cue->in_quote)
        return (int) c;
    }
  return -1;
}

/* One outlet says someone declined to comment, another gives what the
 * same one said: "Tembo, which holds 9% of the company, declined to
 * comment" against "Tembo said it would back the board's
 * plan". Both cannot be true of one claim. The one who refuses is the
 * name nearest before the refusal; the other sentence names it before
 * its own word of saying, and refuses nothing.
 */
static void
find_refusals (Context *ctx)
{
  static Polarity refused = { "comment", TRUE, NULL }, said = { "comment", FALSE, NULL };

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxDocument *doc = ctx->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);
      int refusal = refuses_comment (doc, sentence);
      const PxEntity *who = NULL;

      g_autoptr(GArray) items = NULL;
      PxDifference *difference;

      if (refusal < 0)
        continue;
      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind != PX_ENTITY_PLACE && entity->end_token <= (guint) refusal)
            who = entity;
        }
      for (guint o = 0; o < ctx->n_members && who != NULL; o++)
        {
          const PxSentenceRef *oref = &ctx->members[o];
          PxDocument *odoc = ctx->documents[oref->source];
          PxSentence *other = px_document_sentence (odoc, oref->sentence);
          int c = saying_cue (other);
          const PxCue *cue;
          gboolean named = FALSE;

          if (oref->source == ref->source || c < 0 || refuses_comment (odoc, other) >= 0
              || (items != NULL && g_array_index (items, Item, items->len - 1).source == oref->source))
            continue;
          cue = &g_array_index (other->cues, PxCue, c);
          /* a speaker it names is the one who speaks; without one, the
           * name before the word of saying ("Tembo, which owns 9% of
           * the company, said") */
          if (other->speaker != NULL && !keys_match (other->speaker, who->key))
            continue;
          for (guint e = 0; other->entities != NULL && e < other->entities->len && !named; e++)
            {
              const PxEntity *entity = &g_array_index (other->entities, PxEntity, e);

              named = entity->end_token <= cue->first_token && keys_match (entity->key, who->key);
            }
          if (!named)
            continue;
          if (items == NULL)
            {
              items = g_array_new (FALSE, FALSE, sizeof (Item));
              add_item (items, ref->source, ref->sentence, &refused, px_document_token (doc, refusal)->start,
                        px_document_token (doc, refusal + 2)->end);
            }
          add_item (items, oref->source, oref->sentence, &said, cue->start, cue->end);
          join (items, 0, items->len - 1);
        }
      if (items == NULL)
        continue;
      difference = emit_topic (ctx, PX_DIFFERENCE_CONTRADICTION, items, 0, polarity_agree, polarity_wording);
      if (difference != NULL)
        difference->confidence = 0.6;
      return;
    }
}

static void
find_contradictions (Context *ctx)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Polarity negative = { NULL, TRUE }, positive = { NULL, FALSE };

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence = px_document_sentence (ctx->documents[ref->source], ref->sentence);

      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);
          const char *concepts[PX_CUE_MAX_TARGETS + 1] = { NULL, };

          if (cue->kind != PX_CUE_NEGATION)
            continue;
          /* "No police officers were injured": the officers, and their
           * injuries */
          for (guint t = 0; t < PX_CUE_MAX_TARGETS; t++)
            concepts[t] = cue->targets[t];
          concepts[PX_CUE_MAX_TARGETS] = negated_verb (ctx, ctx->documents[ref->source], sentence, cue);
          for (guint t = 0; t <= PX_CUE_MAX_TARGETS; t++)
            {
              guint before = ctx->differences->len;

              if (concepts[t] == NULL || !g_hash_table_add (seen, (gpointer) concepts[t]))
                continue;
              find_polarity (ctx, concepts[t], &negative, &positive);
              /* one contradiction per negation is enough */
              if (ctx->differences->len > before)
                break;
            }
        }
    }

  /* opposites only where both words occur */
  {
    const AntonymTable *table = antonym_table ();
    guint64 met = 0;         /* the bits of antonyms[]' words the members have */

    for (guint m = 0; m < ctx->n_members; m++)
      {
        PxDocument *doc = ctx->documents[ctx->members[m].source];
        PxSentence *sentence = px_document_sentence (doc, ctx->members[m].sentence);

        for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
          met |= antonym_bit (table, px_document_token (doc, t)->concept);
      }
    g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (gsize a = 0; a < G_N_ELEMENTS (antonyms); a++)
      {
        if ((met & table->pairs[a]) == table->pairs[a])
          find_antonyms (ctx, antonyms[a][0], antonyms[a][1]);
      }
    find_wordnet_antonyms (ctx, pairs);
  }
  find_refusals (ctx);
}

/* Entities */

typedef struct
{
  const PxEntity *entity;
  PxEntityKind kind;
} Role;

/* "meteorological agency" is "japan meteorological agency" */
static gboolean
keys_match (const char *a,
            const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (la < lb)
    return keys_match (b, a);
  return g_str_equal (a, b) || (g_str_has_suffix (a, b) && a[la - lb - 1] == ' ')
         || (g_str_has_prefix (a, b) && a[lb] == ' ');
}

static gboolean
mentions_like (Context    *ctx,
               guint       source,
               const char *key)
{
  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence = px_document_sentence (ctx->documents[source], ref->sentence);

      if (ref->source != source)
        continue;
      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const char *other = g_array_index (sentence->entities, PxEntity, e).key;
          g_autofree char *bare = g_str_has_suffix (other, "'s") ? g_strndup (other, strlen (other) - 2) : NULL;

          /* "to take Adeyemi's place" names Adeyemi */
          if (keys_match (other, key) || (bare != NULL && keys_match (bare, key)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean names_overlap (Context    *ctx,
                               const Item *a,
                               const Item *b);

static gboolean
entity_same_topic (Context    *ctx,
                   const Item *a,
                   const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;

  if (keys_match (ea->key, eb->key) || names_overlap (ctx, a, b))
    return TRUE;
  /* different speakers: each unknown to the other's report, and of one
   * known kind (a person for a person; "A.G." or a bare surname could be
   * anyone)
   */
  return ea->kind == eb->kind && ea->kind != PX_ENTITY_OTHER && !mentions_like (ctx, b->source, ea->key)
         && !mentions_like (ctx, a->source, eb->key);
}

/* Whether two names share a word of four letters or more, or one's word
 * begins the other's: "Mt Varn" and "Kaiwha Mount Varn", "South
 * Brenton" and "South Brentonville" name one place.
 */
static gboolean
names_overlap (Context    *ctx,
               const Item *a,
               const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];

  for (guint i = ea->first_token; i < ea->end_token; i++)
    for (guint j = eb->first_token; j < eb->end_token; j++)
      {
        const char *x = px_document_token (da, i)->norm, *y = px_document_token (db, j)->norm;
        gsize lx = strlen (x), ly = strlen (y);

        if (MIN (lx, ly) >= 4 && (g_str_has_prefix (x, y) || g_str_has_prefix (y, x)))
          return TRUE;
      }
  return FALSE;
}

/* Whether two words of names are one: one begins the other ("Brenton",
 * "Brentonville"), or one is the other cut short ("Mt" and "Mount", "St"
 * and "Saint": its letters in order, the first and last the other's).
 */
static gboolean
name_words_match (const char *x,
                  const char *y)
{
  gsize lx = strlen (x), ly = strlen (y);

  if (lx > ly)
    return name_words_match (y, x);
  if (g_str_equal (x, y) || (lx >= 4 && g_str_has_prefix (y, x)))
    return TRUE;
  if (lx < 2 || lx > 3 || x[0] != y[0] || x[lx - 1] != y[ly - 1])
    return FALSE;
  for (gsize i = 1, j = 1; i < lx; i++, j++)
    {
      while (j < ly && y[j] != x[i])
        j++;
      if (j == ly)
        return FALSE;
    }
  return TRUE;
}

/* The words of a name (at most 16), each with whether the other name has
 * it (name_words_match()).
 */
typedef struct
{
  const char *words[16];
  gboolean matched[16];
  guint n;
} NameWords;

static gboolean
name_words (PxDocument     *doc,
            const PxEntity *entity,
            PxDocument     *other_doc,
            const PxEntity *other,
            NameWords      *out)
{
  out->n = 0;
  for (guint t = entity->first_token; t < entity->end_token; t++)
    {
      const PxToken *word = px_document_token (doc, t);

      if (word->kind != PX_TOKEN_WORD)
        continue;
      if (out->n == G_N_ELEMENTS (out->words))
        return FALSE;
      out->words[out->n] = word->norm;
      out->matched[out->n] = FALSE;
      for (guint u = other->first_token; u < other->end_token && !out->matched[out->n]; u++)
        out->matched[out->n] = px_document_token (other_doc, u)->kind == PX_TOKEN_WORD
                               && name_words_match (word->norm, px_document_token (other_doc, u)->norm);
      out->n++;
    }
  return TRUE;
}

/* The words of the names of the entity items @a and @b, each against the
 * other's; FALSE where either has more words than NameWords holds. */
static gboolean
items_name_words (Context    *ctx,
                  const Item *a,
                  const Item *b,
                  NameWords  *na,
                  NameWords  *nb)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];

  return name_words (da, a->data, db, b->data, na) && name_words (db, b->data, da, a->data, nb);
}

/* The matched words nearest word @i of @name before and after it (NULL
 * where none is). */
static void
name_anchors (const NameWords *name,
              guint            i,
              const char     **before,
              const char     **after)
{
  *before = *after = NULL;
  for (guint j = i; j-- > 0 && *before == NULL;)
    if (name->matched[j])
      *before = name->words[j];
  for (guint j = i + 1; j < name->n && *after == NULL; j++)
    if (name->matched[j])
      *after = name->words[j];
}

/* Whether WordNet has @norm, or it less a plural's "s", as a common word:
 * "Theatre", "Petroleum", "Services", not "Brennick" or "Kelvey". */
static gboolean
common_word (const char *norm)
{
  gsize len = strlen (norm);
  g_autofree char *singular = len > 3 && norm[len - 1] == 's' ? g_strndup (norm, len - 1) : NULL;

  for (const char *pos = "nav"; *pos != '\0'; pos++)
    if (px_lexicon_word_has_pos (norm, *pos) || (singular != NULL && px_lexicon_word_has_pos (singular, *pos)))
      return TRUE;
  return FALSE;
}

/* Whether two words are one misspelt: at most one letter added, dropped
 * or changed ("Paris", "Parris"). */
static gboolean
one_letter_apart (const char *x,
                  const char *y)
{
  gsize lx = strlen (x), ly = strlen (y), i = 0;

  if (lx > ly)
    return one_letter_apart (y, x);
  if (ly - lx > 1)
    return FALSE;
  while (i < lx && x[i] == y[i])
    i++;
  return lx == ly ? g_str_equal (x + i + (i < lx), y + i + (i < ly)) : g_str_equal (x + i, y + i + 1);
}

static gboolean
anchors_alike (const char *x,
               const char *y)
{
  return x == NULL ? y == NULL : y != NULL && name_words_match (x, y);
}

/* Whether two names that share words differ where each has a word of its
 * own between the same shared words: "Walter Brennick" and "Walter
 * Brennan", "Aoraki Mount Cook National Park" and "Mount Kelvey National
 * Park" are two; "Mount Cook" and "Aoraki Mount Cook", "Mt Cook" and
 * "Mount Cook" one.
 */
static gboolean
names_conflict (Context    *ctx,
                const Item *a,
                const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;
  NameWords na, nb;

  if (!items_name_words (ctx, a, b, &na, &nb))
    return FALSE;
  for (guint i = 0; i < na.n; i++)
    for (guint j = 0; !na.matched[i] && j < nb.n; j++)
      {
        const char *before_a, *after_a, *before_b, *after_b;

        /* "Northeast Philly" and "Northeast Philadelphia": a place's
         * word and one beginning as it does may be its short form; a
         * person's are two names ("Brennick", "Brennan") */
        if (nb.matched[j] || ((ea->kind != PX_ENTITY_PERSON || eb->kind != PX_ENTITY_PERSON)
                              && strlen (na.words[i]) >= 4 && strlen (nb.words[j]) >= 4
                              && strncmp (na.words[i], nb.words[j], 4) == 0))
          continue;
        name_anchors (&na, i, &before_a, &after_a);
        name_anchors (&nb, j, &before_b, &after_b);
        if ((before_a == NULL && after_a == NULL) || !anchors_alike (before_a, before_b)
            || !anchors_alike (after_a, after_b) || one_letter_apart (na.words[i], nb.words[j]))
          continue;
        /* between shared words, any word of its own is another name
         * ("Mount Cook National Park", "Mount Kelvey National Park"); at
         * an end, a common word may only describe the one body ("Crowley
         * Petroleum", "Crowley Maritime"): only names differ there */
        if ((before_a != NULL && after_a != NULL)
            || (!common_word (na.words[i]) && !common_word (nb.words[j])))
          return TRUE;
      }
  return FALSE;
}

/* Whether two people's names are one name spelled two ways: word for
 * word the same but one word of five letters or more, a letter added,
 * dropped or changed ("Jon Woodard" and "Jon Woodward", "Carlsen" and
 * "Carlson"). The keys' guide counts a name's spellings as no
 * difference; a given name spelled two ways already meets on the
 * surname ("Bettie Page", "Betty Page").
 */
static gboolean
names_spelled_alike (Context    *ctx,
                     const Item *a,
                     const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;
  NameWords na, nb;
  guint unmatched = 0, differing = 0;

  if (ea->kind != PX_ENTITY_PERSON || eb->kind != PX_ENTITY_PERSON || !items_name_words (ctx, a, b, &na, &nb)
      || na.n != nb.n)
    return FALSE;
  for (guint i = 0; i < na.n; i++)
    if (!na.matched[i] || !nb.matched[i])
      {
        if (na.matched[i] || nb.matched[i] || strlen (na.words[i]) < 5 || strlen (nb.words[i]) < 5
            || !one_letter_apart (na.words[i], nb.words[i]))
          return FALSE;
        unmatched++;
        differing = i;
      }
  return unmatched == 1 && differing == na.n - 1;
}

/* Two names of one person, place or body: one's words end or begin the
 * other's ("Obama", "Barack Obama"), a word begins the other's
 * (names_overlap()), they are aliases ("UK", "Britain", "British"), or,
 * one word each and neither a person's, WordNet takes them for one
 * ("Danish" and "Denmark", "Holland" and "Netherlands").
 */
static gboolean
entity_agree (Context    *ctx,
              const Item *a,
              const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;

  if (keys_match (ea->key, eb->key))
    return TRUE;
  /* a road is not a street: "Harlow Road" and "Harlo Street" are two
   * ways however alike their names */
  if (ea->end_token - ea->first_token >= 2 && eb->end_token - eb->first_token >= 2)
    {
      const char *wa = px_entities_way_kind (px_document_token (ctx->documents[a->source], ea->end_token - 1)->norm);
      const char *wb = px_entities_way_kind (px_document_token (ctx->documents[b->source], eb->end_token - 1)->norm);

      if (wa != NULL && wb != NULL && !g_str_equal (wa, wb))
        return FALSE;
    }
  if ((names_overlap (ctx, a, b) && !names_conflict (ctx, a, b)) || px_entities_aliases (ea->key, eb->key)
      || names_spelled_alike (ctx, a, b))
    return TRUE;
  return ea->kind != PX_ENTITY_PERSON && eb->kind != PX_ENTITY_PERSON && strchr (ea->key, ' ') == NULL
         && strchr (eb->key, ' ') == NULL
         && px_lexeme_synonyms (lexeme_of (ctx, ea->key), lexeme_of (ctx, eb->key));
}

/* Whether a report of the comparison names both places in one sentence:
 * "in Tarnby, Westmark", "protesters in Lortia burned a bank in Kelmar".
 * One then holds the other, or both belong to the story: for the places
 * WordNet does not know, the reports are their own gazetteer. A place
 * named in one report and another in the next ("Ashby" and "Ashford"
 * for one event) stays a difference.
 */
static gboolean
named_together (Context    *ctx,
                const char *key_a,
                const char *key_b)
{
  for (guint d = 0; d < ctx->n_documents; d++)
    for (guint s = 0; s < ctx->documents[d]->sentences->len; s++)
      {
        PxSentence *sentence = px_document_sentence (ctx->documents[d], s);
        gboolean has_a = FALSE, has_b = FALSE;

        for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
          {
            const char *key = g_array_index (sentence->entities, PxEntity, e).key;

            if (keys_match (key, key_a))
              has_a = TRUE;
            else if (keys_match (key, key_b))
              has_b = TRUE;
          }
        if (has_a && has_b)
          return TRUE;
      }
  return FALSE;
}

/* The place @key or one within it ("Tarnby" for "Westmark"). */
static gboolean
place_is_or_within (const char *place,
                    const char *key)
{
  return keys_match (key, place) || px_lexicon_place_within (place, key);
}

/* Whether @b's sentence also names a place that @a's place holds or is:
 * "died in custody in Westmark" against "in his Greyholm
 * prison cell in Tarnby" tells one place at two scales, not two places.
 */
static gboolean
placed_alike (Context    *ctx,
              const Item *a,
              const Item *b)
{
  return names_other_place (ctx, b, place_is_or_within, ((const PxEntity *) a->data)->key);
}

/* Two places agree when they are one, a report names them together, or
 * one lies within the other ("in Glasgow", "in Scotland"): the
 * less precise report is no rival of the more precise one.
 */
static gboolean
place_agree (Context    *ctx,
             const Item *a,
             const Item *b)
{
  const char *key_a = ((const PxEntity *) a->data)->key, *key_b = ((const PxEntity *) b->data)->key;

  return entity_agree (ctx, a, b) || named_together (ctx, key_a, key_b) || one_place_within (key_a, key_b)
         || unknown_place_in_region (ctx, a, b) || placed_alike (ctx, a, b) || placed_alike (ctx, b, a);
}

/* Whether the sentences of two speakers give them the same quotation:
 * "“…”, Lavrov said" against "“…”, Peskov said".
 */
static gboolean
same_words_given (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  PxSentence *sa = px_document_sentence (ctx->documents[a->source], a->sentence);
  PxSentence *sb = px_document_sentence (ctx->documents[b->source], b->sentence);

  for (guint i = 0; sa->quotes != NULL && i < sa->quotes->len; i++)
    for (guint j = 0; sb->quotes != NULL && j < sb->quotes->len; j++)
      {
        Item qa = { a->source, a->sentence, &g_array_index (sa->quotes, PxQuote, i), };
        Item qb = { b->source, b->sentence, &g_array_index (sb->quotes, PxQuote, j), };

        if (compare_quotes (ctx, &qa, &qb).same_quotation)
          return TRUE;
      }
  return FALSE;
}

/* Two speakers differ in one role when they are given the same words, or
 * the same statement nearly word for word ("Putin told Trump about the
 * attack in a phone call on Monday"). Two people who say the same thing
 * in their own words ("no one was hurt, the fire chief said"; "no one was
 * hurt, the pastor said") are two sources, not a difference: of the
 * speaker differences read on the ECB+ development events, nearly all
 * were such, and the development keys list them as look-alikes.
 */
#define SPEAKER_STATEMENT_SLOT 0.8

static double
speaker_confidence (Context *ctx,
                    GArray  *items,
                    guint    root)
{
  double slot = topic_slot (ctx, items, root);
  gboolean quoted = FALSE;

  for (guint i = 0; i < items->len && !quoted; i++)
    for (guint j = i + 1; j < items->len && !quoted; j++)
      {
        Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);

        quoted = find_root (items, i) == root && find_root (items, j) == root && a->source != b->source
                 && a->group != b->group && same_words_given (ctx, a, b);
      }
  if (slot < (quoted ? MIN_SLOT : SPEAKER_STATEMENT_SLOT))
    return -1;
  ctx->anchored = quoted;
  return 0.45 + 0.45 * slot;
}

static double
place_confidence (Context *ctx,
                  GArray  *items,
                  guint    root)
{
  double slot = topic_slot (ctx, items, root);
  gboolean role = FALSE;

  /* two names in one role (place_same_topic()) fill one slot however
   * the rest is worded */
  for (guint i = 0; i < items->len && !role; i++)
    for (guint j = i + 1; j < items->len && !role; j++)
      {
        Item *a = &g_array_index (items, Item, i), *b = &g_array_index (items, Item, j);

        role = find_root (items, i) == root && find_root (items, j) == root && a->source != b->source
               && a->group != b->group && same_people (ctx, a, b);
      }
  ctx->anchored = role;
  return slot < MIN_SLOT && !role ? -1 : 0.2 + 0.4 * MAX (slot, role ? 0.6 : 0);
}

/* The role a person is named in: the common noun before the name and the
 * word before it, "general manager" in "General Manager R.T. Hale" and in
 * "Falcons general manager R.T. Moss" (given names and initials,
 * unknown to WordNet, are passed over). FALSE when there is none.
 */
static gboolean
role_of (Context        *ctx,
         PxDocument     *doc,
         PxSentence     *sentence,
         const PxEntity *entity,
         const PxToken **modifier,
         const PxToken **head)
{
  int t = (int) entity->end_token - 2;

  *head = *modifier = NULL;
  for (; t >= (int) sentence->first_token; t--)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind == PX_TOKEN_WORD && !token->is_stop && strlen (token->norm) > 2
          && lexeme_of (ctx, token->norm)->n_synonyms > 0)
        break;
      /* only initials, given names and their stops before the surname */
      if ((guint) t < entity->first_token && token->kind == PX_TOKEN_WORD && !token->is_capital)
        return FALSE;
    }
  if (t <= (int) sentence->first_token)
    return FALSE;
  *head = px_document_token (doc, t);
  *modifier = px_document_token (doc, t - 1);
  return (*modifier)->kind == PX_TOKEN_WORD && !(*modifier)->is_stop && !g_str_has_suffix ((*modifier)->norm, "'s");
}

/* Whether a sentence is someone's statement: a verb of saying, or a
 * statement issued ("issued the following statement").
 */
static gboolean
gives_statement (PxDocument *doc,
                 PxSentence *sentence)
{
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    if (g_array_index (sentence->cues, PxCue, c).speech)
      return TRUE;
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    if (g_str_equal (px_document_token (doc, t)->norm, "statement"))
      return TRUE;
  return FALSE;
}

/* Whether a word is a verb's inflection, a prefixed one too: "re-signed". */
static gboolean
is_verb_form (Context       *ctx,
              const PxToken *token)
{
  const char *hyphen = strrchr (token->norm, '-');

  return lexeme_of (ctx, token->norm)->verb_form || (hyphen != NULL && lexeme_of (ctx, hyphen + 1)->verb_form);
}

/* The verb nearest a name in its clause, after it or before its role:
 * "re-signed" in "re-signed winger Marcus Dunmore"; NULL when none.
 * @before is the first word of the role.
 */
static const PxToken *
deed_of (Context        *ctx,
         PxDocument     *doc,
         PxSentence     *sentence,
         const PxEntity *entity,
         guint           before)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  for (guint t = entity->end_token; t < end && t < entity->end_token + 4; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD)
        break;
      if (!token->is_stop && is_verb_form (ctx, token))
        return token;
    }
  for (guint t = before; t > first && before - t < 4; t--)
    {
      const PxToken *token = px_document_token (doc, t - 1);

      if (token->kind != PX_TOKEN_WORD)
        break;
      if (!token->is_stop && !token->is_capital && is_verb_form (ctx, token))
        return token;
    }
  return NULL;
}

/* Whether two people named in one role are in one deed: a statement each
 * gives, or the same verb (or none known) for both; two running backs, one
 * "re-signed" and one "placed on injured reserve", are two people.
 */
static gboolean
same_deed (Context        *ctx,
           PxDocument     *da,
           PxSentence     *sa,
           const PxEntity *ea,
           guint           role_a,
           PxDocument     *db,
           PxSentence     *sb,
           const PxEntity *eb,
           guint           role_b)
{
  const PxToken *va, *vb;

  if (gives_statement (da, sa) && gives_statement (db, sb))
    return TRUE;
  va = deed_of (ctx, da, sa, ea, role_a);
  vb = deed_of (ctx, db, sb, eb, role_b);
  return va == NULL || vb == NULL || same_meaning (ctx, va, vb);
}

/* Two different people named in one role by two reports, each unknown to
 * the other's: "General Manager R.T. Hale released this statement"
 * against "general manager R.T. Moss said in a statement". The role is
 * a common noun, written in lower case by one of them at least, not a
 * name ("Dana Whitlow").
 */
static gboolean
same_role (Context    *ctx,
           const Item *a,
           const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  const PxToken *ma, *ha, *mb, *hb;

  if (ea->kind != PX_ENTITY_PERSON || eb->kind != PX_ENTITY_PERSON
      || !role_of (ctx, da, px_document_sentence (da, a->sentence), ea, &ma, &ha)
      || !role_of (ctx, db, px_document_sentence (db, b->sentence), eb, &mb, &hb))
    return FALSE;
  return (!ha->is_capital || !hb->is_capital) && g_str_equal (ha->norm, hb->norm) && g_str_equal (ma->norm, mb->norm)
         && !mentions_like (ctx, b->source, ea->key) && !mentions_like (ctx, a->source, eb->key)
         && same_deed (ctx, da, px_document_sentence (da, a->sentence), ea, ma - (PxToken *) da->tokens->data,
                       db, px_document_sentence (db, b->sentence), eb, mb - (PxToken *) db->tokens->data);
}

static gboolean
role_same_topic (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  return entity_agree (ctx, a, b) || same_role (ctx, a, b);
}

/* A topic of people in one role, unless a speaker's difference already
 * puts the same names apart.
 */
static double
role_confidence (Context *ctx,
                 GArray  *items,
                 guint    root)
{
  PxDifference *difference = g_ptr_array_index (ctx->differences, ctx->differences->len - 1);

  for (guint d = 0; d + 1 < ctx->differences->len; d++)
    {
      PxDifference *other = g_ptr_array_index (ctx->differences, d);
      guint shared = 0;

      if (other->kind != PX_DIFFERENCE_ENTITY)
        continue;
      for (guint i = 0; i < difference->spans->len; i++)
        for (guint j = 0; j < other->spans->len; j++)
          {
            PxTextSpan *x = &g_array_index (difference->spans, PxTextSpan, i);
            PxTextSpan *y = &g_array_index (other->spans, PxTextSpan, j);

            shared += x->source == y->source && x->sentence == y->sentence && x->start == y->start;
          }
      if (shared >= 2)
        return -1;
    }
  ctx->anchored = TRUE;
  return 0.45 + 0.45 * topic_slot (ctx, items, root);
}

/* The word a place is the place of: "event" in "an event in Ashford" and
 * in "the Ashby event", "homes" in "fled their homes in Alberta"; NULL
 * when the place stands otherwise.
 */
static const PxToken *
place_role (PxDocument     *doc,
            PxSentence     *sentence,
            const PxEntity *entity)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  if (entity->after_preposition && entity->first_token >= first + 2)
    {
      PxToken *token = px_document_token (doc, entity->first_token - 2);

      if (token->kind == PX_TOKEN_WORD && !token->is_stop && !token->is_capital)
        return token;
      return NULL;
    }
  if (entity->first_token > first && entity->end_token < end)
    {
      const char *before = px_document_token (doc, entity->first_token - 1)->norm;
      PxToken *after = px_document_token (doc, entity->end_token);

      if (is_determiner (before) && after->kind == PX_TOKEN_WORD && !after->is_stop && !after->is_capital)
        return after;
    }
  return NULL;
}

static gboolean is_verb_use (Context    *ctx,
                             PxDocument *doc,
                             PxSentence *sentence,
                             guint       t);

/* The verb a place's phrase hangs from, within its clause: "misspoken" in
 * "misspoken at a 2011 rally in Ashford" and in "misspoken about her
 * record during the Ashby rally"; NULL when there is none.
 */
static const PxToken *
place_predicate (Context        *ctx,
                 PxDocument     *doc,
                 PxSentence     *sentence,
                 const PxEntity *entity)
{
  for (guint t = entity->first_token; t > sentence->first_token && entity->first_token - t < 8; t--)
    {
      const PxToken *token = px_document_token (doc, t - 1);

      if (opens_clause (token))
        return NULL;
      /* a noun after its article is no verb: "a dwelling", "the
       * building" */
      if (t - 1 > sentence->first_token && lexeme_of (ctx, token->norm)->is_noun
          && is_article_or_owner (px_document_token (doc, t - 2)->norm))
        continue;
      if (token->kind == PX_TOKEN_WORD && !token->is_stop && !token->is_capital
          && is_verb_use (ctx, doc, sentence, t - 1))
        return token;
    }
  return NULL;
}

/* Whether two words name one role of a place: the same word, synonyms,
 * or two kinds of one thing by WordNet ("a house on Harlow Road",
 * "a flat on Harlo Street": both housing).
 */
static gboolean
roles_alike (Context       *ctx,
             const PxToken *a,
             const PxToken *b)
{
  const PxLexeme *la, *lb;

  if (same_meaning (ctx, a, b))
    return TRUE;
  la = lexeme_of (ctx, a->norm);
  lb = lexeme_of (ctx, b->norm);
  for (guint i = 0; i < la->n_hypernyms; i++)
    for (guint j = 0; j < lb->n_hypernyms; j++)
      if (la->hypernyms[i] == lb->hypernyms[j])
        return TRUE;
  return FALSE;
}

/* Two places in one role: the same word is their place ("the Ashby
 * event" and "an event in Ashford"), and each name is unknown to the
 * other's report. A town and its region name no different places, and
 * only a gazetteer would tell them apart, so a place without a role in
 * common ("a bakery in Westmark", "a shop in Tarnby") is no
 * difference.
 */
static gboolean
place_same_topic (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  const PxEntity *ea = a->data, *eb = b->data;
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);
  const PxToken *ra = place_role (da, sa, ea);
  const PxToken *rb = place_role (db, sb, eb);
  const PxToken *va, *vb;

  if (keys_match (ea->key, eb->key) || names_overlap (ctx, a, b))
    return TRUE;
  if (ra == NULL || rb == NULL || !roles_alike (ctx, ra, rb) || mentions_like (ctx, b->source, ea->key)
      || mentions_like (ctx, a->source, eb->key))
    return FALSE;
  /* the same act's place: "left a care home in Bramwell" and
   * "is moving to a care home in Tarnby" are two places of two acts */
  va = place_predicate (ctx, da, sa, ea);
  vb = place_predicate (ctx, db, sb, eb);
  return va == NULL || vb == NULL || same_meaning (ctx, va, vb);
}

/* Accounts on a platform */

static const char * const platforms[] = {
  "youtube", "twitter", "facebook", "instagram", "tiktok", "reddit", "telegram", "twitch", "vimeo", NULL,
};

/* Whether a word is written as a handle: one word with a capital after a
 * small letter, a digit or an underscore ("HarbourLens", "user_42"), not
 * a name ("Smith"), an acronym ("CNN") or the platform itself.
 */
static gboolean
handle_like (const PxToken *token,
             const char    *text)
{
  gboolean inner = FALSE, small = FALSE;

  if ((token->kind != PX_TOKEN_WORD && token->kind != PX_TOKEN_NUMBER) || px_word_is_one_of (token->norm, platforms))
    return FALSE;
  for (guint i = token->start; i < token->end; i++)
    {
      inner |= i > token->start && ((g_ascii_isupper (text[i]) && g_ascii_islower (text[i - 1]))
                                    || g_ascii_isdigit (text[i]) || text[i] == '_');
      small |= g_ascii_islower (text[i]);
    }
  return inner && small && g_ascii_isalnum (text[token->start]);
}

/* The account a sentence says posted something on a platform it names:
 * the handle after "account", "channel" or "user" (and "titled", "named",
 * "called"), or after "by" a verb of posting ("posted on YouTube by
 * \"HarbourLens\"", "published under an account named RitaFilmsIt"),
 * in quotes or written as a handle. A person's name ("by Rita Fils, who
 * runs the channel") is no account: its owner, maybe. Returns the
 * handle's first token and sets @handle_end one past its last, or returns -1.
 */
static int
account_of (PxDocument *doc,
            PxSentence *sentence,
            guint      *handle_end)
{
  static const char * const posting[] = {
    "posted", "uploaded", "published", "shared", "tweeted", "streamed", "broadcast", "put", NULL,
  };
  guint first = sentence->first_token, end = first + sentence->n_tokens;
  gboolean platform = FALSE;

  for (guint t = first; t < end && !platform; t++)
    platform = px_word_is_one_of (px_document_token (doc, t)->norm, platforms);
  if (!platform)
    return -1;
  for (guint t = first; t + 1 < end; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;
      guint h = t + 1, close;
      gboolean posted = FALSE;

      if (g_str_equal (norm, "by"))
        {
          for (guint v = t; v > first && t - v < 5 && !posted; v--)
            posted = px_word_is_one_of (px_document_token (doc, v - 1)->norm, posting);
          if (!posted)
            continue;
        }
      else if (!px_word_is_one_of (norm, (const char * const[]) { "account", "channel", "user", "username", "handle",
                                                                  NULL }))
        continue;
      else if (px_word_is_one_of (px_document_token (doc, h)->norm,
                                  (const char * const[]) { "titled", "named", "called", NULL }))
        h++;
      if (h >= end)
        break;
      /* capitalised words in quotes ("DC Camera Guy"), or a handle's shape */
      if (px_document_token (doc, h)->kind == PX_TOKEN_QUOTE_OPEN)
        {
          for (close = h + 1; close < end && close - h <= 4 && px_document_token (doc, close)->kind == PX_TOKEN_WORD
                              && px_document_token (doc, close)->is_capital;
               close++)
            ;
          if (close > h + 1 && close < end && close - h <= 4
              && (px_document_token (doc, close)->kind == PX_TOKEN_QUOTE_CLOSE
                  || (px_document_token (doc, close)->kind == PX_TOKEN_PUNCT && close + 1 < end
                      && px_document_token (doc, close + 1)->kind == PX_TOKEN_QUOTE_CLOSE)))
            {
              *handle_end = close;
              return h + 1;
            }
        }
      else if (handle_like (px_document_token (doc, h), doc->text))
        {
          *handle_end = h + 1;
          return h;
        }
    }
  return -1;
}

/* A handle's letters and digits, in lower case: "Harbour Lens" is
 * "HarbourLens". */
static char *
handle_key (Context    *ctx,
            const Item *item)
{
  g_autofree char *text = text_of (ctx, item->source, item->start, item->end);
  GString *key = g_string_new (NULL);

  for (const char *c = text; *c != '\0'; c++)
    if (g_ascii_isalnum (*c))
      g_string_append_c (key, g_ascii_tolower (*c));
  return g_string_free (key, FALSE);
}

static gboolean
account_agree (Context    *ctx,
               const Item *a,
               const Item *b)
{
  g_autofree char *ka = handle_key (ctx, a);
  g_autofree char *kb = handle_key (ctx, b);

  return g_str_equal (ka, kb);
}

/* Two accounts are one slot when their sentences name one platform. */
static gboolean
account_same_topic (Context    *ctx,
                    const Item *a,
                    const Item *b)
{
  PxDocument *da = ctx->documents[a->source], *db = ctx->documents[b->source];
  PxSentence *sa = px_document_sentence (da, a->sentence), *sb = px_document_sentence (db, b->sentence);

  for (guint t = sa->first_token; t < sa->first_token + sa->n_tokens; t++)
    if (px_word_is_one_of (px_document_token (da, t)->norm, platforms))
      for (guint u = sb->first_token; u < sb->first_token + sb->n_tokens; u++)
        if (g_str_equal (px_document_token (da, t)->norm, px_document_token (db, u)->norm))
          return TRUE;
  return FALSE;
}

/* Two handles on one platform for what the claim's reports posted: the
 * platform and the act tie the slot. */
static double
account_confidence (Context *ctx,
                    GArray  *items,
                    guint    root)
{
  ctx->anchored = TRUE;
  return 0.45 + 0.45 * MAX (topic_slot (ctx, items, root), 0.6);
}

/* Who did an act */

/* The doer of an act a sentence tells with the thing it was done to: by
 * the passive's "by" ("the boy ... was found by rangers and
 * volunteers") or the subject of an active verb ("The father walked into
 * the woods and found the boy"). Only common nouns: a name may be any
 * of them ("found by Tom Ashe" may be the father).
 */
typedef struct
{
  const PxToken *verb;
  guint first, end;        /* the doer's tokens */
  GPtrArray *things;       /* the nouns the act was done to (PxToken) */
} Doer;

static void
doer_free (gpointer data)
{
  Doer *doer = data;

  g_ptr_array_unref (doer->things);
  g_free (doer);
}

/* Whether a word is a common noun (WordNet's, in lower case). */
static gboolean
is_common_noun (Context       *ctx,
                const PxToken *token)
{
  return token->kind == PX_TOKEN_WORD && !token->is_stop && (!token->is_capital || token->sentence_initial)
         && lexeme_of (ctx, token->norm)->is_noun;
}

/* The common nouns of tokens [first, end), NULL when a name or anything
 * but a determiner, an adjective, a noun or "and" is among them. */
static GPtrArray *
common_phrase (Context    *ctx,
               PxDocument *doc,
               guint       first,
               guint       end)
{
  g_autoptr(GPtrArray) nouns = g_ptr_array_new ();

  for (guint t = first; t < end; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD || (token->is_capital && !token->sentence_initial))
        return NULL;
      if (token->is_stop)
        continue;
      if (lexeme_of (ctx, token->norm)->verb_form)
        return NULL;
      if (is_common_noun (ctx, token))
        g_ptr_array_add (nouns, (gpointer) token);
    }
  return nouns->len > 0 ? g_steal_pointer (&nouns) : NULL;
}

/* Whether a token is in one of its sentence's times ("yesterday"). */
static gboolean
in_a_time (PxSentence    *sentence,
           const PxToken *token)
{
  for (guint i = 0; sentence->times != NULL && i < sentence->times->len; i++)
    {
      const PxTimeExpr *time = &g_array_index (sentence->times, PxTimeExpr, i);

      if (token->start >= time->start && token->start < time->end)
        return TRUE;
    }
  return FALSE;
}

static Doer *
doer_of (Context    *ctx,
         PxDocument *doc,
         PxSentence *sentence)
{
  static const char * const passive[] = { "was", "were", "been", "being", "is", "are", NULL };
  static const char * const arriving[] = {
    "responded", "arrived", "entered", "went", "came", "returned", "searched", "checked", "forced", NULL,
  };
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  for (guint t = first + 2; t + 1 < end; t++)
    {
      const PxToken *verb = px_document_token (doc, t - 1);
      g_autoptr(GPtrArray) doer = NULL;
      g_autoptr(GPtrArray) things = NULL;
      guint at = 0, stop;

      if (!lexeme_of (ctx, verb->norm)->is_verb || !px_word_is_one_of (px_document_token (doc, t - 2)->norm, passive))
        continue;
      /* "was found by rangers and volunteers" */
      if (g_str_equal (px_document_token (doc, t)->norm, "by"))
        at = t + 1;
      /* "was spotted on Sunday when rangers and volunteers
       * searched": those who came found them */
      else
        for (guint k = t; k < end && k < t + 6 && !opens_clause (px_document_token (doc, k)); k++)
          if (px_word_is_one_of (px_document_token (doc, k)->norm, (const char * const[]) { "when", "after", "once", NULL }))
            {
              at = k + 1;
              break;
            }
      if (at == 0)
        continue;
      for (stop = at; stop < end && !(opens_clause (px_document_token (doc, stop))
                                      && !g_str_equal (px_document_token (doc, stop)->norm, "and"))
                      && !is_preposition (px_document_token (doc, stop))
                      && !in_a_time (sentence, px_document_token (doc, stop))
                      && !px_word_is_one_of (px_document_token (doc, stop)->norm,
                                             (const char * const[]) { "yesterday", "today", "tonight", NULL })
                      && !lexeme_of (ctx, px_document_token (doc, stop)->norm)->verb_form;
           stop++)
        ;
      if (at != t + 1 && (stop >= end || !px_word_is_one_of (px_document_token (doc, stop)->norm, arriving)))
        continue;
      doer = common_phrase (ctx, doc, at, stop);
      things = g_ptr_array_new ();
      for (guint k = first; k + 2 < t; k++)
        if (is_common_noun (ctx, px_document_token (doc, k)))
          g_ptr_array_add (things, px_document_token (doc, k));
      if (doer != NULL && things->len > 0)
        {
          Doer *found = g_new0 (Doer, 1);

          found->verb = verb;
          found->first = at;
          found->end = stop;
          found->things = g_steal_pointer (&things);
          return found;
        }
    }
  /* "The father walked into the woods and found the boy": the words
   * before the first verb, and each verb joined to it by "and" */
  for (guint v = first + 1; v < end && v < first + 5; v++)
    {
      g_autoptr(GPtrArray) doer = NULL;

      if (!is_verb_use (ctx, doc, sentence, v))
        continue;
      if ((doer = common_phrase (ctx, doc, first, v)) == NULL)
        return NULL;
      for (guint t = v; t + 1 < end; t++)
        {
          const PxToken *token = px_document_token (doc, t);
          g_autoptr(GPtrArray) things = NULL;

          if (token->kind != PX_TOKEN_WORD || (opens_clause (token) && !g_str_equal (token->norm, "and")))
            return NULL;
          /* a verb after "and" ("and found"), which WordNet may also
           * know as a noun or a base form ("found") */
          if (t != v && !(g_str_equal (px_document_token (doc, t - 1)->norm, "and")
                          && lexeme_of (ctx, token->norm)->is_verb && !token->is_stop))
            continue;
          things = g_ptr_array_new ();
          for (guint k = t + 1; k < end && k < t + 4; k++)
            {
              const PxToken *thing = px_document_token (doc, k);

              if (thing->kind != PX_TOKEN_WORD)
                break;
              if (is_common_noun (ctx, thing))
                g_ptr_array_add (things, (gpointer) thing);
            }
          if (things->len > 0 && g_str_equal (px_document_token (doc, t - 1)->norm, "and"))
            {
              Doer *found = g_new0 (Doer, 1);

              found->verb = token;
              found->first = first;
              found->end = v;
              found->things = g_steal_pointer (&things);
              return found;
            }
        }
      return NULL;
    }
  return NULL;
}

/* One act done to one thing: the same verb, or synonyms ("found",
 * "discovered"), and a noun of the thing in common ("the bodies"). */
static gboolean
doer_same_topic (Context    *ctx,
                 const Item *a,
                 const Item *b)
{
  const Doer *da = a->data, *db = b->data;

  if (!same_meaning (ctx, da->verb, db->verb))
    return FALSE;
  for (guint i = 0; i < da->things->len; i++)
    for (guint j = 0; j < db->things->len; j++)
      if (g_str_equal (((const PxToken *) g_ptr_array_index (da->things, i))->concept,
                       ((const PxToken *) g_ptr_array_index (db->things, j))->concept))
        return TRUE;
  return FALSE;
}

/* Whom a doer's nouns name: the authorities (police, firefighters,
 * rescuers; DOER_OFFICIAL), someone on their own account (a son, a
 * neighbour, a hiker; DOER_PRIVATE), or neither known (DOER_UNKNOWN, also
 * when both are named).
 */
enum { DOER_UNKNOWN, DOER_OFFICIAL, DOER_PRIVATE };

static int
doer_class (PxDocument *doc,
            const Doer *doer)
{
  static const char * const official[] = {
    "police", "policeman", "policemen", "policewoman", "officer", "officers", "firefighter", "firefighters",
    "firemen", "fireman", "deputy", "deputies", "trooper", "troopers", "paramedic", "paramedics", "rescuer",
    "rescuers", "authorities", "investigator", "investigators", "detective", "detectives", "soldier", "soldiers",
    "troops", "coastguard", "coastguards", "medics", "responders", "agents", "sheriff", NULL,
  };
  static const char * const private[] = {
    "son", "sons", "daughter", "daughters", "father", "mother", "husband", "wife", "brother", "sister", "relative",
    "relatives", "family", "neighbour", "neighbor", "neighbours", "neighbors", "landlord", "landlady", "tenant",
    "roommate", "friend", "friends", "passerby", "passer-by", "passers-by", "hiker", "hikers", "jogger", "walker",
    "fisherman", "fishermen", "boy", "girl", "child", "children", "grandson", "granddaughter", "uncle", "aunt",
    "cousin", "nephew", "niece", "resident", "residents", "dog-walker", NULL,
  };
  int found = DOER_UNKNOWN;

  for (guint t = doer->first; t < doer->end; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;
      int kind = px_word_is_one_of (norm, official) ? DOER_OFFICIAL
                 : px_word_is_one_of (norm, private) ? DOER_PRIVATE : DOER_UNKNOWN;

      if (kind != DOER_UNKNOWN && found != DOER_UNKNOWN && kind != found)
        return DOER_UNKNOWN;
      if (kind != DOER_UNKNOWN)
        found = kind;
    }
  return found;
}

/* Two doers differ only when one is the authorities and the other
 * someone on their own account: "The father ... found the boy" against
 * "found by rangers and volunteers". "A neighbour" may be "a woman",
 * "officers" are police. */
static gboolean
doer_agree (Context    *ctx,
            const Item *a,
            const Item *b)
{
  int ka = doer_class (ctx->documents[a->source], a->data);
  int kb = doer_class (ctx->documents[b->source], b->data);

  return ka == DOER_UNKNOWN || kb == DOER_UNKNOWN || ka == kb;
}

/* Doers told by common nouns alone: the act and its thing tie the slot,
 * but "a neighbour" may be "a woman", so never confident. */
static double
doer_confidence (Context *ctx,
                 GArray  *items,
                 guint    root)
{
  return 0.45 + 0.45 * topic_slot (ctx, items, root);
}

/* Where someone died and of what, as a report tells it right after
 * "died": "died at a hospice near his home" against "died at his home",
 * "died of congestive heart failure" against "died from Alzheimer's
 * disease". Each is compared only between deaths of the same people
 * (same_people()).
 */
enum { DIED_NOWHERE, DIED_HOME, DIED_CARE_HOME, DIED_HOSPITAL, DIED_HOSPICE, DIED_SCENE };

typedef struct
{
  guint first;   /* tokens of the cause's words, end exclusive */
  guint end;
} DeathCause;

/* The kind of place token @t names (DIED_*), or DIED_NOWHERE: a home,
 * a nursing or care home, a hospital, a hospice, the scene. */
static int
death_place_class (PxDocument *doc,
                   guint       t,
                   guint       first)
{
  const char *norm = px_document_token (doc, t)->norm;

  if (px_word_is_one_of (norm, (const char * const[]) { "home", "house", "residence", "apartment", NULL }))
    return t > first && px_word_is_one_of (px_document_token (doc, t - 1)->norm,
                                           (const char * const[]) { "nursing", "care", "retirement", NULL })
           ? DIED_CARE_HOME : DIED_HOME;
  if (px_word_is_one_of (norm, (const char * const[]) { "hospital", "clinic", "infirmary", NULL }))
    return DIED_HOSPITAL;
  if (g_str_equal (norm, "hospice"))
    return DIED_HOSPICE;
  if (g_str_equal (norm, "scene"))
    return DIED_SCENE;
  return DIED_NOWHERE;
}

/* Whether token @t ends what a report says of a death right after "died":
 * a mark other than a full stop ("p.m."), or a clause of its own. */
static gboolean
ends_death_clause (const PxToken *token)
{
  if (token->kind == PX_TOKEN_PUNCT)
    return !g_str_equal (token->norm, ".") && !g_str_equal (token->norm, "-");
  return token->kind == PX_TOKEN_QUOTE_OPEN || token->kind == PX_TOKEN_QUOTE_CLOSE
         || px_word_is_one_of (token->norm, (const char * const[]) { "and", "but", "or", "after", "before", "when",
                                                                     "while", "because", "who", "which", "that",
                                                                     "where", NULL });
}

/* Words of a cause that name none: "died of his injuries", "of
 * complications", "after a long illness" say nothing to set against
 * "of heart failure". */
static gboolean
names_no_cause (const char *norm)
{
  static const char * const words[] = {
    "complication", "complications", "injury", "injuries", "wound", "wounds", "cause", "causes", "effect",
    "effects", "illness", "illnesses", "ailment", "sickness", "condition", "conditions", "disease", "diseases",
    "problem", "problems", "long", "short", "brief", "sudden", "apparent", "apparently", "natural", "undisclosed",
    "unknown", "unspecified", "related", "possible", "suspected", "probable", "likely", NULL,
  };

  return px_word_is_one_of (norm, words);
}

/* A cause word's stem for comparing: "Alzheimer's" as "alzheimer". */
static gboolean
cause_words_meet (const char *a,
                  const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (la > 2 && g_str_has_suffix (a, "'s"))
    la -= 2;
  if (lb > 2 && g_str_has_suffix (b, "'s"))
    lb -= 2;
  if (la > 3 && a[la - 1] == 's')
    la--;
  if (lb > 3 && b[lb - 1] == 's')
    lb--;
  return la == lb && strncmp (a, b, la) == 0;
}

static gboolean
death_cause_words (PxDocument       *doc,
                   const DeathCause *cause,
                   guint             t)
{
  const PxToken *token = px_document_token (doc, t);

  return t >= cause->first && t < cause->end && token->kind == PX_TOKEN_WORD && !token->is_stop
         && !names_no_cause (token->norm);
}

/* Two causes agree when they share a word that names the cause: "heart
 * failure" and "congestive heart failure"; "cancer" and "lung cancer". */
static gboolean
death_causes_meet (PxDocument       *da,
                   const DeathCause *ca,
                   PxDocument       *db,
                   const DeathCause *cb)
{
  for (guint i = ca->first; i < ca->end; i++)
    for (guint j = cb->first; j < cb->end; j++)
      if (death_cause_words (da, ca, i) && death_cause_words (db, cb, j)
          && cause_words_meet (px_document_token (da, i)->norm, px_document_token (db, j)->norm))
        return TRUE;
  return FALSE;
}

static gboolean
death_cause_agree (Context    *ctx,
                   const Item *a,
                   const Item *b)
{
  return death_causes_meet (ctx->documents[a->source], a->data, ctx->documents[b->source], b->data);
}

static gboolean
death_place_agree (Context    *ctx,
                   const Item *a,
                   const Item *b)
{
  return a->data == b->data;
}

/* The deaths of the same people: the people each sentence names besides
 * its speaker are the same when both name some. */
static gboolean
death_same_topic (Context    *ctx,
                  const Item *a,
                  const Item *b)
{
  return same_people (ctx, a, b);
}

/* A kind of place or a cause told right after "died" in one clause;
 * the other sentences may tell the rest in other words, so never sure. */
static double
death_confidence (Context *ctx,
                  GArray  *items,
                  guint    root)
{
  return 0.45 + 0.45 * topic_slot (ctx, items, root);
}

/* Reads, after each "died" of @sentence, the kind of place ("at a hospice
 * near his home": the first place after "at" or "in", three words on at
 * most) into @places and the cause ("of"/"from" within three words: "died
 * yesterday from Alzheimer's disease") into @causes. */
static void
read_deaths (Context             *ctx,
             const PxSentenceRef *ref,
             GArray              *places,
             GArray              *causes,
             GPtrArray           *found)
{
  PxDocument *doc = ctx->documents[ref->source];
  PxSentence *sentence = px_document_sentence (doc, ref->sentence);
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  for (guint v = first; v < end; v++)
    {
      gboolean placed = FALSE, caused = FALSE;

      if (!px_word_is_one_of (px_document_token (doc, v)->norm, (const char * const[]) { "died", "dies", NULL }))
        continue;
      for (guint k = v + 1; k < end && k < v + 16 && !ends_death_clause (px_document_token (doc, k)); k++)
        {
          const char *norm = px_document_token (doc, k)->norm;

          if (!placed && px_word_is_one_of (norm, (const char * const[]) { "at", "in", NULL }))
            for (guint p = k + 1; p < end && p <= k + 4 && px_document_token (doc, p)->kind == PX_TOKEN_WORD; p++)
              {
                int place = death_place_class (doc, p, first);

                if (place != DIED_NOWHERE)
                  {
                    add_item (places, ref->source, ref->sentence, GINT_TO_POINTER (place),
                              px_document_token (doc, k)->start, px_document_token (doc, p)->end);
                    placed = TRUE;
                    break;
                  }
              }
          if (!caused && k <= v + 4 && px_word_is_one_of (norm, (const char * const[]) { "of", "from", NULL }))
            {
              DeathCause *cause = g_new0 (DeathCause, 1);
              guint c = k + 1, words = 0;

              while (c < end && c < k + 8 && px_document_token (doc, c)->kind == PX_TOKEN_WORD
                     && !ends_death_clause (px_document_token (doc, c))
                     && !px_word_is_one_of (px_document_token (doc, c)->norm,
                                            (const char * const[]) { "at", "in", "on", "near", "aged", "with", NULL }))
                c++;
              cause->first = k + 1;
              cause->end = c;
              for (guint w = cause->first; w < cause->end; w++)
                words += death_cause_words (doc, cause, w);
              caused = TRUE;
              if (words == 0)
                {
                  g_free (cause);
                  continue;
                }
              g_ptr_array_add (found, cause);
              add_item (causes, ref->source, ref->sentence, cause, px_document_token (doc, k)->start,
                        px_document_token (doc, c - 1)->end);
            }
        }
    }
}

static void
find_deaths (Context *ctx)
{
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) causes = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  for (guint m = 0; m < ctx->n_members; m++)
    read_deaths (ctx, &ctx->members[m], places, causes, found);
  build_topics (ctx, places, death_same_topic, death_place_agree);
  emit_topics (ctx, PX_DIFFERENCE_ENTITY, places, death_place_agree, span_wording, death_confidence);
  build_topics (ctx, causes, death_same_topic, death_cause_agree);
  emit_topics (ctx, PX_DIFFERENCE_CONTRADICTION, causes, death_cause_agree, span_wording, death_confidence);
}

static void
find_entities (Context *ctx)
{
  g_autoptr(GArray) speakers = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) accounts = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) doers = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GPtrArray) doers_found = g_ptr_array_new_with_free_func (doer_free);

  for (guint m = 0; m < ctx->n_members; m++)
    {
      const PxSentenceRef *ref = &ctx->members[m];
      PxSentence *sentence = px_document_sentence (ctx->documents[ref->source], ref->sentence);
      const PxEntity *speaker = sentence->speaker != NULL ? px_entities_find (sentence, sentence->speaker) : NULL;

      if (speaker != NULL && !speaker->unconfirmed)
        add_item (speakers, ref->source, ref->sentence, speaker, speaker->start, speaker->end);
      {
        guint handle_end;
        int handle = account_of (ctx->documents[ref->source], sentence, &handle_end);

        if (handle >= 0)
          {
            PxDocument *doc = ctx->documents[ref->source];

            add_item (accounts, ref->source, ref->sentence, px_document_token (doc, handle),
                      px_document_token (doc, handle)->start, px_document_token (doc, handle_end - 1)->end);
          }
      }
      {
        PxDocument *doc = ctx->documents[ref->source];
        Doer *doer = doer_of (ctx, doc, sentence);

        if (doer != NULL)
          {
            g_ptr_array_add (doers_found, doer);
            add_item (doers, ref->source, ref->sentence, doer, px_document_token (doc, doer->first)->start,
                      px_document_token (doc, doer->end - 1)->end);
          }
      }
      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          PxDocument *doc = ctx->documents[ref->source];

          /* "in Georgia's capital" places it in the capital, not in Georgia */
          if (g_str_has_suffix (px_document_token (doc, entity->end_token - 1)->norm, "'s") || entity->unconfirmed)
            continue;
          if (entity->kind == PX_ENTITY_PERSON)
            add_item (people, ref->source, ref->sentence, entity, entity->start, entity->end);
          if ((entity->after_preposition && entity->kind == PX_ENTITY_PLACE)
              || (!entity->after_preposition && (entity->kind == PX_ENTITY_PLACE || entity->kind == PX_ENTITY_OTHER)
                  && place_role (doc, sentence, entity) != NULL))
            add_item (places, ref->source, ref->sentence, entity, entity->start, entity->end);
        }
    }

  /* a place link (px_differ_links()) compares the places of one act and
   * the accounts of one post only */
  if (ctx->linked)
    {
      build_topics (ctx, places, place_same_topic, place_agree);
      emit_topics (ctx, PX_DIFFERENCE_ENTITY, places, place_agree, span_wording, place_confidence);
      build_topics (ctx, accounts, account_same_topic, account_agree);
      emit_topics (ctx, PX_DIFFERENCE_ENTITY, accounts, account_agree, span_wording, account_confidence);
      return;
    }
  build_topics (ctx, speakers, entity_same_topic, entity_agree);
  emit_topics (ctx, PX_DIFFERENCE_ENTITY, speakers, entity_agree, span_wording, speaker_confidence);
  build_topics (ctx, places, place_same_topic, place_agree);
  emit_topics (ctx, PX_DIFFERENCE_ENTITY, places, place_agree, span_wording, place_confidence);
  build_topics (ctx, people, role_same_topic, entity_agree);
  emit_topics (ctx, PX_DIFFERENCE_ENTITY, people, entity_agree, span_wording, role_confidence);
  build_topics (ctx, accounts, account_same_topic, account_agree);
  emit_topics (ctx, PX_DIFFERENCE_ENTITY, accounts, account_agree, span_wording, account_confidence);
  build_topics (ctx, doers, doer_same_topic, doer_agree);
  emit_topics (ctx, PX_DIFFERENCE_ENTITY, doers, doer_agree, span_wording, doer_confidence);
}

/* How sure a difference is: a logistic model over features any rule's
 * flag has (its kind; the rule's own score of how well the words fill one
 * slot; how much of the two sentences' other words the members share, that
 * is, how surely they are one claim; whether a figure or time is vague on
 * some side; whether it is in a report's opening sentences), fitted on
 * the development keys by tests/bench/differences/calibrate.py, which
 * writes resources/lexicon/confidence.txt and reports its
 * leave-one-event-out estimate. Attribution, which keys only ever note,
 * never judge, is kept quiet. PARALLAX_DIFFER_MODEL=FILE reads other
 * weights; PARALLAX_DIFFER_FEATURES set in the environment keeps each
 * difference's features for the JSON, for fitting.
 */
#define CONFIDENCE_MODEL_PATH "/io/github/parallaxnews/Parallax/lexicon/confidence.txt"
#define ATTRIBUTION_CONFIDENCE 0.3

typedef struct
{
  double bias;
  double weights[PX_DIFFERENCE_N_FEATURES];
} ConfidenceModel;

const char * const px_difference_feature_names[PX_DIFFERENCE_N_FEATURES] = {
  "number", "time", "quote", "hedging", "contradiction", "entity", "attribution", "slot", "aligned", "vague", "lead",
  "anchored", "exact", "plain", "cohesion", "majority", "linked",
};

static const ConfidenceModel *
confidence_model (void)
{
  static ConfidenceModel model;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GPtrArray) lines = px_lexicon_read_model ("PARALLAX_DIFFER_MODEL", CONFIDENCE_MODEL_PATH);

      for (guint l = 0; l < lines->len; l++)
        {
          char **words = g_ptr_array_index (lines, l);

          if (g_strv_length (words) != 2)
            continue;
          if (g_str_equal (words[0], "bias"))
            model.bias = g_ascii_strtod (words[1], NULL);
          for (guint f = 0; f < PX_DIFFERENCE_N_FEATURES; f++)
            if (g_str_equal (words[0], px_difference_feature_names[f]))
              model.weights[f] = g_ascii_strtod (words[1], NULL);
        }
      g_once_init_leave (&done, 1);
    }
  return &model;
}

static guint
side_of (PxDifference *difference,
         guint         source)
{
  for (guint i = 0; i < difference->sources->len; i++)
    if (g_array_index (difference->sources, guint, i) == source)
      return g_array_index (difference->sides, guint, i);
  return G_MAXUINT;
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* The concepts of @sentence's content words, each once, as numbers of
 * the run's own (Context.concept_ids), sorted: a sentence's concepts are
 * compared with many others'.
 */
static GArray *
concept_set (Context    *ctx,
             PxDocument *doc,
             guint       index)
{
  PxSentence *sentence = px_document_sentence (doc, index);
  GArray *set = g_hash_table_lookup (ctx->concept_sets, sentence);
  guint kept = 0;

  if (set != NULL)
    return set;
  set = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);
      gpointer id;
      guint number;

      if (token->kind != PX_TOKEN_WORD || token->is_stop)
        continue;
      if (!g_hash_table_lookup_extended (ctx->concept_ids, token->concept, NULL, &id))
        {
          id = GUINT_TO_POINTER (g_hash_table_size (ctx->concept_ids));
          g_hash_table_insert (ctx->concept_ids, (gpointer) token->concept, id);
        }
      number = GPOINTER_TO_UINT (id);
      g_array_append_val (set, number);
    }
  g_array_sort (set, compare_uints);
  for (guint i = 0; i < set->len; i++)
    if (kept == 0 || g_array_index (set, guint, i) != g_array_index (set, guint, kept - 1))
      g_array_index (set, guint, kept++) = g_array_index (set, guint, i);
  g_array_set_size (set, kept);
  g_hash_table_insert (ctx->concept_sets, sentence, set);
  return set;
}

/* How many concepts two concept_set()s have in common. */
static guint
concepts_in_common (GArray *a,
                    GArray *b)
{
  guint i = 0, j = 0, shared = 0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      if (x == y)
        shared++, i++, j++;
      else if (x < y)
        i++;
      else
        j++;
    }
  return shared;
}

/* The most two sentences on different sides share of their content words
 * (Dice's coefficient).
 */
static double
members_aligned (Context      *ctx,
                 PxDifference *difference)
{
  double best = 0;

  for (guint i = 0; i < difference->spans->len; i++)
    for (guint j = i + 1; j < difference->spans->len; j++)
      {
        PxTextSpan *a = &g_array_index (difference->spans, PxTextSpan, i);
        PxTextSpan *b = &g_array_index (difference->spans, PxTextSpan, j);
        GArray *ca, *cb;

        if (a->source == b->source || side_of (difference, a->source) == side_of (difference, b->source))
          continue;
        ca = concept_set (ctx, ctx->documents[a->source], a->sentence);
        cb = concept_set (ctx, ctx->documents[b->source], b->sentence);
        if (ca->len + cb->len > 0)
          best = MAX (best, 2.0 * concepts_in_common (ca, cb) / (ca->len + cb->len));
      }
  return best;
}

/* How much the claim's members of different sources share of their
 * content words, on average (Dice's coefficient): a claim whose members
 * say the same throughout is surely one claim.
 */
static double
claim_cohesion (Context *ctx)
{
  double sum = 0;
  guint pairs = 0;

  for (guint i = 0; i < ctx->n_members; i++)
    for (guint j = i + 1; j < ctx->n_members; j++)
      {
        GArray *ca, *cb;

        if (ctx->members[i].source == ctx->members[j].source)
          continue;
        ca = concept_set (ctx, ctx->documents[ctx->members[i].source], ctx->members[i].sentence);
        cb = concept_set (ctx, ctx->documents[ctx->members[j].source], ctx->members[j].sentence);
        if (ca->len + cb->len > 0)
          sum += 2.0 * concepts_in_common (ca, cb) / (ca->len + cb->len);
        pairs++;
      }
  return pairs > 0 ? sum / pairs : 0;
}

/* Whether an amount's wording gives no figure: "hundreds of people",
 * "dozens", "several".
 */
static gboolean
is_vague_amount (const char *wording)
{
  static const char * const vague[] = {
    "dozens", "hundreds", "thousands", "millions", "tens", "scores", "several", "many", "few", "some", "handful",
  };
  g_auto(GStrv) words = g_strsplit_set (wording, " ,", -1);

  for (guint w = 0; words[w] != NULL; w++)
    for (gsize v = 0; v < G_N_ELEMENTS (vague); v++)
      if (g_ascii_strcasecmp (words[w], vague[v]) == 0)
        return TRUE;
  return FALSE;
}

/* Fills @features (PX_DIFFERENCE_N_FEATURES) for @difference, whose
 * confidence is still the rule's own score.
 */
static void
difference_features (Context      *ctx,
                     PxDifference *difference,
                     double        cohesion,
                     double       *features)
{
  gboolean vague = FALSE;
  guint first = G_MAXUINT, traits, sides[8] = { 0, };

  memset (features, 0, sizeof (double) * PX_DIFFERENCE_N_FEATURES);
  traits = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->traits, difference));
  features[(traits & TRAIT_COUNTED) ? PX_DIFFERENCE_NUMBER : difference->kind] = 1;
  features[PX_DIFFERENCE_FEATURE_SLOT] = CLAMP (difference->confidence, 0, 1);
  features[PX_DIFFERENCE_FEATURE_ALIGNED] = members_aligned (ctx, difference);
  /* "dozens", "hundreds of people" against a figure */
  if (difference->kind == PX_DIFFERENCE_NUMBER || (traits & TRAIT_COUNTED))
    for (guint i = 0; i < difference->values->len; i++)
      vague |= is_vague_amount (g_ptr_array_index (difference->values, i));
  features[PX_DIFFERENCE_FEATURE_VAGUE] = vague;
  for (guint i = 0; i < difference->spans->len; i++)
    first = MIN (first, g_array_index (difference->spans, PxTextSpan, i).sentence);
  features[PX_DIFFERENCE_FEATURE_LEAD] = first < 4;
  features[PX_DIFFERENCE_FEATURE_ANCHORED] = (traits & TRAIT_ANCHORED) != 0;
  features[PX_DIFFERENCE_FEATURE_EXACT] = (traits & TRAIT_EXACT) != 0;
  features[PX_DIFFERENCE_FEATURE_PLAIN] = TRUE;
  for (guint i = 0; i < difference->spans->len; i++)
    {
      PxTextSpan *span = &g_array_index (difference->spans, PxTextSpan, i);
      PxSentence *sentence = px_document_sentence (ctx->documents[span->source], span->sentence);

      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          if ((cue->kind == PX_CUE_HEDGE || cue->kind == PX_CUE_DENIAL) && !cue->in_quote)
            features[PX_DIFFERENCE_FEATURE_PLAIN] = FALSE;
        }
    }
  features[PX_DIFFERENCE_FEATURE_COHESION] = cohesion;
  for (guint i = 0; i < difference->sides->len; i++)
    sides[MIN (g_array_index (difference->sides, guint, i), G_N_ELEMENTS (sides) - 1)]++;
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    features[PX_DIFFERENCE_FEATURE_MAJORITY] = features[PX_DIFFERENCE_FEATURE_MAJORITY] || sides[i] >= 2;
}

static void
calibrate (Context      *ctx,
           PxDifference *difference,
           double        cohesion,
           gboolean      linked)
{
  const ConfidenceModel *model = confidence_model ();
  double features[PX_DIFFERENCE_N_FEATURES];
  double logit = model->bias;
  static gsize keep;

  if (g_once_init_enter (&keep))
    {
      guint64 on = 0;

      px_env_get_number (PX_ENV_DIFFER_FEATURES, &on, NULL);
      g_once_init_leave (&keep, on != 0 ? 2 : 1);
    }
  difference_features (ctx, difference, cohesion, features);
  features[PX_DIFFERENCE_FEATURE_LINKED] = linked;
  for (guint f = 0; f < PX_DIFFERENCE_N_FEATURES; f++)
    logit += model->weights[f] * features[f];
  if (keep == 2)
    difference->features = g_memdup2 (features, sizeof features);
  if (difference->kind == PX_DIFFERENCE_ATTRIBUTION)
    difference->confidence = ATTRIBUTION_CONFIDENCE;
  else
    difference->confidence = 1 / (1 + exp (-logit));
}

/* Who said it matters when the claim is in dispute: an outlet doubts it,
 * a member denies it, or the outlets differ over it otherwise (a figure,
 * a time, a quotation). Then a plain statement against a named speaker's
 * word is shown; against unnamed sources ("people briefed on the matter
 * said") always. Over the development keys, which note none of the
 * undisputed ones, "the police spokeswoman said" against a plain
 * statement is how news is sourced, not a difference.
 */
static void
find_attribution (Context *ctx)
{
  ctx->contested = ctx->differences->len > 0;
  for (guint m = 0; m < ctx->n_members && !ctx->contested; m++)
    {
      PxSentence *sentence = px_document_sentence (ctx->documents[ctx->members[m].source], ctx->members[m].sentence);

      for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
        {
          const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

          ctx->contested |= cue->kind == PX_CUE_DENIAL && !cue->in_quote;
        }
    }
  find_presentation (ctx, PX_ATTRIBUTION_NEUTRAL);
}

/* The most a claim may hold for the differ to compare all of it: tokens,
 * and figures, times, quotations, cues and names. Items are weighed pair
 * by pair across up to 32 sources, so a claim of many long sentences, or
 * of sentences of thousands of figures, would take time that grows with
 * the square of their number (or faster: one_slot_twice()). Past a bound
 * the differ takes the members source by source in turn (each source's
 * first sentence, then each one's second) and passes over a member that
 * would take the claim past it; the member stays in its claim. The bounds
 * never bind on ordinary coverage: a claim of the development material
 * (tests/bench/scale/outputs.sh) has at most 829 tokens, 48 figures, 30
 * times, 27 quotations, 100 cues and 78 names, and 30 members;
 * tests/bench/scale/hostile.sh makes inputs past them.
 */
#define MAX_CLAIM_TOKENS 4000
#define MAX_CLAIM_FIGURES 192
#define MAX_CLAIM_TIMES 128
#define MAX_CLAIM_QUOTES 128
#define MAX_CLAIM_CUES 400
#define MAX_CLAIM_NAMES 320

static guint
array_len (GArray *array)
{
  return array != NULL ? array->len : 0;
}

/* The members of a claim the differ compares (above): @members itself when
 * it is within the bounds, else a new array in @kept.
 */
static const PxSentenceRef *
members_within_bounds (PxDocument          **documents,
                       const PxSentenceRef  *members,
                       guint                *n_members,
                       PxSentenceRef       **kept)
{
  guint n = *n_members, totals[6] = { 0 }, rank = 0, ranks = 0, n_kept = 0;
  const guint bounds[6] = { MAX_CLAIM_TOKENS, MAX_CLAIM_FIGURES, MAX_CLAIM_TIMES, MAX_CLAIM_QUOTES, MAX_CLAIM_CUES,
                            MAX_CLAIM_NAMES };
  g_autofree guint *counts = g_new (guint, 6 * MAX (n, 1));
  g_autofree guint *rank_of = g_new (guint, MAX (n, 1));
  g_autofree gboolean *taken = g_new0 (gboolean, MAX (n, 1));
  gboolean within = TRUE;

  for (guint m = 0; m < n; m++)
    {
      PxSentence *sentence = px_document_sentence (documents[members[m].source], members[m].sentence);
      guint *c = &counts[6 * m];

      c[0] = sentence->n_tokens;
      c[1] = array_len (sentence->quantities);
      c[2] = array_len (sentence->times);
      c[3] = array_len (sentence->quotes);
      c[4] = array_len (sentence->cues);
      c[5] = array_len (sentence->entities);
      for (guint k = 0; k < 6; k++)
        within &= (totals[k] += c[k]) <= bounds[k];
      /* members come source after source */
      rank = m > 0 && members[m - 1].source == members[m].source ? rank + 1 : 0;
      rank_of[m] = rank;
      ranks = MAX (ranks, rank + 1);
    }
  if (within)
    return members;
  memset (totals, 0, sizeof totals);
  for (guint r = 0; r < ranks; r++)
    for (guint m = 0; m < n; m++)
      {
        const guint *c = &counts[6 * m];
        gboolean fits = rank_of[m] == r;

        for (guint k = 0; k < 6 && fits; k++)
          fits = totals[k] + c[k] <= bounds[k];
        if (!fits)
          continue;
        for (guint k = 0; k < 6; k++)
          totals[k] += c[k];
        taken[m] = TRUE;
      }
  *kept = g_new (PxSentenceRef, MAX (n, 1));
  for (guint m = 0; m < n; m++)
    if (taken[m])
      (*kept)[n_kept++] = members[m];
  *n_members = n_kept;
  return *kept;
}

/* Pairs of items build_topics_full() and one_slot_twice() weighed, all
 * runs together: what _px_differ_pairs_weighed() tells the tests. */
static gsize pairs_weighed;

gsize
_px_differ_pairs_weighed (void)
{
  return g_atomic_pointer_get (&pairs_weighed);
}

static GPtrArray *
differ_run (PxDocument         **documents,
            const char * const  *labels,
            guint                n_documents,
            const PxSentenceRef *members,
            guint                n_members,
            Link                 linked)
{
  Context ctx = { documents, labels, n_documents, members, n_members, NULL, NULL, FALSE, NULL, NULL, NULL, FALSE, NULL,
  };
  g_autoptr(GHashTable) lexicon = px_lexicon_cache_new ();
  g_autoptr(GHashTable) dated = g_hash_table_new (NULL, NULL);
  g_autofree int *attributions = g_new (int, n_documents * n_documents);
  g_autoptr(GHashTable) concepts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) traits = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) figures = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autofree guint32 *token_sources = NULL;
  g_autofree guint *first_source = NULL;
  g_autofree guint8 *verb_uses = NULL;
  g_autofree guint8 *doubts = NULL;
  g_autoptr(GPtrArray) reaches = g_ptr_array_new_with_free_func (cue_reach_free);
  g_autoptr(GHashTable) concept_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) concept_sets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) figure_facts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) periods = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) rivals = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) in_full = g_hash_table_new (NULL, NULL);
  g_autofree PxSentenceRef *compared = NULL;
  guint32 sources = 0;
  double cohesion;

  ctx.differences = g_ptr_array_new_with_free_func ((GDestroyNotify) _px_difference_free);
  ctx.linked = linked != LINK_NONE;
  /* the members the differ compares, within its bounds */
  ctx.members = members = members_within_bounds (documents, members, &n_members, &compared);
  ctx.n_members = n_members;
  for (guint m = 0; m < n_members; m++)
    sources |= 1u << members[m].source;
  if ((sources & (sources - 1)) == 0)
    return ctx.differences;

  for (guint m = 0; m < n_members; m++)
    {
      PxSentence *sentence = px_document_sentence (documents[members[m].source], members[m].sentence);

      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          PxToken *token = px_document_token (documents[members[m].source], t);
          guint32 mask;

          if (token->kind != PX_TOKEN_WORD || token->is_stop)
            continue;
          mask = GPOINTER_TO_UINT (g_hash_table_lookup (concepts, token->concept));
          g_hash_table_insert (concepts, (gpointer) token->concept, GUINT_TO_POINTER (mask | (1u << members[m].source)));
        }
    }
  ctx.concepts = concepts;
  first_source = g_new (guint, n_members + 1);
  first_source[0] = 0;
  for (guint m = 0; m < n_members; m++)
    first_source[m + 1] = first_source[m] + px_document_sentence (documents[members[m].source], members[m].sentence)->n_tokens;
  token_sources = g_new (guint32, MAX (first_source[n_members], 1));
  for (guint m = 0; m < n_members; m++)
    {
      PxSentence *sentence = px_document_sentence (documents[members[m].source], members[m].sentence);

      for (guint t = 0; t < sentence->n_tokens; t++)
        {
          PxToken *token = px_document_token (documents[members[m].source], sentence->first_token + t);

          token_sources[first_source[m] + t] = GPOINTER_TO_UINT (g_hash_table_lookup (concepts, token->concept));
        }
    }
  ctx.sources = token_sources;
  ctx.first_source = first_source;
  ctx.verb_uses = verb_uses = g_new0 (guint8, MAX (first_source[n_members], 1));
  g_ptr_array_set_size (reaches, n_members);
  ctx.reaches = (CueReach **) reaches->pdata;
  ctx.doubts = doubts = g_new0 (guint8, n_members);
  ctx.figures = figures;
  ctx.concept_ids = concept_ids;
  ctx.concept_sets = concept_sets;
  ctx.figure_facts = figure_facts;
  ctx.periods = periods;
  ctx.rivals = rivals;
  ctx.in_full = in_full;
  ctx.lexicon = lexicon;
  ctx.dated = dated;
  ctx.traits = traits;
  ctx.attributions = attributions;
  for (guint i = 0; i < n_documents * n_documents; i++)
    attributions[i] = -1;

  /* a slot link compares what it links only (px_differ_links()) */
  if (linked == LINK_FIGURES)
    find_numbers (&ctx);
  else if (linked == LINK_TIMES)
    find_times (&ctx);
  else if (linked == LINK_PLACES)
    find_entities (&ctx);
  else if (linked == LINK_DEATHS)
    find_deaths (&ctx);
  else
    {
      find_presentation (&ctx, PX_ATTRIBUTION_DISTANCED);
      find_numbers (&ctx);
      find_times (&ctx);
      find_quotes (&ctx);
      find_contradictions (&ctx);
      drop_restated_contradictions (&ctx);
      find_entities (&ctx);
      find_deaths (&ctx);
      find_attribution (&ctx);
    }
  cohesion = ctx.differences->len > 0 ? claim_cohesion (&ctx) : 0;
  for (guint d = 0; d < ctx.differences->len; d++)
    {
      PxDifference *difference = g_ptr_array_index (ctx.differences, d);

      calibrate (&ctx, difference, cohesion, linked != LINK_NONE);
    }
  g_clear_pointer (&ctx.nested, g_hash_table_unref);
  if (ctx.weighed > 0)
    g_atomic_pointer_add (&pairs_weighed, ctx.weighed);
  return ctx.differences;
}

/* Facts (issue 11): a claim is what outlets report of one claim, and may
 * hold several sentences of one outlet (the keys' claims often do; the
 * claims of few reports joined on their pairs' log-odds more so). Read
 * over the whole claim, an outlet's most qualified sentence speaks for it
 * (find_presentation()), which is how the keys read an outlet's stance
 * ("We have no idea what caused it" beside its plain "devastated by
 * fire"), but an attributed sentence that tells another part of the claim
 * then masks the plain statement of the fact the others doubt ("one of the
 * Mafia bosses" beside "was found dead, police said"). So a claim that
 * holds an outlet twice is read whole, then fact by fact: the sentences of
 * two outlets that match each other best (each the other's best of its
 * outlet by their content words in common, Dice's coefficient, as
 * members_aligned() reads them), joined from the best-matched pair down
 * while no outlet comes twice. A fact adds what it tells of hedging,
 * quotations and statements that the claim's reading did not. A claim of
 * one sentence an outlet is compared as it always was.
 */

/* What a fact may add: a sentence's own presentation against its match's
 * ("allegedly" against plain words), their quotations and statements.
 * Attribution stays the claim's: a speaker cited in one sentence vouches
 * for the outlet's others in the claim (pair_differs_at()). Figures,
 * times and names are paired by their own slots across the whole claim.
 */
#define FACT_KINDS ((1u << PX_DIFFERENCE_HEDGING) | (1u << PX_DIFFERENCE_QUOTE) | (1u << PX_DIFFERENCE_CONTRADICTION))

/* The most outlets a member's best matches are kept for: px_compare()'s
 * most sources, each a bit of a fact's sources (a guint32). */
#define FACT_SOURCES PX_COMPARE_MAX_SOURCES
G_STATIC_ASSERT (FACT_SOURCES <= 32);

/* The most members of a claim read fact by fact: its sentences are
 * matched pair by pair. The development material's largest claim has 30;
 * a larger one (hostile input) is read whole only.
 */
#define MAX_FACT_MEMBERS 256

typedef struct
{
  guint a;
  guint b;
  double match;
} FactPair;

static int
compare_fact_pairs (gconstpointer x,
                    gconstpointer y)
{
  const FactPair *a = x, *b = y;

  if (a->match != b->match)
    return a->match > b->match ? -1 : 1;
  if (a->a != b->a)
    return (a->a > b->a) - (a->a < b->a);
  return (a->b > b->b) - (a->b < b->b);
}

/* the facts of more sentences first, then in the members' order */
static int
compare_fact_sizes (gconstpointer x,
                    gconstpointer y)
{
  const GArray *a = *(GArray * const *) x, *b = *(GArray * const *) y;

  if (a->len != b->len)
    return a->len > b->len ? -1 : 1;
  return (g_array_index (a, guint, 0) > g_array_index (b, guint, 0)) - (g_array_index (a, guint, 0) < g_array_index (b, guint, 0));
}

static gboolean
holds_a_source_twice (const PxSentenceRef *members,
                      guint                n_members)
{
  /* members come source after source */
  for (guint m = 1; m < n_members; m++)
    if (members[m - 1].source == members[m].source)
      return TRUE;
  return FALSE;
}

/* The facts of a claim of @members (see above), each the member indices
 * of its sentences, ascending: a GPtrArray of GArray of guint, the facts
 * of more sentences first. A sentence that is no other's best match stays
 * out of every fact.
 */
static GPtrArray *
facts_of_claim (PxDocument          **documents,
                const PxSentenceRef  *members,
                guint                 n_members)
{
  Context ctx = { documents, NULL, 0, members, n_members, };
  g_autoptr(GHashTable) concept_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) concept_sets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (FactPair));
  gsize n = MAX (n_members, 1);
  g_autofree double *match = g_new0 (double, n * n);
  g_autofree guint *best = g_new (guint, n * FACT_SOURCES);
  g_autofree guint *parent = g_new (guint, n);
  g_autofree guint32 *sources = g_new (guint32, n);
  GPtrArray *facts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  ctx.concept_ids = concept_ids;
  ctx.concept_sets = concept_sets;
  for (guint i = 0; i < n_members; i++)
    for (guint j = i + 1; j < n_members; j++)
      {
        GArray *ci, *cj;

        if (members[i].source == members[j].source)
          continue;
        ci = concept_set (&ctx, documents[members[i].source], members[i].sentence);
        cj = concept_set (&ctx, documents[members[j].source], members[j].sentence);
        if (ci->len + cj->len > 0)
          match[i * n + j] = match[j * n + i] = 2.0 * concepts_in_common (ci, cj) / (ci->len + cj->len);
      }
  /* each member's best match of each other outlet, the first of equal ones */
  for (guint m = 0; m < n_members; m++)
    {
      for (guint s = 0; s < FACT_SOURCES; s++)
        best[m * FACT_SOURCES + s] = G_MAXUINT;
      for (guint k = 0; k < n_members; k++)
        {
          guint *b = &best[m * FACT_SOURCES + members[k].source];

          if (match[m * n + k] > 0 && (*b == G_MAXUINT || match[m * n + k] > match[m * n + *b]))
            *b = k;
        }
      parent[m] = m;
      sources[m] = 1u << members[m].source;
    }
  for (guint i = 0; i < n_members; i++)
    for (guint j = i + 1; j < n_members; j++)
      if (best[i * FACT_SOURCES + members[j].source] == j && best[j * FACT_SOURCES + members[i].source] == i)
        {
          FactPair pair = { i, j, match[i * n + j] };

          g_array_append_val (pairs, pair);
        }
  g_array_sort (pairs, compare_fact_pairs);
  for (guint p = 0; p < pairs->len; p++)
    {
      const FactPair *pair = &g_array_index (pairs, FactPair, p);
      guint ra = uf_root (parent, sizeof (guint), pair->a), rb = uf_root (parent, sizeof (guint), pair->b);

      if ((sources[ra] & sources[rb]) != 0)
        continue;
      uf_join (parent, sizeof (guint), ra, rb);
      sources[MIN (ra, rb)] |= sources[MAX (ra, rb)];
    }
  for (guint r = 0; r < n_members; r++)
    {
      GArray *fact;

      /* the lower index is the root */
      if (uf_root (parent, sizeof (guint), r) != r || sources[r] == 1u << members[r].source)
        continue;
      fact = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint m = r; m < n_members; m++)
        if (uf_root (parent, sizeof (guint), m) == r)
          g_array_append_val (fact, m);
      g_ptr_array_add (facts, fact);
    }
  g_ptr_array_sort (facts, compare_fact_sizes);
  return facts;
}

/* Whether @other tells, between sources @x and @y, a difference of
 * @kind: both on it, on different sides. */
static gboolean
tells_apart (PxDifference     *other,
             PxDifferenceKind  kind,
             guint             x,
             guint             y)
{
  guint side_x, side_y;

  if (other->kind != kind)
    return FALSE;
  side_x = side_of (other, x);
  side_y = side_of (other, y);
  return side_x != G_MAXUINT && side_y != G_MAXUINT && side_x != side_y;
}

/* Whether every pair of sources @difference tells apart, @other tells
 * apart too. */
static gboolean
told_by (PxDifference *difference,
         PxDifference *other)
{
  for (guint i = 0; i < difference->sources->len; i++)
    for (guint j = i + 1; j < difference->sources->len; j++)
      if (g_array_index (difference->sides, guint, i) != g_array_index (difference->sides, guint, j)
          && !tells_apart (other, difference->kind, g_array_index (difference->sources, guint, i),
                           g_array_index (difference->sources, guint, j)))
        return FALSE;
  return TRUE;
}

/* Adds to @differences what the differences of @found of @kinds tell that
 * those before @n_kept do not: one claim tells each difference of one
 * kind between two outlets once. A difference that tells all an earlier
 * one tells, and more, takes its place. Frees the rest.
 */
static void
take_differences (GPtrArray *differences,
                  guint      n_kept,
                  GPtrArray *found,
                  guint      kinds)
{
  gsize n_found = 0;
  g_autofree PxDifference **all = (PxDifference **) g_ptr_array_steal (found, &n_found);

  for (gsize d = 0; d < n_found; d++)
    {
      gboolean more = ((kinds >> all[d]->kind) & 1) != 0;

      for (guint k = 0; k < n_kept && more; k++)
        more = !told_by (all[d], g_ptr_array_index (differences, k));
      if (!more)
        {
          _px_difference_free (all[d]);
          continue;
        }
      for (guint k = 0; k < n_kept; k++)
        if (told_by (g_ptr_array_index (differences, k), all[d]))
          {
            g_ptr_array_remove_index (differences, k--);
            n_kept--;
          }
      g_ptr_array_add (differences, all[d]);
    }
}

GPtrArray *
px_differ (PxDocument         **documents,
           const char * const  *labels,
           guint                n_documents,
           const PxSentenceRef *members,
           guint                n_members)
{
  g_autofree PxSentenceRef *compared = NULL;
  g_autofree PxSentenceRef *one = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  GPtrArray *differences;

  differences = differ_run (documents, labels, n_documents, members, n_members, LINK_NONE);
  if (!holds_a_source_twice (members, n_members))
    return differences;

  /* the facts of the members the differ compares (differ_run()) */
  members = members_within_bounds (documents, members, &n_members, &compared);
  if (n_members > MAX_FACT_MEMBERS || n_documents > FACT_SOURCES)
    return differences;
  facts = facts_of_claim (documents, members, n_members);
  one = g_new (PxSentenceRef, MAX (n_members, 1));
  for (guint f = 0; f < facts->len; f++)
    {
      GArray *fact = g_ptr_array_index (facts, f);
      g_autoptr(GPtrArray) found = NULL;

      for (guint i = 0; i < fact->len; i++)
        one[i] = members[g_array_index (fact, guint, i)];
      found = differ_run (documents, labels, n_documents, one, fact->len, LINK_NONE);
      take_differences (differences, differences->len, found, FACT_KINDS);
    }
  return differences;
}

/* Slot links */

/* The most figures of one kind and head word that slot links compare
 * pairwise: the scale benchmark's 32 reports of 2,000 words give 92 at
 * most, an ECB+ event of 14 reports 82.
 */
#define MAX_LINK_BUCKET 1000

/* The most pairs of figures slot links compare, all buckets together: when
 * the buckets hold more, the largest are passed over until the rest hold
 * no more, so that the work stays linear on a huge input. It never binds
 * on ordinary coverage: the scale benchmark's 32 reports of 2,000 words
 * give 87,507 pairs, an ECB+ development event of 14 reports 3,852 at
 * most, the project's stories 55; 32 reports of 20,000 words give 5.6
 * million, of 80,000 words (the largest input) 38 million.
 */
#define MAX_LINK_PAIRS 1000000

typedef struct
{
  guint source;
  guint sentence;
  guint claim;
  int toll;             /* toll_of() when it counts no one in particular, else TOLL_NONE */
  const PxQuantity *quantity; /* (after toll: no padding, an item a figure of every report) */
  const PxToken *predicate; /* quantity_predicate() */
} Occurrence;

/* Whether two sentences date what they report to different times: then
 * they are two happenings.
 */
static gboolean
dated_apart (PxSentence *sa,
             PxSentence *sb)
{
  for (guint i = 0; sa->times != NULL && i < sa->times->len; i++)
    for (guint j = 0; sb->times != NULL && j < sb->times->len; j++)
      {
        const PxTimeExpr *ta = &g_array_index (sa->times, PxTimeExpr, i);
        const PxTimeExpr *tb = &g_array_index (sb->times, PxTimeExpr, j);

        /* a year alone is for its own verb's time (time_same_topic()) */
        if (!year_alone (ta) && !year_alone (tb) && px_time_comparable (ta, tb) && !px_time_equal (ta, tb))
          return TRUE;
      }
  return FALSE;
}

/* Whether a name of @sa (one read as a name for sure) and one of @sb
 * are one, as @one_of tells.
 */
static gboolean
name_in_common (PxSentence *sa,
                PxSentence *sb,
                gboolean  (*one_of) (const PxEntity *ea,
                                     const PxEntity *eb))
{
  for (guint i = 0; sa->entities != NULL && i < sa->entities->len; i++)
    {
      const PxEntity *ea = &g_array_index (sa->entities, PxEntity, i);

      if (ea->unconfirmed)
        continue;
      for (guint j = 0; sb->entities != NULL && j < sb->entities->len; j++)
        if (one_of (ea, &g_array_index (sb->entities, PxEntity, j)))
          return TRUE;
    }
  return FALSE;
}

static gboolean
one_participant (const PxEntity *ea,
                 const PxEntity *eb)
{
  return keys_match (ea->key, eb->key);
}

/* Whether the two sentences name someone or something in common: a
 * person, a place, an organisation.
 */
static gboolean
share_a_participant (PxSentence *sa,
                     PxSentence *sb)
{
  return name_in_common (sa, sb, one_participant);
}

/* Whether each sentence names someone the other does not, of one kind (a
 * person, an organisation), @but_a and @but_b aside (NULL for none): "the Harbor City Hawks made Adeyemi an
 * offer" and "the Lions offer Adeyemi", "The Herons shot 48.2 percent"
 * and "Haddon shot 36.5 percent". Places are left out: a town and its
 * region are one place told two ways.
 */
static gboolean
names_apart_but (PxSentence     *sa,
                 PxSentence     *sb,
                 const PxEntity *but_a,
                 const PxEntity *but_b)
{
  PxSentence *pair[2] = { sa, sb };
  const PxEntity *but[2] = { but_a, but_b };
  guint32 kinds[2] = { 0, 0 };

  for (guint k = 0; k < 2; k++)
    for (guint i = 0; pair[k]->entities != NULL && i < pair[k]->entities->len; i++)
      {
        const PxEntity *e = &g_array_index (pair[k]->entities, PxEntity, i);
        PxSentence *other = pair[1 - k];
        gboolean known = FALSE;

        if (e->unconfirmed || e->kind == PX_ENTITY_PLACE || e == but[k])
          continue;
        for (guint j = 0; other->entities != NULL && j < other->entities->len && !known; j++)
          known = keys_match (e->key, g_array_index (other->entities, PxEntity, j).key);
        if (!known)
          kinds[k] |= 1u << e->kind;
      }
  return (kinds[0] & kinds[1]) != 0;
}

static gboolean
names_apart (PxSentence *sa,
             PxSentence *sb)
{
  return names_apart_but (sa, sb, NULL, NULL);
}

/* Whether a sentence names a year: "in 2003", "the 1987 fraud
 * conviction". A past happening that the story recalls is dated so.
 */
static gboolean
names_a_year (PxDocument *doc,
              PxSentence *sentence)
{
  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);
      char *rest;
      gint64 year;

      if (token->kind != PX_TOKEN_NUMBER)
        continue;
      year = g_ascii_strtoll (token->norm, &rest, 10);
      if (*rest == '\0' && year >= 1900 && year <= 2100 && strlen (token->norm) == 4)
        return TRUE;
    }
  return FALSE;
}

/* Whether the words two linked figures hang from name an act: no light
 * verb ("took four years", "had 24 points"), no name; with @verbs, verbs
 * both ("served", "married").
 */
static gboolean
acts_alike (Context          *ctx,
            const Occurrence *x,
            const Occurrence *y,
            gboolean          verbs)
{
  const Occurrence *pair[2] = { x, y };

  for (guint k = 0; k < 2; k++)
    {
      const PxToken *p = pair[k]->predicate;

      if (p == NULL)
        {
          if (verbs)
            return FALSE;
          continue;
        }
      if (is_light_verb (p) || p->is_capital || (verbs && !lexeme_of (ctx, p->norm)->verb_form))
        return FALSE;
    }
  return TRUE;
}

/* Whether @q names a thing's model or calibre rather than counting it:
 * a figure right after "a" or "an" ("a .357 revolver", "an AK 47", the
 * stop slipped before its space "a. 38 caliber"). */
static gboolean
is_designation (PxDocument       *doc,
                PxSentence       *sentence,
                const PxQuantity *q)
{
  guint t;

  if (q->dimension != PX_DIMENSION_COUNT)
    return FALSE;
  t = figure_opening (doc, sentence, q);
  return t > sentence->first_token
         && px_word_is_one_of (px_document_token (doc, t - 1)->norm, (const char * const[]) { "a", "an", NULL });
}

/* The figures of @sentence, less designations: a line of figures (a box
 * score) has three or more. */
static guint
n_figures (PxDocument *doc,
           PxSentence *sentence)
{
  guint n = 0;

  for (guint i = 0; sentence->quantities != NULL && i < sentence->quantities->len; i++)
    n += !is_designation (doc, sentence, &g_array_index (sentence->quantities, PxQuantity, i));
  return n;
}

/* Whether @sentence names a person other than its speaker. */
static gboolean
names_other_than_speaker (PxSentence *sentence)
{
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (entity->kind == PX_ENTITY_PERSON && g_strcmp0 (entity->key, sentence->speaker) != 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @sa and @sb each name one person, the same (by name or alias),
 * and no other; the one who tells it ("..., guide Maria Lopez said") is
 * not counted, as figure_person() passes over them, unless they are the
 * only one named: then they tell of themselves ("'I fell 200 metres,'
 * Andrew Jones said").
 */
static gboolean
one_person_alike (PxSentence *sa,
                  PxSentence *sb)
{
  PxSentence *pair[2] = { sa, sb };
  const char *who = NULL;

  for (guint k = 0; k < 2; k++)
    {
      gboolean named = FALSE;
      gboolean others = names_other_than_speaker (pair[k]);

      for (guint e = 0; pair[k]->entities != NULL && e < pair[k]->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (pair[k]->entities, PxEntity, e);

          if (entity->kind != PX_ENTITY_PERSON || (others && g_strcmp0 (entity->key, pair[k]->speaker) == 0))
            continue;
          if (who != NULL && !keys_match (who, entity->key) && !px_entities_aliases (who, entity->key))
            return FALSE;
          who = who != NULL ? who : entity->key;
          named = TRUE;
        }
      if (!named)
        return FALSE;
    }
  return TRUE;
}

/* The holder of a running total: the person or organisation a sentence
 * names right before "now has" (or "now have", "has now") in front of a
 * count, "Okafor, a senior, now has 1,412 rebounds", "when Okafor, who
 * now has 1,412 rebounds, ..."; NULL for any other count.
 * What "now" pins is the tally at the time of the report, whatever else
 * the sentence recalls; "had 12 points in the first half" is a game's.
 */
#define MAX_HOLDER_GAP 4

static const PxEntity *
running_total_holder (PxDocument       *doc,
                      PxSentence       *sentence,
                      const PxQuantity *q)
{
  guint opening = figure_opening (doc, sentence, q), now;
  const PxEntity *holder = NULL;

  if (q->dimension != PX_DIMENSION_COUNT || q->vague || opening < sentence->first_token + 3)
    return NULL;
  if (px_word_equal (px_document_token (doc, opening - 1)->norm, "now")
      && px_word_is_one_of (px_document_token (doc, opening - 2)->norm, (const char * const[]) { "has", "have", NULL }))
    now = opening - 1;
  else if (px_word_is_one_of (px_document_token (doc, opening - 1)->norm, (const char * const[]) { "has", "have", NULL })
           && px_word_equal (px_document_token (doc, opening - 2)->norm, "now"))
    now = opening - 2;
  else
    return NULL;
  /* the name nearest before "now", a few words at most: "Okafor, who
   * now has", "Okafor, a senior, now has"; or, after "and", the name
   * that opens the sentence as the subject of both verbs, no other name
   * between: "Okafor grabbed 14 rebounds and now has 1,412" */
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (!entity->unconfirmed && entity->end_token <= now && (holder == NULL || entity->end_token > holder->end_token))
        holder = entity;
    }
  if (holder != NULL && holder->end_token + MAX_HOLDER_GAP < now
      && !(holder->first_token == sentence->first_token && px_word_equal (px_document_token (doc, now - 1)->norm, "and")))
    holder = NULL;
  return holder != NULL && (holder->kind == PX_ENTITY_PERSON || holder->kind == PX_ENTITY_ORGANISATION) ? holder : NULL;
}

/* Whether two counts are one holder's running total told twice: each
 * "now has" of the same holder, of the same thing (comparable heads, or
 * no noun on either side: "now has 2,301" / "now has 2,302 for his
 * career"), the two within a factor of two; a season's tally and a
 * career's ("now has 31 goals" / "now has 212 career goals") are further
 * apart than any two reports of one tally. Such counts are one topic
 * whatever scope words each adds ("for his career").
 */
static gboolean
running_totals_same (Context          *ctx,
                     guint             source_a,
                     guint             sentence_a,
                     const PxQuantity *qa,
                     guint             source_b,
                     guint             sentence_b,
                     const PxQuantity *qb)
{
  PxDocument *da = ctx->documents[source_a], *db = ctx->documents[source_b];
  PxSentence *sa = px_document_sentence (da, sentence_a), *sb = px_document_sentence (db, sentence_b);
  const PxEntity *ha, *hb;
  double low = MIN (qa->low, qb->low), high = MAX (qa->low, qb->low);

  if (qa->dimension != PX_DIMENSION_COUNT || qb->dimension != PX_DIMENSION_COUNT || low <= 0 || high > 2 * low
      || !((qa->n_heads == 0 && qb->n_heads == 0) || px_quantity_comparable (qa, qb, NULL, NULL)))
    return FALSE;
  ha = running_total_holder (da, sa, qa);
  hb = ha != NULL ? running_total_holder (db, sb, qb) : NULL;
  return hb != NULL && ha->kind == hb->kind && (keys_match (ha->key, hb->key) || px_entities_aliases (ha->key, hb->key));
}

static gboolean
running_totals_alike (Context          *ctx,
                      const Occurrence *x,
                      const Occurrence *y)
{
  return running_totals_same (ctx, x->source, x->sentence, x->quantity, y->source, y->sentence, y->quantity);
}

/* Whether two figures of two sentences the aligner put in different
 * claims state the same slot: the same thing counted by the same act
 * ("served six months" / "after serving more than five years"), the
 * same named person's age or the same list of ages, or a share of the
 * same thing ("turnout was nearly 70%" / "turnout reached 71.42
 * percent"); tied to one story by a participant both name, with nothing
 * setting them apart: no other person or organisation on each side, no
 * other date, no year that dates one of them to another happening, no
 * line of figures (a box score: "9 homers and 31 RBIs in 47 games").
 * A sum of money is never linked: in the development coverage the sums
 * of two claims were two things (two teams' offers, a building's value
 * and a company's) far more often than one.
 */
static gboolean
slot_linked (Context          *ctx,
             const Occurrence *x,
             const Occurrence *y)
{
  const PxQuantity *qa = x->quantity, *qb = y->quantity;
  PxDocument *da = ctx->documents[x->source], *db = ctx->documents[y->source];
  PxSentence *sa = px_document_sentence (da, x->sentence), *sb = px_document_sentence (db, y->sentence);
  Item a = { x->source, x->sentence, qa, qa->start, qa->end, qa->end, 0, 0, 0, 0 };
  Item b = { y->source, y->sentence, qb, qb->start, qb->end, qb->end, 1, 0, 0, 0 };
  gboolean tied;

  if (qa->dimension != qb->dimension || qa->vague || qb->vague || px_quantity_equal (qa, qb)
      || qa->dimension == PX_DIMENSION_MONEY)
    return FALSE;
  /* one holder's running total: the holder ties them, "now" dates them */
  if (running_totals_alike (ctx, x, y))
    return !dated_apart (sa, sb) && !game_periods_apart (ctx, da, sa, db, sb);
  if (names_a_year (da, sa) || names_a_year (db, sb) || dated_apart (sa, sb)
      || game_periods_apart (ctx, da, sa, db, sb))
    return FALSE;
  /* ages are tied to their person by same_age() below, whoever else the
   * sentences name ("Peter Varga ... the bodies of two women, 63 and 41") */
  if (qa->dimension == PX_DIMENSION_AGE)
    return quantity_same_topic (ctx, &a, &b) && linked_age (ctx, &a, &b);
  if (n_figures (da, sa) >= 3 || n_figures (db, sb) >= 3
      || names_apart (sa, sb) || !quantity_same_topic (ctx, &a, &b) || !same_people (ctx, &a, &b))
    return FALSE;
  switch (qa->dimension)
    {
    case PX_DIMENSION_COUNT:
      /* "killing eight people", "home to 65,000 people"; not "The
       * Herons had two chances": a name is no act */
      tied = same_act (ctx, &a, &b) && share_a_participant (sa, sb) && acts_alike (ctx, x, y, FALSE);
      break;
    case PX_DIMENSION_DISTANCE:
    case PX_DIMENSION_MASS:
    case PX_DIMENSION_TEMPERATURE:
      /* a length, a weight or a temperature as a count, by its act
       * ("fell 200 metres", "fell 200 feet"; "weighed 130 kilograms"),
       * and of the one person both sentences name and no other: a
       * story of two climbers' falls tells of both in one sentence, or of
       * "a 36-year-old climber" by no name */
      tied = same_act (ctx, &a, &b) && share_a_participant (sa, sb) && acts_alike (ctx, x, y, FALSE)
             && one_person_alike (sa, sb);
      break;
    case PX_DIMENSION_DURATION:
      /* a time served, a marriage's: a verb's, of the story's one
       * subject when a side names no one ("He served four months");
       * not "a 50-year career", "in the past three weeks" */
      tied = same_act (ctx, &a, &b) && acts_alike (ctx, x, y, TRUE)
             && (share_a_participant (sa, sb) || sa->entities == NULL || sa->entities->len == 0
                 || sb->entities == NULL || sb->entities->len == 0);
      break;
    case PX_DIMENSION_PERCENT:
      tied = share_named (da, sa, qa) && share_named (db, sb, qb) && share_of_alike (da, sa, qa, db, sb, qb);
      break;
    default:
      tied = FALSE;
    }
  return tied;
}

/* The dimensions whose figures slot_linked() ties by their act, as
 * counts: a time served, how far, how heavy, how hot. */
static gboolean
measured_by_act (PxDimension dimension)
{
  return dimension == PX_DIMENSION_COUNT || dimension == PX_DIMENSION_DURATION || dimension == PX_DIMENSION_DISTANCE
         || dimension == PX_DIMENSION_MASS || dimension == PX_DIMENSION_TEMPERATURE;
}

/* A slot of more linked sentences than this is compared pair by pair. */
#define MAX_LINK_MEMBERS 48

/* Puts @index in @buckets under @key; a key the table holds already is
 * freed with @key_free (NULL when the table does not own its keys).
 */
static void
bucket_append (GHashTable     *buckets,
               gpointer        key,
               GDestroyNotify  key_free,
               guint           index)
{
  GArray *bucket = g_hash_table_lookup (buckets, key);

  if (bucket == NULL)
    {
      bucket = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (buckets, key, bucket);
    }
  else if (key_free != NULL)
    key_free (key);
  g_array_append_val (bucket, index);
}

/* The size of the largest bucket whose figures are compared pair by pair:
 * the buckets up to it hold at most MAX_LINK_PAIRS pairs, and buckets of
 * one size are all compared or none (the outcome does not depend on the
 * order the buckets come in).
 */
static guint
link_bucket_limit (GHashTable *buckets)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer value;
  guint64 pairs = 0;
  guint limit = 0;

  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((GArray *) value)->len <= MAX_LINK_BUCKET)
      g_array_append_val (sizes, ((GArray *) value)->len);
  g_array_sort (sizes, compare_uints);
  for (guint s = 0, e; s < sizes->len; s = e)
    {
      guint64 n = g_array_index (sizes, guint, s);

      for (e = s; e < sizes->len && g_array_index (sizes, guint, e) == n; e++)
        pairs += n * (n - 1) / 2;
      if (pairs > MAX_LINK_PAIRS)
        break;
      limit = (guint) n;
    }
  return limit;
}

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  const PxSentenceRef *x = a, *y = b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  return x->sentence < y->sentence ? -1 : x->sentence > y->sentence;
}

/* Files each difference of @found that spans sentences of two claims or
 * more under the lowest-numbered of them; one within a claim is that
 * claim's own difference already.
 */
static void
add_links (GPtrArray  *claims,
           GHashTable *claim_of,
           GPtrArray  *found)
{
  while (found->len > 0)
    {
      PxDifference *difference = g_ptr_array_steal_index (found, 0);
      guint low = G_MAXUINT, high = 0;
      PxClaim *home;

      for (guint s = 0; s < difference->spans->len; s++)
        {
          const PxTextSpan *span = &g_array_index (difference->spans, PxTextSpan, s);
          gint64 key = ((gint64) span->source << 32) | span->sentence;
          gpointer claim;

          if (g_hash_table_lookup_extended (claim_of, &key, NULL, &claim))
            {
              low = MIN (low, GPOINTER_TO_UINT (claim));
              high = MAX (high, GPOINTER_TO_UINT (claim));
            }
        }
      if (low == G_MAXUINT || low == high)
        {
          _px_difference_free (difference);
          continue;
        }
      home = g_ptr_array_index (claims, low);
      if (home->linked == NULL)
        home->linked = g_ptr_array_new_with_free_func ((GDestroyNotify) _px_difference_free);
      g_ptr_array_add (home->linked, difference);
    }
}

/* Whether one name's words are the other's or a run of them ("Ostrander" in
 * "Clara Ostrander"), word by word. */
static gboolean
name_within (PxDocument     *da,
             const PxEntity *a,
             PxDocument     *db,
             const PxEntity *b)
{
  guint na = a->end_token - a->first_token, nb = b->end_token - b->first_token;

  if (na > nb)
    return name_within (db, b, da, a);
  for (guint at = b->first_token; at + na <= b->end_token; at++)
    {
      gboolean same = TRUE;

      for (guint k = 0; k < na && same; k++)
        same = g_str_equal (px_document_token (da, a->first_token + k)->norm, px_document_token (db, at + k)->norm);
      if (same)
        return TRUE;
    }
  return FALSE;
}

/* Whether each sentence names someone or somewhere, written out, that the
 * other does not: "checked into Fernlea Recovery Center" and "checked
 * into rehab at the Hollowbrook Center" are two happenings of one kind,
 * though both names end in "Center". Any kind of name counts, places too.
 */
static gboolean
written_names_apart (PxDocument *da,
                     PxSentence *sa,
                     PxDocument *db,
                     PxSentence *sb)
{
  PxDocument *docs[2] = { da, db };
  PxSentence *pair[2] = { sa, sb };
  gboolean own[2] = { FALSE, FALSE };

  for (guint k = 0; k < 2; k++)
    for (guint i = 0; pair[k]->entities != NULL && i < pair[k]->entities->len && !own[k]; i++)
      {
        const PxEntity *e = &g_array_index (pair[k]->entities, PxEntity, i);
        PxSentence *other = pair[1 - k];
        gboolean known = FALSE;

        if (e->unconfirmed)
          continue;
        for (guint j = 0; other->entities != NULL && j < other->entities->len && !known; j++)
          known = name_within (docs[k], e, docs[1 - k], &g_array_index (other->entities, PxEntity, j));
        own[k] = !known;
      }
  return own[0] && own[1];
}

/* A sentence of a slot link and the root of its slot. */
typedef struct
{
  guint root;
  PxSentenceRef ref;
} RootedRef;

static int
compare_rooted (gconstpointer a,
                gconstpointer b)
{
  const RootedRef *x = a, *y = b;

  if (x->root != y->root)
    return x->root < y->root ? -1 : 1;
  return compare_refs (&x->ref, &y->ref);
}

/* A time a claim's member gives, with the verb it dates. */
typedef struct
{
  guint source;
  guint sentence;
  guint claim;
  const PxTimeExpr *time;
  const PxToken *predicate;
} Dated;

/* Whether two times of two sentences the aligner put in different claims
 * date the same happening: the same verb, an act ("stopped the bout at
 * the 1:50 mark" / "stopped the bout 38 seconds into the fifth
 * round"), not a light verb or a saying; tied to one story by someone
 * both name, with nothing setting them apart: no other person or
 * organisation on each side (names_apart()), no name written out on each
 * side that the other lacks (written_names_apart(): two clinics whose
 * names both end in "Center"), no year that dates one of them to another
 * happening. In the ECB+ development events it links one pair of
 * sentences, a bout's stoppage; the two check-ins of one day at two
 * clinics are what the written names keep apart.
 */
static gboolean
time_linked (Context     *ctx,
             const Dated *x,
             const Dated *y)
{
  PxDocument *da = ctx->documents[x->source], *db = ctx->documents[y->source];
  PxSentence *sa = px_document_sentence (da, x->sentence), *sb = px_document_sentence (db, y->sentence);

  /* the same verb (link_times() compares one verb's times only);
   * find_times() asks the same of the linked sentences' times again */
  if (!px_time_comparable (x->time, y->time) || px_time_equal (x->time, y->time)
      || !g_str_equal (x->predicate->concept, y->predicate->concept))
    return FALSE;
  return share_a_participant (sa, sb) && !names_apart (sa, sb) && !written_names_apart (da, sa, db, sb)
         && !game_periods_apart (ctx, da, sa, db, sb);
}

/* The runs of the slots' sentences, each slot's (@lists, NULL for none)
 * on its own, on several threads: a run reads the documents and writes
 * only its own result, which the caller takes in the slots' order. An
 * element of the result is NULL where @lists has none or the run was
 * cancelled.
 */
typedef struct
{
  PxDocument **documents;
  const char * const *labels;
  guint n_documents;
  GPtrArray *lists;
  GPtrArray **found;
  Link linked;
  GCancellable *cancellable;
} SlotRuns;

static void
slot_run_cb (guint    item,
             guint    worker,
             gpointer user_data)
{
  SlotRuns *runs = user_data;
  GArray *members = g_ptr_array_index (runs->lists, item);

  if (members == NULL || g_cancellable_is_cancelled (runs->cancellable))
    return;
  runs->found[item] = differ_run (runs->documents, runs->labels, runs->n_documents,
                                  (const PxSentenceRef *) members->data, members->len, runs->linked);
}

/* Slots a worker should have at least: a run costs far more than starting a thread. */
#define MIN_SLOTS_PER_WORKER 2

static GPtrArray **
run_slots (PxDocument         **documents,
           const char * const  *labels,
           guint                n_documents,
           GPtrArray           *lists,
           Link                 linked,
           GCancellable        *cancellable)
{
  SlotRuns runs = { documents, labels, n_documents, lists, g_new0 (GPtrArray *, MAX (lists->len, 1)), linked,
                    cancellable };
  guint n_runs = 0;

  for (guint k = 0; k < lists->len; k++)
    n_runs += g_ptr_array_index (lists, k) != NULL;
  px_parallel_for (lists->len, px_parallel_workers_for (n_runs, MIN_SLOTS_PER_WORKER), 1, slot_run_cb, &runs,
                   cancellable);
  return runs.found;
}

/* For the lists of slots, where a slot of no run has NULL. */
static void
array_unref0 (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

static void
free_slot_runs (GPtrArray **found,
                guint       n)
{
  for (guint k = 0; k < n; k++)
    g_clear_pointer (&found[k], g_ptr_array_unref);
  g_free (found);
}

/* The runs of linked sentences, @roots each with its slot's root (in any
 * order): one run a slot, on several threads, of what @linked compares;
 * then the links found, slot after slot, each filed under the lowest of
 * its claims. */
static void
run_rooted (Context      *ctx,
            GPtrArray    *claims,
            GHashTable   *claim_of,
            GArray       *roots,
            Link          linked,
            GCancellable *cancellable)
{
  g_autoptr(GPtrArray) lists = NULL;  /* per slot: its sentences, when one run */
  GPtrArray **found;

  g_array_sort (roots, compare_rooted);
  /* each slot's sentences; their runs on several threads; then the links
   * they found, slot after slot */
  lists = g_ptr_array_new_with_free_func (array_unref0);
  for (guint l = 0; l < roots->len;)
    {
      GArray *members = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));
      guint root = g_array_index (roots, RootedRef, l).root;

      for (; l < roots->len && g_array_index (roots, RootedRef, l).root == root; l++)
        {
          const PxSentenceRef *ref = &g_array_index (roots, RootedRef, l).ref;

          if (members->len == 0 || compare_refs (ref, &g_array_index (members, PxSentenceRef, members->len - 1)) != 0)
            g_array_append_val (members, *ref);
        }
      if (members->len < 2 || members->len > MAX_LINK_MEMBERS)
        g_clear_pointer (&members, g_array_unref);
      g_ptr_array_add (lists, members);
    }
  found = run_slots (ctx->documents, ctx->labels, ctx->n_documents, lists, linked, cancellable);
  for (guint k = 0; k < lists->len; k++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (found[k] != NULL)
        add_links (claims, claim_of, found[k]);
    }
  free_slot_runs (found, lists->len);
}

/* What an Occurrence, a Dated, a Placed and a Died begin with: the claim's member
 * an item is of. */
typedef struct
{
  guint source;
  guint sentence;
  guint claim;
} Linkable;

G_STATIC_ASSERT (G_STRUCT_OFFSET (Occurrence, source) == G_STRUCT_OFFSET (Linkable, source)
                 && G_STRUCT_OFFSET (Occurrence, sentence) == G_STRUCT_OFFSET (Linkable, sentence)
                 && G_STRUCT_OFFSET (Occurrence, claim) == G_STRUCT_OFFSET (Linkable, claim));
G_STATIC_ASSERT (G_STRUCT_OFFSET (Dated, source) == G_STRUCT_OFFSET (Linkable, source)
                 && G_STRUCT_OFFSET (Dated, sentence) == G_STRUCT_OFFSET (Linkable, sentence)
                 && G_STRUCT_OFFSET (Dated, claim) == G_STRUCT_OFFSET (Linkable, claim));

/* Takes the items that @sentence, a member of claim @claim, gives into
 * @items (link_items_of()). */
typedef void (*TakeItems) (Context             *ctx,
                           guint                claim,
                           const PxSentenceRef *ref,
                           PxDocument          *doc,
                           PxSentence          *sentence,
                           GArray              *items);

/* The bucket of an item: only the items of one bucket are paired. */
typedef gconstpointer (*ItemBucket) (const Linkable *item);

/* Whether two items of one bucket, of different reports and claims, tell
 * of one slot. */
typedef gboolean (*ItemsLinked) (Context        *ctx,
                                 const Linkable *x,
                                 const Linkable *y,
                                 gpointer        user_data);

static const Linkable *
linkable_at (GArray *items,
             guint   i)
{
  return (const Linkable *) (items->data + (gsize) i * g_array_get_element_size (items));
}

static GPtrArray *link_items_of (PxDocument *doc);

/* The items of kind @linked (an Occurrence, a Dated, a Placed or a Died) of every
 * member of every claim, as link_items_of() found them in its document,
 * in the claims' and their members' order, each with its source and its
 * claim. */
static void
take_member_items (Context   *ctx,
                   GPtrArray *claims,
                   Link       linked,
                   GArray    *items)
{
  guint size = g_array_get_element_size (items);

  for (guint c = 0; c < claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (claims, c);

      for (guint m = 0; m < claim->members->len; m++)
        {
          const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);
          GPtrArray *found = link_items_of (ctx->documents[ref->source]);
          GArray *of = g_ptr_array_index (found, linked - LINK_FIGURES);
          const guint *first = (const guint *) ((GArray *) g_ptr_array_index (found, N_LINK_KINDS + linked - LINK_FIGURES))->data;

          g_assert (g_array_get_element_size (of) == size);
          for (guint i = first[ref->sentence]; i < first[ref->sentence + 1]; i++)
            {
              Linkable *item;

              g_array_append_vals (items, of->data + (gsize) i * size, 1);
              item = (Linkable *) (items->data + (gsize) (items->len - 1) * size);
              item->source = ref->source;
              item->claim = c;
            }
        }
    }
}

/* Slot links of @items (each a Dated, a Placed or a Died), for
 * link_times(), link_places() and link_deaths(): the items of one bucket (@bucket_of) from different
 * reports and claims that @items_linked ties are joined into slots, whose
 * sentences run_rooted() compares as @linked. A bucket of more than
 * link_bucket_limit() items is passed over (hostile input must not make
 * the pairs quadratic).
 */
static void
link_items (Context      *ctx,
            GPtrArray    *claims,
            GHashTable   *claim_of,
            GArray       *items,
            ItemBucket    bucket_of,
            ItemsLinked   items_linked,
            gpointer      user_data,
            Link          linked,
            GCancellable *cancellable)
{
  g_autofree guint *parents = NULL;
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) roots = NULL;
  GHashTableIter iter;
  gpointer value;
  guint bucket_limit;

  if (items->len < 2)
    return;
  parents = g_new (guint, items->len);
  for (guint i = 0; i < items->len; i++)
    parents[i] = i;
  for (guint i = 0; i < items->len; i++)
    bucket_append (buckets, (gpointer) bucket_of (linkable_at (items, i)), NULL, i);
  /* as for figures, at most MAX_LINK_PAIRS pairs of items (of times, the
   * scale benchmark's 32 reports of 2,000 words give 98,663, the project's
   * stories and the dev events 43 at most; 32 reports of 20,000 words 7.1
   * million) */
  bucket_limit = link_bucket_limit (buckets);
  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    for (guint bi = 0; ((GArray *) value)->len <= bucket_limit && bi < ((GArray *) value)->len; bi++)
      for (guint bj = bi + 1; bj < ((GArray *) value)->len; bj++)
        {
          guint i = g_array_index ((GArray *) value, guint, bi), j = g_array_index ((GArray *) value, guint, bj);
          const Linkable *x = linkable_at (items, i), *y = linkable_at (items, j);

          /* cancelled, run_rooted() would add no link */
          if (bj == bi + 1 && g_cancellable_is_cancelled (cancellable))
            return;
          if (x->source == y->source || x->claim == y->claim || !items_linked (ctx, x, y, user_data))
            continue;
          uf_join (parents, sizeof (guint), i, j);
          g_array_append_val (pairs, i);
          g_array_append_val (pairs, j);
        }
  /* one run a slot: the linked items' sentences by their root */
  roots = g_array_new (FALSE, FALSE, sizeof (RootedRef));
  for (guint l = 0; l < pairs->len; l++)
    {
      const Linkable *x = linkable_at (items, g_array_index (pairs, guint, l));
      RootedRef rooted = { uf_root (parents, sizeof (guint), g_array_index (pairs, guint, l)), { x->source, x->sentence } };

      g_array_append_val (roots, rooted);
    }
  run_rooted (ctx, claims, claim_of, roots, linked, cancellable);
}

/* The times @sentence gives that may link: not one that dates a saying
 * ("said Friday"), a stamp, a light verb or no verb. */
static void
take_dated_cb (Context             *ctx,
               guint                claim,
               const PxSentenceRef *ref,
               PxDocument          *doc,
               PxSentence          *sentence,
               GArray              *dated)
{
  for (guint t = 0; sentence->times != NULL && t < sentence->times->len; t++)
    {
      Dated d = { ref->source, ref->sentence, claim, &g_array_index (sentence->times, PxTimeExpr, t), NULL };
      gboolean spoken;

      d.predicate = time_predicate (ctx, doc, sentence, d.time, &spoken);
      /* a year dates another happening the story recalls (time_linked()) */
      if (spoken || d.predicate == NULL || is_stamp (ctx, doc, sentence, d.time) || is_light_verb (d.predicate)
          || d.predicate->is_capital || !lexeme_of (ctx, d.predicate->norm)->verb_form
          || names_a_year (doc, sentence))
        continue;
      g_array_append_val (dated, d);
    }
}

/* Times dated by one verb share a bucket: "stopped", "stopping". */
static gconstpointer
dated_bucket_cb (const Linkable *item)
{
  return ((const Dated *) item)->predicate->concept;
}

static gboolean
dated_linked_cb (Context        *ctx,
                 const Linkable *x,
                 const Linkable *y,
                 gpointer        user_data)
{
  return time_linked (ctx, (const Dated *) x, (const Dated *) y);
}

/* Slot links of times, as px_differ_links() links figures: the times of
 * members of different claims that time_linked() ties are compared by
 * find_times() in one run a slot, each difference filed under the lowest
 * of its claims. A time that dates a saying ("said Friday"), a stamp, a
 * light verb or no verb is left out; so is a verb that dates more than
 * MAX_LINK_BUCKET times (hostile input must not make the pairs quadratic).
 */
static void
link_times (Context      *ctx,
            GPtrArray    *claims,
            GHashTable   *claim_of,
            GCancellable *cancellable)
{
  g_autoptr(GArray) dated = g_array_new (FALSE, FALSE, sizeof (Dated));

  take_member_items (ctx, claims, LINK_TIMES, dated);
  link_items (ctx, claims, claim_of, dated, dated_bucket_cb, dated_linked_cb, NULL, LINK_TIMES, cancellable);
}

/* A place a member of a claim gives to an act, in a role: "misspoken at
 * a 2011 rally in Ashford", "misspoken during the Ashby rally"; or the
 * account it says posted something on a platform (account_of()). */
typedef struct
{
  guint source;
  guint sentence;
  guint claim;
  const PxEntity *entity;   /* a place, or NULL for an account */
  const PxToken *role;
  const PxToken *act;
  const char *platform;     /* an account's: its handle's first token is @handle */
  guint handle;
} Placed;

G_STATIC_ASSERT (G_STRUCT_OFFSET (Placed, source) == G_STRUCT_OFFSET (Linkable, source)
                 && G_STRUCT_OFFSET (Placed, sentence) == G_STRUCT_OFFSET (Linkable, sentence)
                 && G_STRUCT_OFFSET (Placed, claim) == G_STRUCT_OFFSET (Linkable, claim));

/* What a report names and writes, for asking whether it knows a place
 * or a handle without reading it again for each: its names' keys
 * ("Ashby's" also as "Ashby"), those keys' runs of first and last words,
 * and its words. Built when first asked. */
typedef struct
{
  GHashTable *keys;   /* whole keys */
  GHashTable *parts;  /* whole keys and their runs of first or last words */
  GHashTable *words;  /* every word's lower-case form */
} Known;

static void
known_add_key (Known      *known,
               const char *key)
{
  g_hash_table_add (known->keys, g_strdup (key));
  g_hash_table_add (known->parts, g_strdup (key));
  for (const char *c = key; *c != '\0'; c++)
    if (*c == ' ')
      {
        g_hash_table_add (known->parts, g_strndup (key, c - key));
        g_hash_table_add (known->parts, g_strdup (c + 1));
      }
}

static void
known_build (Known      *known,
             PxDocument *doc)
{
  known->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known->words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const char *key = g_array_index (sentence->entities, PxEntity, e).key;

          known_add_key (known, key);
          if (g_str_has_suffix (key, "'s"))
            {
              g_autofree char *bare = g_strndup (key, strlen (key) - 2);

              known_add_key (known, bare);
            }
        }
    }
  for (guint t = 0; t < doc->tokens->len; t++)
    g_hash_table_add (known->words, (gpointer) px_document_token (doc, t)->norm);
}

static void
known_clear (Known *known)
{
  g_clear_pointer (&known->keys, g_hash_table_unref);
  g_clear_pointer (&known->parts, g_hash_table_unref);
  g_clear_pointer (&known->words, g_hash_table_unref);
}

/* Whether the report @known indexes names anyone or anywhere as @key, as
 * keys_match() matches keys: the same key, or one a run of the other's
 * first or last words. */
static gboolean
known_names (const Known *known,
             const char  *key)
{
  if (g_hash_table_contains (known->parts, key))
    return TRUE;
  for (const char *c = key; *c != '\0'; c++)
    if (*c == ' ')
      {
        g_autofree char *head = g_strndup (key, c - key);

        if (g_hash_table_contains (known->keys, head) || g_hash_table_contains (known->keys, c + 1))
          return TRUE;
      }
  return FALSE;
}

/* Whether @sentence names a person or an organisation. */
static gboolean
names_someone (PxSentence *sentence)
{
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (!entity->unconfirmed && (entity->kind == PX_ENTITY_PERSON || entity->kind == PX_ENTITY_ORGANISATION))
        return TRUE;
    }
  return FALSE;
}

/* The name of @sentence that holds token @t, or NULL. */
static const PxEntity *
entity_at (PxSentence *sentence,
           guint       t)
{
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

      if (entity->first_token <= t && t < entity->end_token)
        return entity;
    }
  return NULL;
}

/* Whether two accounts of two sentences the aligner put in different
 * claims are one post's account told two ways: two handles on the same
 * platform (the caller's bucket), each one the other report never
 * writes, with nothing setting the sentences apart (the handles aside). */
static gboolean
account_linked (Context      *ctx,
                const Placed *x,
                const Placed *y)
{
  PxDocument *da = ctx->documents[x->source], *db = ctx->documents[y->source];
  PxSentence *sa = px_document_sentence (da, x->sentence), *sb = px_document_sentence (db, y->sentence);

  return !g_str_equal (px_document_token (da, x->handle)->norm, px_document_token (db, y->handle)->norm)
         && !names_apart_but (sa, sb, entity_at (sa, x->handle), entity_at (sb, y->handle)) && !dated_apart (sa, sb);
}

/* Whether two places of two sentences the aligner put in different
 * claims are one act's place told two ways: the same role ("event"), the
 * same act ("misspoken"), and each name one the other report never
 * writes anywhere (a report that names both places knows them for two);
 * tied to one story by someone both name, or told of the story's own
 * subject by a side that names no one, with nothing setting them apart:
 * no other person or organisation on each side, no other date, no other
 * period of a game. Two accounts, as account_linked() ties them. @known
 * has a Known of each report, built when first asked.
 */
static gboolean
place_linked (Context      *ctx,
              const Placed *x,
              const Placed *y,
              Known        *known)
{
  PxDocument *da = ctx->documents[x->source], *db = ctx->documents[y->source];
  PxSentence *sa = px_document_sentence (da, x->sentence), *sb = px_document_sentence (db, y->sentence);
  const Placed *pair[2] = { x, y };

  if (x->entity == NULL || y->entity == NULL)
    {
      if (x->entity != NULL || y->entity != NULL || !account_linked (ctx, x, y))
        return FALSE;
    }
  else if (keys_match (x->entity->key, y->entity->key) || !same_meaning (ctx, x->act, y->act)
           || names_apart_but (sa, sb, x->entity, y->entity) || dated_apart (sa, sb) || game_periods_apart (ctx, da, sa, db, sb)
           || !(share_a_participant (sa, sb) || !names_someone (sa) || !names_someone (sb)))
    return FALSE;
  /* each unknown to the other report */
  for (guint k = 0; k < 2; k++)
    {
      Known *other = &known[pair[1 - k]->source];

      if (other->keys == NULL)
        known_build (other, ctx->documents[pair[1 - k]->source]);
      if (pair[k]->entity != NULL ? known_names (other, pair[k]->entity->key)
                                  : g_hash_table_contains (other->words,
                                                           px_document_token (ctx->documents[pair[k]->source], pair[k]->handle)->norm))
        return FALSE;
    }
  return TRUE;
}

/* The places @sentence gives to an act in a role, as find_entities()
 * takes them (no light verb, no name, a verb), and the account it says
 * posted on a platform. */
static void
take_placed_cb (Context             *ctx,
                guint                claim,
                const PxSentenceRef *ref,
                PxDocument          *doc,
                PxSentence          *sentence,
                GArray              *placed)
{
  guint handle_end;
  int handle;

  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      Placed p = { ref->source, ref->sentence, claim, entity, NULL, NULL, NULL, 0 };

      if (entity->unconfirmed || g_str_has_suffix (px_document_token (doc, entity->end_token - 1)->norm, "'s")
          || !(entity->kind == PX_ENTITY_PLACE || (!entity->after_preposition && entity->kind == PX_ENTITY_OTHER)))
        continue;
      p.role = place_role (doc, sentence, entity);
      p.act = p.role != NULL ? place_predicate (ctx, doc, sentence, entity) : NULL;
      /* place_predicate() reads a verb only where it is used as
       * one; the role is a thing, not the act itself ("played at
       * Ashby College": no role) */
      if (p.act == NULL || p.act == p.role || !lexeme_of (ctx, p.role->norm)->is_noun || is_light_verb (p.act)
          || is_saying (p.act->norm))
        continue;
      g_array_append_val (placed, p);
    }
  handle = account_of (doc, sentence, &handle_end);
  for (guint t = sentence->first_token; handle >= 0 && t < sentence->first_token + sentence->n_tokens; t++)
    if (px_word_is_one_of (px_document_token (doc, t)->norm, platforms))
      {
        Placed p = { ref->source, ref->sentence, claim, NULL, NULL, NULL, NULL, (guint) handle };

        /* one of the platforms' own strings: a bucket of its own */
        for (guint k = 0; platforms[k] != NULL && p.platform == NULL; k++)
          if (g_str_equal (platforms[k], px_document_token (doc, t)->norm))
            p.platform = platforms[k];
        g_array_append_val (placed, p);
        break;
      }
}

/* Places of one role share a bucket; accounts, one a platform. */
static gconstpointer
placed_bucket_cb (const Linkable *item)
{
  const Placed *p = (const Placed *) item;

  return p->entity != NULL ? p->role->concept : p->platform;
}

static gboolean
placed_linked_cb (Context        *ctx,
                  const Linkable *x,
                  const Linkable *y,
                  gpointer        user_data)
{
  return place_linked (ctx, (const Placed *) x, (const Placed *) y, user_data);
}

/* Slot links of places, as link_times() links times: the places that
 * place_linked() ties are compared by find_entities() in one run a slot.
 * A place is taken as find_entities() takes it, and only with a role and
 * an act (no light verb, no name, a verb); places of one role share a
 * bucket.
 */
static void
link_places (Context      *ctx,
             GPtrArray    *claims,
             GHashTable   *claim_of,
             GCancellable *cancellable)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autofree Known *known = g_new0 (Known, ctx->n_documents);

  take_member_items (ctx, claims, LINK_PLACES, placed);
  link_items (ctx, claims, claim_of, placed, placed_bucket_cb, placed_linked_cb, known, LINK_PLACES, cancellable);
  for (guint d = 0; d < ctx->n_documents; d++)
    known_clear (&known[d]);
}

/* A death a member of a claim tells right after "died": its cause
 * ("of congestive heart failure") or the kind of place (DIED_*: "at a
 * hospice"), as read_deaths() reads them. */
typedef struct
{
  guint source;
  guint sentence;
  guint claim;
  DeathCause cause;   /* no words (first == end) for a place */
  int place;          /* DIED_NOWHERE for a cause */
} Died;

G_STATIC_ASSERT (G_STRUCT_OFFSET (Died, source) == G_STRUCT_OFFSET (Linkable, source)
                 && G_STRUCT_OFFSET (Died, sentence) == G_STRUCT_OFFSET (Linkable, sentence)
                 && G_STRUCT_OFFSET (Died, claim) == G_STRUCT_OFFSET (Linkable, claim));

static gboolean
one_person (const PxEntity *ea,
            const PxEntity *eb)
{
  return (ea->kind == PX_ENTITY_PERSON || ea->kind == PX_ENTITY_OTHER)
         && (eb->kind == PX_ENTITY_PERSON || eb->kind == PX_ENTITY_OTHER)
         && (ea->kind == PX_ENTITY_PERSON || eb->kind == PX_ENTITY_PERSON)
         && !eb->unconfirmed && keys_match (ea->key, eb->key);
}

/* Whether the two sentences name one person both, known as a person in
 * one of them at least: "W. Mark Felt, Sr." and "Felt" (a surname alone
 * that opens a sentence may be read as no kind of name). */
static gboolean
name_one_person (PxSentence *sa,
                 PxSentence *sb)
{
  return name_in_common (sa, sb, one_person);
}

/* Whether two deaths of two sentences the aligner put in different
 * claims are one death told two ways: a cause each that shares no word
 * naming a cause with the other ("from Alzheimer's disease" / "of
 * congestive heart failure"), or two kinds of place ("at a hospice" / "at
 * his home"); the same person named in both, with nothing setting them
 * apart: no other person or organisation on each side, no name written
 * out on each side that the other lacks ("Walter Penwick" is not "Harold
 * Penwick", though both are "Penwick"), no other date. find_deaths()
 * then asks its own questions of the two sentences.
 */
static gboolean
death_linked (Context    *ctx,
              const Died *x,
              const Died *y)
{
  PxDocument *da = ctx->documents[x->source], *db = ctx->documents[y->source];
  PxSentence *sa = px_document_sentence (da, x->sentence), *sb = px_document_sentence (db, y->sentence);

  if ((x->place == DIED_NOWHERE) != (y->place == DIED_NOWHERE)
      || (x->place != DIED_NOWHERE ? x->place == y->place : death_causes_meet (da, &x->cause, db, &y->cause)))
    return FALSE;
  return name_one_person (sa, sb) && !names_apart (sa, sb) && !written_names_apart (da, sa, db, sb)
         && !dated_apart (sa, sb);
}

/* The deaths @sentence tells, each cause and each kind of place after a
 * "died". */
static void
take_deaths_cb (Context             *ctx,
                guint                claim,
                const PxSentenceRef *ref,
                PxDocument          *doc,
                PxSentence          *sentence,
                GArray              *deaths)
{
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) causes = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  read_deaths (ctx, ref, places, causes, found);
  for (guint i = 0; i < causes->len; i++)
    {
      Died d = { ref->source, ref->sentence, claim, *(const DeathCause *) g_array_index (causes, Item, i).data,
                 DIED_NOWHERE };

      g_array_append_val (deaths, d);
    }
  for (guint i = 0; i < places->len; i++)
    {
      Died d = { ref->source, ref->sentence, claim, { 0, 0 }, GPOINTER_TO_INT (g_array_index (places, Item, i).data) };

      g_array_append_val (deaths, d);
    }
}

/* Every death shares one bucket: who died is death_linked()'s to ask. */
static gconstpointer
died_bucket_cb (const Linkable *item)
{
  return "died";
}

static gboolean
died_linked_cb (Context        *ctx,
                const Linkable *x,
                const Linkable *y,
                gpointer        user_data)
{
  return death_linked (ctx, (const Died *) x, (const Died *) y);
}

/* Slot links of deaths, as link_times() links times: the deaths that
 * death_linked() ties are compared by find_deaths() in one run a slot. */
static void
link_deaths (Context      *ctx,
             GPtrArray    *claims,
             GHashTable   *claim_of,
             GCancellable *cancellable)
{
  g_autoptr(GArray) deaths = g_array_new (FALSE, FALSE, sizeof (Died));

  take_member_items (ctx, claims, LINK_DEATHS, deaths);
  link_items (ctx, claims, claim_of, deaths, died_bucket_cb, died_linked_cb, NULL, LINK_DEATHS, cancellable);
}

/* The figures @sentence gives that may link: each that is not vague,
 * with its toll (when it counts no one in particular) and its verb. */
static void
take_figures_cb (Context             *ctx,
                 guint                claim,
                 const PxSentenceRef *ref,
                 PxDocument          *doc,
                 PxSentence          *sentence,
                 GArray              *occurrences)
{
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      Occurrence o = { ref->source, ref->sentence, claim, TOLL_NONE, &g_array_index (sentence->quantities, PxQuantity, q),
                       NULL };
      gboolean plain;

      if (o.quantity->vague)
        continue;
      o.toll = toll_of (doc, sentence, o.quantity, &plain);
      if (!plain)
        o.toll = TOLL_NONE;
      o.predicate = quantity_predicate (doc, sentence, o.quantity);
      g_array_append_val (occurrences, o);
    }
}

/* What each sentence of @doc gives that a slot link may tie, found once a
 * document by whichever thread asks first (PxDocument.link_items): a
 * comparison finds its links twice, before and after a slot join, over
 * the same sentences in other claims, and an item is a function of its
 * sentence alone. Holds, for each kind (LINK_FIGURES, LINK_TIMES,
 * LINK_PLACES, LINK_DEATHS in turn), the items of all sentences (as
 * take_figures_cb(), take_dated_cb(), take_placed_cb() and
 * take_deaths_cb() take them, of source 0 and claim 0:
 * take_member_items() sets both), then for each kind where each
 * sentence's items start (one more than the sentences: the end).
 */
static GPtrArray *
link_items_of (PxDocument *doc)
{
  static const TakeItems takers[N_LINK_KINDS] = { take_figures_cb, take_dated_cb, take_placed_cb, take_deaths_cb };
  static const gsize sizes[N_LINK_KINDS] = { sizeof (Occurrence), sizeof (Dated), sizeof (Placed), sizeof (Died) };
  g_autoptr(GHashTable) lexicon = NULL;
  Context ctx = { &doc, NULL, 1, };
  GPtrArray *found;

  if (!g_once_init_enter (&doc->link_items))
    return doc->link_items;
  ctx.lexicon = lexicon = px_lexicon_cache_new ();
  found = g_ptr_array_new_full (2 * N_LINK_KINDS, (GDestroyNotify) g_array_unref);
  for (guint k = 0; k < N_LINK_KINDS; k++)
    g_ptr_array_add (found, g_array_new (FALSE, FALSE, sizes[k]));
  for (guint k = 0; k < N_LINK_KINDS; k++)
    {
      GArray *items = g_ptr_array_index (found, k);
      GArray *first = g_array_sized_new (FALSE, FALSE, sizeof (guint), doc->sentences->len + 1);

      for (guint s = 0; s < doc->sentences->len; s++)
        {
          PxSentenceRef ref = { 0, s };

          g_array_append_val (first, items->len);
          takers[k] (&ctx, 0, &ref, doc, px_document_sentence (doc, s), items);
        }
      g_array_append_val (first, items->len);
      g_ptr_array_add (found, first);
    }
  g_once_init_leave (&doc->link_items, found);
  return found;
}

void
px_differ_links (PxDocument         **documents,
                 const char * const  *labels,
                 guint                n_documents,
                 GPtrArray           *claims,
                 GCancellable        *cancellable)
{
  g_autoptr(GArray) occurrences = g_array_new (FALSE, FALSE, sizeof (Occurrence));
  g_autoptr(GHashTable) lexicon = px_lexicon_cache_new ();
  g_autoptr(GHashTable) dated = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) traits = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) concepts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) figures = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) figure_facts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) periods = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) rivals = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) in_full = g_hash_table_new (NULL, NULL);
  Context ctx = { documents, labels, n_documents, NULL, 0, NULL, concepts, FALSE, lexicon, NULL, dated, FALSE, traits };
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (px_pair_id_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint)); /* pairs of occurrences */
  g_autoptr(GHashTable) claim_of = g_hash_table_new_full (px_pair_id_hash, g_int64_equal, g_free, NULL);
  g_autofree guint *parents = NULL;
  g_autofree guint *first_link = NULL; /* per slot's root: its first in by_slot, then the next root's */
  g_autofree guint *by_slot = NULL;    /* link numbers, slot after slot */
  g_autoptr(GPtrArray) lists = NULL;   /* per slot's root: its sentences, when one run */
  g_autofree guint *n_members = NULL;  /* per slot's root: its sentences' count */
  GPtrArray **found = NULL;            /* per slot's root: its run's differences */
  PxSentenceRef pair[2];               /* ctx's members while two figures are weighed, and after */
  guint n_links;
  GHashTableIter iter;
  gpointer value;
  guint bucket_limit;

  ctx.figures = figures;
  ctx.figure_facts = figure_facts;
  ctx.periods = periods;
  ctx.rivals = rivals;
  ctx.in_full = in_full;

  for (guint c = 0; c < claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (claims, c);

      for (guint m = 0; m < claim->members->len; m++)
        {
          const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);
          gint64 key = ((gint64) ref->source << 32) | ref->sentence;

          g_hash_table_insert (claim_of, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (c));
        }
    }
  take_member_items (&ctx, claims, LINK_FIGURES, occurrences);

  parents = g_new (guint, MAX (occurrences->len, 1));
  for (guint i = 0; i < occurrences->len; i++)
    parents[i] = i;

  /* figures that may be of one slot share a bucket: a count's head word
   * or its toll, any other dimension's name (and currency) */
  for (guint i = 0; i < occurrences->len; i++)
    {
      const Occurrence *o = &g_array_index (occurrences, Occurrence, i);
      const PxQuantity *q = o->quantity;
      char *keys[G_N_ELEMENTS (q->heads) + 1] = { NULL, };
      guint n_keys = 0;

      if (q->dimension == PX_DIMENSION_COUNT)
        {
          const PxEntity *holder = q->n_heads == 0
                                     ? running_total_holder (documents[o->source],
                                                             px_document_sentence (documents[o->source], o->sentence), q)
                                     : NULL;

          for (guint h = 0; h < q->n_heads; h++)
            keys[n_keys++] = g_strconcat ("h:", q->heads[h], NULL);
          if (o->toll != TOLL_NONE)
            keys[n_keys++] = g_strdup_printf ("t:%d", o->toll);
          /* a running total with no noun: by its holder's last word */
          if (holder != NULL)
            keys[n_keys++] = g_strconcat ("r:", strrchr (holder->key, ' ') != NULL ? strrchr (holder->key, ' ') + 1 : holder->key,
                                          NULL);
        }
      else
        keys[n_keys++] = g_strdup_printf ("d:%d:%s", q->dimension, q->currency != NULL ? q->currency : "");
      for (guint k = 0; k < n_keys; k++)
        bucket_append (buckets, keys[k], g_free, i);
    }

  /* a head word of hundreds of figures ties no slot, and hostile input
   * must not make the pairs quadratic: such buckets are passed over */
  bucket_limit = link_bucket_limit (buckets);
  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    for (guint bi = 0; ((GArray *) value)->len <= bucket_limit && bi < ((GArray *) value)->len; bi++)
      for (guint bj = bi + 1; bj < ((GArray *) value)->len; bj++)
      {
        guint i = g_array_index ((GArray *) value, guint, bi), j = g_array_index ((GArray *) value, guint, bj);
        const Occurrence *x = &g_array_index (occurrences, Occurrence, i);
        const Occurrence *y = &g_array_index (occurrences, Occurrence, j);
        guint64 id = ((guint64) i << 32) | j;

        if (bj == bi + 1 && g_cancellable_is_cancelled (cancellable))
          return;

        /* what is cheap to tell first: the same kind of figure, not equal */
        if (x->source == y->source || x->claim == y->claim || x->quantity->dimension != y->quantity->dimension
            || (!px_quantity_comparable (x->quantity, y->quantity, NULL, NULL)
                && (x->toll == TOLL_NONE || x->toll != y->toll) && !running_totals_alike (&ctx, x, y))
            || px_quantity_equal (x->quantity, y->quantity))
          continue;
        /* a count, a time served, a length, a weight or a temperature
         * by one act: the same verb or synonyms ("killed", "dead" for a
         * toll) */
        if (measured_by_act (x->quantity->dimension)
            && (x->toll == TOLL_NONE || x->toll != y->toll)
            && (x->predicate == NULL || y->predicate == NULL || !same_meaning (&ctx, x->predicate, y->predicate))
            && !running_totals_alike (&ctx, x, y))
          continue;
        /* in two buckets: "two people killed" and "five people killed" */
        if (!g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
          continue;
        pair[0] = (PxSentenceRef) { x->source, x->sentence };
        pair[1] = (PxSentenceRef) { y->source, y->sentence };
        if (x->source > y->source)
          {
            PxSentenceRef swap = pair[0];

            pair[0] = pair[1];
            pair[1] = swap;
          }
        ctx.members = pair;
        ctx.n_members = 2;
        if (!slot_linked (&ctx, x, y))
          continue;
        g_array_append_val (links, i);
        g_array_append_val (links, j);
        uf_join (parents, sizeof (guint), i, j);
      }

  /* the links of each slot, in the order they were found: the links are
   * read slot by slot without a pass over all of them for each slot */
  n_links = links->len / 2;
  first_link = g_new0 (guint, occurrences->len + 1);
  by_slot = g_new (guint, MAX (n_links, 1));
  for (guint l = 0; l < n_links; l++)
    first_link[uf_root (parents, sizeof (guint), g_array_index (links, guint, 2 * l)) + 1]++;
  for (guint r = 0; r < occurrences->len; r++)
    first_link[r + 1] += first_link[r];
  {
    g_autofree guint *next = g_memdup2 (first_link, sizeof (guint) * occurrences->len);

    for (guint l = 0; l < n_links; l++)
      by_slot[next[uf_root (parents, sizeof (guint), g_array_index (links, guint, 2 * l))]++] = l;
  }

  /* one slot, one link: the figures that links tie together, across any
   * number of claims ("4½ months" in one claim, "five months" and "four
   * months" in another, "more than four years" in a third), are compared
   * in one run, not pair by pair */
  n_members = g_new0 (guint, MAX (occurrences->len, 1));
  /* each slot's sentences (NULL past MAX_LINK_MEMBERS); the runs of those
   * on several threads; then the links found, slot after slot */
  lists = g_ptr_array_new_with_free_func (array_unref0);
  for (guint r = 0; r < occurrences->len; r++)
    {
      GArray *members = NULL;
      g_autoptr(GHashTable) known = NULL;

      g_ptr_array_add (lists, NULL);
      if (first_link[r] == first_link[r + 1])
        continue;
      members = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));
      known = g_hash_table_new_full (px_pair_id_hash, g_int64_equal, g_free, NULL);
      for (guint k = first_link[r]; k < first_link[r + 1]; k++)
        for (guint end = 0; end < 2; end++)
          {
            guint o = g_array_index (links, guint, 2 * by_slot[k] + end);
            const Occurrence *x = &g_array_index (occurrences, Occurrence, o);
            PxSentenceRef ref = { x->source, x->sentence };
            gint64 *key = g_new (gint64, 1);

            *key = ((gint64) ref.source << 32) | ref.sentence;
            if (g_hash_table_add (known, key))
              g_array_append_val (members, ref);
          }
      if (members->len < 2 || members->len > MAX_LINK_MEMBERS)
        {
          n_members[r] = members->len;
          g_array_unref (members);
          continue;
        }
      g_array_sort (members, compare_refs);
      n_members[r] = members->len;
      lists->pdata[r] = members;
    }
  found = run_slots (documents, labels, n_documents, lists, LINK_FIGURES, cancellable);
  for (guint r = 0; r < occurrences->len; r++)
    {
      if (first_link[r] == first_link[r + 1])
        continue;
      if (g_cancellable_is_cancelled (cancellable))
        {
          free_slot_runs (found, lists->len);
          return;
        }
      if (n_members[r] < 2)
        continue;
      if (n_members[r] <= MAX_LINK_MEMBERS)
        {
          add_links (claims, claim_of, found[r]);
          continue;
        }
      /* a slot of very many figures: pair by pair, as linked */
      for (guint k = first_link[r]; k < first_link[r + 1]; k++)
        {
          guint l = 2 * by_slot[k];
          const Occurrence *x = &g_array_index (occurrences, Occurrence, g_array_index (links, guint, l));
          const Occurrence *y = &g_array_index (occurrences, Occurrence, g_array_index (links, guint, l + 1));
          PxSentenceRef ends[2] = { { MIN (x->source, y->source), x->source < y->source ? x->sentence : y->sentence },
                                    { MAX (x->source, y->source), x->source < y->source ? y->sentence : x->sentence } };
          g_autoptr(GPtrArray) some = NULL;

          some = differ_run (documents, labels, n_documents, ends, 2, LINK_FIGURES);
          add_links (claims, claim_of, some);
        }
    }
  free_slot_runs (found, lists->len);
  link_times (&ctx, claims, claim_of, cancellable);
  link_places (&ctx, claims, claim_of, cancellable);
  link_deaths (&ctx, claims, claim_of, cancellable);
}

GArray *
px_differ_unmatched_words (PxDocument *doc_a,
                           guint       sentence_a,
                           PxDocument *doc_b,
                           guint       sentence_b)
{
  PxSentence *sa = px_document_sentence (doc_a, sentence_a);
  PxSentence *sb = px_document_sentence (doc_b, sentence_b);
  g_autoptr(GArray) words_a = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) words_b = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *unmatched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree int *match = NULL;

  for (guint t = sa->first_token; t < sa->first_token + sa->n_tokens; t++)
    if (px_document_token (doc_a, t)->kind == PX_TOKEN_WORD || px_document_token (doc_a, t)->kind == PX_TOKEN_NUMBER)
      g_array_append_val (words_a, t);
  for (guint t = sb->first_token; t < sb->first_token + sb->n_tokens; t++)
    if (px_document_token (doc_b, t)->kind == PX_TOKEN_WORD || px_document_token (doc_b, t)->kind == PX_TOKEN_NUMBER)
      g_array_append_val (words_b, t);

  match = g_new (int, MAX (words_a->len, 1));
  lcs (doc_a, words_a, doc_b, words_b, TRUE, match);
  for (guint i = 0; i < words_a->len; i++)
    if (match[i] < 0)
      g_array_append_val (unmatched, g_array_index (words_a, guint, i));
  return unmatched;
}
