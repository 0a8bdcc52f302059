/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr --filter against sed, as figures (not a pass/fail test): run by
   "make bench" (issue 13, item 5).  Writes a log of about MB megabytes
   (MiB, default 100) to LOG: 99% ordinary lines of the lengths and kinds
   real services print (timestamps and levels, access logs, JSON
   structured logs, stack frames, lines that say "code" or hold '{'),
   and 1% errors, a mix of every shape src/cli/log-formats.def knows and of
   API responses (on one line after a prefix, or pretty-printed over
   several lines).  Then runs `tcerr --filter LOG` and
   `sed s/Code=/Code=/ LOG` in turns, the same way (the log as argument,
   standard output to a file beside LOG), and prints the best of ROUNDS
   rounds of each:

   filter_log_mb     the size of the log, in MB (10^6 bytes)
   filter_errors     the errors in it (lines --filter must explain)
   filter_s          wall time of tcerr --filter, in seconds
   sed_s             wall time of sed
   filter_mb_s       MB per second through tcerr --filter
   sed_mb_s          MB per second through sed
   filter_over_sed   filter_s / sed_s

   It checks what --filter wrote: the log byte for byte once the lines
   starting with "[tcerr] " are taken out, and one such line per error;
   exits 1 otherwise.  LOG and the outputs are removed at the end.

   Usage: bench-filter TCERR SED LOG [MB].  The environment (the locale,
   TCERR_LOCALEDIR) is the caller's.  "bench-filter --write LOG [MB]"
   only writes the log (to profile with), and prints its errors.  */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 5
#define MARK "[tcerr] "

extern char **environ;

/* --- The log ---------------------------------------------------------------- */

/* A fixed generator (xorshift64*): the same log on every machine.  */
static uint64_t seed = 0x9e3779b97f4a7c15u;

static uint32_t
rnd (void)
{
  seed ^= seed >> 12;
  seed ^= seed << 25;
  seed ^= seed >> 27;
  return (uint32_t) ((seed * 0x2545f4914f6cdd1du) >> 32);
}

static unsigned
below (unsigned n)
{
  return rnd () % n;
}

#define PICK(a) ((a)[below (sizeof (a) / sizeof (a)[0])])

static const char *const codes[] = {
  "InvalidDisk.Busy", "InvalidInstanceId.NotFound",
  "AuthFailure.SignatureFailure", "ResourceNotFound", "InternalError",
  "RequestLimitExceeded", "LimitExceeded.Quota", "UnauthorizedOperation",
  "InvalidParameterValue.InvalidInstanceType",
  "FailedOperation.DatabaseAccessError",
};

static const char *const messages[] = {
  "The disk is busy", "instance ins-3f8a2c1d not found",
  "The provided credentials could not be validated. Please check your "
  "signature is correct.",
  "Requests limit exceeded, Code=429, please retry later",
  "message: internal error, retry", "quota exceeded",
};

static const char *const words[] = {
  "order-service", "billing", "scheduler", "gateway", "auth", "cache",
  "inventory", "payments", "search", "notifier",
};

static const char *const paths[] = {
  "/api/v1/orders", "/api/v1/users/profile", "/v2/instances",
  "/healthz", "/static/app.8f3a2c.js", "/api/v1/cart/items",
};

/* A RequestId: a UUID, lower-case.  */
static void
uuid (char *buf)
{
  snprintf (buf, 37, "%08x-%04x-4%03x-%04x-%08x%04x", rnd (),
            below (0x10000), below (0x1000), 0x8000 | below (0x4000),
            rnd (), below (0x10000));
}

/* Writes an ordinary line to F.  */
static void
ordinary (FILE *f, unsigned n)
{
  unsigned s = n % 60, m = n / 60 % 60, ms = below (1000);
  switch (below (8))
    {
    case 0:
    case 1:
      fprintf (f, "2026-12-01T10:%02u:%02u.%03uZ INFO  [worker-%u] %s: "
               "processed batch id=%08x items=%u elapsed=%u.%ums user=u%05u\n",
               m, s, ms, below (16), PICK (words), rnd (), below (500),
               below (300), below (10), below (100000));
      break;
    case 2:
      fprintf (f, "10.%u.%u.%u - - [01/Dec/2026:10:%02u:%02u +0000] "
               "\"GET %s?page=%u HTTP/1.1\" 200 %u \"-\" \"Mozilla/5.0 "
               "(X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/120.0 Safari/537.36\"\n",
               below (256), below (256), below (256), m, s, PICK (paths),
               below (50), below (60000));
      break;
    case 3:
      fprintf (f, "{\"level\":\"info\",\"ts\":1764583200.%06u,\"caller\":"
               "\"server/handler.go:%u\",\"msg\":\"request completed\","
               "\"method\":\"POST\",\"path\":\"%s\",\"status\":200,"
               "\"latency_ms\":%u,\"trace_id\":\"%08x%08x\"}\n",
               below (1000000), below (900), PICK (paths), below (900),
               rnd (), rnd ());
      break;
    case 4:
      fprintf (f, "\tat com.example.%s.Handler.process(Handler.java:%u)\n",
               PICK (words), below (900));
      break;
    case 5:
      fprintf (f, "2026-12-01 10:%02u:%02u,%03u DEBUG urllib3.connectionpool:"
               " https://cvm.tencentcloudapi.com:443 \"POST / HTTP/1.1\" "
               "status code 200, %u bytes\n",
               m, s, ms, below (4000));
      break;
    case 6:
      fprintf (f, "2026/12/01 10:%02u:%02u %s: cache hit ratio=0.%03u "
               "keys=%u evictions=%u config={size: %u, ttl: 30s}\n",
               m, s, PICK (words), below (1000), below (1000000),
               below (100), below (4096));
      break;
    default:
      fprintf (f, "I1201 10:%02u:%02u.%06u %5u reconcile.go:%u] Reconciling "
               "instance ins-%08x in region ap-guangzhou, zone "
               "ap-guangzhou-%u: state RUNNING\n",
               m, s, below (1000000), below (30000), below (400), rnd (),
               1 + below (6));
      break;
    }
}

