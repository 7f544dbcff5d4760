/* test-extract.c: article extraction from HTML
 *
 * Fixture pages in tests/fixtures/extract were written for these tests,
 * shaped like the pages of the outlets Parallax is used on and like common
 * CMS layouts. Each NAME.html has a NAME.expected.json with the exact body
 * paragraphs, the metadata, and boilerplate strings that must not be in
 * the text.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include <json-glib/json-glib.h>
#include <libxml/HTMLtree.h>

#include "px-extract.h"
#include "px-fetch.h"
#include "px-input.h"
#include "px-source.h"
#include "px-test-timing.h"
#include "px-calendar-private.h"
#include "px-html-private.h"
#include "px-metadata-private.h"
#include "px-readable-private.h"

static const char * const fixtures[] = {
  "rt-article", "reuters-article", "bbc-article", "thehill-article", "wordpress-post",
  "br-separated", "ad-split", "graph-only", "thehill-hovercards", "express-teasers",
  "hearst-updated", "press-release", "blog-comments", "site-furniture", "comment-thread", "table-brief", "tabloid-article", "comments-first",
  "portal-title", "agency-first-title", "short-headline-site", "link-row-tools", "site-name-title", "wire-brief", "data-table", "wire-credit", "plain-headline", "summary-line",
  "bbc-sport-2008", "portal-sections-title", "fan-site-comments", "blog-signature", "inline-lead", "rt-short-summary", "promo-tail", "logo-h1", "stamped-headline",
  "print-copy", "wire-cell", "section-ids", "results-table", "joint-byline", "unclosed-quote", "credit-lines", "headline-line", "related-lines", "share-tail", "link-list",
  "signup-prompts", "blogger-footer", "wordpress-footer", "newsroom-widgets", "jetpack-post", "key-dates-box",
  "oped-contributors", "related-box", "standfirst-sibling", "standfirst-above", "caption-above", "header-standfirst",
  "card-wrapper", "video-teasers", "syndicated-notes", "liveblog-posts", "byline-desk", "byline-stamp", "thehill-dated-byline",
  "ndtv-article", "wire-release", "header-classes", "lead-picture", "buttons-bio", "rt-shown-date", "wire-dateline",
  "bbc-points-list", "bbc-live-edited", "newsletter-headings", "thehill-video-updated", "wire-table-caption",
  "report-phrases", "announced-list",
  /* pages whose article the block scoring alone misses or cuts short */
  "br-only-body", "table-cells-body", "font-span-soup", "teaser-article", "related-articles",
  "one-line-paragraphs", "bare-sections", "malformed-body", "jsonld-only-body", "jsonld-longer-body",
  "jsonld-other-body", "next-data-body", "initial-state-body", "noscript-body", "teaser-column", "split-columns", "story-list-items",
  /* a story wrapped in an <aside> or hidden until a script shows it: read when nothing else is */
  "story-in-aside", "story-hidden-until-script",
  /* ... and never over a short story found without them */
  "short-story-aside",
  /* a story kept as plain text in a <pre> beside a column of summaries */
  "plain-text-story",
  /* a story wrapped whole in an <a> (a named anchor, a link to itself) */
  "story-in-anchor",
  /* boxes of other things beside a short post: briefs, the blog's note */
  "brief-column", "blog-about-box",
  /* outlets' furniture of 2025: screen-reader captions, share lines, promotions, embedded posts */
  "bbc-media-caption", "rt-share-line", "reuters-promo-lines", "thehill-embed-tweet", "regional-inline-promos",
  "social-embeds",
  /* a British page's date in figures, day first */
  "figure-date-uk",
  /* a German, a Russian and a Ukrainian page's date on a line of its own
   * under the headline, nothing naming it a date in the markup; a
   * sentence of the text with a date in it stays */
  "date-line-de", "date-line-ru", "date-line-uk",
  /* bylines in elements no class names as bylines */
  "wire-testid-byline", "headed-by-line", "stated-update", "desk-title-byline", "figure-date-spelling", "ad-slot-sentence",
  /* "Updated 3 hours ago" as metadata, counted from a saved copy's date */
  "relative-stamps",
  /* an old page's story in one <li>, in one <dd>, in a read-only <textarea> */
  "story-in-list-item", "story-in-definition", "story-in-textarea",
  /* Reuters' 2008 layout saved without its address: the headline in an <h4>,
   * a "timestamp" line under it, no <h1>, the outlet named by the <title>'s host */
  "reuters-2008-article",
  /* the outlets' layouts of other years: BBC's story-body of 2017, RT's 2016
   * page with its "Edited time" stamp, Reuters' 2018 page with a relative update */
  "bbc-2017-article", "rt-2016-article", "reuters-2018-article",
  /* an old sports site's headline with its stamp under it in one cell, the <title> the site's */
  "cell-headline-stamp",
  /* issue 12's walk through L3S-GN1's development pages: a wire's paragraphs
   * set apart by one <BR> each; a date named under a headline in a <div>
   * beside a sidebar's <h1>s ("Article Launched: ..."); a dateline in an
   * element named "Dateline", no byline; "Last Edited:" and "Created:"
   * rows and a "By" line between the headline and the body; a wire's date
   * line under its credit
   */
  "br-paragraphs", "launched-date", "dateline-class", "stamps-above-body", "wire-date-line", "stamps-between",
  /* a <meta> title that ran into a style sheet's name, a <title> left open
   * into the next tag: the <h1>
   */
  "broken-meta-title", "broken-title-tag",
  /* issue 12's recall: sentences of the report that open with a furniture
   * line's word ("Advertisement revenue ...", "Reporting by the Courier
   * ...", "Newsletter subscriptions ..."); a site's logo in an <h1> before
   * a shorter headline; a story in an <iframe srcdoc>
   */
  "report-word-openings", "logo-h1-longer", "story-in-srcdoc",
  /* the standfirst under the headline in the box of the lead picture
   * (headline, standfirst, picture and caption in one <div>) */
  "standfirst-picture-head",
  /* a date in figures that reads either way ("03/04/2008") alone in a
   * short block under the headline: read in the order the page's other
   * dates prove (readers' comments "14/04/2008", "04/14/2008"), unread
   * where nothing on the page tells the order
   */
  "figure-date-page-order", "figure-date-page-order-us", "figure-date-no-order",
  /* the last line about someone the article quoted ("Dr Holt is a
   * consultant at the hospital ..."), no note on its writer */
  "subject-note-last-line",
  /* a local station's page of 2008 (seen in the real-story walk): the
   * zone by its name ("4:05 pm US/Eastern") and a relative stamp after
   * the wire writer's title in the byline
   */
  "station-zone-name",
  /* issue 12's recall: a report's sentence opening with a furniture
   * line's word whose only verb is an irregular past tense that is also a
   * verb of its own ("Advertisement revenue ... fell 14 per cent ...",
   * "... felt", "... found")
   */
  "report-irregular-past",
  /* a local station's page of 2008's shape: the section's name in the
   * <h1>, the date in a list named as the date header above the <h2>
   * headline, an e-mail pop-up hidden with its own heading, and a <meta>
   * author that is the station group its copyright names ("Crestline")
   */
  "station-date-header",
  /* the story's last paragraphs set in its footer block, over the tags,
   * the copyright notice and the share tools (<div class=story-footer>)
   */
  "story-footer-last",
  /* an old portal's page without a <title>: the headline in a cell named
   * "title", a byline in a <div class=headline> and tool links named
   * "titlelink" ("Email To Friend") nearer the text, neither a headline
   */
  "portal-title-links",
  /* the BBC's shape of 2025: a social post the page has not loaded ("Skip
   * twitter post by ...", "Allow X content?", the consent prompt, "End of
   * twitter post by ...") and a video it cannot play
   */
  "bbc-embed-consent",
  /* Reuters' shape of 2025: a joint byline, the first writer's bio after
   * the sign-off, a gallery's "Item 3 of 3" and its licensing link in
   * the body, the newsletter prompt between paragraphs
   */
  "reuters-joint-bio",
  /* The Hill's shape of 2025: the syndication trailer of its owner's
   * stations ("For the latest news, weather, sports, and streaming
   * video, head to The Hill.") after the copyright notice
   */
  "thehill-nexstar-trailer",
  /* RT's op-ed of 2025: the writer described after the name ("By Jane
   * Doe, a political analyst ..."), a "Read more" card in the text, the
   * column's disclaimer as its last paragraph
   */
  "rt-oped-disclaimer",
  /* a story page of 2020's shape with every box a news site sets in its
   * article: a video.js player whose controls and captions dialog write
   * their labels as text, with the video's title and line beside it; a
   * related card, a newsletter box, a contents list, a caption, topics,
   * the writer's box, most read and comments
   */
  "player-labels-box",
  /* short stories, where the body is chosen on little text: the lead in a
   * box of its own above a body of two lines; beside a column of other
   * stories' paragraphs, each ending in a "more" link; over a box of
   * other stories, each a lone headline link and its summary
   */
  "short-story-lead-box",
  "short-story-more-column",
  "short-story-link-teasers",
  /* a page that loads the next story under the first, in an <article>
   * of its own with its own <h1>, and longer than the first
   */
  "next-story-loaded",
  /* ... and the next story three times as long as the first, which wins
   * the choice of the body: the <article> of the page's headline is the
   * article
   */
  "next-story-longer",
  /* The Hill's brief: under 500 characters of text, so read again with
   * fewer rules, which finds the same paragraphs with the newsletter box
   * and the ads around them: their lines are furniture as lines
   */
  "thehill-short-brief",
  /* a short post in <div>s over a longer thread of comments written as
   * <article>s: the retry with fewer rules must not take the thread in
   */
  "story-over-comment-articles",
  /* a code listing's comments (<span class="hljs-comment">) after prose:
   * a span named "comment" is no discussion
   */
  "code-comment-spans",
  /* the story only in a <template> a script clones into an empty shell */
  "template-shell-story",
  /* the story only in the JSON-LD's articleBody, under 500 characters,
   * behind a shell whose only text is "Loading…"
   */
  "json-ld-loading-shell",
  /* a <nav> and a <figcaption> left open: the parser nests the story in
   * them, read in the last attempt, as <aside> and <footer> are (no
   * article text before)
   */
  "story-in-open-nav",
  "story-in-open-figcaption",
  /* an <svg> and a <video> left open before the story's paragraphs: read
   * in the last attempt (no article text before), the footer the <video>
   * swallowed too left out by the other rules
   */
  "story-after-open-svg",
  "story-in-open-video",
  /* an <svg> and a <figcaption> left open in the middle of the story:
   * three paragraphs of their own are the rest of it, read in every
   * attempt (the first half alone before; the open caption's own line is
   * kept with them)
   */
  "story-rest-in-open-svg",
  "story-rest-in-open-figcaption",
  /* the rest of a story hidden behind a "Continue reading" button: a
   * hidden block after the shown paragraphs, beside the button or named
   * as the rest, is read (the first paragraphs alone before); a hidden
   * copy of the shown text is not read twice; a hidden sign-up box (a
   * form) and a hidden dialog beside the story stay out
   */
  "story-rest-behind-button",
  "story-rest-in-hidden-child",
  "story-hidden-full-copy",
  "story-hidden-signup-beside",
  /* a shown teaser of two paragraphs and the whole story hidden beside it
   * behind "Read full story": the hidden copy is read, the teaser is not
   * read twice (the teaser alone before)
   */
  "story-teaser-hidden-whole",
  /* a brief of one or two paragraphs over a box about its writer, with no
   * byline on the page: a box headed "About the writer", and one named as
   * the byline ("author-card") whose first paragraph opens as a bio ("Ines
   * Mallory is a reporter covering..."), are not the story (both were
   * read with the brief)
   */
  "brief-over-writer-box",
  "brief-author-card-bio",
  /* an <aside> left open after the story's second paragraph holds the
   * rest (the first two alone before); a box headed "What the ban covers"
   * at the end of a story, closed, is still not read (its heading)
   */
  "story-rest-in-open-aside",
  "story-headed-aside-last",
  /* a brief of five short paragraphs, two shown over a paywall prompt and
   * all five in the JSON-LD articleBody (350 characters): the copy holds
   * what is shown and is read (under 500 characters it was not before)
   */
  "brief-jsonld-behind-paywall",
  /* a consent platform's notice, longer than the short story under it, in
   * <div>s named for nothing: its paragraphs are furniture as lines
   */
  "consent-notice-over-story",
  /* an opinion piece's body named "commentary-text" after a standfirst of
   * 200 characters: no readers' comments after the article
   */
  "opinion-commentary-body",
  /* an opinion piece's body in a block named "commento-testo" (paragraphs
   * of its own) after a standfirst of 200 characters: a story's body, not
   * a thread of comments (the standfirst alone with that rule off)
   */
  "opinion-body-named-comment",
  /* the outlets' layouts of 2019-2022 not covered above: Reuters'
   * StandardArticleBody with its "Reporting by ...; Editing by ..." trailer
   * and "Our Standards" line, The Hill's first WordPress layout with hover
   * cards, a Hill.TV box and the Nexstar line, RT's with "READ MORE:" links
   */
  /* the fail-safe: a story's body in a block named as a byline ("author")
   * whose first paragraph is short was taken for the byline, and the body
   * found was the standfirst alone (102 characters beside a run of prose of
   * 2,000): the run's paragraphs stand in for it
   */
  "story-body-named-author",
  "reuters-2019-article",
  "thehill-2022-article",
  "rt-2020-article",
  /* whole pages lost to another block (issue 12, extract5): a brief over
   * a feed of other stories whose headlines each have a stamp above them
   * ("12 min ago"); a story split by single boxes of other stories (a
   * linked headline and a summary); a thread of readers' comments under
   * class names that say nothing, each with a "Reply" button; a frame
   * set's <noframes> page; a print view's "URL to article:" line and its
   * "Headline - Print - Outlet" title
   */
  /* readers' comments whose class names say nothing, each signed with
   * its writer and a linked stamp ("Posted by: Morag | Jan 10, 2008 4:49
   * PM"), under a blog's short post; a live page's updates all signed by
   * one writer stay the story, not a thread
   */
  "post-over-signed-comments", "updates-signed-alike",
  /* the body chosen by structure (extract14): a short story under a
   * gallery of five pictures whose captions are each a paragraph, under
   * class names that say nothing (the captions were the article); a
   * story's last paragraphs three wrappers deeper than its first, beside a
   * picture (they were left out)
   */
  "gallery-over-short-story", "story-rest-wrapped",
  /* pictures in a story under class names that say nothing (extract15):
   * two captions, each in a box of its own after its picture and in no
   * paragraph, are not the story (both were read as paragraphs); a
   * picture beside the lead paragraph in its box, and pictures at the
   * start of two of a run of the story's alike blocks, leave every
   * paragraph in
   */
  "story-caption-boxes", "story-pictures-in-paragraphs", "caption-alt-short-story", "picture-alt-headline-lead",
  /* a short story in a layout table beside a longer box about the paper,
   * under a <title> that names the site's section and not the story
   * (extract17): the page's description repeats the story's lead, which
   * tells the story from the box (the box was the article)
   */
  "story-lead-in-description",
  /* a story whose paragraphs are <div>s, not <p>s (extract18): its last,
   * whose link to a department's page is a fifth of its text, after a
   * box of pictures, is a paragraph as a <p> would be (it was cleaned
   * away as a box of links)
   */
  "story-paragraphs-in-divs",
  /* a story whose paragraphs are <div>s (extract19): its short lines, a
   * subheading in capitals, a question of four words, a court exchange
   * of lines of two to four (each was cleaned away as a box of under 25
   * bytes) and a sentence naming its man in a link (cleaned away as a box
   * of links), are paragraphs as <p>s would be
   */
  "story-short-lines-in-divs",
  /* a timeline of dated <div> entries in the column beside a story
   * (extract19) is the story's, as one of <p> entries is (only <p>s and
   * list items were counted as its entries)
   */
  "timeline-in-divs",
  /* a story of three short paragraphs in a <font> of a layout table's
   * cell, under a box holding a label of three words and two commas and
   * no sentence (extract20): the label's box was the article, for its
   * <div> and its commas
   */
  "short-story-label-box",
  /* a short story in three boxes of classes of their own, empty slots
   * between them, in a layout table's cell (extract20): the second and
   * third parts, each under the floor a long story's parts are gathered
   * by, are the story's; a box headed "From the archive" beside them is
   * not
   */
  "story-split-unnamed-parts",
  /* a short story written as lines between empty <p>s ("text<p><center>"
   * of old pages) in a layout table's cell, under a <title> naming the
   * site alone: its lines are paragraphs as lines between <br><br> are
   * (as one run it scored under the copyright notice's row, and the page
   * gave no text)
   */
  "short-story-p-breaks",
  /* a short story the page's description opens, after a sidebar set
   * between it and the headline: the sidebar's one-line box ("Sorry, no
   * blogs are open on this topic."), nearer the headline, was the text
   */
  "short-story-after-sidebar",
  /* a story split over boxes of classes of their own, each written as
   * lines without a <p>: the second and third boxes, half as strong as
   * the first and each a paragraph of prose, are the story's
   */
  "story-split-boxes-lines",
  /* a headline in the story's table over its time stamp on a line of its
   * own, on a page with no <title>: the headline is its first line, not
   * the stamp with it
   */
  "headline-over-stamp-cell",
  /* a box of other stories beside a short one, each a link of two words
   * over a summary cut short ("... and the ..."): the summaries are no
   * paragraphs of the article (the box outscored it, a link of three
   * words or more marked them before)
   */
  "teasers-cut-leads",
  /* a short story over a table of readers' comments, under a <title>
   * naming the site: the rules for posting, under the heading "Post a
   * comment (150 word limit)", are the thread's, not the article
   */
  "short-story-comment-rules",
  /* a story that sets each paragraph in a box of its own, an empty
   * advertisement's slot among them: a paragraph with links to earlier
   * reports (a fifth of its text) is the story's, not a box of links
   */
  "story-boxed-linked-paragraph",
  /* the same boxes beside the headline's box, a box of linked summaries
   * before it: the short paragraphs are the story's next, as the <p>s they
   * wrap would be
   */
  "story-boxed-under-header",
  "story-over-latest-feed", "story-split-by-promo-box", "story-over-unnamed-comments", "story-over-named-comments", "brief-over-counted-thread", "brief-views-in-block", "rt-2026-live-stamps", "reuters-2026-summary-card", "thehill-2026-rail", "bbc-2026-media-rails", "story-blocks-same-label", "talkback-count-above-body", "title-section-tail", "blog-linked-h1-title",
  "frameset-noframes", "print-view-url-footer",
  /* the outlets' pages of 2024-2025 saved with their <title> and body
   * alone (no <meta>, no JSON-LD): RT's date above its headline and its
   * section after the letters in the <title> ("RT Russia & Former Soviet
   * Union"); Reuters' <time> with no datetime, its date in its text
   */
  "rt-2024-saved-body", "reuters-2025-time-text",
  /* The Hill's layout of 2025 with no JSON-LD: a joint byline and its ET
   * stamp in "submitted-by", a picture's credit, the Nexstar line, tags
   */
  "thehill-2025-article",
  /* a layout table whose menu links sit in one cell spanning the story's
   * rows, beside a headline cell ending in a stop: the menu is no part
   * of the headline's row ("News Sports Weather Letters | Ferry ..."
   * was the first paragraph before)
   */
  "menu-cell-rows",
  /* a short story written as a list of sentences, over a "More" box
   * whose list of links runs to sentences of headlines: a brief's retries
   * (no class names stripped) read the links as more of it, and won
   */
  "story-list-over-link-list",
  /* readers' comments with no control, vote, report link or "comment"
   * name, under a heading that counts them ("8 comments") or asks for
   * them ("Your views", in the story's own block): the heading ends the
   * article, as "Reader comments" does
   */
  "thread-count-heading", "thread-your-views",
  /* a story written in custom elements ("<story-paragraph>", a rail of
   * "<rail-item>"s beside it): each is a block, so the paragraphs stay
   * apart and the rail out (one line of story and rail before, the
   * byline in it); a custom element in running text stays inline
   */
  "story-in-custom-elements",
  /* a brief of three paragraphs with an advertiser's box in it (its
   * "Advertisement" label, a sentence of copy, a link) and a box of text
   * ads under "Sponsored links": paid boxes under their label are left
   * out in every attempt (the three ads' copy was read with the brief
   * before); a part of a story under an "ADVERTISEMENT" label, two
   * paragraphs of its own, is still read
   */
  "brief-beside-paid-boxes",
  "story-part-under-ad-label",
  /* a brief of two paragraphs in the block the page marks as the
   * article's body (itemprop="articleBody"), beside a longer block of
   * prose under "From the archive": the attempts a brief's length allows
   * and the fail-safe's largest run leave the marked body for it no more
   * (the archive's six paragraphs were read, with the brief's second)
   */
  "brief-marked-article-body",
  /* readers' comments in <div class="entry">s (a name that says
   * "article"), each with the writer's line and a vote count ("Recommended
   * by 8 people") or a "Report abuse" link, under a story: a thread of
   * such comments after the article's first paragraphs is no part of it,
   * in a wrapper that holds both ("<div id=main>": the thread's opening
   * line and first comment read with a four-paragraph story before), and
   * a comment's own lines give the thread no points (a brief of two
   * paragraphs: the thread beside it was the article in a retry)
   */
  "story-over-recommended-comments",
  "story-over-reported-comments",
  /* a blog's post over a thread written as a list of terms, each comment
   * a <dd> under its writer's "Marta said..." <dt>, with no name that says
   * comments: the thread's paragraphs score nothing and the list is a
   * thread (the ten comments were read with the post before)
   */
  "blog-thread-said",
  /* issue 12, the line that runs a headline into its byline on a 2008
   * portal: the page's tools after the names ("... By MARTA LINDQVIST
   * AND OWEN PRICE Print Subscribe E-mail Toolbar"), or a date ("... by
   * Dana Whitfield, 30 December 2007"): the headline is the title, the
   * names the byline, the date the publication's
   */
  "headline-byline-tools", "headline-byline-date",
  /* a wire's copyright line that names its holder only ("(c) Indo-Asian
   * News Service") under a brief of one paragraph (under three, the end's
   * labels are not looked for); headline-byline-tools has a caption
   * ending in "AP Photo/NAME" under the headline
   */
  "agency-copyright-name",
  /* posts from a social network given without the network's markup: in a
   * paragraph with the signature run into it ("... pic.twitter.com/...
   * \u2014 Rep. Dana Ortiz (@RepDanaOrtiz) November 19, 2019"), and in a
   * <blockquote> of no class over its signature line: each a quotation
   * of its own, without the signature or the links
   */
  "post-signature-run-in",
  /* a sports site of 2008: "SPN - Headline - Men's College Basketball"
   * over a printing head's <h1> that is <title> without the site's name,
   * the section's name still after it (the story's own <h1> below)
   */
  "heading-section-tail",
  /* look29, a wire story on a small site of 2008 served from the reader's
   * computer: the <title> is the site's name alone, confirmed by its
   * copyright line (the wire's line names another), over a date line
   * under the <h1> in a block named as nothing
   */
  "site-title-alone",
  /* a newspaper's site of 2007 whose <title> names it by its address:
   * the name it spells that address with (its footer's, its OpenSearch
   * title's), the time with its zone in a "date" line under the byline
   */
  "address-spelled-out",
  /* meta29, a newspaper's site of 2008 named in its <title> and its logo
   * by its address in small letters, which its footer writes with its
   * own capitals ("Make HarborGazette.com your homepage")
   */
  "address-capitals",
  /* "Published Date: 05 February 2008" in a list of the story's details
   * far above the <h1>, past two boxes; the masthead's date of the day
   * is no date of the story's
   */
  "published-date-list",
  /* Reuters of 2020: a story of no named writer, credited "Reuters
   * Staff", the desk and no person; the writer is in the "Reporting by"
   * line at its foot
   */
  "reuters-2020-staff",
  /* BBC News of 2019: "By Ewan Caird" over "BBC Scotland News", the
   * writer's desk in a span of its own, and the date in a list with the
   * story's section
   */
  "bbc-2019-by-line",
};

static const char *
nullable_member (JsonObject *object,
                 const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  return JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node);
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *html_name = g_strconcat (name, ".html", NULL);
  g_autofree char *json_name = g_strconcat (name, ".expected.json", NULL);
  g_autofree char *html_path = g_test_build_filename (G_TEST_DIST, "fixtures", "extract", html_name, NULL);
  g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "fixtures", "extract", json_name, NULL);
  g_autofree char *html = NULL;
  gsize len = 0;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  JsonObject *expected;
  JsonArray *paragraphs;
  JsonArray *absent;

  g_assert_true (g_file_get_contents (html_path, &html, &len, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  g_assert_no_error (error);
  expected = json_node_get_object (json_parser_get_root (parser));

  article = px_extract_html (html_name, html, len, nullable_member (expected, "page_url"), &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);

  g_assert_cmpstr (article->input, ==, html_name);
  g_assert_cmpstr (article->title, ==, nullable_member (expected, "title"));
  /* a page's headline is in the title only, never in the text too */
  g_assert_false (px_article_headline_is_first_paragraph (article));
  g_assert_cmpstr (article->byline, ==, nullable_member (expected, "byline"));
  g_assert_cmpstr (article->published, ==, nullable_member (expected, "published"));
  if (json_object_has_member (expected, "updated"))
    g_assert_cmpstr (article->updated, ==, nullable_member (expected, "updated"));
  g_assert_cmpstr (article->url, ==, nullable_member (expected, "url"));
  g_assert_cmpstr (article->outlet, ==, nullable_member (expected, "outlet"));
  g_assert_cmpstr (article->language, ==, nullable_member (expected, "language"));

  /* the body, paragraph by paragraph, and the spans that mark them */
  paragraphs = json_object_get_array_member (expected, "paragraphs");
  g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, json_array_get_length (paragraphs));
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (guint i = 0; i < json_array_get_length (paragraphs); i++)
      {
        const char *want = json_array_get_string_element (paragraphs, i);
        const PxSpan *span = &g_array_index (article->paragraphs, PxSpan, i);
        g_autofree char *got = g_strndup (article->text + span->start, span->end - span->start);

        g_assert_cmpstr (got, ==, want);
        if (i > 0)
          g_string_append (joined, "\n\n");
        g_string_append (joined, want);
      }
    g_assert_cmpstr (article->text, ==, joined->str);
  }

  absent = json_object_get_array_member (expected, "absent");
  g_assert_cmpuint (json_array_get_length (absent), >, 0);
  for (guint i = 0; i < json_array_get_length (absent); i++)
    {
      const char *boilerplate = json_array_get_string_element (absent, i);

      if (strstr (article->text, boilerplate) != NULL)
        g_error ("%s: \"%s\" should not be in the article text", name, boilerplate);
    }
}

