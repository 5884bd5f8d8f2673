# Every dependency is a Debian 12 package; scripts/setup.sh installs them.
find_package(Torch REQUIRED)
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs)
find_package(Eigen3 REQUIRED NO_MODULE)
find_package(nlohmann_json REQUIRED)
find_package(Threads REQUIRED)
find_package(Open3D REQUIRED)   # watertight export: TSDF fusion, marching cubes, decimation
find_package(ZLIB REQUIRED)     # FBX arrays are deflated
find_package(assimp REQUIRED)   # tests read every exported file back with Assimp's importers

if(LIKENESS_BUILD_GUI OR LIKENESS_BUILD_TESTS)
  find_package(Qt6 REQUIRED COMPONENTS Core Gui Widgets Test Concurrent OpenGL OpenGLWidgets Charts Multimedia LinguistTools)
  qt_standard_project_setup()
  # ATen uses `slots` as an identifier: Qt's keyword macros must stay off (use Q_SLOTS, Q_SIGNALS, Q_EMIT).
  add_compile_definitions(QT_NO_KEYWORDS)
endif()

# LibTorch's exported flags (e.g. the C++ ABI define) must reach every consumer.
separate_arguments(LIKENESS_TORCH_CXX_FLAGS UNIX_COMMAND "${TORCH_CXX_FLAGS}")
add_library(likeness_torch INTERFACE)
target_link_libraries(likeness_torch INTERFACE ${TORCH_LIBRARIES})
target_compile_options(likeness_torch INTERFACE ${LIKENESS_TORCH_CXX_FLAGS})
