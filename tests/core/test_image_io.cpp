// Image ingest: every supported format and depth, grayscale, alpha, EXIF
// orientation, and the refusal of bad files (all generated here at run time).
#include <QtTest>

#include <QElapsedTimer>

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "io/image_header.h"
#include "io/image_io.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace likeness;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr int kW = 96;  // test images: 96 x 64 (wider than tall, so rotations show)
constexpr int kH = 64;

void writeFile(const std::string& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

Bytes encode(const std::string& ext, const cv::Mat& img, const std::vector<int>& params = {}) {
    Bytes out;
    if (!cv::imencode(ext, img, out, params))
        throw std::runtime_error("imencode failed for " + ext);
    return out;
}

cv::Mat randomImage(int type, int seed) {
    cv::Mat m(kH, kW, type);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, CV_MAT_DEPTH(type) == CV_16U ? 65536 : 256);
    return m;
}

// Four coloured quadrants (BGR): top-left red, top-right green, bottom-left blue,
// bottom-right white; survives JPEG and makes orientation visible.
cv::Mat quadrants() {
    cv::Mat m(kH, kW, CV_8UC3);
    m(cv::Rect(0, 0, kW / 2, kH / 2)).setTo(cv::Scalar(0, 0, 255));
    m(cv::Rect(kW / 2, 0, kW / 2, kH / 2)).setTo(cv::Scalar(0, 255, 0));
    m(cv::Rect(0, kH / 2, kW / 2, kH / 2)).setTo(cv::Scalar(255, 0, 0));
    m(cv::Rect(kW / 2, kH / 2, kW / 2, kH / 2)).setTo(cv::Scalar(255, 255, 255));
    return m;
}

cv::Mat bgrToRgb(const cv::Mat& bgr) {
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type())
        return 1e9;
    return cv::norm(a, b, cv::NORM_INF);
}

double meanAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type())
        return 1e9;
    return cv::norm(a, b, cv::NORM_L1) / double(a.total() * std::size_t(a.channels()));
}

// ---- hand-made files --------------------------------------------------------
std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
    static std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void putBe32(Bytes& out, std::uint32_t v) {
    for (int s = 24; s >= 0; s -= 8)
        out.push_back(std::uint8_t(v >> s));
}
void putLe16(Bytes& out, std::uint32_t v) {
    out.push_back(std::uint8_t(v));
    out.push_back(std::uint8_t(v >> 8));
}
void putLe32(Bytes& out, std::uint32_t v) {
    putLe16(out, v & 0xFFFF);
    putLe16(out, v >> 16);
}

void pngChunk(Bytes& out, const char* type, const Bytes& data) {
    putBe32(out, std::uint32_t(data.size()));
    Bytes typed(type, type + 4);
    typed.insert(typed.end(), data.begin(), data.end());
    out.insert(out.end(), typed.begin(), typed.end());
    putBe32(out, crc32(typed.data(), typed.size()));
}

Bytes pngSignature() { return {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}; }

Bytes ihdr(std::uint32_t w, std::uint32_t h, int bitDepth, int colorType) {
    Bytes d;
    putBe32(d, w);
    putBe32(d, h);
    d.push_back(std::uint8_t(bitDepth));
    d.push_back(std::uint8_t(colorType));
    d.push_back(0);
    d.push_back(0);
    d.push_back(0);
    return d;
}

// zlib stream with stored (uncompressed) deflate blocks.
Bytes zlibStored(const Bytes& raw) {
    Bytes z{0x78, 0x01};
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min<std::size_t>(65535, raw.size() - pos);
        z.push_back(pos + n == raw.size() ? 1 : 0);
        putLe16(z, std::uint32_t(n));
        putLe16(z, std::uint32_t(~n & 0xFFFF));
        z.insert(z.end(), raw.begin() + std::ptrdiff_t(pos), raw.begin() + std::ptrdiff_t(pos + n));
        pos += n;
    } while (pos < raw.size());
    std::uint32_t a = 1, b = 0;
    for (std::uint8_t byte : raw) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    putBe32(z, (b << 16) | a);
    return z;
}

// An 8-bit PNG from interleaved samples (row-major, `channels` per pixel).
Bytes makePng(int w, int h, int colorType, int channels, const Bytes& samples, const Bytes& exif = {}) {
    Bytes raw;
    for (int y = 0; y < h; ++y) {
        raw.push_back(0);  // filter: none
        const auto row = samples.begin() + std::ptrdiff_t(y) * w * channels;
        raw.insert(raw.end(), row, row + std::ptrdiff_t(w) * channels);
    }
    Bytes png = pngSignature();
    pngChunk(png, "IHDR", ihdr(std::uint32_t(w), std::uint32_t(h), 8, colorType));
    if (!exif.empty())
        pngChunk(png, "eXIf", exif);
    pngChunk(png, "IDAT", zlibStored(raw));
    pngChunk(png, "IEND", {});
    return png;
}

