<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Actions</name>
    <message>
        <source>Original Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rate the selected stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;ZIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ZIP press kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Caption and &amp;Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected stills&apos; captions with their credits, ready to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected still&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last rating, pick, reject or collection change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Filter &amp;Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the filtered stills full screen, from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slideshow &amp;Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval, loop, shuffle, crossfade, screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the window and of the slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version Stills runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the selected stills as picks (or unflag them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected stills as rejects (or unmark them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Re&amp;jected Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the stills marked as rejects out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected stills to a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new collection, with the selected stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected stills out of this collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stills one place earlier in this collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stills one place later in this collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Collection &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Collection Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate Missing Stills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point to the folder a moved kit is in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from a collection to the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every still of the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected stills (or all shown) to a folder, with a caption sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;Sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stills shown, with captions and credits, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected stills, one a page, with caption and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still large: zoom to fit or 1:1, with pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;With Default App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the still in the desktop&apos;s image app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the still&apos;s file in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Caption Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the captions of this kit from a Word, Excel, PDF or text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, credits and captions to fix before the kit goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;to Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <source>Caption documents (*.docx *.xlsx *.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Caption Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kit to import its caption document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a caption document (.docx, .xlsx, .pdf, .txt), or cannot be remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({formats} support is not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading captions from {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <source>Captions are copied and exported as “{example}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open a kit to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again on the kit shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to select its still in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No findings in %Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) in {stills}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not shown: clear the filter to see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message numerus="yes">
        <source>Copied %n caption(s) and credit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: {name}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied image {name} ({width} × {height})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Collections are unavailable: the library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select stills to add to a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the collection “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {stills} to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({stills} already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {stills} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding its stills in their kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stills} of this collection cannot be found: open their kit where it is now, or use Collection ▸ Locate Missing Stills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {stills} from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every still of this collection is where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate the Kit of the Missing Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {found} of {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy their captions and credits, add them to a collection or export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a still to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a thumbnail, or use the arrow keys in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Do not publish before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{disclosure}: say so wherever it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the caption in {language} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption from {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares {characters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shares %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Related still: {caption}. {shares}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out {stills} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {stills} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under embargo or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: those stills cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions as “{example}”, in {language} (Edit ▸ Caption Style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions as “{example}” (Edit ▸ Caption Style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stills} cannot be found and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder outside the kit “{kit}”: the copies would become part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {stills}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the contact sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the caption sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {name} ({index} of {count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {stills} to {folder} with {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {stills} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {stills} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, nothing was left behind: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files it had copied were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: the files it had copied were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of {stills} from {kits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stills} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} contact sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Contact Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the contact sheet of {stills}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sheet failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sheet cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the contact sheet (%n page(s)): {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{chip}: %Ln still(s) under the current filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{chip}: %Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>★ Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search captions, credits, names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the stills whose caption, credit, characters or keywords contain these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stills with at least one of the chosen chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only stills with every chosen chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match any chosen chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match every chosen chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the keyword chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the stills you picked (P flags the selected stills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only stills rated at least this many stars (keys 1-5 rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, the chips, picks and rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search; pressed again, clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter at once, without waiting for the next key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Embargoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>An offline gallery for film and series press kits: stills with their captions, credits and embargoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (or {button})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Still, Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window and of the slideshow, by menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or keys contain these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the slideshow here (or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run of stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the collections list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitLoading</name>
    <message>
        <source>Open Press Kit Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Press Kit ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading captions and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln still(s); reading the rest of the kit…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading kit {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitWatch</name>
    <message>
        <source>&amp;Reload Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the kit again from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit changed on disk: Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit&apos;s files changed since it was opened; read it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading ratings: identifying stills {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings unavailable for this kit: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the rating of {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated {stars} {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpicked {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-rejected {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden: View ▸ Hide Rejected Stills)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message numerus="yes">
        <source>Reading {done} of %Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the grid…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneView</name>
    <message>
        <source>Zoom to fit or 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1, one picture pixel to one screen pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan at 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading full size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag to pan, Z to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z or double-click for 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 of a reduced copy ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the stills to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {stills}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {stills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>{name} — expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n still(s): the original files, byte for byte.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copies go: a folder outside the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename by pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {kit} {index} {characters} {name} {title} {credit} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption sheet beside them (captions.csv and captions.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sheet (contact-sheet.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stills come with these terms. By exporting them you take them on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stills carry no usage terms. Check with the distributor before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} stills to {doing} are held back (under embargo or expired).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} stills to {doing} are under embargo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n stills are held back (under embargo or expired).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n stills are under embargo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They must not be published before their release date or after their expiry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They must not be published before their release date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Embargoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n still(s) stay in their kits; only the collection goes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put on the contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>No kit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your collections: open one to see its stills; drag to reorder, F2 renames, Delete deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collections yet. Select stills and add them to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the collection up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the collection down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection; its stills stay in their kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collections yet. Select stills and press {keys} to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <source>Next still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second longer on each still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second shorter on each still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the caption and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen or a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave, selecting the still on screen in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slideshow — Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) skipped ({held} embargoed or expired)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No stills to show: %n still(s) held back (embargoed or expired); View ▸ Slideshow Options can show them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No stills to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slideshow Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval between stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again after the last still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossfade between stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip embargoed stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Credit: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be shown ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>New Collection “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder or ZIP of stills, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{collection} — Collection — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select stills in a kit and press {keys} to put them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kit has no stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stills match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer chips, “Any” instead of “All”, or another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln still(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln embargoed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kit warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and collections are unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the stills (View ▸ Sort By)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stills of the kit or collection. Arrow keys move, Space shows the still large, Return starts the slideshow, 0 to 5 rate, P picks, X rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit and collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit opened last: click it to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the thumbnails are in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the stills in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stills shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{copy} copies their captions and credits, {add} adds them to a collection, {export} exports them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
