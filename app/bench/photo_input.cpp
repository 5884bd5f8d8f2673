#include "photo_input.h"

#include <iostream>

#include "analysis/face_analyzer.h"
#include "assets/asset_paths.h"
#include "common/error.h"
#include "io/image_io.h"
#include "model/neutral_fusion.h"

namespace likeness::bench {

std::optional<FitInput> loadPhotoInput(const std::string& image) {
    const std::string path = image.empty() ? assets::samplePhoto("grace_hopper_512x512.jpg") : image;
    Image photo = loadImage(path);
    FaceAnalyzer analyzer;
    const AnalysisResult analysis = analyzer.analyze(photo);
    if (analysis.faces.empty()) {
        std::cerr << "likeness-bench: no face found in " << path << "\n";
        return std::nullopt;
    }
    return FitInput{std::move(photo), analysis.faces.front()};
}

at::Tensor demoNeutral(const FaceTopology& topology) {
    const std::optional<FitInput> demo = loadPhotoInput("");
    if (!demo) throw Error("no face in the demo photo");
    return fuseNeutral({demo->face}, topology).neutral;
}

} // namespace likeness::bench
