# SPDX-License-Identifier: LGPL-2.1-or-later
# fish completion for tcerr (installed in $(datadir)/fish/vendor_completions.d).
# Products, codes and languages come from tcerr --complete, so they follow
# the registry and the catalogs installed; fish's own matching applies.

# The product given with -p PRODUCT, -pPRODUCT or --product[=]PRODUCT.
function __tcerr_product
    set -l tokens (commandline -opc)
    set -l i 2
    set -l product
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case -p --product
                set i (math $i + 1)
                set product $tokens[$i]
            case '--product=*'
                set product (string replace -- --product= '' $tokens[$i])
            case '-p?*'
                set product (string sub -s 3 -- $tokens[$i])
            case --
                break
        end
        set i (math $i + 1)
    end
    printf '%s\n' $product
end

# The codes a lookup for that product answers, or every code.
function __tcerr_codes
    set -l cmd (commandline -opc)[1]
    set -l product (__tcerr_product)
    if test -n "$product"
        $cmd --complete=codes -p $product 2>/dev/null
    else
        $cmd --complete=codes 2>/dev/null
    end
end

function __tcerr_products
    set -l cmd (commandline -opc)[1]
    $cmd --complete=products 2>/dev/null
end

function __tcerr_languages
    set -l cmd (commandline -opc)[1]
    $cmd --complete=languages 2>/dev/null
end

# Whether the operands are files: with --explain or --filter.
function __tcerr_reads_files
    __fish_contains_opt -s e explain filter
end

complete -c tcerr -f
complete -c tcerr -s p -l product -x -a '(__tcerr_products)' -d 'Look codes up for PRODUCT'
complete -c tcerr -s l -l list -d 'List every code with its message'
complete -c tcerr -l products -d 'List the known products'
complete -c tcerr -s s -l search -x -d 'List the codes whose code or message contains TEXT'
complete -c tcerr -s e -l explain -d 'Explain the errors of API responses and SDK logs'
complete -c tcerr -l filter -d 'Copy input, adding an explanation after each error'
complete -c tcerr -s L -l lang -x -a '(__tcerr_languages)' -d 'Answer in LANG'
complete -c tcerr -l json -d 'Print one JSON object per line'
complete -c tcerr -l raw -d 'Print the messages as stored, markdown and all'
complete -c tcerr -l color -f -a 'always never auto' -d 'Colour codes and products'
complete -c tcerr -s h -l help -d 'Display help and exit'
complete -c tcerr -s V -l version -d 'Output version information and exit'
complete -c tcerr -n 'not __tcerr_reads_files' -a '(__tcerr_codes)'
complete -c tcerr -n __tcerr_reads_files -F
