#!/usr/bin/env python3
"""What a user is told about each kind of hostile input, as a user meets it.

Runs `parallax-cli extract` and `compare` (text and JSON) on files and on
addresses of a local server that answers as a hostile site would, one kind
at a time, and prints for each the exit status, the seconds it took and the
first line of standard error. A row is marked when the message does not name
the input, when a control character or a bidirectional override reaches the
terminal raw, when the command takes longer than the limit, or when it ends
in a signal.

Usage: tests/bench/fuzz/messages.py [--cli PATH] [--only NAME...] [--full]
  --full prints each message whole.

The pages are written here for the purpose; no corpus is read.
"""
import argparse
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
FETCH_TIMEOUT = 5
ESC_NAME = "Daily \x1b[2J\x1b]0;owned\x07Chronicle \u202eeman\u202c"

ARTICLE = ("<p>The council voted nine to four on Tuesday to close the old bridge over the river "
           "for repairs that engineers said would take most of the winter.</p>"
           "<p>Traffic will go by the ring road, and the ferry will run every twenty minutes "
           "from the harbour steps until the work is done.</p>"
           "<p>Residents on the east bank said the detour would add half an hour to the school "
           "run, and asked the council for a bus of its own.</p>")


def page(site=None, body=ARTICLE):
    meta = '<meta property="og:site_name" content="%s">' % site if site else ""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bridge to close for winter"
            "</title>%s</head><body><article><h1>Bridge to close for winter</h1>%s</article>"
            "</body></html>" % (meta, body)).encode()


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, headers, body=b""):
        self.send_response_only(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        try:
            if path == "/hang":
                time.sleep(FETCH_TIMEOUT * 4)
            elif path.startswith("/onward/"):
                n = int(path.rsplit("/", 1)[1])
                self.send(302, [("Location", "/onward/%d" % (n + 1))])
            elif path == "/png-called-html":
                self.send(200, [("Content-Type", "text/html")], PNG)
            elif path == "/html-called-png":
                self.send(200, [("Content-Type", "image/png")], page())
            elif path == "/html-called-json":
                self.send(200, [("Content-Type", "application/json")], page())
            elif path == "/escaped-site":
                self.send(200, [("Content-Type", "text/html")], page(site=ESC_NAME))
            elif path == "/escaped-redirect":
                # raw bytes: send_header() would refuse what is not Latin-1
                self.send_response_only(302)
                self._headers_buffer.append(b"Location: /\x1b[31mred\xe2\x80\xae/x\r\n")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/escaped-type":
                self.send(200, [("Content-Type", "application/x-\x1b[31mevil")], PNG)
            elif path == "/empty":
                self.send(200, [("Content-Type", "text/html")], b"")
            elif path == "/big":
                self.send_response_only(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.close_connection = True
                chunk = b"<p>" + b"word " * 20000 + b"</p>"
                for _ in range(500):
                    self.wfile.write(chunk)
            elif path == "/good":
                self.send(200, [("Content-Type", "text/html")], page(site="Valley Post"))
            else:
                self.send(404, [("Content-Type", "text/html")], b"<p>no</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass


def start_server():
    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass
    srv = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def write_files(d):
    files = {}

    def put(name, data):
        path = os.path.join(d, name)
        with open(path, "wb") as f:
            f.write(data)
        files[name] = path
        return path
    put("empty.html", b"")
    put("binary.html", PNG)
    put("invalid-utf8.html", page().replace(b"nine to four", b"nine \xff\xfe\xc3 to four"))
    with open(put("page-50mb.html", b""), "wb") as f:
        f.write(b"<!DOCTYPE html><html><body><article>")
        chunk = b"<p>" + b"The bridge will close for the winter. " * 1000 + b"</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
        f.write(b"</article></body></html>")
    attrs = " ".join('data-a%d="%d"' % (i, i) for i in range(100000))
    put("attributes-100000.html", page(body="<p %s>The council met.</p>%s" % (attrs, ARTICLE)))
    put("site-name-escapes.html", page(site=ESC_NAME))
    put("name-\x1b[31mred\u202eevil.html", page())
    files["pipe.html"] = os.path.join(d, "pipe.html")
    os.mkfifo(files["pipe.html"])
    return files


def unsafe(text):
    """Characters that must not reach a terminal raw."""
    bad = []
    for ch in text:
        c = ord(ch)
        if (c < 0x20 and ch not in "\n\t") or 0x7F <= c <= 0x9F or 0x202A <= c <= 0x202E:
            bad.append("U+%04X" % c)
    return sorted(set(bad))


def named(stderr, shown):
    return all(s in stderr for s in shown)


def run(cli, args, env, limit):
    t = time.monotonic()
    try:
        p = subprocess.run([cli] + args, capture_output=True, env=env, timeout=limit)
        code, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        code, out, err = "timeout", e.stdout or b"", e.stderr or b""
    return code, time.monotonic() - t, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "cli", "parallax-cli"))
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--limit", type=float, default=60)
    a = ap.parse_args()

    env = dict(os.environ, PARALLAX_FETCH_TIMEOUT=str(FETCH_TIMEOUT), LC_ALL="C.UTF-8")
    srv = start_server()
    base = "http://127.0.0.1:%d" % srv.server_address[1]
    tmp = tempfile.mkdtemp(prefix="px-messages-")
    files = write_files(tmp)
    good = os.path.join(tmp, "good.html")
    with open(good, "wb") as f:
        f.write(page(site="Valley Post"))

    # (name, input, what the message must show of the input, reason words)
    cases = [("empty file", files["empty.html"], ["empty.html"]),
             ("binary file", files["binary.html"], ["binary.html"]),
             ("invalid UTF-8", files["invalid-utf8.html"], []),
             ("50 MB page", files["page-50mb.html"], ["page-50mb.html"]),
             ("100,000 attributes", files["attributes-100000.html"], []),
             ("escapes in site name", files["site-name-escapes.html"], []),
             ("escapes in file name", [p for n, p in files.items() if n.startswith("name-")][0],
              ["name-[31mredevil.html"]),
             ("pipe nobody writes to", files["pipe.html"], ["pipe.html"]),
             ("URL that hangs", base + "/hang", [base + "/hang"]),
             ("redirects forever", base + "/onward/0", [base + "/onward/0"]),
             ("PNG called HTML", base + "/png-called-html", [base + "/png-called-html"]),
             ("HTML called PNG", base + "/html-called-png", [base + "/html-called-png"]),
             ("HTML called JSON", base + "/html-called-json", [base + "/html-called-json"]),
             ("empty answer", base + "/empty", [base + "/empty"]),
             ("endless page", base + "/big", [base + "/big"]),
             ("escapes in served site name", base + "/escaped-site", []),
             ("escapes in a redirect", base + "/escaped-redirect", [base + "/escaped-redirect"]),
             ("escapes in a content type", base + "/escaped-type", [base + "/escaped-type"]),
             ("escapes in the address", base + "/\x1b[2J\u202eevil", ["[2Jevil"])]

    print("%-28s %-8s %6s %6s  %s" % ("case", "command", "status", "s", "message (first line of stderr)"))
    findings = 0
    for name, inp, shown in cases:
        if a.only and name not in a.only:
            continue
        for label, args in (("extract", ["extract", inp]),
                            ("ext-json", ["extract", "--format", "json", inp]),
                            ("compare", ["compare", good, inp]),
                            ("cmp-json", ["compare", "--format", "json", "--keep-going", good, inp])):
            code, secs, out, err = run(a.cli, args, env, a.limit)
            marks = []
            bad = unsafe(out.replace("\r\n", "\n")) + unsafe(err)
            if bad:
                marks.append("RAW " + ",".join(bad))
            if code not in (0, 1, 4):
                marks.append("STATUS")
            if secs > FETCH_TIMEOUT * 2 + 5:
                marks.append("SLOW")
            if code != 0 and shown and not named(err, shown):
                marks.append("UNNAMED")
            if label.endswith("json") and code != "timeout":
                for line in out.splitlines():
                    try:
                        json.loads(line)
                    except ValueError:
                        marks.append("JSON")
                        break
            findings += bool(marks)
            first = err.strip().splitlines()[0] if err.strip() else "(nothing on stderr)"
            text = err.strip() if a.full else first
            print("%-28s %-8s %6s %6.1f  %s%s" % (name, label, code, secs, text[:300].replace(tmp, "DIR").replace(base, "URL"),
                                                 ("  <<" + " ".join(marks)) if marks else ""))
    srv.shutdown()
    subprocess.run(["rm", "-rf", tmp])
    print("findings: %d" % findings)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
