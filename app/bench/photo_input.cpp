#include "photo_input.h"

#include <iostream>

#include "analysis/face_analyzer.h"
#include "assets/asset_paths.h"
#include "io/image_io.h"

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

} // namespace likeness::bench
