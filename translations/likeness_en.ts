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
    <message numerus="yes">
        <source>Only the first of the %n dropped photos is opened.</source>
        <translation>
            <numerusform>Only the first of the %n dropped photo is opened.</numerusform>
            <numerusform>Only the first of the %n dropped photos is opened.</numerusform>
        </translation>
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
        <source>The language changes when Likeness is restarted.</source>
        <translation>The language changes when Likeness is restarted.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
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
    <name>likeness::ui::ScreenshotRunner</name>
    <message>
        <source>Timed out waiting for the analysis.</source>
        <translation>Timed out waiting for the analysis.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
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
</TS>
