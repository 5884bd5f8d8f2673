// The generated ARKit-52 rig on the demo subject's (symmetrised) neutral: the 52
// names, locality (declared supports and anatomical areas), Left/Right mirror
// images, a blink that closes without crossing the lids, a plausible jaw drop,
// smooth displacements, adaptation to the subject's size and pose, and apply().
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

#include <ATen/ATen.h>

#include "common/error.h"
#include "demo_face.h"
#include "model/expression_rig.h"
#include "model/face_model.h"
#include "topology/face_topology.h"

using namespace likeness;

namespace {

struct Rig {
    ExpressionRig rig;
    std::vector<ArkitShapeSupport> supports;
};

const Rig& symmetricRig() {
    static const Rig r = [] {
        Rig out;
        out.rig = generateArkitRig(test::topology(), test::symmetricDemoNeutral(), &out.supports);
        return out;
    }();
    return r;
}

at::Tensor delta(const ExpressionRig& rig, const std::string& name) {
    const int k = rig.indexOf(name);
    if (k < 0)
        throw std::runtime_error("no shape " + name);
    return rig.deltas[k];
}

double maxNorm(const at::Tensor& field) { return field.norm(2, 1).max().item<double>(); }

std::vector<int> regionVertices(std::initializer_list<const char*> names) {
    std::vector<int> out;
    for (const char* n : names)
        for (int v : test::topology().region(n))
            out.push_back(v);
    return out;
}

// The lower-lid point at the same position along the corner-to-corner axis as `p`
// (independent of the rig's own helper).
at::Tensor lowerLidBelow(const at::Tensor& points, const std::vector<int>& lower, const at::Tensor& p) {
    const at::Tensor o = points[lower.front()];
    const at::Tensor axis = (points[lower.back()] - o) / (points[lower.back()] - o).norm();
    const double s = ((p - o) * axis).sum().item<double>();
    for (std::size_t k = 0; k + 1 < lower.size(); ++k) {
        const double a = ((points[lower[k]] - o) * axis).sum().item<double>();
        const double b = ((points[lower[k + 1]] - o) * axis).sum().item<double>();
        if (s >= std::min(a, b) && s <= std::max(a, b)) {
            const double t = b != a ? (s - a) / (b - a) : 0.0;
            return points[lower[k]] + (points[lower[k + 1]] - points[lower[k]]) * t;
        }
    }
    return points[lower[s < 0 ? 0 : lower.size() - 1]];
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

class TestExpressionRig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fiftyTwoArkitNames() {
        const auto& names = arkitBlendshapeNames();
        QCOMPARE(names.size(), std::size_t(52));
        std::set<std::string> unique(names.begin(), names.end());
        QCOMPARE(unique.size(), std::size_t(52));
        const std::vector<std::string> start = {"eyeBlinkLeft",   "eyeLookDownLeft", "eyeLookInLeft", "eyeLookOutLeft",
                                                "eyeLookUpLeft",  "eyeSquintLeft",   "eyeWideLeft",   "eyeBlinkRight"};
        for (std::size_t i = 0; i < start.size(); ++i)
            QCOMPARE(std::string(names[i]), start[i]);
        QCOMPARE(std::string(names[14]), std::string("jawForward"));
        QCOMPARE(std::string(names[17]), std::string("jawOpen"));
        QCOMPARE(std::string(names[23]), std::string("mouthSmileLeft"));
        QCOMPARE(std::string(names[43]), std::string("browInnerUp"));
        QCOMPARE(std::string(names[51]), std::string("tongueOut"));
        for (const std::string& n : unique) {
            QVERIFY(std::islower(static_cast<unsigned char>(n[0])));
            QVERIFY(n.find(' ') == std::string::npos);
        }
        const ExpressionRig& rig = symmetricRig().rig;
        QCOMPARE(rig.names.size(), std::size_t(52));
        for (std::size_t i = 0; i < 52; ++i)
            QCOMPARE(rig.names[i], std::string(names[i]));
        QCOMPARE(rig.indexOf("jawOpen"), 17);
        QCOMPARE(rig.indexOf("noSuchShape"), -1);
    }

    void everyShapeMovesExceptTongue() {
        const ExpressionRig& rig = symmetricRig().rig;
        QCOMPARE(rig.deltas.sizes().vec(), (std::vector<int64_t>{52, 468, 3}));
        QCOMPARE(rig.deltas.scalar_type(), at::kFloat);
        QVERIFY(at::isfinite(rig.deltas).all().item<bool>());
        QCOMPARE(delta(rig, "tongueOut").abs().max().item<float>(), 0.0f);
        for (const std::string& name : rig.names) {
            if (name == "tongueOut")
                continue;
            const double m = maxNorm(delta(rig, name));
            const int64_t moved = (delta(rig, name).norm(2, 1) > 0.05).sum().item<int64_t>();
            qInfo("%-20s max %5.2f mm, %3lld vertices move", name.c_str(), m, (long long)moved);
            QVERIFY2(m > 1.0 && m < 45.0, name.c_str());
        }
    }

    void shapesAreLocal() {
        const Rig& r = symmetricRig();
        const at::Tensor n = test::symmetricDemoNeutral();
        const double eyeDistance = 63.0;
        const std::vector<int> lips = regionVertices({"lipsUpperOuter", "lipsLowerOuter", "lipsUpperInner", "lipsLowerInner"});
        const std::vector<int> lids = regionVertices({"rightEyeUpper0", "rightEyeLower0", "leftEyeUpper0", "leftEyeLower0"});
        const std::vector<int> brows = regionVertices({"rightEyebrowUpper", "leftEyebrowUpper"});
        for (std::size_t k = 0; k < r.rig.names.size(); ++k) {
            const std::string& name = r.rig.names[k];
            const at::Tensor d = r.rig.deltas[int64_t(k)].norm(2, 1);
            // Declared support: within radius of a core vertex.
            const ArkitShapeSupport& s = r.supports[k];
            double outside = 0, inside = 0;
            for (int v = 0; v < 468; ++v) {
                bool in = false;
                for (int c : s.core)
                    if ((n[v] - n[c]).norm().item<double>() <= s.radiusMm + 1e-6) {
                        in = true;
                        break;
                    }
                (in ? inside : outside) = std::max(in ? inside : outside, d[v].item<double>());
            }
            QVERIFY2(outside < 0.05, qPrintable(QString("%1 moves %2 mm outside its support").arg(name.c_str()).arg(outside)));
            if (name != "tongueOut")
                QVERIFY(inside > 1.0);
            // Anatomical areas.
            const auto maxOver = [&](const std::vector<int>& vs) {
                double m = 0;
                for (int v : vs)
                    m = std::max(m, d[v].item<double>());
                return m;
            };
            const bool upperFace = name.rfind("eye", 0) == 0 || name.rfind("brow", 0) == 0 ||
                                   name.rfind("cheekSquint", 0) == 0;
            const bool lowerFace = name.rfind("mouth", 0) == 0 || name.rfind("jaw", 0) == 0 || name == "cheekPuff";
            if (upperFace)
                QVERIFY2(maxOver(lips) < 0.05, qPrintable(QString("%1 moves the lips").arg(name.c_str())));
            if (lowerFace) {
                QVERIFY2(maxOver(lids) < 0.05, qPrintable(QString("%1 moves the eyelids").arg(name.c_str())));
                QVERIFY2(maxOver(brows) < 0.05, qPrintable(QString("%1 moves the brows").arg(name.c_str())));
            }
            if (name.rfind("brow", 0) == 0)
                QVERIFY2(maxOver(regionVertices({"rightEyeUpper0", "leftEyeUpper0"})) < 0.05,
                         qPrintable(QString("%1 moves the lid margins").arg(name.c_str())));
            // One-sided shapes (not the whole-jaw / whole-mouth shifts) leave the far side alone.
            const bool shift = name == "jawLeft" || name == "jawRight" || name == "mouthLeft" || name == "mouthRight";
            const bool left = !shift && endsWith(name, "Left"), right = !shift && endsWith(name, "Right");
            if (left || right) {
                double far = 0;
                for (int v = 0; v < 468; ++v) {
                    const double x = n[v][0].item<double>();
                    if ((left && x < -0.3 * eyeDistance) || (right && x > 0.3 * eyeDistance))
                        far = std::max(far, d[v].item<double>());
                }
                QVERIFY2(far < 0.05, qPrintable(QString("%1 moves the other side by %2 mm").arg(name.c_str()).arg(far)));
            }
        }
    }

    void leftAndRightAreMirrorImages() {
        const ExpressionRig& rig = symmetricRig().rig;
        double worst = 0;
        std::string worstName;
        const auto check = [&](const std::string& a, const std::string& b) {
            const at::Tensor da = delta(rig, a), db = delta(rig, b);
            const double err = maxNorm(db - test::mirroredField(da));
            const double scale = maxNorm(da);
            QVERIFY2(err < std::max(0.1, 0.03 * scale),
                     qPrintable(QString("%1 vs %2: mirror error %3 mm (max motion %4 mm)")
                                    .arg(a.c_str()).arg(b.c_str()).arg(err).arg(scale)));
            if (err > worst) {
                worst = err;
                worstName = a + "/" + b;
            }
        };
        for (const std::string& name : rig.names)
            if (endsWith(name, "Left"))
                check(name, name.substr(0, name.size() - 4) + "Right");
        check("jawLeft", "jawRight");
        check("mouthLeft", "mouthRight");
        for (const char* both : {"jawOpen", "jawForward", "mouthClose", "mouthFunnel", "mouthPucker", "mouthRollLower",
                                 "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper", "browInnerUp", "cheekPuff"})
            check(both, both);
        qInfo("largest mirror error: %.4f mm (%s)", worst, worstName.c_str());
    }

    void blinkClosesWithoutCrossing() {
        const at::Tensor n = test::symmetricDemoNeutral();
        const ExpressionRig& rig = symmetricRig().rig;
        for (const char* side : {"left", "right"}) {
            const std::string eye = side;
            const std::vector<int>& upper = test::topology().region(eye + "EyeUpper0");
            const std::vector<int>& lower = test::topology().region(eye + "EyeLower0");
            const std::string shape = std::string("eyeBlink") + (eye == "left" ? "Left" : "Right");
            double opening = 0;
            for (int u : upper)
                opening = std::max(opening, (n[u] - lowerLidBelow(n, lower, n[u]))[1].item<double>());
            for (double weight : {0.25, 0.5, 0.75, 1.0}) {
                at::Tensor w = at::zeros({52});
                w[rig.indexOf(shape)] = weight;
                const at::Tensor posed = rig.apply(n, w);
                double minGap = 1e9, maxGap = -1e9;
                for (int u : upper) {
                    const double gap = (posed[u] - lowerLidBelow(posed, lower, posed[u]))[1].item<double>();
                    minGap = std::min(minGap, gap);
                    maxGap = std::max(maxGap, gap);
                }
                QVERIFY2(minGap > 0.0, qPrintable(QString("%1 at %2: upper lid below the lower lid by %3 mm")
                                                      .arg(shape.c_str()).arg(weight).arg(-minGap)));
                if (weight == 1.0) {
                    qInfo("%s = 1: lid gap %.3f..%.3f mm (open: %.2f mm)", shape.c_str(), minGap, maxGap, opening);
                    QVERIFY(maxGap < 0.3);
                }
            }
        }
    }

    void jawOpenDropsTheChin() {
        const at::Tensor n = test::symmetricDemoNeutral();
        const at::Tensor d = delta(symmetricRig().rig, "jawOpen");
        const double chinDrop = -d[152][1].item<double>(), chinBack = -d[152][2].item<double>();
        const double lipDrop = -d[14][1].item<double>();
        const double opening = ((n[13] + d[13]) - (n[14] + d[14]))[1].item<double>() - (n[13] - n[14])[1].item<double>();
        qInfo("jawOpen = 1: chin down %.1f mm, back %.1f mm; lower lip down %.1f mm; lips part by %.1f mm", chinDrop,
              chinBack, lipDrop, opening);
        QVERIFY(chinDrop > 15.0 && chinDrop < 40.0);
        QVERIFY(chinBack > 0.0);
        QVERIFY(lipDrop > 15.0 && lipDrop < 45.0);
        QVERIFY(opening > 15.0);
        for (int still : {13, 0, 1, 2, 10, 168})
            QVERIFY(d[still].norm().item<double>() < 0.05);
        // Symmetric: no sideways motion on the midline.
        QVERIFY(std::abs(d[152][0].item<double>()) < 0.05);
    }

    void shapesAreSmooth() {
        const at::Tensor n = test::symmetricDemoNeutral();
        const ExpressionRig& rig = symmetricRig().rig;
        // Edges across the closed eyes (upper margin to lower margin) collapse on
        // purpose when the lids move; every other edge must stretch gently.
        std::set<std::pair<int, int>> eyeOpening;
        for (const char* side : {"left", "right"}) {
            std::set<int> upper, lower;
            for (int v : test::topology().region(std::string(side) + "EyeUpper0"))
                upper.insert(v);
            for (int v : test::topology().region(std::string(side) + "EyeLower0"))
                lower.insert(v);
            for (const auto& e : test::topology().edges())
                if ((upper.count(e[0]) && lower.count(e[1])) || (upper.count(e[1]) && lower.count(e[0])))
                    eyeOpening.insert({e[0], e[1]});
        }
        const at::Tensor edges = at::tensor(
            [&] {
                std::vector<int64_t> flat;
                for (const auto& e : test::topology().edges())
                    if (!eyeOpening.count({e[0], e[1]}))
                        flat.insert(flat.end(), {e[0], e[1]});
                return flat;
            }(),
            at::kLong).view({-1, 2});
        const at::Tensor length = (n.index_select(0, edges.select(1, 0)) - n.index_select(0, edges.select(1, 1))).norm(2, 1);
        double worst = 0;
        std::string worstName;
        for (std::size_t k = 0; k < rig.names.size(); ++k) {
            const at::Tensor d = rig.deltas[int64_t(k)];
            const at::Tensor diff = (d.index_select(0, edges.select(1, 0)) - d.index_select(0, edges.select(1, 1))).norm(2, 1);
            const at::Tensor ratio = diff / length.clamp_min(1.0);
            const double strain = ratio.max().item<double>();
            const int64_t e = ratio.argmax().item<int64_t>();
            if (strain > 0.5)
                qInfo("%-20s neighbour displacement difference %.2f x spacing at edge %lld-%lld (length %.1f mm)", rig.names[k].c_str(), strain,
                      (long long)edges[e][0].item<int64_t>(), (long long)edges[e][1].item<int64_t>(),
                      length[e].item<double>());
            if (strain > worst) {
                worst = strain;
                worstName = rig.names[k];
            }
            // Neighbours' displacements differ by less than 0.8 of their spacing, except
            // where the anatomy asks for more: the upper-lid skin unfolds when the eye
            // closes (it is folded into the crease when open), opening the jaw
            // stretches the lips at the corners, mouthClose (lips closed over an open
            // jaw) the skin below the lower lip, and a lip roll turns the lip's
            // cross-section by 55 degrees (a rotation's chord: 2 sin(27.5) = 0.92).
            const std::string& nm = rig.names[k];
            const bool large = nm.rfind("eyeBlink", 0) == 0 || nm == "jawOpen" || nm == "mouthClose" ||
                               nm.rfind("mouthRoll", 0) == 0;
            const double limit = large ? 1.25 : 0.8;
            QVERIFY2(strain < limit, qPrintable(QString("%1: neighbours' displacements differ by %2 x their spacing").arg(rig.names[k].c_str()).arg(strain)));
        }
        qInfo("largest neighbour displacement difference: %.2f x spacing (%s)", worst, worstName.c_str());
    }

    void adaptsToSizeAndPose() {
        const at::Tensor n = test::symmetricDemoNeutral();
        const ExpressionRig& base = symmetricRig().rig;
        // A face 20% larger: 20% more motion.
        const ExpressionRig big = generateArkitRig(test::topology(), n * 1.2);
        QVERIFY((big.deltas - base.deltas * 1.2).abs().max().item<float>() < 2e-3f);
        // Turned and moved: the same motions, turned.
        const double a = 0.3;
        const at::Tensor r = at::tensor(std::vector<float>{float(std::cos(a)), 0.f, float(std::sin(a)), 0.f, 1.f, 0.f,
                                                           float(-std::sin(a)), 0.f, float(std::cos(a))})
                                 .view({3, 3});
        const at::Tensor moved = at::matmul(n, r.t()) + at::tensor(std::vector<float>{5.f, -3.f, 40.f});
        const ExpressionRig turned = generateArkitRig(test::topology(), moved);
        const double err = (turned.deltas - at::matmul(base.deltas, r.t())).abs().max().item<double>();
        QVERIFY2(err < 2e-3, qPrintable(QString::number(err)));
    }

    void worksOnTheRawNeutral() {
        // The unsymmetrised demo neutral: every shape is finite and the blink still closes.
        const at::Tensor n = test::demoNeutral();
        const ExpressionRig rig = generateArkitRig(test::topology(), n);
        QVERIFY(at::isfinite(rig.deltas).all().item<bool>());
        at::Tensor w = at::zeros({52});
        w[rig.indexOf("eyeBlinkLeft")] = 1;
        w[rig.indexOf("eyeBlinkRight")] = 1;
        const at::Tensor posed = rig.apply(n, w);
        for (const char* side : {"left", "right"}) {
            const std::vector<int>& lower = test::topology().region(std::string(side) + "EyeLower0");
            for (int u : test::topology().region(std::string(side) + "EyeUpper0")) {
                const double gap = (posed[u] - lowerLidBelow(posed, lower, posed[u]))[1].item<double>();
                QVERIFY(gap > -0.05 && gap < 0.5);
            }
        }
    }

    void applyIsDifferentiable() {
        const ExpressionRig& rig = symmetricRig().rig;
        const at::Tensor n = test::symmetricDemoNeutral().clone().requires_grad_(true);
        const at::Tensor w = at::full({52}, 0.1f).requires_grad_(true);
        const at::Tensor posed = rig.apply(n, w);
        QCOMPARE(posed.sizes().vec(), (std::vector<int64_t>{468, 3}));
        posed.pow(2).sum().backward();
        QVERIFY(n.grad().defined() && w.grad().defined());
        QVERIFY(w.grad().abs().sum().item<float>() > 0);
        QVERIFY(at::allclose(rig.apply(n.detach(), at::zeros({52})), n.detach()));
        // One weight adds exactly its delta.
        at::Tensor one = at::zeros({52});
        one[17] = 1;
        QVERIFY(at::allclose(rig.apply(n.detach(), one) - n.detach(), rig.deltas[17], 1e-5, 1e-4));
        QVERIFY_THROWS_EXCEPTION(InputError, rig.apply(n.detach(), at::zeros({51})));
        QVERIFY_THROWS_EXCEPTION(InputError, generateArkitRig(test::topology(), at::zeros({467, 3})));
        at::Tensor bad = test::symmetricDemoNeutral().clone();
        bad[5][1] = NAN;
        QVERIFY_THROWS_EXCEPTION(InputError, generateArkitRig(test::topology(), bad));
    }
};

QTEST_GUILESS_MAIN(TestExpressionRig)
#include "test_expression_rig.moc"
