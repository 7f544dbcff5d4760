#!/usr/bin/python3
# test-random-a11y.py: random actions through the accessibility tree
#
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the real parallax binary with GTK's AT-SPI backend on a new profile
# (the demo story), then on a 12-source story served from 127.0.0.1, and
# does random things a user can do: the claims filters, the views, next and
# previous difference, the panels, adding and removing sources, annotating
# a passage, Undo. After every action it checks what the window says about
# its story against itself (the invariants below), and that the process is
# alive: criticals are fatal (G_DEBUG=fatal-criticals). The window itself
# checks its model's invariants (PARALLAX_CHECK_INVARIANTS) every 50 ms:
# the columns are the model's sources, in order; a ready source has an
# article, a failed one its reason; the current difference and claim, and
# the claim the panel selects, are the story's.
#
# Usage: test-random-a11y.py PARALLAX [ACTIONS] [SEED]
# make test runs a short run; tests/bench/ui/random-a11y.sh a long one.
import http.server
import importlib.util
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# libatspi's per-interface getters are deprecated but are what pyatspi uses.
warnings.filterwarnings("ignore", category=DeprecationWarning)

_spec = importlib.util.spec_from_file_location(
    "pxa11y", os.path.join(os.path.dirname(os.path.abspath(__file__)), "test-a11y.py"))
pxa11y = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pxa11y)
walk, wait_for, click, clean_name = pxa11y.walk, pxa11y.wait_for, pxa11y.click, pxa11y.clean_name

N_SOURCES = 12
TOWNS = ["Harbour", "Hill", "River", "Lake", "Forest", "Valley", "Bay", "Moor", "Field", "Cliff",
         "Glen", "Ford"]


