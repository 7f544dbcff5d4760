/* px-furniture.c: the lines of a page that are about the article, not
 * the article: bylines and time stamps, captions and credits, teasers,
 * share tools and counts, copyright notices, contributor lines, and the
 * "About the company" trailer of a press release.
 *
 * Each paragraph of the body is read on its own, by its form: what it
 * starts with, what words it is made of, where it sits. A byline or an
 * "updated" stamp taken out of the text is kept as metadata.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-calendar-private.h"
#include "px-html-private.h"
#include "px-lexicon.h"
#include "px-metadata-private.h"
#include "px-readable-private.h"
#include "px-sorted-private.h"

/* Paragraphs longer than this are article text whatever they start with. */
#define PX_FURNITURE_MAX_WORDS 40
#define PX_FURNITURE_MAX_BYTES 600
/* a label is this many words at most, in an article of this many paragraphs at least */
#define PX_FURNITURE_LABEL_WORDS 8
#define PX_FURNITURE_LABEL_MIN_PARAGRAPHS 3

typedef enum
{
  LINE_TEXT,
  LINE_FURNITURE,
  LINE_BYLINE,
  LINE_STAMP,    /* a date or time, perhaps with "Published", "Updated" */
  LINE_TRAILER,  /* this and everything after it */
  LINE_COMMENTS, /* the start of readers' comments: a trailer after enough text */
  LINE_LIST,     /* the heading of a list of links to other stories */
} Line;

/* The words of a short line, lower-cased, in a buffer of their own: a
 * page of thousands of short lines costs no allocation per line.
 */
typedef struct
{
  char buf[PX_FURNITURE_MAX_BYTES + 1];
  const char *words[PX_FURNITURE_MAX_WORDS + 2];
  guint n_words;
} Words;

static inline gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80 || c == '\'';
}

/* @len is at most PX_FURNITURE_MAX_BYTES. */
static void
words_init (Words      *w,
            const char *text,
            gsize       len)
{
  char *p = w->buf;
  char *end = w->buf + len;

  g_assert (len <= PX_FURNITURE_MAX_BYTES);
  for (gsize i = 0; i < len; i++)
    w->buf[i] = _px_ascii_tolower (text[i]);
  w->buf[len] = '\0';
  w->n_words = 0;
  while (p < end && w->n_words <= PX_FURNITURE_MAX_WORDS)
    {
      while (p < end && !is_word_byte (*p))
        p++;
      if (p == end)
        break;
      w->words[w->n_words++] = p;
      while (p < end && is_word_byte (*p))
        p++;
      *p = '\0';
      p++;
    }
  w->words[w->n_words] = NULL;
}

