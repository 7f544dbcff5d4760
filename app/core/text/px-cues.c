/* px-cues.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cues.h"

#include "px-entities.h"
#include "px-quantity.h"

#include <string.h>

typedef struct
{
  const char *words; /* lower-case words separated by spaces */
  PxCueKind kind;
  gboolean speech;   /* a verb of saying: its subject is a speaker */
} CuePhrase;

static const CuePhrase cue_phrases[] = {
  { "could not be independently verified", PX_CUE_HEDGE, FALSE },
  { "could not independently verify", PX_CUE_HEDGE, FALSE },
  { "could not immediately verify", PX_CUE_HEDGE, FALSE },
  { "could not be immediately verified", PX_CUE_HEDGE, FALSE },
  { "could not be verified", PX_CUE_HEDGE, FALSE },
  { "has not been able to verify", PX_CUE_HEDGE, FALSE },
  { "have not been able to verify", PX_CUE_HEDGE, FALSE },
  { "was not able to verify", PX_CUE_HEDGE, FALSE },
  { "were not able to verify", PX_CUE_HEDGE, FALSE },
  { "could not verify", PX_CUE_HEDGE, FALSE },
  { "unable to verify", PX_CUE_HEDGE, FALSE },
  { "unable to independently verify", PX_CUE_HEDGE, FALSE },
  { "cannot be independently verified", PX_CUE_HEDGE, FALSE },
  { "has not been independently verified", PX_CUE_HEDGE, FALSE },
  { "have not been independently verified", PX_CUE_HEDGE, FALSE },
  { "was not independently verified", PX_CUE_HEDGE, FALSE },
  { "not independently verified", PX_CUE_HEDGE, FALSE },
  { "without providing any evidence", PX_CUE_HEDGE, FALSE },
  { "without providing evidence", PX_CUE_HEDGE, FALSE },
  { "without offering evidence", PX_CUE_HEDGE, FALSE },
  { "without presenting evidence", PX_CUE_HEDGE, FALSE },
  { "without giving evidence", PX_CUE_HEDGE, FALSE },
  { "without evidence", PX_CUE_HEDGE, FALSE },
  { "offered no evidence", PX_CUE_HEDGE, FALSE },
  { "provided no evidence", PX_CUE_HEDGE, FALSE },
  { "presented no evidence", PX_CUE_HEDGE, FALSE },
  { "gave no evidence", PX_CUE_HEDGE, FALSE },
  { "no independent verification", PX_CUE_HEDGE, FALSE },
  { "no evidence", PX_CUE_HEDGE, FALSE },
  /* what the outlet does not know yet: "the cause was not immediately
   * known", "the toll could not be confirmed" */
  { "not immediately known", PX_CUE_HEDGE, FALSE },
  { "not yet known", PX_CUE_HEDGE, FALSE },
  { "not immediately clear", PX_CUE_HEDGE, FALSE },
  { "not immediately confirmed", PX_CUE_HEDGE, FALSE },
  { "could not be confirmed", PX_CUE_HEDGE, FALSE },
  { "could not be immediately confirmed", PX_CUE_HEDGE, FALSE },
  { "could not immediately be confirmed", PX_CUE_HEDGE, FALSE },
  { "could not be independently confirmed", PX_CUE_HEDGE, FALSE },
  { "could not independently confirm", PX_CUE_HEDGE, FALSE },
  { "could not immediately confirm", PX_CUE_HEDGE, FALSE },
  { "could not confirm", PX_CUE_HEDGE, FALSE },
  { "unable to confirm", PX_CUE_HEDGE, FALSE },
  { "has not been confirmed", PX_CUE_HEDGE, FALSE },
  { "have not been confirmed", PX_CUE_HEDGE, FALSE },
  { "was not confirmed", PX_CUE_HEDGE, FALSE },
  /* nor is what no one has said: "did not provide the reason for the delay",
   * "the reason was not announced" */
  { "did not provide", PX_CUE_HEDGE, FALSE },
  { "did not disclose", PX_CUE_HEDGE, FALSE },
  { "was not announced", PX_CUE_HEDGE, FALSE },
  { "were not announced", PX_CUE_HEDGE, FALSE },
  { "was not disclosed", PX_CUE_HEDGE, FALSE },
  { "were not disclosed", PX_CUE_HEDGE, FALSE },
  { "were not confirmed", PX_CUE_HEDGE, FALSE },
  /* nor what could not be found out: "the inquiry did not establish the
   * sequence", "investigators could not determine who fired" */
  { "did not establish", PX_CUE_HEDGE, FALSE },
  { "could not establish", PX_CUE_HEDGE, FALSE },
  { "has not established", PX_CUE_HEDGE, FALSE },
  { "have not established", PX_CUE_HEDGE, FALSE },
  { "was not established", PX_CUE_HEDGE, FALSE },
  { "has not been established", PX_CUE_HEDGE, FALSE },
  { "have not been established", PX_CUE_HEDGE, FALSE },
  { "did not determine", PX_CUE_HEDGE, FALSE },
  { "could not determine", PX_CUE_HEDGE, FALSE },
  { "has not determined", PX_CUE_HEDGE, FALSE },
  { "have not determined", PX_CUE_HEDGE, FALSE },
  { "was not determined", PX_CUE_HEDGE, FALSE },
  { "could not be determined", PX_CUE_HEDGE, FALSE },
  { "has not been determined", PX_CUE_HEDGE, FALSE },
  { "have not been determined", PX_CUE_HEDGE, FALSE },
  { "remains unclear", PX_CUE_HEDGE, FALSE },
  { "remained unclear", PX_CUE_HEDGE, FALSE },
  { "it was not clear", PX_CUE_HEDGE, FALSE },
  { "it is not clear", PX_CUE_HEDGE, FALSE },
  { "it was unclear", PX_CUE_HEDGE, FALSE },
  { "it is unclear", PX_CUE_HEDGE, FALSE },
  /* what the outlet says may have happened: "the fire may have been set
   * by an arsonist", "the driver might have fallen asleep" */
  { "may have been", PX_CUE_HEDGE, FALSE },
  { "might have been", PX_CUE_HEDGE, FALSE },
  { "may have", PX_CUE_HEDGE, FALSE },
  { "might have", PX_CUE_HEDGE, FALSE },
  { "claimed", PX_CUE_HEDGE, TRUE },
  { "claims", PX_CUE_HEDGE, TRUE },
  { "claiming", PX_CUE_HEDGE, TRUE },
  /* a claim before what is claimed, the verb ("stations claim that the
   * fire was started by protesters") or the noun ("his claim that",
   * "police allegations that he was armed"): the clause after it is
   * someone's claim. "claims" alone after a determiner is a noun that
   * doubts nothing ("the claims were rejected"), so the noun needs its
   * "that" */
  { "claim that", PX_CUE_HEDGE, TRUE },
  { "claims that", PX_CUE_HEDGE, TRUE },
  { "claim to have", PX_CUE_HEDGE, TRUE },
  { "allegation that", PX_CUE_HEDGE, TRUE },
  { "allegations that", PX_CUE_HEDGE, TRUE },
  { "accusation that", PX_CUE_HEDGE, TRUE },
  { "accusations that", PX_CUE_HEDGE, TRUE },
  { "alleged", PX_CUE_HEDGE, TRUE },
  { "alleges", PX_CUE_HEDGE, TRUE },
  { "allegedly", PX_CUE_HEDGE, FALSE },
  { "reportedly", PX_CUE_HEDGE, FALSE },
  { "purportedly", PX_CUE_HEDGE, FALSE },
  { "purported", PX_CUE_HEDGE, FALSE },
  { "supposedly", PX_CUE_HEDGE, FALSE },
  { "apparently", PX_CUE_HEDGE, FALSE },
  { "unverified", PX_CUE_HEDGE, FALSE },
  { "unconfirmed", PX_CUE_HEDGE, FALSE },
  /* reports no one has confirmed give their statement as hearsay, as
   * "reportedly" does: "According to unconfirmed reports, the commander
   * was killed" (before "according to", which only attributes) */
  { "according to unconfirmed reports", PX_CUE_HEDGE, FALSE },
  { "according to unverified reports", PX_CUE_HEDGE, FALSE },
  /* a suspicion of what a clause tells: "police suspect the fire was
   * started", "Russia suspects Ukraine launched" (suspects_a_clause()) */
  { "suspect that", PX_CUE_HEDGE, TRUE },
  { "suspects that", PX_CUE_HEDGE, TRUE },
  { "suspect", PX_CUE_HEDGE, TRUE },
  { "suspects", PX_CUE_HEDGE, TRUE },
  /* a passive of alleging before what is alleged of its subject: "is
   * alleged to have taken" doubts the taking, subject and all, as
   * "allegedly took" does ("alleged" alone after "is" quotes no one) */
  { "is alleged to", PX_CUE_HEDGE, FALSE },
  { "was alleged to", PX_CUE_HEDGE, FALSE },
  { "are alleged to", PX_CUE_HEDGE, FALSE },
  { "were alleged to", PX_CUE_HEDGE, FALSE },
  /* a belief no one is named for, doubting its clause, subject and all:
   * "no-one is believed to have been injured", "one person is thought to
   * have been arrested" (estimates_a_figure() keeps a figure's estimate
   * out) */
  { "is believed to", PX_CUE_HEDGE, FALSE },
  { "was believed to", PX_CUE_HEDGE, FALSE },
  { "are believed to", PX_CUE_HEDGE, FALSE },
  { "were believed to", PX_CUE_HEDGE, FALSE },
  { "is thought to", PX_CUE_HEDGE, FALSE },
  { "was thought to", PX_CUE_HEDGE, FALSE },
  { "are thought to", PX_CUE_HEDGE, FALSE },
  { "were thought to", PX_CUE_HEDGE, FALSE },
  { "so-called", PX_CUE_HEDGE, FALSE },
  /* doubt only when they stand before a noun: "suspected arson",
   * "potential arson" (the differ checks); "possible causes" is too
   * often a list of what is being looked into */
  { "suspected", PX_CUE_HEDGE, FALSE },
  { "on suspicion of", PX_CUE_HEDGE, FALSE },
  /* the same suspicion in the words of American police: "arrested for
   * investigation of DUI", "for suspicion of driving under the influence" */
  { "on suspicions of", PX_CUE_HEDGE, FALSE },
  { "for suspicion of", PX_CUE_HEDGE, FALSE },
  { "for suspicions of", PX_CUE_HEDGE, FALSE },
  { "for investigation of", PX_CUE_HEDGE, FALSE },
  /* "possibly two children" doubts the children (the differ reads it
   * as "alleged"), elsewhere its clause */
  { "possibly", PX_CUE_HEDGE, FALSE },
  { "presumed", PX_CUE_HEDGE, FALSE },
  { "potential", PX_CUE_HEDGE, FALSE },
  { "insisted", PX_CUE_ATTRIBUTION, TRUE },
  { "insisting", PX_CUE_ATTRIBUTION, TRUE },
  { "insists", PX_CUE_ATTRIBUTION, TRUE },
  { "asserted", PX_CUE_ATTRIBUTION, TRUE },
  { "according to", PX_CUE_ATTRIBUTION, TRUE },
  { "in a statement", PX_CUE_ATTRIBUTION, FALSE },
  { "said", PX_CUE_ATTRIBUTION, TRUE },
  { "says", PX_CUE_ATTRIBUTION, TRUE },
  { "say", PX_CUE_ATTRIBUTION, TRUE },
  { "reports", PX_CUE_ATTRIBUTION, TRUE },
  /* an outlet's own word for another's report: "10News is reporting that
   * Jackson was arrested" gives it to 10News */
  { "is reporting", PX_CUE_ATTRIBUTION, TRUE },
  { "are reporting", PX_CUE_ATTRIBUTION, TRUE },
  { "was reporting", PX_CUE_ATTRIBUTION, TRUE },
  { "were reporting", PX_CUE_ATTRIBUTION, TRUE },
  { "saying", PX_CUE_ATTRIBUTION, TRUE },
  { "told", PX_CUE_ATTRIBUTION, TRUE },
  { "tells", PX_CUE_ATTRIBUTION, TRUE },
  { "added", PX_CUE_ATTRIBUTION, TRUE },
  { "stated", PX_CUE_ATTRIBUTION, TRUE },
  { "announced", PX_CUE_ATTRIBUTION, TRUE },
  { "wrote", PX_CUE_ATTRIBUTION, TRUE },
  { "explained", PX_CUE_ATTRIBUTION, TRUE },
  { "noted", PX_CUE_ATTRIBUTION, TRUE },
  { "warned", PX_CUE_ATTRIBUTION, TRUE },
  { "called", PX_CUE_ATTRIBUTION, TRUE },
  { "described", PX_CUE_ATTRIBUTION, TRUE },
  { "accused", PX_CUE_ATTRIBUTION, TRUE },
  { "declared", PX_CUE_ATTRIBUTION, TRUE },
  { "argued", PX_CUE_ATTRIBUTION, TRUE },
  { "acknowledged", PX_CUE_ATTRIBUTION, TRUE },
  { "confirmed", PX_CUE_ATTRIBUTION, TRUE },
  { "reported", PX_CUE_ATTRIBUTION, TRUE },
  { "estimated", PX_CUE_ATTRIBUTION, TRUE },
  { "welcomed", PX_CUE_ATTRIBUTION, TRUE },
  { "condemned", PX_CUE_ATTRIBUTION, TRUE },
  { "criticised", PX_CUE_ATTRIBUTION, TRUE },
  { "criticized", PX_CUE_ATTRIBUTION, TRUE },
  { "praised", PX_CUE_ATTRIBUTION, TRUE },
  { "hailed", PX_CUE_ATTRIBUTION, TRUE },
  { "vowed", PX_CUE_ATTRIBUTION, TRUE },
  { "pledged", PX_CUE_ATTRIBUTION, TRUE },
  { "promised", PX_CUE_ATTRIBUTION, TRUE },
  { "urged", PX_CUE_ATTRIBUTION, TRUE },
  { "estimates", PX_CUE_ATTRIBUTION, TRUE },
  { "quoted", PX_CUE_ATTRIBUTION, TRUE },
  /* the present tense of entertainment and sports news: "his agent confirms
   * to the paper" ("states" and "notes" are too often nouns) */
  { "confirms", PX_CUE_ATTRIBUTION, TRUE },
  { "adds", PX_CUE_ATTRIBUTION, TRUE },
  { "announces", PX_CUE_ATTRIBUTION, TRUE },
  { "explains", PX_CUE_ATTRIBUTION, TRUE },
  { "acknowledges", PX_CUE_ATTRIBUTION, TRUE },
  { "declares", PX_CUE_ATTRIBUTION, TRUE },
  { "writes", PX_CUE_ATTRIBUTION, TRUE },
  { "cited", PX_CUE_ATTRIBUTION, TRUE },
  { "denied", PX_CUE_DENIAL, TRUE },
  { "denies", PX_CUE_DENIAL, TRUE },
  { "deny", PX_CUE_DENIAL, TRUE },
  { "denying", PX_CUE_DENIAL, TRUE },
  { "rejected", PX_CUE_DENIAL, TRUE },
  { "rejects", PX_CUE_DENIAL, TRUE },
  { "refuted", PX_CUE_DENIAL, TRUE },
  { "dismissed", PX_CUE_DENIAL, TRUE },
  { "dismisses", PX_CUE_DENIAL, TRUE },
  { "refused", PX_CUE_DENIAL, FALSE },
  { "no one", PX_CUE_NEGATION, FALSE },
  { "not", PX_CUE_NEGATION, FALSE },
  { "no", PX_CUE_NEGATION, FALSE },
  { "never", PX_CUE_NEGATION, FALSE },
  { "cannot", PX_CUE_NEGATION, FALSE },
  { "none", PX_CUE_NEGATION, FALSE },
  { "nobody", PX_CUE_NEGATION, FALSE },
  { "nothing", PX_CUE_NEGATION, FALSE },
  { "neither", PX_CUE_NEGATION, FALSE },
  { "nor", PX_CUE_NEGATION, FALSE },
  { "without", PX_CUE_NEGATION, FALSE },
  /* a pretence denies the act it feigns: "pretended to check into
   * rehab" tells that she did not */
  { "pretended to", PX_CUE_NEGATION, FALSE },
  { "pretending to", PX_CUE_NEGATION, FALSE },
  { "pretends to", PX_CUE_NEGATION, FALSE },
  { "pretend to", PX_CUE_NEGATION, FALSE },
};

