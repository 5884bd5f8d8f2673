#include <QtTest>

#include "pinhole_camera.h"

using likeness::render::PinholeCamera;

class TestPinholeCamera : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void projectUnprojectRoundTrip() {
        const PinholeCamera cam = PinholeCamera::fromFov(640, 480, 60.0);
        QVERIFY(std::abs(cam.cx - 320) < 1e-12);
        const Eigen::Vector3d p(12.5, -7.0, 400.0);
        const Eigen::Vector3d back = cam.unproject(cam.project(p), p.z());
        QVERIFY((back - p).norm() < 1e-9);
    }
    void fovMatchesImageEdge() {
        const PinholeCamera cam = PinholeCamera::fromFov(640, 480, 90.0);
        // A point at 45 degrees to the right lands on the right image edge.
        QVERIFY(std::abs(cam.project({1.0, 0.0, 1.0}).x() - 640.0) < 1e-9);
    }
    void rejectsBadFov() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PinholeCamera::fromFov(640, 480, 0.0));
    }
};

QTEST_APPLESS_MAIN(TestPinholeCamera)
#include "test_pinhole_camera.moc"
