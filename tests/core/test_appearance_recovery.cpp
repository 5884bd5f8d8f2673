// Recovery by the medium and fine stages on a synthetic photo with known maps
// (core/appearance/synthetic_appearance.h): a symmetric albedo, random normal-map
// bumps, a hard side light with ray-traced shadows. The figures are the
// thresholds: normal error, shadow removal; plus each stage improving the render.
#include <QtTest>

#include "appearance/appearance_fit.h"
#include "appearance/synthetic_appearance.h"
#include "demo_face.h"
#include "fit/coarse_fit.h"
#include "model/face_model.h"

using namespace likeness;

class TestAppearanceRecovery : public QObject {
    Q_OBJECT
    SyntheticAppearance m_truth;
    FaceFit m_fit;
    AppearanceResult m_result;
    AppearanceRecovery m_score;

private Q_SLOTS:
    void initTestCase() {
        const SubdividedTopology mesh(test::topology(), 2);
        m_truth = makeSyntheticAppearance(test::topology(), mesh, test::demoNeutral(), SyntheticAppearanceOptions{}, 1);
        m_fit = fitCoarse({FitInput{m_truth.face.image, m_truth.face.face}}, CoarseFitOptions{});
        m_result = fitAppearance(m_fit, {m_truth.face.image}, AppearanceOptions{});
        m_score = scoreAppearance(m_truth, m_fit, m_result);
        qInfo("normal %.2f deg (%.1f%% < 20 deg; geometry alone %.2f deg, %.1f%%), albedo %.4f sRGB (aligned %.4f), "
              "light cosine %.3f, left/right photo %.3f diffuse %.3f (ratio %.3f)",
              m_score.normalMeanDeg, 100 * m_score.normalUnder20, m_score.geometryNormalMeanDeg,
              100 * m_score.geometryNormalUnder20, m_score.albedoErrorSrgb, m_score.albedoErrorAlignedSrgb,
              m_score.lightCosine, m_score.photoLeftRight, m_score.diffuseLeftRight, m_score.shadowRatio);
    }

    void theTruthHasHardShadowsAndDetail() {
        // The figures below mean something only if the photo is strongly one-sided
        // and the normal map is not flat.
        QVERIFY2(m_score.photoLeftRight > 0.3, qPrintable(QString::number(m_score.photoLeftRight)));
        double tilt = 0;
        for (size_t i = 2; i < m_truth.maps.normal.size(); i += 3) tilt += std::acos(std::min(1.0f, m_truth.maps.normal[i]));
        tilt /= static_cast<double>(m_truth.maps.normal.size() / 3);
        QVERIFY2(tilt > 0.02, qPrintable(QString::number(tilt)));
        QVERIFY(m_score.pixels > 20000);
    }

    void normalsWithinTheTarget() {
        QVERIFY2(m_score.normalMeanDeg <= 15.0, qPrintable(QString::number(m_score.normalMeanDeg)));
        QVERIFY2(m_score.normalUnder20 >= 0.75, qPrintable(QString::number(m_score.normalUnder20)));
    }

    void shadowsAreNotBakedIntoTheAlbedo() {
        QVERIFY2(m_score.shadowRatio <= 1.0 / 3.0, qPrintable(QString::number(m_score.shadowRatio)));
        QVERIFY2(m_score.albedoErrorAlignedSrgb < 0.06, qPrintable(QString::number(m_score.albedoErrorAlignedSrgb)));
        QVERIFY2(m_score.lightCosine > 0.5, qPrintable(QString::number(m_score.lightCosine)));
    }

    void everyStageImproves() {
        QCOMPARE(m_result.stages.size(), size_t(3));
        for (size_t i = 1; i < m_result.stages.size(); ++i) {
            QVERIFY2(m_result.stages[i].ssim > m_result.stages[i - 1].ssim, m_result.stages[i].stage.c_str());
            QVERIFY2(m_result.stages[i].psnr > m_result.stages[i - 1].psnr, m_result.stages[i].stage.c_str());
        }
        QVERIFY(m_result.stages.back().ssim >= 0.95f);
    }
};

QTEST_GUILESS_MAIN(TestAppearanceRecovery)
#include "test_appearance_recovery.moc"
