// FBX scene layout: which records a binary FBX 7.4 file holds and how they are
// connected. The byte encoding is fbx_binary.cpp's.
//
// Objects and their connections (child -> parent; OP = to a property):
//   Model "Face" -> scene root          Geometry "Face" (Mesh) -> Model
//   Material -> Model                   Texture -OP "DiffuseColor"/"NormalMap"/"SpecularColor"-> Material
//   Video (the image file) -> Texture   Deformer (BlendShape) -> Geometry (Mesh)
//   per target: SubDeformer (BlendShapeChannel) -> BlendShape, Geometry (Shape) -> channel
//   animation: AnimationLayer -> AnimationStack; per target AnimationCurveNode -> layer,
//              curve node -OP "DeformPercent"-> channel, AnimationCurve -OP "d|DeformPercent"-> curve node
//
// Naming: Blender 3.4 names a shape key after its Shape geometry (import_fbx.py,
// blen_read_shape), Assimp 5.2.5 names an aiAnimMesh after its BlendShapeChannel
// (measured; newer Assimp uses the Shape), so both carry the plain ARKit name.
#include "export/fbx_writer.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/srgb.h"
#include "export/fbx_binary.h"

namespace likeness {

void FbxWriteOptions::validate() const {
    if (!std::isfinite(unitScale) || unitScale <= 0 || unitScale > 1000)
        throw OptionsError("FBX export: unitScale must be in (0, 1000] file units per millimetre (0.1 = centimetres).");
}

namespace {

using fbx::Node;
using fbx::objectName;

constexpr int64_t kTicksPerSecond = 46186158000;   // FBX KTime units per second

// --- Properties70 entries: P: name, type, label, flags, value(s) -------------

Node& prop(Node& p70, const char* name, const char* type, const char* label, const char* flags) {
    return p70.child("P").add(name).add(type).add(label).add(flags);
}
void pInt(Node& p, const char* name, int32_t v) { prop(p, name, "int", "Integer", "").add(v); }
void pEnum(Node& p, const char* name, int32_t v) { prop(p, name, "enum", "", "").add(v); }
void pBool(Node& p, const char* name, bool v) { prop(p, name, "bool", "", "").add(int32_t(v ? 1 : 0)); }
void pDouble(Node& p, const char* name, double v) { prop(p, name, "double", "Number", "").add(v); }
void pNumber(Node& p, const char* name, double v) { prop(p, name, "Number", "", "A").add(v); }
void pTime(Node& p, const char* name, int64_t v) { prop(p, name, "KTime", "Time", "").add(v); }
void pString(Node& p, const char* name, const std::string& v) { prop(p, name, "KString", "", "").add(v); }
void pColor(Node& p, const char* name, double r, double g, double b) {
    prop(p, name, "Color", "", "A").add(r).add(g).add(b);
}
void pColorRGB(Node& p, const char* name, double r, double g, double b) {
    prop(p, name, "ColorRGB", "Color", "").add(r).add(g).add(b);
}
void pVector(Node& p, const char* name, const char* type, const char* label, double x, double y, double z) {
    prop(p, name, type, label, "A").add(x).add(y).add(z);
}

// Names end up split at "\0\1" (binary FBX) and shown by Blender and Assimp:
// keep them free of control characters.
std::string cleanName(const std::string& name, const char* fallback) {
    std::string out = name.empty() ? std::string(fallback) : name;
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 32) c = '_';
    return out;
}

// FBX TimeMode enum values for the frame rates it names; others are "custom" (14).
int32_t timeMode(double fps) {
    static const std::pair<double, int32_t> modes[] = {{120, 1}, {100, 2}, {60, 3}, {50, 4}, {48, 5}, {30, 6},
                                                       {25, 10}, {24, 11}, {96, 15}, {72, 16}};
    for (const auto& [rate, mode] : modes)
        if (std::abs(fps - rate) < 1e-9) return mode;
    return 14;
}

int64_t frameTime(size_t frame, double fps) {
    return static_cast<int64_t>(std::llround(static_cast<double>(frame) * static_cast<double>(kTicksPerSecond) / fps));
}

class SceneBuilder {
public:
    SceneBuilder(const ExportAsset& asset, const FbxWriteOptions& options) : m_asset(asset), m_options(options) {}

