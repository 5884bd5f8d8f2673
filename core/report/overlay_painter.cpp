#include "report/overlay_painter.h"

#include <algorithm>
#include <cstdio>
#include <opencv2/imgproc.hpp>

#include "topology/face_topology.h"

namespace likeness {
namespace {

// Draws a polyline through `indices` (closed when the ends meet the same region loop).
void drawRegion(cv::Mat& img, const std::vector<Landmark>& lm, const std::vector<int>& indices, const cv::Scalar& colour,
                int thickness, int shift) {
    std::vector<cv::Point> pts;
    const float scale = static_cast<float>(1 << shift);
    for (int i : indices)
        if (i >= 0 && i < static_cast<int>(lm.size())) pts.emplace_back(cv::Point(cvRound(lm[i].x * scale), cvRound(lm[i].y * scale)));
    if (pts.size() >= 2) cv::polylines(img, pts, false, colour, thickness, cv::LINE_AA, shift);
}

} // namespace

cv::Mat paintOverlay(const cv::Mat& rgb8, const AnalysisResult& result, const FaceTopology* topology,
                     const OverlayStyle& style) {
    cv::Mat img = rgb8.clone();
    const int side = std::max(img.cols, img.rows);
    const int thick = std::max(1, side / 600);
    constexpr int shift = 4;   // sub-pixel drawing
    const float s = static_cast<float>(1 << shift);
    auto p = [&](const Landmark& l) { return cv::Point(cvRound(l.x * s), cvRound(l.y * s)); };

    for (size_t f = 0; f < result.faces.size(); ++f) {
        const FaceObservation& face = result.faces[f];
        const auto& lm = face.landmarks;
        if (topology && style.wireframe && lm.size() >= static_cast<size_t>(topology->vertexCount()))
            for (const auto& e : topology->edges())
                cv::line(img, p(lm[e[0]]), p(lm[e[1]]), cv::Scalar(90, 200, 255), 1, cv::LINE_AA, shift);
        if (topology && style.contours)
            for (const auto& [name, indices] : topology->regions()) {
                const bool iris = name.find("Iris") != std::string::npos;
                if (iris && !face.hasIris()) continue;
                const cv::Scalar colour = name.rfind("lips", 0) == 0 ? cv::Scalar(255, 80, 120)
                                          : iris                     ? cv::Scalar(80, 255, 120)
                                                                     : cv::Scalar(255, 220, 80);
                drawRegion(img, lm, indices, colour, thick, shift);
            }
        if (style.points) {
            const int r = std::max(1, side / 400);
            for (size_t i = 0; i < lm.size(); ++i)
                cv::circle(img, p(lm[i]), r * (1 << shift), i >= static_cast<size_t>(kMeshLandmarks) ? cv::Scalar(0, 255, 0) : cv::Scalar(255, 255, 255),
                           cv::FILLED, cv::LINE_AA, shift);
        }
        if (style.boxes) {
            const Box& b = face.box;
            cv::rectangle(img, cv::Point2f(b.x0, b.y0), cv::Point2f(b.x1, b.y1), cv::Scalar(255, 60, 60), thick, cv::LINE_AA);
            char label[64];
            std::snprintf(label, sizeof label, "#%zu %.2f", f, face.detectionScore);
            cv::putText(img, label, cv::Point2f(b.x0, std::max(12.f, b.y0 - 4)), cv::FONT_HERSHEY_SIMPLEX,
                        0.4 * std::max(1, side / 500), cv::Scalar(255, 60, 60), thick, cv::LINE_AA);
        }
    }
    return img;
}

} // namespace likeness