static gboolean
in_list (const char         *word,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (word[0] == list[i][0] && strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
starts_with_ci (const char *text,
                const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

static gboolean
is_number (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return *word != '\0';
}

/* "1st", "22nd", "3rd", "4th", and the times "42am", "18pm", "21h",
 * "15a" and "15p" (of "10:15a.m.")
 */
static gboolean
is_ordinal (const char *word)
{
  const char *p = word;

  while (g_ascii_isdigit (*p))
    p++;
  return p > word && (strcmp (p, "st") == 0 || strcmp (p, "nd") == 0 || strcmp (p, "rd") == 0
                      || strcmp (p, "th") == 0 || strcmp (p, "am") == 0 || strcmp (p, "pm") == 0
                      || strcmp (p, "h") == 0 || strcmp (p, "a") == 0 || strcmp (p, "p") == 0);
}

/* "12k", "1m": a count of shares or views, as a tool bar writes it */
static gboolean
is_count (const char *word)
{
  const char *p = word;

  while (g_ascii_isdigit (*p))
    p++;
  return p > word && (strcmp (p, "k") == 0 || strcmp (p, "m") == 0);
}

/* Words a time stamp is made of, besides numbers, months and weekdays. */
static const char * const stamp_words[] = {
  "am", "pm", "a", "m", "p", "noon", "midnight", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt",
  "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "ist", "aest", "aedt", "hkt", "jst",
  "akst", "akdt", "hst", "hdt", "ast", "adt", "nst", "ndt", "wet", "west", "eet", "eest", "msk", "cat",
  "eat", "wat", "sast", "sgt", "pht", "kst", "nzst", "nzdt", "awst", "acst", "wib",
  /* US zones by their names: "10:15 am US/Eastern", "3 p.m. Eastern" */
  "us", "eastern", "central", "mountain", "pacific",
  "ago", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
  "week", "weeks", "today", "yesterday", "just", "now", "an", "at", "on", "of", "the",
  "published", "updated", "update", "last", "posted", "date", "created", "modified", "first",
  "time", "edited", "revised", "by", "originally", NULL
};

/* The words of a stamp in German, Russian and Ukrainian, beside the
 * months, weekdays and labels the date reader knows ("29. Dezember 2025,
 * 10:12 Uhr", "29 декабря 2025 г., 10:12 мск", "Оновлено 15 лютого 2026
 * року о 08:30", "vor 3 Stunden", "2 часа назад"): the clock's, the
 * year's, the zone's and the time ago's words. @word is one word of a
 * Words, lower-cased in ASCII only ("Декабря" stays so).
 */
static gboolean
is_stamp_word_translated (const char *word)
{
  static const char * const words[] = {
    "uhr", "um", "mez", "mesz", "heute", "gestern", "vor", "stunde", "stunden", "minuten",
    "г", "года", "в", "мск", "сегодня", "вчера", "назад", "час", "часа", "часов", "минут", "минуты",
    "минуту", "р", "року", "о", "сьогодні", "вчора", "учора", "тому", "годину", "години", "годин",
    "хвилин", "хвилини", "хвилину", NULL
  };
  gsize len = strlen (word);
  g_autofree char *lower = NULL;

  /* (a line cut to its first bytes may end in part of a character) */
  if (len > 32 || !g_utf8_validate (word, len, NULL))
    return FALSE;
  if (_px_metadata_stamp_label_translated (word, NULL))
    return TRUE;
  /* ASCII is lower-cased already, and GLib would lower it no further */
  for (const char *p = word; *p != '\0'; p++)
    if ((guchar) *p & 0x80)
      {
        lower = g_utf8_strdown (word, len);
        return in_list (lower, words);
      }
  return in_list (word, words);
}

/* A month's or a weekday's name (px-calendar.c): @word is one word of a
 * Words, its letters only ("dec" of "Dec.").
 */
static gboolean
is_calendar_word (const char *word)
{
  gsize len = strlen (word);

  return _px_calendar_month (word, len) != 0 || _px_calendar_weekday (word, len) != 0;
}

static gboolean
is_stamp_word (const char *word)
{
  return in_list (word, stamp_words) || is_calendar_word (word) || is_stamp_word_translated (word);
}

/* Words of the tools around an article: sharing, printing, commenting. */
static const char * const tool_words[] = {
  "email", "e", "mail", "print", "printer", "printable", "friendly", "version", "share", "shares", "shared",
  "this", "article", "story", "page", "post", "comment", "comments", "reply", "replies",
  "facebook", "twitter", "tweet", "tweets", "linkedin", "reddit", "digg", "it", "del", "icio",
  "us", "delicious", "stumbleupon", "pinterest", "whatsapp", "google", "buzz", "newsvine",
  "technorati", "tailrank", "now", "public", "save", "bookmark", "recommend", "like", "likes",
  "send", "to", "a", "friend", "friends", "by", "text", "size", "font", "larger", "smaller",
  "increase", "decrease", "reset", "read", "view", "views", "no", "posted", "add", "your",
  "login", "log", "in", "register", "sign", "up", "subscribe", "rss", "feed", "feeds", "more",
  "link", "permalink", "copy", "url", "embed", "report", "abuse", "print", "flag", "follow", "us",
  "on", "and", "or", "of", "the", "yet", "be", "first", "back", "top", "next", "previous",
  "prev", "continue", "continued", "page", "pages", "all", "single", "photo", "photos",
  "gallery", "video", "videos", "audio", "listen", "watch", "enlarge", "image", "click",
  "here", "close", "advertisement", "advertising", "sponsored", "ad", "related", "articles",
  "stories", "reprints", "reprint", "respond", "permissions", "discuss", "rate", "rating",
  "recommended", "options", "tools", "tags", "tag", "topics", "accept", "reject", "decline", "agree",
  "manage", "preferences", "settings", "cookie", "cookies", "consent", "ok", "opens", "new", "window",
  "tab", "loading", "pdf", "min", "mins", "minute", "minutes", "skip", "content", "main", "menu", "search",
  "home", "copied", "show", "hide", "full", "error", "typo", "submit", "correction", "corrections", "an",
  "threads", "bluesky", "instagram", "tiktok", "youtube", "telegram", "mastodon", "pocket", "tumblr",
  "disable", "enable", "mute", "unmute", "play", "pause", "less", "slide", "slides", "viewed", "times",
  /* a player's, a gift link's and a page foot's words ("Now Playing", "Video Ad Feedback", "Hide
   * Caption", "Gift Article", "Sign in to your account", "Privacy Policy", "Terms of Service")
   */
  "playing", "autoplay", "live", "feedback", "caption", "captions", "gift", "account", "privacy", "policy",
  "terms", "service", "conditions", "unlock", "toolbar",
  NULL
};

/* Openings of lines that are never the article's own text: teasers,
 * tags, credits, sign-up prompts, comment counts.
 */
static const char * const furniture_openings[] = {
  "read more:", "read more ", "see more", "don't miss", "don’t miss", "related:", "related coverage",
  "related news", "related stories", "related articles", "related content", "related links",
  "related topics", "more on this", "more:", "watch:", "watch now", "most read", "most popular",
  "tags:", "tagged:", "tagged with", "this entry was tagged", "filed under",
  "categories:", "category:", "labels:", "topics:", "keywords:", "theme by",
  "theme:", "wordpress theme", "proudly powered by", "site by", "website by", "sign up for", "sign up to", "subscribe to", "subscribe now", "click here",
  "follow us", "like us on", "find us on", "connect with us", "join the conversation", "join the discussion", "have your say",
  "leave a comment", "leave a reply", "post a comment", "add a comment", "add your comment",
  "comments are", "comment policy", "share this", "share on", "you can share this", "please share this", "email this", "print this",
  "(image:", "(photo:", "(picture:", "(pictures:", "(images:", "photo:", "photos:", "image:",
  "images:", "picture:", "pictures:", "photograph:", "photo credit", "image credit", "credit:",
  "caption:", "image caption,", "media caption,", "video caption,", "image source,", "media source,",
  "image copyright ", "image caption ", "media caption ", "media playback is unsupported", "file photo:",
  "video source,", "(reporting by", "reporting by", "editing by", "additional reporting",
  "(additional reporting", "(writing by", "writing by", "posted by:", "on the net:", "log in ",
  "content provided by", "the full article contains",
  "this story has been formatted", "this article has been formatted", "copyright ", "©", "(©",
  "advertisement", "sponsored content", "next article", "previous article", "next story",
  "previous story", "back to top", "continue reading", "we value your privacy", "your privacy choices", "story continues", "article continues",
  "content continues", "scroll to continue", "also read", "read also", "came straight to this page", "you must login", "you must log in",
  "you must be logged in", "limit:", "site requirements", "experience more", "sponsored links",
  "scroll down to", "click to share", "enter your email", "join our ", "download our app", "download the app",
  "get the app", "content from our partners", "from our partners", "subscribe for",
  "support our journalism", "support local journalism", "support independent journalism",
  "become a member", "donate now", "donate today", "make a donation",
  "our standards:", "(c) 1", "(c) 2", "paid content", "paid post", "partner content", "promoted content",
  "thanks for reading", "discover more from", "catch up on ", "type your email", "read the original article",
  "disclosure statement", "contributing:", "photo by ", "photos by ", "photograph by ", "image by ", "illustration by ",
  "scroll down for", "this article tagged", "tagged under", "what to read next", "send any friend a story",
  "go deeper:", "see also:", "also see:", "read next:",
  /* the same teasers' labels in the other languages of news sites ("Lesen Sie auch:", "Lire aussi :") */
  "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "lire aussi", "a lire aussi",
  "\u00e0 lire aussi", "\u00c0 lire aussi", "voir aussi", "te puede interesar", "lee tambi\u00e9n",
  "lea tambi\u00e9n", "leer m\u00e1s", "leggi anche", "leia tamb\u00e9m", "leia mais", "lees ook", "zie ook",
  "czytaj te\u017c", "czytaj tak\u017ce", "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435",
  "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435",
  NULL
};

/* Openings of furniture lines that also open sentences of a report
 * ("Designed by Norman Foster, the tower ...", "Posted in Kabul since
 * 2019, the colonel ...", "Filed in federal court on Monday, the suit
 * ..."): the line is furniture only when it is no such sentence.
 */
static const char * const furniture_openings_of_sentences[] = {
  "powered by", "designed by", "compiled by", "distributed by", "originally published",
  "edited by", "reviewed by", "fact checked by", "fact-checked by", "sponsored by", "presented by",
  "in partnership with", "brought to you by",
  "originally appeared", "posted in", "posted on", "filed in", "supported by", NULL
};

/* Openings of the page's own links and section labels, when the line is
 * short and no sentence: "Search for more properties", "View all press
 * releases", "In this section".
 */
static const char * const label_openings[] = {
  "search for ", "search our ", "search the ", "search all ", "search jobs", "search homes", "search cars", "view all", "see all", "view more", "see more", "in this section", "events calendar",
  "more photos", "more videos", "all stories", "all news", "click to expand", "click to enlarge", "more great ", NULL
};

static const char * const copyright_openings[] = { "\u00a9", "(c) ", "copyright", NULL };

/* "Source: Times database", "(Source: Guardian)" */
static const char * const source_openings[] = {
  "source:", "(source:", "sources:", "(sources:", NULL
};

/* Lines that open the readers' comments under an article (a count,
 * "Comments (12)", is a link in a tool bar that may be anywhere).
 */
static const char * const comment_openings[] = {
  "comments are now closed", "comments are closed", "comments closed", "comments have been closed",
  "thanks for your comments", "this feedback is now closed", "reader comments", "readers' comments",
  "readers comments", "reader's comments", "user comments", "your comments", "leave a comment",
  "leave a reply", "post a comment", "add a comment", "add your comment", "have your say",
  "the following are comments", "comments are moderated", "comments on this story",
  "comment on this story", "discuss this story", "discuss this article", "talkback",
  "readers respond", "what readers are saying", "what you said", "no comments yet", "load comments",
  "show comments", "view comments", "jump to comments", "start the conversation",
  "no comments at the moment", "be the first to comment", "your views", "readers' views", "your say", NULL
};

/* The whole line that heads a thread with its count: "12 comments",
 * "3 Responses", "1 reply" (a colon or a count in brackets after it:
 * "Comments (12)").
 */
static gboolean
is_comment_count_line (const char *lower,
                       gboolean   *tool)
{
  static const char * const nouns[] = { "comments", "comment", "responses", "response", "replies", "reply",
                                        "talkbacks", "talkback", NULL };
  static const char * const whose[] = { " for this article", " on this article", " for this story", " on this story", NULL };
  const char *p = lower;
  gboolean counted = FALSE;
  gsize n;

  while (*p == ' ')
    p++;
  if (g_ascii_isdigit (*p))
    {
      counted = TRUE;
      while (g_ascii_isdigit (*p) || *p == ',')
        p++;
      if (*p++ != ' ')
        return FALSE;
    }
  for (guint i = 0; nouns[i] != NULL; i++)
    if (strncmp (p, nouns[i], n = strlen (nouns[i])) == 0)
      {
        const char *rest = p + n;

        /* "Talkbacks for this article: 18", "Comments: 4": a tool's count,
         * which a page may set anywhere, above the story's body as well
         */
        for (guint j = 0; whose[j] != NULL; j++)
          if (g_str_has_prefix (rest, whose[j]))
            {
              rest += strlen (whose[j]);
              if (tool != NULL)
                *tool = TRUE;
              break;
            }
        if (*rest == ':')
          {
            rest++;
            if (rest[0] == ' ' && g_ascii_isdigit (rest[1]))
              {
                rest++;
                while (g_ascii_isdigit (*rest) || *rest == ',')
                  rest++;
                counted = TRUE;
                if (tool != NULL)
                  *tool = TRUE;
              }
          }
        if (*rest == ' ' && rest[1] == '(')
          {
            rest += 2;
            if (!g_ascii_isdigit (*rest))
              return FALSE;
            while (g_ascii_isdigit (*rest))
              rest++;
            if (*rest++ != ')')
              return FALSE;
          }
        /* "Comments" alone, or with a count: never "comment" alone, a verb */
        return *rest == '\0' && (counted || strcmp (nouns[i], "comments") == 0 || strcmp (nouns[i], "talkbacks") == 0);
      }
  return FALSE;
}

/* Lines that head a list of other stories: "Also in Travel", "More from
 * the BBC", "Related Posts:".
 */
static const char * const list_openings[] = {
  "also in ", "also on ", "more from ", "more in ", "more articles", "more stories", "more news",
  "more headlines", "more on ", "related", "see also", "other stories", "other news",
  "you may also like", "you might also like", "recommended", "most emailed", "most read",
  "most viewed", "most popular", "latest news", "latest stories", "latest headlines",
  "top stories", "in other news", "elsewhere on", "further reading", "popular stories",
  "latest in ", "latest on ", "latest from ", "trending", "promoted stories", "editor's picks",
  "editors' picks", "more coverage", NULL
};

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* The start of another story cut off: "Skype has released the beta
 * version of Skype 2.2 for Windows Mobile which now supports p..." (one
 * alone may be the article's own "after the jump...": two in a row are
 * a list).
 */
static gboolean
is_truncated_teaser (const char *text)
{
  gsize len = strlen (text);
  const char *end;

  if (len > PX_FURNITURE_MAX_BYTES)
    return FALSE;
  /* someone's words trailing off: a line that goes on from the one above
   * ("and we never saw the boat again..."), or a quotation opened
   * and never closed ("\"None of us can believe it...")
   */
  if (g_ascii_islower (text[0]))
    return FALSE;
  if (text[0] == '"' && strchr (text + 1, '"') == NULL)
    return FALSE;
  if (g_str_has_prefix (text, "\u201c") && strstr (text + 3, "\u201d") == NULL)
    return FALSE;
  /* one sentence, begun and cut off ("U.S. and Canadian" is inside one) */
  for (const char *stop = strstr (text, ". "); stop != NULL; stop = strstr (stop + 2, ". "))
    if (g_ascii_isupper (stop[2]))
      return FALSE;
  if (g_str_has_suffix (text, "..."))
    end = text + len - 3;
  else if (g_str_has_suffix (text, "\u2026"))
    end = text + len - 3;
  else
    return FALSE;
  /* a word cut short, with no space or stop before the dots */
  return end > text && g_ascii_isalpha (end[-1]) && g_ascii_islower (end[-1]);
}

/* @lower is lower-cased; so are the openings. */
static gboolean
has_opening (const char         *lower,
             const char * const *openings)
{
  for (guint i = 0; openings[i] != NULL; i++)
    if (openings[i][0] == lower[0] && g_str_has_prefix (lower, openings[i]))
      return TRUE;
  return FALSE;
}

/* Phrases that make a short paragraph a notice rather than article text:
 * copyright, credits, contact lines, sign-up prompts.
 */
static const char * const notice_phrases[] = {
  "all rights reserved", "contributed to this report", "contributed reporting",
  "may not be published, broadcast", "information for this report", "can be reached at",
  "click here", "external sites", "external internet sites", "do not necessarily reflect",
  "not necessarily those of", "is not responsible or liable", "best viewed", "login or register",
  "log in or register", "register to post", "to post a comment", "subscribe now", "subscribe today",
  "send us your photos", "with files from", "with a report from", "with reports from",
  /* sign-up and registration prompts */
  "clicking here", "register now", "register for free", "register here", "register today",
  "sign up for our", "sign up to our", "sign up for free", "sign up now", "sign up here", "sign up today",
  "create a free account", "already a subscriber", "already have an account", "subscribe to our",
  "unlimited digital access", "in your inbox", "to your inbox", "by signing up", "you agree to our",
  "recaptcha", "for signing up", "for subscribing",
  /* calls for feedback and tips */
  "reproduced with permission", "republished with permission", "reprinted with permission",
  "used with permission", "is distributed by", "trust principles", "content agency",
  "send us your feedback", "feedback of your own", "have a view on this", "no blogs are active",
  "filed under:",
  /* syndication disclaimers and the outlet's own promotions */
  "syndicated feed", "not been edited by", "get news updates", "get the latest news updates",
  "got a story?", "have a story?", "got a news tip", "have a news tip", "have a tip?", "got a tip?",
  "google news channel", "breaking news email", "subscribe for free", "get our app", "download our app",
  "want more news?", "reuse this content", "explore more on these topics",
  "for the latest news, weather",
  /* an affiliate links' disclosure, in the outlet's own voice */
  "earn a small affiliate commission", "earn an affiliate commission", "may earn a commission",
  "include affiliate links", "contain affiliate links", "contains affiliate links",
  /* notes on how the story was made or may be shared */
  "this story was produced", "this article was produced", "this report was produced",
  "use the sharing tools",
  /* notes that the page will change or has changed */
  "this is a developing story", "this story is developing", "this story will be updated",
  "this article will be updated", "this story has been updated", "this article has been updated",
  "check back for updates", "check back later for updates", "this article is more than",
  /* the page's own workings */
  "this content is protected by copyright", "this material is protected by copyright",
  "this article is protected by copyright", "audio for this article", "your browser does not support",
  "enable javascript", "javascript is disabled", "open this photo in gallery", "send us a tip",
  "confidential news tip", "/ staff writer", "/ staff photographer", "/staff writer",
  "/staff photographer",
  /* cookie and consent banners */
  "we use cookies", "site uses cookies", "website uses cookies", "accept all cookies", "accept cookies", NULL
};

/* Phrases of notices that a report also uses in its own sentences ("the
 * party's newsletter", "the redistribution of wealth", "inspectors were
 * given unlimited access", "police said he is not responsible for the
 * fire"): they make a notice only of a paragraph that reports nothing.
 */
static const char * const notice_phrases_in_reports[] = {
  "newsletter", "redistribution of", "is not responsible for", "are not responsible for",
  "tip-offs", "follow him on", "follow her on", "follow them on", "unlimited access",
  "delivered daily", "delivered to your", "delivered every", "have an account",
  "create an account", "use of cookies", "something went wrong. please", "something went wrong, please",
  "please try again later", "love to hear from you", "open in app", "cookie policy", "cookie settings",
  "share this story", "share it with a friend", "share this article",
  "something is loading", "gift articles", "we want to hear from you", "depends on your support",
  "consider a donation", "by clicking", "read the full story", "read the full article",
  "confidential tip", "to be notified when", "sign up with your email", "sign up with your e-mail",
  /* a video the page cannot play, the outlet's own promotion */
  "video can not be played", "video cannot be played", "to play this video", "for the latest news,", NULL
};

/* The pairs of bytes a list of phrases starts with, one bit each: a
 * paragraph is read once for the phrases of a list, rather than once for
 * each (a list of a hundred phrases searched one by one was a third of the
 * furniture's time). Made once for each list, the first time it is asked.
 */
#define PHRASE_LISTS_MAX 32

PX_DEFINE_SORT_BY_KEY (sort_phrase_starts, guint32, guint32, PX_SORTED_SET_KEY)

typedef struct
{
  const char * const *phrases;
  guint64 starts[65536 / 64];
  guint32 *by_start;         /* (pair of bytes << 16) | phrase, sorted */
  guint n_phrases;
} PhraseIndex;

static PhraseIndex phrase_indexes[PHRASE_LISTS_MAX];
static int n_phrase_indexes;
G_LOCK_DEFINE_STATIC (phrase_indexes);

/* The index of @phrases, or NULL where it cannot have one (a phrase of
 * fewer than two bytes, or more lists than the table holds). */
static const PhraseIndex *
phrase_index (const char * const *phrases)
{
  int n = g_atomic_int_get (&n_phrase_indexes);
  PhraseIndex *index = NULL;

  for (int i = 0; i < n; i++)
    if (phrase_indexes[i].phrases == phrases)
      return &phrase_indexes[i];

  G_LOCK (phrase_indexes);
  n = g_atomic_int_get (&n_phrase_indexes);
  for (int i = 0; i < n && index == NULL; i++)
    if (phrase_indexes[i].phrases == phrases)
      index = &phrase_indexes[i];
  if (index == NULL && n < PHRASE_LISTS_MAX)
    {
      gboolean indexable = TRUE;

      for (guint i = 0; phrases[i] != NULL; i++)
        indexable &= phrases[i][0] != '\0' && phrases[i][1] != '\0' && i < G_MAXUINT16;
      if (indexable)
        {
          index = &phrase_indexes[n];
          memset (index->starts, 0, sizeof index->starts);
          index->n_phrases = g_strv_length ((char **) phrases);
          index->by_start = g_new (guint32, index->n_phrases);
          for (guint i = 0; phrases[i] != NULL; i++)
            {
              guint key = (guint) (guchar) phrases[i][0] << 8 | (guchar) phrases[i][1];

              index->starts[key / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
              index->by_start[i] = key << 16 | i;
            }
          sort_phrase_starts (index->by_start, index->n_phrases);
          index->phrases = phrases;
          /* the entry is whole before it is counted */
          g_atomic_int_set (&n_phrase_indexes, n + 1);
        }
    }
  G_UNLOCK (phrase_indexes);
  return index;
}

/* Whether @lower has one of @phrases in it. */
static gboolean
has_phrase (const char         *lower,
            const char * const *phrases)
{
  const PhraseIndex *index = phrase_index (phrases);

  if (index == NULL)
    {
      for (guint i = 0; phrases[i] != NULL; i++)
        if (strstr (lower, phrases[i]) != NULL)
          return TRUE;
      return FALSE;
    }
  for (const guchar *p = (const guchar *) lower; p[0] != '\0' && p[1] != '\0'; p++)
    {
      guint key = (guint) p[0] << 8 | p[1];

      guint lo = 0, hi = index->n_phrases;

      if ((index->starts[key / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))) == 0)
        continue;
      /* the first phrase starting so */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (index->by_start[mid] >> 16 < key)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (; lo < index->n_phrases && index->by_start[lo] >> 16 == key; lo++)
        {
          const guchar *phrase = (const guchar *) phrases[index->by_start[lo] & 0xffff];
          guint k = 2;

          while (phrase[k] != '\0' && phrase[k] == p[k])
            k++;
          if (phrase[k] == '\0')
            return TRUE;
        }
    }
  return FALSE;
}

/* A paragraph that attributes what it says ("..., the council said") is
 * reporting, not the page talking to its reader. @lower is lower-cased.
 */
static gboolean
is_attributed (const char *lower)
{
  static const char * const cues[] = { " said", " says", " told ", "according to ", NULL };

  return has_phrase (lower, cues);
}

/* A sentence of a report that opens the way a furniture line does: a dozen
 * words or more, a clause after a comma, and its stop ("Designed by Norman
 * Foster, the tower opened in 2004.").
 */
#define PX_FURNITURE_SENTENCE_WORDS 12

/* Fewer words do when the clause after the comma has a verb of its own
 * ("Sponsored by two Democrats, the bill passed the House."), which a
 * credit's apposition has not ("Edited by John Roe, the night editor.").
 */
#define PX_FURNITURE_SHORT_SENTENCE_WORDS 6

/* The past tenses WordNet's exception lists give that are lemmas of
 * verbs of their own ("fell" a tree, "found" a company, "saw" a plank):
 * the lexicon reads them as those lemmas, with no inflection, so they
 * are named here ("Advertisement revenue fell 12 per cent ...").
 */
static const char * const past_tense_lemmas[] = {
  "fell", "felt", "found", "saw", "bore", "bound", "wound", "slew", NULL
};

/* TRUE when @word (lower case) is a verb with its inflection. */
static gboolean
is_verb_form (const char *word)
{
  PxLexeme *lexeme;
  gboolean verb;

  if (in_list (word, past_tense_lemmas))
    return TRUE;
  lexeme = px_lexeme_new (word);
  verb = lexeme->verb_form;
  px_lexeme_free (lexeme);
  return verb;
}

static gboolean
clause_has_verb (const char *text)
{
  static const char * const auxiliaries[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "must", "should", "did", "does", NULL,
  };
  const char *comma = strchr (text, ',');
  Words after;
  gsize len;

  if (comma == NULL)
    return FALSE;
  len = MIN (strlen (comma + 1), (gsize) PX_FURNITURE_MAX_BYTES);
  words_init (&after, comma + 1, len);
  for (guint i = 0; i < after.n_words; i++)
    if (in_list (after.words[i], auxiliaries) || is_verb_form (after.words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_sentence_of_report (const char  *text,
                       const Words *w)
{
  gsize len = strlen (text);

  if (strchr (text, ',') == NULL
      || (strchr (".!?\"", text[len - 1]) == NULL && !g_str_has_suffix (text, "\u201d")))
    return FALSE;
  return w->n_words >= PX_FURNITURE_SENTENCE_WORDS
         || (w->n_words >= PX_FURNITURE_SHORT_SENTENCE_WORDS && clause_has_verb (text));
}

/* Openings of furniture lines that are also ordinary words of a report:
 * "Advertisement" over "Advertisement revenue fell 12 per cent in the
 * quarter.", "Reporting by Jane Doe" over "Reporting by the newspaper
 * prompted the inquiry.", "Copyright 2008 ..." over "Copyright lawyers
 * said ...".
 */
static const char * const furniture_openings_of_reports[] = {
  "advertisement", "advertising", "copyright ", "reporting by", "editing by", "writing by",
  "share this", "share on", "photo by ", "photos by ", "photograph by ", "image by ",
  "illustration by ", NULL
};

/* Words of a line that talks to its reader ("Share this story with your
 * friends.", "Our newsletter is delivered every morning.").
 */
static const char * const reader_words[] = { "you", "your", "yours", "we", "our", "ours", NULL };

/* TRUE when @w, a line that ends in a stop, is a sentence reporting
 * something: eight words or more, a verb with its inflection or an
 * auxiliary after its first @skip words, and no word that talks to the
 * reader.
 */
static gboolean
is_reported_sentence (const char  *text,
                      const Words *w,
                      guint        skip)
{
  static const char * const auxiliaries[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "must", "should", "did", "does", NULL,
  };
  gsize len = strlen (text);

  if (w->n_words < 8 || w->n_words > PX_FURNITURE_MAX_WORDS || len == 0
      || (strchr (".!?\"", text[len - 1]) == NULL && !g_str_has_suffix (text, "\u201d")))
    return FALSE;
  for (guint i = 0; i < w->n_words; i++)
    if (in_list (w->words[i], reader_words))
      return FALSE;
  for (guint i = skip; i < w->n_words; i++)
    if (in_list (w->words[i], auxiliaries) || is_verb_form (w->words[i]))
      return TRUE;
  return FALSE;
}

/* TRUE when a line opened by one of furniture_openings_of_reports is a
 * sentence of the report: the word after the opening is in lower case (a
 * credit names someone, "Reporting by Jane Doe"; a notice gives a year,
 * "Copyright 2008") and the line reports something.
 */
static gboolean
opens_reported_sentence (const char  *text,
                         const char  *lower,
                         const Words *w)
{
  for (guint i = 0; furniture_openings_of_reports[i] != NULL; i++)
    {
      const char *opening = furniture_openings_of_reports[i];
      gsize n = strlen (opening);
      const char *after = text + n;

      if (!g_str_has_prefix (lower, opening))
        continue;
      if (opening[n - 1] != ' ')
        {
          if (*after != ' ')
            return FALSE;
          after++;
        }
      return g_ascii_islower (*after) && is_reported_sentence (text, w, 1);
    }
  return FALSE;
}

/* TRUE when every word of @w is in @list or a number. */
static gboolean
all_words_in (const Words        *w,
              const char * const *list)
{
  for (guint i = 0; i < w->n_words; i++)
    if (!is_number (w->words[i]) && !is_ordinal (w->words[i]) && !is_count (w->words[i])
        && !in_list (w->words[i], list))
      return FALSE;
  return TRUE;
}

/* A paragraph that is a caption: it ends in "(Image: GETTY)", "(Photo:
 * Reuters)", "Photo: AP" and the like.
 */
static gboolean
ends_in_credit (const char *lower)
{
  static const char * const marks[] = { "(image", "(photo", "(picture", "(credit", "(getty",
                                        "(ap photo", "(reuters", "(afp", "(epa", "[epa", "[afp",
                                        "[reuters", "[ap", "[getty", " photo / ", " picture / ",
                                        " photo:", " image:", " picture:", " photograph:",
                                        " credit:", " photo credit", " photograph by", " photo by",
                                        "photo copyright", " reuters/", " ap photo/", NULL };
  gsize len = strlen (lower);
  const char *tail = lower + (len > 60 ? len - 60 : 0);

  for (guint i = 0; marks[i] != NULL; i++)
    if (strstr (tail, marks[i]) != NULL && (marks[i][0] != '(' || lower[len - 1] == ')')
        && (marks[i][0] != '[' || lower[len - 1] == ']'))
      return TRUE;

  /* "Jane Doe/AP", "John Roe/Getty Images" */
  {
    static const char * const agencies[] = {
      "/ap", "/ ap", "/reuters", "/ reuters", "/afp", "/ afp", "/getty images", "/ getty images",
      "via getty images", "/shutterstock", "/ shutterstock", "/pa", "/ pa", "/epa", "/ epa",
      "/alamy", "/ alamy", "/pa media", "/ pa media", "/ap photo", "/file photo", NULL
    };

    for (guint i = 0; agencies[i] != NULL; i++)
      if (g_str_has_suffix (lower, agencies[i]))
        return TRUE;
  }

  /* "(Jane Doe / THE AGENCY)" */
  if (len > 2 && lower[len - 1] == ')')
    {
      const char *open = strrchr (lower, '(');

      if (open != NULL && lower + len - open < 60 && strstr (open, " / ") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A line that names no more than a source: "(AP)", "(Agencies)", "AFP, AP". */
static gboolean
is_source_credit (const char  *text,
                  const Words *w)
{
  static const char * const agencies[] = {
    "ap", "afp", "reuters", "agencies", "agency", "ani", "pti", "ians", "upi", "dpa", "efe",
    "ansa", "xinhua", "tass", "itar", "bloomberg", "cnn", "bbc", "wires", "wire", "staff",
    "press", "associated", "the", "news", "service", "and", "getty", "images", "image", "photo",
    "photos", "file", "shutterstock", "alamy", "pa", "media", "via", "epa", "picture", "alliance",
    "handout", "supplied", NULL
  };
  gsize len = strlen (text);

  if (w->n_words == 0 || w->n_words > 4)
    return FALSE;
  if (text[0] == '(' && text[len - 1] == ')')
    return TRUE;
  return all_words_in (w, agencies);
}

/* An address to write to: someone@example.com */
static gboolean
has_email (const char *text)
{
  for (const char *at = strchr (text, '@'); at != NULL; at = strchr (at + 1, '@'))
    if (at > text && g_ascii_isalnum (at[-1]) && g_ascii_isalnum (at[1]) && strchr (at, '.') != NULL)
      {
        const char *dot = strchr (at, '.');
        const char *space = strchr (at, ' ');

        if (space == NULL || dot < space)
          return TRUE;
      }
  return FALSE;
}

/* What follows the first "by " in @text, any case, or NULL. */
static const char *
after_by (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((p == text || p[-1] == ' ') && g_ascii_strncasecmp (p, "by ", 3) == 0)
      return p + 3;
  return NULL;
}

/* Names and places, and the words that join them: "Lena Voss in
 * Geneva, Tom Abara in Lisbon and Ruth Calloway in Denver".
 * At most PX_FURNITURE_BYLINE_WORDS words, no stop.
 */
#define PX_FURNITURE_BYLINE_WORDS 30

static gboolean
is_list_of_names (const char *rest)
{
  static const char * const joins[] = { "in", "and", "of", "the", "at", "for", "with", "from", "de",
                                        "van", "von", "da", "del", "la", "le", "al", "bin", NULL };
  g_auto(GStrv) words = g_strsplit_set (rest, " ,", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = words[i];
      gsize len = strlen (word);
      gunichar c;

      if (len == 0)
        continue;
      if (++n > PX_FURNITURE_BYLINE_WORDS)
        return FALSE;
      /* commas between names, none of a sentence's stops */
      if (strpbrk (word, ".!?;:\"") != NULL)
        return FALSE;
      c = g_utf8_get_char (word);
      if (g_unichar_isupper (c))
        continue;
      if (!g_strv_contains (joins, word))
        return FALSE;
    }
  return TRUE;
}

/* "By Jane Doe", "By JANE DOE, Associated Press Writer", "Written by Jane Doe" */
static gboolean
is_byline (const char  *text,
           const Words *w)
{
  const char *rest = NULL;
  gsize len = strlen (text);

  if (starts_with_ci (text, "by "))
    rest = text + 3;
  else if (starts_with_ci (text, "written by ") || starts_with_ci (text, "story by ")
           || starts_with_ci (text, "words by ") || starts_with_ci (text, "text by ")
           || starts_with_ci (text, "posted by "))
    rest = after_by (text);
  if (rest == NULL || w->n_words < 2)
    return FALSE;
  if (w->n_words > 14 && !is_list_of_names (rest))
    return FALSE;
  while (*rest == ' ')
    rest++;
  /* a name starts with a capital; a sentence ("By Tuesday, the vote had
   * passed.") ends with a full stop after a longer run of words
   */
  if (!g_unichar_isupper (g_utf8_get_char (rest)))
    return FALSE;
  if (len > 0 && text[len - 1] == '.' && w->n_words > 6 && !g_str_has_suffix (text, " Jr.")
      && !g_str_has_suffix (text, " ago."))
    return FALSE;
  return TRUE;
}

/* A date or time, perhaps after "Published", "Updated" or "Posted". */
static gboolean
is_stamp (const Words *w)
{
  guint numbers = 0;
  guint dates = 0;

  if (w->n_words == 0 || w->n_words > 20)
    return FALSE;
  for (guint i = 0; i < w->n_words; i++)
    {
      const char *word = w->words[i];

      if (is_number (word) || is_ordinal (word))
        numbers++;
      /* a bullet or a dot between two stamps ("Posted 1 day ago · Updated …") */
      /* (measured, not indexed: a line cut to its first bytes may end in
       * part of a character, and nothing is read past the word's end) */
      else if ((guchar) word[0] >= 0x80 && strlen (word) == (gsize) g_utf8_skip[(guchar) word[0]]
               && !g_unichar_isalnum (g_utf8_get_char_validated (word, -1)))
        continue;
      else if (!is_stamp_word (word))
        return FALSE;
      else if (i < 24 && (g_ascii_isalpha (word[0]) && strlen (word) >= 3)
               && !in_list (word, (const char * const[]) { "published", "updated", "update", "last",
                                                            "posted", "date", "created", "modified",
                                                            "first", "time", "edited", "revised", "the",
                                                            "ago", "now", "just", NULL }))
        dates++;
    }
  return numbers > 0 || dates > 0;
}

/* A headline run into its byline on one line of the article's head,
 * with the page's tools or a date after the names: "Bush expedites
 * Saudi deal By HERB KEINON AND YAAKOV KATZ Print Subscribe E-mail
 * Toolbar", "Harry rubbishes slump theory by Chris Stanton, 30 December
 * 2007" (with @dated). The names' place in @text is put in @start and
 * @end. A sentence has a stop before its end or no date or tools after a
 * "by".
 */
#define PX_FURNITURE_HEAD_BYLINE_NAMES 8

static gboolean
is_headline_byline (const char *text,
                    gboolean    dated,
                    gsize      *start,
                    gsize      *end)
{
  const char *by = NULL;
  const char *names;
  const char *names_end = NULL;
  gsize len = strlen (text);
  Words w;
  guint tools = 0;

  if (len == 0 || len > PX_FURNITURE_MAX_BYTES || strchr (".!?\"", text[len - 1]) != NULL)
    return FALSE;
  for (const char *p = text + 1; *p != '\0'; p++)
    if (p[-1] == ' ' && (p[0] == 'B' || p[0] == 'b') && p[1] == 'y' && p[2] == ' ')
      {
        by = p;
        break;
      }
  if (by == NULL)
    return FALSE;
  /* the headline: three words at least, no sentence ended in it */
  words_init (&w, text, by - text);
  if (w.n_words < 3)
    return FALSE;
  for (const char *p = text; p < by - 1; p++)
    if (strchr ("!?;", *p) != NULL || (*p == '.' && p[1] == ' ' && p + 2 < by && g_ascii_isupper (p[2])))
      return FALSE;
  if (strchr (".:,-|", by[-2]) != NULL)
    return FALSE;
  names = by + 3;
  /* the page's tools after the names: the line's last words, two at
   * least, every one a tool's
   */
  words_init (&w, names, strlen (names));
  for (guint i = w.n_words; i > 0 && in_list (w.words[i - 1], tool_words); i--)
    tools++;
  if (tools >= 2 && tools < w.n_words)
    {
      /* where the first tool word starts in @names: count words back */
      const char *p = names + strlen (names);
      guint seen = 0;

      while (p > names)
        {
          while (p > names && !is_word_byte ((guchar) p[-1]))
            p--;
          while (p > names && is_word_byte ((guchar) p[-1]))
            p--;
          if (++seen == tools)
            break;
        }
      names_end = p;
    }
  else if (dated)
    {
      /* or a date after a comma */
      const char *comma = strrchr (names, ',');
      Words stamp;

      if (comma != NULL)
        {
          words_init (&stamp, comma + 1, strlen (comma + 1));
          if (is_stamp (&stamp) && has_digit (comma + 1))
            names_end = comma;
        }
    }
  if (names_end == NULL)
    return FALSE;
  while (names_end > names && (names_end[-1] == ' ' || names_end[-1] == ','))
    names_end--;
  if (names_end == names || !g_unichar_isupper (g_utf8_get_char (names)))
    return FALSE;
  {
    g_autofree char *list = g_strndup (names, names_end - names);

    words_init (&w, list, strlen (list));
    if (w.n_words > PX_FURNITURE_HEAD_BYLINE_NAMES || !is_list_of_names (list))
      return FALSE;
  }
  *start = names - text;
  *end = names_end - text;
  return TRUE;
}

gboolean
_px_furniture_is_dated_entry (const char *text)
{
  const char *sep = NULL;
  const char *after = NULL;
  Words w;

  for (const char *p = text; *p != '\0' && p - text <= 40 && sep == NULL; p++)
    {
      /* the colon of "10:50" is the time's own */
      if (*p == ':' && !(p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1])))
        sep = p, after = p + 1;
      else if (p > text && p[0] == ' ' && p[1] == '-' && p[2] == ' ')
        sep = p, after = p + 3;
      else if (p > text && p[0] == ' ' && (g_str_has_prefix (p + 1, "\u2013 ") || g_str_has_prefix (p + 1, "\u2014 ")))
        sep = p, after = p + 5;
    }
  if (sep == NULL)
    return FALSE;
  words_init (&w, text, sep - text);
  if (!is_stamp (&w))
    return FALSE;
  /* an entry says what happened: a few words at least */
  words_init (&w, after, MIN (strlen (after), (gsize) PX_FURNITURE_MAX_BYTES));
  return w.n_words >= 3;
}

/* The line under an embedded post when the page gives its text without
 * the embed's markup: "— Jane Doe (@janedoe) November 19, 2025".
 */
static gboolean
is_post_signature (const char *text)
{
  if (!g_str_has_prefix (text, "\u2014") && !g_str_has_prefix (text, "\u2013") && !g_str_has_prefix (text, "- ")
      && !g_str_has_prefix (text, "-- "))
    return FALSE;
  return strstr (text, "(@") != NULL;
}

/* "Northshore News Staff", "Staff Reporter", "From Wire Services" */
static gboolean
is_staff_credit (const char  *text,
                 const Words *w)
{
  const char *last;

  if (w->n_words == 0 || w->n_words > 5 || !g_ascii_isupper (text[0]) || strchr (".!?", text[strlen (text) - 1]))
    return FALSE;
  last = w->words[w->n_words - 1];
  return strcmp (last, "staff") == 0
         || (w->n_words >= 2 && strcmp (last, "services") == 0
             && in_list (w->words[w->n_words - 2], (const char * const[]) { "wire", "news", NULL }))
         || (w->n_words >= 2 && strcmp (w->words[w->n_words - 2], "staff") == 0
             && in_list (last, (const char * const[]) { "writer", "writers", "reporter", "reporters", NULL }));
}

/* A time stamp with a name or a source beside it: "Associated Press -
 * January 2, 2008 7:33 AM ET", "Jane Doe 29 Dec, 2007", "Posted by jdoe
 * - Tuesday, January 08, 2008 12:40 PM". The other words are names
 * (capitalised) or a few of the stamp's own words; the stamp has a month
 * or a clock time and a number.
 */
static gboolean
is_named_stamp (const char  *text,
                const Words *w)
{
  guint others = 0;
  guint numbers = 0;
  gboolean month = FALSE;
  gsize len = strlen (text);

  if (w->n_words < 3 || w->n_words > 16 || (len > 0 && strchr ("!?", text[len - 1])))
    return FALSE;
  for (guint i = 0; i < w->n_words; i++)
    {
      const char *word = w->words[i];

      if (is_number (word) || is_ordinal (word))
        numbers++;
      else if (_px_calendar_month (word, strlen (word)) != 0)
        month = TRUE;
      else if (!in_list (word, stamp_words) && !is_calendar_word (word))
        {
          /* the same word as written on the page */
          const char *original = text + (word - w->buf);

          if (!g_ascii_isupper (*original) && !in_list (word, (const char * const[]) { "by", "from", "and", NULL }))
            return FALSE;
          others++;
        }
    }
  return month && numbers > 0 && others <= 5;
}

/* "Jane Doe is a reporter…", "Jane Doe covers…": the bio of the writer,
 * or of one of the writers ("Jane Doe and John Roe", "Jane Doe, John Roe
 * & Ann Poe").
 */
static gboolean
is_bio_of (const char *text,
           const char *name,
           gsize       n)
{
  if (n == 0 || memchr (name, ' ', n) == NULL)
    return FALSE;
  return g_ascii_strncasecmp (text, name, n) == 0 && text[n] == ' ' && text[n + 1] != '\0'
         && g_ascii_islower (text[n + 1]);
}

static gboolean
is_bio (const char *text,
        const char *byline)
{
  if (byline == NULL)
    return FALSE;
  /* the whole byline, or each name of a joint one */
  for (const char *name = byline, *p = byline;; p++)
    {
      gsize skip;

      if (g_str_has_prefix (p, " and "))
        skip = 5;
      else if (g_str_has_prefix (p, " & "))
        skip = 3;
      else if (g_str_has_prefix (p, ", "))
        skip = 2;
      else if (*p == '\0')
        skip = 0;
      else
        continue;
      if (is_bio_of (text, name, p - name))
        return TRUE;
      if (*p == '\0')
        return FALSE;
      name = p + skip;
      p += skip - 1;
    }
}

/* Two to four capitalised words from @text up to @end: a name. */
static gboolean
is_name_before (const char *text,
                const char *end)
{
  guint names = 0;

  for (const char *p = text; p < end; p++)
    if (p == text || p[-1] == ' ')
      {
        if (!g_ascii_isupper (*p))
          return FALSE;
        names++;
      }
  return names >= 2 && names <= 4;
}

/* The paragraphs a line is classified among, and the words they hold,
 * each with the first paragraph it is in: gathered once, when a line
 * first asks whether a name came before it (a page of a hundred
 * thousand such lines read every paragraph above each).
 */
typedef struct
{
  GPtrArray *paragraphs;
  GHashTable *first_in; /* word -> index of the first paragraph holding it, plus one; NULL until asked */
} Named;

/* Bytes of a word where a name is looked for: a name ends where a
 * letter or digit of ASCII does not follow ("Holt's" names Holt).
 */
static inline gboolean
is_name_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

static void
named_gather (Named *named)
{
  g_autoptr(GString) word = g_string_new (NULL);

  named->first_in = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < named->paragraphs->len; i++)
    for (const char *p = g_ptr_array_index (named->paragraphs, i); *p != '\0';)
      {
        const char *start;

        while (*p != '\0' && !is_name_byte (*p))
          p++;
        for (start = p; is_name_byte (*p); p++)
          ;
        if (p == start)
          continue;
        g_string_append_len (g_string_truncate (word, 0), start, p - start);
        if (!g_hash_table_contains (named->first_in, word->str))
          g_hash_table_insert (named->first_in, g_strdup (word->str), GUINT_TO_POINTER (i + 1));
      }
}

/* TRUE when the name that ends before @end (its last word) is named in
 * one of the @n_before paragraphs above: the note is about someone the
 * article is about ("Dr Jane Holt is a consultant at the hospital ..."
 * after she is quoted), not about its writer. A name of parts ("O'Neil",
 * "Smith-Jones") is named when each part is.
 */
static gboolean
named_before (const char *text,
              const char *end,
              Named      *named,
              guint       n_before)
{
  g_autoptr(GString) part = g_string_new (NULL);
  const char *start = end;
  gboolean any = FALSE;

  while (start > text && start[-1] != ' ')
    start--;
  if (end - start < 2)
    return FALSE;
  if (named->first_in == NULL)
    named_gather (named);
  for (const char *p = start; p < end;)
    {
      const char *from;
      guint first;

      while (p < end && !is_name_byte (*p))
        p++;
      for (from = p; p < end && is_name_byte (*p); p++)
        ;
      if (p == from)
        continue;
      g_string_append_len (g_string_truncate (part, 0), from, p - from);
      first = GPOINTER_TO_UINT (g_hash_table_lookup (named->first_in, part->str));
      if (first == 0 || first > n_before)
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* "Jane Doe is a writer based in Lisbon.", "John Roe is the paper's
 * political editor.": a note on who wrote the piece, at its end. In the
 * article's last lines (@foot) the role may come without an article ("Jane
 * Doe is executive editor of the Courier.") and the note may say what the
 * writer covers ("John Roe covers politics for the Courier.").
 */
static gboolean
is_writer_note (const char  *text,
                const Words *w,
                Named       *named,
                guint        index,
                gboolean     foot,
                gboolean     last_lines)
{
  /* what an outside contributor to the opinion pages is, in a note on
   * the last lines ("Jane Doe is national administrator of the Sikh Civic
   * Council.", "John Roe is a professor of law at Lakeview University."):
   * a role held at a body, not a role in the news (a mayor, a senator)
   */
  static const char * const affiliations[] = {
    "professor", "lecturer", "fellow", "scholar", "researcher", "scientist", "economist", "historian",
    "administrator", "director", "president", "founder", "co-founder", "cofounder", "chair", "chairman",
    "chairwoman", "chairperson", "ceo", "partner", "principal", "attorney", "lawyer", "physician",
    "analyst", "strategist", "consultant", "adviser", "advisor", "commentator", "pastor", "rabbi",
    "imam", "dean", "provost", "chancellor", "associate", "emeritus", NULL
  };
  static const char * const roles[] = {
    "writer", "journalist", "reporter", "correspondent", "columnist", "editor", "contributor",
    "freelance", "freelancer", "blogger", "author", "novelist", NULL
  };
  /* what a writer does for a paper, in a note at the foot */
  static const char * const beats[] = {
    " covers ", " writes about ", " writes for ", " reports on ", " reports for ", " reports from ",
    " has covered ", " has written for ", " has reported for ", NULL
  };
  const char *is = strstr (text, " is ");

  if (w->n_words > 30)
    return FALSE;
  if (foot)
    for (guint i = 0; beats[i] != NULL; i++)
      {
        const char *verb = strstr (text, beats[i]);

        /* ... for / at / with a paper, at the end */
        if (verb != NULL && verb - text <= 40 && is_name_before (text, verb)
            && (strstr (verb, " for ") != NULL || strstr (verb, " at ") != NULL || strstr (verb, " with ") != NULL))
          return TRUE;
      }
  if (is == NULL || is - text > 40 || !is_name_before (text, is))
    return FALSE;
  if (!g_str_has_prefix (is, " is a ") && !g_str_has_prefix (is, " is an ") && !g_str_has_prefix (is, " is the ")
      && !foot)
    return FALSE;
  /* the role comes early: "is executive editor of", "is a senior reporter at" */
  for (guint i = 0; i < w->n_words && i < 12; i++)
    if (in_list (w->words[i], roles))
      return TRUE;
  /* the note is one sentence that names the body the writer is with */
  if (last_lines && w->n_words <= 24 && (strstr (is, " of ") != NULL || strstr (is, " at ") != NULL))
    {
      /* a second sentence after it is the article's ("Jr." and "Dr." aside) */
      for (const char *stop = strpbrk (is, ".!?"); stop != NULL; stop = strpbrk (stop + 1, ".!?"))
        {
          const char *word = stop;

          while (word > is && word[-1] != ' ')
            word--;
          if (stop[1] == ' ' && g_ascii_isupper (stop[2]) && stop - word > 3)
            return FALSE;
        }
      if (named_before (text, is, named, index))
        return FALSE;
      for (guint i = 0; i < w->n_words && i < 10; i++)
        if (in_list (w->words[i], affiliations))
          return TRUE;
    }
  return FALSE;
}

static const char * const correction_phrases[] = {
  "an earlier version of this", "a previous version of this", "an earlier version of the story",
  "an earlier version of the article", "has been corrected", "has been amended to correct",
  "was corrected to", "incorrect", "misstated", "misidentified", "misspelled", "misspelt", NULL
};

/* Corrections, clarifications and editors' notes: the paper's own word on
 * the article, which a reader needs whatever else the line says.
 */
static gboolean
is_correction (const char *lower)
{
  static const char * const openings[] = {
    "correction:", "correction -", "correction \u2014", "correction (", "corrections:",
    "clarification:", "clarification -", "editor's note:", "editor\u2019s note:", "editor's note -",
    "editor's note \u2014", "editors' note:", "editors\u2019 note:", "note to readers:", NULL
  };

  return has_opening (lower, openings) || has_phrase (lower, correction_phrases);
}

/* The most words of an editors' note that is a notice, label included. */
#define PX_FURNITURE_NOTICE_WORDS 32

/* An editors' note that is a notice about the page rather than a word on
 * what it reports: the label alone ("Editor's note:"), or the label and
 * one sentence about the story itself ("Editor's note: This story was
 * updated at 4 p.m.", "... is part of a series on ...", "... has been
 * edited for length"). A note of more sentences, one that says something
 * of the event or its people ("(Editor's note: Ms. Okonjo knew of the
 * plan)"), and a correction, which the reader needs, are text.
 * @text and @lower start at the same character.
 */
static gboolean
is_editors_notice (const char *text,
                   const char *lower,
                   gboolean   *alone)
{
  static const char * const labels[] = {
    "editor's note", "editor\u2019s note", "editors' note", "editors\u2019 note", "editor note",
    "editors note", NULL
  };
  static const char * const about_the_page[] = {
    "this story", "this article", "this report", "this piece", "this post", "this column",
    "this interview", "this series", "this essay", "this transcript", "this page", "this version",
    "this video", "this episode", "first published", "originally published", "originally appeared",
    "first appeared", "was published", "has been updated", "was updated", "been edited",
    "edited for", "condensed", "part of a series", "part of an ongoing series", "views expressed",
    "opinions expressed", "reader discretion", "viewer discretion", NULL
  };
  gsize label = 0;
  gsize i;

  *alone = FALSE;
  for (guint k = 0; labels[k] != NULL && label == 0; k++)
    if (g_str_has_prefix (lower, labels[k]))
      label = strlen (labels[k]);
  if (label == 0)
    return FALSE;
  for (i = label; lower[i] == ' ' || lower[i] == ':' || lower[i] == '-' || lower[i] == '.';)
    i++;
  if (lower[i] == '\0')
    {
      *alone = TRUE;
      return TRUE;
    }
  if (g_ascii_isalnum (lower[label]) || has_phrase (lower, correction_phrases) || !has_phrase (lower, about_the_page))
    return FALSE;
  /* one sentence: no stop before a capital after the note's first word */
  for (const char *p = text + i; *p != '\0'; p++)
    if (strchr (".!?", *p) != NULL && p[1] == ' ' && (g_ascii_isupper (p[2]) || p[2] == '"'))
      return FALSE;
  return TRUE;
}

/* "This article originally appeared on ...", "A version of this story
 * appeared in print": where the piece was first published.
 */
static gboolean
is_origin_note (const char *lower)
{
  static const char * const openings[] = {
    "this article ", "this story ", "this post ", "this piece ", "this column ", "this report ",
    "this interview ", "this essay ", "a version of this ", "an earlier version appeared", NULL
  };
  static const char * const phrases[] = {
    "originally appeared", "originally published", "originally ran", "first appeared",
    "first published", "appeared in print", "appears in print", "republished", "reprinted",
    /* "This article appears in the March 2026 print edition with the headline ..." */
    "print edition", "print issue", "print magazine", "with the headline", "under the headline", NULL
  };

  return has_opening (lower, openings) && has_phrase (lower, phrases);
}

/* "Rose Parade: http://www.example.com/parade": a label and an address. */
static gboolean
is_address_line (const char  *text,
                 const Words *w)
{
  const char *last = strrchr (text, ' ');
  const char *colon = strchr (text, ':');

  last = last != NULL ? last + 1 : text;
  return w->n_words <= 12 && colon != NULL && colon < last
         && (starts_with_ci (last, "http://") || starts_with_ci (last, "https://") || starts_with_ci (last, "www."));
}

/* "Follow the Courier on Facebook and Instagram", "Follow @courier" */
static gboolean
is_follow_prompt (const char  *lower,
                  const Words *w)
{
  static const char * const networks[] = {
    "twitter", "facebook", "instagram", "x", "tiktok", "linkedin", "youtube", "threads", "bluesky",
    "mastodon", "snapchat", "whatsapp", "telegram", "social", NULL
  };

  if (w->n_words > 15)
    return FALSE;
  /* "Add Fox News on Google News", "Follow us on Google News" */
  if ((g_str_has_prefix (lower, "follow ") || g_str_has_prefix (lower, "add "))
      && strstr (lower, " on google news") != NULL)
    return TRUE;
  if (!g_str_has_prefix (lower, "follow "))
    return FALSE;
  /* "Follow AP's coverage of the election at https://..." */
  if (strchr (lower, '@') != NULL || strstr (lower, "http") != NULL || strstr (lower, "coverage") != NULL)
    return TRUE;
  for (guint i = 1; i < w->n_words; i++)
    if (in_list (w->words[i], networks) && i > 1 && strcmp (w->words[i - 1], "on") == 0)
      return TRUE;
  return FALSE;
}

/* "(3) The Long Harbour, Edith Marlowe, Kestrel Press, 2011": a note
 * citing a source, in a list of them at the end.
 */
static gboolean
is_reference (const char *text)
{
  const char *p = text;
  gboolean year = FALSE;

  if (*p != '(' && *p != '[')
    return FALSE;
  p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != ')' && *p != ']')
    return FALSE;
  if (strlen (text) > PX_FURNITURE_MAX_BYTES)
    return FALSE;
  for (p = text; *p != '\0' && !year; p++)
    year = (p[0] == '1' || p[0] == '2') && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])
           && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]) && (p == text || !g_ascii_isdigit (p[-1]));
  return year;
}

/* "Article Launched: 01/18/2008 04:23:16 AM PST", "Print Date : Monday":
 * a short label, a colon, a time stamp.
 */
static gboolean
is_labelled_stamp (const char *text)
{
  const char *colon = strchr (text, ':');
  Words label_words;
  Words rest;

  if (colon == NULL || colon - text > 30)
    return FALSE;
  words_init (&label_words, text, colon - text);
  words_init (&rest, colon + 1, strlen (colon + 1));
  return label_words.n_words > 0 && label_words.n_words <= 3 && is_stamp (&rest) && rest.n_words >= 2;
}

/* A clock time ("10:00", "05.51AM", "1:00pm", "9 a.m."), a date in
 * figures ("12/16/08", "2012.08.08", "2013-09-26") or a month's name
 * beside a number: what makes a line a time stamp rather than a few
 * words such as "Today" or "Last week".
 */
static gboolean
names_a_time (const char  *text,
              const Words *w)
{
  gboolean month = FALSE;
  gboolean number = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && (p[1] == ':' || p[1] == '/' || p[1] == '.' || p[1] == '-') && g_ascii_isdigit (p[2]))
      return TRUE;
  for (guint i = 0; i < w->n_words; i++)
    {
      const char *word = w->words[i];

      month |= _px_calendar_month (word, strlen (word)) != 0;
      number |= is_number (word) || (is_ordinal (word) && strpbrk (word, "sndrt") != NULL);
      /* "9pm", "9 am" */
      if (is_ordinal (word) && strpbrk (word, "ap") != NULL)
        return TRUE;
      if (i > 0 && is_number (w->words[i - 1]) && (strcmp (word, "am") == 0 || strcmp (word, "pm") == 0))
        return TRUE;
    }
  return month && number;
}

/* Every word a stamp's or a page tool's, with a date or a clock in it. */
static gboolean
is_stamp_with_tools (const char  *text,
                     const Words *w)
{
  gboolean tool = FALSE;

  for (guint i = 0; i < w->n_words; i++)
    {
      const char *word = w->words[i];

      if (is_number (word) || is_ordinal (word) || in_list (word, stamp_words) || is_calendar_word (word))
        continue;
      if (!in_list (word, tool_words))
        return FALSE;
      tool = TRUE;
    }
  return tool && names_a_time (text, w);
}

/* The label before a stamp's colon names a time ("Story Created:",
 * "Published time:", "Article Launched:"), not a happening ("End of
 * Watch:", "Election day:").
 */
static gboolean
labels_a_time (const char *text)
{
  static const char * const labels[] = {
    "published", "updated", "update", "posted", "created", "modified", "date", "dated", "time",
    "edited", "revised", "launched", "filed", "last", NULL
  };
  Words w;

  words_init (&w, text, strcspn (text, ":"));
  for (guint i = 0; i < w.n_words; i++)
    if (in_list (w.words[i], labels) || _px_metadata_stamp_label_translated (w.words[i], NULL))
      return TRUE;
  return FALSE;
}

PxHeadLine
_px_furniture_head_line (const char *text)
{
  Words w;
  gsize len = strlen (text);

  if (len == 0 || len > 160)
    return PX_HEAD_LINE_TEXT;
  words_init (&w, text, len);
  if (w.n_words == 0 || w.n_words > 20)
    return PX_HEAD_LINE_TEXT;
  /* "Tuesday, May 14, 2019", "Updated: October 3, 2018 18:22 IST",
   * "Story Created: Feb 9, 2017 at 8:14 AM AKDT"
   */
  if ((is_stamp (&w) || (is_labelled_stamp (text) && labels_a_time (text))) && names_a_time (text, &w))
    return PX_HEAD_LINE_STAMP;
  /* a dateline on a line of its own, the text's first words after it:
   * "PUNE, Oct 3 -", "TNN Oct 4, 2018, 06.12AM IST PUNE:"
   */
  if ((g_str_has_suffix (text, " -") || g_str_has_suffix (text, " \u2014") || g_str_has_suffix (text, " \u2013")
       || text[len - 1] == ':')
      && is_named_stamp (text, &w))
    return PX_HEAD_LINE_STAMP;
  if (w.n_words <= 14 && is_byline (text, &w))
    return PX_HEAD_LINE_BYLINE;
  return PX_HEAD_LINE_TEXT;
}

gboolean
_px_furniture_is_stamp_line (const char *text)
{
  Words w;
  g_autofree char *stamp = NULL;
  const char *by;
  gsize len = strlen (text);

  if (len == 0 || len > 160)
    return FALSE;
  /* "Posted on March 3, 2013 by Jane Doe": the name after the stamp */
  by = strstr (text, " by ");
  stamp = by != NULL && is_list_of_names (by + 4) && g_unichar_isupper (g_utf8_get_char (by + 4))
              ? g_strndup (text, by - text)
              : g_strdup (text);
  len = strlen (stamp);
  words_init (&w, stamp, len);
  if (w.n_words < 2 || w.n_words > 20)
    return FALSE;
  /* every word a stamp's, with a date or a clock in it; or a short
   * label naming a time, a colon and the stamp
   */
  if (is_stamp (&w) && names_a_time (stamp, &w))
    return TRUE;
  return is_labelled_stamp (stamp) && labels_a_time (stamp) && names_a_time (stamp, &w);
}

/* Notes the outlet prints about the page rather than the event: a wire's
 * revision tag, an opinion page's disclaimer, a call for donations or
 * for republishing, a gallery's label, the site's address on a line of
 * its own. Kept apart from classify()'s other rules, which are tuned on
 * L3S-GN1; these were written for the shapes of the four outlets'
 * pages and of nonprofit and magazine sites.
 */

/* "(Corrects name of the official in paragraph 5)", "(Updates with
 * minister's comment)", "(Adds detail, byline)": a wire story's revision
 * tag, the whole line in brackets and opening with what the editors did.
 */
static gboolean
is_revision_tag (const char  *text,
                 const Words *w)
{
  static const char * const verbs[] = {
    "corrects", "updates", "adds", "refiles", "recasts", "changes", "fixes", "removes", "clarifies",
    "rewrites", "repeats", "amends", "restores", "deletes", "inserts", "withdraws", "moves", "reissues",
    "writethru", "expands", NULL
  };
  gsize len = strlen (text);

  return len > 2 && text[0] == '(' && text[len - 1] == ')' && memchr (text + 1, ')', len - 2) == NULL
         && w->n_words >= 2 && w->n_words <= 30 && g_ascii_isupper (text[1]) && in_list (w->words[0], verbs);
}

/* "The views expressed by contributors are their own and not the view
 * of the paper.", "The statements, views and opinions expressed in this
 * column are solely those of the author ...": an opinion page's
 * disclaimer.
 */
static gboolean
is_opinion_disclaimer (const char  *lower,
                       const Words *w)
{
  static const char * const openings[] = {
    "the views", "the opinions", "the statements", "views expressed", "opinions expressed",
    "any views", "any opinions", "views and opinions", "opinions and views", "all views", "all opinions", NULL
  };
  static const char * const disowning[] = {
    "their own", "solely", "necessarily", "author's own", "author\u2019s own", "writer's own",
    "writer\u2019s own", "not the view", "not those of", "do not reflect", "does not reflect",
    "do not represent", "does not represent", "not endorsed", NULL
  };

  return w->n_words <= 45 && has_opening (lower, openings) && strstr (lower, "expressed") != NULL
         && has_phrase (lower, disowning);
}

/* "Support independent local journalism. Give now", "Republish this
 * story for free under a Creative Commons license.": the site asking for
 * money or offering its text.
 */
static gboolean
is_appeal (const char  *lower,
           const Words *w)
{
  static const char * const phrases[] = {
    "give now", "give today", "donate now", "donate today", "make a gift", "make a donation",
    "republish this", "republish our", "free to republish", "republishing guidelines", NULL
  };

  if (w->n_words > 25)
    return FALSE;
  if (g_str_has_prefix (lower, "support ") && w->n_words <= 12
      && (strstr (lower, "journalism") != NULL || strstr (lower, "newsroom") != NULL))
    return TRUE;
  return has_phrase (lower, phrases);
}

/* "Election Day in Springfield View Gallery (18 Photos)", "See the
 * gallery": the label of a gallery of pictures, no sentence.
 */
static gboolean
is_gallery_label (const char  *lower,
                  const Words *w)
{
  static const char * const endings[] = {
    "view gallery", "see gallery", "see the gallery", "view the gallery", "open gallery", "photo gallery",
    "view photos", "see photos", NULL
  };
  static const char * const counted[] = { "photos", "images", "pictures", "slides", "photographs", NULL };
  gsize len = strlen (lower);

  if (w->n_words == 0 || w->n_words > 12 || strchr (".!?", lower[len - 1]) != NULL)
    return FALSE;
  for (guint i = 0; endings[i] != NULL; i++)
    if (g_str_has_suffix (lower, endings[i]))
      return TRUE;
  /* "(18 Photos)" at the end */
  return lower[len - 1] == ')' && w->n_words >= 2 && in_list (w->words[w->n_words - 1], counted)
         && is_number (w->words[w->n_words - 2]);
}

/* What stands in for a social post or a video the page has not loaded:
 * "Allow X content?", "Skip twitter post by Jane Doe", "End of Instagram
 * post", "This video can not be played". The post itself, when the page
 * carries it, is kept as a quotation of its own (px-readable.c).
 */
static gboolean
is_embed_placeholder (const char  *lower,
                      const Words *w)
{
  static const char * const platforms[] = {
    "twitter", "x", "instagram", "facebook", "youtube", "tiktok", "bluesky", "threads", "reddit",
    "linkedin", "vimeo", "spotify", "soundcloud", "telegram", "mastodon", "pinterest", "google", NULL
  };
  static const char * const kinds[] = { "post", "content", "video", "tweet", NULL };
  gsize len = strlen (lower);
  guint at;

  if (w->n_words == 0 || w->n_words > 10)
    return FALSE;
  /* "Allow X content?", "Allow Instagram content?" */
  if (g_str_has_prefix (lower, "allow ") && g_str_has_suffix (lower, " content?") && w->n_words <= 6)
    return TRUE;
  if (strchr (".!?", lower[len - 1]) != NULL)
    return FALSE;
  /* "Skip twitter post by Jane Doe", "End of YouTube post": a platform's
   * name, then what it holds, then at most who posted it ("End of an era
   * for the post office" names none)
   */
  if (g_str_has_prefix (lower, "skip "))
    at = 1;
  else if (g_str_has_prefix (lower, "end of "))
    at = 2;
  else
    return FALSE;
  if (at + 1 >= w->n_words || !in_list (w->words[at], platforms) || !in_list (w->words[at + 1], kinds))
    return FALSE;
  return at + 2 == w->n_words || strcmp (w->words[at + 2], "by") == 0;
}

/* A label over a story's summary points ("Key Points", "Story
 * Highlights"), a video's card ("VIDEO 2:14 02:14 Title"), a prompt to
 * get the outlet's app ("Download the Harbour News app for breaking
 * news.").
 */
static gboolean
is_card_or_label (const char  *text,
                  const char  *lower,
                  const Words *w)
{
  static const char * const labels[] = {
    "key points", "key takeaways", "story highlights", "sponsor message", NULL
  };

  for (guint i = 0; labels[i] != NULL; i++)
    if (strcmp (lower, labels[i]) == 0)
      return TRUE;
  /* "Also on rt.com <headline>": a teaser of the outlet's own site */
  if (g_str_has_prefix (lower, "also on ") && w->n_words >= 3)
    {
      const char *site = lower + 8;
      const char *end = site + strcspn (site, " ");
      const char *dot = memchr (site, '.', end - site);

      if (dot != NULL && dot > site && dot + 1 < end && g_ascii_isalpha (dot[1]))
        return TRUE;
    }
  /* "video 2:14", "video 02:14" */
  if (g_str_has_prefix (lower, "video "))
    {
      const char *p = lower + 6;
      gsize digits = strspn (p, "0123456789");

      if (digits > 0 && digits <= 2 && p[digits] == ':' && strspn (p + digits + 1, "0123456789") == 2)
        return TRUE;
    }
  /* a credit that names someone: "Analysis by Jane Doe, Harbour Times",
   * "With assistance by John Roe" ("Analysis by the harbour office found
   * ..." is a sentence)
   */
  {
    static const char * const credits[] = {
      "analysis by ", "produced by ", "graphic by ", "graphics by ", "video by ", "with assistance by ",
      "(with assistance by ", "listing image by ", "lead image by ", "top image by ", "header image by ",
      "feature image by ", NULL
    };

    for (guint i = 0; credits[i] != NULL; i++)
      if (g_str_has_prefix (lower, credits[i]) && w->n_words <= 12)
        {
          const char *after = lower + strlen (credits[i]);

          /* the name as the page writes it: @lower is the end of @text
           * in lower case (a leading dash left out)
           */
          const char *original = text + (strlen (text) - strlen (lower)) + (after - lower);

          return (strchr (".!?", lower[strlen (lower) - 1]) == NULL || w->n_words <= 6)
                 && g_ascii_isupper (*original);
        }
  }
  if ((g_str_has_prefix (lower, "download the ") || g_str_has_prefix (lower, "get the ")) && w->n_words <= 16
      && in_list ("app", w->words) && !is_attributed (lower))
    return TRUE;
  return FALSE;
}

/* A prompt that asks the reader's consent before a third party's content
 * is shown, however long: two of its phrases in one paragraph.
 */
static gboolean
is_consent_prompt (const char *lower)
{
  static const char * const phrases[] = {
    "before anything is loaded", "accept and continue", "cookies and other technologies",
    "cookie policy", "privacy policy", "ask for your permission", "your consent",
    "third party content may contain",
    /* a consent platform's notice, in the site's voice to the reader's */
    "we and our partners", "our partners", "your device", "on a device", "your preferences",
    "your personal data", "legitimate interest", "personalised ads", "personalized ads",
    "personalised advertising", "personalized advertising", "personalised content",
    "personalized content", "precise geolocation", "your choices", "right to object", NULL
  };
  guint found = 0;

  /* most paragraphs have none: one read tells */
  if (!has_phrase (lower, phrases))
    return FALSE;
  for (guint i = 0; phrases[i] != NULL; i++)
    if (strstr (lower, phrases[i]) != NULL && ++found >= 2)
      return TRUE;
  return FALSE;
}

/* A site's legal notice in its own words, however long: a phrase of the
 * site's about itself ("this site", "the publisher") and one of the law's
 * ("without warranty", "without written permission", "is prohibited").
 * A report of a dispute over copying has the second kind, not the first.
 */
static gboolean
is_legal_notice (const char *lower)
{
  static const char * const site[] = {
    "this site", "this website", "this web site", "our site", "our website", "this material",
    "the publisher", "this publication", "this page", "these pages", "this content", NULL
  };
  static const char * const law[] = {
    "without warranty", "warranty of any kind", "warranties of any kind", "written permission",
    "prior written consent", "express permission", "may not be reproduced", "may not be copied",
    "may not be republished", "reproduction of any part", "in whole or in part", "is prohibited",
    "is strictly prohibited", "is forbidden", "provided as is", "provided \"as is\"",
    "for informational purposes only", "all rights reserved", NULL
  };
  return has_phrase (lower, site) && has_phrase (lower, law);
}

/* "TheHill.com", "Example.co.uk": a site's address alone on a line, the
 * label of an embed or a source.
 */
static gboolean
is_site_address (const char *text)
{
  const char *dot = strchr (text, '.');

  if (dot == NULL || dot == text || strpbrk (text, " /:@") != NULL)
    return FALSE;
  for (const char *p = text; p < dot; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  for (const char *p = dot; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p) && *p != '.')
      return FALSE;
  return g_ascii_isalpha (dot[1]);
}

/* "URL to article: http://www.example.com/news/story.html", "Permalink:
 * https://…": the page's own address printed under it (a print view's
 * footer), no sentence. A label of a few words naming the address ("url",
 * "permalink"), a colon, the address, nothing after it. An address alone
 * stays: news agencies end a story with the links it names ("On the Net:").
 */
#define PX_FURNITURE_URL_LABEL_WORDS 5

static gboolean
is_url_line (const char *text)
{
  const char *url = NULL;
  guint words = 0;

  for (const char *p = text; *p != '\0' && url == NULL; p++)
    if ((p == text || p[-1] == ' ')
        && (g_ascii_strncasecmp (p, "http://", 7) == 0 || g_ascii_strncasecmp (p, "https://", 8) == 0
            || g_ascii_strncasecmp (p, "www.", 4) == 0))
      url = p;
  if (url == NULL || url == text || strchr (url, ' ') != NULL || url - text < 2 || url[-2] != ':')
    return FALSE;
  for (const char *p = text; p < url; p++)
    if (*p != ' ' && (p == text || p[-1] == ' '))
      words++;
  if (words > PX_FURNITURE_URL_LABEL_WORDS)
    return FALSE;
  {
    g_autofree char *label = g_ascii_strdown (text, url - text);

    return strstr (label, "url") != NULL || strstr (label, "permalink") != NULL;
  }
}

/* "by Jane Doe - 11/05/25 2:15 PM ET Updated 11/05/25 3:48 PM ET": a
 * byline with its stamps after a separator, too long for is_byline().
 */
static gboolean
is_byline_with_stamps (const char *text)
{
  static const char * const separators[] = { " - ", " | ", " \u2014 ", " \u2013 ", NULL };
  Words stamp;

  if (!starts_with_ci (text, "by "))
    return FALSE;
  for (guint i = 0; separators[i] != NULL; i++)
    {
      const char *sep = strstr (text + 3, separators[i]);
      g_autofree char *names = NULL;
      const char *after;

      if (sep == NULL || sep - text > 80)
        continue;
      names = g_strndup (text + 3, sep - text - 3);
      if (!g_unichar_isupper (g_utf8_get_char (names)) || !is_list_of_names (names))
        continue;
      after = sep + strlen (separators[i]);
      words_init (&stamp, after, MIN (strlen (after), (gsize) PX_FURNITURE_MAX_BYTES));
      if (is_stamp (&stamp))
        return TRUE;
    }
  return FALSE;
}

/* The titles of a page's boxes that hold other things than the article:
 * a column of other stories' briefs ("In brief", "News in brief"), the
 * note about a blog or its writer ("About this blog", "About the
 * author"). The whole of a heading, perhaps with a colon. The notes
 * about the blog or the writer end an article wherever they stand after
 * its first half; "In brief" may head an explainer's own summary, so
 * only a box of its own beside the article is left out for it.
 */
static const char * const brief_labels[] = {
  "in brief", "news in brief", "briefly", "briefs", "news briefs", "brief news", NULL
};

static const char * const about_labels[] = {
  "about this blog", "about the blog", "about this site", "about the site", "about this column",
  "about the author", "about the authors", "about the writer", "about the columnist", "about the blogger",
  "about me", "about us", NULL
};

static gboolean
is_label_of (const char         *text,
             const char * const *labels)
{
  char lower[32];
  gsize len;

  while (*text == ' ')
    text++;
  len = strlen (text);
  while (len > 0 && strchr (": ", text[len - 1]) != NULL)
    len--;
  if (len == 0 || len >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    lower[i] = _px_ascii_tolower (text[i]);
  lower[len] = '\0';
  return g_strv_contains (labels, lower);
}

gboolean
_px_furniture_is_box_label (const char *text)
{
  return is_label_of (text, brief_labels) || is_label_of (text, about_labels);
}

/* TRUE when @text, the whole of a heading, heads readers' comments: a
 * count ("12 comments", "Comments (3)") or a label of six words at most
 * that opens a thread ("Your views", "Have your say", "Reader comments").
 */
gboolean
_px_furniture_is_thread_label (const char *text)
{
  g_autofree char *lower = NULL;
  Words w;
  gsize len;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  len = strlen (text);
  while (len > 0 && (g_ascii_isspace (text[len - 1]) || text[len - 1] == ':'))
    len--;
  if (len == 0 || len > 64)
    return FALSE;
  lower = g_ascii_strdown (text, len);
  words_init (&w, text, len);
  return (w.n_words <= 6 && is_comment_count_line (lower, NULL))
         || (w.n_words <= 6 && has_opening (lower, comment_openings) && !strchr (".!?", lower[len - 1]));
}

/* TRUE when @text, a heading, opens readers' comments: a thread's label
 * (_px_furniture_is_thread_label()), or a line of twelve words at most
 * that opens as one does, whatever follows ("Post a comment (150 word
 * limit) \u00bb").
 */
gboolean
_px_furniture_heads_thread (const char *text)
{
  g_autofree char *lower = NULL;
  Words w;
  gsize len;

  if (_px_furniture_is_thread_label (text))
    return TRUE;
  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  len = strlen (text);
  if (len == 0 || len > 96)
    return FALSE;
  lower = g_ascii_strdown (text, len);
  words_init (&w, text, len);
  return w.n_words <= 12 && has_opening (lower, comment_openings);
}

/* The labels the law and the advertisers' own rules ask of a paid box in
 * a page ("Advertisement", "Sponsored", "Ads by Google", "Promoted
 * stories", "Anzeige"), the whole of a line, perhaps with a colon.
 */
static const char * const ad_labels[] = {
  "ad", "ads", "advertisement", "advertisements", "advertising", "advertiser content",
  "sponsored", "sponsored links", "sponsored link", "sponsored content", "sponsored stories",
  "sponsored story", "sponsored post", "ads by google", "promoted", "promoted stories",
  "promoted links", "promoted content", "paid content", "paid post", "paid partnership",
  "partner content", "from our partners", "from our sponsors", "around the web",
  "from around the web", "anzeige", "werbung", "publicit\u00e9", "publicidad",
  "pubblicit\u00e0", "publicidade", "advertentie", "reklama", "\u0440\u0435\u043a\u043b\u0430\u043c\u0430", NULL
};

gboolean
_px_furniture_is_ad_label (const char *text)
{
  return is_label_of (text, ad_labels);
}

gboolean
_px_furniture_is_tool_line (const char *text)
{
  Words w;
  gsize len = strlen (text);

  if (len == 0 || len > PX_FURNITURE_MAX_BYTES)
    return FALSE;
  words_init (&w, text, len);
  return w.n_words > 0 && all_words_in (&w, tool_words);
}

/* A line of names set apart by bullets, with no stop at its end: topics
 * ("All About Osama bin Laden \u2022 Al Qaeda \u2022 Afghanistan"). A line
 * that opens with a bullet is a list of points, which may be the
 * article's (a player's match in figures: "\u2022 Scored the opening goal
 * \u2022 Completed 84 per cent of her passes").
 */
#define PX_FURNITURE_BULLET_ITEMS 2

static gboolean
is_bullet_line (const char *text)
{
  static const char * const bullets[] = { "\u2022", "\u00b7", NULL };
  gsize len = strlen (text);
  guint items = 0;

  if (len == 0 || strchr (".!?\"", text[len - 1]) != NULL)
    return FALSE;
  for (guint b = 0; bullets[b] != NULL; b++)
    {
      if (g_str_has_prefix (text, bullets[b]))
        return FALSE;
      for (const char *p = strstr (text, bullets[b]); p != NULL; p = strstr (p + 1, bullets[b]))
        if (p > text && p[-1] == ' ' && p[strlen (bullets[b])] == ' ')
          items++;
    }
  return items >= PX_FURNITURE_BULLET_ITEMS;
}

/* "1 of 12", "1of12", "Image 3 of 12": a gallery's counter. */
static gboolean
is_gallery_counter (const char *text)
{
  const char *p = text;
  gsize digits;

  if (g_ascii_strncasecmp (p, "image ", 6) == 0 || g_ascii_strncasecmp (p, "photo ", 6) == 0)
    p += 6;
  if ((digits = strspn (p, "0123456789")) == 0)
    return FALSE;
  p += digits;
  while (*p == ' ')
    p++;
  if (g_ascii_strncasecmp (p, "of", 2) != 0)
    return FALSE;
  p += 2;
  while (*p == ' ')
    p++;
  return strspn (p, "0123456789") > 0 && p[strspn (p, "0123456789")] == '\0';
}

/* "Associated Press writer Jane Doe in Lisbon contributed.", "Reuters
 * reporters Jane Doe and John Roe contributed.": a writer's role among
 * the first words, then only names, places and the words that join them
 * before "contributed." ("A former reporter at the paper said many
 * failures contributed." is a sentence of the report).
 */
#define PX_FURNITURE_CONTRIBUTOR_WORDS 20

static gboolean
is_contributor_note (const char *text)
{
  static const char * const roles[] = {
    "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "journalist",
    "journalists", NULL
  };
  static const char * const joins[] = { "and", "in", "from", NULL };
  g_auto(GStrv) words = NULL;
  guint n, role;

  if (!g_str_has_suffix (text, " contributed."))
    return FALSE;
  words = g_strsplit (text, " ", PX_FURNITURE_CONTRIBUTOR_WORDS + 2);
  n = g_strv_length (words);
  if (n > PX_FURNITURE_CONTRIBUTOR_WORDS)
    return FALSE;
  for (role = 0; role + 1 < n && role < 6; role++)
    {
      g_autofree char *lower = g_ascii_strdown (words[role], -1);

      if (g_strv_contains (roles, lower))
        break;
    }
  if (role + 1 >= n || role == 6)
    return FALSE;
  for (guint i = role + 1; i + 1 < n; i++)
    if (!g_ascii_isupper (words[i][0]) && !g_strv_contains (joins, words[i]))
      return FALSE;
  return role + 2 < n;
}

/* The notes above, as one answer for classify(). */
static gboolean
is_page_note (const char  *text,
              const char  *lower,
              const Words *w)
{
  return is_revision_tag (text, w) || is_opinion_disclaimer (lower, w) || is_appeal (lower, w)
         || is_gallery_label (lower, w) || is_site_address (text) || is_url_line (text)
         || is_embed_placeholder (lower, w)
         || is_card_or_label (text, lower, w);
}

static Line
classify (const char *text,
          const char *byline,
          Named      *named,
          guint       index,
          gboolean    head,
          gboolean    first_half,
          gboolean    foot,
          gboolean    last_lines)
{
  Words w;
  Line line = LINE_TEXT;
  gsize lead_skipped;
  gboolean alone;
  gboolean tool_count = FALSE;
  gsize names_start, names_end;

  char lower[PX_FURNITURE_MAX_BYTES + 1];
  gsize len = strlen (text);

  /* well over PX_FURNITURE_MAX_WORDS words: running text */
  if (len > PX_FURNITURE_MAX_BYTES)
    return LINE_TEXT;
  /* a dash or a bullet before a line is no part of what it says
   * ("— Reporting by Jane Doe", "• Read more")
   */
  {
    gsize skip = 0;
    gsize j = 0;

    for (;;)
      {
        if (text[skip] == ' ' || text[skip] == '-' || text[skip] == '*')
          skip++;
        else if (g_str_has_prefix (text + skip, "\u2014") || g_str_has_prefix (text + skip, "\u2013")
                 || g_str_has_prefix (text + skip, "\u2022"))
          skip += 3;
        else
          break;
      }
    if (text[skip] == '\0')
      skip = 0;
    for (gsize i = skip; i <= len; i++)
      lower[j++] = _px_ascii_tolower (text[i]);
    lead_skipped = skip;
  }
  words_init (&w, text, len);

  if (w.n_words == 0)
    line = LINE_FURNITURE;
  /* a copyright notice, however many trademarks it lists */
  else if (has_opening (lower, copyright_openings) && strstr (lower, "all rights reserved") != NULL)
    line = LINE_FURNITURE;
  /* the writer's bio runs longer than other furniture ("Jane Doe has
   * covered economics since 2012. Previously, she ...")
   */
  else if (!first_half && is_bio (text, byline))
    line = LINE_FURNITURE;
  /* a prompt for consent before an embedded post is shown */
  else if (is_consent_prompt (lower))
    line = LINE_FURNITURE;
  /* a site's legal notice under a short story */
  else if (is_legal_notice (lower))
    line = LINE_FURNITURE;
  else if (w.n_words <= PX_FURNITURE_MAX_WORDS)
    {
      if (is_page_note (text, lower, &w))
        line = LINE_FURNITURE;
      else if (is_byline_with_stamps (text))
        line = LINE_BYLINE;
      /* (the tools' shape anywhere in the first half: a post that quotes
       * a report pasted with its head; a date, only above the text)
       */
      else if ((head || first_half) && is_headline_byline (text, head, &names_start, &names_end))
        line = LINE_BYLINE;
      /* an editors' note that is a notice, at the article's head or foot
       * (the label alone anywhere)
       */
      else if (w.n_words <= PX_FURNITURE_NOTICE_WORDS && is_editors_notice (text + lead_skipped, lower, &alone)
               && (alone || head || last_lines))
        line = LINE_FURNITURE;
      else if (is_correction (lower))
        line = LINE_TEXT;
      else if (is_stamp (&w) || is_labelled_stamp (text))
        line = LINE_STAMP;
      /* a stamp beside the page's tools: "January 7, 2008 4:30 PM |
       * Printable version", "Dec 28, 2007 - Email this - Comments (3)"
       */
      else if (w.n_words <= 16 && is_stamp_with_tools (text, &w))
        line = LINE_STAMP;
      else if (is_byline (text, &w))
        line = LINE_BYLINE;
      else if (is_named_stamp (text, &w))
        line = LINE_STAMP;
      /* a post's signature that is no byline ("Posted by jane_d - Tuesday,
       * January 8, 2008 12:40 PM"): above the text it is furniture, after
       * it readers' posts follow
       */
      else if (w.n_words <= 16 && starts_with_ci (text, "posted by") && has_digit (text))
        line = LINE_COMMENTS;
      /* "Posted by admin": a user's name, no byline */
      else if (w.n_words <= 6 && starts_with_ci (text, "posted by") && !strchr (".!?", text[len - 1]))
        line = LINE_FURNITURE;
      /* (a sentence that reports what was said is none: "Reader comments
       * on the plan were mostly negative, the council said.")
       */
      else if (w.n_words <= 24 && has_opening (lower, comment_openings) && !has_digit (text)
               && !(is_attributed (lower) && is_reported_sentence (text, &w, 0)))
        line = LINE_COMMENTS;
      else if (w.n_words <= 6 && is_comment_count_line (lower, &tool_count))
        line = tool_count ? LINE_FURNITURE : LINE_COMMENTS;
      else if (w.n_words <= 6 && has_opening (lower, source_openings))
        line = LINE_FURNITURE;
      else if (w.n_words <= 8 && has_opening (lower, list_openings) && !strchr (".!?", text[len - 1]))
        line = LINE_LIST;
      else if ((has_opening (lower, furniture_openings) && !opens_reported_sentence (text + lead_skipped, lower, &w))
               || (has_opening (lower, furniture_openings_of_sentences) && !is_sentence_of_report (text, &w)))
        line = LINE_FURNITURE;
      else if (w.n_words <= 8 && has_opening (lower, label_openings) && !strchr (".!?\"", text[len - 1]))
        line = LINE_FURNITURE;
      else if (is_source_credit (text, &w) || is_staff_credit (text, &w) || is_post_signature (text))
        line = LINE_FURNITURE;
      else if (all_words_in (&w, tool_words) || is_bullet_line (text) || is_gallery_counter (text))
        line = LINE_FURNITURE;
      else if (has_phrase (lower, notice_phrases) || has_email (text)
               || (has_phrase (lower, notice_phrases_in_reports) && !is_attributed (lower)
                   && !is_reported_sentence (text, &w, 0)))
        line = LINE_FURNITURE;
      else if (is_origin_note (lower) || is_follow_prompt (lower, &w))
        line = LINE_FURNITURE;
      else if (is_address_line (text, &w))
        line = LINE_FURNITURE;
      /* "Coastline Courier \u00a9 2025": a copyright line in a few words */
      else if (w.n_words <= 10 && strstr (text, "\u00a9") != NULL)
        line = LINE_FURNITURE;
      /* "(c) Indo-Asian News Service": the holder's name alone after the
       * mark (a list's third item, "(c) the owner's consent", is no name)
       */
      else if (w.n_words <= 6 && g_str_has_prefix (lower + lead_skipped, "(c) ")
               && g_unichar_isupper (g_utf8_get_char_validated (text + lead_skipped + 4, -1))
               && !strchr (".!?;:", text[len - 1]) && is_list_of_names (text + lead_skipped + 4))
        line = LINE_FURNITURE;
      /* "Contact Jane Doe at 555-0100." */
      else if (w.n_words <= 12 && g_str_has_prefix (lower, "contact ") && (has_digit (text) || strchr (text, '@') != NULL)
               && (g_ascii_isupper (text[lead_skipped + 8]) || g_str_has_prefix (lower, "contact us")
                   || g_str_has_prefix (lower, "contact this ") || g_str_has_prefix (lower, "contact the reporter")
                   || g_str_has_prefix (lower, "contact the writer") || g_str_has_prefix (lower, "contact the author")))
        line = LINE_FURNITURE;
      /* "\u2014 Jane Doe": a signature under a letter or a column */
      else if (lead_skipped > 0 && w.n_words <= 5 && !strchr (".!?", text[len - 1])
               && is_list_of_names (text + lead_skipped))
        line = LINE_FURNITURE;
      else if (ends_in_credit (lower))
        line = LINE_FURNITURE;
      else if (is_contributor_note (text))
        line = LINE_FURNITURE;
      else if (!first_half && is_writer_note (text, &w, named, index, foot, last_lines))
        line = LINE_FURNITURE;
      /* "With Jane Doe and John Roe": who helped write the piece */
      else if (!first_half && w.n_words <= 12 && starts_with_ci (text, "with ")
               && !strchr (".!?", text[len - 1]) && is_list_of_names (text + 5))
        line = LINE_FURNITURE;
      /* "About Coverity", "About BET Networks": the company's own notes
       * after a release; "About the survey" heads more of the article
       */
      else if (!first_half && w.n_words <= 6 && starts_with_ci (text, "about ") && !strchr (".!?", text[strlen (text) - 1])
               && g_unichar_isupper (g_utf8_get_char_validated (text + 6, -1)))
        line = LINE_TRAILER;
    }

  /* the note about the blog or its writer after the article */
  if (line == LINE_TEXT && !first_half && is_label_of (text, about_labels))
    line = LINE_TRAILER;

  /* the end of a press release: "###", "-30-", "# # #" */
  if (line == LINE_TEXT || line == LINE_FURNITURE)
    {
      if (strspn (text, "#-*_ ") == strlen (text) && strchr (text, '#') != NULL)
        line = LINE_TRAILER;
      else if (strcmp (text, "-30-") == 0 || strcmp (text, "- 30 -") == 0)
        line = LINE_TRAILER;
    }

  return line;
}

static gboolean
says_updated (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean update = FALSE;

      if (g_ascii_strncasecmp (p, "updat", 5) == 0
          || ((p == text || !g_ascii_isalpha (p[-1]))
              && (g_ascii_strncasecmp (p, "edited", 6) == 0 || g_ascii_strncasecmp (p, "revised", 7) == 0)))
        return TRUE;
      /* "Aktualisiert am", "Stand:", "Обновлено", "Оновлено" */
      if ((p == text || p[-1] == ' ') && _px_metadata_stamp_label_translated (p, &update) && update)
        return TRUE;
    }
  return FALSE;
}

/* A line in a list of other stories' headlines: short, and not a
 * sentence of the article (those end in a full stop).
 */
static gboolean
is_headline_like (const char *text)
{
  gsize len = strlen (text);
  guint words = 1;

  if (len == 0 || len > 120 || strchr (".!:;\"\u201d", text[len - 1]) != NULL
      || g_str_has_suffix (text, "\u201d") || g_str_has_suffix (text, "\u2019"))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ')
      words++;
  return words <= 14;
}

/* A line of a menu: a word or three with no punctuation ("Football",
 * "Rugby Union", "Other Sport").
 */
static gboolean
is_menu_item (const char *text)
{
  guint words = 1;

  if (*text == '\0' || strlen (text) > 40)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        words++;
      else if (strchr (".,;:!?()\"", *p) != NULL)
        return FALSE;
    }
  return words <= 3;
}

