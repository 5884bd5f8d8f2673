# CUDA is on only when asked for AND the LibTorch found was built with CUDA.
# Independently, .cu sources are compiled whenever nvcc exists (a compile check
# that keeps kernels building on machines without a GPU).
set(LIKENESS_HAVE_CUDA OFF)
set(LIKENESS_TORCH_HAS_CUDA OFF)
if(TARGET torch_cuda OR TORCH_CUDA_LIBRARIES)
  set(LIKENESS_TORCH_HAS_CUDA ON)
endif()

include(CheckLanguage)
check_language(CUDA)
if(CMAKE_CUDA_COMPILER)
  enable_language(CUDA)
  set(CMAKE_CUDA_STANDARD 17)
  if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
    set(CMAKE_CUDA_ARCHITECTURES 80 90)
  endif()
endif()

if(LIKENESS_WITH_CUDA AND LIKENESS_TORCH_HAS_CUDA AND CMAKE_CUDA_COMPILER)
  set(LIKENESS_HAVE_CUDA ON)
  message(STATUS "Likeness: CUDA enabled (LibTorch has CUDA)")
elseif(LIKENESS_WITH_CUDA)
  message(STATUS "Likeness: CUDA off - LibTorch has CUDA: ${LIKENESS_TORCH_HAS_CUDA}, nvcc: ${CMAKE_CUDA_COMPILER}")
endif()