static PxArticle *
extract_string (const char  *html,
                const char  *url,
                GError     **error)
{
  return px_extract_html ("test.html", html, strlen (html), url, error);
}

#define BODY_TEXT                                                                                 \
  "<p>The committee met on Tuesday and agreed, after a long debate, to publish the report in full " \
  "next month, with the names of the witnesses removed.</p>"                                       \
  "<p>Members said the delay was needed to check the figures, which differ from those given to "   \
  "parliament in the spring by about a third.</p>"

static void
test_title_without_site (void)
{
  struct
  {
    const char *head;
    const char *url;
    const char *title;
  } cases[] = {
    /* <title> alone: the site's name goes, whichever end it is at */
    { "<title>Committee delays report on spending | Daily Courier</title>"
      "<meta property='og:site_name' content='Daily Courier'>",
      NULL, "Committee delays report on spending" },
    { "<title>Daily Courier - Committee delays report on spending</title>"
      "<meta property='og:site_name' content='Daily Courier'>",
      NULL, "Committee delays report on spending" },
    /* a known host's name in the title, with no site name on the page */
    { "<title>Committee delays report on spending - BBC News</title>",
      "https://www.bbc.co.uk/news/uk-1", "Committee delays report on spending" },
    /* no site name known: a short last part is taken for it */
    { "<title>Committee delays report on spending | Courier</title>",
      NULL, "Committee delays report on spending" },
    /* a dash inside the headline stays */
    { "<title>Russia-Ukraine talks - what we know</title>", NULL,
      "Russia-Ukraine talks - what we know" },
    /* og:title beats <title>, and is cleaned of the site name too */
    { "<title>Other words | Daily Courier</title>"
      "<meta property='og:title' content='Committee delays report on spending | Daily Courier'>"
      "<meta property='og:site_name' content='Daily Courier'>",
      NULL, "Committee delays report on spending" },
    /* the page's one h1, when <title> is that headline plus more */
    { "<title>Breaking: Committee delays report on spending, sources say | DC</title>", NULL,
      "Committee delays report on spending" },
    /* several short parts after the headline: sections, then the site */
    { "<title>Committee delays report on spending - Politics - News - Courier</title>",
      NULL, "Committee delays report on spending" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body>%s<article>" BODY_TEXT
                                               "</article></body></html>",
                                               cases[i].head,
                                               i == 6 ? "<h1>Committee delays report on spending</h1>" : "");
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, cases[i].url, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, cases[i].title);
    }
}

/* A heading of the page stands in for the title only when the title is
 * that heading in a frame of the site's name and sections.
 */
static void
test_title_from_heading (void)
{
  struct
  {
    const char *head;
    const char *body;
    const char *title;
  } cases[] = {
    { "<title>Valley Gazette :: News :: Region :: Committee delays report on spending</title>",
      "<div class='storyTitle'>Committee delays report on spending</div>",
      "Committee delays report on spending" },
    /* a section's name is not the headline, however short the title */
    { "<meta property='og:title' content='Ukraine war: Kremlin rejects denial'>",
      "<h2>Ukraine war</h2><h1>Kremlin rejects Kyiv denial of the drone attack</h1>",
      "Ukraine war: Kremlin rejects denial" },
    /* nor is a panel's heading that the headline happens to contain */
    { "<meta property='og:title' content='Drones over the residence: what we know about the claims'>",
      "<h2>What we know</h2>",
      "Drones over the residence: what we know about the claims" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body>%s<article>" BODY_TEXT
                                               "</article></body></html>",
                                               cases[i].head, cases[i].body);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, cases[i].title);
    }
}

static void
test_outlet (void)
{
  struct
  {
    const char *head;
    const char *url;
    const char *outlet;
  } cases[] = {
    /* a known host: the table's name wins over the page's own variation */
    { "<meta property='og:site_name' content='BBC News'>", "https://www.bbc.com/news/x", "BBC" },
    /* a file with a canonical link to a known host */
    { "<link rel='canonical' href='https://www.rt.com/news/1-x/'><meta property='og:site_name' "
      "content='RT International'>", NULL, "RT" },
    /* an unknown host: the page's name for itself */
    { "<meta property='og:site_name' content='Daily Courier'>", "https://courier.example/a", "Daily Courier" },
    /* a page saved without its address: a known outlet's edition is the
     * table's name for it, as it is for the outlet's own host
     */
    { "<meta property='og:site_name' content='RT International'>", NULL, "RT" },
    { "<meta property='og:site_name' content='BBC News'>", NULL, "BBC" },
    /* a name that only starts like a known outlet's is another outlet */
    { "<meta property='og:site_name' content='Time Out London'>", NULL, "Time Out London" },
    /* nothing but the host */
    { "", "https://www.courier.example/a", "courier.example" },
    /* nothing at all */
    { "", NULL, NULL },
    /* a page served from the reader's own computer: a machine's address
     * names no outlet; the page's own address or name does */
    { "", "http://127.0.0.1:8000/a.html", NULL },
    { "", "http://localhost:8080/a.html", NULL },
    { "<link rel='canonical' href='https://www.courier.example/a'>", "http://127.0.0.1:8000/a.html",
      "courier.example" },
    { "<meta property='og:site_name' content='Daily Courier'>", "http://192.168.1.20/a.html", "Daily Courier" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>A headline for the test</title>%s</head>"
                                               "<body><article>" BODY_TEXT "</article></body></html>",
                                               cases[i].head);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, cases[i].url, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->outlet, ==, cases[i].outlet);
    }
}

/* A page saved without its address or a name for itself: the outlet its
 * <title> names beside the headline, and no section or second headline
 * taken for one.
 */
static void
test_outlet_from_title (void)
{
  struct
  {
    const char *title;
    const char *h1;
    const char *outlet;
  } cases[] = {
    /* a known outlet at the end, in its own spelling or run together */
    { "Ferry service resumes after storm | Reuters", "Ferry service resumes after storm", "Reuters" },
    { "Ferry service resumes after storm | TheHill", "Ferry service resumes after storm", "The Hill" },
    { "Ferry service resumes after storm - New York Times", "Ferry service resumes after storm",
      "The New York Times" },
    { "Ferry service resumes after storm \u2014 RT World News", "Ferry service resumes after storm", "RT" },
    /* the table's name when the title adds sections before it */
    { "Ferry service resumes after storm | UK | Reuters", "Ferry service resumes after storm", "Reuters" },
    /* an unknown outlet: the one part after the headline */
    { "Ferry service resumes after storm - Valley Gazette", "Ferry service resumes after storm",
      "Valley Gazette" },
    /* sections and site together: the part shaped like an outlet's name
     * (a paper's word, a call sign), else nothing to tell them apart
     */
    { "Ferry service resumes after storm - Travel - Valley Gazette", "Ferry service resumes after storm",
      "Valley Gazette" },
    { "Ferry service resumes after storm - News Story - WVGZ Riverton", "Ferry service resumes after storm",
      "WVGZ Riverton" },
    { "Ferry service resumes after storm - Travel - Harbour Lines", "Ferry service resumes after storm", NULL },
    { "Ferry service resumes after storm : World News", "Ferry service resumes after storm", NULL },
    { "Ferry service resumes after storm - News - Riverton, OR", "Ferry service resumes after storm", NULL },
    /* the site first, before the headline or its sections */
    { "Harbour Courier | Ferry service resumes after storm", "Ferry service resumes after storm",
      "Harbour Courier" },
    { "HCTV: Ferry service resumes after storm", "Ferry service resumes after storm", "HCTV" },
    { "The Valley Press: Ferry service resumes after storm", "Ferry service resumes after storm",
      "The Valley Press" },
    { "icRiverton - Ferry service resumes after storm", "Ferry service resumes after storm", "icRiverton" },
    { "Valley Gazette > News > Local > Ferry service resumes after storm", "Ferry service resumes after storm",
      "Valley Gazette" },
    { "Welcome to www.valleygazette.net - Travel - Ferry service resumes after storm",
      "Ferry service resumes after storm", "valleygazette.net" },
    { "Section - Ferry service resumes after storm - Rivertonian", "Ferry service resumes after storm",
      "Rivertonian" },
    /* a part before the headline is as often a section, a column or a
     * kicker
     */
    { "Travel | Ferry service resumes after storm", "Ferry service resumes after storm", NULL },
    { "Harbour Lines: Ferry service resumes after storm", "Ferry service resumes after storm", NULL },
    { "UPDATE 2 - Ferry service resumes after storm", "Ferry service resumes after storm", NULL },
    { "COASTAL NEWS | Ferry service resumes after storm", "Ferry service resumes after storm", NULL },
    /* a second headline, a template's stand-in, a title that is not the headline */
    { "Ferry service resumes after storm - Harbour reopens to traffic.", "Ferry service resumes after storm",
      NULL },
    { "Ferry service resumes after storm - Web Site", "Ferry service resumes after storm", NULL },
    { "Valley Gazette - Travel and Leisure", "Ferry service resumes after storm", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title></head><body><article><h1>%s</h1>"
                                               BODY_TEXT "</article></body></html>",
                                               cases[i].title, cases[i].h1);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->outlet, ==, cases[i].outlet);
    }
}

/* A page saved without its address, or served from the reader's own
 * computer, names its outlet by its own marks: a <title> that is the
 * site's name alone when a copyright line names it too, and an outlet
 * known only by an address by the words the page spells that address
 * with, when they are shaped like an outlet's name (2026-12-07, look29:
 * "The Anatolian Times" had been named by its file, "The Globe and Mail"
 * "globeandmail.com").
 */
static void
test_outlet_own_marks (void)
{
  struct
  {
    const char *title;
    const char *footer;
    const char *outlet;
  } cases[] = {
    { "The Caspian Times", "<p>Copyright &copy; 2008<br> The Caspian Times</p>", "The Caspian Times" },
    /* without a copyright line to confirm it, or one that names another,
     * a title that is not the headline may be another story's
     */
    { "The Caspian Times", "<p>Contact us</p>", NULL },
    { "Times Square reopens", "<p>Copyright &copy; 2008 Harbour Media Inc.</p>", NULL },
    /* the <title>'s address, spelled out in the footer or the logo */
    { "riverbendherald.com: Ferry service resumes after storm",
      "<p>riverbendherald.com and <span>The Riverbend Herald</span> are divisions of Northbank Media</p>",
      "The Riverbend Herald" },
    { "Ferry service resumes after storm - RiverbendHerald.com",
      "<a href='/'><div id='logo'>Riverbend Herald</div></a>", "Riverbend Herald" },
    /* a place the address is named after is no outlet's name */
    { "www.millcreek.com | 01/12/2008 | Ferry service resumes after storm", "<p>Mill Creek news and weather</p>",
      "millcreek.com" },
    /* the address as the page writes it, with its own capitals, not a
     * masthead's all in capitals, a domain of other letters or a longer
     * address
     */
    { "riverbend.com: Ferry service resumes after storm", "<p>Make RiverBend.com your homepage</p>", "RiverBend.com" },
    { "riverbend.com: Ferry service resumes after storm", "<p>RIVERBEND.COM</p>", "riverbend.com" },
    { "riverbend.com: Ferry service resumes after storm", "<p>Riverbend.Com</p>", "riverbend.com" },
    { "riverbend.com: Ferry service resumes after storm", "<p>Jobs.Riverbend.com, Old-Riverbend.com and Riverbend.community</p>", "riverbend.com" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title></head><body><article>"
                                               "<h1>Ferry service resumes after storm</h1>" BODY_TEXT
                                               "</article><div id='footer'>%s</div></body></html>",
                                               cases[i].title, cases[i].footer);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->outlet, ==, cases[i].outlet);
    }
}

/* A headline of a word or two, the page's one <h1>, beside the site's
 * name in <title>: the title is the headline and the outlet the name.
 * Beside anything else (a headline it frames, a name that is not an
 * outlet's) the <title> stays whole, and a logo's <h1> is no headline.
 */
static void
test_short_headline_title (void)
{
  struct
  {
    const char *title;
    const char *h1;
    const char *want_title;
    const char *outlet;
  } cases[] = {
    { "Orchard Frost - Valley Courier", "Orchard Frost", "Orchard Frost", "Valley Courier" },
    { "Valley Courier | Orchard Frost", "Orchard Frost", "Orchard Frost", "Valley Courier" },
    { "Comeback - The Riverton Bee", "Comeback", "Comeback", "The Riverton Bee" },
    /* the <h1> is the site's logo, the title's other part the headline */
    { "Valley Courier | Orchard Frost", "Valley Courier", "Valley Courier | Orchard Frost", NULL },
    /* a frame before the headline, a section, a writer's name */
    { "Orchard frost: growers light fires through the night", "Orchard frost",
      "Orchard frost: growers light fires through the night", NULL },
    { "Obituaries - Marta Oyelaran", "Obituaries", "Obituaries - Marta Oyelaran", NULL },
    { "Orchard Frost - Marta Oyelaran", "Orchard Frost", "Orchard Frost - Marta Oyelaran", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title></head><body><article><h1>%s</h1>"
                                               BODY_TEXT "</article></body></html>",
                                               cases[i].title, cases[i].h1);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, cases[i].want_title);
      g_assert_cmpstr (article->outlet, ==, cases[i].outlet);
    }
}

/* A story the outlet credits to itself has no person's byline, though a
 * columnist's box elsewhere on the page marks a name as one.
 */
static void
test_byline_outlet_credit (void)
{
  const char *box = "<div class='sidebar'><div class='columnist'><p class='byline'>Margaret Ellison</p>"
                    "<a href='/opinion/1'>Why the islands need a second ferry</a></div></div>";
  /* the outlet's staff or desk is no writer; a writer named Staff is */
  const char *credit[] = { "<div class='byline'>Harbour Times</div>", "<div class='byline'>By Rhys Calder</div>",
                           "<div class='byline'><a href='/journalists/staff'>Harbour Times Staff</a></div>",
                           "<div class='byline'>By Harbour Times Desk</div>", "<div class='byline'>By Reuters Staff</div>",
                           "<div class='byline'>By Nora Staff</div>" };
  const char *expected[] = { NULL, "Rhys Calder", NULL, NULL, NULL, "Nora Staff" };

  for (guint i = 0; i < G_N_ELEMENTS (credit); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Ferry service resumes | Harbour Times</title>"
                                               "<meta property='og:site_name' content='Harbour Times'></head>"
                                               "<body>%s<div id='main'><h1>Ferry service resumes</h1>%s"
                                               "<div class='article-body'>" BODY_TEXT "</div></div></body></html>",
                                               box, credit[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->outlet, ==, "Harbour Times");
      g_assert_cmpstr (article->byline, ==, expected[i]);
    }
}

/* The writer under an outlet's credit: "From <span class=byline>Harbour
 * Times</span>" over the headline, the writer's name in an element marked
 * as a byline under it. The columnist's box of the masthead before the
 * credit, a reader's signature far below it and a second credit are no
 * writer's.
 */
static void
test_byline_after_outlet_credit (void)
{
  const char *box = "<div class='masthead'><div class='columnist'><p class='byline'>Margaret Ellison</p>"
                    "<a href='/opinion/1'>Why the islands need a second ferry</a></div></div>";
  const char *credit = "<div><span class='small'>From </span><span class='byline'>Harbour Times</span></div>"
                       "<div class='small'>March 3, 2008</div>";
  g_autoptr(GString) far = g_string_new ("<div class='comments'><h3>Have your say</h3>");
  struct {
    const char *credit;
    const char *under;
    const char *expected;
  } cases[] = {
    { credit, "<div class='article-author'><span class='small'></span><span class='byline'>Ines Valdivia</span></div>",
      "Ines Valdivia" },
    /* the kind of piece after the name and a colon */
    { credit, "<div class='article-author'><span class='byline'>Ines Valdivia: Analysis</span></div>",
      "Ines Valdivia" },
    /* the same credit written again under the headline: still the writer's after it */
    { credit, "<span class='byline'>Harbour Times</span><p class='byline'>By Ines Valdivia</p>", "Ines Valdivia" },
    /* the credit and no writer under it: the masthead's columnist before it is none */
    { credit, "", NULL },
    /* the credit, then nothing marked as a byline but a reader's signature at the foot */
    { credit, NULL, NULL },
    /* another outlet's credit after the credit: no writer of this page */
    { credit, "<span class='author'>Reuters</span>", NULL },
    /* the byline bar's reading time after the credit: no name */
    { credit, "<div class='byline-bar'><div class='reading-time'>4 Min Read</div></div>", NULL },
  };

  for (guint i = 0; i < 60; i++)
    g_string_append (far, "<div class='comment'><span></span></div>");
  g_string_append (far, "<p class='comment-author'>Tom Hadley, Portree</p></div>");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Ferry service resumes | Harbour Times</title>"
                                               "<meta property='og:site_name' content='Harbour Times'></head>"
                                               "<body>%s<div id='main'>%s<h1>Ferry service resumes</h1>%s"
                                               "<div class='article-body'>" BODY_TEXT "</div></div>%s</body></html>",
                                               box, cases[i].credit, cases[i].under != NULL ? cases[i].under : "",
                                               cases[i].under == NULL ? far->str : "");
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->outlet, ==, "Harbour Times");
      g_assert_cmpstr (article->byline, ==, cases[i].expected);
    }
}

