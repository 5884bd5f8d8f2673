// Unit tests of the landmark post-processing: head pose from synthetically
// rotated landmark sets, and merging the Iris results into the mesh.
#include <QtTest/QtTest>

#include <cmath>
#include <set>
#include <vector>

#include "analysis/head_pose.h"
#include "analysis/iris_refinement.h"
#include "analysis/mesh_landmark_indices.h"
#include "common/error.h"

using namespace likeness;

namespace {

/// 468 landmarks of a frontal face (only the pose keypoints matter) rotated by
/// `pose` about the face centre and placed at (320, 240), orthographic.
std::vector<Landmark> rotatedFace(float yaw, float pitch, float roll) {
    std::vector<Landmark> face(kMeshLandmarks, Landmark{0, 0, 0});
    face[mesh::kPoseTop] = {0, -110, 15};
    face[mesh::kPoseBottom] = {0, 90, 15};
    face[mesh::kPoseImageLeft] = {-75, -5, 60};
    face[mesh::kPoseImageRight] = {75, -5, 60};
    face[1] = {0, 0, -40};  // nose tip, in front
    const std::array<float, 9> R = rotationFromHeadPose(yaw, pitch, roll);
    for (Landmark& p : face) {
        const float x = p.x, y = p.y, z = p.z;
        p = {320 + R[0] * x + R[1] * y + R[2] * z, 240 + R[3] * x + R[4] * y + R[5] * z,
             R[6] * x + R[7] * y + R[8] * z};
    }
    return face;
}

bool near(float a, float b, float tol) { return std::abs(a - b) <= tol; }

EyeLandmarks eyeAt(float x0, float y0) {
    EyeLandmarks e;
    for (int i = 0; i < mesh::kEyeContourPoints; ++i) e.contour[i] = {x0 + i, y0 + 0.5f * i, 999.f};
    for (int i = 0; i < kIrisLandmarksPerEye; ++i) e.iris[i] = {x0 - i, y0 - i, 999.f};
    return e;
}

std::vector<Landmark> indexedMesh() {
    std::vector<Landmark> m(kMeshLandmarks);
    for (int i = 0; i < kMeshLandmarks; ++i) m[i] = {float(i), float(-i), 0.01f * i};
    return m;
}

} // namespace

class TestFaceLandmarkMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eulerRoundTrip() {
        for (float yaw : {-60.f, -20.f, 0.f, 35.f, 70.f})
            for (float pitch : {-50.f, 0.f, 15.f, 45.f})
                for (float roll : {-120.f, -10.f, 0.f, 30.f}) {
                    const HeadPose p = headPoseFromRotation(rotationFromHeadPose(yaw, pitch, roll));
                    QVERIFY2(near(p.yawDeg, yaw, 1e-3f) && near(p.pitchDeg, pitch, 1e-3f) &&
                                 near(p.rollDeg, roll, 1e-3f),
                             qPrintable(QString("%1 %2 %3 -> %4 %5 %6").arg(yaw).arg(pitch).arg(roll)
                                            .arg(p.yawDeg).arg(p.pitchDeg).arg(p.rollDeg)));
                }
    }

    void frontalFaceHasZeroPose() {
        const HeadPose p = headPoseFromLandmarks(rotatedFace(0, 0, 0));
        QVERIFY(near(p.yawDeg, 0, 1e-4f) && near(p.pitchDeg, 0, 1e-4f) && near(p.rollDeg, 0, 1e-4f));
        QVERIFY(near(p.rotation[0], 1, 1e-6f) && near(p.rotation[4], 1, 1e-6f) && near(p.rotation[8], 1, 1e-6f));
    }

    void recoversSyntheticRotations_data() {
        QTest::addColumn<float>("yaw");
        QTest::addColumn<float>("pitch");
        QTest::addColumn<float>("roll");
        QTest::newRow("yaw") << 30.f << 0.f << 0.f;
        QTest::newRow("pitch") << 0.f << -25.f << 0.f;
        QTest::newRow("roll") << 0.f << 0.f << 40.f;
        QTest::newRow("all") << 25.f << -15.f << 10.f;
        QTest::newRow("all 2") << -40.f << 20.f << -30.f;
        QTest::newRow("strong") << 65.f << 30.f << -75.f;
    }
    void recoversSyntheticRotations() {
        QFETCH(float, yaw);
        QFETCH(float, pitch);
        QFETCH(float, roll);
        const HeadPose p = headPoseFromLandmarks(rotatedFace(yaw, pitch, roll));
        QVERIFY2(near(p.yawDeg, yaw, 0.01f) && near(p.pitchDeg, pitch, 0.01f) && near(p.rollDeg, roll, 0.01f),
                 qPrintable(QString("%1 %2 %3").arg(p.yawDeg).arg(p.pitchDeg).arg(p.rollDeg)));
    }

    void signConventionsMatchTheImage() {
        // Yaw > 0: the face turns toward the image's right, so the nose tip moves right.
        QVERIFY(rotatedFace(20, 0, 0)[1].x > 320);
        // Pitch > 0: chin down, so the nose tip moves down in the image.
        QVERIFY(rotatedFace(0, 20, 0)[1].y > 240);
        // Roll > 0: clockwise on screen, so the image-right cheek moves down.
        QVERIFY(rotatedFace(0, 0, 20)[mesh::kPoseImageRight].y > rotatedFace(0, 0, 0)[mesh::kPoseImageRight].y);
        // Turning toward the image's right takes that cheek away from the camera.
        QVERIFY(rotatedFace(20, 0, 0)[mesh::kPoseImageRight].z > 60);
    }

    void degenerateLandmarksGiveIdentity() {
        QCOMPARE(headPoseFromLandmarks({}).yawDeg, 0.f);
        const std::vector<Landmark> flat(kMeshLandmarks, Landmark{5, 5, 5});
        const HeadPose p = headPoseFromLandmarks(flat);
        QCOMPARE(p.rollDeg, 0.f);
        QCOMPARE(p.rotation[0], 1.f);
    }

    void eyeContourTablesAreConsistent() {
        std::set<int> all;
        for (int i : mesh::kEyeAContour) all.insert(i);
        for (int i : mesh::kEyeBContour) all.insert(i);
        QCOMPARE(static_cast<int>(all.size()), 2 * mesh::kEyeContourPoints);
        QVERIFY(*all.rbegin() < kMeshLandmarks);
        // The corners the eye ROIs use are the lower contour's ends.
        QCOMPARE(mesh::kEyeAContour[0], mesh::kEyeAStart);
        QCOMPARE(mesh::kEyeAContour[8], mesh::kEyeAEnd);
        QCOMPARE(mesh::kEyeBContour[0], mesh::kEyeBEnd);
        QCOMPARE(mesh::kEyeBContour[8], mesh::kEyeBStart);
    }

    void mergesBothEyesWhenFrontal() {
        const std::vector<Landmark> mesh = indexedMesh();
        std::vector<Landmark> frontal = mesh;
        frontal[mesh::kEyeBEnd].z = frontal[mesh::kEyeAStart].z + 1.f;  // small depth difference
        const EyeLandmarks a = eyeAt(1000, 2000), b = eyeAt(3000, 4000);
        const std::vector<Landmark> out = mergeIrisLandmarks(frontal, a, b, 30.f);
        QCOMPARE(static_cast<int>(out.size()), kRefinedLandmarks);
        for (int i = 0; i < mesh::kEyeContourPoints; ++i) {
            const Landmark& pa = out[mesh::kEyeAContour[i]];
            const Landmark& pb = out[mesh::kEyeBContour[i]];
            QCOMPARE(pa.x, a.contour[i].x);
            QCOMPARE(pa.y, a.contour[i].y);
            QCOMPARE(pa.z, frontal[mesh::kEyeAContour[i]].z);  // mesh depth kept
            QCOMPARE(pb.x, b.contour[i].x);
            QCOMPARE(pb.z, frontal[mesh::kEyeBContour[i]].z);
        }
        QCOMPARE(out[1].x, mesh[1].x);  // non-eye points untouched
        // Irises: A at 468..472, B at 473..477; depth = mean of the 16 lid points.
        float za = 0, zb = 0;
        for (int i = 0; i < mesh::kLidContourPoints; ++i) {
            za += frontal[mesh::kEyeAContour[i]].z;
            zb += frontal[mesh::kEyeBContour[i]].z;
        }
        for (int i = 0; i < kIrisLandmarksPerEye; ++i) {
            QCOMPARE(out[mesh::kIrisAFirst + i].x, a.iris[i].x);
            QCOMPARE(out[mesh::kIrisBFirst + i].y, b.iris[i].y);
            QVERIFY(near(out[mesh::kIrisAFirst + i].z, za / 16.f, 1e-5f));
            QVERIFY(near(out[mesh::kIrisBFirst + i].z, zb / 16.f, 1e-5f));
        }
    }

    void mergesOnlyTheNearerEyesLidsWhenTurned() {
        const EyeLandmarks a = eyeAt(1000, 2000), b = eyeAt(3000, 4000);
        for (const float sign : {-1.f, 1.f}) {
            std::vector<Landmark> mesh = indexedMesh();
            mesh[mesh::kEyeBEnd].z = mesh[mesh::kEyeAStart].z + sign * 50.f;
            const std::vector<Landmark> out = mergeIrisLandmarks(mesh, a, b, 30.f);
            // sign < 0: eye B is nearer -> only B's lids; sign > 0: only A's lids.
            const auto& nearTable = sign < 0 ? mesh::kEyeBContour : mesh::kEyeAContour;
            const auto& farTable = sign < 0 ? mesh::kEyeAContour : mesh::kEyeBContour;
            const EyeLandmarks& nearEye = sign < 0 ? b : a;
            for (int i = 0; i < mesh::kEyeContourPoints; ++i) {
                const bool lid = i < mesh::kUpperLidEnd;
                QCOMPARE(out[nearTable[i]].x, lid ? nearEye.contour[i].x : mesh[nearTable[i]].x);
                QCOMPARE(out[farTable[i]].x, mesh[farTable[i]].x);
            }
            QCOMPARE(static_cast<int>(out.size()), kRefinedLandmarks);
        }
        QVERIFY_THROWS_EXCEPTION(Error, mergeIrisLandmarks(std::vector<Landmark>(10), a, b, 30.f));
    }
};

QTEST_APPLESS_MAIN(TestFaceLandmarkMath)
#include "test_face_landmark_math.moc"
