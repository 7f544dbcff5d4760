/* px-claim-item.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claim-item.h"

#include "px-safe-text.h"
#include "px-session.h"

#include <glib/gi18n.h>
#include <string.h>

struct _PxClaimItem
{
  GObject parent_instance;

  guint index;
  guint n_sources;
  char *text;
  GArray *members;     /* PxClaimItemRange, in source order */
  GPtrArray *differences; /* PxClaimItemDifference, shared (g_rc_box) */
  GPtrArray *links;       /* PxClaimItemDifference between claims involving this one */
  GStrv outlets;
  GArray *words;       /* PxClaimItemRange */
  guint n_annotations;
  guint n_needs_review;
  gboolean furniture;
};

G_DEFINE_FINAL_TYPE (PxClaimItem, px_claim_item, G_TYPE_OBJECT)

static void
difference_clear (PxClaimItemDifference *difference)
{
  g_free (difference->summary);
  g_array_unref (difference->ranges);
  g_clear_pointer (&difference->claims, g_array_unref);
  g_ptr_array_unref (difference->wordings);
  g_array_unref (difference->sides);
}

static void
difference_release (PxClaimItemDifference *difference)
{
  g_rc_box_release_full (difference, (GDestroyNotify) difference_clear);
}

static void
px_claim_item_finalize (GObject *object)
{
  PxClaimItem *self = PX_CLAIM_ITEM (object);

  g_free (self->text);
  g_strfreev (self->outlets);
  g_array_unref (self->members);
  g_ptr_array_unref (self->differences);
  g_ptr_array_unref (self->links);
  g_array_unref (self->words);

  G_OBJECT_CLASS (px_claim_item_parent_class)->finalize (object);
}

static void
px_claim_item_class_init (PxClaimItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_claim_item_finalize;
}

static void
px_claim_item_init (PxClaimItem *self)
{
  self->members = g_array_new (FALSE, FALSE, sizeof (PxClaimItemRange));
  self->differences = g_ptr_array_new_with_free_func ((GDestroyNotify) difference_release);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) difference_release);
  self->words = g_array_new (FALSE, FALSE, sizeof (PxClaimItemRange));
}

PxClaimItem *
px_claim_item_new (guint       index,
                   guint       n_sources,
                   const char *text)
{
  PxClaimItem *self = g_object_new (PX_TYPE_CLAIM_ITEM, NULL);

  self->index = index;
  self->n_sources = n_sources;
  self->text = g_strdup (text != NULL ? text : "");

  return self;
}

void
px_claim_item_add_member (PxClaimItem *self,
                          guint        source,
                          guint        start,
                          guint        end)
{
  PxClaimItemRange range = { source, start, end };

  g_return_if_fail (PX_IS_CLAIM_ITEM (self));
  g_return_if_fail (source < self->n_sources);

  g_array_append_val (self->members, range);
}

PxClaimItemDifference *
px_claim_item_add_difference (PxClaimItem    *self,
                              PxHighlightKind kind,
                              const char     *summary)
{
  PxClaimItemDifference *difference;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  difference = g_rc_box_new0 (PxClaimItemDifference);
  difference->kind = kind;
  difference->summary = g_strdup (summary);
  difference->ranges = g_array_new (FALSE, FALSE, sizeof (PxClaimItemRange));
  difference->confidence = 1.0;
  difference->home = self->index;
  difference->n_in_home = self->differences->len;
  difference->wordings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (difference->wordings, self->n_sources);
  difference->sides = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->n_sources);
  for (guint i = 0; i < self->n_sources; i++)
    {
      guint none = G_MAXUINT;

      g_array_append_val (difference->sides, none);
    }
  g_ptr_array_add (self->differences, difference);

  return difference;
}

void
px_claim_item_difference_add_range (PxClaimItemDifference *difference,
                                    guint                  source,
                                    guint                  start,
                                    guint                  end)
{
  PxClaimItemRange range = { source, start, end };

  g_array_append_val (difference->ranges, range);
}