static const char * const pronouns[] = { "he", "she", "they", "it" };

/* Words skipped between a negation and what it governs ("not be", "no
 * such").
 */
static gboolean
is_light_word (const PxToken *token)
{
  return token->is_stop || g_str_equal (token->norm, "such") || g_str_equal (token->norm, "any")
         || g_str_equal (token->norm, "longer") || g_str_equal (token->norm, "immediately");
}

static const PxPhraseTable *
cue_table (void)
{
  static PxPhraseTable *table;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      table = px_phrase_table_new ();
      for (gsize c = 0; c < G_N_ELEMENTS (cue_phrases); c++)
        px_phrase_table_add (table, cue_phrases[c].words, &cue_phrases[c]);
      g_once_init_leave (&initialised, 1);
    }
  return table;
}

/* The cue that starts at token @i, longest first, so that "could not be
 * independently verified" is a hedge, not a negation.
 */
static guint
match_phrase (PxDocument       *doc,
              guint             i,
              guint             end,
              const CuePhrase **match)
{
  gconstpointer data = NULL;
  guint n = px_phrase_table_match (cue_table (), doc, i, end, &data);

  if (n > 0)
    {
      *match = data;
      return n;
    }

  /* "didn't", "won't" */
  if (g_str_has_suffix (px_document_token (doc, i)->norm, "n't"))
    {
      static const CuePhrase contracted_not = { "n't", PX_CUE_NEGATION, FALSE };

      *match = &contracted_not;
      return 1;
    }
  return 0;
}

