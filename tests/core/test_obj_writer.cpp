// OBJ output: content (v, vt with v flipped, 1-based f a/a), material lines,
// atomic replacement, refusal of bad input without leaving files behind.
#include <QtTest>

#include <filesystem>
#include <sstream>

#include <ATen/ATen.h>

#include "common/error.h"
#include "model/obj_writer.h"
#include "support/test_support.h"

using namespace likeness;
namespace fs = std::filesystem;

class TestObjWriter : public QObject {
    Q_OBJECT
    std::string m_dir;

    static std::vector<std::string> lines(const std::string& text, const std::string& prefix) {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string l; std::getline(in, l);)
            if (l.rfind(prefix, 0) == 0)
                out.push_back(l);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { m_dir = test::scratchDir("obj_writer"); }

    void writesMeshWithUvs() {
        const std::string path = m_dir + "/quad.obj";
        writeObj(path, {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0}, {0, 1, 1, 1, 1, 0, 0, 0}, {0, 1, 2, 0, 2, 3},
                 {"quad.mtl", "skin"});
        const std::string text = test::readFile(path);
        QCOMPARE(lines(text, "v ").size(), std::size_t(4));
        QCOMPARE(lines(text, "vt ").size(), std::size_t(4));
        QCOMPARE(lines(text, "f ").size(), std::size_t(2));
        QCOMPARE(lines(text, "vt ")[0], std::string("vt 0 0"));   // v down 1 -> OBJ v up 0
        QCOMPARE(lines(text, "f ")[1], std::string("f 1/1 3/3 4/4"));
        QCOMPARE(lines(text, "mtllib ")[0], std::string("mtllib quad.mtl"));
        QCOMPARE(lines(text, "usemtl ")[0], std::string("usemtl skin"));
        for (const auto& entry : fs::directory_iterator(m_dir))
            QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos, "temporary file left");
    }

    void fromTensorsAndWithoutUvs() {
        const std::string path = m_dir + "/tri.obj";
        const at::Tensor v = at::tensor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}).view({3, 3});
        const at::Tensor f = at::tensor(std::vector<int64_t>{0, 1, 2}).view({1, 3});
        writeObj(path, v, at::Tensor(), f);
        const std::string text = test::readFile(path);
        QCOMPARE(lines(text, "vt ").size(), std::size_t(0));
        QCOMPARE(lines(text, "f ")[0], std::string("f 1 2 3"));
        QVERIFY(lines(text, "mtllib").empty());
        // Rewriting replaces the file.
        writeObj(path, v * 2, at::Tensor(), f);
        QCOMPARE(lines(test::readFile(path), "v ")[1], std::string("v 2 0 0"));
    }

    void refusesBadInput() {
        const std::string path = m_dir + "/bad.obj";
        QVERIFY_THROWS_EXCEPTION(InputError, writeObj(path, {0, 0, 0}, {}, {0, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(InputError, writeObj(path, {0, 0, 0, 1}, {}, {}));
        QVERIFY_THROWS_EXCEPTION(InputError, writeObj(path, {0, 0, 0}, {0, 0, 1, 1}, {}));
        QVERIFY_THROWS_EXCEPTION(InputError, writeObj(path, {0, 0, NAN}, {}, {}));
        QVERIFY(!fs::exists(path));
        QVERIFY_THROWS_EXCEPTION(InputError, writeObj(m_dir + "/missing/dir/x.obj", {0, 0, 0}, {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestObjWriter)
#include "test_obj_writer.moc"
