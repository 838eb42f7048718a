# Bash completion for indexer, searcher and bench-retrieval.
# Installed to share/bash-completion/completions; or: source scripts/completions/korean-search.bash
#
# Options come from the program's own --help, so they never fall behind it. Query words after searcher --db D
# complete to the index's most common words (searcher --complete), 초성 and half-typed syllables included.

# The long options a program's --help lists.
_ks_options() {
    "$1" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u
}

# The value of --db (or -d) on the command line being completed, if any.
_ks_db() {
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            -d|--db) echo "${COMP_WORDS[i+1]}"; return ;;
            --db=*) echo "${COMP_WORDS[i]#--db=}"; return ;;
        esac
    done
}

_ks_complete() {
    local cur prev program name db
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    program="${COMP_WORDS[0]}"  # as typed: searcher, or build/bin/searcher
    name="${1##*/}"
    case "$prev" in
        -d|--db)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;  # a folder or a stub file
        --queries|--entities)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --color)
            mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
        --limit|-n|--offset|--facets|--batch|--k|--first|--warmup|--person|--company|--from|--to|\
        --mentioned-from|--mentioned-to|--jobs|--writers|--shards|--delete|--complete)
            return ;;
    esac
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_ks_options "$program")" -- "$cur")
    elif [[ "$name" == indexer ]]; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    elif [[ "$name" == searcher && -n "$cur" ]] && db=$(_ks_db) && [[ -n "$db" ]]; then
        mapfile -t COMPREPLY < <("$program" --db "$db" --complete "$cur" --limit 20 2>/dev/null)
    fi
}
complete -F _ks_complete -o filenames indexer searcher bench-retrieval