/* Below this much text before it, a line that opens comments is only a
 * tool of the page, not the end of the article.
 */
#define PX_FURNITURE_TEXT_BEFORE_COMMENTS 500
/* A paragraph this long is running text, not a teaser or a promotion. */
#define PX_FURNITURE_RUNNING_TEXT 200
/* The most stamp lines read above the text ("Last Edited: ..." over
 * "Created: ..."): a page of thousands is read no further, and each one
 * read lengthens the head that the next is appended to.
 */
#define PX_FURNITURE_HEAD_STAMPS 8
/* This many sentences of this many bytes below a list of other stories
 * are the article going on after a box of links inside it (one or two are
 * the promotions that follow such a list at the article's end).
 */
#define PX_FURNITURE_SENTENCE 80
#define PX_FURNITURE_SENTENCES_GO_ON 3
#define PX_FURNITURE_STORY_LINE 40 /* a sentence of the story's own last lines has this many bytes */
/* This many menu lines in a row are a menu. */
#define PX_FURNITURE_MENU_RUN 4
#define PX_FURNITURE_TEASER_RUN 2
#define PX_FURNITURE_REFERENCE_RUN 2

/* A sentence of the article that ends by announcing a list: a few words
 * and a colon ("The four clubs relegated are:"), not a label ("Related:").
 */
