# newsfilters: tokenize, sentsplit, quotes, entities, freq.
# GNU make.  "make" builds into bin/; "make check" runs every test.

PREFIX	?= /usr/local
MANDIR	?= $(PREFIX)/share/man
CC	?= cc
CFLAGS	?= -O2 -g
LDFLAGS	?=

WARN	= -std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
	  -Wstrict-prototypes -Wformat=2 -Wvla -Wpointer-arith -Wcast-qual \
	  -Wwrite-strings -Wno-overlength-strings
ifneq ($(CI),)
WARN	+= -Werror
endif
PKGS	= libutf8proc libpcre2-8
# Recursive (=): evaluated when used, so "make deps all" works in one run.
DEP_CFLAGS = $(shell pkg-config --cflags $(PKGS))
DEP_LIBS   = $(shell pkg-config --libs $(PKGS)) -pthread
ALL_CFLAGS = $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon \
	     $(DEP_CFLAGS) $(CPPFLAGS) $(CFLAGS)

B	= bin
O	= $(B)/obj
TOOLS	= $(patsubst cmd/%.c,%,$(wildcard cmd/*.c))
PROGS	= $(TOOLS:%=$(B)/%)
HDR	= $(wildcard common/*.h)
DATA	= $(wildcard common/data/*.txt)
LIBOBJ	= $(patsubst common/%.c,$(O)/%.o,$(wildcard common/*.c)) \
	  $(patsubst common/data/%.txt,$(O)/data_%.o,$(DATA))
UNITS	= $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/*.c))
MANS	= $(wildcard man/*.1 man/*.7)

SAN	= -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	  -fno-omit-frame-pointer

.PHONY: all check check-asan unit bench soak demo deps install uninstall clean \
	lint fuzz
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
	sh tests/fuzz/run.sh $(FUZZTIME)

# mandoc -Tlint at its default level, cross-references resolved
lint:
	TOP=$(CURDIR) sh tests/sh/manlint.sh

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7
	for t in $(TOOLS); do cp -f $(B)/$$t $(DESTDIR)$(PREFIX)/bin/; done
	for m in man/*.1; do cp -f $$m $(DESTDIR)$(MANDIR)/man1/; done
	for m in man/*.7; do [ -f "$$m" ] && cp -f $$m $(DESTDIR)$(MANDIR)/man7/; done; true

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t; done
	for m in man/*.1; do rm -f $(DESTDIR)$(MANDIR)/man1/$${m#man/}; done
	for m in man/*.7; do rm -f $(DESTDIR)$(MANDIR)/man7/$${m#man/}; done

clean:
	rm -rf $(B)