/* Verbs that pass a negation on to the verb after them: "does not intend
 * to withdraw" negates "withdraw" too.
 */
static gboolean
passes_negation_on (const PxToken *token)
{
  static const char * const verbs[] = {
    "intend", "plan", "want", "expect", "seek", "abl", "go", "like", "tri", "need", "wish", "agre",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (px_word_equal (token->stem, verbs[i]))
      return TRUE;
  return FALSE;
}

static gboolean
opens_clause (const PxToken *token)
{
  static const char * const words[] = { "and", "but", "or", "that", "which", "who", "because", "while", "if", NULL };

  return g_strv_contains (words, token->norm);
}

/* What a negation governs: the first content word after it, and the next
 * one too when the first passes the negation on.
 */
static void
set_targets (PxDocument *doc,
             PxCue      *cue,
             guint       end,
             guint       window)
{
  guint n = 0;

  for (guint t = cue->end_token; t < end && t < cue->end_token + window && n < PX_CUE_MAX_TARGETS; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind == PX_TOKEN_PUNCT && !g_str_equal (token->norm, "-"))
        break;
      /* a negation stops at the clause: "refused | and went on to finish" */
      if (opens_clause (token))
        break;
      if (token->kind != PX_TOKEN_WORD || is_light_word (token))
        continue;
      cue->targets[n++] = token->concept;
      if (!passes_negation_on (token))
        break;
    }
}

