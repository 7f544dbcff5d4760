/* px-table-row.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-table-row.h"

#include "px-safe-text.h"

#include <glib/gi18n.h>

#define PADDING 8

typedef struct
{
  char *text;
  PangoAttrList *attrs;
  PangoLayout *layout;
  gboolean reported;
} Cell;

struct _PxTableRow
{
  GtkWidget parent_instance;

  PxClaimItem *claim;
  char *header_text;
  PangoAttrList *header_attrs;
  PangoLayout *header_layout;
  guint header_annotations; /* the counts the header shows */
  guint header_review;
  GArray *cells; /* Cell, by source index */
  guint cursor;
};

G_DEFINE_FINAL_TYPE (PxTableRow, px_table_row, GTK_TYPE_WIDGET)

enum {
  OPEN,
  CURSOR_MOVED,
  MENU_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cell_clear (Cell *cell)
{
  g_clear_pointer (&cell->text, g_free);
  g_clear_pointer (&cell->attrs, pango_attr_list_unref);
  g_clear_object (&cell->layout);
}

/* A difference's words in a cell or a kind's name in the header, in
 * bytes; or the wash of a sentence only one outlet carries.
 */
typedef struct
{
  PxHighlightKind kind;
  guint start;
  guint end;
} Mark;

/* One attribute type of the marks' looks (underline, background, ...):
 * for each stretch between two neighbouring mark ends, the mark whose
 * look it shows there (G_MAXUINT: none) and, as a union-find, the first
 * stretch from there on that no mark has taken yet.
 */
typedef struct
{
  PangoAttrType type;
  guint *owner;
  guint *next;
} Channel;

static void
channel_clear (Channel *channel)
{
  g_free (channel->owner);
  g_free (channel->next);
}

static Channel *
get_channel (GArray        *channels,
             PangoAttrType  type,
             guint          n_stretches)
{
  Channel channel = { type, NULL, NULL };

  for (guint c = 0; c < channels->len; c++)
    if (g_array_index (channels, Channel, c).type == type)
      return &g_array_index (channels, Channel, c);

  channel.owner = g_new (guint, n_stretches);
  channel.next = g_new (guint, (gsize) n_stretches + 1);
  for (guint s = 0; s < n_stretches; s++)
    channel.owner[s] = G_MAXUINT;
  for (guint s = 0; s <= n_stretches; s++)
    channel.next[s] = s;
  g_array_append_val (channels, channel);

  return &g_array_index (channels, Channel, channels->len - 1);
}

static guint
next_free (guint *next,
           guint  stretch)
{
  while (next[stretch] != stretch)
    {
      next[stretch] = next[next[stretch]];
      stretch = next[stretch];
    }

  return stretch;
}

/* The index of @byte, one of the marks' ends, in @bounds. */
static guint
bound_index (const GArray *bounds,
             guint         byte)
{
  guint low = 0, high = bounds->len - 1;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (bounds, guint, middle) < byte)
        low = middle + 1;
      else
        high = middle;
    }
  g_assert (g_array_index (bounds, guint, low) == byte);

  return low;
}

static int
compare_bytes (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  const PangoAttribute *x = *(PangoAttribute * const *) a;
  const PangoAttribute *y = *(PangoAttribute * const *) b;

  return x->start_index < y->start_index ? -1 : x->start_index > y->start_index;
}

/* The attribute of @type in a look. */
static const PangoAttribute *
look_attribute (GSList        *look,
                PangoAttrType  type)
{
  for (GSList *l = look; l != NULL; l = l->next)
    if (((PangoAttribute *) l->data)->klass->type == type)
      return l->data;

  g_assert_not_reached ();
}

/* Puts into @attrs, which holds nothing yet, the attributes gathered in
 * @plain (taken: @plain is left empty) and the look of each of @marks on
 * its bytes, a later mark's over an earlier one's where they overlap, each
 * attribute type on its own: a kind without italics leaves the wash's
 * italics under its words. pango_attr_list_change() for every attribute
 * of every mark gave the same, but it walks the list from its start each
 * time: seconds for a row of one long sentence with thousands of
 * differences. Here each stretch between mark ends is given to the last
 * mark over it, then the attributes go into the list once, in byte order,
 * each at its end.
 */
