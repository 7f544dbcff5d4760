#!/usr/bin/env python3
# Seeds for fuzz-extract beyond the fixtures: pages written to reach the
# parse's element builder (attributes by the hundred, prefixed names, a
# doctype declaring attributes), menu cells over rows, lists of links,
# comment counts, deep nesting, lines past 65535 and bytes no charset
# allows. Each starts with fuzz-extract's selector byte, or with --raw
# (fuzz-parse-tree) is the page alone.
#   extract-seeds.py [--raw] CORPUS-DIR
import os, sys
raw_pages = sys.argv[1] == '--raw'
out = sys.argv[-1]
os.makedirs(out, exist_ok=True)
para = '<p>The council voted 7-2 on Tuesday to close the harbour bridge for repairs, officials said.</p>'
pages = {
  # the element builder: attributes by the hundred, repeated, boolean, odd names
  'attrs': '<html><body><article>' + '<p ' + ' '.join('a%d="%d"' % (i, i) for i in range(300)) + ' checked hidden a1="x">text</p>' + para * 3 + '</article></body></html>',
  # prefixed names: libxml2's own builder
  'prefixed': '<html xmlns:o="urn:o"><body><o:p>Word</o:p><svg:svg xlink:href="#a"><svg:rect/></svg:svg><w:p class="x">' + para + '</w:p>' + para * 2 + '<a:b:c d:e:f="1">x</a:b:c></body></html>',
  # a doctype that declares attributes: libxml2's own builder again
  'attlist': '<!DOCTYPE html [<!ATTLIST p id ID #IMPLIED class CDATA "lead"><!ENTITY x "y">]><html><body>' + para * 4 + '<p id="a">&x;</p></body></html>',
  'doctype-plain': '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd"><html><body>' + para * 4 + '</body></html>',
  # a layout table with a menu column spanning the story's rows, nested
  'rowspan': '<html><body><table><tr><td rowspan="8"><a href="/n">News</a><br><a href="/s">Sports</a></td><td><b>Bridge to close</b></td></tr>'
             + ''.join('<tr><td>%s<table><tr><td rowspan="%s"><a>x</a><a>y</a></td><td>%s</td></tr></table></td></tr>' % (para, rs, para)
                       for rs in ['2', '99999999999999999999999', '-3', ' 4', 'abc', '', '0x10', '1e9'])
             + '</table></body></html>',
  # lists of links after prose, long and nested
  'link-list': '<html><body><div>' + para * 5 + '<ul>' + ''.join('<li><a href="/%d">Headline number %d about the harbour bridge</a></li>' % (i, i) for i in range(150)) + '</ul>'
               + '<ol><li><a>One</a></li><li><a><b></b>Two</a></li><li>' + '<i></i>' * 40 + '<a>Three</a></li><li><a>a</a><a>b</a></li></ol>'
               + '<ul>' + '<li><ul><li><a>x</a></li></ul></li>' * 50 + '</ul></div></body></html>',
  # comment threads with counts
  'comments': '<html><body><article>' + para * 4 + '</article><div><h3>12 Comments</h3><p>Comments (1,234)</p><p> comment</p><p>3 Responses:</p><p>Your views</p><p>1 reply</p></div></body></html>',
  # deep nesting with implied elements and upper-case, mixed names
  'deep': '<HTML><Body>' + '<DIV><SPAN><TD ROWSPAN=3>' * 400 + para + '</body></html>',
  # past line 65535
  'lines': '<html><body>' + '\n' * 70000 + para * 3 + '<p\nclass="x"\n>end</p></body></html>',
}
for name, page in pages.items():
    data = page.encode()
    open(os.path.join(out, 'made-' + name), 'wb').write(data if raw_pages else b'\0' + data)
# bytes no charset allows, NULs inside names and values
raw = b'<html><body><p cl\x00ass="a\x00b" \xff\xfe="\xc3\x28">' + b'\xe2\x82 broken \xf0\x90\x80' + b'</p><o:\xffp>x</o:\xffp>' + para.encode() * 3 + b'</body></html>'
if raw_pages:
    open(os.path.join(out, 'made-bytes'), 'wb').write(raw)
else:
    open(os.path.join(out, 'made-bytes'), 'wb').write(b'\0' + raw)
    open(os.path.join(out, 'made-bytes-1251'), 'wb').write(b'\x02' + raw)
