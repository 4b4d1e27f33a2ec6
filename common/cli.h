/*
 * cli.h: the conventions every tool shares on the command line.
 *
 * Operands are files, read in order, each a separate document; none, or
 * "-", is standard input.  A file that cannot be opened or read is
 * reported ("prog: file: reason") and skipped, and the status becomes 1.
 * Output is flushed at the end of every document, and the run stops early
 * once standard output has failed.
 *
 * The long options every tool takes: --header, --with-filename (-H),
 * --format (and --csv, --jsonl), --help, --version.  CLI_LONGOPTS puts
 * them in a getopt_long table; cli_common() handles them in the switch.
 */
#ifndef CLI_H
#define CLI_H

#include "input.h"

enum {
	CLI_HELP = 0x100,
	CLI_VERSION,
	CLI_HEADER,
	CLI_FORMAT,
	CLI_CSV,
	CLI_JSONL,
	CLI_FIRST_TOOL_OPT	/* a tool's own long-only options start here */
};

#define CLI_LONGOPTS \
	{ "header", no_argument, NULL, CLI_HEADER }, \
	{ "with-filename", no_argument, NULL, 'H' }, \
	{ "format", required_argument, NULL, CLI_FORMAT }, \
	{ "csv", no_argument, NULL, CLI_CSV }, \
	{ "jsonl", no_argument, NULL, CLI_JSONL }, \
	{ "help", no_argument, NULL, CLI_HELP }, \
	{ "version", no_argument, NULL, CLI_VERSION }

struct cli {
	const char	*prog;		/* the tool's name */
	const char	*usage;		/* SYNOPSIS lines after "usage: " */
	const char	*help;		/* the rest of --help: what the tool
					   does in one line, a blank line,
					   the options */
	int		 header;	/* --header */
	int		 with_filename;	/* -H */
};

/*
 * For an option the tool did not handle: 'H', CLI_HEADER, the formats,
 * CLI_HELP and CLI_VERSION are done here (help and version exit 0);
 * anything else is a usage error (exit 2).  The format is tsv_format.
 */
void	 cli_common(struct cli *, int);
void	 cli_usage(const struct cli *);		/* usage on stderr, exit 2 */
/* The number ARG of option OPT in [min, max], or a usage error (exit 2)
 * that says why: "prog: -OPT: ARG: too small". */
long long cli_num(const struct cli *, int, const char *, long long,
	    long long);
/*
 * A comma-separated list of names, the argument of option OPT: the mask
 * of their numbers (1u << i).  name(i) is the name of number i, NULL past
 * the last; find, if not NULL, gives the number of a name (or -1) where
 * there are other spellings.  Names are taken in any case.  An empty
 * list, an empty name or an unknown one is a usage error that says which,
 * and what (a "kind", a "type") the names are.
 */
unsigned cli_list(const struct cli *, int, const char *, const char *,
	    const char *(*)(int), int (*)(const char *, size_t));

/*
 * Run fn on every operand (or stdin); fn reads the document and writes its
 * records, returning 0 or 1.  Returns the status so far (0 or 1); the
 * tool then returns status | out_close().
 */
int	 cli_run(const struct cli *, int, char **,
	    int (*)(struct input *, void *), void *);

/* The columns of the records (names TAB-separated, the file column
 * added with -H), and the header row with --header: see tsv_columns(). */
void	 cli_columns(const struct cli *, const char *);

/* Write the file column and a TAB when -H is set. */
void	 cli_file_field(const struct cli *, const struct input *);

#endif