    std::string build() {
        const ExportMesh& m = m_asset.mesh;
        const int64_t model = addModel();
        connect(model, 0);
        const int64_t geometry = addMeshGeometry();
        connect(geometry, model);
        const int64_t material = addMaterial();
        connect(material, model);
        std::vector<int64_t> channels;
        if (!m.morphTargets.empty()) {
            const int64_t blendShape = newObject("Deformer", objectName(cleanName(m.name, "Face"), "Deformer"), "BlendShape");
            lastObject().child("Version").add(int32_t(100));
            connect(blendShape, geometry);
            for (size_t k = 0; k < m.morphTargets.size(); ++k) {
                const int64_t channel = addChannel(k);
                connect(channel, blendShape);
                connect(addShape(k), channel);
                channels.push_back(channel);
            }
        }
        if (!m_asset.animations.empty() && !channels.empty()) addAnimation(m_asset.animations.front(), channels);

        std::list<Node> top;
        top.push_back(headerExtension());
        top.emplace_back("FileId").addRaw(fbx::fileId());
        top.emplace_back("CreationTime").add(fbx::creationTime());
        top.emplace_back("Creator").add(creator());
        top.push_back(globalSettings());
        top.push_back(documents());
        top.emplace_back("References");
        top.push_back(definitions());
        top.push_back(std::move(m_objects));
        top.push_back(std::move(m_connections));
        top.push_back(takes());
        return fbx::serializeBinary(top);
    }

private:
    const ExportAsset& m_asset;
    const FbxWriteOptions& m_options;
    Node m_objects{"Objects"};
    Node m_connections{"Connections"};
    std::map<std::string, int> m_typeCounts;   // Definitions: objects per record name
    int64_t m_nextId = 1000000;                // deterministic ids (only the time stamp varies)
    Node* m_last = nullptr;                    // the object record added last
    std::map<int, int64_t> m_videos;           // image index -> Video id (one per image file)
    int64_t m_animationEnd = 0;                // KTime of the last animation frame

    static std::string creator() {
#ifdef LIKENESS_VERSION
        return std::string("Likeness ") + LIKENESS_VERSION;
#else
        return "Likeness";
#endif
    }

    double toFile(float mm) const { return static_cast<double>(mm) * m_options.unitScale; }

    // UnitScaleFactor = centimetres per file unit: a file unit is 1/unitScale mm.
    double unitScaleFactor() const { return 0.1 / m_options.unitScale; }

    // Every object record starts with its id, "name\0\1Class" and a subclass.
    int64_t newObject(const char* type, const std::string& nameClass, const char* subclass) {
        const int64_t id = m_nextId++;
        m_last = &m_objects.child(type).add(id).add(nameClass).add(subclass);
        ++m_typeCounts[type];
        return id;
    }
    Node& lastObject() { return *m_last; }

    void connect(int64_t child, int64_t parent) { m_connections.child("C").add("OO").add(child).add(parent); }
    void connectProperty(int64_t child, int64_t parent, const char* property) {
        m_connections.child("C").add("OP").add(child).add(parent).add(property);
    }

    int64_t addModel() {
        const int64_t id = newObject("Model", objectName(cleanName(m_asset.mesh.name, "Face"), "Model"), "Mesh");
        Node& n = lastObject();
        n.child("Version").add(int32_t(232));
        Node& p = n.child("Properties70");
        pInt(p, "DefaultAttributeIndex", 0);
        pEnum(p, "InheritType", 1);
        n.child("Culling").add("CullingOff");
        return id;
    }

