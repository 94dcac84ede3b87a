# fundplan - see README.md. Plain make, no recursion; objects in build/, sanitizer build in
# build-san/. Variables a user may override: CC, CFLAGS, PREFIX, DESTDIR, SOURCE_DATE_EPOCH.

VERSION = 0.2.0

CC ?= cc
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/fundplan
DOCDIR ?= $(PREFIX)/share/doc/fundplan

CFLAGS ?= -O2 -g
WARNINGS = -std=c11 -pedantic -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wwrite-strings -Wvla -Wformat=2 -Wundef -Wcast-qual
CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L -DFP_VERSION=\"$(VERSION)\"
# zlib: pdf.c deflates the fonts itself (docs/performance.md), besides libxlsxwriter's use of it
LDLIBS = -liniparser -lhpdf \
	$(shell pkg-config --libs xlsxwriter zlib 2>/dev/null || echo -lxlsxwriter -lz) -lm

SRC = $(wildcard src/*.c)
LIBSRC = $(filter-out src/main.c,$(SRC))
UNIT_SRC = $(wildcard tests/unit/test_*.c)

B ?= build
OBJ = $(SRC:src/%.c=$(B)/%.o)
LIBOBJ = $(LIBSRC:src/%.c=$(B)/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/%)

.PHONY: all run test check bench sanitize valgrind deps deps-test install uninstall clean \
	format format-check lint units

all: $(B)/fundplan units

# -z now: symbols are bound once at start, not again in each forked plan process of build
# (docs/performance.md).
LDNOW = -Wl,-z,now

$(B)/fundplan: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) $(LDNOW) -o $@ $(OBJ) $(LDLIBS)

# Makefile too: VERSION and the paths are compiled in, so an edit here must rebuild them
$(B)/%.o: src/%.c Makefile | $(B)
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -MMD -MP -c -o $@ $<

units: $(UNIT_BIN)

# FP_TOP: the source tree, for tests that read it (test_msg.c reads include/msgid.h)
$(B)/test_%: tests/unit/test_%.c tests/unit/t.h tests/unit/t_plan.h $(LIBOBJ)
	$(CC) $(CPPFLAGS) -Itests/unit -DFP_TOP=\"$(CURDIR)\" $(WARNINGS) $(CFLAGS) -o $@ $< \
		$(LIBOBJ) $(LDLIBS)

$(B):
	mkdir -p $(B)

-include $(OBJ:.o=.d)

# --- PDF memo (memo_pdf.c, pdf.c): the fonts it embeds, subset from Debian's DejaVu Sans to
# the letters a Finnish, Swedish or Sámi plan holds (Latin-1, Latin Extended-A, Skolt Sámi
# ǥ ǧ ǩ ǯ ʒ, € – — ‘ ’ “ ” „ … − ≠ ≤ ≥ →, U+FFFD for bad bytes). Hinting is dropped: it is
# most of the file and PDF viewers do not need it. The program looks for the fonts in
# $FUNDPLAN_FONTDIR, else in fonts/ beside itself (build/fonts), else in FONTDIR (docs/memo.md).
FONT_SRC ?= /usr/share/fonts/truetype/dejavu
FONTDIR = $(DATADIR)/fonts
PYFTSUBSET ?= $(shell command -v pyftsubset 2>/dev/null || echo /usr/bin/python3 -m fontTools.subset)
MEMO_LATIN = U+0020-007E,U+00A0-017F,U+018F,U+01B7,U+01E4-01EF,U+0259,U+0292
MEMO_PUNCT = U+2009,U+2013-2014,U+2018-201E,U+2022,U+2026,U+202F,U+20AC,U+2192,U+2212,U+2260,U+2264-2265,U+FFFD
MEMO_UNICODES = $(MEMO_LATIN),$(MEMO_PUNCT)
MEMO_FONTS = $(B)/fonts/DejaVuSans-subset.ttf $(B)/fonts/DejaVuSans-Bold-subset.ttf
CPPFLAGS += -DFP_FONTDIR=\"$(FONTDIR)\"

.PHONY: fonts install-fonts bench-memo
all: fonts
fonts: $(MEMO_FONTS)

$(B)/fonts/%-subset.ttf: $(FONT_SRC)/%.ttf
	mkdir -p $(@D)
	$(PYFTSUBSET) $< --unicodes=$(MEMO_UNICODES) --layout-features= --no-hinting \
		--drop-tables+=FFTM --name-IDs='*' --output-file=$@.tmp
	mv $@.tmp $@

# The memo's size and speed per example plan, and the floor (bench/memo.c). Written to a tmpfs
# when there is one, so the figures are CPU time rather than the disk's fsync.
$(B)/bench_memo: bench/memo.c bench/bench.h $(LIBOBJ) | $(B)
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -o $@ bench/memo.c $(LIBOBJ) $(LDLIBS)

bench-memo: all $(B)/bench_memo
	d=$$(mktemp -d /dev/shm/fundplan-bench.XXXXXX 2>/dev/null || mktemp -d) && \
	$(B)/bench_memo -n 200 $$d plans/*.ini; rc=$$?; rm -rf $$d; exit $$rc

# The same program with pdf.c's fallbacks instead of its levers on libharu's internals
# (-DFP_PDF_PORTABLE, docs/performance.md): what another libharu would get. Built with every
# `make` so the fallback always compiles; tests/pdf compares its memos' text with fundplan's.
all: $(B)/fundplan-portable
$(B)/pdf-portable.o: src/pdf.c Makefile | $(B)
	$(CC) $(CPPFLAGS) -DFP_PDF_PORTABLE $(WARNINGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(B)/fundplan-portable: $(filter-out $(B)/pdf.o,$(OBJ)) $(B)/pdf-portable.o
	$(CC) $(CFLAGS) $(LDFLAGS) $(LDNOW) -o $@ $^ $(LDLIBS)

-include $(B)/pdf-portable.d

install: install-fonts
install-fonts: fonts
	install -d $(DESTDIR)$(FONTDIR)
	install -m 644 $(MEMO_FONTS) docs/fonts-LICENSE.txt $(DESTDIR)$(FONTDIR)/

# --- XLSX workbooks (book_xlsx.c, book_portfolio.c): docs/workbook.md. The plan workbook's
# time per example plan and the floor, then the portfolio's peak RSS for 0 to 50 000 plans
# against libxlsxwriter's default mode (bench/book.c). tmpfs when there is one, as for the memo.
.PHONY: bench-book
$(B)/bench_book: bench/book.c bench/bench.h $(LIBOBJ) | $(B)
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -o $@ bench/book.c $(LIBOBJ) $(LDLIBS)

bench-book: all $(B)/bench_book
	d=$$(mktemp -d /dev/shm/fundplan-bench.XXXXXX 2>/dev/null || mktemp -d) && \
	$(B)/bench_book -n 200 $$d plans/*.ini; rc=$$?; rm -rf $$d; exit $$rc

# --- set-up: the system packages (installed with apt-get when root, else the command printed)
deps:
	sh .ci/deps.sh build

deps-test:
	sh .ci/deps.sh test

# --- the two commands of the README
run: deps
	$(MAKE) all
	$(B)/fundplan build plans/ -o output/

# The suite against build/; the ASan+UBSan tree is make sanitize's (it runs the suite on it).
# The benchmark programs are built too: they use the modules' APIs and must not rot unseen.
test: deps-test
	$(MAKE) all bench-programs
	sh tests/run

check: test

# --- ASan + UBSan build in build-san/, then the whole suite against it
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

sanitize-build:
	$(MAKE) B=build-san CFLAGS="$(SAN_FLAGS)" LDFLAGS="$(SAN_FLAGS)" all

sanitize: deps-test sanitize-build
	FUNDPLAN_BUILD=build-san sh tests/run

valgrind: deps-test all
	VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite" \
		sh tests/run

# --- benchmarks (bench/README.md): programs that print figures, not tests
$(B)/genplans: bench/genplans.c | $(B)
	$(CC) $(WARNINGS) $(CFLAGS) -D_POSIX_C_SOURCE=200809L -o $@ bench/genplans.c

bench: all $(B)/genplans
	sh bench/run

.PHONY: bench-programs
bench-programs: $(B)/bench_memo $(B)/bench_book $(B)/genplans

# --- install: the program finds its fonts in ../share/fundplan/fonts beside itself (pdf.c), so
# an install works under any PREFIX, whatever PREFIX the objects were built with; the docs the
# man page and the template point to go to DOCDIR. uninstall removes exactly what install put.
DOCS = README.md $(wildcard docs/*.md)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR) \
		$(DESTDIR)$(DOCDIR)
	install -m 755 $(B)/fundplan $(DESTDIR)$(BINDIR)/fundplan
	install -m 644 docs/fundplan.1 $(DESTDIR)$(MANDIR)/man1/fundplan.1
	install -m 644 $(DOCS) $(DESTDIR)$(DOCDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/fundplan $(DESTDIR)$(MANDIR)/man1/fundplan.1
	rm -f $(addprefix $(DESTDIR)$(FONTDIR)/,$(notdir $(MEMO_FONTS)) fonts-LICENSE.txt)
	rm -f $(addprefix $(DESTDIR)$(DOCDIR)/,$(notdir $(DOCS)))
	-rmdir $(DESTDIR)$(FONTDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

# --- code hygiene
format:
	clang-format -i src/*.c include/*.h tests/unit/*.c tests/unit/*.h

format-check:
	clang-format --dry-run --Werror src/*.c include/*.h tests/unit/*.c tests/unit/*.h

lint:
	cppcheck --enable=warning,portability --error-exitcode=1 --quiet -Iinclude src

clean:
	rm -rf build build-san build-fuzz tests/tmp

# --- hostile input: fuzzing and fault injection (docs/safety.md)
# The LD_PRELOAD shim of tests/fault/run. Built without CFLAGS: it is preloaded into the
# sanitizer build too, and must not bring a second sanitizer runtime.
all: $(B)/inject.so
$(B)/inject.so: tests/fault/inject.c | $(B)
	$(CC) $(WARNINGS) -O2 -g -fPIC -shared -o $@ tests/fault/inject.c -ldl

# libFuzzer harnesses in build-fuzz/ (clang; the project's objects except main.c rebuilt with
# the fuzzer's instrumentation; iniparser, libharu and libxlsxwriter from the system, not
# instrumented). `make fuzz FUZZ_SECONDS=N` runs each harness N seconds (tests/fuzz/fuzz.sh).
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_OBJ = $(LIBSRC:src/%.c=build-fuzz/%.o)
FUZZ_BIN = build-fuzz/fuzz_plan build-fuzz/fuzz_parsers build-fuzz/fuzz_call build-fuzz/fuzz_claim

.PHONY: fuzz fuzz-build
fuzz: fuzz-build
	sh tests/fuzz/fuzz.sh $(FUZZ_SECONDS)

fuzz-build: $(FUZZ_BIN)

build-fuzz/%.o: src/%.c
	mkdir -p build-fuzz
	$(FUZZ_CC) $(CPPFLAGS) $(WARNINGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(CPPFLAGS) $(WARNINGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) \
		$(LDLIBS)

.SECONDARY: $(FUZZ_OBJ)
-include $(FUZZ_OBJ:.o=.d)
