# cmake --install puts the binaries, the static libraries, the facade's two headers and a CMake package config
# under the prefix, so that another project can do find_package(korean_search) and link
# korean_search::korean_search. The layers' own headers stay private: the facade's static library needs their
# archives, not their headers.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(KS_LIBRARIES ks_types ks_text ks_analysis ks_schema ks_entities ks_indexer ks_searcher korean_search)
install(TARGETS ${KS_LIBRARIES} EXPORT korean_search_targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
foreach(dir common/types api)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/${dir}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endforeach()
install(TARGETS indexer searcher bench-retrieval RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(KS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/korean_search)
install(EXPORT korean_search_targets NAMESPACE korean_search:: DESTINATION ${KS_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/korean_search-config.cmake.in
                              ${CMAKE_CURRENT_BINARY_DIR}/korean_search-config.cmake
                              INSTALL_DESTINATION ${KS_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/korean_search-config-version.cmake
                                 COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/korean_search-config.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/korean_search-config-version.cmake
        DESTINATION ${KS_CMAKE_DIR})

# Shell completion, and man pages generated from the same text as --help (when help2man is installed).
install(FILES ${PROJECT_SOURCE_DIR}/scripts/completions/korean-search.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME searcher)
foreach(binary indexer bench-retrieval)
    install(CODE "file(CREATE_LINK searcher
        \$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/bash-completion/completions/${binary}
        SYMBOLIC)")
endforeach()
find_program(HELP2MAN help2man)
if(HELP2MAN)
    set(KS_MAN_PAGES)
    foreach(binary indexer searcher bench-retrieval)
        set(page ${CMAKE_BINARY_DIR}/man/${binary}.1)
        add_custom_command(OUTPUT ${page}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
            COMMAND ${HELP2MAN} --no-info --output=${page} $<TARGET_FILE:${binary}>
            DEPENDS ${binary}
            COMMENT "man page for ${binary}")
        list(APPEND KS_MAN_PAGES ${page})
    endforeach()
    add_custom_target(man_pages ALL DEPENDS ${KS_MAN_PAGES})
    install(FILES ${KS_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: no man pages (scripts/install-deps.sh installs it)")
endif()