#define PX_FURNITURE_ANNOUNCING_WORDS 4

static gboolean
announces_list (const char *text)
{
  gsize len = strlen (text);
  guint words = 1;

  if (len == 0 || text[len - 1] != ':')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    words += *p == ' ';
  return words >= PX_FURNITURE_ANNOUNCING_WORDS;
}

/* Marks as furniture every run of at least @min text lines that @test
 * says yes to; when @announced, not a run right after a sentence that
 * announces a list (announces_list()).
 */
static void
mark_runs (GPtrArray *paragraphs,
           Line      *lines,
           gboolean (*test) (const char *text),
           guint      min,
           gboolean   announced)
{
  for (guint i = 0; i < paragraphs->len;)
    {
      guint end = i;

      /* the list a sentence of the article announces ("The clubs relegated
       * are:") is the article's, however menu-like its lines
       */
      if (announced && i > 0 && lines[i - 1] == LINE_TEXT && announces_list (g_ptr_array_index (paragraphs, i - 1)))
        {
          while (i < paragraphs->len && test (g_ptr_array_index (paragraphs, i)))
            i++;
          if (i == end)
            i++;
          continue;
        }

      /* a line already known for furniture of another kind may be in the run */
      while (end < paragraphs->len
             && (lines[end] == LINE_TEXT || lines[end] == LINE_FURNITURE || lines[end] == LINE_STAMP)
             && test (g_ptr_array_index (paragraphs, end)))
        end++;
      if (end - i >= min)
        for (guint k = i; k < end; k++)
          if (lines[k] == LINE_TEXT)
            lines[k] = LINE_FURNITURE;
      i = MAX (end, i + 1);
    }
}

