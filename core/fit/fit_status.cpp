#include "fit/fit_status.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <opencv2/core.hpp>

#include "fit/fit_types.h"
#include "fit/fit_view.h"
#include "io/image_io.h"

namespace likeness {
namespace {

std::string format(const char* pattern, double value) {
    char buf[160];
    std::snprintf(buf, sizeof buf, pattern, value);
    return buf;
}

} // namespace

bool isGrayscalePhoto(const Image& image) {
    if (image.empty()) return false;
    if (image.sourceChannels <= 2) return true;
    const cv::Mat rgb = toRgb8(image);
    // Sample on a grid of at most ~256x256 points: enough to see any colour.
    const int step = std::max(1, std::max(rgb.cols, rgb.rows) / 256);
    long total = 0, colored = 0;
    for (int y = 0; y < rgb.rows; y += step) {
        const cv::Vec3b* row = rgb.ptr<cv::Vec3b>(y);
        for (int x = 0; x < rgb.cols; x += step) {
            const cv::Vec3b p = row[x];
            const int spread = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
            ++total;
            if (spread > 2) ++colored;
        }
    }
    return total > 0 && colored <= total / 200;
}

std::vector<std::string> lowConfidenceReasons(const Image& image, const FaceObservation& face, double yawDeg,
                                              const CoarseFitOptions& o) {
    std::vector<std::string> reasons;
    if (std::abs(yawDeg) > o.maxYawDeg)
        reasons.push_back(format("profile view (yaw %.0f deg): the far side of the face is guessed", yawDeg));
    if (face.landmarks.size() >= static_cast<size_t>(kMeshLandmarks)) {
        const Box b = landmarkBox(face.landmarks);
        const double side = std::max(b.width(), b.height());
        if (side < o.minFacePx) reasons.push_back(format("tiny face (%.0f px): too few pixels for detail", side));
    }
    if (face.presence < o.minPresence)
        reasons.push_back(format("low FaceMesh presence (%.2f): the landmarks may be wrong", face.presence));
    if (isGrayscalePhoto(image)) reasons.push_back("grayscale photo: albedo and light were fitted gray");
    return reasons;
}

double darkAlbedoShare(const std::vector<float>& albedoRgb) {
    const size_t n = albedoRgb.size() / 3;
    if (n == 0) return 0;
    std::vector<float> lum(n);
    for (size_t i = 0; i < n; ++i)
        lum[i] = 0.2126f * albedoRgb[3 * i] + 0.7152f * albedoRgb[3 * i + 1] + 0.0722f * albedoRgb[3 * i + 2];
    std::vector<float> sorted = lum;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(n / 2), sorted.end());
    const float threshold = 0.25f * sorted[n / 2];
    return static_cast<double>(std::count_if(lum.begin(), lum.end(), [&](float l) { return l < threshold; })) /
           static_cast<double>(n);
}

std::string statusText(const std::vector<std::string>& reasons) {
    if (reasons.empty()) return "ok";
    std::string s = "low confidence: ";
    for (size_t i = 0; i < reasons.size(); ++i) s += (i ? "; " : "") + reasons[i];
    return s;
}

} // namespace likeness