/* "were told to flee", "have been reported": no one is quoted. */
static gboolean
is_passive (PxDocument *doc,
            PxSentence *sentence,
            guint       i)
{
  static const char * const auxiliaries[] = { "was", "were", "been", "being", "be", "is", "are" };
  const char *prev;

  if (i == sentence->first_token)
    return FALSE;
  prev = px_document_token (doc, i - 1)->norm;
  for (gsize a = 0; a < G_N_ELEMENTS (auxiliaries); a++)
    if (g_str_equal (prev, auxiliaries[a]))
      return TRUE;
  return FALSE;
}

/* "claims" is a verb of saying after a name ("Russia claims"), not after
 * a determiner ("the claims", "Moscow's claims"); so is "estimated" ("the
 * Bank estimated", not "an estimated 90,000").
 */
static gboolean
is_noun_use (PxDocument *doc,
             PxSentence *sentence,
             guint       i)
{
  static const char * const determiners[] = {
    "the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her", "such", "any",
    "our", "your", "of", "an",
  };
  const char *prev;

  if (i == sentence->first_token)
    return FALSE;
  prev = px_document_token (doc, i - 1)->norm;
  if (g_str_has_suffix (prev, "'s") || g_str_has_suffix (prev, "'"))
    return TRUE;
  for (gsize d = 0; d < G_N_ELEMENTS (determiners); d++)
    if (g_str_equal (prev, determiners[d]))
      return TRUE;
  return FALSE;
}

/* "officials said", "witnesses told": a lower-case noun right before the
 * verb of saying is who says it.
 */
static gboolean
said_by_common_noun (PxDocument *doc,
                     guint       verb)
{
  PxToken *before = px_document_token (doc, verb - 1);

  return before->kind == PX_TOKEN_WORD && !before->is_stop && !before->is_capital;
}

/* "claimed the title", "claimed responsibility", "claimed two lives",
 * "has for years claimed the Eastgate district as its turf": a verb of
 * claiming with a plain object takes it, it does not doubt anything.
 */
static gboolean
takes_an_object (PxDocument *doc,
                 guint       next,
                 guint       end)
{
  static const char * const words[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "responsibility", "credit", "victory",
    "lives", "life", "ownership", "asylum", "title", "as", NULL,
  };
  PxToken *token;

  if (next >= end)
    return FALSE;
  token = px_document_token (doc, next);
  if (token->kind == PX_TOKEN_NUMBER)
    return TRUE;
  return g_strv_contains (words, token->norm);
}

/* Whether @phrase ends where what is claimed begins ("claim that", "claim
 * to have"): the words after it are the claim, never an object it takes.
 */
static gboolean
names_what_is_claimed (const CuePhrase *phrase)
{
  return g_str_has_suffix (phrase->words, " that") || g_str_has_suffix (phrase->words, " to have");
}

/* Whether the "that" ending @phrase, at token @i, opens a relative clause
 * about the claim, not what is claimed: "allegations that surfaced on
 * Monday", "the claims that were made in court" tell of the allegations,
 * with a verb and no subject of their own after "that". Only a noun has
 * one: after the verb ("Police claim that armed men ...") a clause is
 * what is claimed.
 */
static gboolean
tells_of_the_claim (PxDocument      *doc,
                    PxSentence      *sentence,
                    const CuePhrase *phrase,
                    guint            i,
                    guint            n,
                    guint            end)
{
  static const char * const auxiliaries[] = {
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", NULL,
  };
  PxToken *token;

  if (!g_str_has_suffix (phrase->words, " that") || i + n >= end
      || !(g_str_has_prefix (phrase->words, "alleg") || g_str_has_prefix (phrase->words, "accus")
           || is_noun_use (doc, sentence, i)))
    return FALSE;
  token = px_document_token (doc, i + n);
  return token->kind == PX_TOKEN_WORD && !token->is_capital
         && (g_strv_contains (auxiliaries, token->norm) || g_str_has_suffix (token->norm, "ed"));
}

/* Whether "suspect" or "suspects" at token @i (@n words with its "that")
 * is a verb of suspicion before a clause: who suspects right before it,
 * a name, a pronoun, "police" or a plural ("Investigators suspect", not
 * "the suspect", "two suspects", "chased suspects"), and, without "that",
 * the clause's verb within ten words ("the fire was started", "Ukraine
 * launched"), not a thing ("suspect arson").
 */