/* A label or a credit, not a sentence: a few words, each starting
 * with a capital or a sign ("Agence France-Presse", "NFL PLAYOFFS",
 * "Express News Service", "LONDON —"), no stop at the end; names may be
 * joined by "and", "of", "the" when @joined ("Jane Doe and John Roe,
 * Canwest News Service"; a headline in capitals has them too).
 */
static gboolean
is_label (const char *text,
          gboolean    joined)
{
  static const char * const joins[] = { "and", "of", "the", "for", "at", "in", "de", "van", "von", NULL };
  g_auto(GStrv) words = NULL;
  guint n = 0;
  gboolean letters = FALSE;
  gunichar last;

  if (*text == '\0')
    return FALSE;
  /* words counted before the text is split: a paragraph of 15 MB is no
   * label, and splitting it cost a string a word
   */
  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ' && ++n >= PX_FURNITURE_LABEL_WORDS)
      return FALSE;
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));
  if (g_unichar_ispunct (last) && last != 0x2014 && last != '-')
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const char *p = words[i];
      gunichar c;

      /* an ideographic space is no part of a word */
      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      c = g_utf8_get_char (p);
      /* a word opens with a capital or a sign; a script without
       * capitals (Chinese, Japanese, Arabic...) gives no sign of a name
       */
      if (g_unichar_isalpha (c) && !g_unichar_isupper (c)
          && (!joined || i == 0 || !g_strv_contains (joins, words[i])))
        return FALSE;
      for (; *p != '\0'; p = g_utf8_next_char (p))
        letters |= g_unichar_isalpha (g_utf8_get_char (p));
    }
  return letters;
}

