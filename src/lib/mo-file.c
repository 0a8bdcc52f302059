/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A GNU .mo catalog read by the library itself, for the lookups in a
   language the caller names (tcerr_lookup_lang): gettext can only answer in
   the locale's language, and the locale may not exist.

   The format is the one the gettext manual documents ("The Format of GNU
   MO Files"): a header of 32-bit words in the byte order of the machine
   that wrote it, a table of the original strings and one of their
   translations (each string a length and an offset, NUL-terminated), and
   a hash table of the originals.  The file is read into memory once
   (read, not mmap: a file cut short while in use cannot fault a lookup),
   and every offset is checked before it is trusted, every translation is
   checked to be UTF-8 (the named lookups promise it), and a file that
   fails any check is no catalog at all: the caller treats it as missing.
   A loaded catalog is never changed nor freed (its texts are handed out
   for the life of the process), so lookups need no lock.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The largest catalog read: the full Chinese one is about 1.3 MB.  */
#define MO_SIZE_MAX (64u << 20)

#define MO_MAGIC 0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u
#define MO_HEADER_SIZE 28 /* magic, revision, N, O, T, S, H */

struct tcerr_mo
{
  char *data;     /* the whole file */
  size_t size;
  bool swapped;   /* written on a machine of the other byte order */
  uint32_t count; /* N: the strings of each table */
  uint32_t originals, translations; /* O, T: where the tables are */
  uint32_t hash_size, hash_at;      /* S, H; S < 3: no hash table */
};

static uint32_t
word_at (const struct tcerr_mo *mo, size_t offset)
{
  uint32_t w;
  memcpy (&w, mo->data + offset, sizeof w);
  return mo->swapped ? __builtin_bswap32 (w) : w;
}

/* String I of the table at TABLE (its length in *LEN), checked when the
   catalog was read.  */
static const char *
string_at (const struct tcerr_mo *mo, uint32_t table, uint32_t i,
           uint32_t *len)
{
  size_t entry = (size_t) table + (size_t) i * 8;
  *len = word_at (mo, entry);
  return mo->data + word_at (mo, entry + 4);
}

/* --- Reading ------------------------------------------------------------- */

/* The contents of the regular file PATH, or NULL (errno set).  */
static char *
read_file (const char *path, size_t *size)
{
  /* O_NONBLOCK: a FIFO in the catalog's place must not hang the open.  */
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    return NULL;
  struct stat st;
  char *data = NULL;
  if (fstat (fd, &st) != 0)
    goto out;
  if (!S_ISREG (st.st_mode) || st.st_size < MO_HEADER_SIZE
      || (uintmax_t) st.st_size > MO_SIZE_MAX)
    {
      errno = EINVAL;
      goto out;
    }
  size_t want = (size_t) st.st_size, got = 0;
  if ((data = malloc (want)) == NULL)
    goto out;
  while (got < want)
    {
      ssize_t n = read (fd, data + got, want - got);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break; /* an error, or the file got shorter: checked below */
      got += (size_t) n;
    }
  *size = got;
out:
  {
    int saved = errno;
    close (fd);
    errno = saved;
  }
  return data;
}

/* --- Checking ------------------------------------------------------------ */

/* Whether the N bytes at S are UTF-8 (NULs allowed: plural forms are
   NUL-separated), in shortest form, without surrogates, up to U+10FFFF.  */
static bool
utf8_valid (const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n)
    {
      unsigned char c = s[i];
      if (c < 0x80)
        {
          i++;
          continue;
        }
      size_t k;
      uint32_t cp, min;
      if (c >= 0xC2 && c <= 0xDF)
        k = 1, cp = c & 0x1F, min = 0x80;
      else if (c >= 0xE0 && c <= 0xEF)
        k = 2, cp = c & 0x0F, min = 0x800;
      else if (c >= 0xF0 && c <= 0xF4)
        k = 3, cp = c & 0x07, min = 0x10000;
      else
        return false;
      if (n - i <= k)
        return false;
      for (size_t j = 1; j <= k; j++)
        {
          if ((s[i + j] & 0xC0) != 0x80)
            return false;
          cp = cp << 6 | (s[i + j] & 0x3F);
        }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
      i += k + 1;
    }
  return true;
}

/* Whether TABLE holds N string descriptors inside the file, each string
   inside it too and NUL-terminated; UTF8: and UTF-8.  */
static bool
table_valid (const struct tcerr_mo *mo, uint32_t table, bool utf8)
{
  if ((uint64_t) table + (uint64_t) mo->count * 8 > mo->size)
    return false;
  for (uint32_t i = 0; i < mo->count; i++)
    {
      size_t entry = (size_t) table + (size_t) i * 8;
      uint64_t len = word_at (mo, entry), at = word_at (mo, entry + 4);
      if (at + len >= mo->size || mo->data[at + len] != '\0')
        return false;
      if (utf8 && !utf8_valid ((const unsigned char *) mo->data + at, len))
        return false;
    }
  return true;
}

/* Whether the originals are in strcmp order, as a binary search needs
   (msgfmt sorts them; a file without a hash table is searched so).  */
static bool
sorted (const struct tcerr_mo *mo)
{
  uint32_t len;
  for (uint32_t i = 1; i < mo->count; i++)
    if (strcmp (string_at (mo, mo->originals, i - 1, &len),
                string_at (mo, mo->originals, i, &len)) >= 0)
      return false;
  return true;
}

