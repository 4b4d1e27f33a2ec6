#!/usr/bin/env python3
"""wellformed.py: checks shared by tests/sh/hostile.sh, conventions.sh and
memory.sh.  Each subcommand prints "ok ..." and exits 0, or prints what is
wrong (one line) and exits 1.

  tsv NF FILE            every line ends in LF, has NF TAB-separated fields
                         (NF 0: any count, but the same on every line), no
                         CR, no NUL, no blank line, valid UTF-8
  badpos FILE            offset of the first invalid UTF-8 byte (after a
                         BOM), or -1, by the suite's rules (utf8proc's)
  tokoff INPUT OUT       tokenize output OUT of INPUT: start/end in range,
                         ordered, disjoint; every ASCII token equals the
                         original bytes [start, end); the tokens cover every
                         non-space character of INPUT and nothing else, and
                         their concatenation is INPUT's non-space text (bad
                         bytes as U+FFFD)
  text INPUT OUT         OUT (sentences, one a line) holds exactly INPUT's
                         non-space text: nothing lost, nothing added
  runs LIST              check many runs at once (python starts slowly):
                         LIST has lines "NAME PROG INPUT OUT ERR STATUS WARN
                         NF"; WARN is utf8 (one "prog: INPUT: invalid UTF-8
                         at byte N" line, N right; other lines "prog: INPUT:
                         ..."), none (no stderr) or any (lines "prog: ...");
                         (+ MODE: "spans" checks the text of sentsplit -n
                         rows against their spans, which entities and
                         quotes rows always get); prints PASS/FAIL lines
  maxrss FILE CMD ARG... run CMD (stdin, stdout and stderr inherited); write
                         its exit status and peak RSS in KiB ("STATUS KIB")
                         to FILE; a signal N gives status 128+N
"""
import os
import resource
import subprocess
import sys
import unicodedata


def decode(b, i):
    """(code point or -1, length) at b[i], the rules of common/utf8.c."""
    c = b[i]
    n = len(b) - i
    if c < 0x80:
        return c, 1
    if c < 0xC2 or c > 0xF4:
        return -1, 1

    def cont(k):
        return n > k and (b[i + k] & 0xC0) == 0x80
    if c < 0xE0:
        if not cont(1):
            return -1, 1
        return ((c & 0x1F) << 6) | (b[i + 1] & 0x3F), 2
    if c < 0xF0:
        if not (cont(1) and cont(2)):
            return -1, 1
        if (c == 0xE0 and b[i + 1] < 0xA0) or (c == 0xED and b[i + 1] > 0x9F):
            return -1, 1
        return (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) |
                (b[i + 2] & 0x3F)), 3
    if not (cont(1) and cont(2) and cont(3)):
        return -1, 1
    if (c == 0xF0 and b[i + 1] < 0x90) or (c == 0xF4 and b[i + 1] > 0x8F):
        return -1, 1
    return (((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) |
            ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F)), 4


def chars(b, bom=True):
    """(offset, length, code point or -1) for every character (after a
    BOM at the start, unless bom is False)."""
    i = 3 if bom and b.startswith(b"\xEF\xBB\xBF") else 0
    while i < len(b):
        cp, k = decode(b, i)
        yield i, k, cp
        i += k


def isspace(cp):
    """u8_isspace: Unicode White_Space, controls and NUL; and U+FEFF, a
    byte order mark wherever files were joined, which no program keeps."""
    if cp < 0:
        return False
    ch = chr(cp)
    return ch.isspace() or unicodedata.category(ch) == "Cc" or cp == 0xFEFF


def render(cp):
    return "\uFFFD" if cp < 0 else chr(cp)


class Bad(Exception):
    pass


def fail(msg):
    raise Bad(msg[:400])


# (text, start, end) columns of the tools whose rows carry a span of the
# original document and the text found there (sentsplit: with -n).
SPANS = {"sentsplit": (4, 2, 3), "entities": (2, 4, 5), "quotes": (9, 5, 6)}


def collapse(b):
    """The text a TSV field shows for the bytes b (see tsv.h)."""
    out, space = [], False
    for _, _, cp in chars(b, False):
        if isspace(cp):
            space = True
            continue
        if space and out:
            out.append(" ")
        space = False
        out.append(render(cp))
    return "".join(out)


