#pragma once
#include <string>
#include <vector>

namespace likeness::bench {

struct ViewportBenchOptions {
    std::string image;             // photo to fit (default: the demo photo)
    int iterations = 300;          // coarse-fit iterations (the studio's default)
    int level = 2;                 // subdivision level (the studio's default)
    int mapSize = 512;             // baked map side (the studio's default)
    int frames = 120;              // timed frames per size
    std::vector<int> sizes = {640, 480, 800, 600, 1024, 768};   // viewport width,height pairs
    std::vector<int> studioSize = {1600, 900};                   // the main window's width,height
};

/// `likeness-bench viewport`: the studio's 3D view during an expression drag. Fits
/// the photo once, then per viewport size: frames presented per second while the
/// jaw weight changes every frame (re-pose + draw + swap, as a slider drag does), the
/// same with a read-back of each frame, and the CPU time of the re-pose alone; then
/// the same drag in the whole studio window, through the Expression panel's slider.
/// Needs a display with OpenGL 3.3 (on a headless machine: xvfb-run -a -s
/// "-screen 0 1920x1200x24" likeness-bench viewport).
int runViewportBench(int argc, char** argv, const ViewportBenchOptions& options);

} // namespace likeness::bench