static void
insert_marks (PangoAttrList *attrs,
              GPtrArray     *plain,
              const GArray  *marks,
              gboolean       dark)
{
  g_autoptr(GArray) bounds = g_array_sized_new (FALSE, FALSE, sizeof (guint), 2 * marks->len);
  g_autoptr(GArray) channels = g_array_new (FALSE, FALSE, sizeof (Channel));
  GSList *looks[PX_N_HIGHLIGHT_KINDS] = { NULL, };
  guint n_bounds = 0, n_stretches;

  g_array_set_clear_func (channels, (GDestroyNotify) channel_clear);

  for (guint i = 0; i < marks->len; i++)
    {
      const Mark *mark = &g_array_index (marks, Mark, i);

      g_array_append_val (bounds, mark->start);
      g_array_append_val (bounds, mark->end);
    }
  g_array_sort (bounds, compare_bytes);
  for (guint i = 0; i < bounds->len; i++)
    if (n_bounds == 0 || g_array_index (bounds, guint, i) != g_array_index (bounds, guint, n_bounds - 1))
      g_array_index (bounds, guint, n_bounds++) = g_array_index (bounds, guint, i);
  g_array_set_size (bounds, n_bounds);
  n_stretches = n_bounds > 0 ? n_bounds - 1 : 0;

  /* The last mark first: what it takes, no earlier mark shows. */
  for (guint i = marks->len; i-- > 0;)
    {
      const Mark *mark = &g_array_index (marks, Mark, i);
      guint first, last;

      if (mark->start >= mark->end)
        continue;
      if (looks[mark->kind] == NULL)
        {
          g_autoptr(PangoAttrList) look = px_highlight_kind_get_attributes (mark->kind, dark);

          looks[mark->kind] = pango_attr_list_get_attributes (look);
        }
      first = bound_index (bounds, mark->start);
      last = bound_index (bounds, mark->end);

      for (GSList *l = looks[mark->kind]; l != NULL; l = l->next)
        {
          Channel *channel = get_channel (channels, ((PangoAttribute *) l->data)->klass->type, n_stretches);

          for (guint s = next_free (channel->next, first); s < last; s = next_free (channel->next, s + 1))
            {
              channel->owner[s] = i;
              channel->next[s] = s + 1;
            }
        }
    }

  /* Each type's runs, a neighbouring stretch of the same look joined on. */
  for (guint c = 0; c < channels->len; c++)
    {
      const Channel *channel = &g_array_index (channels, Channel, c);
      PangoAttribute *run = NULL;

      for (guint s = 0; s < n_stretches; s++)
        {
          const PangoAttribute *look;

          if (channel->owner[s] == G_MAXUINT)
            {
              run = NULL;
              continue;
            }
          look = look_attribute (looks[g_array_index (marks, Mark, channel->owner[s]).kind], channel->type);
          if (run == NULL || !pango_attribute_equal (run, look))
            {
              run = pango_attribute_copy (look);
              run->start_index = g_array_index (bounds, guint, s);
              g_ptr_array_add (plain, run);
            }
          run->end_index = g_array_index (bounds, guint, s + 1);
        }
    }

  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    g_slist_free_full (looks[k], (GDestroyNotify) pango_attribute_destroy);

  /* A stable sort: each insertion lands at the list's end. */
  g_ptr_array_sort (plain, compare_starts);
  for (guint i = 0; i < plain->len; i++)
    pango_attr_list_insert (attrs, g_ptr_array_index (plain, i));
  g_ptr_array_set_size (plain, 0);
}

/* Byte @offset (characters) into a member, moved to where the member
 * starts in the cell, at byte @cell_start; @bytes: the byte of each of the
 * member's characters and of its end (member_bytes()).
 */
static guint
cell_byte (const guint *bytes,
           guint        member_chars,
           guint        cell_start,
           guint        offset)
{
  return cell_start + bytes[MIN (offset, member_chars)];
}

/* The byte where each of @member's @n_chars characters starts, and where
 * it ends, in one pass: counted from the member's start for each word and
 * difference, a 500 KiB one-sentence text with a thousand differences took
 * seconds of the main thread for one row.
 */
