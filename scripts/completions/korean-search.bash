# Bash completion for indexer, searcher and bench-retrieval.
# Installed to share/bash-completion/completions; or: source scripts/completions/korean-search.bash

_ks_complete() {
    local cur prev opts
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    case "$1" in
        indexer)
            opts="--db --batch --quiet --help --version" ;;
        searcher)
            opts="--db --limit --offset --all --person --company --from --to --mentioned-from --mentioned-to --facets --explain --json --jsonl
                  --count --ids --batch --queries --color --help --version" ;;
        bench-retrieval)
            opts="--db --queries --k --first --warmup --all --facets --json --misses --k1 --b --surface-weight
                  --parts-weight --bigram-weight --some-bigram-weight --joined-weight --title-weight --help --version" ;;
    esac
    case "$prev" in
        -d|--db)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
        --queries)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --color)
            mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
        --limit|-n|--offset|--facets|--batch|--k|--first|--warmup|--person|--company|--from|--to|--mentioned-from|--mentioned-to)
            return ;;
    esac
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    elif [[ "$1" == indexer ]]; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}
complete -F _ks_complete -o filenames indexer searcher bench-retrieval
