#include "analyze_bench.h"

#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "analysis/face_analyzer.h"
#include "assets/asset_paths.h"
#include "bench_util.h"
#include "io/image_io.h"

namespace likeness::bench {
namespace {

// The demo portrait letterboxed into a 640x480 frame, shifted by (dx, dy) pixels:
// a stand-in for a webcam frame with a moving head.
Image webcamFrame(const Image& photo, int dx, int dy) {
    cv::Mat small;
    cv::resize(toRgb8(photo), small, cv::Size(400, 400), 0, 0, cv::INTER_AREA);
    Image frame;
    frame.rgb = cv::Mat(480, 640, CV_8UC3, cv::Scalar(90, 90, 90));
    small.copyTo(frame.rgb(cv::Rect(120 + dx, 40 + dy, 400, 400)));
    return frame;
}

struct StageStats {
    std::map<std::string, std::vector<double>> ms;
    void add(const AnalysisResult& r) {
        for (const auto& t : r.timings) ms[t.stage].push_back(t.ms);
    }
    nlohmann::json medians() const {
        nlohmann::json j;
        for (auto [stage, v] : ms) {
            std::sort(v.begin(), v.end());
            j[stage] = v[v.size() / 2];
        }
        return j;
    }
};

} // namespace

int runAnalyzeBench(const AnalyzeBenchOptions& o) {
    const std::string path = o.image.empty() ? assets::samplePhoto("grace_hopper_512x512.jpg") : o.image;
    const Image photo = loadImage(path);
    FaceAnalyzer analyzer;
    nlohmann::json result = {{"bench", "analyze"}, {"image", path}};

    // Photo: full analysis (detection, FaceMesh, Iris, pose) of the photo and of a 640x480 frame.
    const Image frame = webcamFrame(photo, 0, 0);
    for (const auto& [name, image] : {std::pair<std::string, const Image*>{"photo", &photo}, {"photo_640x480", &frame}}) {
        StageStats stats;
        size_t faces = 0;
        const Timing t = timeRuns(o.warmup, o.runs, [&] {
            const AnalysisResult r = analyzer.analyze(*image);
            stats.add(r);
            faces = r.faces.size();
        });
        result[name] = {{"ms_median", t.medianMs}, {"ms_min", t.minMs}, {"faces", faces}, {"stages_ms_median", stats.medians()},
                        {"width", image->width()}, {"height", image->height()}};
        std::cout << std::fixed << std::setprecision(2) << name << " (" << image->width() << "x" << image->height()
                  << "): full analysis " << t.medianMs << " ms median, " << t.minMs << " ms min, " << faces << " face(s); stages "
                  << stats.medians().dump() << "\n";
    }

    // Video: a head drifting across 640x480 frames, tracked from frame to frame.
    std::vector<Image> frames;
    for (int i = 0; i < 40; ++i) frames.push_back(webcamFrame(photo, static_cast<int>(30 * std::sin(i * 0.15)), i % 10 - 5));
    analyzer.resetTracking();
    int detections = 0, lost = 0, index = 0;
    StageStats trackStats;
    const Timing t = timeRuns(o.warmup, std::max(o.runs, 40), [&] {
        const AnalysisResult r = analyzer.track(frames[index++ % frames.size()]);
        detections += r.detectorRan ? 1 : 0;
        lost += r.faces.empty() ? 1 : 0;
        trackStats.add(r);
    });
    result["track_640x480"] = {{"ms_median", t.medianMs}, {"ms_min", t.minMs}, {"frames", t.runs + o.warmup},
                               {"detector_runs", detections}, {"frames_without_face", lost},
                               {"stages_ms_median", trackStats.medians()}};
    std::cout << "tracked frame (640x480): " << t.medianMs << " ms median, " << t.minMs << " ms min; detector ran on "
              << detections << " of " << t.runs + o.warmup << " frames; stages " << trackStats.medians().dump() << "\n";
    result["peak_rss_mib"] = peakRssMiB();
    std::cout << "peak resident memory: " << peakRssMiB() << " MiB\n" << result.dump() << std::endl;
    return 0;
}

} // namespace likeness::bench
