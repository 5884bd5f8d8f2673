<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Likeness face-capture studio.</source>
        <translation>Likeness – Studio zur Gesichtserfassung.</translation>
    </message>
    <message>
        <source>User-interface language, e.g. en or de (default: system).</source>
        <translation>Sprache der Benutzeroberfläche, z. B. en oder de (Standard: System).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Run the face analysis on cpu or cuda (default: cpu).</source>
        <translation>Gesichtsanalyse auf cpu oder cuda ausführen (Standard: cpu).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Open IMAGE, wait for the analysis, save the window to OUT.png and quit.</source>
        <translation>BILD öffnen, auf die Analyse warten, das Fenster als OUT.png speichern und beenden.</translation>
    </message>
    <message>
        <source>Photo to open.</source>
        <translation>Zu öffnendes Foto.</translation>
    </message>
    <message>
        <source>--device must be cpu or cuda.</source>
        <translation>--device muss cpu oder cuda sein.</translation>
    </message>
    <message>
        <source>--screenshot OUT.png needs exactly one IMAGE.</source>
        <translation>--screenshot OUT.png braucht genau ein BILD.</translation>
    </message>
    <message>
        <source>With --screenshot: fit the face with N iterations first.</source>
        <translation>Mit --screenshot: zuerst das Gesicht mit N Iterationen anpassen.</translation>
    </message>
    <message>
        <source>--screenshot-fit N needs --screenshot and a positive N.</source>
        <translation>--screenshot-fit N braucht --screenshot und ein positives N.</translation>
    </message>
    <message>
        <source>With --screenshot-fit: show the photo (default) or the 3d view.</source>
        <translation>Mit --screenshot-fit: das Foto (Standard) oder die 3D-Ansicht zeigen.</translation>
    </message>
    <message>
        <source>--screenshot-view must be photo or 3d, with --screenshot-fit.</source>
        <translation>--screenshot-view muss photo oder 3d sein, zusammen mit --screenshot-fit.</translation>
    </message>
</context>
<context>
    <name>ImageFormats</name>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>likeness::ui::AnalysisWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::BusyIndicator</name>
    <message>
        <source>Face analysis is running in the background</source>
        <translation>Die Gesichtsanalyse läuft im Hintergrund</translation>
    </message>
