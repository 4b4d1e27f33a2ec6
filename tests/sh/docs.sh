# docs.sh: every program has a manual page, and every option that --help
# lists is documented in the page (manlint.sh checks the pages' mdoc).
. tests/lib.sh
for c in cmd/*.c; do
	t=$(basename "$c" .c)
	[ -f "man/$t.1" ] && pass "docs/$t-has-page" ||
	    fail "docs/$t-has-page" "no man/$t.1"
	[ -x "$BIN/$t" ] || continue
	"$BIN/$t" --help > "$T/help" 2>&1
	missing=
	for o in $(grep -o -- '--[a-z][a-z-]*' "$T/help" | sort -u); do
		name=${o#--}
		# mdoc writes --name as "Fl Fl name" (or "Fl \-name")
		grep -q -- "Fl Fl $name\|Fl \\\\-$name\|Fl \\\\-\\\\-$name" "man/$t.1" ||
		    missing="$missing $o"
	done
	for o in $(sed -n 's/^ *\(-[a-zA-Z]\)[ ,].*/\1/p' "$T/help" | sort -u); do
		grep -q -- "Fl ${o#-}\( \|$\)" "man/$t.1" || missing="$missing $o"
	done
	[ -z "$missing" ] && pass "docs/$t-help-options-in-page" ||
	    fail "docs/$t-help-options-in-page" "not in man/$t.1:$missing"
done