def article(i):
    # Twelve reports of one event: shared claims, a number that differs,
    # a sentence only one carries.
    town = TOWNS[i % len(TOWNS)]
    crowd = 40000 if i % 3 else 35000
    return ("""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Lantern festival draws record crowd</title>
<meta property="og:site_name" content="%s Gazette"></head>
<body><article><h1>Lantern festival draws record crowd</h1>
<p>About %d people walked along the harbour on Saturday night to see the lanterns.</p>
<p>The festival raised money for the lifeboat station, organisers said.</p>
<p>The mayor said the town would hold the festival again next year.</p>
<p>The %s Gazette spoke to visitors who had travelled from the coast.</p>
</article></body></html>""" % (town, crowd, town)).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        m = re.match(r"/report-(\d+)\.html", self.path)
        body = article(int(m.group(1))) if m else b"not here"
        self.send_response(200 if m else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


# Never pressed: they leave the window, quit, or open a dialog of the
# system (files, printing) that the run cannot close.
AVOID = re.compile(r"^(Close|Quit|Minimi[sz]e|Maximi[sz]e|Restore|Main Menu|Open Files|Export|Print|"
                   r"Delete Story|Open Original|Preferences|Keyboard Shortcuts|About Parallax|Rename Story|"
                   r"Paste Text|Open the Original|Fetch Again|History|Open File)", re.I)
REFRESH = 8  # actions between two walks of the tree
ROLES = ("push button", "toggle button", "menu item", "check menu item", "radio button", "list item")


def find(root, role=None, name=None, contains=None):
    """As find_all, asking a node's name only when its role matches: each
    question is a round trip to the window over the bus."""
    found = []
    for acc in walk(root):
        try:
            if role is not None and acc.get_role_name() != role:
                continue
            acc_name = clean_name(acc.get_name() or "") if name is not None or contains is not None else ""
        except gi.repository.GLib.Error:
            continue
        if (name is None or acc_name == name) and (contains is None or contains in acc_name):
            found.append(acc)
    return found


def on_screen(acc):
    """Whether a user can see @acc and click it. GTK 4.8 says "showing" of
    its windows only (and "visible" of everything), and a widget no longer
    shown (the columns while the table is shown) keeps its last place: a
    control counts as on screen when it has room in its window and GTK
    finds it (or a child of it) at its middle, as it would a click."""
    component = acc.get_component_iface()
    if component is None:
        return False
    extents = component.get_extents(Atspi.CoordType.WINDOW)
    if extents.width <= 0 or extents.height <= 0:
        return False
    return component.get_accessible_at_point(extents.x + extents.width // 2, extents.y + extents.height // 2,
                                             Atspi.CoordType.WINDOW) is not None


class Run:
    def __init__(self, app, rng, url_of):
        self.app = app
        self.rng = rng
        self.url_of = url_of
        self.done = []
        self.next_url = 0
        self.cache = []

    def candidates(self):
        found = []
        for acc in walk(self.app):
            try:
                role = acc.get_role_name()
                if role not in ROLES:
                    continue
                states = acc.get_state_set()
                # Until 2026-12-03 this asked for SHOWING, which GTK 4.8
                # never says of a control: nothing was ever pressed here.
                if not states.contains(Atspi.StateType.SENSITIVE) or not on_screen(acc):
                    continue
                name = clean_name(acc.get_name() or "")
            except gi.repository.GLib.Error:
                continue
            if role != "list item" and (name == "" or AVOID.match(name)):
                continue
            found.append((role, name, acc))
        return found

    def key(self, keysym, ctrl=False, alt=False):
        mods = []
        if ctrl:
            mods.append(0xffe3)  # Control_L
        if alt:
            mods.append(0xffe9)  # Alt_L
        for m in mods:
            Atspi.generate_keyboard_event(m, None, Atspi.KeySynthType.PRESS)
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.PRESSRELEASE)
        for m in reversed(mods):
            Atspi.generate_keyboard_event(m, None, Atspi.KeySynthType.RELEASE)

    def add_source(self):
        add = find(self.app, role="push button", contains="Add Source")
        if not add:
            return "add: no button"
        click(add[0])
        entries = wait_for("the web address entry", lambda: find(self.app, name="Web address"), 5)
        entry = [a for a in walk(entries[0]) if a.get_editable_text_iface() is not None]
        if not entry:
            return "add: no entry"
        url = self.url_of(self.next_url % N_SOURCES)
        self.next_url += 1
        entry[0].get_editable_text_iface().set_text_contents(url)
        button = wait_for("the Add button", lambda: find(self.app, role="push button", name="Add"), 5)
        click(button[0])
        return "add " + url

    def annotate(self):
        views = [a for a in find(self.app, role="text") if a.get_text_iface() is not None
                 and a.get_text_iface().get_character_count() > 40]
        if not views:
            return "annotate: no text"
        view = self.rng.choice(views)
        start = self.rng.randrange(0, view.get_text_iface().get_character_count() - 20)
        view.get_text_iface().set_selection(0, start, start + self.rng.randrange(3, 20))
        try:
            Atspi.Component.grab_focus(view)
        except (gi.repository.GLib.Error, AttributeError, TypeError):
            pass
        self.key(ord("m"), ctrl=True)
        time.sleep(0.2)
        if self.rng.random() < 0.7:
            self.key(0xff0d, ctrl=True)  # Ctrl+Return saves
        else:
            self.key(0xff1b)  # Escape
        return "annotate at %d" % start

    def step(self):
        r = self.rng.random()
        if r < 0.05:
            return self.add_source()
        if r < 0.10:
            return self.annotate()
        if r < 0.45:
            keys = [(0xff54, False, True, "Alt+Down"), (0xff52, False, True, "Alt+Up"), (0xffc6, False, False, "F9"),
                    (0xffc5, False, False, "F8"), (ord("1"), True, False, "Ctrl+1"), (ord("2"), True, False, "Ctrl+2"),
                    (0xff1b, False, False, "Escape"), (ord("z"), True, False, "Ctrl+Z")]
            keysym, ctrl, alt, name = self.rng.choice(keys)
            self.key(keysym, ctrl, alt)
            return name
        # Walking the tree costs seconds on a loaded machine: the controls
        # are gathered again every few actions; one gone since is a no-op.
        if not self.cache or len(self.done) % REFRESH == 0:
            self.cache = self.candidates()
        found = self.cache
        if not found:
            return "nothing to press"
        role, name, acc = self.rng.choice(found)
        try:
            if role == "list item":
                sel = acc.get_parent().get_selection_iface() if acc.get_parent() else None
                if sel is not None:
                    sel.select_child(acc.get_index_in_parent())
                else:
                    click(acc)
            else:
                click(acc)
        except (gi.repository.GLib.Error, RuntimeError) as e:
            return "%s %r: %s" % (role, name, e)
        return "%s %r" % (role, name)


def find_own_app(pid):
    # Other programs on the bus may be called parallax too: this run's one.
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except gi.repository.GLib.Error:
            continue
    return None


def labels(app):
    out = []
    for acc in find(app, role="label"):
        try:
            out.append(acc.get_name() or "")
        except gi.repository.GLib.Error:
            pass
    return out