Bytes rgbSamples(const cv::Mat& bgr) {
    const cv::Mat rgb = bgrToRgb(bgr);
    return Bytes(rgb.datastart, rgb.dataend);
}

// A big-endian TIFF/EXIF block whose IFD0 holds only Orientation.
Bytes exifBlock(int orientation) {
    return {'M', 'M', 0, 42, 0, 0, 0, 8,                   // header, IFD0 at 8
            0, 1,                                          // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, std::uint8_t(orientation), 0, 0,  // 0x0112 SHORT 1
            0, 0, 0, 0};                                   // no next IFD
}

// Splices an APP1 Exif segment right after a JPEG's SOI marker.
Bytes withExif(const Bytes& jpeg, int orientation) {
    Bytes body = {'E', 'x', 'i', 'f', 0, 0};
    const Bytes tiff = exifBlock(orientation);
    body.insert(body.end(), tiff.begin(), tiff.end());
    Bytes out(jpeg.begin(), jpeg.begin() + 2);
    out.push_back(0xFF);
    out.push_back(0xE1);
    out.push_back(std::uint8_t((body.size() + 2) >> 8));
    out.push_back(std::uint8_t(body.size() + 2));
    out.insert(out.end(), body.begin(), body.end());
    out.insert(out.end(), jpeg.begin() + 2, jpeg.end());
    return out;
}

// A minimal little-endian, uncompressed RGB TIFF (one strip); `rgb` holds the
// samples as stored (8 bit, or 16 bit little endian).
Bytes makeTiff(std::uint32_t w, std::uint32_t h, int orientation, const Bytes& rgb, int bitsPerSample = 8) {
    Bytes t = {'I', 'I', 42, 0};
    putLe32(t, 8);
    const std::uint32_t entries = 10;
    const std::uint32_t bpsOffset = 8 + 2 + entries * 12 + 4;
    const std::uint32_t dataOffset = bpsOffset + 6;
    putLe16(t, entries);
    auto entry = [&](std::uint32_t tag, std::uint32_t type, std::uint32_t count, std::uint32_t value) {
        putLe16(t, tag);
        putLe16(t, type);
        putLe32(t, count);
        putLe32(t, value);  // SHORT values sit in the low bytes (little endian)
    };
    entry(256, 4, 1, w);
    entry(257, 4, 1, h);
    entry(258, 3, 3, bpsOffset);
    entry(259, 3, 1, 1);  // no compression
    entry(262, 3, 1, 2);  // RGB
    entry(273, 4, 1, dataOffset);
    entry(274, 3, 1, std::uint32_t(orientation));
    entry(277, 3, 1, 3);
    entry(278, 4, 1, h);
    entry(279, 4, 1, std::uint32_t(rgb.size()));
    putLe32(t, 0);
    for (int i = 0; i < 3; ++i)
        putLe16(t, std::uint32_t(bitsPerSample));
    t.insert(t.end(), rgb.begin(), rgb.end());
    return t;
}

// Rewraps a simple (VP8L) WebP into the extended format with an EXIF chunk.
Bytes webpWithExif(const Bytes& simple, int w, int h, int orientation) {
    Bytes chunks;
    const char vp8x[] = "VP8X";
    chunks.insert(chunks.end(), vp8x, vp8x + 4);
    putLe32(chunks, 10);
    chunks.push_back(0x08);  // EXIF present
    chunks.insert(chunks.end(), 3, 0);
    for (std::uint32_t v : {std::uint32_t(w - 1), std::uint32_t(h - 1)}) {
        chunks.push_back(std::uint8_t(v));
        chunks.push_back(std::uint8_t(v >> 8));
        chunks.push_back(std::uint8_t(v >> 16));
    }
    chunks.insert(chunks.end(), simple.begin() + 12, simple.end());  // the VP8L chunk as it is
    const Bytes exif = exifBlock(orientation);
    const char exifTag[] = "EXIF";
    chunks.insert(chunks.end(), exifTag, exifTag + 4);
    putLe32(chunks, std::uint32_t(exif.size()));
    chunks.insert(chunks.end(), exif.begin(), exif.end());
    if (exif.size() % 2)
        chunks.push_back(0);
    Bytes out = {'R', 'I', 'F', 'F'};
    putLe32(out, std::uint32_t(4 + chunks.size()));
    const char webp[] = "WEBP";
    out.insert(out.end(), webp, webp + 4);
    out.insert(out.end(), chunks.begin(), chunks.end());
    return out;
}

