/*
 * fuzz_tool.c: a libFuzzer harness for one tool's core, built by
 * tests/fuzz/run.sh with -DFUZZ_TOOL_<name> -DTOOL_SRC='"cmd/<name>.c"'.
 *
 * The tool's source is included whole with main renamed tool_main and
 * out_init/out_close replaced (stdout must stay open between runs).  Every
 * input is written to a memfd and read back through /proc/self/fd/N as a
 * file operand, so the tool sees exactly what a user's file would give it;
 * the first byte of the input also picks a set of options.  The output is
 * caught in memory and must be well-formed TSV (check_output).  Tools whose main() loads tables that it never frees are set
 * up once and then run document by document through cli_run().
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define main		tool_main
#define out_init	fuzz_out_init
#define out_close	fuzz_out_close
#include TOOL_SRC
#include "utf8.h"
#undef main
#undef out_init
#undef out_close

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

void
fuzz_out_init(void)
{
}

int
fuzz_out_close(void)
{
	fflush(stdout);
	clearerr(stdout);
	return 0;
}

static int	memfd = -1;
static char	path[64];

static void
setup(void)
{
	if (freopen("/dev/null", "w", stdout) == NULL)
		abort();
	if ((memfd = memfd_create("fuzz", 0)) == -1)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", memfd);
}

/* Run tool_main on the file with the options in opts (NULL-ended). */
static int
run_main(const char *prog, const char *const *opts)
{
	char *argv[16];
	int argc = 0;

	argv[argc++] = (char *)prog;
	while (*opts != NULL && argc < 14)
		argv[argc++] = (char *)*opts++;
	argv[argc++] = path;
	argv[argc] = NULL;
	optind = 0;		/* glibc: start a new scan */
	return tool_main(argc, argv);
}

#define OPTS(...)	{ __VA_ARGS__, NULL }

/* Set when the options make ragged output legitimate (freq -M: keys of
 * every field, as many as each input line has). */
static int	ragged_ok;
static int	outfmt;		/* tokenize: the format of the output (tsv.h) */

#if defined(FUZZ_TOOL_tokenize)
static const char *const sets[][6] = {
	OPTS(NULL), OPTS("--ptb"), OPTS("-l"), OPTS("--nfkc", "-w"),
	OPTS("--ptb", "-l", "--nfkc"), OPTS("-H", "--header"),
	OPTS("--jsonl", "-l"), OPTS("--csv", "-H", "--header"),
	OPTS("--jsonl", "-H", "--nfkc"), OPTS("-o", "end,token", "-l"),
	OPTS("--csv", "-H", "-o", "class,start,token"),
};

static void
fuzz_options(int k)
{
	lflag = nfkcflag = ptbflag = wflag = 0;
	ncols = 0;
	tsv_format = TSV_TSV;
	k %= (int)LEN(sets);
	outfmt = k == 7 || k == 10 ? TSV_CSV : k == 6 || k == 8 ? TSV_JSONL :
	    TSV_TSV;
	cli.header = cli.with_filename = 0;
	run_main("tokenize", sets[k]);
}
#elif defined(FUZZ_TOOL_sentsplit)
static const char *const sets[][6] = {
	OPTS(NULL), OPTS("-n"), OPTS("-w"), OPTS("-p"), OPTS("-n", "-w", "-p"),
	OPTS("-H", "--header", "-n"),
};

static void
fuzz_options(int k)
{
	nflag = pflag = wflag = 0;
	anyout = 0;
	cli.header = cli.with_filename = 0;
	run_main("sentsplit", sets[k % LEN(sets)]);
}
#elif defined(FUZZ_TOOL_entities)
static const char *const sets[][6] = {
	OPTS(NULL), OPTS("-u"), OPTS("-t", "PERSON,ORG"), OPTS("-H", "-u"),
	OPTS("-w"), OPTS("-w", "-u"), OPTS("-j", "1"), OPTS("-j", "3", "-w"),
};

