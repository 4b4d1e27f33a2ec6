/* out.c: the end of standard output, checked once. */
#include <err.h>
#include <stdio.h>

#include "util.h"

static char outbuf[1 << 16];

void
out_init(void)
{
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
}

int
out_error(void)
{
	return ferror(stdout) != 0;
}

int
out_close(void)
{
	if (fflush(stdout) == EOF || ferror(stdout) || fclose(stdout) == EOF) {
		warn("<stdout>");
		return 1;
	}
	return 0;
}