void
px_claim_item_difference_set_wording (PxClaimItemDifference *difference,
                                      guint                  source,
                                      guint                  side,
                                      const char            *wording)
{
  g_return_if_fail (difference != NULL);
  g_return_if_fail (source < difference->wordings->len);

  g_free (g_ptr_array_index (difference->wordings, source));
  g_ptr_array_index (difference->wordings, source) = g_strdup (wording);
  g_array_index (difference->sides, guint, source) = side;
}

void
px_claim_item_difference_add_claim (PxClaimItemDifference *difference,
                                    guint                  claim)
{
  guint i = 0;

  if (difference->claims == NULL)
    difference->claims = g_array_new (FALSE, FALSE, sizeof (guint));
  while (i < difference->claims->len && g_array_index (difference->claims, guint, i) < claim)
    i++;
  if (i == difference->claims->len || g_array_index (difference->claims, guint, i) != claim)
    g_array_insert_val (difference->claims, i, claim);
}

guint
px_claim_item_difference_get_other_claim (const PxClaimItemDifference *difference,
                                          guint                        claim)
{
  for (guint i = 0; difference->claims != NULL && i < difference->claims->len; i++)
    if (g_array_index (difference->claims, guint, i) != claim)
      return g_array_index (difference->claims, guint, i);

  return G_MAXUINT;
}

GVariant *
px_claim_item_difference_get_target (const PxClaimItemDifference *difference,
                                     guint                        claim)
{
  guint other = px_claim_item_difference_get_other_claim (difference, claim);

  return g_variant_new ("(ui)", other, other == difference->home ? (int) difference->n_in_home : -1);
}

const char *
px_claim_item_describe_confidence (double confidence)
{
  /* The differ's calibration: at 0.8 or above, at least four flags in
   * five are real on held-out keys; below PX_DIFFERENCE_CONFIDENT (0.5)
   * a difference is shown only with "Show less certain differences".
   */
  if (confidence >= PX_SESSION_SURE)
    return _("Parallax is confident this difference is real.");
  if (confidence >= 0.5)
    return _("Parallax is fairly sure this difference is real.");
  /* Translators: "less certain" as in the preference "Show less certain differences" */
  return _("Less certain: Parallax is not sure this difference is real.");
}

char *
px_claim_item_difference_describe (const PxClaimItemDifference *difference,
                                   guint                        claim)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (difference != NULL, NULL);

  /* Translators: a kind of difference and its summary, "Number: 91 drones (RT) vs dozens (BBC)" */
  g_string_append_printf (text, C_("kind of difference, what it is", "%s: %s"), px_highlight_kind_get_label (difference->kind),
                          difference->summary != NULL ? difference->summary
                                                      : px_highlight_kind_get_description (difference->kind));
  if (difference->claims != NULL && difference->claims->len > 1)
    {
      g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;

      for (guint i = 0; i < difference->claims->len; i++)
        if (g_array_index (difference->claims, guint, i) != claim)
          g_ptr_array_add (numbers, g_strdup_printf ("%u", g_array_index (difference->claims, guint, i) + 1));
      list = g_strdup (g_ptr_array_index (numbers, 0));
      for (guint i = 1; i < numbers->len; i++)
        {
          char *longer = i + 1 < numbers->len ? g_strdup_printf ("%s, %s", list, (char *) g_ptr_array_index (numbers, i))
                                              /* Translators: the last two of a list of claim numbers, "4, 7 and 9" */
                                              : g_strdup_printf (_("%s and %s"), list, (char *) g_ptr_array_index (numbers, i));

          g_free (list);
          list = longer;
        }

      g_string_append_c (text, '\n');
      if (claim == G_MAXUINT)
        /* Translators: a difference between sentences that are in different claims, "Between claims 4 and 7" */
        g_string_append_printf (text, _("Between claims %s"), list);
      else
        /* Translators: a difference between this claim's sentence and another claim's, "With claim 7" */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "With claim %s", "With claims %s", numbers->len),
                                list);
    }
  g_string_append_c (text, '\n');
  g_string_append (text, px_claim_item_describe_confidence (difference->confidence));

  return g_string_free (text, FALSE);
}