</context>
<context>
    <name>likeness::ui::CapturePanel</name>
    <message>
        <source>The subject&apos;s photos. Click one to show it; drag to reorder; drop photos here to add them</source>
        <translation>Die Fotos der Person. Klicken zeigt ein Foto an; Ziehen ändert die Reihenfolge; hier abgelegte Fotos werden hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Add Photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add photos of the subject</source>
        <translation>Fotos der Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected photo from the set (the file stays on disk)</source>
        <translation>Das ausgewählte Foto aus der Sammlung entfernen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>&amp;Paste Photos</source>
        <translation>Fotos ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add the photos or the image on the clipboard</source>
        <translation>Die Fotos oder das Bild aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;vorne</translation>
    </message>
    <message>
        <source>Move the selected photo one place earlier in the set</source>
        <translation>Das ausgewählte Foto in der Sammlung eine Stelle nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;hinten</translation>
    </message>
    <message>
        <source>Move the selected photo one place later in the set</source>
        <translation>Das ausgewählte Foto in der Sammlung eine Stelle nach hinten verschieben</translation>
    </message>
    <message>
        <source>Face:</source>
        <translation>Gesicht:</translation>
    </message>
    <message>
        <source>Several faces were found in this photo: choose the subject&apos;s</source>
        <translation>In diesem Foto wurden mehrere Gesichter gefunden: Wählen Sie das der Person</translation>
    </message>
    <message>
        <source>What the analysis found in the selected photo</source>
        <translation>Was die Analyse im ausgewählten Foto gefunden hat</translation>
    </message>
    <message>
        <source>What happened to the last photos you added</source>
        <translation>Was mit den zuletzt hinzugefügten Fotos geschehen ist</translation>
    </message>
    <message>
        <source>Face %1 of %2</source>
        <translation>Gesicht %1 von %2</translation>
    </message>
    <message>
        <source>No photos yet: add some, drop them here or paste them.</source>
        <translation>Noch keine Fotos: Fügen Sie welche hinzu, legen Sie sie hier ab oder fügen Sie sie aus der Zwischenablage ein.</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Noch nicht analysiert.</translation>
    </message>
    <message>
        <source>No face found in this photo.</source>
        <translation>In diesem Foto wurde kein Gesicht gefunden.</translation>
    </message>
    <message>
        <source>One face.</source>
        <translation>Ein Gesicht.</translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>Nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 added; not added: %2</source>
        <translation>%1 hinzugefügt; nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image cannot be read.</source>
        <translation>Das Bild in der Zwischenablage kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image is too large (%1 x %2 pixels).</source>
        <translation>Das Bild in der Zwischenablage ist zu groß (%1 x %2 Pixel).</translation>
    </message>
    <message>
        <source>Cannot keep the pasted image: %1</source>
        <translation>Das eingefügte Bild kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no photos.</source>
        <translation>Die Zwischenablage enthält keine Fotos.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExportController</name>
    <message>
        <source>Building the asset: rig, normals and texture maps…</source>
        <translation>Das Asset wird erstellt: Rig, Normalen und Texturen …</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF binär (.glb)</translation>
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
        <translation>Live-Link-CSV</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Building the watertight solid (marching cubes)…</source>
        <translation>Der wasserdichte Körper wird erzeugt (Marching Cubes) …</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExportDialog</name>
    <message>
        <source>Export Face</source>
        <translation>Gesicht exportieren</translation>
    </message>
    <message>
        <source>The folder the files are written to (created when missing)</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Den Zielordner wählen</translation>
    </message>
    <message>
        <source>The name of the files without extension: face.glb, face.fbx, face_albedo.png, …</source>
        <translation>Der Name der Dateien ohne Endung: face.glb, face.fbx, face_albedo.png, …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF binär (.glb)</translation>
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
        <translation>Live-Link-CSV</translation>
    </message>
    <message>
        <source>One self-contained file with the mesh, the 52 blendshapes and the textures, in metres (Blender, Unity, Unreal, three.js)</source>
        <translation>Eine eigenständige Datei mit dem Netz, den 52 Blendshapes und den Texturen, in Metern (Blender, Unity, Unreal, three.js)</translation>
    </message>
    <message>
        <source>glTF as JSON with a .bin buffer and the textures beside it, in metres</source>
        <translation>glTF als JSON mit einem .bin-Puffer und den Texturen daneben, in Metern</translation>
    </message>
    <message>
        <source>Binary FBX 7.4 with the blendshapes and the textures beside it, in centimetres (Maya, 3ds Max, Unreal, Unity)</source>
        <translation>Binäres FBX 7.4 mit den Blendshapes und den Texturen daneben, in Zentimetern (Maya, 3ds Max, Unreal, Unity)</translation>
    </message>
    <message>
        <source>Wavefront OBJ with a material file and the textures beside it; no blendshapes</source>
        <translation>Wavefront-OBJ mit Materialdatei und den Texturen daneben; ohne Blendshapes</translation>
    </message>
    <message>
        <source>Stanford PLY (binary): the mesh with normals and UVs; no blendshapes</source>
        <translation>Stanford-PLY (binär): das Netz mit Normalen und UVs; ohne Blendshapes</translation>
    </message>
    <message>
        <source>The expression weights as a Live Link Face take (&lt;name&gt;_animation.csv): one frame per photo</source>
        <translation>Die Ausdrucksgewichte als Live-Link-Face-Take (&lt;name&gt;_animation.csv): ein Frame je Foto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitsnetz</translation>
    </message>
    <message>
        <source>The fit&apos;s own mesh</source>
        <translation>Das eigene Netz der Anpassung</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Fein</translation>
    </message>
    <message>
        <source>One Loop subdivision more: four times the triangles, a smooth, limit-like surface</source>
        <translation>Eine Loop-Unterteilung mehr: viermal so viele Dreiecke, eine glatte, grenzflächenähnliche Oberfläche</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>The working mesh with a neutral expression (every blendshape weight at zero)</source>
        <translation>Das Arbeitsnetz mit neutralem Ausdruck (alle Blendshape-Gewichte auf null)</translation>
    </message>
    <message>
        <source>Which mesh to export: the fit&apos;s own (working), one subdivision finer (high), or the working mesh with a neutral expression</source>
        <translation>Welches Netz exportiert wird: das der Anpassung (Arbeitsnetz), eine Unterteilung feiner (fein) oder das Arbeitsnetz mit neutralem Ausdruck</translation>
    </message>
    <message>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <source>The side of every texture map (colour, normal, roughness) in pixels</source>
        <translation>Die Seitenlänge jeder Texturkarte (Farbe, Normalen, Rauheit) in Pixeln</translation>
    </message>
    <message>
        <source>Millimetres (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Zentimeter (cm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>Meter (m)</translation>
    </message>
    <message>
        <source>The length unit of the OBJ and PLY coordinates</source>
        <translation>Die Längeneinheit der OBJ- und PLY-Koordinaten</translation>
    </message>
    <message>
        <source>glTF is always in metres, FBX in centimetres.</source>
        <translation>glTF ist immer in Metern, FBX in Zentimetern.</translation>
    </message>
    <message>
        <source>The subject&apos;s own 52 ARKit morph targets (glTF, FBX), ready for Live Link Face; off bakes the photo&apos;s expression into the shape</source>
        <translation>Die 52 eigenen ARKit-Morph-Targets der Person (glTF, FBX), bereit für Live Link Face; ausgeschaltet wird der Ausdruck des Fotos in die Form eingebacken</translation>
    </message>
    <message>
        <source>&amp;Vertex colours (OBJ/PLY)</source>
        <translation>&amp;Vertexfarben (OBJ/PLY)</translation>
    </message>
    <message>
        <source>Also write the skin colour per vertex into the OBJ and PLY files</source>
        <translation>Die Hautfarbe zusätzlich je Vertex in die OBJ- und PLY-Dateien schreiben</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Map resolution:</source>
        <translation>&amp;Texturgröße:</translation>
    </message>
    <message>
        <source>&amp;Units (OBJ/PLY):</source>
        <translation>Ein&amp;heit (OBJ/PLY):</translation>
    </message>
    <message>
        <source>&amp;Watertight solid (3D printing)</source>
        <translation>&amp;Wasserdichter Körper (3D-Druck)</translation>
    </message>
    <message>
        <source>Also write a closed, manifold solid made by marching cubes, for 3D printing and sculpting: &lt;name&gt;_watertight.&lt;format&gt;</source>
        <translation>Zusätzlich einen geschlossenen, mannigfaltigen Körper per Marching Cubes schreiben, für 3D-Druck und Sculpting: &lt;name&gt;_watertight.&lt;format&gt;</translation>
    </message>
    <message>
        <source>Fused from all views</source>
        <translation>Aus allen Ansichten fusioniert</translation>
    </message>
    <message>
        <source>The whole reconstructed surface, fused from all views</source>
        <translation>Die ganze rekonstruierte Oberfläche, aus allen Ansichten fusioniert</translation>
    </message>
    <message>
        <source>From the depth of this photo</source>
        <translation>Aus der Tiefe dieses Fotos</translation>
    </message>
    <message>
        <source>Only what the photo&apos;s camera sees (its depth map)</source>
        <translation>Nur was die Kamera des Fotos sieht (seine Tiefenkarte)</translation>
    </message>
    <message>
        <source>Which surface is closed into the solid</source>
        <translation>Welche Oberfläche zum Körper geschlossen wird</translation>
    </message>
    <message>
        <source> cells</source>
        <translation> Zellen</translation>
    </message>
    <message>
        <source>Marching-cubes cells across the longest side of the solid: more cells keep finer detail and take more time and memory</source>
        <translation>Marching-Cubes-Zellen über die längste Seite des Körpers: mehr Zellen erhalten feinere Details und brauchen mehr Zeit und Speicher</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Simplify the solid to about this many triangles (quadric decimation); Off keeps every marching-cubes triangle</source>
        <translation>Den Körper auf etwa so viele Dreiecke vereinfachen (Quadrik-Dezimierung); „Aus“ behält alle Marching-Cubes-Dreiecke</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Decimate to (triangles):</source>
        <translation>&amp;Reduzieren auf (Dreiecke):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Einen Zielordner wählen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>Einen Dateinamen eingeben.</translation>
    </message>
    <message>
        <source>The file name must be a plain name: no folders, no /, \ or :.</source>
        <translation>Der Dateiname muss ein einfacher Name sein: keine Ordner, kein /, \ oder :.</translation>
    </message>
    <message>
        <source>Check at least one format.</source>
        <translation>Mindestens ein Format ankreuzen.</translation>
    </message>
    <message>
        <source>Decimate the watertight solid to at least %1 triangles, or choose Off.</source>
        <translation>Den wasserdichten Körper auf mindestens %1 Dreiecke reduzieren oder „Aus“ wählen.</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Die Dateien schreiben</translation>
    </message>
    <message>
        <source>Replaces %1 in this folder.</source>
        <translation>Ersetzt %1 in diesem Ordner.</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>&amp;Include the 52 ARKit blendshapes</source>
        <translation>Die 52 ARKit-Blendshapes e&amp;inschließen</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExportWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ExpressionPanel</name>
    <message>
        <source>Brows</source>
        <translation>Brauen</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Wangen</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <source>Weight of the ARKit blendshape &quot;%1&quot; (0 to 1)</source>
        <translation>Gewicht des ARKit-Blendshapes „%1“ (0 bis 1)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Set every blendshape weight to zero (the neutral face)</source>
        <translation>Alle Blendshape-Gewichte auf null setzen (das neutrale Gesicht)</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Return to the expression fitted to the first photo</source>
        <translation>Zum an das erste Foto angepassten Ausdruck zurückkehren</translation>
    </message>
    <message>
        <source>Fit a face to pose its expression rig here.</source>
        <translation>Passen Sie ein Gesicht an, um hier seinen Ausdrucks-Rig zu posieren.</translation>
    </message>
    <message>
        <source>The expression &quot;%1&quot; is not a known blendshape weight in 0..1.</source>
        <translation>Der Ausdruck „%1“ ist kein bekanntes Blendshape-Gewicht in 0..1.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Reset Expression</source>
        <translation>Ausdruck zurücksetzen</translation>
    </message>
    <message>
        <source>Fitted Expression</source>
        <translation>Angepasster Ausdruck</translation>
    </message>
</context>
<context>
    <name>likeness::ui::FaceViewport</name>
    <message>
        <source>3D view: drag to orbit, Shift+drag or right-drag to pan, wheel to zoom, F to frame the face</source>
        <translation>3D-Ansicht: Ziehen zum Drehen, Umschalt+Ziehen oder Rechtsziehen zum Verschieben, Mausrad zum Zoomen, F rahmt das Gesicht ein</translation>
    </message>
    <message>
        <source>OpenGL is not available on this display.</source>
        <translation>OpenGL ist auf diesem Bildschirm nicht verfügbar.</translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL 3.3; this display offers %1.%2.</source>
        <translation>Die 3D-Ansicht braucht OpenGL 3.3; dieser Bildschirm bietet %1.%2.</translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not build: %1</source>
        <translation>Die Shader der 3D-Ansicht ließen sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>There is no face to render.</source>
        <translation>Es gibt kein Gesicht zum Rendern.</translation>
    </message>
    <message>
        <source>A still must be 1 to 8192 pixels on each side.</source>
        <translation>Ein Standbild muss auf jeder Seite 1 bis 8192 Pixel groß sein.</translation>
    </message>
    <message>
        <source>The 3D view is not shown.</source>
        <translation>Die 3D-Ansicht wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>OpenGL is not available.</source>
        <translation>OpenGL ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not create a %1 x %2 framebuffer.</source>
        <translation>Ein Framebuffer von %1 × %2 ließ sich nicht anlegen.</translation>
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
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Yaw</source>
        <translation>Gieren</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Nicken</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Face number, largest face first</source>
        <translation>Nummer des Gesichts, das größte zuerst</translation>
    </message>
    <message>
        <source>Detector confidence (0-1)</source>
        <translation>Konfidenz des Detektors (0–1)</translation>
    </message>
    <message>
        <source>Landmark model&apos;s confidence that this is a face (0-1)</source>
        <translation>Konfidenz des Landmarkenmodells, dass dies ein Gesicht ist (0–1)</translation>
    </message>
    <message>
        <source>Head turn in degrees; positive turns toward the image&apos;s right</source>
        <translation>Kopfdrehung in Grad; positiv dreht zur rechten Bildseite</translation>
    </message>
    <message>
        <source>Head tilt in degrees; positive tilts the chin down</source>
        <translation>Kopfneigung in Grad; positiv senkt das Kinn</translation>
    </message>
    <message>
        <source>Head roll in degrees; positive rotates clockwise in the image</source>
        <translation>Kopfrollen in Grad; positiv dreht im Bild im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Number of landmarks (478 with irises)</source>
        <translation>Anzahl der Landmarken (478 mit Iris)</translation>
    </message>
    <message>
        <source>Select a face to highlight it; double-click to zoom onto it</source>
        <translation>Ein Gesicht auswählen, um es hervorzuheben; Doppelklick zoomt darauf</translation>
    </message>
    <message>
        <source>No photo open.</source>
        <translation>Kein Foto geöffnet.</translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation>Kein Gesicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found.</source>
        <translation>
            <numerusform>%n Gesicht gefunden.</numerusform>
            <numerusform>%n Gesichter gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysiere …</translation>
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
        <translation>Geometrie</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Fit Face</source>
        <translation>Gesicht &amp;anpassen</translation>
    </message>
    <message>
        <source>Fit the face model to the selected face: pose, shape, expression, skin colour and light</source>
        <translation>Das Gesichtsmodell an das ausgewählte Gesicht anpassen: Pose, Form, Ausdruck, Hautfarbe und Licht</translation>
    </message>
    <message>
        <source>&amp;Pause Fit</source>
        <translation>Anpassung &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause the fit after the current iteration, or resume it</source>
        <translation>Die Anpassung nach der laufenden Iteration anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel Fit</source>
        <translation>Anpassung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>%v / %m iterations</source>
        <translation>%v / %m Iterationen</translation>
    </message>
    <message>
        <source>Iterations done out of the total</source>
        <translation>Erledigte Iterationen von allen</translation>
    </message>
    <message>
        <source>Estimated time left, from the speed of the iterations so far (pauses excluded)</source>
        <translation>Geschätzte Restzeit aus der bisherigen Geschwindigkeit der Iterationen (ohne Pausen)</translation>
    </message>
    <message>
        <source>Select a face and press Fit Face (Ctrl+R).</source>
        <translation>Ein Gesicht wählen und „Gesicht anpassen“ drücken (Strg+R).</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
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
        <translation>Strukturelle Ähnlichkeit von Rendering und Foto innerhalb des Gesichts (1 = identisch)</translation>
    </message>
    <message>
        <source>Peak signal-to-noise ratio of the render against the photo inside the face, in decibels (higher is better)</source>
        <translation>Spitzen-Signal-Rausch-Verhältnis des Renderings gegenüber dem Foto innerhalb des Gesichts, in Dezibel (höher ist besser)</translation>
    </message>
    <message>
        <source>OK, or why the fit of this photo is less reliable</source>
        <translation>OK, oder warum die Anpassung an dieses Foto weniger verlässlich ist</translation>
    </message>
    <message>
        <source>Show fit on photo</source>
        <translation>Anpassung auf dem Foto zeigen</translation>
    </message>
    <message>
        <source>Draw the fitted face over the photo</source>
        <translation>Das angepasste Gesicht über das Foto zeichnen</translation>
    </message>
    <message>
        <source>Wireframe</source>
        <translation>Drahtgitter</translation>
    </message>
    <message>
        <source>Draw the fitted mesh&apos;s edges on top of the rendered face</source>
        <translation>Die Kanten des angepassten Netzes über das gerenderte Gesicht zeichnen</translation>
    </message>
    <message>
        <source>Blend between the photo (left) and the rendered fit (right)</source>
        <translation>Überblenden zwischen Foto (links) und gerenderter Anpassung (rechts)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Mesh resolution of the fit (Loop subdivisions of the 468-point face mesh). Finer meshes capture more shape detail and are slower.</source>
        <translation>Netzauflösung der Anpassung (Loop-Unterteilungen des Gesichtsnetzes mit 468 Punkten). Feinere Netze erfassen mehr Formdetails und sind langsamer.</translation>
    </message>
    <message>
        <source>Spherical-harmonics bands of the scene light: 1 = uniform light, 3 = soft directional light (9 coefficients per colour), up to 9 = sharper light.</source>
        <translation>Kugelflächenfunktions-Bänder des Szenenlichts: 1 = gleichmäßiges Licht, 3 = weiches gerichtetes Licht (9 Koeffizienten je Farbe), bis 9 = schärferes Licht.</translation>
    </message>
    <message>
        <source>How strongly the model&apos;s landmarks are pulled onto the 478 detected landmarks. Raise it when the fit drifts off the face outline.</source>
        <translation>Wie stark die Landmarken des Modells zu den 478 erkannten Landmarken gezogen werden. Erhöhen, wenn die Anpassung vom Gesichtsumriss abweicht.</translation>
    </message>
    <message>
        <source>How strongly the rendered face must match the photo&apos;s colours pixel by pixel. Drives shape detail, skin colour and light.</source>
        <translation>Wie genau das gerenderte Gesicht Pixel für Pixel den Farben des Fotos entsprechen muss. Bestimmt Formdetails, Hautfarbe und Licht.</translation>
    </message>
    <message>
        <source>Smoothness of the shape offsets (Laplacian prior). Raise it when the mesh gets bumpy; lower it to allow more detail.</source>
        <translation>Glätte der Formverschiebungen (Laplace-Prior). Erhöhen, wenn das Netz uneben wird; senken, um mehr Details zuzulassen.</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation>&amp;Unterteilung:</translation>
    </message>
    <message>
        <source>SH &amp;bands:</source>
        <translation>SH-&amp;Bänder:</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Each weighted loss term per iteration, on a logarithmic scale (terms at zero are drawn at the bottom)</source>
        <translation>Jeder gewichtete Verlustterm je Iteration, logarithmisch skaliert (Terme mit dem Wert null liegen am unteren Rand)</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>Anpassung läuft …</translation>
    </message>
    <message>
        <source>&amp;Resume Fit</source>
        <translation>Anpassung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Preparing the fit…</source>
        <translation>Anpassung wird vorbereitet …</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Fitting… total loss %1</source>
        <translation>Anpassung läuft … Gesamtverlust %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message numerus="yes">
        <source>Fitted in %1: %n iteration(s), %2 vertices.</source>
        <translation>
            <numerusform>Angepasst in %1: %n Iteration, %2 Eckpunkte.</numerusform>
            <numerusform>Angepasst in %1: %n Iterationen, %2 Eckpunkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fit cannot use this photo or face: %1</source>
        <translation>Die Anpassung kann dieses Foto oder Gesicht nicht verwenden: %1</translation>
    </message>
    <message>
        <source>Invalid fit settings: %1</source>
        <translation>Ungültige Einstellungen der Anpassung: %1</translation>
    </message>
    <message>
        <source>Assets missing: %1</source>
        <translation>Dateien fehlen: %1</translation>
    </message>
    <message>
        <source>The fit became unstable and stopped (the last good state is shown): %1</source>
        <translation>Die Anpassung wurde instabil und hat angehalten (der letzte gute Stand wird gezeigt): %1</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>Die Anpassung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fit cancelled.</source>
        <translation>Anpassung abgebrochen.</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Photometric</source>
        <translation>Photometrisch</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Expression sparsity</source>
        <translation>Ausdrucks-Sparsamkeit</translation>
    </message>
    <message>
        <source>Albedo smoothness</source>
        <translation>Albedo-Glätte</translation>
    </message>
    <message>
        <source>Albedo symmetry</source>
        <translation>Albedo-Symmetrie</translation>
    </message>
    <message>
        <source>Light prior</source>
        <translation>Licht-Prior</translation>
    </message>
    <message>
        <source>Focal prior</source>
        <translation>Brennweiten-Prior</translation>
    </message>
    <message>
        <source>0: 468 vertices</source>
        <translation>0: 468 Eckpunkte</translation>
    </message>
    <message>
        <source>1: 1.8k vertices</source>
        <translation>1: ~1.800 Eckpunkte</translation>
    </message>
    <message>
        <source>2: 7.4k vertices</source>
        <translation>2: ~7.400 Eckpunkte</translation>
    </message>
    <message>
        <source>3: 29k vertices</source>
        <translation>3: ~29.000 Eckpunkte</translation>
    </message>
    <message>
        <source>&amp;Landmarks:</source>
        <translation>&amp;Landmarken:</translation>
    </message>
    <message>
        <source>P&amp;hotometric:</source>
        <translation>P&amp;hotometrie:</translation>
    </message>
    <message>
        <source>Lapla&amp;cian:</source>
        <translation>Lapla&amp;ce:</translation>
    </message>
    <message>
        <source>Weighted loss terms (log scale)</source>
        <translation>Gewichtete Verlustterme (log. Skala)</translation>
    </message>
    <message>
        <source>Stop the fit: the stage running is discarded, the stages already finished are kept</source>
        <translation>Die Anpassung beenden: die laufende Stufe wird verworfen, bereits fertige Stufen bleiben erhalten</translation>
    </message>
    <message>
        <source>The fit&apos;s current stage: pose, geometry and appearance of the coarse fit, then the medium and fine map stages</source>
        <translation>Aktuelle Phase der Anpassung: Pose, Geometrie und Erscheinung der groben Anpassung, dann die mittlere und die feine Kartenstufe</translation>
    </message>
    <message>
        <source>Structural similarity (SSIM, 1 = identical) and peak signal-to-noise ratio (PSNR, dB) of each stage&apos;s render against the first photo, inside the face</source>
        <translation>Strukturelle Ähnlichkeit (SSIM, 1 = identisch) und Spitzen-Signal-Rausch-Verhältnis (PSNR, dB) des Renderings jeder Stufe gegenüber dem ersten Foto, innerhalb des Gesichts</translation>
    </message>
    <message>
        <source>Optimiser steps of the coarse fit over its three phases (pose, geometry, appearance). More iterations fit more closely and take longer.</source>
        <translation>Optimierungsschritte der groben Anpassung über ihre drei Phasen (Pose, Geometrie, Erscheinung). Mehr Iterationen passen genauer an und dauern länger.</translation>
    </message>
    <message>
        <source>Coarse</source>
        <translation>Grob</translation>
    </message>
    <message>
        <source>Coarse + medium</source>
        <translation>Grob + mittel</translation>
    </message>
    <message>
        <source>Coarse + medium + fine</source>
        <translation>Grob + mittel + fein</translation>
    </message>
    <message>
        <source>The stages to run, each after the one before: coarse (shape, expression, skin colour per vertex and light), medium (UV diffuse and specular maps), fine (normal map, diffuse detail and displacement, with self-shadows). The chart and the progress continue through them.</source>
        <translation>Die auszuführenden Stufen, jede nach der vorigen: grob (Form, Ausdruck, Hautfarbe je Vertex und Licht), mittel (UV-Karten für Diffus- und Spekularfarbe), fein (Normalenkarte, diffuse Details und Displacement, mit Eigenschatten). Diagramm und Fortschritt laufen durch alle Stufen.</translation>
    </message>
    <message>
        <source>%1 × %1 texels</source>
        <translation>%1 × %1 Texel</translation>
    </message>
    <message>
        <source>Side of the UV maps of the medium and fine stages. Larger maps hold finer detail and take longer and more memory.</source>
        <translation>Seitenlänge der UV-Karten der mittleren und der feinen Stufe. Größere Karten halten feinere Details und brauchen mehr Zeit und Speicher.</translation>
    </message>
    <message>
        <source>S&amp;tages:</source>
        <translation>S&amp;tufen:</translation>
    </message>
    <message>
        <source>&amp;Map size:</source>
        <translation>&amp;Kartengröße:</translation>
    </message>
    <message>
        <source>%1 %2 / %3 dB</source>
        <translation>%1 %2 / %3 dB</translation>
    </message>
    <message>
        <source>Stages (SSIM / PSNR): %1</source>
        <translation>Stufen (SSIM / PSNR): %1</translation>
    </message>
    <message>
        <source>Fit cancelled during the map stages; the coarse fit is kept.</source>
        <translation>Anpassung während der Kartenstufen abgebrochen; die grobe Anpassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Fit cancelled; the finished stages are kept: %1.</source>
        <translation>Anpassung abgebrochen; die fertigen Stufen bleiben erhalten: %1.</translation>
    </message>
    <message>
        <source>Map symmetry</source>
        <translation>Karten-Symmetrie</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Map smoothness</source>
        <translation>Karten-Glätte</translation>
    </message>
    <message>
        <source>Normal flatness</source>
        <translation>Normalen-Flachheit</translation>
    </message>
    <message>
        <source>Skin std</source>
        <translation>Haut-Streuung</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>Lichtfarbe</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fein</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Tint the face mask: the pixels the fit compares with the photo</source>
        <translation>Gesichtsmaske einfärben: die Pixel, die die Anpassung mit dem Foto vergleicht</translation>
    </message>
</context>
<context>
    <name>likeness::ui::FitWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ImageSaving</name>
    <message>
        <source>There is no image to save.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot find a free file name in %1.</source>
        <translation>In %1 ist kein freier Dateiname zu finden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode the image as PNG.</source>
        <translation>Das Bild kann nicht als PNG kodiert werden.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::LightingPanel</name>
    <message>
        <source>The lighting field “%1” must be a number.</source>
        <translation>Das Beleuchtungsfeld „%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Unsupported lighting format version.</source>
        <translation>Nicht unterstützte Version des Beleuchtungsformats.</translation>
    </message>
    <message>
        <source>Unknown light source “%1”.</source>
        <translation>Unbekannte Lichtquelle „%1“.</translation>
    </message>
    <message>
        <source>Unknown lighting preset “%1”.</source>
        <translation>Unbekannte Beleuchtungsvorgabe „%1“.</translation>
    </message>
    <message>
        <source>The environment path is not a valid file name.</source>
        <translation>Der Umgebungspfad ist kein gültiger Dateiname.</translation>
    </message>
    <message>
        <source>The environment light must have %1 coefficients.</source>
        <translation>Das Umgebungslicht muss %1 Koeffizienten haben.</translation>
    </message>
    <message>
        <source>The environment light has an invalid coefficient.</source>
        <translation>Das Umgebungslicht hat einen ungültigen Koeffizienten.</translation>
    </message>
    <message>
        <source>The key light settings are malformed.</source>
        <translation>Die Einstellungen des Führungslichts sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The lighting field “%1” must be true or false.</source>
        <translation>Das Beleuchtungsfeld „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Invalid lighting settings: %1</source>
        <translation>Ungültige Beleuchtungseinstellungen: %1</translation>
    </message>
    <message>
        <source>Fit a face first: the lighting edits the light of the reconstruction.</source>
        <translation>Zuerst ein Gesicht anpassen: Die Beleuchtung bearbeitet das Licht der Rekonstruktion.</translation>
    </message>
    <message>
        <source>The Lighting panel becomes available once a fitted light exists</source>
        <translation>Das Beleuchtungsfeld wird verfügbar, sobald ein angepasstes Licht vorliegt</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Rim</source>
        <translation>Gegenlicht</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Von oben</translation>
    </message>
    <message>
        <source>Hard side</source>
        <translation>Hartes Seitenlicht</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>Umgebungsdatei</translation>
    </message>
    <message>
        <source>The light estimated by the fit</source>
        <translation>Das von der Anpassung geschätzte Licht</translation>
    </message>
    <message>
        <source>A soft large key light from the upper front, a fill and ambient light</source>
        <translation>Ein weiches, großes Führungslicht von vorne oben, ein Aufhelllicht und Umgebungslicht</translation>
    </message>
    <message>
        <source>Bright lights behind the head from both sides, a dim front</source>
        <translation>Helle Lichter hinter dem Kopf von beiden Seiten, vorne schwach</translation>
    </message>
    <message>
        <source>Light from straight above</source>
        <translation>Licht direkt von oben</translation>
    </message>
    <message>
        <source>A strong narrow light from one side, little ambient light</source>
        <translation>Ein starkes, enges Licht von einer Seite, wenig Umgebungslicht</translation>
    </message>
    <message>
        <source>An equirectangular HDR/EXR/PNG environment, projected to SH</source>
        <translation>Eine equirektangulare HDR/EXR/PNG-Umgebung, auf SH projiziert</translation>
    </message>
    <message>
        <source>The base light: the fitted light, a preset or an environment file</source>
        <translation>Das Grundlicht: das angepasste Licht, eine Vorgabe oder eine Umgebungsdatei</translation>
    </message>
    <message>
        <source>&amp;Light:</source>
        <translation>&amp;Licht:</translation>
    </message>
    <message>
        <source>Load &amp;Environment…</source>
        <translation>&amp;Umgebung laden …</translation>
    </message>
    <message>
        <source>Load an equirectangular environment (.hdr, .exr, .png, .jpg) as the light (%1)</source>
        <translation>Eine equirektangulare Umgebung (.hdr, .exr, .png, .jpg) als Licht laden (%1)</translation>
    </message>
    <message>
        <source>Load environment…</source>
        <translation>Umgebung laden …</translation>
    </message>
    <message>
        <source>The environment file in use</source>
        <translation>Die verwendete Umgebungsdatei</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Drehung:</translation>
    </message>
    <message>
        <source>Turns the light around the head (degrees about the vertical axis)</source>
        <translation>Dreht das Licht um den Kopf (Grad um die senkrechte Achse)</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensität:</translation>
    </message>
    <message>
        <source>Scales the brightness of the light (0 to 4 times)</source>
        <translation>Skaliert die Helligkeit des Lichts (0- bis 4-fach)</translation>
    </message>
    <message>
        <source>&amp;Colour temperature:</source>
        <translation>&amp;Farbtemperatur:</translation>
    </message>
    <message>
        <source>Tints the light: lower is warmer (red), higher cooler (blue); 6500 K leaves it unchanged</source>
        <translation>Tönt das Licht: niedriger ist wärmer (rot), höher kühler (blau); 6500 K lässt es unverändert</translation>
    </message>
    <message>
        <source>Key light</source>
        <translation>Führungslicht</translation>
    </message>
    <message>
        <source>An added directional light (like a studio key light)</source>
        <translation>Ein zusätzliches gerichtetes Licht (wie ein Studio-Führungslicht)</translation>
    </message>
    <message>
        <source>&amp;Add a key light</source>
        <translation>Führungslicht &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds a directional light on top of the base light</source>
        <translation>Fügt dem Grundlicht ein gerichtetes Licht hinzu</translation>
    </message>
    <message>
        <source>A&amp;zimuth:</source>
        <translation>A&amp;zimut:</translation>
    </message>
    <message>
        <source>Direction of the key light around the head: 0° from the camera, positive toward the image&apos;s right, ±180° from behind</source>
        <translation>Richtung des Führungslichts um den Kopf: 0° von der Kamera, positiv zur rechten Bildseite, ±180° von hinten</translation>
    </message>
    <message>
        <source>&amp;Elevation:</source>
        <translation>&amp;Höhenwinkel:</translation>
    </message>
    <message>
        <source>Height of the key light: 0° level, positive from above, negative from below</source>
        <translation>Höhe des Führungslichts: 0° waagerecht, positiv von oben, negativ von unten</translation>
    </message>
    <message>
        <source>Key i&amp;ntensity:</source>
        <translation>I&amp;ntensität:</translation>
    </message>
    <message>
        <source>Brightness of the key light (0 to 8)</source>
        <translation>Helligkeit des Führungslichts (0 bis 8)</translation>
    </message>
    <message>
        <source>Key &amp;temperature:</source>
        <translation>Farb&amp;temperatur:</translation>
    </message>
    <message>
        <source>Colour of the key light: lower is warmer, higher cooler</source>
        <translation>Farbe des Führungslichts: niedriger ist wärmer, höher kühler</translation>
    </message>
    <message>
        <source>Reset to Fitted Light</source>
        <translation>Auf angepasstes Licht zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the fit&apos;s light: no rotation, tint, intensity change or key light (%1)</source>
        <translation>Zurück zum Licht der Anpassung: keine Drehung, Tönung, Intensitätsänderung und kein Führungslicht (%1)</translation>
    </message>
    <message>
        <source>Render Still…</source>
        <translation>Standbild rendern …</translation>
    </message>
    <message>
        <source>Render the relit reconstruction to a PNG image (%1)</source>
        <translation>Die neu beleuchtete Rekonstruktion als PNG-Bild rendern (%1)</translation>
    </message>
    <message>
        <source>Reset to fitted light</source>
        <translation>Auf angepasstes Licht zurücksetzen</translation>
    </message>
    <message>
        <source>Render still…</source>
        <translation>Standbild rendern …</translation>
    </message>
    <message>
        <source>Messages about the environment file</source>
        <translation>Meldungen zur Umgebungsdatei</translation>
    </message>
    <message>
        <source>Change Light Source</source>
        <translation>Lichtquelle ändern</translation>
    </message>
    <message>
        <source>Rotate Light</source>
        <translation>Licht drehen</translation>
    </message>
    <message>
        <source>Change Light Intensity</source>
        <translation>Lichtintensität ändern</translation>
    </message>
    <message>
        <source>Change Colour Temperature</source>
        <translation>Farbtemperatur ändern</translation>
    </message>
    <message>
        <source>Toggle Key Light</source>
        <translation>Führungslicht ein-/ausschalten</translation>
    </message>
    <message>
        <source>Move Key Light</source>
        <translation>Führungslicht bewegen</translation>
    </message>
    <message>
        <source>Change Key Light Intensity</source>
        <translation>Intensität des Führungslichts ändern</translation>
    </message>
    <message>
        <source>Change Key Light Colour</source>
        <translation>Farbe des Führungslichts ändern</translation>
    </message>
    <message>
        <source>(no environment loaded)</source>
        <translation>(keine Umgebung geladen)</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 K</source>
        <translation>%1 K</translation>
    </message>
    <message>
        <source>Load Environment</source>
        <translation>Umgebung laden</translation>
    </message>
    <message>
        <source>Environment maps (*.hdr *.exr *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Umgebungsbilder (*.hdr *.exr *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the environment: %1</source>
        <translation>Die Umgebung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Environment loaded (%1×%2 pixels).</source>
        <translation>Umgebung geladen (%1×%2 Pixel).</translation>
    </message>
</context>
<context>
    <name>likeness::ui::LiveLandmarkRunner</name>
    <message>
        <source>Unknown error in the landmark analysis.</source>
        <translation>Unbekannter Fehler bei der Landmarken-Analyse.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a photo and find the faces in it</source>
        <translation>Ein Foto öffnen und die Gesichter darin finden</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>&amp;Erneut analysieren</translation>
    </message>
    <message>
        <source>Analyse the current photo again</source>
        <translation>Das aktuelle Foto erneut analysieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Likeness</source>
        <translation>Likeness beenden</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <source>Show the landmarks (478 points per face)</source>
        <translation>Die Landmarken zeigen (478 Punkte je Gesicht)</translation>
    </message>
    <message>
        <source>&amp;Mesh</source>
        <translation>&amp;Netz</translation>
    </message>
    <message>
        <source>Show the face mesh wireframe</source>
        <translation>Das Gitternetz des Gesichts zeigen</translation>
    </message>
    <message>
        <source>&amp;Contours</source>
        <translation>&amp;Konturen</translation>
    </message>
    <message>
        <source>Show the lips, eyes, brows, silhouette and irises</source>
        <translation>Lippen, Augen, Brauen, Umriss und Iris zeigen</translation>
    </message>
    <message>
        <source>Detector &amp;Boxes</source>
        <translation>Detektor-&amp;Rahmen</translation>
    </message>
    <message>
        <source>Show the face detector&apos;s boxes</source>
        <translation>Die Rahmen des Gesichtsdetektors zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>V&amp;erkleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster &amp;anpassen</translation>
    </message>
    <message>
        <source>Fit the whole photo into the window</source>
        <translation>Das ganze Foto in das Fenster einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the photo at 100% (one screen pixel per image pixel)</source>
        <translation>Das Foto mit 100 % zeigen (ein Bildschirmpixel je Bildpixel)</translation>
    </message>
    <message>
        <source>&amp;About Likeness</source>
        <translation>Ü&amp;ber Likeness</translation>
    </message>
    <message>
        <source>Version and licence information</source>
        <translation>Version und Lizenzinformationen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Überlagerungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Show or hide the list of faces</source>
        <translation>Die Liste der Gesichter zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the analysis timings</source>
        <translation>Die Zeiten der Analyse zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>The device the face analysis runs on</source>
        <translation>Das Gerät, auf dem die Gesichtsanalyse läuft</translation>
    </message>
    <message>
        <source>Open a photo to find the faces in it.</source>
        <translation>Ein Foto öffnen, um die Gesichter darin zu finden.</translation>
    </message>
    <message>
        <source>Unavailable: the face topology could not be loaded. %1</source>
        <translation>Nicht verfügbar: Die Gesichtstopologie konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The mesh and contour overlays are unavailable: the face topology could not be loaded.</source>
        <translation>Netz und Konturen sind nicht verfügbar: Die Gesichtstopologie konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analysiere %1 …</translation>
    </message>
    <message>
        <source>Open Photo</source>
        <translation>Foto öffnen</translation>
    </message>
    <message>
        <source>About Likeness</source>
        <translation>Über Likeness</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Likeness %1&lt;/h3&gt;&lt;p&gt;A face-capture studio: it finds the faces in a photo, their 478 landmarks and head pose, and will reconstruct, rig and export them.&lt;/p&gt;&lt;p&gt;Face models: MediaPipe BlazeFace, FaceMesh and Iris (Apache 2.0) via @vladmandic/human (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Likeness %1&lt;/h3&gt;&lt;p&gt;Ein Studio zur Gesichtserfassung: Es findet die Gesichter in einem Foto, ihre 478 Landmarken und die Kopfhaltung, und wird sie rekonstruieren, riggen und exportieren.&lt;/p&gt;&lt;p&gt;Gesichtsmodelle: MediaPipe BlazeFace, FaceMesh und Iris (Apache 2.0) über @vladmandic/human (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No face found in %1.</source>
        <translation>Kein Gesicht in %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found in %1.</source>
        <translation>
            <numerusform>%n Gesicht in %1 gefunden.</numerusform>
            <numerusform>%n Gesichter in %1 gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>Die Analyse ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not analyse %1.</source>
        <translation>%1 konnte nicht analysiert werden.</translation>
    </message>
    <message>
        <source>Cannot Open Photo</source>
        <translation>Foto kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Face Models Missing</source>
        <translation>Gesichtsmodelle fehlen</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <translation>Ungültige Einstellungen</translation>
    </message>
    <message>
        <source>Analysis Failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysiere …</translation>
    </message>
    <message>
        <source>Device: –</source>
        <translation>Gerät: –</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened photos</source>
        <translation>Die zuletzt geöffneten Fotos vergessen</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Likeness</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Choose the language of the user interface</source>
        <translation>Die Sprache der Benutzeroberfläche wählen</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Fa&amp;ce</source>
        <translation>&amp;Gesicht</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Show or hide the fit settings, its live loss chart and results</source>
        <translation>Einstellungen, Live-Verlustdiagramm und Ergebnisse der Anpassung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Open a photo with a face to fit it.</source>
        <translation>Ein Foto mit einem Gesicht öffnen, um es anzupassen.</translation>
    </message>
    <message>
        <source>Select a face in the Faces list to fit it.</source>
        <translation>Ein Gesicht in der Gesichterliste wählen, um es anzupassen.</translation>
    </message>
    <message>
        <source>Fitting face %1 of %2…</source>
        <translation>Gesicht %1 von %2 wird angepasst …</translation>
    </message>
    <message>
        <source>Fit finished in %1 s.</source>
        <translation>Anpassung nach %1 s fertig.</translation>
    </message>
    <message>
        <source>Fit finished in %1 s: SSIM %2, PSNR %3 dB.</source>
        <translation>Anpassung nach %1 s fertig: SSIM %2, PSNR %3 dB.</translation>
    </message>
    <message>
        <source>The fit failed.</source>
        <translation>Die Anpassung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fit Failed</source>
        <translation>Anpassung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fit cancelled.</source>
        <translation>Anpassung abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the fitted face as a 3D model with its blendshapes and textures (glTF, FBX, OBJ, PLY, Live Link CSV)</source>
        <translation>Das angepasste Gesicht als 3D-Modell mit Blendshapes und Texturen exportieren (glTF, FBX, OBJ, PLY, Live-Link-CSV)</translation>
    </message>
    <message>
        <source>The face topology could not be loaded. %1</source>
        <translation>Die Gesichtstopologie konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Der Export wird vorbereitet …</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the file being written; the files written so far stay complete</source>
        <translation>Nach der gerade geschriebenen Datei anhalten; die bisher geschriebenen Dateien bleiben vollständig</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Show or hide the UV maps of the fit&apos;s stages (coarse, medium, fine)</source>
        <translation>UV-Karten der Anpassungsstufen (grob, mittel, fein) zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Fit finished in %1 s: SSIM %2, PSNR %3 dB (%4 stage).</source>
        <translation>Anpassung nach %1 s fertig: SSIM %2, PSNR %3 dB (Stufe %4).</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) to the Photos dock; the first is open.</source>
        <translation>
            <numerusform>%n Foto zum Fotos-Fenster hinzugefügt; es ist geöffnet.</numerusform>
            <numerusform>%n Fotos zum Fotos-Fenster hinzugefügt; das erste ist geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, light or dark colours, autosave and keyboard shortcuts</source>
        <translation>Sprache, helle oder dunkle Farben, automatisches Speichern und Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Preferences applied.</source>
        <translation>Einstellungen übernommen.</translation>
    </message>
    <message>
        <source>Likeness sessions (*.likeness)</source>
        <translation>Likeness-Sitzungen (*.likeness)</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Continue a saved session: photos, fit, maps, lighting and expression edits, layout (Ctrl+Alt+O)</source>
        <translation>Eine gespeicherte Sitzung fortsetzen: Fotos, Anpassung, Maps, Licht- und Ausdrucksänderungen, Anordnung (Strg+Alt+O)</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save everything in a new session file (Ctrl+Shift+S)</source>
        <translation>Alles in einer neuen Sitzungsdatei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the session into its file, or ask for one (Ctrl+S)</source>
        <translation>Die Sitzung in ihre Datei speichern oder nach einer fragen (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Embed Photos in Sessions</source>
        <translation>Fotos in Sitzungen &amp;einbetten</translation>
    </message>
    <message>
        <source>Store the photo files inside the session (larger, but it opens anywhere); otherwise the session refers to them where they are</source>
        <translation>Die Fotodateien in der Sitzung speichern (größer, öffnet sich aber überall); sonst verweist die Sitzung auf sie, wo sie liegen</translation>
    </message>
    <message>
        <source>Saved the session %1.</source>
        <translation>Sitzung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Opened the session %1.</source>
        <translation>Sitzung %1 geöffnet.</translation>
    </message>
    <message>
        <source>The session&apos;s expression was not restored: %1</source>
        <translation>Der Ausdruck der Sitzung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The session&apos;s lighting was not restored: %1</source>
        <translation>Das Licht der Sitzung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them first?</source>
        <translation>Die Sitzung hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>3D View</source>
        <translation>3D-Ansicht</translation>
    </message>
    <message>
        <source>The photo with the landmarks, mesh and fitted render over it (Ctrl+Shift+1)</source>
        <translation>Das Foto mit Landmarken, Gitter und angepasstem Rendering darüber (Strg+Umschalt+1)</translation>
    </message>
    <message>
        <source>The fitted face in 3D: orbit, shading modes, relighting, expressions (Ctrl+Shift+2)</source>
        <translation>Das angepasste Gesicht in 3D: drehen, Schattierungsmodi, neu beleuchten, Ausdrücke (Strg+Umschalt+2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit undone last (Ctrl+Shift+Z)</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Show or hide the 52 ARKit expression sliders that pose the 3D view (Alt+5)</source>
        <translation>Die 52 ARKit-Ausdrucksregler, die die 3D-Ansicht posieren, ein- oder ausblenden (Alt+5)</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Show or hide the lighting of the 3D view: fitted light, presets, environments, key light (Alt+8)</source>
        <translation>Das Licht der 3D-Ansicht ein- oder ausblenden: angepasstes Licht, Vorgaben, Umgebungen, Führungslicht (Alt+8)</translation>
    </message>
    <message>
        <source>&amp;Photo View</source>
        <translation>&amp;Fotoansicht</translation>
    </message>
    <message>
        <source>Show the photo with its overlays (Ctrl+Shift+1)</source>
        <translation>Das Foto mit seinen Überlagerungen zeigen (Strg+Umschalt+1)</translation>
    </message>
    <message>
        <source>&amp;3D View</source>
        <translation>&amp;3D-Ansicht</translation>
    </message>
    <message>
        <source>Show the fitted face in 3D (Ctrl+Shift+2)</source>
        <translation>Das angepasste Gesicht in 3D zeigen (Strg+Umschalt+2)</translation>
    </message>
    <message>
        <source>Saved the still %1.</source>
        <translation>Standbild %1 gespeichert.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <source>Show or hide the subject&apos;s photos: add, remove, reorder, choose the face (Alt+6)</source>
        <translation>Die Fotos der Person ein- oder ausblenden: hinzufügen, entfernen, umordnen, Gesicht wählen (Alt+6)</translation>
    </message>
    <message>
        <source>Show or hide the webcam preview with live landmarks and Capture Still (Alt+7)</source>
        <translation>Die Webcam-Vorschau mit Live-Landmarken und Standbild-Aufnahme ein- oder ausblenden (Alt+7)</translation>
    </message>
    <message>
        <source>Captured %1 into the Photos dock.</source>
        <translation>%1 ins Fotos-Fenster aufgenommen.</translation>
    </message>
    <message>
        <source>The session&apos;s map edits were not restored: %1</source>
        <translation>Die Kartenbearbeitungen der Sitzung wurden nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Undo the last edit of the lighting, expression, maps or photo set (Ctrl+Z)</source>
        <translation>Die letzte Änderung an Licht, Ausdruck, Karten oder Fotosatz rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Map Edits</source>
        <translation>Kartenbearbeitung</translation>
    </message>
    <message>
        <source>Show or hide the edits of the fitted maps: albedo exposure and saturation, specular and normal strength (Alt+9)</source>
        <translation>Die Bearbeitung der angepassten Karten ein- oder ausblenden: Belichtung und Sättigung der Albedo, Glanz- und Normalenstärke (Alt+9)</translation>
    </message>
    <message>
        <source>The studio now speaks the new language.</source>
        <translation>Das Studio spricht jetzt die neue Sprache.</translation>
    </message>
    <message>
        <source>Preferences applied. The studio now speaks the new language.</source>
        <translation>Einstellungen übernommen. Das Studio spricht jetzt die neue Sprache.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::MapCanvas</name>
    <message>
        <source>Scroll to zoom about the cursor, drag to pan</source>
        <translation>Mausrad zoomt um den Mauszeiger, Ziehen verschiebt</translation>
    </message>
</context>
<context>
    <name>likeness::ui::MapEditPanel</name>
    <message>
        <source>Albedo exposure</source>
        <translation>Albedo-Belichtung</translation>
    </message>
    <message>
        <source>Albedo saturation</source>
        <translation>Albedo-Sättigung</translation>
    </message>
    <message>
        <source>Specular strength</source>
        <translation>Glanzstärke</translation>
    </message>
    <message>
        <source>Normal strength</source>
        <translation>Normalenstärke</translation>
    </message>
    <message>
        <source>Brighten or darken the diffuse albedo in stops (each stop doubles or halves it; -3 to +3)</source>
        <translation>Die diffuse Albedo in Blendenstufen aufhellen oder abdunkeln (jede Stufe verdoppelt oder halbiert sie; -3 bis +3)</translation>
    </message>
    <message>
        <source>Saturation of the diffuse albedo: 0 is gray, 1 as fitted, up to 3</source>
        <translation>Sättigung der diffusen Albedo: 0 ist grau, 1 wie angepasst, bis 3</translation>
    </message>
    <message>
        <source>Scale the specular intensity map (0 removes the highlights; up to 4)</source>
        <translation>Die Glanzintensitätskarte skalieren (0 entfernt die Glanzlichter; bis 4)</translation>
    </message>
    <message>
        <source>Scale the relief of the normal map (0 is flat, 1 as fitted, up to 4)</source>
        <translation>Das Relief der Normalenkarte skalieren (0 ist flach, 1 wie angepasst, bis 4)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Return every map to the fitted one</source>
        <translation>Jede Karte auf die angepasste zurücksetzen</translation>
    </message>
    <message>
        <source>Edits of the fitted maps: the 3D view shows them, Export writes them, the fit keeps its own maps.</source>
        <translation>Bearbeitung der angepassten Karten: die 3D-Ansicht zeigt sie, der Export schreibt sie, die Anpassung behält ihre eigenen Karten.</translation>
    </message>
    <message>
        <source>%1 EV</source>
        <translation>%1 LW</translation>
    </message>
    <message>
        <source>The map edit &quot;%1&quot; is not a number.</source>
        <translation>Die Kartenbearbeitung „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Reset Map Edits</source>
        <translation>Kartenbearbeitung zurücksetzen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>likeness::ui::MapInspector</name>
    <message>
        <source>Diffuse</source>
        <translation>Diffus</translation>
    </message>
    <message>
        <source>Specular</source>
        <translation>Spekular</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalen</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <source>Light map</source>
        <translation>Lichtkarte</translation>
    </message>
    <message>
        <source>Environment map</source>
        <translation>Umgebungskarte</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Schattierung</translation>
    </message>
    <message>
        <source>Coarse</source>
        <translation>Grob</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fein</translation>
    </message>
    <message>
        <source>%1 × %2 texels is too large (at most %3 per side)</source>
        <translation>%1 × %2 Texel sind zu groß (höchstens %3 je Seite)</translation>
    </message>
    <message>
        <source>not a readable PNG image (%1)</source>
        <translation>kein lesbares PNG-Bild (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Point at the map to read a texel</source>
        <translation>Auf die Karte zeigen, um ein Texel abzulesen</translation>
    </message>
    <message>
        <source>value %1 (%2)</source>
        <translation>Wert %1 (%2)</translation>
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
        <translation>%1, %2 · Texel %3, %4 · %5 · %6 Bit</translation>
    </message>
    <message>
        <source>The map to inspect</source>
        <translation>Die zu prüfende Karte</translation>
    </message>
    <message>
        <source>The fitting stage whose map is shown (on the left when comparing)</source>
        <translation>Die Anpassungsstufe, deren Karte gezeigt wird (beim Vergleich links)</translation>
    </message>
    <message>
        <source>Show all colour channels, one channel as gray, or the luminance; alpha is never shown</source>
        <translation>Alle Farbkanäle, einen Kanal als Grau oder die Luminanz zeigen; Alpha wird nie gezeigt</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Luminance</source>
        <translation>Luminanz</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show a second stage of this map side by side, with the same zoom and pan</source>
        <translation>Eine zweite Stufe dieser Karte daneben zeigen, mit gleichem Zoom und gleicher Verschiebung</translation>
    </message>
    <message>
        <source>The stage shown on the right when comparing</source>
        <translation>Die beim Vergleich rechts gezeigte Stufe</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole map into the view</source>
        <translation>Die ganze Karte in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show the map at 100% (one screen pixel per texel)</source>
        <translation>Die Karte in 100 % zeigen (ein Bildschirmpixel je Texel)</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per texel of the left map</source>
        <translation>Zoom: Bildschirmpixel je Texel der linken Karte</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>No maps loaded</source>
        <translation>Keine Karten geladen</translation>
    </message>
    <message>
        <source>The stage shown on the left</source>
        <translation>Die links gezeigte Stufe</translation>
    </message>
    <message>
        <source>The stage shown on the right</source>
        <translation>Die rechts gezeigte Stufe</translation>
    </message>
    <message>
        <source>The texel under the cursor and its stored value (not the displayed one)</source>
        <translation>Das Texel unter dem Mauszeiger und sein gespeicherter Wert (nicht der angezeigte)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>likeness::ui::PhotoSet</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>der Pfad ist zu lang</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>not a supported image type (%1)</source>
        <translation>kein unterstütztes Bildformat (%1)</translation>
    </message>
    <message>
        <source>already in the set</source>
        <translation>schon in der Sammlung</translation>
    </message>
    <message>
        <source>the set is full (%1 photos at most)</source>
        <translation>die Sammlung ist voll (höchstens %1 Fotos)</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Photos</source>
        <translation>%1 Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Reorder Photos</source>
        <translation>Fotos umsortieren</translation>
    </message>
    <message>
        <source>Clear Face Choice</source>
        <translation>Gesichtswahl aufheben</translation>
    </message>
    <message>
        <source>Select Face %1</source>
        <translation>Gesicht %1 wählen</translation>
    </message>
    <message>
        <source>Not a photo set (the format is not &quot;%1&quot;).</source>
        <translation>Keine Fotosammlung (das Format ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The photo set has no valid version.</source>
        <translation>Die Fotosammlung hat keine gültige Version.</translation>
    </message>
    <message>
        <source>The photo set was saved by a newer Likeness (version %1); this version reads version %2.</source>
        <translation>Die Fotosammlung wurde von einem neueren Likeness gespeichert (Version %1); diese Version liest Version %2.</translation>
    </message>
    <message>
        <source>The photo set has no list of photos.</source>
        <translation>Die Fotosammlung hat keine Liste von Fotos.</translation>
    </message>
    <message>
        <source>The photo set lists %1 photos; at most %2 are supported.</source>
        <translation>Die Fotosammlung enthält %1 Fotos; höchstens %2 werden unterstützt.</translation>
    </message>
    <message>
        <source>Photo %1 of the set</source>
        <translation>Foto %1 der Sammlung</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has no valid absolute path.</source>
        <translation>%1 hat keinen gültigen absoluten Pfad.</translation>
    </message>
    <message>
        <source>%1 is not a supported image file: %2</source>
        <translation>%1 ist keine unterstützte Bilddatei: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice: %2</source>
        <translation>%1 ist doppelt aufgeführt: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid face choice.</source>
        <translation>%1 hat eine ungültige Gesichtswahl.</translation>
    </message>
    <message>
        <source>%1 has an invalid face count.</source>
        <translation>%1 hat eine ungültige Anzahl Gesichter.</translation>
    </message>
    <message>
        <source>%1 chooses a face it does not have.</source>
        <translation>%1 wählt ein Gesicht, das es nicht hat.</translation>
    </message>
    <message>
        <source>The photo set&apos;s current photo is out of range.</source>
        <translation>Das aktuelle Foto der Sammlung liegt außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::PhotoSetModel</name>
    <message>
        <source>Cannot read this photo: %1</source>
        <translation>Dieses Foto kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Noch nicht analysiert.</translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation>Kein Gesicht gefunden.</translation>
    </message>
    <message>
        <source>1 face found.</source>
        <translation>1 Gesicht gefunden.</translation>
    </message>
    <message>
        <source>%1 faces found; face %2 is used.</source>
        <translation>%1 Gesichter gefunden; Gesicht %2 wird verwendet.</translation>
    </message>
    <message>
        <source>Click to show it; drag to reorder.</source>
        <translation>Klicken zeigt es an; Ziehen ändert die Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::PhotoView</name>
    <message>
        <source>Scroll to zoom, drag to pan</source>
        <translation>Mausrad zoomt, Ziehen verschiebt</translation>
    </message>
    <message>
        <source>Open a photo (Ctrl+O) or drop one here</source>
        <translation>Ein Foto öffnen (Strg+O) oder hier ablegen</translation>
    </message>
</context>
<context>
    <name>likeness::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language, colours and autosave</source>
        <translation>Sprache, Farben und automatisches Speichern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The keyboard shortcuts of the studio&apos;s commands</source>
        <translation>Die Tastenkürzel der Befehle des Studios</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the user interface. &quot;System default&quot; follows the language of your desktop.</source>
        <translation>Die Sprache der Benutzeroberfläche. „Systemstandard“ folgt der Sprache Ihres Desktops.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Light or dark colours for the whole studio (applied at once), or the look of your desktop</source>
        <translation>Helle oder dunkle Farben für das ganze Studio (sofort angewendet) oder das Aussehen Ihres Desktops</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often the open session is saved in the background (1 to 60 minutes)</source>
        <translation>Wie oft die offene Sitzung im Hintergrund gespeichert wird (1 bis 60 Minuten)</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Use the clear button to remove a shortcut. Changes take effect with Apply or OK.</source>
        <translation>Klicken Sie auf ein Tastenkürzel und drücken Sie die neuen Tasten. Mit der Löschen-Schaltfläche entfernen Sie ein Tastenkürzel. Änderungen gelten nach „Anwenden“ oder „OK“.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The command, as in the menus</source>
        <translation>Der Befehl, wie in den Menüs</translation>
    </message>
    <message>
        <source>The keys that run the command</source>
        <translation>Die Tasten, die den Befehl ausführen</translation>
    </message>
    <message>
        <source>The command&apos;s built-in shortcut</source>
        <translation>Das eingebaute Tastenkürzel des Befehls</translation>
    </message>
    <message>
        <source>The commands of the studio and their keyboard shortcuts</source>
        <translation>Die Befehle des Studios und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Give every command its built-in shortcut again</source>
        <translation>Jedem Befehl wieder sein eingebautes Tastenkürzel geben</translation>
    </message>
    <message>
        <source>Apply the preferences and close</source>
        <translation>Die Einstellungen anwenden und schließen</translation>
    </message>
    <message>
        <source>Apply the preferences and keep this dialog open</source>
        <translation>Die Einstellungen anwenden und diesen Dialog offen lassen</translation>
    </message>
    <message>
        <source>Close without applying the changes since the last Apply</source>
        <translation>Schließen, ohne die Änderungen seit dem letzten „Anwenden“ zu übernehmen</translation>
    </message>
    <message>
        <source>Click, then press the keys of the new shortcut</source>
        <translation>Klicken Sie und drücken Sie dann die Tasten des neuen Tastenkürzels</translation>
    </message>
    <message>
        <source>Built-in shortcut of this command</source>
        <translation>Eingebautes Tastenkürzel dieses Befehls</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;. Choose other keys, or give &quot;%2&quot; another shortcut first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“. Wählen Sie andere Tasten oder geben Sie „%2“ zuerst ein anderes Tastenkürzel.</translation>
    </message>
    <message>
        <source>Every command has its built-in shortcut again (press Apply or OK to keep this).</source>
        <translation>Jeder Befehl hat wieder sein eingebautes Tastenkürzel (mit „Anwenden“ oder „OK“ übernehmen).</translation>
    </message>
    <message>
        <source>Apply switches the whole studio to the new language at once. A few texts that show live values change at their next update.</source>
        <translation>„Anwenden“ stellt das ganze Studio sofort auf die neue Sprache um. Einige Texte mit laufend aktualisierten Werten wechseln bei ihrer nächsten Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ScreenshotRunner</name>
    <message>
        <source>Timed out waiting for the analysis.</source>
        <translation>Zeitüberschreitung beim Warten auf die Analyse.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Timed out waiting for the analysis and the fit.</source>
        <translation>Zeitüberschreitung beim Warten auf Analyse und Anpassung.</translation>
    </message>
</context>
<context>
    <name>likeness::ui::SessionManager</name>
    <message>
        <source>Cannot save the session: %1</source>
        <translation>Die Sitzung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not enough memory to save the session %1.</source>
        <translation>Nicht genug Arbeitsspeicher, um die Sitzung %1 zu speichern.</translation>
    </message>
    <message>
        <source>Not enough memory to open the session %1.</source>
        <translation>Nicht genug Arbeitsspeicher, um die Sitzung %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot restore the session %1: %2</source>
        <translation>Die Sitzung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>There is no autosaved session to recover.</source>
        <translation>Es gibt keine automatisch gespeicherte Sitzung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The autosaved session cannot be recovered: %1</source>
        <translation>Die automatisch gespeicherte Sitzung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot restore the autosaved session: %1</source>
        <translation>Die automatisch gespeicherte Sitzung kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Likeness did not close properly last time. Recover the autosaved session from %1?</source>
        <translation>Likeness wurde beim letzten Mal nicht ordnungsgemäß beendet. Die automatisch gespeicherte Sitzung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Discard deletes the autosaved copy.</source>
        <translation>„Verwerfen“ löscht die automatisch gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the session as it was at the last autosave</source>
        <translation>Die Sitzung so wiederherstellen, wie sie beim letzten automatischen Speichern war</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete the autosaved session and start with an empty one</source>
        <translation>Die automatisch gespeicherte Sitzung löschen und mit einer leeren beginnen</translation>
    </message>
</context>
<context>
    <name>likeness::ui::StatusMonitor</name>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 MiB</translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation>%L1 GiB</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>The face analysis and the fit run on the graphics card %1 (%2)</source>
        <translation>Gesichtsanalyse und Anpassung laufen auf der Grafikkarte %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>CPU · %n thread(s)</source>
        <translation>
            <numerusform>CPU · %n Thread</numerusform>
            <numerusform>CPU · %n Threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The face analysis and the fit run on the processor (%n thread(s)); the analyser has not been loaded yet</source>
        <translation>
            <numerusform>Gesichtsanalyse und Anpassung laufen auf dem Prozessor (%n Thread); die Analyse ist noch nicht geladen</numerusform>
            <numerusform>Gesichtsanalyse und Anpassung laufen auf dem Prozessor (%n Threads); die Analyse ist noch nicht geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The face analysis and the fit run on the processor (%n thread(s))</source>
        <translation>
            <numerusform>Gesichtsanalyse und Anpassung laufen auf dem Prozessor (%n Thread)</numerusform>
            <numerusform>Gesichtsanalyse und Anpassung laufen auf dem Prozessor (%n Threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory: –</source>
        <translation>Speicher: –</translation>
    </message>
    <message>
        <source>The memory use is not available on this system</source>
        <translation>Der Speicherverbrauch ist auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Memory Likeness uses now (resident set): %1
Peak since start: %2
Updated every %n second(s)</source>
        <translation>
            <numerusform>Speicher, den Likeness jetzt belegt (Resident Set): %1
Höchstwert seit dem Start: %2
Aktualisiert jede Sekunde</numerusform>
            <numerusform>Speicher, den Likeness jetzt belegt (Resident Set): %1
Höchstwert seit dem Start: %2
Aktualisiert alle %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>likeness::ui::ThumbnailLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Dies ist keine Datei.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation>Kein lesbares Bild: %1</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels; at most %3 pixels per side are supported.</source>
        <translation>Das Bild hat %1 x %2 Pixel; höchstens %3 Pixel pro Seite werden unterstützt.</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>likeness::ui::TimingsPanel</name>
    <message>
        <source>Load image</source>
        <translation>Bild laden</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>Face detection</source>
        <translation>Gesichtserkennung</translation>
    </message>
    <message>
        <source>Face mesh</source>
        <translation>Gesichtsnetz</translation>
    </message>
    <message>
        <source>Irises</source>
        <translation>Iris</translation>
    </message>
    <message>
        <source>Head pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>Modelle laden</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Wall-clock time of each stage of the last analysis</source>
        <translation>Laufzeit jedes Schritts der letzten Analyse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>likeness::ui::ViewportPanel</name>
    <message>
        <source>Fit a face to see it in 3D.</source>
        <translation>Passen Sie ein Gesicht an, um es in 3D zu sehen.</translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL, which this display does not offer.</source>
        <translation>Die 3D-Ansicht braucht OpenGL, das dieser Bildschirm nicht bietet.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endergebnis</translation>
    </message>
    <message>
        <source>Diffuse Albedo</source>
        <translation>Diffuse Albedo</translation>
    </message>
    <message>
        <source>Specular</source>
        <translation>Glanz</translation>
    </message>
    <message>
        <source>Normals</source>
        <translation>Normalen</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Schattierung</translation>
    </message>
    <message>
        <source>Light Map</source>
        <translation>Light-Map</translation>
    </message>
    <message>
        <source>What the 3D view shows: the final render, one of the fitted maps, the normals, the light alone on a white face, or the light map</source>
        <translation>Was die 3D-Ansicht zeigt: das fertige Rendering, eine der angepassten Maps, die Normalen, das Licht allein auf einem weißen Gesicht oder die Light-Map</translation>
    </message>
    <message>
        <source>Photo Camera</source>
        <translation>Fotokamera</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Three-Quarter</source>
        <translation>Dreiviertel</translation>
    </message>
    <message>
        <source>Preset views; Photo Camera lines the face up with the photo</source>
        <translation>Vorgegebene Ansichten; Fotokamera richtet das Gesicht am Foto aus</translation>
    </message>
    <message>
        <source>Wireframe</source>
        <translation>Drahtgitter</translation>
    </message>
    <message>
        <source>Draw the mesh&apos;s edges over the surface (W)</source>
        <translation>Die Kanten des Gitters über der Oberfläche zeichnen (W)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Einrahmen</translation>
    </message>
    <message>
        <source>Fit the face into the view (F)</source>
        <translation>Das Gesicht in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <source>Render Still…</source>
        <translation>Standbild rendern…</translation>
    </message>
    <message>
        <source>Save the current view, as lit now, as a PNG image at twice the view&apos;s size</source>
        <translation>Die aktuelle Ansicht mit dem jetzigen Licht als PNG-Bild in doppelter Größe speichern</translation>
    </message>
    <message>
        <source>The face topology is not available, so the 3D view stays empty.</source>
        <translation>Die Gesichtstopologie ist nicht verfügbar, daher bleibt die 3D-Ansicht leer.</translation>
    </message>
    <message>
        <source>Preparing the 3D face…</source>
        <translation>Das 3D-Gesicht wird vorbereitet…</translation>
    </message>
    <message>
        <source>The 3D face could not be built: %1</source>
        <translation>Das 3D-Gesicht ließ sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Render Still</source>
        <translation>Standbild rendern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>likeness::ui::WebcamPanel</name>
    <message>
        <source>The camera to use</source>
        <translation>Die zu verwendende Kamera</translation>
    </message>
    <message>
        <source>The camera&apos;s resolution and frame rate</source>
        <translation>Auflösung und Bildrate der Kamera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start or stop the camera</source>
        <translation>Die Kamera starten oder anhalten</translation>
    </message>
    <message>
        <source>Capture S&amp;till</source>
        <translation>S&amp;tandbild aufnehmen</translation>
    </message>
    <message>
        <source>Save the current frame as a photo of the subject</source>
        <translation>Das aktuelle Bild als Foto der Person speichern</translation>
    </message>
    <message>
        <source>Show &amp;landmarks</source>
        <translation>&amp;Landmarken zeigen</translation>
    </message>
    <message>
        <source>Find the face in the live picture and draw its 478 landmarks (about 10 times a second)</source>
        <translation>Das Gesicht im Live-Bild finden und seine 478 Landmarken zeichnen (etwa 10-mal pro Sekunde)</translation>
    </message>
    <message>
        <source>The camera&apos;s live picture</source>
        <translation>Das Live-Bild der Kamera</translation>
    </message>
    <message>
        <source>Camera and capture messages</source>
        <translation>Meldungen der Kamera und der Aufnahme</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>Die Kamera wurde getrennt.</translation>
    </message>
    <message>
        <source>No camera found. Connect one: it appears here by itself.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine an: Sie erscheint hier von selbst.</translation>
    </message>
    <message>
        <source>%1 × %2, %3 fps</source>
        <translation>%1 × %2, %3 fps</translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation>Kamera-Standard</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Camera started: %1</source>
        <translation>Kamera gestartet: %1</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Kamera angehalten.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Kamerafehler: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Live landmarks are off: %1</source>
        <translation>Live-Landmarken sind ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>There is no frame to capture yet.</source>
        <translation>Es gibt noch kein Bild zum Aufnehmen.</translation>
    </message>
    <message>
        <source>The still was not saved: %1</source>
        <translation>Das Standbild wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Still saved: %1</source>
        <translation>Standbild gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Warten auf die Kamera…</translation>
    </message>
    <message>
        <source>Press Start to see the camera.</source>
        <translation>Drücken Sie „Starten“, um die Kamera zu sehen.</translation>
    </message>
</context>
</TS>
