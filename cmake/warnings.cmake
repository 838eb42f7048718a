# Warnings live on one INTERFACE target that every project target links PRIVATE.
# Our structs give every member a default, so an aggregate initializer that names only some members is intended:
# -Wmissing-field-initializers would flag exactly those.
add_library(ks_warnings INTERFACE)
target_compile_options(ks_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                             -Wno-missing-field-initializers)
# CI builds with KS_WERROR=ON (scripts/test.sh): a new warning fails the build there.
option(KS_WERROR "Treat compiler warnings in the project's own code as errors" OFF)
if(KS_WERROR)
    target_compile_options(ks_warnings INTERFACE -Werror)
endif()