/* The differ's own words for a wording, in the user's language; words
 * quoted from the articles stay as they are.
 */
static const char *
localize_wording (const char *wording)
{
  static const char * const fixed[] = { N_("stated as fact"), N_("qualified"), N_("attributed") };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    if (g_str_equal (wording, fixed[i]))
      return _(fixed[i]);
  return wording;
}

/* Whether source @s of @difference is on @side and words it @wording. */
static gboolean
words_side_as (const PxClaimItemDifference *difference,
               guint                        s,
               guint                        side,
               const char                  *wording)
{
  return g_array_index (difference->sides, guint, s) == side
         && g_strcmp0 (g_ptr_array_index (difference->wordings, s), wording) == 0;
}

/* The outlets of @difference on @side whose wording is @wording, other
 * than @except: "RT, BBC".
 */
static char *
outlets_with (const PxClaimItemDifference *difference,
              guint                        side,
              const char                  *wording,
              guint                        except,
              const char * const          *outlets)
{
  GString *list = g_string_new (NULL);

  for (guint s = 0; s < difference->sides->len; s++)
    if (s != except && words_side_as (difference, s, side, wording))
      /* Translators: between outlets' names in a list, "RT, BBC" */
      g_string_append_printf (list, "%s%s", list->len > 0 ? C_("outlets", ", ") : "", outlets[s]);

  return g_string_free (list, FALSE);
}

/* Appends @side's wordings other than @skip, each with its outlets
 * ("dozens in BBC"), after @separator; one side's wordings are joined with
 * " / ", as in the summary.
 */
static void
append_side (GString                     *text,
             const PxClaimItemDifference *difference,
             guint                        side,
             const char                  *skip,
             const char                  *separator,
             const char * const          *outlets)
{
  for (guint s = 0; s < difference->sides->len; s++)
    {
      const char *wording = g_ptr_array_index (difference->wordings, s);
      g_autofree char *list = NULL;
      gboolean seen = FALSE;

      if (g_array_index (difference->sides, guint, s) != side || wording == NULL || g_strcmp0 (wording, skip) == 0)
        continue;
      for (guint e = 0; e < s && !seen; e++)
        seen = g_array_index (difference->sides, guint, e) == side
               && g_strcmp0 (g_ptr_array_index (difference->wordings, e), wording) == 0;
      if (seen)
        continue;
      list = outlets_with (difference, side, wording, G_MAXUINT, outlets);
      g_string_append (text, separator);
      /* Translators: another outlet's wording in a difference, "dozens in BBC" */
      g_string_append_printf (text, _("%s in %s"), localize_wording (wording), list);
      separator = " / ";
    }
}

char *
px_claim_item_difference_describe_for (const PxClaimItemDifference *difference,
                                       guint                        source,
                                       const char * const          *outlets)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *same = NULL;
  const char *own;
  guint side, n_sides = 0;

  g_return_val_if_fail (difference != NULL, NULL);
  g_return_val_if_fail (outlets != NULL, NULL);

  if (source >= difference->wordings->len || g_ptr_array_index (difference->wordings, source) == NULL)
    return NULL;
  own = g_ptr_array_index (difference->wordings, source);
  side = g_array_index (difference->sides, guint, source);
  for (guint s = 0; s < difference->sides->len; s++)
    if (g_array_index (difference->sides, guint, s) != G_MAXUINT)
      n_sides = MAX (n_sides, g_array_index (difference->sides, guint, s) + 1);

  /* This column's wording, with the outlets that word it the same way;
   * then its side's other wordings; then the other sides'.
   */
  same = outlets_with (difference, side, own, source, outlets);
  if (same[0] == '\0')
    /* Translators: this column's outlet's wording in a difference, "91 drones here" */
    g_string_append_printf (text, _("%s here"), localize_wording (own));
  else
    /* Translators: this column's wording, and the other outlets that use it too, "91 drones here and in RT" */
    g_string_append_printf (text, _("%s here and in %s"), localize_wording (own), same);
  append_side (text, difference, side, own, " / ", outlets);
  for (guint t = 0; t < n_sides; t++)
    if (t != side)
      /* Translators: between the wordings of a difference, seen from one column, "91 drones here; dozens in BBC" */
      append_side (text, difference, t, NULL, C_("difference in a column", "; "), outlets);

  {
    g_autofree char *line = g_string_free (g_steal_pointer (&text), FALSE);

    /* Translators: a kind of difference and what it is in one column, then
     * how sure Parallax is: "Number: 91 drones here; dozens in BBC" */
    return g_strdup_printf (_("%s: %s\n%s"), px_highlight_kind_get_label (difference->kind), line,
                            px_claim_item_describe_confidence (difference->confidence));
  }
}