    int64_t addMeshGeometry() {
        const ExportMesh& m = m_asset.mesh;
        const int64_t id = newObject("Geometry", objectName(cleanName(m.name, "Face"), "Geometry"), "Mesh");
        Node& g = lastObject();
        g.child("GeometryVersion").add(int32_t(124));

        std::vector<double> vertices(m.positions.size());
        for (size_t i = 0; i < m.positions.size(); ++i) vertices[i] = toFile(m.positions[i]);
        g.child("Vertices").addArray(vertices);

        // One polygon per triangle; the last corner of each is stored as -index-1.
        std::vector<int32_t> polygonVertices(m.triangles.begin(), m.triangles.end());
        for (size_t c = 2; c < polygonVertices.size(); c += 3) polygonVertices[c] = -polygonVertices[c] - 1;
        g.child("PolygonVertexIndex").addArray(polygonVertices);

        // Edges: each undirected edge once, as the polygon corner it starts at
        // (Blender builds its edge list from this).
        std::vector<int32_t> edges;
        std::set<std::pair<int, int>> seen;
        for (size_t c = 0; c < m.triangles.size(); ++c) {
            const int a = m.triangles[c], b = m.triangles[c % 3 == 2 ? c - 2 : c + 1];
            if (seen.insert({std::min(a, b), std::max(a, b)}).second) edges.push_back(static_cast<int32_t>(c));
        }
        g.child("Edges").addArray(edges);

        const std::vector<int32_t> cornerVertex(m.triangles.begin(), m.triangles.end());
        std::vector<std::string> layerTypes;
        if (!m.normals.empty()) {
            std::vector<double> normals;
            normals.reserve(m.triangles.size() * 3);
            for (int v : m.triangles)
                for (int j = 0; j < 3; ++j) normals.push_back(m.normals[static_cast<size_t>(3 * v + j)]);
            Node& l = layerElement(g, "LayerElementNormal", "", "ByPolygonVertex", "Direct", layerTypes);
            l.child("Normals").addArray(normals);
        }
        if (!m.colors.empty()) {
            // Vertex colours as sRGB RGBA, the encoding Blender's FBX importer and
            // exporter assume (ExportMesh colours are linear).
            std::vector<double> colors;
            colors.reserve(m.colors.size() / 3 * 4);
            for (size_t i = 0; i < m.colors.size(); i += 3) {
                for (size_t j = 0; j < 3; ++j) colors.push_back(srgbFromLinear(m.colors[i + j]));
                colors.push_back(1.0);
            }
            Node& l = layerElement(g, "LayerElementColor", "Col", "ByPolygonVertex", "IndexToDirect", layerTypes);
            l.child("Colors").addArray(colors);
            l.child("ColorIndex").addArray(cornerVertex);
        }
        if (!m.uvs.empty()) {
            std::vector<double> uvs(m.uvs.size());
            for (size_t i = 0; i < m.uvs.size(); i += 2) {
                uvs[i] = m.uvs[i];
                uvs[i + 1] = 1.0 - static_cast<double>(m.uvs[i + 1]);   // ExportMesh v is down, FBX v is up
            }
            Node& l = layerElement(g, "LayerElementUV", "UVMap", "ByPolygonVertex", "IndexToDirect", layerTypes);
            l.child("UV").addArray(uvs);
            l.child("UVIndex").addArray(cornerVertex);
        }
        {
            Node& l = layerElement(g, "LayerElementMaterial", "", "AllSame", "IndexToDirect", layerTypes);
            l.child("Materials").addArray(std::vector<int32_t>{0});
        }
        Node& layer = g.child("Layer").add(int32_t(0));
        layer.child("Version").add(int32_t(100));
        for (const std::string& type : layerTypes) {
            Node& e = layer.child("LayerElement");
            e.child("Type").add(type);
            e.child("TypedIndex").add(int32_t(0));
        }
        return id;
    }

    static Node& layerElement(Node& geometry, const char* type, const char* name, const char* mapping,
                              const char* reference, std::vector<std::string>& layerTypes) {
        Node& l = geometry.child(type).add(int32_t(0));
        l.child("Version").add(int32_t(101));
        l.child("Name").add(name);   // Blender requires a Name on every layer element
        l.child("MappingInformationType").add(mapping);
        l.child("ReferenceInformationType").add(reference);
        layerTypes.emplace_back(type);
        return l;
    }

