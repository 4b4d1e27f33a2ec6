#!/usr/bin/env python3
"""property.py: the suite's promises, checked on generated documents.

usage: property.py BIN WORKDIR [N]

Makes N documents (default 1500) from a seeded generator (PROPERTY_SEED,
default 17; "random" picks one and prints it): news sentences of our own,
quotations in every family of marks, invalid UTF-8 of every kind,
combining marks, NUL, CR, CRLF, tabs, byte order marks, emoji and other
scripts, and a few long documents whose multi-byte characters straddle
the reader's block boundaries (4 KiB, 64 KiB, 1 MiB).  Also every file of
tests/property/ (inputs that once failed).  Each program reads them all
in one run (-H gives each row its file), and for every document and every
row this checks:

  - exit status 0, and on stderr only lines "prog: FILE: ...", with one
    "invalid UTF-8 at byte N" (N right) for a document that has bad bytes
  - well-formed TSV (wellformed.py tsv): the field count, no TAB, CR, LF
    or NUL inside a field, valid UTF-8
  - tokenize: tokens cover every non-space character and nothing else,
    in order (wellformed.py tokoff); --jsonl gives the same rows, each a
    JSON object, and no word or number holds a '"', a backslash or a
    control character (the JSON writer relies on it); -o end,token,line
    gives those fields of the same rows
  - sentsplit -n, entities, quotes: the text field is what the bytes at
    start..end show, white space collapsed, bad bytes as U+FFFD
    (wellformed.py spans); spans start and end on character boundaries
  - sentsplit: the sentences hold exactly the document's non-space text
  - entities -j 1 equals entities -j 4
  - freq -M of shards cut at random lines equals one pass (tokens, lines)

Prints PASS/FAIL lines; a failing document is copied to WORKDIR/failed/,
to be kept in tests/property/ as a regression case.
"""
import json
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wellformed as wf  # noqa: E402

NEWS = [
    "Sen. Dana Quill (R-KY) said on Monday that the talks would go on.",
    "The Valley Town council met at 9 a.m. in the U.S. Capitol annex.",
    "Mayor Ravi Tembe told reporters the bridge cost $4.5 million.",
    "Inflation rose 3.5% in Aug. 2026, the Zorvan Statistics Office said.",
    "Officer Ben Yarrow, 54, a spokesman for the police, declined to comment.",
    "Follow @vtcouncil or visit https://example.org/news?id=7 for more.",
    "Dr. Alma Sorby and Prof. Ike Varga wrote the report... It was long.",
    "She met Jo Bartlett in Paris on Friday; he flew home to Lagos.",
    "The Zorvan Broadcasting Commission fined Zorvan TV on 8 March 2025.",
    "Residents — most of them farmers — waited for hours at the gate.",
    "Gov. Lena Marsh (D-Vt.) signed the bill at 3:30 p.m. #budget",
    "Q: Will the road open? A: Not before the spring, the chief said.",
    "Tim Oduya, the clerk, read the names aloud: Roe, Doe and Pham.",
    "Shares of Kessick Corp. fell 12 percent to $18.20 on Tuesday.",
    "He said the war was over.\u201d Then he left.",
    "HARLAN: Can you hear me now? DISPATCH: Yes, help is on the way.",
    "He called it \"cafe\u0301\" today, and she said it was \"na\u00efve\u0301.\"",
    "Dana Quill, Mayor of Valley Town (D)",
    "Media Contact: Jo Bartlett, County Hall",
    "The plan, dubbed \u201cOperation Clean Sweep\u201d, failed.",
    "''We will not,'' Ms. Roe said. 'It's the senators' letter,' he said.",
]
SAYS = [", she said.", ", he said.", ", Quill said.", ", said Ike Varga.",
        " — Dana Quill", ", according to a report.", "", ":"]
MARKS = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"),
         ("\u00ab", "\u00bb"), ("\u201e", "\u201c"), ("''", "''"),
         ("\u201a", "\u2018"), ("'", "'"), ("\u2039", "\u203a"),
         ("\u201c", ""), ("", "\u201d")]
BAD = [b"\x80", b"\xbf", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xc0\xaf",
       b"\xff", b"\xfe", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98", b"\xe0\x80\x80",
       b"\xc2"]
ODD = ["cafe\u0301", "\u201ccafe\u0301\u201d", "e\u0301\u0327",
       "\U0001f44d\U0001f3fd", "\U0001f1eb\U0001f1f7", "\u6771\u4eac",
       "\u0627\u0644\u0633\u0644\u0627\u0645", "\u200f", "\u00a0", "\u2026",
       "\u2014", "\u2013", "\ufeff", "\u3000", "\u2028", "Stra\u00dfe",
       "\u0130stanbul", "\U0001d400", "x\u200dy", "C:\\\\temp\\a.txt",
       "a \\\\ b", "say \\\"hi\\\"", "x\"y\"z", "12\"4"]
