/* input.c: bounded-memory line reading with exact offsets. */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <stdlib.h>

#include "input.h"
#include "utf8.h"
#include "util.h"

#define READ_CHUNK	(256u << 10)

int
input_open(struct input *in, const char *name)
{
	memset(in, 0, sizeof(*in));
	in->name = name;
	if (strcmp(name, "-") == 0) {
		in->fd = 0;
		in->label = "<stdin>";
		pipe_grow(0);
	} else {
		in->label = name;
		if ((in->fd = open(name, O_RDONLY)) == -1) {
			warn("%s", name);
			return -1;
		}
	}
	in->cap = INPUT_PIECE + READ_CHUNK;
	in->buf = xcalloc(1, in->cap + 1 + INPUT_PAD);
	in->lineno = 1;
	return 0;
}

void
input_close(struct input *in)
{
	if (in->fd > 0)
		close(in->fd);
	free(in->buf);
	in->buf = NULL;
}

/* Read more bytes; 1 if some came, 0 at end of file, -1 on error. */
static int
fill(struct input *in)
{
	ssize_t n;

	if (in->lo > 0) {
		memmove(in->buf, in->buf + in->lo, in->hi - in->lo);
		in->hi -= in->lo;
		in->scan -= in->lo;
		in->lo = 0;
	}
	for (;;) {
		n = read(in->fd, in->buf + in->hi, MIN(READ_CHUNK,
		    in->cap - in->hi));
		if (n >= 0)
			break;
		if (errno == EINTR)
			continue;
		warn("%s", in->label);
		in->error = 1;
		return -1;
	}
	if (n == 0) {
		in->eof = 1;
		return 0;
	}
	in->hi += (size_t)n;
	in->buf[in->hi] = '\0';
	return 1;
}

/*
 * Where to cut a line that has no end within INPUT_PIECE bytes.  s[n] to
 * s[n + 3] must be the real bytes that follow (or the end of the input),
 * so that a character is never cut in two.
 */
static size_t
cut_point(const char *s, size_t n)
{
	size_t i, lim;

	lim = n > 65536 ? n - 65536 : 0;
	for (i = n; i > lim; i--)
		if ((s[i - 1] == ' ' || s[i - 1] == '\t') &&
		    !(i >= 2 && s[i - 2] == '\r'))
			return i;
	for (i = n; i > 0 && n - i < 3 &&
	    ((unsigned char)s[i] & 0xC0) == 0x80; i--)
		;
	if (((unsigned char)s[i] & 0xC0) == 0x80 || i == 0)
		i = n;
	if (s[i - 1] == '\r' && i > 1)
		i--;
	return i;
}

static void
check_utf8(struct input *in, const char *s, size_t n, uint64_t off)
{
	size_t bad, nbad;

	bad = u8_check(s, n, &nbad);
	if (nbad == 0)
		return;
	if (in->nbad == 0)
		warnx("%s: invalid UTF-8 at byte %llu", in->label,
		    (unsigned long long)(off + bad));
	in->nbad += nbad;
}

/* The first read: skip a byte order mark. */
static int
start(struct input *in)
{
	in->started = 1;
	while (in->hi < 3 && !in->eof)
		if (fill(in) == -1)
			return -1;
	if (in->hi >= 3 && memcmp(in->buf, "\xEF\xBB\xBF", 3) == 0) {
		in->lo = in->scan = 3;
		in->off = 3;
	}
	return 0;
}

/*
 * Find where the next piece ends: 1 at a newline (*end is its index; with
 * last set, the last newline buffered), 2 where there is none (a cut long
 * line, or the end of the input), 0 at the end, -1 on a read error.
 */
static int
find_end(struct input *in, int last, size_t *end, int *more)
{
	char *nl;
	size_t i;

	if (!in->started && start(in) == -1)
		return -1;
	for (;;) {
		if (last) {
			for (i = in->hi; i > in->scan && in->buf[i - 1] != '\n';
			    i--)
				;
			nl = i > in->scan ? in->buf + i - 1 : NULL;
		} else
			nl = memchr(in->buf + in->scan, '\n',
			    in->hi - in->scan);
		*more = 0;
		if (nl != NULL) {
			*end = (size_t)(nl - in->buf);
			return 1;
		}
		in->scan = in->hi;
		if (in->hi - in->lo >= INPUT_PIECE && (in->eof ||
		    in->hi - in->lo >= INPUT_PIECE + 4)) {
			*end = in->lo + cut_point(in->buf + in->lo,
			    INPUT_PIECE);
			*more = 1;
			return 2;
		}
		if (in->eof) {
			*end = in->hi;
			return in->hi > in->lo ? 2 : 0;
		}
		if (fill(in) == -1)
			return -1;
	}
}

int
input_line(struct input *in, struct line *l)
{
	size_t end;
	int r;

	if ((r = find_end(in, 0, &end, &l->more)) <= 0)
		return r;
	l->eol = 0;
	if (r == 1) {
		l->eol = 1;
		if (end > in->lo && in->buf[end - 1] == '\r') {
			end--;
			l->eol = 2;
		}
	}
	l->s = in->buf + in->lo;
	l->len = end - in->lo;
	l->off = in->off;
	l->lineno = in->lineno;
	l->cont = in->midline;
	check_utf8(in, l->s, l->len, l->off);
	in->midline = l->more;
	if (!l->more)
		in->lineno++;
	end += (size_t)l->eol;
	in->off += end - in->lo;
	in->lo = end;
	if (in->scan < in->lo)
		in->scan = in->lo;
	return 1;
}

int
input_block(struct input *in, struct line *l)
{
	size_t end;
	int r;

	if ((r = find_end(in, 1, &end, &l->more)) <= 0)
		return r;
	if (r == 1)
		end++;		/* keep the newline */
	l->s = in->buf + in->lo;
	l->len = end - in->lo;
	l->off = in->off;
	l->lineno = 0;
	l->eol = 0;
	l->cont = in->midline;
	check_utf8(in, l->s, l->len, l->off);
	in->midline = l->more;
	in->off += l->len;
	in->lo = in->scan = end;
	return 1;
}

int
input_blank(const struct line *l)
{
	size_t i;

	if (l->cont || l->more)
		return 0;
	for (i = 0; i < l->len; i++)
		if ((unsigned char)l->s[i] > ' ')
			return 0;
	return 1;
}