static void
test_canonical_url (void)
{
  const char *html = "<html><head><title>A headline for the test</title>"
                     "<link rel='canonical' href='/politics/2025/story.html'></head>"
                     "<body><article>" BODY_TEXT "</article></body></html>";
  const char *unsafe = "<html><head><title>A headline for the test</title>"
                       "<link rel='canonical' href='javascript:alert(1)'></head>"
                       "<body><article>" BODY_TEXT "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) relative = extract_string (html, "https://courier.example/amp/story?x=1", &error);
  g_autoptr(PxArticle) no_base = NULL;
  g_autoptr(PxArticle) script = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (relative->url, ==, "https://courier.example/politics/2025/story.html");

  /* written out with the scheme in lower case, whatever the page wrote */
  {
    const char *shouting = "<html><head><title>A headline for the test</title>"
                           "<link rel='canonical' href='HTTPS://courier.example/story'></head>"
                           "<body><article>" BODY_TEXT "</article></body></html>";
    g_autoptr(PxArticle) upper = extract_string (shouting, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (upper->url, ==, "https://courier.example/story");
  }

  /* a relative link from a saved file resolves to nothing */
  no_base = extract_string (html, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (no_base->url);

  /* only http and https addresses are taken; else the page's own */
  script = extract_string (unsafe, "https://courier.example/a", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (script->url, ==, "https://courier.example/a");
}

/* A line labelled as the publication's ("Published Date: 21 January
 * 2008"), wherever it stands on a page that dates itself no other way:
 * in a list of the story's details far above the headline, between
 * other stamps in one element, the label and the date in elements of
 * their own. Not when the page's lines so labelled give different days
 * (a list of other stories, readers' comments), not from a sentence that
 * starts with the word, and not a date in figures that reads in either
 * order unless the page's own dates tell which.
 */
static void
test_published_label (void)
{
  struct
  {
    const char *above;
    const char *below;
    const char *published;
  } cases[] = {
    { "<div class='metadata'><ul><li><strong>Published Date: </strong> 21 January 2008</li>"
      "<li><strong>Source: </strong>The Star</li><li><strong>Location: </strong>Riverford</li></ul></div>"
      "<div class='premium'><p>Register to read the full archive.</p></div><div class='premium'><p>Sign in</p></div>",
      "", "2008-01-21" },
    { "", "<div class='info'>Author: <a href='/u/12'>Ana Lind</a><br>Started: 29 Dec, 2007<br>"
      "Published: 29 Dec, 2007<br><a href='/c'>4 Comments</a></div>", "2007-12-29" },
    { "<table><tr><td class='by'>ANA LIND</td><td><font class='head'>Published:</font><font>Jan 14, 2008</font></td></tr></table>",
      "", "2008-01-14" },
    /* other stories' stamps, and readers' */
    { "", "<div class='related'><h3>More news</h3><ul><li><a href='/a'>Bridge to close for repairs</a> Published: Jan 3, 2008</li>"
      "<li><a href='/b'>Council tax to rise</a> Published: Jan 5, 2008</li></ul></div>", NULL },
    { "", "<div class='comments'><p>Well said.</p><p>Published: January 12, 2008 10:14 PM</p>"
      "<p>Not so fast.</p><p>Published: January 13, 2008 8:02 AM</p></div>", NULL },
    /* a sentence */
    { "", "<p>Published: the council's own figures, which it kept from members for a year.</p>"
      "<p>Published on 3 March 2007, the review found the same.</p>", NULL },
    /* figures that read in either order, and the page's proof of one */
    { "", "<div><span>First Published: </span><span>11:47 IST(11/1/2008)</span></div>", NULL },
    { "", "<div><span>First Published: </span><span>11:47 IST(11/1/2008)</span></div><p>Archive: 23/12/2007</p>",
      "2008-01-11" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Ferry service resumes after storm</title></head><body>"
                                               "%s<div id='story'><h1>Ferry service resumes after storm</h1>" BODY_TEXT
                                               "</div>%s</body></html>",
                                               cases[i].above, cases[i].below);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
    }
}

static void
test_dates (void)
{
  struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "2025-12-29T10:00:00Z", "2025-12-29T10:00:00Z" },
    { "2025-12-29T10:00:00.000Z", "2025-12-29T10:00:00Z" },
    { "2025-12-29T10:00:00+00:00", "2025-12-29T10:00:00Z" },
    { "2025-12-29T11:00:00+0100", "2025-12-29T11:00:00+01:00" },
    { "2025-12-29 05:00:00 -0500", "2025-12-29T05:00:00-05:00" },
    { "2025-12-29T10:00", "2025-12-29T10:00:00" },
    { "2025-12-29", "2025-12-29" },
    { "  2025/12/29  ", "2025-12-29" },
    { "Mon, 29 Dec 2025 10:00:00 GMT", "2025-12-29T10:00:00Z" },
    { "Mon, 29 Dec 2025 11:00:00 +0100", "2025-12-29T11:00:00+01:00" },
    { "December 29, 2025", "2025-12-29" },
    { "Dec 29, 2025 3:05 PM", "2025-12-29T15:05:00" },
    { "29 December 2025", "2025-12-29" },
    /* German, Russian and Ukrainian pages write their dates in their words */
    { "29. Dezember 2025", "2025-12-29" },
    { "Montag, 29. Dezember 2025, 10:12 Uhr", "2025-12-29T10:12:00" },
    { "Dienstag, 3. März 2026 um 07:45 Uhr", "2026-03-03T07:45:00" },
    { "5. Okt. 2025", "2025-10-05" },
    { "29 декабря 2025 г.", "2025-12-29" },
    { "29 декабря 2025 г., 10:12", "2025-12-29T10:12:00" },
    { "понедельник, 29 декабря 2025 года в 10:12", "2025-12-29T10:12:00" },
    { "1 мая 2025", "2025-05-01" },
    { "29 грудня 2025 р., 10:12", "2025-12-29T10:12:00" },
    { "15 лютого 2026 року о 08:30", "2026-02-15T08:30:00" },
    /* a zone named in the page's language, Moscow's as it stood that day */
    { "29 декабря 2025 г., 10:12 мск", "2025-12-29T10:12:00+03:00" },
    { "15 марта 2012 г., 10:12 МСК", "2012-03-15T10:12:00+04:00" },
    { "Mon, 29 Dec 2025 10:12 MSK", "2025-12-29T10:12:00+03:00" },
    { "Montag, 29. Dezember 2025, 10:12 Uhr MEZ", "2025-12-29T10:12:00+01:00" },
    { "Mittwoch, 2. Juli 2025, 10:12 Uhr MESZ", "2025-07-02T10:12:00+02:00" },
    { "29 декабря 2025 г., 10:12 по Москве", "2025-12-29T10:12:00" },
    { "29 Dezembers 2025", NULL },
    { "29 гудня 2025", NULL },
    { "1767002400", "2025-12-29T10:00:00Z" },
    { "1767002400000", "2025-12-29T10:00:00Z" },
    { "2025-02-30", NULL },
    { "2025-12-29T25:00:00Z", NULL },
    { "yesterday", NULL },
    { "", NULL },
    { "12345", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = _px_metadata_normalize_date (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

/* A day alone in the page's meta data that is later than the stamp on the
 * writer's own line (a blog page built again a month after the post) is
 * the page's day, not the post's; a later stamp there, or one without a
 * clock, leaves it.
 */
static void
test_meta_build_day (void)
{
  struct
  {
    const char *meta;
    const char *credit;
    const char *published;
  } cases[] = {
    { "Jan 16, 2008", "December 13 2007 at 07:52 AM", "2007-12-13T07:52:00" },
    /* the writer's stamp later: an update, or another day's */
    { "Jan 16, 2008", "January 18 2008 at 07:52 AM", "2008-01-16" },
    /* no clock: a day for a day */
    { "Jan 16, 2008", "December 13 2007", "2008-01-16" },
    /* more than a year before: no page is built so long after */
    { "Jan 16, 2008", "December 13 2006 at 07:52 AM", "2008-01-16" },
    /* the page's own time has its clock */
    { "2008-01-16T09:30:00Z", "December 13 2007 at 07:52 AM", "2008-01-16T09:30:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Harbour notes</title>"
                                               "<meta name='PUBDATE' content='%s'></head><body>"
                                               "<h1><a href='/harbour'>Harbour notes</a></h1><div class='item'>"
                                               "<h2>Ferry service resumes after storm</h2>" BODY_TEXT
                                               "<p class='credit'><span class='author'>Posted By: <a href='/a/7'>Ines "
                                               "Castell</a></span> | <span class='pubdate'>%s</span></p></div>"
                                               "</body></html>",
                                               cases[i].meta, cases[i].credit);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
    }
}

/* An empty writer's element before the writer's line (a template's
 * author slot left blank) is no byline: the line read is the one the
 * byline stands in, read once. The line of the empty one was kept and
 * then lost under the next, unfreed (LeakSanitizer, mutate.py's cues):
 * run under the ASan build to see that.
 */
static void
test_meta_build_day_after_empty_byline (void)
{
  static const char html[] = "<html><head><title>Harbour notes</title>"
                             "<meta name='PUBDATE' content='Jan 16, 2008'></head><body>"
                             "<h1><a href='/harbour'>Harbour notes</a></h1><div class='item'>"
                             "<div class='meta'><span class='author'> </span></div>"
                             "<h2>Ferry service resumes after storm</h2>" BODY_TEXT
                             "<p class='credit'><span class='author'>Posted By: <a href='/a/7'>Ines "
                             "Castell</a></span> | <span class='pubdate'>December 13 2007 at 07:52 AM</span></p>"
                             "</div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (article->byline, ==, "Ines Castell");
  g_assert_cmpstr (article->published, ==, "2007-12-13T07:52:00");
}

/* A stamp or a dateline without its year, read in the year the page's
 * latest stated day puts it: on that day or before it, never after.
 */
static void
test_yearless_dates (void)
{
  struct
  {
    const char *text;
    const char *reference;
    gboolean dateline;
    const char *date;
  } cases[] = {
    { "Sat Dec 29, 10:10 AM ET", "2008-01-15", FALSE, "2007-12-29T10:10:00-05:00" },
    { "Sat Dec 29, 10:10 AM ET", "2007-12-29", FALSE, "2007-12-29T10:10:00-05:00" },
    { "Dec. 4, 10:32 a.m.", "2007-12-04", FALSE, "2007-12-04T10:32:00" },
    { "Tues., Dec. 4", "2007-12-20", FALSE, "2007-12-04" },
    /* the weekday the day is not; no clock and no weekday; its year stated */
    { "Fri Dec 29, 10:10 AM ET", "2008-01-15", FALSE, NULL },
    { "By Ruth March 12", "2008-04-01", FALSE, NULL },
    { "Dec 29, 2007 10:10 AM", "2008-01-15", FALSE, NULL },
    { "Sat Dec 29, 2007", "2008-01-15", FALSE, NULL },
    /* after the page's latest day: not in the future, nor a year back */
    { "Dec 30, 10:10 AM ET", "2007-12-28", FALSE, NULL },
    { "ISLAMABAD, Jan 14 (Reuters) - Pakistan's election commission said", "2008-01-15", TRUE, "2008-01-14" },
    { "KABUL, Dec. 30 \xe2\x80\x94 Afghan officials said", "2008-01-02", TRUE, "2007-12-30" },
    { "LONDON, Jan 17 (Reuters) - Shares fell", "2008-01-15", TRUE, NULL },
    /* a sentence that names a day is no dateline */
    { "On Jan 14 the council will meet again to vote on the plan", "2008-01-15", TRUE, NULL },
    { "Mr. Okafor, Jan 14 (a Monday) was the day", "2008-01-15", TRUE, NULL },
    { "Sat Dec 29, 10:10 AM ET", NULL, FALSE, NULL },
    { "Sat Dec 29, 10:10 AM ET", "soon", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got
        = _px_metadata_yearless_date (cases[i].text, cases[i].reference, NULL, PX_DAY_ORDER_UNKNOWN, cases[i].dateline);

      g_assert_cmpstr (got, ==, cases[i].date);
    }

  /* a page whose only date is the day's in its masthead; the same in a
   * style sheet or a form's box is none the page shows
   */
  {
    const char *mastheads[] = { "<table><tr><td class='m8'>Jan 15, 2008</td></tr></table>",
                                "<style>/* Jan 15, 2008 */</style>",
                                "<form><textarea name='c'>Jan 15, 2008</textarea></form>" };
    const char *published[] = { "2008-01-14", NULL, NULL };

    for (guint i = 0; i < G_N_ELEMENTS (mastheads); i++)
      {
        g_autofree char *html = g_strdup_printf ("<html><head><title>Inquiry team meets obstacles</title></head><body>%s"
                                                 "<div id='story'><h1>Inquiry team meets obstacles</h1>"
                                                 "<p>Islamabad, Jan 14 (Reuters) The inquiry team said on Monday "
                                                 "it had met obstacles in its work, and would report next month.</p>"
                                                 BODY_TEXT "</div></body></html>",
                                                 mastheads[i]);
        g_autoptr(GError) error = NULL;
        g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

        g_assert_no_error (error);
        g_assert_cmpstr (article->published, ==, published[i]);
      }
  }
}

/* A stamp that leaves out its year, or names only its weekday and its
 * clock, on a page read at a known time (fetched, or saved with a note
 * that says when): the latest such day not after that time (its instant
 * when the stamp names its zone), a weekday in the week before it; a page
 * whose own days are older than a year before it is an old page read
 * later; figures only in an order that is certain.
 */
static void
test_yearless_dates_read_at (void)
{
  struct
  {
    const char *text;
    const char *page_day;
    const char *read_at;
    PxDayOrder order;
    const char *date;
  } cases[] = {
    /* read on Thursday 3 December 2026 at 10:00 in New York */
    { "Tuesday 10:32 ET", NULL, "2026-12-03T15:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-12-01T10:32:00-05:00" },
    { "Tue, 10:32 AM ET", NULL, "2026-12-03T15:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-12-01T10:32:00-05:00" },
    /* on the Tuesday at 10:00 in New York the stamp's 10:32 is to come:
     * it is the Tuesday before */
    { "Tuesday 10:32 ET", NULL, "2026-12-01T15:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-11-24T10:32:00-05:00" },
    { "Tuesday 10:32 ET", NULL, "2026-12-01T16:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-12-01T10:32:00-05:00" },
    /* Tokyo's Wednesday begins on the fetch's Tuesday in UTC */
    { "Wednesday 07:00 JST", NULL, "2026-12-01T23:30:00Z", PX_DAY_ORDER_UNKNOWN, "2026-12-02T07:00:00+09:00" },
    /* a clock without its zone: the day, in the week up to the fetch's */
    { "Thursday at 9:15 a.m.", NULL, "2026-12-03T08:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-12-03T09:15:00" },
    { "Friday at 9:15 a.m.", NULL, "2026-12-03T08:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-11-27T09:15:00" },
    /* a weekday needs its clock, and a time it was read at */
    { "Tuesday", NULL, "2026-12-03T15:00:00Z", PX_DAY_ORDER_UNKNOWN, NULL },
    { "Tuesday 10:32 ET", "2026-12-03", NULL, PX_DAY_ORDER_UNKNOWN, NULL },
    /* a day: the latest not after the fetch */
    { "Dec 7, 10:10 AM ET", NULL, "2026-12-07T16:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-12-07T10:10:00-05:00" },
    { "Dec 7, 10:10 AM ET", NULL, "2026-12-07T12:00:00Z", PX_DAY_ORDER_UNKNOWN, "2025-12-07T10:10:00-05:00" },
    { "Jan 1, 9:00 AM", NULL, "2026-12-31T20:00:00Z", PX_DAY_ORDER_UNKNOWN, "2027-01-01T09:00:00" },
    /* the fetch, not an older day a promotion on the page states */
    { "Mar 4, 10:15 AM", "2025-12-01", "2026-03-10T12:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-03-04T10:15:00" },
    /* an old page read later: its own days tell its year */
    { "Sat Dec 29, 10:10 AM ET", "2008-01-15", "2026-12-07T12:00:00Z", PX_DAY_ORDER_UNKNOWN,
      "2007-12-29T10:10:00-05:00" },
    /* figures in the page's order, or in the one a figure over 12 makes
     * certain; never guessed */
    { "08/01 13:27 CET", NULL, "2026-01-10T00:00:00Z", PX_DAY_ORDER_DAY_FIRST, "2026-01-08T13:27:00+01:00" },
    { "08/01 13:27 CET", NULL, "2026-08-10T00:00:00Z", PX_DAY_ORDER_MONTH_FIRST, "2026-08-01T13:27:00+01:00" },
    { "08/01 13:27 CET", "2026-01-09", NULL, PX_DAY_ORDER_DAY_FIRST, "2026-01-08T13:27:00+01:00" },
    { "04.03. 13:27", NULL, "2026-03-05T00:00:00Z", PX_DAY_ORDER_DAY_FIRST, "2026-03-04T13:27:00" },
    { "13/01 13:27", NULL, "2026-01-20T00:00:00Z", PX_DAY_ORDER_UNKNOWN, "2026-01-13T13:27:00" },
    { "08/01 13:27 CET", NULL, "2026-01-10T00:00:00Z", PX_DAY_ORDER_UNKNOWN, NULL },
    { "3/4", NULL, "2026-04-10T00:00:00Z", PX_DAY_ORDER_MONTH_FIRST, NULL },
    { "08/01/2026 13:27 CET", NULL, "2026-01-10T00:00:00Z", PX_DAY_ORDER_DAY_FIRST, NULL },
    { "Nothing to read", NULL, "not a time", PX_DAY_ORDER_UNKNOWN, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = _px_metadata_yearless_date (cases[i].text, cases[i].page_day, cases[i].read_at,
                                                         cases[i].order, FALSE);

      if (g_strcmp0 (got, cases[i].date) != 0)
        g_error ("%s read at %s: %s, not %s", cases[i].text, cases[i].read_at, got, cases[i].date);
    }
}

/* A page fetched by Parallax reads its stamp without a year against the
 * time it was fetched; a page kept in the library against the time it
 * was fetched then, not the time it is read back; a file against none
 * (the time it is read says nothing of the page). A relative stamp
 * counts from the fetch too.
 */
static void
test_fetch_time_reference (void)
{
  const char *html = "<html><head><title>Harbour works halted after crane collapse</title></head><body>"
                     "<div id='story'><h1>Harbour works halted after crane collapse</h1>"
                     "<p>Tuesday 10:32 ET</p>"
                     "<p>Updated 2 hours ago</p>" BODY_TEXT "</div></body></html>";
  g_autoptr(GBytes) body = g_bytes_new_static (html, strlen (html));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  struct
  {
    const char *kept_at;
    gboolean fetched;
    const char *published;
    const char *updated;
  } cases[] = {
    /* fetched on Thursday 3 December 2026 at 10:00 in New York */
    { "2026-12-03T15:00:00Z", TRUE, "2026-12-01T10:32:00-05:00", "2026-12-03T13:00:00Z" },
    /* a version kept a week later, read back today */
    { "2026-12-10T15:00:00Z", TRUE, "2026-12-08T10:32:00-05:00", "2026-12-10T13:00:00Z" },
    /* a file read on that day */
    { "2026-12-03T15:00:00Z", FALSE, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxSnapshot) snapshot = px_snapshot_new_kept (body, cases[i].fetched ? "https://example.org/harbour" : NULL,
                                                             "text/html", "utf-8", cases[i].kept_at,
                                                             cases[i].fetched);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_snapshot ("harbour.html", snapshot, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
    }

  /* a snapshot made now is fetched now; without a time kept, it is read
   * against the time it is read */
  {
    g_autoptr(PxSnapshot) snapshot = px_snapshot_new_kept (body, NULL, "text/html", NULL, "not a time", TRUE);

    g_assert_false (snapshot->fetched);
  }
}

/* One table of the names of months and weekdays (px-calendar.c), and
 * every reader of dates and stamps taking a word as a name when it does.
 */
static void
test_calendar_names (void)
{
  struct
  {
    const char *word;
    int month;
    int weekday;
  } cases[] = {
    { "Dec", 12, 0 }, { "DEC", 12, 0 }, { "december", 12, 0 }, { "Sept", 9, 0 }, { "sep", 9, 0 }, { "May", 5, 0 },
    { "Dezember", 12, 0 }, { "Dez", 12, 0 }, { "März", 3, 0 }, { "декабря", 12, 0 }, { "ДЕКАБРЯ", 12, 0 },
    { "груд", 12, 0 }, { "лютого", 2, 0 },
    { "Thu", 0, 4 }, { "Thurs", 0, 4 }, { "Tues", 0, 2 }, { "Weds", 0, 3 }, { "Sunday", 0, 7 },
    { "Montag", 0, 1 }, { "среда", 0, 3 }, { "П'ятниця", 0, 5 },
    /* a word that starts as a name is none */
    { "Decem", 0, 0 }, { "Septem", 0, 0 }, { "Marcus", 0, 0 }, { "Mayor", 0, 0 }, { "Junior", 0, 0 },
    { "Augusta", 0, 0 }, { "Sunset", 0, 0 }, { "Monster", 0, 0 }, { "Satur", 0, 0 }, { "Dezembers", 0, 0 },
    { "De", 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = strlen (cases[i].word);

      g_assert_cmpint (_px_calendar_month (cases[i].word, len), ==, cases[i].month);
      g_assert_cmpint (_px_calendar_weekday (cases[i].word, len), ==, cases[i].weekday);
    }
  /* @len bytes only; nothing, a cut character or more than a name holds */
  g_assert_cmpint (_px_calendar_month ("December", 3), ==, 12);
  g_assert_cmpint (_px_calendar_month ("", 0), ==, 0);
  g_assert_cmpint (_px_calendar_month (NULL, 3), ==, 0);
  g_assert_cmpint (_px_calendar_month ("\xd0\xb4\xd0", 3), ==, 0);
  g_assert_cmpint (_px_calendar_weekday ("sundaysundaysundaysundaysundaysunday", 36), ==, 0);

  /* each reader asks the same table its own question: a sentence's dates
   * take English names and cuts, its stops before a figure only cuts
   * shorter than their names ("Jan. 3", not "May. 3"), German ordinals
   * whole names, a comment's stamp a cut ("May 3") */
  {
    struct
    {
      const char *word;
      PxCalendarForms forms;
      int month;
      int weekday;
    } asked[] = {
      { "May", PX_CALENDAR_ENGLISH | PX_CALENDAR_CUTS, 5, 0 },
      { "May", PX_CALENDAR_ENGLISH | PX_CALENDAR_ABBREVIATIONS, 0, 0 },
      { "Sept", PX_CALENDAR_ENGLISH | PX_CALENDAR_ABBREVIATIONS, 9, 0 },
      { "Sept", PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES, 0, 0 },
      { "January", PX_CALENDAR_ENGLISH | PX_CALENDAR_CUTS, 0, 0 },
      { "Dezember", PX_CALENDAR_GERMAN | PX_CALENDAR_NAMES, 12, 0 },
      { "Dezember", PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES, 0, 0 },
      { "Dez", PX_CALENDAR_ENGLISH | PX_CALENDAR_GERMAN | PX_CALENDAR_NAMES, 0, 0 },
      { "April", PX_CALENDAR_GERMAN | PX_CALENDAR_NAMES, 4, 0 },
      { "декабря", PX_CALENDAR_ENGLISH | PX_CALENDAR_GERMAN | PX_CALENDAR_NAMES, 0, 0 },
      { "декабря", PX_CALENDAR_RUSSIAN | PX_CALENDAR_NAMES, 12, 0 },
      { "Tue", PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES, 0, 0 },
      { "Tue", PX_CALENDAR_ENGLISH | PX_CALENDAR_CUTS, 0, 2 },
      { "Tuesday", PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES, 0, 2 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
      {
        gsize len = strlen (asked[i].word);

        if (_px_calendar_month_in (asked[i].word, len, asked[i].forms) != asked[i].month
            || _px_calendar_weekday_in (asked[i].word, len, asked[i].forms) != asked[i].weekday)
          g_error ("%s as forms 0x%x: not month %d, weekday %d", asked[i].word, asked[i].forms, asked[i].month,
                   asked[i].weekday);
      }
  }

  /* the date reader */
  {
    g_autofree char *cut = _px_metadata_normalize_date ("29 Decem 2025");
    g_autofree char *name = _px_metadata_normalize_date ("Marcus 12, 2025");
    g_autofree char *weds = _px_metadata_normalize_date ("Weds, 3 Dec 2025");
    g_autofree char *sunset = _px_metadata_normalize_date ("Sunset, 3 Dec 2025");

    g_assert_null (cut);
    g_assert_null (name);
    g_assert_cmpstr (weds, ==, "2025-12-03");
    g_assert_null (sunset);
  }
  /* the stamp lines of the furniture rules */
  g_assert_cmpint (_px_furniture_head_line ("Weds., Dec. 3, 2025 10:32 AM"), ==, PX_HEAD_LINE_STAMP);
  g_assert_cmpint (_px_furniture_head_line ("Thurs, Dec. 4, 2025 10:32 AM"), ==, PX_HEAD_LINE_STAMP);
  g_assert_cmpint (_px_furniture_head_line ("Sunset Dec. 3, 2025 10:32 AM"), !=, PX_HEAD_LINE_STAMP);
  /* a wire's stamp after the writer's title, its weekday cut as the wire cuts it */
  {
    g_autofree char *weds = _px_metadata_clean_byline ("By Owen Marsh, AP Business Writer Weds Dec 3, 6:46 AM ET");
    g_autofree char *tues = _px_metadata_clean_byline ("By Owen Marsh Tues., Dec. 2, 6:46 AM ET");

    g_assert_cmpstr (weds, ==, "Owen Marsh");
    g_assert_cmpstr (tues, ==, "Owen Marsh");
  }
}

/* The dates of stamp lines as a plain text's head gives them. */
static void
test_line_dates (void)
{
  struct
  {
    const char *in;
    const char *published;
    const char *updated;
  } cases[] = {
    { "Friday, June 7, 2013", "2013-06-07", NULL },
    { "May 2, 2013, 1:12 PM", "2013-05-02T13:12:00", NULL },
    { "JUNE 6, 2013 11:34PM", "2013-06-06T23:34:00", NULL },
    { "June 06, 2013", "2013-06-06", NULL },
    { "12/16/08 1:30 AM EST", "2008-12-16T01:30:00-05:00", NULL },
    { "Last updated 13:26 14/09/2013", NULL, "2013-09-14T13:26:00" },
    { "POSTED: 04/02/07, 9:00 PM PDT |", "2007-04-02T21:00:00-07:00", NULL },
    { "9:53 AM, MON 22 JUL 2013", "2013-07-22T09:53:00", NULL },
    { "Published: 2012.08.08 09:01 AM", "2012-08-08T09:01:00", NULL },
    { "(March 20, 2007) \u2014", "2007-03-20", NULL },
    { "26 September 2013, 10:00 (GMT+05:00)", "2013-09-26T10:00:00+05:00", NULL },
    { "21 July 2013 Last updated at 11:11 GMT", "2013-07-21", "2013-07-21T11:11:00Z" },
    { "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "2005-11-27T08:20:00-05:00",
      "2005-11-27T20:10:00-05:00" },
    { "UPDATED: THURSDAY, MARCH 14, 2013, 9:31 AM", NULL, "2013-03-14T09:31:00" },
    { "Updated 4:08 p. m. ET", NULL, NULL },
    /* an update's clock alone takes the day of the line's date */
    { "Friday, Sep 10, 2010 | Updated 8:52 PM EDT", "2010-09-10", "2010-09-10T20:52:00-04:00" },
    { "March 13, 2013 2:29 PM | updated 9:31 AM", "2013-03-13T14:29:00", "2013-03-13T09:31:00" },
    { "Updated 8:52 PM EDT, Friday, Sep 10, 2010", NULL, "2010-09-10T20:52:00-04:00" },
    { "PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013", "2013-06-09T16:05:00Z",
      "2013-06-10T06:55:00Z" },
    /* a comma after the half-day's mark ends the time, never its PM */
    { "Published March 13, 2013 2:29 PM, by Jane Doe", "2013-03-13T14:29:00", NULL },
    { "Updated: 2:29 PM, Tuesday, June 4, 2019", NULL, "2019-06-04T14:29:00" },
    { "July 4, 2019 at 2:29 p.m. CDT", "2019-07-04T14:29:00-05:00", NULL },
    /* US zones: "ET", "PT" follow the day's daylight saving time, by the
     * rule of its year (2007 on: March's second Sunday to November's
     * first; before: April's first Sunday to October's last)
     */
    { "March 10, 2019 1:30 AM ET", "2019-03-10T01:30:00-05:00", NULL },
    { "March 10, 2019 3:30 AM ET", "2019-03-10T03:30:00-04:00", NULL },
    { "Nov 2, 2019 10:00 AM PT", "2019-11-02T10:00:00-07:00", NULL },
    { "Nov 3, 2019 10:00 AM PT", "2019-11-03T10:00:00-08:00", NULL },
    { "April 2, 2006 8:00 AM ET", "2006-04-02T08:00:00-04:00", NULL },
    { "Oct 29, 2006 10:00 AM CT", "2006-10-29T10:00:00-06:00", NULL },
    { "Oct 22, 2006 10:00 AM CT", "2006-10-22T10:00:00-05:00", NULL },
    /* "et", "pt" in lower case are words, not zones */
    { "June 3, 2013 9:00 am pt", "2013-06-03T09:00:00", NULL },
    { "6:15 PM ET, December 29, 2025", "2025-12-29T18:15:00-05:00", NULL },
    { "Jan 5, 2021 11:02 MSK", "2021-01-05T11:02:00+03:00", NULL },
    /* US zones by their names, alone or as the zone database writes them */
    { "Jan 18, 2008 10:15 am US/Eastern", "2008-01-18T10:15:00-05:00", NULL },
    { "July 4, 2008 3:00 pm US/Pacific", "2008-07-04T15:00:00-07:00", NULL },
    { "June 3, 2013 9:00 am Eastern", "2013-06-03T09:00:00-04:00", NULL },
    /* one table of zones with the times of sentences (px_zone_lookup()):
     * "10 a.m. Eastern" in winter is 15:00 GMT, as a report's clock reads
     * it too; "AEST", "JST" are known to both; "IST" (India's, Ireland's
     * or Israel's?) to a sentence's clock only */
    { "December 1, 2026 10:00 AM Eastern", "2026-12-01T10:00:00-05:00", NULL },
    { "December 1, 2026 15:00 GMT", "2026-12-01T15:00:00Z", NULL },
    { "Updated Tue 1 Dec 2026, 9:03am AEST", NULL, "2026-12-01T09:03:00+10:00" },
    { "December 1, 2026 9:00 AM JST", "2026-12-01T09:00:00+09:00", NULL },
    { "December 1, 2026 9:00 AM IST", "2026-12-01T09:00:00", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *published = NULL;
      g_autofree char *updated = NULL;

      _px_metadata_line_dates (cases[i].in, PX_DAY_ORDER_UNKNOWN, &published, &updated);
      g_assert_cmpstr (published, ==, cases[i].published);
      g_assert_cmpstr (updated, ==, cases[i].updated);
    }
}

/* Dates in figures whose day and month could each be either
 * ("10/01/2008") are read in the order the page shows: its own
 * unambiguous dates, its locale, its host's country; the American order
 * when nothing tells.
 */
static void
test_day_order (void)
{
  struct
  {
    const char *text;
    guint seen;
  } notes[] = {
    { "Posted 25/01/2008 by the desk", 1 },
    { "Posted 01/25/2008 by the desk", 2 },
    { "25/01/08", 1 },
    { "Stand 13.02.2008", 1 },
    { "01/25/2008 and 25/01/2008", 3 },
    { "10/01/2008", 0 },                      /* either order */
    { "/pix/2008/01/25/photo.jpg", 0 },      /* a path, not a date */
    { "see 2008/25/01", 0 },
    { "version 1.25.2008.4", 0 },
    { "scored 13/20 in 2008", 0 },
    { "v13.1.2008", 0 },
    { "Updated to firmware 25.01.08 on Monday", 0 }, /* two figures after dots: no evidence */
  };
  struct
  {
    guint seen;
    const char *locale;
    const char *other_locale;
    const char *host;
    PxDayOrder order;
  } pages[] = {
    { 1, NULL, NULL, NULL, PX_DAY_ORDER_DAY_FIRST },
    { 2, "en-GB", NULL, "www.bbc.co.uk", PX_DAY_ORDER_MONTH_FIRST }, /* the page's own dates first */
    { 3, "en-GB", NULL, NULL, PX_DAY_ORDER_DAY_FIRST },              /* they disagree: the locale */
    { 0, "en-GB", NULL, NULL, PX_DAY_ORDER_DAY_FIRST },
    { 0, NULL, "en_AU", NULL, PX_DAY_ORDER_DAY_FIRST },
    { 0, "en", "en_IN", NULL, PX_DAY_ORDER_DAY_FIRST },
    { 0, "de", NULL, NULL, PX_DAY_ORDER_DAY_FIRST },
    { 0, "en-US", NULL, "www.example.com", PX_DAY_ORDER_MONTH_FIRST },
    { 0, "en-US", NULL, "www.example.co.uk", PX_DAY_ORDER_DAY_FIRST }, /* a CMS's default locale */
    { 0, NULL, NULL, "www.irishtimes.ie", PX_DAY_ORDER_DAY_FIRST },
    { 0, NULL, NULL, "www.abc.net.au", PX_DAY_ORDER_DAY_FIRST },
    { 0, "en", NULL, "www.stuff.co.nz", PX_DAY_ORDER_DAY_FIRST },
    { 0, NULL, NULL, "www.iol.co.za", PX_DAY_ORDER_DAY_FIRST },
    { 0, NULL, NULL, "www.ci.boston.ma.us", PX_DAY_ORDER_MONTH_FIRST },
    { 0, "en-CA", NULL, "www.cbc.ca", PX_DAY_ORDER_UNKNOWN },
    { 0, "en", NULL, "www.example.com", PX_DAY_ORDER_UNKNOWN },
    { 0, NULL, NULL, "news.example.io", PX_DAY_ORDER_UNKNOWN },
    { 0, NULL, NULL, NULL, PX_DAY_ORDER_UNKNOWN },
  };
  struct
  {
    const char *line;
    PxDayOrder order;
    const char *published;
  } lines[] = {
    { "Published: 10/01/2008", PX_DAY_ORDER_DAY_FIRST, "2008-01-10" },
    { "Published: 10/01/2008", PX_DAY_ORDER_MONTH_FIRST, "2008-10-01" },
    { "Published: 10/01/2008", PX_DAY_ORDER_UNKNOWN, "2008-10-01" },
    { "Published: 25/01/2008", PX_DAY_ORDER_MONTH_FIRST, "2008-01-25" },
    { "Published: 01/25/2008", PX_DAY_ORDER_DAY_FIRST, "2008-01-25" },
    { "10/01/08 1:30 PM", PX_DAY_ORDER_DAY_FIRST, "2008-01-10T13:30:00" },
    { "Published: 10.01.2008", PX_DAY_ORDER_DAY_FIRST, "2008-01-10" },
    { "Published: 10.01.2008", PX_DAY_ORDER_MONTH_FIRST, "2008-10-01" },
    /* dots are written both ways: no guess */
    { "Published: 10.01.2008", PX_DAY_ORDER_UNKNOWN, NULL },
    { "Published: 25.01.2008", PX_DAY_ORDER_UNKNOWN, "2008-01-25" },
    { "2012.08.08 09:01 AM", PX_DAY_ORDER_DAY_FIRST, "2012-08-08T09:01:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      guint seen = 0;

      _px_metadata_note_day_orders (notes[i].text, &seen);
      /* the orders proved; a date either way is noted apart */
      g_assert_cmpuint (seen & 3, ==, notes[i].seen);
    }
  /* a date either way is noted, a path or a version is not */
  {
    const char *either[] = { "10/01/2008", "Last updated at 13:44pm on 07.01.08", "Posted: 10.01.2008" };
    const char *neither[] = { "25/01/2008", "v1.2.08", "/pix/2008/01/10/a.jpg", "scored 3/4 in 2008", "version 1.10.2008.4" };

    for (guint i = 0; i < G_N_ELEMENTS (either); i++)
      {
        guint seen = 0;

        _px_metadata_note_day_orders (either[i], &seen);
        g_assert_cmpuint (seen & 4, ==, 4);
      }
    for (guint i = 0; i < G_N_ELEMENTS (neither); i++)
      {
        guint seen = 0;

        _px_metadata_note_day_orders (neither[i], &seen);
        g_assert_cmpuint (seen & 4, ==, 0);
      }
  }
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      const char *locales[] = { pages[i].locale, pages[i].other_locale };

      g_assert_cmpint (_px_metadata_day_order (pages[i].seen, locales, 2, pages[i].host), ==, pages[i].order);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *published = NULL;

      _px_metadata_line_dates (lines[i].line, lines[i].order, &published, NULL);
      g_assert_cmpstr (published, ==, lines[i].published);
    }
}

/* The same page's "10/01/2008" under its headline, as each piece of
 * evidence on a page reads it.
 */
static void
test_day_order_pages (void)
{
  struct
  {
    const char *head;
    const char *page_url;
    const char *more;
    const char *published;
  } cases[] = {
    { "<html lang=\"en-GB\"><head>", NULL, "", "2008-01-10" },
    { "<html><head><meta property=\"og:locale\" content=\"en_AU\">", NULL, "", "2008-01-10" },
    { "<html lang=\"en\"><head>", "https://www.example.ie/news/ferry", "", "2008-01-10" },
    { "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://www.example.co.uk/ferry\">", NULL, "", "2008-01-10" },
    { "<html><head>", NULL, "<p class=\"related\">Earlier: fares held, 25/11/2007</p>", "2008-01-10" },
    { "<html><head>", NULL, "<p class=\"related\">Earlier: fares held, 11/25/2007</p>", "2008-10-01" },
    { "<html lang=\"en-US\"><head>", "https://www.example.com/news/ferry", "", "2008-10-01" },
    /* nothing tells: the American order */
    { "<html lang=\"en\"><head>", "https://www.example.com/news/ferry", "", "2008-10-01" },
    /* else the English the page is written in: two more British marks
     * than American ones (spellings, the pound sign, "per cent"), not one,
     * and none in the page's head */
    { "<html><head>", NULL, "<p>The colour scheme was organised by the theatre's programme office.</p>", "2008-01-10" },
    { "<html><head>", NULL, "<p>Fares rise to &pound;4.50, and season tickets to &pound;60.</p>", "2008-01-10" },
    { "<html><head>", NULL, "<p>Fares rise by 5 per cent, and season tickets by 8 per cent.</p>", "2008-01-10" },
    { "<html><head>", NULL, "<p>The colour scheme was organised by the theater's program office.</p>", "2008-10-01" },
    { "<html><head><meta name=\"description\" content=\"\"><noscript>The colour scheme was organised by the "
      "theatre's programme office.</noscript>", NULL, "", "2008-10-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strconcat (
        cases[i].head, "<title>Council approves new ferry timetable</title></head><body><article>"
        "<h1>Council approves new ferry timetable</h1><div class=\"article-date\">Published: 10/01/2008</div>"
        "<p>Councillors voted on Wednesday evening to approve a new winter timetable for the island ferry, "
        "ending a dispute that had run since the summer.</p><p>The timetable adds an early sailing on "
        "weekdays and moves the last crossing of the day forward by half an hour.</p></article>",
        cases[i].more, "</body></html>", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_html ("ferry.html", html, strlen (html), cases[i].page_url, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
    }
  /* a plain text is read by its own dates */
  {
    const char *text = "Published: 10/01/2008\n\nCouncillors voted on Wednesday to approve the timetable.\n\n"
                       "The last change was made on 25/11/2007, after the summer dispute.\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = px_extract_plain_text ("ferry.txt", text, strlen (text), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (article->published, ==, "2008-01-10");
  }
}

/* The byline extraction reads from a page of the ferry story with @head
 * in its <head> and @header under its headline.
 */
static char *
ferry_page_byline (const char *head,
                   const char *header)
{
  g_autofree char *html = g_strconcat (
    "<html lang=\"en\"><head><title>Council approves new ferry timetable</title>", head, "</head><body><main>"
    "<header><h1>Council approves new ferry timetable</h1>", header, "</header><div>"
    "<p>Councillors voted on Wednesday evening to approve a new winter timetable for the island ferry, "
    "ending a dispute that had run since the summer.</p><p>The timetable adds an early sailing on "
    "weekdays and moves the last crossing of the day forward by half an hour.</p></div></main></body></html>",
    NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = px_extract_html ("ferry.html", html, strlen (html), NULL, &error);

  g_assert_no_error (error);
  return g_strdup (article->byline);
}

/* A byline in an element that no class names as one: a script-built
 * page's data-testid, rel=author, itemprop=author, a "By" line of its own
 * under the headline. A line under the headline that starts with "By"
 * and names no one, or a "By" line far below it, is no byline.
 */
static void
test_unnamed_bylines (void)
{
  struct
  {
    const char *header;
    const char *byline;
  } cases[] = {
    { "<div data-testid=\"AuthorByline\"><span>By <a href=\"/authors/jane-doe/\">Jane Doe</a> and "
      "<a href=\"/authors/john-roe/\">John Roe</a></span></div>", "Jane Doe and John Roe" },
    { "<div data-component=\"byline-block\"><span>Jane Doe</span></div>", "Jane Doe" },
    { "<div data-testid=\"AuthorByline\"><a href=\"/authors/jane-doe/\">Jane Doe</a></div>", "Jane Doe" },
    { "<div><a rel=\"author\" href=\"/profile/jane\">Jane Doe</a></div>", "Jane Doe" },
    { "<div itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span></div>", "Jane Doe" },
    { "<p>By Jane Doe</p>", "Jane Doe" },
    { "<div><span>By <a href=\"/staff/jane\">Jane Doe</a>, Health Correspondent</span></div>", "Jane Doe" },
    { "<p>BY JANE DOE</p>", "Jane Doe" },
    { "<p>By Tuesday, the council had met twice.</p>", NULL },
    { "<p>By the numbers</p>", NULL },
    { "<p>By land and sea, the ferry is the quicker way.</p>", NULL },
    { "<p>A summary of the vote on the new timetable and what it means.</p>", NULL },
    { "<div data-testid=\"Dateline\">LONDON</div>", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *byline = ferry_page_byline ("", cases[i].header);

      g_assert_cmpstr (byline, ==, cases[i].byline);
    }
  /* far below the headline, a "By" line is a reader's or a related story's */
  {
    g_autoptr(GString) html = g_string_new ("<html><head><title>Ferry</title></head><body><h1>Council approves new ferry timetable</h1>"
                                            "<div><p>Councillors voted on Wednesday evening to approve a new winter timetable "
                                            "for the island ferry, ending a dispute that had run since the summer.</p>");
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = NULL;

    for (guint i = 0; i < 20; i++)
      g_string_append (html, "<p>The timetable adds an early sailing on weekdays and moves the last crossing forward.</p>");
    g_string_append (html, "</div><div class=\"comments\"><p>By Jane Doe</p><p>Good news at last.</p></div></body></html>");
    article = px_extract_html ("ferry.html", html->str, html->len, NULL, &error);
    g_assert_no_error (error);
    g_assert_null (article->byline);
  }
  /* the page's own name or its publisher's after a comma in the markup's
   * author is no part of the name, as in a byline line */
  {
    const char *heads[] = {
      "<meta property=\"og:site_name\" content=\"The Daily Ledger\"><meta name=\"author\" content=\"Jane Doe, The Daily "
      "Ledger\">",
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
      "\"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe, Ledger Media Group\"}, \"publisher\": {\"@type\": "
      "\"Organization\", \"name\": \"Ledger Media Group\"}}</script>",
    };

    for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
      {
        g_autofree char *byline = ferry_page_byline (heads[i], "");

        g_assert_cmpstr (byline, ==, "Jane Doe");
      }
  }
}

/* A plain text's head: stamps and bylines above its first line of text
 * are its dates and byline, never its headline or a paragraph; under the
 * headline they are read and left where they stand; a line that starts
 * with a date and goes on is text.
 */
static void
test_plain_head (void)
{
  struct
  {
    const char *in;
    const char *title;
    const char *published;
    const char *updated;
    const char *byline;
    const char *text_starts;
  } cases[] = {
    { "Friday, June 7, 2013\n\nEsther Williams, swimmer and film star, dies at 91\n\n"
      "Esther Williams, the champion swimmer who became a film star, died on Thursday in Los Angeles.\n",
      "Esther Williams, swimmer and film star, dies at 91", "2013-06-07", NULL, NULL, "Esther Williams, swimmer" },
    { "UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM\n\nBy Jane Doe\n\nVane checks into rehab\n\n"
      "The singer checked into a treatment centre on Monday, her lawyer said.\n",
      "Vane checks into rehab", NULL, "2013-05-03T09:56:00", "Jane Doe", "Vane checks into rehab" },
    /* under the headline: read, and the text given as the file has it */
    { "Comets extend offer to slugger\n\n12/16/08 1:30 AM EST\n\n"
      "The Comets have put a seven-year deal in front of the free agent, a newspaper reported.\n",
      "Comets extend offer to slugger", "2008-12-16T01:30:00-05:00", NULL, NULL, "Comets extend offer" },
    { "Co-worker calls accused shooter spiritual\n\nFriday, Sep 10, 2010 | Updated 8:52 PM EDT\n\n"
      "A co-worker says the woman accused of the shooting is a good person.\n",
      "Co-worker calls accused shooter spiritual", "2010-09-10", "2010-09-10T20:52:00-04:00", NULL, "Co-worker calls" },
    /* content that opens with a date */
    { "On 22 July 2013 the council voted to close the library.\n\nThe vote was seven to two.\n",
      NULL, NULL, NULL, NULL, "On 22 July 2013 the council voted" },
    { "June 7, 2013 will be remembered as the day the river broke its banks.\n\n"
      "Hundreds of homes were flooded.\n",
      NULL, NULL, NULL, NULL, "June 7, 2013 will be remembered" },
    { "May 2, 2013: the day the vote was lost\n\nThe council voted the plan down by one vote.\n",
      "May 2, 2013: the day the vote was lost", NULL, NULL, NULL, "May 2, 2013: the day" },
    { "End of Watch: Friday, June 24, 2005\n\nThe deputy was shot while on patrol.\n",
      "End of Watch: Friday, June 24, 2005", NULL, NULL, NULL, "End of Watch" },
    /* a text that is nothing but a date keeps it */
    { "June 06, 2013\n", NULL, "2013-06-06", NULL, NULL, "June 06, 2013" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_plain_text ("story.txt", cases[i].in, strlen (cases[i].in), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, cases[i].title);
      g_assert_cmpstr (article->published, ==, cases[i].published);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
      g_assert_cmpstr (article->byline, ==, cases[i].byline);
      g_assert_true (g_str_has_prefix (article->text, cases[i].text_starts));
    }
}

/* A line that is only a time stamp, anywhere in a plain text's first
 * lines (under the headline, a standfirst or a caption), dates the
 * article: the earliest publication is the date, the latest update the
 * update, an "Edited" stamp an update, the name after a stamp's "by" the
 * byline. Below the headline it stays in the text, the file's character
 * for character. A sentence that holds a date, or a line of a sentence
 * wrapped in the file, dates nothing.
 */
static void
test_plain_stamps (void)
{
  struct
  {
    const char *in;
    const char *published;
    const char *updated;
    const char *byline;
  } cases[] = {
    { "Harbour ferry halted after engine fire\n\nPublished time: March 12, 2013 02:03\n\n"
      "Edited time: March 13, 2013 02:15\n\n"
      "The morning ferry to the islands was halted after a fire broke out in its engine room.\n",
      "2013-03-12T02:03:00", "2013-03-13T02:15:00", NULL },
    /* under a standfirst and a caption, both stamps on one line */
    { "Harbour ferry halted after engine fire\n\nNo one was hurt, the operator said.\n\n"
      "The ferry at the quay on Tuesday (Photo: Harbour Board)\n\n"
      "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013\n\n"
      "The morning ferry to the islands was halted after a fire broke out in its engine room.\n",
      "2013-03-12T02:31:00Z", "2013-03-12T22:19:00Z", NULL },
    /* the latest of two updates */
    { "Harbour ferry halted after engine fire\n\nUpdated: March 12, 2013 9:10 AM\n\n"
      "The morning ferry to the islands was halted after a fire broke out in its engine room.\n\n"
      "Last updated: March 12, 2013 4:45 PM\n\nThe operator said the ship would be back next week.\n",
      NULL, "2013-03-12T16:45:00", NULL },
    /* the earliest publication, and the name after a post's stamp */
    { "Harbour ferry halted after engine fire\n\nPosted on March 13, 2013 by Jane Doe\n\n"
      "The morning ferry to the islands was halted after a fire broke out in its engine room.\n\n"
      "First published March 12, 2013\n\nThe operator said the ship would be back next week.\n",
      "2013-03-12", NULL, "Jane Doe" },
    /* sentences that hold a date date nothing, nor does a wrapped line */
    { "Harbour ferry rules tightened\n\n"
      "The ban was published on March 12, 2013 and takes effect on the first of April.\n\n"
      "Operators who break it\npublished: March 12, 2013\nwill lose their licence.\n",
      NULL, NULL, NULL },
    { "Harbour ferry rules tightened\n\nUpdated guidance on March 12, 2013 told operators to carry two crews.\n",
      NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = strlen (cases[i].in);
      g_autoptr(PxArticle) article = px_extract_plain_text ("story.txt", cases[i].in, len, &error);

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (article->title, "Harbour ferry"));
      g_assert_cmpstr (article->published, ==, cases[i].published);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
      g_assert_cmpstr (article->byline, ==, cases[i].byline);
      /* the text is the file's, character for character, every paragraph
       * in it
       */
      g_assert_cmpuint (strlen (article->text), ==, len - 1);
      for (gsize k = 0; k + 1 < len; k++)
        g_assert_true (g_ascii_isspace (cases[i].in[k]) || article->text[k] == cases[i].in[k]);
      {
        guint blank_lines = 0;

        for (const char *p = strstr (cases[i].in, "\n\n"); p != NULL; p = strstr (p + 2, "\n\n"))
          blank_lines++;
        g_assert_cmpuint (article->paragraphs->len, ==, blank_lines + 1);
      }
    }
}

/* A block that is only a time stamp, under the headline or after the
 * article's first paragraph, is no text: an "Edited" stamp is an update,
 * the latest of the update stamps the update, the name after a stamp's
 * "by" the byline. A sentence that holds a date stays.
 */
static void
test_html_stamps (void)
{
  struct
  {
    const char *blocks;
    const char *published;
    const char *updated;
    const char *byline;
  } cases[] = {
    { "<p>Published time: March 12, 2013 02:03</p><p>Edited time: March 13, 2013 02:15</p>" BODY_TEXT,
      "2013-03-12T02:03:00", "2013-03-13T02:15:00", NULL },
    { BODY_TEXT "<p>Edited: 22:19 GMT, 12 March 2013</p><p>Edited: 23:40 GMT, 12 March 2013</p>"
                "<p>The committee will meet again in the autumn to hear the last of the witnesses.</p>",
      NULL, "2013-03-12T23:40:00Z", NULL },
    { "<p>The committee met on Tuesday.</p><p>Posted on March 12, 2013 by Jane Doe</p>" BODY_TEXT,
      "2013-03-12", NULL, "Jane Doe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Committee delays report</title></head><body>"
                                               "<article><h1>Committee delays report</h1>%s"
                                               "<p>The report was published on March 12, 2013 and runs to 400 pages, "
                                               "the clerk said.</p></article></body></html>",
                                               cases[i].blocks);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_html ("page.html", html, strlen (html), NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
      g_assert_cmpstr (article->byline, ==, cases[i].byline);
      g_assert_null (strstr (article->text, "2013 0"));
      g_assert_null (strstr (article->text, "GMT"));
      g_assert_null (strstr (article->text, "Jane Doe"));
      g_assert_nonnull (strstr (article->text, "The report was published on March 12, 2013 and runs"));
      g_assert_nonnull (strstr (article->text, "Members said the delay"));
    }
}

/* A date line in German, Russian or Ukrainian is a stamp as an English
 * one is: above a plain text's headline it dates the text and goes, under
 * it it dates the text and stays; a block of its own under a page's
 * headline dates the page and leaves the text. A sentence with such a
 * date in it dates nothing and stays.
 */
static void
test_translated_stamps (void)
{
  struct
  {
    const char *in;
    const char *title;
    const char *published;
    const char *updated;
    const char *text_starts;
  } plain[] = {
    { "Montag, 29. Dezember 2025, 10:12 Uhr\n\nStadtrat beschließt Radweg an der Elbe\n\n"
      "Der Stadtrat hat am Sonntagabend den Bau eines Radwegs beschlossen.\n",
      "Stadtrat beschließt Radweg an der Elbe", "2025-12-29T10:12:00", NULL, "Stadtrat beschließt" },
    { "29 декабря 2025 г.\n\nВ Твери открыли новый мост через Волгу\n\n"
      "В понедельник по мосту пустили первые автобусы, сообщили в мэрии.\n",
      "В Твери открыли новый мост через Волгу", "2025-12-29", NULL, "В Твери открыли" },
    { "У Полтаві відкрили бібліотеку для дітей\n\nОновлено: 15 лютого 2026 року о 08:30\n\n"
      "Після ремонту бібліотека знову приймає читачів, повідомили в міській раді.\n",
      "У Полтаві відкрили бібліотеку для дітей", NULL, "2026-02-15T08:30:00", "У Полтаві відкрили" },
    { "Stadtrat beschließt Radweg an der Elbe\n\nStand: 29.12.2025 10:12 Uhr\n\n"
      "Der Stadtrat hat am Sonntagabend den Bau eines Radwegs beschlossen.\n",
      "Stadtrat beschließt Radweg an der Elbe", NULL, "2025-12-29T10:12:00", "Stadtrat beschließt" },
    /* sentences that open with a date */
    { "Am 29. Dezember 2025 stimmten 31 der 45 Stadträte für den Radweg.\n\nDie Arbeiten beginnen im Frühjahr.\n",
      NULL, NULL, NULL, "Am 29. Dezember 2025 stimmten" },
    { "29 декабря 2025 года в мэрии Твери прошло совещание о мосте.\n\nРаботы начнутся весной.\n",
      NULL, NULL, NULL, "29 декабря 2025 года в мэрии" },
  };
  struct
  {
    const char *line;
    const char *published;
    const char *updated;
  } html[] = {
    { "Montag, 29. Dezember 2025, 10:12 Uhr", "2025-12-29T10:12:00", NULL },
    { "Aktualisiert am 30. Dezember 2025 um 08:05 Uhr", NULL, "2025-12-30T08:05:00" },
    { "29 декабря 2025 г., 10:12", "2025-12-29T10:12:00", NULL },
    { "ОБНОВЛЕНО: 30 ДЕКАБРЯ 2025, 08:05", NULL, "2025-12-30T08:05:00" },
    { "Опубліковано 15 лютого 2026 року о 08:30", "2026-02-15T08:30:00", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_plain_text ("story.txt", plain[i].in, strlen (plain[i].in), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, plain[i].title);
      g_assert_cmpstr (article->published, ==, plain[i].published);
      g_assert_cmpstr (article->updated, ==, plain[i].updated);
      g_assert_true (g_str_has_prefix (article->text, plain[i].text_starts));
    }
  for (guint i = 0; i < G_N_ELEMENTS (html); i++)
    {
      g_autofree char *page = g_strdup_printf ("<html><head><title>Bürgerhaus wird saniert</title></head><body>"
                                               "<article><h1>Bürgerhaus wird saniert</h1><p>%s</p>"
                                               "<p>Der Gemeinderat hat die Sanierung des Bürgerhauses am Markt "
                                               "einstimmig beschlossen.</p>"
                                               "<p>Am 29. Dezember 2025 lag das Gutachten vor, das Schäden am Dach "
                                               "und an den Leitungen fand.</p>"
                                               "<p>Die Arbeiten sollen 1,8 Millionen Euro kosten und im Sommer "
                                               "fertig sein.</p></article></body></html>",
                                               html[i].line);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_html ("page.html", page, strlen (page), NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, html[i].published);
      g_assert_cmpstr (article->updated, ==, html[i].updated);
      g_assert_true (g_str_has_prefix (article->text, "Der Gemeinderat hat"));
      g_assert_nonnull (strstr (article->text, "Am 29. Dezember 2025 lag das Gutachten vor"));
      g_assert_null (strstr (article->text, html[i].line));
    }
}

static void
test_updated (void)
{
  struct
  {
    const char *head;
    const char *body;
    const char *published;
    const char *updated;
  } cases[] = {
    { "<meta property='article:published_time' content='2025-12-29T10:00:00Z'>"
      "<meta property='article:modified_time' content='2025-12-29T12:30:00Z'>",
      "", "2025-12-29T10:00:00Z", "2025-12-29T12:30:00Z" },
    { "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"A headline "
      "for the test\", \"datePublished\": \"2025-12-29T10:00:00Z\", \"dateModified\": "
      "\"2025-12-30T08:00:00+01:00\"}</script>",
      "", "2025-12-29T10:00:00Z", "2025-12-30T08:00:00+01:00" },
    { "", "<p class='meta'>Published <time datetime='2025-12-29T10:00:00Z'>Monday</time>, updated "
          "<time class='updated' datetime='2025-12-29T18:00:00Z'>6pm</time></p>",
      "2025-12-29T10:00:00Z", "2025-12-29T18:00:00Z" },
    { "", "<span class='date-modified'><time datetime='2025-12-31'>31 December</time></span>",
      NULL, "2025-12-31" },
    { "<meta property='article:published_time' content='2025-12-29T10:00:00Z'>", "",
      "2025-12-29T10:00:00Z", NULL },
    /* a stamp in a block of metadata that the text leaves out */
    { "", "<div class='article-meta'><span class='author'>By Jane Doe</span> | Published 10:00 AM, "
          "December 29, 2025 | <span>Updated 6:15 PM, December 29, 2025</span></div>",
      NULL, "2025-12-29T18:15:00" },
    /* a sentence that mentions an update is not a stamp */
    { "", "<p>The council said it had updated its figures on December 30, 2025, after the audit.</p>",
      NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>A headline for the test</title>%s</head>"
                                               "<body>%s<article>" BODY_TEXT "</article></body></html>",
                                               cases[i].head, cases[i].body);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
    }
}

static void
test_byline_cleaning (void)
{
  g_autofree char *by = _px_metadata_clean_byline ("  By   Jane Doe ");
  g_autofree char *url = _px_metadata_clean_byline ("https://www.facebook.com/janedoe");
  g_autofree char *empty = _px_metadata_clean_byline ("By ");
  g_autofree char *nothing = _px_metadata_clean_byline ("");
  g_autofree char *dated = _px_metadata_clean_byline ("Dan Goodin - Apr 16, 2015 8:02 pm UTC");
  g_autofree char *dated2 = _px_metadata_clean_byline ("By Joshua Sokol May 20, 2019");
  g_autofree char *links = _px_metadata_clean_byline ("Sign In | Sign Up | Subscribe | My Tools | My Pages | My Account | Sign Out");
  /* many names are still a byline; a long sentence is not */
  g_autofree char *names = _px_metadata_clean_byline ("By Ana Petrova, Tom Okafor, Lucia Moreno, Omar Haddad and Kim Larsen");
  g_autofree char *sentence = _px_metadata_clean_byline ("By Tuesday the Council had agreed to Publish the Report in full.");

  /* a stamp's label or a tool after the name is no part of it */
  g_autofree char *labelled = _px_metadata_clean_byline ("The Associated Press Published:");
  g_autofree char *label = _px_metadata_clean_byline ("Published:");
  g_autofree char *stamp = _px_metadata_clean_byline ("Dec 16, 2007 18:22 | Updated");
  g_autofree char *posted = _px_metadata_clean_byline ("posted 8:58 am");
  g_autofree char *mail = _px_metadata_clean_byline ("Edward M. Gomez (Email)");

  /* a name in capitals before the writer's organisation: the name, in
   * the case names are written in (a single word of capitals is kept)
   */
  g_autofree char *capitals = _px_metadata_clean_byline ("By TOMAS ORTIZ-BELL Associated Press");
  g_autofree char *shouted = _px_metadata_clean_byline ("JANE O'NEILL AND OMAR HADDAD");
  g_autofree char *scottish = _px_metadata_clean_byline ("By ANGUS MCDONALD AND RORY MACK The Herald");
  g_autofree char *acronym = _px_metadata_clean_byline ("By AFP");
  g_autofree char *agency = _px_metadata_clean_byline ("By RUTH ADEYEMI AP Science Writer LAGOS");
  g_autofree char *mixed = _px_metadata_clean_byline ("By Ana McDonald, The Daily Courier");
  /* who edited a live page's posts */
  g_autofree char *edited = _px_metadata_clean_byline ("Edited by Fiona Carrick");
  /* a writer's title after the name, without a comma */
  g_autofree char *titled = _px_metadata_clean_byline ("By Kate Lyle Local Democracy Reporter");
  g_autofree char *titled2 = _px_metadata_clean_byline ("Jane Doe Senior Political Correspondent");
  g_autofree char *untitled = _px_metadata_clean_byline ("Mary Ann Smith Reporter");
  g_autofree char *special = _px_metadata_clean_byline ("Our Special Correspondent");
  g_autofree char *league = _px_metadata_clean_byline ("Scott Garbarini, Associate NFL Editor");
  g_autofree char *agency_desk = _px_metadata_clean_byline ("Jeff Latzke AP Sports Writer");
  /* a stamp after a comma that opens with its weekday; a dateline with no
   * day in an element named like a byline ("<b class=Dateline>")
   */
  g_autofree char *weekday_stamp = _px_metadata_clean_byline ("by Tameka Kee, Friday, Dec 28, 2007 9:00 AM ET");
  /* a wire's stamp without a year after the writer's title; a name
   * that is a month's and a day with no clock is no stamp
   */
  g_autofree char *wire_stamp = _px_metadata_clean_byline ("By MARTA DELLACROIX, Associated Press Writer Sat Jan 5, 4:12 PM ET");
  g_autofree char *wire_stamp2 = _px_metadata_clean_byline ("By Owen Marsh, AP Business Writer Fri Dec 28, 6:46 AM ET");
  g_autofree char *month_name = _px_metadata_clean_byline ("By April Dawes");
  g_autofree char *no_clock = _px_metadata_clean_byline ("By Ruth March 12");
  g_autofree char *place = _px_metadata_clean_byline ("GENEVA -- ");
  g_autofree char *place2 = _px_metadata_clean_byline ("NEW YORK, N.Y. \u2014");

  g_assert_cmpstr (wire_stamp, ==, "Marta Dellacroix");
  g_assert_cmpstr (wire_stamp2, ==, "Owen Marsh");
  g_assert_cmpstr (month_name, ==, "April Dawes");
  g_assert_cmpstr (no_clock, ==, "Ruth March 12");
  g_assert_cmpstr (capitals, ==, "Tomas Ortiz-Bell");
  g_assert_cmpstr (shouted, ==, "Jane O'Neill and Omar Haddad");
  g_assert_cmpstr (scottish, ==, "Angus McDonald and Rory Mack");
  g_assert_cmpstr (acronym, ==, "AFP");
  g_assert_cmpstr (agency, ==, "Ruth Adeyemi");
  g_assert_cmpstr (mixed, ==, "Ana McDonald, The Daily Courier");
  g_assert_cmpstr (edited, ==, "Fiona Carrick");
  g_assert_cmpstr (titled, ==, "Kate Lyle");
  g_assert_cmpstr (titled2, ==, "Jane Doe");
  g_assert_cmpstr (untitled, ==, "Mary Ann Smith");
  g_assert_cmpstr (special, ==, "Our Special Correspondent");
  /* after a comma, a title is set apart whatever its words */
  g_assert_cmpstr (league, ==, "Scott Garbarini");
  g_assert_cmpstr (agency_desk, ==, "Jeff Latzke AP Sports Writer");
  g_assert_cmpstr (weekday_stamp, ==, "Tameka Kee");
  g_assert_null (place);
  g_assert_null (place2);
  /* a desk title or an outlet after a comma is no part of the names */
  {
    const char *cases[][2] = {
      { "By Jane Doe, Senior Correspondent", "Jane Doe" },
      { "By Jane Doe, Washington Bureau Chief", "Jane Doe" },
      { "By Jane Doe, Arts and Culture Editor", "Jane Doe" },
      { "By Jane Doe and John Roe, Staff Writers", "Jane Doe and John Roe" },
      { "By Jane Doe, Political Reporter, and John Roe", "Jane Doe and John Roe" },
      { "By Jane Doe, White House Correspondent for The Daily Ledger", "Jane Doe" },
      { "Claire Dubois, Digital Channel Editor, at the motor show in Geneva", "Claire Dubois" },
      { "By Jane Doe, Reuters", "Jane Doe" },
      { "By Jane Doe, Ledger Staff", "Jane Doe" },
      { "Friday, January 11, 2008 By Omar Haddad, AFP", "Omar Haddad" },
      { "16th Jan 2008, 09:28am by Ruth Adeyemi.", "Ruth Adeyemi" },
      /* a relative stamp after the names and the writer's title */
      { "OMAR HADDAD, Associated Press Writer 10 minutes ago", "Omar Haddad" },
      { "By Jane Doe 2h ago", "Jane Doe" },
      { "By Jane Doe an hour ago", "Jane Doe" },
      /* a suffix, a degree, more names, a place stay */
      { "By Jane Doe, Jr.", "Jane Doe, Jr." },
      { "By Jane Doe, Ph.D.", "Jane Doe, Ph.D." },
      { "By Jane Doe, John Roe and Ann Poe", "Jane Doe, John Roe and Ann Poe" },
      { "By Jane Doe, Washington", "Jane Doe, Washington" },
      /* without "By", a stop is an abbreviation's */
      { "Acme Holdings Ltd.", "Acme Holdings Ltd." },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *clean = _px_metadata_clean_byline (cases[i][0]);

        g_assert_cmpstr (clean, ==, cases[i][1]);
      }
  }
  /* the page's own name after a comma goes, another's stays */
  {
    char own[] = "Jane Doe, The Daily Ledger";
    char publisher[] = "Jane Doe, Ledger Media Group";
    char other[] = "Jane Doe, The Valley Courier";
    /* a name that ends as the outlet's does, with no comma before it */
    char surname[] = "Heath Ledger";

    _px_metadata_drop_byline_outlet (own, "The Daily Ledger", NULL);
    _px_metadata_drop_byline_outlet (publisher, "The Daily Ledger", "Ledger Media Group");
    _px_metadata_drop_byline_outlet (other, "The Daily Ledger", NULL);
    _px_metadata_drop_byline_outlet (surname, "Ledger", NULL);
    _px_metadata_drop_byline_outlet (NULL, "The Daily Ledger", NULL);
    g_assert_cmpstr (own, ==, "Jane Doe");
    g_assert_cmpstr (publisher, ==, "Jane Doe");
    g_assert_cmpstr (other, ==, "Jane Doe, The Valley Courier");
    g_assert_cmpstr (surname, ==, "Heath Ledger");
  }
  /* an outlet's name is no person's */
  g_assert_true (_px_metadata_byline_names_outlet ("RT", "RT", NULL));
  g_assert_true (_px_metadata_byline_names_outlet ("BBC News", "BBC", "BBC News"));
  g_assert_true (_px_metadata_byline_names_outlet ("Valley Gazette", "Valley Gazette", NULL));
  g_assert_true (_px_metadata_byline_names_outlet ("Reuters", NULL, NULL));
  g_assert_false (_px_metadata_byline_names_outlet ("Jane Doe", "BBC", "BBC News"));
  g_assert_false (_px_metadata_byline_names_outlet ("Associated Press", "KXYZ", "KXYZ"));

  g_assert_cmpstr (labelled, ==, "The Associated Press");
  g_assert_null (label);
  g_assert_null (stamp);
  g_assert_null (posted);
  g_assert_cmpstr (mail, ==, "Edward M. Gomez");
  g_assert_cmpstr (by, ==, "Jane Doe");
  g_assert_cmpstr (dated, ==, "Dan Goodin");
  g_assert_cmpstr (dated2, ==, "Joshua Sokol");
  g_assert_null (links);
  g_assert_cmpstr (names, ==, "Ana Petrova, Tom Okafor, Lucia Moreno, Omar Haddad and Kim Larsen");
  g_assert_null (sentence);
  g_assert_null (url);
  g_assert_null (empty);
  g_assert_null (nothing);
}

static void
test_json_ld_variants (void)
{
  /* an array at the top, a type list, a broken script before a good one */
  const char *html =
    "<html><head><title>Something else entirely | Site</title>"
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
    "<script type='application/ld+json'>[{\"@type\":\"BreadcrumbList\"},"
    "{\"@type\":[\"Thing\",\"ReportageNewsArticle\"],\"headline\":\"Committee &amp; report\","
    "\"datePublished\":\"2025-06-01T09:30:00+02:00\",\"author\":\"By Sam Lee\","
    "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Courier Group\"}}]</script>"
    "</head><body><article>" BODY_TEXT "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Committee & report");
  g_assert_cmpstr (article->published, ==, "2025-06-01T09:30:00+02:00");
  g_assert_cmpstr (article->byline, ==, "Sam Lee");
  g_assert_cmpstr (article->outlet, ==, "Courier Group");
}

static void
test_no_content (void)
{
  const char *nav_only = "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav>"
                         "<footer>Copyright</footer></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (nav_only, NULL, &error);

  g_assert_null (article);
  g_assert_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT);
  g_assert_nonnull (strstr (error->message, "test.html"));
  g_clear_error (&error);

  article = px_extract_html ("empty.html", "", 0, NULL, &error);
  g_assert_null (article);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "empty.html"));
}

/* A page with no article text (a video's page) is still named by what it
 * says about itself: the error names the file and the page, and the caller
 * gets the page's headline, outlet, date and address.
 */
static void
test_no_content_keeps_page (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "extract", "video-page-no-text.html", NULL);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) page = NULL;
  g_autoptr(PxArticle) article = px_input_load_article_full (fetcher, path, NULL, NULL, &page, &error);
  g_autofree char *expected = g_strdup_printf ("%s has no article text that could be found: the page is "
                                               "“Watch: Floodwater reaches the old mill in Harlow Vale” "
                                               "(Riverside Herald)", path);

  g_assert_null (article);
  g_assert_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_nonnull (page);
  g_assert_cmpstr (page->input, ==, path);
  g_assert_cmpstr (page->title, ==, "Watch: Floodwater reaches the old mill in Harlow Vale");
  g_assert_cmpstr (page->outlet, ==, "Riverside Herald");
  g_assert_cmpstr (page->published, ==, "2026-02-14T07:45:00Z");
  g_assert_cmpstr (page->url, ==, "https://www.riverside-herald.example/video/floodwater-old-mill");
  g_assert_cmpuint (page->paragraphs->len, ==, 0);

  /* a page that names nothing says only that it has no text */
  g_clear_error (&error);
  g_clear_pointer (&page, px_article_unref);
  g_assert_null (px_extract_describe_page (NULL));
  article = px_extract_html ("bare.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>", 57, NULL,
                             &error);
  g_assert_null (article);
  g_assert_cmpstr (error->message, ==, "bare.html has no article text that could be found");
}

/* A headline from a hostile page stays short and inert in the message:
 * no terminal escape, no direction override, not 10,000 characters.
 */
static void
test_no_content_hostile_page (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><meta property=\"og:title\" content=\"\x1b]0;owned\x07"
                                          "\xe2\x80\xae\x1b[31mBreaking ");
  g_autoptr(PxArticle) page = px_article_new ("hostile.html");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autofree char *described = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append (html, "news ");
  g_string_append (html, "\"><meta property=\"og:site_name\" content=\"\xe2\x80\xaeHerald\x1b[2J\">"
                         "</head><body><nav><a href='/'>Home</a></nav></body></html>");
  article = px_extract_html ("hostile.html", html->str, html->len, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT);
  g_assert_true (g_str_has_prefix (error->message, "hostile.html has no article text that could be found: the page is “"));
  g_assert_nonnull (strstr (error->message, "Breaking news news"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 200);
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_null (strchr (error->message, '\x07'));
  g_assert_null (strstr (error->message, "\xe2\x80\xae"));
  g_assert_true (g_str_has_suffix (error->message, "…” (Herald)"));

  /* a right-to-left headline is isolated, so the message keeps its order */
  page->title = g_strdup ("\xd7\x94\xd7\xa6\xd7\x91\xd7\xa2\xd7\x94 \xd7\x91\xd7\x9b\xd7\xa0\xd7\xa1\xd7\xaa");
  page->outlet = g_strdup ("Example Times");
  described = px_extract_describe_page (page);
  g_assert_cmpstr (described, ==, "“\xe2\x81\xa8\xd7\x94\xd7\xa6\xd7\x91\xd7\xa2\xd7\x94 "
                                  "\xd7\x91\xd7\x9b\xd7\xa0\xd7\xa1\xd7\xaa\xe2\x81\xa9” (Example Times)");
}

/* A source whose page has no article text keeps the page's headline and
 * outlet for its column, and says why it failed by the page's name.
 */
static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
}

static void
test_no_content_source (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "extract", "video-page-no-text.html", NULL);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(PxSource) source = px_source_new_for_input (path);
  g_autofree char *title = NULL;
  g_autofree char *failure = NULL;
  g_autofree char *expected = NULL;
  gboolean done = FALSE;

  g_assert_null (px_source_describe_failure (source));
  px_source_load_async (source, NULL, 0, fetcher, NULL, loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (px_source_get_state (source), ==, PX_SOURCE_FAILED);
  g_assert_null (px_source_get_article (source));
  g_assert_cmpstr (px_source_get_outlet (source), ==, "Riverside Herald");
  title = px_source_dup_title (source);
  g_assert_cmpstr (title, ==, "Watch: Floodwater reaches the old mill in Harlow Vale");
  g_assert_cmpstr (px_source_get_failed_page (source)->published, ==, "2026-02-14T07:45:00Z");
  failure = px_source_describe_failure (source);
  expected = g_strdup_printf ("Parallax found no article text in “Watch: Floodwater reaches the old mill in Harlow "
                              "Vale” (Riverside Herald), at %s", path);
  g_assert_cmpstr (failure, ==, expected);
}

static gboolean
has_paragraph (PxArticle  *article,
               const char *text)
{
  for (guint i = 0; i < px_article_get_n_paragraphs (article); i++)
    {
      const PxSpan *span = &g_array_index (article->paragraphs, PxSpan, i);

      if (span->end - span->start == strlen (text)
          && strncmp (article->text + span->start, text, span->end - span->start) == 0)
        return TRUE;
    }
  return FALSE;
}

/* An update's clock alone ("Updated at 10:40 p.m.") takes the day the
 * article was published, in its zone, when it is later that day; not an
 * earlier clock, nor a clock beside a publication time in UTC, which is
 * no clock of the page's own zone.
 */
static void
test_update_clock_alone (void)
{
  const struct
  {
    const char *published;
    const char *stamp;
    const char *updated;
  } cases[] = {
    { "2025-03-05T14:29:00-05:00", "Updated at 10:40 p.m.", "2025-03-05T22:40:00-05:00" },
    { "2025-03-05T14:29:00-05:00", "Updated at 9:10 a.m.", NULL },
    { "2025-03-05T14:29:00Z", "Updated at 10:40 p.m.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *html = g_strdup_printf (
        "<html><head><title>Harbour gates fail again</title>"
        "<meta property=\"article:published_time\" content=\"%s\"></head><body><article>"
        "<h1>Harbour gates fail again</h1><p>%s</p>" BODY_TEXT "</article></body></html>",
        cases[i].published, cases[i].stamp);
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->published, ==, cases[i].published);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
    }
}

/* Lines of page furniture, each placed among the paragraphs of an
 * article, are left out; lines of article text that look like them stay.
 */
/* An editors' note that is a notice about the page (the label alone, or
 * one sentence about the story itself) at the article's head or foot is
 * furniture; a correction, a note of more sentences, one about the event
 * or its people, or a notice in the middle of the article, is text.
 */
#define LONG_PARAGRAPH                                                                                      \
  "<p>The harbour board voted on Tuesday to close the east gate for the whole of the winter, after "       \
  "divers found two more cracks in its hinges, and said the fishing fleet would use the west channel "      \
  "until the repairs were finished in the spring.</p>"

static void
test_editors_notes (void)
{
  enum { HEAD, MIDDLE, FOOT };
  struct
  {
    const char *note;
    int where;
    gboolean kept;
  } cases[] = {
    { "Editor's note: This story contains descriptions of an accident at sea.", HEAD, FALSE },
    { "Editor\u2019s Note: This article was first published in the Harbour Times on May 3.", FOOT, FALSE },
    { "EDITOR'S NOTE: This is part of a series on the towns of the coast.", HEAD, FALSE },
    { "Editors' note: This interview has been edited for length and clarity.", FOOT, FALSE },
    { "Editor's note:", FOOT, FALSE },
    { "Editor's Note", MIDDLE, FALSE },
    /* a notice amid the text is left where the paper put it */
    { "Editor's note: This story has been updated.", MIDDLE, TRUE },
    /* a correction, which the reader needs */
    { "Editor's note: An earlier version of this story gave the wrong date for the vote.", FOOT, TRUE },
    /* a word on the people in the story, not on the page */
    { "(Editor's note: Mr. Holm was well aware of that, being a sailor himself!)", FOOT, TRUE },
    { "Editor's note: The fleet's owners include the board's chair, who did not vote.", HEAD, TRUE },
    /* a paragraph of real content */
    { "Editor's note: The writer spent two weeks aboard the dredger for this story. She paid her own way, "
      "and the company saw nothing before publication.", FOOT, TRUE },
    { "Editor's notebook: the gates at dawn, the quay at dusk and the fleet between them.", HEAD, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *note = g_strdup_printf ("<p>%s</p>", cases[i].note);
      g_autofree char *html = g_strconcat (
        "<html><head><title>Harbour gates fail again</title></head><body><article><h1>Harbour gates fail again</h1>",
        cases[i].where == HEAD ? note : "", LONG_PARAGRAPH LONG_PARAGRAPH LONG_PARAGRAPH,
        cases[i].where == MIDDLE ? note : "", LONG_PARAGRAPH LONG_PARAGRAPH LONG_PARAGRAPH,
        cases[i].where == FOOT ? note : "", "</article></body></html>", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      if (has_paragraph (article, cases[i].note) != cases[i].kept)
        g_error ("\"%s\" should %sbe in the article text", cases[i].note, cases[i].kept ? "" : "not ");
      g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 6 + (cases[i].kept ? 1 : 0));
    }
}

/* A soft hyphen ("govern&shy;ment"), a word joiner and a byte order
 * mark inside a word are nothing a reader sees: the word stays whole, in
 * the text and in the title; a zero-width space is nothing too.
 */
static void
test_invisible_joiners (void)
{
  const char *html = "<html><head><title>Govern&shy;ment to re&shy;open the harbour</title></head><body><article>"
                     "<h1>Govern&shy;ment to re&shy;open the harbour</h1>"
                     "<p>The govern&shy;ment said the harbour\xe2\x81\xa0master and the inter\xef\xbb\xbfnational "
                     "inspectors would meet on Monday to discuss the gates, which failed again last week.</p>"
                     BODY_TEXT "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Government to reopen the harbour");
  g_assert_true (has_paragraph (article, "The government said the harbourmaster and the international inspectors "
                                         "would meet on Monday to discuss the gates, which failed again last week."));
}

/* A teaser's line in the story ("RELATED: ...") before its last two
 * short paragraphs does not end the story (they were taken for the
 * teasers of a list of other stories); a list of headlines after them
 * still does.
 */
static void
test_teaser_before_last_lines (void)
{
  const char *story = "<html><head><title>Harbour gates fail again</title></head><body><article>"
                      "<h1>Harbour gates fail again</h1>" BODY_TEXT
                      "<p>Boat owners were told on Monday that the inner basin would stay closed to craft over ten "
                      "metres until the gates could be shut and opened safely again.</p>"
                      "<p>Engineers said the east gate's hinge had cracked in the cold, and that a new one would "
                      "take at least six weeks to make and fit.</p>"
                      "<p><strong>RELATED:</strong> <a href=\"/g\">Gates were checked in May</a></p>"
                      "<p>The council will meet again on Thursday to decide on the repairs.</p>"
                      "<p>Should the harbour close for the whole winter?</p>";
  g_autofree char *kept = g_strconcat (story, "</article></body></html>", NULL);
  g_autofree char *list = g_strconcat (story, "<p>Related: Ferry timetable to change</p><p>New caf\u00e9 opens on the quay</p>"
                                              "<p>Lifeboat crew honoured</p></article></body></html>", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (kept, NULL, &error);
  g_autoptr(PxArticle) listed = NULL;

  g_assert_no_error (error);
  g_assert_true (has_paragraph (article, "The council will meet again on Thursday to decide on the repairs."));
  g_assert_true (has_paragraph (article, "Should the harbour close for the whole winter?"));
  g_assert_false (has_paragraph (article, "RELATED: Gates were checked in May"));

  listed = extract_string (list, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_paragraph (listed, "Should the harbour close for the whole winter?"));
  g_assert_false (has_paragraph (listed, "Lifeboat crew honoured"));
  g_assert_false (has_paragraph (listed, "New caf\u00e9 opens on the quay"));
}

static void
test_furniture_lines (void)
{
  const char *furniture[] = {
    "Associated Press - January 2, 2025 7:33 AM ET",
    "Jane Holm 29 Dec, 2025",
    "January 18, 2025 - 11:42AM",
    "(AP)",
    "AFP, Reuters",
    "(Source: Harbour Times)",
    "Northshore News Staff",
    "1.2K shares",
    "12",
    "Search for more properties",
    "View all press releases",
    "SPONSORED LINKS",
    "Pick up a good habit: subscribe now to save 30%",
    "The opinions expressed are those of the writer and do not necessarily reflect those of the paper.",
    "You must login or register to post a comment.",
    "Getty Images",
    /* a picture's or a video's labels for screen readers, as the BBC sets them */
    "Media caption, Islanders say the ferry is their lifeline",
    "Image caption, The ferry has served the route since 1998",
    "Image source, Getty Images",
    /* RT's line under its articles */
    "You can share this story on social media:",
    /* the outlets' own promotions and notes that the page will change */
    "Explore more on these topics",
    "Reuse this content",
    "Get our breaking news email, free app or daily news podcast",
    "Add Fox News on Google News",
    "This is a developing story and will be updated.",
    "This story has been updated with additional information.",
    "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.",
    "Follow AP's coverage of the harbour at https://apnews.com/hub/harbour",
    "Associated Press writer Jane Holm in Lisbon contributed.",
    "AP Writers Jane Holm and John Roe in New York contributed.",
    "Follow us on Google News",
    "Discover more from Harbour Notes",
    "Type your email…",
    "Photo by Jane Holm on Unsplash",
    "Read the original article.",
    "Disclosure statement",
    "Want more news? Get the app",
    "For the latest headlines, follow our Google News channel online or via the app.",
    "Contributing: Jane Holm, USA TODAY",
    /* a line of topics set apart by bullets; a player's buttons; a promotion */
    "All About Harbour Gates \u2022 Port Authority \u2022 Northfield",
    "disable ad",
    "Catch up on our extensive coverage of the harbour.",
    /* galleries, players, credits and notes of the page's own workings */
    "1of12",
    "Image 3 of 12",
    "Next slide",
    "Show More Show Less",
    "Brittany Jones, Harbour Chronicle / Staff writer",
    "This content is protected by copyright and may not be reused.",
    "Edited by John Roe",
    "Fact checked by John Roe",
    "Sponsored by Harbour Bank",
    "Edited by John Roe, the night editor.",
    "In partnership with Harbour Bank",
    "This article is more than 2 years old",
    "Open this photo in gallery:",
    "Audio for this article is not available at this time.",
    "Your browser does not support the video tag.",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "Something went wrong. Please try again later.",
    "Got a confidential news tip?",
    "Jane Holm/AP",
    "\u2014 Jane Holm (@janeholm) November 19, 2025",
    "Trending now",
    "Ferry timetable changes for the winter",
    "Harbour webcam: http://www.example.com/harbour-cam",
    "Have a view on this story? Send us your feedback!",
    "by harbourfan 0 comments Filed Under: News, Local",
    "Follow @harbourtimes",
    "Listen to this article 4 min",
    "Harbour Times \u00a9 2025",
    "Contact Jane Holm at 555-0100.",
    "\u2014 Reporting by Jane Holm; Editing by John Roe",
    "\u2014Jane Holm",
    "This article is reproduced with permission from the Harbour Times.",
    "Support local journalism",
    "January 7, 2025 4:30 PM | Printable version",
    "Dec 28, 2025 - Email this - Comments (3)",
    /* notes about the page (2026-12-04, dev2 classes) */
    "(Corrects spelling of the harbour master's name in paragraph 3)",
    "(Updates with council statement, adds background)",
    "The views expressed by contributors are their own and not the view of the Harbour Times.",
    "The statements, views and opinions expressed in this column are solely those of the author.",
    "Opinions expressed here do not necessarily represent those of the Harbour Times.",
    "Support independent coastal journalism. Give now",
    "Republish this story for free under a Creative Commons license.",
    "Harbour Day in pictures View Gallery (24 Photos)",
    "HarbourTimes.com",
    "This article appears in the May 2026 print edition with the headline \u201cGates of Trouble.\u201d",
    "by Jane Holm - 03/12/25 9:05 AM ET Updated 03/12/25 11:20 AM ET",
    "Sign up for our newsletter to get the harbour news every morning.",
    "Powered by Harbour Press",
    "Originally published January 7, 2025",
    /* what stands in for a social post or a video not loaded (the BBC's
     * shape of 2025), and a station group's syndication trailer
     */
    "Skip twitter post by Jane Holm",
    "End of Instagram post",
    "Allow TikTok content?",
    "This article contains content provided by X. We ask for your permission before anything is loaded, as they may "
    "be using cookies and other technologies. You may want to read the cookie policy and privacy policy before "
    "accepting. To view this content choose \u2018accept and continue\u2019.",
    /* a consent platform's notice over the page, and its heading */
    "We value your privacy",
    "We and our partners keep and read information on your device, such as cookies, and use personal data "
    "such as identifiers and what your browser sends, for personalised ads and content and to measure them.",
    "You can change your preferences at any time, or refuse to consent, where we rely on legitimate interest.",
    "This video can not be played",
    "To play this video you need to enable JavaScript in your browser.",
    "For the latest news, weather, sports, and streaming video, head to Harbour 7.",
    /* the older BBC's screen-reader labels, a wire picture's caption in the
     * text, a share prompt
     */
    "Image copyright Getty Images Image caption The ferry has served the route since 1998",
    "Media playback is unsupported on your device",
    "FILE PHOTO: A ferry leaves the harbour in Northfield, Britain, March 3, 2019. REUTERS/Jane Holm/File Photo",
    "Dock workers gather outside the port authority offices. REUTERS/Jane Holm",
    "Think your friends would be interested? Share this story!",
    /* players, gift links, page feet, credits and prompts of news sites'
     * article pages (2019-2025 shapes)
     */
    "Video Ad Feedback",
    "Hide Caption",
    "Now Playing",
    "Watch live",
    "Gift Article",
    "Send any friend a story",
    "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
    "Sign in to your account",
    "Privacy Policy",
    "Terms of Service",
    "Corrections policy",
    "Supported by",
    "Key Points",
    "VIDEO 2:14 02:14 Harbour gates fail again",
    "Scroll down for video",
    "Loading Something is loading.",
    "This article tagged under:",
    "What to read next",
    "Read the full story at the Harbour Times.",
    "We want to hear from you. Tell us what you think about the harbour.",
    "Our journalism depends on your support. Please consider a donation.",
    "By clicking Sign up, you agree to receive marketing emails.",
    "Download the Harbour News app for breaking news and politics.",
    "Analysis by Jane Holm, Harbour Times",
    "Produced by Jane Holm",
    "Graphics by Jane Holm",
    "\u2014 With assistance by Jane Holm",
    "Also on rt.com Grain exports fall to lowest level in five years",
    "All products recommended by Harbour Gadgets are selected by our editorial team, independent of our parent "
    "company. Some of our stories include affiliate links. If you buy something through one of these links, we may "
    "earn an affiliate commission.",
    "When you buy something using the retail links in our stories, we may earn a small affiliate commission.",
    "More Great Harbour Stories",
    "Listing image by Jane Holm",
    "Go deeper: Harbour gates fail again",
    "Sponsor Message",
    "Have a confidential tip for our reporters? Get in touch",
    "Click to expand",
    "This story was produced in partnership with the Harbour Trust.",
    "Please use the sharing tools found via the share button at the top or side of articles.",
    "Unlock this article",
    "Get the latest from Congress every morning. Sign up with your email.",
    /* a site's legal notice in its own words */
    "Reproduction of any part of this website without the written permission of the publisher is prohibited.",
    "The content of this site is provided as is, for informational purposes only, without warranty of any kind.",
    /* teasers' labels, in English and in the other languages of news sites */
    "SEE ALSO: Harbour gates fail again",
    "Lesen Sie auch: Hafentore versagen erneut",
    "Lire aussi : Les portes du port c\u00e8dent encore",
    "Te puede interesar: Las compuertas del puerto fallan otra vez",
    "Leggi anche: Le paratoie del porto cedono ancora",
  };
  const char *kept[] = {
    "By Tuesday, the vote had passed and the council had gone home for the summer.",
    "Also seen at the quay on Monday were two fishing boats that had lost their nets.",
    /* a report of a dispute over copying, and of a publisher: the law's words or the site's, not both */
    "The band said reproduction of its songs without written permission is prohibited, and sued the club on Monday.",
    "The publisher said the harbour history would be printed again in May, with a new chapter on the gates.",
    "Search teams found the boat on Sunday, two miles from the harbour entrance.",
    "The report, published in March 2024, listed 12 faults in the new gates.",
    "Staff at the port said the work had gone better than they had expected.",
    "The harbour master told AP the gates would be checked again in May.",
    "Boat owners can sign up for a berth at the harbour office until Friday.",
    "Follow-up checks found two more cracks in the east gate.",
    "Contact with the dredger was lost at 3 a.m., the coastguard said.",
    "\u2014 and then the lights went out across the quay, the harbour master said.",
    "Print deadlines moved to 4:30 PM on January 7, the harbour office said.",
    "(The figure excludes boats under ten metres.)",
    "Updates to the gate timetable take effect in May, the harbour office said.",
    "The views expressed at the meeting were mixed, and some were angry.",
    "Support for the harbour levy fell to 41% in the council's latest survey.",
    "The gallery will show 24 photos of the old harbour.",
    "by the time the gates closed - 11:20 PM - the quay was empty",
    "The ferry company's newsletter, sent to its staff on Monday, said the gates would close again.",
    "Inspectors were given unlimited access to the lock keepers' logs, the harbour master said.",
    "Designed by a Dutch firm in the 1960s, the gates hold back the tide at the harbour mouth.",
    "Filed in the county court on Monday, the claim seeks the cost of the repairs from the builder.",
    "The gates \u2022 the oldest in the country \u2022 were built in 1820.",
    "\u2022 Set up the winning goal \u2022 Completed 77 per cent of his passes",
    "Edited by the harbour office, the report runs to 300 pages and names every contractor.",
    /* short sentences of a report with a verb after the comma */
    "Sponsored by two councillors, the levy passed 52-48.",
    "Presented by the mayor, the award went to the lock keepers.",
    "Something went wrong with the east gate on Monday, the harbour master said.",
    "The gates failed in 3 of 12 tests, the report said.",
    /* the report's own sentences with the words of a page's notes */
    "Officers searched the boathouse after a confidential tip from a neighbour.",
    "Something went wrong with the east gate as the tide turned on Monday.",
    "Boat owners were urged to download the app to get warnings of closures.",
    "The harbour's old charts are protected by copyright until 2030.",
    "The gate story was the most read on Google News that week.",
    "A former reporter at the Harbour Times said years of neglect contributed.",
    "Reuters reporters found the cracks had widened, and the rust contributed.",
    /* the report's own lines with the words of an embed's placeholder */
    "End of an era for the harbour post office",
    "Skip the queue",
    "End of YouTube videos for schools, the council says",
    "The footage cannot be played in court, the judge ruled on Monday.",
    "The video cannot be played in full because it shows the victims, the harbour police said.",
    "For the latest news on the gates, the council said, residents should check its website.",
    "The regulator said the harbour authority's cookie policy broke the law and fined it \u00a340,000.",
    /* reports of the same words */
    "The regulator said the ferry app shared passengers' personal data with advertising partners without consent.",
    "\u201cWe never sell your personal data,\u201d the harbour authority said in a statement.",
    "The watchdog said the operator's partners could read precise locations from passengers' phones.",
    "Owners have the right to object to the survey and may refuse to consent to the inspectors' visits.",
    /* the report's own sentences with a credit's or a prompt's words */
    "Supported by a majority of councillors, the plan passed on Tuesday.",
    "Analysis by the harbour office found that the gates had failed 12 times since 2015.",
    "Produced by a local studio, the film was shown at the harbour festival on Sunday.",
    "Video by a passenger showed water pouring over the east gate as the tide rose.",
    "Read the full story of the gates, the mayor told reporters, and you will see why residents are angry.",
    "We want to hear from you, the harbour master told residents at the meeting.",
    "The service depends on your support, the charity's director said.",
    "By clicking through the council's website, residents can see the flood map for their street.",
    "Key points of the plan include new gates and a flood wall.",
    "Video footage of the collapse was shared widely on Monday.",
    "Terms of the deal were not disclosed.",
    "Live music will return to the quay in June.",
    "Customers can close their account at any branch, the bank said.",
    "With assistance from the navy, the coastguard rescued 14 people.",
    "Also on the agenda is a vote on the harbour levy.",
    "Go deeper into the harbour's history and you find three earlier failures.",
    "More great white sharks were seen off the coast this summer than in any year since 2010.",
    "Click to expand the map and you can see the flood zone.",
    "We may earn a profit next year if the ferry runs on time, the harbour master said.",
    "Amazon cut its affiliate commission rates in April, the company said.",
    "Police acted on a confidential tip from a neighbour, the court heard.",
    "The new sharing tools were launched on Monday, the company said.",
    /* someone's words trailing off, two in a row, are no teasers cut off */
    "\"Tell everyone to keep the families in their thoughts, we are all in shock...",
    "and I lost two of my oldest friends...",
  };
  g_autoptr(GString) html = g_string_new ("<html><head><title>Harbour gates fail again</title></head><body><article>");

  g_string_append (html, "<h1>Harbour gates fail again</h1>" BODY_TEXT);
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    g_string_append_printf (html, "<p>%s</p>", furniture[i]);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_string_append_printf (html, "<p>%s</p>", kept[i]);
  g_string_append (html, BODY_TEXT "</article></body></html>");

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (html->str, NULL, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
      if (has_paragraph (article, furniture[i]))
        g_error ("\"%s\" should not be in the article text", furniture[i]);
    for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
      if (!has_paragraph (article, kept[i]))
        g_error ("\"%s\" should be in the article text", kept[i]);
  }

  /* boxes of other things after the article's text: other stories'
   * briefs under "In brief", the note about the blog or its writer; an
   * "In brief" summary above the text is the article's own
   */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (
      "<html><body><article><h1>Harbour gates fail again</h1>"
      "<div class=\"summary\"><h2>In brief</h2><ul><li>The east gate failed for the third time this year.</li>"
      "<li>Repairs will take a month, the harbour office said.</li></ul></div>"
      BODY_TEXT BODY_TEXT
      "<div class=\"extra\"><h3>In brief</h3><p>The ferry will run a Sunday timetable on Monday because of maintenance at the pier.</p>"
      "<p>A fish market opened on Pier 4 on Tuesday with 22 traders, the harbour authority said.</p></div>"
      "<h3>About the author</h3><p>Jane Holm has written about the harbour for the Times since 2009 and lives in Northfield.</p>"
      "</article></body></html>", NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (article->text, "The east gate failed for the third time"));
    g_assert_null (strstr (article->text, "Sunday timetable"));
    g_assert_null (strstr (article->text, "fish market"));
    g_assert_null (strstr (article->text, "About the author"));
    g_assert_null (strstr (article->text, "has written about the harbour"));
    g_assert_nonnull (strstr (article->text, "by about a third."));
  }

  /* a list of sources cited, and teasers cut off mid-word, two or more in a row */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (
      "<html><body><article>" BODY_TEXT BODY_TEXT
      "<p>Skype has released a new version of its phone app which now supports p...</p>"
      "<p>On Wednesday, the U.S. regulator announced a new rate plan for servic...</p>"
      "<p>(1) The Harbour Question, Coastal Review, 4 January 2025</p>"
      "<p>(2) Gates and Tides, Port Press, 2024</p>"
      "<p>Jane Holm is a writer based in Lisbon.</p>"
      "</article></body></html>", NULL, &error);

    g_assert_no_error (error);
    g_assert_null (strstr (article->text, "Skype"));
    g_assert_null (strstr (article->text, "rate plan"));
    g_assert_null (strstr (article->text, "Harbour Question"));
    g_assert_null (strstr (article->text, "Gates and Tides"));
    g_assert_null (strstr (article->text, "writer based in"));
    g_assert_nonnull (strstr (article->text, "by about a third."));
  }

  /* a contributor's note on the last line names a role held at a body; a
   * role in the news, or a note with more to say, is the article's
   */
  {
    const struct
    {
      const char *last;
      gboolean kept;
    } feet[] = {
      { "Ana Ruiz is a professor of maritime history at Lakeview University.", FALSE },
      { "Ana Ruiz is national administrator of the Harbour Trust.", FALSE },
      { "Ana Ruiz is the mayor of Port Ellis.", TRUE },
      { "Ana Ruiz is a professor of history at Lakeview University. She said the gates had never worked.", TRUE },
      { "Ruiz is a professor of history at the university.", TRUE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (feet); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *page = g_strdup_printf ("<html><body><article>" BODY_TEXT BODY_TEXT "<p>%s</p></article></body></html>",
                                                 feet[i].last);
        g_autoptr(PxArticle) article = extract_string (page, NULL, &error);

        g_assert_no_error (error);
        if (feet[i].kept != (strstr (article->text, "Ruiz is") != NULL))
          g_error ("\"%s\" should %sbe in the article text", feet[i].last, feet[i].kept ? "" : "not ");
      }
  }

  /* "About <company>" ends a press release; a subheading about the
   * article's own matter ("About the survey") is no trailer
   */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (
      "<html><body><article>" BODY_TEXT BODY_TEXT
      "<h3>About the survey</h3>"
      "<p>The survey asked 2,000 boat owners about the gates between March and May, by post and online.</p>"
      "<h3>About Harbourline</h3>"
      "<p>Harbourline is a leading maker of lock gates, with offices in six countries.</p>"
      "</article></body></html>", NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (article->text, "The survey asked 2,000 boat owners"));
    g_assert_null (strstr (article->text, "leading maker of lock gates"));
  }
}

/* Damaged pages that real sites serve: the article is still found. */
static void
test_damaged_documents (void)
{
  const char *pages[] = {
    /* a <title> that is never closed: libxml2 puts the page inside it */
    "<html><head><title>Committee delays report' + ad_query + '\"></script>');\n"
    "<div id='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    "<div class='story'>" BODY_TEXT "</div></body></html>",
    /* a page pasted into another's body: a second <html> and <body> */
    "<html><head><title>Weather</title></head><body><div>Springfield 25\u00b0 clear</div></body>"
    "<html><head><title>Committee delays report</title></head><body>"
    "<table><tr><td><span class='brief'>" BODY_TEXT "</span></td></tr></table></body></html>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (pages[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (article->text, "The committee met on Tuesday"));
      g_assert_nonnull (strstr (article->text, "by about a third."));
      g_assert_null (strstr (article->text, "Home"));
    }
}

/* Hostile input: each must end in an article or a clear error, quickly. */

static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append (html, i % 2 ? "<div>" : "<section>");
  g_string_append (html, "<p>The text at the bottom of a very deep page, long enough to count as a "
                         "paragraph, with a comma or two, and a full stop.</p>");
  for (guint i = depth; i > 0; i--)
    g_string_append (html, (i - 1) % 2 ? "</div>" : "</section>");
  g_string_append (html, "</body></html>");

  article = px_extract_html ("deep.html", html->str, html->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->text, ==,
                   "The text at the bottom of a very deep page, long enough to count as a "
                   "paragraph, with a comma or two, and a full stop.");
}

static void
test_huge_attribute (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>A headline for the test</title></head><body><div class=\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < 5 * 1024 * 1024 / 8; i++)
    g_string_append (html, "related ");
  g_string_append (html, "\" data-x=\"");
  g_string_append_len (html, html->str + 100, 1024 * 1024);
  g_string_append (html, "\"></div><article>" BODY_TEXT "</article></body></html>");

  article = px_extract_html ("attr.html", html->str, html->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 2);
  g_assert_cmpstr (article->title, ==, "A headline for the test");
}

static void
test_big_page (void)
{
  const gsize target = 30 * 1024 * 1024;
  g_autoptr(GString) html = g_string_sized_new (target + 4096);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  guint n = 0;

  g_string_append (html, "<html><head><title>A very long report</title></head><body><article>");
  while (html->len < target / 2)
    {
      g_string_append_printf (html, "<p>Paragraph %u of a very long report, with commas, numbers "
                                    "and enough words to be scored as article text.</p>\n", n++);
    }
  /* one text node of 15 MB, beyond libxml2's default limit on text */
  g_string_append (html, "<p>");
  while (html->len < target)
    g_string_append (html, "word ");
  g_string_append (html, "end.</p></article></body></html>");

  article = px_extract_html ("big.html", html->str, html->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, n + 1);
  g_assert_true (g_str_has_suffix (article->text, "word word end."));
}

static void
test_deep_json_ld (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>A headline for the test</title>"
                                          "<script type='application/ld+json'>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (html, i % 2 ? '[' : '{');
  g_string_append (html, "</script></head><body><article>" BODY_TEXT "</article></body></html>");

  article = px_extract_html ("deep-json.html", html->str, html->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "A headline for the test");
}

static void
test_many_links (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>A headline for the test</title></head><body><div>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  /* link-only blocks before the headline are dropped in one pass */
  for (guint i = 0; i < 50000; i++)
    g_string_append (html, "<p><a href='/x'>Section</a></p>");
  g_string_append (html, "<h1>A headline for the test</h1>" BODY_TEXT "</div></body></html>");

  article = px_extract_html ("links.html", html->str, html->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 2);
  g_assert_true (g_str_has_prefix (article->text, "The committee met on Tuesday"));
}

static void
test_junk (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);

  /* random bytes made valid UTF-8, as px-charset hands them over */
  for (guint round = 0; round < 20; round++)
    {
      gsize len = g_rand_int_range (rand, 1, 64 * 1024);
      g_autofree char *bytes = g_malloc (len);
      g_autofree char *valid = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = NULL;

      for (gsize i = 0; i < len; i++)
        bytes[i] = (char) g_rand_int_range (rand, 1, 256);
      valid = g_utf8_make_valid (bytes, len);
      article = px_extract_html ("junk.html", valid, strlen (valid), NULL, &error);
      if (article == NULL)
        {
          g_assert_nonnull (error);
          g_assert_nonnull (strstr (error->message, "junk.html"));
        }
      else
        g_assert_true (g_utf8_validate (article->text, -1, NULL));
    }
}


/* Pages shaped to make libxml2's parser, or the extraction after it,
 * slow: each is read with its text intact, and reading one of four times
 * the size costs no more than a linear reading would (px_test_assert_linear:
 * a count of CPU time that a loaded machine cannot fake). What a page
 * costs on a quiet machine is the benchmarks' (tests/bench).
 */
typedef void (*PageBodyFunc) (GString *html,
                              guint    size);

typedef struct
{
  const char *name;
  PageBodyFunc body;
} HostilePage;

static GString *
page_start (void)
{
  return g_string_new ("<html><head><title>A headline for the test</title></head><body>");
}

static double
read_hostile_page (guint    size,
                   gpointer user_data)
{
  const HostilePage *page = user_data;
  g_autoptr(GString) html = page_start ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  double cpu;

  page->body (html, size);
  cpu = px_test_thread_cpu_seconds ();
  article = px_extract_html (page->name, html->str, html->len, NULL, &error);
  cpu = px_test_thread_cpu_seconds () - cpu;
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "The committee met on Tuesday"));
  return cpu;
}

/* @body at @size and at a quarter of it */
static void
assert_linear_page (const char   *name,
                    PageBodyFunc  body,
                    guint         size)
{
  HostilePage page = { name, body };

  px_test_assert_linear (name, size / 4, read_hostile_page, &page);
}

/* libxml2 compares each attribute with every one before it */
static void
many_attributes (GString *html,
                 guint    n)
{
  g_string_append (html, "<div");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, " a%u=\"x\"", i);
  g_string_append (html, "><article>" BODY_TEXT "</article></div></body></html>");
}

static void
test_many_attributes (gconstpointer data)
{
  assert_linear_page ("attributes.html", many_attributes, GPOINTER_TO_UINT (data));
}

/* What the parse would read only to drop stays out of the markup it
 * reads (a script's text, attributes nothing reads), and only where
 * libxml2 would read it as the tamer does: anything else goes through.
 */
static void
test_tame_leaves_out_unread (void)
{
  static const struct
  {
    const char *in;
    const char *out; /* NULL: unchanged */
  } cases[] = {
    { "<p onclick=\"go()\" class=\"lead\" data-x=1 hidden>Text</p>", "<p  class=\"lead\"  hidden>Text</p>" },
    { "<a href=\"/x\" id=a title='A title'>x</a><link rel=canonical href=\"/a\">",
      "<a  id=a >x</a><link rel=canonical href=\"/a\">" },
    { "<img src=x/><input disabled/>", "<img ><input />" },
    { "<script src=\"a.js\">var a = '<b>caf\xc3\xa9<\\/b>';</script><p>Text</p>", "<script ></script><p>Text</p>" },
    /* structured data and style sheets are read */
    { "<script type=\"application/ld+json\">{\"a\": 1}</script>", NULL },
    { "<style>.a { display: none }</style>", NULL },
    /* libxml2 stops a script at a control character and reads on as markup */
    { "<script>var a = '\x01';</script>", NULL },
    /* one in the first eight bytes, read a word at a time */
    { "<script>var\x01a = 1;</script>", NULL },
    { "<script>x = \"\x1f\"; y = 2;</script>", NULL },
    { "<script>var a = '\xef\xbf\xbe';</script>", NULL },
    /* and ends it at the first end tag of any name */
    { "<script>document.write ('</div>');</script>", NULL },
    /* a charset may be in any of a <meta>'s attributes */
    { "<meta foo=\"bar\" charset=\"utf-8\">", NULL },
    /* names libxml2 reads otherwise, a form feed it takes for no blank */
    { "<div @click=\"a b\" x:y.z=1>x</div>", "<div @click=\"a b\" >x</div>" },
    { "<div foo=1\fclass=a>x</div>", NULL },
    { "<div foo\f class=a>x</div>", NULL },
    { "<div foo=\"never closed>x</div>", NULL },
    /* a comment's text, where libxml2 ends the comment where the tamer does */
    { "<p>a<!-- <b>x</b> -->b</p>", "<p>a<!---->b</p>" },
    { "<p>a<!-->b<!-- -->c</p>", NULL },
    { "<p>a<!-- x --!> y -->b</p>", NULL },
    /* nothing after a doctype libxml2 reads past its '>' */
    { "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"\"><p class=a id=b onclick=x>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = 0;
      g_autofree char *tamed = _px_html_tame (cases[i].in, strlen (cases[i].in), &len, NULL, NULL);

      if (cases[i].out == NULL)
        g_assert_null (tamed);
      else
        {
          g_assert_nonnull (tamed);
          g_assert_cmpuint (len, ==, strlen (cases[i].out));
          g_assert_cmpstr (tamed, ==, cases[i].out);
        }
    }
}

/* libxml2 looks for each end tag through its whole stack of open
 * elements: @n end tags under @n * 2 / 5 open ones
 */
static void
unmatched_end_tags (GString *html,
                    guint    n)
{
  for (guint i = 0; i < n / 5 * 2; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<article>" BODY_TEXT "</article>");
  for (guint i = 0; i < n; i++)
    g_string_append (html, "</span>");
  g_string_append (html, "</body></html>");
}

static void
test_unmatched_end_tags (void)
{
  assert_linear_page ("end-tags.html", unmatched_end_tags, 100000);
}

/* a paragraph ended by the block after it, then ended again: what a
 * pass that only counted start and end tags would take for balanced
 */
static void
implied_ends (GString *html,
              guint    n)
{
  g_string_append (html, "<article>" BODY_TEXT "</article>");
  for (guint i = 0; i < n; i++)
    g_string_append (html, "<p><div></p>");
  g_string_append (html, "</body></html>");
}

static void
test_implied_ends (void)
{
  assert_linear_page ("implied.html", implied_ends, 100000);
}

/* A cell written in lines (<br>) a few megabytes long: each line break
 * asked whether the paragraph so far was the headline, and measured all
 * of it to know (4 MB took 3.2 s of CPU, 0.1 s since).
 */
/* A paragraph's end with no paragraph open ("followed.</p>The court"
 * in a div, a cell or a bold run) parts the text about it, as a browser
 * shows it, instead of joining two sentences without a space.
 */
static void
test_stray_paragraph_end (void)
{
  static const char * const bodies[] = {
    "<div>The appeal was heard on Monday, and a long hearing followed.</p>The court said its ruling "
    "would come within a week.</div>",
    "<article>The appeal was heard on Monday, and a long hearing followed.</p>The court said its "
    "ruling would come within a week.</article>",
    "<div><b>The appeal was heard on Monday, and a long hearing followed.</p>The court said its "
    "ruling would come within a week.</b></div>",
    "<p>Before.</p><table><tr><td>The appeal was heard on Monday, and a long hearing followed.</p>The "
    "court said its ruling would come within a week.</td></tr></table>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = NULL;
      g_autofree char *html = g_strconcat ("<html><head><title>Court rules on appeal</title></head><body>",
                                           bodies[i], BODY_TEXT, "</body></html>", NULL);

      article = extract_string (html, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (article->text, "a long hearing followed."));
      g_assert_nonnull (strstr (article->text, "The court said its ruling would come within a week."));
      g_assert_null (strstr (article->text, "followed.The court"));
    }
}

/* A hundred thousand of them: each is an empty paragraph, no more */
static void
stray_paragraph_ends (GString *html,
                      guint    n)
{
  g_string_append (html, "<div>");
  for (guint i = 0; i < n; i++)
    g_string_append (html, "<b>x</p>");
  g_string_append (html, "</div><article>" BODY_TEXT "</article></body></html>");
}

static void
test_stray_paragraph_ends (void)
{
  assert_linear_page ("stray-ends.html", stray_paragraph_ends, 100000);
}

/* @bytes of lines */
static void
long_lines_cell (GString *html,
                 guint    bytes)
{
  gsize start = html->len;

  g_string_append (html, "<table><tr><td>");
  while (html->len - start < bytes)
    g_string_append (html, "The committee met on Tuesday, and again on Wednesday.<br>\n");
  g_string_append (html, "</td></tr></table></body></html>");
}

static void
test_long_lines_cell (void)
{
  assert_linear_page ("lines.html", long_lines_cell, 4 * 1000 * 1000);
}

/* A page of stamp lines above its text ("Updated 1:05 PM, January 7,
 * 2025" a hundred thousand times): each one read was appended to all
 * those before it (4 MB took 16 s of CPU; the first few are read now).
 */
static void
many_stamps (GString *html,
             guint    bytes)
{
  gsize start = html->len;

  g_string_append (html, "<h1>A headline for the test</h1>");
  for (guint i = 0; html->len - start < bytes; i++)
    g_string_append_printf (html, "<p>Updated 1:%02u PM, January 7, 2025</p>\n", i % 60);
  g_string_append (html, "<p>" BODY_TEXT "</p></body></html>");
}

static void
test_many_stamps (void)
{
  assert_linear_page ("stamps.html", many_stamps, 4 * 1000 * 1000);
}

/* Readers' threads of every shape the rules look for, each a hundred
 * thousand entries: paragraphs under one "12 comments" title (each looks
 * at the title's box, which looks at no more than sixteen nodes after the
 * title), blocks each with a name line (each looks at eight blocks either
 * side), and a "Your views" heading in the story's block over them.
 */
static void
many_thread_entries (GString *html,
                     guint    n)
{
  g_string_append (html, "<div><h1>A headline for the test</h1>" BODY_TEXT "<h3>Your views</h3>");
  for (guint i = 0; i < n / 5 * 3; i++)
    g_string_append_printf (html, "<div class=c><p>A reader's line, with a comma.</p><small>reader%u</small></div>", i);
  g_string_append (html, "</div><div><h3>12 comments</h3>");
  for (guint i = 0; i < n; i++)
    g_string_append (html, "<div class=k><p>One more line of a reader, with a comma, and a stop.</p></div><br>");
  g_string_append (html, "</div></body></html>");
}

static void
test_many_thread_entries (void)
{
  assert_linear_page ("threads.html", many_thread_entries, 50000);
}

/* Readers' comments signed with a name and a linked stamp, one writer
 * for all (the costliest shape: each comment looks for a differing
 * signature among the eight blocks on either side, and finds none; the
 * heading over them in the story's block ends the story), then as many
 * signed by names that differ.
 */
static void
many_signed_comments (GString *html,
                      guint    n)
{
  g_string_append (html, "<div><h1>A headline for the test</h1>" BODY_TEXT "<h3>Your views</h3>");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<div class=c><div><p>A reader's line %u, with a comma.</p></div>"
                                  "<p class=s>Posted by: <span>Sam</span> | <a href=#c%u>Jan 10, 2008 4:49 PM</a></p></div>",
                            i, i);
  g_string_append (html, "</div><div>");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<div class=d><p>Another reader's line, with a comma.</p>"
                                  "<p>Posted by reader%u at <a href=#d%u>4:49 PM</a></p></div>", i, i);
  g_string_append (html, "</div></body></html>");
}

static void
test_many_signed_comments (void)
{
  assert_linear_page ("signed-comments.html", many_signed_comments, 12000);
}

/* Boxes shaped as a gallery's, each a picture and its caption under a
 * class of its own (the costliest shape: each caption's paragraph looks at
 * its box and at eight boxes on either side, and finds none alike), and a
 * story split over wrappers of one element each, many thousands of them
 * (each wrapper beside the article's block is followed down eight levels
 * at most).
 */
static void
many_gallery_boxes (GString *html,
                    guint    n)
{
  g_string_append (html, "<div><div class=s><h1>A headline for the test</h1>" BODY_TEXT);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<div class=p%u><img src=%u.jpg><p>The harbour wall at low tide, picture %u of the "
                                  "gallery.</p></div>",
                            i, i, i);
  g_string_append (html, "</div>");
  for (guint i = 0; i < n; i++)
    g_string_append (html, "<div><div><div><div><div><div><div><div><div><p>A wrapped line.</p>"
                           "</div></div></div></div></div></div></div></div></div>");
  g_string_append (html, "</div></body></html>");
}

static void
test_many_gallery_boxes (void)
{
  assert_linear_page ("gallery.html", many_gallery_boxes, 20000);
}

/* Pictures' boxes set between a story's paragraphs, each a picture and
 * its caption in a <div> of its own under a class of its own, many
 * thousands of them: each box is looked at once, its first fifty nodes at
 * most, and its two neighbours.
 */
static void
many_caption_boxes (GString *html,
                    guint    n)
{
  g_string_append (html, "<div><div class=s><h1>A headline for the test</h1>" BODY_TEXT);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<p>A paragraph of the story, number %u, with a few more words in it.</p>"
                                  "<div class=c%u><img src=%u.jpg><div>The quay at low tide, picture %u.</div></div>",
                            i, i, i, i);
  g_string_append (html, "</div></div></body></html>");
}

static void
test_many_caption_boxes (void)
{
  assert_linear_page ("captions.html", many_caption_boxes, 20000);
}

/* A story whose paragraphs are <div>s, with a short line between each
 * two, many thousands of them under one block, and as many boxes of
 * short dated <div> lines in the column beside it: each parent's
 * children are read once for the paragraphs that make them a run, and a
 * box's for its entries until three are found.
 */
static void
many_short_div_lines (GString *html,
                      guint    n)
{
  g_string_append (html, "<div><div class=s><h1>A headline for the test</h1>" BODY_TEXT "<div>");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<div>A paragraph of the story, number %u, written as a block, with a few more "
                                  "words and a stop.</div><div>Line %u.</div>",
                            i, i);
  g_string_append (html, "</div></div><div>");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<div class=t%u>A headline's test, the box's line<div>9:%02u p.m.: A line of the test."
                                  "</div><div>Another line</div></div>",
                            i, i % 60);
  g_string_append (html, "</div></div></body></html>");
}