/* The first outlet of @side that words @difference @wording, and how
 * many more do: "RT and 2 more"; without @count (the line too long with
 * them), the outlet alone, or how many outlets when more than one do: the
 * quotation under the line names the first ("Norfolk in Fox News" had
 * hidden that two outlets against this column's one said so). */
static char *
brief_outlets (const PxClaimItemDifference *difference,
               guint                        side,
               const char                  *wording,
               gboolean                     count,
               const char * const          *outlets)
{
  const char *first = NULL;
  guint n = 0;

  for (guint s = 0; s < difference->sides->len; s++)
    if (words_side_as (difference, s, side, wording))
      {
        if (first == NULL)
          first = outlets[s];
        n++;
      }
  if (n <= 1)
    return g_strdup (first != NULL ? first : "");
  if (!count)
    /* Translators: how many outlets word a difference the same way, in
     * the bar under a column when their names leave no room: "Norfolk in
     * 2 outlets" (the quotation under it names the first) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n), n);
  /* Translators: an outlet and how many others word a difference the
   * same way, in the bar under a column: "91 drones in RT and 2 more" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more", n - 1), first, n - 1);
}

/* Longest wording in the bar's first line. */
#define BRIEF_WORDING_MAX_CHARS 24

/* Longest first line of the bar before the other outlets are left to its
 * tooltip. */
#define BRIEF_LINE_MAX_CHARS 58

static char *
describe_brief (const PxClaimItemDifference *difference,
                guint                        source,
                gboolean                     count,
                const char * const          *outlets)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *own = NULL;
  guint side, n_sides = 0;

  own = px_safe_text_short_at_word (localize_wording (g_ptr_array_index (difference->wordings, source)),
                                    BRIEF_WORDING_MAX_CHARS, TRUE);
  side = g_array_index (difference->sides, guint, source);
  for (guint s = 0; s < difference->sides->len; s++)
    if (g_array_index (difference->sides, guint, s) != G_MAXUINT)
      n_sides = MAX (n_sides, g_array_index (difference->sides, guint, s) + 1);

  /* Translators: this column's outlet's wording in a difference, "91 drones here" */
  g_string_append_printf (text, _("%s here"), own);
  /* Each other side's first wording with the outlets that word it so;
   * the rest is in the bar's tooltip. */
  for (guint t = 0; t < n_sides; t++)
    {
      for (guint s = 0; s < difference->sides->len && t != side; s++)
        {
          const char *wording = g_ptr_array_index (difference->wordings, s);
          g_autofree char *list = NULL;
          g_autofree char *shortened = NULL;

          if (g_array_index (difference->sides, guint, s) != t || wording == NULL)
            continue;
          list = brief_outlets (difference, t, wording, count, outlets);
          shortened = px_safe_text_short_at_word (localize_wording (wording), BRIEF_WORDING_MAX_CHARS, TRUE);
          /* Translators: between the wordings of a difference in the bar
           * under a column, "91 drones here · dozens in BBC" */
          g_string_append (text, C_("difference in a bar", " · "));
          g_string_append_printf (text, _("%s in %s"), shortened, list);
          break;
        }
    }

  /* Translators: a kind of difference and what it is in one column, in
   * the bar under it: "Number: 91 drones here · dozens in BBC" */
  return g_strdup_printf (C_("difference in a bar", "%s: %s"), px_highlight_kind_get_label (difference->kind),
                          text->str);
}