def check_invariants(app, proc):
    """Returns what is wrong, or None."""
    if proc.poll() is not None:
        return "parallax exited with status %s" % proc.returncode
    texts = labels(app)
    for t in texts:
        m = re.search(r"Difference (\d+) of (\d+)", t)
        if m and not (1 <= int(m.group(1)) <= int(m.group(2))):
            return "the counter says %r" % t
        m = re.search(r"(\d+) claims? · (\d+) differences?", t)
        if m and int(m.group(2)) > 0 and int(m.group(1)) == 0:
            return "differences without claims: %r" % t
    return None


def run_phase(parallax, env, args, rng, n_actions, url_of, log, name):
    app_log = open(log, "a+")
    proc = subprocess.Popen([parallax] + args, env=env, stdout=app_log, stderr=subprocess.STDOUT)
    failures = []
    try:
        try:
            app = wait_for("parallax on the accessibility bus", lambda: find_own_app(proc.pid))
            wait_for("the story's columns", lambda: find(app, contains=" column"), 60)
        except TimeoutError as e:
            app_log.seek(0)
            return ["%s: %s; parallax %s; its log: %s" % (name, e, "running" if proc.poll() is None
                                                          else "exited %s" % proc.returncode,
                                                          app_log.read()[-1500:])]
        run = Run(app, rng, url_of)
        for i in range(n_actions):
            try:
                what = run.step()
            except (TimeoutError, gi.repository.GLib.Error, IndexError, RuntimeError, ValueError) as e:
                # A control gone between finding and using it: not the app's fault.
                what = "step failed: %s" % e
            run.done.append(what)
            if (i + 1) % 250 == 0:
                # A long run says how far it is.
                print("# %s: %d of %d actions" % (name, i + 1, n_actions), flush=True)
            time.sleep(0.02)
            if proc.poll() is not None:
                wrong = "parallax exited with status %s" % proc.returncode
            elif (i + 1) % REFRESH == 0 or i + 1 == n_actions:
                wrong = check_invariants(app, proc)
            else:
                wrong = None
            if wrong is not None:
                failures.append("%s: after action %d (%s): %s; the last actions: %s"
                                % (name, i + 1, what, wrong, run.done[-8:]))
                break
        # A run that found no control to press tests only the keys: said,
        # and failed (it went unnoticed until 2026-12-03).
        pressed = sum(1 for what in run.done if what.startswith(ROLES))
        print("# %s: %d actions, %d of them pressing a control, %d nothing to press"
              % (name, len(run.done), pressed, run.done.count("nothing to press")), flush=True)
        if not failures and len(run.done) >= 20 and pressed == 0:
            failures.append("%s: no control was pressed in %d actions" % (name, len(run.done)))
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        app_log.seek(0)
        text = app_log.read()
        for line in text.splitlines():
            if "CRITICAL" in line or "WARNING" in line and "Gsk" not in line and "Portal" not in line:
                failures.append("%s: %s" % (name, line))
        app_log.close()
    return failures


def main():
    parallax = sys.argv[1]
    n_actions = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else int(os.environ.get("PX_RANDOM_SEED", "1"))
    rng = random.Random(seed)
    home = tempfile.mkdtemp(prefix="parallax-random-")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def url_of(i):
        return "http://127.0.0.1:%d/report-%d.html" % (server.server_address[1], i)

    runtime = os.path.join(home, "runtime")
    os.mkdir(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env.update({
        "GTK_A11Y": "atspi",
        "G_DEBUG": "fatal-criticals",
        # The window checks its model against what it shows, every 50 ms.
        "PARALLAX_CHECK_INVARIANTS": "1",
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "GSETTINGS_BACKEND": "memory",
    })
    log = os.path.join(home, "parallax.log")
    print("1..2", flush=True)
    started = time.monotonic()
    try:
        wait_for("the accessibility bus", pxa11y.a11y_bus_ready)
        half = n_actions // 2
        failures = run_phase(parallax, env, [], rng, half, url_of, log, "demo")
        pxa11y.report(not failures, "%d random actions on the demo story (seed %d)" % (half, seed),
                      "; ".join(failures)[:2000])
        failures = run_phase(parallax, env, [url_of(i) for i in range(N_SOURCES)], rng, n_actions - half,
                             url_of, log, "12 sources")
        pxa11y.report(not failures, "%d random actions on a %d-source story (seed %d)"
                      % (n_actions - half, N_SOURCES, seed), "; ".join(failures)[:2000])
        print("# %d actions in %.0f s" % (n_actions, time.monotonic() - started), flush=True)
    finally:
        bus.terminate()
        server.shutdown()
        shutil.rmtree(home, ignore_errors=True)
    return 0 if all(pxa11y.results) else 1


if __name__ == "__main__":
    sys.exit(main())