    int64_t addMaterial() {
        const ExportMaterial& mat = m_asset.material;
        const int64_t id = newObject("Material", objectName(cleanName(mat.name, "Skin"), "Material"), "");
        Node& n = lastObject();
        n.child("Version").add(int32_t(102));
        n.child("ShadingModel").add("Phong");
        n.child("MultiLayer").add(int32_t(0));
        Node& p = n.child("Properties70");
        pString(p, "ShadingModel", "Phong");
        pColor(p, "DiffuseColor", mat.baseColorFactor[0], mat.baseColorFactor[1], mat.baseColorFactor[2]);
        pNumber(p, "DiffuseFactor", 1.0);
        pColor(p, "SpecularColor", 1.0, 1.0, 1.0);
        // Blender maps SpecularFactor * 2 to Principled "Specular": 0.25 -> 0.5, a
        // dielectric's 4 % reflectance.
        pNumber(p, "SpecularFactor", 0.25);
        // Blender's roughness = 1 - sqrt(Shininess) / 10, inverted here.
        const double shininess = std::pow(10.0 * (1.0 - std::clamp(static_cast<double>(mat.roughness), 0.0, 1.0)), 2.0);
        pNumber(p, "Shininess", shininess);
        pNumber(p, "ShininessExponent", shininess);
        pNumber(p, "ReflectionFactor", mat.metallic);   // Blender reads it as metallic
        pColor(p, "EmissiveColor", 0, 0, 0);
        pNumber(p, "EmissiveFactor", 0.0);
        pNumber(p, "BumpFactor", 1.0);

        // Textures. The metallic-roughness image has no Phong slot and is not linked.
        const std::pair<int, const char*> slots[] = {
            {mat.baseColorImage, "DiffuseColor"}, {mat.normalImage, "NormalMap"}, {mat.specularImage, "SpecularColor"}};
        for (const auto& [image, slot] : slots)
            if (image >= 0) connectProperty(addTexture(image), id, slot);
        return id;
    }

    int64_t addTexture(int image) {
        const ExportImage& im = m_asset.images[static_cast<size_t>(image)];
        const int64_t id = newObject("Texture", objectName(im.fileName, "Texture"), "");
        Node& n = lastObject();
        n.child("Type").add("TextureVideoClip");
        n.child("Version").add(int32_t(202));
        n.child("TextureName").add(objectName(im.fileName, "Texture"));
        Node& p = n.child("Properties70");
        pBool(p, "UseMaterial", true);
        n.child("Media").add(objectName(im.fileName, "Video"));
        n.child("FileName").add(im.fileName);
        n.child("RelativeFilename").add(im.fileName);
        n.child("ModelUVTranslation").add(0.0).add(0.0);
        n.child("ModelUVScaling").add(1.0).add(1.0);
        n.child("Texture_Alpha_Source").add("None");
        n.child("Cropping").add(int32_t(0)).add(int32_t(0)).add(int32_t(0)).add(int32_t(0));

        auto video = m_videos.find(image);
        if (video == m_videos.end()) video = m_videos.emplace(image, addVideo(im)).first;
        connect(video->second, id);
        return id;
    }

    int64_t addVideo(const ExportImage& im) {
        const int64_t id = newObject("Video", objectName(im.fileName, "Video"), "Clip");
        Node& n = lastObject();
        n.child("Type").add("Clip");
        Node& p = n.child("Properties70");
        prop(p, "Path", "KString", "XRefUrl", "").add(im.fileName);
        n.child("UseMipMap").add(int32_t(0));
        n.child("Filename").add(im.fileName);
        n.child("RelativeFilename").add(im.fileName);
        if (m_options.embedTextures) n.child("Content").addRaw(im.bytes);
        return id;
    }

    int64_t addChannel(size_t k) {
        const ExportMorphTarget& t = m_asset.mesh.morphTargets[k];
        const int64_t id = newObject("Deformer", objectName(cleanName(t.name, "Shape"), "SubDeformer"), "BlendShapeChannel");
        Node& n = lastObject();
        n.child("Version").add(int32_t(100));
        n.child("DeformPercent").add(static_cast<double>(m_asset.mesh.morphWeights[k]) * 100.0);
        // One full weight per Shape of the channel (we have no in-betweens).
        n.child("FullWeights").addArray(std::vector<double>{100.0});
        return id;
    }

