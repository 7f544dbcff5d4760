#!/usr/bin/python3
# test-team-a11y.py: two people, two windows, one team library
#
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL server (tests/pg-server.sh) holds a team library
# with one story. Two parallax processes with two profiles join it, Ana's
# on the display and session bus of `make test`, Ben's on a display and
# session bus of their own (Parallax is a single-instance application),
# both on one accessibility bus, so that this script sees both windows.
# Through the accessibility tree: each switches to the team library in the
# sidebar and opens the story; Ana annotates a passage and Ben's window
# shows her annotation, by her, without reloading (LISTEN/NOTIFY), within
# 2 s. (The conflict dialog is tested in the window itself: test-team-ui.)
#
# Usage: test-team-a11y.py PARALLAX PARALLAX-CLI PG-SERVER-SH
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "pxa11y", os.path.join(os.path.dirname(os.path.abspath(__file__)), "test-a11y.py"))
pxa11y = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pxa11y)
walk, find_all, wait_for, click, report = (pxa11y.walk, pxa11y.find_all, pxa11y.wait_for,
                                          pxa11y.click, pxa11y.report)
N_TESTS = 4

ARTICLES = {
    "gazette.html": ("Harbour Gazette", "Councillors voted by nine votes to four to close the old bridge. "
                     "The mayor said repairs would cost 4.75 million euros."),
    "courier.html": ("Valley Courier", "The council voted nine to four on Tuesday to shut the old bridge. "
                     "Repairs would have cost about five million euros, the mayor said."),
}
QUOTE = "nine votes to four"


def page(outlet, text):
    return ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge to close</title>
