# docs.sh: the manual pages are lint-clean, every program has one, and
# every option that --help lists is documented in the page.
. tests/lib.sh
if command -v mandoc >/dev/null 2>&1; then
	if mandoc -Tlint -Wwarning man/*.[17] > "$T/lint" 2>&1; then
		pass "docs/mandoc-lint"
	else
		fail "docs/mandoc-lint" "$(head -3 "$T/lint")"
	fi
else
	echo "SKIP docs/mandoc-lint: no mandoc"
fi
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