static void
test_many_short_div_lines (void)
{
  assert_linear_page ("short-div-lines.html", many_short_div_lines, 20000);
}

/* Pictures' boxes whose captions repeat their pictures' alt text, many
 * thousands of them between a story's paragraphs: each box's alt text is
 * read once, 600 bytes of it at most, and its words are looked up in a
 * table of the box's words, never against each of them.
 */
static void
many_alt_captions (GString *html,
                   guint    n)
{
  g_string_append (html, "<div><div class=s><h1>A headline for the test</h1>" BODY_TEXT);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) words = g_string_new (NULL);

      for (guint w = 0; w < 80; w++)
        g_string_append_printf (words, "w%u ", (i + w) % 97);
      g_string_append_printf (html, "<p>A paragraph of the story, number %u, with a few more words in it.</p>"
                                    "<div class=c%u><img src=%u.jpg alt=\"%s\"><p>%s</p></div>",
                              i, i, i, words->str, words->str);
    }
  g_string_append (html, "</div></div></body></html>");
}

static void
test_many_alt_captions (void)
{
  assert_linear_page ("alt-captions.html", many_alt_captions, 5000);
}

/* A page's <head> of many thousands of <meta> elements before its
 * description, and a description of many thousands of words, above a
 * story: the description is looked for among the first 400 nodes of
 * <head> only, squashed once, and each of the few strongest candidates is
 * read for it up to 600 bytes of its text.
 */
