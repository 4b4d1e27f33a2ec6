# newsfilters: tokenize, sentsplit, quotes, entities, freq.
# GNU make.  "make" builds into bin/; "make check" runs every test.

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
COMPDIR	?= $(PREFIX)/share/bash-completion/completions
CC	?= cc
CFLAGS	?= -O2 -g
LDFLAGS	?=
PKG_CONFIG ?= pkg-config
INSTALL	?= install

WARN	= -std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
	  -Wstrict-prototypes -Wformat=2 -Wvla -Wpointer-arith -Wcast-qual \
	  -Wwrite-strings -Wno-overlength-strings
ifneq ($(CI),)
WARN	+= -Werror
endif
PKGS	= libutf8proc libpcre2-8
# Recursive (=): evaluated when used, so "make deps all" works in one run.
DEP_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS))
DEP_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS)) -pthread
ALL_CFLAGS = $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon \
	     $(DEP_CFLAGS) $(CPPFLAGS) $(CFLAGS)

B	= bin
O	= $(B)/obj
TOOLS	= $(patsubst cmd/%.c,%,$(wildcard cmd/*.c))
PROGS	= $(TOOLS:%=$(B)/%)
HDR	= $(wildcard common/*.h)
DATA	= $(wildcard common/data/*.txt)
# the lists that programs also read folded (WS_TABLE_FOLD)
FOLDED	= quote_labels quote_titles tok_aposwords tok_prefixes tok_ptb \
	  tok_units
DATAOBJ	= $(patsubst common/data/%.txt,$(O)/data_%.o,$(DATA))
TABOBJ	= $(patsubst common/data/%.txt,$(O)/wst_%.o,$(DATA)) \
	  $(FOLDED:%=$(O)/wstf_%.o) $(O)/tab_lexicon.o
LIBOBJ	= $(patsubst common/%.c,$(O)/%.o,$(wildcard common/*.c)) \
	  $(DATAOBJ) $(TABOBJ)
# what the table generator links: no table of its own
GENOBJ	= $(O)/lexicon.o $(O)/wordset.o $(O)/utf8.o $(O)/alloc.o $(DATAOBJ)
UNITS	= $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/*.c))
MANS	= $(wildcard man/*.1 man/*.7)
# the version the programs print (--version)
VERSION	:= $(shell sed -n 's/^\#define SUITE_VERSION[^"]*"\(.*\)"/\1/p' common/util.h)
DIST	= newsfilters-$(VERSION)
# what a tarball needs to build, test and install
DISTFILES = LICENSE Makefile NEWS README.md .ci cmd common completion man \
	  samples tests

SAN	= -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	  -fno-omit-frame-pointer

.PHONY: all check check-asan unit bench soak demo deps install uninstall clean \
	lint fuzz dist distcheck tables
.SUFFIXES:
.SECONDARY:

all: $(PROGS)

$(O)/%.o: common/%.c $(HDR) | $(O)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/cmd_%.o: cmd/%.c $(HDR) | $(O)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/data_%.c: common/data/%.txt common/data/embed.awk | $(O)
	awk -v name=$* -f common/data/embed.awk $< > $@.tmp && mv $@.tmp $@

$(O)/data_%.o: $(O)/data_%.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The lists as finished tables (common/data/tabgen.c): built with the
# programs, so that they build none at start-up.
$(O)/tabgen: common/data/tabgen.c $(GENOBJ) $(HDR)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ common/data/tabgen.c $(GENOBJ) \
	    $(DEP_LIBS)

$(O)/wst_%.c: common/data/%.txt $(O)/tabgen
	$(O)/tabgen set $* 0 $< > $@.tmp && mv $@.tmp $@

$(O)/wstf_%.c: common/data/%.txt $(O)/tabgen
	$(O)/tabgen set $* 1 $< > $@.tmp && mv $@.tmp $@

$(O)/tab_lexicon.c: $(O)/tabgen
	$(O)/tabgen lexicon > $@.tmp && mv $@.tmp $@

# the tables' C alone (tests/fuzz/run.sh compiles them its own way)
tables: $(TABOBJ:.o=.c)

$(O)/wst_%.o: $(O)/wst_%.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/wstf_%.o: $(O)/wstf_%.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/tab_lexicon.o: $(O)/tab_lexicon.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/libcommon.a: $(LIBOBJ)
	rm -f $@
	$(AR) rc $@ $(LIBOBJ)

$(B)/%: $(O)/cmd_%.o $(B)/libcommon.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libcommon.a $(DEP_LIBS)

$(B)/unit/%: tests/unit/%.c $(B)/libcommon.a $(HDR)
	@mkdir -p $(B)/unit
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libcommon.a $(DEP_LIBS)

$(O):
	mkdir -p $(O)

unit: $(UNITS)

# Every test: golden cases, unit tests, conventions and bad input, the
# evaluation targets; then the same suite under ASan and UBSan.
check: all unit
	BIN=$(B) sh tests/run.sh
	$(MAKE) check-asan

check-asan:
	$(MAKE) B=bin/asan CFLAGS='$(SAN)' LDFLAGS='-fsanitize=address,undefined' all unit
	BIN=bin/asan SANITIZED=1 sh tests/run.sh

bench: all
	sh tests/bench.sh

# SOAK_GB gigabytes (default 10) through each program: peak RSS, speed
soak: all
	sh tests/soak.sh

demo: all
	@if [ -x $(B)/quotes ] && [ -x $(B)/sentsplit ]; then \
		echo '$$ sentsplit samples/article.txt | quotes --header'; \
		$(B)/sentsplit samples/article.txt | $(B)/quotes --header; \
	else \
		echo '$$ tokenize samples/article.txt | head -20'; \
		$(B)/tokenize samples/article.txt | head -20; \
	fi

deps:
	sh .ci/deps

fuzz:
	PKG_CONFIG='$(PKG_CONFIG)' sh tests/fuzz/run.sh $(FUZZTIME)

# mandoc -Tlint at its default level, cross-references resolved
lint:
	TOP=$(CURDIR) sh tests/sh/manlint.sh

# The programs, their pages and their bash completion: one file, named
# after one program, and a link to it named after each other one (the
# name bash-completion looks up).  uninstall removes them, then whichever
# of these directories are left empty.
INSTDIRS = $(BINDIR) $(MANDIR)/man1 $(MANDIR)/man7 $(COMPDIR)
COMPMAIN = tokenize

install: all
	mkdir -p $(INSTDIRS:%=$(DESTDIR)%)
	for t in $(TOOLS); do \
		$(INSTALL) -m 755 $(B)/$$t $(DESTDIR)$(BINDIR)/$$t || exit 1; \
	done
	for m in man/*.1; do \
		$(INSTALL) -m 644 $$m $(DESTDIR)$(MANDIR)/man1/ || exit 1; \
	done
	for m in man/*.7; do \
		$(INSTALL) -m 644 $$m $(DESTDIR)$(MANDIR)/man7/ || exit 1; \
	done
	$(INSTALL) -m 644 completion/newsfilters.bash \
	    $(DESTDIR)$(COMPDIR)/$(COMPMAIN)
	for t in $(filter-out $(COMPMAIN),$(TOOLS)); do \
		ln -sf $(COMPMAIN) $(DESTDIR)$(COMPDIR)/$$t || exit 1; \
	done

uninstall:
	for t in $(TOOLS); do \
		rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(COMPDIR)/$$t; \
	done
	for m in man/*.1; do rm -f $(DESTDIR)$(MANDIR)/man1/$${m#man/}; done
	for m in man/*.7; do rm -f $(DESTDIR)$(MANDIR)/man7/$${m#man/}; done
	for d in $(INSTDIRS) $(MANDIR) $(dir $(COMPDIR)) $(PREFIX)/share \
	    $(PREFIX); do \
		rmdir $(DESTDIR)$$d 2>/dev/null || true; \
	done

# newsfilters-VERSION.tar.gz: what building and "make check" need
dist:
	rm -rf $(B)/$(DIST)
	mkdir -p $(B)/$(DIST)
	cp -R $(DISTFILES) $(B)/$(DIST)/
	find $(B)/$(DIST) \( -name 'corpus-*' -o -name 'crash-*' \
	    -o -name 'leak-*' -o -name 'timeout-*' -o -name '*.o' \) \
	    -prune -exec rm -rf {} +
	cd $(B) && tar -cf - $(DIST) | gzip -9 > $(CURDIR)/$(DIST).tar.gz
	rm -rf $(B)/$(DIST)
	@echo $(DIST).tar.gz

# The tarball on its own: unpacked in a temporary directory (where no
# ../shared is: those tests skip), built, tested, installed and
# uninstalled into a staging directory that must end up empty.
distcheck: dist
	sh tests/distcheck.sh $(DIST)

clean:
	rm -rf $(B)