    int64_t addShape(size_t k) {
        const ExportMorphTarget& t = m_asset.mesh.morphTargets[k];
        const int64_t id = newObject("Geometry", objectName(cleanName(t.name, "Shape"), "Geometry"), "Shape");
        Node& n = lastObject();
        n.child("Version").add(int32_t(100));
        // Only the vertices the target moves (offsets from the base shape).
        std::vector<int32_t> indexes;
        std::vector<double> deltas, normalDeltas;
        const size_t vertexCount = t.positionDeltas.size() / 3;
        for (size_t v = 0; v < vertexCount; ++v) {
            bool moves = false;
            for (size_t j = 0; j < 3; ++j)
                moves = moves || t.positionDeltas[3 * v + j] != 0 || (!t.normalDeltas.empty() && t.normalDeltas[3 * v + j] != 0);
            if (!moves) continue;
            indexes.push_back(static_cast<int32_t>(v));
            for (size_t j = 0; j < 3; ++j) {
                deltas.push_back(toFile(t.positionDeltas[3 * v + j]));
                normalDeltas.push_back(t.normalDeltas.empty() ? 0.0 : static_cast<double>(t.normalDeltas[3 * v + j]));
            }
        }
        if (indexes.empty()) {
            // An empty shape trips Blender (it expects one full weight per index):
            // keep vertex 0 with a zero offset.
            indexes.push_back(0);
            deltas.assign(3, 0.0);
            normalDeltas.assign(3, 0.0);
        }
        n.child("Indexes").addArray(indexes);
        n.child("Vertices").addArray(deltas);
        n.child("Normals").addArray(normalDeltas);   // Assimp requires them
        return id;
    }

    void addAnimation(const ExportAnimation& anim, const std::vector<int64_t>& channels) {
        const std::string name = cleanName(anim.name, "Expression");
        const size_t frames = anim.weights.size();
        m_animationEnd = frameTime(frames - 1, anim.framesPerSecond);
        std::vector<int64_t> times(frames);
        for (size_t f = 0; f < frames; ++f) times[f] = frameTime(f, anim.framesPerSecond);

        const int64_t stack = newObject("AnimationStack", objectName(name, "AnimStack"), "");
        Node& p = lastObject().child("Properties70");
        pTime(p, "LocalStart", 0);
        pTime(p, "LocalStop", m_animationEnd);
        pTime(p, "ReferenceStart", 0);
        pTime(p, "ReferenceStop", m_animationEnd);
        const int64_t layer = newObject("AnimationLayer", objectName(name, "AnimLayer"), "");
        lastObject().keepScope();
        connect(layer, stack);

        for (size_t k = 0; k < channels.size(); ++k) {
            const int64_t node = newObject("AnimationCurveNode", objectName("DeformPercent", "AnimCurveNode"), "");
            pNumber(lastObject().child("Properties70"), "d|DeformPercent",
                    static_cast<double>(m_asset.mesh.morphWeights[k]) * 100.0);
            connect(node, layer);
            connectProperty(node, channels[k], "DeformPercent");

            const int64_t curve = newObject("AnimationCurve", objectName("", "AnimCurve"), "");
            Node& c = lastObject();
            std::vector<float> values(frames);
            for (size_t f = 0; f < frames; ++f) values[f] = anim.weights[f][k] * 100.0f;
            c.child("Default").add(static_cast<double>(values.front()));
            c.child("KeyVer").add(int32_t(4008));
            c.child("KeyTime").addArray(times);
            c.child("KeyValueFloat").addArray(values);
            // One attribute block shared by all keys: linear interpolation.
            c.child("KeyAttrFlags").addArray(std::vector<int32_t>{0x4});
            c.child("KeyAttrDataFloat").addArray(std::vector<float>{0, 0, 0, 0});
            c.child("KeyAttrRefCount").addArray(std::vector<int32_t>{static_cast<int32_t>(frames)});
            connectProperty(curve, node, "d|DeformPercent");
        }
    }

    Node headerExtension() const {
        Node h("FBXHeaderExtension");
        h.child("FBXHeaderVersion").add(int32_t(1003));
        h.child("FBXVersion").add(int32_t(7400));
        h.child("EncryptionType").add(int32_t(0));
        const std::time_t now = std::time(nullptr);
        std::tm utc{};
        gmtime_r(&now, &utc);
        Node& t = h.child("CreationTimeStamp");
        t.child("Version").add(int32_t(1000));
        t.child("Year").add(int32_t(utc.tm_year + 1900));
        t.child("Month").add(int32_t(utc.tm_mon + 1));
        t.child("Day").add(int32_t(utc.tm_mday));
        t.child("Hour").add(int32_t(utc.tm_hour));
        t.child("Minute").add(int32_t(utc.tm_min));
        t.child("Second").add(int32_t(utc.tm_sec));
        t.child("Millisecond").add(int32_t(0));
        h.child("Creator").add(creator());
        return h;
    }