static double
read_many_metas (guint    size,
                 gpointer user_data)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>A headline for the test</title>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  double cpu;

  for (guint i = 0; i < size; i++)
    g_string_append_printf (html, "<meta name=\"m%u\" content=\"word %u\">", i, i);
  g_string_append (html, "<meta name=\"description\" content=\"");
  for (guint i = 0; i < size; i++)
    g_string_append_printf (html, "word%u ", i);
  g_string_append (html, "\"></head><body><div><h1>A headline for the test</h1>" BODY_TEXT "</div></body></html>");
  cpu = px_test_thread_cpu_seconds ();
  article = px_extract_html ("metas.html", html->str, html->len, NULL, &error);
  cpu = px_test_thread_cpu_seconds () - cpu;
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "The committee met on Tuesday"));
  return cpu;
}

static void
test_many_metas (void)
{
  px_test_assert_linear ("metas.html", 5000, read_many_metas, NULL);
}

/* Posts without the network's markup, sixty thousand of them: each a
 * <blockquote> of no class over its signature, with short links (each
 * is read once, its own children only), and a paragraph of 4 MB ending
 * in a post's signature (no post is that long: it stays whole, and is
 * never copied word by word).
 */
static void
many_signed_posts (GString *html,
                   guint    n)
{
  gsize start = html->len;

  g_string_append (html, "<article><h1>A headline for the test</h1>" BODY_TEXT);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, "<blockquote><p>A post of the test, number %u https://t.co/a%u https://t.co/b</p>"
                                  "\u2014 Jane Doe (@jane%u) <a href=/s>May 1, 2020</a></blockquote>", i, i, i);
  g_string_append (html, "<p>");
  while (html->len - start < (gsize) n * 166)
    g_string_append (html, "words of a long paragraph ");
  g_string_append (html, "pic.twitter.com/x \u2014 Jane Doe (@jane) May 1, 2020</p></article></body></html>");
}

