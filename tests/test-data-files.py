#!/usr/bin/env python3
"""Validates the files that integrate Parallax with the desktop: the .desktop
entry and its D-Bus service, the AppStream metainfo, the GSettings schema, the
translations, POTFILES.in, the shortcuts window and the icons.

Usage: test-data-files.py CHECK ARGUMENTS...
  desktop DESKTOP-FILE SERVICE-FILE PO-DIR
  metainfo METAINFO-FILE VERSION PO-DIR SOURCE-ROOT
  schema SCHEMA-FILE
  po PO-DIR
  potfiles SOURCE-ROOT
  shortcuts SOURCE-ROOT   (the README's keys = the shortcuts window's)
  app-icon SVG...  |  symbolic-icon SVG...
  installed MESON BUILD-DIR BINDIR DATADIR LOCALEDIR PO-DIR
  flatpak MANIFEST

Prints TAP. A check whose tool is not installed is reported as skipped, naming
the tool; everything else either passes or fails with the reason."""
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "io.github.parallaxnews.Parallax"
SVG_NS = "{http://www.w3.org/2000/svg}"


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, condition, description, detail=""):
        self.n += 1
        if condition:
            print(f"ok {self.n} - {description}")
        else:
            self.failed += 1
            print(f"not ok {self.n} - {description}")
            for line in str(detail).rstrip().splitlines():
                print(f"# {line}")
        return condition

    def skip(self, description, reason):
        self.n += 1
        print(f"ok {self.n} - {description} # SKIP {reason}")

    def finish(self):
        print(f"1..{self.n}")
        return 1 if self.failed else 0


