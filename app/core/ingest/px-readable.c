/* px-readable.c: finding the article body in a parsed page
 *
 * The page is walked once, in document order and without recursion, to
 * measure every element: how much visible text it holds, how much of that
 * is link text, commas, paragraphs, images, list items, form fields.
 * Boilerplate that can be recognised on sight (navigation, scripts, hidden
 * parts, share tools, cookie banners, comments, related links…) is left
 * out of the walk. Each block of running text then gives points to the
 * elements around it, the best container wins, its siblings that look like
 * more of the same article join it, and its text is written out block by
 * block with the remaining clutter cleaned away.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-calendar-private.h"
#include "px-html-private.h"
#include "px-readable-private.h"

/* Below this many characters of body the page is read again with fewer
 * of the rules that throw things away.
 */
#define PX_READABLE_MIN_BODY 500
/* less than this found with <aside>, <footer> and hidden elements left
 * out, and the page is read again with them: no article at all, not a
 * short one (a page with a short article hides other text)
 */
#define PX_READABLE_LAST_RESORT 150
/* paragraphs between blank lines that make a list item a story's body */
#define PX_READABLE_ITEM_RUNS 3
/* how far above the body's first text a headline is looked for */
#define PX_READABLE_HEADLINE_ELEMENTS 40
#define PX_READABLE_HEADLINE_TEXT 300
/* the longest cell of a table that is written as part of its row's line */
#define PX_READABLE_CELL_MAX 120
#define PX_READABLE_BYLINE_MAX 100
#define PX_READABLE_ANCESTOR_LEVELS 5
#define PX_READABLE_TOP_CANDIDATES 5
/* a paragraph of this many links and nothing else is a list of links */
#define PX_READABLE_LINK_LIST 3

typedef enum
{
  RULE_STRIP_UNLIKELY = 1 << 0,
  RULE_WEIGHT_CLASSES = 1 << 1,
  RULE_CLEAN_CONDITIONALLY = 1 << 2,
  /* <aside>, <footer> and hidden elements dropped: left out only when
   * nothing else finds an article (a page that wraps its story in one)
   */
  RULE_DROP_PAGE_PARTS = 1 << 3,
  RULE_ALL = RULE_STRIP_UNLIKELY | RULE_WEIGHT_CLASSES | RULE_CLEAN_CONDITIONALLY | RULE_DROP_PAGE_PARTS,
} Rules;

typedef enum
{
  INFO_BLOCK = 1 << 0,
  INFO_HAS_BLOCK_CHILD = 1 << 1,
  INFO_CANDIDATE = 1 << 2,
  INFO_LINK = 1 << 3,
  INFO_IN_FIGURE = 1 << 4,
  INFO_EMBED = 1 << 5,    /* a post from a social network */
  INFO_RUNS = 1 << 6,     /* has text between blank lines (<br><br>) */
  INFO_SUMMARY = 1 << 7,  /* named as the article's summary or standfirst */
  INFO_TABLE_READ = 1 << 8,  /* a table whose shape has been read */
  INFO_DATA_TABLE = 1 << 9,  /* a table of data (is_data_table()) */
  INFO_HEADER = 1 << 10,     /* the article's own header (is_article_header()) */
  INFO_RUN_READ = 1 << 11,   /* whether its children are a run of paragraphs has been read */
  INFO_PARAGRAPH_RUN = 1 << 12, /* its children are a run of paragraphs written as <div>s */
} InfoFlags;

typedef struct
{
  xmlNode *node;
  guint flags;
  guint tags;         /* TagFlags */
  int class_weight;
  double score;
  double best_inside; /* the best score of this element or any below it */
  guint parent;       /* index + 1 of the parent's info, 0 for the walk's root */
  guint outer_block;  /* index + 1 of the enclosing block while walking */
  guint text_len;     /* visible characters below, white space runs counted once */
  guint link_len;
  guint commas;
  guint inline_len;   /* characters directly in this block, not in nested blocks */
  guint inline_commas;
  guint run_len;      /* the same since the last blank line (<br><br>) in the block */
  guint run_commas;
  double points;      /* what the block's runs of text give the elements around it */
  guint n_p;
  guint n_img;
  guint n_li;
  guint n_input;
  guint n_heading;
  guint written_at;   /* the writer's count of text written when it reached this element */
} Info;

typedef struct
{
  GArray *infos; /* Info */
  GHashTable *word_cache;
  Rules rules;
  Rules used;    /* the rules that changed something in this run */
  char *byline;
  gboolean article_read; /* an <article> with text has been walked */
  gboolean prose_read;   /* a block of prose has been walked */
  char *squashed_title;  /* the title, squashed, when it is known */
  gsize title_bytes;     /* and its length in the page's own text, about */
  xmlNode *headline;     /* the first text that repeats the title */
  const char *lead;      /* the opening of the page's description, squashed, or NULL (not owned) */
  Info *passed_over;     /* the strongest candidate, when the description's lead chose another */
  GHashTable *hidden_ids; /* ids the page's own style sheets hide, or NULL (not owned) */
  guint rest_checks;      /* hidden blocks weighed as the rest of the story */
  GHashTable *copies;     /* full copies read for the shown part they repeat (CopyRole), or NULL */
} Walk;

static inline Info *
info_at (Walk  *walk,
         guint  index1)
{
  return index1 == 0 ? NULL : &g_array_index (walk->infos, Info, index1 - 1);
}

static inline Info *
info_for (Walk          *walk,
          const xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  return info_at (walk, GPOINTER_TO_UINT (node->_private));
}

/* Tag sets */

typedef enum
{
  TAG_BLOCK = 1 << 0,
  TAG_DROPPED = 1 << 1,
  TAG_FIELD = 1 << 2,
  TAG_PARAGRAPH = 1 << 3,
  TAG_CONTAINER = 1 << 4,
  TAG_CONDITIONAL = 1 << 5,
  TAG_LINK = 1 << 6,      /* a */
  TAG_GUARDED = 1 << 7,   /* table, code, pre: class names are not judged inside */
  TAG_FIGURE = 1 << 8,
  TAG_P = 1 << 9,
  TAG_IMG = 1 << 10,
  TAG_LI = 1 << 11,
  TAG_HEADING = 1 << 12,  /* h1 to h6 */
  TAG_ROOT = 1 << 13,     /* html, body */
  TAG_ARTICLE = 1 << 14,
  TAG_VOID = 1 << 15,     /* elements that never hold text: br, img, hr, wbr */
  TAG_TITLE = 1 << 16,
  TAG_BR = 1 << 17,
  TAG_PAGE_PART = 1 << 18, /* aside, footer, nav, ...: the page's, read only as a last resort */
  TAG_PRE = 1 << 19,
  TAG_SWALLOWS = 1 << 20, /* dropped, but a page that leaves one open has its story inside */
  TAG_OPENABLE = 1 << 21, /* a page part that holds paragraphs only when left open */
} TagFlags;

static gboolean
name_in (const xmlNode      *node,
         const char * const *names)
{
  const char *name = (const char *) node->name;

  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char * const block_tags[] = {
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
  "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
  "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
  "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  NULL
};

/* Never part of an article's text, whatever the page says about them. */
static const char * const dropped_tags[] = {
  "applet", "audio", "button", "canvas", "datalist", "embed",
  "frame", "frameset", "iframe", "input", "link", "map",
  "meta", "noscript", "object", "option", "script", "select", "source", "style", "svg",
  "template", "textarea", "video",
  NULL
};

/* Fields a reader fills in: a block with many is a form. A <button> is
 * none (share and menu toggles sit in article headers).
 */
static const char * const field_tags[] = { "input", "select", "textarea", NULL };

/* Blocks whose own text is a paragraph in its own right. */
static const char * const paragraph_tags[] = {
  "p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6", NULL
};

/* Blocks whose text is scored, the paragraph tags aside. */
static const char * const container_tags[] = {
  "div", "section", "article", "main", "center", "span", "font", NULL
};

static const char * const conditional_tags[] = {
  "div", "section", "table", "ul", "ol", "dl", "form", "fieldset", "header", "details", NULL
};

static void
add_tags (GHashTable         *table,
          const char * const *names,
          TagFlags            flag)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (table, names[i]));

      g_hash_table_insert (table, (gpointer) names[i], GUINT_TO_POINTER (flags | flag));
    }
}

/* The element names the rules know, and their flags: open addressing on a
 * hash of the name's bytes, never more than a quarter full. The rules ask
 * the flags of every element many times over, and a GHashTable's hashing
 * and comparing through function pointers was a twentieth of extracting
 * a page.
 */
#define TAG_SLOTS 512

typedef struct
{
  const char *name;
  guint flags;
} TagSlot;

static guint
tag_hash (const char *name)
{
  guint hash = 2166136261u;

  for (const guchar *p = (const guchar *) name; *p != '\0'; p++)
    hash = (hash ^ *p) * 16777619u;
  return hash;
}

static void
add_tag_slot_cb (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  TagSlot *slots = user_data;
  guint i = tag_hash (key) % TAG_SLOTS;

  while (slots[i].name != NULL)
    i = (i + 1) % TAG_SLOTS;
  slots[i].name = key;
  slots[i].flags = GPOINTER_TO_UINT (value);
}

/* The flags of a name in @table, 0 for a name not in it. */
static guint
table_flags (const TagSlot *table,
             const char    *name)
{
  for (guint i = tag_hash (name) % TAG_SLOTS; table[i].name != NULL; i = (i + 1) % TAG_SLOTS)
    if (_px_str_is (table[i].name, name))
      return table[i].flags;
  return 0;
}

