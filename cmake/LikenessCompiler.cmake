# Compiler launcher and warnings shared by every target.
find_program(LIKENESS_CCACHE ccache)
if(LIKENESS_CCACHE)
  set(CMAKE_C_COMPILER_LAUNCHER ${LIKENESS_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${LIKENESS_CCACHE})
  set(CMAKE_CUDA_COMPILER_LAUNCHER ${LIKENESS_CCACHE})
endif()

# Release builds keep assertions off but stay debuggable.
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -g1 -DNDEBUG")

function(likeness_warnings target)
  target_compile_options(${target} PRIVATE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wno-unused-parameter>)
endfunction()

# ccache needs this to cache translation units built with a precompiled header.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND LIKENESS_CCACHE)
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fpch-preprocess>)
endif()
