/* px-html-tame.c: one linear pass over a page's markup that bounds the
 * work libxml2's HTML parser does on it
 *
 * libxml2 looks for every end tag in its whole stack of open elements and
 * compares every attribute with all those before it in the same tag, so a
 * page of 100,000 unmatched end tags under deep nesting, or one element of
 * 100,000 attributes, costs minutes. This pass keeps a stack of its own
 * and rewrites only what would be costly: an end tag that closes nothing
 * is left out, elements nested deeper than PX_TAME_MAX_DEPTH lose their
 * tags (never their text), attributes past PX_TAME_MAX_ATTRIBUTES in a
 * tag are left out.
 *
 * Every element this pass closes, it closes with an end tag of its own,
 * so libxml2's stack is never deeper than this one's (give or take the
 * html, head and body it implies): each end tag then costs libxml2 at most
 * PX_TAME_MAX_DEPTH comparisons. An end tag that libxml2 would ignore
 * because a table cell or a div stands between it and its element is
 * ignored here the same way.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-html-private.h"

#define PX_TAME_MAX_DEPTH 256
#define PX_TAME_MAX_ATTRIBUTES 64
#define PX_TAME_MAX_ROOT_ENDS 16
/* libxml2 reads at most this much of a tag name */
#define PX_TAME_MAX_NAME 100
/* how often the cancellable is looked at */
#define PX_TAME_CHECK_BYTES (256 * 1024)

typedef enum
{
  KIND_VOID = 1 << 0,       /* never has content: br, img, … */
  KIND_RAW = 1 << 1,        /* script and style: text up to the end tag */
  KIND_ROOT = 1 << 2,       /* html, head, body */
  KIND_CLOSES_P = 1 << 3,   /* a block whose start ends an open paragraph */
  KIND_FONT_STYLE = 1 << 4, /* b, i, u, …: ended by a paragraph's start */
  KIND_CELL = 1 << 5,       /* td, th */
  KIND_ROW = 1 << 6,        /* tr */
  KIND_SECTION = 1 << 7,    /* thead, tbody, tfoot */
  KIND_LI = 1 << 8,
  KIND_DEF = 1 << 9,        /* dt, dd */
  KIND_OPTION = 1 << 10,
  KIND_P = 1 << 11,
  KIND_A = 1 << 12,
} Kind;

/* Elements that stop an end tag of lower rank from closing what is
 * outside them, as libxml2 has it: an end tag for a span inside a div
 * does not close the div.
 */
typedef enum
{
  RANK_DEFAULT,
  RANK_DIV,
  RANK_CELL,
  RANK_ROW,
  RANK_SECTION,
  RANK_TABLE,
  RANK_HEAD_BODY,
  RANK_HTML,
  N_RANKS
} Rank;

typedef struct
{
  char *name;
  guint kind;
  Rank rank;
  guint top;      /* index + 1 of the topmost open element of this name */
  guint overflow; /* started beyond the depth limit and not yet ended */
  guint ends;     /* end tags seen, for html, head and body */
} Name;

typedef struct
{
  guint name;       /* index into names */
  guint below_same; /* index + 1 of the next open element of the same name below */
  guint below_rank; /* index + 1 of the next open element of the same rank below */
} Open;

typedef struct
{
  const char *src;
  gsize len;
  GString *out;    /* NULL until something is rewritten */
  gsize copied;    /* src up to here is in out */
  guint *slots;    /* index + 1 into names, 0 where empty: see intern() */
  guint n_slots;   /* a power of two */
  guint n_known;   /* names below this index are known[]'s, not copied */
  GArray *names;   /* Name */
  GArray *open;    /* Open */
  /* attributes of the tag being read that nothing reads: from, to */
  gsize unread[2 * PX_TAME_MAX_ATTRIBUTES];
  guint n_unread;
  gboolean unsure; /* libxml2 may read the markup otherwise: leave out nothing */
  guint rank_top[N_RANKS];
} Tamer;

