"""A gdb script: lists every resize or allocation a GTK 4 program queues while
some widget is being allocated, with the widgets whose allocations enclose it.

usage (the window's tests need their usual environment: a display, a D-Bus
session, G_TEST_SRCDIR and the rest of tests/meson.build's test_env):

  printf 'source tools/gdb-resize-in-allocation.py\nstart\narm-resize-trace\nwhile 1\n  continue\nend\n' > /tmp/trace.gdb
  gdb -q -batch -x /tmp/trace.gdb --args build/tests/test-ui --tap -p /ui/undo-remove-in-place

(about four minutes for that test, against 20 seconds without gdb; a test whose set-up waits
less long than that for its window may time out under it)

It writes to $PX_RESIZE_TRACE (default /tmp/resize-in-allocation.log) lines
such as

  == gtk_widget_queue_resize on GtkTextView@5555…; innermost allocations:
     GtkTextView@5555… < GtkScrolledWindow@5555… < GtkStack@5555…

GTK 4.8 warns "Trying to snapshot GtkBox … without a current allocation"
and draws nothing of that widget when a resize was queued on it after its
allocation in the frame's layout and nothing allocated it again before the
paint; the widget stays blank until something else redraws it. A resize
queued on a widget by its own allocation (the first widget in the list is
the one queued on, or one of its descendants) is harmless; one queued on a
widget outside the allocations listed is the kind to look for, and the
address in GTK's warning names the widget. Debian's GTK has no debugging
symbols: GTK's own functions show as ?? in the stacks, the project's by
name. Each distinct stack is written twice at most. 2026-12-07, window33.
"""
import os

import gdb

OUT = open(os.environ.get("PX_RESIZE_TRACE", "/tmp/resize-in-allocation.log"), "a")
# gtk_widget_allocate()'s widget by the stack pointer at its entry
entries = {}
pending = []
seen = {}


def type_name(pointer):
    if not pointer:
        return "-"
    try:
        name = gdb.parse_and_eval("((const char*(*)(void*))g_type_name_from_instance)((void*)%d)" % pointer)
        return "%s@%x" % (name.string(), pointer)
    except gdb.error:
        return "?@%x" % pointer


class AllocateEntry(gdb.Breakpoint):
    def stop(self):
        entries[int(gdb.parse_and_eval("$rsp"))] = int(gdb.parse_and_eval("$rdi"))
        return False


class Queued(gdb.Breakpoint):
    def stop(self):
        widget = int(gdb.parse_and_eval("$rdi"))
        frame = gdb.newest_frame()
        names = []
        allocations = []
        while frame is not None and len(names) < 90:
            name = frame.name() or "??"
            names.append(name)
            if name == "gtk_widget_allocate" and frame.older() is not None:
                # the caller's stack pointer at the call is the callee's at entry + 8
                allocations.append(entries.get(int(frame.older().read_register("rsp")) - 8, 0))
            frame = frame.older()
        if not allocations:
            return False
        key = (self.location, tuple(names[:10]))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 2:
            return False
        # Names are read once stopped: no function of the program may run in stop().
        pending.append((self.location, widget, allocations[:4], names))
        return True


def write_pending(event):
    while pending:
        location, widget, allocations, names = pending.pop()
        OUT.write("== %s on %s; innermost allocations: %s\n   %s\n"
                  % (location, type_name(widget), " < ".join(type_name(a) for a in allocations),
                     " < ".join(names[:40])))
        OUT.flush()


class Arm(gdb.Command):
    """Set the breakpoints, once GTK is loaded (after `start`)."""

    def __init__(self):
        super().__init__("arm-resize-trace", gdb.COMMAND_USER)

    def invoke(self, argument, from_tty):
        AllocateEntry("gtk_widget_allocate")
        Queued("gtk_widget_queue_resize")
        Queued("gtk_widget_queue_allocate")


gdb.events.stop.connect(write_pending)
Arm()