static gboolean
is_blank_text (const xmlNode *node)
{
  if (node == NULL || node->type != XML_TEXT_NODE)
    return TRUE;
  for (const char *p = (const char *) node->content; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* TRUE when the custom element @node (a name with a hyphen, as the HTML
 * standard has them: "story-paragraph", "news-article", "amp-ad") is set
 * as a block: a component of the page, which the page's style sheet
 * shows as one (browsers draw an element they do not know inline, so a
 * story written in <story-paragraph>s would run its paragraphs and the
 * rail beside it into one line). One in running text stays inline: a
 * paragraph or a heading holds it, or text stands right beside it
 * ("<p>said <x-link>the mayor</x-link> on Monday</p>"). Only the parent
 * and the two nearest siblings are looked at, so a page of deep or wide
 * custom elements costs no more than one of <div>s.
 */
static gboolean
is_custom_block (const xmlNode *node,
                 const TagSlot *table)
{
  const xmlNode *parent = node->parent;
  guint flags;

  if (parent == NULL || parent->type != XML_ELEMENT_NODE || parent->name == NULL)
    return FALSE;
  flags = table_flags (table, (const char *) parent->name);
  if (!(flags & TAG_BLOCK) && strchr ((const char *) parent->name, '-') == NULL)
    return FALSE;
  if (flags & (TAG_P | TAG_HEADING | TAG_PRE))
    return FALSE;
  return is_blank_text (node->prev) && is_blank_text (node->next);
}

/* What the rules need to know about an element's name, looked up once. */
static guint
tag_flags (const xmlNode *node)
{
  static TagSlot *table;
  const char *name = (const char *) node->name;
  guint flags;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
      TagSlot *slots = g_new0 (TagSlot, TAG_SLOTS);

      add_tags (t, block_tags, TAG_BLOCK);
      add_tags (t, dropped_tags, TAG_DROPPED);
      add_tags (t, field_tags, TAG_FIELD);
      add_tags (t, paragraph_tags, TAG_PARAGRAPH);
      add_tags (t, container_tags, TAG_CONTAINER);
      add_tags (t, conditional_tags, TAG_CONDITIONAL);
      add_tags (t, (const char * const[]) { "a", NULL }, TAG_LINK);
      add_tags (t, (const char * const[]) { "table", "code", "pre", NULL }, TAG_GUARDED);
      add_tags (t, (const char * const[]) { "figure", NULL }, TAG_FIGURE);
      add_tags (t, (const char * const[]) { "p", NULL }, TAG_P);
      add_tags (t, (const char * const[]) { "img", NULL }, TAG_IMG);
      add_tags (t, (const char * const[]) { "li", NULL }, TAG_LI);
      add_tags (t, (const char * const[]) { "h1", "h2", "h3", "h4", "h5", "h6", NULL }, TAG_HEADING);
      add_tags (t, (const char * const[]) { "html", "body", NULL }, TAG_ROOT);
      add_tags (t, (const char * const[]) { "article", NULL }, TAG_ARTICLE);
      add_tags (t, (const char * const[]) { "br", "img", "hr", "wbr", NULL }, TAG_VOID);
      add_tags (t, (const char * const[]) { "title", NULL }, TAG_TITLE);
      add_tags (t, (const char * const[]) { "br", NULL }, TAG_BR);
      /* menus, captions and dialogs too: a page that leaves one open
       * (<nav> or <figcaption> never closed) has its story inside it
       */
      add_tags (t, (const char * const[]) { "aside", "footer", "nav", "menu", "figcaption", "dialog", NULL },
                TAG_PAGE_PART);
      add_tags (t, (const char * const[]) { "pre", NULL }, TAG_PRE);
      add_tags (t, (const char * const[]) { "svg", "map", "video", "audio", "object", "canvas", "iframe",
                                             "textarea", NULL }, TAG_SWALLOWS);
      add_tags (t, (const char * const[]) { "nav", "menu", "figcaption", "dialog", NULL }, TAG_OPENABLE);
      g_assert (g_hash_table_size (t) * 4 <= TAG_SLOTS);
      g_hash_table_foreach (t, add_tag_slot_cb, slots);
      g_hash_table_unref (t);
      g_once_init_leave (&table, slots);
    }
  if (name == NULL)
    return 0;
  flags = table_flags (table, name);
  if (flags == 0 && strchr (name, '-') != NULL && is_custom_block (node, table))
    return TAG_BLOCK | TAG_CONTAINER | TAG_CONDITIONAL;
  return flags;
}

/* Class and id words */

typedef struct
{
  const char *word;
  gboolean whole; /* must be a whole token, not part of one */
} Word;

/* Parts of a page that are not the article: removed before scoring
 * unless the same class or id also says it holds the content.
 */
static const Word unlikely_words[] = {
  { "ad", TRUE }, { "ads", TRUE }, { "adbox", FALSE }, { "ad-break", FALSE }, { "agegate", FALSE },
  { "banner", FALSE }, { "bio", TRUE }, { "author-bio", FALSE }, { "authorbio", FALSE },
  { "about-author", FALSE }, { "author-box", FALSE }, { "author-info", FALSE },
  { "breadcrumb", FALSE }, { "combx", FALSE }, { "comment", FALSE },
  { "community", FALSE }, { "consent", FALSE }, { "cookie", FALSE }, { "copyright", FALSE },
  { "cover-wrap", FALSE },
  { "disqus", FALSE }, { "extra", FALSE }, { "footer", FALSE }, { "gdpr", FALSE },
  { "header", FALSE }, { "legends", FALSE }, { "masthead", FALSE }, { "menu", FALSE },
  { "modal", FALSE }, { "most-popular", FALSE }, { "mostpopular", FALSE }, { "nav", TRUE },
  { "navbar", FALSE }, { "newsletter", FALSE }, { "outbrain", FALSE }, { "pager", FALSE },
  { "pagination", FALSE }, { "paywall-prompt", FALSE }, { "popup", FALSE }, { "promo", FALSE },
  { "recommend", FALSE }, { "related", FALSE },
  { "remark", FALSE }, { "replies", FALSE }, { "rss", TRUE }, { "share", FALSE },
  { "sharing", FALSE }, { "shoutbox", FALSE }, { "sidebar", FALSE }, { "signup", FALSE },
  { "skyscraper", FALSE }, { "social", FALSE }, { "sponsor", FALSE }, { "subscribe", FALSE },
  { "supplemental", FALSE }, { "taboola", FALSE }, { "toolbar", FALSE }, { "trending", FALSE },
  { "yom-remote", FALSE },
  { NULL, FALSE }
};

static const Word maybe_words[] = {
  /* an opinion article is no readers' comment */
  { "commentary", FALSE },
  { "and", FALSE }, { "article", FALSE }, { "body", FALSE }, { "column", FALSE },
  { "content", FALSE }, { "main", FALSE }, { "shadow", FALSE }, { "story", FALSE },
  { NULL, FALSE }
};

static const Word negative_words[] = {
  { "ad", TRUE }, { "ads", TRUE }, { "advert", FALSE }, { "banner", FALSE }, { "byline", FALSE },
  { "combx", FALSE }, { "comment", FALSE }, { "com", TRUE }, { "contact", FALSE }, { "copyright", FALSE },
  { "cookie", FALSE }, { "foot", FALSE }, { "footnote", FALSE }, { "gdpr", FALSE },
  { "hidden", FALSE }, { "masthead", FALSE }, { "media", FALSE }, { "meta", FALSE },
  { "newsletter", FALSE }, { "outbrain", FALSE }, { "promo", FALSE }, { "related", FALSE },
  { "scroll", FALSE }, { "share", FALSE }, { "shopping", FALSE }, { "shoutbox", FALSE },
  { "sidebar", FALSE }, { "skyscraper", FALSE }, { "social", FALSE }, { "sponsor", FALSE },
  { "subscribe", FALSE }, { "tags", FALSE }, { "tool", FALSE }, { "widget", FALSE },
  { NULL, FALSE }
};

static const Word positive_words[] = {
  { "article", FALSE }, { "body", FALSE }, { "content", FALSE }, { "entry", FALSE },
  { "hentry", FALSE }, { "h-entry", FALSE }, { "main", FALSE }, { "page", FALSE },
  { "post", FALSE }, { "text", FALSE }, { "blog", FALSE }, { "story", FALSE },
  { "paragraph", FALSE },
  { NULL, FALSE }
};

/* Share tools and similar small blocks go when their text is short. */
static const Word share_words[] = {
  { "share", FALSE }, { "sharing", FALSE }, { "social", FALSE }, { "sociable", FALSE },
  { "addthis", FALSE }, { "follow-us", FALSE },
  { NULL, FALSE }
};

/* A discussion below the article: never the article once an <article>
 * has been read.
 */
static const Word comment_words[] = {
  { "comment", FALSE }, { "disqus", FALSE }, { "respond", FALSE }, { "replies", FALSE },
  { "discussion", FALSE },
  { NULL, FALSE }
};

/* Captions and the cards shown on hover: left out even inside the
 * layout tables where other class names are not judged.
 */
static const Word aside_words[] = {
  { "cap", TRUE }, { "caption", FALSE }, { "cutline", FALSE }, { "hovercard", FALSE }, { "popover", FALSE },
  { "rollover", FALSE }, { "tooltip", FALSE },
  { NULL, FALSE }
};

/* Posts from social networks embedded in the article. */
static const Word embed_words[] = {
  { "tweet", FALSE }, { "instagram-media", FALSE }, { "tiktok-embed", FALSE },
  { "bluesky-embed", FALSE }, { "mastodon-embed", FALSE }, { "social-embed", FALSE },
  { "fb-post", FALSE },
  { NULL, FALSE }
};

/* The article's summary under its headline: its own words, kept. */
static const Word summary_words[] = {
  { "summary", FALSE }, { "standfirst", FALSE }, { "dek", TRUE }, { "lede", FALSE }, { "subtitle", FALSE },
  { NULL, FALSE }
};

/* A video player: its title, summary and running time are no text of
 * the article.
 */
static const Word video_words[] = {
  { "video", FALSE }, { "player", FALSE },
  { NULL, FALSE }
};

/* The article's own header, named like the page's masthead. */
static const Word header_words[] = {
  { "header", FALSE },
  { NULL, FALSE }
};

static const Word byline_words[] = {
  { "byline", FALSE }, { "author", FALSE }, { "dateline", FALSE }, { "writtenby", FALSE },
  { "p-author", FALSE },
  { NULL, FALSE }
};

static gboolean
is_token_char (char c)
{
  return g_ascii_isalnum (c);
}

typedef enum
{
  WORD_UNLIKELY = 1 << 0,
  WORD_MAYBE = 1 << 1,
  WORD_NEGATIVE = 1 << 2,
  WORD_POSITIVE = 1 << 3,
  WORD_SHARE = 1 << 4,
  WORD_BYLINE = 1 << 5,
  WORD_COMMENTS = 1 << 6,
  WORD_EMBED = 1 << 7,
  WORD_ASIDE = 1 << 8,
  WORD_SUMMARY = 1 << 9,
  WORD_VIDEO = 1 << 10,
  WORD_HEADER = 1 << 11,
} WordFlags;

typedef struct
{
  const char *word;
  guint8 len;
  gboolean whole;
  guint flag;
} WordEntry;

typedef struct
{
  WordEntry *entries; /* sorted by first letter */
  guint first[256];   /* index of the first entry starting with each byte */
  guint count[256];
} WordIndex;

static void
index_words (GArray     *entries,
             const Word *words,
             guint       flag)
{
  for (guint i = 0; words[i].word != NULL; i++)
    {
      WordEntry entry = { words[i].word, strlen (words[i].word), words[i].whole, flag };

      g_array_append_val (entries, entry);
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return (int) (guchar) ((const WordEntry *) a)->word[0] - (int) (guchar) ((const WordEntry *) b)->word[0];
}

/* All word lists in one table, looked up by the letter a word starts with,
 * so a class string is read once however many words there are.
 */
static const WordIndex *
word_index (void)
{
  static WordIndex *index;

  if (g_once_init_enter (&index))
    {
      WordIndex *built = g_new0 (WordIndex, 1);
      GArray *entries = g_array_new (FALSE, FALSE, sizeof (WordEntry));

      index_words (entries, unlikely_words, WORD_UNLIKELY);
      index_words (entries, maybe_words, WORD_MAYBE);
      index_words (entries, negative_words, WORD_NEGATIVE);
      index_words (entries, positive_words, WORD_POSITIVE);
      index_words (entries, share_words, WORD_SHARE);
      index_words (entries, byline_words, WORD_BYLINE);
      index_words (entries, comment_words, WORD_COMMENTS);
      index_words (entries, embed_words, WORD_EMBED);
      index_words (entries, aside_words, WORD_ASIDE);
      index_words (entries, summary_words, WORD_SUMMARY);
      index_words (entries, video_words, WORD_VIDEO);
      index_words (entries, header_words, WORD_HEADER);
      g_array_sort (entries, compare_entries);
      for (guint i = entries->len; i > 0; i--)
        {
          guchar c = (guchar) g_array_index (entries, WordEntry, i - 1).word[0];

          built->first[c] = i - 1;
          built->count[c]++;
        }
      built->entries = (WordEntry *) (gpointer) g_array_free (entries, FALSE);
      g_once_init_leave (&index, built);
    }
  return index;
}

/* The WordFlags of the lists that have a word in @lower, a lower-cased
 * class or id string.
 */
static guint
word_flags (const char *lower)
{
  const WordIndex *index = word_index ();
  guint flags = 0;

  for (const char *p = lower; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      for (guint i = index->first[c]; i < index->first[c] + index->count[c]; i++)
        {
          const WordEntry *e = &index->entries[i];

          if ((flags & e->flag) || (e->len > 1 && p[1] != e->word[1]) || strncmp (p, e->word, e->len) != 0)
            continue;
          if (!e->whole || ((p == lower || !is_token_char (p[-1])) && !is_token_char (p[e->len])))
            flags |= e->flag;
        }
    }
  return flags;
}

/* TRUE for a subheading (<h2> to <h6>) whose class or id calls it a
 * "header" and nothing else unlikely ("header-anchor-post", "section-header"):
 * the name says what the element is, a heading, not that it is the page's
 * masthead.
 */
static gboolean
is_heading_named_header (const xmlNode *node)
{
  const char *names[] = { "class", "id" };

  if (node->type != XML_ELEMENT_NODE || node->name[0] != 'h' || node->name[1] < '2' || node->name[1] > '6'
      || node->name[2] != '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = _px_html_attr (node, names[i]);
      char lower[257];
      gsize len = 0;
      char *at;

      if (value == NULL)
        continue;
      for (; value[len] != '\0' && len < sizeof lower - 1; len++)
        lower[len] = _px_ascii_tolower (value[len]);
      lower[len] = '\0';
      while ((at = strstr (lower, "header")) != NULL)
        memset (at, ' ', 6);
      if (word_flags (lower) & WORD_UNLIKELY)
        return FALSE;
    }
  return TRUE;
}

/* Which word lists the class or id @name of @node matches. Pages repeat
 * the same class lists over and over, so the answers for classes are kept
 * in @cache; an id is seldom seen twice, and is read as it comes.
 */
static guint
attr_words (GHashTable    *cache,
            const xmlNode *node,
            const char    *name)
{
  const char *value = _px_html_attr (node, name);
  gboolean is_class = name[0] == 'c';
  char lower[1025];
  gsize len = 0;
  gpointer cached;
  guint flags;

  if (value == NULL || *value == '\0')
    return 0;

  /* A class list of a megabyte says nothing a short one would not. */
  for (; value[len] != '\0' && len < sizeof lower - 1; len++)
    lower[len] = _px_ascii_tolower (value[len]);
  lower[len] = '\0';
  if (is_class && g_hash_table_lookup_extended (cache, lower, NULL, &cached))
    return GPOINTER_TO_UINT (cached);

  flags = word_flags (lower);
  if (is_class)
    g_hash_table_insert (cache, g_strdup (lower), GUINT_TO_POINTER (flags));
  return flags;
}

static int
class_weight (guint klass,
              guint id)
{
  int weight = 0;

  if (klass & WORD_NEGATIVE)
    weight -= 25;
  if (klass & WORD_POSITIVE)
    weight += 25;
  if (id & WORD_NEGATIVE)
    weight -= 25;
  if (id & WORD_POSITIVE)
    weight += 25;
  return weight;
}

static gboolean
has_element_child (const xmlNode *node)
{
  for (const xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

/* TRUE when @node has @n <p> children or more. */
static gboolean
has_paragraphs (const xmlNode *node,
                guint          n)
{
  guint found = 0;

  for (const xmlNode *c = node->children; c != NULL && found < n; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (tag_flags (c) & TAG_P))
      found++;
  return found >= n;
}

/* TRUE when a child of @node is a block of the page's (<p>, <div>, ...):
 * what an <svg> or a <video> never holds unless the page left it open.
 */
static gboolean
has_block_child (const xmlNode *node)
{
  for (const xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (tag_flags (c) & TAG_BLOCK))
      return TRUE;
  return FALSE;
}

static gboolean
is_hidden (const xmlNode *node)
{
  const char *style = _px_html_attr (node, "style");
  const char *aria = _px_html_attr (node, "aria-hidden");

  if (_px_html_attr (node, "hidden") != NULL)
    return TRUE;
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  if (style != NULL)
    {
      g_autofree char *compact = g_ascii_strdown (style, MIN (strlen (style), 512));
      char *w = compact;

      for (const char *r = compact; *r != '\0'; r++)
        if (*r != ' ')
          *w++ = *r;
      *w = '\0';
      if (strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_unlikely_role (const xmlNode *node)
{
  static const char * const roles[] = {
    "navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "alert",
    "banner", "contentinfo", "search", NULL
  };
  const char *role = _px_html_attr (node, "role");

  if (role == NULL)
    return FALSE;
  for (guint i = 0; roles[i] != NULL; i++)
    if (g_ascii_strcasecmp (role, roles[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_byline_element (const xmlNode *node,
                   guint          klass,
                   guint          id)
{
  const char *rel = _px_html_attr (node, "rel");
  const char *itemprop = _px_html_attr (node, "itemprop");

  if (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
    return TRUE;
  if (itemprop != NULL && strstr (itemprop, "author") != NULL)
    return TRUE;
  return ((klass | id) & WORD_BYLINE) != 0;
}

static gboolean
is_body_marked (const xmlNode *node)
{
  const char *itemprop = _px_html_attr (node, "itemprop");

  return itemprop != NULL && strstr (itemprop, "articleBody") != NULL;
}

/* Counts visible characters the way the text will be written out: a run
 * of white space is one character, a code point is one.
 */
static guint
text_length (const char *text,
             guint      *commas,
             gboolean   *ends_space)
{
  guint n = 0;
  gboolean space = *ends_space;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      /* the bulk of a text: ASCII past the comma, a character a byte */
      if (*p > ',' && *p < 0x80)
        {
          const guchar *q = p + 1;

          while (*q > ',' && *q < 0x80)
            q++;
          n += q - p;
          space = FALSE;
          p = q - 1;
          continue;
        }
      if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f')
        {
          if (!space)
            n++;
          space = TRUE;
          continue;
        }
      space = FALSE;
      if ((*p & 0xC0) != 0x80)
        n++;
      if (*p == ',')
        (*commas)++;
      /* U+FF0C FULLWIDTH COMMA, U+060C ARABIC COMMA */
      else if ((p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) || (p[0] == 0xD8 && p[1] == 0x8C))
        (*commas)++;
    }
  *ends_space = space;
  return n;
}

typedef struct
{
  guint current_block; /* index + 1 */
  guint in_link;
  guint in_guarded;    /* inside table or code: class names are not judged there */
  guint in_figure;
  guint in_header;     /* inside the article's own header */
  guint br_run;        /* <br> elements since the last visible text */
  gboolean space;
} WalkState;

static gboolean
declares_hidden (const char *body,
                 gsize       len)
{
  char compact[128];
  gsize w = 0;

  /* display:none or visibility:hidden, spaces and case aside */
  for (gsize i = 0; i < len; i++)
    {
      char c = _px_ascii_tolower (body[i]);

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        continue;
      if (c == ';' || c == '!')
        {
          compact[w] = '\0';
          if (strcmp (compact, "display:none") == 0 || strcmp (compact, "visibility:hidden") == 0)
            return TRUE;
          w = 0;
          if (c == '!')
            while (i + 1 < len && body[i + 1] != ';')
              i++;
          continue;
        }
      if (w + 1 < sizeof compact)
        compact[w++] = c;
    }
  compact[w] = '\0';
  return strcmp (compact, "display:none") == 0 || strcmp (compact, "visibility:hidden") == 0;
}

/* The ids that a rule of @sheet hides for the screen ("#printDesc { display: none }", "div#copy, #other {...}"): a
 * page's copy of the article for printing, hidden where it is shown.
 * Only selectors that name one element by its id count (a class hidden
 * by a sheet is often shown by a script: "read more"); rules inside
 * @media and other at-rules are left alone, as print sheets hide
 * what the screen shows.
 */
GHashTable *
_px_readable_hidden_ids (const char *sheet,
                         gsize       len)
{
  GHashTable *hidden = NULL;
  const char *p = sheet;
  const char *end = sheet + len;

  while (p < end)
    {
      const char *open = memchr (p, '{', end - p);
      const char *close;
      const char *sel = p;
      const char *comment;

      if (open == NULL)
        break;
      /* a comment before the selector is not part of it */
      while ((comment = g_strstr_len (sel, open - sel, "*/")) != NULL)
        sel = comment + 2;
      while (sel < open && g_ascii_isspace (*sel))
        sel++;
      if (*sel == '@')
        {
          /* skip the at-rule's block, nested blocks and all */
          guint depth = 0;

          for (close = open; close < end; close++)
            if (*close == '{')
              depth++;
            else if (*close == '}' && --depth == 0)
              break;
          p = close < end ? close + 1 : end;
          continue;
        }
      close = memchr (open, '}', end - open);
      if (close == NULL)
        close = end;
      if (declares_hidden (open + 1, close - open - 1))
        {
          g_autofree char *selectors = g_strndup (sel, open - sel);
          g_auto(GStrv) list = g_strsplit (selectors, ",", -1);

          for (guint i = 0; list[i] != NULL; i++)
            {
              char *one = g_strstrip (list[i]);
              char *hash = strchr (one, '#');
              const char *q;

              if (hash == NULL || hash[1] == '\0')
                continue;
              /* an element's name, perhaps, then #id and nothing else */
              for (q = one; q < hash && g_ascii_isalnum (*q); q++)
                ;
              if (q != hash)
                continue;
              for (q = hash + 1; *q != '\0' && (g_ascii_isalnum (*q) || *q == '-' || *q == '_'); q++)
                ;
              if (*q != '\0')
                continue;
              if (hidden == NULL)
                hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_add (hidden, g_strdup (hash + 1));
            }
        }
      p = close < end ? close + 1 : end;
    }
  return hidden;
}

/* TRUE when @node's id is the name of the heading it opens, as
 * documentation and wiki generators write them (<div class="section"
 * id="sharing-with-a-single-developer"><h2>Sharing with a single
 * developer</h2>): the id says what the section is about, not what kind of
 * block it is, and its words are not judged, but for readers' comments.
 */
static gboolean
id_names_heading (const xmlNode *node)
{
  const char *id = _px_html_attr (node, "id");
  const xmlNode *first = node->children;
  g_autofree char *squashed_id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squashed_text = NULL;

  if (id == NULL || strlen (id) > 200)
    return FALSE;
  while (first != NULL && first->type != XML_ELEMENT_NODE)
    {
      /* text before the heading: the id is not the heading's */
      if (first->type == XML_TEXT_NODE && first->content != NULL
          && strspn ((const char *) first->content, " \t\r\n") < strlen ((const char *) first->content))
        return FALSE;
      first = first->next;
    }
  if (first == NULL || !(tag_flags (first) & TAG_HEADING))
    return FALSE;
  text = _px_html_text ((xmlNode *) first, 400);
  squashed_id = _px_html_squash (id);
  squashed_text = _px_html_squash (text);
  return squashed_id[0] != '\0' && strcmp (squashed_id, squashed_text) == 0;
}

/* TRUE for the article's own header, named as a header like the page's
 * masthead ("immersive-header-container", "entry-header"): it holds the
 * headline (<h1>) and a block named as the summary (a standfirst), which
 * is the article's.
 */
#define PX_READABLE_HEADER_NODES 300

static gboolean
is_article_header (Walk    *walk,
                   xmlNode *node)
{
  gboolean h1 = FALSE;
  gboolean summary = FALSE;
  guint seen = 0;

  /* in any case: "ArticleHeader" is named as one too */
  if (((attr_words (walk->word_cache, node, "class") | attr_words (walk->word_cache, node, "id")) & WORD_HEADER) == 0)
    return FALSE;
  for (xmlNode *n = node->children; n != NULL && seen < PX_READABLE_HEADER_NODES && !(h1 && summary);
       n = _px_html_next (n, node, TRUE))
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      h1 |= _px_html_is (n, "h1");
      summary |= ((attr_words (walk->word_cache, n, "class") | attr_words (walk->word_cache, n, "id")) & WORD_SUMMARY) != 0;
    }
  return h1 && summary;
}

/* TRUE for an inline element named as a hover card that holds the
 * name the card belongs to: a link first, then the card itself, named
 * as one too ("Rep. <span class=rollover-people><a>Angela Moreno</a>
 * <span class=rollover-people-block>...</span></span> (D-Calif.)"). The
 * name is a word of the sentence and stays; the card goes.
 */
static gboolean
wraps_named_card (Walk    *walk,
                  xmlNode *node,
                  guint    tags)
{
  xmlNode *n = node->children;

  if (tags & TAG_BLOCK)
    return FALSE;
  while (n != NULL && n->type == XML_TEXT_NODE && n->content != NULL
         && strspn ((const char *) n->content, " \t\r\n") == strlen ((const char *) n->content))
    n = n->next;
  if (!_px_html_is (n, "a"))
    return FALSE;
  for (n = n->next; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      return ((attr_words (walk->word_cache, n, "class") | attr_words (walk->word_cache, n, "id")) & WORD_ASIDE) != 0;
  return FALSE;
}

/* TRUE for a video player's box: named as a video, short, and showing a
 * running time ("1:02", "01:12") as an element of its own. Its title
 * and summary ("Fox News Flash top headlines for July 16") are no text of
 * the article.
 */
#define PX_READABLE_VIDEO_BOX_MAX 400

/* TRUE when @box holds the place of a player: an element named as a video
 * or a player with no text in it, where the page's script puts the video
 * ("<div class=jw-player-container><div id=jwplayer_1></div></div>"),
 * or a frame or a <video> of its own. The lines beside it ("Hill.TV:
 * Lawmakers spar over ...", "TheHill.com") are its title and source.
 */
static gboolean
holds_player (GHashTable *cache,
              xmlNode    *box)
{
  for (xmlNode *n = box->children; n != NULL; n = _px_html_next (n, box, TRUE))
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (_px_html_is (n, "iframe") || _px_html_is (n, "video") || _px_html_is (n, "object")
          || _px_html_is (n, "embed"))
        return TRUE;
      if (((attr_words (cache, n, "class") | attr_words (cache, n, "id")) & WORD_VIDEO) && n->children == NULL)
        return TRUE;
    }
  return FALSE;
}

/* The characters of @box's text outside its children named as a video or
 * a player, or that are one: a player's own labels ("Play Video", "Current
 * Time 0:00", a captions dialog's settings) are no text beside it. Counts
 * up to @max and a little past.
 */
static glong
text_beside_player (GHashTable *cache,
                    xmlNode    *box,
                    glong       max)
{
  glong len = 0;

  for (xmlNode *n = box->children; n != NULL && len <= max; n = n->next)
    {
      g_autofree char *text = NULL;

      if (n->type == XML_ELEMENT_NODE
          && (_px_html_is (n, "video") || _px_html_is (n, "iframe")
              || ((attr_words (cache, n, "class") | attr_words (cache, n, "id")) & WORD_VIDEO)))
        continue;
      text = _px_html_text (n, max + 1);
      len += g_utf8_strlen (text, -1);
    }
  return len;
}

static gboolean
is_video_box (GHashTable *cache,
              xmlNode    *node)
{
  g_autofree char *text = _px_html_text (node, PX_READABLE_VIDEO_BOX_MAX + 1);

  /* a player that writes its controls' labels as text (video.js) and a
   * title and a line or two beside it
   */
  if (g_utf8_strlen (text, -1) > PX_READABLE_VIDEO_BOX_MAX)
    return holds_player (cache, node) && text_beside_player (cache, node, PX_READABLE_VIDEO_BOX_MAX) <= PX_READABLE_VIDEO_BOX_MAX;
  if (holds_player (cache, node))
    return TRUE;
  for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
    if (n->type == XML_ELEMENT_NODE && n->children != NULL && n->children->next == NULL
        && n->children->type == XML_TEXT_NODE && n->children->content != NULL)
      {
        g_autofree char *t = g_strstrip (g_strdup ((const char *) n->children->content));
        guint i = 0;
        guint parts = 0;

        /* m:ss, mm:ss, h:mm:ss */
        while (t[i] != '\0')
          {
            guint digits = 0;

            while (g_ascii_isdigit (t[i]))
              i++, digits++;
            if (digits == 0 || digits > 2 || (parts > 0 && digits != 2))
              break;
            parts++;
            if (t[i] == ':')
              i++;
            else
              break;
          }
        if (t[i] == '\0' && i > 0 && t[i - 1] != ':' && parts >= 2 && parts <= 3)
          return TRUE;
      }
  return FALSE;
}

/* The text of a byline element. Where it is set in blocks, the first
 * holds the names and the others the writer's role or desk ("By Kate
 * Hollis" over "BBC News, Devon"): the first is the byline.
 */
static char *
byline_text (xmlNode *node)
{
  guint blocks = 0;
  xmlNode *first = NULL;
  xmlNode *name = _px_html_byline_name (node);

  /* the name apart from the writer's title or desk beside it */
  if (name != NULL)
    return _px_html_text_skipping (name, PX_READABLE_BYLINE_MAX * 4, "time");

  for (xmlNode *n = node->children; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && (tag_flags (n) & TAG_BLOCK))
      {
        g_autofree char *t = _px_html_text (n, 64);

        if (*t == '\0')
          continue;
        if (first == NULL)
          first = n;
        blocks++;
      }
    else if (n->type == XML_TEXT_NODE && n->content != NULL
             && strspn ((const char *) n->content, " \t\r\n") != strlen ((const char *) n->content))
      return _px_html_text_skipping (node, PX_READABLE_BYLINE_MAX * 4, "time");
  if (blocks >= 2)
    return _px_html_text_skipping (first, PX_READABLE_BYLINE_MAX * 4, "time");
  return _px_html_text_skipping (node, PX_READABLE_BYLINE_MAX * 4, "time");
}

/* The rest of a story hidden behind a "Continue reading" button: a hidden
 * block right after the visible paragraphs, holding paragraphs of prose
 * that are not already shown, beside such a button or named as the rest
 * ("article-more", "is-collapsed"). Hidden menus, dialogs, newsletters,
 * lists of links and second copies of the text stay out.
 */
#define PX_READABLE_REST_TEXT 65536  /* the text of each side compared, at most */
#define PX_READABLE_REST_CHECKS 16   /* hidden blocks weighed in one walk, at most */
#define PX_READABLE_REST_GAP 3       /* elements without prose between the two, at most */
#define PX_READABLE_CONTROL_MAX 60   /* the text of a button that shows the rest */
#define PX_READABLE_SHINGLE 4        /* words in each shingle compared */

#define PX_READABLE_REST_PROSE_MIN 40 /* a paragraph of the rest has this many bytes */
#define PX_READABLE_COPY_MORE 20      /* shingles a full copy holds beyond the shown part, at least */
#define PX_READABLE_COPY_LOOK 64      /* shown siblings before a full copy looked at, at most */

static gsize prose_length (xmlNode *p);
#define PX_READABLE_PROSE_MIN 80    /* a paragraph of prose has this many bytes */

static gsize prose_length_from (xmlNode *p,
                                gsize    min);

/* TRUE when @node's text is a short "Continue reading", "Read more",
 * "Show full article"...
 */
static gboolean
is_rest_control (xmlNode *node)
{
  static const char * const phrases[] = {
    "continue reading", "keep reading", "read more", "read the rest", "read full", "read the full",
    "show more", "show full", "show the full", "see more", "view full", "full story", "full article",
    "expand", "more of this story", NULL
  };
  g_autofree char *text = _px_html_text (node, PX_READABLE_CONTROL_MAX + 1);
  g_autofree char *lower = NULL;

  if (*text == '\0' || strlen (text) > PX_READABLE_CONTROL_MAX)
    return FALSE;
  lower = g_ascii_strdown (text, -1);
  for (guint i = 0; phrases[i] != NULL; i++)
    if (strstr (lower, phrases[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* TRUE when @node's class or id names it the rest of a text. */
static gboolean
is_named_rest (const xmlNode *node)
{
  static const char * const names[] = {
    "more", "rest", "remain", "continu", "expand", "collaps", "truncat", "full", NULL
  };
  const char *attrs[] = { _px_html_attr (node, "class"), _px_html_attr (node, "id") };

  for (guint a = 0; a < G_N_ELEMENTS (attrs); a++)
    if (attrs[a] != NULL)
      {
        g_autofree char *lower = g_ascii_strdown (attrs[a], MIN (strlen (attrs[a]), 256));

        for (guint i = 0; names[i] != NULL; i++)
          if (strstr (lower, names[i]) != NULL)
            return TRUE;
      }
  return FALSE;
}

/* Adds the shingles of @text's words (lowercased, letters and digits) to
 * @set, or counts in *@found those already in @found_in; returns how many
 * shingles @text has.
 */
static guint
shingles (const char *text,
          GHashTable *set,
          GHashTable *found_in,
          guint      *found)
{
  guint32 words[PX_READABLE_SHINGLE] = { 0 };
  guint n_words = 0;
  guint n = 0;
  const char *p = text;

  while (*p != '\0')
    {
      guint32 h = 2166136261u;
      gboolean any = FALSE;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        {
          h = (h ^ g_unichar_tolower (g_utf8_get_char (p))) * 16777619u;
          any = TRUE;
          p = g_utf8_next_char (p);
        }
      if (!any)
        break;
      words[n_words++ % PX_READABLE_SHINGLE] = h;
      if (n_words >= PX_READABLE_SHINGLE)
        {
          guint32 s = 0;

          for (guint i = 0; i < PX_READABLE_SHINGLE; i++)
            s = (s ^ words[(n_words + i) % PX_READABLE_SHINGLE]) * 16777619u;
          s |= 1; /* never 0, which a hash table reads as NULL */
          if (set != NULL)
            g_hash_table_add (set, GUINT_TO_POINTER (s));
          else if (g_hash_table_contains (found_in, GUINT_TO_POINTER (s)))
            (*found)++;
          n++;
        }
    }
  return n;
}

/* TRUE when @node holds a paragraph of prose, looked for among its first
 * elements.
 */
static gboolean
holds_prose (xmlNode *node)
{
  guint seen = 0;

  if (tag_flags (node) & TAG_P)
    return prose_length (node) > 0;
  for (xmlNode *n = node->children; n != NULL && seen < 2000; n = _px_html_next (n, node, TRUE))
    if (n->type == XML_ELEMENT_NODE && ++seen > 0 && (tag_flags (n) & TAG_P) && prose_length (n) > 0)
      return TRUE;
  return FALSE;
}

/* @node's text when it reads as paragraphs of a story: two paragraphs of
 * prose or more making six tenths of it, a fifth of it or less in links,
 * no form; NULL otherwise.
 */
static char *
rest_prose_text (xmlNode *node)
{
  guint n_prose = 0;
  gsize prose = 0;
  gsize linked = 0;
  guint seen = 0;
  g_autofree char *text = NULL;

  for (xmlNode *n = node->children; n != NULL && seen < 4000;)
    {
      gboolean descend = TRUE;

      seen++;
      if (n->type == XML_ELEMENT_NODE)
        {
          guint t = tag_flags (n);

          if ((t & TAG_FIELD) || _px_html_is (n, "form") || _px_html_is (n, "iframe") || has_unlikely_role (n))
            return NULL;
          if (t & TAG_P)
            {
              gsize len = prose_length_from (n, PX_READABLE_REST_PROSE_MIN);

              n_prose += len > 0;
              prose += len;
              descend = FALSE;
            }
          else if (t & TAG_LINK)
            {
              g_autofree char *link = _px_html_text (n, PX_READABLE_REST_TEXT);

              linked += strlen (link);
              descend = FALSE;
            }
        }
      n = _px_html_next (n, node, descend);
    }
  if (n_prose < 2)
    return NULL;
  text = _px_html_text (node, PX_READABLE_REST_TEXT);
  if (prose * 10 < strlen (text) * 6 || linked * 5 > strlen (text))
    return NULL;
  return g_steal_pointer (&text);
}

/* TRUE when @node, hidden, may be the story's own text: a block, no page
 * part, not named as the parts of a page that are never the story.
 */
static gboolean
may_be_rest (xmlNode *node,
             guint    tags,
             guint    klass,
             guint    id)
{
  return (tags & TAG_BLOCK) && !(tags & (TAG_PAGE_PART | TAG_DROPPED | TAG_ROOT)) && !has_unlikely_role (node)
         && !((klass | id) & (WORD_UNLIKELY | WORD_COMMENTS | WORD_ASIDE | WORD_SHARE | WORD_EMBED | WORD_VIDEO | WORD_BYLINE));
}

/* TRUE when a short "Continue reading" sits beside @node: one of the few
 * siblings before it or after it.
 */
static gboolean
beside_rest_control (xmlNode *node)
{
  guint gap = 0;

  for (xmlNode *s = node->prev; s != NULL && gap <= PX_READABLE_REST_GAP; s = s->prev)
    if (s->type == XML_ELEMENT_NODE)
      {
        if (is_rest_control (s))
          return TRUE;
        gap++;
      }
  gap = 0;
  for (xmlNode *s = node->next; s != NULL && gap <= PX_READABLE_REST_GAP; s = s->next)
    if (s->type == XML_ELEMENT_NODE)
      {
        if (is_rest_control (s))
          return TRUE;
        gap++;
      }
  return FALSE;
}

typedef enum
{
  COPY_READ = 1,  /* a hidden full copy of the story, read */
  COPY_SHOWN = 2, /* the shown part it repeats, not read */
} CopyRole;

/* A shown teaser (the first paragraphs) and, hidden beside it, the whole
 * story behind "Show full article": the hidden copy holds nearly all of
 * the teaser's text and more. Records the copy (COPY_READ) and the shown
 * siblings it repeats (COPY_SHOWN) in @copies; FALSE when @node is no
 * such copy. A copy no longer than what is shown is left out, as before.
 */
static gboolean
find_full_copy (xmlNode    *node,
                GHashTable *copies)
{
  g_autofree char *text = NULL;
  g_autoptr(GHashTable) hidden = NULL;
  g_autoptr(GPtrArray) repeated = NULL;
  gsize read = 0;
  guint looked = 0;
  guint n_hidden;
  guint n_repeated = 0;

  if (!beside_rest_control (node) && !is_named_rest (node))
    return FALSE;
  text = rest_prose_text (node);
  if (text == NULL)
    return FALSE;
  hidden = g_hash_table_new (g_direct_hash, g_direct_equal);
  n_hidden = shingles (text, hidden, NULL, NULL);
  repeated = g_ptr_array_new ();
  /* the shown siblings before it that it repeats, back to the first one
   * with text it does not hold (the headline, a standfirst)
   */
  for (xmlNode *s = node->prev; s != NULL && read < PX_READABLE_REST_TEXT && looked < PX_READABLE_COPY_LOOK; s = s->prev)
    {
      g_autofree char *t = NULL;
      guint found = 0;
      guint n;

      if (s->type != XML_ELEMENT_NODE || ++looked == 0 || is_hidden (s) || (tag_flags (s) & TAG_DROPPED)
          || is_rest_control (s))
        continue;
      t = _px_html_text (s, PX_READABLE_REST_TEXT);
      read += strlen (t);
      n = shingles (t, NULL, hidden, &found);
      if (n == 0)
        continue;
      if (found * 10 < n * 8)
        break;
      g_ptr_array_add (repeated, s);
      n_repeated += n;
    }
  /* the whole story: the shown part and a paragraph's worth more */
  if (repeated->len == 0 || n_hidden * 4 < n_repeated * 5 || n_hidden < n_repeated + PX_READABLE_COPY_MORE)
    return FALSE;
  g_hash_table_insert (copies, node, GUINT_TO_POINTER (COPY_READ));
  for (guint i = 0; i < repeated->len; i++)
    g_hash_table_insert (copies, g_ptr_array_index (repeated, i), GUINT_TO_POINTER (COPY_SHOWN));
  return TRUE;
}

/* The page's hidden full copies of its story (find_full_copy()), looked
 * for once before the walks; NULL when it has none. Hidden blocks are
 * weighed PX_READABLE_REST_CHECKS times at most.
 */
static GHashTable *
find_full_copies (xmlNode    *root,
                  GHashTable *word_cache,
                  GHashTable *hidden_ids)
{
  GHashTable *copies = NULL;
  guint checks = 0;

  for (xmlNode *n = root; n != NULL && checks < PX_READABLE_REST_CHECKS;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE && n != root)
        {
          guint tags = tag_flags (n);
          const char *node_id = _px_html_attr (n, "id");

          if (tags & TAG_DROPPED)
            descend = FALSE;
          else if (is_hidden (n)
                   || (hidden_ids != NULL && node_id != NULL && g_hash_table_contains (hidden_ids, node_id)))
            {
              descend = FALSE;
              if (may_be_rest (n, tags, attr_words (word_cache, n, "class"), attr_words (word_cache, n, "id")))
                {
                  checks++;
                  if (copies == NULL)
                    copies = g_hash_table_new (g_direct_hash, g_direct_equal);
                  find_full_copy (n, copies);
                }
            }
        }
      n = _px_html_next (n, root, descend);
    }
  if (copies != NULL && g_hash_table_size (copies) == 0)
    g_clear_pointer (&copies, g_hash_table_unref);
  return copies;
}

static gboolean
continues_story (Walk    *walk,
                 xmlNode *node,
                 guint    tags,
                 guint    klass,
                 guint    id)
{
  xmlNode *before = NULL;
  gboolean control = FALSE;
  guint gap = 0;
  g_autofree char *text = NULL;
  g_autoptr(GHashTable) shown = NULL;
  GString *shown_text;
  guint found = 0;
  guint n_hidden;
  guint n_shown;

  if (!may_be_rest (node, tags, klass, id))
    return FALSE;
  if (walk->rest_checks >= PX_READABLE_REST_CHECKS)
    return FALSE;
  walk->rest_checks++;

  /* its visible text just before it: prose, a button or two between */
  for (xmlNode *s = node->prev; s != NULL && before == NULL; s = s->prev)
    {
      g_autofree char *t = NULL;

      if (s->type == XML_TEXT_NODE && s->content != NULL
          && strspn ((const char *) s->content, " \t\r\n") < strlen ((const char *) s->content))
        return FALSE;
      if (s->type != XML_ELEMENT_NODE)
        continue;
      if (_px_html_is (s, "script") || _px_html_is (s, "style"))
        continue;
      /* a <button> is dropped from the walk, and is the control */
      if (is_rest_control (s))
        {
          control = TRUE;
          continue;
        }
      if (tag_flags (s) & TAG_DROPPED)
        continue;
      if (is_hidden (s))
        return FALSE;
      if (holds_prose (s))
        before = s;
      else if (++gap > PX_READABLE_REST_GAP)
        return FALSE;
    }
  if (before == NULL)
    return FALSE;
  gap = 0;
  for (xmlNode *s = node->next; s != NULL && !control && gap <= PX_READABLE_REST_GAP; s = s->next)
    if (s->type == XML_ELEMENT_NODE)
      {
        control = is_rest_control (s);
        gap++;
      }
  if (!control && !is_named_rest (node))
    return FALSE;

  text = rest_prose_text (node);
  if (text == NULL)
    return FALSE;

  /* not a second copy of what is shown: few of the shingles of either
   * side are found in the other
   */
  shown = g_hash_table_new (g_direct_hash, g_direct_equal);
  shown_text = g_string_new (NULL);
  for (xmlNode *s = node->prev; s != NULL && shown_text->len < PX_READABLE_REST_TEXT; s = s->prev)
    if (s->type == XML_ELEMENT_NODE && !is_hidden (s) && !(tag_flags (s) & TAG_DROPPED))
      {
        g_autofree char *t = _px_html_text (s, PX_READABLE_REST_TEXT);

        g_string_append_c (shown_text, ' ');
        g_string_append (shown_text, t);
      }
  n_shown = shingles (shown_text->str, shown, NULL, NULL);
  g_string_free (shown_text, TRUE);
  n_hidden = shingles (text, NULL, shown, &found);
  return n_shown > 0 && n_hidden > 0 && found * 2 < MIN (n_shown, n_hidden);
}

/* TRUE when @text opens as a writer's bio: a name of two to four
 * capitalised words, then "is a", "has covered", "joined"... ("Jane Doe
 * is a reporter covering courts", "Jo Ode has covered the region since").
 */
static gboolean
opens_as_bio (const char *text)
{
  static const char * const verbs[] = {
    "is a ", "is an ", "is the ", "is senior ", "is chief ", "has covered ", "covers ", "has been ",
    "joined ", "writes ", "has written ", "has reported ", "reports on ", "reports for ", "was previously ",
    NULL
  };
  const char *p = text;
  guint names = 0;

  while (names < 5 && g_ascii_isupper (*p))
    {
      while (g_ascii_isalpha (*p) || *p == '-' || *p == '\'' || *p == '.')
        p++;
      if (*p != ' ')
        return FALSE;
      p++;
      names++;
    }
  if (names < 2 || names > 4)
    return FALSE;
  for (guint i = 0; verbs[i] != NULL; i++)
    if (g_str_has_prefix (p, verbs[i]))
      return TRUE;
  return FALSE;
}

/* TRUE when @node is a box about the writer, not the story: headed
 * "About the author" ("About the writer", "About the reporter"...), or
 * named as the byline and opening with a bio ("Jane Doe is a reporter
 * covering courts..."). A brief above it must not take it in.
 */
#define PX_READABLE_BIO_LOOK 32 /* nodes looked at for the box's heading or first paragraph */

static gboolean
is_writer_box (xmlNode *node,
               guint    klass,
               guint    id)
{
  static const char * const about[] = {
    "about the author", "about the writer", "about the reporter", "about the columnist",
    "about the journalist", "about the contributor", NULL
  };
  gboolean byline = is_byline_element (node, klass, id);
  guint seen = 0;

  for (xmlNode *n = node->children; n != NULL && seen < PX_READABLE_BIO_LOOK; n = _px_html_next (n, node, TRUE))
    {
      guint tags;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      tags = tag_flags (n);
      if (tags & TAG_HEADING)
        {
          g_autofree char *text = _px_html_text (n, 64);
          g_autofree char *lower = g_ascii_strdown (text, -1);

          for (guint i = 0; about[i] != NULL; i++)
            if (g_str_has_prefix (lower, about[i]))
              return TRUE;
          return FALSE;
        }
      if (tags & TAG_P)
        {
          g_autofree char *text = NULL;

          if (!byline)
            return FALSE;
          text = _px_html_text (n, 256);
          return opens_as_bio (text);
        }
    }
  return FALSE;
}

/* An <aside> left open in the middle of a story (a pull quote, a link box
 * never closed): the parser nests the rest of the story in it, up to the
 * end of its parent. Read as the story when it comes right after a
 * paragraph of prose, nothing follows it in its parent, no heading opens
 * it (a box of the page's own is headed: "Key facts", "Related"), and it
 * holds three paragraphs of prose of its own (of 40 bytes or more, as the
 * rest of a story behind a button is counted).
 */
#define PX_READABLE_OPEN_ASIDE_LOOK 64 /* children looked at for its paragraphs */

static gboolean
holds_story_rest (xmlNode *node)
{
  xmlNode *prev = NULL;
  guint seen = 0;
  guint prose = 0;

  if (!_px_html_is (node, "aside"))
    return FALSE;
  for (xmlNode *s = node->next; s != NULL; s = s->next)
    if (s->type == XML_ELEMENT_NODE
        || (s->type == XML_TEXT_NODE && s->content != NULL
            && strspn ((const char *) s->content, " \t\r\n") < strlen ((const char *) s->content)))
      return FALSE;
  for (prev = node->prev; prev != NULL && prev->type != XML_ELEMENT_NODE; prev = prev->prev)
    ;
  if (prev == NULL || !(tag_flags (prev) & TAG_P) || prose_length_from (prev, PX_READABLE_REST_PROSE_MIN) == 0)
    return FALSE;
  for (xmlNode *c = node->children; c != NULL && prose < 3 && seen < PX_READABLE_OPEN_ASIDE_LOOK; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      {
        guint tags = tag_flags (c);

        if (seen++ == 0 && (tags & TAG_HEADING))
          return FALSE;
        if ((tags & TAG_P) && prose_length_from (c, PX_READABLE_REST_PROSE_MIN) > 0)
          prose++;
      }
  return prose >= 3;
}

/* Decides whether @node is walked at all. */
/* a paid box holds this much text at most, and is looked through this far */
#define PX_READABLE_AD_BOX_TEXT 1500
#define PX_READABLE_AD_BOX_NODES 400
/* how many nodes of a box are looked through for its label, and its bytes */
#define PX_READABLE_AD_LABEL_NODES 12
#define PX_READABLE_AD_LABEL_BYTES 40

static gboolean
is_blank_node (const xmlNode *node)
{
  return node != NULL && node->type != XML_ELEMENT_NODE && is_blank_text (node);
}

/* how many items of a list, and nodes of an item, are looked at */
#define PX_READABLE_LINK_LIST_ITEMS 100
#define PX_READABLE_LINK_LIST_ITEM_NODES 32

/* TRUE when @node is a list of links and nothing else: a <ul> or <ol> of
 * three items or more, each of them one link whose text is the item's
 * whole text ("<li><a>Council backs new bus lane</a></li>"), as a "More"
 * box's headlines or a menu are. However long a headline runs (a
 * sentence of 30 words), it is another page's.
 */
static gboolean
is_link_list (xmlNode *node)
{
  guint items = 0;

  if (!_px_html_is (node, "ul") && !_px_html_is (node, "ol"))
    return FALSE;
  for (xmlNode *li = node->children; li != NULL; li = li->next)
    {
      guint links = 0;
      guint seen = 0;
      gboolean text = FALSE;

      if (li->type == XML_TEXT_NODE && is_blank_text (li))
        continue;
      if (!_px_html_is (li, "li") || ++items > PX_READABLE_LINK_LIST_ITEMS)
        return FALSE;
      for (xmlNode *n = li->children; n != NULL; seen++)
        {
          if (seen > PX_READABLE_LINK_LIST_ITEM_NODES)
            return FALSE;
          if (_px_html_is (n, "a"))
            {
              if (++links > 1)
                return FALSE;
              for (xmlNode *t = n->children; t != NULL && !text && seen <= PX_READABLE_LINK_LIST_ITEM_NODES;
                   t = _px_html_next (t, n, TRUE), seen++)
                text = t->type == XML_TEXT_NODE && !is_blank_text (t);
              n = _px_html_next (n, li, FALSE);
              continue;
            }
          if (n->type == XML_TEXT_NODE && !is_blank_text (n))
            return FALSE;
          n = _px_html_next (n, li, TRUE);
        }
      if (links != 1 || !text)
        return FALSE;
    }
  return items >= 3;
}

/* TRUE when the box @node opens with a paid box's label ("Advertisement",
 * "Sponsored links", "Ads by Google", "Promoted stories") as a line of
 * its own, and holds what a paid box holds: a link or a frame, little
 * text, no headline, one paragraph of prose at most. An advertiser's copy
 * ("Refinance now: rates from 3.1% APR. Compare offers from lenders ...")
 * reads as prose: the attempts a brief's length allows, which leave class
 * names out, took it in with the story, or took the box for the article.
 * A part of the story under an advertisement's label holds its
 * paragraphs or its headline.
 */
static gboolean
is_ad_box (xmlNode *node)
{
  xmlNode *label = NULL;
  xmlNode *line;
  guint seen = 0;
  guint prose = 0;
  gboolean linked = FALSE;

  if (_px_html_is (node, "p"))
    return FALSE;
  for (xmlNode *n = node->children; n != NULL && seen++ < PX_READABLE_AD_LABEL_NODES;
       n = _px_html_next (n, node, TRUE))
    if (n->type == XML_TEXT_NODE && !is_blank_text (n))
      {
        label = n;
        break;
      }
  if (label == NULL || label->parent == node)
    return FALSE;
  /* (a label is a few words: a longer first text is none) */
  {
    const char *p = (const char *) label->content;

    while (g_ascii_isspace (*p))
      p++;
    /* (and opens as one of the labels does: most first texts do not) */
    if (strchr ("aApPsSfFwWrR", *p) == NULL && (guchar) *p != 0xD0 && (guchar) *p != 0xD1)
      return FALSE;
    if (strnlen (p, PX_READABLE_AD_LABEL_BYTES) >= PX_READABLE_AD_LABEL_BYTES)
      return FALSE;
  }
  line = label->parent;
  {
    g_autofree char *text = _px_html_text (line, 64);

    if (!_px_furniture_is_ad_label (text))
      return FALSE;
  }
  /* a line of its own: a block, or an element with no text beside it
   * (a word in bold that opens a paragraph is none)
   */
  if (!(tag_flags (line) & TAG_BLOCK))
    {
      xmlNode *before = line->prev;
      xmlNode *after = line->next;

      while (is_blank_node (before))
        before = before->prev;
      while (is_blank_node (after))
        after = after->next;
      if ((before != NULL && before->type == XML_TEXT_NODE) || (after != NULL && after->type == XML_TEXT_NODE))
        return FALSE;
    }
  {
    g_autofree char *text = _px_html_text (node, PX_READABLE_AD_BOX_TEXT + 1);

    if (strlen (text) > PX_READABLE_AD_BOX_TEXT)
      return FALSE;
  }
  seen = 0;
  for (xmlNode *n = node->children; n != NULL && seen < PX_READABLE_AD_BOX_NODES; n = _px_html_next (n, node, TRUE))
    {
      guint tags;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      tags = tag_flags (n);
      if (_px_html_is (n, "h1") || _px_html_is (n, "h2"))
        return FALSE;
      if ((tags & TAG_LINK) || _px_html_is (n, "iframe"))
        linked = TRUE;
      else if ((tags & TAG_P) && prose_length (n) > 0 && ++prose > 1)
        return FALSE;
    }
  return linked;
}

/* TRUE when @node, an inline element inside a link, says only that the
 * link opens in a new tab or window (", opens new tab", "(opens in a new
 * window)"): words for a screen reader, hidden from the eye by a class,
 * and never the story's ("told Reuters, opens new tab.").
 */
static gboolean
is_new_tab_notice (const xmlNode *node)
{
  static const char * const notices[] = {
    "opens new tab", "opens in new tab", "opens in a new tab", "opens new window", "opens in new window",
    "opens in a new window", "link opens in a new window", "link opens in a new tab", "open in new tab",
    "open in a new tab", "open in new window", "open in a new window", "new window", "new tab", NULL
  };
  g_autofree char *text = NULL;
  char *t;
  gsize len;

  if (node->parent == NULL || node->parent->type != XML_ELEMENT_NODE || !_px_html_is (node->parent, "a")
      || !name_in (node, (const char * const[]) { "span", "em", "i", "small", NULL }))
    return FALSE;
  text = _px_html_text ((xmlNode *) node, 48);
  if (strlen (text) >= 40)
    return FALSE;
  t = g_ascii_strdown (text, -1);
  g_free (text);
  text = t;
  while (*t != '\0' && strchr (" ,([-\t\n", *t) != NULL)
    t++;
  len = strlen (t);
  while (len > 0 && strchr (" )]\t\n.", t[len - 1]) != NULL)
    t[--len] = '\0';
  for (guint i = 0; notices[i] != NULL; i++)
    if (strcmp (t, notices[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
keep_element (Walk      *walk,
              WalkState *state,
              xmlNode   *node,
              guint      tags,
              guint      klass,
              guint      id)
{
  CopyRole role = walk->copies != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (walk->copies, node)) : 0;

  /* a shown teaser whose whole story is hidden beside it: the copy is read */
  if (role == COPY_SHOWN)
    return FALSE;
  if (is_new_tab_notice (node))
    return FALSE;
  if (tags & TAG_DROPPED)
    {
      /* An <svg>, a <video>, a <map>... left open swallows the page that
       * follows it (libxml2 nests the story in it; a browser breaks out of
       * an <svg> at the first paragraph): read as a page part, in the
       * last attempt only.
       */
      if (!(tags & TAG_SWALLOWS) || !has_block_child (node))
        return FALSE;
      /* three paragraphs of its own: the rest of the story, read as such */
      if (!has_paragraphs (node, 3))
        {
          walk->used |= RULE_DROP_PAGE_PARTS;
          if (walk->rules & RULE_DROP_PAGE_PARTS)
            return FALSE;
        }
    }
  /* A <title> left open swallows the page that follows it: libxml2 puts
   * the page's elements inside it, and they are read as they would be
   * anywhere else. A title of text alone is not the article's.
   */
  if ((tags & TAG_TITLE) && !has_element_child (node))
    return FALSE;
  /* a menu or a caption left open in the middle of a story holds the
   * rest of its paragraphs: read as the story
   */
  if (((tags & TAG_PAGE_PART) && !((tags & TAG_OPENABLE) && has_paragraphs (node, 3)) && !holds_story_rest (node))
      || (is_hidden (node) && role != COPY_READ && !continues_story (walk, node, tags, klass, id)))
    {
      walk->used |= RULE_DROP_PAGE_PARTS;
      if (walk->rules & RULE_DROP_PAGE_PARTS)
        return FALSE;
    }
  if (walk->hidden_ids != NULL)
    {
      const char *node_id = _px_html_attr (node, "id");

      if (node_id != NULL && g_hash_table_contains (walk->hidden_ids, node_id) && role != COPY_READ
          && !continues_story (walk, node, tags, klass, id))
        return FALSE;
    }

  if (tags & TAG_ROOT)
    return TRUE;

  if ((tags & TAG_BLOCK) && !(tags & TAG_ARTICLE) && is_writer_box (node, klass, id))
    return FALSE;
  /* an advertiser's box, under its label, whatever the attempt */
  if ((tags & TAG_BLOCK) && !(tags & TAG_ARTICLE) && is_ad_box (node))
    return FALSE;
  /* a list of other pages' links after prose, in the attempts that
   * strip no class names (a brief's retries), where its headlines, read
   * as sentences, would outweigh the brief; the first attempt leaves
   * out such a list with its box and label
   */
  if (!(walk->rules & RULE_STRIP_UNLIKELY) && walk->prose_read && is_link_list (node))
    return FALSE;

  /* whatever the other rules, a discussion after the article, or after
   * any block of prose, is not it (a block: a <span class="comment"> is a
   * code listing's comment); after prose, a block of paragraphs of its
   * own is a story's body under an unlucky name, not a thread of comments
   * (each in an item of its own)
   */
  if ((walk->article_read || (walk->prose_read && !has_paragraphs (node, 3)))
      && (tags & TAG_BLOCK) && ((klass | id) & WORD_COMMENTS) && !((klass | id) & WORD_MAYBE))
    return FALSE;

  if (walk->rules & RULE_STRIP_UNLIKELY)
    {
      if (has_unlikely_role (node)
          || (((klass | id) & WORD_ASIDE) && !(tags & (TAG_LINK | TAG_ARTICLE)) && !is_body_marked (node)
              && !wraps_named_card (walk, node, tags))
          || (state->in_guarded == 0 && !(tags & (TAG_LINK | TAG_ARTICLE))
              && !is_body_marked (node)
              && ((klass | id) & WORD_UNLIKELY) && !((klass | id) & WORD_MAYBE)
              /* the article's header and its parts, named as it is ("Header_dek"),
               * and a subheading named a header
               */
              && !(((klass | id) & WORD_HEADER)
                   && (state->in_header > 0 || is_article_header (walk, node) || is_heading_named_header (node)))))
        {
          walk->used |= RULE_STRIP_UNLIKELY;
          return FALSE;
        }
    }

  if (((klass | id) & WORD_VIDEO) && !(tags & (TAG_ROOT | TAG_ARTICLE)) && !is_body_marked (node)
      && is_video_box (walk->word_cache, node))
    return FALSE;

  if (is_byline_element (node, klass, id))
    {
      g_autofree char *text = byline_text (node);
      glong chars = g_utf8_strlen (text, -1);

      if (chars > 0 && chars < PX_READABLE_BYLINE_MAX)
        {
          if (walk->byline == NULL)
            walk->byline = g_steal_pointer (&text);
          return FALSE;
        }
    }

  if ((klass | id) & WORD_SHARE)
    {
      g_autofree char *text = _px_html_text (node, 2048);

      if (g_utf8_strlen (text, -1) < 500)
        return FALSE;
    }

  return TRUE;
}

/* A run of text between blank lines is a paragraph of its own, whether
 * it is written with <p> or as lines between <br><br> in one block.
 */
static void
end_run (Info     *block,
         gboolean  blank_line)
{
  if (block->run_len >= 25)
    block->points += 1.0 + block->run_commas + MIN (block->run_len / 100, 3);
  /* and counts as one where paragraphs are counted */
  if (block->run_len > 0 && (blank_line || (block->flags & INFO_RUNS)))
    block->n_p++;
  if (blank_line)
    block->flags |= INFO_RUNS;
  block->run_len = 0;
  block->run_commas = 0;
}

/* An <a> that holds paragraphs or other blocks, and an article's length
 * of text, is no link in the text but a wrapper: an anchor named around
 * the story ("<a name=story>"), or one left open above it, which the
 * parser closes only at the story's end. Its text is not link text.
 * (Looked for among the first nodes: a link holds a few.)
 */
static gboolean
holds_block (const xmlNode *link)
{
  const xmlNode *node = link->children;
  guint seen = 0;

  while (node != NULL && seen++ < 64)
    {
      /* a teaser's card, linked whole, holds a headline and a line or two */
      if (node->type == XML_ELEMENT_NODE && (tag_flags (node) & TAG_BLOCK))
        {
          g_autofree char *text = _px_html_text ((xmlNode *) link, PX_READABLE_MIN_BODY + 1);

          return strlen (text) > PX_READABLE_MIN_BODY;
        }
      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      while (node != NULL && node->next == NULL && node != link)
        node = node->parent;
      if (node == NULL || node == link)
        break;
      node = node->next;
    }
  return FALSE;
}

static void
enter_element (Walk      *walk,
               WalkState *state,
               xmlNode   *node,
               guint      parent_index,
               gboolean  *descend)
{
  guint tags = tag_flags (node);
  guint klass = attr_words (walk->word_cache, node, "class");
  guint id = attr_words (walk->word_cache, node, "id");
  Info *parent = info_at (walk, parent_index);
  Info info = { 0 };

  node->_private = NULL;
  /* a section headed "Comments" is still the readers' comments */
  if (id != 0 && !(id & WORD_COMMENTS) && id_names_heading (node))
    id = 0;

  if (!keep_element (walk, state, node, tags, klass, id))
    {
      if (parent != NULL && (tags & TAG_FIELD))
        parent->n_input++;
      *descend = FALSE;
      return;
    }

  /* An empty element needs no record of its own (a page of a million
   * <br> costs no memory here): an image is counted at its parent, a line
   * break is seen when the text is written out.
   */
  if ((tags & TAG_VOID) && node->children == NULL)
    {
      if (parent != NULL && (tags & TAG_IMG))
        parent->n_img++;
      if (tags & TAG_BR && ++state->br_run == 2 && state->current_block != 0)
        end_run (info_at (walk, state->current_block), TRUE);
      *descend = FALSE;
      return;
    }

  info.node = node;
  info.tags = tags;
  info.parent = parent_index;
  if (klass & WORD_EMBED)
    info.flags |= INFO_EMBED;
  if ((klass | id) & WORD_SUMMARY)
    info.flags |= INFO_SUMMARY;
  if (walk->rules & RULE_WEIGHT_CLASSES)
    {
      info.class_weight = class_weight (klass, id);
      if (is_body_marked (node))
        info.class_weight += 25;
      if (info.class_weight != 0)
        walk->used |= RULE_WEIGHT_CLASSES;
    }
  if ((tags & TAG_LINK) && !holds_block (node))
    {
      info.flags |= INFO_LINK;
      state->in_link++;
    }
  if (tags & TAG_GUARDED)
    state->in_guarded++;
  if (tags & TAG_FIGURE)
    state->in_figure++;
  if (state->in_figure > 0)
    info.flags |= INFO_IN_FIGURE;
  if (((klass | id) & WORD_HEADER) && state->in_header == 0 && is_article_header (walk, node))
    {
      info.flags |= INFO_HEADER;
      state->in_header++;
    }

  if (parent != NULL)
    {
      if (tags & TAG_P)
        parent->n_p++;
      else if (tags & TAG_LI)
        parent->n_li++;
      else if (tags & TAG_HEADING)
        parent->n_heading++;
    }

  if (tags & TAG_BLOCK)
    {
      Info *outer = info_at (walk, state->current_block);

      /* an empty <p> between lines of text is a break between paragraphs,
       * as <br><br> is ("text<p>text" of old pages, the <p> closed by the
       * block after it; "<p><br></p>")
       */
      if ((tags & TAG_P) && outer != NULL && outer->run_len > 0
          && (node->children == NULL
              || (node->children->next == NULL && node->children->children == NULL
                  && (node->children->type == XML_ELEMENT_NODE || is_blank_text (node->children)))))
        end_run (outer, TRUE);
      info.flags |= INFO_BLOCK;
      info.outer_block = state->current_block;
      if (outer != NULL)
        outer->flags |= INFO_HAS_BLOCK_CHILD;
      g_array_append_val (walk->infos, info);
      state->current_block = walk->infos->len;
      state->space = TRUE;
    }
  else
    g_array_append_val (walk->infos, info);

  node->_private = GUINT_TO_POINTER (walk->infos->len);
  *descend = TRUE;
}

static void
leave_element (Walk      *walk,
               WalkState *state,
               xmlNode   *node)
{
  guint index = GPOINTER_TO_UINT (node->_private);
  Info *info = info_at (walk, index);
  Info *parent;

  if (info == NULL)
    return;

  if (info->flags & INFO_LINK)
    state->in_link--;
  if (info->tags & TAG_GUARDED)
    state->in_guarded--;
  if (info->tags & TAG_FIGURE)
    state->in_figure--;
  if (info->flags & INFO_HEADER)
    state->in_header--;
  if (info->flags & INFO_BLOCK)
    {
      end_run (info, FALSE);
      state->current_block = info->outer_block;
      state->space = TRUE;
    }
  /* an <article> with text, or any block of prose: a discussion after
   * it is not the article (a story in <div>s over a thread of comments
   * written as <article>s)
   */
  if ((info->tags & TAG_ARTICLE) && info->text_len >= 200)
    walk->article_read = TRUE;
  if ((info->flags & INFO_BLOCK) && info->text_len >= info->link_len + 200)
    walk->prose_read = TRUE;

  parent = info_at (walk, info->parent);
  if (parent != NULL)
    {
      parent->text_len += info->text_len;
      parent->link_len += info->link_len;
      parent->commas += info->commas;
      parent->n_p += info->n_p;
      parent->n_img += info->n_img;
      parent->n_li += info->n_li;
      parent->n_input += info->n_input;
      parent->n_heading += info->n_heading;
    }
}

/* Notes @text_node when it is the headline: the title, perhaps with a
 * few words more ("Headline 28/12/2007 11:27").
 */
static void
find_headline (Walk    *walk,
               xmlNode *text_node)
{
  gsize len = strlen ((const char *) text_node->content);
  g_autofree char *squashed = NULL;
  gsize tlen = strlen (walk->squashed_title);
  int first;

  if (len < tlen || len > 2 * walk->title_bytes + 60)
    return;
  first = _px_html_squash_first ((const char *) text_node->content);
  if (first >= 0 && first != (guchar) walk->squashed_title[0])
    return;
  squashed = _px_html_squash ((const char *) text_node->content);
  if (strncmp (squashed, walk->squashed_title, tlen) == 0 && strlen (squashed) <= tlen + 30)
    walk->headline = text_node;
}

/* The end of @text's first line before a blank line, or of @text; *@next
 * is set to the text after the blank line, or NULL.
 */
static const char *
before_blank_line (const char  *text,
                   const char **next)
{
  const char *end = text;

  *next = NULL;
  for (; *end != '\0'; end++)
    if (*end == '\n')
      {
        const char *q = end + 1;

        while (*q == ' ' || *q == '\t' || *q == '\r')
          q++;
        if (*q == '\n')
          {
            *next = q + 1;
            break;
          }
      }
  return end;
}

/* Adds @text of a <pre> to @block's runs: in preformatted text a blank
 * line ends a run, as <br><br> does (a story or a release kept as plain
 * text in one <pre>).
 */
static void
add_pre_runs (Info       *block,
              const char *text)
{
  const char *start = text;

  while (*start != '\0')
    {
      const char *next;
      const char *end = before_blank_line (start, &next);
      g_autofree char *part = NULL;
      guint commas = 0;
      gboolean space = TRUE;

      part = g_strndup (start, end - start);
      block->run_len += text_length (part, &commas, &space);
      block->run_commas += commas;
      if (next == NULL)
        break;
      end_run (block, TRUE);
      start = next;
    }
}

static void
add_text (Walk      *walk,
          WalkState *state,
          xmlNode   *text_node)
{
  Info *owner = info_for (walk, text_node->parent);
  Info *block = info_at (walk, state->current_block);
  guint commas = 0;
  guint len;

  if (owner == NULL || text_node->content == NULL)
    return;

  len = text_length ((const char *) text_node->content, &commas, &state->space);
  if (walk->headline == NULL && walk->squashed_title != NULL)
    find_headline (walk, text_node);
  owner->text_len += len;
  owner->commas += commas;
  if (state->in_link > 0)
    owner->link_len += len;
  if (block != NULL)
    {
      block->inline_len += len;
      block->inline_commas += commas;
      if ((block->tags & TAG_PRE) && strstr ((const char *) text_node->content, "\n") != NULL)
        add_pre_runs (block, (const char *) text_node->content);
      else
        {
          block->run_len += len;
          block->run_commas += commas;
        }
    }
  if (len > 1 || (len == 1 && !state->space))
    state->br_run = 0;
}

/* Measures every element below @root. */
static void
measure (Walk    *walk,
         xmlNode *root)
{
  WalkState state = { 0 };
  xmlNode *node = root;

  state.space = TRUE;
  while (node != NULL)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        enter_element (walk, &state, node,
                       node == root ? 0 : GPOINTER_TO_UINT (node->parent->_private), &descend);
      else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        add_text (walk, &state, node);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave this node and every ancestor that has no next sibling. */
      for (;;)
        {
          if (node->type == XML_ELEMENT_NODE)
            leave_element (walk, &state, node);
          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

static double
link_density (const Info *info)
{
  if (info->text_len == 0)
    return 0.0;
  return (double) info->link_len / (double) info->text_len;
}

static int
tag_weight (const xmlNode *node)
{
  static const char * const plus5[] = { "div", NULL };
  static const char * const plus3[] = { "pre", "td", "blockquote", NULL };
  static const char * const minus3[] = { "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL };
  static const char * const minus5[] = { "h1", "h2", "h3", "h4", "h5", "h6", "th", NULL };

  if (name_in (node, plus5))
    return 5;
  if (_px_html_is (node, "article"))
    return 8;
  if (_px_html_is (node, "main"))
    return 4;
  if (name_in (node, plus3))
    return 3;
  if (name_in (node, minus3))
    return -3;
  if (name_in (node, minus5))
    return -5;
  return 0;
}

static void
give_points (Walk   *walk,
             Info   *start,
             double  points)
{
  Info *info = start;

  for (guint level = 0; info != NULL && level < PX_READABLE_ANCESTOR_LEVELS; level++)
    {
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;

      if (_px_html_is (info->node, "html"))
        break;
      if (!(info->flags & INFO_CANDIDATE))
        {
          info->flags |= INFO_CANDIDATE;
          info->score = tag_weight (info->node) + info->class_weight;
        }
      info->score += points / divider;
      info = info_at (walk, info->parent);
    }
}

static gboolean is_heading (const xmlNode *node);
static gboolean similar_to_title (const char *title, xmlNode *heading);
static gboolean is_all_link (xmlNode *node);
static gboolean is_ancestor_node (const xmlNode *ancestor, const xmlNode *node);
static gboolean shares_class (const char *a, const char *b);

/* White space, a comment: what may stand between two elements that are
 * beside each other. */
static gboolean
is_blank (const xmlNode *node)
{
  return node->type != XML_ELEMENT_NODE
         && (node->type != XML_TEXT_NODE || node->content == NULL
             || strspn ((const char *) node->content, " \t\r\n") == strlen ((const char *) node->content));
}

/* The element beside @node (before it when @back), with nothing but white
 * space or comments between; NULL when text stands between or none is.
 */
static xmlNode *
element_beside (xmlNode  *node,
                gboolean  back)
{
  xmlNode *n = back ? node->prev : node->next;

  while (n != NULL && n->type != XML_ELEMENT_NODE)
    {
      if (!is_blank (n))
        return NULL;
      n = back ? n->prev : n->next;
    }
  return n;
}

/* An element that is a place to jump to ("<a name=…>", "<h3 id=…>"). */
static gboolean
is_anchor (const xmlNode *a)
{
  return _px_html_attr (a, "name") != NULL || _px_html_attr (a, "id") != NULL;
}

/* A link alone between blocks whose text reads like a headline: three
 * words or more, no picture, in no paragraph or line of text.
 */
#define PX_READABLE_HEADLINE_LINK_WORDS 3

static gboolean
is_headline_link (xmlNode *a)
{
  g_autofree char *text = NULL;
  guint words = 0;

  if (a->parent == NULL || _px_html_is (a->parent, "p"))
    return FALSE;
  for (xmlNode *n = a->children; n != NULL; n = _px_html_next (n, a, TRUE))
    if (_px_html_is (n, "img") || _px_html_is (n, "picture") || _px_html_is (n, "svg"))
      return FALSE;
  /* text right beside it makes it a link in a line */
  if ((a->prev != NULL && !is_blank (a->prev) && a->prev->type == XML_TEXT_NODE)
      || (a->next != NULL && !is_blank (a->next) && a->next->type == XML_TEXT_NODE))
    return FALSE;
  text = _px_html_text (a, 200);
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' && (p == text || p[-1] == ' '))
      words++;
  return words >= PX_READABLE_HEADLINE_LINK_WORDS;
}

/* A heading that is nothing but a link to another page, a link that
 * holds a heading ("<a href><h3>Other headline</h3></a>"), or a link of
 * a headline's words set as a block of its own (is_headline_link()).
 */
static gboolean
is_linked_heading (xmlNode *node)
{
  if (node == NULL)
    return FALSE;
  if (is_heading (node))
    {
      if (!is_all_link (node) || is_anchor (node))
        return FALSE;
      /* a subheading that is a place to jump to ("<h3 id=…>", "<h3><a
       * name=…>"), its link to itself, is the article's
       */
      for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
        if (_px_html_is (n, "a"))
          return !is_anchor (n);
      return FALSE;
    }
  if (_px_html_is (node, "a") && !is_anchor (node))
    {
      for (xmlNode *c = node->children; c != NULL; c = c->next)
        if (is_heading (c))
          return TRUE;
      /* a link of a headline's words set as a block of its own, no
       * picture in it ("<a href=…>Other headline</a><p>…</p>")
       */
      return is_headline_link (node);
    }
  return FALSE;
}

/* TRUE for a paragraph that ends in a link to the rest of another story
 * ("… opened on Tuesday. <a>more</a>", "Read more »"): a teaser.
 */
static gboolean
ends_in_more_link (xmlNode *p)
{
  static const char * const labels[] = {
    "more", "more \u00bb", "more...", "more\u2026", "[more]", "(more)", "read more", "read more \u00bb",
    "read more...", "read more\u2026", "full story", "full story \u00bb", "continue reading", "\u00bb", NULL
  };
  xmlNode *last = p->last;
  g_autofree char *text = NULL;
  g_autofree char *lower = NULL;

  while (last != NULL && is_blank (last))
    last = last->prev;
  if (last == NULL || !_px_html_is (last, "a") || last == p->children)
    return FALSE;
  text = g_strstrip (_px_html_text (last, 40));
  lower = _px_html_strdown (text);
  for (guint i = 0; labels[i] != NULL; i++)
    if (strcmp (lower, labels[i]) == 0)
      return TRUE;
  return FALSE;
}

/* TRUE for a paragraph cut short ("... a deadline to turn over part of
 * the ...") right under a link set as a block of its own: another story's
 * summary under its headline, however few the headline's words ("Battery
 * power").
 */
static gboolean
cut_under_link (xmlNode *p)
{
  xmlNode *before = element_beside (p, TRUE);
  xmlNode *last = p->last;
  const char *text;
  gsize len;

  if (before == NULL || !_px_html_is (before, "a") || is_anchor (before) || last == NULL
      || last->type != XML_TEXT_NODE || last->content == NULL)
    return FALSE;
  /* (a headline's words: a picture's link is none) */
  for (xmlNode *n = before->children; n != NULL; n = _px_html_next (n, before, TRUE))
    if (_px_html_is (n, "img") || _px_html_is (n, "picture") || _px_html_is (n, "svg"))
      return FALSE;
  text = (const char *) last->content;
  len = strlen (text);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return (len >= 3 && strncmp (text + len - 3, "...", 3) == 0)
         || (len >= strlen ("\u2026") && strncmp (text + len - strlen ("\u2026"), "\u2026", strlen ("\u2026")) == 0);
}

/* TRUE for a paragraph right under a heading that is nothing but a link:
 * the summary of another story in a list of them ("<h4><a>Other
 * headline</a></h4><p>Police said on Monday …</p>"), no paragraph of an
 * article, however many sentences it has; so is one under a link that
 * holds a heading, and one that ends in a link to the rest of another
 * story (ends_in_more_link()). A column of them beside a short article
 * would outscore it.
 */
static gboolean
is_teaser_summary (xmlNode *node)
{
  return _px_html_is (node, "p")
         && (is_linked_heading (element_beside (node, TRUE)) || ends_in_more_link (node)
             || cut_under_link (node));
}

/* A teaser's stamp or label beside its linked heading: a short element
 * of no sentence ("<span class=time>2h ago</span>", "<time>", a section's
 * name, a picture), no heading, no paragraph. A list of other stories
 * puts them above or under each headline.
 */
#define PX_READABLE_ITEM_META_BYTES 40
#define PX_READABLE_ITEM_META_NODES 16

static gboolean
is_item_meta (xmlNode *node)
{
  g_autofree char *text = NULL;

  guint seen = 0;

  if (node == NULL || node->type != XML_ELEMENT_NODE || is_heading (node) || _px_html_is (node, "p"))
    return FALSE;
  /* a stamp or a label is a few nodes: a larger element is none */
  for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
    if (++seen > PX_READABLE_ITEM_META_NODES || _px_html_is (n, "p") || is_heading (n))
      return FALSE;
  text = _px_html_text (node, PX_READABLE_ITEM_META_BYTES + 1);
  return strlen (g_strstrip (text)) <= PX_READABLE_ITEM_META_BYTES;
}

/* The element beside @node, a teaser's stamps and labels passed over
 * (three at most).
 */
static xmlNode *
element_beside_meta (xmlNode  *node,
                     gboolean  back)
{
  xmlNode *n = element_beside (node, back);

  for (guint i = 0; i < 3 && n != NULL && is_item_meta (n); i++)
    n = element_beside (n, back);
  return n != NULL && is_item_meta (n) ? NULL : n;
}

/* TRUE when nothing but white space and a teaser's stamps and labels
 * stand beside @node (before it when @back) in its parent.
 */
static gboolean
only_meta_beside (xmlNode  *node,
                  gboolean  back)
{
  guint metas = 0;

  for (xmlNode *c = back ? node->prev : node->next; c != NULL; c = back ? c->prev : c->next)
    {
      if (c->type == XML_ELEMENT_NODE && is_item_meta (c) && ++metas <= 3)
        continue;
      if (c->type == XML_ELEMENT_NODE || !is_blank (c))
        return FALSE;
    }
  return TRUE;
}

/* An element that holds a linked heading, the one paragraph under it and
 * nothing else but a stamp or a label: an item of a list of other stories
 * ("<li><a><h3>Other headline</h3></a><p>…</p></li>", "<div><span>2h
 * ago</span><h4><a>…</a></h4><p>…</p></div>").
 */
static gboolean
is_teaser_item (xmlNode *item)
{
  xmlNode *first = NULL;
  xmlNode *summary;

  if (item == NULL || item->type != XML_ELEMENT_NODE)
    return FALSE;
  for (xmlNode *c = item->children; c != NULL && first == NULL; c = c->next)
    {
      if (c->type == XML_ELEMENT_NODE)
        first = c;
      else if (!is_blank (c))
        return FALSE;
    }
  if (first != NULL && !is_linked_heading (first) && is_item_meta (first))
    first = element_beside_meta (first, FALSE);
  if (first == NULL || !is_linked_heading (first) || !only_meta_beside (first, TRUE))
    return FALSE;
  summary = element_beside (first, FALSE);
  if (summary == NULL || !is_teaser_summary (summary))
    return FALSE;
  return only_meta_beside (summary, FALSE);
}

/* TRUE for @node, a teaser item (is_teaser_item()) whose headline is not
 * the page's own: another story's box set in or after the article.
 */
static gboolean
is_lone_teaser (const char *title,
                xmlNode    *node)
{
  xmlNode *first;

  if (!is_teaser_item (node))
    return FALSE;
  first = node->children;
  while (first != NULL && first->type != XML_ELEMENT_NODE)
    first = first->next;
  while (first != NULL && !is_linked_heading (first))
    first = element_beside (first, FALSE);
  return first != NULL && !similar_to_title (title, first);
}

/* TRUE when @heading, a linked heading over a summary, has another such
 * pair beside it, or is one of a list of items that each hold such a
 * pair: a list of other stories, left out where it stands in the
 * article's container, heading and summary alike. FALSE for NULL (a
 * summary that ends in a "more" link may have no heading before it).
 */
static gboolean
heads_teaser_series (xmlNode *heading)
{
  xmlNode *summary = heading != NULL ? element_beside (heading, FALSE) : NULL;
  xmlNode *after;
  xmlNode *before;

  if (summary == NULL || !is_teaser_summary (summary))
    return FALSE;
  /* one paragraph under each: a section of an article has more */
  after = element_beside_meta (summary, FALSE);
  if (after != NULL && !is_linked_heading (after))
    return FALSE;
  if (after != NULL && is_teaser_summary (element_beside (after, FALSE)))
    return TRUE;
  before = element_beside_meta (heading, TRUE);
  if (before != NULL)
    return is_teaser_summary (before);
  if (after == NULL && is_teaser_item (heading->parent))
    return is_teaser_item (element_beside (heading->parent, FALSE))
           || is_teaser_item (element_beside (heading->parent, TRUE));
  return FALSE;
}

/* TRUE when @lower, a small element's text in lower case, is the count
 * of a reader's comment's votes: "recommended by 12 people", "3 readers
 * recommend this". A story is recommended by an outlet's readers in no
 * such words beside its paragraphs.
 */
static gboolean
is_vote_count (const char *lower)
{
  const char *p = lower;

  if (g_str_has_prefix (p, "recommended by "))
    {
      p += strlen ("recommended by ");
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p) || *p == ',')
        p++;
      return strcmp (p, " people") == 0 || strcmp (p, " person") == 0 || strcmp (p, " readers") == 0
             || strcmp (p, " reader") == 0 || strcmp (p, " users") == 0 || strcmp (p, " user") == 0;
    }
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == ',')
    p++;
  return strcmp (p, " people recommend this") == 0 || strcmp (p, " readers recommend this") == 0
         || strcmp (p, " people recommended this") == 0 || strcmp (p, " readers recommended this") == 0;
}

/* A control of a reader's comment: a link or button whose whole text is
 * "Reply" (or "Reply (3)"), "Report abuse", "Complain about this
 * comment", in the languages of the outlets read; or a small element that
 * counts the comment's votes ("Recommended by 12 people").
 */
static gboolean
is_reply_control (xmlNode *node)
{
  static const char * const labels[] = {
    "reply", "respond", "reply to this comment", "antworten", "r\u00e9pondre", "responder", "rispondi",
    "\u043e\u0442\u0432\u0435\u0442\u0438\u0442\u044c", "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0441\u0442\u0438",
    "report abuse", "report this comment", "report comment", "complain about this comment",
    "flag as inappropriate", "flag as offensive", "report as inappropriate", "recommend this comment",
    NULL
  };
  g_autofree char *text = NULL;
  g_autofree char *lower = NULL;
  char *paren;
  gboolean control = _px_html_is (node, "button") || _px_html_is (node, "a");

  guint seen = 0;

  if (!control)
    {
      const char *p;

      /* a vote count opens with its figure or "Recommended" */
      if ((!_px_html_is (node, "span") && !_px_html_is (node, "div")) || node->children == NULL
          || node->children->type != XML_TEXT_NODE || node->children->content == NULL)
        return FALSE;
      for (p = (const char *) node->children->content; g_ascii_isspace (*p); p++)
        ;
      if (!g_ascii_isdigit (*p) && g_ascii_tolower (*p) != 'r')
        return FALSE;
    }
  /* a control is a word or two, an icon: a larger element is none */
  for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
    if (++seen > PX_READABLE_ITEM_META_NODES)
      return FALSE;
  text = _px_html_text (node, 48);
  lower = _px_html_strdown (g_strstrip (text));
  if (is_vote_count (lower))
    return TRUE;
  if (!control)
    return FALSE;
  /* "Reply (3)": the count of replies */
  if ((paren = strchr (lower, '(')) != NULL && paren > lower)
    {
      *paren = '\0';
      g_strchomp (lower);
    }
  for (guint i = 0; labels[i] != NULL; i++)
    if (strcmp (lower, labels[i]) == 0)
      return TRUE;
  return FALSE;
}

/* TRUE for @p, a paragraph of a reader's comment in a thread no name
 * marks ("<div class=css-d4><div>reader <span>2h</span></div><p>…</p>
 * <div><button>Like</button><button>Reply</button></div></div>"): an
 * element above it, three levels up at most, holds a "Reply" control,
 * four paragraphs at most and no <h1> or <h2>. A story's block holds
 * more, or its headline, or no such control; 200 nodes are looked at, at
 * most.
 */
#define PX_READABLE_COMMENT_PARAGRAPHS 4
#define PX_READABLE_COMMENT_NODES 200

/* What in_comment_item() finds an element to be. */
typedef enum
{
  ITEM_NONE,     /* no comment: look further up */
  ITEM_COMMENT,  /* a reader's comment */
  ITEM_STORY,    /* a story's block, or too large to tell: look no further */
} ItemKind;

/* Whether @item is a reader's comment (ITEM_COMMENT): a "Reply" control,
 * four paragraphs at most and no <h1> or <h2>; @budget nodes at most are
 * looked at, and counted down.
 */
static ItemKind
comment_item_kind (xmlNode *item,
                   guint   *budget)
{
  guint paragraphs = 0;
  gboolean reply = FALSE;

  if (_px_html_is (item, "body") || _px_html_is (item, "article") || _px_html_is (item, "main"))
    return ITEM_STORY;
  for (xmlNode *n = item->children; n != NULL;)
    {
      gboolean paragraph;

      if (*budget == 0)
        return ITEM_STORY;
      (*budget)--;
      if (n->type != XML_ELEMENT_NODE)
        {
          n = _px_html_next (n, item, FALSE);
          continue;
        }
      /* a control is no part of a paragraph: what one holds is not
       * looked into
       */
      paragraph = _px_html_is (n, "p");
      if (paragraph && ++paragraphs > PX_READABLE_COMMENT_PARAGRAPHS)
        return ITEM_STORY;
      /* a block with the page's headline is the story's */
      if (_px_html_is (n, "h1") || _px_html_is (n, "h2"))
        return ITEM_STORY;
      reply = reply || is_reply_control (n);
      n = _px_html_next (n, item, !paragraph);
    }
  return reply ? ITEM_COMMENT : ITEM_NONE;
}

/* TRUE when @node, a short element, names a comment's writer as blogs'
 * threads do: "Jane said...", "reader42 says:", "Tom wrote:".
 */
static gboolean
is_commenter_line (xmlNode *node)
{
  static const char * const endings[] = { " said...", " said\u2026", " said:", " says:", " wrote:", " writes:", NULL };
  g_autofree char *text = NULL;
  g_autofree char *lower = NULL;
  guint seen = 0;

  for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
    if (++seen > PX_READABLE_ITEM_META_NODES)
      return FALSE;
  text = _px_html_text (node, 80);
  if (strlen (text) >= 80)
    return FALSE;
  lower = _px_html_strdown (g_strstrip (text));
  for (guint i = 0; endings[i] != NULL; i++)
    if (g_str_has_suffix (lower, endings[i]) && strlen (lower) > strlen (endings[i]))
      return TRUE;
  return FALSE;
}

/* The <dt> right before the <dd> @dd (four nodes back at most), or NULL. */
static xmlNode *
term_of (xmlNode *dd)
{
  xmlNode *n = dd->prev;

  for (guint seen = 0; n != NULL && n->type != XML_ELEMENT_NODE && seen < 4; seen++)
    n = n->prev;
  return n != NULL && _px_html_is (n, "dt") ? n : NULL;
}

/* how many of its children a thread of comments shows among its first */
#define PX_READABLE_THREAD_ITEMS 3
#define PX_READABLE_THREAD_CHILDREN 16

/* TRUE when @node, a short line beside a comment's paragraphs, may be its
 * writer's name and nothing else ("reader42", "Jane, Leeds", "\u2014 Tom
 * Hardy"): four words at most, no sentence mark or colon, a letter, no
 * stamp ("2 hours ago", "12:04", "Dec 3"), no writer's byline ("By ...",
 * which live pages put under each update).
 */
static gboolean
is_name_line (xmlNode *node)
{
  /* (and a month's cut, "Dec 3": the calendar's) */
  static const char * const stamp_words[] = {
    "ago", "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "et", "est", "edt", "pst", "hour", "hours", "min",
    "mins", "minute", "minutes", "updated", "posted", "by", "today", "yesterday", NULL
  };
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  guint seen = 0;
  guint n_words = 0;
  gboolean letter = FALSE;

  if (!name_in (node, (const char * const[]) { "small", "cite", "span", "b", "strong", "em", "i", "div", "footer",
                                               "address", NULL }))
    return FALSE;
  for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
    if (++seen > PX_READABLE_ITEM_META_NODES)
      return FALSE;
  text = _px_html_text (node, 64);
  if (strlen (text) >= 48)
    return FALSE;
  for (const char *c = text; *c != '\0'; c++)
    {
      if (strchr (".!?:;|()[]", *c) != NULL)
        return FALSE;
      letter = letter || g_ascii_isalpha (*c) || (guchar) *c >= 0x80;
    }
  if (!letter)
    return FALSE;
  words = g_strsplit_set (g_strstrip (text), " \t\n,", 16);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = NULL;
      gboolean digits = TRUE;

      if (words[i][0] == '\0')
        continue;
      if (++n_words > 4)
        return FALSE;
      lower = _px_html_strdown (words[i]);
      if (g_strv_contains (stamp_words, lower)
          || _px_calendar_month_in (lower, strlen (lower), PX_CALENDAR_ENGLISH | PX_CALENDAR_CUTS) != 0)
        return FALSE;
      for (const char *c = lower; *c != '\0'; c++)
        digits = digits && g_ascii_isdigit (*c);
      /* a bare figure is a date's or a count's */
      if (digits)
        return FALSE;
    }
  return n_words > 0;
}

/* The name line of @item when it is shaped as a reader's comment whose
 * writer only a name marks: its children are one to four paragraphs and
 * one or two short lines, one of them a name (is_name_line()), and no
 * other element; NULL otherwise.
 */
static xmlNode *
named_item_name (xmlNode *item)
{
  xmlNode *name = NULL;
  guint paragraphs = 0;
  guint lines = 0;

  if (item == NULL || item->type != XML_ELEMENT_NODE
      || !name_in (item, (const char * const[]) { "div", "li", "article", "section", NULL }))
    return NULL;
  guint seen = 0;

  for (xmlNode *c = item->children; c != NULL; c = c->next)
    {
      if (++seen > PX_READABLE_THREAD_CHILDREN * 2)
        return NULL;
      if (c->type == XML_TEXT_NODE && !is_blank_text (c))
        return NULL;
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (_px_html_is (c, "p"))
        {
          if (++paragraphs > PX_READABLE_COMMENT_PARAGRAPHS)
            return NULL;
          continue;
        }
      if (_px_html_is (c, "br") || _px_html_is (c, "img"))
        continue;
      if (++lines > 2)
        return NULL;
      if (name == NULL && is_name_line (c))
        name = c;
      else
        {
          /* the other line a stamp or a count, a line at most */
          g_autofree char *text = _px_html_text (c, 64);

          if (strlen (text) > 40)
            return NULL;
        }
    }
  return paragraphs > 0 ? name : NULL;
}

/* how many alike elements on either side of a comment confirm a thread */
#define PX_READABLE_NAMED_SIBLINGS 8

/* TRUE when @a and @b are elements of one tag and one class attribute. */
static gboolean
alike_items (const xmlNode *a,
             const xmlNode *b)
{
  const char *ca = _px_html_attr (a, "class");
  const char *cb = _px_html_attr (b, "class");

  return b->type == XML_ELEMENT_NODE && strcmp ((const char *) a->name, (const char *) b->name) == 0
         && g_strcmp0 (ca, cb) == 0;
}

/* TRUE when @item is a reader's comment of a thread that marks its
 * writers by name alone ("<div><p>...</p><small>reader42</small></div>",
 * one after another): @item is so shaped (named_item_name()), and two
 * elements of its tag and class beside it (eight on either side are
 * looked at) are as well, under a name that is not the same for all three
 * (a story's blocks that each end in the same label, "Share", are none).
 */
static gboolean
is_named_comment (xmlNode *item)
{
  xmlNode *name = named_item_name (item);
  g_autofree char *own = NULL;
  guint alike = 0;
  gboolean other_name = FALSE;

  if (name == NULL || _px_html_is (item, "blockquote"))
    return FALSE;
  own = _px_html_text (name, 64);
  g_strstrip (own);
  for (guint dir = 0; dir < 2; dir++)
    {
      guint seen = 0;

      for (xmlNode *s = dir == 0 ? item->prev : item->next; s != NULL && seen < PX_READABLE_NAMED_SIBLINGS;
           s = dir == 0 ? s->prev : s->next)
        {
          xmlNode *their;

          if (s->type != XML_ELEMENT_NODE)
            continue;
          seen++;
          if (!alike_items (item, s) || (their = named_item_name (s)) == NULL)
            continue;
          alike++;
          if (!other_name)
            {
              g_autofree char *text = _px_html_text (their, 64);

              other_name = strcmp (g_strstrip (text), own) != 0;
            }
        }
    }
  return alike >= PX_READABLE_THREAD_ITEMS - 1 && other_name;
}

/* how many nodes of an item are looked through for its signature */
#define PX_READABLE_SIGNATURE_NODES 40
/* the longest signature line (bytes): "Posted by: reader42 | Jan 10, 2008 4:49 PM" */
#define PX_READABLE_SIGNATURE_TEXT 120
/* and the longest stamp in it */
#define PX_READABLE_SIGNATURE_STAMP 48

/* The text of @item's signature, the stamp taken out, as threads of
 * readers' comments sign each one ("Posted by: Sean | <a>Jan 10, 2008
 * 4:49 PM</a>", "BY READER42 AT <a>01/08/08 06:49 PM</a>"): a line of a
 * few words, in an element of its own, holding a link that is a stamp
 * (the comment's own address) and words besides, the writer's name.
 * @item holds four paragraphs at most and no heading; NULL when it is
 * not so signed.
 */
static char *
signature_of (xmlNode *item)
{
  guint seen = 0;
  guint paragraphs = 0;
  xmlNode *stamp = NULL;

  if (item == NULL || item->type != XML_ELEMENT_NODE
      || !name_in (item, (const char * const[]) { "div", "li", "article", "section", "dd", "td", NULL }))
    return NULL;
  for (xmlNode *n = item->children; n != NULL && seen < PX_READABLE_SIGNATURE_NODES;
       n = _px_html_next (n, item, TRUE))
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      if (_px_html_is (n, "p") && ++paragraphs > PX_READABLE_COMMENT_PARAGRAPHS)
        return NULL;
      if (is_heading (n))
        return NULL;
      if (stamp == NULL && _px_html_is (n, "a"))
        {
          g_autofree char *text = _px_html_text (n, PX_READABLE_SIGNATURE_STAMP);

          g_strstrip (text);
          if (strlen (text) < PX_READABLE_SIGNATURE_STAMP && _px_furniture_head_line (text) == PX_HEAD_LINE_STAMP)
            stamp = n;
        }
    }
  if (stamp == NULL || stamp->parent == item)
    return NULL;
  {
    g_autofree char *line = _px_html_text (stamp->parent, PX_READABLE_SIGNATURE_TEXT + 1);
    g_autofree char *when = _px_html_text (stamp, PX_READABLE_SIGNATURE_STAMP);
    char *at;
    gboolean letter = FALSE;

    if (strlen (line) > PX_READABLE_SIGNATURE_TEXT || (at = strstr (line, when)) == NULL)
      return NULL;
    /* the writer's words, the stamp taken out */
    memmove (at, at + strlen (when), strlen (at + strlen (when)) + 1);
    for (const char *c = line; *c != '\0'; c++)
      letter = letter || g_ascii_isalpha (*c) || (guchar) *c >= 0x80;
    if (!letter)
      return NULL;
    return g_strdup (g_strstrip (line));
  }
}

/* What is known of one element as a reader's comment: each paragraph
 * asks of the elements above it and of their siblings again, so the
 * answers are kept for the pass (the tree unchanged while it lasts).
 */
typedef struct
{
  char *signature;     /* signature_of(), NULL when it has none */
  gboolean signature_read;
  gint8 signed_item;   /* is_signed_comment(): -1 not asked yet, else 0 or 1 */
  gint8 kind;          /* comment_item_kind() with all its nodes: -1 not asked yet, else an ItemKind */
  guint8 kind_nodes;   /* and how many of them it looked at */
} Known;

G_STATIC_ASSERT (PX_READABLE_COMMENT_NODES <= G_MAXUINT8);

static void
known_free (gpointer data)
{
  Known *known = data;

  g_free (known->signature);
  g_free (known);
}

/* A table of Known by element, for one pass over an unchanged tree. */
static GHashTable *
known_items_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, known_free);
}

static Known *
known_at (GHashTable *cache,
          xmlNode    *item)
{
  Known *known = g_hash_table_lookup (cache, item);

  if (known == NULL)
    {
      known = g_new0 (Known, 1);
      known->signed_item = -1;
      known->kind = -1;
      g_hash_table_insert (cache, item, known);
    }
  return known;
}

static const char *
known_signature (GHashTable *cache,
                 xmlNode    *item)
{
  Known *known = known_at (cache, item);

  if (!known->signature_read)
    {
      known->signature = signature_of (item);
      known->signature_read = TRUE;
    }
  return known->signature;
}

/* comment_item_kind() of @item with @budget nodes left, from what is
 * known: the walk with all PX_READABLE_COMMENT_NODES nodes is made once;
 * when it looked at more nodes than are left, the budget runs out on the
 * way, as it would have.
 */
static ItemKind
known_item_kind (GHashTable *cache,
                 xmlNode    *item,
                 guint      *budget)
{
  Known *known = known_at (cache, item);

  if (known->kind < 0)
    {
      guint left = PX_READABLE_COMMENT_NODES;

      known->kind = (gint8) comment_item_kind (item, &left);
      known->kind_nodes = (guint8) (PX_READABLE_COMMENT_NODES - left);
    }
  if (known->kind_nodes > *budget)
    {
      *budget = 0;
      return ITEM_STORY;
    }
  *budget -= known->kind_nodes;
  return (ItemKind) known->kind;
}

/* TRUE when @item is a reader's comment signed with its writer and a
 * stamp that links to it (signature_of()), and two elements of its tag
 * and class beside it (eight on either side are looked at) are signed so
 * too, not all by the same words: a thread, whatever its class names
 * say. A story's block holds more paragraphs; the posts of one writer's
 * blog are all signed alike. @own is the signature of @item; @cache keeps
 * the signatures read (known_items_new()).
 */
static gboolean
signed_like_siblings (GHashTable *cache,
                      xmlNode    *item,
                      const char *own)
{
  guint alike = 0;
  gboolean other = FALSE;

  for (guint dir = 0; dir < 2; dir++)
    {
      guint seen = 0;

      for (xmlNode *s = dir == 0 ? item->prev : item->next; s != NULL && seen < PX_READABLE_NAMED_SIBLINGS;
           s = dir == 0 ? s->prev : s->next)
        {
          const char *theirs;

          if (s->type != XML_ELEMENT_NODE)
            continue;
          seen++;
          if (!alike_items (item, s) || (theirs = known_signature (cache, s)) == NULL)
            continue;
          alike++;
          other = other || strcmp (theirs, own) != 0;
          if (alike >= PX_READABLE_THREAD_ITEMS - 1 && other)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
is_signed_comment (GHashTable *cache,
                   xmlNode    *item)
{
  const char *own = known_signature (cache, item);
  Known *known = known_at (cache, item);

  if (known->signed_item < 0)
    known->signed_item = own != NULL && signed_like_siblings (cache, item, own);
  return known->signed_item == 1;
}

static gboolean
in_comment_item (GHashTable *cache,
                 xmlNode    *p)
{
  guint budget = PX_READABLE_COMMENT_NODES;
  xmlNode *item = p->parent;
  xmlNode *signed_item;

  /* a blog's thread as a list of terms: the writer's line, then the comment */
  if (item != NULL && item->type == XML_ELEMENT_NODE && _px_html_is (item, "dd"))
    {
      xmlNode *term = term_of (item);

      if (term != NULL && is_commenter_line (term))
        return TRUE;
    }

  /* a comment whose writer is only named, its paragraph a child of it */
  if (item != NULL && item->type == XML_ELEMENT_NODE && is_named_comment (item))
    return TRUE;
  /* a comment signed with its writer and a stamp linking to it, the
   * paragraph's parent or one of the two elements above it
   */
  signed_item = item;
  for (guint up = 0; up < 3 && signed_item != NULL && signed_item->type == XML_ELEMENT_NODE;
       up++, signed_item = signed_item->parent)
    if (is_signed_comment (cache, signed_item))
      return TRUE;
  for (guint up = 0; up < 3 && item != NULL && item->type == XML_ELEMENT_NODE; up++, item = item->parent)
    switch (known_item_kind (cache, item, &budget))
      {
      case ITEM_COMMENT:
        return TRUE;
      case ITEM_STORY:
        return FALSE;
      case ITEM_NONE:
      default:
        break;
      }
  return FALSE;
}

/* TRUE when @node is itself a reader's comment. */
static gboolean
is_comment_item (GHashTable *cache,
                 xmlNode    *node)
{
  guint budget = PX_READABLE_COMMENT_NODES;

  return known_item_kind (cache, node, &budget) == ITEM_COMMENT || is_named_comment (node)
         || is_signed_comment (cache, node);
}

/* TRUE when @node is a thread of readers' comments no name marks: three
 * of its first sixteen elements are comments (is_comment_item()). After
 * the article's first paragraphs, it is no part of the article, whatever
 * wrapper holds both (a layout's "main" column), with its heading ("Your
 * views") and its notes ("This debate is now closed").
 */
static gboolean
is_comment_thread (xmlNode *node)
{
  guint seen = 0;
  guint items = 0;
  g_autoptr(GHashTable) cache = NULL;

  if (tag_flags (node) & (TAG_PARAGRAPH | TAG_HEADING))
    return FALSE;
  for (xmlNode *c = node->children; c != NULL && seen < PX_READABLE_THREAD_CHILDREN; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      /* (an item is a block of its own, holding more than text) */
      if ((tag_flags (c) & (TAG_BLOCK | TAG_PARAGRAPH)) == TAG_BLOCK && c->children != NULL
          && is_comment_item (cache != NULL ? cache : (cache = known_items_new ()), c)
          && ++items >= PX_READABLE_THREAD_ITEMS)
        return TRUE;
      if (items + (PX_READABLE_THREAD_CHILDREN - seen) < PX_READABLE_THREAD_ITEMS)
        return FALSE;
    }
  return FALSE;
}

static gboolean opens_with_thread_label (xmlNode *node);
static gboolean in_gallery (Walk    *walk,
                            xmlNode *node);

/* TRUE when the paragraph @p is a reader's comment in a box titled as a
 * thread ("12 comments" over them): the box three levels up at most.
 */
static gboolean
in_labelled_thread (xmlNode *p)
{
  xmlNode *box = p->parent;

  for (guint up = 0; up < 3 && box != NULL && box->type == XML_ELEMENT_NODE; up++, box = box->parent)
    {
      if (_px_html_is (box, "body") || _px_html_is (box, "article") || _px_html_is (box, "main"))
        return FALSE;
      if (opens_with_thread_label (box))
        return TRUE;
    }
  return FALSE;
}

static void
score_blocks (Walk *walk)
{
  g_autoptr(GHashTable) known_items = known_items_new ();

  for (guint i = 0; i < walk->infos->len; i++)
    {
      Info *info = &g_array_index (walk->infos, Info, i);
      Info *start;

      if (!(info->flags & INFO_BLOCK) || info->points == 0.0)
        continue;

      if (info->tags & TAG_PARAGRAPH)
        {
          if (is_teaser_summary (info->node) || in_comment_item (known_items, info->node)
              || in_labelled_thread (info->node)
              || (info->node->parent != NULL && in_gallery (walk, info->node->parent)))
            continue;
          start = info_at (walk, info->parent);
        }
      else if (info->tags & TAG_CONTAINER)
        {
          /* a reader's comment's own lines: the name, the votes */
          if ((info->flags & INFO_HAS_BLOCK_CHILD) && is_comment_item (known_items, info->node))
            continue;
          start = (info->flags & INFO_HAS_BLOCK_CHILD) ? info : info_at (walk, info->parent);
        }
      /* a list item or a definition that holds paragraphs of its own,
       * written between blank lines: an old page's story in one <li> or
       * <dd> (a menu's or a teaser's item is a line or two)
       */
      else if (name_in (info->node, (const char * const[]) { "li", "dd", NULL }) && (info->flags & INFO_RUNS)
               && info->n_p >= PX_READABLE_ITEM_RUNS)
        start = info;
      else
        continue;

      give_points (walk, start, info->points);
    }

  for (guint i = 0; i < walk->infos->len; i++)
    {
      Info *info = &g_array_index (walk->infos, Info, i);

      if (info->flags & INFO_CANDIDATE)
        info->score *= 1.0 - link_density (info);
    }

  /* children come after their parents in the array */
  for (guint i = walk->infos->len; i > 0; i--)
    {
      Info *info = &g_array_index (walk->infos, Info, i - 1);
      Info *parent = info_at (walk, info->parent);

      if (info->flags & INFO_CANDIDATE)
        info->best_inside = MAX (info->best_inside, info->score);
      if (parent != NULL)
        parent->best_inside = MAX (parent->best_inside, info->best_inside);
    }
}

static gboolean
is_ancestor (Walk *walk,
             Info *ancestor,
             Info *info)
{
  for (Info *a = info_at (walk, info->parent); a != NULL; a = info_at (walk, a->parent))
    if (a == ancestor)
      return TRUE;
  return FALSE;
}

/* The node before @node in document order, an element's children before
 * it (so an element is met after all it holds), NULL at the top.
 */
static xmlNode *
previous_in_order (xmlNode *node)
{
  if (node->prev == NULL)
    return node->parent != NULL && node->parent->type == XML_ELEMENT_NODE ? node->parent : NULL;
  node = node->prev;
  while (node->type == XML_ELEMENT_NODE && node->last != NULL)
    node = node->last;
  return node;
}

/* TRUE when the article in @info starts at the page's headline: the
 * headline is among its first lines, or just above it.
 */
static gboolean
starts_at_headline (Walk *walk,
                    Info *info)
{
  xmlNode *root = info->node;
  gsize seen = 0;

  for (xmlNode *n = root; n != NULL && seen <= PX_READABLE_HEADLINE_TEXT;)
    {
      gboolean descend = TRUE;

      if (n == walk->headline)
        return TRUE;
      if (n->type == XML_TEXT_NODE && n->content != NULL)
        seen += strlen ((const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE && n != root)
        descend = info_for (walk, n) != NULL;
      n = _px_html_next (n, root, descend);
    }
  seen = 0;
  for (xmlNode *n = previous_in_order (root); n != NULL && seen <= PX_READABLE_HEADLINE_TEXT;
       n = previous_in_order (n))
    {
      if (n == walk->headline)
        return TRUE;
      if (n->type == XML_TEXT_NODE && n->content != NULL)
        seen += strlen ((const char *) n->content);
    }
  return FALSE;
}

/* TRUE when a sibling of @wrapper holds, a few levels down, a block that
 * shares a class with @top: the article goes on beside the wrapper.
 */
#define PX_READABLE_BESIDE_NODES 400

static gboolean
continues_beside (Walk *walk,
                  Info *wrapper,
                  Info *top)
{
  const char *klass = _px_html_attr (top->node, "class");
  guint seen = 0;

  if (klass == NULL || strlen (klass) > 1024)
    return FALSE;
  for (xmlNode *s = wrapper->node->parent->children; s != NULL; s = s->next)
    {
      if (s == wrapper->node || s->type != XML_ELEMENT_NODE || info_for (walk, s) == NULL)
        continue;
      for (xmlNode *n = s; n != NULL && seen < PX_READABLE_BESIDE_NODES; seen++)
        {
          gboolean descend = n->type == XML_ELEMENT_NODE && info_for (walk, n) != NULL;

          if (descend && shares_class (klass, _px_html_attr (n, "class")))
            return TRUE;
          n = _px_html_next (n, s, descend);
        }
    }
  return FALSE;
}

/* Another story: an <article> that holds a headline of its own (<h1>; an
 * <h2> heads a section as often as a story) and a body's worth of text
 * ("Next article", loaded under the story).
 */
#define PX_READABLE_OTHER_STORY 500
/* ... and the article that holds the page's headline, more than it */
#define PX_READABLE_HEADLINE_STORY 200

static gboolean
is_other_story (Walk    *walk,
                xmlNode *node)
{
  Info *info;

  if (!_px_html_is (node, "article") || (info = info_for (walk, node)) == NULL
      || info->text_len < PX_READABLE_OTHER_STORY)
    return FALSE;
  for (xmlNode *h = node->children; h != NULL; h = _px_html_next (h, node, TRUE))
    if (_px_html_is (h, "h1"))
      return TRUE;
  return FALSE;
}

/* TRUE when @top holds another story than @article (NULL: any), in
 * neither.
 */
static gboolean
holds_other_story (Walk    *walk,
                   xmlNode *top,
                   xmlNode *article)
{
  if (top != article && is_other_story (walk, top))
    return TRUE;
  for (xmlNode *n = top->children; n != NULL;)
    {
      gboolean descend = n != article;

      if (n != article && _px_html_is (n, "article"))
        {
          descend = FALSE;
          if (is_other_story (walk, n))
            return TRUE;
        }
      n = _px_html_next (n, top, descend);
    }
  return FALSE;
}

/* the fewest characters (squashed) of a page's description that say
 * where its article opens, and the most bytes of a candidate's text they
 * are looked for in
 */
#define PX_READABLE_LEAD_CHARS 40
#define PX_READABLE_LEAD_TEXT 600
/* the most nodes looked through for <head>, and in it for the description */
#define PX_READABLE_HEAD_NODES 400

static gboolean
names_one_of (const char         *name,
              const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The opening of the page's own description of its article (<meta
 * name="description">, "og:description", "twitter:description"),
 * squashed, its first PX_READABLE_LEAD_CHARS bytes; NULL when the page
 * has none that long. Outlets write the story's lead into it as often as
 * a summary of their own, which no block of the page opens with.
 */
static char *
page_lead (xmlNode *root)
{
  static const char * const names[] = { "description", "og:description", "twitter:description", NULL };
  xmlNode *head = NULL;
  guint seen = 0;

  for (xmlNode *n = root; n != NULL && head == NULL && seen < PX_READABLE_HEAD_NODES; seen++)
    {
      if (_px_html_is (n, "head"))
        head = n;
      n = _px_html_next (n, root, !_px_html_is (n, "body"));
    }
  if (head == NULL)
    return NULL;
  seen = 0;
  for (xmlNode *n = head->children; n != NULL && seen < PX_READABLE_HEAD_NODES;
       n = _px_html_next (n, head, TRUE), seen++)
    {
      const char *name;
      const char *content;
      g_autofree char *squashed = NULL;

      if (n->type != XML_ELEMENT_NODE || !_px_html_is (n, "meta"))
        continue;
      name = _px_html_attr (n, "name");
      if (name == NULL)
        name = _px_html_attr (n, "property");
      content = _px_html_attr (n, "content");
      if (name == NULL || content == NULL || !names_one_of (name, names))
        continue;
      squashed = _px_html_squash (content);
      if (strlen (squashed) >= PX_READABLE_LEAD_CHARS)
        {
          squashed[PX_READABLE_LEAD_CHARS] = '\0';
          return g_steal_pointer (&squashed);
        }
    }
  return NULL;
}

/* TRUE when the page's description opens the text of @info, within its
 * first PX_READABLE_LEAD_TEXT bytes: @info holds the article's lead.
 */
static gboolean
opens_with_lead (Walk *walk,
                 Info *info)
{
  g_autofree char *text = NULL;
  g_autofree char *squashed = NULL;

  text = _px_html_text (info->node, PX_READABLE_LEAD_TEXT);
  squashed = _px_html_squash (text);
  return strstr (squashed, walk->lead) != NULL;
}

/* TRUE when @text ends a sentence: a full stop, a question or an
 * exclamation mark (or a run of them) after a letter or a digit, before
 * a space, a closing quotation mark or bracket, or the text's end.
 */
static gboolean
text_ends_sentence (const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      const char *after = c;

      if ((*c != '.' && *c != '!' && *c != '?') || c == text || !g_ascii_isalnum (c[-1]))
        continue;
      for (;;)
        {
          if (*after == '.' || *after == '!' || *after == '?' || *after == '"' || *after == '\'' || *after == ')')
            after++;
          else if (g_str_has_prefix (after, "\u201d") || g_str_has_prefix (after, "\u2019"))
            after += strlen ("\u201d");
          else
            break;
        }
      if (*after == '\0' || g_ascii_isspace (*after))
        return TRUE;
    }
  return FALSE;
}

/* how much of a box's text is read for a sentence's end */
#define PX_READABLE_SENTENCE_BYTES 4096

/* TRUE when a text of @node ends a sentence ("... on Monday.", "... in
 * 1974.\u201d", each paragraph's text read on its own); a label or a
 * headline ends none.
 */
static gboolean
holds_sentence_end (xmlNode *node)
{
  gsize seen = 0;

  for (xmlNode *n = node->children; n != NULL && seen < PX_READABLE_SENTENCE_BYTES;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_TEXT_NODE && n->content != NULL)
        {
          seen += strlen ((const char *) n->content);
          if (text_ends_sentence ((const char *) n->content))
            return TRUE;
        }
      else if (n->type == XML_ELEMENT_NODE)
        descend = !(tag_flags (n) & TAG_DROPPED);
      n = _px_html_next (n, node, descend);
    }
  return FALSE;
}

/* TRUE when @best opens with the page's description and @other does not:
 * the story the page describes is not given up for a box nearer the
 * headline (a sidebar set between the headline and a short story).
 */
static gboolean
keeps_lead (Walk *walk,
            Info *best,
            Info *other)
{
  return walk->lead != NULL && opens_with_lead (walk, best) && !opens_with_lead (walk, other);
}

/* how much text, and how many elements (the box's own wrappers with
 * them), may stand between a heading and the box under it
 */
#define PX_READABLE_UNDER_HEADING_TEXT 80
#define PX_READABLE_UNDER_HEADING_ELEMENTS 32
#define PX_READABLE_UNDER_HEADING_NODES 256 /* comments and blank text too */

/* TRUE when the nearest heading before @node, with little text between,
 * names a thread of readers' comments ("Post a comment (150 word limit)",
 * "Comments", "Leave a reply").
 */
static gboolean
under_thread_label (xmlNode *node)
{
  gsize seen = 0;
  guint elements = 0;
  guint nodes = 0;

  for (xmlNode *n = previous_in_order (node);
       n != NULL && seen <= PX_READABLE_UNDER_HEADING_TEXT && elements < PX_READABLE_UNDER_HEADING_ELEMENTS
       && nodes++ < PX_READABLE_UNDER_HEADING_NODES;
       n = previous_in_order (n))
    {
      if (n->type == XML_TEXT_NODE && n->content != NULL)
        seen += strlen ((const char *) n->content) - strspn ((const char *) n->content, " \t\r\n");
      else if (n->type == XML_ELEMENT_NODE && ++elements > 0 && is_heading (n) && !is_ancestor_node (n, node))
        {
          g_autofree char *text = _px_html_text (n, 80);

          return _px_furniture_heads_thread (text);
        }
    }
  return FALSE;
}

static Info *
pick_top (Walk *walk,
          Info *body)
{
  Info *top[PX_READABLE_TOP_CANDIDATES] = { NULL };
  Info *best;

  for (guint i = 0; i < walk->infos->len; i++)
    {
      Info *info = &g_array_index (walk->infos, Info, i);

      if (!(info->flags & INFO_CANDIDATE))
        continue;
      for (guint k = 0; k < PX_READABLE_TOP_CANDIDATES; k++)
        {
          if (top[k] == NULL || info->score > top[k]->score)
            {
              memmove (&top[k + 1], &top[k], sizeof (Info *) * (PX_READABLE_TOP_CANDIDATES - k - 1));
              top[k] = info;
              break;
            }
        }
    }

  best = top[0];
  if (best == NULL || best == body)
    return body;

  /* When several strong candidates sit in one container, each holding a
   * part of the article, the container is the article.
   */
  {
    guint n_alternatives = 0;
    Info *alternatives[PX_READABLE_TOP_CANDIDATES];

    for (guint k = 1; k < PX_READABLE_TOP_CANDIDATES && top[k] != NULL; k++)
      if (top[k]->score / best->score >= 0.75)
        alternatives[n_alternatives++] = top[k];

    if (n_alternatives >= 3)
      {
        for (Info *parent = info_at (walk, best->parent); parent != NULL && parent != body;
             parent = info_at (walk, parent->parent))
          {
            guint containing = 0;

            for (guint k = 0; k < n_alternatives; k++)
              if (is_ancestor (walk, parent, alternatives[k]))
                containing++;
            if (containing >= 3)
              {
                best = parent;
                break;
              }
          }
      }
  }

  /* A parent that scores better than its best child is the article. */
  {
    double last = best->score;
    double threshold = last / 3.0;

    for (Info *parent = info_at (walk, best->parent); parent != NULL && parent != body;
         parent = info_at (walk, parent->parent))
      {
        if (!(parent->flags & INFO_CANDIDATE))
          continue;
        if (parent->score < threshold)
          break;
        if (parent->score > last)
          {
            best = parent;
            break;
          }
        last = parent->score;
      }
  }

  /* A box of less text than a short story, ending no sentence (a label
   * "FEATURES, VIEWS, ANALYSIS" scored for its <div> and its commas over
   * a story of three short paragraphs in a <font>), is no article: the
   * strongest candidate beside it holding a story's worth of text with
   * few links is. (A brief ends its sentences; a headline's box holds the
   * story's paragraphs beside it, and the candidates around it are its
   * ancestors.)
   */
  if (best->text_len < PX_READABLE_HEADLINE_STORY && !holds_sentence_end (best->node))
    for (guint k = 1; k < PX_READABLE_TOP_CANDIDATES && top[k] != NULL; k++)
      if (top[k]->text_len >= PX_READABLE_HEADLINE_STORY && link_density (top[k]) < 0.25
          && !is_ancestor (walk, top[k], best))
        {
          best = top[k];
          break;
        }

  /* A box right under a heading that opens readers' comments ("Post a
   * comment", "Comments") is the thread's part (its rules for posting, a
   * comment), not the article: the strongest candidate elsewhere holding
   * a story's worth of text with few links is.
   */
  if (under_thread_label (best->node))
    for (guint k = 1; k < PX_READABLE_TOP_CANDIDATES && top[k] != NULL; k++)
      if (top[k]->text_len >= PX_READABLE_HEADLINE_STORY && link_density (top[k]) < 0.25
          && !is_ancestor (walk, top[k], best) && !is_ancestor (walk, best, top[k])
          && !under_thread_label (top[k]->node))
        {
          best = top[k];
          break;
        }

  /* An article starts at its headline: a container that holds the
   * headline deep inside, after the page's menus, or not at all (readers'
   * comments in the next cell of a layout table) loses to a candidate
   * nearly as strong that starts there.
   */
  if (walk->headline != NULL && !starts_at_headline (walk, best))
    for (guint k = 0; k < PX_READABLE_TOP_CANDIDATES && top[k] != NULL; k++)
      if (top[k] != best && top[k]->score >= top[0]->score * 0.5 && !is_ancestor (walk, top[k], best)
          && starts_at_headline (walk, top[k]) && !keeps_lead (walk, best, top[k]))
        {
          best = top[k];
          break;
        }

  /* The page's description opens the article: when the choice does not
   * start at the headline (none found: a <title> that names the site's
   * section, not the story), a candidate nearly as strong that holds the
   * description's first words near its start wins over one that does not
   * (a box about the paper beside a short story)
   */
  if (walk->lead != NULL && (walk->headline == NULL || !starts_at_headline (walk, best)) && !opens_with_lead (walk, best))
    for (guint k = 0; k < PX_READABLE_TOP_CANDIDATES && top[k] != NULL; k++)
      if (top[k] != best && top[k]->score >= top[0]->score * 0.5 && !is_ancestor (walk, top[k], best)
          && opens_with_lead (walk, top[k]))
        {
          walk->passed_over = best;
          best = top[k];
          break;
        }

  /* The <article> that holds the headline is the article when the choice
   * holds another story with a headline of its own, or is one (a page that
   * loads the next story under the first)
   */
  if (walk->headline != NULL)
    {
      xmlNode *article = NULL;

      for (xmlNode *n = walk->headline->parent; n != NULL && n != best->node; n = n->parent)
        if (_px_html_is (n, "article"))
          {
            article = n;
            break;
          }
      /* (or another story chosen beside it, the longer) */
      if (article != NULL && article != best->node && !is_ancestor_node (article, best->node))
        {
          Info *info = info_for (walk, article);

          if (info != NULL && info->text_len >= PX_READABLE_HEADLINE_STORY && holds_other_story (walk, best->node, article))
            {
              info->flags |= INFO_CANDIDATE;
              if (info->score < best->score)
                info->score = best->score;
              return info;
            }
        }
    }

  /* A wrapper that adds nothing to the text is the same container as the
   * one it wraps, and its siblings are where more of the article may be;
   * so is one that adds the headline only, when a block of the body's own
   * class stands beside it (a column holding the headline and the first
   * part of the body, the rest in the next: "<div class=story-body>" in
   * both). A column of other stories beside it names its blocks otherwise.
   */
  for (;;)
    {
      Info *parent = info_at (walk, best->parent);

      if (parent == NULL || parent == body)
        break;
      if (parent->text_len > best->text_len + 2
          && !(walk->headline != NULL && walk->headline->content != NULL
               && parent->text_len <= best->text_len + 2 + strlen ((const char *) walk->headline->content)
               && is_ancestor_node (parent->node, walk->headline) && !is_ancestor_node (best->node, walk->headline)
               && continues_beside (walk, parent, best)))
        break;
      if (!(parent->flags & INFO_CANDIDATE) || parent->score < best->score)
        {
          parent->flags |= INFO_CANDIDATE;
          parent->score = best->score;
        }
      best = parent;
    }

  return best;
}

static gboolean
ends_like_sentence (xmlNode *node)
{
  g_autofree char *text = _px_html_text (node, 4096);
  const char *dot = strrchr (text, '.');

  return dot != NULL && (dot[1] == '\0' || dot[1] == ' ');
}

/* TRUE when the class lists @a and @b are the same or share a name of
 * four letters or more ("story-body story-body-1", "story-body story-body-2").
 */
static gboolean
shares_class (const char *a,
              const char *b)
{
  g_auto(GStrv) as = NULL;
  g_auto(GStrv) bs = NULL;

  if (a == NULL || b == NULL || *a == '\0' || *b == '\0' || strlen (b) > 1024)
    return FALSE;
  if (strcmp (a, b) == 0)
    return TRUE;

  as = g_strsplit_set (a, " \t\n", 32);
  bs = g_strsplit_set (b, " \t\n", 32);
  for (guint i = 0; as[i] != NULL; i++)
    {
      if (strlen (as[i]) < 4)
        continue;
      for (guint j = 0; bs[j] != NULL; j++)
        if (strcmp (as[i], bs[j]) == 0)
          return TRUE;
    }
  return FALSE;
}

/* TRUE when @a and @b are blocks of the same kind without a class or an
 * id: the parts of an article on a page that names none of its blocks
 * (<section> after <section>). Such a part joins the best one when it
 * scores half as well, however short the article (the least score a
 * sibling must have otherwise is for pages whose blocks have names).
 */
static gboolean
same_unnamed_kind (const xmlNode *a,
                   const xmlNode *b)
{
  return b->type == XML_ELEMENT_NODE && strcmp ((const char *) a->name, (const char *) b->name) == 0
         && (tag_flags (a) & TAG_CONTAINER) && _px_html_attr (a, "class") == NULL && _px_html_attr (a, "id") == NULL
         && _px_html_attr (b, "class") == NULL && _px_html_attr (b, "id") == NULL;
}

static gboolean
is_heading (const xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && node->name[0] == 'h' && node->name[1] >= '1'
         && node->name[1] <= '6' && node->name[2] == '\0';
}

/* Lower-cased words of @text, for comparing headings with the title. */
static GPtrArray *
words_of (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = _px_html_strdown (text);
  const char *p = lower;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  return words;
}

static gboolean
similar_to_title (const char *title,
                  xmlNode    *heading)
{
  g_autofree char *text = _px_html_text (heading, 2048);
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  guint shared = 0;

  if (title == NULL || *text == '\0')
    return FALSE;

  a = words_of (title);
  b = words_of (text);
  if (a->len == 0 || b->len == 0)
    return FALSE;
  for (guint i = 0; i < b->len; i++)
    for (guint j = 0; j < a->len; j++)
      if (strcmp (g_ptr_array_index (b, i), g_ptr_array_index (a, j)) == 0)
        {
          shared++;
          break;
        }
  return shared >= 0.75 * b->len && shared >= 0.75 * a->len;
}

/* How many elements of a box are looked at for a summary. */
#define PX_READABLE_PICTURE_BOX_NODES 50
/* the most text (bytes) a picture's caption and credit run to */
#define PX_READABLE_PICTURE_BOX_TEXT 500

/* TRUE for a box holding a picture and a line or two of text about it
 * (no more than a standfirst's length), none of it named as the
 * article's summary.
 */
static gboolean
is_picture_box (Walk *walk,
                Info *box)
{
  /* libxml2 puts a <picture>'s <img> inside its <source>, which the
   * walk leaves out: the <picture> is the sign then
   */
  gboolean pictured = box->n_img > 0;
  guint seen = 0;

  if (box->text_len == 0 || box->text_len > PX_READABLE_PICTURE_BOX_TEXT || (box->flags & INFO_SUMMARY))
    return FALSE;
  for (xmlNode *n = box->node->children; n != NULL && seen < PX_READABLE_PICTURE_BOX_NODES;
       n = _px_html_next (n, box->node, TRUE))
    {
      Info *info;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      pictured |= _px_html_is (n, "picture");
      info = info_for (walk, n);
      if (info != NULL && (info->flags & INFO_SUMMARY))
        return FALSE;
    }
  return pictured && seen < PX_READABLE_PICTURE_BOX_NODES;
}

/* TRUE when @box opens with its picture, its text after it, and holds no
 * heading: a caption follows its picture; a how-to's step or a list's
 * item says its piece first, or under a heading of its own.
 */
static gboolean
captioned_after_picture (xmlNode *box)
{
  guint seen = 0;

  for (xmlNode *n = box->children; n != NULL && seen < PX_READABLE_PICTURE_BOX_NODES;
       n = _px_html_next (n, box, TRUE))
    {
      seen++;
      if (n->type == XML_TEXT_NODE && !is_blank_text (n))
        return FALSE;
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (is_heading (n))
        return FALSE;
      if (_px_html_is (n, "img") || _px_html_is (n, "picture"))
        return TRUE;
    }
  return FALSE;
}

/* TRUE when @node is one picture of a gallery: a box of a picture and its
 * caption after it (is_picture_box(), captioned_after_picture()), with two
 * boxes of its tag and class so shaped among the eight elements on either
 * side. Its caption is no paragraph of the article, however long: a
 * gallery over a short story outweighs it.
 */
static gboolean
in_gallery (Walk    *walk,
            xmlNode *node)
{
  Info *info = info_for (walk, node);
  guint alike = 0;

  if (info == NULL || node->type != XML_ELEMENT_NODE || !(info->tags & TAG_CONTAINER)
      || !is_picture_box (walk, info) || !captioned_after_picture (node))
    return FALSE;
  for (guint dir = 0; dir < 2; dir++)
    {
      guint seen = 0;

      for (xmlNode *s = dir == 0 ? node->prev : node->next; s != NULL && seen < PX_READABLE_NAMED_SIBLINGS;
           s = dir == 0 ? s->prev : s->next)
        {
          Info *other;

          if (s->type != XML_ELEMENT_NODE)
            continue;
          seen++;
          other = info_for (walk, s);
          if (other != NULL && alike_items (node, s) && is_picture_box (walk, other) && captioned_after_picture (s)
              && ++alike >= PX_READABLE_THREAD_ITEMS - 1)
            return TRUE;
        }
    }
  return FALSE;
}

/* TRUE when the element next to @node on either side is of its tag and
 * class and holds text and no picture: @node is then one of a run of the
 * story's own blocks ("<div class=p><img><span>The council ...</span>
 * </div><div class=p><span>...</span></div>") with a picture set in it,
 * where a caption's box stands apart from the blocks around it.
 */
static gboolean
runs_with_blocks (Walk    *walk,
                  xmlNode *node)
{
  for (guint dir = 0; dir < 2; dir++)
    {
      xmlNode *s = dir == 0 ? xmlPreviousElementSibling (node) : xmlNextElementSibling (node);
      Info *other;

      if (s == NULL || !alike_items (node, s))
        continue;
      other = info_for (walk, s);
      if (other != NULL && other->text_len > 0 && other->n_img == 0)
        return TRUE;
    }
  return FALSE;
}

/* the least text (bytes) of the article's part besides a picture's box
 * for its text to be told a caption by its shape alone
 */
#define PX_READABLE_CAPTION_BODY 1000
/* the fewest words of a picture's alt text that a box's text repeating
 * them tells a caption by, and the most bytes of it read
 */
#define PX_READABLE_ALT_WORDS 5
#define PX_READABLE_ALT_TEXT 600

/* TRUE when the text of @box, a picture's box (is_picture_box()), says
 * again what its first picture's alt text says, five words or more, and
 * little else besides (a credit): a publishing system writes a caption
 * into both ("<img alt="The minister arrives ..."><p>The minister arrives
 * ...</p>"), where a story's paragraph is no picture's description.
 */
static gboolean
repeats_alt (xmlNode *box)
{
  g_autoptr(GHashTable) box_words = NULL;
  g_autoptr(GPtrArray) alt_words = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *text = NULL;
  const char *alt = NULL;
  guint seen = 0, shared = 0;

  for (xmlNode *n = box->children; n != NULL && seen < PX_READABLE_PICTURE_BOX_NODES;
       n = _px_html_next (n, box, TRUE))
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      if (_px_html_is (n, "img"))
        {
          alt = _px_html_attr (n, "alt");
          break;
        }
    }
  if (alt == NULL || strlen (alt) > PX_READABLE_ALT_TEXT)
    return FALSE;
  alt_words = words_of (alt);
  if (alt_words->len < PX_READABLE_ALT_WORDS)
    return FALSE;
  text = _px_html_text (box, 2 * PX_READABLE_PICTURE_BOX_TEXT);
  words = words_of (text);
  box_words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < words->len; i++)
    g_hash_table_add (box_words, g_ptr_array_index (words, i));
  for (guint i = 0; i < alt_words->len; i++)
    shared += g_hash_table_contains (box_words, g_ptr_array_index (alt_words, i));
  return shared >= 0.8 * alt_words->len && 2 * shared >= words->len;
}

/* TRUE when @node is a picture's box set in the article's part @part,
 * whatever its class says: a box of a picture and its caption after it
 * (is_picture_box(), captioned_after_picture()), standing apart from the
 * story's blocks around it (runs_with_blocks()), no ancestor of the
 * headline, whose text repeats the picture's alt text (repeats_alt()) or
 * is in an element that is no paragraph ("<div><img><div>The minister
 * arrives ...</div></div>") in a part with a story's length of text
 * besides. Its text says what the picture shows and who took it, not
 * what the story reports. A picture beside a paragraph of its own
 * ("<div><img><p>The council ...</p></div>") is the story's.
 */
static gboolean
is_caption_box (Walk    *walk,
                xmlNode *node,
                Info    *part)
{
  Info *info = info_for (walk, node);

  if (info == NULL || info == part || node->type != XML_ELEMENT_NODE || !(info->tags & TAG_CONTAINER)
      || part->text_len <= info->text_len)
    return FALSE;
  if (!is_picture_box (walk, info) || !captioned_after_picture (node) || runs_with_blocks (walk, node)
      || (walk->headline != NULL && is_ancestor_node (node, walk->headline)))
    return FALSE;
  return (info->n_p == 0 && part->text_len >= info->text_len + PX_READABLE_CAPTION_BODY) || repeats_alt (node);
}

/* How many nodes of a box are looked through for its title. */
#define PX_READABLE_BOX_TITLE_NODES 12
/* the bytes of the article written before a box may be one of others */
#define PX_READABLE_BOX_AFTER 300

static char *box_title (xmlNode *node, xmlNode **title_element);

/* TRUE when three blocks of their own that are no paragraphs (a thread's
 * comments, whatever marks their writers) follow @title beside it, among
 * its next sixteen nodes: a box of thousands is looked at for each of its
 * paragraphs.
 */
static gboolean
blocks_follow (xmlNode *title)
{
  guint items = 0;
  guint seen = 0;

  for (xmlNode *c = title->next; c != NULL && items < PX_READABLE_THREAD_ITEMS && seen++ < PX_READABLE_THREAD_CHILDREN;
       c = c->next)
    if (c->type == XML_ELEMENT_NODE && (tag_flags (c) & (TAG_BLOCK | TAG_PARAGRAPH)) == TAG_BLOCK
        && c->children != NULL)
      items++;
  return items >= PX_READABLE_THREAD_ITEMS;
}

/* TRUE when the first words of the box @node are a title that says it
 * holds other things than the article ("In brief", "About this blog"):
 * a column of other stories' briefs or the blog's note beside the post,
 * however much like paragraphs of the article its text is.
 */
static gboolean
opens_with_box_label (xmlNode *node)
{
  g_autofree char *title = box_title (node, NULL);

  return title != NULL && _px_furniture_is_box_label (title);
}

/* TRUE when the box @node is a thread of readers' comments by its title
 * ("12 comments", "Your views", "Have your say"): the whole of its first
 * heading or line, over three blocks of its own at least (the comments,
 * whatever marks their writers). A tool's link "Comments (3)" inside a
 * story's paragraph is no title of a box.
 */
static gboolean
opens_with_thread_label (xmlNode *node)
{
  xmlNode *title_element = NULL;
  g_autofree char *title = box_title (node, &title_element);

  if (title == NULL || !_px_furniture_is_thread_label (title))
    return FALSE;
  /* the title's element, a child of the box or inside one */
  while (title_element != NULL && title_element->parent != node)
    title_element = title_element->parent;
  return title_element != NULL && blocks_follow (title_element);
}

/* The first text of the box @node when it is a title: the whole of its
 * element, a heading or a line of its own (the box's own text, or a word
 * in bold that opens a paragraph, is none); NULL otherwise. The element
 * in @title_element.
 */
static char *
box_title (xmlNode  *node,
           xmlNode **title_element)
{
  guint seen = 0;

  for (xmlNode *n = node->children; n != NULL && seen++ < PX_READABLE_BOX_TITLE_NODES;
       n = _px_html_next (n, node, TRUE))
    {
      const char *p;

      if (n->type != XML_TEXT_NODE || n->content == NULL)
        continue;
      for (p = (const char *) n->content; g_ascii_isspace (*p); p++)
        ;
      if (*p == '\0')
        continue;
      /* the first text: the whole of its element, a heading or a line
       * of its own, is the title (the box's own text, or a word in bold
       * that opens a paragraph, is none)
       */
      if (n->parent == node || _px_html_is (node, "p")
          || !(is_heading (n->parent) || _px_html_is (n->parent, "p") || _px_html_is (n->parent, "div")))
        return NULL;
      if (title_element != NULL)
        *title_element = n->parent;
      return _px_html_text (n->parent, 64);
    }
  return NULL;
}

/* how many children of the article's footer are looked at for its last paragraphs */
#define PX_READABLE_FOOTER_CHILDREN 8

/* The paragraphs that open the footer block @footer right after the
 * article's text, added to @parts: the story's last paragraphs, which some
 * outlets set in the footer over its copyright notice and tools
 * ("<div class=story-footer><p>The council will hold a hearing ...</p>
 * <p>Copyright ...</p></div>"). Only whole sentences of a paragraph's
 * length with few links, up to the first child that is not one.
 */
static void
add_footer_paragraphs (Walk      *walk,
                       GPtrArray *parts,
                       xmlNode   *footer)
{
  guint seen = 0;

  for (xmlNode *c = footer->children; c != NULL && seen < PX_READABLE_FOOTER_CHILDREN; c = c->next)
    {
      Info *info;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      seen++;
      info = info_for (walk, c);
      if (!_px_html_is (c, "p") || info == NULL || info->text_len <= 80 || link_density (info) >= 0.25
          || !ends_like_sentence (c))
        return;
      g_ptr_array_add (parts, info);
    }
}

/* how deep wrappers of one element each are followed down */
#define PX_READABLE_WRAPPER_DEPTH 8

/* The one element @node holds, with no text beside it, or NULL. */
static xmlNode *
only_element (xmlNode *node)
{
  xmlNode *only = NULL;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE && !is_blank_text (c))
        return NULL;
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (only != NULL)
        return NULL;
      only = c;
    }
  return only;
}

/* The one <p> @node holds and nothing else, through wrappers of one
 * element each ("<div class=text-block><p>...</p></div>"), or NULL.
 */
static xmlNode *
boxed_paragraph (const xmlNode *node)
{
  xmlNode *inner = (xmlNode *) node;

  for (guint depth = 0; depth < PX_READABLE_WRAPPER_DEPTH; depth++)
    {
      inner = only_element (inner);
      if (inner == NULL)
        return NULL;
      if (tag_flags (inner) & TAG_P)
        return inner;
    }
  return NULL;
}

/* TRUE when @node is a paragraph ending a sentence with under a quarter
 * of its text in links, or a box whose first element with text is one.
 */
static gboolean
opens_with_sentence (xmlNode *node)
{
  if (tag_flags (node) & TAG_P)
    return prose_length_from (node, 1) > 0;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      g_autofree char *text = NULL;

      if (c->type == XML_TEXT_NODE && !is_blank_text (c))
        return FALSE;
      if (c->type != XML_ELEMENT_NODE)
        continue;
      text = _px_html_text (c, 16);
      if (*g_strstrip (text) == '\0')
        continue;
      return (tag_flags (c) & TAG_P) && prose_length_from (c, 1) > 0;
    }
  return FALSE;
}

/* how many elements on either side of a box are looked through for the
 * story's next paragraph */
#define PX_READABLE_BOXED_LOOKS 4

/* TRUE when @node is a paragraph of the story set in a box of its own
 * ("<div class=text-block><p>...</p></div>", an advertisement's empty slot
 * after some of them): it wraps one <p> of @min bytes or more that ends a
 * sentence with under a quarter of its text in links, and the nearest
 * element with text on one side of it, empty slots passed over, is such a
 * paragraph or opens with one. A notice, an address or a caption alone in
 * its box beside a column of other things, a page's foot under the
 * article, has no such neighbour.
 */
static gboolean
is_boxed_paragraph (const xmlNode *node,
                    gsize          min)
{
  xmlNode *p = boxed_paragraph (node);

  if (p == NULL || prose_length_from (p, min) == 0)
    return FALSE;
  for (guint dir = 0; dir < 2; dir++)
    {
      guint looks = 0;

      for (xmlNode *s = dir == 0 ? node->prev : node->next; s != NULL && looks < PX_READABLE_BOXED_LOOKS;
           s = dir == 0 ? s->prev : s->next)
        {
          g_autofree char *text = NULL;

          if (s->type != XML_ELEMENT_NODE)
            continue;
          looks++;
          text = _px_html_text (s, 16);
          if (*g_strstrip (text) == '\0')
            continue;
          if (opens_with_sentence (s))
            return TRUE;
          break;
        }
    }
  return FALSE;
}

/* The best candidate block @node wraps and nothing else, through wrappers
 * of one element each ("<div><div><p>...</p><p>...</p></div></div>"), or
 * NULL.
 */
static Info *
wrapped_candidate (Walk    *walk,
                   xmlNode *node)
{
  Info *best = NULL;

  for (guint depth = 0; depth < PX_READABLE_WRAPPER_DEPTH; depth++)
    {
      Info *info;

      node = only_element (node);
      if (node == NULL || (info = info_for (walk, node)) == NULL)
        break;
      if ((info->flags & INFO_CANDIDATE) && (best == NULL || info->score > best->score))
        best = info;
    }
  return best;
}

/* The elements whose text is the article: the top candidate and the
 * siblings that look like more of it.
 */
static GPtrArray *
gather (Walk       *walk,
        Info       *top,
        Info       *body,
        const char *title)
{
  GPtrArray *parts = g_ptr_array_new ();
  Info *parent = info_at (walk, top->parent);
  double threshold = MAX (10.0, top->score * 0.2);
  const char *top_class;
  gboolean top_added = FALSE;

  if (top == body || parent == NULL)
    {
      g_ptr_array_add (parts, top);
      return parts;
    }

  top_class = _px_html_attr (top->node, "class");
  if (top_class != NULL && strlen (top_class) > 1024)
    top_class = NULL;
  for (xmlNode *c = parent->node->children; c != NULL; c = c->next)
    {
      Info *sibling = info_for (walk, c);
      double bonus = 0.0;
      Info *inner;

      if (sibling == NULL)
        continue;
      /* nor the block the page's description passed over (a site's blurb
       * beside a short story)
       */
      if (walk->passed_over != NULL && (sibling == walk->passed_over || is_ancestor (walk, sibling, walk->passed_over)))
        continue;
      if (sibling == top)
        {
          g_ptr_array_add (parts, sibling);
          top_added = TRUE;
          continue;
        }
      /* the article starts at its headline: blocks above it are not it */
      if (!top_added && is_heading (c) && similar_to_title (title, c))
        {
          g_ptr_array_set_size (parts, 0);
          continue;
        }

      if (top_added && c->type == XML_ELEMENT_NODE
          && (opens_with_box_label (c) || is_comment_thread (c) || opens_with_thread_label (c)))
        continue;
      /* the next story after the article, headline and all */
      if (top_added && c->type == XML_ELEMENT_NODE && (top->tags & TAG_ARTICLE) && holds_other_story (walk, c, NULL))
        continue;
      if (shares_class (top_class, _px_html_attr (c, "class")))
        bonus = top->score * 0.2;

      /* a block of the same kind as the top candidate counts with the best
       * part of it, wherever its paragraphs sit
       */
      if (bonus > 0.0 && sibling->best_inside > 0.0 && sibling->best_inside + bonus >= threshold)
        g_ptr_array_add (parts, sibling);
      else if ((sibling->flags & INFO_CANDIDATE) && sibling->score + bonus >= threshold)
        g_ptr_array_add (parts, sibling);
      else if ((sibling->flags & INFO_CANDIDATE) && sibling->score >= top->score * 0.5
               && same_unnamed_kind (top->node, c))
        g_ptr_array_add (parts, sibling);
      /* a short story's next part, in a box of a class of its own after
       * an advertisement's slot, scoring under the floor of 10 as the top
       * candidate does: half as strong as it, no heading (a box of other
       * things is headed: "Latest"), few links, a paragraph of prose (or
       * the box is one, most of its text its own lines, without a <p>)
       */
      else if ((sibling->flags & INFO_CANDIDATE) && sibling->score >= top->score * 0.5
               && sibling->n_heading == 0 && link_density (sibling) < 0.25
               && (holds_prose (c)
                   || (sibling->inline_len * 2 >= sibling->text_len && prose_length (c) > 0)))
        g_ptr_array_add (parts, sibling);
      /* more of the article a level or two deeper, in wrappers of one
       * element each, counts as a block of its own kind would beside the
       * top candidate; a layout table's cells are columns side by side
       * (one wrapping a box of promotions), not the article's rest
       */
      else if (c->type == XML_ELEMENT_NODE && !name_in (c, (const char * const[]) { "td", "th", NULL })
               && (inner = wrapped_candidate (walk, c)) != NULL
               && inner->score >= top->score * 0.5 && inner->score + bonus >= threshold)
        g_ptr_array_add (parts, sibling);
      /* a lead in <strong> or <b> beside the block of paragraphs is its
       * first paragraph; a paragraph in a box of its own beside the
       * headline's box is the story's next, as the <p> it wraps would be
       */
      else if (_px_html_is (c, "p") || !(sibling->flags & INFO_BLOCK)
               || ((sibling->tags & TAG_CONTAINER) && !(sibling->flags & INFO_HAS_BLOCK_CHILD))
               || is_boxed_paragraph (c, 1))
        {
          double density = link_density (sibling);
          guint len = sibling->text_len;

          /* a summary named as such is the article's, however short */
          if ((len > 80 && density < 0.25)
              || (len > 0 && len <= 80 && density == 0.0
                  && ((sibling->flags & INFO_SUMMARY) || ends_like_sentence (c))))
            g_ptr_array_add (parts, sibling);
        }
      /* the article's own footer, next after its text */
      else if (top_added && parts->len > 0 && g_ptr_array_index (parts, parts->len - 1) == top
               && c->type == XML_ELEMENT_NODE && _px_html_named (c, (const char * const[]) { "footer", "foot ", NULL }))
        add_footer_paragraphs (walk, parts, c);
    }

  return parts;
}

/* A box of dated entries after the article's start, beside it or below it: a
 * "Key dates" box, the story's own timeline ("11:05 p.m.: Crews reach the
 * bridge"). It is the outlet's account of the events the
 * article reports, which a reader needs; a box of the same shape about
 * other things (a ticker of other stories is links) shares no words with
 * the headline.
 */
#define PX_READABLE_TIMELINE_ENTRIES 3
#define PX_READABLE_TIMELINE_LOOKS 200
#define PX_READABLE_TIMELINE_MIN_TEXT 150
#define PX_READABLE_TIMELINE_MAX_TEXT 8000
#define PX_READABLE_TIMELINE_TITLE_WORDS 2

/* How many words of four letters or more of @title are in @text. */
static guint
title_words_in (const char *title,
                const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (title, " ,.:;!?'\"()", -1);
  g_autofree char *lower = g_utf8_casefold (text, -1);
  guint shared = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = NULL;

      if (g_utf8_strlen (words[i], -1) < 4)
        continue;
      word = g_utf8_casefold (words[i], -1);
      if (strstr (lower, word) != NULL)
        shared++;
    }
  return shared;
}

/* @info, or its parent when that holds nothing else but a heading. */
static Info *
with_heading (Walk *walk,
              Info *info)
{
  Info *parent = info_at (walk, info->parent);
  guint others = 0;
  guint headings = 0;

  if (parent == NULL)
    return info;
  for (xmlNode *c = parent->node->children; c != NULL; c = c->next)
    if (c == info->node)
      continue;
    else if (c->type == XML_ELEMENT_NODE && is_heading (c))
      headings++;
    else if (c->type == XML_ELEMENT_NODE || (c->type == XML_TEXT_NODE && c->content != NULL
                                             && strspn ((const char *) c->content, " \t\r\n") < strlen ((const char *) c->content)))
      others++;
  return headings == 1 && others == 0 ? parent : info;
}

/* TRUE when @info is a container block of text and inline elements only
 * (no block inside): a paragraph, a line or an entry written as a <div>.
 */
static gboolean
is_inline_block (const Info *info)
{
  return (info->tags & TAG_CONTAINER) && (info->flags & INFO_BLOCK) && !(info->flags & INFO_HAS_BLOCK_CHILD);
}

/* TRUE when @info holds @min blocks of text and inline elements only, a
 * timeline's entries whether they are <p>s, list items or <div>s.
 */
static gboolean
holds_entries (Walk       *walk,
               const Info *info,
               guint       min)
{
  guint count = info->n_p + info->n_li;

  for (xmlNode *c = info->node->children; c != NULL && count < min; c = c->next)
    {
      Info *child = c->type == XML_ELEMENT_NODE ? info_for (walk, c) : NULL;

      if (child != NULL && is_inline_block (child))
        count++;
    }
  return count >= min;
}

static Info *
find_timeline (Walk       *walk,
               GPtrArray  *parts,
               const char *title)
{
  Info *first;
  guint looks = 0;

  if (parts->len == 0 || title == NULL)
    return NULL;
  first = g_ptr_array_index (parts, 0);
  for (guint i = (guint) (first - &g_array_index (walk->infos, Info, 0)) + 1;
       i < walk->infos->len && looks < PX_READABLE_TIMELINE_LOOKS; i++)
    {
      Info *info = &g_array_index (walk->infos, Info, i);
      guint entries = 0;
      guint others = 0;
      gboolean inside = FALSE;

      if (!(info->flags & INFO_BLOCK) || info->text_len < PX_READABLE_TIMELINE_MIN_TEXT
          || info->text_len > PX_READABLE_TIMELINE_MAX_TEXT || link_density (info) > 0.25
          || !holds_entries (walk, info, PX_READABLE_TIMELINE_ENTRIES))
        continue;
      for (guint k = 0; k < parts->len && !inside; k++)
        inside = is_ancestor (walk, g_ptr_array_index (parts, k), info);
      if (inside)
        continue;
      looks++;
      for (xmlNode *c = info->node->children; c != NULL && others <= entries + 2; c = c->next)
        {
          g_autofree char *text = NULL;

          if (info_for (walk, c) == NULL)
            continue;
          text = _px_html_text (c, 120);
          if (*text == '\0')
            continue;
          if (_px_furniture_is_dated_entry (text))
            entries++;
          else
            others++;
        }
      if (entries >= PX_READABLE_TIMELINE_ENTRIES && entries >= 2 * others)
        {
          g_autofree char *text = _px_html_text (info->node, 4000);

          if (title_words_in (title, text) >= PX_READABLE_TIMELINE_TITLE_WORDS)
            return with_heading (walk, info);
        }
    }
  return NULL;
}

static gboolean
is_ancestor_node (const xmlNode *ancestor,
                  const xmlNode *node)
{
  for (const xmlNode *n = node->parent; n != NULL; n = n->parent)
    if (n == ancestor)
      return TRUE;
  return FALSE;
}

/* A standfirst: the summary an outlet sets between the headline and the
 * body, in a block of its own beside the body or above the body's
 * container ("<div class=standfirst><p>…</p></div>" then the body). Its
 * sign is where it stands, not its name: the nearest block of prose above
 * the article's first part, with nothing between it and the headline but
 * stamps, bylines and what the walk left out (share tools, pictures).
 */
#define PX_READABLE_STANDFIRST_MIN 40
#define PX_READABLE_STANDFIRST_MAX 500
#define PX_READABLE_STANDFIRST_WORDS 6
/* text that may stand between the standfirst, the headline and the body */
#define PX_READABLE_STANDFIRST_GAP 300
#define PX_READABLE_STANDFIRST_LINKS 1000
#define PX_READABLE_STANDFIRST_NODES 200
/* a part of the article with this much text is its body, not a line */
#define PX_READABLE_STANDFIRST_BODY 500
/* ... and in a short story, where no part has as much, its longest part
 * with this much
 */
#define PX_READABLE_STANDFIRST_SHORT_BODY 100

typedef enum
{
  ABOVE_HEADLINE,  /* the article's headline */
  ABOVE_PROSE,     /* a block of running text */
  ABOVE_ASIDE,     /* a stamp, a byline, text the walk left out */
  ABOVE_LINKS,     /* page tools, related stories */
  ABOVE_HEADING,   /* a heading that is not the headline */
  ABOVE_OTHER,     /* anything else: the article does not start here */
} AboveKind;

/* The block @text_node is written in: its nearest block or heading. */
static xmlNode *
block_of (Walk    *walk,
          xmlNode *text_node)
{
  for (xmlNode *n = text_node->parent; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      Info *info = info_for (walk, n);

      if (info == NULL)
        return NULL;
      if ((info->flags & INFO_BLOCK) || is_heading (n))
        return n;
    }
  return NULL;
}

/* The text of @block as it would be written: what the walk left out of it
 * (a byline, share tools) is not in it.
 */
static char *
walked_text (Walk    *walk,
             xmlNode *block,
             gsize    max_bytes)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (xmlNode *n = block->children; n != NULL && out->len < max_bytes;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE)
        descend = info_for (walk, n) != NULL;
      else if (n->type == XML_TEXT_NODE && n->content != NULL)
        _px_html_append_collapsed (out, (const char *) n->content, -1, &pending_space);
      n = _px_html_next (n, block, descend);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_headline_element (Walk       *walk,
                     xmlNode    *node,
                     const char *title)
{
  Info *info = info_for (walk, node);

  if (!is_heading (node))
    return FALSE;
  /* a copy of the headline for screen readers ("is-hidden") */
  if (info != NULL && info->class_weight < 0)
    return FALSE;
  if (walk->headline != NULL && is_ancestor_node (node, walk->headline))
    return TRUE;
  return node->name[1] == '1' || similar_to_title (title, node);
}

/* TRUE when @block is the caption of a picture beside it: a block that
 * shares a box with an image, the box not the article's (@first's).
 */
static gboolean
is_caption (Walk    *walk,
            xmlNode *block,
            xmlNode *first)
{
  Info *info = info_for (walk, block);
  Info *box = info_at (walk, info->parent);

  if (info->n_img > 0)
    return TRUE;
  return box != NULL && box->n_img > 0 && !is_ancestor_node (box->node, first);
}

static AboveKind
kind_above (Walk       *walk,
            xmlNode    *block,
            xmlNode    *first,
            const char *title)
{
  Info *info = info_for (walk, block);
  g_autofree char *text = NULL;
  guint words = 0;
  guint digits = 0;
  guint letters = 0;
  gboolean lower = FALSE;
  glong chars;

  if (is_headline_element (walk, block, title))
    return ABOVE_HEADLINE;
  if (link_density (info) >= 0.5)
    return ABOVE_LINKS;
  if (is_heading (block) && !(info->flags & INFO_SUMMARY))
    return ABOVE_HEADING;
  text = walked_text (walk, block, 2048);
  if (_px_furniture_head_line (text) != PX_HEAD_LINE_TEXT || is_caption (walk, block, first))
    return ABOVE_ASIDE;
  /* a byline whose names the walk took out ("by <a>Jane Doe</a> (reporting)") */
  {
    g_autofree char *whole = _px_html_text (block, 2048);

    if (_px_furniture_head_line (whole) != PX_HEAD_LINE_TEXT)
      return ABOVE_ASIDE;
  }
  chars = g_utf8_strlen (text, -1);
  if (_px_html_is (block, "li") || (info->flags & INFO_IN_FIGURE) || link_density (info) > 0.0
      || chars < PX_READABLE_STANDFIRST_MIN || chars > PX_READABLE_STANDFIRST_MAX
      || similar_to_title (title, block))
    return ABOVE_OTHER;
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((p == text || p[-1] == ' ') && *p != ' ')
        {
          words++;
          lower |= g_ascii_islower (*p);
        }
      digits += g_ascii_isdigit (*p);
      letters += g_ascii_isalpha (*p) || (guchar) *p >= 0xc0;
    }
  /* a line of dates and fields ("30 avril 2015 à 07:19 (Mis à jour : …)",
   * "Le Monde | 04.05.2015 | Par") is no summary
   */
  if (words < PX_READABLE_STANDFIRST_WORDS || !lower || digits * 4 > letters || strstr (text, " | ") != NULL)
    return ABOVE_OTHER;
  return ABOVE_PROSE;
}

/* The part of the article @node is in, or NULL. */
static Info *
part_holding (GPtrArray *parts,
              xmlNode   *node)
{
  for (guint i = 0; i < parts->len; i++)
    {
      Info *part = g_ptr_array_index (parts, i);

      if (part->node == node || is_ancestor_node (part->node, node))
        return part;
    }
  return NULL;
}

/* TRUE when @block comes before any picture in @box: a caption follows
 * its picture, the standfirst under the headline precedes it.
 */
static gboolean
before_picture (xmlNode *box,
                xmlNode *block)
{
  guint nodes = 0;

  for (xmlNode *n = box->children; n != NULL && nodes < PX_READABLE_PICTURE_BOX_NODES;
       n = _px_html_next (n, box, TRUE), nodes++)
    {
      if (n == block)
        return TRUE;
      if (n->type == XML_ELEMENT_NODE && (_px_html_is (n, "img") || _px_html_is (n, "picture")))
        return FALSE;
    }
  return FALSE;
}

/* The standfirst @found (or NULL), the lead picture's box that held it
 * taken out of @parts (*@at moved with it): the standfirst goes in
 * alone, the picture's box is no text.
 */
static Info *
standfirst_taken (Walk      *walk,
                  GPtrArray *parts,
                  xmlNode   *found,
                  Info      *picture_part,
                  guint     *at)
{
  guint i;

  if (found == NULL)
    return NULL;
  if (picture_part != NULL && g_ptr_array_find (parts, picture_part, &i))
    {
      g_ptr_array_remove_index (parts, i);
      if (i < *at)
        (*at)--;
    }
  return info_for (walk, found);
}

/* The standfirst above the article's parts, to go in at *@at. */
static Info *
find_standfirst (Walk       *walk,
                 GPtrArray  *parts,
                 const char *title,
                 guint      *at)
{
  xmlNode *first;
  xmlNode *found = NULL;
  Info *picture_part = NULL;
  AboveKind last = ABOVE_OTHER;
  gsize gap = 0;
  gsize links = 0;
  guint nodes = 0;

  /* from the first part that is more than a line (a stamp, a kicker); in
   * a short story none is a body's length: from its longest part, when
   * that is more than a line
   */
  while (*at < parts->len && ((Info *) g_ptr_array_index (parts, *at))->text_len < PX_READABLE_STANDFIRST_BODY)
    (*at)++;
  if (*at == parts->len)
    {
      guint longest = 0;

      for (guint i = 1; i < parts->len; i++)
        if (((Info *) g_ptr_array_index (parts, i))->text_len > ((Info *) g_ptr_array_index (parts, longest))->text_len)
          longest = i;
      if (parts->len == 0
          || ((Info *) g_ptr_array_index (parts, longest))->text_len < PX_READABLE_STANDFIRST_SHORT_BODY)
        return NULL;
      *at = longest;
    }
  first = ((Info *) g_ptr_array_index (parts, *at))->node;
  for (xmlNode *n = previous_in_order (first); n != NULL && nodes < PX_READABLE_STANDFIRST_NODES;
       n = previous_in_order (n), nodes++)
    {
      const char *content;
      xmlNode *block;
      AboveKind kind;

      if (n == walk->headline || (n->type == XML_ELEMENT_NODE && is_headline_element (walk, n, title)))
        return standfirst_taken (walk, parts, found, picture_part, at);
      if (n->type != XML_TEXT_NODE || n->content == NULL)
        continue;
      content = (const char *) n->content;
      if (strspn (content, " \t\r\n") == strlen (content))
        continue;
      block = block_of (walk, n);
      if (block == NULL)
        {
          /* left out of the walk: share tools, a byline, a caption */
          links += strlen (content);
          if (links > PX_READABLE_STANDFIRST_LINKS)
            return NULL;
          continue;
        }
      if (is_ancestor_node (block, first))
        return NULL;
      kind = kind_above (walk, block, first, title);
      switch (kind)
        {
        case ABOVE_HEADLINE:
          return standfirst_taken (walk, parts, found, picture_part, at);
        case ABOVE_PROSE:
          /* prose already in the article is no standfirst to add, unless
           * its part is the box of the lead picture, to be left out below
           * (<div class=article-header>: the headline, the standfirst
           * under it, the picture)
           */
          if (found == NULL)
            {
              Info *holder = part_holding (parts, block);

              if (holder != NULL && (!is_picture_box (walk, holder) || !before_picture (holder->node, block)))
                return NULL;
              picture_part = holder;
            }
          if (found == NULL)
            {
              found = block;
              break;
            }
          /* a caption, a teaser: what stands between the standfirst and
           * the headline is short
           */
          G_GNUC_FALLTHROUGH;
        case ABOVE_ASIDE:
          gap += info_for (walk, block)->text_len;
          if (gap > PX_READABLE_STANDFIRST_GAP)
            return NULL;
          break;
        case ABOVE_HEADING:
          /* prose under a heading of its own is a teaser or a section, not
           * the article's summary; other headings label boxes of links
           */
          if (found != NULL && last == ABOVE_PROSE)
            return NULL;
          gap += info_for (walk, block)->text_len;
          if (gap > PX_READABLE_STANDFIRST_GAP)
            return NULL;
          break;
        case ABOVE_LINKS:
          links += info_for (walk, block)->text_len;
          if (links > PX_READABLE_STANDFIRST_LINKS)
            return NULL;
          break;
        case ABOVE_OTHER:
          return NULL;
        }
      last = kind;
      /* on to what stands before the block */
      n = block;
    }
  return NULL;
}

/* Writing out */

/* The longest block cleaned away under the headline whose stamp is kept
 * for the dates (bytes of text).
 */
#define PX_READABLE_TITLE_STAMP 64

typedef struct
{
  GPtrArray *paragraphs;
  GString *current;
  gsize link_bytes;    /* how much of current is link text */
  guint links;         /* how many links current has */
  guint plain_words;   /* words of current outside links */
  guint plain_marks;   /* separators ("|", "::", "\u2022") in current outside links */
  guint plain_stops;   /* sentence marks (".", ",", "?") in current outside links */
  gboolean cells;      /* current is a row of a table of data */
  gboolean data_cells; /* ... of a table that is data by its shape, not layout */
  gsize line_start;    /* where the line after the last <br> starts in current */
  gsize line_link_bytes;
  guint line_plain_words; /* words of the line outside links that start in lower case */
  gboolean line_led_by_link; /* the line's first text is a link's */
  char line_note;            /* the first character of the line's text outside links */
  gboolean lines;      /* current has had a <br> */
  guint in_link;
  gboolean pending_space;
  guint br_run;
  const char *title;
  char *squashed_title;
  gboolean title_seen;
  guint title_at;      /* how many paragraphs were written before the headline */
  GArray *pointers;    /* gboolean per paragraph: short and nothing but links */
  xmlNode *in_summary; /* the element named as the summary being written */
  char *summary;       /* the first paragraph written from one */
  xmlNode *summary_label; /* a heading inside it ("Summary" over its points): not its paragraph */
  xmlNode *thread_heading; /* "Your views" over readers' comments in the story's block: it and what follows are none of it */
  guint written;       /* counts the text nodes written, to tell elements that wrote nothing */
  char *title_stamp;   /* a stamp alone in a block cleaned away between the headline and the text */
} Writer;

/* Short blocks that are nothing but links ("Senate", "World", "Back to
 * news | Print") point elsewhere: before the headline they are section
 * labels and breadcrumbs, after the last paragraph they are page tools.
 */
static void
drop_pointers (Writer   *writer,
               gboolean  leading)
{
  if (leading)
    {
      guint kept = 0;

      /* one pass, so that thousands of them cost no more than a few */
      for (guint i = 0; i < writer->paragraphs->len; i++)
        {
          char *text = g_ptr_array_index (writer->paragraphs, i);

          if (g_array_index (writer->pointers, gboolean, i))
            {
              g_free (text);
              continue;
            }
          writer->paragraphs->pdata[kept] = text;
          g_array_index (writer->pointers, gboolean, kept) = FALSE;
          kept++;
        }
      /* the texts were freed or moved above */
      for (guint i = kept; i < writer->paragraphs->len; i++)
        writer->paragraphs->pdata[i] = NULL;
      g_ptr_array_set_size (writer->paragraphs, kept);
      g_array_set_size (writer->pointers, kept);
      return;
    }

  {
    gboolean any_text = FALSE;

    for (guint i = 0; i < writer->pointers->len && !any_text; i++)
      any_text = !g_array_index (writer->pointers, gboolean, i);
    if (!any_text)
      return;
  }
  while (g_array_index (writer->pointers, gboolean, writer->paragraphs->len - 1))
    {
      g_ptr_array_remove_index (writer->paragraphs, writer->paragraphs->len - 1);
      g_array_remove_index (writer->pointers, writer->pointers->len - 1);
    }
}

/* A box of links inside the article: a short label ("More on this
 * story", "Related"), then a list of two or more links to other pages,
 * then the article's text again, a sentence of its own words. The box is
 * taken out where it stands, so that its label does not read as the head
 * of the list of other stories that ends an article.
 */
#define PX_READABLE_BOX_LABEL 60
#define PX_READABLE_BOX_LINKS 2
#define PX_READABLE_BOX_SENTENCE 80

static gboolean
is_box_label (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && len <= PX_READABLE_BOX_LABEL && strchr (".!?\"", text[len - 1]) == NULL
         && !g_str_has_suffix (text, "\u201d");
}

static void
drop_link_boxes (Writer *writer)
{
  guint n = writer->paragraphs->len;
  guint kept = 0;
  gboolean text_before = FALSE;

  for (guint i = 0; i < n; i++)
    {
      char *text = g_ptr_array_index (writer->paragraphs, i);
      guint end = i + 1;

      /* (after the headline: drop_before_title() counts what stands above it) */
      if (text_before && i >= writer->title_at && !g_array_index (writer->pointers, gboolean, i) && is_box_label (text))
        {
          while (end < n && g_array_index (writer->pointers, gboolean, end))
            end++;
          if (end - i - 1 >= PX_READABLE_BOX_LINKS && end < n)
            {
              const char *after = g_ptr_array_index (writer->paragraphs, end);
              gsize len = strlen (after);

              if (len >= PX_READABLE_BOX_SENTENCE && strchr (".!?\"", after[len - 1]) != NULL)
                {
                  for (guint k = i; k < end; k++)
                    g_free (g_ptr_array_index (writer->paragraphs, k));
                  i = end - 1;
                  continue;
                }
            }
        }
      text_before |= !g_array_index (writer->pointers, gboolean, i) && strlen (text) >= PX_READABLE_BOX_SENTENCE;
      writer->paragraphs->pdata[kept] = text;
      g_array_index (writer->pointers, gboolean, kept) = g_array_index (writer->pointers, gboolean, i);
      kept++;
    }
  for (guint i = kept; i < n; i++)
    writer->paragraphs->pdata[i] = NULL;
  g_ptr_array_set_size (writer->paragraphs, kept);
  g_array_set_size (writer->pointers, kept);
}

/* An article starts at its headline: what the container holds above it
 * (readers' comments shown first, teasers, a photo's caption) is not the
 * article, when a body of some length follows the headline.
 */
static void
drop_before_title (Writer *writer)
{
  gsize after = 0;

  if (writer->title_at == 0)
    return;
  for (guint i = writer->title_at; i < writer->paragraphs->len; i++)
    after += strlen (g_ptr_array_index (writer->paragraphs, i));
  if (after < PX_READABLE_MIN_BODY)
    return;
  g_ptr_array_remove_range (writer->paragraphs, 0, writer->title_at);
  g_array_remove_range (writer->pointers, 0, writer->title_at);
}

/* TRUE when @text is the headline, perhaps with a date or a few words after it. */
static gboolean
repeats_title (Writer     *writer,
               const char *text)
{
  g_autofree char *p = NULL;
  gsize tlen;
  gsize longest;

  if (writer->title == NULL)
    return FALSE;
  /* only as far as a headline might reach: @text may be a paragraph of
   * megabytes, asked after each of its lines */
  longest = 2 * strlen (writer->title) + 60;
  if (strnlen (text, longest + 1) > longest)
    return FALSE;
  if (writer->squashed_title == NULL)
    writer->squashed_title = _px_html_squash (writer->title);
  tlen = strlen (writer->squashed_title);
  if (tlen < 10)
    return FALSE;
  /* most paragraphs differ from the title in their first letter */
  {
    const char *first = text;

    while (*first != '\0' && !g_ascii_isalnum (*first) && (guchar) *first < 0x80)
      first++;
    if ((guchar) *first < 0x80 && g_ascii_tolower (*first) != writer->squashed_title[0])
      return FALSE;
  }
  p = _px_html_squash (text);
  return strncmp (p, writer->squashed_title, tlen) == 0 && strlen (p) <= tlen + 30;
}

/* How many words of @text (@len bytes) start with a lower-case letter;
 * @at_start when @text starts a word.
 */
static guint
lower_words (const char *text,
             gsize       len,
             gboolean    at_start)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      if (at_start && g_ascii_islower (c))
        n++;
      at_start = c == ' ' || c == '(' || c == '"';
    }
  return n;
}

/* Counts the words, separators and sentence marks of @len bytes of
 * @text written outside links; @at_start when @text starts a word.
 */
static void
count_plain (Writer     *writer,
             const char *text,
             gsize       len,
             gboolean    at_start)
{
  gboolean in_word = !at_start;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      if (g_ascii_isalnum (c) || c >= 0x80)
        {
          /* "\u2022" and "\u00b7" are separators, not letters */
          if (c == 0xe2 && i + 2 < len && (guchar) text[i + 1] == 0x80 && (guchar) text[i + 2] == 0xa2)
            {
              writer->plain_marks++;
              i += 2;
              in_word = FALSE;
              continue;
            }
          if (c == 0xc2 && i + 1 < len && (guchar) text[i + 1] == 0xb7)
            {
              writer->plain_marks++;
              i++;
              in_word = FALSE;
              continue;
            }
          if (!in_word)
            writer->plain_words++;
          in_word = TRUE;
          continue;
        }
      in_word = FALSE;
      if (c == '|' || (c == ':' && i + 1 < len && text[i + 1] == ':'))
        writer->plain_marks++;
      else if (c == ':' && (i == 0 || text[i - 1] != ':'))
        writer->plain_marks++;
      else if (c == '.' || c == ',' || c == '?' || c == '!' || c == ';')
        writer->plain_stops++;
    }
}

/* A line of a paragraph (up to a <br>) that is nearly all link text is a
 * list of teasers or related links inside the block ("Commuter fined for
 * feet on seat [INSIGHT]"), not part of the paragraph. So is a line that
 * starts with a link and has no sentence outside it, only a note in
 * brackets of the linked story's date and section ("Strikers' pay talks
 * (31 Dec 07 | Football)"): none of its words outside the link is in
 * lower case.
 */
static gboolean
is_teaser_line (Writer *writer,
                gsize   len)
{
  return writer->line_led_by_link && writer->line_plain_words == 0
         && (writer->line_note == '(' || writer->line_note == '[')
         && writer->line_link_bytes * 10 >= len * 4;
}

/* The lines of a cell of a table of data are its entries ("Motherwell",
 * "Celtic", "Sheffield Wednesday", each a link to the club's page), kept
 * whatever their links.
 */
static void
end_line (Writer *writer)
{
  gsize len = writer->current->len - writer->line_start;

  writer->lines = TRUE;
  if (len > 0 && !writer->data_cells && (writer->line_link_bytes * 10 >= len * 6 || is_teaser_line (writer, len)))
    {
      g_string_truncate (writer->current, writer->line_start);
      writer->link_bytes -= MIN (writer->link_bytes, writer->line_link_bytes);
    }
  writer->line_start = writer->current->len;
  writer->line_link_bytes = 0;
  writer->line_plain_words = 0;
  writer->line_led_by_link = FALSE;
  writer->line_note = '\0';
}

/* TRUE for a line written in capitals: three words or more, letters in
 * it, none of them lower case.
 */
static gboolean
is_capitals_line (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        {
          if (!in_word)
            words++;
          in_word = TRUE;
        }
      else if (c != '\'' && c != 0x2019)
        in_word = FALSE;
    }
  return words >= 3;
}

static void
flush (Writer *writer)
{
  if (writer->lines)
    end_line (writer);
  if (writer->current->len > 0)
    {
      gsize len = writer->current->len;

      while (len > 0 && writer->current->str[len - 1] == ' ')
        len--;
      writer->current->str[len] = '\0';
      writer->current->len = len;
      if (len > 0 && !writer->title_seen && repeats_title (writer, writer->current->str))
        {
          writer->title_seen = TRUE;
          drop_pointers (writer, TRUE);
          writer->title_at = writer->paragraphs->len;
        }
      /* a paragraph of nothing but several links is a list of them
       * ("Biometric books, guides and reference documents CCTV books,
       * guides…"), whatever its length: no sentence of the article (a
       * row of a table of data is read whole)
       */
      else if (len > 0 && writer->links >= PX_READABLE_LINK_LIST && writer->link_bytes * 10 >= len * 9
               && !writer->cells)
        ;
      /* so is a row of links set apart by separators under a label of a
       * word or three ("More stories on: Ports | Shipping | Unions",
       * "Article E-mail :: Comment :: Print"): no sentence has a mark
       * between each pair of its links and none of a sentence's own
       */
      else if (len > 0 && writer->links >= PX_READABLE_LINK_LIST && writer->plain_marks + 1 >= writer->links
               && writer->plain_stops == 0 && writer->plain_words <= 3 && writer->link_bytes * 2 >= len
               && !writer->cells)
        ;
      /* a link in capitals in a paragraph of its own is a teaser for another
       * story set between the article's paragraphs ("HOUSE REPUBLICANS
       * UNVEIL DISASTER AID PACKAGE")
       */
      else if (len > 0 && writer->link_bytes * 10 >= len * 9 && !writer->cells
               && is_capitals_line (writer->current->str))
        ;
      /* so is a teaser of its own, a list item or a paragraph, led by a
       * link with a note of its section in square brackets ("Flu cases
       * surge in January [REVEAL]"), as the lines of a paragraph are in
       * end_line(); a name in a list with a note in round ones ("Jane
       * Doe (D-Fla.)") may be the article's
       */
      else if (len > 0 && !writer->lines && !writer->cells && writer->line_note == '['
               && is_teaser_line (writer, len))
        ;
      else if (len > 0)
        {
          gboolean pointer = writer->link_bytes * 10 >= len * 9
                             && g_utf8_strlen (writer->current->str, len) < 80;

          g_ptr_array_add (writer->paragraphs, g_strndup (writer->current->str, len));
          g_array_append_val (writer->pointers, pointer);
          if (writer->in_summary != NULL && writer->summary == NULL && writer->summary_label == NULL)
            writer->summary = g_strndup (writer->current->str, len);
        }
      g_string_truncate (writer->current, 0);
    }
  writer->link_bytes = 0;
  writer->links = 0;
  writer->plain_words = 0;
  writer->plain_marks = 0;
  writer->plain_stops = 0;
  writer->cells = FALSE;
  writer->data_cells = FALSE;
  writer->line_start = 0;
  writer->line_link_bytes = 0;
  writer->line_plain_words = 0;
  writer->line_led_by_link = FALSE;
  writer->line_note = '\0';
  writer->lines = FALSE;
  writer->pending_space = FALSE;
  writer->br_run = 0;
}

/* Decides whether a block inside the article is clutter after all. */
static gsize prose_length_from (xmlNode *p,
                               gsize    min);

/* A paragraph written as a <div> (or another container): text and inline
 * elements only, prose by the fail-safe's measure. Pages that write each
 * paragraph so are read as pages that write <p>s: the paragraph is no box
 * to clean away, and a box is judged by its paragraphs whichever way they
 * are written.
 */
static gboolean
is_paragraph_shaped (const Info *info)
{
  return is_inline_block (info) && info->text_len > PX_READABLE_PROSE_MIN && prose_length_from (info->node, PX_READABLE_PROSE_MIN) > 0;
}

/* How many of @node's children are paragraphs written as <div>s. */
static guint
shaped_paragraphs (Walk          *walk,
                   const xmlNode *node)
{
  guint count = 0;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      Info *child = c->type == XML_ELEMENT_NODE ? info_for (walk, c) : NULL;

      if (child != NULL && is_paragraph_shaped (child))
        count++;
    }
  return count;
}

/* Paragraphs written as <div>s, at least, that make their parent's
 * children a story's run of paragraphs.
 */
#define PX_READABLE_RUN_PARAGRAPHS 2

/* A line of a story whose paragraphs are <div>s: a block of text and
 * inline elements only, whose parent holds paragraphs so written. It is
 * the story's own short line, a subheading ("RUBINOOS WHO?"), a sentence
 * of a few words ("And it was a doozy.") or a line of a dialogue, as the
 * <p> it would be on a page that writes <p>s: no box to clean away for
 * its length, or for links under half of its text (a line that is
 * mostly a link, "Purchase Licensing Rights", still goes). Each parent's
 * children are read once.
 */
static gboolean
in_paragraph_run (Walk       *walk,
                  const Info *info)
{
  Info *parent = info_at (walk, info->parent);

  if (parent == NULL || !is_inline_block (info))
    return FALSE;
  if (!(parent->flags & INFO_RUN_READ))
    {
      parent->flags |= INFO_RUN_READ;
      if (shaped_paragraphs (walk, parent->node) >= PX_READABLE_RUN_PARAGRAPHS)
        parent->flags |= INFO_PARAGRAPH_RUN;
    }
  return (parent->flags & INFO_PARAGRAPH_RUN) != 0;
}

/* TRUE when a box of @p paragraphs is too few for its pictures, list
 * items or fields.
 */
static gboolean
few_paragraphs (const Info *info,
                guint       p,
                gboolean    is_list)
{
  int li = (int) info->n_li - 100;

  if (info->n_img > 1 && (double) p / info->n_img < 0.5 && !(info->flags & INFO_IN_FIGURE))
    return TRUE;
  if (!is_list && li > (int) p)
    return TRUE;
  return info->n_input > p / 3;
}

static gboolean
clean_away (Walk          *walk,
            const Info    *info,
            const xmlNode *node)
{
  gboolean is_list = _px_html_is (node, "ul") || _px_html_is (node, "ol");
  double density;
  int weight;
  guint img;

  if (!(walk->rules & RULE_CLEAN_CONDITIONALLY) || !(info->tags & TAG_CONDITIONAL))
    return FALSE;

  weight = info->class_weight;
  /* a box around a post embedded from a social network ("embed-media")
   * holds a quotation of the article, whatever its name says
   */
  for (xmlNode *n = node->children; n != NULL; n = n->next)
    {
      Info *child = n->type == XML_ELEMENT_NODE ? info_for (walk, (xmlNode *) n) : NULL;

      if (child != NULL && (child->flags & INFO_EMBED))
        return FALSE;
    }
  /* a list is judged by its name and its links, the same whether its
   * items hold their text in <p> (which scores them, from the list's own
   * negative start) or not: a list of points in the body stays
   */
  if (weight + ((info->flags & INFO_CANDIDATE) && !is_list ? info->score : 0.0) < 0)
    return TRUE;
  if (info->commas >= 10)
    return FALSE;

  density = link_density (info);
  img = info->n_img;

  if (few_paragraphs (info, info->n_p, is_list)
      && few_paragraphs (info, info->n_p + shaped_paragraphs (walk, node), is_list))
    return TRUE;
  if (!is_list && info->text_len < 25 && (img == 0 || img > 2) && !(info->flags & INFO_IN_FIGURE)
      && info->n_heading == 0 && !in_paragraph_run (walk, info))
    return TRUE;
  /* (a paragraph of prose in a box of its own keeps its own links) */
  if (!is_list && weight < 25 && density > 0.2 && !is_paragraph_shaped (info)
      && (density > 0.5 || !in_paragraph_run (walk, info)) && !is_boxed_paragraph (node, PX_READABLE_PROSE_MIN))
    return TRUE;
  if (weight >= 25 && density > 0.5)
    return TRUE;
  return FALSE;
}

/* A quotation of a post from a social network that names no embed in
 * its class (the network's script not run, or the markup copied): a
 * <blockquote> with a paragraph, then the post's signature as text of
 * its own, a dash, a name and the account in brackets ("&mdash; Jane
 * Doe (@janedoe) <a>November 19, 2019</a>").
 */
static gboolean
is_signed_post (xmlNode *node)
{
  gboolean paragraph = FALSE;

  for (xmlNode *n = node->children; n != NULL; n = n->next)
    if (_px_html_is (n, "p"))
      paragraph = TRUE;
    else if (paragraph && n->type == XML_TEXT_NODE && n->content != NULL)
      {
        const char *text = (const char *) n->content;

        text += strspn (text, " \t\r\n");
        if ((g_str_has_prefix (text, "\u2014") || g_str_has_prefix (text, "\u2013") || g_str_has_prefix (text, "- "))
            && strstr (text, "(@") != NULL)
          return TRUE;
      }
  return FALSE;
}

/* Takes every link starting @prefix out of @text, up to the space after
 * it, and with @space the space before it too, in one pass (a link at a
 * time had moved the rest of the text each time: a post of 100,000 short
 * links took 25 s). Whether any was.
 */
static gboolean
drop_links (char       *text,
            const char *prefix,
            gboolean    space)
{
  gsize n = strlen (prefix);
  char *out = text;
  const char *in = text;
  gboolean dropped = FALSE;

  /* by hand, not strstr() and strcspn() on the rest of the text each
   * time: a checked build measures the whole rest at every call */
  while (*in != '\0')
    if (*in == prefix[0] && strncmp (in, prefix, n) == 0)
      {
        if (space && out > text && out[-1] == ' ')
          out--;
        while (*in != '\0' && *in != ' ')
          in++;
        dropped = TRUE;
      }
    else
      *out++ = *in++;
  *out = '\0';
  return dropped;
}

/* A post embedded from a social network: its text as a quotation in a
 * paragraph of its own, without the signature line under it (Instagram's
 * "A post shared by Jane Doe (@janedoe)", a TikTok's "@janedoe" before
 * it and "♬ original sound - janedoe" after it).
 */
static void
write_embed (Writer  *writer,
             xmlNode *node)
{
  xmlNode *text_node = node;
  g_autofree char *text = NULL;
  char *sound;

  for (xmlNode *n = node->children; n != NULL; n = _px_html_next (n, node, TRUE))
    if (_px_html_is (n, "p"))
      {
        g_autofree char *line = _px_html_text (n, 64);

        text_node = g_str_has_prefix (line, "A post shared by ") ? NULL : n;
        if (text_node != NULL)
          break;
      }
  flush (writer);
  if (text_node == NULL)
    return;
  text = _px_html_text (text_node, 8192);
  /* the link to the post's picture is no word of it, nor is a short
   * link to a page the post cites */
  if (drop_links (text, "pic.twitter.com/", FALSE))
    g_strstrip (text);
  drop_links (text, "https://t.co/", TRUE);
  g_strstrip (text);
  /* the sound's credit is the post's last line, "♬ title - author"; a
   * note the post's own words use stays */
  if ((sound = g_strrstr (text, "\u266c")) != NULL && strstr (sound, " - ") != NULL && strlen (sound) <= 160)
    {
      *sound = '\0';
      g_strstrip (text);
    }
  if (text[0] == '@' && strchr (text, ' ') != NULL && text_node == node)
    {
      char *rest = strchr (text, ' ') + 1;

      memmove (text, rest, strlen (rest) + 1);
    }
  if (*text == '\0')
    return;
  g_string_append (writer->current, "\u201c");
  g_string_append (writer->current, text);
  g_string_append (writer->current, "\u201d");
  flush (writer);
}

/* TRUE for the card a page shows when a name is hovered: an inline
 * element right after a link that starts with the link's own words and
 * holds links of its own, or ends in "MORE" ("Maria Castellanos" then
 * "Maria Castellanos Overnight Energy: … MORE").
 */
static gboolean
is_hover_card (Walk    *walk,
               xmlNode *node)
{
  xmlNode *prev = node->prev;
  g_autofree char *link = NULL;
  g_autofree char *card = NULL;
  gboolean has_link = FALSE;
  Info *info = info_for (walk, node);

  if (info == NULL || (info->flags & (INFO_BLOCK | INFO_LINK)) || info->link_len == 0)
    return FALSE;
  while (prev != NULL && prev->type == XML_TEXT_NODE && prev->content != NULL
         && strspn ((const char *) prev->content, " \t\r\n") == strlen ((const char *) prev->content))
    prev = prev->prev;
  if (_px_html_is (prev, "a"))
    link = _px_html_text (prev, 256);
  /* the card inside the name's own link, after its text ("<a>Rosa
   * Delgado<span>Rosa Delgado Tech Week: … MORE</span></a>")
   */
  else if (prev != NULL && prev->type == XML_TEXT_NODE && prev->content != NULL && prev->prev == NULL
           && _px_html_is (node->parent, "a"))
    link = _px_html_collapse ((const char *) prev->content, -1);
  else
    return FALSE;
  if (strlen (link) < 3)
    return FALSE;
  for (xmlNode *n = node->children; n != NULL && !has_link; n = _px_html_next (n, node, TRUE))
    has_link = _px_html_is (n, "a");
  card = _px_html_text (node, 0);
  if (!has_link && !g_str_has_suffix (card, " MORE") && !g_str_has_suffix (card, "\u00bbMORE"))
    return FALSE;
  return g_str_has_prefix (card, link);
}

/* A cell of a table of data: text alone, no blocks, short. The cells of
 * a row are one line of the text ("Harlow Falls | 142 | 88"), not a
 * paragraph each, which would read as a list of menu items or stray
 * numbers.
 */
static gboolean
is_data_cell (Info    *info,
              xmlNode *node)
{
  return (_px_html_is (node, "td") || _px_html_is (node, "th")) && _px_html_is (node->parent, "tr")
         && !(info->flags & INFO_HAS_BLOCK_CHILD) && info->text_len <= PX_READABLE_CELL_MAX;
}

/* how many nodes of a cell are looked at for its links */
#define PX_READABLE_MENU_CELL_NODES 64

/* TRUE when @node is a layout's column of menu links set beside the
 * story's rows, one cell spanning them ("<tr><td rowspan=8><a>News</a>
 * <br><a>Sports</a></td><td><b>headline</b></td></tr><tr><td>first
 * paragraph</td></tr>..."): a cell over two rows or more, two links or
 * more, its text all theirs. It is no part of the row it starts: the
 * headline beside it is a line of its own.
 */
static gboolean
is_menu_cell (Info    *info,
              xmlNode *node)
{
  const char *rowspan;
  guint links = 0;
  guint seen = 0;

  if (info->text_len == 0 || info->link_len < info->text_len || !_px_html_is (node, "td")
      || (rowspan = _px_html_attr (node, "rowspan")) == NULL || g_ascii_strtoull (rowspan, NULL, 10) < 2)
    return FALSE;
  for (xmlNode *n = node->children; n != NULL && links < 2 && seen < PX_READABLE_MENU_CELL_NODES;
       n = _px_html_next (n, node, TRUE), seen++)
    links += _px_html_is (n, "a");
  return links >= 2;
}

/* A table of data, not of layout (after Readability's reading): no table
 * inside it, and a caption, a head, column groups or header cells; or
 * cells of text alone, more than ten of them, or ten rows, or more than
 * four columns, with no more than half of the text in links (a grid of
 * teasers is no data).
 * It is kept whole where a block of its shape would be cleaned away.
 */
static gboolean
is_data_table (Walk          *walk,
               const Info    *info,
               const xmlNode *table)
{
  gboolean marked = FALSE;
  gboolean blocks = FALSE;
  guint rows = 0;
  guint columns = 0;
  const char *role = _px_html_attr (table, "role");

  if (role != NULL && (g_ascii_strcasecmp (role, "presentation") == 0 || g_ascii_strcasecmp (role, "none") == 0))
    return FALSE;
  for (const xmlNode *n = table->children; n != NULL; n = n->next)
    {
      const xmlNode *first_row = n;
      const xmlNode *row;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (_px_html_is (n, "caption") || _px_html_is (n, "colgroup") || _px_html_is (n, "thead")
          || _px_html_is (n, "tfoot"))
        marked = TRUE;
      if (_px_html_is (n, "thead") || _px_html_is (n, "tbody") || _px_html_is (n, "tfoot"))
        first_row = n->children;
      else if (!_px_html_is (n, "tr"))
        continue;
      for (row = first_row; row != NULL; row = (n == first_row ? NULL : row->next))
        {
          guint cells = 0;

          if (row->type != XML_ELEMENT_NODE || !_px_html_is (row, "tr"))
            continue;
          rows++;
          for (const xmlNode *cell = row->children; cell != NULL; cell = cell->next)
            {
              Info *cell_info = info_for (walk, cell);

              if (cell->type != XML_ELEMENT_NODE)
                continue;
              if (_px_html_is (cell, "th"))
                marked = TRUE;
              else if (!_px_html_is (cell, "td"))
                continue;
              cells++;
              /* a cell that holds blocks is a table of layout's, unless
               * the table has headers; one that holds a table always is
               */
              if (cell_info != NULL && (cell_info->flags & INFO_HAS_BLOCK_CHILD))
                {
                  blocks = TRUE;
                  for (const xmlNode *d = cell->children; d != NULL; d = _px_html_next ((xmlNode *) d, (xmlNode *) cell, TRUE))
                    if (d->type == XML_ELEMENT_NODE && _px_html_is (d, "table"))
                      return FALSE;
                }
            }
          columns = MAX (columns, cells);
        }
    }
  if (rows == 0)
    return FALSE;
  if (marked)
    return TRUE;
  return !blocks && link_density (info) <= 0.5 && (rows >= 10 || columns > 4 || rows * columns > 10);
}

/* TRUE when @node is a table of data or inside one, below @root. */
static gboolean
in_data_table (Walk    *walk,
               xmlNode *node,
               xmlNode *root)
{
  for (xmlNode *n = node; n != NULL && n != root; n = n->parent)
    {
      Info *table = _px_html_is (n, "table") ? info_for (walk, n) : NULL;

      if (table == NULL)
        continue;
      if (!(table->flags & INFO_TABLE_READ))
        {
          table->flags |= INFO_TABLE_READ;
          if (is_data_table (walk, table, n))
            table->flags |= INFO_DATA_TABLE;
        }
      if (table->flags & INFO_DATA_TABLE)
        return TRUE;
    }
  return FALSE;
}

/* What was written since the headline, counted up to
 * PX_READABLE_STAMP_MAX: a time stamp above the first post at most
 * ("11:05") is still the text's opening.
 */
#define PX_READABLE_STAMP_MAX 40

/* The bytes written since the headline, counted up to @enough. */
static gsize
written_since_title (Writer *writer,
                     gsize   enough)
{
  gsize bytes = 0;

  for (guint i = writer->title_at; i < writer->paragraphs->len && bytes < enough; i++)
    bytes += strlen (g_ptr_array_index (writer->paragraphs, i));
  return bytes;
}

/* TRUE for a subheading that opens the text and is one of a series: a
 * heading (<h2> to <h6>) with a class, followed by another of the same
 * element and class, as the titles of a live blog's posts are. Short as
 * it is, it is one of the article's subheadings, not a kicker above it
 * (the text's first line is written out as a summary would be, so that
 * it is kept). The next may be in a part of its own: the page is searched,
 * a few thousand nodes on at most.
 */
#define PX_READABLE_SERIES_LOOK 2000

static gboolean
opens_heading_series (xmlNode *node)
{
  const char *klass;
  guint steps = 0;

  if (!is_heading (node) || _px_html_is (node, "h1"))
    return FALSE;
  /* a heading without a class is matched by too many on a page: the
   * sidebars' and the footer's
   */
  klass = _px_html_attr (node, "class");
  if (klass == NULL || *klass == '\0')
    return FALSE;
  /* the next post may be a part of its own: look on in the page */
  for (xmlNode *n = _px_html_next (node, NULL, FALSE); n != NULL && steps < PX_READABLE_SERIES_LOOK;
       n = _px_html_next (n, NULL, TRUE), steps++)
    if (n->type == XML_ELEMENT_NODE && xmlStrEqual (n->name, node->name)
        && g_strcmp0 (_px_html_attr (n, "class"), klass) == 0)
      return TRUE;
  return FALSE;
}

/* A picture's credit set over it inside its <figure> ("Keswick MRT",
 * "Getty Images"): a short line of text alone in its element, no
 * sentence, beside the picture. The caption (<figcaption>) is dropped
 * with the page's other never-text elements.
 */
#define PX_READABLE_CREDIT_MAX 60
#define PX_READABLE_CREDIT_LEVELS 6

static gboolean
is_picture_credit (xmlNode *node)
{
  xmlNode *figure = node->parent;
  g_autofree char *text = NULL;
  gsize len;

  if (_px_html_is (node, "figure") || _px_html_is (node, "blockquote") || has_element_child (node))
    return FALSE;
  for (guint i = 0; figure != NULL && figure->type == XML_ELEMENT_NODE && !_px_html_is (figure, "figure");
       i++, figure = figure->parent)
    if (i >= PX_READABLE_CREDIT_LEVELS)
      return FALSE;
  if (figure == NULL || figure->type != XML_ELEMENT_NODE)
    return FALSE;
  text = _px_html_text (node, PX_READABLE_CREDIT_MAX + 1);
  g_strstrip (text);
  len = strlen (text);
  if (len == 0 || g_utf8_strlen (text, -1) > PX_READABLE_CREDIT_MAX || strchr (".!?\"", text[len - 1]) != NULL
      || g_str_has_suffix (text, "\u201d"))
    return FALSE;
  for (xmlNode *n = figure->children; n != NULL; n = _px_html_next (n, figure, TRUE))
    if (n->type == XML_ELEMENT_NODE && (_px_html_is (n, "img") || _px_html_is (n, "picture")))
      return TRUE;
  return FALSE;
}

/* TRUE when the writer may write what is in @node: not an element the
 * walk left out, a script, or a box taken out as clutter.
 */
static gboolean
is_written (Walk    *walk,
            xmlNode *node)
{
  Info *info = info_for (walk, node);

  return info != NULL && !_px_html_is (node, "script") && !_px_html_is (node, "style")
         && !clean_away (walk, info, node)
         && !((walk->rules & RULE_WEIGHT_CLASSES) && info->class_weight < 0 && (info->flags & INFO_BLOCK));
}

/* How many nodes after an empty element are looked through for the text
 * that follows it.
 */
#define PX_READABLE_SLOT_LOOKAHEAD 12

/* An element that writes nothing set inside a sentence: an
 * advertisement's slot that the page's scripts fill ("... in far
 * healthier shape than<div id="ds-mpu"></div> anyone could have predicted
 * ..."), a picture's box without a caption, or a box taken out (an
 * advertisement with its label, a table of an ad's script). It ends no
 * paragraph: the text before it ends in no stop and the text after it
 * goes on in lower case.
 */
static gboolean
splits_sentence (Walk          *walk,
                 Writer        *writer,
                 const xmlNode *node)
{
  const char *text = writer->current->str;
  gsize len = writer->current->len;
  xmlNode *root = xmlDocGetRootElement (node->doc);
  xmlNode *next;
  guint steps = 0;

  if (is_heading (node))
    return FALSE;
  while (len > 0 && text[len - 1] == ' ')
    len--;
  if (len == 0 || !(g_ascii_isalnum (text[len - 1]) || text[len - 1] == ','))
    return FALSE;
  for (next = _px_html_next ((xmlNode *) node, root, FALSE); next != NULL && steps < PX_READABLE_SLOT_LOOKAHEAD;
       steps++)
    {
      if (next->type == XML_TEXT_NODE && next->content != NULL)
        {
          const char *c = (const char *) next->content;

          while (g_ascii_isspace (*c))
            c++;
          if (*c != '\0')
            return g_unichar_islower (g_utf8_get_char_validated (c, -1));
        }
      /* past what the walk left out (an advertisement's box) */
      next = _px_html_next (next, root, next->type == XML_ELEMENT_NODE && is_written (walk, next));
    }
  return FALSE;
}

/* the shortest line a single <br> ends as a paragraph, in characters */
#define PX_READABLE_BR_PARAGRAPH 80

/* TRUE when the line after the last <br> of the paragraph being written is
 * running text that ends a sentence: long, mostly words outside links,
 * ending in a full stop, a question or an exclamation mark (perhaps inside
 * a quotation). An address's, a poem's or a list's lines are short; a
 * wrapped line ends where the width ran out, rarely at a full stop.
 */
static gboolean
ends_sentence_line (Writer *writer)
{
  const char *line = writer->current->str + writer->line_start;
  gsize len = writer->current->len - writer->line_start;
  const char *end;

  if (writer->cells)
    return FALSE;
  while (len > 0 && line[len - 1] == ' ')
    len--;
  if (len < PX_READABLE_BR_PARAGRAPH || writer->line_link_bytes * 2 >= len
      || g_utf8_strlen (line, len) < PX_READABLE_BR_PARAGRAPH)
    return FALSE;
  end = line + len;
  /* closing quotes or brackets after the stop */
  while (end > line)
    {
      const char *prev = g_utf8_find_prev_char (line, end);
      gunichar c = g_utf8_get_char (prev);

      if (c != '"' && c != '\'' && c != ')' && c != 0x201d && c != 0x2019 && c != 0xbb)
        break;
      end = prev;
    }
  return end > line && (end[-1] == '.' || end[-1] == '?' || end[-1] == '!')
         && !(end - line >= 3 && end[-2] == '.' && end[-3] == '.');
}

/* TRUE when @node is inside a <p>: its author set the paragraph apart,
 * and a <br> in it breaks a line within it.
 */
static gboolean
in_paragraph (const xmlNode *node)
{
  for (const xmlNode *n = node->parent; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      if (_px_html_is (n, "p"))
        return TRUE;
      if (tag_flags (n) & TAG_BLOCK)
        return FALSE;
    }
  return FALSE;
}

/* TRUE when @heading titles readers' comments ("Your views", "12
 * comments") and three blocks that are no paragraphs follow it beside it,
 * at least: a thread set in the story's own block, under its last
 * paragraph. A sentence or two of the story must be written before it (a
 * brief's own text may be shorter than the box rules' 300 bytes).
 */
#define PX_READABLE_THREAD_AFTER 150

static gboolean
heads_thread (xmlNode *heading)
{
  g_autofree char *text = _px_html_text (heading, 64);

  return _px_furniture_is_thread_label (text) && blocks_follow (heading);
}

static void
write_part (Walk   *walk,
            Writer *writer,
            Info   *part)
{
  xmlNode *root = part->node;
  xmlNode *node = root;

  flush (writer);
  while (node != NULL)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        {
          Info *info = info_for (walk, node);

          if (info != NULL)
            info->written_at = writer->written;
          if (_px_html_is (node, "br"))
            {
              writer->br_run++;
              if (writer->br_run >= 2)
                flush (writer);
              /* the headline on a line of its own above the body's first
               * lines, in the same cell or block ("<b>Headline</b><br>The
               * council voted ..."): a paragraph of its own, left out as
               * the headline is
               */
              else if (!writer->title_seen && writer->current->len > 0 && repeats_title (writer, writer->current->str))
                flush (writer);
              /* a line of whole sentences ended by a single <br> is a
               * paragraph, where a page sets its paragraphs apart with one
               * break each ("... of several flights.<BR>The incident ...")
               * in a block that is no <p>
               */
              else if (ends_sentence_line (writer) && !in_paragraph (node))
                flush (writer);
              else
                {
                  end_line (writer);
                  writer->pending_space = TRUE;
                }
            }
          else if (info == NULL)
            descend = FALSE;
          /* readers' comments under their heading in the story's own block */
          else if (writer->thread_heading != NULL && node->parent == writer->thread_heading->parent)
            descend = FALSE;
          else if (node != root && is_heading (node)
                   && written_since_title (writer, PX_READABLE_THREAD_AFTER) >= PX_READABLE_THREAD_AFTER
                   && heads_thread (node))
            {
              flush (writer);
              writer->thread_heading = node;
              descend = FALSE;
            }
          /* a table's caption labels it, as a figure's does a picture */
          else if (node != root && _px_html_is (node, "caption"))
            descend = FALSE;
          else if (node != root && (info->flags & INFO_IN_FIGURE) && is_picture_credit (node))
            descend = FALSE;
          else if (node != root && clean_away (walk, info, node) && !in_data_table (walk, node, root))
            {
              walk->used |= RULE_CLEAN_CONDITIONALLY;
              descend = FALSE;
              /* the date under the headline in a block of its own, too
               * short to keep ("<div class=smlgrey>01-08-2008</div>"):
               * no text, but the page's date
               */
              if (writer->title_stamp == NULL && writer->title_seen && info->text_len < PX_READABLE_TITLE_STAMP
                  && writer->current->len == 0 && written_since_title (writer, 1) == 0)
                {
                  g_autofree char *text = _px_html_text (node, PX_READABLE_TITLE_STAMP);

                  g_strstrip (text);
                  if (*text != '\0' && _px_furniture_head_line (text) == PX_HEAD_LINE_STAMP)
                    writer->title_stamp = g_steal_pointer (&text);
                }
            }
          else if (is_heading (node) && node != root
                   && ((walk->rules & RULE_WEIGHT_CLASSES) && info->class_weight < 0))
            descend = FALSE;
          else if (node != root && ((info->flags & INFO_EMBED) || (_px_html_is (node, "blockquote") && is_signed_post (node))))
            {
              write_embed (writer, node);
              descend = FALSE;
            }
          else if (node != root && is_hover_card (walk, node))
            descend = FALSE;
          else if (node != root && in_gallery (walk, node))
            descend = FALSE;
          /* a picture's caption in a box of its own, told by its shape
           * where no class names it
           */
          else if (node != root && is_caption_box (walk, node, part))
            descend = FALSE;
          /* a box of other stories' briefs or the blog's note, after
           * the article's first paragraphs (an "In brief" box above them
           * may be the article's own summary)
           */
          else if (node != root && (info->flags & INFO_BLOCK) && !is_heading (node)
                   && written_since_title (writer, PX_READABLE_BOX_AFTER) >= PX_READABLE_BOX_AFTER
                   && (opens_with_box_label (node) || is_comment_thread (node) || opens_with_thread_label (node)))
            descend = FALSE;
          /* one other story's teaser (its linked headline, a summary)
           * in a box of its own after the article's first paragraphs,
           * between them or under them
           */
          else if (node != root && (info->flags & INFO_BLOCK) && !is_heading (node)
                   && written_since_title (writer, PX_READABLE_BOX_AFTER) >= PX_READABLE_BOX_AFTER
                   && is_lone_teaser (writer->title, node))
            descend = FALSE;
          /* (a part may be one of them, gathered beside the article's block) */
          else if ((is_linked_heading (node) && heads_teaser_series (node))
                   || (is_teaser_summary (node) && heads_teaser_series (element_beside (node, TRUE))))
            descend = FALSE;
          else if (is_heading (node) && !writer->title_seen && similar_to_title (writer->title, node))
            {
              flush (writer);
              writer->title_seen = TRUE;
              drop_pointers (writer, TRUE);
              writer->title_at = writer->paragraphs->len;
              descend = FALSE;
            }
          else if (node != root && is_menu_cell (info, node))
            descend = FALSE;
          else if (node != root && is_data_cell (info, node))
            {
              writer->cells = TRUE;
              writer->data_cells |= in_data_table (walk, node, NULL);
              if (writer->current->len > 0)
                {
                  g_string_append (writer->current, " |");
                  writer->pending_space = TRUE;
                }
              descend = TRUE;
            }
          else
            {
              if ((info->flags & INFO_BLOCK)
                  && (node == root || info->text_len > 0 || !splits_sentence (walk, writer, node)))
                flush (writer);
              if (info->flags & INFO_LINK)
                {
                  if (writer->in_link == 0)
                    writer->links++;
                  writer->in_link++;
                }
              if (((info->flags & INFO_SUMMARY)
                   || (writer->summary == NULL && writer->current->len == 0 && is_heading (node)
                       && written_since_title (writer, PX_READABLE_STAMP_MAX) < PX_READABLE_STAMP_MAX
                       && opens_heading_series (node)))
                  && writer->in_summary == NULL)
                {
                  flush (writer);
                  writer->in_summary = node;
                }
              /* the label over a summary's points is none of them */
              else if (writer->in_summary != NULL && writer->summary == NULL && writer->summary_label == NULL
                       && is_heading (node))
                {
                  flush (writer);
                  writer->summary_label = node;
                }
              descend = TRUE;
            }
        }
      else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          const char *text = (const char *) node->content;
          gsize before = writer->current->len;

          if (text != NULL)
            {
              _px_html_append_collapsed (writer->current, text, -1, &writer->pending_space);
              if (writer->current->len > before)
                {
                  writer->br_run = 0;
                  writer->written++;
                }
              if (before == writer->line_start && writer->current->len > before)
                writer->line_led_by_link = writer->in_link > 0;
              if (writer->in_link > 0)
                {
                  writer->link_bytes += writer->current->len - before;
                  writer->line_link_bytes += writer->current->len - before;
                }
              else
                {
                  if (writer->line_note == '\0')
                    for (const char *c = writer->current->str + before; *c != '\0'; c++)
                      if (*c != ' ')
                        {
                          writer->line_note = *c;
                          break;
                        }
                  count_plain (writer, writer->current->str + before, writer->current->len - before,
                               before == 0 || writer->current->str[before - 1] == ' ');
                  writer->line_plain_words += lower_words (writer->current->str + before,
                                                         writer->current->len - before,
                                                           before == 0 || writer->current->str[before - 1] == ' ');
                }
            }
        }

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      for (;;)
        {
          Info *info = info_for (walk, node);

          /* a block ends the paragraph unless it wrote nothing inside a
           * sentence, or it is a <p> the parser closed at a box inside its
           * sentence ("<p>Only eight players <div class="ad">...</div>broke
           * par Sunday.")
           */
          if (info != NULL && (info->flags & INFO_BLOCK)
              && (node == root
                  || (!is_data_cell (info, node)
                      && ((writer->written != info->written_at && !_px_html_is (node, "p"))
                          || !splits_sentence (walk, writer, node)))))
            flush (writer);
          if (info != NULL && (info->flags & INFO_LINK) && writer->in_link > 0 && node != root)
            writer->in_link--;
          if (node == writer->summary_label)
            {
              flush (writer);
              writer->summary_label = NULL;
            }
          if (node == writer->in_summary)
            {
              flush (writer);
              writer->in_summary = NULL;
            }

          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
  flush (writer);
}

static void
clear_private (Walk *walk)
{
  /* elements left out of the walk had theirs cleared when they were met */
  for (guint i = 0; i < walk->infos->len; i++)
    g_array_index (walk->infos, Info, i).node->_private = NULL;
}

gsize
_px_readable_length (GPtrArray *paragraphs)
{
  gsize n = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    n += strlen (g_ptr_array_index (paragraphs, i));
  return n;
}

/* TRUE for an element that may hold the headline: <h1> to <h3>, or one
 * whose class or id names it ("headline", "articleTitle").
 */
static gboolean
may_be_headline (xmlNode  *node,
                 gboolean  minor)
{
  static const char * const words[] = { "headline", "title", NULL };

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (node->name[0] == 'h' && node->name[1] >= '1' && node->name[1] <= (minor ? '6' : '3') && node->name[2] == '\0')
    return TRUE;
  return _px_html_named (node, words);
}

/* TRUE when all the text below @node is in one link: a pointer to
 * another page ("More in Sports news").
 */
static gboolean
is_all_link (xmlNode *node)
{
  xmlNode *only = NULL;

  for (xmlNode *c = node->children; c != NULL;)
    {
      gboolean descend = TRUE;

      if (_px_html_is (c, "a"))
        {
          if (only != NULL)
            return FALSE;
          only = c;
          descend = FALSE;
        }
      else if (c->type == XML_TEXT_NODE && c->content != NULL
               && strspn ((const char *) c->content, " \t\r\n") < strlen ((const char *) c->content))
        return FALSE;
      c = _px_html_next (c, node, descend);
    }
  return only != NULL;
}

/* TRUE when @text has a year in it ("January 20, 2008"): a stamp or a
 * byline with its date, not a headline (nor is a line of fields, "Writer:
 * … | Date: …").
 */
static gboolean
holds_year (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((p[0] == '1' || p[0] == '2') && (p[1] == '9' || p[1] == '0') && g_ascii_isdigit (p[2])
        && g_ascii_isdigit (p[3]) && (p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[4]))
      return TRUE;
  return FALSE;
}

static char *first_line_over_stamps (xmlNode *block);

/* The text of @node when it reads like a headline: three to thirty
 * words, and not a pointer to another page.
 */
static char *
headline_text (xmlNode  *node,
               gboolean  minor)
{
  g_autofree char *text = NULL;
  guint words = 0;
  gboolean in_word = FALSE;
  gsize len;

  if (!may_be_headline (node, minor) || _px_html_names_section (node))
    return NULL;
  /* a blog's headline links to the post itself; a block named as a title
   * that is nothing but a link points to other pages
   */
  if (!is_heading (node) && is_all_link (node))
    return NULL;
  text = _px_html_text (node, 512);
  /* a headline over its time stamp, a line of its own ("Headline<br>
   * Thursday, 10, January, 2008, 09:14"): its first line
   */
  if (holds_year (text))
    {
      char *first = first_line_over_stamps (node);

      if (first != NULL)
        {
          g_free (text);
          text = first;
        }
    }
  len = strlen (text);
  if (len == 0 || len >= 300)
    return NULL;
  /* words are what has a letter or a digit: "View more >" is two */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        in_word = FALSE;
      else if (!in_word && (g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        {
          words++;
          in_word = TRUE;
        }
    }
  if (words < 3 || words > 30 || holds_year (text))
    return NULL;
  /* a byline or a tool named as a title ("<div class=headline>By Jane
   * Doe</div>", "<a class=titlelink>Email To Friend</a>") is none
   */
  if (_px_furniture_is_tool_line (text) || _px_furniture_head_line (text) == PX_HEAD_LINE_BYLINE)
    return NULL;
  return g_steal_pointer (&text);
}

/* The first line of @block when the block is written in lines (<br>)
 * and every line after the first is a time stamp: NULL otherwise.
 */
static char *
first_line_over_stamps (xmlNode *block)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);

  for (xmlNode *n = block->children; n != NULL; n = _px_html_next (n, block, TRUE))
    {
      if (n->type == XML_TEXT_NODE && n->content != NULL)
        g_string_append (line, (const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE && (_px_html_is (n, "br") || (tag_flags (n) & TAG_BLOCK)))
        {
          if (strspn (line->str, " \t\r\n") < line->len)
            g_ptr_array_add (lines, _px_html_collapse (line->str, -1));
          g_string_truncate (line, 0);
          if (lines->len > 4)
            return NULL;
        }
      if (line->len > 512)
        return NULL;
    }
  if (strspn (line->str, " \t\r\n") < line->len)
    g_ptr_array_add (lines, _px_html_collapse (line->str, -1));
  if (lines->len < 2)
    return NULL;
  for (guint i = 1; i < lines->len; i++)
    if (_px_furniture_head_line (g_ptr_array_index (lines, i)) != PX_HEAD_LINE_STAMP)
      return NULL;
  return g_strdup (g_ptr_array_index (lines, 0));
}

/* The line that @text_node is part of, when it reads like a headline: a
 * block of a few words of its own with no stop at the end, not a link
 * ("<div class=sh>India withdraw tour quit threat</div>", a headline in
 * plain <b> or <font>).
 */
static char *
line_as_headline (xmlNode *text_node)
{
  xmlNode *block = text_node->parent;
  g_autofree char *text = NULL;

  for (; block != NULL && block->type == XML_ELEMENT_NODE && !(tag_flags (block) & TAG_BLOCK);
       block = block->parent)
    if (tag_flags (block) & TAG_LINK)
      return NULL;
  if (block == NULL || block->type != XML_ELEMENT_NODE || (tag_flags (block) & TAG_ROOT))
    return NULL;
  text = _px_html_text (block, 512);
  /* a headline with its stamp on the next line of one cell
   * ("<b>Headline</b><br><span>20080109 15:24</span>")
   */
  {
    char *first = first_line_over_stamps (block);

    if (first != NULL)
      {
        g_free (text);
        text = first;
      }
  }
  if (!_px_html_reads_like_headline (text, PX_HTML_HEADLINE_WORDS) || g_ascii_strncasecmp (text, "by ", 3) == 0
      || holds_year (text) || strstr (text, " | ") != NULL)
    return NULL;
  return g_steal_pointer (&text);
}

/* how far above the body the lines between it and the headline are read */
#define PX_READABLE_ABOVE_LINES 16
#define PX_READABLE_ABOVE_TEXT 1500

/* The lines between the headline and the body that starts at @start, when
 * the headline (@title) is found above it: each a text of its own, a stamp
 * or a byline by the furniture rules ("By DOUG FERGUSON", "Last Edited:
 * Friday, 11 Jan 2008, 11:09 PM EST", "Friday January 18, 2008 6:08 PM"),
 * on a page that names neither in its markup. The first byline goes to
 * *@byline, the stamps, one a line, to *@stamps; neither is set when the
 * headline is not met.
 */
static void
lines_above (xmlNode     *start,
             const char  *title,
             char       **byline,
             char       **stamps)
{
  g_autofree char *squashed_title = NULL;
  g_autofree char *found_byline = NULL;
  g_autoptr(GString) found_stamps = g_string_new (NULL);
  gsize text_seen = 0;
  guint lines = 0;

  if (title == NULL)
    return;
  squashed_title = _px_html_squash (title);
  if (strlen (squashed_title) < 10)
    return;
  for (xmlNode *n = previous_in_order (start); n != NULL; n = previous_in_order (n))
    {
      const char *content;
      g_autofree char *line = NULL;
      g_autofree char *squashed = NULL;

      /* the page's <title> in its head is no headline shown */
      if (n->type == XML_ELEMENT_NODE && (_px_html_is (n, "body") || _px_html_is (n, "head")))
        return;
      if (n->type != XML_TEXT_NODE || n->content == NULL || n->parent == NULL || _px_html_is (n->parent, "script")
          || _px_html_is (n->parent, "style") || _px_html_is (n->parent, "noscript"))
        continue;
      content = (const char *) n->content;
      if (strspn (content, " \t\r\n\xc2\xa0") == strlen (content))
        continue;
      text_seen += strlen (content);
      if (++lines > PX_READABLE_ABOVE_LINES || text_seen > PX_READABLE_ABOVE_TEXT)
        return;
      line = _px_html_collapse (content, -1);
      squashed = _px_html_squash (line);
      if (strcmp (squashed, squashed_title) == 0)
        {
          if (byline != NULL && found_byline != NULL)
            *byline = g_steal_pointer (&found_byline);
          if (found_stamps->len > 0)
            *stamps = g_strdup (found_stamps->str);
          return;
        }
      switch (_px_furniture_head_line (line))
        {
        case PX_HEAD_LINE_STAMP:
          if (found_stamps->len > 0)
            g_string_prepend_c (found_stamps, '\n');
          g_string_prepend (found_stamps, line);
          break;
        case PX_HEAD_LINE_BYLINE:
          g_free (found_byline);
          found_byline = g_steal_pointer (&line);
          break;
        default:
          break;
        }
    }
}

/* how many levels up a heading is looked at for an element that hides it */
#define PX_READABLE_HIDDEN_LEVELS 12

/* TRUE when @node or an element a few levels above it is hidden: a
 * dialog's heading ("E-mail This Page" in a pop-up shown on a click) is no
 * headline.
 */
static gboolean
within_hidden (const xmlNode *node)
{
  for (guint i = 0; node != NULL && node->type == XML_ELEMENT_NODE && i < PX_READABLE_HIDDEN_LEVELS;
       node = node->parent, i++)
    if (is_hidden (node))
      return TRUE;
  return FALSE;
}

/* The headline of the article that starts at @start: an element that may
 * hold it (headline_text()) among the first lines of @start, else the
 * nearest one above it, a few lines at most, else the line just above
 * @start when it reads like one. Pages whose <title> is the site's name
 * ("Tarnby Daily Herald") still show the headline there.
 */
static char *
headline_above (xmlNode *start)
{
  gsize text_seen = 0;
  guint elements = 0;
  g_autofree char *nearest = NULL;
  gboolean nearest_seen = FALSE;

  for (xmlNode *n = start; n != NULL && text_seen <= PX_READABLE_HEADLINE_TEXT;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_TEXT_NODE && n->content != NULL)
        text_seen += strlen ((const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE && n != start && is_hidden (n))
        descend = FALSE;
      else if (n->type == XML_ELEMENT_NODE && n != start)
        {
          char *text = headline_text (n, FALSE);

          if (text != NULL)
            return text;
          descend = !_px_html_is (n, "script") && !_px_html_is (n, "style");
        }
      n = _px_html_next (n, start, descend);
    }

  text_seen = 0;
  for (xmlNode *node = start; node != NULL && elements < PX_READABLE_HEADLINE_ELEMENTS;
       node = previous_in_order (node))
    {
      char *text;

      if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          const char *content = (const char *) node->content;

          if (!nearest_seen && strspn (content, " \t\r\n") < strlen (content) && !is_ancestor_node (start, node))
            {
              nearest_seen = TRUE;
              nearest = line_as_headline (node);
            }
          text_seen += strlen (content);
          if (text_seen > PX_READABLE_HEADLINE_TEXT)
            break;
          continue;
        }
      if (node->type != XML_ELEMENT_NODE || node == start)
        continue;
      elements++;
      /* above the body, the nearest heading of any level: an old page's
       * headline in an <h4> or <h5> over its text
       */
      text = headline_text (node, TRUE);
      if (text != NULL && !within_hidden (node))
        return text;
      g_free (text);
    }
  return g_steal_pointer (&nearest);
}

static GPtrArray *
run_rules (xmlNode     *root,
           GHashTable  *word_cache,
           GHashTable  *hidden_ids,
           GHashTable  *copies,
           Rules        rules,
           const char  *title,
           const char  *lead,
           char       **byline_out,
           char       **headline_out,
           char       **summary_out,
           char       **stamps_out,
           Rules       *used_out,
           xmlNode    **top_out)
{
  Walk walk = { 0 };
  Writer writer = { 0 };
  Info *body;
  Info *top;
  Info *standfirst;
  guint at = 0;
  g_autoptr(GPtrArray) parts = NULL;

  *top_out = NULL;

  walk.infos = g_array_new (FALSE, FALSE, sizeof (Info));
  walk.rules = rules;
  walk.word_cache = word_cache;
  walk.hidden_ids = hidden_ids;
  walk.copies = copies;
  walk.lead = lead;
  /* a guessed title is the site's name, found in its masthead */
  if (title != NULL && headline_out == NULL)
    {
      walk.squashed_title = _px_html_squash (title);
      walk.title_bytes = strlen (title);
      if (strlen (walk.squashed_title) < 10)
        g_clear_pointer (&walk.squashed_title, g_free);
    }

  measure (&walk, root);

  writer.paragraphs = g_ptr_array_new_with_free_func (g_free);
  writer.current = g_string_new (NULL);
  writer.title = title;
  writer.pointers = g_array_new (FALSE, FALSE, sizeof (gboolean));

  body = info_for (&walk, root);
  if (body != NULL)
    {
      score_blocks (&walk);
      top = pick_top (&walk, body);
      *top_out = top->node;
      parts = gather (&walk, top, body, title);
      if (top != body)
        {
          Info *timeline = find_timeline (&walk, parts, title);

          if (timeline != NULL)
            g_ptr_array_add (parts, timeline);
          standfirst = find_standfirst (&walk, parts, title, &at);
          if (standfirst != NULL)
            {
              standfirst->flags |= INFO_SUMMARY;
              g_ptr_array_insert (parts, at, standfirst);
            }
        }
      if (headline_out != NULL && parts->len > 0)
        {
          *headline_out = headline_above (((Info *) g_ptr_array_index (parts, 0))->node);
          if (*headline_out != NULL)
            writer.title = *headline_out;
        }
      if (parts->len > 0)
        lines_above (((Info *) g_ptr_array_index (parts, 0))->node, writer.title,
                     walk.byline == NULL ? &walk.byline : NULL, stamps_out);
      /* a picture's box gathered above the text, named like the article's
       * own ("article-top"): the picture and its caption, no paragraph of
       * it (the headline above it was looked for from it)
       */
      for (guint i = 0; i < parts->len && g_ptr_array_index (parts, i) != top;)
        {
          if (is_picture_box (&walk, g_ptr_array_index (parts, i)))
            g_ptr_array_remove_index (parts, i);
          else
            i++;
        }
      for (guint i = 0; i < parts->len; i++)
        write_part (&walk, &writer, g_ptr_array_index (parts, i));
      drop_pointers (&writer, FALSE);
      drop_link_boxes (&writer);
      drop_before_title (&writer);
      /* with the stamps above the text, for the dates */
      if (writer.title_stamp != NULL && stamps_out != NULL)
        {
          char *both = *stamps_out != NULL ? g_strconcat (*stamps_out, "\n", writer.title_stamp, NULL)
                                           : g_strdup (writer.title_stamp);

          g_free (*stamps_out);
          *stamps_out = both;
        }
    }
  g_free (writer.title_stamp);

  clear_private (&walk);
  g_free (walk.squashed_title);
  g_array_unref (writer.pointers);
  g_free (writer.squashed_title);
  g_string_free (writer.current, TRUE);
  g_array_unref (walk.infos);
  *byline_out = walk.byline;
  *summary_out = writer.summary;
  *used_out = walk.used;
  return writer.paragraphs;
}

/* how far above the article's top element its marked body may be */
#define PX_READABLE_MARKED_LEVELS 3

/* The element the page marks as the article's body (itemprop="articleBody")
 * that holds @top, or is it, a few levels up at most; NULL when there is none.
 */
static xmlNode *
marked_body (xmlNode *top)
{
  guint up = 0;

  for (xmlNode *n = top; n != NULL && n->type == XML_ELEMENT_NODE && up <= PX_READABLE_MARKED_LEVELS; n = n->parent, up++)
    if (is_body_marked (n))
      return n;
  return NULL;
}

static GPtrArray *
read_paragraphs (htmlDocPtr   doc,
                 GHashTable  *hidden_ids,
                 const char  *title,
                 char       **byline_out,
                 char       **headline_out,
                 char       **summary_out,
                 char       **stamps_out)
{
  static const Rules attempts[] = {
    RULE_ALL,
    RULE_WEIGHT_CLASSES | RULE_CLEAN_CONDITIONALLY | RULE_DROP_PAGE_PARTS,
    RULE_CLEAN_CONDITIONALLY | RULE_DROP_PAGE_PARTS,
    RULE_DROP_PAGE_PARTS,
    /* the last resort: the page's parts too, with the other rules first */
    RULE_STRIP_UNLIKELY | RULE_WEIGHT_CLASSES | RULE_CLEAN_CONDITIONALLY,
    0,
  };
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(GHashTable) word_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *best = NULL;
  char *best_byline = NULL;
  char *best_headline = NULL;
  char *best_summary = NULL;
  char *best_stamps = NULL;
  g_autoptr(GHashTable) copies = NULL;
  g_autofree char *lead = NULL;
  gsize best_len = 0;
  Rules last_rules = 0;
  Rules last_used = 0;
  xmlNode *top = NULL;
  xmlNode *marked = NULL; /* the body the page marks, when the best attempt read it */

  if (byline_out != NULL)
    *byline_out = NULL;
  if (headline_out != NULL)
    *headline_out = NULL;
  *summary_out = NULL;
  if (root == NULL)
    return g_ptr_array_new_with_free_func (g_free);
  copies = find_full_copies (root, word_cache, hidden_ids);
  lead = page_lead (root);

  /* The walk starts at the root, not at the first <body>: a page pasted
   * into another has a second <html> and <body> inside the first.
   */
  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      char *byline = NULL;
      char *headline = NULL;
      char *summary = NULL;
      char *stamps = NULL;
      GPtrArray *paragraphs;
      gsize len;

      /* Without a rule that changed nothing, the page reads the same. */
      if (i > 0 && (last_rules & ~attempts[i] & last_used) == 0)
        continue;
      if (!(attempts[i] & RULE_DROP_PAGE_PARTS) && best_len >= PX_READABLE_LAST_RESORT)
        break;

      paragraphs = run_rules (root, word_cache, hidden_ids, copies, attempts[i], title, lead, &byline,
                              headline_out != NULL ? &headline : NULL, &summary, &stamps, &last_used, &top);
      last_rules = attempts[i];
      len = _px_readable_length (paragraphs);

      /* an attempt with fewer rules must find much more to win: the
       * rules left out are what keeps the menus and teasers out
       */
      /* and the last resort, an article's worth: not a footer's line */
      /* nor leave the body the page marks as the article's for a block
       * beside it: a brief marked as such (itemprop="articleBody") is the
       * article, whatever longer block stands beside it (another story
       * from the archive, a thread of comments)
       */
      if (best == NULL
          || (len * 2 > best_len * 3
              && ((attempts[i] & RULE_DROP_PAGE_PARTS) || len >= PX_READABLE_LAST_RESORT)
              && (marked == NULL || (top != NULL && (top == marked || is_ancestor_node (top, marked))))))
        {
          marked = marked_body (top);
          g_clear_pointer (&best, g_ptr_array_unref);
          g_free (best_byline);
          g_free (best_headline);
          g_free (best_summary);
          g_free (best_stamps);
          best = paragraphs;
          best_byline = byline;
          best_headline = headline;
          best_summary = summary;
          best_stamps = stamps;
          best_len = len;
        }
      else
        {
          g_ptr_array_unref (paragraphs);
          g_free (byline);
          g_free (headline);
          g_free (summary);
          g_free (stamps);
        }

      if (best_len >= PX_READABLE_MIN_BODY)
        break;
    }

  if (byline_out != NULL)
    *byline_out = best_byline;
  else
    g_free (best_byline);
  if (headline_out != NULL)
    *headline_out = best_headline;
  else
    g_free (best_headline);
  *summary_out = best_summary;
  if (stamps_out != NULL)
    *stamps_out = best_stamps;
  else
    g_free (best_stamps);
  return best;
}

/* The fail-safe: the page's largest run of prose, the sentences in <p>
 * elements side by side in one element, outside what is never the
 * article (scripts, hidden parts, <aside>, <footer>, <nav>).
 */
#define PX_READABLE_RUN_MIN 1000    /* a run shorter than this is no article missed */
#define PX_READABLE_RUN_FACTOR 4    /* the body found is this many times shorter */
#define PX_READABLE_PROSE_MAX 20000 /* and is read up to this many */

/* The length of @p's text when it reads as prose: long enough, ending as
 * a sentence ends, a quarter of it or less in links; 0 otherwise.
 */
static gsize
prose_length_from (xmlNode *p,
                   gsize    min)
{
  g_autofree char *text = _px_html_text (p, PX_READABLE_PROSE_MAX);
  gsize len = strlen (text);
  gsize linked = 0;
  char last;

  if (len < min || len == 0)
    return 0;
  last = text[len - 1];
  if (strchr (".!?\"')", last) == NULL && !g_str_has_suffix (text, "\u201d") && !g_str_has_suffix (text, "\u2019"))
    return 0;
  for (xmlNode *n = p->children; n != NULL;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE && (tag_flags (n) & TAG_LINK))
        {
          g_autofree char *link = _px_html_text (n, PX_READABLE_PROSE_MAX);

          linked += strlen (link);
          descend = FALSE;
        }
      n = _px_html_next (n, p, descend);
    }
  return linked * 4 < len ? len : 0;
}

