#pragma once

#include <QString>

namespace Mime {

// The longest name safeAttachmentFileName() and numberedAttachmentFileName() return, in UTF-8
// bytes. File systems allow 255; the margin leaves room for temporary names and suffixes.
inline constexpr qsizetype MaxAttachmentFileNameBytes = 200;

// A file name safe to offer in a save dialog or to create inside a chosen folder: never a path.
// - Only the last directory part is kept (both / and \ separate; "..", "." and empty parts are
//   skipped).
// - Removed: control characters (C0, DEL, C1), bidi embedding/override/isolate characters
//   (U+202A-U+202E, U+2066-U+2069) and every other invisible format character (Unicode
//   category Cf: zero-width space/joiners, marks, BOM, tags...), line/paragraph separators,
//   lone surrogates, non-characters, invisible fillers, the characters invalid on Windows
//   (<>:"/\|?*) and the slash look-alikes U+2215, U+29F8, U+29F9, U+FF0F, U+FF3C.
// - Leading dots and white space and trailing dots and white space are trimmed.
// - Windows device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9 including superscript digits,
//   CONIN$, CONOUT$, CLOCK$; case-insensitive, also with an extension as in "nul.txt" or with
//   spaces before the dot) get the prefix "_".
// - The result is at most MaxAttachmentFileNameBytes UTF-8 bytes, cut at a character (grapheme)
//   boundary before the extension, which is kept (".tar.gz" counts as one extension).
// - An empty result becomes `fallback` (itself cleaned the same way; "attachment" when that is
//   empty too) plus the extension for `mimeType` when it is in a small table of common safe
//   types (text/plain .txt, application/pdf .pdf, message/rfc822 .eml, ...; parameters such as
//   "; charset=utf-8" are ignored). No extension is added to a non-empty name.
[[nodiscard]] QString
safeAttachmentFileName(const QString &nameFromMessage, const QString &mimeType,
                       const QString &fallback = QStringLiteral("attachment"));

// The name for the `number`-th file of the same name: "report (2).pdf", "data (3).tar.gz".
// `safeFileName` must come from safeAttachmentFileName(); the result is still at most
// MaxAttachmentFileNameBytes (the stem is shortened). Numbers below 2 return the name unchanged.
[[nodiscard]] QString numberedAttachmentFileName(const QString &safeFileName, int number);

// True when opening the file could run code, so the UI should warn before opening it. Decided
// on the name as safeAttachmentFileName() would save it (so "x.exe." and "x.exe\u200B" count as
// .exe) by its last extension, case-insensitively (so "invoice.pdf.exe" counts), or by the MIME
// type. The extension list covers Windows programs, installers, scripts and shortcuts (exe, com,
// bat, cmd, scr, pif, msi, msp, vbs, js, wsf, ps1, hta, cpl, lnk, reg, dll, ...), Java (jar),
// Unix and macOS scripts and bundles (sh, bash, command, app, desktop, py, pl, rb, ...),
// packages and disk images (dmg, pkg, deb, rpm, appimage, run, iso, img, vhd, ...) and Office
// documents with macros (docm, xlsm, pptm, ...). The MIME list covers the matching types
// (application/x-msdownload, application/x-executable, application/x-sh, application/java-archive,
// text/x-python, any "macroenabled" Office type, ...). Benign types (pdf, png, txt) are false.
[[nodiscard]] bool isPotentiallyExecutable(const QString &fileName, const QString &mimeType);

} // namespace Mime
