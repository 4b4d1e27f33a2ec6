/* out.c: the end of standard output, checked once. */
#define _GNU_SOURCE		/* F_SETPIPE_SZ */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>

#include "util.h"

#define PIPE_SIZE	(1 << 20)

static char outbuf[1 << 16];

/*
 * A pipe of 64 KiB makes the writer and the reader take turns every few
 * thousand tokens; 1 MiB (the unprivileged limit on Linux) lets them run
 * side by side.  Elsewhere, or when refused, the pipe stays as it is.
 */
void
pipe_grow(int fd)
{
#ifdef F_SETPIPE_SZ
	struct stat st;

	if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) &&
	    fcntl(fd, F_GETPIPE_SZ) < PIPE_SIZE)
		(void)fcntl(fd, F_SETPIPE_SZ, PIPE_SIZE);
#else
	(void)fd;
#endif
}

void
out_init(void)
{
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	pipe_grow(1);
}

/*
 * The reader of the pipe went away while SIGPIPE is ignored (the write
 * failed with EPIPE instead of killing us): end as the default action of
 * SIGPIPE would have, quietly, so that all five programs end one way.
 */
static void
epipe(void)
{
	if (errno == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
}

int
out_error(void)
{
	if (ferror(stdout)) {
		epipe();
		return 1;
	}
	return 0;
}

int
out_close(void)
{
	if (fflush(stdout) == EOF || ferror(stdout) || fclose(stdout) == EOF) {
		epipe();
		warn("<stdout>");
		return 1;
	}
	return 0;
}
