// likeness-cli: the studio's jobs from the command line.
#include <ATen/Parallel.h>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>

#include "analyze_command.h"
#include "export_command.h"
#include "fit_command.h"
#include "common/error.h"

namespace {

const char* kUsage = R"(usage: likeness-cli <command> [options]

commands:
  analyze <images...> [--json FILE] [--overlay DIR] [--face N] [--device cpu|cuda] [--no-iris]
        Detects every face (largest first) and computes 478 landmarks
        (x, y in pixels, z relative depth), head pose and per-stage timings.
        --json FILE   write the results as JSON (FILE "-" = standard output)
        --overlay DIR write <name>_overlay.png with boxes, landmarks and mesh
        --face N      keep only face N (0 = the largest)
        --device D    cpu (default) or cuda (falls back to cpu with a warning)
        --no-iris     stop at the 468 FaceMesh points

  fit <images...> -o DIR [--face N] [--device cpu|cuda] [--iterations N] [--level L] [--size S] [--seed N]
                         [--stages coarse[,medium[,fine]]] [--map-size N] [--export FORMATS]
        Coarse analysis-by-synthesis fit of one person (several photos share the
        identity and albedo; pose, expression and light are per photo). Writes
        into DIR: mesh.obj (posed, mm, with UVs), neutral.obj, fit.json (neutral,
        52 ARKit weights, pose, focal, SH light, SSIM/PSNR and status per photo),
        losses.csv, render_overlay.png, side_by_side.png, lightmap.png and
        envmap.png/.hdr (the first photo's light in UV space and as a 64x64
        environment map). Ctrl+C stops at the
        next iteration and writes the last good state (exit code 6).
        -o DIR         output folder (created when missing)
        --export F     also export the fit (formats as for export) into DIR/export;
                       the export options --maps-res, --units, --no-rig,
                       --vertex-colors, --fps, --name and --watertight (--mc-*) apply
        --face N       the face to fit in every photo (0 = the largest, default)
        --device D     cpu (default) or cuda (falls back to cpu with a warning)
        --iterations N Adam iterations over the pose/geometry/appearance stages (300)
        --level L      subdivision level 0..3 (468, 1.8k, 7.2k, 29k vertices; 2)
        --size S       side of the fitting image in pixels (256)
        --seed N       seed (the fit is deterministic for a given seed; 1)
        --stages S     coarse (default), coarse,medium (+ UV diffuse and specular
                       maps) or coarse,medium,fine (+ tangent-space normal map,
                       diffuse detail and displacement), with ray-traced
                       self-shadows. Adds diffuse.png, specular.png, normal.png
                       (16-bit, OpenGL convention), displacement.png (16-bit,
                       mid-gray = 0), shading.png, render_<stage>.png,
                       stages/<stage>/*.png and appearance.json (SSIM/PSNR and
                       time per stage); lightmap.png then includes the shadows
        --map-size N   UV map side, 256..2048 texels (512)
        --map-fit-size N  longest side of the image the maps are fitted to (512)
        --medium-iterations N, --fine-iterations N   per stage (150 each)
        --no-shadows   no ray-traced self-shadows

  export FIT_DIR -f FORMATS [-o DIR] [--level working|high|neutral] [--maps-res N] [--units mm|cm|m]
                 [--no-rig] [--vertex-colors] [--image N] [--fps F] [--name NAME]
                 [--watertight [--mc-res N] [--mc-source views|photo] [--mc-triangles N] [--mc-back MM]]
                 [--albedo-exposure EV] [--albedo-saturation X] [--specular-strength X] [--normal-strength X]
        Writes the fitted face as assets that open in Blender, Unity, Unreal and
        any glTF/FBX tool: FORMATS is a comma list of obj (+ .mtl and maps), gltf
        (+ .bin and maps), glb (one file), fbx (binary, + maps), ply, csv (the
        expression per photo in the Live Link Face CSV layout). glTF/GLB and FBX
        carry the 52 ARKit blendshapes by name, defaulting to the fitted
        expression; several photos become an animation (one frame per photo).
        Maps: diffuse.png (sRGB albedo), specular.png, roughness.png (glTF layout).
        -o DIR         output folder (default FIT_DIR/export)
        --level L      working (the fit's mesh), high (one subdivision more: 4x
                       the triangles), neutral (expression weights at zero)
        --maps-res N   side of every map, 256..2048 (1024)
        --units U      OBJ/PLY units mm (default), cm or m; glTF is always in
                       metres (Y up), FBX in centimetres (Y up)
        --no-rig       no blendshapes: the fitted expression is baked in
        --vertex-colors OBJ/PLY: also write the albedo as vertex colours
        --image N      the photo whose expression is the default (0)
        --fps F        frame rate of the animation (30)
        --name NAME    file name stem (face)
        --watertight   also a closed, manifold solid by marching cubes (3D printing,
                       sculpting) as NAME_watertight.<format> with vertex colours
        --mc-res N     marching-cubes cells across the solid (250; 32..1024)
        --mc-source S  views: the whole reconstructed surface (default); photo:
                       only what the photo's camera sees (its depth map)
        --mc-triangles N  quadric decimation to about N triangles (0 = off)
        --mc-back MM   the flat back this far behind the face's deepest point (25)
        Map edits (the studio's Map Edits dock), on the baked and the fitted maps:
        --albedo-exposure EV   linear albedo x 2^EV, -3..3 (0)
        --albedo-saturation X  0 gray .. 3, around the Rec. 709 luma (1)
        --specular-strength X  specular intensity x X, 0..4 (1)
        --normal-strength X    normal-map relief x X, 0 flat .. 4 (1)

exit codes:
  0  success
  1  internal error (a bug: please report it); also a fit stopped by a NaN/Inf
     loss term (the last good state is written)
  2  bad command line
  3  an input file is missing, unreadable or not a valid image
  4  no face found (or fewer faces than --face asks for)
  5  model assets missing or corrupt (run scripts/fetch_assets.sh)
  6  cancelled (fit: the last good state is written)
)";

} // namespace

int main(int argc, char** argv) {
    using namespace likeness;
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        std::cout << kUsage;
        return argc < 2 ? ExitUsage : ExitOk;
    }
    at::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    const std::string command = argv[1];
    try {
        if (command == "analyze") {
            cli::AnalyzeCommandOptions o;
            for (int i = 2; i < argc; ++i) {
                const std::string a = argv[i];
                auto value = [&]() -> std::string {
                    if (i + 1 >= argc) throw OptionsError(a + " needs a value");
                    return argv[++i];
                };
                if (a == "--json") o.jsonPath = value();
                else if (a == "--overlay") o.overlayDir = value();
                else if (a == "--face") {
                    const std::string v = value();
                    if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 4)
                        throw OptionsError("--face needs a face index 0, 1, ...");
                    o.face = std::stoi(v);
                } else if (a == "--device") o.device = value();
                else if (a == "--no-iris") o.iris = false;
                else if (a.rfind("--", 0) == 0) throw OptionsError("unknown option " + a);
                else o.images.push_back(a);
            }
            if (o.images.empty()) throw OptionsError("analyze needs at least one image");
            return cli::runAnalyzeCommand(o);
        }
        if (command == "fit") return cli::runFitCommand(cli::parseFitCommand(argc, argv, 2));
        if (command == "export") return cli::runExportCommand(cli::parseExportCommand(argc, argv, 2));
        std::cerr << "likeness-cli: unknown command '" << command << "'\n\n" << kUsage;
        return ExitUsage;
    } catch (const OptionsError& e) {
        std::cerr << "likeness-cli: " << e.what() << "\n(see likeness-cli --help)\n";
        return ExitUsage;
    } catch (const AssetError& e) {
        std::cerr << "likeness-cli: " << e.what() << "\n";
        return ExitAssetError;
    } catch (const InputError& e) {
        std::cerr << "likeness-cli: " << e.what() << "\n";
        return ExitInputError;
    } catch (const CancelledError& e) {
        std::cerr << "likeness-cli: cancelled\n";
        return ExitCancelled;
    } catch (const std::exception& e) {
        std::cerr << "likeness-cli: internal error: " << e.what() << "\n";
        return ExitInternal;
    }
}