<meta property="og:site_name" content="%s"></head><body><article><h1>Bridge to close</h1>
<p>%s</p></article></body></html>""" % (outlet, text)).encode()


def profile(home, uri, author):
    settings = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(settings)
    with open(os.path.join(settings, "keyfile"), "w") as f:
        f.write("[io/github/parallaxnews/Parallax]\nteam-libraries=[('%s', '%s')]\n" % (uri, author))
    return {
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "GSETTINGS_BACKEND": "keyfile",
        "GTK_A11Y": "atspi",
    }


def apps():
    desktop = Atspi.get_desktop(0)
    found = []
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "parallax":
            found.append(app)
    return found


def open_team_library(app, title):
    # Assistive technologies select a sidebar row; the library opens on its newest story.
    row = wait_for("the team library in the sidebar",
                   lambda: find_all(app, role="list item", name="Team library postgres"))[0]
    Atspi.Selection.select_child(row.get_parent(), row.get_index_in_parent())
    wait_for("the team story", lambda: find_all(app, role="frame", name=title))
    return wait_for("the story's columns",
                    lambda: len(find_all(app, contains=" column")) >= 2 and find_all(app, contains=" column"))


def annotation_rows(panel, contains):
    return find_all(panel, role="list item", contains=contains)


def main():
    parallax, cli, pg_server = sys.argv[1:4]
    home = tempfile.mkdtemp(prefix="parallax-team-a11y-")
    runtime = os.path.join(home, "runtime")
    os.mkdir(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime
    pg_dir = os.path.join(home, "pg")
    procs = []
    logs = []

    print("1..%d" % N_TESTS, flush=True)
    try:
        # The server goes with this process, however it ends.
        subprocess.run([pg_server, "start", pg_dir, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
        uri = open(os.path.join(pg_dir, "uri")).read().strip()
        password = open(os.path.join(pg_dir, "password")).read().strip()
        os.environ["PGPASSWORD"] = password

        # The team's story, made by Ana from the command line.
        cli_env = dict(os.environ, PARALLAX_AUTHOR="Ana", HOME=home, XDG_DATA_HOME=os.path.join(home, "cli"))
        story = subprocess.run([cli, "story", "new", "--db", uri, "Bridge vote"], env=cli_env, check=True,
                               capture_output=True, text=True).stdout.strip()
        inputs = []
        for name, (outlet, text) in ARTICLES.items():
            path = os.path.join(home, name)
            with open(path, "wb") as f:
                f.write(page(outlet, text))
            inputs.append(path)
        subprocess.run([cli, "story", "add", "--db", uri, story] + inputs, env=cli_env, check=True,
                       capture_output=True)

        bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(bus)
        wait_for("the accessibility bus", pxa11y.a11y_bus_ready)
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        a11y_address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                         GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 2000,
                                         None).unpack()[0]

        env_a = dict(os.environ, **profile(os.path.join(home, "ana"), uri, "Ana"))
        env_a.pop("NO_AT_BRIDGE", None)
        log_a = open(os.path.join(home, "ana.log"), "w+")
        logs.append(("ana", log_a))
        procs.append(subprocess.Popen([parallax], env=env_a, stdout=log_a, stderr=subprocess.STDOUT))
        app_a = wait_for("Ana's window on the accessibility bus", lambda: apps() and apps()[0], 60)

        # Ben: a session bus and a display of his own, the same accessibility bus.
        env_b = dict(os.environ, **profile(os.path.join(home, "ben"), uri, "Ben"))
        env_b.pop("NO_AT_BRIDGE", None)
        env_b["AT_SPI_BUS_ADDRESS"] = a11y_address
        log_b = open(os.path.join(home, "ben.log"), "w+")
        logs.append(("ben", log_b))
        procs.append(subprocess.Popen(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -noreset",
                                       parallax], env=env_b, stdout=log_b, stderr=subprocess.STDOUT,
                                      start_new_session=True))
        app_b = wait_for("Ben's window on the accessibility bus",
                         lambda: [a for a in apps() if a.get_process_id() != app_a.get_process_id()], 60)[0]
        report(True, "two windows, two processes, two profiles")

        try:
            open_team_library(app_a, "Bridge vote")
            open_team_library(app_b, "Bridge vote")
            report(True, "each switches to the team library and opens its story")
        except TimeoutError as e:
            report(False, "each switches to the team library and opens its story", str(e))
            raise

        # Ben's Annotations panel, watched alone: walking his whole window
        # over the bus takes longer than the change takes to arrive.
        ben_panel = wait_for("Ben's Annotations panel",
                             lambda: [a for a in find_all(app_b, name="Annotations")
                                      if a.get_role_name() not in ("label", "list", "heading")])[0]

        # Ana gives the first claim a verdict: its menu, "Verdict on This Claim…", Save.
        click(wait_for("the claim's menu", lambda: find_all(app_a, role="push button", name="Claim actions"))[0])
        click(wait_for("Verdict on This Claim…",
                       lambda: find_all(app_a, role="menu item", contains="Verdict on This Claim"))[0])
        save = wait_for("the popover's Save button", lambda: find_all(app_a, role="push button", name="Save"))
        click(save[0])
        saved_at = time.monotonic()
        rows = wait_for("Ben's window showing Ana's annotation", lambda: annotation_rows(ben_panel, QUOTE), 10)
        latency = time.monotonic() - saved_at
        report(latency <= 2.0, "Ana's annotation appears in Ben's window within 2 s (%.2f s)" % latency)
        description = rows[0].get_description() or ""
        report("Ana" in description, "Ben's window says the annotation is Ana's", description)
    except Exception as e:
        report(False, "driving the windows", repr(e))
        for name, log in logs:
            print("# %s: exited %s" % (name, procs[1 + [n for n, _ in logs].index(name)].poll()), flush=True)
            log.seek(0)
            for line in log.read().splitlines()[-12:]:
                print("# %s: %s" % (name, line), flush=True)
    finally:
        for proc in reversed(procs):
            try:
                # Ben's session: its bus, display and window together.
                if proc.args[0] == "dbus-run-session":
                    os.killpg(proc.pid, 15)
                else:
                    proc.terminate()
                proc.wait(10)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                proc.kill()
        subprocess.run([pg_server, "destroy", pg_dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(home, ignore_errors=True)

    while len(pxa11y.results) < N_TESTS:
        report(False, "not reached")
    return 0 if all(pxa11y.results) else 1


if __name__ == "__main__":
    sys.exit(main())
