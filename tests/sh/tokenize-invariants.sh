#!/bin/sh
# tokenize-invariants.sh: on random mixtures of the characters the word
# rules look at (apostrophes, periods, hyphens, digits, URL and e-mail
# marks, emoji, NUL, invalid bytes), with and without --ptb: every row is
# well-formed, tokens are in order and do not overlap, each token is the
# original bytes at [start, end) (U+FFFD for invalid ones), and every
# non-space byte belongs to a token.  Fixed seed, so a failure repeats.
. tests/lib.sh

if ! command -v python3 > /dev/null; then
	echo "SKIP tokenize-invariants: no python3"
	exit 0
fi
python3 - "$BIN/tokenize" 400 "$T" <<'PY'
import os, random, subprocess, sys
prog, n, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(20261126)
pieces = list("aAbsStTnN'.-,:/@#_&+()\"!?$% 0123456789") + [
    "\u2019", "\u2014", "\u2026", "\u00e9", "\U0001F44D", "\u200d",
    "\U0001F1FA", "www.", "http://", "n't", "'s", "U.S.", "Inc.", "No.",
    " ", "\n", "\r\n", "\x00", "\udcff", "cannot", "e-mail", ":-)"]
docs, names = [], []
for it in range(n):
    text = "".join(random.choice(pieces) for _ in range(random.randint(1, 60)))
    docs.append(text.encode("utf-8", "surrogateescape"))
    names.append(os.path.join(tmp, "inv%03d" % it))
    with open(names[-1], "wb") as f:
        f.write(docs[-1])
bad = 0
for flags in ([], ["--ptb"]):
    p = subprocess.run([prog, "-H"] + flags + names, capture_output=True)
    if p.returncode != 0:
        print("FAIL tokenize-invariants: %s exit %d" % (flags, p.returncode))
        bad = 1
        continue
    rows = {}
    for row in p.stdout.split(b"\n"):
        if row:
            f = row.split(b"\t")
            rows.setdefault(f[0].decode(), []).append(f[1:])
    for name, data in zip(names, docs):
        why, last, covered = None, 0, bytearray(len(data))
        for f in rows.get(name, []):
            if len(f) != 5:
                why = "bad row %r" % f
                break
            a, b = int(f[3]), int(f[4])
            if a < last or b <= a:
                why = "order %r" % f
            elif data[a:b].decode("utf-8", "replace").encode() != f[0]:
                why = "text %r vs %r" % (f, data[a:b])
            last = b
            covered[a:b] = b"\1" * (b - a)
        for k, c in enumerate(data):
            if not why and not covered[k] and c > 0x20 and c < 0x7F:
                why = "byte %d not in a token" % k
        if why:
            print("FAIL tokenize-invariants: %s %r: %s" % (flags, data, why))
            bad = 1
            break
if not bad:
    print("PASS tokenize-invariants (%d texts, default and --ptb)" % n)
PY