static guint *
member_bytes (const char *member,
              guint       n_chars)
{
  guint *bytes = g_new (guint, (gsize) n_chars + 1);
  const char *p = member;

  for (guint i = 0; i < n_chars; i++)
    {
      bytes[i] = (guint) (p - member);
      p = g_utf8_next_char (p);
    }
  bytes[n_chars] = (guint) (p - member);
  return bytes;
}

static void
fill_cell (Cell        *cell,
           PxClaimItem *claim,
           guint        source,
           const char  *text,
           guint        n_chars,
           gboolean     dark)
{
  GString *shown = g_string_new (NULL);
  GArray *members = px_claim_item_get_members (claim);
  GArray *words = px_claim_item_get_words (claim);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr(GPtrArray) plain = g_ptr_array_new ();

  cell->attrs = pango_attr_list_new ();

  for (guint m = 0; text != NULL && m < members->len; m++)
    {
      const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);
      const char *start, *end;
      guint cell_start, member_chars;
      g_autofree guint *bytes = NULL;

      if (member->source != source || member->start >= member->end || member->end > n_chars)
        continue;

      if (shown->len > 0)
        g_string_append (shown, " … ");
      cell_start = shown->len;
      member_chars = member->end - member->start;
      start = g_utf8_offset_to_pointer (text, member->start);
      bytes = member_bytes (start, member_chars);
      end = start + bytes[member_chars];
      g_string_append_len (shown, start, end - start);
      cell->reported = TRUE;

      /* The wording no other outlet uses: bold. */
      for (guint w = 0; w < words->len; w++)
        {
          const PxClaimItemRange *word = &g_array_index (words, PxClaimItemRange, w);
          PangoAttribute *weight;

          if (word->source != source || word->start < member->start || word->end > member->end)
            continue;
          weight = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          weight->start_index = cell_byte (bytes, member_chars, cell_start, word->start - member->start);
          weight->end_index = cell_byte (bytes, member_chars, cell_start, word->end - member->start);
          g_ptr_array_add (plain, weight);
        }

      /* The differences, in the columns' colours: the claim's own, then
       * those with another claim (listed under either). */
      for (guint d = 0; d < px_claim_item_get_n_differences (claim) + px_claim_item_get_n_links (claim); d++)
        {
          guint n_own = px_claim_item_get_n_differences (claim);
          const PxClaimItemDifference *difference = d < n_own ? px_claim_item_get_difference (claim, d)
                                                              : px_claim_item_get_link (claim, d - n_own);

          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);

              Mark mark;

              if (range->source != source || range->start < member->start || range->end > member->end)
                continue;
              mark.kind = difference->kind;
              mark.start = cell_byte (bytes, member_chars, cell_start, range->start - member->start);
              mark.end = cell_byte (bytes, member_chars, cell_start, range->end - member->start);
              g_array_append_val (marks, mark);
            }
        }
    }

  /* A sentence only this outlet carries may still differ from another
   * claim's: the wash first, the difference's colours over it. */
  if (cell->reported && px_claim_item_is_unique (claim))
    {
      Mark wash = { PX_HIGHLIGHT_UNIQUE, 0, shown->len };

      g_array_prepend_val (marks, wash);
    }
  insert_marks (cell->attrs, plain, marks, dark);

  if (!cell->reported)
    {
      g_string_assign (shown, _("Not reported"));
      pango_attr_list_insert (cell->attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));
    }

  cell->text = g_string_free (shown, FALSE);
}

