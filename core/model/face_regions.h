#pragma once
// The anatomy the rig generator works with, read off a neutral of the FaceMesh
// topology: the face's own axes, eyes (lid margins, lid rings, brows), mouth
// (lip contours, corners), jaw points, and the neutral's own sizes so that every
// motion scales with the subject.
//
// Sides are the subject's: index 0 = right (model -x), 1 = left (model +x). The
// right side's vertex lists are the mirror images (FaceTopology::mirrorOf) of the
// left side's, so both sides are built by exactly the same steps.
#include <array>
#include <vector>

#include "model/face_frame.h"
#include "model/vec3.h"

namespace likeness {

class FaceTopology;

namespace model {

enum Side : int { kRight = 0, kLeft = 1 };

struct EyeRegions {
    int side = kLeft;
    double sign = 1;                 // +1 left, -1 right: model x of the subject's lateral direction
    std::vector<int> upperLid;       // lid margin (EyeUpper0), outer -> inner, corners excluded
    std::vector<int> lowerLid;       // lid margin (EyeLower0), outer corner -> inner corner, corners included
    int outerCorner = 0, innerCorner = 0;
    std::vector<int> upper1, upper2;             // rings above the margin (EyeUpper1/2), outer -> inner
    std::vector<int> lower1, lower2, lower3;     // rings below (EyeLower1/2/3), outer -> inner
    std::vector<int> browUpper, browLower;       // eyebrow contours, outer -> inner
    Vec3 centre;                     // mean of both lid margins
    double width = 0;                // corner to corner
    double opening = 0;              // mean margin-to-margin distance across the eye (upper lid to its partner)
};

struct MouthRegions {
    std::vector<int> upperOuter, lowerOuter, upperInner, lowerInner;           // lip contours, subject's right -> left
    std::vector<int> upperSemiOuter, lowerSemiOuter, upperSemiInner, lowerSemiInner;
    std::vector<int> upperLip, lowerLip;        // all upper / lower lip vertices without the corners
    std::array<int, 2> outerCorner{}, innerCorner{};   // per side (61/291, 78/308)
    std::array<std::vector<int>, 2> cornerSet;   // corner vertices per side (outer, inner, semi corners)
    Vec3 centre;                                 // between the inner lip midpoints (13, 14)
    double width = 0;                            // outer corner to outer corner
};

struct FaceAnatomy {
    FaceFrame frame;                 // origin between the eye centres
    std::array<EyeRegions, 2> eyes;
    MouthRegions mouth;
    double eyeDistance = 0;          // between the eye centres (about the interpupillary distance)
    double faceHeight = 0;           // forehead top (10) to chin (152)
    double faceWidth = 0;            // silhouette 234 to 454
    std::vector<int> silhouette;     // outline, as in the topology
    int noseTip = 1, noseBottom = 2, chin = 152, foreheadTop = 10;
    std::array<int, 2> noseWing{};   // alar corner per side (98 / 327)
    std::array<int, 2> cheekSide{};  // silhouette at cheek level per side (234 / 454)
    std::array<int, 2> jawAngle{};   // silhouette near the jaw angle per side (172 / 397)
    std::array<int, 2> cheek{};      // cheek centre per side (205 / 425)
};

/// Reads the anatomy off `neutral` (468 points, model space, mm). Throws
/// AssetError when the topology lacks a region it needs.
FaceAnatomy describeFace(const FaceTopology& topology, const std::vector<Vec3>& neutral);

/// The lower-lid point below an upper-lid position: the lower margin polyline
/// (`eye.lowerLid`, corner to corner, on `points`) at the same coordinate along the
/// corner-to-corner axis as `p`.
Vec3 lowerLidPointBelow(const EyeRegions& eye, const std::vector<Vec3>& points, const Vec3& p);
/// Same for the upper margin (corners + upperLid).
Vec3 upperLidPointAbove(const EyeRegions& eye, const std::vector<Vec3>& points, const Vec3& p);

} // namespace model
} // namespace likeness
