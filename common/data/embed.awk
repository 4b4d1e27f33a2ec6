# embed.awk: turn a word list into C: data_NAME (the text) and its length.
BEGIN {
	printf "#include <stddef.h>\nextern const char data_%s[];\n", name
	printf "extern const size_t data_%s_len;\n", name
	printf "const char data_%s[] = \"\"\n", name
}
{
	sub(/\r$/, "")
	gsub(/\\/, "\\\\")
	gsub(/"/, "\\\"")
	gsub(/\?/, "\\?")
	gsub(/\t/, "\\t")
	printf "\"%s\\n\"\n", $0
}
END {
	print ";"
	printf "const size_t data_%s_len = sizeof(data_%s) - 1;\n", name, name
}