/* Writes an error to F, as one of the SDKs or a logged response prints
   it; returns how many lines it took.  */
static unsigned
error (FILE *f, unsigned n)
{
  char id[37];
  const char *code = PICK (codes), *msg = PICK (messages);
  unsigned s = n % 60, m = n / 60 % 60;
  uuid (id);
  switch (below (13))
    {
    case 0:
      fprintf (f, "2026/12/01 10:%02u:%02u resize disk: [TencentCloudSDKError]"
               " Code=%s, Message=%s, RequestId=%s\n", m, s, code, msg, id);
      return 1;
    case 1:
      fprintf (f, "2026/12/01 10:%02u:%02u [TencentCloudSDKError] Code=%s, "
               "Message=%s\n", m, s, code, msg);
      return 1;
    case 2:
      fprintf (f, "[2026-12-01 10:%02u:%02u,123] [4242] [tccli.main] [ERROR] "
               "[TencentCloudSDKException] code:%s message:%s requestId:%s\n",
               m, s, code, msg, id);
      return 1;
    case 3:
      fprintf (f, "tencentcloud.common.exception.tencent_cloud_sdk_exception."
               "TencentCloudSDKException: [TencentCloudSDKException] code:%s "
               "message:%s requestId:None\n", code, msg);
      return 1;
    case 4:
      fprintf (f, "2026-12-01 10:%02u:%02u.456 ERROR [main] c.e.Client - "
               "[TencentCloudSDKException]code: %s message:%s requestId:%s\n",
               m, s, code, msg, id);
      return 1;
    case 5:
      fprintf (f, "[TencentCloudSDKException]message:%s-%s requestId:%s\n",
               code, msg, id);
      return 1;
    case 6:
      fprintf (f, "PHP Fatal error:  Uncaught [TencentCloud\\Common\\Exception"
               "\\TencentCloudSDKException] code:%s message:%s requestId:%s in"
               " /var/www/app/src/Disk.php:42\n", code, msg, id);
      return 1;
    case 7:
      fprintf (f, "[TencentCloud\\Common\\Exception\\TencentCloudSDKException]"
               "message:%s-%s  requestId:%s\n", code, msg, id);
      return 1;
    case 8:
      fprintf (f, "E1201 10:%02u:%02u.000000 1 main.cpp:88] RequestId=%s, "
               "ErrorCode=%s, ErrorMessage=%s\n", m, s, id, code, msg);
      return 1;
    case 9:
      fprintf (f, "Error: [TencentCloudSDKException]message:%s  requestId:%s"
               "  traceId:%08x\n", msg, id, rnd ());
      return 1;
    case 10:
      fprintf (f, "requestId: %s TencentCloud.Common.TencentCloudSDKException:"
               " code:%s message:%s \n", id, code, msg);
      return 1;
    case 11:
      fprintf (f, "2026-12-01 10:%02u:%02u ERROR resp={\"Response\":{\"Error\":"
               "{\"Code\":\"%s\",\"Message\":\"%s\"},\"RequestId\":\"%s\"}} "
               "(retrying)\n", m, s, code, msg, id);
      return 1;
    default:
      fprintf (f, "E1201 10:%02u:%02u response:\n{\n  \"Response\": {\n"
               "    \"Error\": {\n      \"Code\": \"%s\",\n"
               "      \"Message\": \"%s\"\n    },\n"
               "    \"RequestId\": \"%s\"\n  }\n}\n", m, s, code, msg, id);
      return 10;
    }
}