def run_tool(tap, description, argv):
    """Runs a validator; passes when it exits 0. Returns its output, or None
    when the tool is missing (reported as a skip)."""
    if shutil.which(argv[0]) is None:
        tap.skip(description, f"{argv[0]} is not installed")
        return None
    proc = subprocess.run(argv, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    tap.ok(proc.returncode == 0, description,
           f"{' '.join(argv)} exited with {proc.returncode}:\n{output}")
    return output


def read_linguas(po_dir):
    languages = []
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            languages += line.split()
    return languages


def check_desktop(tap, desktop_path, service_path, po_dir):
    name = os.path.basename(desktop_path)
    tap.ok(name == APP_ID + ".desktop", "the desktop file is named after the app ID",
           f"named {name}; DBusActivatable needs {APP_ID}.desktop")
    output = run_tool(tap, "desktop-file-validate accepts the desktop file",
                      ["desktop-file-validate", "--no-hints", desktop_path])
    if output is not None:
        tap.ok("warning" not in output, "desktop-file-validate reports no warnings", output)

    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(desktop_path, encoding="utf-8")
    entry = parser["Desktop Entry"] if parser.has_section("Desktop Entry") else {}

    exec_line = entry.get("Exec", "")
    tap.ok(exec_line.split()[:1] == ["parallax"] and "%U" in exec_line.split(),
           "Exec starts parallax with %U", f"Exec={exec_line}")
    tap.ok("text/html" in entry.get("MimeType", "").split(";"),
           "MimeType offers Parallax for text/html", f"MimeType={entry.get('MimeType')}")
    tap.ok(entry.get("Icon") == APP_ID, "Icon is the app ID", f"Icon={entry.get('Icon')}")
    tap.ok(entry.get("DBusActivatable") == "true" and entry.get("StartupNotify") == "true",
           "DBusActivatable and StartupNotify are on")
    for key in ("Name", "Comment", "Keywords", "Categories"):
        tap.ok(bool(entry.get(key)), f"{key} is set")

    untranslated = [f"Comment[{lang}]" for lang in read_linguas(po_dir)
                    if not entry.get(f"Comment[{lang}]")
                    or entry.get(f"Comment[{lang}]") == entry.get("Comment")]
    tap.ok(not untranslated, "the desktop file carries every language in LINGUAS",
           "missing or untranslated: " + ", ".join(untranslated))

    service = configparser.RawConfigParser(interpolation=None)
    service.optionxform = str
    service.read(service_path, encoding="utf-8")
    section = service["D-BUS Service"] if service.has_section("D-BUS Service") else {}
    tap.ok(section.get("Name") == APP_ID and
           os.path.basename(service_path) == APP_ID + ".service",
           "the D-Bus service file names the app ID", f"Name={section.get('Name')}")
    service_exec = section.get("Exec", "").split()
    tap.ok(len(service_exec) == 2 and os.path.isabs(service_exec[0]) and
           os.path.basename(service_exec[0]) == "parallax" and
           service_exec[1] == "--gapplication-service",
           "the service starts the installed parallax as a GApplication service",
           f"Exec={section.get('Exec')}")


REPO_RAW_URL = "https://raw.githubusercontent.com/parallaxnews/parallax/main/"


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        return None
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def check_screenshot_files(tap, urls, source_root):
    """The metainfo points at screenshots in this repository; once any of them
    is committed, all of them must be there and be real PNG screenshots."""
    paths = [u[len(REPO_RAW_URL):] for u in urls if u and u.startswith(REPO_RAW_URL)]
    tap.ok(len(paths) == len(urls), "screenshots are served from this repository",
           "\n".join(u for u in urls if not (u or "").startswith(REPO_RAW_URL)))
    present = [p for p in paths if os.path.isfile(os.path.join(source_root, p))]
    if not present:
        tap.skip("the screenshot files exist", "no screenshot committed yet: " + ", ".join(paths))
        return
    tap.ok(len(present) == len(paths), "the screenshot files exist",
           "missing: " + ", ".join(p for p in paths if p not in present))
    for rel in present:
        size = png_size(os.path.join(source_root, rel))
        tap.ok(size is not None and size[0] >= 620 and size[1] >= 350,
               f"{rel} is a PNG of at least 620×350", f"size: {size}")


def check_metainfo(tap, metainfo_path, version, po_dir, source_root):
    output = run_tool(tap, "appstreamcli validate --no-net accepts the metainfo",
                      ["appstreamcli", "validate", "--no-net", metainfo_path])
    if output is not None:
        # Infos are advice (an older appstreamcli does not know <developer>);
        # warnings and errors fail above through the exit status.
        tap.ok(not re.search(r"^[EW]: ", output, re.M), "no errors or warnings", output)

    root = ET.parse(metainfo_path).getroot()
    tap.ok(root.findtext("id") == APP_ID, "the component ID is the app ID")
    launchable = root.find("launchable[@type='desktop-id']")
    tap.ok(launchable is not None and launchable.text == APP_ID + ".desktop",
           "the launchable is the desktop file")
    tap.ok(root.findtext("project_license") == "GPL-3.0-or-later",
           "project_license is GPL-3.0-or-later")
    shots = root.findall("screenshots/screenshot")
    defaults = [s for s in shots if s.get("type") == "default"]
    tap.ok(len(shots) >= 1 and len(defaults) == 1,
           "there are screenshots and exactly one default",
           f"{len(shots)} screenshots, {len(defaults)} default")
    bad_urls = [s.findtext("image") for s in shots
                if not (s.findtext("image") or "").startswith("https://")]
    tap.ok(not bad_urls, "screenshot images are https URLs", "\n".join(map(str, bad_urls)))
    check_screenshot_files(tap, [s.findtext("image") for s in shots], source_root)
    releases = root.findall("releases/release")
    tap.ok(bool(releases) and releases[0].get("version") == version,
           f"the newest release is the project version {version}",
           "newest release: " + (releases[0].get("version") if releases else "none"))
    tap.ok(root.find("content_rating[@type='oars-1.1']") is not None, "OARS content rating")
    controls = {c.text for c in root.iter("control")}
    tap.ok({"keyboard", "pointing"} <= controls, "keyboard and pointer control declared",
           f"controls: {sorted(controls)}")
    tap.ok(root.find(".//display_length") is not None, "display length declared")
    developer = root.find("developer")
    tap.ok(developer is not None and developer.get("id") and developer.findtext("name"),
           "developer has an id and a name")
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    summary_langs = {s.get(lang_attr) for s in root.findall("summary") if s.get(lang_attr)}
    missing = [lang for lang in read_linguas(po_dir) if lang not in summary_langs]
    tap.ok(not missing, "the metainfo carries every language in LINGUAS",
           "no translated summary for: " + ", ".join(missing))


def check_schema(tap, schema_path):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(schema_path, tmp)
        run_tool(tap, "glib-compile-schemas --strict --dry-run accepts the schema",
                 ["glib-compile-schemas", "--strict", "--dry-run", tmp])
    root = ET.parse(schema_path).getroot()
    tap.ok(root.get("gettext-domain") == "parallax", "the schema names the gettext domain")
    keys = root.findall("schema/key")
    undocumented = [k.get("name") for k in keys
                    if not (k.findtext("summary") or "").strip()
                    or not (k.findtext("description") or "").strip()]
    tap.ok(keys and not undocumented, "every key has a summary and a description",
           "undocumented: " + ", ".join(undocumented))
    expected = {"window-width", "window-height", "window-maximized", "last-story", "view",
                "fetch-timeout", "fetch-max-size", "highlight-kinds", "text-scale",
                "color-scheme", "show-claims-panel", "sidebar-visible"}
    names = {k.get("name") for k in keys}
    tap.ok(expected <= names, "the keys the window uses are all defined",
           "missing: " + ", ".join(sorted(expected - names)))


PLURALS = {"de": 2, "uk": 3, "ru": 3}


def check_po(tap, po_dir):
    languages = read_linguas(po_dir)
    on_disk = sorted(f[:-3] for f in os.listdir(po_dir) if f.endswith(".po"))
    tap.ok(sorted(languages) == on_disk, "LINGUAS lists exactly the .po files",
           f"LINGUAS: {sorted(languages)}; files: {on_disk}")
    for lang in languages:
        path = os.path.join(po_dir, lang + ".po")
        run_tool(tap, f"msgfmt --check accepts {lang}.po",
                 ["msgfmt", "--check", "--output-file=/dev/null", path])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        match = re.search(r'"Plural-Forms: nplurals=(\d+);', text)
        want = PLURALS.get(lang)
        if want is not None:
            tap.ok(match is not None and int(match.group(1)) == want,
                   f"{lang}.po has {want} plural forms",
                   f"found: {match.group(0) if match else 'no Plural-Forms header'}")


# What marks a file as holding translatable strings, by kind of file.
C_MARKERS = re.compile(r"(?<![\w.])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2?"
                       r"|g_dgettext|dgettext|dngettext)\s*\(")
C_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
C_STRINGS = re.compile(r'"(?:\\.|[^"\\\n])*"')
SCAN_DIRS = ("app", "ui", "resources")


def has_translatable_strings(path):
    name = os.path.basename(path)
    if name.endswith((".desktop.in", ".metainfo.xml.in", ".appdata.xml.in")):
        return True
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return False
    if name.endswith((".c", ".h")):
        # Strings first, so a "/*" inside a string cannot start a comment.
        code = C_COMMENTS.sub(" ", C_STRINGS.sub('""', text))
        return C_MARKERS.search(code) is not None
    if name.endswith(".ui"):
        return re.search(r'translatable\s*=\s*"(?:yes|true|1)"', text, re.I) is not None
    if name.endswith(".gschema.xml"):
        return "gettext-domain" in text
    return False


def check_potfiles(tap, source_root):
    potfiles_path = os.path.join(source_root, "po", "POTFILES.in")
    with open(potfiles_path, encoding="utf-8") as f:
        listed = [line.strip() for line in f
                  if line.strip() and not line.lstrip().startswith("#")]
    skip_path = os.path.join(source_root, "po", "POTFILES.skip")
    skipped = set()
    if os.path.exists(skip_path):
        with open(skip_path, encoding="utf-8") as f:
            skipped = {line.strip() for line in f
                       if line.strip() and not line.lstrip().startswith("#")}

    missing_files = [p for p in listed if not os.path.isfile(os.path.join(source_root, p))]
    tap.ok(not missing_files, "every file in POTFILES.in exists",
           "listed but not found: " + ", ".join(missing_files))

    found = []
    for top in SCAN_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(source_root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for filename in sorted(filenames):
                path = os.path.join(dirpath, filename)
                rel = os.path.relpath(path, source_root)
                if has_translatable_strings(path):
                    found.append(rel)
    tap.ok(bool(found), "the scan finds translatable files at all",
           f"nothing found under {', '.join(SCAN_DIRS)}")
    absent = [p for p in found if p not in listed and p not in skipped]
    tap.ok(not absent, "every file with translatable strings is in po/POTFILES.in",
           "add to po/POTFILES.in (or po/POTFILES.skip):\n" + "\n".join(absent))
    check_translator_comments(tap, source_root, potfiles_path)


# A placeholder in a message: %s, %d, %u, %lld, %1$s, "%" G_GINT64_FORMAT.
PLACEHOLDER = re.compile(r'%(\d+\$)?[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|z|j|t|L)?[sdiuxXfFgGeEcp]|%"\s*G_')


def check_translator_comments(tap, source_root, potfiles_path):
    """Every message with a placeholder carries a comment that starts with
    "Translators:" and says what each placeholder stands for: a translator
    sees "%s could not be read: %s" without the code around it."""
    if shutil.which("xgettext") is None:
        tap.skip("every message with a placeholder has a translators' comment", "xgettext is not installed")
        return
    with tempfile.TemporaryDirectory() as scratch:
        pot = os.path.join(scratch, "check.pot")
        # the C keywords of meson's glib preset; .ui files have no placeholders
        argv = ["xgettext", "--from-code=UTF-8", "--add-comments=Translators", "--language=C",
                "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3", "--keyword=ngettext:1,2",
                "--directory", source_root, "--output", pot]
        with open(potfiles_path, encoding="utf-8") as f:
            argv += [line.strip() for line in f
                     if line.strip().endswith((".c", ".h")) and not line.lstrip().startswith("#")]
        proc = subprocess.run(argv, capture_output=True, text=True)
        if not tap.ok(proc.returncode == 0, "xgettext extracts the C sources' messages", proc.stderr):
            return
        with open(pot, encoding="utf-8") as f:
            entries = f.read().split("\n\n")[1:]
    lacking = []
    for entry in entries:
        lines = entry.splitlines()
        message = "\n".join(line for line in lines if not line.startswith("#"))
        if PLACEHOLDER.search(message) and not any(line.startswith("#.") for line in lines):
            where = next((line[3:] for line in lines if line.startswith("#:")), "?")
            lacking.append(f"{where}: {next(line for line in lines if line.startswith('msgid'))}")
    tap.ok(not lacking, "every message with a placeholder has a translators' comment",
           "add /* Translators: ... */ saying what each placeholder is:\n" + "\n".join(lacking))


def check_svg(tap, kind, paths):
    size = {"app": 128, "symbolic": 16}[kind]
    for path in paths:
        name = os.path.basename(path)
        run_tool(tap, f"xmllint accepts {name}", ["xmllint", "--noout", path])
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as error:
            tap.ok(False, f"{name} parses as XML", error)
            continue
        tap.ok(root.tag == SVG_NS + "svg", f"{name} is an SVG document", f"root: {root.tag}")
        tap.ok(root.get("viewBox") == f"0 0 {size} {size}",
               f"{name} is drawn on a {size}×{size} canvas", f"viewBox={root.get('viewBox')}")
        external = [el.tag for el in root.iter()
                    if el.tag in (SVG_NS + "image", SVG_NS + "text", SVG_NS + "script")
                    or any("href" in k for k in el.attrib)]
        tap.ok(not external, f"{name} has no images, text, scripts or links",
               "found: " + ", ".join(external))
        if kind == "symbolic":
            fills = {v.lower() for el in root.iter() for k, v in el.attrib.items()
                     if k in ("fill", "stroke")} - {"none"}
            gradients = [el for el in root.iter() if "Gradient" in el.tag]
            tap.ok(len(fills) <= 1 and not gradients, f"{name} is one flat colour",
                   f"colours: {sorted(fills)}; gradients: {len(gradients)}")
        if shutil.which("rsvg-convert") is None:
            tap.skip(f"{name} renders", "rsvg-convert is not installed")
            continue
        proc = subprocess.run(["rsvg-convert", "--width", "64", "--height", "64", path],
                              capture_output=True)
        rendered = proc.returncode == 0 and proc.stdout.startswith(b"\x89PNG")
        tap.ok(rendered, f"{name} renders with librsvg", proc.stderr.decode(errors="replace"))


def check_installed(tap, meson, build_dir, bindir, datadir, localedir, po_dir):
    """Installs into a scratch DESTDIR and checks where each file lands."""
    with tempfile.TemporaryDirectory() as destdir:
        proc = subprocess.run([meson, "install", "-C", build_dir, "--no-rebuild",
                               "--destdir", destdir],
                              capture_output=True, text=True)
        if not tap.ok(proc.returncode == 0, "meson install into a DESTDIR succeeds",
                      proc.stdout + proc.stderr):
            return
        share = destdir + datadir
        expected = [
            os.path.join(destdir + bindir, "parallax"),
            os.path.join(destdir + bindir, "parallax-cli"),
            os.path.join(share, "applications", APP_ID + ".desktop"),
            os.path.join(share, "dbus-1", "services", APP_ID + ".service"),
            os.path.join(share, "metainfo", APP_ID + ".metainfo.xml"),
            os.path.join(share, "glib-2.0", "schemas", APP_ID + ".gschema.xml"),
            os.path.join(share, "icons", "hicolor", "scalable", "apps", APP_ID + ".svg"),
            os.path.join(share, "icons", "hicolor", "symbolic", "apps",
                         APP_ID + "-symbolic.svg"),
        ] + [os.path.join(destdir + localedir, lang, "LC_MESSAGES", "parallax.mo")
             for lang in read_linguas(po_dir)]
        for path in expected:
            tap.ok(os.path.isfile(path), f"installed: {os.path.relpath(path, destdir)}")
        service_path = os.path.join(share, "dbus-1", "services", APP_ID + ".service")
        service = ""
        if os.path.isfile(service_path):
            with open(service_path, encoding="utf-8") as f:
                service = f.read()
        tap.ok(f"Exec={bindir}/parallax " in service,
               "the installed service starts the installed binary", service)


FINISH_ARGS = ["--share=network", "--share=ipc", "--socket=wayland",
               "--socket=fallback-x11", "--device=dri"]


def check_flatpak(tap, manifest_path):
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as error:
        tap.ok(False, "the Flatpak manifest is valid JSON", error)
        return
    tap.ok(manifest.get("id") == APP_ID, "the manifest builds the app ID")
    tap.ok(manifest.get("runtime") == "org.gnome.Platform" and
           manifest.get("sdk") == "org.gnome.Sdk", "GNOME runtime and SDK")
    tap.ok(re.fullmatch(r"\d+", str(manifest.get("runtime-version", ""))) is not None,
           "the runtime is a stable release", f"runtime-version: {manifest.get('runtime-version')}")
    tap.ok(manifest.get("command") == "parallax", "the command is parallax")
    tap.ok(sorted(manifest.get("finish-args", [])) == sorted(FINISH_ARGS),
           "finish-args are exactly network, ipc, wayland, fallback-x11 and dri",
           f"finish-args: {manifest.get('finish-args')}")

    modules = manifest.get("modules", [])
    unpinned = [f"{m.get('name')}: {src.get('url')}" for m in modules
                for src in m.get("sources", [])
                if src.get("type") in ("archive", "file")
                and not re.fullmatch(r"[0-9a-f]{64}", src.get("sha256", ""))]
    tap.ok(not unpinned, "every downloaded source is pinned by sha256", "\n".join(unpinned))
    tap.ok(any(m.get("name") == "libstemmer" for m in modules), "libstemmer is built")
    # The GNOME runtime has libsecret (the keyring through the portal) but no libpq.
    tap.ok(any(m.get("name") == "libpq" for m in modules[:-1]), "libpq is built before the app")
    app = modules[-1] if modules else {}
    tap.ok(app.get("buildsystem") == "meson" and app.get("run-tests") is True,
           "the app is built with meson and its tests run in the build")
    dirs = [src for src in app.get("sources", []) if src.get("type") == "dir"]
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(manifest_path)),
                                         dirs[0]["path"])) if dirs else ""
    tap.ok(os.path.isfile(os.path.join(root, "meson.build")),
           "the app source is this source tree", f"path resolves to {root or 'nothing'}")


