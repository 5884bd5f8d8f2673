#version 330 core
// The face in model space (mm); the light's frame is the fit's camera space.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aTangent;   // xyz + handedness w (glTF convention)
layout(location = 3) in vec2 aUv;        // u right, v down (Likeness convention)
layout(location = 4) in vec3 aColor;     // linear diffuse albedo

uniform mat4 uViewProjection;

out vec3 vPosition;
out vec3 vNormal;
out vec4 vTangent;
out vec2 vUv;
out vec3 vColor;

void main() {
    vPosition = aPosition;
    vNormal = aNormal;
    vTangent = aTangent;
    vUv = aUv;
    vColor = aColor;
    gl_Position = uViewProjection * vec4(aPosition, 1.0);
}
