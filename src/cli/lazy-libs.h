/* json-c and cmark-gfm, loaded when first called (lazy-libs.c).

   Most runs of the command need neither: "tcerr CODE" prints a message;
   only --json, --explain, --filter and a message with markdown in it do.
   Loading a shared library at start costs about a tenth of gettext's whole
   run (make bench: cli_over_gettext), so the command does not list them
   among the libraries it needs: each function below is called through a
   pointer that the first call of its library fills in, as libepoxy does
   for OpenGL.  A file that calls them includes this header instead of
   <json-c/json.h> or <cmark-gfm.h>, and its calls read as usual.  A
   function missing from these lists is a link error, not a crash.  */
#ifndef TCERR_CLI_LAZY_LIBS_H
#define TCERR_CLI_LAZY_LIBS_H

#include <cmark-gfm.h>
#include <json-c/json.h>

#define CLI_JSON_C_FUNCTIONS(F)                                              \
  F (json_object_get_string)                                                 \
  F (json_object_get_string_len)                                             \
  F (json_object_is_type)                                                    \
  F (json_object_new_boolean)                                                \
  F (json_object_new_int64)                                                  \
  F (json_object_new_object)                                                 \
  F (json_object_new_string_len)                                             \
  F (json_object_object_add)                                                 \
  F (json_object_object_get_ex)                                              \
  F (json_object_put)                                                        \
  F (json_object_to_json_string_ext)                                         \
  F (json_tokener_error_desc)                                                \
  F (json_tokener_free)                                                      \
  F (json_tokener_get_error)                                                 \
  F (json_tokener_get_parse_end)                                             \
  F (json_tokener_new)                                                       \
  F (json_tokener_parse_ex)                                                  \
  F (json_tokener_reset)                                                     \
  F (json_tokener_set_flags)

#define CLI_CMARK_GFM_FUNCTIONS(F)                                           \
  F (cmark_iter_free)                                                        \
  F (cmark_iter_get_node)                                                    \
  F (cmark_iter_new)                                                         \
  F (cmark_iter_next)                                                        \
  F (cmark_node_first_child)                                                 \
  F (cmark_node_free)                                                        \
  F (cmark_node_get_literal)                                                 \
  F (cmark_node_get_type)                                                    \
  F (cmark_node_get_url)                                                     \
  F (cmark_node_next)                                                        \
  F (cmark_parser_feed)                                                      \
  F (cmark_parser_finish)                                                    \
  F (cmark_parser_free)                                                      \
  F (cmark_parser_new_with_mem)

#define CLI_LAZY_POINTER(name) __typeof__ (name) *name;
struct cli_json_c
{
  CLI_JSON_C_FUNCTIONS (CLI_LAZY_POINTER)
};
struct cli_cmark_gfm
{
  CLI_CMARK_GFM_FUNCTIONS (CLI_LAZY_POINTER)
};
#undef CLI_LAZY_POINTER

/* The functions of each library, loaded by the first call.  A library that
   cannot be loaded, or lacks one of them, ends the command with a message
   that names it (status 2, as exhausted memory does).  */
const struct cli_json_c *cli_json_c (void);
const struct cli_cmark_gfm *cli_cmark_gfm (void);

/* The libraries' own names, called through the pointers (lazy-libs.c
   itself, which names them as strings, goes without).  */
#ifndef CLI_LAZY_LIBS_DEFINING
# define json_object_get_string (cli_json_c ()->json_object_get_string)
# define json_object_get_string_len \
    (cli_json_c ()->json_object_get_string_len)
# define json_object_is_type (cli_json_c ()->json_object_is_type)
# define json_object_new_boolean (cli_json_c ()->json_object_new_boolean)
# define json_object_new_int64 (cli_json_c ()->json_object_new_int64)
# define json_object_new_object (cli_json_c ()->json_object_new_object)
# define json_object_new_string_len \
    (cli_json_c ()->json_object_new_string_len)
# define json_object_object_add (cli_json_c ()->json_object_object_add)
# define json_object_object_get_ex (cli_json_c ()->json_object_object_get_ex)
# define json_object_put (cli_json_c ()->json_object_put)
# define json_object_to_json_string_ext \
    (cli_json_c ()->json_object_to_json_string_ext)
# define json_tokener_error_desc (cli_json_c ()->json_tokener_error_desc)
# define json_tokener_free (cli_json_c ()->json_tokener_free)
# define json_tokener_get_error (cli_json_c ()->json_tokener_get_error)
# define json_tokener_get_parse_end \
    (cli_json_c ()->json_tokener_get_parse_end)
# define json_tokener_new (cli_json_c ()->json_tokener_new)
# define json_tokener_parse_ex (cli_json_c ()->json_tokener_parse_ex)
# define json_tokener_reset (cli_json_c ()->json_tokener_reset)
# define json_tokener_set_flags (cli_json_c ()->json_tokener_set_flags)

# define cmark_iter_free (cli_cmark_gfm ()->cmark_iter_free)
# define cmark_iter_get_node (cli_cmark_gfm ()->cmark_iter_get_node)
# define cmark_iter_new (cli_cmark_gfm ()->cmark_iter_new)
# define cmark_iter_next (cli_cmark_gfm ()->cmark_iter_next)
# define cmark_node_first_child (cli_cmark_gfm ()->cmark_node_first_child)
# define cmark_node_free (cli_cmark_gfm ()->cmark_node_free)
# define cmark_node_get_literal (cli_cmark_gfm ()->cmark_node_get_literal)
# define cmark_node_get_type (cli_cmark_gfm ()->cmark_node_get_type)
# define cmark_node_get_url (cli_cmark_gfm ()->cmark_node_get_url)
# define cmark_node_next (cli_cmark_gfm ()->cmark_node_next)
# define cmark_parser_feed (cli_cmark_gfm ()->cmark_parser_feed)
# define cmark_parser_finish (cli_cmark_gfm ()->cmark_parser_finish)
# define cmark_parser_free (cli_cmark_gfm ()->cmark_parser_free)
# define cmark_parser_new_with_mem \
    (cli_cmark_gfm ()->cmark_parser_new_with_mem)
#endif

#endif
