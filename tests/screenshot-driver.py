#!/usr/bin/python3
# screenshot-driver.py: presses a button of the running parallax window
# through the accessibility tree, for tests/screenshots.sh.
#
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: screenshot-driver.py BUTTON-NAME [TIMES]
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402


def a11y_bus_ready():
    # libatspi aborts the process when it cannot reach the bus: ask first.
    try:
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                              None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 2000, None)
        return bool(reply.unpack()[0])
    except GLib.Error:
        return False


def walk(acc, depth=0):
    if acc is None or depth > 60:
        return
    yield acc
    for i in range(acc.get_child_count()):
        yield from walk(acc.get_child_at_index(i), depth + 1)


def main():
    name, times = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if not a11y_bus_ready():
            time.sleep(0.3)
            continue
        desktop = Atspi.get_desktop(0)
        apps = [desktop.get_child_at_index(i) for i in range(desktop.get_child_count())]
        for app in apps:
            if app is None or app.get_name() != "parallax":
                continue
            for acc in walk(app):
                if acc.get_role_name() == "push button" and acc.get_name() == name \
                        and acc.get_action_iface() is not None \
                        and Atspi.Action.get_n_actions(acc) > 0:
                    for _ in range(times):
                        Atspi.Action.do_action(acc, 0)
                        time.sleep(0.3)
                    return 0
        time.sleep(0.3)
    print("no button named %r" % name, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
