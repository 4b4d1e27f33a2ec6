/*
 * tabgen.c: the word lists as finished tables, written as C when the
 * programs are built, so that they build nothing at start-up.
 *
 *	tabgen set NAME 0|1 LIST	the set of a list (1: folded), as
 *					wst_NAME or wstf_NAME (wordset.h)
 *	tabgen lexicon			the lexicon (lexicon.h)
 *
 * Each table is made by the same code that would build it at run time
 * (ws_load(), lex_build()), so the two cannot differ; tests/unit/tables.c
 * checks that they do not.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"
#include "wordset.h"

static int
set(const char *name, const char *fold, const char *path)
{
	struct wordset ws;
	char cname[256];
	int f = strcmp(fold, "1") == 0;

	if (snprintf(cname, sizeof(cname), "%s_%s", f ? "wstf" : "wst",
	    name) >= (int)sizeof(cname))
		errx(1, "%s: name too long", name);
	ws_init(&ws, f ? WS_FOLD : 0);
	if (ws_load_file(&ws, path) == -1)
		return 1;
	printf("/* Written by tabgen from %s: do not edit. */\n"
	    "#include \"wordset.h\"\n\n", path);
	if (ws_write(&ws, cname, stdout) == -1)
		return 1;
	ws_free(&ws);
	return 0;
}

int
main(int argc, char *argv[])
{
	int rv;

	if (argc == 5 && strcmp(argv[1], "set") == 0)
		rv = set(argv[2], argv[3], argv[4]);
	else if (argc == 2 && strcmp(argv[1], "lexicon") == 0)
		rv = lex_write(lex_build(), stdout);
	else {
		fputs("usage: tabgen set NAME 0|1 LIST | tabgen lexicon\n",
		    stderr);
		return 2;
	}
	if (rv != 0 || fflush(stdout) == EOF || ferror(stdout))
		errx(1, "cannot write the table");
	return 0;
}
