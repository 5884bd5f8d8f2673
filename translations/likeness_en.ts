<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Likeness face-capture studio.</source>
        <translation>Likeness face-capture studio.</translation>
    </message>
    <message>
        <source>User-interface language, e.g. en or de (default: system).</source>
        <translation>User-interface language, e.g. en or de (default: system).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Run the face analysis on cpu or cuda (default: cpu).</source>
        <translation>Run the face analysis on cpu or cuda (default: cpu).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>Open IMAGE, wait for the analysis, save the window to OUT.png and quit.</source>
        <translation>Open IMAGE, wait for the analysis, save the window to OUT.png and quit.</translation>
    </message>
    <message>
        <source>Photo to open.</source>
        <translation>Photo to open.</translation>
    </message>
    <message>
        <source>--device must be cpu or cuda.</source>
        <translation>--device must be cpu or cuda.</translation>
    </message>
    <message>
        <source>--screenshot OUT.png needs exactly one IMAGE.</source>
        <translation>--screenshot OUT.png needs exactly one IMAGE.</translation>
    </message>
    <message>
        <source>With --screenshot: fit the face with N iterations first.</source>
        <translation>With --screenshot: fit the face with N iterations first.</translation>
    </message>
    <message>
        <source>--screenshot-fit N needs --screenshot and a positive N.</source>
        <translation>--screenshot-fit N needs --screenshot and a positive N.</translation>
    </message>
    <message>
        <source>With --screenshot-fit: show the photo (default) or the 3d view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-view must be photo or 3d, with --screenshot-fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFormats</name>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>likeness::ui::AnalysisWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::BusyIndicator</name>
    <message>
        <source>Face analysis is running in the background</source>
        <translation>Face analysis is running in the background</translation>
    </message>
