/* The codes a server message belongs to, for the errors that SDKs print
   without their code (Node.js, .NET): the catalog's texts in every
   language, matched exactly.  */
#ifndef TCERR_CLI_MESSAGE_INDEX_H
#define TCERR_CLI_MESSAGE_INDEX_H

#include <stddef.h>

/* The most codes one message gives.  */
#define CLI_MESSAGE_CODES_MAX 8

/* Puts into CODES (room for CLI_MESSAGE_CODES_MAX) the distinct codes
   whose documented text, in any language the catalogs have, is the LEN
   bytes of UTF-8 MESSAGE; returns how many.  With a PRODUCT (not NULL),
   the codes of its own table whose text it is, if any, else those of the
   common table, else any.  The first call reads the catalogs.  The codes
   stay valid for the life of the process.  */
size_t cli_message_codes (const char *message, size_t len,
                          const char *product, const char **codes);

#endif
