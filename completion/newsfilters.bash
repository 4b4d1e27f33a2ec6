# bash completion for tokenize, sentsplit, quotes, entities and freq.
#
# Installed as completions/tokenize with a link named after each other
# program, where bash-completion looks a command's completion up; source
# it to use it without bash-completion.  It needs nothing of
# bash-completion: options, the values of list options (tokenize -o,
# quotes -k, entities -t, after the last comma of what is typed; any
# case) and of --format, and file names.

# The names an option takes: a list option's names, or --format's.
_newsfilters_values()
{
	case $1:$2 in
	quotes:-k|quotes:--kinds)
		echo direct partial block indirect nested ;;
	entities:-t|entities:--types)
		echo PERSON ORG LOC NORP DATE TIME MONEY PERCENT CARDINAL \
		    HANDLE ;;
	tokenize:-o|tokenize:--columns)
		echo token class line start end ;;
	*:--format)
		echo tsv csv jsonl ;;
	esac
}

# Does option $2 of program $1 take a value?
_newsfilters_takes()
{
	case $1:$2 in
	*:--format|tokenize:-o|tokenize:--columns|quotes:-k|quotes:--kinds|\
	entities:-[jt]|\
	entities:--jobs|entities:--types|freq:-[efgmn]|freq:--regexp|\
	freq:--fields|freq:--ngram|freq:--min-count|freq:--top)
		return 0 ;;
	esac
	return 1
}

_newsfilters_options()
{
	local common='-H --with-filename --header --format= --csv --jsonl --help --version'

	# printf, not echo: echo would take -e and -n for its own options
	case $1 in
	tokenize)
		printf '%s ' -l -o -w --lower --columns= --words --nfkc --ptb \
		    $common ;;
	sentsplit)
		printf '%s ' -n -p -w --positions --paragraphs --wrapped $common ;;
	quotes)
		printf '%s ' -i -k -n --indirect --kinds= --nested $common ;;
	entities)
		printf '%s ' -j -t -u -w --jobs= --types= --unique --wrapped \
		    $common ;;
	freq)
		printf '%s ' -e -f -g -l -M -m -n -p -s -v --regexp= --fields= \
		    --ngram= --lower --merge --min-count= --top= \
		    --proportion --stopwords --stopwords= --invert-match --header-in \
		    $common ;;
	esac
}

# Complete the last name of the comma-separated list $2 from the names
# $1, in any case, leaving out the names the list already has.
_newsfilters_list()
{
	local names=$1 cur=$2 head= last w seen low
	case $cur in
	*,*)	head=${cur%,*},
		last=${cur##*,} ;;
	*)	last=$cur ;;
	esac
	seen=",${head,,}"
	low=${last,,}
	COMPREPLY=()
	for w in $names; do
		case ${w,,} in
		"$low"*)	;;
		*)	continue ;;
		esac
		case $seen in
		*",${w,,},"*)	continue ;;
		esac
		COMPREPLY+=("$head$w")
	done
}

_newsfilters()
{
	local prog=${1##*/} cur=${COMP_WORDS[COMP_CWORD]} opt= values i

	COMPREPLY=()
	# --opt=value: bash makes "=" a word of its own (COMP_WORDBREAKS)
	if [ "$COMP_CWORD" -ge 2 ] && [ "${COMP_WORDS[COMP_CWORD-1]}" = = ]; then
		opt=${COMP_WORDS[COMP_CWORD-2]}
	elif [ "$cur" = = ] && [ "$COMP_CWORD" -ge 1 ]; then
		opt=${COMP_WORDS[COMP_CWORD-1]}
		cur=
	else
		case $cur in
		--*=*)	opt=${cur%%=*}
			cur=${cur#*=} ;;
		*)	if [ "$COMP_CWORD" -ge 1 ]; then
				i=${COMP_WORDS[COMP_CWORD-1]}
				_newsfilters_takes "$prog" "$i" && opt=$i
			fi ;;
		esac
	fi
	# a value for opt (none offered for numbers and patterns); the option
	# goes before it when bash did not split the word at "="
	if [ -n "$opt" ]; then
		values=$(_newsfilters_values "$prog" "$opt")
		case $opt in
		--format)
			COMPREPLY=($(compgen -W "$values" -- "$cur")) ;;
		--stopwords)
			compopt -o filenames 2>/dev/null
			COMPREPLY=($(compgen -f -- "$cur")) ;;
		*)	[ -n "$values" ] && _newsfilters_list "$values" "$cur" ;;
		esac
		case ${COMP_WORDS[COMP_CWORD]} in
		--*=*)	for i in "${!COMPREPLY[@]}"; do
				COMPREPLY[i]=$opt=${COMPREPLY[i]}
			done ;;
		esac
		return 0
	fi
	case $cur in
	-*)	COMPREPLY=($(compgen -W "$(_newsfilters_options "$prog")" \
		    -- "$cur"))
		# no space after an option that takes its value after "="
		case ${COMPREPLY[*]} in
		*=*)	compopt -o nospace 2>/dev/null ;;
		esac ;;
	*)	compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	esac
	return 0
}

complete -F _newsfilters tokenize sentsplit quotes entities freq