static gsize
prose_length (xmlNode *p)
{
  return prose_length_from (p, PX_READABLE_PROSE_MIN);
}

/* The element whose <p> children hold the most prose, and that length. */
static xmlNode *
largest_prose_run (xmlNode    *root,
                   GHashTable *hidden_ids,
                   gsize      *len_out,
                   xmlNode   **marked_out)
{
  g_autoptr(GHashTable) runs = g_hash_table_new (NULL, NULL);
  xmlNode *best = NULL;
  gsize best_len = 0;

  *marked_out = NULL;

  for (xmlNode *n = root; n != NULL;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE && n != root)
        {
          guint tags = tag_flags (n);
          const char *id = hidden_ids != NULL ? _px_html_attr (n, "id") : NULL;

          if ((tags & (TAG_DROPPED | TAG_PAGE_PART)) || is_hidden (n)
              || (id != NULL && g_hash_table_contains (hidden_ids, id)))
            descend = FALSE;
          else if (tags & TAG_P)
            {
              gsize len = prose_length (n);

              if (*marked_out == NULL && is_body_marked (n))
                *marked_out = n;

              descend = FALSE;
              if (len > 0 && n->parent != NULL)
                {
                  gsize run = GPOINTER_TO_SIZE (g_hash_table_lookup (runs, n->parent)) + len;

                  g_hash_table_insert (runs, n->parent, GSIZE_TO_POINTER (run));
                  if (run > best_len)
                    {
                      best_len = run;
                      best = n->parent;
                    }
                }
            }
          else if (*marked_out == NULL && is_body_marked (n))
            *marked_out = n;
        }
      n = _px_html_next (n, root, descend);
    }
  *len_out = best_len;
  return best;
}

