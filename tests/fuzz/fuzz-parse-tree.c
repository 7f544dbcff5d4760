/* fuzz-parse-tree.c: libFuzzer harness for the extraction's own element
 * builder (px-extract.c, add_element()): the tree it makes of a page
 * must be the one libxml2's builder makes of the same markup, to the
 * byte, whatever the markup (prefixed names, a doctype that declares
 * attributes, attributes by the hundred, invalid UTF-8, NUL bytes).
 *
 * libxml2's tree is made of the markup as the extraction tames it
 * (_px_html_tame()), then given what the extraction leaves out on
 * purpose: attributes it never reads (and any past the first 64 it
 * reads), and the text of scripts and style sheets (kept only where
 * structured data may be). Both trees are written out with
 * htmlDocDumpMemory() and compared.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "px-html-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* the extraction's PX_EXTRACT_MAX_ATTRIBUTES */
#define FUZZ_MAX_ATTRIBUTES 64

/* @node's name as the page wrote it: "o:p" for the "p" libxml2 made of it */
static char *
written_name (xmlNode *node)
{
  if (node->ns != NULL && node->ns->prefix != NULL)
    return g_strdup_printf ("%s:%s", node->ns->prefix, node->name);
  return g_strdup ((const char *) node->name);
}

/* What the extraction leaves out of @node, its siblings after it and
 * every node under them: the text of scripts and style sheets, and with
 * @attributes the attributes it does not read.
 */
static void
strip (xmlNode  *node,
       gboolean  attributes)
{
  while (node != NULL)
    {
      xmlNode *next = node->next;

      if (node->type == XML_ELEMENT_NODE)
        {
          g_autofree char *name = written_name (node);
          guint read = 0;

          for (xmlAttr *attr = attributes ? node->properties : NULL, *after; attr != NULL; attr = after)
            {
              after = attr->next;
              if (read < FUZZ_MAX_ATTRIBUTES && _px_html_is_attribute_read (name, (const char *) attr->name))
                read++;
              else
                xmlRemoveProp (attr);
            }
          if (xmlStrEqual (node->name, BAD_CAST "script") || xmlStrEqual (node->name, BAD_CAST "style"))
            {
              for (xmlNode *child = node->children, *after; child != NULL; child = after)
                {
                  after = child->next;
                  if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
                    {
                      xmlUnlinkNode (child);
                      xmlFreeNode (child);
                    }
                }
            }
          /* depth-first, without recursion (the tree may be deep) */
          if (node->children != NULL)
            {
              node = node->children;
              continue;
            }
        }
      while (next == NULL && node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
        {
          node = node->parent;
          next = node->next;
        }
      node = next;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
                      | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  g_autoptr(GError) error = NULL;
  g_autofree char *tamed = NULL;
  gsize tamed_len = size;
  htmlDocPtr ours, theirs;
  xmlChar *ours_dump = NULL, *theirs_dump = NULL;
  int ours_len = 0, theirs_len = 0;

  /* nothing to build (libxml2 builds no document of no bytes); a page
   * beyond a megabyte says no more here, and the dumps are slow */
  if (size == 0 || size > 1024 * 1024)
    return 0;
  tamed = _px_html_tame ((const char *) data, size, &tamed_len, NULL, &error);
  g_assert_no_error (error);
  ours = _px_extract_parse_tree ((const char *) data, size);
  theirs = htmlReadMemory (tamed != NULL ? tamed : (const char *) data, (int) tamed_len, NULL, "UTF-8", options);
  g_assert_true ((ours == NULL) == (theirs == NULL));
  if (ours == NULL)
    return 0;
  strip (ours->children, FALSE);
  strip (theirs->children, TRUE);
  htmlDocDumpMemory (ours, &ours_dump, &ours_len);
  htmlDocDumpMemory (theirs, &theirs_dump, &theirs_len);
  g_assert_cmpint (ours_len, ==, theirs_len);
  g_assert_true (ours_len == 0 || memcmp (ours_dump, theirs_dump, ours_len) == 0);
  xmlFree (ours_dump);
  xmlFree (theirs_dump);
  xmlFreeDoc (ours);
  xmlFreeDoc (theirs);
  return 0;
}
