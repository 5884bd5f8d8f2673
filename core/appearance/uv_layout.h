#pragma once
// The UV layout of the face as the appearance stages see it (S2F2 sec. 3.3-3.4
// work on UV maps): which texels the mesh covers, which are skin (AffUNet eq. 7's
// M_skin), where each texel's mirror image lies (the symmetry regulariser's
// horizontal flip, exact through the topology's mirror triangles even where the
// layout is not symmetric), and how many millimetres one texel spans.
#include <ATen/core/Tensor.h>

namespace likeness {

class FaceTopology;

struct UvLayout {
    int size = 0;            // texels per side
    at::Tensor covered;      // [1,1,S,S] float: 1 where a triangle covers the texel centre
    at::Tensor skin;         // [1,1,S,S] float: covered and away from the eyes, brows and lips
    at::Tensor mirrorGrid;   // [1,S,S,2] grid_sampler coordinates of each texel's mirror (uncovered: itself)
    double texelMm = 0;      // mean surface length of one texel side (mm), for the displacement map
};

/// Builds the layout at `size` texels from the topology's UVs (the subdivided
/// levels' UVs are linear in the base triangles, so level 0 is exact) and the
/// identity surface `vertices468` [468,3] mm for the texel scale.
UvLayout buildUvLayout(const FaceTopology& topology, const at::Tensor& vertices468, int size);

} // namespace likeness
