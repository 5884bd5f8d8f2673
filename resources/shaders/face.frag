#version 330 core
// Mirrors render/shading.cpp (S2F2 supp. eq. 7-9) per pixel:
//   B = (1 - s) * c * sum_lm A_l L_lm Y_lm(n) + s * sum_lm S_l L_lm Y_lm(r),  r = 2 (n.v) n - v
// The two SH sums (up to 5 bands, render/sh_basis.cpp's basis, kernels A_l and
// S_l = pi exp(-(roughness l)^2)) are tabulated on the CPU over all directions
// (ui/viewport/sh_environment.cpp) and looked up here at n and r; an optional
// directional key light goes through the same two lobes. Output sRGB like the
// core's renders.
in vec3 vPosition;
in vec3 vNormal;
in vec4 vTangent;
in vec2 vUv;
in vec3 vColor;

uniform int uMode;              // 0 final, 1 diffuse albedo, 2 specular, 3 normals, 4 shading, 5 light map, 6 wire
uniform mat3 uModelToLight;     // model -> the fit's camera space (the light's frame)
uniform vec3 uEye;              // eye position in model space
uniform sampler2D uDiffuseEnv;  // sum A_l L_lm Y_lm(d), lat-long over the light's frame
uniform sampler2D uSpecularEnv; // sum S_l L_lm Y_lm(d)
uniform bool uKeyEnabled;
uniform vec3 uKeyDirection;     // light frame, toward the light
uniform vec3 uKeyRadiance;
uniform float uSpecularKernel[9];   // S_l, l = 0..8, for the key light's lobe
uniform sampler2D uDiffuseMap;      // an sRGB texture: reads are linear
uniform sampler2D uSpecularMap;     // linear s in the red channel
uniform sampler2D uNormalMap;       // tangent space, OpenGL convention
uniform sampler2D uLightMap;        // shadowed irradiance / pi, sRGB, brightest texel white
uniform bool uHasDiffuseMap;
uniform bool uHasSpecularMap;
uniform bool uHasNormalMap;
uniform bool uHasLightMap;
uniform float uSpecularDefault;
// The artist's map edits (export/map_edits.cpp applies the same to the exported maps).
uniform float uAlbedoGain;          // 2^exposure
uniform float uAlbedoSaturation;    // around the Rec. 709 luma of the linear albedo
uniform float uSpecularStrength;
uniform float uNormalStrength;      // scales the tangent-space xy
uniform vec3 uWireColor;

out vec4 fragColor;

const float PI = 3.14159265358979;

// Linear -> sRGB. Above the linear toe, 1.055 c^(1/2.4) - 0.055 is replaced by a fit in
// c^(1/2), c^(1/4), c^(1/8) (within 0.25 of a level over [0.0031, 1]): three square roots
// instead of a pow, which software OpenGL evaluates as log2 + exp2 per channel.
vec3 toSrgb(vec3 c) {
    c = clamp(c, 0.0, 1.0);
    vec3 s1 = sqrt(c), s2 = sqrt(s1), s3 = sqrt(s2);
    vec3 curve = 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c;
    return mix(curve, 12.92 * c, lessThanEqual(c, vec3(0.0031308)));
}

// The lat-long texel of direction d (ui/viewport/sh_environment.h's mapping).
vec2 envUv(vec3 d) {
    return vec2((atan(d.x, d.z) + PI) / (2.0 * PI), acos(clamp(d.y, -1.0, 1.0)) / PI);
}

// A delta light's specular lobe by the addition theorem: sum_l S_l (2l + 1) / (4 pi) P_l(cos).
float keySpecular(float c) {
    float p0 = 1.0, p1 = c, sum = uSpecularKernel[0] * p0 / (4.0 * PI) + uSpecularKernel[1] * 3.0 * p1 / (4.0 * PI);
    for (int l = 2; l < 9; ++l) {
        float p2 = ((2.0 * float(l) - 1.0) * c * p1 - (float(l) - 1.0) * p0) / float(l);
        sum += uSpecularKernel[l] * (2.0 * float(l) + 1.0) * p2 / (4.0 * PI);
        p0 = p1;
        p1 = p2;
    }
    return sum;
}

void main() {
    if (uMode == 6) { fragColor = vec4(uWireColor, 1.0); return; }

    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;   // the open mask's inside
    if (uHasNormalMap) {
        vec3 t = normalize(vTangent.xyz - n * dot(n, vTangent.xyz));
        vec3 b = cross(n, t) * (vTangent.w < 0.0 ? -1.0 : 1.0);
        vec3 m = texture(uNormalMap, vUv).xyz * 2.0 - 1.0;
        m = vec3(m.xy * uNormalStrength, max(m.z, 0.0));
        n = normalize(t * m.x + b * m.y + n * m.z);
    }
    vec3 albedo = uHasDiffuseMap ? texture(uDiffuseMap, vUv).rgb : vColor;   // decoded by the sRGB texture
    float s = uHasSpecularMap ? texture(uSpecularMap, vUv).r : uSpecularDefault;
    float luma = dot(albedo, vec3(0.2126, 0.7152, 0.0722));
    albedo = clamp((luma + (albedo - luma) * uAlbedoSaturation) * uAlbedoGain, 0.0, 1.0);
    s = clamp(s * uSpecularStrength, 0.0, 1.0);

    if (uMode == 1) { fragColor = vec4(toSrgb(albedo), 1.0); return; }
    if (uMode == 2) { fragColor = vec4(vec3(s), 1.0); return; }
    if (uMode == 3) { fragColor = vec4(n * 0.5 + 0.5, 1.0); return; }

    vec3 nl = normalize(uModelToLight * n);
    vec3 v = normalize(uModelToLight * (uEye - vPosition));
    vec3 r = 2.0 * dot(nl, v) * nl - v;
    vec3 diffuseLight = texture(uDiffuseEnv, envUv(nl)).rgb;
    vec3 specularLight = texture(uSpecularEnv, envUv(normalize(r))).rgb;
    if (uKeyEnabled) {
        diffuseLight += uKeyRadiance * max(dot(nl, uKeyDirection), 0.0);
        specularLight += uKeyRadiance * keySpecular(dot(r, uKeyDirection));
    }
    if (uMode == 4) { fragColor = vec4(toSrgb(diffuseLight / PI), 1.0); return; }
    if (uMode == 5) {
        // The fitted light map is stored sRGB-encoded, normalised to its brightest texel.
        fragColor = vec4(uHasLightMap ? texture(uLightMap, vUv).rgb : toSrgb(diffuseLight / PI), 1.0);
        return;
    }
    vec3 linear = (1.0 - s) * albedo * diffuseLight + s * specularLight;
    fragColor = vec4(toSrgb(linear), 1.0);
}