static PangoLayout *
make_layout (PxTableRow    *self,
             const char    *text,
             PangoAttrList *attrs,
             int            width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_width (layout, (width - 2 * PADDING) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

static void
build_header (PxTableRow *self,
              gboolean    dark)
{
  GString *text = g_string_new (NULL);
  PxClaimItem *claim = self->claim;
  gboolean seen[PX_N_HIGHLIGHT_KINDS] = { FALSE, };
  guint n_annotations = px_claim_item_get_n_annotations (claim);
  guint n_review = px_claim_item_get_n_needs_review (claim);
  gboolean first_kind = TRUE;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr(GPtrArray) plain = g_ptr_array_new ();
  PangoAttribute *bold;

  self->header_attrs = pango_attr_list_new ();
  self->header_annotations = n_annotations;
  self->header_review = n_review;

  /* Translators: a row header of the claims table, "Claim 3 · 2 of 4 outlets" */
  g_string_append_printf (text, _("Claim %u · %u of %u outlets"), px_claim_item_get_index (claim) + 1,
                          px_claim_item_get_n_carriers (claim), px_claim_item_get_n_sources (claim));
  bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  bold->end_index = text->len;
  g_ptr_array_add (plain, bold);

  /* The kinds of its own differences; those with another claim are on lines of their own. */
  for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
    if (px_claim_item_get_difference (claim, d)->claims == NULL)
      seen[px_claim_item_get_difference (claim, d)->kind] = TRUE;
  if (px_claim_item_is_unique (claim))
    seen[PX_HIGHLIGHT_UNIQUE] = TRUE;

  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    {
      Mark label = { k, 0, 0 };

      if (!seen[k])
        continue;
      g_string_append (text, first_kind ? "\n" : "  ");
      first_kind = FALSE;
      label.start = text->len;
      g_string_append (text, px_highlight_kind_get_label (k));
      label.end = text->len;
      g_array_append_val (marks, label);
    }

  /* The claims it differs from; the cell's menu goes there. */
  for (guint d = 0; d < px_claim_item_get_n_links (claim); d++)
    {
      const PxClaimItemDifference *link = px_claim_item_get_link (claim, d);
      Mark label = { link->kind, 0, 0 };

      g_string_append_c (text, '\n');
      label.start = text->len;
      g_string_append (text, px_highlight_kind_get_label (link->kind));
      label.end = text->len;
      g_array_append_val (marks, label);
      /* Translators: in the claims table, after a kind of difference: this claim's sentence differs from
       * one of claim 7 */
      g_string_append_printf (text, _(" with claim %u"),
                              px_claim_item_difference_get_other_claim (link, px_claim_item_get_index (claim)) + 1);
    }

  if (n_review > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: in a claim’s row of the table: how many of its annotations lost their place */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "⚠ %u annotation needs review",
                                                 "⚠ %u annotations need review", n_review), n_review);
    }
  else if (n_annotations > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: in a claim’s row of the table: how many annotations it has */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "✎ %u annotation", "✎ %u annotations",
                                                 n_annotations), n_annotations);
    }

  insert_marks (self->header_attrs, plain, marks, dark);
  self->header_text = g_string_free (text, FALSE);
}

/* A screen reader reads a row by its label, then its description: the
 * label is short (the claim's number, its first words, the outlets that
 * report it, how many differences), each outlet's whole sentences for it
 * are the description, then the keys (the label had been the row header
 * and every cell's whole text: a minute of speech on a long claim, before
 * a reader knew which claim it was).
 */
static void
update_accessible (PxTableRow *self)
{
  g_autofree char *name = px_claim_item_dup_accessible_name (self->claim);
  g_autoptr(GString) description = g_string_new (NULL);
  const char *kinds = strchr (self->header_text, '\n');
  g_autofree char *label = NULL;

  /* and the header's kinds, links and annotations, a line each */
  if (kinds != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (kinds + 1, "\n", -1);
      g_autofree char *joined = g_strjoinv (". ", lines);

      label = g_strconcat (name, " ", joined, NULL);
    }
  else
    label = g_steal_pointer (&name);

  for (guint source = 0; source < self->cells->len; source++)
    {
      const Cell *cell = &g_array_index (self->cells, Cell, source);
      g_autofree char *outlet = px_safe_text_line (px_claim_item_get_outlet (self->claim, source), -1);

      /* Translators: in a claims table row's accessible description: an outlet, then its
       * sentences for the claim or "Not reported" */
      g_string_append_printf (description, C_("table row description", "%s: %s"), outlet, cell->text);
      g_string_append (description, " / ");
    }
  g_string_append (description, _("Left and Right choose an outlet; Enter opens its sentence in the columns"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

void
px_table_row_bind (PxTableRow         *self,
                   PxClaimItem        *claim,
                   PxArticle * const  *articles,
                   const guint        *n_chars,
                   const char * const *outlets,
                   guint               n_sources,
                   gboolean            dark)
{
  g_return_if_fail (PX_IS_TABLE_ROW (self));

  g_set_object (&self->claim, claim);
  g_clear_pointer (&self->header_text, g_free);
  g_clear_pointer (&self->header_attrs, pango_attr_list_unref);
  g_clear_object (&self->header_layout);
  g_array_set_size (self->cells, 0);

  if (claim != NULL)
    {
      build_header (self, dark);
      self->header_layout = make_layout (self, self->header_text, self->header_attrs, PX_TABLE_CLAIM_WIDTH);

      g_array_set_size (self->cells, n_sources);
      for (guint source = 0; source < n_sources; source++)
        {
          Cell *cell = &g_array_index (self->cells, Cell, source);

          fill_cell (cell, claim, source, articles[source]->text, n_chars[source], dark);
          cell->layout = make_layout (self, cell->text, cell->attrs, PX_TABLE_CELL_WIDTH);
        }
      update_accessible (self);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
px_table_row_update_annotations (PxTableRow *self,
                                 gboolean    dark)
{
  g_return_if_fail (PX_IS_TABLE_ROW (self));

  if (self->claim == NULL || (px_claim_item_get_n_annotations (self->claim) == self->header_annotations
                              && px_claim_item_get_n_needs_review (self->claim) == self->header_review))
    return;

  g_clear_pointer (&self->header_text, g_free);
  g_clear_pointer (&self->header_attrs, pango_attr_list_unref);
  g_clear_object (&self->header_layout);
  build_header (self, dark);
  self->header_layout = make_layout (self, self->header_text, self->header_attrs, PX_TABLE_CLAIM_WIDTH);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

PxClaimItem *
px_table_row_get_claim (PxTableRow *self)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), NULL);

  return self->claim;
}

guint
px_table_row_get_n_cells (PxTableRow *self)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), 0);

  return self->cells->len;
}