static const struct
{
  const char *name;
  guint kind;
  Rank rank;
} known[] = {
  { "area", KIND_VOID }, { "base", KIND_VOID }, { "basefont", KIND_VOID }, { "br", KIND_VOID },
  { "col", KIND_VOID }, { "embed", KIND_VOID }, { "frame", KIND_VOID }, { "hr", KIND_VOID | KIND_CLOSES_P },
  { "img", KIND_VOID }, { "input", KIND_VOID }, { "isindex", KIND_VOID }, { "link", KIND_VOID },
  { "meta", KIND_VOID }, { "param", KIND_VOID }, { "source", KIND_VOID }, { "track", KIND_VOID },
  { "wbr", KIND_VOID },
  { "script", KIND_RAW }, { "style", KIND_RAW },
  { "html", KIND_ROOT, RANK_HTML }, { "head", KIND_ROOT, RANK_HEAD_BODY },
  { "body", KIND_ROOT, RANK_HEAD_BODY },
  { "p", KIND_P | KIND_CLOSES_P },
  { "div", KIND_CLOSES_P, RANK_DIV },
  { "address", KIND_CLOSES_P }, { "article", KIND_CLOSES_P }, { "aside", KIND_CLOSES_P },
  { "blockquote", KIND_CLOSES_P }, { "center", KIND_CLOSES_P }, { "dir", KIND_CLOSES_P },
  { "dl", KIND_CLOSES_P }, { "fieldset", KIND_CLOSES_P }, { "figure", KIND_CLOSES_P },
  { "footer", KIND_CLOSES_P }, { "form", KIND_CLOSES_P }, { "header", KIND_CLOSES_P },
  { "h1", KIND_CLOSES_P }, { "h2", KIND_CLOSES_P }, { "h3", KIND_CLOSES_P },
  { "h4", KIND_CLOSES_P }, { "h5", KIND_CLOSES_P }, { "h6", KIND_CLOSES_P },
  { "menu", KIND_CLOSES_P }, { "nav", KIND_CLOSES_P }, { "ol", KIND_CLOSES_P },
  { "pre", KIND_CLOSES_P }, { "section", KIND_CLOSES_P }, { "ul", KIND_CLOSES_P },
  { "table", KIND_CLOSES_P, RANK_TABLE },
  { "li", KIND_LI | KIND_CLOSES_P }, { "dt", KIND_DEF | KIND_CLOSES_P }, { "dd", KIND_DEF | KIND_CLOSES_P },
  { "td", KIND_CELL, RANK_CELL }, { "th", KIND_CELL, RANK_CELL }, { "tr", KIND_ROW, RANK_ROW },
  { "thead", KIND_SECTION, RANK_SECTION }, { "tbody", KIND_SECTION, RANK_SECTION },
  { "tfoot", KIND_SECTION, RANK_SECTION },
  { "option", KIND_OPTION }, { "a", KIND_A },
  { "b", KIND_FONT_STYLE }, { "i", KIND_FONT_STYLE }, { "u", KIND_FONT_STYLE },
  { "s", KIND_FONT_STYLE }, { "tt", KIND_FONT_STYLE }, { "big", KIND_FONT_STYLE },
  { "small", KIND_FONT_STYLE }, { "strike", KIND_FONT_STYLE },
  /* no kind of its own: known, so that end_tag() can ask for it */
  { "title", 0 },
};

static inline Name *
name_at (Tamer *t,
         guint  id)
{
  return &g_array_index (t->names, Name, id);
}

static guint
hash_name (const char *lower)
{
  guint h = 2166136261u;

  for (const guchar *p = (const guchar *) lower; *p != '\0'; p++)
    h = (h ^ *p) * 16777619u;
  return h;
}

/* The slot of @lower in the table of names: its own, or the empty one
 * where it goes.
 */
static guint
find_slot (Tamer      *t,
           const char *lower)
{
  guint mask = t->n_slots - 1;

  for (guint i = hash_name (lower) & mask;; i = (i + 1) & mask)
    if (t->slots[i] == 0 || strcmp (name_at (t, t->slots[i] - 1)->name, lower) == 0)
      return i;
}

/* The index of the name @lower, a new one if it is not yet known. The
 * table is open addressing, never more than half full: a tag name is
 * looked up at every tag, and a general hash table was a sixth of this
 * pass.
 */
static guint
intern (Tamer      *t,
        const char *lower)
{
  guint slot = find_slot (t, lower);
  Name name = { 0 };

  if (t->slots[slot] != 0)
    return t->slots[slot] - 1;
  name.name = t->n_known == 0 ? (char *) lower : g_strdup (lower);
  g_array_append_val (t->names, name);
  t->slots[slot] = t->names->len;
  if (t->names->len * 2 > t->n_slots)
    {
      t->n_slots *= 2;
      g_free (t->slots);
      t->slots = g_new0 (guint, t->n_slots);
      for (guint i = 0; i < t->names->len; i++)
        t->slots[find_slot (t, name_at (t, i)->name)] = i + 1;
    }
  return t->names->len - 1;
}