</context>
<context>
    <name>likeness::ui::CapturePanel</name>
    <message>
        <source>The subject&apos;s photos. Click one to show it; drag to reorder; drop photos here to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected photo from the set (the file stays on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the photos or the image on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected photo one place earlier in the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected photo one place later in the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several faces were found in this photo: choose the subject&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the analysis found in the selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the last photos you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet: add some, drop them here or paste them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found in this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added; not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s image is too large (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the pasted image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no photos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExportController</name>
    <message>
        <source>Building the asset: rig, normals and texture maps…</source>
        <translation>Building the asset: rig, normals and texture maps…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF binary (.glb)</translation>
    </message>
    <message>
        <source>glTF (.gltf)</source>
        <translation>glTF (.gltf)</translation>
    </message>
    <message>
        <source>FBX</source>
        <translation>FBX</translation>
    </message>
    <message>
        <source>OBJ</source>
        <translation>OBJ</translation>
    </message>
    <message>
        <source>PLY</source>
        <translation>PLY</translation>
    </message>
    <message>
        <source>Live Link CSV</source>
        <translation>Live Link CSV</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Building the watertight solid (marching cubes)…</source>
        <translation>Building the watertight solid (marching cubes)…</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExportDialog</name>
    <message>
        <source>Export Face</source>
        <translation>Export Face</translation>
    </message>
    <message>
        <source>The folder the files are written to (created when missing)</source>
        <translation>The folder the files are written to (created when missing)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <source>The name of the files without extension: face.glb, face.fbx, face_albedo.png, …</source>
        <translation>The name of the files without extension: face.glb, face.fbx, face_albedo.png, …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF binary (.glb)</translation>
    </message>
    <message>
        <source>glTF (.gltf)</source>
        <translation>glTF (.gltf)</translation>
    </message>
    <message>
        <source>FBX</source>
        <translation>FBX</translation>
    </message>
    <message>
        <source>OBJ</source>
        <translation>OBJ</translation>
    </message>
    <message>
        <source>PLY</source>
        <translation>PLY</translation>
    </message>
    <message>
        <source>Live Link CSV</source>
        <translation>Live Link CSV</translation>
    </message>
    <message>
        <source>One self-contained file with the mesh, the 52 blendshapes and the textures, in metres (Blender, Unity, Unreal, three.js)</source>
        <translation>One self-contained file with the mesh, the 52 blendshapes and the textures, in metres (Blender, Unity, Unreal, three.js)</translation>
    </message>
    <message>
        <source>glTF as JSON with a .bin buffer and the textures beside it, in metres</source>
        <translation>glTF as JSON with a .bin buffer and the textures beside it, in metres</translation>
    </message>
    <message>
        <source>Binary FBX 7.4 with the blendshapes and the textures beside it, in centimetres (Maya, 3ds Max, Unreal, Unity)</source>
        <translation>Binary FBX 7.4 with the blendshapes and the textures beside it, in centimetres (Maya, 3ds Max, Unreal, Unity)</translation>
    </message>
    <message>
        <source>Wavefront OBJ with a material file and the textures beside it; no blendshapes</source>
        <translation>Wavefront OBJ with a material file and the textures beside it; no blendshapes</translation>
    </message>
    <message>
        <source>Stanford PLY (binary): the mesh with normals and UVs; no blendshapes</source>
        <translation>Stanford PLY (binary): the mesh with normals and UVs; no blendshapes</translation>
    </message>
    <message>
        <source>The expression weights as a Live Link Face take (&lt;name&gt;_animation.csv): one frame per photo</source>
        <translation>The expression weights as a Live Link Face take (&lt;name&gt;_animation.csv): one frame per photo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>The fit&apos;s own mesh</source>
        <translation>The fit&apos;s own mesh</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>One Loop subdivision more: four times the triangles, a smooth, limit-like surface</source>
        <translation>One Loop subdivision more: four times the triangles, a smooth, limit-like surface</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>The working mesh with a neutral expression (every blendshape weight at zero)</source>
        <translation>The working mesh with a neutral expression (every blendshape weight at zero)</translation>
    </message>
    <message>
        <source>Which mesh to export: the fit&apos;s own (working), one subdivision finer (high), or the working mesh with a neutral expression</source>
        <translation>Which mesh to export: the fit&apos;s own (working), one subdivision finer (high), or the working mesh with a neutral expression</translation>
    </message>
    <message>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <source>The side of every texture map (colour, normal, roughness) in pixels</source>
        <translation>The side of every texture map (colour, normal, roughness) in pixels</translation>
    </message>
    <message>
        <source>Millimetres (mm)</source>
        <translation>Millimetres (mm)</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Centimetres (cm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>Metres (m)</translation>
    </message>
    <message>
        <source>The length unit of the OBJ and PLY coordinates</source>
        <translation>The length unit of the OBJ and PLY coordinates</translation>
    </message>
    <message>
        <source>glTF is always in metres, FBX in centimetres.</source>
        <translation>glTF is always in metres, FBX in centimetres.</translation>
    </message>
    <message>
        <source>The subject&apos;s own 52 ARKit morph targets (glTF, FBX), ready for Live Link Face; off bakes the photo&apos;s expression into the shape</source>
        <translation>The subject&apos;s own 52 ARKit morph targets (glTF, FBX), ready for Live Link Face; off bakes the photo&apos;s expression into the shape</translation>
    </message>
    <message>
        <source>&amp;Vertex colours (OBJ/PLY)</source>
        <translation>&amp;Vertex colours (OBJ/PLY)</translation>
    </message>
    <message>
        <source>Also write the skin colour per vertex into the OBJ and PLY files</source>
        <translation>Also write the skin colour per vertex into the OBJ and PLY files</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Map resolution:</source>
        <translation>&amp;Map resolution:</translation>
    </message>
    <message>
        <source>&amp;Units (OBJ/PLY):</source>
        <translation>&amp;Units (OBJ/PLY):</translation>
    </message>
    <message>
        <source>&amp;Watertight solid (3D printing)</source>
        <translation>&amp;Watertight solid (3D printing)</translation>
    </message>
    <message>
        <source>Also write a closed, manifold solid made by marching cubes, for 3D printing and sculpting: &lt;name&gt;_watertight.&lt;format&gt;</source>
        <translation>Also write a closed, manifold solid made by marching cubes, for 3D printing and sculpting: &lt;name&gt;_watertight.&lt;format&gt;</translation>
    </message>
    <message>
        <source>Fused from all views</source>
        <translation>Fused from all views</translation>
    </message>
    <message>
        <source>The whole reconstructed surface, fused from all views</source>
        <translation>The whole reconstructed surface, fused from all views</translation>
    </message>
    <message>
        <source>From the depth of this photo</source>
        <translation>From the depth of this photo</translation>
    </message>
    <message>
        <source>Only what the photo&apos;s camera sees (its depth map)</source>
        <translation>Only what the photo&apos;s camera sees (its depth map)</translation>
    </message>
    <message>
        <source>Which surface is closed into the solid</source>
        <translation>Which surface is closed into the solid</translation>
    </message>
    <message>
        <source> cells</source>
        <translation> cells</translation>
    </message>
    <message>
        <source>Marching-cubes cells across the longest side of the solid: more cells keep finer detail and take more time and memory</source>
        <translation>Marching-cubes cells across the longest side of the solid: more cells keep finer detail and take more time and memory</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Simplify the solid to about this many triangles (quadric decimation); Off keeps every marching-cubes triangle</source>
        <translation>Simplify the solid to about this many triangles (quadric decimation); Off keeps every marching-cubes triangle</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Decimate to (triangles):</source>
        <translation>&amp;Decimate to (triangles):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Choose the output folder.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>Enter a file name.</translation>
    </message>
    <message>
        <source>The file name must be a plain name: no folders, no /, \ or :.</source>
        <translation>The file name must be a plain name: no folders, no /, \ or :.</translation>
    </message>
    <message>
        <source>Check at least one format.</source>
        <translation>Check at least one format.</translation>
    </message>
    <message>
        <source>Decimate the watertight solid to at least %1 triangles, or choose Off.</source>
        <translation>Decimate the watertight solid to at least %1 triangles, or choose Off.</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Write the files</translation>
    </message>
    <message>
        <source>Replaces %1 in this folder.</source>
        <translation>Replaces %1 in this folder.</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Export Folder</translation>
    </message>
    <message>
        <source>&amp;Include the 52 ARKit blendshapes</source>
        <translation>&amp;Include the 52 ARKit blendshapes</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExportWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExpressionPanel</name>
    <message>
        <source>Brows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the ARKit blendshape &quot;%1&quot; (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every blendshape weight to zero (the neutral face)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the expression fitted to the first photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a face to pose its expression rig here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression &quot;%1&quot; is not a known blendshape weight in 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted Expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::FaceViewport</name>
    <message>
        <source>3D view: drag to orbit, Shift+drag or right-drag to pan, wheel to zoom, F to frame the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is not available on this display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL 3.3; this display offers %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no face to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A still must be 1 to 8192 pixels on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a %1 x %2 framebuffer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::FacesPanel</name>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Yaw</source>
        <translation>Yaw</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Face number, largest face first</source>
        <translation>Face number, largest face first</translation>
    </message>
    <message>
        <source>Detector confidence (0-1)</source>
        <translation>Detector confidence (0-1)</translation>
    </message>
    <message>
        <source>Landmark model&apos;s confidence that this is a face (0-1)</source>
        <translation>Landmark model&apos;s confidence that this is a face (0-1)</translation>
    </message>
    <message>
        <source>Head turn in degrees; positive turns toward the image&apos;s right</source>
        <translation>Head turn in degrees; positive turns toward the image&apos;s right</translation>
    </message>
    <message>
        <source>Head tilt in degrees; positive tilts the chin down</source>
        <translation>Head tilt in degrees; positive tilts the chin down</translation>
    </message>
    <message>
        <source>Head roll in degrees; positive rotates clockwise in the image</source>
        <translation>Head roll in degrees; positive rotates clockwise in the image</translation>
    </message>
    <message>
        <source>Number of landmarks (478 with irises)</source>
        <translation>Number of landmarks (478 with irises)</translation>
    </message>
    <message>
        <source>Select a face to highlight it; double-click to zoom onto it</source>
        <translation>Select a face to highlight it; double-click to zoom onto it</translation>
    </message>
    <message>
        <source>No photo open.</source>
        <translation>No photo open.</translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation>No face found.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found.</source>
        <translation>
            <numerusform>%n face found.</numerusform>
            <numerusform>%n faces found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
</context>
<context>
    <name>likeness::ui::FitPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Fit Face</source>
        <translation>&amp;Fit Face</translation>
    </message>
    <message>
        <source>Fit the face model to the selected face: pose, shape, expression, skin colour and light</source>
        <translation>Fit the face model to the selected face: pose, shape, expression, skin colour and light</translation>
    </message>
    <message>
        <source>&amp;Pause Fit</source>
        <translation>&amp;Pause Fit</translation>
    </message>
    <message>
        <source>Pause the fit after the current iteration, or resume it</source>
        <translation>Pause the fit after the current iteration, or resume it</translation>
    </message>
    <message>
        <source>&amp;Cancel Fit</source>
        <translation>&amp;Cancel Fit</translation>
    </message>
    <message>
        <source>%v / %m iterations</source>
        <translation>%v / %m iterations</translation>
    </message>
    <message>
        <source>Iterations done out of the total</source>
        <translation>Iterations done out of the total</translation>
    </message>
    <message>
        <source>Estimated time left, from the speed of the iterations so far (pauses excluded)</source>
        <translation>Estimated time left, from the speed of the iterations so far (pauses excluded)</translation>
    </message>
    <message>
        <source>Select a face and press Fit Face (Ctrl+R).</source>
        <translation>Select a face and press Fit Face (Ctrl+R).</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Structural similarity of the render and the photo inside the face (1 = identical)</source>
        <translation>Structural similarity of the render and the photo inside the face (1 = identical)</translation>
    </message>
    <message>
        <source>Peak signal-to-noise ratio of the render against the photo inside the face, in decibels (higher is better)</source>
        <translation>Peak signal-to-noise ratio of the render against the photo inside the face, in decibels (higher is better)</translation>
    </message>
    <message>
        <source>OK, or why the fit of this photo is less reliable</source>
        <translation>OK, or why the fit of this photo is less reliable</translation>
    </message>
    <message>
        <source>Show fit on photo</source>
        <translation>Show fit on photo</translation>
    </message>
    <message>
        <source>Draw the fitted face over the photo</source>
        <translation>Draw the fitted face over the photo</translation>
    </message>
    <message>
        <source>Wireframe</source>
        <translation>Wireframe</translation>
    </message>
    <message>
        <source>Draw the fitted mesh&apos;s edges on top of the rendered face</source>
        <translation>Draw the fitted mesh&apos;s edges on top of the rendered face</translation>
    </message>
    <message>
        <source>Blend between the photo (left) and the rendered fit (right)</source>
        <translation>Blend between the photo (left) and the rendered fit (right)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacity:</translation>
    </message>
    <message>
        <source>Mesh resolution of the fit (Loop subdivisions of the 468-point face mesh). Finer meshes capture more shape detail and are slower.</source>
        <translation>Mesh resolution of the fit (Loop subdivisions of the 468-point face mesh). Finer meshes capture more shape detail and are slower.</translation>
    </message>
    <message>
        <source>Spherical-harmonics bands of the scene light: 1 = uniform light, 3 = soft directional light (9 coefficients per colour), up to 9 = sharper light.</source>
        <translation>Spherical-harmonics bands of the scene light: 1 = uniform light, 3 = soft directional light (9 coefficients per colour), up to 9 = sharper light.</translation>
    </message>
    <message>
        <source>How strongly the model&apos;s landmarks are pulled onto the 478 detected landmarks. Raise it when the fit drifts off the face outline.</source>
        <translation>How strongly the model&apos;s landmarks are pulled onto the 478 detected landmarks. Raise it when the fit drifts off the face outline.</translation>
    </message>
    <message>
        <source>How strongly the rendered face must match the photo&apos;s colours pixel by pixel. Drives shape detail, skin colour and light.</source>
        <translation>How strongly the rendered face must match the photo&apos;s colours pixel by pixel. Drives shape detail, skin colour and light.</translation>
    </message>
    <message>
        <source>Smoothness of the shape offsets (Laplacian prior). Raise it when the mesh gets bumpy; lower it to allow more detail.</source>
        <translation>Smoothness of the shape offsets (Laplacian prior). Raise it when the mesh gets bumpy; lower it to allow more detail.</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterations:</translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation>&amp;Subdivision:</translation>
    </message>
    <message>
        <source>SH &amp;bands:</source>
        <translation>SH &amp;bands:</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Each weighted loss term per iteration, on a logarithmic scale (terms at zero are drawn at the bottom)</source>
        <translation>Each weighted loss term per iteration, on a logarithmic scale (terms at zero are drawn at the bottom)</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>Fitting…</translation>
    </message>
    <message>
        <source>&amp;Resume Fit</source>
        <translation>&amp;Resume Fit</translation>
    </message>
    <message>
        <source>Preparing the fit…</source>
        <translation>Preparing the fit…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>Fitting… total loss %1</source>
        <translation>Fitting… total loss %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message numerus="yes">
        <source>Fitted in %1: %n iteration(s), %2 vertices.</source>
        <translation>
            <numerusform>Fitted in %1: %n iteration, %2 vertices.</numerusform>
            <numerusform>Fitted in %1: %n iterations, %2 vertices.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fit cannot use this photo or face: %1</source>
        <translation>The fit cannot use this photo or face: %1</translation>
    </message>
    <message>
        <source>Invalid fit settings: %1</source>
        <translation>Invalid fit settings: %1</translation>
    </message>
    <message>
        <source>Assets missing: %1</source>
        <translation>Assets missing: %1</translation>
    </message>
    <message>
        <source>The fit became unstable and stopped (the last good state is shown): %1</source>
        <translation>The fit became unstable and stopped (the last good state is shown): %1</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>The fit failed: %1</translation>
    </message>
    <message>
        <source>Fit cancelled.</source>
        <translation>Fit cancelled.</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarks</translation>
    </message>
    <message>
        <source>Photometric</source>
        <translation>Photometric</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Laplacian</translation>
    </message>
    <message>
        <source>Expression sparsity</source>
        <translation>Expression sparsity</translation>
    </message>
    <message>
        <source>Albedo smoothness</source>
        <translation>Albedo smoothness</translation>
    </message>
    <message>
        <source>Albedo symmetry</source>
        <translation>Albedo symmetry</translation>
    </message>
    <message>
        <source>Light prior</source>
        <translation>Light prior</translation>
    </message>
    <message>
        <source>Focal prior</source>
        <translation>Focal prior</translation>
    </message>
    <message>
        <source>0: 468 vertices</source>
        <translation>0: 468 vertices</translation>
    </message>
    <message>
        <source>1: 1.8k vertices</source>
        <translation>1: 1.8k vertices</translation>
    </message>
    <message>
        <source>2: 7.4k vertices</source>
        <translation>2: 7.4k vertices</translation>
    </message>
    <message>
        <source>3: 29k vertices</source>
        <translation>3: 29k vertices</translation>
    </message>
    <message>
        <source>&amp;Landmarks:</source>
        <translation>&amp;Landmarks:</translation>
    </message>
    <message>
        <source>P&amp;hotometric:</source>
        <translation>P&amp;hotometric:</translation>
    </message>
    <message>
        <source>Lapla&amp;cian:</source>
        <translation>Lapla&amp;cian:</translation>
    </message>
    <message>
        <source>Weighted loss terms (log scale)</source>
        <translation>Weighted loss terms (log scale)</translation>
    </message>
    <message>
        <source>Stop the fit: the stage running is discarded, the stages already finished are kept</source>
        <translation>Stop the fit: the stage running is discarded, the stages already finished are kept</translation>
    </message>
    <message>
        <source>The fit&apos;s current stage: pose, geometry and appearance of the coarse fit, then the medium and fine map stages</source>
        <translation>The fit&apos;s current stage: pose, geometry and appearance of the coarse fit, then the medium and fine map stages</translation>
    </message>
    <message>
        <source>Structural similarity (SSIM, 1 = identical) and peak signal-to-noise ratio (PSNR, dB) of each stage&apos;s render against the first photo, inside the face</source>
        <translation>Structural similarity (SSIM, 1 = identical) and peak signal-to-noise ratio (PSNR, dB) of each stage&apos;s render against the first photo, inside the face</translation>
    </message>
    <message>
        <source>Optimiser steps of the coarse fit over its three phases (pose, geometry, appearance). More iterations fit more closely and take longer.</source>
        <translation>Optimiser steps of the coarse fit over its three phases (pose, geometry, appearance). More iterations fit more closely and take longer.</translation>
    </message>
    <message>
        <source>Coarse</source>
        <translation>Coarse</translation>
    </message>
    <message>
        <source>Coarse + medium</source>
        <translation>Coarse + medium</translation>
    </message>
    <message>
        <source>Coarse + medium + fine</source>
        <translation>Coarse + medium + fine</translation>
    </message>
    <message>
        <source>The stages to run, each after the one before: coarse (shape, expression, skin colour per vertex and light), medium (UV diffuse and specular maps), fine (normal map, diffuse detail and displacement, with self-shadows). The chart and the progress continue through them.</source>
        <translation>The stages to run, each after the one before: coarse (shape, expression, skin colour per vertex and light), medium (UV diffuse and specular maps), fine (normal map, diffuse detail and displacement, with self-shadows). The chart and the progress continue through them.</translation>
    </message>
    <message>
        <source>%1 × %1 texels</source>
        <translation>%1 × %1 texels</translation>
    </message>
    <message>
        <source>Side of the UV maps of the medium and fine stages. Larger maps hold finer detail and take longer and more memory.</source>
        <translation>Side of the UV maps of the medium and fine stages. Larger maps hold finer detail and take longer and more memory.</translation>
    </message>
    <message>
        <source>S&amp;tages:</source>
        <translation>S&amp;tages:</translation>
    </message>
    <message>
        <source>&amp;Map size:</source>
        <translation>&amp;Map size:</translation>
    </message>
    <message>
        <source>%1 %2 / %3 dB</source>
        <translation>%1 %2 / %3 dB</translation>
    </message>
    <message>
        <source>Stages (SSIM / PSNR): %1</source>
        <translation>Stages (SSIM / PSNR): %1</translation>
    </message>
    <message>
        <source>Fit cancelled during the map stages; the coarse fit is kept.</source>
        <translation>Fit cancelled during the map stages; the coarse fit is kept.</translation>
    </message>
    <message>
        <source>Fit cancelled; the finished stages are kept: %1.</source>
        <translation>Fit cancelled; the finished stages are kept: %1.</translation>
    </message>
    <message>
        <source>Map symmetry</source>
        <translation>Map symmetry</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Consistency</translation>
    </message>
    <message>
        <source>Map smoothness</source>
        <translation>Map smoothness</translation>
    </message>
    <message>
        <source>Normal flatness</source>
        <translation>Normal flatness</translation>
    </message>
    <message>
        <source>Skin std</source>
        <translation>Skin std</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>Light colour</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint the face mask: the pixels the fit compares with the photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::FitWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ImageSaving</name>
    <message>
        <source>There is no image to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free file name in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the image as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::LightingPanel</name>
    <message>
        <source>The lighting field “%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported lighting format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown light source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lighting preset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment path is not a valid file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment light must have %1 coefficients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment light has an invalid coefficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key light settings are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lighting field “%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid lighting settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a face first: the lighting edits the light of the reconstruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lighting panel becomes available once a fitted light exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The light estimated by the fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft large key light from the upper front, a fill and ambient light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright lights behind the head from both sides, a dim front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light from straight above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong narrow light from one side, little ambient light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An equirectangular HDR/EXR/PNG environment, projected to SH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base light: the fitted light, a preset or an environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an equirectangular environment (.hdr, .exr, .png, .jpg) as the light (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the light around the head (degrees about the vertical axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the brightness of the light (0 to 4 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tints the light: lower is warmer (red), higher cooler (blue); 6500 K leaves it unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An added directional light (like a studio key light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a key light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a directional light on top of the base light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;zimuth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of the key light around the head: 0° from the camera, positive toward the image&apos;s right, ±180° from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elevation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the key light: 0° level, positive from above, negative from below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key i&amp;ntensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness of the key light (0 to 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the key light: lower is warmer, higher cooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Fitted Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the fit&apos;s light: no rotation, tint, intensity change or key light (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render Still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the relit reconstruction to a PNG image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to fitted light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages about the environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Light Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Light Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Colour Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Key Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Key Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Key Light Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Key Light Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no environment loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished">%1°</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment maps (*.hdr *.exr *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment loaded (%1×%2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::LiveLandmarkRunner</name>
    <message>
        <source>Unknown error in the landmark analysis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a photo and find the faces in it</source>
        <translation>Open a photo and find the faces in it</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>&amp;Analyse Again</translation>
    </message>
    <message>
        <source>Analyse the current photo again</source>
        <translation>Analyse the current photo again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Likeness</source>
        <translation>Quit Likeness</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>Show the landmarks (478 points per face)</source>
        <translation>Show the landmarks (478 points per face)</translation>
    </message>
    <message>
        <source>&amp;Mesh</source>
        <translation>&amp;Mesh</translation>
    </message>
    <message>
        <source>Show the face mesh wireframe</source>
        <translation>Show the face mesh wireframe</translation>
    </message>
    <message>
        <source>&amp;Contours</source>
        <translation>&amp;Contours</translation>
    </message>
    <message>
        <source>Show the lips, eyes, brows, silhouette and irises</source>
        <translation>Show the lips, eyes, brows, silhouette and irises</translation>
    </message>
    <message>
        <source>Detector &amp;Boxes</source>
        <translation>Detector &amp;Boxes</translation>
    </message>
    <message>
        <source>Show the face detector&apos;s boxes</source>
        <translation>Show the face detector&apos;s boxes</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>Fit the whole photo into the window</source>
        <translation>Fit the whole photo into the window</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Show the photo at 100% (one screen pixel per image pixel)</source>
        <translation>Show the photo at 100% (one screen pixel per image pixel)</translation>
    </message>
    <message>
        <source>&amp;About Likeness</source>
        <translation>&amp;About Likeness</translation>
    </message>
    <message>
        <source>Version and licence information</source>
        <translation>Version and licence information</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Overlays</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Faces</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Timings</translation>
    </message>
    <message>
        <source>Show or hide the list of faces</source>
        <translation>Show or hide the list of faces</translation>
    </message>
    <message>
        <source>Show or hide the analysis timings</source>
        <translation>Show or hide the analysis timings</translation>
    </message>
    <message>
        <source>The device the face analysis runs on</source>
        <translation>The device the face analysis runs on</translation>
    </message>
    <message>
        <source>Open a photo to find the faces in it.</source>
        <translation>Open a photo to find the faces in it.</translation>
    </message>
    <message>
        <source>Unavailable: the face topology could not be loaded. %1</source>
        <translation>Unavailable: the face topology could not be loaded. %1</translation>
    </message>
    <message>
        <source>The mesh and contour overlays are unavailable: the face topology could not be loaded.</source>
        <translation>The mesh and contour overlays are unavailable: the face topology could not be loaded.</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analysing %1…</translation>
    </message>
    <message>
        <source>Open Photo</source>
        <translation>Open Photo</translation>
    </message>
    <message>
        <source>About Likeness</source>
        <translation>About Likeness</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Likeness %1&lt;/h3&gt;&lt;p&gt;A face-capture studio: it finds the faces in a photo, their 478 landmarks and head pose, and will reconstruct, rig and export them.&lt;/p&gt;&lt;p&gt;Face models: MediaPipe BlazeFace, FaceMesh and Iris (Apache 2.0) via @vladmandic/human (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Likeness %1&lt;/h3&gt;&lt;p&gt;A face-capture studio: it finds the faces in a photo, their 478 landmarks and head pose, and will reconstruct, rig and export them.&lt;/p&gt;&lt;p&gt;Face models: MediaPipe BlazeFace, FaceMesh and Iris (Apache 2.0) via @vladmandic/human (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No face found in %1.</source>
        <translation>No face found in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found in %1.</source>
        <translation>
            <numerusform>%n face found in %1.</numerusform>
            <numerusform>%n faces found in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>The analysis failed.</translation>
    </message>
    <message>
        <source>Could not analyse %1.</source>
        <translation>Could not analyse %1.</translation>
    </message>
    <message>
        <source>Cannot Open Photo</source>
        <translation>Cannot Open Photo</translation>
    </message>
    <message>
        <source>Face Models Missing</source>
        <translation>Face Models Missing</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <translation>Invalid Settings</translation>
    </message>
    <message>
        <source>Analysis Failed</source>
        <translation>Analysis Failed</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>Device: –</source>
        <translation>Device: –</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>Forget the recently opened photos</source>
        <translation>Forget the recently opened photos</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Likeness</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Choose the language of the user interface</source>
        <translation>Choose the language of the user interface</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>Fa&amp;ce</source>
        <translation>Fa&amp;ce</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show or hide the fit settings, its live loss chart and results</source>
        <translation>Show or hide the fit settings, its live loss chart and results</translation>
    </message>
    <message>
        <source>Open a photo with a face to fit it.</source>
        <translation>Open a photo with a face to fit it.</translation>
    </message>
    <message>
        <source>Select a face in the Faces list to fit it.</source>
        <translation>Select a face in the Faces list to fit it.</translation>
    </message>
    <message>
        <source>Fitting face %1 of %2…</source>
        <translation>Fitting face %1 of %2…</translation>
    </message>
    <message>
        <source>Fit finished in %1 s.</source>
        <translation>Fit finished in %1 s.</translation>
    </message>
    <message>
        <source>Fit finished in %1 s: SSIM %2, PSNR %3 dB.</source>
        <translation>Fit finished in %1 s: SSIM %2, PSNR %3 dB.</translation>
    </message>
    <message>
        <source>The fit failed.</source>
        <translation>The fit failed.</translation>
    </message>
    <message>
        <source>Fit Failed</source>
        <translation>Fit Failed</translation>
    </message>
    <message>
        <source>Fit cancelled.</source>
        <translation>Fit cancelled.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the fitted face as a 3D model with its blendshapes and textures (glTF, FBX, OBJ, PLY, Live Link CSV)</source>
        <translation>Export the fitted face as a 3D model with its blendshapes and textures (glTF, FBX, OBJ, PLY, Live Link CSV)</translation>
    </message>
    <message>
        <source>The face topology could not be loaded. %1</source>
        <translation>The face topology could not be loaded. %1</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop after the file being written; the files written so far stay complete</source>
        <translation>Stop after the file being written; the files written so far stay complete</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>Show or hide the UV maps of the fit&apos;s stages (coarse, medium, fine)</source>
        <translation>Show or hide the UV maps of the fit&apos;s stages (coarse, medium, fine)</translation>
    </message>
    <message>
        <source>Fit finished in %1 s: SSIM %2, PSNR %3 dB (%4 stage).</source>
        <translation>Fit finished in %1 s: SSIM %2, PSNR %3 dB (%4 stage).</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) to the Photos dock; the first is open.</source>
        <translation>
            <numerusform>Added %n photo to the Photos dock; the first is open.</numerusform>
            <numerusform>Added %n photos to the Photos dock; the first is open.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, light or dark colours, autosave and keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness sessions (*.likeness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a saved session: photos, fit, maps, lighting and expression edits, layout (Ctrl+Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything in a new session file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session into its file, or ask for one (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embed Photos in Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the photo files inside the session (larger, but it opens anywhere); otherwise the session refers to them where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s expression was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s lighting was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished">Photo</translation>
    </message>
    <message>
        <source>3D View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo with the landmarks, mesh and fitted render over it (Ctrl+Shift+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fitted face in 3D: orbit, shading modes, relighting, expressions (Ctrl+Shift+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the 52 ARKit expression sliders that pose the 3D view (Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the lighting of the 3D view: fitted light, presets, environments, key light (Alt+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photo View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photo with its overlays (Ctrl+Shift+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3D View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fitted face in 3D (Ctrl+Shift+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the still %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the subject&apos;s photos: add, remove, reorder, choose the face (Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the webcam preview with live landmarks and Capture Still (Alt+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1 into the Photos dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s map edits were not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit of the lighting, expression, maps or photo set (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the edits of the fitted maps: albedo exposure and saturation, specular and normal strength (Alt+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio now speaks the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences applied. The studio now speaks the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::MapCanvas</name>
    <message>
        <source>Scroll to zoom about the cursor, drag to pan</source>
        <translation>Scroll to zoom about the cursor, drag to pan</translation>
    </message>
</context>
<context>
    <name>likeness::ui::MapEditPanel</name>
    <message>
        <source>Albedo exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albedo saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specular strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brighten or darken the diffuse albedo in stops (each stop doubles or halves it; -3 to +3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation of the diffuse albedo: 0 is gray, 1 as fitted, up to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the specular intensity map (0 removes the highlights; up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the relief of the normal map (0 is flat, 1 as fitted, up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return every map to the fitted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits of the fitted maps: the 3D view shows them, Export writes them, the fit keeps its own maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 EV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map edit &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Map Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::MapInspector</name>
    <message>
        <source>Diffuse</source>
        <translation>Diffuse</translation>
    </message>
    <message>
        <source>Specular</source>
        <translation>Specular</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <source>Light map</source>
        <translation>Light map</translation>
    </message>
    <message>
        <source>Environment map</source>
        <translation>Environment map</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Shading</translation>
    </message>
    <message>
        <source>Coarse</source>
        <translation>Coarse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>%1 × %2 texels is too large (at most %3 per side)</source>
        <translation>%1 × %2 texels is too large (at most %3 per side)</translation>
    </message>
    <message>
        <source>not a readable PNG image (%1)</source>
        <translation>not a readable PNG image (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Point at the map to read a texel</source>
        <translation>Point at the map to read a texel</translation>
    </message>
    <message>
        <source>value %1 (%2)</source>
        <translation>value %1 (%2)</translation>
    </message>
    <message>
        <source>R %1  G %2  B %3  A %4</source>
        <translation>R %1  G %2  B %3  A %4</translation>
    </message>
    <message>
        <source>R %1  G %2  B %3</source>
        <translation>R %1  G %2  B %3</translation>
    </message>
    <message>
        <source>%1, %2 · texel %3, %4 · %5 · %6-bit</source>
        <translation>%1, %2 · texel %3, %4 · %5 · %6-bit</translation>
    </message>
    <message>
        <source>The map to inspect</source>
        <translation>The map to inspect</translation>
    </message>
    <message>
        <source>The fitting stage whose map is shown (on the left when comparing)</source>
        <translation>The fitting stage whose map is shown (on the left when comparing)</translation>
    </message>
    <message>
        <source>Show all colour channels, one channel as gray, or the luminance; alpha is never shown</source>
        <translation>Show all colour channels, one channel as gray, or the luminance; alpha is never shown</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Luminance</source>
        <translation>Luminance</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Show a second stage of this map side by side, with the same zoom and pan</source>
        <translation>Show a second stage of this map side by side, with the same zoom and pan</translation>
    </message>
    <message>
        <source>The stage shown on the right when comparing</source>
        <translation>The stage shown on the right when comparing</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the whole map into the view</source>
        <translation>Fit the whole map into the view</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show the map at 100% (one screen pixel per texel)</source>
        <translation>Show the map at 100% (one screen pixel per texel)</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per texel of the left map</source>
        <translation>Zoom: screen pixels per texel of the left map</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>No maps loaded</source>
        <translation>No maps loaded</translation>
    </message>
    <message>
        <source>The stage shown on the left</source>
        <translation>The stage shown on the left</translation>
    </message>
    <message>
        <source>The stage shown on the right</source>
        <translation>The stage shown on the right</translation>
    </message>
    <message>
        <source>The texel under the cursor and its stored value (not the displayed one)</source>
        <translation>The texel under the cursor and its stored value (not the displayed one)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>likeness::ui::PhotoSet</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a supported image type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set is full (%1 photos at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Face Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Face %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a photo set (the format is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo set has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo set was saved by a newer Likeness (version %1); this version reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo set has no list of photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo set lists %1 photos; at most %2 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 of the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported image file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid face choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid face count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chooses a face it does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo set&apos;s current photo is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::PhotoSetModel</name>
    <message>
        <source>Cannot read this photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation type="unfinished">No face found.</translation>
    </message>
    <message>
        <source>1 face found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faces found; face %2 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it; drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::PhotoView</name>
    <message>
        <source>Scroll to zoom, drag to pan</source>
        <translation>Scroll to zoom, drag to pan</translation>
    </message>
    <message>
        <source>Open a photo (Ctrl+O) or drop one here</source>
        <translation>Open a photo (Ctrl+O) or drop one here</translation>
    </message>
</context>
<context>
    <name>likeness::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, colours and autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyboard shortcuts of the studio&apos;s commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the user interface. &quot;System default&quot; follows the language of your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours for the whole studio (applied at once), or the look of your desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the open session is saved in the background (1 to 60 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Use the clear button to remove a shortcut. Changes take effect with Apply or OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command, as in the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys that run the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s built-in shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands of the studio and their keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every command its built-in shortcut again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the preferences and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the preferences and keep this dialog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without applying the changes since the last Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, then press the keys of the new shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in shortcut of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;. Choose other keys, or give &quot;%2&quot; another shortcut first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command has its built-in shortcut again (press Apply or OK to keep this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply switches the whole studio to the new language at once. A few texts that show live values change at their next update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::ScreenshotRunner</name>
    <message>
        <source>Timed out waiting for the analysis.</source>
        <translation>Timed out waiting for the analysis.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Timed out waiting for the analysis and the fit.</source>
        <translation>Timed out waiting for the analysis and the fit.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::SessionManager</name>
    <message>
        <source>Cannot save the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to save the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no autosaved session to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved session cannot be recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the autosaved session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness did not close properly last time. Recover the autosaved session from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard deletes the autosaved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the session as it was at the last autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the autosaved session and start with an empty one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::StatusMonitor</name>
    <message>
        <source>%L1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face analysis and the fit run on the graphics card %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU · %n thread(s)</source>
        <translation>
            <numerusform>CPU · %n thread</numerusform>
            <numerusform>CPU · %n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The face analysis and the fit run on the processor (%n thread(s)); the analyser has not been loaded yet</source>
        <translation>
            <numerusform>The face analysis and the fit run on the processor (%n thread); the analyser has not been loaded yet</numerusform>
            <numerusform>The face analysis and the fit run on the processor (%n threads); the analyser has not been loaded yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The face analysis and the fit run on the processor (%n thread(s))</source>
        <translation>
            <numerusform>The face analysis and the fit run on the processor (%n thread)</numerusform>
            <numerusform>The face analysis and the fit run on the processor (%n threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory use is not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Memory Likeness uses now (resident set): %1
Peak since start: %2
Updated every %n second(s)</source>
        <translation>
            <numerusform>Memory Likeness uses now (resident set): %1
Peak since start: %2
Updated every %n second</numerusform>
            <numerusform>Memory Likeness uses now (resident set): %1
Peak since start: %2
Updated every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>likeness::ui::ThumbnailLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels; at most %3 pixels per side are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::TimingsPanel</name>
    <message>
        <source>Load image</source>
        <translation>Load image</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>Face detection</source>
        <translation>Face detection</translation>
    </message>
    <message>
        <source>Face mesh</source>
        <translation>Face mesh</translation>
    </message>
    <message>
        <source>Irises</source>
        <translation>Irises</translation>
    </message>
    <message>
        <source>Head pose</source>
        <translation>Head pose</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>Model loading</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wall-clock time of each stage of the last analysis</source>
        <translation>Wall-clock time of each stage of the last analysis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ViewportPanel</name>
    <message>
        <source>Fit a face to see it in 3D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL, which this display does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffuse Albedo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specular</source>
        <translation type="unfinished">Specular</translation>
    </message>
    <message>
        <source>Normals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading</source>
        <translation type="unfinished">Shading</translation>
    </message>
    <message>
        <source>Light Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the 3D view shows: the final render, one of the fitted maps, the normals, the light alone on a white face, or the light map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset views; Photo Camera lines the face up with the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireframe</source>
        <translation type="unfinished">Wireframe</translation>
    </message>
    <message>
        <source>Draw the mesh&apos;s edges over the surface (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the face into the view (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render Still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view, as lit now, as a PNG image at twice the view&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face topology is not available, so the 3D view stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the 3D face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D face could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render Still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness::ui::WebcamPanel</name>
    <message>
        <source>The camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s resolution and frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished">&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture S&amp;till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current frame as a photo of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the face in the live picture and draw its 478 landmarks (about 10 times a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s live picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera and capture messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect one: it appears here by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live landmarks are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no frame to capture yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to see the camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