/* A paragraph of the article's running text: a sentence with its stop,
 * or long. What stands above the first of them is the article's head
 * (headline, kicker, credits, stamps), what stands below the last its
 * foot (credits, signatures).
 */
static gboolean
is_running_text (const char *text)
{
  gsize len = strlen (text);

  return len > PX_FURNITURE_RUNNING_TEXT
         || (len > 0 && (strchr (".!?\"", text[len - 1]) != NULL || g_str_has_suffix (text, "\u201d")));
}

/* The article's last this many lines, and those after its last long
 * paragraph, are its foot, where notes on the writer stand.
 */
#define PX_FURNITURE_FOOT_LINES 3

/* At most this many lines above the first sentence are the head, and
 * this many labels at the end the foot.
 */
#define PX_FURNITURE_HEAD_LINES 4

/* Labels (is_label()) in the head or the foot of an article of some
 * length: a section's name or a headline left above the text, the
 * writers' and the agencies' credits above it or below it ("Jason Roe,
 * The Province", "THE CANADIAN PRESS").
 */
static void
drop_end_labels (GPtrArray *paragraphs)
{
  for (guint i = 0; i < PX_FURNITURE_HEAD_LINES && paragraphs->len >= PX_FURNITURE_LABEL_MIN_PARAGRAPHS
                    && is_label (g_ptr_array_index (paragraphs, paragraphs->len - 1), TRUE); i++)
    g_ptr_array_remove_index (paragraphs, paragraphs->len - 1);
  for (guint i = 0, removed = 0; i + removed < PX_FURNITURE_HEAD_LINES && i < paragraphs->len
                                 && paragraphs->len >= PX_FURNITURE_LABEL_MIN_PARAGRAPHS;)
    {
      const char *text = g_ptr_array_index (paragraphs, i);

      if (is_running_text (text))
        break;
      /* the first line that is not a label in capitals may be the
       * headline, which has "in", "of" and "and" as credits do (and is
       * taken for the title when the page names none): below it, a label
       * may have them too
       */
      if (is_label (text, i > 0))
        {
          g_ptr_array_remove_index (paragraphs, i);
          removed++;
        }
      else
        i++;
    }
}

