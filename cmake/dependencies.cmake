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

# The indexer allocates and frees millions of small strings (Xapian's pending postings between commits):
# with jemalloc a build takes about 11% less time and 8% less CPU than with glibc's malloc (bench/RESULTS.md,
# "jemalloc for the indexer"). Optional: without it the indexer uses the system allocator and gives the same
# index. The searcher gains nothing from it.
option(KS_USE_JEMALLOC "Link the indexer with jemalloc when it is installed" ON)
if(KS_USE_JEMALLOC)
    find_library(KS_JEMALLOC_LIBRARY NAMES jemalloc)
endif()

if(KS_BUILD_TESTS)
    find_package(Catch2 2 REQUIRED)
    include(Catch)
endif()
if(KS_BUILD_BENCH)
    find_package(benchmark REQUIRED)
endif()
