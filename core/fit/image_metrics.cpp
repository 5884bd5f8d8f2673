#include "fit/image_metrics.h"

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"

namespace likeness {
namespace {

void checkInputs(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask) {
    if (a.size() != b.size() || a.type() != b.type() || (a.type() != CV_32FC3 && a.type() != CV_32FC1))
        throw Error("image metrics: images must be float, of the same size and type");
    if (mask.size() != a.size() || mask.type() != CV_8UC1) throw Error("image metrics: mask must be CV_8UC1 of the image size");
}

} // namespace

double ssimInMask(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask) {
    checkInputs(a, b, mask);
    const double count = cv::countNonZero(mask);
    if (count == 0) return 0;
    const double c1 = 0.01 * 0.01, c2 = 0.03 * 0.03;
    auto blur = [](const cv::Mat& x) {
        cv::Mat y;
        cv::GaussianBlur(x, y, cv::Size(11, 11), 1.5, 1.5, cv::BORDER_REFLECT);
        return y;
    };
    const cv::Mat muA = blur(a), muB = blur(b);
    const cv::Mat muAA = muA.mul(muA), muBB = muB.mul(muB), muAB = muA.mul(muB);
    const cv::Mat sAA = blur(a.mul(a)) - muAA, sBB = blur(b.mul(b)) - muBB, sAB = blur(a.mul(b)) - muAB;
    const cv::Scalar k1 = cv::Scalar::all(c1), k2 = cv::Scalar::all(c2);   // every channel (a bare double adds to channel 0 only)
    cv::Mat num = (2 * muAB + k1).mul(2 * sAB + k2);
    cv::Mat den = (muAA + muBB + k1).mul(sAA + sBB + k2);
    cv::Mat map;
    cv::divide(num, den, map);
    const cv::Scalar sum = cv::sum(map.setTo(0, mask == 0));
    double total = 0;
    for (int c = 0; c < a.channels(); ++c) total += sum[c];
    return total / (count * a.channels());
}

double psnrInMask(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask) {
    checkInputs(a, b, mask);
    const double count = cv::countNonZero(mask);
    if (count == 0) return 0;
    cv::Mat d = a - b;
    d = d.mul(d);
    d.setTo(0, mask == 0);
    const cv::Scalar sum = cv::sum(d);
    double se = 0;
    for (int c = 0; c < a.channels(); ++c) se += sum[c];
    const double mse = se / (count * a.channels());
    return mse <= 1e-10 ? 100.0 : 10.0 * std::log10(1.0 / mse);
}

} // namespace likeness