/* TRUE when @node holds a heading that is the page's title (@squashed,
 * squashed), or that holds it or is held by it: the run is under the
 * page's own headline, not another story's.
 */
static gboolean
holds_headline (xmlNode    *node,
                const char *squashed)
{
  for (xmlNode *n = node->children; n != NULL;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE && (tag_flags (n) & (TAG_HEADING | TAG_DROPPED)))
        {
          descend = FALSE;
          if (tag_flags (n) & TAG_HEADING)
            {
              g_autofree char *text = _px_html_text (n, 1024);
              g_autofree char *heading = _px_html_squash (text);

              if (strlen (heading) >= 10 && (strstr (squashed, heading) != NULL || strstr (heading, squashed) != NULL))
                return TRUE;
            }
        }
      n = _px_html_next (n, node, descend);
    }
  return FALSE;
}

/* The paragraphs of @run: the text of each <p> child that is not hidden. */
static GPtrArray *
run_paragraphs (xmlNode *run)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *c = run->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (tag_flags (c) & TAG_P) && !is_hidden (c))
      {
        char *text = _px_html_text (c, 0);

        if (*text != '\0')
          g_ptr_array_add (paragraphs, text);
        else
          g_free (text);
      }
  return paragraphs;
}

static GPtrArray *
read_shown_paragraphs (htmlDocPtr   doc,
                         GHashTable  *hidden_ids,
                         const char  *title,
                         char       **byline_out,
                         char       **headline_out,
                         char       **summary_out,
                         char       **stamps_out)
{
  GPtrArray *paragraphs;
  gsize len;
  char *byline = NULL;
  char *headline = NULL;
  char *summary = NULL;
  char *stamps = NULL;
  GPtrArray *shown;

  if (stamps_out != NULL)
    *stamps_out = NULL;
  paragraphs = read_paragraphs (doc, hidden_ids, title, byline_out, headline_out, summary_out, stamps_out);
  len = _px_readable_length (paragraphs);

  /* A page that hides its article with its style sheet until a script
   * shows it: what the sheet hides is read after all when the page gives
   * little without it, and much more with it.
   */
  if (hidden_ids == NULL || len >= PX_READABLE_MIN_BODY)
    return paragraphs;
  shown = read_paragraphs (doc, NULL, title, byline_out != NULL ? &byline : NULL,
                           headline_out != NULL ? &headline : NULL, &summary, &stamps);
  if (_px_readable_length (shown) * 2 <= len * 3)
    {
      g_ptr_array_unref (shown);
      g_free (byline);
      g_free (headline);
      g_free (summary);
      g_free (stamps);
      return paragraphs;
    }
  if (stamps_out != NULL)
    {
      g_free (*stamps_out);
      *stamps_out = stamps;
    }
  else
    g_free (stamps);
  g_ptr_array_unref (paragraphs);
  if (byline_out != NULL)
    {
      g_free (*byline_out);
      *byline_out = byline;
    }
  if (headline_out != NULL)
    {
      g_free (*headline_out);
      *headline_out = headline;
    }
  g_free (*summary_out);
  *summary_out = summary;
  return shown;
}