CTRL = [b"\0", b"\r", b"\r\n", b"\t", b"\x0b", b"\x0c", b"\x1b", b"\x7f",
        b"\n", b"\n\n", b"\n\n\n", b" \n"]


def sentence(r):
    s = r.choice(NEWS)
    if r.random() < 0.3:
        words = s.split()
        r.shuffle(words)
        s = " ".join(words)
    return s


def piece(r):
    k = r.random()
    if k < 0.40:
        return sentence(r).encode()
    if k < 0.60:
        o, c = r.choice(MARKS)
        body = sentence(r).rstrip(".")
        if r.random() < 0.3:
            o2, c2 = r.choice(MARKS)
            body = body + " " + o2 + r.choice(NEWS)[:20] + c2
        end = r.choice(["", ",", ".", "?", "!", "\u2026"])
        return (o + body + end + c + r.choice(SAYS)).encode()
    if k < 0.68:
        return r.choice(BAD)
    if k < 0.78:
        return r.choice(ODD).encode()
    if k < 0.93:
        return r.choice(CTRL)
    return bytes(r.randrange(256) for _ in range(r.randrange(1, 6)))


def document(r):
    parts = [b"\xef\xbb\xbf"] if r.random() < 0.1 else []
    for _ in range(r.randrange(1, 40)):
        parts.append(piece(r))
        parts.append(r.choice([b" ", b" ", b"", b"  ", b"\n"]))
    return b"".join(parts)