static void
tamer_init (Tamer      *t,
            const char *src,
            gsize       len)
{
  memset (t, 0, sizeof *t);
  t->src = src;
  t->len = len;
  t->n_slots = 256;
  t->slots = g_new0 (guint, t->n_slots);
  t->names = g_array_new (FALSE, TRUE, sizeof (Name));
  t->open = g_array_new (FALSE, FALSE, sizeof (Open));
  /* the known names come first, and are not copied */
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      Name *name = name_at (t, intern (t, known[i].name));

      name->kind = known[i].kind;
      name->rank = known[i].rank;
    }
  t->n_known = t->names->len;
}

static void
tamer_clear (Tamer *t)
{
  for (guint i = t->n_known; i < t->names->len; i++)
    g_free (name_at (t, i)->name);
  g_array_unref (t->names);
  g_array_unref (t->open);
  g_free (t->slots);
}

/* Replaces src[from, to) with @with (@with_len bytes). */
static void
rewrite (Tamer      *t,
         gsize       from,
         gsize       to,
         const char *with,
         gsize       with_len)
{
  g_assert (from >= t->copied && to >= from);
  if (t->out == NULL)
    t->out = g_string_sized_new (t->len + 1024);
  g_string_append_len (t->out, t->src + t->copied, from - t->copied);
  g_string_append_len (t->out, with, with_len);
  t->copied = to;
}

/* Closes the topmost open element with an end tag written at @at. */
static void
pop (Tamer    *t,
     gsize     at,
     gboolean  write_end_tag)
{
  Open *top = &g_array_index (t->open, Open, t->open->len - 1);
  Name *name = name_at (t, top->name);

  if (write_end_tag)
    {
      char tag[PX_TAME_MAX_NAME + 4];
      int n = g_snprintf (tag, sizeof tag, "</%s>", name->name);

      rewrite (t, at, at, tag, n);
    }
  name->top = top->below_same;
  t->rank_top[name->rank] = top->below_rank;
  g_array_set_size (t->open, t->open->len - 1);
}

static void
push (Tamer *t,
      guint  id)
{
  Name *name = name_at (t, id);
  Open open = { id, name->top, t->rank_top[name->rank] };

  g_array_append_val (t->open, open);
  name->top = t->open->len;
  t->rank_top[name->rank] = t->open->len;
}

static guint
top_kind (Tamer *t)
{
  if (t->open->len == 0)
    return 0;
  return name_at (t, g_array_index (t->open, Open, t->open->len - 1).name)->kind;
}

/* The open elements the start of a @kind element ends, as a browser ends
 * them: a paragraph at a block, a list item at the next, a cell at the
 * next cell or row.
 */
static void
close_implied (Tamer *t,
               guint  kind,
               gsize  at)
{
  for (;;)
    {
      guint top = top_kind (t);
      gboolean ends = FALSE;

      if (top == 0)
        return;
      if ((top & KIND_P) && (kind & KIND_CLOSES_P))
        ends = TRUE;
      else if ((top & KIND_FONT_STYLE) && (kind & KIND_P))
        ends = TRUE;
      else if ((top & KIND_LI) && (kind & KIND_LI))
        ends = TRUE;
      else if ((top & KIND_DEF) && (kind & KIND_DEF))
        ends = TRUE;
      else if ((top & KIND_OPTION) && (kind & KIND_OPTION))
        ends = TRUE;
      else if ((top & KIND_A) && (kind & KIND_A))
        ends = TRUE;
      else if ((top & KIND_CELL) && (kind & (KIND_CELL | KIND_ROW | KIND_SECTION)))
        ends = TRUE;
      else if ((top & KIND_ROW) && (kind & (KIND_ROW | KIND_SECTION)))
        ends = TRUE;
      else if ((top & KIND_SECTION) && (kind & KIND_SECTION))
        ends = TRUE;
      if (!ends)
        return;
      pop (t, at, TRUE);
    }
}

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline gboolean
is_name_start (char c)
{
  return g_ascii_isalpha (c) || c == '_' || c == ':' || c == '.';
}