# Keys as the README writes them ("Ctrl+Shift+V") and as GTK does ("<Control><Shift>v").
KEY_NAMES = {"return": "Enter", "enter": "Enter", "comma": ",", "question": "?", "slash": "/",
             "down": "Down", "up": "Up", "delete": "Delete"}


def readme_combo(text):
    parts = text.strip().split("+")
    if text.strip().endswith("+"):  # "Ctrl++"
        parts = parts[:-2] + ["+"]
    mods = frozenset(p.lower().replace("control", "ctrl") for p in parts[:-1])
    key = parts[-1]
    key = KEY_NAMES.get(key.lower(), key.upper() if len(key) == 1 else key)
    return mods, key


def gtk_combo(accel):
    mods = frozenset(m.lower().replace("control", "ctrl").replace("primary", "ctrl")
                     for m in re.findall(r"<(\w+)>", accel))
    key = re.sub(r"<\w+>", "", accel)
    key = KEY_NAMES.get(key.lower(), key.upper() if len(key) == 1 else key)
    return mods, key


def show_combo(combo):
    return "+".join(sorted(m.capitalize() for m in combo[0]) + [combo[1]])


def check_shortcuts(tap, source_root):
    """Every key the README's shortcut table lists is in the shortcuts
    window (help-overlay.ui), and every key there is in the README; keys
    given there by action are those the application binds to it."""
    with open(os.path.join(source_root, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    table = readme.split("### Keyboard shortcuts", 1)[1].split("\n\n", 2)[1]
    listed = {}
    for row in table.splitlines()[2:]:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        keys = re.sub(r"\s*\(.*?\)", "", cells[0])
        for key in keys.split(" / "):
            listed[readme_combo(key)] = cells[1]
    tap.ok(len(listed) >= 15, "the README lists the shortcuts", f"{len(listed)} found")
    # What each key does, by key: "Ctrl+1 / Ctrl+2 | as columns / as the
    # table" gives each key its own half, a parenthesis its place.
    described = {}
    for row in table.splitlines()[2:]:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        keys = cells[0].split(" / ")
        halves = cells[1].split(" / ")
        where = " ".join(re.findall(r"\((.*?)\)", cells[0]))
        for i, key in enumerate(keys):
            what = halves[i] if len(halves) == len(keys) else cells[1]
            described[readme_combo(re.sub(r"\s*\(.*?\)", "", key))] = what + " " + where

    with open(os.path.join(source_root, "app", "gui", "px-application.c"), encoding="utf-8") as f:
        app_source = f.read()
    bound = {}
    for action, accels in re.findall(r'\{\s*"([\w.:-]+)",\s*\{([^}]*)\}\s*\}', app_source):
        bound[action] = [gtk_combo(a) for a in re.findall(r'"([^"]+)"', accels)]

    tree = ET.parse(os.path.join(source_root, "ui", "help-overlay.ui"))
    shown = set()
    titles = {}
    for obj in tree.iter("object"):
        if obj.get("class") != "GtkShortcutsShortcut":
            continue
        props = {p.get("name"): (p.text or "") for p in obj.findall("property")}
        keys = []
        if "accelerator" in props:
            keys = [gtk_combo(accel) for accel in props["accelerator"].split()]
        elif "action-name" in props:
            keys = bound.get(props["action-name"], [])
            tap.ok(len(keys) > 0, f"the shortcuts window's {props['action-name']} has a key",
                   props.get("title", ""))
        shown.update(keys)
        # GTK 4.8's shortcuts window does not wrap a line: one naming every
        # place a key acts (Ctrl+M's 160 characters) made it wider than the
        # screen. Several lines of one key say it instead.
        title = props.get("title", "")
        tap.ok(len(title) <= 80, f"the shortcuts window's line fits beside its keys: {title!r}",
               f"{len(title)} characters; split it into lines of one key")
        for key in keys:
            titles[key] = titles.get(key, "") + " " + props.get("title", "")

    # Where a key acts, the shortcuts window says as the README does: its
    # Shift+F10 and Ctrl+M lines had left out the table.
    for combo, what in sorted(described.items(), key=lambda item: show_combo(item[0])):
        title = titles.get(combo, "").lower()
        for place in ("claims panel", "table", "annotations panel", "library"):
            if place in what.lower():
                tap.ok(place in title, f"the shortcuts window's {show_combo(combo)} names the {place}",
                       f"README: {what.strip()!r}; shortcuts window: {title.strip()!r}")

    for combo, what in sorted(listed.items(), key=lambda item: show_combo(item[0])):
        tap.ok(combo in shown, f"{show_combo(combo)} ({what}) is in the shortcuts window")
    for combo in sorted(shown - set(listed), key=show_combo):
        tap.ok(False, f"{show_combo(combo)}, in the shortcuts window, is in the README")


# A printf conversion: what a string of them alone says depends on where it
# is used, which a translator cannot see ("%s (%u)" numbers a second source
# of one outlet; "%s: %s" is a difference's kind and summary in one place, a
# failed input and its reason in another).
PRINTF_CONVERSION = re.compile(r"%[-+ #0-9.*]*(?:hh|h|ll|l|z|j|t)?[diouxXsfgcp]|%%")


def check_wordless(tap, source_root):
    """Every translatable string made of printf conversions and punctuation
    alone carries a context (msgctxt) and a translators' comment."""
    with open(os.path.join(source_root, "po", "POTFILES.in"), encoding="utf-8") as f:
        sources = [line.strip() for line in f
                   if line.strip().endswith(".c") and not line.lstrip().startswith("#")]
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "wordless.pot")
        result = subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_",
                                 "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dngettext:2,3",
                                 "--keyword=ngettext:1,2", "--add-comments=Translators",
                                 "--directory", source_root, "-o", pot] + sources,
                                capture_output=True, text=True)
        tap.ok(result.returncode == 0, "xgettext reads the C sources", result.stderr)
        with open(pot, encoding="utf-8") as f:
            entries = f.read().split("\n\n")
    bare = []
    n_wordless = 0
    for entry in entries:
        match = re.search(r'^msgid "(.*)"$', entry, re.M)
        if match is None or "%" not in match.group(1):
            continue
        rest = PRINTF_CONVERSION.sub("", match.group(1).replace("\\n", " "))
        if re.search(r"[^\W\d_]", rest) or "%" in rest:
            continue
        n_wordless += 1
        if not re.search(r"^msgctxt ", entry, re.M) or not re.search(r"^#\. ", entry, re.M):
            where = re.findall(r"^#: (.*)$", entry, re.M)
            bare.append(f"{match.group(1)!r} at {' '.join(where)}")
    tap.ok(n_wordless > 0, "the scan finds strings of conversions alone", "none found: is the pattern right?")
    tap.ok(not bare, "every string of conversions alone has a context and a translators' comment",
           "add C_(\"context\", …) and a /* Translators: */ comment:\n" + "\n".join(bare))

    # A message with placeholders ("%s: the note is not valid UTF-8 text")
    # says to translators what each one is, in a comment xgettext keeps:
    # right before the line of the string itself. The fetching, extraction
    # and comparison messages are not all commented yet.
    not_yet = ("app/core/ingest/", "app/core/compare/")
    uncommented = []
    n_placeholders = 0
    for entry in entries:
        ids = ["".join(re.findall(r'"(.*)"', block))
               for block in re.findall(r'^msgid(?:_plural)? ((?:".*"\n?)+)', entry, re.M)]
        where = " ".join(re.findall(r"^#: (.*)$", entry, re.M)).split()
        if not ids or not where or not any(PRINTF_CONVERSION.search(i.replace("%%", "")) for i in ids):
            continue
        if all(w.startswith(not_yet) for w in where):
            continue
        n_placeholders += 1
        if not re.search(r"^#\. ", entry, re.M):
            uncommented.append(f"{ids[0]!r} at {' '.join(where)}")
    tap.ok(n_placeholders > 100, "the scan finds messages with placeholders", f"only {n_placeholders}")
    tap.ok(not uncommented, "every message with placeholders has a translators' comment",
           "add a /* Translators: */ comment right before the string's line:\n" + "\n".join(uncommented))


def main(argv):
    tap = Tap()
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    check, args = argv[1], argv[2:]
    if check == "desktop":
        check_desktop(tap, *args)
    elif check == "metainfo":
        check_metainfo(tap, *args)
    elif check == "schema":
        check_schema(tap, *args)
    elif check == "po":
        check_po(tap, *args)
    elif check == "potfiles":
        check_potfiles(tap, *args)
    elif check == "wordless":
        check_wordless(tap, *args)
    elif check in ("app-icon", "symbolic-icon"):
        check_svg(tap, check.split("-")[0], args)
    elif check == "flatpak":
        check_flatpak(tap, *args)
    elif check == "shortcuts":
        check_shortcuts(tap, *args)
    elif check == "installed":
        check_installed(tap, *args)
    else:
        print(f"test-data-files: unknown check “{check}”", file=sys.stderr)
        return 2
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
