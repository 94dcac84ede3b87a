# fundplan - see README.md. Plain make, no recursion; objects in build/, sanitizer build in
# build-san/. Variables a user may override: CC, CFLAGS, PREFIX, DESTDIR, SOURCE_DATE_EPOCH.

VERSION = 0.1.0

CC ?= cc
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/fundplan

CFLAGS ?= -O2 -g
WARNINGS = -std=c11 -pedantic -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wwrite-strings -Wvla -Wformat=2 -Wundef -Wcast-qual
CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L -DFP_VERSION=\"$(VERSION)\"
LDLIBS = -liniparser -lhpdf $(shell pkg-config --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter -lz) -lm

SRC = $(wildcard src/*.c)
LIBSRC = $(filter-out src/main.c,$(SRC))
UNIT_SRC = $(wildcard tests/unit/test_*.c)

B ?= build
OBJ = $(SRC:src/%.c=$(B)/%.o)
LIBOBJ = $(LIBSRC:src/%.c=$(B)/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/%)

.PHONY: all run test check sanitize valgrind deps deps-test install uninstall clean \
	format format-check lint units

all: $(B)/fundplan units

$(B)/fundplan: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(B)/%.o: src/%.c | $(B)
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -MMD -MP -c -o $@ $<

units: $(UNIT_BIN)

$(B)/test_%: tests/unit/test_%.c tests/unit/t.h $(LIBOBJ)
	$(CC) $(CPPFLAGS) -Itests/unit $(WARNINGS) $(CFLAGS) -o $@ $< $(LIBOBJ) $(LDLIBS)

$(B):
	mkdir -p $(B)

-include $(OBJ:.o=.d)

# --- set-up: the system packages (installed with apt-get when root, else the command printed)
deps:
	sh .ci/deps.sh build

deps-test:
	sh .ci/deps.sh test

# --- the two commands of the README
run: deps
	$(MAKE) all
	$(B)/fundplan build plans/ -o output/

test: deps-test
	$(MAKE) all
	$(MAKE) sanitize-build
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

# --- install
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)
	install -m 755 $(B)/fundplan $(DESTDIR)$(BINDIR)/fundplan
	install -m 644 docs/fundplan.1 $(DESTDIR)$(MANDIR)/man1/fundplan.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/fundplan $(DESTDIR)$(MANDIR)/man1/fundplan.1
	rm -rf $(DESTDIR)$(DATADIR)

# --- code hygiene
format:
	clang-format -i src/*.c include/*.h tests/unit/*.c tests/unit/*.h

format-check:
	clang-format --dry-run --Werror src/*.c include/*.h tests/unit/*.c tests/unit/*.h

lint:
	cppcheck --enable=warning,portability --error-exitcode=1 --quiet -Iinclude src

clean:
	rm -rf build build-san build-fuzz tests/tmp
