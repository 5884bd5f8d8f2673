#pragma once
// Estimates the expression in one face-aligned FaceMesh shape as ARKit weights in
// [0, 1], for neutral fusion: the weights w that make shape - rig(w) look neutral.
//
// A single view cannot separate identity from expression in general, so
// "neutral" is defined by priors that hold for any subject, plus agreement with
// the other views when there are several:
//   symmetry   |S(y)|^2, S(y)_i = y_i - mirror_x(y_mirror(i)): a neutral face is
//              left/right symmetric (removes one-sided shapes: smileLeft, jawLeft, ...);
//   closed lips |gap(y)|^2: the vertical gap between matching inner-lip vertices
//              is zero at rest (removes jawOpen, lowerDown, upperUp, ...);
//   agreement  |y - mean|^2 with the current fused neutral (several views only);
//   sparsity   mu * sum(w): what no term asks for stays at zero.
// with y = shape - sum_j w_j delta_j. The quadratic problem is solved exactly by
// projected coordinate descent on its 52x52 normal equations.
#include <vector>

#include "model/expression_rig.h"
#include "model/vec3.h"

namespace likeness {

class FaceTopology;

namespace model {

struct ExpressionRemovalWeights {
    double symmetry = 1.0;      // per vertex coordinate
    double lipGap = 20.0;       // per inner-lip pair
    double agreement = 0.5;     // per vertex coordinate, used when a mean is given
    double sparsity = 4.0;      // mm^2 per unit weight
};

/// Weights [52] (tongueOut always 0) for `shape` (468 points, model space, mm).
/// `mean` may be null (single view).
std::vector<double> estimateExpression(const ExpressionRig& rig, const FaceTopology& topology,
                                       const std::vector<Vec3>& shape, const std::vector<Vec3>* mean,
                                       const ExpressionRemovalWeights& weights = {});

} // namespace model
} // namespace likeness