/* A wire dateline opening @text: a place, perhaps a date, and an
 * agency in brackets, then a colon or a dash ("New Delhi, Jan 15 (ANI):",
 * "WASHINGTON (AP) -", "LONDON, May 2 (Reuters) —").
 */
static gboolean
opens_with_dateline (const char *text)
{
  static const char * const agencies[] = {
    "ap", "afp", "reuters", "ani", "pti", "ians", "uni", "upi", "dpa", "efe", "ansa", "xinhua",
    "bernama", "kyodo", "yonhap", "aap", "cp", "nzpa", "pa", "sapa", "irna", "wam", "spa", "mena",
    "cna", "apa", "bna", "kuna", "petra", "qna", "ina", "trend", "tass", "itar-tass", "ria",
    "interfax", "anadolu", "aa", "ips", "cnn", "bbc", "agencies", NULL
  };
  const char *open = NULL;
  const char *close;
  const char *p;
  guint words = 1;
  char agency[16];
  gsize len;

  if (!g_ascii_isupper (text[0]))
    return FALSE;
  for (p = text; *p != '\0' && p - text <= 60; p++)
    {
      if (*p == '(')
        {
          open = p;
          break;
        }
      if (*p == ' ')
        words++;
      /* a sentence before any bracket is no dateline */
      if (strchr (":;!?\")", *p) != NULL || words > 8)
        return FALSE;
    }
  if (open == NULL || open == text || open[-1] != ' ')
    return FALSE;
  close = strchr (open, ')');
  if (close == NULL || (len = close - open - 1) < 2 || len >= sizeof agency)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    agency[i] = g_ascii_tolower (open[1 + i]);
  agency[len] = '\0';
  if (!g_strv_contains (agencies, agency))
    return FALSE;
  p = close + 1;
  while (*p == ' ')
    p++;
  return *p == ':' || *p == '-' || g_str_has_prefix (p, "\u2014") || g_str_has_prefix (p, "\u2013");
}

