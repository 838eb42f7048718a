# Warnings live on one INTERFACE target that every project target links PRIVATE.
# Our structs give every member a default, so an aggregate initializer that names only some members is intended:
# -Wmissing-field-initializers would flag exactly those.
add_library(ks_warnings INTERFACE)
target_compile_options(ks_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                             -Wno-missing-field-initializers)
