<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>%n Star(s)</source>
        <translation>
            <numerusform>%n Star</numerusform>
            <numerusform>%n Stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>No findings in %Ln still(s)</source>
        <translation>
            <numerusform>No findings in %Ln still</numerusform>
            <numerusform>No findings in %Ln stills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) in {stills}</source>
        <translation>
            <numerusform>%Ln finding in {stills}</numerusform>
            <numerusform>%Ln findings in {stills}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>%Ln still</numerusform>
            <numerusform>%Ln stills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message numerus="yes">
        <source>Copied %n caption(s) and credit</source>
        <translation>
            <numerusform>Copied the caption and credit</numerusform>
            <numerusform>Copied %n captions and credit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message numerus="yes">
        <source>%n still(s) selected</source>
        <translation>
            <numerusform>%n still selected</numerusform>
            <numerusform>%n stills selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares %n character(s)</source>
        <translation>
            <numerusform>Shares %n character</numerusform>
            <numerusform>Shares %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>Saved the contact sheet (%n page(s)): {path}</source>
        <translation>
            <numerusform>Saved the contact sheet (%n page): {path}</numerusform>
            <numerusform>Saved the contact sheet (%n pages): {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>%Ln still</numerusform>
            <numerusform>%Ln stills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{chip}: %Ln still(s) under the current filter</source>
        <translation>
            <numerusform>{chip}: %Ln still under the current filter</numerusform>
            <numerusform>{chip}: %Ln stills under the current filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{chip}: %Ln still(s)</source>
        <translation>
            <numerusform>{chip}: %Ln still</numerusform>
            <numerusform>{chip}: %Ln stills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitLoading</name>
    <message numerus="yes">
        <source>Showing the first %Ln still(s); reading the rest of the kit…</source>
        <translation>
            <numerusform>Showing the first %Ln still; reading the rest of the kit…</numerusform>
            <numerusform>Showing the first %Ln stills; reading the rest of the kit…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>%Ln still</numerusform>
            <numerusform>%Ln stills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message numerus="yes">
        <source>Reading {done} of %Ln still(s)</source>
        <translation>
            <numerusform>Reading {done} of %Ln still</numerusform>
            <numerusform>Reading {done} of %Ln stills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n still(s): the original files, byte for byte.</source>
        <translation>
            <numerusform>Export %n still: the original files, byte for byte.</numerusform>
            <numerusform>Export %n stills: the original files, byte for byte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} stills to {doing} are held back (under embargo or expired).</source>
        <translation>
            <numerusform>%n of the {total} stills to {doing} is held back (under embargo or expired).</numerusform>
            <numerusform>%n of the {total} stills to {doing} are held back (under embargo or expired).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} stills to {doing} are under embargo.</source>
        <translation>
            <numerusform>%n of the {total} stills to {doing} is under embargo.</numerusform>
            <numerusform>%n of the {total} stills to {doing} are under embargo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n stills are held back (under embargo or expired).</source>
        <translation>
            <numerusform>This still is held back (under embargo or expired).</numerusform>
            <numerusform>These %n stills are held back (under embargo or expired).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n stills are under embargo.</source>
        <translation>
            <numerusform>This still is under embargo.</numerusform>
            <numerusform>These %n stills are under embargo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n still(s) stay in their kits; only the collection goes.</source>
        <translation>
            <numerusform>Its %n still stay in their kits; only the collection goes.</numerusform>
            <numerusform>Its %n stills stay in their kits; only the collection goes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>{name}: %Ln still(s)</source>
        <translation>
            <numerusform>{name}: %Ln still</numerusform>
            <numerusform>{name}: %Ln stills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message numerus="yes">
        <source>%n still(s) skipped ({held} embargoed or expired)</source>
        <translation>
            <numerusform>%n still skipped ({held} embargoed or expired)</numerusform>
            <numerusform>%n stills skipped ({held} embargoed or expired)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) skipped</source>
        <translation>
            <numerusform>%n still skipped</numerusform>
            <numerusform>%n stills skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No stills to show: %n still(s) held back (embargoed or expired); View ▸ Slideshow Options can show them</source>
        <translation>
            <numerusform>No stills to show: %n still held back (embargoed or expired); View ▸ Slideshow Options can show them</numerusform>
            <numerusform>No stills to show: %n stills held back (embargoed or expired); View ▸ Slideshow Options can show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>%Ln still</numerusform>
            <numerusform>%Ln stills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln still(s)</source>
        <translation>
            <numerusform>{shown} of %Ln still</numerusform>
            <numerusform>{shown} of %Ln stills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s) grouped</source>
        <translation>
            <numerusform>%Ln more version grouped</numerusform>
            <numerusform>%Ln more versions grouped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln embargoed</source>
        <translation>
            <numerusform>%Ln embargoed</numerusform>
            <numerusform>%Ln embargoed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kit warning(s)</source>
        <translation>
            <numerusform>%Ln kit warning</numerusform>
            <numerusform>%Ln kit warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
