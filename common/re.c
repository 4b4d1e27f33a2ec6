/* re.c: PCRE2, compiled once, one match data block per pattern. */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <err.h>
#include <pcre2.h>
#include <stdlib.h>

#include "re.h"
#include "util.h"

struct re {
	pcre2_code		*code;
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov;
	int			 rc;
};

static struct re *
compile(const char *pat, int flags, int user, const char *what)
{
	struct re *re;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE eoff;
	uint32_t opt;
	int rc;

	re = xcalloc(1, sizeof(*re));
	opt = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	if (flags & RE_ICASE)
		opt |= PCRE2_CASELESS;
	re->code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opt,
	    &rc, &eoff, NULL);
	if (re->code == NULL) {
		free(re);
		pcre2_get_error_message(rc, msg, sizeof(msg));
		if (user) {
			warnx("%s: %s: %s at offset %zu", what, pat,
			    (char *)msg, (size_t)eoff);
			return NULL;
		}
		errx(1, "built-in pattern: %s at offset %zu: %s", (char *)msg,
		    (size_t)eoff, pat);
	}
	(void)pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);
	re->md = pcre2_match_data_create_from_pattern(re->code, NULL);
	if (re->md == NULL)
		errx(1, "out of memory");
	re->ov = pcre2_get_ovector_pointer(re->md);
	return re;
}

struct re *
re_new(const char *pat, int flags)
{
	return compile(pat, flags, 0, NULL);
}

struct re *
re_user(const char *what, const char *pat, int flags)
{
	return compile(pat, flags, 1, what);
}

void
re_free(struct re *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->md);
	pcre2_code_free(re->code);
	free(re);
}

int
re_find(struct re *re, const char *s, size_t n, size_t off, int anchored,
    size_t *ms, size_t *me)
{
	int rc;

	rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, off,
	    anchored ? PCRE2_ANCHORED : 0, re->md, NULL);
	re->rc = rc;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		if (rc == PCRE2_ERROR_NOMEMORY)
			errx(1, "out of memory");
		/* match or depth limits: treat as no match */
		return 0;
	}
	*ms = re->ov[0];
	*me = re->ov[1];
	return 1;
}

int
re_group(const struct re *re, int g, size_t *gs, size_t *ge)
{
	if (re->rc <= 0 || g >= re->rc || re->ov[2 * g] == PCRE2_UNSET)
		return -1;
	*gs = re->ov[2 * g];
	*ge = re->ov[2 * g + 1];
	return 0;
}
