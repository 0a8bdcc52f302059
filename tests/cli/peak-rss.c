/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Runs a command and writes its peak resident size, in KiB (getrusage's
   ru_maxrss of the child, as wait4 gives it), to a file: for the tests
   that check what a long input costs in memory (filter-memory.test),
   without GNU time, which the build's dependencies do not bring.

   Usage: peak-rss FILE COMMAND [ARG]...  Exits with the command's status
   (127 when it cannot be run, 126 when it was killed).  */
#include <config.h>

#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fputs ("usage: peak-rss FILE COMMAND [ARG]...\n", stderr);
      return 2;
    }
  pid_t pid = fork ();
  if (pid < 0)
    {
      perror ("peak-rss: fork");
      return 127;
    }
  if (pid == 0)
    {
      execvp (argv[2], argv + 2);
      perror ("peak-rss: exec");
      _exit (127);
    }
  int status;
  struct rusage usage;
  if (wait4 (pid, &status, 0, &usage) != pid)
    {
      perror ("peak-rss: wait4");
      return 127;
    }
  FILE *f = fopen (argv[1], "w");
  if (f == NULL || fprintf (f, "%ld\n", usage.ru_maxrss) < 0
      || fclose (f) != 0)
    {
      perror (argv[1]);
      return 127;
    }
  return WIFEXITED (status) ? WEXITSTATUS (status) : 126;
}
