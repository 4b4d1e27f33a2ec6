#!/usr/bin/env python3
"""readers.py DIR: load the outputs in DIR with every reader installed.

DIR holds NAME.tsv, NAME.csv and NAME.jsonl (each written with --header)
and NAME.cols (the text columns to check, one line, space-separated).
Each reader reads each file the way newsfilters(7) says: TSV with the
recipe given there, CSV and JSONL with the reader's defaults, and where
the page gives options for text exactly as written, with those too.
The rows must be as many as the TSV has, the column names the same, and
the text columns byte for byte the TSV's; a reader's default may read a
value as missing only where the page says it does.  Prints PASS, FAIL
and SKIP lines.
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys

D = sys.argv[1]
NAMES = sorted(f[:-5] for f in os.listdir(D) if f.endswith('.cols'))
TOP = os.environ.get('TOP', '.')

# What each reader's defaults read as missing (newsfilters(7) says so).
PANDAS_NA = {'', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN',
             '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN',
             'None', 'n/a', 'nan', 'null'}
MISSING = {'pandas-csv': PANDAS_NA, 'duckdb-csv': {''}, 'r-csv': {'NA'}}
# The columns that are numbers in JSONL.
NUMERIC = {'line', 'start', 'end', 'para', 'count', 'proportion', 'pronouns', 'sent'}


def path(name, fmt):
    return os.path.join(D, name + '.' + fmt)


def want(name):
    """The TSV as split at TABs: header, rows, text columns."""
    with open(path(name, 'tsv'), 'rb') as f:
        lines = f.read().decode('utf-8').split('\n')
    assert lines[-1] == ''
    rows = [l.split('\t') for l in lines[:-1]]
    with open(os.path.join(D, name + '.cols')) as f:
        cols = f.read().split()
    return rows[0], rows[1:], cols


def check(tag, name, got, exact=True):
    """got: (names, {col: [values, None for missing]}, nrows)."""
    hdr, rows, cols = want(name)
    t = '%s %s' % (tag, name)
    if isinstance(got, str):
        print('FAIL readers/%s: %s' % (t, got[:300]))
        return
    names, vals, n = got
    if n != len(rows):
        print('FAIL readers/%s: %d rows, the TSV has %d' % (t, n, len(rows)))
        return
    if list(names) != hdr:
        print('FAIL readers/%s: columns %s, want %s' % (t, names, hdr))
        return
    miss = set() if exact else MISSING.get(tag, set())
    for c in cols:
        w = [r[hdr.index(c)] for r in rows]
        g = vals[c]
        for i, (a, b) in enumerate(zip(w, g)):
            if a == b or (b is None and a in miss):
                continue
            print('FAIL readers/%s: row %d %s: %r, want %r' %
                  (t, i + 1, c, b, a))
            return
    print('PASS readers/%s (%d rows)' % (t, n))


def table(names, records):
    """names and a list of dicts (or lists) as check() takes them."""
    vals = {}
    for j, c in enumerate(names):
        vals[c] = [r[c] if isinstance(r, dict) else r[j] for r in records]
    return names, vals, len(records)


def py_csv(name, fmt):
    with open(path(name, fmt), newline='', encoding='utf-8') as f:
        if fmt == 'tsv':
            rd = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        else:
            rd = csv.reader(f)
        rows = list(rd)
    return table(rows[0], rows[1:])


def py_json(name):
    recs = []
    with open(path(name, 'jsonl'), encoding='utf-8') as f:
        for line in f:
            recs.append(json.loads(line))
    hdr = want(name)[0]
    for r in recs:
        if list(r) != hdr:
            return 'keys %s, want %s' % (list(r), hdr)
        for k, v in r.items():
            num = isinstance(v, (int, float)) and not isinstance(v, bool)
            if num != (k in NUMERIC) or (not num and not isinstance(v, str)):
                return 'key %s: %r' % (k, v)
    return table(hdr, recs)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode != 0:
        raise RuntimeError('%s: exit %d: %s' % (cmd[0], p.returncode,
                                                 p.stderr.decode()[:200]))
    return p.stdout.decode('utf-8')


def sqlite(name, fmt):
    hdr = want(name)[0]
    p = path(name, fmt)
    if fmt == 'tsv':	# the recipe of newsfilters(7)
        imp = ('.import --csv "|sed -e \'s/\\"/\\"\\"/g\' -e '
               '\'s/\\t/\\",\\"/g\' -e \'s/.*/\\"&\\"/\' %s" t\n' % p)
        sel = 'SELECT * FROM t;'
    elif fmt == 'csv':
        imp = '.import --csv %s t\n' % p
        sel = 'SELECT * FROM t;'
    else:
        imp = ('CREATE TABLE j(doc TEXT);\n.mode ascii\n'
               '.separator "\\037" "\\n"\n.import %s j\n' % p)
        sel = 'SELECT %s FROM j;' % ', '.join(
            "json_extract(doc, '$.%s') AS \"%s\"" % (c, c) for c in hdr)
    out = run(['sqlite3', ':memory:'],
              input=(imp + '.mode json\n' + sel + '\n').encode())
    recs = json.loads(out) if out.strip() else []
    names = list(recs[0]) if recs else hdr
    return table(names, [{k: (None if v is None else str(v))
                          for k, v in r.items()} for r in recs])


def miller(name, fmt):
    flag = {'tsv': '--itsvlite', 'csv': '--icsv', 'jsonl': '--ijsonl'}[fmt]
    out = run(['mlr', flag, '--ojson', '--jvquoteall', 'cat',
               path(name, fmt)])
    recs = json.loads(out) if out.strip() else []
    return table(list(recs[0]) if recs else [], recs)


PANDAS = r'''
import csv, json, sys
import pandas as pd
def dump(tag, name, df):
    cols = {c: [None if pd.isna(v) else str(v) for v in df[c]]
            for c in df.columns}
    print(json.dumps([tag, name, list(df.columns), cols, len(df)]))
for name, p in json.loads(sys.argv[1]):
    dump('pandas-tsv', name, pd.read_csv(p + '.tsv', sep='\t',
        quoting=csv.QUOTE_NONE, keep_default_na=False, na_filter=False,
        dtype=str))
    dump('pandas-csv', name, pd.read_csv(p + '.csv'))
    dump('pandas-csv-exact', name, pd.read_csv(p + '.csv',
        keep_default_na=False, dtype=str))
    dump('pandas-jsonl', name, pd.read_json(p + '.jsonl', lines=True))
    dump('pandas-jsonl-exact', name, pd.read_json(p + '.jsonl',
        lines=True, dtype=False))
'''

DUCKDB = r'''
const { DuckDBInstance } = require('@duckdb/node-api');
(async () => {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	for (const [name, p] of JSON.parse(process.argv[process.argv.length - 1])) {
		const q = {
			'duckdb-tsv': `read_csv('${p}.tsv', delim='\t', quote='',
			    escape='', header=true, all_varchar=true,
			    nullstr=chr(10))`,
			'duckdb-csv': `read_csv('${p}.csv')`,
			'duckdb-jsonl': `read_json('${p}.jsonl')`,
		};
		for (const tag in q) {
			const r = await c.runAndReadAll(`SELECT * FROM ${q[tag]}`);
			const names = r.columnNames(), rows = r.getRowObjectsJson();
			const cols = {};
			for (const n of names)
				cols[n] = rows.map(x => x[n] === null ? null :
				    String(x[n]));
			console.log(JSON.stringify([tag, name, names, cols,
			    rows.length]));
		}
	}
})().catch(e => { console.error(e.message); process.exit(1); });
'''

R = r'''
hex <- function(v) vapply(v, function(s) if (is.na(s)) "!" else
    paste(charToRaw(as.character(s)), collapse = ""), "")
args <- commandArgs(TRUE)
for (i in seq(1, length(args), 2)) {
	name <- args[i]; p <- args[i + 1]
	t <- read.delim(paste0(p, ".tsv"), quote = "", na.strings = character(0),
	    comment.char = "", colClasses = "character")
	c <- read.csv(paste0(p, ".csv"))
	for (x in list(list("r-tsv", t), list("r-csv", c))) {
		d <- x[[2]]
		cat(x[[1]], name, nrow(d), paste(names(d), collapse = ","), "\n",
		    sep = "\t")
		for (n in names(d))
			cat(n, paste(hex(d[[n]]), collapse = ","), "\n", sep = "\t")
	}
}
'''


def unhex(s):
    return None if s == '!' else bytes.fromhex(s).decode('utf-8')


def batch(tag, cmd, env=None):
    """Run a reader once over every file; its lines are check() input."""
    try:
        out = run(cmd, env=env)
    except (RuntimeError, OSError) as e:
        print('FAIL readers/%s: %s' % (tag, e))
        return
    for line in out.splitlines():
        t, name, names, cols, n = json.loads(line)
        check(t, name, (names, cols, n), exact=t not in MISSING)


def r_batch():
    args = []
    for n in NAMES:
        args += [n, os.path.join(D, n)]
    script = os.path.join(D, 'load.R')
    with open(script, 'w') as f:
        f.write(R)
    try:
        out = run(['Rscript', script] + args)
    except (RuntimeError, OSError) as e:
        print('FAIL readers/r: %s' % e)
        return
    lines = out.split('\n')
    i = 0
    while i < len(lines) and lines[i]:
        tag, name, n, names = lines[i].split('\t')[:4]
        names = names.split(',')
        cols = {}
        for j in range(len(names)):
            c, v = lines[i + 1 + j].split('\t')[:2]
            cols[c] = [unhex(x) for x in v.split(',')] if int(n) else []
        check(tag, name, (names, cols, int(n)), exact=tag not in MISSING)
        i += 1 + len(names)


def has(cmd):
    return shutil.which(cmd) is not None


def pandas_python():
    for py in (os.environ.get('PANDAS_PYTHON'), sys.executable,
               'python3', '/usr/bin/python3'):
        if py and subprocess.run([py, '-c', 'import pandas'],
                                 capture_output=True).returncode == 0:
            return py
    return None


def duckdb_path():
    for d in (os.environ.get('DUCKDB_NODE_PATH'),
              os.path.join(TOP, 'bin', 'npm', 'node_modules')):
        if d and os.path.isdir(os.path.join(d, '@duckdb', 'node-api')):
            return d
    return None


def guard(tag, fn, *a):
    try:
        return fn(*a)
    except Exception as e:	# a reader's own error is a failure to read
        return '%s: %s' % (type(e).__name__, e)


for n in NAMES:
    check('python-csv-tsv', n, guard('', py_csv, n, 'tsv'))
    check('python-csv', n, guard('', py_csv, n, 'csv'))
    check('python-json', n, guard('', py_json, n))
    for fmt in ('tsv', 'csv', 'jsonl'):
        if has('sqlite3'):
            check('sqlite3-' + fmt, n, guard('', sqlite, n, fmt))
        if has('mlr'):
            check('miller-' + fmt, n, guard('', miller, n, fmt))
for r, ok in (('sqlite3', has('sqlite3')), ('miller', has('mlr'))):
    if not ok:
        print('SKIP readers/%s: not installed' % r)
jobs = json.dumps([[n, os.path.join(D, n)] for n in NAMES])
py = pandas_python()
if py:
    batch('pandas', [py, '-c', PANDAS, jobs])
else:
    print('SKIP readers/pandas: not installed (apt python3-pandas)')
nm = duckdb_path()
if nm and has('node'):
    batch('duckdb', ['node', '-e', DUCKDB, jobs],
          env=dict(os.environ, NODE_PATH=nm))
else:
    print('SKIP readers/duckdb: no @duckdb/node-api in bin/npm '
          '(sh .ci/deps check)')
if has('Rscript'):
    r_batch()
else:
    print('SKIP readers/r: not installed (apt r-base-core)')
