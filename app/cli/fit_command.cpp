#include "fit_command.h"

#include <filesystem>
#include <cstdio>
#include <iostream>

#include "analysis/face_analyzer.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "export_command.h"
#include "fit/coarse_fit.h"
#include "appearance/appearance_images.h"
#include "appearance_outputs.h"
#include "fit_outputs.h"
#include "interrupt_guard.h"
#include "io/image_io.h"

namespace likeness::cli {
namespace {

int parseInt(const std::string& name, const std::string& v, int lo, int hi) {
    if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
        throw OptionsError(name + " needs a whole number");
    const int n = std::stoi(v);
    if (n < lo || n > hi) throw OptionsError(name + " must be in " + std::to_string(lo) + ".." + std::to_string(hi));
    return n;
}

void printProgress(const LossSnapshot& s) {
    const bool report = s.iteration % 10 == 0 || s.iteration + 1 == s.totalIterations;
    if (!report) return;
    std::fprintf(stderr, "  iteration %d/%d  %-10s total %.5f", s.iteration + 1, s.totalIterations, s.stage.c_str(), s.total);
    for (const auto& [name, value] : s.terms)
        if (value != 0) std::fprintf(stderr, "  %s %.4g", name.c_str(), value);
    std::fprintf(stderr, "\n");
}

// --stages: coarse first, then optionally medium, then fine (each needs the one before).
void parseStages(const std::string& list, FitCommandOptions& o) {
    std::vector<std::string> stages;
    size_t begin = 0;
    while (begin <= list.size()) {
        const size_t end = std::min(list.find(',', begin), list.size());
        stages.push_back(list.substr(begin, end - begin));
        begin = end + 1;
    }
    const std::vector<std::string> order = {"coarse", "medium", "fine"};
    if (stages.empty() || stages.size() > 3) throw OptionsError("--stages must be coarse, coarse,medium or coarse,medium,fine");
    for (size_t i = 0; i < stages.size(); ++i)
        if (stages[i] != order[i])
            throw OptionsError("--stages must be coarse, coarse,medium or coarse,medium,fine (not '" + list + "')");
    o.coarseOnly = stages.size() == 1;
    o.appearance.medium = stages.size() >= 2;
    o.appearance.fine = stages.size() == 3;
}

// The exported asset carries the stages' maps instead of the baked per-vertex ones.
void useFittedMaps(const AppearanceResult& r, FaceAssetOptions& asset) {
    asset.fittedDiffusePng = diffusePng(r.final());
    asset.fittedSpecularPng = specularPng(r.final());
    if (!r.final().normal.empty()) asset.fittedNormalPng = normalPng(r.final());
}

} // namespace

FitCommandOptions parseFitCommand(int argc, char** argv, int first) {
    FitCommandOptions o;
    for (int i = first; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw OptionsError(a + " needs a value");
            return argv[++i];
        };
        if (a == "-o" || a == "--output") o.outputDir = value();
        else if (a == "--face") o.face = parseInt("--face", value(), 0, 9999);
        else if (a == "--device") o.device = value();
        else if (a == "--iterations") o.iterations = parseInt("--iterations", value(), 1, 100000);
        else if (a == "--level") o.level = parseInt("--level", value(), 0, 3);
        else if (a == "--size") o.fitSize = parseInt("--size", value(), 32, 4096);
        else if (a == "--seed") o.seed = static_cast<unsigned long long>(parseInt("--seed", value(), 0, 999999));
        else if (a == "--stages") parseStages(value(), o);
        else if (a == "--map-size") o.appearance.mapSize = parseInt("--map-size", value(), 256, 2048);
        else if (a == "--map-fit-size") o.appearance.fitSize = parseInt("--map-fit-size", value(), 64, 4096);
        else if (a == "--medium-iterations") o.appearance.mediumIterations = parseInt("--medium-iterations", value(), 1, 100000);
        else if (a == "--fine-iterations") o.appearance.fineIterations = parseInt("--fine-iterations", value(), 1, 100000);
        else if (a == "--no-shadows") o.appearance.selfShadows = false;
        else if (a == "--export") {
            o.exportJob.formats = parseExportFormats(value());
            o.exportAssets = true;
        } else if (parseExportFlag(argc, argv, i, o.exportJob)) continue;
        else if (a.rfind("-", 0) == 0) throw OptionsError("unknown option " + a);
        else o.images.push_back(a);
    }
    if (o.exportAssets) o.exportJob.validate();
    o.appearance.validate();   // map options are checked even when only the coarse stage runs
    if (o.images.empty()) throw OptionsError("fit needs at least one image");
    if (o.outputDir.empty()) throw OptionsError("fit needs an output folder: -o DIR");
    if (o.device != "cpu" && o.device != "cuda") throw OptionsError("--device must be cpu or cuda");
    return o;
}

