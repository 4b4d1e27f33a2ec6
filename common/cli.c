/* cli.c: operands, shared options, and the per-document loop. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "tsv.h"
#include "util.h"

void
cli_usage(const struct cli *c)
{
	fprintf(stderr, "usage: %s\n", c->usage);
	exit(2);
}

long long
cli_num(const struct cli *c, int opt, const char *arg, long long min,
    long long max)
{
	const char *errstr;
	long long v;

	if (num_parse(arg, min, max, &v, &errstr) == -1) {
		warnx("-%c: %s: %s", opt, arg, errstr);
		cli_usage(c);
	}
	return v;
}

/* The n bytes at s name entry i of name(), in any case? */
static int
named(const char *(*name)(int), int i, const char *s, size_t n)
{
	const char *k = name(i);

	return strlen(k) == n && strncasecmp(k, s, n) == 0;
}

/* An unknown name s[0..n) in the list of option opt: say what is known. */
static void
unknown(const struct cli *c, int opt, const char *s, size_t n,
    const char *what, const char *(*name)(int))
{
	struct buf b = { 0 };
	int i;

	for (i = 0; name(i) != NULL; i++) {
		if (i > 0)
			buf_add(&b, ", ", 2);
		buf_add(&b, name(i), strlen(name(i)));
	}
	buf_addc(&b, '\0');
	warnx("-%c: %.*s: unknown %s (known: %s)", opt, (int)n, s, what, b.s);
	buf_free(&b);
	cli_usage(c);
}

unsigned
cli_list(const struct cli *c, int opt, const char *arg, const char *what,
    const char *(*name)(int), int (*find)(const char *, size_t))
{
	const char *p = arg, *q;
	unsigned mask = 0;
	size_t n;
	int i;

	if (*arg == '\0') {
		warnx("-%c: empty list", opt);
		cli_usage(c);
	}
	for (;; p = q + 1) {
		if ((q = strchr(p, ',')) == NULL)
			q = p + strlen(p);
		if ((n = (size_t)(q - p)) == 0) {
			warnx("-%c: %s: empty %s in the list", opt, arg, what);
			cli_usage(c);
		}
		if (find != NULL)
			i = find(p, n);
		else
			for (i = 0; name(i) != NULL && !named(name, i, p, n);
			    i++)
				;
		if (i < 0 || name(i) == NULL)
			unknown(c, opt, p, n, what, name);
		mask |= 1u << i;
		if (*q == '\0')
			return mask;
	}
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