/* Writes about BYTES bytes of log to PATH; returns how many errors.  */
static unsigned long
write_log (const char *path, long bytes)
{
  FILE *f = fopen (path, "w");
  if (f == NULL)
    {
      fprintf (stderr, "bench-filter: %s: %s\n", path, strerror (errno));
      exit (1);
    }
  unsigned long errors = 0, lines = 0;
  while (ftell (f) < bytes)
    {
      if (below (100) == 0)
        {
          lines += error (f, (unsigned) (lines / 100));
          errors++;
        }
      else
        {
          ordinary (f, (unsigned) (lines / 100));
          lines++;
        }
    }
  if (fclose (f) != 0)
    {
      fprintf (stderr, "bench-filter: %s: %s\n", path, strerror (errno));
      exit (1);
    }
  return errors;
}

/* --- Timing --------------------------------------------------------------------- */

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs ARGV once, standard output to OUT; seconds.  Exits on a failed
   run: one whose status is not 0 or SUCCESS (tcerr --filter exits with 3
   when it explained an error).  */
static double
run (char *const argv[], const char *out, int success)
{
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 1, out,
                                    O_WRONLY | O_CREAT | O_TRUNC, 0666);
  pid_t pid;
  int status;
  double start = now ();
  if (posix_spawnp (&pid, argv[0], &actions, NULL, argv, environ) != 0
      || waitpid (pid, &status, 0) != pid
      || !WIFEXITED (status)
      || (WEXITSTATUS (status) != 0 && WEXITSTATUS (status) != success))
    {
      fprintf (stderr, "bench-filter: %s failed\n", argv[0]);
      exit (1);
    }
  double t = now () - start;
  posix_spawn_file_actions_destroy (&actions);
  return t;
}

/* Whether OUT is LOG once its lines starting with MARK are taken out,
   with ERRORS of them.  */
static bool
passed_through (const char *log, const char *out, unsigned long errors)
{
  FILE *l = fopen (log, "r"), *o = fopen (out, "r");
  char *a = NULL, *b = NULL;
  size_t asize = 0, bsize = 0;
  ssize_t alen, blen;
  unsigned long marked = 0;
  bool same = l != NULL && o != NULL;
  while (same && (blen = getline (&b, &bsize, o)) >= 0)
    {
      if (strncmp (b, MARK, strlen (MARK)) == 0)
        {
          marked++;
          continue;
        }
      alen = getline (&a, &asize, l);
      same = alen == blen && memcmp (a, b, (size_t) alen) == 0;
    }
  same = same && getline (&a, &asize, l) < 0;
  if (same && marked != errors)
    fprintf (stderr, "bench-filter: %lu errors explained, %lu expected\n",
             marked, errors);
  free (a);
  free (b);
  if (l != NULL)
    fclose (l);
  if (o != NULL)
    fclose (o);
  return same && marked == errors;
}

int
main (int argc, char **argv)
{
  if ((argc == 3 || argc == 4) && strcmp (argv[1], "--write") == 0)
    {
      long mib = argc == 4 ? atol (argv[3]) : 100;
      printf ("%lu\n", write_log (argv[2], mib * 1024 * 1024));
      return 0;
    }
  if (argc != 4 && argc != 5)
    {
      fputs ("usage: bench-filter TCERR SED LOG [MB]\n"
             "       bench-filter --write LOG [MB]\n", stderr);
      return 2;
    }
  long mib = argc == 5 ? atol (argv[4]) : 100;
  char *log = argv[3];
  size_t n = strlen (log) + sizeof ".filter";
  char *filter_out = malloc (n), *sed_out = malloc (n);
  if (mib <= 0 || filter_out == NULL || sed_out == NULL)
    return 2;
  snprintf (filter_out, n, "%s.filter", log);
  snprintf (sed_out, n, "%s.sed", log);

  unsigned long errors = write_log (log, mib * 1024 * 1024);
  FILE *f = fopen (log, "r");
  fseek (f, 0, SEEK_END);
  double mb = ftell (f) / 1e6;
  fclose (f);

  static char filter_opt[] = "--filter", sed_script[] = "s/Code=/Code=/";
  char *tcerr[] = { argv[1], filter_opt, log, NULL };
  char *sed[] = { argv[2], sed_script, log, NULL };
  double best_filter = 1e30, best_sed = 1e30;
  for (int r = 0; r < ROUNDS; r++)
    {
      double t = run (tcerr, filter_out, 3), s = run (sed, sed_out, 0);
      best_filter = t < best_filter ? t : best_filter;
      best_sed = s < best_sed ? s : best_sed;
    }
  bool ok = passed_through (log, filter_out, errors);
  if (!ok)
    fprintf (stderr, "bench-filter: %s is not %s with one explanation per"
             " error\n", filter_out, log);
  unlink (log);
  unlink (filter_out);
  unlink (sed_out);
  printf ("filter_log_mb=%.1f\nfilter_errors=%lu\nfilter_s=%.3f\nsed_s=%.3f\n"
          "filter_mb_s=%.0f\nsed_mb_s=%.0f\nfilter_over_sed=%.2f\n",
          mb, errors, best_filter, best_sed, mb / best_filter,
          mb / best_sed, best_filter / best_sed);
  free (filter_out);
  free (sed_out);
  return ok ? 0 : 1;
}
