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
</context>
<context>
    <name>likeness::ui::FitWorker</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
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
    <message numerus="yes">
        <source>Only the first of the %n dropped photos is opened.</source>
        <translation>
            <numerusform>Nur das erste der %n abgelegten Fotos wird geöffnet.</numerusform>
            <numerusform>Nur das erste der %n abgelegten Fotos wird geöffnet.</numerusform>
        </translation>
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
        <source>The language changes when Likeness is restarted.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Likeness.</translation>
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
</context>
<context>
    <name>likeness::ui::MapCanvas</name>
    <message>
        <source>Scroll to zoom about the cursor, drag to pan</source>
        <translation>Mausrad zoomt um den Mauszeiger, Ziehen verschiebt</translation>
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
</TS>