char *
px_claim_item_difference_describe_brief_for (const PxClaimItemDifference *difference,
                                             guint                        source,
                                             const char * const          *outlets)
{
  char *line;

  g_return_val_if_fail (difference != NULL, NULL);
  g_return_val_if_fail (outlets != NULL, NULL);

  if (source >= difference->wordings->len || g_ptr_array_index (difference->wordings, source) == NULL)
    return NULL;
  /* "in RT and 1 more", or "in RT" where that makes the line too long */
  line = describe_brief (difference, source, TRUE, outlets);
  if (g_utf8_strlen (line, -1) > BRIEF_LINE_MAX_CHARS)
    {
      g_free (line);
      line = describe_brief (difference, source, FALSE, outlets);
    }
  return line;
}

/* Appends @side's outlets with their wordings to @text, each wording once
 * with every outlet of the side that words it so ("RT, Reuters: 91 drones"),
 * @first's first; entries are separated by middle dots.
 */
static void
append_side_words (GString                     *text,
                   const PxClaimItemDifference *difference,
                   guint                        side,
                   guint                        first,
                   const char * const          *outlets)
{
  const char *first_wording = first < difference->wordings->len ? g_ptr_array_index (difference->wordings, first)
                                                                 : NULL;

  /* @first's wording in the first pass, the others in the second */
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = 0; s < difference->sides->len; s++)
      {
        const char *wording = g_ptr_array_index (difference->wordings, s);
        g_autofree char *list = NULL;
        g_autofree char *safe = NULL;
        gboolean seen = FALSE;

        if (g_array_index (difference->sides, guint, s) != side || wording == NULL
            || (pass == 0) != (first_wording != NULL && g_str_equal (wording, first_wording)))
          continue;
        for (guint e = 0; e < s && !seen; e++)
          seen = g_array_index (difference->sides, guint, e) == side
                 && g_strcmp0 (g_ptr_array_index (difference->wordings, e), wording) == 0;
        if (seen)
          continue;
        list = outlets_with (difference, side, wording, pass == 0 ? first : G_MAXUINT, outlets);
        if (pass == 0)
          {
            /* Translators: between outlets' names in a list, "RT, BBC" */
            char *longer = g_strconcat (outlets[first], list[0] != '\0' ? C_("outlets", ", ") : "", list, NULL);

            g_free (list);
            list = longer;
          }
        /* Words from a page, on one line: no escape or direction override. */
        safe = px_safe_text_line (localize_wording (wording), -1);
        if (text->len > 0)
          /* Translators: between outlets' wordings in a tooltip, "RT: 91 drones · BBC: dozens of drones" */
          g_string_append (text, C_("wordings", " · "));
        /* Translators: outlets and their wording in a tooltip, "RT, Reuters: 91 drones" */
        g_string_append_printf (text, C_("outlets' wording", "%s: %s"), list, safe);
      }
}