    Node globalSettings() const {
        Node g("GlobalSettings");
        g.child("Version").add(int32_t(1000));
        Node& p = g.child("Properties70");
        // Y up, +Z toward the viewer, +X right: Likeness model space as it is.
        pInt(p, "UpAxis", 1);
        pInt(p, "UpAxisSign", 1);
        pInt(p, "FrontAxis", 2);
        pInt(p, "FrontAxisSign", 1);
        pInt(p, "CoordAxis", 0);
        pInt(p, "CoordAxisSign", 1);
        pInt(p, "OriginalUpAxis", 1);
        pInt(p, "OriginalUpAxisSign", 1);
        pDouble(p, "UnitScaleFactor", unitScaleFactor());
        pDouble(p, "OriginalUnitScaleFactor", unitScaleFactor());
        pColorRGB(p, "AmbientColor", 0, 0, 0);
        pString(p, "DefaultCamera", "Producer Perspective");
        const double fps = m_asset.animations.empty() ? 30.0 : m_asset.animations.front().framesPerSecond;
        pEnum(p, "TimeMode", timeMode(fps));
        pEnum(p, "TimeProtocol", 2);
        pEnum(p, "SnapOnFrameMode", 0);
        pTime(p, "TimeSpanStart", 0);
        pTime(p, "TimeSpanStop", m_animationEnd);
        pDouble(p, "CustomFrameRate", fps);
        pInt(p, "CurrentTimeMarker", -1);
        return g;
    }

    std::string stackName() const {
        return m_asset.animations.empty() || m_asset.mesh.morphTargets.empty()
                   ? std::string()
                   : cleanName(m_asset.animations.front().name, "Expression");
    }

    Node documents() {
        Node d("Documents");
        d.child("Count").add(int32_t(1));
        Node& doc = d.child("Document").add(m_nextId++).add("").add("Scene");
        Node& p = doc.child("Properties70");
        prop(p, "SourceObject", "object", "", "");
        pString(p, "ActiveAnimStackName", stackName());
        doc.child("RootNode").add(int64_t(0));
        return d;
    }

    // Object type counts and property templates (the defaults readers fall back on).
    Node definitions() const {
        Node d("Definitions");
        d.child("Version").add(int32_t(100));
        int total = 1;
        for (const auto& [type, count] : m_typeCounts) total += count;
        d.child("Count").add(int32_t(total));
        d.child("ObjectType").add("GlobalSettings").child("Count").add(int32_t(1));
        for (const auto& [type, count] : m_typeCounts) {
            Node& t = d.child("ObjectType").add(type);
            t.child("Count").add(int32_t(count));
            addTemplate(t, type);
        }
        return d;
    }