gboolean
px_table_row_get_reported (PxTableRow *self,
                           guint       source)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), FALSE);
  g_return_val_if_fail (source < self->cells->len, FALSE);

  return g_array_index (self->cells, Cell, source).reported;
}

const char *
px_table_row_get_text (PxTableRow *self,
                       guint       source)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), NULL);
  g_return_val_if_fail (source < self->cells->len, NULL);

  return g_array_index (self->cells, Cell, source).text;
}

PangoAttrList *
px_table_row_get_attributes (PxTableRow *self,
                             guint       source)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), NULL);
  g_return_val_if_fail (source < self->cells->len, NULL);

  return g_array_index (self->cells, Cell, source).attrs;
}

const char *
px_table_row_get_header_text (PxTableRow *self)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), NULL);

  return self->header_text;
}

void
px_table_row_set_cursor (PxTableRow *self,
                         guint       source)
{
  g_return_if_fail (PX_IS_TABLE_ROW (self));

  if (self->cursor == source)
    return;
  self->cursor = source;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
px_table_row_get_source_at (PxTableRow *self,
                            double      x)
{
  g_return_val_if_fail (PX_IS_TABLE_ROW (self), G_MAXUINT);

  if (x < PX_TABLE_CLAIM_WIDTH)
    return G_MAXUINT;
  x = (x - PX_TABLE_CLAIM_WIDTH) / PX_TABLE_CELL_WIDTH;

  return x < self->cells->len ? (guint) x : G_MAXUINT;
}

static int
layout_height (PangoLayout *layout)
{
  int height = 0;

  if (layout != NULL)
    pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static void
px_table_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PxTableRow *self = PX_TABLE_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = PX_TABLE_CLAIM_WIDTH + (int) self->cells->len * PX_TABLE_CELL_WIDTH;
  else
    {
      int height = layout_height (self->header_layout);

      for (guint i = 0; i < self->cells->len; i++)
        height = MAX (height, layout_height (g_array_index (self->cells, Cell, i).layout));
      *minimum = *natural = height + 2 * PADDING;
    }
}

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          width,
             float          height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
px_table_row_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PxTableRow *self = PX_TABLE_ROW (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color, line, empty, dim, accent;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  line = color;
  line.alpha = 0.12f;
  empty = color;
  empty.alpha = 0.05f;
  dim = color;
  dim.alpha = 0.55f;
  gdk_rgba_parse (&accent, "#3584e4");

  if (self->header_layout != NULL)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (PADDING, PADDING));
      gtk_snapshot_append_layout (snapshot, self->header_layout, &color);
      gtk_snapshot_restore (snapshot);
    }

  for (guint i = 0; i < self->cells->len; i++)
    {
      const Cell *cell = &g_array_index (self->cells, Cell, i);
      float x = PX_TABLE_CLAIM_WIDTH + (float) i * PX_TABLE_CELL_WIDTH;

      append_rect (snapshot, &line, x, 0, 1, height);
      if (!cell->reported)
        append_rect (snapshot, &empty, x + 4, 4, PX_TABLE_CELL_WIDTH - 8, height - 8);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + PADDING, PADDING));
      gtk_snapshot_append_layout (snapshot, cell->layout, cell->reported ? &color : &dim);
      gtk_snapshot_restore (snapshot);

      if (i == self->cursor && gtk_widget_has_focus (widget))
        {
          GskRoundedRect outline;
          const float widths[4] = { 2, 2, 2, 2 };
          const GdkRGBA colors[4] = { accent, accent, accent, accent };

          gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x + 2, 2, PX_TABLE_CELL_WIDTH - 4,
                                                                           height - 4), 4);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
        }
    }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxTableRow *self = PX_TABLE_ROW (widget);

  if (self->claim != NULL)
    g_signal_emit (self, signals[OPEN], 0, self->cursor);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxTableRow *self = PX_TABLE_ROW (widget);
  int step = g_variant_get_int32 (parameter);
  int target;

  if (self->cells->len == 0)
    return;
  target = self->cursor == G_MAXUINT ? 0 : (int) self->cursor + step;
  target = CLAMP (target, 0, (int) self->cells->len - 1);
  px_table_row_set_cursor (self, (guint) target);
  g_signal_emit (self, signals[CURSOR_MOVED], 0, self->cursor);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PxTableRow      *self)
{
  guint source = px_table_row_get_source_at (self, x);

  if (source != G_MAXUINT)
    {
      px_table_row_set_cursor (self, source);
      g_signal_emit (self, signals[CURSOR_MOVED], 0, source);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2 && source != G_MAXUINT)
    g_signal_emit (self, signals[OPEN], 0, source);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PxTableRow      *self)
{
  guint source = px_table_row_get_source_at (self, x);

  if (source == G_MAXUINT || self->claim == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[MENU_REQUESTED], 0, source, x, y);
}