static void
fuzz_options(int k)
{
	keep = (1u << NER_NTYPES) - 1;
	uflag = wflag = 0;
	cli.header = cli.with_filename = 0;
	run_main("entities", sets[k % LEN(sets)]);
}
#elif defined(FUZZ_TOOL_quotes)
static const char *const sets[][5] = {
	OPTS(NULL), OPTS("-i"), OPTS("-n"), OPTS("-H", "-i", "-n"),
	OPTS("-k", "block,Partial"),
};

static void
fuzz_options(int k)
{
	cli.header = cli.with_filename = 0;
	run_main("quotes", sets[k % LEN(sets)]);
}
#elif defined(FUZZ_TOOL_freq)
static const char *const sets[][8] = {
	OPTS(NULL), OPTS("-l"), OPTS("-s"), OPTS("-g", "2"), OPTS("-p", "-m", "2"),
	OPTS("-M"), OPTS("-f", "2"), OPTS("-H", "-f", "3,1", "-l"),
	OPTS("-n", "3", "-g", "3", "-s"), OPTS("-M", "-f", "2-"),
	OPTS("--header-in", "--header", "-f", "2,1"),
};

static void
fuzz_options(int k)
{
	size_t i;

	lflag = mflag = pflag = sflag = 0;
	gram = 1;
	mincount = 1;
	top = 0;
	need = 0;
	flist = NULL;
	named = hinflag = hseen = hdone = 0;
	cli.header = cli.with_filename = 0;
	k %= (int)LEN(sets);
	ragged_ok = k == 5 || k == 9;
	run_main("freq", sets[k]);
	/* what main() sets up for one run and leaves to exit() */
	table_free(&tab);
	free(fields.v);
	memset(&fields, 0, sizeof(fields));
	if (sflag)
		ws_free(&stop);
	if (ring != NULL) {
		for (i = 0; i < gram; i++)
			buf_free(&ring[i]);
		free(ring);
		ring = NULL;
	}
}
#else
#error "define FUZZ_TOOL_<name>"
#endif

/*
 * The output is well-formed TSV: records end in LF, no CR or NUL, valid
 * UTF-8, the same number of fields on every line (blank lines aside:
 * sentsplit -p writes them).
 */
static void
check_output(const char *s, size_t n)
{
	size_t i, nb, tabs = 0, want = (size_t)-1;
	int blank = 1;

	if (n == 0)
		return;
	if (s[n - 1] != '\n' || (outfmt != TSV_CSV &&
	    memchr(s, '\r', n) != NULL) || memchr(s, '\0', n) != NULL ||
	    u8_check(s, n, &nb) != n) {
		fprintf(stderr, "fuzz: output not clean TSV\n");
		abort();
	}
	if (outfmt != TSV_TSV)
		return;	/* CSV, JSON Lines: their rows are checked by
			   tests/sh/property.py and readers.sh */
	for (i = 0; i < n; i++) {
		if (s[i] == '\t') {
			tabs++;
		} else if (s[i] == '\n') {
			if (!blank && want != (size_t)-1 && tabs != want &&
			    !ragged_ok) {
				fprintf(stderr, "fuzz: a line with %zu fields, "
				    "not %zu; the output:\n", tabs + 1, want + 1);
				fwrite(s, 1, n < 4096 ? n : 4096, stderr);
				abort();
			}
			if (!blank)
				want = tabs;
			tabs = 0;
			blank = 1;
			continue;
		}
		blank = 0;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	if (memfd == -1) {
		setup();
		devnull = stdout;
	}
	if (ftruncate(memfd, 0) == -1 ||
	    (size > 0 && pwrite(memfd, data, size, 0) != (ssize_t)size))
		abort();
	if ((fp = open_memstream(&out, &len)) == NULL)
		abort();
	stdout = fp;		/* glibc: stdout is a variable */
	fuzz_options(size > 0 ? data[0] : 0);
	fclose(fp);
	stdout = devnull;
	check_output(out, len);
	free(out);
	return 0;
}