QMARKS = dict.fromkeys(map(ord, "\"'\u2018\u2019\u201a\u201b\u201c\u201d"
                               "\u201e\u201f\u00ab\u00bb\u2039\u203a"))


def unquote(t):
    return " ".join(t.translate(QMARKS).split())


def cmd_spans(tool, inp, out):
    """Every row's text is what its start/end span of the input shows."""
    ti, si, ei = SPANS[tool]
    with open(inp, "rb") as f:
        data = f.read()
    with open(out, "rb") as f:
        rows = f.read().decode("utf-8").split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    n = 0
    for no, row in enumerate(rows, 1):
        fld = row.split("\t")
        if len(fld) <= max(ti, si, ei):
            fail("row %d: %d fields" % (no, len(fld)))
        s, e = int(fld[si]), int(fld[ei])
        if not (0 <= s <= e <= len(data)):
            fail("row %d: bad span %d-%d (document %d bytes)" %
                 (no, s, e, len(data)))
        want, got = collapse(data[s:e]), fld[ti]
        if tool == "quotes":
            # a quotation across paragraphs loses the marks that re-open
            # it at each paragraph: compare without any quote marks
            want, got = unquote(want), unquote(got)
        if got != want:
            fail("row %d: text %r but bytes %d-%d show %r" %
                 (no, got[:80], s, e, want[:80]))
        n += 1
    return "ok %d spans" % n


def run_check(name, prog, inp, out, err, status, warn, nf, mode="auto"):
    tool = os.path.basename(prog)
    status = int(status)
    with open(err, "rb") as f:
        msgs = f.read().decode("utf-8", "replace").splitlines()
    if status >= 128:
        fail("crashed (status %d): %s" % (status, " | ".join(msgs)[:300]))
    if warn == "utf8":
        with open(inp, "rb") as f:
            data = f.read()
        pos = next((off for off, _, cp in chars(data) if cp < 0), -1)
        want = "%s: %s: invalid UTF-8 at byte %d" % (tool, inp, pos)
        utf8 = [m for m in msgs if "invalid UTF-8" in m]
        if utf8 != [want]:
            fail("want one line '%s' on stderr, got: %s" %
                 (want, " | ".join(msgs)[:300]))
        for m in msgs:  # other warnings (quotes: unclosed) name the file
            if not m.startswith("%s: %s: " % (tool, inp)):
                fail("stray stderr: %s" % m)
    elif warn == "none" and msgs:
        fail("unexpected message: %s" % " | ".join(msgs)[:300])
    elif warn == "any":
        for m in msgs:
            if not m.startswith(tool + ": "):
                fail("stray stderr: %s" % m)
    if status != 0:
        fail("exit %d, want 0: %s" % (status, " | ".join(msgs)[:300]))
    r = cmd_tsv(nf, out)
    if mode == "spans":
        return r + "; " + cmd_spans(tool, inp, out)
    if tool == "tokenize":
        r += "; " + cmd_tokoff(inp, out)
    elif tool == "sentsplit":
        r += "; " + cmd_text(inp, out)
    elif tool in SPANS:
        r += "; " + cmd_spans(tool, inp, out)
    return r


def cmd_runs(path):
    bad = 0
    with open(path) as f:
        for line in f:
            a = line.split()
            if len(a) not in (8, 9):
                continue
            try:
                run_check(*a)
                print("PASS " + a[0])
            except (Bad, OSError, ValueError) as e:
                print("FAIL %s: %s" % (a[0], e))
                bad = 1
    return bad


def cmd_tsv(nf, path):
    nf = int(nf)
    with open(path, "rb") as f:
        data = f.read()
    if not data:
        return "ok 0 lines"
    if not data.endswith(b"\n"):
        fail("last line has no LF")
    if b"\r" in data:
        fail("CR in output at byte %d" % data.index(b"\r"))
    if b"\0" in data:
        fail("NUL in output at byte %d" % data.index(b"\0"))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("invalid UTF-8 in output at byte %d" % e.start)
    lines = data[:-1].split(b"\n")
    want = nf
    for no, line in enumerate(lines, 1):
        if not line:
            fail("line %d is blank" % no)
        got = line.count(b"\t") + 1
        if want == 0:
            want = got
        if got != want:
            fail("line %d has %d fields, want %d: %r" %
                 (no, got, want, line[:120]))
    return "ok %d lines" % len(lines)


