#!/bin/sh
# readers.sh: the output of every program, as TSV, CSV and JSONL, loaded
# by real readers with the recipes of newsfilters(7) (readers.py): Python
# csv and json, pandas, sqlite3, Miller, DuckDB (from node) and R, on the
# sample article and on a hostile text (fields that begin with '"', the
# words NA, null and nan, \t and \n written out, empty speakers, commas, a
# byte order mark, invalid UTF-8).  A reader that is not installed is a
# SKIP line; ".ci/deps check" installs them all.
. tests/lib.sh

W=$T/readers
mkdir -p "$W/out" || exit 1
if ! command -v python3 >/dev/null 2>&1; then
	echo "SKIP readers: no python3"
	exit 0
fi
printf '\357\273\277"NA," said Vera Okafor, "is what the form says."\n\n' > "$W/hostile.txt"
printf '%s\n\n' '"Nobody, not even null or nan, gets in," the notice read.' \
    'She typed \t and \n into the box, then "\t, \n" again.' \
    '"Quiet, please," a voice said at the back, "and thanks."' >> "$W/hostile.txt"
printf 'Bad bytes \303\050 and \377 end here, said Tomas Reyes of the Glenmoor Council.\n' >> "$W/hostile.txt"
printf '%s\n' 'The form said "NA" and "null" twice, Omar Dutt noted.' \
    '"Is it NA?" asked nobody.' >> "$W/hostile.txt"

# out NAME COLUMNS PROG ARGS...: NAME.{tsv,csv,jsonl} and NAME.cols
out() {
	name=$1 cols=$2; shift 2
	for f in tsv csv jsonl; do
		"$@" --header --format=$f > "$W/out/$name.$f" 2> /dev/null
	done
	echo "$cols" > "$W/out/$name.cols"
}
for d in article hostile; do
	if [ $d = article ]; then in=$TOP/samples/article.txt; else in=$W/hostile.txt; fi
	out $d-tokenize "token" "$BIN/tokenize" "$in"
	out $d-sentsplit "sentence" "$BIN/sentsplit" -n "$in"
	out $d-quotes "speaker mention quote" "$BIN/quotes" "$in"
	out $d-entities "entity mention" "$BIN/entities" "$in"
	out $d-entities-u "entity mentions gender" "$BIN/entities" -u "$in"
	"$BIN/tokenize" "$in" 2> /dev/null | cut -f1,2 > "$W/$d.tokens"
	out $d-freq "key" "$BIN/freq" -p "$W/$d.tokens"
	out $d-freq-H "file key1 key2" "$BIN/freq" -H -f 1,2 "$W/$d.tokens"
done
python3 tests/sh/readers.py "$W/out"