static void
test_many_signed_posts (void)
{
  assert_linear_page ("signed-posts.html", many_signed_posts, 60000);
}

/* A post embedded with a hundred thousand short links and links to
 * pictures in its text: each was taken out by moving the rest of the
 * text (25 s for 1.9 MB); the post's own words stay, as a quotation.
 */
static void
many_post_links (GString *html,
                 guint    n)
{
  g_string_append (html, "<article><h1>A headline for the test</h1>" BODY_TEXT
                         "<blockquote class=\"twitter-tweet\"><p>The bridge is closed");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (html, " https://t.co/a%u pic.twitter.com/p%u", i, i);
  g_string_append (html, " again tonight</p>&mdash; Jane Doe (@jane) <a href=/s>May 1, 2020</a></blockquote>"
                         "</article></body></html>");
}

static void
test_many_post_links (void)
{
  g_autoptr(GString) html = page_start ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  assert_linear_page ("post-links.html", many_post_links, 100000);
  many_post_links (html, 100000);
  article = px_extract_html ("post-links.html", html->str, html->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "\u201cThe bridge is closed "));
  g_assert_nonnull (strstr (article->text, " again tonight\u201d"));
  g_assert_null (strstr (article->text, "t.co/"));
  g_assert_null (strstr (article->text, "pic.twitter.com/"));
}