/* Two wire datelines after the article's first paragraph open other
 * stories: a page that lays out the article and then the next wire
 * stories, each under its own dateline, in one cell. A dateline opens a
 * story once; the article ends where the second story starts.
 */
#define PX_FURNITURE_OTHER_STORIES 2

static guint
other_stories_start (GPtrArray *paragraphs)
{
  guint first = 0;
  guint count = 0;
  gsize bytes = strlen (g_ptr_array_index (paragraphs, 0));

  for (guint i = 1; i < paragraphs->len; i++)
    {
      const char *text = g_ptr_array_index (paragraphs, i);

      if (bytes >= PX_FURNITURE_TEXT_BEFORE_COMMENTS && opens_with_dateline (text) && count++ == 0)
        first = i;
      bytes += strlen (text);
    }
  return count >= PX_FURNITURE_OTHER_STORIES ? first : paragraphs->len;
}

/* A post embedded from a social network that the page gives as a
 * paragraph of plain text, its signature run into it ("The wall must be
 * fixed. pic.twitter.com/AbC123 \u2014 Ann Lewis (@annlewis) January 3,
 * 2020"): the post's words as a quotation, without the signature or the
 * links to its picture, in a new string; NULL for any other paragraph.
 * The signature is a dash, a name, the account in brackets and the date,
 * at the paragraph's end.
 */
#define PX_FURNITURE_SIGNATURE_NAME 80
/* the longest post read so (a paragraph longer is a report's) */
#define PX_FURNITURE_POST_BYTES 4096

static char *
post_without_signature (const char *text)
{
  const char *account;
  const char *close;
  const char *dash = NULL;
  g_autoptr(GString) post = NULL;
  Words stamp;
  gsize len = strlen (text);

  /* the account is within the signature, near the end */
  if (len > PX_FURNITURE_POST_BYTES + PX_FURNITURE_MAX_BYTES)
    return NULL;
  account = g_strrstr (text, "(@");
  if (account == NULL || account == text || (close = strchr (account, ')')) == NULL)
    return NULL;
  /* the date after the account, the paragraph's last words */
  close++;
  if (strlen (close) > PX_FURNITURE_MAX_BYTES || !has_digit (close))
    return NULL;
  words_init (&stamp, close, strlen (close));
  if (!is_stamp (&stamp))
    return NULL;
  /* the dash before the name */
  for (const char *p = account - 1; p > text && account - p <= PX_FURNITURE_SIGNATURE_NAME; p--)
    if (p[-1] == ' ' && (g_str_has_prefix (p, "\u2014 ") || g_str_has_prefix (p, "\u2013 ")
                         || g_str_has_prefix (p, "- ") || g_str_has_prefix (p, "-- ")))
      {
        dash = p - 1;
        break;
      }
  if (dash == NULL || dash == text || dash - text > PX_FURNITURE_POST_BYTES)
    return NULL;
  /* the post's words, without its links to pictures and short links */
  post = g_string_new (NULL);
  {
    g_autofree char *head = g_strndup (text, dash - text);
    g_auto(GStrv) words = g_strsplit (head, " ", -1);

    for (guint i = 0; words[i] != NULL; i++)
      {
        if (words[i][0] == '\0' || g_str_has_prefix (words[i], "pic.twitter.com/")
            || g_str_has_prefix (words[i], "https://t.co/") || g_str_has_prefix (words[i], "http://t.co/"))
          continue;
        if (post->len > 0)
          g_string_append_c (post, ' ');
        g_string_append (post, words[i]);
      }
  }
  /* three words at least: a post, not a label over the signature */
  words_init (&stamp, post->str, MIN (post->len, (gsize) PX_FURNITURE_MAX_BYTES));
  if (stamp.n_words < 3)
    return NULL;
  if (!g_str_has_prefix (post->str, "\u201c") && post->str[0] != '"')
    {
      g_string_prepend (post, "\u201c");
      g_string_append (post, "\u201d");
    }
  return g_string_free (g_steal_pointer (&post), FALSE);
}

/* A paragraph's tail after its last sentence that is nothing but the
 * words of a page's tools ("... the bridge reopened at noon. E-mail to a
 * friend"): share and print links the page sets at the end of the text
 * and the text runs into. Cut off, with the space before it.
 */
#define PX_FURNITURE_TOOL_TAIL_WORDS 2

static void
cut_tool_tail (char *text)
{
  gsize len = strlen (text);
  char *tail = NULL;
  Words w;

  for (char *p = text + len; p > text; p--)
    if (strchr (".!?\"", p[-1]) != NULL || (p - text >= 3 && strncmp (p - 3, "\u201d", 3) == 0))
      {
        tail = p;
        break;
      }
  /* a date or a count after a stop ("Dec. 17, 2007") is no tool */
  if (tail == NULL || *tail != ' ' || (gsize) (text + len - tail) > PX_FURNITURE_MAX_BYTES || has_digit (tail))
    return;
  words_init (&w, tail, text + len - tail);
  if (w.n_words >= PX_FURNITURE_TOOL_TAIL_WORDS && all_words_in (&w, tool_words))
    *tail = '\0';
}

/* A box of dated entries written after the article (px-readable.c's
 * find_timeline()), with its heading and short lines among them: where
 * it starts, or the number of paragraphs. The article's head and foot
 * are judged without it.
 */
#define PX_FURNITURE_TIMELINE_ENTRIES 3
#define PX_FURNITURE_TIMELINE_OTHER 60

static guint
timeline_start (GPtrArray *paragraphs)
{
  guint entries = 0;
  guint start = paragraphs->len;

  for (guint i = paragraphs->len; i > 0; i--)
    {
      const char *text = g_ptr_array_index (paragraphs, i - 1);

      if (_px_furniture_is_dated_entry (text))
        entries++;
      else if (strlen (text) > PX_FURNITURE_TIMELINE_OTHER)
        break;
      start = i - 1;
    }
  return entries >= PX_FURNITURE_TIMELINE_ENTRIES ? start : paragraphs->len;
}

/* TRUE when the lines from @from to the end, or to the next list of
 * other stories, are the story's own sentences: a sentence first, then
 * sentences or lines already known for furniture, no headline among them
 * (a teaser in the story, "RELATED: ...", before its last two short
 * paragraphs, is no list of other stories; the list after them is).
 */
static gboolean
story_goes_on (GPtrArray  *paragraphs,
               const Line *lines,
               guint       from)
{
  if (from >= paragraphs->len || lines[from] != LINE_TEXT)
    return FALSE;
  for (guint k = from; k < paragraphs->len && lines[k] != LINE_LIST; k++)
    {
      const char *text = g_ptr_array_index (paragraphs, k);
      gsize len = strlen (text);

      if (lines[k] == LINE_TEXT
          && (len < PX_FURNITURE_STORY_LINE || strchr (".!?\"", text[len - 1]) == NULL)
          && !g_str_has_suffix (text, "\u201d"))
        return FALSE;
    }
  return TRUE;
}

void
_px_furniture_filter (GPtrArray   *paragraphs,
                      const char  *byline,
                      char       **byline_out,
                      char       **stamp_out,
                      char       **head_out)
{
  guint kept = 0;
  guint n = paragraphs->len;
  gboolean trailer = FALSE;
  gboolean in_list = FALSE;
  gsize kept_bytes = 0;
  guint head_stamps = 0;
  guint update_stamps = 0;
  guint first_long = G_MAXUINT;
  guint last_long = 0;
  guint last_prose = 0;
  g_autofree guint *sentences_below = g_new (guint, n + 1);
  g_autofree Line *lines = g_new (Line, n + 1);
  guint n_article = timeline_start (paragraphs);
  Named named = { paragraphs, NULL };

  for (guint i = 0; i < n_article; i++)
    {
      const char *text = g_ptr_array_index (paragraphs, i);
      gsize len = strlen (text);

      if (len > PX_FURNITURE_RUNNING_TEXT)
        {
          first_long = MIN (first_long, i);
          last_long = i;
        }
      /* the article's last sentence: numbered notes after it ("(2) Thanks
       * to ...") are its foot
       */
      if (len >= PX_FURNITURE_SENTENCE && strchr (".!?\"", text[len - 1]) != NULL
          && !((text[0] == '(' || text[0] == '[') && g_ascii_isdigit (text[1])))
        last_prose = i;
    }
  /* the sentences below each line, counted from the end */
  sentences_below[n] = 0;
  for (guint i = n; i > 0; i--)
    {
      const char *text = g_ptr_array_index (paragraphs, i - 1);

      sentences_below[i - 1] = sentences_below[i] + (strlen (text) >= PX_FURNITURE_SENTENCE && is_running_text (text));
    }

  for (guint i = 0; i < n; i++)
    {
      const char *text = g_ptr_array_index (paragraphs, i);

      if (i < n_article)
        lines[i] = classify (text, byline, &named, i, i <= first_long, i < n_article / 2,
                             i > last_long || i + PX_FURNITURE_FOOT_LINES >= n_article,
                             i + PX_FURNITURE_FOOT_LINES >= n_article || i >= last_prose);
      else
        lines[i] = classify (text, byline, &named, i, FALSE, FALSE, TRUE, TRUE);
    }
  g_clear_pointer (&named.first_in, g_hash_table_unref);

  if (n > 0)
    {
      guint other = other_stories_start (paragraphs);

      if (other < n)
        lines[other] = LINE_TRAILER;
    }
  mark_runs (paragraphs, lines, is_menu_item, PX_FURNITURE_MENU_RUN, TRUE);
  mark_runs (paragraphs, lines, is_truncated_teaser, PX_FURNITURE_TEASER_RUN, FALSE);
  mark_runs (paragraphs, lines, is_reference, PX_FURNITURE_REFERENCE_RUN, FALSE);

  for (guint i = 0; i < n; i++)
    {
      char *text = g_ptr_array_index (paragraphs, i);
      Line line = trailer ? LINE_TRAILER : lines[i];

      if (line == LINE_COMMENTS)
        line = kept_bytes >= PX_FURNITURE_TEXT_BEFORE_COMMENTS ? LINE_TRAILER : LINE_FURNITURE;
      /* a list of other stories after the article, with nothing but
       * short lines below it, ends the article: what follows is teasers
       * and promotions (a list inside the article has text after it:
       * long paragraphs, or several sentences)
       */
      if (line == LINE_LIST && kept_bytes >= PX_FURNITURE_TEXT_BEFORE_COMMENTS && i >= last_long
          && sentences_below[i] < PX_FURNITURE_SENTENCES_GO_ON && !story_goes_on (paragraphs, lines, i + 1))
        line = LINE_TRAILER;
      if (line == LINE_LIST)
        in_list = TRUE;
      else if (in_list && line == LINE_TEXT && is_headline_like (text))
        line = LINE_FURNITURE;
      else
        in_list = FALSE;

      switch (line)
        {
        case LINE_TEXT:
          {
            char *post = post_without_signature (text);

            if (post != NULL)
              {
                g_free (text);
                text = post;
              }
          }
          cut_tool_tail (text);
          paragraphs->pdata[kept++] = text;
          kept_bytes += strlen (text);
          continue;
        case LINE_BYLINE:
          {
            gsize start, end;

            /* "Headline By Jane Doe Print E-mail": the names are the
             * byline, a date after them the head's stamp; the headline
             * where the text starts stays, for the headline's rules to
             * read, and goes elsewhere
             */
            if (!starts_with_ci (text, "by ") && is_headline_byline (text, TRUE, &start, &end))
              {
                if (byline_out != NULL && *byline_out == NULL)
                  *byline_out = g_strndup (text + start, end - start);
                if (text[end] != '\0' && head_out != NULL && *head_out == NULL && kept == 0)
                  *head_out = g_strdup (text + end);
                if (kept == 0)
                  {
                    text[start - 4] = '\0';
                    paragraphs->pdata[kept++] = text;
                    continue;
                  }
                break;
              }
          }
          if (byline_out != NULL && *byline_out == NULL)
            {
              const char *by = after_by (text);
              const char *on = strstr (by, " on ");

              /* "Posted by Jane Doe on May 12, 2025" */
              *byline_out = g_strndup (by, on != NULL ? (gsize) (on - by) : strlen (by));
            }
          break;
        case LINE_STAMP:
          /* every update stamp of the article's first part, a line each:
           * the latest is the update
           */
          if (stamp_out != NULL && says_updated (text))
            {
              if (*stamp_out == NULL)
                *stamp_out = g_strdup (text);
              else if (kept_bytes < PX_FURNITURE_TEXT_BEFORE_COMMENTS && update_stamps < PX_FURNITURE_HEAD_STAMPS)
                {
                  char *more = g_strconcat (*stamp_out, "\n", text, NULL);

                  g_free (*stamp_out);
                  *stamp_out = more;
                  update_stamps++;
                }
            }
          /* "Posted on March 3, 2013 by Jane Doe" */
          if (byline_out != NULL && *byline_out == NULL && strstr (text, " by ") != NULL
              && _px_furniture_is_stamp_line (text))
            *byline_out = g_strdup (strstr (text, " by ") + 4);
          break;
        case LINE_TRAILER:
          trailer = TRUE;
          break;
        case LINE_FURNITURE:
        case LINE_LIST:
        case LINE_COMMENTS:
        default:
          break;
        }
      /* the article's head: its first stamp or byline, for the dates it
       * gives; a post's signature above the text is one ("Posted by
       * jane_d on July 9, 2025 at 2:29 PM")
       */
      if ((line == LINE_STAMP || line == LINE_BYLINE || (lines[i] == LINE_COMMENTS && kept == 0))
          && head_out != NULL && *head_out == NULL && kept_bytes < PX_FURNITURE_TEXT_BEFORE_COMMENTS)
        *head_out = g_steal_pointer (&text);
      /* and the stamps after it above the text, a line each ("Last
       * Edited: ..." over "Created: ...")
       */
      else if (line == LINE_STAMP && head_out != NULL && *head_out != NULL && kept == 0
               && head_stamps < PX_FURNITURE_HEAD_STAMPS)
        {
          char *more = g_strconcat (*head_out, "\n", text, NULL);

          g_free (*head_out);
          *head_out = more;
          head_stamps++;
        }
      g_free (text);
    }
  for (guint i = kept; i < n; i++)
    paragraphs->pdata[i] = NULL;
  g_ptr_array_set_size (paragraphs, kept);
  drop_end_labels (paragraphs);
}
