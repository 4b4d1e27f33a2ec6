/* cli.c: operands, shared options, and the per-document loop. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tsv.h"
#include "util.h"

void
cli_usage(const struct cli *c)
{
	fprintf(stderr, "usage: %s\n", c->usage);
	exit(2);
}

void
cli_common(struct cli *c, int ch)
{
	switch (ch) {
	case 'H':
		c->with_filename = 1;
		break;
	case CLI_HEADER:
		c->header = 1;
		break;
	case CLI_FORMAT:
		if ((tsv_format = tsv_format_parse(optarg)) == -1) {
			warnx("--format: %s: not tsv, csv or jsonl", optarg);
			cli_usage(c);
		}
		break;
	case CLI_CSV:
		tsv_format = TSV_CSV;
		break;
	case CLI_JSONL:
		tsv_format = TSV_JSONL;
		break;
	case CLI_HELP:
		printf("usage: %s\n%s", c->usage, c->help);
		exit(out_close());
	case CLI_VERSION:
		printf("%s (%s) %s\n", c->prog, SUITE_NAME, SUITE_VERSION);
		exit(out_close());
	default:
		cli_usage(c);
	}
}

static int
one(struct input *in, const char *name, int (*fn)(struct input *, void *),
    void *arg)
{
	int rv;

	if (input_open(in, name) == -1)
		return 1;
	rv = fn(in, arg);
	if (in->error)
		rv = 1;
	input_close(in);
	fflush(stdout);
	return rv;
}

int
cli_run(const struct cli *c, int argc, char **argv,
    int (*fn)(struct input *, void *), void *arg)
{
	struct input in;
	int i, rv = 0;

	(void)c;
	if (argc == 0)
		return one(&in, "-", fn, arg);
	for (i = 0; i < argc && !out_error(); i++)
		rv |= one(&in, argv[i], fn, arg);
	return rv;
}

void
cli_columns(const struct cli *c, const char *names)
{
	tsv_columns(names, c->with_filename, c->header);
}

void
cli_file_field(const struct cli *c, const struct input *in)
{
	if (!c->with_filename)
		return;
	tsv_text(in->name, strlen(in->name));
	tsv_tab();
}