static gboolean
suspects_a_clause (PxDocument *doc,
                   PxSentence *sentence,
                   guint       i,
                   guint       n,
                   guint       end)
{
  static const char * const subjects[] = { "police", "they", "we", "i", "he", "she", NULL };
  static const char * const counts[] = {
    "the", "a", "an", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "many", "some", "both", "all", "other", "more", "no", NULL,
  };
  static const char * const verbs[] = {
    "was", "were", "is", "are", "had", "has", "have", "may", "might", "could", "would", "did", NULL,
  };
  const PxToken *before, *after;

  if (i == sentence->first_token)
    return FALSE;
  before = px_document_token (doc, i - 1);
  if (before->kind != PX_TOKEN_WORD || g_strv_contains (counts, before->norm)
      || !(before->is_capital || g_strv_contains (subjects, before->norm)
           || (g_str_has_suffix (before->norm, "s") && !before->is_stop && !g_str_has_suffix (before->norm, "'s"))))
    return FALSE;
  if (n > 1)
    return TRUE;
  /* the clause's subject opens with an article, an owner, a pronoun, a
   * name or a figure; "suspect arson is to blame" suspects the arson, a
   * noun of doubt the differ reads on its own */
  if (i + 1 >= end)
    return FALSE;
  after = px_document_token (doc, i + 1);
  if (!(after->kind == PX_TOKEN_NUMBER || after->is_capital || g_strv_contains (counts, after->norm)
        || g_strv_contains (subjects, after->norm)
        || g_strv_contains ((const char * const[]) { "his", "her", "its", "their", "it", "someone", NULL }, after->norm)))
    return FALSE;
  for (guint k = i + 2; k < end && k <= i + 10; k++)
    {
      const PxToken *token = px_document_token (doc, k);

      if (token->kind != PX_TOKEN_WORD && token->kind != PX_TOKEN_NUMBER)
        return FALSE;
      if (g_strv_contains (verbs, token->norm) || (token->kind == PX_TOKEN_WORD && g_str_has_suffix (token->norm, "ed")))
        return TRUE;
    }
  return FALSE;
}

/* Whether a figure follows @after in its clause, within a few words:
 * "is believed to be worth at least $160 million", "the offer is
 * believed to be for eight years" estimate an amount, which the figures'
 * own rules compare, not a statement the belief doubts ("no-one is
 * believed to have been injured in the blaze, which more than 50
 * firefighters tackled" does).
 */
#define FIGURE_REACH 12

static gboolean
estimates_a_figure (PxDocument *doc,
                    PxSentence *sentence,
                    guint       after)
{
  static const char * const clause_ends[] = { ",", ";", ":", "and", "but", "which", "while", NULL };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint t = after; t < end && t < after + FIGURE_REACH; t++)
    {
      double value;

      if (g_strv_contains (clause_ends, px_document_token (doc, t)->norm))
        return FALSE;
      /* "$21MM" too, a figure no reading of numbers takes */
      if (px_document_token (doc, t)->kind == PX_TOKEN_NUMBER || px_quantity_parse_number (doc, t, end, &value) > 0)
        return TRUE;
    }
  return FALSE;
}

/* "may have", "might have" supposing what happened ("the brakes may have
 * failed"), not an obligation ("might have to sell him") nor what would
 * have happened under a condition ("might have lived had his partner been
 * there", "asked if he might have survived").
 */
static gboolean
supposes_the_past (PxDocument *doc,
                   PxSentence *sentence,
                   guint       next,
                   guint       end)
{
  static const char * const conditions[] = { "if", "unless", "whether", NULL };
  static const char * const subjects[] = {
    "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "the", "a", "an", NULL,
  };

  if (next >= end || px_document_token (doc, next)->kind != PX_TOKEN_WORD
      || g_str_equal (px_document_token (doc, next)->norm, "to"))
    return FALSE;
  for (guint t = sentence->first_token; t < end; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;

      if (g_strv_contains (conditions, norm))
        return FALSE;
      /* "had they stayed" */
      if (t > next && t + 1 < end && g_str_equal (norm, "had")
          && g_strv_contains (subjects, px_document_token (doc, t + 1)->norm))
        return FALSE;
    }
  return TRUE;
}

/* Whether the verb of saying ending before token @verb_end takes whom it
 * is said to as its object: "told", "tells", "informed".
 */
static gboolean
tells_someone (PxDocument *doc,
               guint       verb_end)
{
  static const char * const telling[] = { "told", "tell", "tells", "telling", "informed", "informs", "assured", "warned" };
  const char *verb = px_document_token (doc, verb_end - 1)->norm;

  for (gsize t = 0; t < G_N_ELEMENTS (telling); t++)
    if (g_str_equal (verb, telling[t]))
      return TRUE;
  return FALSE;
}

/* Whether the person @entity after the verb of saying that ends before
 * @verb_end is named past a role told before the name, where the verb
 * follows a quotation: “We have never seen anything like this,” said
 * Spain's interior minister, Luis Prado. What stands between is the role:
 * lower-case words, "the", "of", an owner's name ("Spain's") and a comma,
 * ending in a lower-case word, and the name closes the sentence or a
 * phrase. Outside that order, "said police chief John Smith had resigned"
 * may be a clause about Smith, so a name right after the verb is asked.
 */
static gboolean
named_after_role (PxDocument     *doc,
                  PxSentence     *sentence,
                  guint           verb,
                  guint           verb_end,
                  const PxEntity *entity)
{
  guint end = sentence->first_token + sentence->n_tokens;
  guint last = verb_end;
  const PxToken *before, *after;

  if (entity->kind != PX_ENTITY_PERSON || verb == sentence->first_token
      || entity->first_token <= verb_end || entity->first_token - verb_end > 7)
    return FALSE;
  before = px_document_token (doc, verb - 1);
  if (before->kind != PX_TOKEN_QUOTE_CLOSE
      && !(verb > sentence->first_token + 1 && g_str_equal (before->norm, ",")
           && px_document_token (doc, verb - 2)->kind == PX_TOKEN_QUOTE_CLOSE))
    return FALSE;
  for (guint t = verb_end; t < entity->first_token; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind == PX_TOKEN_PUNCT && g_str_equal (token->norm, ",") && t + 1 == entity->first_token)
        continue;
      if (token->kind != PX_TOKEN_WORD)
        return FALSE;
      if (token->is_capital && !token->sentence_initial)
        {
          /* an owner's name: "Spain's" */
          if (!g_str_has_suffix (token->norm, "'s"))
            return FALSE;
          continue;
        }
      if (token->is_stop && !px_word_is_one_of (token->norm, (const char * const[]) { "the", "of", NULL }))
        return FALSE;
      last = t;
    }
  if (px_document_token (doc, last)->is_stop || px_document_token (doc, last)->is_capital)
    return FALSE;
  if (entity->end_token >= end)
    return TRUE;
  after = px_document_token (doc, entity->end_token);
  return after->kind == PX_TOKEN_PUNCT;
}