char *
px_claim_item_difference_describe_words (const PxClaimItemDifference *difference,
                                          guint                        source,
                                          const char * const          *outlets)
{
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *full = NULL;
  guint side = G_MAXUINT, n_sides = 0;
  const char *line;

  g_return_val_if_fail (difference != NULL, NULL);
  g_return_val_if_fail (outlets != NULL, NULL);

  full = px_claim_item_difference_describe (difference, G_MAXUINT);
  if (source < difference->sides->len)
    side = g_array_index (difference->sides, guint, source);
  for (guint s = 0; s < difference->sides->len; s++)
    if (g_array_index (difference->sides, guint, s) != G_MAXUINT)
      n_sides = MAX (n_sides, g_array_index (difference->sides, guint, s) + 1);
  if (n_sides < 2)
    return g_steal_pointer (&full);

  /* This column's side first, then the others in the summary's order. */
  if (side != G_MAXUINT)
    append_side_words (words, difference, side, source, outlets);
  for (guint t = 0; t < n_sides; t++)
    if (t != side)
      append_side_words (words, difference, t, G_MAXUINT, outlets);

  /* The kind, the outlets' words, then what the full description says
   * after its first line (the claims it is between, how sure Parallax is).
   */
  line = strchr (full, '\n');
  return g_strdup_printf ("%s\n%s%s", px_highlight_kind_get_label (difference->kind), words->str,
                          line != NULL ? line : "");
}

void
px_claim_item_add_link (PxClaimItem           *self,
                        PxClaimItemDifference *difference)
{
  g_return_if_fail (PX_IS_CLAIM_ITEM (self));
  g_return_if_fail (difference != NULL);

  g_ptr_array_add (self->links, g_rc_box_acquire (difference));
}

guint
px_claim_item_get_n_links (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->links->len;
}

const PxClaimItemDifference *
px_claim_item_get_link (PxClaimItem *self,
                        guint        index)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);

  return g_ptr_array_index (self->links, index);
}

gboolean
px_claim_item_has_differences (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), FALSE);

  return self->differences->len > 0 || self->links->len > 0;
}

/* The first words a row's accessible name gives of a claim. */
#define ACCESSIBLE_TEXT_MAX_CHARS 80

char *
px_claim_item_dup_accessible_name (PxClaimItem *self)
{
  g_autoptr(GString) carriers = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *reported = NULL;
  g_autofree char *differences = NULL;
  guint n_differences;
  guint n_carriers = 0;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  n_differences = self->links->len;

  text = px_safe_text_short_at_word (self->text != NULL ? self->text : "", ACCESSIBLE_TEXT_MAX_CHARS, FALSE);
  /* read as a sentence of its own before who reports it */
  if (text[0] != '\0'
      && g_utf8_strchr (".!?…\"”’", -1, g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))) == NULL)
    {
      g_autofree char *whole = g_strconcat (text, ".", NULL);

      g_free (text);
      text = g_steal_pointer (&whole);
    }
  for (guint source = 0; source < self->n_sources; source++)
    {
      g_autofree char *outlet = NULL;

      if (!px_claim_item_get_member (self, source, NULL, NULL))
        continue;
      outlet = px_safe_text_line (px_claim_item_get_outlet (self, source), -1);
      if (outlet[0] == '\0')
        continue;
      if (carriers->len > 0)
        /* Translators: between two outlets' names in a list, "RT, BBC" */
        g_string_append (carriers, C_("outlets", ", "));
      g_string_append (carriers, outlet);
      n_carriers++;
    }
  if (n_carriers == 1)
    /* Translators: part of a claim row's accessible name: the one outlet that reports the claim */
    reported = g_strdup_printf (_("Only %s reports this."), carriers->str);
  else
    /* Translators: part of a claim row's accessible name: the outlets that report the claim */
    reported = g_strdup_printf (_("Reported by %s."), carriers->len > 0 ? carriers->str : _("none"));

  /* One between claims is among the links of every claim it spans. */
  for (guint d = 0; d < self->differences->len; d++)
    if (((PxClaimItemDifference *) g_ptr_array_index (self->differences, d))->claims == NULL)
      n_differences++;
  /* A claim one outlet alone carries has nothing to differ from: "No
   * differences" was said of each, as if the others agreed. Of one the
   * outlets share, none found is not none there (the status line's words). */
  if (n_differences == 0 && n_carriers < 2)
    /* Translators: a claim row's accessible name when one outlet alone reports the claim: "Claim 5:
     * Officials said… Only BBC reports this." %1$u is the claim's number, %2$s its first words, %3$s
     * who reports it */
    return g_strdup_printf (_("Claim %1$u: %2$s %3$s"), self->index + 1, text, reported);
  if (n_differences == 0)
    differences = g_strdup (_("No differences found."));
  else
    /* Translators: part of a claim row's accessible name */
    differences = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u difference.", "%u differences.", n_differences),
                                   n_differences);

  /* Translators: a claim row's accessible name: "Claim 2: Ukraine launched 91 drones at… Reported by
   * RT, BBC. 3 differences." %1$u is the claim's number, %2$s its first words, %3$s who reports it,
   * %4$s how many differences it has */
  return g_strdup_printf (_("Claim %1$u: %2$s %3$s %4$s"), self->index + 1, text, reported, differences);
}