int runFitCommand(const FitCommandOptions& o) {
    CoarseFitOptions fitOptions;
    fitOptions.iterations = o.iterations;
    fitOptions.subdivisionLevel = o.level;
    fitOptions.fitSize = o.fitSize;
    fitOptions.device = o.device;
    fitOptions.seed = o.seed;
    fitOptions.validate();
    AnalyzerOptions analyzerOptions;
    analyzerOptions.device = o.device;

    CancelToken cancel;
    InterruptGuard guard(cancel);
    FaceAnalyzer analyzer(analyzerOptions);   // AssetError -> exit code 5 in main

    // Load and analyse every photo; each must show face --face.
    std::vector<Image> images;
    std::vector<FitInput> inputs;
    for (const std::string& path : o.images) {
        std::cerr << path << "\n";
        Image image = loadImage(path);   // InputError -> exit code 3
        const AnalysisResult result = analyzer.analyze(image, &cancel);
        if (result.faces.empty()) {
            std::cerr << "likeness-cli: no face found in " << path << "\n";
            return ExitNoFace;
        }
        if (o.face >= static_cast<int>(result.faces.size())) {
            std::cerr << "likeness-cli: --face " << o.face << ": only " << result.faces.size() << " face(s) found in " << path << "\n";
            return ExitNoFace;
        }
        const FaceObservation& face = result.faces[static_cast<size_t>(o.face)];
        std::fprintf(stderr, "  face %d: %zu landmarks, presence %.2f, yaw %.1f\n", o.face, face.landmarks.size(),
                     face.presence, face.pose.yawDeg);
        inputs.push_back({image, face});
        images.push_back(std::move(image));
    }

    std::vector<LossSnapshot> losses;
    auto sink = [&](const LossSnapshot& s) {
        losses.push_back(s);
        printProgress(s);
    };
    std::cerr << "fitting " << inputs.size() << " image(s): " << o.iterations << " iterations, level " << o.level << ", "
              << o.fitSize << " px, " << o.device << "\n";
    FaceFit lastGood;
    int exitCode = ExitOk;
    FaceFit fit;
    try {
        fit = fitCoarse(inputs, fitOptions, sink, &cancel, &lastGood);
    } catch (const CancelledError&) {
        if (lastGood.images.empty()) throw;
        std::cerr << "likeness-cli: cancelled at iteration " << lastGood.iterations << "; writing the last good state\n";
        fit = lastGood;
        exitCode = ExitCancelled;
    } catch (const InputError&) {
        throw;
    } catch (const OptionsError&) {
        throw;
    } catch (const Error& e) {
        if (lastGood.images.empty()) throw;
        std::cerr << "likeness-cli: " << e.what() << "\n";
        fit = lastGood;
        exitCode = ExitInternal;
    }
    // The medium and fine stages (UV maps) on the finished coarse fit.
    AppearanceResult appearance;
    const bool runAppearance = !o.coarseOnly && exitCode == ExitOk;
    if (runAppearance) {
        AppearanceOptions a = o.appearance;
        a.firstIteration = fit.iterations;
        a.overallIterations = fit.iterations + (a.medium ? a.mediumIterations : 0) + (a.fine ? a.fineIterations : 0);
        std::cerr << "maps: " << (a.fine ? "medium + fine" : "medium") << ", " << a.mapSize << "x" << a.mapSize << " texels, "
                  << a.fitSize << " px, self-shadows " << (a.selfShadows ? "on" : "off") << "\n";
        try {
            appearance = fitAppearance(fit, images, a, sink, &cancel);
            if (appearance.cancelled) exitCode = ExitCancelled;
        } catch (const CancelledError&) {
            std::cerr << "likeness-cli: cancelled before the medium stage finished; writing the coarse fit\n";
            exitCode = ExitCancelled;
        } catch (const OptionsError&) {
            throw;
        } catch (const Error& e) {   // e.g. a non-finite loss: the coarse fit is still written
            std::cerr << "likeness-cli: " << e.what() << " Writing the coarse fit.\n";
            exitCode = ExitInternal;
        }
    }
    writeFitOutputs(o.outputDir, fit, fitOptions, o.images, images, losses);
    if (runAppearance && !appearance.stages.empty() && appearance.medium.size) {
        writeAppearanceOutputs(o.outputDir, appearance, o.appearance);
        printAppearanceReport(appearance);
    }
    for (size_t i = 0; i < fit.images.size(); ++i) {
        const ImageFit& im = fit.images[i];
        std::fprintf(stderr, "  image %zu: SSIM %.3f  PSNR %.2f dB  focal %.0f px  yaw %.1f  status: %s\n", i, im.ssimInMask,
                     im.psnrInMask, im.focalPx, im.yawDeg, im.status.c_str());
    }
    if (o.exportAssets) {
        if (exitCode == ExitOk) {
            ExportJobOptions job = o.exportJob;
            if (appearance.medium.size) useFittedMaps(appearance, job.asset);
            runExport(fit, (std::filesystem::path(o.outputDir) / "export").string(), job, cancel);
        }
        else std::cerr << "likeness-cli: the fit did not finish: nothing exported\n";
    }
    std::cerr << "results: " << o.outputDir << "\n";
    return exitCode;
}

} // namespace likeness::cli