// OpenCV's EXIF transforms, to build expected results.
cv::Mat oriented(const cv::Mat& img, int orientation) {
    cv::Mat m = img.clone();
    switch (orientation) {
    case 2: cv::flip(m, m, 1); break;
    case 3: cv::flip(m, m, -1); break;
    case 4: cv::flip(m, m, 0); break;
    case 5: cv::transpose(m, m); break;
    case 6: cv::transpose(m, m); cv::flip(m, m, 1); break;
    case 7: cv::transpose(m, m); cv::flip(m, m, -1); break;
    case 8: cv::transpose(m, m); cv::flip(m, m, 0); break;
    default: break;
    }
    return m;
}

} // namespace

class TestImageIo : public QObject {
    Q_OBJECT

    std::string m_dir;

    std::string file(const std::string& name, const Bytes& bytes) {
        const std::string path = m_dir + "/" + name;
        writeFile(path, bytes);
        return path;
    }

    // The InputError message of loading `path` (fails the test if it loads).
    static QString inputErrorOf(const std::string& path, const ImageLoadOptions& options = {}) {
        try {
            loadImage(path, options);
        } catch (const InputError& e) {
            return QString::fromStdString(e.what());
        }
        return QStringLiteral("<loaded without error>");
    }

private Q_SLOTS:
    void initTestCase() { m_dir = test::scratchDir("image_io"); }

    void eightBitFormats() {
        const cv::Mat bgr = randomImage(CV_8UC3, 1);
        struct Case {
            const char* name;
            std::vector<int> params;
            bool lossless;
        };
        const Case cases[] = {
            {"rgb8.png", {}, true},
            {"rgb8.tiff", {}, true},
            {"rgb8.bmp", {}, true},
            {"rgb8_lossless.webp", {cv::IMWRITE_WEBP_QUALITY, 101}, true},
            {"rgb8_lossy.webp", {cv::IMWRITE_WEBP_QUALITY, 95}, false},
            {"rgb8.jpg", {cv::IMWRITE_JPEG_QUALITY, 98}, false},
            // The JPEG marker walk must see through multiple scans and restart markers.
            {"progressive.jpg", {cv::IMWRITE_JPEG_QUALITY, 98, cv::IMWRITE_JPEG_PROGRESSIVE, 1}, false},
            {"restart.jpg", {cv::IMWRITE_JPEG_QUALITY, 98, cv::IMWRITE_JPEG_RST_INTERVAL, 2}, false},
        };
        for (const Case& c : cases) {
            const std::string ext = fs::path(c.name).extension().string();
            // Lossy codecs are checked on a smooth image; random noise does not survive them.
            cv::Mat source = bgr;
            if (!c.lossless)
                cv::GaussianBlur(bgr, source, cv::Size(0, 0), 6.0);
            const std::string path = file(c.name, encode(ext, source, c.params));
            const Image img = loadImage(path);
            QVERIFY2(img.rgb.type() == CV_8UC3, c.name);
            QCOMPARE(img.width(), kW);
            QCOMPARE(img.height(), kH);
            QCOMPARE(img.sourceBitDepth, 8);
            QCOMPARE(img.sourceChannels, 3);
            QVERIFY(!img.hadAlpha);
            QCOMPARE(img.exifOrientation, 1);
            QCOMPARE(img.path, path);
            if (c.lossless)
                QVERIFY2(maxAbsDiff(img.rgb, bgrToRgb(source)) == 0.0, c.name);
            else
                QVERIFY2(meanAbsDiff(img.rgb, bgrToRgb(source)) < 3.0, c.name);
        }
        // Channel order is RGB: a pure red JPEG reads as (255, 0, 0).
        cv::Mat red(kH, kW, CV_8UC3, cv::Scalar(0, 0, 255));
        const Image img = loadImage(file("red.jpg", encode(".jpg", red)));
        const cv::Vec3b px = img.rgb.at<cv::Vec3b>(kH / 2, kW / 2);
        QVERIFY(px[0] > 240 && px[1] < 15 && px[2] < 15);
    }

