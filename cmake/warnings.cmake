# Warnings live on one INTERFACE target that every project target links PRIVATE.
add_library(ks_warnings INTERFACE)
target_compile_options(ks_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