/* A page whose story is in one long <iframe srcdoc> followed by a
 * hundred thousand small ones: each was measured against the longest
 * found so far with strlen (10 MB took 7 s of CPU).
 */
static void
many_srcdocs (GString *html,
              guint    n)
{
  gsize start = html->len;

  g_string_append (html, "<p>Short.</p><iframe srcdoc=\"&lt;article&gt;");
  for (guint i = 0; i < 60; i++)
    g_string_append (html, "&lt;p&gt;The committee met on Tuesday and agreed, after a long debate, to publish the "
                           "report in full next month.&lt;/p&gt;");
  g_string_append (html, "&lt;/article&gt;&lt;!-- ");
  while (html->len - start < (gsize) n * 20)
    g_string_append (html, "padding ");
  g_string_append (html, "--&gt;\"></iframe>");
  for (guint i = 0; i < n; i++)
    g_string_append (html, "<iframe srcdoc=\"x\"></iframe>");
  g_string_append (html, "</body></html>");
}

static void
test_many_srcdocs (void)
{
  assert_linear_page ("srcdocs.html", many_srcdocs, 200000);
}

/* A page whose text is followed by a hundred thousand notes like one on
 * its writer, each naming someone new ("Jane Qbcdf is a professor of law
 * at Lakeview University."): each note's surname was looked for in every
 * paragraph above it (4 MB took 10 s of CPU).
 */
static void
many_subject_notes (GString *html,
                    guint    bytes)
{
  gsize start = html->len;

  g_string_append (html, "<article><h1>A headline for the test</h1>" BODY_TEXT);
  for (guint i = 0; html->len - start < bytes; i++)
    {
      char surname[8] = { 'Q', 0, };

      for (guint k = 1, rest = i; k < 7; k++, rest /= 26)
        surname[k] = 'a' + rest % 26;
      g_string_append_printf (html, "<p>Jane %s is a professor of law at Lakeview University.</p>\n", surname);
    }
  g_string_append (html, "</article></body></html>");
}

static void
test_many_subject_notes (void)
{
  assert_linear_page ("subject-notes.html", many_subject_notes, 4 * 1000 * 1000);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) html = page_start ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  g_string_append (html, "<article>" BODY_TEXT "</article></body></html>");
  g_cancellable_cancel (cancellable);
  article = px_extract_html_cancellable ("cancelled.html", html->str, html->len, NULL, cancellable, &error);
  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static gpointer
cancel_soon_cb (gpointer data)
{
  g_usleep (20 * G_TIME_SPAN_MILLISECOND);
  g_cancellable_cancel (data);
  return NULL;
}

static void
test_cancelled_while_parsing (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  /* sized once: under MALLOC_PERTURB_ every free next to a big freed block
   * would be paid for by writing over all of it
   */
  g_autoptr(GString) html = g_string_sized_new (65 * 1000 * 1000);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  GThread *thread;
  double start;

  /* a page of 64 MB that takes a second or more to read through */
  g_string_append (html, "<html><head><title>A headline for the test</title></head><body>");
  while (html->len < 64 * 1000 * 1000)
    g_string_append (html, "<div><p>A paragraph of a very long page, with a comma.</p></div>\n");
  g_string_append (html, "</body></html>");

  /* the work done after the cancel is measured in this thread's CPU time, so
   * a loaded machine cannot make the test fail; a whole reading takes a
   * second or more, ASan's several times that
   */
  start = px_test_thread_cpu_seconds ();
  thread = g_thread_new ("cancel", cancel_soon_cb, cancellable);
  article = px_extract_html_cancellable ("long.html", html->str, html->len, NULL, cancellable, &error);
  g_thread_join (thread);
  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (px_test_thread_cpu_seconds () - start, <, 0.5 * PX_TEST_SLOWDOWN);
}

/* Style sheets read for the elements they hide, written to hurt: comments
 * and at-rules never closed, a rule repeated 2,000 times, a selector list
 * of thousands of ids, braces out of order. The page is read, the element
 * the sheet hides is left out, and the article stays.
 */
static void
test_hostile_style (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><style>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append (html, "#copy{display:none}");
  g_string_append (html, "}}{{#copy,");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (html, "#id%u,", i);
  g_string_append (html, "#last{ visibility : hidden }</style><style>/* never closed @media print { #x {");
  g_string_append (html, "</style><style>@media screen { @supports (x) { #y { display: none }</style></head><body>"
                         "<div id=\"copy\"><p>A copy of the story that the sheet hides from the reader.</p></div>"
                         BODY_TEXT "</body></html>");
  article = extract_string (html->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "The committee met on Tuesday"));
  g_assert_nonnull (strstr (article->text, "Members said the delay"));
  g_assert_null (strstr (article->text, "A copy of the story"));
}

/* A page that hides its article with its style sheet until a script
 * shows it: with nothing else on the page, the article is read after all.
 */
static void
test_style_hidden_article (void)
{
  const char *html =
    "<html><head><title>Council approves the bridge repairs</title>"
    "<style>#story { display: none }</style>"
    "<script>window.onload = function () { document.getElementById ('story').style.display = 'block'; };</script>"
    "</head><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
    "<div id=\"story\"><h1>Council approves the bridge repairs</h1>" BODY_TEXT
    "<p>The repairs to the old river bridge will begin in March and close one lane for the summer, "
    "the council's engineer said, and the work should be finished before the schools open again.</p>"
    "<p>Drivers were told to allow an extra quarter of an hour for the crossing at rush hour, and "
    "buses will keep their stops on the bridge while the work goes on.</p></div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "The committee met on Tuesday"));
  g_assert_nonnull (strstr (article->text, "Drivers were told"));
}

/* A short line of a script without capitals (Chinese here) gives no sign
 * of being a credit or a label: a subheading indented with ideographic
 * spaces at the top of the text is kept.
 */
static void
test_uncased_label (void)
{
  const char *html =
    "<html><head><meta charset=\"utf-8\"><title>\u6e2f\u53e3\u8bae\u4f1a\u63a8\u8fdf\u6295\u7968</title></head>"
    "<body><div id=\"nav\"><a href=\"/\">\u9996\u9875</a></div><div id=\"story\">"
    "<h1>\u6e2f\u53e3\u8bae\u4f1a\u63a8\u8fdf\u6295\u7968</h1>"
    "<p>\u3000\u3000\u5c9b\u4e0a\u5c45\u6c11\u7684\u770b\u6cd5</p>"
    "<p>\u6e2f\u53e3\u8bae\u4f1a\u661f\u671f\u4e09\u51b3\u5b9a\u63a8\u8fdf\u5bf9\u6e21\u8f6e\u7968\u4ef7\u7684\u6295\u7968\uff0c"
    "\u56e0\u4e3a\u8fd0\u8425\u516c\u53f8\u8981\u6c42\u518d\u7ed9\u4e00\u4e2a\u6708\u7684\u65f6\u95f4\uff0c"
    "\u8bf4\u660e\u6da8\u4ef7\u7684\u94b1\u5c06\u5982\u4f55\u4f7f\u7528\u3002</p>"
    "<p>\u8bae\u5458\u4eec\u539f\u672c\u9884\u8ba1\u4f1a\u6279\u51c6\u6da8\u4ef7\uff0c"
    "\u8fd9\u5c06\u4f7f\u4e00\u8f86\u6c7d\u8f66\u548c\u53f8\u673a\u7684\u5f80\u8fd4\u8239\u7968"
    "\u9996\u6b21\u8d85\u8fc7\u4e09\u5341\u5143\u3002</p>"
    "<p>\u8fd0\u8425\u516c\u53f8\u8868\u793a\uff0c\u8fd9\u7b14\u94b1\u5c06\u7528\u4e8e\u5728\u65e9\u73ed\u822a\u7ebf"
    "\u4e0a\u589e\u52a0\u7b2c\u4e8c\u8258\u8239\uff0c\u590f\u5929\u90a3\u91cc\u5e38\u5e38\u8981\u6392\u961f"
    "\u4e00\u4e2a\u5c0f\u65f6\u3002</p>"
    "<p>\u5c9b\u4e0a\u7684\u5c45\u6c11\u6ca1\u6709\u5176\u4ed6\u529e\u6cd5\u5230\u8fbe\u5927\u9646\uff0c"
    "\u4ed6\u4eec\u5750\u6ee1\u4e86\u65c1\u542c\u5e2d\uff0c\u5ba3\u5e03\u63a8\u8fdf\u65f6\u4ed6\u4eec"
    "\u9f13\u638c\u6b22\u547c\u3002</p></div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "\u5c9b\u4e0a\u5c45\u6c11\u7684\u770b\u6cd5"));
  g_assert_nonnull (strstr (article->text, "\u9f13\u638c\u6b22\u547c"));
}

/* A box of dated entries beside the article is kept when it is about the
 * story (shares words with the headline), not when it is about other
 * things or is a ticker of links to other stories.
 */
/* Subheadings that are places to jump to ("<h2><a name=…>", "<h2 id=…>"
 * with a link to itself) head sections of the article, one paragraph each:
 * not a list of other stories' headlines over their summaries.
 */
static void
test_anchor_subheadings (void)
{
  static const char * const sections[][2] = {
    { "vote", "The council voted nine to four on Tuesday to close the old bridge to lorries from the first of May." },
    { "cost", "Repairs will cost about 4 million pounds, the council's engineers said, and take two years." },
    { "reaction", "Hauliers said the detour would add forty minutes to each trip through the town centre." },
  };

  for (guint h = 0; h < 2; h++)
    {
      g_autoptr(GString) html = g_string_new ("<html><head><title>Bridge to close to lorries</title></head><body>"
                                              "<article><h1>Bridge to close to lorries</h1>");
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          if (h == 0)
            g_string_append_printf (html, "<h2><a name='%s' href='#%s'>%s</a></h2>", sections[i][0], sections[i][0],
                                    sections[i][0]);
          else
            g_string_append_printf (html, "<h2 id='%s'><a href='#%s'>%s</a></h2>", sections[i][0], sections[i][0],
                                    sections[i][0]);
          g_string_append_printf (html, "<p>%s</p>", sections[i][1]);
        }
      g_string_append (html, "</article></body></html>");
      article = extract_string (html->str, NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s", h == 0 ? "<a name>" : "<h2 id>");
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        g_assert_nonnull (strstr (article->text, sections[i][1]));
    }
}

static void
test_timeline_box (void)
{
  const char *article =
    "<html><head><title>Mine rescue ends after three days underground</title></head><body>"
    "<div id='main'><div class='story'><h1>Mine rescue ends after three days underground</h1>"
    "<p>All eleven miners trapped by a roof fall were brought to the surface on Sunday, ending a rescue that "
    "lasted three days and drew crews from four counties, the mine's owner said.</p>"
    "<p>The men were taken to hospital for checks, and all but one were sent home by the evening, a "
    "spokeswoman for the hospital said, adding that the last would stay another night.</p>"
    "<p>Inspectors will begin an inquiry into the cause of the fall on Monday, the state's mining board "
    "said in a statement, and the mine will stay closed until it ends.</p></div>"
    "<div class='rail'>";
  struct
  {
    const char *box;
    const char *present;
    const char *absent;
  } cases[] = {
    { "<div class='box'><h3>How the rescue unfolded</h3>"
      "<p>Thursday, 6 a.m.: A roof fall traps eleven miners 300 metres underground.</p>"
      "<p>Friday, noon: Rescue crews reach a chamber where the miners are sheltering.</p>"
      "<p>Saturday, 9 p.m.: Crews finish a new shaft to bring the miners up.</p>"
      "<p>Sunday, 7 a.m.: The last of the miners reaches the surface.</p></div>",
      "Rescue crews reach a chamber", NULL },
    { "<div class='box'><h3>On this day</h3>"
      "<p>1955: Disneyland opens to the public in California.</p>"
      "<p>1969: The crew of Apollo 11 returns safely to Earth.</p>"
      "<p>1990: A new bridge opens across the harbour after years of work.</p></div>",
      NULL, "Disneyland" },
    { "<ul class='ticker'>"
      "<li>10:42 a.m. - <a href='/a'>School board names new head after the mine rescue</a></li>"
      "<li>9:15 a.m. - <a href='/b'>Storm knocks out power to homes near the mine</a></li>"
      "<li>8:03 a.m. - <a href='/c'>Mine owner shares fall after rescue ends</a></li></ul>",
      NULL, "School board" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strconcat (article, cases[i].box, "</div></div></body></html>", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) got = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (got->text, "Inspectors will begin an inquiry"));
      if (cases[i].present != NULL)
        g_assert_nonnull (strstr (got->text, cases[i].present));
      if (cases[i].absent != NULL)
        g_assert_null (strstr (got->text, cases[i].absent));
    }
}

/* The extraction's reasons are in the user's language: each of them read
 * with the German catalog built in the tree (a machine without the
 * de_DE.UTF-8 locale skips, saying so).
 */
static void
test_messages_translated (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  const char *nav_only = "<html><body><nav><a href='/'>Home</a></nav></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("locale de_DE.UTF-8 is not generated (make deps generates it)");
      return;
    }
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  article = px_extract_html ("leer.html", "", 0, NULL, &error);
  g_assert_null (article);
  g_assert_cmpstr (error->message, ==, "leer.html enthält kein HTML-Dokument");
  g_clear_error (&error);

  article = px_extract_plain_text ("leer.txt", " \n", 2, &error);
  g_assert_null (article);
  g_assert_cmpstr (error->message, ==, "leer.txt ist leer: Es enthält keinen Text");
  g_clear_error (&error);

  article = px_extract_html ("nav.html", nav_only, strlen (nav_only), NULL, &error);
  g_assert_null (article);
  g_assert_cmpstr (error->message, ==, "In nav.html wurde kein Artikeltext gefunden");
  g_clear_error (&error);

  article = px_extract_plain_text ("nul.txt", "a\0b", 3, &error);
  g_assert_null (article);
  g_assert_cmpstr (error->message, ==, "nul.txt enthält NUL-Bytes: Es ist kein Textdokument");
  g_clear_error (&error);

  setlocale (LC_ALL, previous);
}

/* An update the text states reaches `updated`: from a paragraph's label or
 * an editor's sentence, its clock, weekday or year-less day read from the
 * published time on; never a time of something else that was updated, a
 * label without a time, or a time before publication.
 */