    void sixteenBitFormats() {
        const cv::Mat bgr = randomImage(CV_16UC3, 2);
        for (const char* name : {"rgb16.png", "rgb16.tiff"}) {
            const std::string ext = fs::path(name).extension().string();
            const Image img = loadImage(file(name, encode(ext, bgr)));
            QVERIFY2(img.rgb.type() == CV_16UC3, name);
            QCOMPARE(img.sourceBitDepth, 16);
            QCOMPARE(img.sourceChannels, 3);
            QVERIFY(maxAbsDiff(img.rgb, bgrToRgb(bgr)) == 0.0);

            const cv::Mat f = toFloatRgb(img);
            QCOMPARE(f.type(), CV_32FC3);
            const cv::Vec3w w = img.rgb.at<cv::Vec3w>(5, 7);
            const cv::Vec3f v = f.at<cv::Vec3f>(5, 7);
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(v[k] - w[k] / 65535.0f) < 1e-6f);
            const cv::Mat b = toRgb8(img);
            QCOMPARE(b.type(), CV_8UC3);
            QCOMPARE(int(b.at<cv::Vec3b>(5, 7)[1]), int(std::lround(w[1] / 257.0)));
        }
    }

    void floatAndByteHelpers() {
        cv::Mat bgr(kH, kW, CV_8UC3, cv::Scalar(0, 128, 255));
        const Image img = loadImage(file("helpers.png", encode(".png", bgr)));
        const cv::Mat f = toFloatRgb(img);
        double lo = 0, hi = 0;
        cv::minMaxLoc(f.reshape(1), &lo, &hi);
        QCOMPARE(lo, 0.0);
        QCOMPARE(hi, 1.0);
        QVERIFY(std::abs(f.at<cv::Vec3f>(0, 0)[1] - 128.0f / 255.0f) < 1e-6f);
        const cv::Mat b = toRgb8(img);
        QCOMPARE(b.data, img.rgb.data);  // 8-bit: shared, not copied
        QVERIFY(toFloatRgb(Image{}).empty());
        QVERIFY(toRgb8(Image{}).empty());
    }

    void grayscale() {
        const cv::Mat gray = randomImage(CV_8UC1, 3);
        for (const char* name : {"gray8.png", "gray8.tiff", "gray8.bmp", "gray8.jpg"}) {
            const std::string ext = fs::path(name).extension().string();
            cv::Mat source = gray;
            if (ext == ".jpg")
                cv::GaussianBlur(gray, source, cv::Size(0, 0), 6.0);
            const Image img = loadImage(file(name, encode(ext, source)));
            QVERIFY2(img.rgb.type() == CV_8UC3, name);
            QCOMPARE(img.sourceChannels, 1);
            std::vector<cv::Mat> planes;
            cv::split(img.rgb, planes);
            QVERIFY2(maxAbsDiff(planes[0], planes[1]) == 0.0 && maxAbsDiff(planes[0], planes[2]) == 0.0, name);
            if (ext != ".jpg")
                QVERIFY2(maxAbsDiff(planes[0], source) == 0.0, name);
            else
                QVERIFY2(meanAbsDiff(planes[0], source) < 3.0, name);
        }
        const cv::Mat gray16 = randomImage(CV_16UC1, 4);
        for (const char* name : {"gray16.png", "gray16.tiff"}) {
            const std::string ext = fs::path(name).extension().string();
            const Image img = loadImage(file(name, encode(ext, gray16)));
            QVERIFY2(img.rgb.type() == CV_16UC3, name);
            QCOMPARE(img.sourceChannels, 1);
            QCOMPARE(img.sourceBitDepth, 16);
            std::vector<cv::Mat> planes;
            cv::split(img.rgb, planes);
            QVERIFY2(maxAbsDiff(planes[1], gray16) == 0.0, name);
        }
    }

    void alphaIsCompositedOverBlack() {
        cv::Mat bgra = randomImage(CV_8UC4, 5);
        // Alpha bands: 0, 128, 255 across the image.
        for (int x = 0; x < kW; ++x)
            for (int y = 0; y < kH; ++y)
                bgra.at<cv::Vec4b>(y, x)[3] = x < kW / 3 ? 0 : (x < 2 * kW / 3 ? 128 : 255);
        cv::Mat expected(kH, kW, CV_8UC3);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x) {
                const cv::Vec4b p = bgra.at<cv::Vec4b>(y, x);
                for (int k = 0; k < 3; ++k)
                    expected.at<cv::Vec3b>(y, x)[k] = cv::saturate_cast<std::uint8_t>(p[2 - k] * p[3] / 255.0);
            }
        struct Case {
            const char* name;
            std::vector<int> params;
        };
        for (const Case& c : {Case{"rgba8.png", {}}, Case{"rgba8.tiff", {}},
                              Case{"rgba8.webp", {cv::IMWRITE_WEBP_QUALITY, 101}}}) {
            const std::string ext = fs::path(c.name).extension().string();
            const Image img = loadImage(file(c.name, encode(ext, bgra, c.params)));
            QVERIFY2(img.rgb.type() == CV_8UC3, c.name);
            QVERIFY2(img.hadAlpha, c.name);
            QCOMPARE(img.sourceChannels, 4);
            QVERIFY2(maxAbsDiff(img.rgb, expected) <= 1.0, c.name);
            QCOMPARE(img.rgb.at<cv::Vec3b>(10, 2), cv::Vec3b(0, 0, 0));  // fully transparent -> black
        }

        // 16-bit RGBA PNG.
        cv::Mat bgra16 = randomImage(CV_16UC4, 6);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                bgra16.at<cv::Vec4w>(y, x)[3] = x < kW / 2 ? 0 : 65535;
        const Image img16 = loadImage(file("rgba16.png", encode(".png", bgra16)));
        QCOMPARE(img16.rgb.type(), CV_16UC3);
        QVERIFY(img16.hadAlpha);
        QCOMPARE(img16.rgb.at<cv::Vec3w>(3, 3), cv::Vec3w(0, 0, 0));
        const cv::Vec4w src = bgra16.at<cv::Vec4w>(3, kW - 3);
        QCOMPARE(img16.rgb.at<cv::Vec3w>(3, kW - 3), cv::Vec3w(src[2], src[1], src[0]));

        // Gray + alpha PNG (colour type 4), written by hand.
        Bytes samples;
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x) {
                samples.push_back(std::uint8_t(200));
                samples.push_back(std::uint8_t(x < kW / 2 ? 255 : 51));
            }
        const Image ga = loadImage(file("gray_alpha.png", makePng(kW, kH, 4, 2, samples)));
        QVERIFY(ga.hadAlpha);
        QCOMPARE(ga.sourceChannels, 2);
        QCOMPARE(ga.rgb.at<cv::Vec3b>(1, 1), cv::Vec3b(200, 200, 200));
        QCOMPARE(ga.rgb.at<cv::Vec3b>(1, kW - 1), cv::Vec3b(40, 40, 40));  // 200 * 51 / 255

        // An alpha channel that is zero everywhere is ignored, not turned into black.
        cv::Mat unset = randomImage(CV_8UC4, 7);
        std::vector<cv::Mat> planes;
        cv::split(unset, planes);
        planes[3].setTo(0);
        cv::merge(planes, unset);
        const Image kept = loadImage(file("alpha_unset.png", encode(".png", unset)));
        QVERIFY(kept.hadAlpha);
        cv::Mat unsetBgr;
        cv::cvtColor(unset, unsetBgr, cv::COLOR_BGRA2BGR);
        QVERIFY(maxAbsDiff(kept.rgb, bgrToRgb(unsetBgr)) == 0.0);
    }

    void exifOrientationJpeg() {
        const Bytes jpeg = encode(".jpg", quadrants(), {cv::IMWRITE_JPEG_QUALITY, 95});
        for (int orientation = 1; orientation <= 8; ++orientation) {
            const Bytes bytes = withExif(jpeg, orientation);
            const std::string path = file("orientation" + std::to_string(orientation) + ".jpg", bytes);
            const Image img = loadImage(path);
            QCOMPARE(img.exifOrientation, orientation);
            const bool swapped = orientation >= 5;
            QCOMPARE(img.width(), swapped ? kH : kW);
            QCOMPARE(img.height(), swapped ? kW : kH);
            // Same pixels as OpenCV's own EXIF handling (IMREAD_COLOR applies it).
            const cv::Mat reference = bgrToRgb(cv::imdecode(bytes, cv::IMREAD_COLOR));
            QVERIFY2(maxAbsDiff(img.rgb, reference) == 0.0, qPrintable(QString::number(orientation)));
            // And against the transform applied to the unrotated decode.
            const Image raw = loadImage(path, [] { ImageLoadOptions o; o.applyExifOrientation = false; return o; }());
            QCOMPARE(raw.width(), kW);
            QCOMPARE(raw.exifOrientation, orientation);
            QVERIFY(maxAbsDiff(img.rgb, oriented(raw.rgb, orientation)) == 0.0);
        }
        // Orientation 6 = the camera was turned 90 degrees clockwise: the stored
        // bottom-left (blue) quadrant ends up top-left once upright.
        const Image six = loadImage(m_dir + "/orientation6.jpg");
        const cv::Vec3b topLeft = six.rgb.at<cv::Vec3b>(5, 5);
        QVERIFY2(topLeft[2] > 200 && topLeft[0] < 60, "expected blue at the top left");
        const cv::Vec3b topRight = six.rgb.at<cv::Vec3b>(5, six.width() - 5);
        QVERIFY2(topRight[0] > 200 && topRight[1] < 60, "expected red at the top right");
    }

    void exifOrientationOtherFormats() {
        const cv::Mat q = quadrants();
        // PNG eXIf chunk.
        const Image png = loadImage(file("orientation6.png", makePng(kW, kH, 2, 3, rgbSamples(q), exifBlock(6))));
        QCOMPARE(png.exifOrientation, 6);
        QVERIFY(maxAbsDiff(png.rgb, oriented(bgrToRgb(q), 6)) == 0.0);
        // TIFF Orientation tag, 8 and 16 bit (OpenCV's TIFF reader applies it on its
        // own; the transform must still happen exactly once).
        const cv::Mat rgb16 = bgrToRgb(randomImage(CV_16UC3, 11));
        const Bytes samples16(rgb16.datastart, rgb16.dataend);  // little endian on x86/ARM
        for (int orientation = 1; orientation <= 8; ++orientation) {
            const QByteArray tag = QByteArray::number(orientation);
            const Image tiff = loadImage(file("orientation" + std::to_string(orientation) + ".tiff",
                                              makeTiff(kW, kH, orientation, rgbSamples(q))));
            QCOMPARE(tiff.exifOrientation, orientation);
            QVERIFY2(maxAbsDiff(tiff.rgb, oriented(bgrToRgb(q), orientation)) == 0.0, tag.constData());
            const Image tiff16 = loadImage(file("orientation" + std::to_string(orientation) + "_16.tiff",
                                                makeTiff(kW, kH, orientation, samples16, 16)));
            QCOMPARE(tiff16.rgb.type(), CV_16UC3);
            QVERIFY2(maxAbsDiff(tiff16.rgb, oriented(rgb16, orientation)) == 0.0, tag.constData());
        }
        // Extended WebP with an EXIF chunk.
        const Bytes simple = encode(".webp", q, {cv::IMWRITE_WEBP_QUALITY, 101});
        const Image webp = loadImage(file("orientation8.webp", webpWithExif(simple, kW, kH, 8)));
        QCOMPARE(webp.exifOrientation, 8);
        QVERIFY(maxAbsDiff(webp.rgb, oriented(bgrToRgb(q), 8)) == 0.0);
    }

    void headerSniffer() {
        const Bytes png = encode(".png", quadrants());
        ImageHeader h = readImageHeader(png.data(), png.size());
        QVERIFY(h.ok());
        QCOMPARE(h.format, ImageFormat::Png);
        QCOMPARE(h.width, std::int64_t(kW));
        QCOMPARE(h.height, std::int64_t(kH));
        QCOMPARE(h.channels, 3);
        for (const char* ext : {".jpg", ".tiff", ".bmp", ".webp"}) {
            const Bytes b = encode(ext, quadrants());
            h = readImageHeader(b.data(), b.size());
            QVERIFY2(h.ok(), qPrintable(QString::fromStdString(h.problem)));
            QCOMPARE(h.width, std::int64_t(kW));
            QCOMPARE(h.height, std::int64_t(kH));
        }
        h = readImageHeader(nullptr, 0);
        QCOMPARE(h.format, ImageFormat::Unknown);
        // Every prefix of a valid file is handled without reading out of bounds
        // (run under ASan/valgrind to make this bite) and is never "ok" for PNG/JPEG.
        for (const char* ext : {".png", ".jpg", ".tiff", ".bmp", ".webp"}) {
            const Bytes b = encode(ext, quadrants());
            for (std::size_t n = 0; n + 1 < b.size(); n += 1 + n / 8) {
                const Bytes prefix(b.begin(), b.begin() + std::ptrdiff_t(n));
                const ImageHeader p = readImageHeader(prefix.data(), prefix.size());
                if (std::string(ext) == ".png" || std::string(ext) == ".jpg")
                    QVERIFY(!p.ok());
            }
        }
    }

    // ---- bad input ----------------------------------------------------------
    void refusesEmptyMissingAndFolders() {
        const std::string empty = file("empty.jpg", {});
        QString m = inputErrorOf(empty);
        QVERIFY2(m.startsWith(QString::fromStdString(empty) + ": empty file"), qPrintable(m));

        const std::string missing = m_dir + "/no_such_photo.jpg";
        m = inputErrorOf(missing);
        QVERIFY2(m == QString::fromStdString(missing) + ": file not found", qPrintable(m));

        const std::string folder = m_dir + "/a_folder.png";
        fs::create_directories(folder);
        m = inputErrorOf(folder);
        QVERIFY2(m.contains("is a folder"), qPrintable(m));

        QVERIFY_THROWS_EXCEPTION(InputError, loadImage(""));
        QVERIFY_THROWS_EXCEPTION(InputError, decodeImage({}));
    }

    void refusesNonImages() {
        const std::string text = file("photo.png", Bytes{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd', '\n'});
        QString m = inputErrorOf(text);
        QVERIFY2(m == QString::fromStdString(text) + ": not an image (unrecognised file header)", qPrintable(m));

        const std::string gif = file("anim.gif", Bytes{'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0});
        m = inputErrorOf(gif);
        QVERIFY2(m.contains("GIF images are not supported"), qPrintable(m));

        Bytes heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        m = inputErrorOf(file("iphone.heic", heic));
        QVERIFY2(m.contains("HEIC/HEIF images are not supported"), qPrintable(m));

        // In memory, with and without a name.
        try {
            decodeImage(Bytes{'x', 'y', 'z'}, {}, "upload.jpg");
            QFAIL("decoded garbage");
        } catch (const InputError& e) {
            QCOMPARE(QString(e.what()), QString("upload.jpg: not an image (unrecognised file header)"));
        }
        try {
            decodeImage(Bytes{'x', 'y', 'z'});
            QFAIL("decoded garbage");
        } catch (const InputError& e) {
            QVERIFY(QString(e.what()).startsWith("image data: "));
        }
    }

    void refusesTruncatedFiles() {
        const cv::Mat img = randomImage(CV_8UC3, 8);
        // JPEG: OpenCV alone returns a partly grey image and only prints a warning.
        const Bytes jpeg = encode(".jpg", img);
        const Bytes cut(jpeg.begin(), jpeg.begin() + std::ptrdiff_t(jpeg.size() * 2 / 3));
        const cv::Mat opencvAlone = cv::imdecode(cut, cv::IMREAD_COLOR);
        qInfo("OpenCV alone on the truncated JPEG: %s", opencvAlone.empty() ? "empty" : "a partial image");
        QString m = inputErrorOf(file("truncated.jpg", cut));
        QVERIFY2(m.contains("truncated") && m.contains("end-of-image marker"), qPrintable(m));
        // Only the final EOI marker missing.
        m = inputErrorOf(file("no_eoi.jpg", Bytes(jpeg.begin(), jpeg.end() - 2)));
        QVERIFY2(m.contains("truncated"), qPrintable(m));
        // Cut inside the headers.
        m = inputErrorOf(file("headers_only.jpg", Bytes(jpeg.begin(), jpeg.begin() + 40)));
        QVERIFY2(m.contains("truncated"), qPrintable(m));
        // Trailing bytes after EOI are harmless.
        Bytes trailing = jpeg;
        trailing.insert(trailing.end(), 100, 0);
        QCOMPARE(loadImage(file("trailing.jpg", trailing)).width(), kW);

        for (const char* ext : {".png", ".tiff", ".bmp", ".webp"}) {
            const Bytes whole = encode(ext, img);
            for (const double keep : {0.5, 0.95}) {
                const Bytes part(whole.begin(), whole.begin() + std::ptrdiff_t(double(whole.size()) * keep));
                const std::string path = file(std::string("truncated") + std::to_string(int(keep * 100)) + ext, part);
                m = inputErrorOf(path);
                QVERIFY2(m.startsWith(QString::fromStdString(path) + ": ") &&
                             (m.contains("truncated") || m.contains("could not be decoded")),
                         qPrintable(m));
            }
        }
    }

    void refusesDecompressionBombsBeforeDecoding() {
        // PNG: a valid signature and an IHDR (correct CRC) claiming 100000x100000,
        // then a short garbage IDAT and no IEND.
        Bytes png = pngSignature();
        pngChunk(png, "IHDR", ihdr(100000, 100000, 8, 2));
        pngChunk(png, "IDAT", Bytes{0x78, 0x9C, 0xDE, 0xAD, 0xBE, 0xEF});
        const std::string pngPath = file("big.png", png);
        QElapsedTimer timer;
        timer.start();
        QString m = inputErrorOf(pngPath);
        const qint64 ms = timer.elapsed();
        QVERIFY2(m == QString::fromStdString(pngPath) + ": 100000x100000 pixels exceeds the limit of 100 megapixels",
                 qPrintable(m));
        QVERIFY2(ms < 500, qPrintable(QString("took %1 ms").arg(ms)));

        // The same with a complete, well-formed file around the forged header.
        Bytes png2 = pngSignature();
        pngChunk(png2, "IHDR", ihdr(20000, 20000, 8, 0));
        pngChunk(png2, "IDAT", zlibStored(Bytes(1000, 0)));
        pngChunk(png2, "IEND", {});
        m = inputErrorOf(file("big2.png", png2));
        QVERIFY2(m.contains("20000x20000 pixels exceeds the limit of 100 megapixels"), qPrintable(m));

        // JPEG: SOF0 claiming 65000x65000.
        Bytes jpeg = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 8, 0xFD, 0xE8, 0xFD, 0xE8, 3,
                      1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
        jpeg.insert(jpeg.end(), 64, 0x55);
        m = inputErrorOf(file("big.jpg", jpeg));
        QVERIFY2(m.contains("65000x65000 pixels exceeds the limit"), qPrintable(m));

        // WebP: VP8X canvas of 16384x16384 and nothing else.
        Bytes webp = {'R', 'I', 'F', 'F', 22, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X', 10, 0, 0, 0,
                      0, 0, 0, 0, 0xFF, 0x3F, 0, 0xFF, 0x3F, 0};
        m = inputErrorOf(file("big.webp", webp));
        QVERIFY2(m.contains("16384x16384 pixels exceeds the limit"), qPrintable(m));

        // TIFF: 100000x100000 with a 12-byte strip.
        m = inputErrorOf(file("big.tiff", makeTiff(100000, 100000, 1, Bytes(12, 0))));
        QVERIFY2(m.contains("100000x100000 pixels exceeds the limit"), qPrintable(m));

        // BMP: 30000x30000, 24 bit, no pixel data.
        Bytes bmp = {'B', 'M'};
        putLe32(bmp, 54);
        putLe32(bmp, 0);
        putLe32(bmp, 54);
        putLe32(bmp, 40);
        putLe32(bmp, 30000);
        putLe32(bmp, 30000);
        putLe16(bmp, 1);
        putLe16(bmp, 24);
        bmp.insert(bmp.end(), 24, 0);
        m = inputErrorOf(file("big.bmp", bmp));
        QVERIFY2(m.contains("30000x30000 pixels exceeds the limit"), qPrintable(m));

        // A long thin image within the pixel budget but over the side limit.
        Bytes thin = pngSignature();
        pngChunk(thin, "IHDR", ihdr(40000, 40, 8, 2));
        m = inputErrorOf(file("thin.png", thin));
        QVERIFY2(m.contains("a side exceeds the limit of 32768 pixels"), qPrintable(m));

        // The limits are options.
        ImageLoadOptions small;
        small.maxPixels = 50 * 50;
        m = inputErrorOf(file("fine.png", encode(".png", randomImage(CV_8UC3, 9))), small);
        QVERIFY2(m.contains("96x64 pixels exceeds the limit of 0.0025 megapixels"), qPrintable(m));
    }

    void refusesTinyImages() {
        const cv::Mat one(1, 1, CV_8UC3, cv::Scalar(1, 2, 3));
        const std::string path = file("one.png", encode(".png", one));
        QString m = inputErrorOf(path);
        QVERIFY2(m == QString::fromStdString(path) + ": 1x1 pixels is too small (each side must be at least 32 pixels)",
                 qPrintable(m));
        m = inputErrorOf(file("narrow.jpg", encode(".jpg", cv::Mat(200, 31, CV_8UC3, cv::Scalar::all(90)))));
        QVERIFY2(m.contains("31x200 pixels is too small"), qPrintable(m));
        // Exactly the minimum is fine, and the minimum is an option.
        QCOMPARE(loadImage(file("min.png", encode(".png", cv::Mat(32, 32, CV_8UC3, cv::Scalar::all(7))))).width(), 32);
        ImageLoadOptions options;
        options.minSide = 1;
        QCOMPARE(loadImage(path, options).width(), 1);
    }

    void refusesOversizedFiles() {
        ImageLoadOptions options;
        options.maxFileBytes = 1000;
        const std::string path = file("noise.png", encode(".png", randomImage(CV_8UC3, 10)));
        const QString m = inputErrorOf(path, options);
        QVERIFY2(m.contains("larger than the limit of 1000 bytes"), qPrintable(m));
    }

    void optionsAreValidated() {
        ImageLoadOptions o;
        o.validate();
        o.minSide = 0;
        QVERIFY_THROWS_EXCEPTION(OptionsError, o.validate());
        o = {};
        o.maxPixels = std::int64_t(1) << 31;
        QVERIFY_THROWS_EXCEPTION(OptionsError, o.validate());
        o = {};
        o.minSide = o.maxSide + 1;
        QVERIFY_THROWS_EXCEPTION(OptionsError, o.validate());
        QVERIFY_THROWS_EXCEPTION(OptionsError, loadImage(m_dir + "/fine.png", o));
    }

    void loadsTheDemoPhoto() {
        const Image img = loadImage(test::demoPhoto());
        QCOMPARE(img.width(), 512);
        QCOMPARE(img.height(), 512);
        QCOMPARE(img.rgb.type(), CV_8UC3);
        QVERIFY(!img.hadAlpha);
    }
};

QTEST_APPLESS_MAIN(TestImageIo)
#include "test_image_io.moc"
