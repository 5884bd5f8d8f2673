#include "analyze_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "analysis/face_analyzer.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "io/image_io.h"
#include "report/analysis_json.h"
#include "report/overlay_painter.h"
#include "topology/face_topology.h"

namespace likeness::cli {
namespace fs = std::filesystem;

namespace {

void writeOverlay(const fs::path& dir, const std::string& imagePath, const Image& image, const AnalysisResult& result,
                  const FaceTopology* topology) {
    const cv::Mat painted = paintOverlay(toRgb8(image), result, topology);
    cv::Mat bgr;
    cv::cvtColor(painted, bgr, cv::COLOR_RGB2BGR);
    const fs::path out = dir / (fs::path(imagePath).stem().string() + "_overlay.png");
    if (!cv::imwrite(out.string(), bgr)) throw InputError("Cannot write " + out.string() + ".");
    std::cerr << "  overlay: " << out.string() << "\n";
}

} // namespace

int runAnalyzeCommand(const AnalyzeCommandOptions& o) {
    AnalyzerOptions analyzerOptions;
    analyzerOptions.device = o.device;
    analyzerOptions.refineIris = o.iris;
    analyzerOptions.validate();
    if (!o.overlayDir.empty()) fs::create_directories(o.overlayDir);

    FaceAnalyzer analyzer(analyzerOptions);   // AssetError -> exit code 5 in main
    std::unique_ptr<FaceTopology> topology;
    if (!o.overlayDir.empty()) topology = std::make_unique<FaceTopology>(FaceTopology::load());

    nlohmann::json report = {{"format", "likeness-analysis"}, {"version", 1}, {"device", analyzer.deviceName()}};
    report["images"] = nlohmann::json::array();
    int exitCode = ExitOk;
    for (const std::string& path : o.images) {
        std::cerr << path << "\n";
        try {
            const auto t0 = std::chrono::steady_clock::now();
            const Image image = loadImage(path);
            const double decodeMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            AnalysisResult result = analyzer.analyze(image);
            result.timings.insert(result.timings.begin(), StageTiming{"decode", decodeMs});
            if (result.faces.empty()) {
                std::cerr << "  no face found\n";
                exitCode = std::max<int>(exitCode, ExitNoFace);
            } else if (o.face >= static_cast<int>(result.faces.size())) {
                std::cerr << "  --face " << o.face << ": only " << result.faces.size() << " face(s) found\n";
                exitCode = std::max<int>(exitCode, ExitNoFace);
            }
            for (size_t i = 0; i < result.faces.size(); ++i) {
                if (o.face >= 0 && static_cast<int>(i) != o.face) continue;
                const FaceObservation& f = result.faces[i];
                std::cerr << std::fixed << std::setprecision(1) << "  face " << i << ": box [" << f.box.x0 << ", "
                          << f.box.y0 << ", " << f.box.x1 << ", " << f.box.y1 << "] score " << std::setprecision(2)
                          << f.detectionScore << " presence " << f.presence << ", " << f.landmarks.size()
                          << " landmarks, yaw " << std::setprecision(1) << f.pose.yawDeg << " pitch " << f.pose.pitchDeg
                          << " roll " << f.pose.rollDeg << "\n";
            }
            std::cerr << "  timings:";
            for (const StageTiming& t : result.timings) std::cerr << " " << t.stage << " " << std::setprecision(1) << t.ms << " ms";
            std::cerr << "\n";
            report["images"].push_back(analysisToJson(path, result, o.face));
            if (!o.overlayDir.empty()) {
                AnalysisResult shown = result;
                if (o.face >= 0 && o.face < static_cast<int>(result.faces.size())) shown.faces = {result.faces[o.face]};
                writeOverlay(o.overlayDir, path, image, shown, topology.get());
            }
        } catch (const InputError& e) {
            std::cerr << "  error: " << e.what() << "\n";
            report["images"].push_back({{"path", path}, {"error", e.what()}});
            exitCode = std::max<int>(exitCode, ExitInputError);
        }
    }
    const std::string text = report.dump(1) + "\n";
    if (o.jsonPath == "-") std::cout << text;
    else if (!o.jsonPath.empty()) {
        likeness::writeFileAtomically(o.jsonPath, text);
        std::cerr << "results: " << o.jsonPath << "\n";
    }
    // Several images: the worst outcome wins (input error 3 over no face 4 is
    // reported as the larger code so scripts see any problem).
    return exitCode;
}

} // namespace likeness::cli
