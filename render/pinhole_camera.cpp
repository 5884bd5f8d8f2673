#include "pinhole_camera.h"

#include <cmath>
#include <stdexcept>

namespace likeness::render {

PinholeCamera PinholeCamera::fromFov(int width, int height, double fovXDeg) {
    if (width <= 0 || height <= 0 || !(fovXDeg > 0 && fovXDeg < 180))
        throw std::invalid_argument("PinholeCamera::fromFov: invalid image size or field of view");
    PinholeCamera c;
    c.fx = c.fy = 0.5 * width / std::tan(0.5 * fovXDeg * M_PI / 180.0);
    c.cx = 0.5 * width;
    c.cy = 0.5 * height;
    return c;
}

} // namespace likeness::render
