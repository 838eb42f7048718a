# cmake --install puts the binaries, the static libraries, their headers and a CMake package config under the
# prefix, so that another project can do find_package(korean_search) and link korean_search::korean_search.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(KS_LIBRARIES ks_text ks_analysis ks_schema ks_entities ks_indexer ks_searcher korean_search)
install(TARGETS ${KS_LIBRARIES} EXPORT korean_search_targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
foreach(dir common/text common/analysis common/schema common/entities common/api indexer searcher)
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