/* Shift+F10 and the Menu key: the menu of the cursor's cell, under it. */
static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxTableRow *self = PX_TABLE_ROW (widget);
  guint source = self->cursor < self->cells->len ? self->cursor : 0;

  if (self->claim == NULL || self->cells->len == 0)
    return;
  g_signal_emit (self, signals[MENU_REQUESTED], 0, source,
                 (double) PX_TABLE_CLAIM_WIDTH + source * PX_TABLE_CELL_WIDTH + PADDING,
                 (double) gtk_widget_get_height (widget) - PADDING);
}

static void
px_table_row_finalize (GObject *object)
{
  PxTableRow *self = PX_TABLE_ROW (object);

  g_clear_object (&self->claim);
  g_free (self->header_text);
  g_clear_pointer (&self->header_attrs, pango_attr_list_unref);
  g_clear_object (&self->header_layout);
  g_array_unref (self->cells);

  G_OBJECT_CLASS (px_table_row_parent_class)->finalize (object);
}

static void
px_table_row_class_init (PxTableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = px_table_row_finalize;
  widget_class->measure = px_table_row_measure;
  widget_class->snapshot = px_table_row_snapshot;

  /* The user wants @source's sentence in the columns. */
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[CURSOR_MOVED] = g_signal_new ("cursor-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /* The user asked for the menu of @source's cell, at @x, @y. */
  signals[MENU_REQUESTED] = g_signal_new ("menu-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE,
                                          G_TYPE_DOUBLE);

  gtk_widget_class_install_action (widget_class, "row.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "row.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "row.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "row.menu", NULL);
  gtk_widget_class_install_action (widget_class, "row.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "row.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "row.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "row.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "row.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "row.move", "i", 1);

  gtk_widget_class_set_css_name (widget_class, "pxtablerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
px_table_row_init (PxTableRow *self)
{
  GtkGesture *click;

  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (self->cells, (GDestroyNotify) cell_clear);
  self->cursor = G_MAXUINT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (secondary_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

PxTableRow *
px_table_row_new (void)
{
  return g_object_new (PX_TYPE_TABLE_ROW, NULL);
}
