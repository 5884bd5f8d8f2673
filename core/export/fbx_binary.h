#pragma once
// A tiny node tree for binary FBX and its serializer (FBX 7.4 binary layout:
// 32-bit record offsets, 13-byte null records, little-endian values). Knows
// nothing about scenes; fbx_writer.cpp builds the tree.
//
// A record is: uint32 end offset, uint32 property count, uint32 property bytes,
// uint8 name length, name, the properties (a type code, then the value), the
// child records and, when there are children (or neither properties nor
// children), a 13-byte null record closing the scope.
#include <cstdint>
#include <list>
#include <string>
#include <vector>

namespace likeness::fbx {

/// One typed property value, already encoded (type code + little-endian payload).
struct Property {
    char type = 0;          // FBX type code: C I L F D S R, arrays i l f d
    std::string payload;    // the bytes that follow the type code
};

/// A record with its properties and child records. Children live in a list so
/// that references returned by child() stay valid while siblings are added.
class Node {
public:
    explicit Node(std::string name) : m_name(std::move(name)) {}

    const std::string& name() const { return m_name; }
    const std::vector<Property>& properties() const { return m_props; }
    const std::list<Node>& children() const { return m_children; }

    /// Appends a child record and returns it.
    Node& child(const std::string& name);

    /// Closes this record with a null record even without children ("Name: x {}"):
    /// some readers (Assimp) require a scope on e.g. AnimationLayer.
    Node& keepScope() {
        m_keepScope = true;
        return *this;
    }
    bool keepsScope() const { return m_keepScope; }

    // Scalar properties (returning *this, so calls chain).
    Node& add(bool value);             // 'C'
    Node& add(int32_t value);          // 'I'
    Node& add(int64_t value);          // 'L'
    Node& add(float value);            // 'F'
    Node& add(double value);           // 'D'
    Node& add(const std::string& value);   // 'S' (may hold NUL bytes: "name\0\1Class")
    Node& add(const char* value);      // 'S'
    Node& addRaw(const std::vector<unsigned char>& bytes);   // 'R'

    // Array properties: zlib-deflated (encoding 1) from 128 bytes on, else raw (encoding 0).
    Node& addArray(const std::vector<int32_t>& values);    // 'i'
    Node& addArray(const std::vector<int64_t>& values);    // 'l'
    Node& addArray(const std::vector<float>& values);      // 'f'
    Node& addArray(const std::vector<double>& values);     // 'd'

private:
    std::string m_name;
    std::vector<Property> m_props;
    std::list<Node> m_children;
    bool m_keepScope = false;
};

/// The whole file: header ("Kaydara FBX Binary  \0\x1a\0", version), the
/// top-level records, the closing null record and the standard footer.
/// Throws InputError when the file would not fit 32-bit offsets.
std::string serializeBinary(const std::list<Node>& topLevel, uint32_t version = 7400);

/// The top-level FileId / CreationTime values that go with the footer code
/// serializeBinary() writes (readers that check the footer expect this pair;
/// Blender's and Assimp's FBX writers use the same fixed values).
std::vector<unsigned char> fileId();
std::string creationTime();

/// "name\0\1Class": how binary FBX spells an object's name with its class.
std::string objectName(const std::string& name, const std::string& cls);

} // namespace likeness::fbx