def straddle(r, size):
    """A document whose multi-byte characters cross offset size - 1 and
    its neighbours: padding, then a run of them, then more text."""
    pad = size - r.randrange(1, 4)
    filler = (sentence(r) + " ").encode()
    body = (filler * (pad // len(filler) + 1))[:pad]
    tail = r.choice(["\u201c\u00e9\u00e8\U0001f44d\u201d, she said.",
                     "\u6771\u4eac\u2014\u2026 cafe\u0301",
                     "\u00ab\u00e0 bient\u00f4t\u00bb"]).encode()
    if r.random() < 0.5:
        body = body.replace(b" ", b"\n", 3)
    return body + tail + b"\n" + (filler * 3)


def write_docs(work, n, seed):
    r = random.Random(seed)
    docs = os.path.join(work, "docs")
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    os.makedirs(docs)
    paths = []
    for i in range(n):
        p = os.path.join(docs, "d%05d.txt" % i)
        with open(p, "wb") as f:
            f.write(document(r))
        paths.append(p)
    for i, size in enumerate([4096, 4096, 65536, 65536, 1 << 20]):
        p = os.path.join(docs, "s%d.txt" % i)
        with open(p, "wb") as f:
            f.write(straddle(r, size))
        paths.append(p)
    reg = os.path.join(os.environ.get("TOP", "."), "tests", "property")
    if os.path.isdir(reg):
        for name in sorted(os.listdir(reg)):
            src = os.path.join(reg, name)
            if os.path.isfile(src):
                p = os.path.join(docs, "r_" + name)
                shutil.copyfile(src, p)
                paths.append(p)
    return paths


def run(argv, out, err, stdin=None):
    with open(out, "wb") as o, open(err, "wb") as e:
        return subprocess.call(argv, stdout=o, stderr=e, stdin=stdin)


def split_rows(out):
    """Rows of a -H run by file, the file column dropped."""
    by = {}
    with open(out, "rb") as f:
        for line in f.read().split(b"\n"):
            if line:
                name, _, rest = line.partition(b"\t")
                by.setdefault(name.decode("utf-8", "replace"),
                              []).append(rest)
    return by


class Result:
    def __init__(self):
        self.failed = 0

    def ok(self, name, msg=""):
        print("PASS %s%s" % (name, " (%s)" % msg if msg else ""))

    def bad(self, name, msg, doc=None, work=None):
        self.failed += 1
        print("FAIL %s: %s" % (name, msg[:300]))
        if doc and work:
            dst = os.path.join(work, "failed")
            os.makedirs(dst, exist_ok=True)
            shutil.copy(doc, dst)
            print("  kept %s" % os.path.join(dst, os.path.basename(doc)))


def boundaries(data):
    b = {len(data)}
    for off, _, _ in wf.chars(data, False):
        b.add(off)
    return b


def check_stderr(tool, paths, err, firstbad):
    with open(err, "rb") as f:
        msgs = f.read().decode("utf-8", "replace").splitlines()
    names = set(paths)
    seen = {}
    for m in msgs:
        head = m.split(": ", 2)
        if len(head) < 3 or head[0] != tool or head[1] not in names:
            return "stray stderr: %s" % m
        if "invalid UTF-8 at byte" in head[2]:
            if head[1] in seen:
                return "%s: two invalid UTF-8 lines" % head[1]
            seen[head[1]] = head[2]
    for p in paths:
        pos = firstbad[p]
        want = "invalid UTF-8 at byte %d" % pos if pos >= 0 else None
        if seen.get(p) != want:
            return "%s: want %r, got %r" % (p, want, seen.get(p))
    return None


def per_doc(res, name, tool, paths, by, work, check):
    """check(path, rows file) for each document; one PASS or FAIL."""
    tmp = os.path.join(work, "rows")
    n = 0
    for p in paths:
        with open(tmp, "wb") as f:
            for row in by.get(p, []):
                f.write(row + b"\n")
        try:
            check(p, tmp)
        except (wf.Bad, ValueError, IndexError) as e:
            res.bad(name, "%s: %s" % (os.path.basename(p), e), p, work)
            return
        n += len(by.get(p, []))
    res.ok(name, "%d documents, %d rows" % (len(paths), n))


def spans_on_boundaries(tool, data_of):
    ti, si, ei = wf.SPANS[tool]

    def check(p, rows):
        wf.cmd_spans(tool, p, rows)
        b = boundaries(data_of(p))
        with open(rows, "rb") as f:
            for no, row in enumerate(f.read().split(b"\n"), 1):
                if not row:
                    continue
                fld = row.split(b"\t")
                s, e = int(fld[si]), int(fld[ei])
                if s not in b or e not in b:
                    wf.fail("row %d: span %d-%d off a character boundary"
                            % (no, s, e))
    return check


def jsonl_same(res, name, prog, opts, paths, out, err):
    """tokenize --jsonl: every line a JSON object, the same rows as the
    TSV in out (the programs' JSON writer trusts that a word or a number
    never holds a '"', a backslash or a control character)."""
    jout = out + ".jsonl"
    run([prog, "-H", "--jsonl"] + opts + paths, jout, err)
    with open(out, "rb") as f:
        want = [r.decode("utf-8").split("\t") for r in f.read().split(b"\n")
                if r]
    bad = 0
    with open(jout, "rb") as f:
        lines = [r for r in f.read().split(b"\n") if r]
    for i, r in enumerate(lines):
        try:
            o = json.loads(r.decode("utf-8"))
            got = [o["file"], o["token"], o["class"], str(o["line"]),
                   str(o["start"]), str(o["end"])]
        except (ValueError, KeyError, UnicodeDecodeError) as e:
            res.bad(name + "-jsonl", "line %d: %s" % (i + 1, e))
            return
        if i >= len(want) or got != want[i]:
            bad += 1
    if bad or len(lines) != len(want):
        res.bad(name + "-jsonl", "%d rows differ from the TSV (%d, %d rows)"
                % (bad, len(lines), len(want)))
        return
    for w in want:
        if w[2] in ("word", "number") and any(
                c in '"\\' or ord(c) < 0x20 for c in w[1]):
            res.bad(name + "-jsonl", "a %s holds what JSON escapes: %r"
                    % (w[2], w[1]))
            return
    res.ok(name + "-jsonl", "%d rows" % len(lines))


def columns_same(res, name, prog, opts, paths, out, err):
    """tokenize -o end,token,line: the fields of the full rows in out,
    chosen and reordered (the file first, with -H)."""
    cout = out + ".cols"
    run([prog, "-H", "-o", "end,token,line"] + opts + paths, cout, err)
    with open(out, "rb") as f:
        want = [b"\t".join([r[0], r[5], r[1], r[3]]) for r in
                (x.split(b"\t") for x in f.read().split(b"\n") if x)]
    with open(cout, "rb") as f:
        got = [x for x in f.read().split(b"\n") if x]
    if got != want:
        res.bad(name + "-columns", "%d rows, %d wanted; first difference "
                "at row %d" % (len(got), len(want), next(
                    (i for i, (g, w) in enumerate(zip(got, want)) if g != w),
                    min(len(got), len(want))) + 1))
        return
    res.ok(name + "-columns", "%d rows" % len(got))


def main():
    bindir, work = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
    seed = os.environ.get("PROPERTY_SEED", "17")
    if seed == "random":
        seed = str(random.randrange(1 << 30))
    print("property: seed %s, %d generated documents" % (seed, n))
    os.makedirs(work, exist_ok=True)
    paths = write_docs(work, n, int(seed))
    cache = {}

    def data_of(p):
        if p not in cache:
            with open(p, "rb") as f:
                cache[p] = f.read()
        return cache[p]

    firstbad = {p: next((off for off, _, cp in wf.chars(data_of(p))
                         if cp < 0), -1) for p in paths}
    res = Result()
    out, err = os.path.join(work, "out"), os.path.join(work, "err")
    runs = [("tokenize", "tokenize", [], 6),
            ("tokenize-ptb", "tokenize", ["--ptb"], 6),
            ("sentsplit", "sentsplit", [], 6),
            ("sentsplit-w", "sentsplit", ["-w"], 6),
            ("entities", "entities", ["-j", "2"], 9),
            ("quotes", "quotes", [], 11),
            ("quotes-i-n", "quotes", ["-i", "-n"], 11)]
    for label, tool, opts, nf in runs:
        prog = os.path.join(bindir, tool)
        if not os.access(prog, os.X_OK):
            continue
        if tool == "sentsplit":
            opts = ["-n"] + opts
        st = run([prog, "-H"] + opts + paths, out, err)
        name = "property-%s" % label
        if st != 0:
            res.bad(name, "exit %d" % st)
            continue
        msg = check_stderr(tool, paths, err, firstbad)
        if msg:
            res.bad(name + "-stderr", msg)
        try:
            wf.cmd_tsv(nf, out)
        except wf.Bad as e:
            res.bad(name + "-tsv", str(e))
            continue
        by = split_rows(out)
        if tool == "tokenize":
            per_doc(res, name + "-cover", tool, paths, by, work,
                    wf.cmd_tokoff)
            jsonl_same(res, name, prog, opts, paths, out, err)
            columns_same(res, name, prog, opts, paths, out, err)
        else:
            per_doc(res, name + "-spans", tool, paths, by, work,
                    spans_on_boundaries(tool, data_of))
        if tool == "sentsplit":
            st = run([prog, "-H"] + opts[1:] + paths, out, err)
            by = split_rows(out)
            per_doc(res, name + "-text", tool, paths, by, work,
                    wf.cmd_text)
    prog = os.path.join(bindir, "entities")
    if os.access(prog, os.X_OK):
        a, b = out + ".j1", out + ".j4"
        run([prog, "-H", "-j", "1"] + paths, a, err)
        run([prog, "-H", "-j", "4"] + paths, b, err)
        with open(a, "rb") as f, open(b, "rb") as g:
            same = f.read() == g.read()
        if same:
            res.ok("property-entities-j1-j4")
        else:
            res.bad("property-entities-j1-j4", "-j 1 and -j 4 differ")
    freq_shards(res, bindir, paths, work, int(seed), data_of)
    return 1 if res.failed else 0


def freq_shards(res, bindir, paths, work, seed, data_of):
    freq, tok = os.path.join(bindir, "freq"), os.path.join(bindir, "tokenize")
    if not os.access(freq, os.X_OK):
        return
    r = random.Random(seed + 1)
    whole = os.path.join(work, "whole.txt")
    with open(whole, "wb") as f:
        for p in paths:
            f.write(data_of(p))
    inputs = [("lines", whole)]
    if os.access(tok, os.X_OK):
        toks = os.path.join(work, "tokens.txt")
        with open(whole, "rb") as i, open(toks, "wb") as o:
            t = subprocess.run([tok, "-l"], stdin=i, capture_output=True)
            o.write(b"".join(row.split(b"\t")[0] + b"\n"
                             for row in t.stdout.split(b"\n") if row))
        inputs.append(("tokens", toks))
    for what, path in inputs:
        one = subprocess.run([freq, path], capture_output=True).stdout
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
        cuts = sorted(r.sample(range(1, max(2, len(lines))),
                               min(9, max(1, len(lines) - 2))))
        merged_in = b""
        prev = 0
        for c in cuts + [len(lines)]:
            shard = b"\n".join(lines[prev:c])
            if c < len(lines):
                shard += b"\n"
            prev = c
            merged_in += subprocess.run([freq], input=shard,
                                        capture_output=True).stdout
        merged = subprocess.run([freq, "-M"], input=merged_in,
                                capture_output=True).stdout
        name = "property-freq-shards-%s" % what
        if merged == one:
            res.ok(name, "%d shards" % (len(cuts) + 1))
        else:
            res.bad(name, "freq -M of %d shards differs from one pass" %
                    (len(cuts) + 1))


if __name__ == "__main__":
    sys.exit(main())
