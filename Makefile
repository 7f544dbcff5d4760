# Parallax: two commands from a fresh Debian 12 machine.
#   make run    installs what is missing, builds, starts Parallax
#   make test   the same set-up, then the whole test suite
BUILDDIR ?= build
MESON_OPTIONS ?=

# Debian packages the build, the tests and the benchmarks need.
DEB_PACKAGES = \
	build-essential meson ninja-build pkg-config gettext \
	libglib2.0-dev libglib2.0-bin libsoup-3.0-dev glib-networking libxml2-dev libjson-glib-dev \
	libsqlite3-dev sqlite3 libstemmer-dev libpq-dev postgresql-15 libsecret-1-dev \
	libgtk-4-dev libadwaita-1-dev libwebkitgtk-6.0-dev bubblewrap \
	librsvg2-common libgl1-mesa-dri fonts-dejavu-core \
	desktop-file-utils appstream \
	xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-dogtail python3-pyatspi \
	openssl clang libclang-rt-14-dev imagemagick xcompmgr librsvg2-bin libxml2-utils \
	python3-readability python3-lxml locales poppler-utils cmark-gfm \
	x11-utils bc gnome-text-editor wordnet-base python3-numpy gnome-keyring shared-mime-info

# Locales of the languages in po/LINGUAS.
TEST_LOCALES = de_DE.UTF-8 ru_RU.UTF-8 uk_UA.UTF-8

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench fuzz fuzz-all clean flatpak update-po

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@# The translated languages' locales, for the locale tests and translated screenshots.
	@missing=$$(for l in $(TEST_LOCALES); do \
	  locale -a 2>/dev/null | grep -qix "$$(echo $$l | sed 's/UTF-8/utf8/')" || echo $$l; \
	done); \
	if [ -n "$$missing" ]; then \
	  echo "Generating locales: $$missing"; \
	  for l in $$missing; do $(SUDO) sed -i "s/^# *\($$l UTF-8\)/\1/" /etc/locale.gen; done; \
	  $(SUDO) locale-gen >/dev/null; \
	fi

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) $(MESON_OPTIONS)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/resources PARALLAX_LOCALEDIR=$(CURDIR)/$(BUILDDIR)/po \
	  $(BUILDDIR)/app/gui/parallax $(ARGS)

test: build
	@rm -f $(BUILDDIR)/meson-logs/testlog.json
	@# A runtime folder of the run's own: the accessibility bus puts its socket
	@# there (else in ~/.cache, which every other session shares); data,
	@# settings and caches too, so no test writes into the user's own.
	-runtime=$$(mktemp -d) && chmod 700 $$runtime && \
	  XDG_RUNTIME_DIR=$$runtime XDG_DATA_HOME=$$runtime/data XDG_CONFIG_HOME=$$runtime/config \
	  XDG_CACHE_HOME=$$runtime/cache dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" \
	  meson test -C $(BUILDDIR) --print-errorlogs --num-processes 2; \
	  status=$$?; rm -rf $$runtime; exit $$status
	@python3 tests/summarize.py $(BUILDDIR)/meson-logs/testlog.json

bench: build
	tests/bench/run-all.sh $(BUILDDIR)

# libFuzzer over charset decoding and extraction (ASan + UBSan), in its own
# build directory; FUZZ_SECONDS=1900 for a long run. Seeds are the test
# fixtures, each as an HTML and as a plain-text input (the harness reads
# its first byte as options).
FUZZ_SECONDS ?= 60
FUZZ_BUILDDIR ?= build-fuzz
FUZZ_CORPUS ?= tests/fuzz/corpus-run
fuzz: deps
	@[ -f $(FUZZ_BUILDDIR)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILDDIR) -Dfuzzing=true \
	  -Dgui=false -Dtests=false -Db_sanitize=address,undefined -Db_lundef=false
	meson compile -C $(FUZZ_BUILDDIR) fuzz-extract
	@mkdir -p $(FUZZ_CORPUS)
	@for f in tests/fixtures/extract/*.html; do \
	  n=$$(basename $$f .html); \
	  printf '\000' | cat - $$f > $(FUZZ_CORPUS)/seed-html-$$n; \
	  printf '\200' | cat - $$f > $(FUZZ_CORPUS)/seed-text-$$n; \
	done
	$(FUZZ_BUILDDIR)/tests/fuzz/fuzz-extract $(FUZZ_CORPUS) -max_total_time=$(FUZZ_SECONDS) \
	  -rss_limit_mb=2048 -max_len=65536 -timeout=10 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_BUILDDIR)/

# Every libFuzzer harness in turn (charset, anchors, JSON-LD, extraction, the
# store's opening of an outside file, HTTP through a local server, a team
# library's queue and address, the comparison, the extraction's parse tree),
# at the lowest priority, FUZZ_SECONDS each; see tests/fuzz/run-all.sh.
fuzz-all: build
	@[ -f $(FUZZ_BUILDDIR)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILDDIR) -Dfuzzing=true \
	  -Dgui=false -Dtests=false -Db_sanitize=address,undefined -Db_lundef=false
	nice -n 19 meson compile -C $(FUZZ_BUILDDIR)
	tests/fuzz/run-all.sh $(FUZZ_BUILDDIR) $(FUZZ_SECONDS)

# Builds, tests and installs the Flatpak for this user, and writes parallax.flatpak.
flatpak:
	flatpak/build.sh

# Regenerates po/parallax.pot, merges it into each po/LANG.po and lists what is left.
update-po: deps $(BUILDDIR)/build.ninja
	po/update-translations.sh $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
