/* num.c: option numbers, field lists and decimal formatting. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int
num_parse(const char *s, long long min, long long max, long long *out,
    const char **errstr)
{
	char *end;
	long long v;

	errno = 0;
	if (*s == '\0' || *s == ' ' || *s == '\t') {
		*errstr = "invalid";
		return -1;
	}
	v = strtoll(s, &end, 10);
	if (*end != '\0') {
		*errstr = "invalid";
		return -1;
	}
	if ((errno == ERANGE && v == LLONG_MIN) || v < min) {
		*errstr = "too small";
		return -1;
	}
	if ((errno == ERANGE && v == LLONG_MAX) || v > max) {
		*errstr = "too large";
		return -1;
	}
	*out = v;
	*errstr = NULL;
	return 0;
}

static int
field_num(const char **sp, size_t *out)
{
	const char *s = *sp;
	size_t v = 0;

	if (*s < '0' || *s > '9')
		return -1;
	while (*s >= '0' && *s <= '9') {
		if (v > (SIZE_MAX - 9) / 10)
			return -1;
		v = v * 10 + (size_t)(*s++ - '0');
	}
	if (v == 0)
		return -1;
	*sp = s;
	*out = v;
	return 0;
}

int
fields_parse(struct fields *f, const char *s)
{
	size_t a, b, i;

	memset(f, 0, sizeof(*f));
	for (;;) {
		if (f->open || field_num(&s, &a) == -1)
			goto bad;
		b = a;
		if (*s == '-') {
			s++;
			if (*s == ',' || *s == '\0')
				f->open = 1;
			else if (field_num(&s, &b) == -1 || b < a)
				goto bad;
		}
		if (b - a > 4096)
			goto bad;
		for (i = a; i <= b; i++) {
			f->v = xreallocarray(f->v, f->n + 1, sizeof(*f->v));
			f->v[f->n++] = i;
			if (i > f->max)
				f->max = i;
		}
		if (*s == '\0')
			break;
		if (*s++ != ',')
			goto bad;
	}
	if (f->open)
		f->max = SIZE_MAX;
	return 0;
bad:
	free(f->v);
	memset(f, 0, sizeof(*f));
	return -1;
}

/* Two digits at a time, from the right. */
size_t
fmt_u64(char *p, uint64_t v)
{
	static const char d2[] =
	    "0001020304050607080910111213141516171819"
	    "2021222324252627282930313233343536373839"
	    "4041424344454647484950515253545556575859"
	    "6061626364656667686970717273747576777879"
	    "8081828384858687888990919293949596979899";
	char tmp[24], *q = tmp + sizeof(tmp);
	size_t n;

	while (v >= 100) {
		q -= 2;
		memcpy(q, d2 + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10) {
		q -= 2;
		memcpy(q, d2 + 2 * v, 2);
	} else
		*--q = (char)('0' + v);
	n = (size_t)(tmp + sizeof(tmp) - q);
	memcpy(p, q, n);
	return n;
}
