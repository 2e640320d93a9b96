// Package font finds, checks and loads the CJK font that annualstat's
// charts (gonum/plot) and PDF summary (fpdf) draw Chinese text with, so that
// text never prints as empty boxes.
//
// # Resolution order
//
// [Resolve] returns the first usable font of:
//
//  1. an explicit font: [Options].Path, or Options.Data when Path is empty,
//     with face Options.Index of a collection;
//  2. the environment variable ANNUALSTAT_FONT, a file path optionally
//     followed by #N for face N of a collection, e.g.
//     ANNUALSTAT_FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#1
//     (a value that names an existing file is taken whole, '#' included);
//  3. well-known system fonts, searched in the platform's font directories
//     ([SearchDirs]): on Linux $XDG_DATA_HOME/fonts, ~/.local/share/fonts,
//     ~/.fonts, $XDG_DATA_DIRS/*/fonts, /usr/local/share/fonts and
//     /usr/share/fonts; on Windows %WINDIR%\Fonts (and per-user fonts); on
//     macOS ~/Library/Fonts, /Library/Fonts and /System/Library/Fonts.
//     TrueType-outline CJK fonts are preferred (WenQuanYi Micro Hei, WenQuanYi
//     Zen Hei, AR PL UMing/UKai; Microsoft YaHei, SimHei, DengXian, SimSun;
//     STHeiti, Songti, Arial Unicode), then CFF-outline fonts (Noto Sans CJK,
//     Noto Serif CJK, Source Han, PingFang), which serve both purposes.
//
// Otherwise Resolve fails with an error wrapping [ErrNoFont] that lists the
// rejected candidates and says what to install:
//
//   - Debian/Ubuntu: apt-get install fonts-wqy-microhei (or fonts-noto-cjk)
//   - Windows: Microsoft YaHei (msyh.ttc) and SimHei (simhei.ttf) ship with
//     the system
//   - macOS: STHeiti, Songti and Arial Unicode ship with the system
//
// A font is selected only after checking that it parses, that its outlines
// suit the [Purpose] (for [PDF]: the tables fpdf reads, or for a CFF font a
// successful conversion of the glyphs of [Probe]), and that it covers
// [Probe]: printable ASCII and common report characters. Droid
// Sans Fallback, for example, has the ideographs but no digits or Latin
// letters, and is rejected with the missing characters named. A font named
// explicitly (option or environment) that fails a check is an error saying
// why; Resolve never falls back from it to a system font.
//
// Results are cached for the life of the process; a font is parsed once.
//
// # Collections
//
// Many Chinese system fonts are collections (.ttc). fpdf accepts only a
// single font, and golang.org/x/image/font/opentype rejects the WenQuanYi
// and AR PL collections (their tables are not 4-byte aligned), so
// [ExtractFace] rebuilds one face as a standalone font; [Font].SFNT holds
// it.
//
// # Using the font
//
// For gonum/plot use [Font].OpenType. For fpdf pass [Font.Subset] of the
// characters a document prints to AddUTF8FontFromBytes: a small TrueType
// font, whatever the outlines of the original. fpdf embeds TrueType (glyf)
// outlines only, so Subset converts CFF outlines, approximating each cubic
// curve by quadratic ones within half a unit of a 1000-unit em.
// [Font.PDFBytes] (a copy of the whole font: fpdf writes into the bytes it
// is given) serves TrueType fonts only. Run text through [CheckBMP] or
// [ReplaceNonBMP] first: fpdf panics on characters above U+FFFF. Check text with [Font.Covers] before drawing.
package font // import "github.com/annualstat/annualstat/report/font"