/* The entity closest to a verb of saying at token @verb, before it ("Lavrov
 * said", "Sergei Lavrov, Russia's foreign minister, said") or after it
 * ("said Lavrov", "according to Lavrov", or past a role after a quotation,
 * named_after_role()).
 */
static const PxEntity *
find_speaker (PxDocument *doc,
              PxSentence *sentence,
              guint       verb,
              guint       verb_end,
              gboolean   *pronoun)
{
  const PxEntity *best = NULL;
  guint best_distance = G_MAXUINT;

  *pronoun = FALSE;
  for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
    {
      const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);
      guint distance;

      if (px_document_token (doc, entity->first_token)->in_quote)
        continue;
      if (entity->end_token <= verb)
        distance = verb - entity->end_token;
      else if (entity->first_token >= verb_end)
        distance = entity->first_token - verb_end + 1;
      else
        continue;
      /* after the verb only right after it: "said Lavrov", not "said Ukraine attacked";
       * and never after a verb of telling, whose object is who listens:
       * "a witness told NBC Philadelphia" */
      if (entity->first_token >= verb_end
          && ((distance > 1 && !named_after_role (doc, sentence, verb, verb_end, entity))
              || tells_someone (doc, verb_end)))
        continue;
      /* before it, not past a common noun that says it: "..., witnesses said" */
      if (entity->end_token < verb && verb > sentence->first_token && said_by_common_noun (doc, verb))
        continue;
      /* a person before an organisation: "Maria Lund, the city council's
       * lawyer, said" is Lund's word; a name right before the verb wins:
       * "..., the Meteorological Agency said" */
      if (distance <= 8
          && (best == NULL || (best_distance > 0 && (entity->kind == PX_ENTITY_PERSON) > (best->kind == PX_ENTITY_PERSON))
              || distance == 0
              || ((entity->kind == PX_ENTITY_PERSON) == (best->kind == PX_ENTITY_PERSON) && distance < best_distance)))
        {
          best = entity;
          best_distance = distance;
        }
    }

  if (verb > sentence->first_token && (best == NULL || best_distance > 0))
    {
      const char *prev = px_document_token (doc, verb - 1)->norm;

      for (gsize p = 0; p < G_N_ELEMENTS (pronouns); p++)
        if (g_str_equal (prev, pronouns[p]))
          {
            *pronoun = TRUE;
            return NULL;
          }
    }
  return best;
}

/* Whether the pretence at token @i is itself denied, so that the act it
 * names did happen: "was not pretending to be ill", "never pretended to
 * care", "didn't pretend to know".
 */
static gboolean
pretence_denied (PxDocument *doc,
                 PxSentence *sentence,
                 guint       i)
{
  static const char * const negations[] = { "not", "never", "no", "cannot", NULL };
  const char *before;

  if (i == sentence->first_token)
    return FALSE;
  before = px_document_token (doc, i - 1)->norm;
  return px_word_is_one_of (before, negations) || g_str_has_suffix (before, "n't");
}

void
px_cues_scan (PxDocument *doc,
              PxSentence *sentence)
{
  guint end = sentence->first_token + sentence->n_tokens;
  gboolean attributed = FALSE, distanced = FALSE;
  guint i = sentence->first_token;

  while (i < end)
    {
      const CuePhrase *phrase = NULL;
      guint n = match_phrase (doc, i, end, &phrase);
      PxCue cue = { 0, };

      if (n == 0
          || ((g_str_equal (phrase->words, "claims") || g_str_equal (phrase->words, "estimated")
               || g_str_equal (phrase->words, "estimates") || g_str_equal (phrase->words, "reports"))
              && is_noun_use (doc, sentence, i))
          || (g_str_has_prefix (phrase->words, "suspect") && !g_str_has_prefix (phrase->words, "suspected")
              && !suspects_a_clause (doc, sentence, i, n, end))
          || (phrase->kind == PX_CUE_HEDGE && phrase->speech && !names_what_is_claimed (phrase)
              && !g_str_has_prefix (phrase->words, "suspect") && takes_an_object (doc, i + n, end))
          || tells_of_the_claim (doc, sentence, phrase, i, n, end)
          || ((g_str_has_prefix (phrase->words, "may have") || g_str_has_prefix (phrase->words, "might have"))
              && !supposes_the_past (doc, sentence, i + n, end))
          || ((g_str_has_suffix (phrase->words, "believed to") || g_str_has_suffix (phrase->words, "thought to"))
              && estimates_a_figure (doc, sentence, i + n))
          || (phrase->speech && is_passive (doc, sentence, i))
          || (g_str_has_prefix (phrase->words, "pretend") && pretence_denied (doc, sentence, i)))
        {
          i++;
          continue;
        }

      cue.first_token = i;
      cue.end_token = i + n;
      cue.start = px_document_token (doc, i)->start;
      cue.end = px_document_token (doc, i + n - 1)->end;
      cue.kind = phrase->kind;
      cue.in_quote = px_document_token (doc, i)->in_quote;
      cue.speech = phrase->speech;

      if (cue.kind == PX_CUE_NEGATION)
        set_targets (doc, &cue, end, 4);
      else if (cue.kind == PX_CUE_DENIAL)
        set_targets (doc, &cue, end, 8);

      if (!cue.in_quote)
        {
          if (cue.kind == PX_CUE_HEDGE)
            distanced = TRUE;
          else if (cue.kind == PX_CUE_ATTRIBUTION || cue.kind == PX_CUE_DENIAL)
            attributed = TRUE;

          /* a name (", Lavrov added") wins over a pronoun ("He said") */
          if (phrase->speech && (sentence->speaker == NULL || *sentence->speaker == '\0'))
            {
              gboolean pronoun;
              const PxEntity *speaker = find_speaker (doc, sentence, i, i + n, &pronoun);

              if (speaker != NULL)
                {
                  sentence->speaker = speaker->key;
                  sentence->speaker_token = speaker->first_token;
                }
              else if (pronoun && sentence->speaker == NULL)
                {
                  sentence->speaker = "";
                  sentence->speaker_token = i - 1;
                }
            }
        }

      if (sentence->cues == NULL)
        sentence->cues = g_array_new (FALSE, TRUE, sizeof (PxCue));
      g_array_append_val (sentence->cues, cue);
      i += n;
    }

  /* Quotations: runs of quoted tokens. */
  for (guint t = sentence->first_token; t < end; t++)
    {
      PxQuote quote = { 0, };

      if (!px_document_token (doc, t)->in_quote)
        continue;
      quote.first_token = t;
      while (t < end && px_document_token (doc, t)->in_quote)
        t++;
      quote.end_token = t;
      quote.start = px_document_token (doc, quote.first_token)->start;
      quote.end = px_document_token (doc, quote.end_token - 1)->end;
      if (sentence->quotes == NULL)
        sentence->quotes = g_array_new (FALSE, TRUE, sizeof (PxQuote));
      g_array_append_val (sentence->quotes, quote);
    }

  if (distanced)
    sentence->attribution = PX_ATTRIBUTION_DISTANCED;
  else if (attributed || sentence->quotes != NULL)
    sentence->attribution = PX_ATTRIBUTION_NEUTRAL;
  else
    sentence->attribution = PX_ATTRIBUTION_NONE;
}

