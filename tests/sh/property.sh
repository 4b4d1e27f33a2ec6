#!/bin/sh
# property.sh: the promises of every program, checked on documents made by
# a seeded generator (issue 17): see tests/sh/property.py.  PROPERTY_N
# sets how many (default 1500; 300 under the sanitizers), PROPERTY_SEED
# the seed (default 17; "random" for a new one, printed).  Inputs that
# once failed live in tests/property/ and are read on every run.
. tests/lib.sh

if ! command -v python3 > /dev/null 2>&1; then
	echo "SKIP property: no python3"
	exit 0
fi
n=${PROPERTY_N:-1500}
[ -n "$SANITIZED" ] && n=${PROPERTY_N:-300}
python3 "$TOP/tests/sh/property.py" "$BIN" "$T/property" "$n"