void
px_claim_item_set_outlets (PxClaimItem        *self,
                           const char * const *outlets)
{
  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  g_strfreev (self->outlets);
  self->outlets = g_strdupv ((char **) outlets);
}

const char *
px_claim_item_get_outlet (PxClaimItem *self,
                          guint        source)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  if (self->outlets == NULL || source >= g_strv_length (self->outlets))
    return "";

  return self->outlets[source];
}

guint
px_claim_item_get_index (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->index;
}

const char *
px_claim_item_get_text (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  return self->text;
}

guint
px_claim_item_get_n_sources (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->n_sources;
}

guint
px_claim_item_get_n_carriers (PxClaimItem *self)
{
  guint n = 0;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  for (guint source = 0; source < self->n_sources; source++)
    if (px_claim_item_get_member (self, source, NULL, NULL))
      n++;

  return n;
}

/* The span of all of @source's sentences in this claim, from the first
 * sentence's start to the last one's end.
 */
gboolean
px_claim_item_get_member (PxClaimItem *self,
                          guint        source,
                          guint       *start,
                          guint       *end)
{
  gboolean found = FALSE;
  guint first = G_MAXUINT, last = 0;

  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), FALSE);

  for (guint i = 0; i < self->members->len; i++)
    {
      const PxClaimItemRange *range = &g_array_index (self->members, PxClaimItemRange, i);

      if (range->source != source)
        continue;
      found = TRUE;
      first = MIN (first, range->start);
      last = MAX (last, range->end);
    }

  if (found && start != NULL)
    *start = first;
  if (found && end != NULL)
    *end = last;

  return found;
}

guint
px_claim_item_get_n_differences (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->differences->len;
}

const PxClaimItemDifference *
px_claim_item_get_difference (PxClaimItem *self,
                              guint        index)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);
  g_return_val_if_fail (index < self->differences->len, NULL);

  return g_ptr_array_index (self->differences, index);
}

gboolean
px_claim_item_is_unique (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), FALSE);

  return self->n_sources > 1 && !self->furniture && px_claim_item_get_n_carriers (self) == 1;
}

void
px_claim_item_set_furniture (PxClaimItem *self,
                             gboolean     furniture)
{
  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  self->furniture = !!furniture;
}

gboolean
px_claim_item_is_furniture (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), FALSE);

  return self->furniture;
}

GArray *
px_claim_item_get_members (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  return self->members;
}

void
px_claim_item_add_word (PxClaimItem *self,
                        guint        source,
                        guint        start,
                        guint        end)
{
  PxClaimItemRange range = { source, start, end };

  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  g_array_append_val (self->words, range);
}

GArray *
px_claim_item_get_words (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), NULL);

  return self->words;
}

void
px_claim_item_set_annotations (PxClaimItem *self,
                               guint        n_annotations,
                               guint        n_needs_review)
{
  g_return_if_fail (PX_IS_CLAIM_ITEM (self));

  self->n_annotations = n_annotations;
  self->n_needs_review = n_needs_review;
}

guint
px_claim_item_get_n_annotations (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->n_annotations;
}

guint
px_claim_item_get_n_needs_review (PxClaimItem *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (self), 0);

  return self->n_needs_review;
}