    static void addTemplate(Node& objectType, const std::string& type) {
        if (type == "Model") {
            Node& p = objectType.child("PropertyTemplate").add("FbxNode").child("Properties70");
            pEnum(p, "QuaternionInterpolate", 0);
            pEnum(p, "RotationOrder", 0);
            pEnum(p, "InheritType", 0);
            pVector(p, "Lcl Translation", "Lcl Translation", "", 0, 0, 0);
            pVector(p, "Lcl Rotation", "Lcl Rotation", "", 0, 0, 0);
            pVector(p, "Lcl Scaling", "Lcl Scaling", "", 1, 1, 1);
            prop(p, "Visibility", "Visibility", "", "A").add(1.0);
        } else if (type == "Geometry") {
            Node& p = objectType.child("PropertyTemplate").add("FbxMesh").child("Properties70");
            pColorRGB(p, "Color", 0.8, 0.8, 0.8);
            pBool(p, "Primary Visibility", true);
            pBool(p, "Casts Shadows", true);
            pBool(p, "Receive Shadows", true);
        } else if (type == "Material") {
            Node& p = objectType.child("PropertyTemplate").add("FbxSurfacePhong").child("Properties70");
            pString(p, "ShadingModel", "Phong");
            pBool(p, "MultiLayer", false);
            pColor(p, "EmissiveColor", 0, 0, 0);
            pNumber(p, "EmissiveFactor", 1);
            pColor(p, "AmbientColor", 0.2, 0.2, 0.2);
            pNumber(p, "AmbientFactor", 1);
            pColor(p, "DiffuseColor", 0.8, 0.8, 0.8);
            pNumber(p, "DiffuseFactor", 1);
            pColor(p, "TransparentColor", 0, 0, 0);
            pNumber(p, "TransparencyFactor", 0);
            pNumber(p, "BumpFactor", 1);
            pColor(p, "SpecularColor", 0.2, 0.2, 0.2);
            pNumber(p, "SpecularFactor", 1);
            pNumber(p, "Shininess", 20);
            pNumber(p, "ShininessExponent", 20);
            pColor(p, "ReflectionColor", 0, 0, 0);
            pNumber(p, "ReflectionFactor", 1);
        } else if (type == "Texture") {
            Node& p = objectType.child("PropertyTemplate").add("FbxFileTexture").child("Properties70");
            pEnum(p, "TextureTypeUse", 0);
            pEnum(p, "WrapModeU", 0);
            pEnum(p, "WrapModeV", 0);
            pVector(p, "Translation", "Vector", "", 0, 0, 0);
            pVector(p, "Rotation", "Vector", "", 0, 0, 0);
            pVector(p, "Scaling", "Vector", "", 1, 1, 1);
            pBool(p, "UseMaterial", false);
            pString(p, "UVSet", "default");
        } else if (type == "Video") {
            Node& p = objectType.child("PropertyTemplate").add("FbxVideo").child("Properties70");
            prop(p, "Path", "KString", "XRefUrl", "").add("");
        } else if (type == "AnimationStack") {
            Node& p = objectType.child("PropertyTemplate").add("FbxAnimStack").child("Properties70");
            pString(p, "Description", "");
            pTime(p, "LocalStart", 0);
            pTime(p, "LocalStop", 0);
            pTime(p, "ReferenceStart", 0);
            pTime(p, "ReferenceStop", 0);
        } else if (type == "AnimationLayer") {
            Node& p = objectType.child("PropertyTemplate").add("FbxAnimLayer").child("Properties70");
            pNumber(p, "Weight", 100);
            pBool(p, "Mute", false);
            pBool(p, "Solo", false);
            pBool(p, "Lock", false);
            pEnum(p, "BlendMode", 0);
        }
    }

    Node takes() const {
        Node t("Takes");
        const std::string name = stackName();
        t.child("Current").add(name);
        if (!name.empty()) {
            Node& take = t.child("Take").add(name);
            take.child("FileName").add(name + ".tak");
            take.child("LocalTime").add(int64_t(0)).add(m_animationEnd);
            take.child("ReferenceTime").add(int64_t(0)).add(m_animationEnd);
        }
        return t;
    }
};

} // namespace

void writeFbx(const std::string& path, const ExportAsset& asset, const FbxWriteOptions& options) {
    options.validate();
    validateExportAsset(asset);
    namespace fs = std::filesystem;
    const fs::path target(path);
    if (path.empty() || !target.has_filename()) throw InputError("FBX export: '" + path + "' is not a file path.");
    for (const ExportImage& im : asset.images)
        if (!options.embedTextures && im.fileName == target.filename().string())
            throw InputError("FBX export to " + path + ": the image " + im.fileName + " would overwrite the FBX file.");

    // Everything is built in memory first: a refused asset writes nothing.
    const std::string bytes = SceneBuilder(asset, options).build();
    try {
        // Textures first, so the .fbx never refers to files that are not there.
        if (!options.embedTextures)
            for (const ExportImage& im : asset.images)
                writeFileAtomically((target.parent_path() / im.fileName).string(), im.bytes.data(), im.bytes.size());
        writeFileAtomically(path, bytes);
    } catch (const InputError& e) {
        throw InputError("FBX export to " + path + " failed: " + e.what());
    }
}

} // namespace likeness