/* Whether sentence @s opens a paragraph of quotation that goes on from the
 * speaker quoted at the end of the paragraph before: the paragraph opens
 * with a quotation mark, or inside a quotation run on from there
 * (px-text's quotation of several paragraphs), and names no speaker of
 * its own in any sentence ("“The coaches are counting out the time,”
 * Williams said." then "“Tyler Hansbrough would have done that."), which
 * is how a reporter gives one speaker's words over several paragraphs; a
 * new speaker would be named. Read before the speakers of @s's paragraph
 * are resolved.
 */
static gboolean
continues_quoted_speaker (PxDocument *doc,
                          guint       s)
{
  PxSentence *sentence = px_document_sentence (doc, s);
  PxSentence *previous;

  if (s == 0 || sentence->speaker != NULL || sentence->quotes == NULL || sentence->n_tokens == 0
      || !(px_document_token (doc, sentence->first_token)->kind == PX_TOKEN_QUOTE_OPEN
           || px_document_token (doc, sentence->first_token)->in_quote))
    return FALSE;
  previous = px_document_sentence (doc, s - 1);
  if (previous->paragraph == sentence->paragraph || previous->speaker == NULL || *previous->speaker == '\0'
      || previous->quotes == NULL)
    return FALSE;
  for (guint k = s + 1; k < doc->sentences->len; k++)
    {
      PxSentence *next = px_document_sentence (doc, k);

      if (next->paragraph != sentence->paragraph)
        break;
      if (next->speaker != NULL)
        return FALSE;
    }
  return TRUE;
}

/* A person's sex as the report tells it, for "he said" and "she said":
 * bits, so that a name told both ways is known neither way.
 */
enum
{
  SEX_UNKNOWN = 0,
  SEX_MALE = 1 << 0,
  SEX_FEMALE = 1 << 1,
};

static void
note_sex (GHashTable *sexes,
          const char *key,
          guint       sex)
{
  if (key == NULL || *key == '\0' || sex == SEX_UNKNOWN)
    return;
  g_hash_table_insert (sexes, (gpointer) key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (sexes, key)) | sex));
}

/* The sex of @key told by a title or a pronoun, or SEX_UNKNOWN where the
 * report tells none or both. */
static guint
sex_of (GHashTable *sexes,
        const char *key)
{
  guint sex = key != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (sexes, key)) : SEX_UNKNOWN;

  return sex == (SEX_MALE | SEX_FEMALE) ? SEX_UNKNOWN : sex;
}

/* The sex a courtesy title right before @entity tells: "Mr Steele",
 * "Mrs. Palin", "Sir Keir Starmer". */
static guint
sex_of_title (PxDocument     *doc,
              PxSentence     *sentence,
              const PxEntity *entity)
{
  guint t = entity->first_token;
  const char *word;

  if (t > sentence->first_token && g_str_equal (px_document_token (doc, t - 1)->norm, "."))
    t--;
  if (t <= sentence->first_token)
    return SEX_UNKNOWN;
  word = px_document_token (doc, t - 1)->norm;
  if (px_word_is_one_of (word, (const char * const[]) { "mr", "mr.", "sir", "lord", NULL }))
    return SEX_MALE;
  if (px_word_is_one_of (word, (const char * const[]) { "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", NULL }))
    return SEX_FEMALE;
  return SEX_UNKNOWN;
}

/* Whether @sentence's speaker token is one of its own tokens (a speaker
 * carried from another sentence keeps that sentence's token). */
static gboolean
speaker_named_here (const PxSentence *sentence)
{
  return sentence->speaker_token >= sentence->first_token
         && sentence->speaker_token < sentence->first_token + sentence->n_tokens;
}

/* The sex "he" or "she" asks of whom it stands for; none for "they". */
static guint
sex_of_pronoun (PxDocument *doc,
                PxSentence *sentence)
{
  const char *word;

  if (!speaker_named_here (sentence))
    return SEX_UNKNOWN;
  word = px_document_token (doc, sentence->speaker_token)->norm;
  if (g_str_equal (word, "he"))
    return SEX_MALE;
  if (g_str_equal (word, "she"))
    return SEX_FEMALE;
  return SEX_UNKNOWN;
}

