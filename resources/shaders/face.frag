#version 330 core
// Mirrors render/shading.cpp (S2F2 supp. eq. 7-9) per pixel:
//   B = (1 - s) * c * sum_lm A_l L_lm Y_lm(n) + s * sum_lm S_l L_lm Y_lm(r),  r = 2 (n.v) n - v
// with the kernels A_l (Lambert) and S_l = pi exp(-(roughness l)^2) folded into
// uDiffuseSH / uSpecularSH on the CPU, the SH basis of render/sh_basis.cpp (real,
// orthonormal, no Condon-Shortley phase) up to 5 bands, and an optional directional
// key light through the same two lobes. Output sRGB like the core's renders.
in vec3 vPosition;
in vec3 vNormal;
in vec4 vTangent;
in vec2 vUv;
in vec3 vColor;

uniform int uMode;              // 0 final, 1 diffuse albedo, 2 specular, 3 normals, 4 shading, 5 light map, 6 wire
uniform mat3 uModelToLight;     // model -> the fit's camera space (the light's frame)
uniform vec3 uEye;              // eye position in model space
uniform int uShCount;           // bands^2, at most 25
uniform vec3 uDiffuseSH[25];    // A_l L_lm
uniform vec3 uSpecularSH[25];   // S_l L_lm
uniform bool uKeyEnabled;
uniform vec3 uKeyDirection;     // light frame, toward the light
uniform vec3 uKeyRadiance;
uniform float uSpecularKernel[9];   // S_l, l = 0..8, for the key light's lobe
uniform sampler2D uDiffuseMap;      // sRGB
uniform sampler2D uSpecularMap;     // linear s in the red channel
uniform sampler2D uNormalMap;       // tangent space, OpenGL convention
uniform sampler2D uLightMap;        // shadowed irradiance / pi, sRGB, brightest texel white
uniform bool uHasDiffuseMap;
uniform bool uHasSpecularMap;
uniform bool uHasNormalMap;
uniform bool uHasLightMap;
uniform float uSpecularDefault;
uniform vec3 uWireColor;

out vec4 fragColor;

const float PI = 3.14159265358979;

float toLinear(float c) { return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4); }
vec3 toLinear(vec3 c) { return vec3(toLinear(c.r), toLinear(c.g), toLinear(c.b)); }
float toSrgb(float c) {
    c = clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1.0 / 2.4) - 0.055;
}
vec3 toSrgb(vec3 c) { return vec3(toSrgb(c.r), toSrgb(c.g), toSrgb(c.b)); }

// sum_k coefficients[k] Y_k(d) for d unit, index l*l + l + m.
vec3 evalSH(vec3 d, int count, bool specular) {
    float x = d.x, y = d.y, z = d.z;
    float Y[25];
    Y[0] = 0.28209479;
    Y[1] = 0.48860251 * y; Y[2] = 0.48860251 * z; Y[3] = 0.48860251 * x;
    Y[4] = 1.09254843 * x * y; Y[5] = 1.09254843 * y * z; Y[6] = 0.31539157 * (3.0 * z * z - 1.0);
    Y[7] = 1.09254843 * x * z; Y[8] = 0.54627422 * (x * x - y * y);
    Y[9] = 0.59004359 * y * (3.0 * x * x - y * y); Y[10] = 2.89061144 * x * y * z;
    Y[11] = 0.45704580 * y * (5.0 * z * z - 1.0); Y[12] = 0.37317633 * z * (5.0 * z * z - 3.0);
    Y[13] = 0.45704580 * x * (5.0 * z * z - 1.0); Y[14] = 1.44530572 * z * (x * x - y * y);
    Y[15] = 0.59004359 * x * (x * x - 3.0 * y * y);
    Y[16] = 2.50334294 * x * y * (x * x - y * y); Y[17] = 1.77013077 * y * z * (3.0 * x * x - y * y);
    Y[18] = 0.94617470 * x * y * (7.0 * z * z - 1.0); Y[19] = 0.66904654 * y * z * (7.0 * z * z - 3.0);
    Y[20] = 0.10578555 * (35.0 * z * z * z * z - 30.0 * z * z + 3.0);
    Y[21] = 0.66904654 * x * z * (7.0 * z * z - 3.0); Y[22] = 0.47308735 * (x * x - y * y) * (7.0 * z * z - 1.0);
    Y[23] = 1.77013077 * x * z * (x * x - 3.0 * y * y);
    Y[24] = 0.62583574 * (x * x * (x * x - 3.0 * y * y) - y * y * (3.0 * x * x - y * y));
    vec3 sum = vec3(0.0);
    for (int k = 0; k < count; ++k) sum += (specular ? uSpecularSH[k] : uDiffuseSH[k]) * Y[k];
    return sum;
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
        n = normalize(t * m.x + b * m.y + n * m.z);
    }
    vec3 albedo = uHasDiffuseMap ? toLinear(texture(uDiffuseMap, vUv).rgb) : vColor;
    float s = uHasSpecularMap ? texture(uSpecularMap, vUv).r : uSpecularDefault;

    if (uMode == 1) { fragColor = vec4(toSrgb(albedo), 1.0); return; }
    if (uMode == 2) { fragColor = vec4(vec3(s), 1.0); return; }
    if (uMode == 3) { fragColor = vec4(n * 0.5 + 0.5, 1.0); return; }

    vec3 nl = normalize(uModelToLight * n);
    vec3 v = normalize(uModelToLight * (uEye - vPosition));
    vec3 r = 2.0 * dot(nl, v) * nl - v;
    vec3 diffuseLight = evalSH(nl, uShCount, false);
    vec3 specularLight = evalSH(r, uShCount, true);
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