def cmd_badpos(path):
    with open(path, "rb") as f:
        data = f.read()
    for off, _, cp in chars(data):
        if cp < 0:
            print(off)
            return
    print(-1)


def cmd_tokoff(inp, out):
    with open(inp, "rb") as f:
        data = f.read()
    with open(out, "rb") as f:
        rows = f.read().decode("utf-8").split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    covered = bytearray(len(data))
    last = 0
    toks = []
    nascii = 0
    for no, row in enumerate(rows, 1):
        fld = row.split("\t")
        if len(fld) < 5:
            fail("row %d: %d fields" % (no, len(fld)))
        tok, s, e = fld[0], int(fld[3]), int(fld[4])
        if not (0 <= s < e <= len(data)):
            fail("row %d: bad span %d-%d (document %d bytes)" %
                 (no, s, e, len(data)))
        if s < last:
            fail("row %d: span %d-%d starts before the end of the last "
                 "token (%d)" % (no, s, e, last))
        last = e
        orig = data[s:e]
        if tok.isascii() and orig.isascii() and tok != orig.decode():
            fail("row %d: token %r but bytes %d-%d are %r" %
                 (no, tok, s, e, orig))
        nascii += tok.isascii()
        for k in range(s, e):
            covered[k] = 1
        toks.append(tok)
    want = []
    for off, k, cp in chars(data):
        sp = isspace(cp)
        if sp and any(covered[off:off + k]):
            fail("byte %d (space U+%04X) is inside a token" % (off, cp))
        if not sp:
            if not all(covered[off:off + k]):
                fail("byte %d (%r) is in no token" % (off, data[off:off + k]))
            want.append(render(cp))
    got = "".join(toks)
    want = "".join(want)
    if got != want:
        i = next((j for j in range(min(len(got), len(want)))
                  if got[j] != want[j]), min(len(got), len(want)))
        fail("tokens joined differ from the text at char %d: %r vs %r" %
             (i, got[i:i + 30], want[i:i + 30]))
    return ("ok %d tokens (%d ASCII checked against their bytes)" %
            (len(toks), nascii))


def cmd_text(inp, out):
    with open(inp, "rb") as f:
        data = f.read()
    with open(out, "rb") as f:
        got = f.read().decode("utf-8")
    want = "".join(render(cp) for _, _, cp in chars(data) if not isspace(cp))
    got = "".join(c for c in got if not isspace(ord(c)))
    if got != want:
        i = next((j for j in range(min(len(got), len(want)))
                  if got[j] != want[j]), min(len(got), len(want)))
        fail("output differs from the input's text at char %d: %r vs %r" %
             (i, got[i:i + 30], want[i:i + 30]))
    return "ok %d characters" % len(got)


def cmd_maxrss(path, argv):
    try:
        st = subprocess.call(argv)
    except OSError as e:
        sys.stderr.write("%s: %s\n" % (argv[0], e))
        st = 127
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "w") as f:
        f.write("%d %d\n" % (st if st >= 0 else 128 - st, ru.ru_maxrss))


def main():
    cmd, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    try:
        if cmd == "tsv" and len(args) == 2:
            print(cmd_tsv(*args))
        elif cmd == "badpos" and len(args) == 1:
            cmd_badpos(*args)
        elif cmd == "tokoff" and len(args) == 2:
            print(cmd_tokoff(*args))
        elif cmd == "text" and len(args) == 2:
            print(cmd_text(*args))
        elif cmd == "runs" and len(args) == 1:
            sys.exit(cmd_runs(*args))
        elif cmd == "maxrss" and len(args) >= 2:
            cmd_maxrss(args[0], args[1:])
        else:
            print("usage: " + __doc__)
            sys.exit(2)
    except Bad as e:
        print(e)
        sys.exit(1)


if __name__ == "__main__":
    main()