typedef struct
{
  const char *key;
  guint token;
  gboolean person;   /* a person's name, not one of no known kind ("Officials said") */
} NamedSpeaker;

/* "he said" where the one it would stand for (the last person named or
 * quoted) is known to be a woman, or "she said" where a man: the nearest
 * earlier speaker named with a verb of saying that the pronoun allows,
 * known to be of its sex or a person not known either way. "Mr Steele
 * said ... Authorities did not know whether Mrs Palin's connection ... was
 * relevant. “Everything is just speculation,” he said." is Steele's. Keeps
 * @key when the pronoun tells no sex or nothing contradicts it.
 */
static void
agree_with_pronoun (GHashTable *sexes,
                    GArray     *named,
                    guint       wanted,
                    const char **key,
                    guint      *token)
{
  guint sex = sex_of (sexes, *key);

  if (wanted == SEX_UNKNOWN || *key == NULL || sex == SEX_UNKNOWN || sex == wanted)
    return;
  for (guint k = named->len; k > 0; k--)
    {
      const NamedSpeaker *speaker = &g_array_index (named, NamedSpeaker, k - 1);
      guint speaker_sex = sex_of (sexes, speaker->key);

      if (g_str_equal (speaker->key, *key))
        continue;
      if (speaker_sex == wanted || (speaker_sex == SEX_UNKNOWN && speaker->person))
        {
          *key = speaker->key;
          *token = speaker->token;
          return;
        }
    }
}

void
px_cues_resolve_speakers (PxDocument *doc)
{
  g_autoptr(GHashTable) sexes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) named = g_array_new (FALSE, FALSE, sizeof (NamedSpeaker));
  const char *last_speaker = NULL;
  guint last_speaker_token = 0;
  const char *last_person = NULL;
  guint last_person_token = 0;

  /* a title tells a person's sex wherever the report gives it */
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind == PX_ENTITY_PERSON || entity->kind == PX_ENTITY_OTHER)
            note_sex (sexes, entity->key, sex_of_title (doc, sentence, entity));
        }
    }

  for (guint s = 0; s < doc->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (doc, s);
      PxSentence *previous = s > 0 ? px_document_sentence (doc, s - 1) : NULL;
      gboolean same_paragraph = previous != NULL && previous->paragraph == sentence->paragraph;

      if (sentence->speaker != NULL && *sentence->speaker == '\0')
        {
          /* "he said": the last person named or quoted, of the sex the
           * pronoun tells when the report tells it */
          guint wanted = sex_of_pronoun (doc, sentence);
          const char *key = NULL;
          guint token = 0;

          if (last_speaker != NULL && (last_person == NULL || last_speaker_token >= last_person_token))
            {
              key = last_speaker;
              token = last_speaker_token;
            }
          else if (last_person != NULL)
            {
              key = last_person;
              token = last_person_token;
            }
          agree_with_pronoun (sexes, named, wanted, &key, &token);
          sentence->speaker = key;
          sentence->speaker_token = token;
          note_sex (sexes, key, wanted);
        }
      /* a quotation that goes on, in this paragraph or from the one before */
      else if ((sentence->speaker == NULL && sentence->quotes != NULL && same_paragraph
                && previous->speaker != NULL && px_document_token (doc, sentence->first_token)->in_quote)
               || continues_quoted_speaker (doc, s))
        {
          sentence->speaker = previous->speaker;
          sentence->speaker_token = previous->speaker_token;
        }

      /* "Lavrov said X. Russia would revise Y." reports Lavrov throughout. */
      if (sentence->attribution == PX_ATTRIBUTION_NONE && same_paragraph
          && previous->attribution != PX_ATTRIBUTION_NONE && previous->speaker != NULL)
        sentence->attribution = PX_ATTRIBUTION_NEUTRAL;

      if (sentence->speaker != NULL)
        {
          const PxEntity *entity = px_entities_find (sentence, sentence->speaker);

          last_speaker = sentence->speaker;
          last_speaker_token = sentence->speaker_token;
          if (entity != NULL && speaker_named_here (sentence))
            {
              NamedSpeaker speaker = { sentence->speaker, sentence->speaker_token, entity->kind == PX_ENTITY_PERSON };

              g_array_append_val (named, speaker);
            }
        }
      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        {
          const PxEntity *entity = &g_array_index (sentence->entities, PxEntity, e);

          if (entity->kind == PX_ENTITY_PERSON || entity->kind == PX_ENTITY_OTHER)
            {
              last_person = entity->key;
              last_person_token = entity->first_token;
            }
        }
    }
}

gboolean
px_cues_is_negated (PxDocument *doc,
                    PxSentence *sentence,
                    const char *concept)
{
  for (guint c = 0; sentence->cues != NULL && c < sentence->cues->len; c++)
    {
      const PxCue *cue = &g_array_index (sentence->cues, PxCue, c);

      if (cue->kind != PX_CUE_NEGATION && cue->kind != PX_CUE_DENIAL)
        continue;
      for (guint t = 0; t < PX_CUE_MAX_TARGETS && cue->targets[t] != NULL; t++)
        if (g_str_equal (cue->targets[t], concept))
          return TRUE;
    }
  return FALSE;
}

gboolean
px_cues_speaker_extent (PxDocument *doc,
                        PxSentence *sentence,
                        guint      *first,
                        guint      *end)
{
  guint sentence_end = sentence->first_token + sentence->n_tokens;
  const PxEntity *speaker;

  if (sentence->speaker == NULL || sentence->speaker_token < sentence->first_token
      || sentence->speaker_token >= sentence_end)
    return FALSE;

  speaker = px_entities_find (sentence, sentence->speaker);
  *first = sentence->speaker_token;
  *end = speaker != NULL ? speaker->end_token : *first + 1;
  while (*first > sentence->first_token && px_document_token (doc, *first - 1)->kind == PX_TOKEN_WORD
         && px_document_token (doc, *first - 1)->is_capital)
    (*first)--;
  return TRUE;
}
