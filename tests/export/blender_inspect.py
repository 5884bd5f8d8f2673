# Imports one .fbx / .glb / .gltf into an empty Blender scene and prints what
# Blender made of it as one JSON line prefixed "LIKENESS_JSON " (Blender prints
# plenty of its own output around it).
#
#   blender -b --factory-startup --python tests/export/blender_inspect.py -- FILE [--key NAME]
#
# Lengths are Blender units in world space (metres after the importer's unit
# conversion). With --key NAME, "key" reports that shape key's displacement at
# full weight: the largest of any vertex and the one of the lowest (min world z)
# vertex of the basis.
import json
import os
import sys
import traceback

import bpy

# Debian 12's Blender 3.4 glTF importer uses numpy.bool, which numpy 1.24 removed:
# restore the alias (the builtin it always meant) so the importer runs.
try:
    import numpy as np
    if not hasattr(np, "bool"):
        np.bool = bool
except ImportError:
    pass


def arguments():
    argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    path, key = None, None
    i = 0
    while i < len(argv):
        if argv[i] == "--key" and i + 1 < len(argv):
            key = argv[i + 1]
            i += 2
        else:
            path = argv[i]
            i += 1
    return path, key


def world_bbox(obj):
    mw = obj.matrix_world
    cos = [mw @ v.co for v in obj.data.vertices]
    if not cos:
        return None
    return {"min": [min(c[j] for c in cos) for j in range(3)], "max": [max(c[j] for c in cos) for j in range(3)]}


def key_report(obj, name):
    keys = obj.data.shape_keys
    if keys is None or name not in keys.key_blocks:
        return None
    kb = keys.key_blocks[name]
    basis = kb.relative_key
    mw = obj.matrix_world
    moves = []
    for i in range(len(kb.data)):
        a = mw @ basis.data[i].co
        b = mw @ kb.data[i].co
        moves.append((a, b - a))
    largest = max(moves, key=lambda m: m[1].length)
    lowest = min(moves, key=lambda m: m[0].z)
    return {
        "name": name,
        "relative_to": basis.name,
        "value": kb.value,
        "max_displacement": largest[1].length,
        "lowest_vertex": list(lowest[0]),
        "lowest_displacement": list(lowest[1]),
    }


def mesh_report(obj, key):
    me = obj.data
    keys = me.shape_keys
    return {
        "name": obj.name,
        "vertices": len(me.vertices),
        "polygons": len(me.polygons),
        "dimensions": list(obj.dimensions),
        "world_bbox": world_bbox(obj),
        "shape_keys": [kb.name for kb in keys.key_blocks] if keys else [],
        "materials": [m.name for m in me.materials if m],
        "uv_layers": [uv.name for uv in me.uv_layers],
        "key": key_report(obj, key) if key else None,
    }


def main():
    path, key = arguments()
    result = {"file": path}
    try:
        if not path:
            raise RuntimeError("usage: blender -b --python blender_inspect.py -- FILE [--key NAME]")
        bpy.ops.wm.read_factory_settings(use_empty=True)
        ext = os.path.splitext(path)[1].lower()
        if ext == ".fbx":
            status = bpy.ops.import_scene.fbx(filepath=path)
        elif ext in (".glb", ".gltf"):
            status = bpy.ops.import_scene.gltf(filepath=path)
        else:
            raise RuntimeError("not an .fbx, .glb or .gltf file: " + path)
        result["status"] = sorted(status)
        result["meshes"] = [mesh_report(o, key) for o in bpy.data.objects if o.type == 'MESH']
        result["images"] = [{"name": im.name, "filepath": im.filepath, "packed": im.packed_file is not None,
                             "size": list(im.size)} for im in bpy.data.images if im.source == 'FILE']
        result["actions"] = [{"name": a.name, "fcurves": len(a.fcurves), "frame_range": list(a.frame_range)}
                             for a in bpy.data.actions]
        result["fps"] = bpy.context.scene.render.fps / bpy.context.scene.render.fps_base
    except Exception as e:  # report instead of dying: the test shows the message
        result["error"] = "%s: %s" % (type(e).__name__, e)
        result["traceback"] = traceback.format_exc()
    print("LIKENESS_JSON " + json.dumps(result))
    sys.stdout.flush()


main()
