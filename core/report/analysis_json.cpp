#include "report/analysis_json.h"

#include <nlohmann/json.hpp>

namespace likeness {

nlohmann::json analysisToJson(const std::string& path, const AnalysisResult& result, int faceFilter) {
    using nlohmann::json;
    json image = {{"path", path}, {"width", result.imageWidth}, {"height", result.imageHeight}};
    json faces = json::array();
    for (size_t i = 0; i < result.faces.size(); ++i) {
        if (faceFilter >= 0 && static_cast<int>(i) != faceFilter) continue;
        const FaceObservation& f = result.faces[i];
        json landmarks = json::array();
        for (const Landmark& l : f.landmarks) landmarks.push_back({l.x, l.y, l.z});
        faces.push_back({{"index", i},
                         {"box", {f.box.x0, f.box.y0, f.box.x1, f.box.y1}},
                         {"score", f.detectionScore},
                         {"presence", f.presence},
                         {"pose", {{"yaw", f.pose.yawDeg}, {"pitch", f.pose.pitchDeg}, {"roll", f.pose.rollDeg}}},
                         {"roi", {{"cx", f.roi.cx}, {"cy", f.roi.cy}, {"size", f.roi.size}, {"angle", f.roi.angle}}},
                         {"landmark_count", f.landmarks.size()},
                         {"landmarks", landmarks}});
    }
    image["faces"] = faces;
    json timings = json::object();
    for (const StageTiming& t : result.timings) timings[t.stage] = t.ms;
    image["timings_ms"] = timings;
    return image;
}

} // namespace likeness