static void
test_stated_updates (void)
{
  const char *published = "2024-03-05T14:29:00-05:00";
  struct
  {
    const char *text;
    const char *updated;
  } cases[] = {
    { "Update, 9:15 a.m. Wednesday: The council voted again.", "2024-03-06T09:15:00-05:00" },
    { "UPDATE, March 6, 9:15 a.m.: The council voted again.", "2024-03-06T09:15:00-05:00" },
    { "Editor\u2019s update, March 6, 2024, 9:15 a.m.: The council voted again.", "2024-03-06T09:15:00-05:00" },
    { "Updated 4:10 PM EST", "2024-03-05T16:10:00-05:00" },
    { "Editor's note: This story was updated on March 6, 2024 at 9:15 a.m. to include the second vote.",
      "2024-03-06T09:15:00-05:00" },
    { "This article has been updated at 9:15 a.m. Wednesday with the second vote.", "2024-03-06T09:15:00-05:00" },
    { "Updated: March 7, 2024", "2024-03-07" },
    /* something else updated, a label without a time, an earlier time */
    { "The app was updated on March 6, 2024 to fix the login screen.", NULL },
    { "Update: Officials said the count was not final.", NULL },
    { "Updated market figures were due on March 6, 2024.", NULL },
    { "Updated 9:15 a.m.", NULL },
    { "The council updated its plan on March 6, 2024.", NULL },
    { "Her medical history was updated on March 6, 2024, the hospital said.", NULL },
    /* a time the update's words tell of something else, or a name that
     * starts as a month does */
    { "Update: 12 more people were rescued on Thursday, officials said.", NULL },
    { "Update: Marc Dupont, the mayor, said on March 7 that the vote stands.", NULL },
    { "Update 4:45 p.m.: Council to vote March 9 at 10 a.m.", "2024-03-05T16:45:00-05:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *updated = _px_metadata_text_update (cases[i].text, PX_DAY_ORDER_UNKNOWN, published);

      g_assert_cmpstr (updated, ==, cases[i].updated);
    }
  /* with no published time, a full date still reads */
  {
    g_autofree char *updated = _px_metadata_text_update ("Updated March 6, 2024 9:15 a.m. ET", PX_DAY_ORDER_UNKNOWN, NULL);

    g_assert_cmpstr (updated, ==, "2024-03-06T09:15:00-05:00");
  }
  {
    g_autofree char *updated = _px_metadata_text_update ("Update, 9:15 a.m.: more", PX_DAY_ORDER_UNKNOWN, NULL);

    g_assert_null (updated);
  }
  /* a published time in UTC is no clock of the page's: a clock or a
   * weekday is not read from it, and a time without a zone gains none */
  {
    g_autofree char *clock = _px_metadata_text_update ("Update, 9:15 a.m. Wednesday: The council voted again.",
                                                       PX_DAY_ORDER_UNKNOWN, "2024-03-05T19:29:00Z");
    g_autofree char *dated = _px_metadata_text_update ("Updated March 6, 2024 9:15 a.m.: The council voted again.",
                                                       PX_DAY_ORDER_UNKNOWN, "2024-03-05T19:29:00Z");

    g_assert_null (clock);
    g_assert_cmpstr (dated, ==, "2024-03-06T09:15:00");
  }
}

/* "Updated 2 hours ago" is metadata, never text, and a time only when the
 * page says when it was shown */
static void
test_relative_stamps (void)
{
  const char *published = "<meta property='article:published_time' content='2025-03-04T09:00:00Z'>";
  const char *note = "<!--\n Page saved with SingleFile\n url: https://example.org/lanes\n"
                     " saved date: Tue Mar 04 2025 14:00:00 GMT+0000 (Coordinated Universal Time)\n-->\n";
  struct
  {
    const char *before;
    const char *head;
    const char *stamps;
    const char *updated;
  } cases[] = {
    /* a <time> gives the instant of its "5 hours ago": shown at 14:00 */
    { "", "", "<time datetime='2025-03-04T09:00:00Z'>5 hours ago</time> <span>Updated 2 hours ago</span>",
      "2025-03-04T12:00:00Z" },
    /* a relative publication stamp beside the published time */
    { "", published, "<span>Published 5 hours ago | Updated 2 hours ago</span>", "2025-03-04T12:00:00Z" },
    { "", published, "<p>Posted 1 day ago \u00b7 Last updated: 20 mins ago</p>", "2025-03-05T08:40:00Z" },
    /* one stamp under no label beside the published time is the publication's */
    { "", published, "<span>5 hours ago</span> <span>Updated 2 hours ago</span>", "2025-03-04T12:00:00Z" },
    /* but not when there are more (a ticker's, comments') */
    { "", published, "<span>12 mins ago</span> <span>5 hours ago</span> <span>Updated 2 hours ago</span>", NULL },
    /* a saving tool's note says when the copy was made */
    { note, published, "<span>Updated 2 hours ago</span>", "2025-03-04T12:00:00Z" },
    { note, published, "<p>Updated 2h ago</p>", "2025-03-04T12:00:00Z" },
    /* only in the note: the same words after it are the page's own */
    { "<!-- menu -->\n<p>saved date: Tue Mar 04 2025 14:00:00 GMT+0000 (UTC)</p>\n", published,
      "<span>Updated 2 hours ago</span>", NULL },
    /* without the time the page was shown, nothing to count from */
    { "", published, "<span>Updated 2 hours ago</span>", NULL },
    { "", "", "<p>Updated 2 hours ago</p><p>3 mins ago</p>", NULL },
    /* an update before publication is none */
    { "", published, "<span>Published 1 hour ago | Updated 2 hours ago</span>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("%s<html><head><title>Council approves cycle lanes</title>%s</head><body>"
                                               "<article><h1>Council approves cycle lanes</h1>%s" BODY_TEXT
                                               "</article></body></html>",
                                               cases[i].before, cases[i].head, cases[i].stamps);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->updated, ==, cases[i].updated);
      if (strstr (article->text, " ago") != NULL)
        g_error ("case %u: %s", i, article->text);
      g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 2);
    }
  /* a sentence that says how long ago is the article's: kept, and no stamp */
  {
    g_autofree char *html = g_strdup_printf ("%s<html><head>%s</head><body><article><h1>Council approves cycle lanes</h1>"
                                             "<p>Updated 2 hours ago, the plan now names four streets.</p>" BODY_TEXT
                                             "</article></body></html>", note, published);
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

    g_assert_no_error (error);
    g_assert_null (article->updated);
    g_assert_nonnull (strstr (article->text, "the plan now names four streets"));
  }
}

/* A box to copy the article for republishing holds the article the page
 * shows: the page's own text is kept, not the box's. A headline on a line
 * of its own above the body in one cell is no part of the first paragraph.
 */
static void
test_boxed_copies (void)
{
  {
    const char *html =
      "<html><head><title>Committee delays report</title></head><body><article><h1>Committee delays report</h1>"
      BODY_TEXT "<p>The report will be laid before parliament in the first week of next month, the committee's chairman "
      "said.</p></article><aside class='republish'><h3>Republish this story</h3><textarea readonly>"
      "&lt;h1&gt;Committee delays report&lt;/h1&gt;&lt;p&gt;The committee met on Tuesday and agreed, after a long debate, "
      "to publish the report in full next month, with the names of the witnesses removed.&lt;/p&gt;&lt;p&gt;Members said "
      "the delay was needed to check the figures, which differ from those given to parliament in the spring by about a "
      "third.&lt;/p&gt;&lt;p&gt;The report will be laid before parliament in the first week of next month, the "
      "committee's chairman said.&lt;/p&gt;&lt;p&gt;Papers that print this story whole must keep its headline and may add a picture "
      "of their own to it.&lt;/p&gt;</textarea></aside></body></html>";
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 3);
    g_assert_null (strstr (article->text, "Papers that print"));
  }
  {
    const char *html =
      "<html><head><title>Committee delays report on spending</title></head><body><table><tr><td width=150>"
      "<a href=/>Home</a><br><a href=/news>News</a></td><td><font size=4><b>Committee delays report on spending</b></font>"
      "<br><font size=2>The committee met on Tuesday and agreed, after a long debate, to publish the report in full next "
      "month, with the names of the witnesses removed.<br><br>Members said the delay was needed to check the figures, "
      "which differ from those given to parliament in the spring by about a third.<br><br>The report will be laid "
      "before parliament in the first week of next month, the committee's chairman said.</font></td></tr></table>"
      "</body></html>";
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 3);
    g_assert_true (g_str_has_prefix (article->text, "The committee met on Tuesday"));
  }
}

/* An <h1> that names the section, inside a <title> that also holds a
 * longer heading, the headline: the headline is the title. An <h1> that
 * opens the <title> stays, with its deck after it.
 */
static void
test_title_section_h1 (void)
{
  struct
  {
    const char *html;
    const char *title;
  } cases[] = {
    { "<html><head><title>Courier.com - Committee delays report on spending - All The News - Courier Sport</title></head>"
      "<body><h1>All The News</h1><div class=story><h2>Committee delays report on spending</h2>" BODY_TEXT "</div></body></html>",
      "Committee delays report on spending" },
    { "<html><head><title>Committee delays report, Members say figures must be checked first - Courier</title></head>"
      "<body><div class=story><h1>Committee delays report</h1><h2>Members say figures must be checked first</h2>"
      BODY_TEXT "</div></body></html>",
      "Committee delays report" },
    /* a hidden copy of the whole <title>, named as the headline, is no headline without its frame */
    { "<html><head><title>Courier.com | Sports | Committee delays report on spending</title></head><body>"
      "<div style='display:none'><span class='headlineArticle'>Courier.com | Sports | Committee delays report on "
      "spending</span></div><div class=story><h2>Committee delays report on spending</h2>" BODY_TEXT "</div></body></html>",
      "Committee delays report on spending" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (cases[i].html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, cases[i].title);
    }
}

/* A byline of one word that names the page's owner, not a person: a
 * desk ("Staff"), the site's host without its domain ("courierpost" on
 * courierpost.com), its copyright's holder ("\u00a9Crestline Media"). A one-word name that is neither, and a name of two
 * words, stay.
 */
static void
test_owner_bylines (void)
{
  struct
  {
    const char *author;
    const char *byline;
  } cases[] = {
    { "Staff", NULL },
    { "NEWSROOM", NULL },
    { "courierpost", NULL },
    /* the copyright's holder, the sign against its name */
    { "Crestline", NULL },
    { "Okonkwo", "Okonkwo" },
    { "Jane Staff", "Jane Staff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Committee delays report on spending</title>"
                                               "<meta property='og:site_name' content='The Courier-Post'>"
                                               "<meta name='copyright' content='\u00a9Crestline Media Group 2026'>"
                                               "<meta name='author' content='%s'></head><body><article>" BODY_TEXT
                                               "</article></body></html>",
                                               cases[i].author);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, "https://www.courierpost.com/news/2026/12/report.html", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (article->byline, ==, cases[i].byline);
    }
}

/* A heading hidden in a pop-up between the headline and the text ("Tell us
 * your story", shown on a click) is no headline: the one above it is.
 */
static void
test_hidden_heading_above (void)
{
  const char *html =
    "<html><head></head><body><h4>Committee delays report on spending</h4>"
    "<div class=popup style='display: none'><div><h3>Tell us your story</h3><p>Write to the newsroom.</p></div></div>"
    "<div class=story>" BODY_TEXT "</div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Committee delays report on spending");
}

/* The story's last paragraphs in a block named as its footer right after
 * its text are the story's ("story-foot", "article_footer"); a block whose
 * name only starts as one ("football-roundup": another story) is not.
 */
static void
test_footer_block_named (void)
{
  struct
  {
    const char *name;
    guint n_paragraphs;
  } cases[] = {
    { "story-foot", 4 },
    { "article_footer", 4 },
    { "storyfoot", 4 },
    { "football-roundup", 3 },
    { "footnotes-box", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<html><head><title>Council approves new bridge over the river</title></head><body><div class=page>"
        "<div class=story><h1>Council approves new bridge over the river</h1>" BODY_TEXT
        "<p>The mayor said she was pleased with the vote and thanked the residents who had written to the council.</p>"
        "</div><div class='%s'><p>The club's manager said after the game that he expected his players to respond in "
        "the next match, which is away on Friday.</p><p>Copyright 2026</p></div></div></body></html>",
        cases[i].name);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, cases[i].n_paragraphs);
    }
}

/* A stamp beside a page's count of readers ("Viewed 124 times") is the
 * page's furniture, not a line of the text */
static void
test_view_count_line (void)
{
  const char *html =
    "<html><head><title>Committee delays report on spending</title></head><body><table><tr><td>"
    "<font class=heading>Committee delays report on spending<br></font><font class=datepublish>Published on January 12, "
    "2008 by <font class=author>Jane Doe</font> <font class=viewed>Viewed <b>124</b> times</font></font><br><br>"
    "<font class=content>The committee met on Tuesday and agreed, after a long debate, to publish the report in full next "
    "month, with the names of the witnesses removed.<br><br>Members said the delay was needed to check the figures, which "
    "differ from those given to parliament in the spring by about a third.<br><br>The report will be laid before "
    "parliament in the first week of next month, the committee's chairman said.</font></td></tr></table></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_null (strstr (article->text, "Viewed"));
  g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 3);
  g_assert_cmpstr (article->published, ==, "2008-01-12");
}

/* A box whose first paragraph ends in a "more" link, nothing before it:
 * read as a teaser's summary, it has no heading above it to look at for
 * a series of teasers (that look had followed a NULL, and every such
 * page crashed the extraction, 2026-12-06).
 */
static void
test_more_link_first_paragraph (void)
{
  const char *html =
    "<html><head><title>Ferry timetable changes from Monday - Harbour Courier</title></head><body>\n"
    "<div class=\"main\"><h1>Ferry timetable changes from Monday</h1><div class=\"content\">\n"
    "<p>The island ferry will sail an hour earlier on weekdays from Monday, the operator said, after commuters "
    "asked for a service that reaches the mainland before eight. <a href=\"/f1\">more</a></p>\n"
    "<p>The last sailing of the evening moves to half past nine, and the Sunday service keeps its times until the "
    "summer, when a second boat joins the route.</p>\n"
    "</div></div>\n</body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = extract_string (html, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "The last sailing of the evening"));
}

/* The extraction builds the page's elements itself, named from the
 * parser's dictionary (px-extract.c, add_element()): the tree must be
 * the one libxml2's own builder makes of the same markup, to the byte,
 * with names of a prefix ("<o:p>", which libxml2 reads as a "p"),
 * elements it implies, upper-case tags, custom elements, short and long
 * texts, and only the attributes the extraction reads (it leaves the
 * others out).
 */
static void
test_parse_tree_is_libxml2s (void)
{
  static const char html[] =
    "<TITLE>Bridge reopens</TITLE>\n<meta name=\"author\" content=\"Ana Ruiz\">\n"
    "<Div Class=\"story\" id=\"main\"><H1>Bridge reopens</H1>\n"
    "<p class=MsoNormal>The bridge reopened on Monday after repairs that took six weeks.<o:p></o:p></p>\n"
    "<p>Short.<o:p>&nbsp;</o:p><p>Traffic &amp; buses <b>returned</b> at noon\n<div>Council</div>"
    "<fb:like></fb:like><story-paragraph lang=\"en\">Tolls stay.</story-paragraph>"
    "<table><tr><td>One<td>Two</table><ul><li>a<li>b</ul></Div>\n<footer>Ends</footer>";
  htmlDocPtr ours = _px_extract_parse_tree (html, strlen (html));
  htmlDocPtr theirs = htmlReadMemory (html, (int) strlen (html), NULL, "UTF-8",
                                      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                        | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
  xmlChar *ours_dump = NULL;
  xmlChar *theirs_dump = NULL;
  int ours_len = 0;
  int theirs_len = 0;

  g_assert_nonnull (ours);
  g_assert_nonnull (theirs);
  htmlDocDumpMemory (ours, &ours_dump, &ours_len);
  htmlDocDumpMemory (theirs, &theirs_dump, &theirs_len);
  g_assert_cmpstr ((const char *) ours_dump, ==, (const char *) theirs_dump);
  /* the prefixed element is libxml2's "p" */
  g_assert_nonnull (strstr ((const char *) ours_dump, "<p class=\"MsoNormal\">The bridge"));
  xmlFree (ours_dump);
  xmlFree (theirs_dump);
  xmlFreeDoc (ours);
  xmlFreeDoc (theirs);
}

/* A paragraph is a reader's comment when its parent, or one of the two
 * elements above it, holds a "Reply" control and few paragraphs, the
 * three looked at with one budget of nodes between them: a story's block
 * with a long run of tags after its paragraphs, under a wrapper with a
 * "Reply" link after the block, is the story (the parent's look spends
 * most of the budget, and the wrapper's runs out on the way), not a
 * comment that a box of prose beside it would replace. The answers are
 * kept per element for the pass, each with the nodes its look took, so
 * that the budget left is spent as if the look were made again.
 */
static void
test_comment_look_budget_shared (void)
{
  g_autoptr(GString) html = g_string_new (
    "<html><head><title>Harbour wall repairs to start in May</title></head><body>"
    "<div id=nav><a href=/>Home</a> <a href=/news>News</a></div><div><div><h3>Harbour wall repairs to start in May</h3>"
    "<p>Repairs to the harbour wall will start in May and take most of the summer, the council said on Tuesday, after "
    "a winter of storms.</p><p>The work will close the outer quay to boats for six weeks, and fishermen will moor at the "
    "marina instead.</p><p>The council set aside two million pounds for the wall last year, and the rest will come from "
    "a government fund.</p>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;

  /* 30 tags of four nodes each: the parent's look takes some 130 of the
   * 200, the wrapper's, alone, some 135 (it would find the "Reply")
   */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (html, "<span class=tag><a href=/tag/%u>topic%u</a></span>\n", i, i);
  g_string_append (html, "</div><a href=\"/post/12#respond\">Reply</a></div>"
                         "<div class=aside><p>The harbour trust, a charity founded in 1952, looks after the quays, the "
                         "slipway and the lighthouse, and its volunteers run tours in summer.</p></div></body></html>");
  article = extract_string (html->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_article_get_n_paragraphs (article), ==, 3);
  g_assert_true (g_str_has_prefix (article->text, "Repairs to the harbour wall"));
  g_assert_null (strstr (article->text, "harbour trust"));
}

/* meson runs this program in parts (tests/meson.build), each under a time
 * limit of its own: "--part=K/N" registers every Nth test from the Kth
 * on, so the slow hostile pages are spread over the parts. Whole, the
 * program outgrew meson's limit on a loaded machine while each of its
 * checks passed alone.
 */
static guint part_index;
static guint part_count = 1;
static guint tests_seen;

static void
read_part (int   *argc,
           char **argv)
{
  int kept = 1;

  for (int i = 1; i < *argc; i++)
    {
      guint index, count;
      char end;

      if (!g_str_has_prefix (argv[i], "--part="))
        {
          argv[kept++] = argv[i];
          continue;
        }
      if (sscanf (argv[i], "--part=%u/%u%c", &index, &count, &end) != 2 || count == 0 || index >= count)
        {
          g_printerr ("%s: %s is no part: --part=K/N, K below N\n", argv[0], argv[i]);
          exit (2);
        }
      part_index = index;
      part_count = count;
    }
  argv[kept] = NULL;
  *argc = kept;
}

static gboolean
in_this_part (void)
{
  return tests_seen++ % part_count == part_index;
}

static void
add_test_func (const char *path,
               GTestFunc   func)
{
  if (in_this_part ())
    g_test_add_func (path, func);
}

static void
add_test_data_func (const char    *path,
                    gconstpointer  data,
                    GTestDataFunc  func)
{
  if (in_this_part ())
    g_test_add_data_func (path, data, func);
}

int
main (int   argc,
      char *argv[])
{
  read_part (&argc, argv);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strconcat ("/extract/fixture/", fixtures[i], NULL);

      add_test_data_func (path, fixtures[i], test_fixture);
    }
  add_test_func ("/extract/title-without-site", test_title_without_site);
  add_test_func ("/extract/relative-stamps", test_relative_stamps);
  add_test_func ("/extract/boxed-copies", test_boxed_copies);
  add_test_func ("/extract/title-section-h1", test_title_section_h1);
  add_test_func ("/extract/view-count-line", test_view_count_line);
  add_test_func ("/extract/more-link-first-paragraph", test_more_link_first_paragraph);
  add_test_func ("/extract/owner-bylines", test_owner_bylines);
  add_test_func ("/extract/hidden-heading-above", test_hidden_heading_above);
  add_test_func ("/extract/footer-block-named", test_footer_block_named);
  add_test_func ("/extract/title-from-heading", test_title_from_heading);
  add_test_func ("/extract/outlet", test_outlet);
  add_test_func ("/extract/outlet-from-title", test_outlet_from_title);
  add_test_func ("/extract/outlet-own-marks", test_outlet_own_marks);
  add_test_func ("/extract/short-headline-title", test_short_headline_title);
  add_test_func ("/extract/byline/outlet-credit", test_byline_outlet_credit);
  add_test_func ("/extract/byline/after-outlet-credit", test_byline_after_outlet_credit);
  add_test_func ("/extract/canonical-url", test_canonical_url);
  add_test_func ("/extract/dates", test_dates);
  add_test_func ("/extract/calendar-names", test_calendar_names);
  add_test_func ("/extract/meta-build-day", test_meta_build_day);
  add_test_func ("/extract/meta-build-day-after-empty-byline", test_meta_build_day_after_empty_byline);
  add_test_func ("/extract/yearless-dates", test_yearless_dates);
  add_test_func ("/extract/yearless-dates-read-at", test_yearless_dates_read_at);
  add_test_func ("/extract/fetch-time-reference", test_fetch_time_reference);
  add_test_func ("/extract/published-label", test_published_label);
  add_test_func ("/extract/updated", test_updated);
  add_test_func ("/extract/line-dates", test_line_dates);
  add_test_func ("/extract/plain-head", test_plain_head);
  add_test_func ("/extract/plain-stamps", test_plain_stamps);
  add_test_func ("/extract/html-stamps", test_html_stamps);
  add_test_func ("/extract/translated-stamps", test_translated_stamps);
  add_test_func ("/extract/day-order", test_day_order);
  add_test_func ("/extract/day-order-pages", test_day_order_pages);
  add_test_func ("/extract/unnamed-bylines", test_unnamed_bylines);
  add_test_func ("/extract/byline-cleaning", test_byline_cleaning);
  add_test_func ("/extract/json-ld-variants", test_json_ld_variants);
  add_test_func ("/extract/no-content", test_no_content);
  add_test_func ("/extract/no-content-keeps-page", test_no_content_keeps_page);
  add_test_func ("/extract/no-content-hostile-page", test_no_content_hostile_page);
  add_test_func ("/extract/no-content-source", test_no_content_source);
  add_test_func ("/extract/damaged-documents", test_damaged_documents);
  add_test_func ("/extract/furniture-lines", test_furniture_lines);
  add_test_func ("/extract/invisible-joiners", test_invisible_joiners);
  add_test_func ("/extract/teaser-before-last-lines", test_teaser_before_last_lines);
  add_test_func ("/extract/editors-notes", test_editors_notes);
  add_test_func ("/extract/update-clock-alone", test_update_clock_alone);
  add_test_func ("/extract/hostile/deep-nesting", test_deep_nesting);
  add_test_func ("/extract/hostile/huge-attribute", test_huge_attribute);
  add_test_func ("/extract/hostile/big-page", test_big_page);
  add_test_func ("/extract/hostile/deep-json-ld", test_deep_json_ld);
  add_test_func ("/extract/hostile/many-links", test_many_links);
  add_test_func ("/extract/hostile/junk", test_junk);
  add_test_func ("/extract/parse-tree-is-libxml2s", test_parse_tree_is_libxml2s);
  add_test_func ("/extract/comment-look-budget-shared", test_comment_look_budget_shared);
  add_test_data_func ("/extract/hostile/attributes-100000", GUINT_TO_POINTER (100000), test_many_attributes);
  add_test_data_func ("/extract/hostile/attributes-200000", GUINT_TO_POINTER (200000), test_many_attributes);
  add_test_func ("/extract/tame/leaves-out-unread", test_tame_leaves_out_unread);
  add_test_func ("/extract/hostile/unmatched-end-tags", test_unmatched_end_tags);
  add_test_func ("/extract/hostile/implied-ends", test_implied_ends);
  add_test_func ("/extract/stray-paragraph-end", test_stray_paragraph_end);
  add_test_func ("/extract/hostile/stray-paragraph-ends", test_stray_paragraph_ends);
  add_test_func ("/extract/hostile/long-lines-cell", test_long_lines_cell);
  add_test_func ("/extract/hostile/many-stamps", test_many_stamps);
  add_test_func ("/extract/hostile/many-thread-entries", test_many_thread_entries);
  add_test_func ("/extract/hostile/many-signed-posts", test_many_signed_posts);
  add_test_func ("/extract/hostile/many-signed-comments", test_many_signed_comments);
  add_test_func ("/extract/hostile/many-gallery-boxes", test_many_gallery_boxes);
  add_test_func ("/extract/hostile/many-caption-boxes", test_many_caption_boxes);
  add_test_func ("/extract/hostile/many-short-div-lines", test_many_short_div_lines);
  add_test_func ("/extract/hostile/many-alt-captions", test_many_alt_captions);
  add_test_func ("/extract/hostile/many-metas", test_many_metas);
  add_test_func ("/extract/hostile/many-post-links", test_many_post_links);
  add_test_func ("/extract/hostile/many-srcdocs", test_many_srcdocs);
  add_test_func ("/extract/hostile/many-subject-notes", test_many_subject_notes);
  add_test_func ("/extract/hostile/style", test_hostile_style);
  add_test_func ("/extract/style-hidden-article", test_style_hidden_article);
  add_test_func ("/extract/uncased-label", test_uncased_label);
  add_test_func ("/extract/timeline-box", test_timeline_box);
  add_test_func ("/extract/anchor-subheadings", test_anchor_subheadings);
  add_test_func ("/extract/cancelled", test_cancelled);
  add_test_func ("/extract/messages-translated", test_messages_translated);
  add_test_func ("/extract/stated-updates", test_stated_updates);
  add_test_func ("/extract/cancelled-while-parsing", test_cancelled_while_parsing);

  return g_test_run ();
}
