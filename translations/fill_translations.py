#!/usr/bin/env python3
"""Fills translations/likeness_{en,de}.ts after `cmake --build <dir> --target update_translations`
(run that target once more afterwards: lupdate rewrites the files in its own layout).

English: every message is its own translation, plurals get proper singular/plural forms.
German: translated here, by hand, keyed by source text. A source text missing from
GERMAN stays "unfinished" and this script exits with status 1 so that it is noticed
(tests/ui/test_ui_units checks that likeness_de.ts has no unfinished message).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Plural messages: source -> (singular, plural) per language.
ENGLISH_PLURALS = {
    "%n face(s) found.": ("%n face found.", "%n faces found."),
    "%n face(s) found in %1.": ("%n face found in %1.", "%n faces found in %1."),
    "Only the first of the %n dropped photos is opened.": (
        "Only the first of the %n dropped photo is opened.",
        "Only the first of the %n dropped photos is opened."),
}

GERMAN_PLURALS = {
    "%n face(s) found.": ("%n Gesicht gefunden.", "%n Gesichter gefunden."),
    "%n face(s) found in %1.": ("%n Gesicht in %1 gefunden.", "%n Gesichter in %1 gefunden."),
    "Only the first of the %n dropped photos is opened.": (
        "Nur das erste der %n abgelegten Fotos wird geöffnet.",
        "Nur das erste der %n abgelegten Fotos wird geöffnet."),
}

GERMAN = {
    # Command line
    "Likeness face-capture studio.": "Likeness – Studio zur Gesichtserfassung.",
    "User-interface language, e.g. en or de (default: system).":
        "Sprache der Benutzeroberfläche, z. B. en oder de (Standard: System).",
    "code": "Code",
    "Run the face analysis on cpu or cuda (default: cpu).":
        "Gesichtsanalyse auf cpu oder cuda ausführen (Standard: cpu).",
    "device": "Gerät",
    "Open IMAGE, wait for the analysis, save the window to OUT.png and quit.":
        "BILD öffnen, auf die Analyse warten, das Fenster als OUT.png speichern und beenden.",
    "Photo to open.": "Zu öffnendes Foto.",
    "--device must be cpu or cuda.": "--device muss cpu oder cuda sein.",
    "--screenshot OUT.png needs exactly one IMAGE.": "--screenshot OUT.png braucht genau ein BILD.",
    # Image formats
    "Images (%1)": "Bilder (%1)",
    "All files (*)": "Alle Dateien (*)",
    # Worker, busy indicator
    "Unknown error.": "Unbekannter Fehler.",
    "Face analysis is running in the background": "Die Gesichtsanalyse läuft im Hintergrund",
    # Faces panel
    "%1°": "%1°",
    "#": "Nr.",
    "Score": "Wert",
    "Presence": "Präsenz",
    "Yaw": "Gieren",
    "Pitch": "Nicken",
    "Roll": "Rollen",
    "Points": "Punkte",
    "Face number, largest face first": "Nummer des Gesichts, das größte zuerst",
    "Detector confidence (0-1)": "Konfidenz des Detektors (0–1)",
    "Landmark model's confidence that this is a face (0-1)":
        "Konfidenz des Landmarkenmodells, dass dies ein Gesicht ist (0–1)",
    "Head turn in degrees; positive turns toward the image's right":
        "Kopfdrehung in Grad; positiv dreht zur rechten Bildseite",
    "Head tilt in degrees; positive tilts the chin down": "Kopfneigung in Grad; positiv senkt das Kinn",
    "Head roll in degrees; positive rotates clockwise in the image":
        "Kopfrollen in Grad; positiv dreht im Bild im Uhrzeigersinn",
    "Number of landmarks (478 with irises)": "Anzahl der Landmarken (478 mit Iris)",
    "Select a face to highlight it; double-click to zoom onto it":
        "Ein Gesicht auswählen, um es hervorzuheben; Doppelklick zoomt darauf",
    "No photo open.": "Kein Foto geöffnet.",
    "No face found.": "Kein Gesicht gefunden.",
    "Analysing…": "Analysiere …",
    # Main window: actions
    "&Open…": "Ö&ffnen …",
    "Open a photo and find the faces in it": "Ein Foto öffnen und die Gesichter darin finden",
    "&Analyse Again": "&Erneut analysieren",
    "Analyse the current photo again": "Das aktuelle Foto erneut analysieren",
    "&Quit": "&Beenden",
    "Quit Likeness": "Likeness beenden",
    "&Points": "&Punkte",
    "Show the landmarks (478 points per face)": "Die Landmarken zeigen (478 Punkte je Gesicht)",
    "&Mesh": "&Netz",
    "Show the face mesh wireframe": "Das Gitternetz des Gesichts zeigen",
    "&Contours": "&Konturen",
    "Show the lips, eyes, brows, silhouette and irises":
        "Lippen, Augen, Brauen, Umriss und Iris zeigen",
    "Detector &Boxes": "Detektor-&Rahmen",
    "Show the face detector's boxes": "Die Rahmen des Gesichtsdetektors zeigen",
    "Zoom &In": "&Vergrößern",
    "Zoom in": "Vergrößern",
    "Zoom &Out": "V&erkleinern",
    "Zoom out": "Verkleinern",
    "&Fit to Window": "An Fenster &anpassen",
    "Fit the whole photo into the window": "Das ganze Foto in das Fenster einpassen",
    "&Actual Size": "&Originalgröße",
    "Show the photo at 100% (one screen pixel per image pixel)":
        "Das Foto mit 100 % zeigen (ein Bildschirmpixel je Bildpixel)",
    "&About Likeness": "Ü&ber Likeness",
    "Version and licence information": "Version und Lizenzinformationen",
    # Main window: menus, docks, status bar
    "&File": "&Datei",
    "Open &Recent": "&Zuletzt geöffnet",
    "&View": "&Ansicht",
    "Overlays": "Überlagerungen",
    "&Help": "&Hilfe",
    "Main Toolbar": "Hauptwerkzeugleiste",
    "Faces": "Gesichter",
    "Timings": "Zeiten",
    "Show or hide the list of faces": "Die Liste der Gesichter zeigen oder ausblenden",
    "Show or hide the analysis timings": "Die Zeiten der Analyse zeigen oder ausblenden",
    "The device the face analysis runs on": "Das Gerät, auf dem die Gesichtsanalyse läuft",
    "Open a photo to find the faces in it.": "Ein Foto öffnen, um die Gesichter darin zu finden.",
    "Unavailable: the face topology could not be loaded. %1":
        "Nicht verfügbar: Die Gesichtstopologie konnte nicht geladen werden. %1",
    "The mesh and contour overlays are unavailable: the face topology could not be loaded.":
        "Netz und Konturen sind nicht verfügbar: Die Gesichtstopologie konnte nicht geladen werden.",
    "Analysing %1…": "Analysiere %1 …",
    "Open Photo": "Foto öffnen",
    "About Likeness": "Über Likeness",
    "<h3>Likeness %1</h3><p>A face-capture studio: it finds the faces in a photo, their 478 landmarks "
    "and head pose, and will reconstruct, rig and export them.</p><p>Face models: MediaPipe BlazeFace, "
    "FaceMesh and Iris (Apache 2.0) via @vladmandic/human (MIT).</p>":
        "<h3>Likeness %1</h3><p>Ein Studio zur Gesichtserfassung: Es findet die Gesichter in einem Foto, "
        "ihre 478 Landmarken und die Kopfhaltung, und wird sie rekonstruieren, riggen und exportieren.</p>"
        "<p>Gesichtsmodelle: MediaPipe BlazeFace, FaceMesh und Iris (Apache 2.0) über "
        "@vladmandic/human (MIT).</p>",
    "No face found in %1.": "Kein Gesicht in %1 gefunden.",
    "The analysis failed.": "Die Analyse ist fehlgeschlagen.",
    "Could not analyse %1.": "%1 konnte nicht analysiert werden.",
    "Cannot Open Photo": "Foto kann nicht geöffnet werden",
    "Face Models Missing": "Gesichtsmodelle fehlen",
    "Invalid Settings": "Ungültige Einstellungen",
    "Analysis Failed": "Analyse fehlgeschlagen",
    "Device: –": "Gerät: –",
    "Device: %1": "Gerät: %1",
    "%1 (not found)": "%1 (nicht gefunden)",
    "&Clear Menu": "&Liste leeren",
    "Forget the recently opened photos": "Die zuletzt geöffneten Fotos vergessen",
    "Likeness": "Likeness",
    "&Language": "&Sprache",
    "Choose the language of the user interface": "Die Sprache der Benutzeroberfläche wählen",
    "System Default": "Systemstandard",
    "The language changes when Likeness is restarted.": "Die Sprache wechselt beim nächsten Start von Likeness.",
    # Photo view
    "Scroll to zoom, drag to pan": "Mausrad zoomt, Ziehen verschiebt",
    "Open a photo (Ctrl+O) or drop one here": "Ein Foto öffnen (Strg+O) oder hier ablegen",
    # Screenshot mode
    "Timed out waiting for the analysis.": "Zeitüberschreitung beim Warten auf die Analyse.",
    "Could not write %1.": "%1 konnte nicht geschrieben werden.",
    # Timings panel
    "Load image": "Bild laden",
    "Decode": "Dekodieren",
    "Face detection": "Gesichtserkennung",
    "Face mesh": "Gesichtsnetz",
    "Irises": "Iris",
    "Head pose": "Kopfhaltung",
    "Model loading": "Modelle laden",
    "Analysis": "Analyse",
    "%1 ms": "%1 ms",
    "Stage": "Schritt",
    "Time": "Zeit",
    "Wall-clock time of each stage of the last analysis": "Laufzeit jedes Schritts der letzten Analyse",
    "Total": "Gesamt",
}


def fill(path, singles, plurals):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = plurals.get(source)
            if forms is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = singles(source)
            if text is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            translation.text = text
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


def main():
    problems = 0
    missing = fill(HERE / "likeness_en.ts", lambda s: s, ENGLISH_PLURALS)
    missing += fill(HERE / "likeness_de.ts", GERMAN.get, GERMAN_PLURALS)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
        problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