static inline gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == ':' || c == '-' || c == '_' || c == '.';
}

/* Reads a tag name at @p into @lower; returns the end of the name. */
static gsize
read_name (Tamer *t,
           gsize  p,
           char   lower[PX_TAME_MAX_NAME + 1])
{
  guint n = 0;

  while (p < t->len && is_name_char (t->src[p]))
    {
      if (n < PX_TAME_MAX_NAME)
        lower[n++] = _px_ascii_tolower (t->src[p]);
      p++;
    }
  lower[n] = '\0';
  return p;
}

/* Finds @needle (ASCII, lower case) from @p on, ignoring case. */
static gsize
find_ci (Tamer      *t,
         gsize       p,
         const char *needle)
{
  gsize n = strlen (needle);

  while (p + n <= t->len)
    {
      const char *lt = memchr (t->src + p, needle[0], t->len - p);

      if (lt == NULL)
        break;
      p = lt - t->src;
      if (p + n <= t->len && g_ascii_strncasecmp (t->src + p, needle, n) == 0)
        return p;
      p++;
    }
  return t->len;
}

/* TRUE when src[from, to) holds the end tag of a script, a style sheet,
 * the head or the title: no attribute's value does, but a quote left open
 * runs on through them to the next quote on the page.
 */
static gboolean
holds_raw_end_tag (const Tamer *t,
                   gsize        from,
                   gsize        to)
{
  static const char * const names[] = { "script", "style", "head", "title", NULL };

  for (const char *q = memchr (t->src + from, '<', to - from); q != NULL;
       q = memchr (q + 1, '<', t->src + to - q - 1))
    {
      gsize left = t->src + to - q;

      if (left < 2 || q[1] != '/')
        continue;
      for (guint i = 0; names[i] != NULL; i++)
        {
          gsize n = strlen (names[i]);

          if (left >= n + 2 && g_ascii_strncasecmp (q + 2, names[i], n) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Notes src[from, to), an attribute named src[from, name_end), as one to
 * leave out when nothing reads it and libxml2 would read it as this pass
 * does: a name of its own characters only.
 */
static void
note_attribute (Tamer      *t,
                const char *element,
                gsize       from,
                gsize       name_end,
                gsize       to)
{
  char lower[PX_TAME_MAX_NAME + 1];

  if (element == NULL || name_end - from >= PX_TAME_MAX_NAME || !is_name_start (t->src[from]))
    return;
  for (gsize i = from; i < name_end; i++)
    {
      char c = t->src[i];

      if (!is_name_char (c))
        return;
      lower[i - from] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
  lower[name_end - from] = '\0';
  if (_px_html_is_attribute_read (element, lower))
    return;
  g_assert (t->n_unread + 2 <= G_N_ELEMENTS (t->unread));
  t->unread[t->n_unread++] = from;
  t->unread[t->n_unread++] = to;
}

/* A start tag's attributes, from @p to the tag's end: returns the offset
 * just after '>' (or the end of the page), sets @self_closing when the tag
 * ends in "/>", and @cut, @cut_end to the attributes past the limit (both
 * 0 when there are none). A quoted value that runs over a line break and
 * through an end tag of a script, a style sheet, the head or the title
 * was never closed (<script src="/te.backgroundColor='yellow'; and a page
 * of script before the next quote): the value and the tag end at the line
 * break, returned, and @unclosed is set to the quote to write there.
 * With @element (the tag's name), the attributes within the limit that
 * nothing reads are noted in t->unread.
 */
static gsize
read_attributes (Tamer      *t,
                 const char *element,
                 gsize       p,
                 gboolean   *self_closing,
                 gsize      *cut,
                 gsize      *cut_end,
                 char       *unclosed)
{
  guint count = 0;
  gsize from, name_end;

  t->n_unread = 0;
  *self_closing = FALSE;
  *unclosed = '\0';
  *cut = *cut_end = 0;
  while (p < t->len)
    {
      char c = t->src[p];

      if (is_blank (c))
        {
          p++;
          continue;
        }
      if (c == '>' || (c == '/' && p + 1 < t->len && t->src[p + 1] == '>'))
        break;

      /* a name, perhaps with a value */
      if (count == PX_TAME_MAX_ATTRIBUTES)
        *cut = p;
      count++;
      from = p;
      while (p < t->len && !is_blank (t->src[p]) && t->src[p] != '=' && t->src[p] != '>'
             && !(t->src[p] == '/' && p + 1 < t->len && t->src[p + 1] == '>'))
        p++;
      name_end = p;
      while (p < t->len && is_blank (t->src[p]))
        p++;
      if (p < t->len && t->src[p] == '=')
        {
          p++;
          while (p < t->len && is_blank (t->src[p]))
            p++;
          if (p < t->len && (t->src[p] == '"' || t->src[p] == '\''))
            {
              const char *close = memchr (t->src + p + 1, t->src[p], t->len - p - 1);
              gsize close_at = close != NULL ? (gsize) (close - t->src) : t->len;
              const char *line_end = memchr (t->src + p + 1, '\n', close_at - p - 1);

              if (line_end != NULL && holds_raw_end_tag (t, line_end - t->src, close_at))
                {
                  *unclosed = t->src[p];
                  if (*cut > 0)
                    *cut_end = line_end - t->src;
                  return line_end - t->src;
                }
              p = close != NULL ? close_at + 1 : t->len;
              if (close != NULL && *cut == 0)
                note_attribute (t, element, from, name_end, p);
            }
          else
            {
              while (p < t->len && !is_blank (t->src[p]) && t->src[p] != '>')
                p++;
              if (p < t->len && *cut == 0)
                note_attribute (t, element, from, name_end, p);
            }
        }
      else if (p < t->len && *cut == 0)
        note_attribute (t, element, from, name_end, name_end);
    }

  if (*cut > 0)
    *cut_end = p;
  if (p >= t->len)
    return t->len;
  if (t->src[p] == '/')
    {
      *self_closing = TRUE;
      return p + 2;
    }
  return p + 1;
}

/* TRUE when libxml2 reads every character of src[from, to) as a
 * script's text: its scanner stops at the first character that is not
 * XML's (a control character, U+FFFE, U+FFFF, a byte that is not UTF-8)
 * and reads what follows as markup.
 */
static gboolean
is_script_text (const Tamer *t,
                gsize        from,
                gsize        to)
{
  const guchar *s = (const guchar *) t->src + from;
  const guchar *e = (const guchar *) t->src + to;

  while (s < e)
    {
      /* eight bytes of ASCII, none of them below a space */
      if (e - s >= 8 && _px_ascii_eight_from (s, ' '))
        {
          s += 8;
          continue;
        }
      if (*s >= 0x20 && *s < 0x80)
        {
          s++;
          continue;
        }
      if (*s == '\t' || *s == '\n' || *s == '\r')
        {
          s++;
          continue;
        }
      if (*s < 0x80)
        return FALSE;
      {
        gunichar c = g_utf8_get_char_validated ((const char *) s, e - s);

        if (c == (gunichar) -1 || c == (gunichar) -2 || c == 0xFFFE || c == 0xFFFF)
          return FALSE;
        s += g_unichar_to_utf8 (c, NULL);
      }
    }
  return TRUE;
}

/* TRUE when nothing reads the text of the script whose start tag is
 * src[lt, body) and whose text is src[body, to): the parse keeps only the
 * text of style sheets, of structured data (a type with "json" in it)
 * and of a starting state ("window.__INITIAL_STATE__ = {…}"),
 * and a script's text is a fifth of a page's bytes, each of which libxml2
 * would otherwise read one character at a time.
 */
static gboolean
is_unread_script (const Tamer *t,
                  const char  *lower,
                  gsize        lt,
                  gsize        body,
                  gsize        to)
{
  if (strcmp (lower, "script") != 0 || to == body)
    return FALSE;
  for (gsize p = lt; p + 4 <= body; p++)
    if (g_ascii_strncasecmp (t->src + p, "json", 4) == 0)
      return FALSE;
  /* nor of a starting state set on window: the article may be in it */
  {
    gsize p = body;

    while (p < to && g_ascii_isspace (t->src[p]))
      p++;
    if (to - p >= 9 && (strncmp (t->src + p, "window.__", 9) == 0 || strncmp (t->src + p, "window[\"__", MIN (to - p, 10)) == 0))
      return FALSE;
  }
  /* libxml2 ends a script's text at the first "</" and a letter, whatever
   * the name, and then reads an end tag up to the next '>'
   */
  for (const char *q = memchr (t->src + body, '<', to - body); q != NULL;
       q = memchr (q + 1, '<', t->src + to - q - 1))
    if (q + 2 < t->src + to && q[1] == '/' && g_ascii_isalpha (q[2]))
      return FALSE;
  return is_script_text (t, body, to);
}

static gsize
start_tag (Tamer *t,
           gsize  lt)
{
  char lower[PX_TAME_MAX_NAME + 1];
  gsize name_end = read_name (t, lt + 1, lower);
  guint id = intern (t, lower);
  guint kind = name_at (t, id)->kind;
  gboolean self_closing;
  gsize cut, cut_end;
  char unclosed;
  /* <meta> keeps every attribute: libxml2 reads a charset in them */
  gsize end = read_attributes (t, strcmp (lower, "meta") != 0 ? lower : NULL, name_end,
                               &self_closing, &cut, &cut_end, &unclosed);

  if (cut > 0 && !(kind & KIND_VOID) && !self_closing && t->open->len >= PX_TAME_MAX_DEPTH)
    cut = 0; /* the whole tag goes below */
  if (!(kind & (KIND_RAW | KIND_ROOT)))
    close_implied (t, kind, lt);
  if (!(kind & (KIND_VOID | KIND_RAW | KIND_ROOT)) && !self_closing && t->open->len >= PX_TAME_MAX_DEPTH)
    {
      name_at (t, id)->overflow++;
      rewrite (t, lt, end, "", 0);
      return end;
    }
  /* libxml2 takes no form feed for a blank, and stops at a NUL: in a tag
   * with either, it may read the attributes otherwise
   */
  if (unclosed == '\0' && !t->unsure && t->n_unread > 0 && memchr (t->src + lt, '\f', end - lt) == NULL
      && memchr (t->src + lt, '\0', end - lt) == NULL)
    for (guint i = 0; i < t->n_unread; i += 2)
      rewrite (t, t->unread[i], t->unread[i + 1], "", 0);
  if (cut > 0)
    rewrite (t, cut, cut_end, "", 0);
  if (unclosed != '\0')
    {
      /* the quote left open, closed where its line ends, and the tag (the
       * quote went with the attributes past the limit, if it was one)
       */
      char closer[2] = { unclosed, '>' };

      if (cut > 0)
        rewrite (t, end, end, ">", 1);
      else
        rewrite (t, end, end, closer, 2);
    }
  if (kind & KIND_ROOT)
    return end;

  if (kind & KIND_RAW)
    {
      char closer[16];
      gsize body = end;

      if (self_closing)
        return end;
      /* the end tag goes through as it is: it ends what it started */
      g_snprintf (closer, sizeof closer, "</%s", lower);
      end = find_ci (t, end, closer);
      if (end < t->len)
        {
          if (cut == 0 && unclosed == '\0' && !t->unsure && is_unread_script (t, lower, lt, body, end))
            rewrite (t, body, end, "", 0);
          const char *gt = memchr (t->src + end, '>', t->len - end);

          end = gt != NULL ? (gsize) (gt - t->src) + 1 : t->len;
        }
      return end;
    }
  if ((kind & KIND_VOID) || self_closing)
    return end;
  push (t, id);
  return end;
}

static gsize
end_tag (Tamer *t,
         gsize  lt)
{
  char lower[PX_TAME_MAX_NAME + 1];
  gsize name_end = read_name (t, lt + 2, lower);
  const char *gt = memchr (t->src + name_end, '>', t->len - name_end);
  gsize end = gt != NULL ? (gsize) (gt - t->src) + 1 : t->len;
  guint id = intern (t, lower);
  Name *name = name_at (t, id);
  gboolean ignored = FALSE;
  guint at;

  /* libxml2 has rules of its own for these, and implies them; past a
   * few, each would only cost it a search through its stack
   */
  if (name->kind & KIND_ROOT)
    {
      /* An end of the body or the page before the end of the markup
       * (a template's stray "</body>" in the middle of an article) would
       * put what follows outside the body, away from the rest of its
       * article; libxml2 ends both at the end of the markup anyway.
       */
      if (++name->ends > PX_TAME_MAX_ROOT_ENDS || strcmp (lower, "head") != 0)
        rewrite (t, lt, end, "", 0);
      return end;
    }

  if (name->overflow > 0)
    {
      name->overflow--;
      rewrite (t, lt, end, "", 0);
      return end;
    }

  at = name->top;
  if (at == 0)
    ignored = TRUE;
  for (guint r = name->rank + 1; r < N_RANKS && !ignored; r++)
    if (t->rank_top[r] > at)
      ignored = TRUE;
  if (ignored)
    {
      /* A paragraph's end with no paragraph open parts the text about it
       * as a browser does (an empty paragraph), so "followed.</p>The court"
       * in a div stays two sentences; in the head, or where libxml2 may
       * read the markup otherwise, it is only left out.
       */
      if ((name->kind & KIND_P) && t->open->len > 0 && !t->unsure
          && name_at (t, intern (t, "title"))->top == 0)
        {
          close_implied (t, KIND_P, lt);
          rewrite (t, lt, end, "<p></p>", strlen ("<p></p>"));
        }
      else
        rewrite (t, lt, end, "", 0);
      return end;
    }

  while (t->open->len > at)
    pop (t, lt, TRUE);
  pop (t, lt, FALSE);
  return end;
}

/* Skips a comment, doctype or processing instruction at @lt; one that is
 * never closed is shown as text, as the parser would then read the rest
 * as markup.
 */
static gsize
skip_declaration (Tamer      *t,
                  gsize       lt,
                  const char *closer)
{
  gsize end = find_ci (t, lt + 2, closer);

  if (end >= t->len)
    {
      rewrite (t, lt, lt + 1, "&lt;", 4);
      return lt + 1;
    }
  /* libxml2 reads a doctype's quoted identifiers through to their closing
   * quotes, past any '>': after a quote left open there, it reads the
   * page's markup otherwise than this pass does
   */
  if (strcmp (closer, ">") == 0)
    {
      guint quotes = 0, apostrophes = 0;

      for (gsize p = lt; p < end; p++)
        {
          quotes += t->src[p] == '"';
          apostrophes += t->src[p] == '\'';
        }
      if (quotes % 2 != 0 || apostrophes % 2 != 0)
        t->unsure = TRUE;
    }
  /* a comment's text: libxml2 would read it character by character, and
   * nothing reads it. libxml2 looks for "-->" from the fifth character on,
   * also ends a comment at "--!>", and stops at a NUL: where it would end
   * the comment elsewhere, it reads the rest otherwise than this pass.
   */
  if (strcmp (closer, "-->") == 0 && !t->unsure)
    {
      if (end < lt + 4 || memchr (t->src + lt + 4, '\0', end - lt - 4) != NULL
          || g_strstr_len (t->src + lt + 4, end + 2 - lt - 4, "--!>") != NULL)
        t->unsure = TRUE;
      else if (end > lt + 4)
        rewrite (t, lt + 4, end, "", 0);
    }
  return end + strlen (closer);
}

char *
_px_html_tame (const char    *html,
               gsize          len,
               gsize         *out_len,
               GCancellable  *cancellable,
               GError       **error)
{
  Tamer t;
  gsize p = 0;
  gsize next_check = PX_TAME_CHECK_BYTES;

  tamer_init (&t, html, len);
  while (p < len)
    {
      const char *lt = memchr (html + p, '<', len - p);

      if (lt == NULL)
        break;
      p = lt - html;

      if (p >= next_check)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              if (t.out != NULL)
                g_string_free (t.out, TRUE);
              tamer_clear (&t);
              return NULL;
            }
          next_check = p + PX_TAME_CHECK_BYTES;
        }

      if (p + 1 >= len)
        break;
      if (html[p + 1] == '!')
        p = skip_declaration (&t, p, p + 3 < len && html[p + 2] == '-' && html[p + 3] == '-' ? "-->" : ">");
      else if (html[p + 1] == '?')
        p = skip_declaration (&t, p, ">");
      else if (html[p + 1] == '/' && p + 2 < len && is_name_start (html[p + 2]))
        p = end_tag (&t, p);
      else if (is_name_start (html[p + 1]))
        p = start_tag (&t, p);
      else
        p++;
    }

  if (t.out == NULL)
    {
      tamer_clear (&t);
      *out_len = len;
      return NULL;
    }
  g_string_append_len (t.out, html + t.copied, len - t.copied);
  tamer_clear (&t);
  *out_len = t.out->len;
  return g_string_free (t.out, FALSE);
}