GPtrArray *
_px_readable_paragraphs (htmlDocPtr   doc,
                         GHashTable  *hidden_ids,
                         const char  *title,
                         char       **byline_out,
                         char       **headline_out,
                         char       **summary_out,
                         char       **stamps_out)
{
  GPtrArray *paragraphs = read_shown_paragraphs (doc, hidden_ids, title, byline_out, headline_out, summary_out,
                                                 stamps_out);
  gsize len = _px_readable_length (paragraphs);
  gsize run_len = 0;
  xmlNode *run;
  xmlNode *marked;

  /* The fail-safe: a body found that is tiny beside the page's largest run
   * of prose (a story's own paragraphs side by side) is not the article,
   * whatever rule dropped the run: the run's paragraphs stand in for it.
   * A page read well never gets here: its body holds the run, or more.
   */
  if (len >= PX_READABLE_RUN_MIN)
    return paragraphs;
  if (title == NULL)
    return paragraphs;
  run = largest_prose_run (xmlDocGetRootElement (doc), hidden_ids, &run_len, &marked);
  if (run == NULL || run_len < PX_READABLE_RUN_MIN || len * PX_READABLE_RUN_FACTOR >= run_len)
    return paragraphs;
  /* nor a run beside the body the page marks as the article's
   * (itemprop="articleBody"), when that holds prose: a brief, marked
   */
  if (marked != NULL && marked != run && !is_ancestor_node (marked, run) && holds_prose (marked))
    return paragraphs;
  /* under the page's headline: the run, or the block around it, holds it */
  {
    g_autofree char *squashed = _px_html_squash (title);
    xmlNode *around = run->parent != NULL && run->parent->type == XML_ELEMENT_NODE ? run->parent : run;

    if (strlen (squashed) < 10 || !holds_headline (around, squashed))
      return paragraphs;
  }
  g_ptr_array_unref (paragraphs);
  return run_paragraphs (run);
}