static bool
ascii_same (const char *s, size_t n, const char *word)
{
  if (strlen (word) != n)
    return false;
  for (size_t i = 0; i < n; i++)
    {
      char c = s[i] >= 'a' && s[i] <= 'z' ? (char) (s[i] - 'a' + 'A') : s[i];
      if (c != word[i])
        return false;
    }
  return true;
}

/* Whether the catalog's header (the translation of "") declares a
   charset whose texts are UTF-8 as they stand: UTF-8 itself or ASCII
   (or none at all: then the texts were checked to be UTF-8 anyway).  */
static bool
charset_is_utf8 (const struct tcerr_mo *mo)
{
  const char *header = tcerr_mo_find (mo, "");
  const char *p = header != NULL ? strstr (header, "charset=") : NULL;
  if (p == NULL)
    return true;
  p += strlen ("charset=");
  size_t n = strcspn (p, " \t\n;");
  return ascii_same (p, n, "UTF-8") || ascii_same (p, n, "UTF8")
         || ascii_same (p, n, "ASCII") || ascii_same (p, n, "US-ASCII")
         || ascii_same (p, n, "ANSI_X3.4-1968");
}

/* Whether MO, its header read, is a catalog the lookups can trust.  */
static bool
mo_valid (const struct tcerr_mo *mo)
{
  if (!table_valid (mo, mo->originals, false)
      || !table_valid (mo, mo->translations, true))
    return false;
  if (mo->hash_size > 2)
    {
      /* Its entries are checked when used (one may name a string of the
         system-dependent tables of revision 1, which are not read).  */
      if ((uint64_t) mo->hash_at + (uint64_t) mo->hash_size * 4 > mo->size)
        return false;
    }
  else if (!sorted (mo))
    return false;
  return charset_is_utf8 (mo);
}

struct tcerr_mo *
tcerr_mo_read (const char *path)
{
  struct tcerr_mo *mo = calloc (1, sizeof *mo);
  if (mo == NULL)
    return NULL;
  mo->data = read_file (path, &mo->size);
  if (mo->data == NULL || mo->size < MO_HEADER_SIZE)
    goto invalid;
  uint32_t magic;
  memcpy (&magic, mo->data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    goto invalid;
  mo->swapped = magic == MO_MAGIC_SWAPPED;
  /* Major revisions 0 and 1 share the tables read here; 1 adds
     system-dependent strings, which the library's keys never are.  */
  if (word_at (mo, 4) >> 16 > 1)
    goto invalid;
  mo->count = word_at (mo, 8);
  mo->originals = word_at (mo, 12);
  mo->translations = word_at (mo, 16);
  mo->hash_size = word_at (mo, 20);
  mo->hash_at = word_at (mo, 24);
  if (mo_valid (mo))
    return mo;
invalid:
  {
    int err = mo->data == NULL ? errno : EINVAL;
    free (mo->data);
    free (mo);
    errno = err;
  }
  return NULL;
}

/* --- Lookups ------------------------------------------------------------- */

/* gettext's hash of a string (hashpjw, 32 bits): the table was made with
   it.  Without gettext's branch: when the top bits are 0, both XORs are
   no-ops.  */
static uint32_t
hash_string (const char *s)
{
  uint32_t h = 0;
  for (; *s != '\0'; s++)
    {
      h = (h << 4) + (unsigned char) *s;
      uint32_t high = h & 0xF0000000u;
      h ^= high >> 24 ^ high;
    }
  return h;
}

/* The index of MSGID among the originals, or -1: through the hash table
   (open addressing with double hashing, as gettext writes it), each probe
   checked, at most one round of the table; else a binary search.  */
static int64_t
find_index (const struct tcerr_mo *mo, const char *msgid)
{
  uint32_t len, want = (uint32_t) strlen (msgid);
  if (mo->hash_size > 2)
    {
      uint32_t h = hash_string (msgid), size = mo->hash_size;
      uint32_t idx = h % size, incr = 1 + h % (size - 2);
      for (uint32_t probes = 0; probes < size; probes++)
        {
          uint32_t n = word_at (mo, (size_t) mo->hash_at + (size_t) idx * 4);
          if (n == 0)
            return -1;
          n--;
          if (n < mo->count)
            {
              const char *s = string_at (mo, mo->originals, n, &len);
              /* >=, as gettext: a plural entry's original is the
                 singular, a NUL, then the plural.  */
              if (len >= want && strcmp (s, msgid) == 0)
                return n;
            }
          idx = idx >= size - incr ? idx - (size - incr) : idx + incr;
        }
      return -1;
    }
  uint32_t lo = 0, hi = mo->count;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      int c = strcmp (msgid, string_at (mo, mo->originals, mid, &len));
      if (c == 0)
        return mid;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

const char *
tcerr_mo_find (const struct tcerr_mo *mo, const char *msgid)
{
  if (mo == NULL)
    return NULL;
  int64_t i = find_index (mo, msgid);
  if (i < 0)
    return NULL;
  uint32_t len;
  const char *text = string_at (mo, mo->translations, (uint32_t) i, &len);
  /* An empty translation is none (msgfmt writes none, but a file may).  */
  return len > 0 && *text != '\0' ? text : NULL;
}
