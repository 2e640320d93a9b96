package xxgk

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxDocXML bounds the size of word/document.xml ReadDOCX decompresses.
const maxDocXML = 64 << 20

// ReadDOCX reads a report from a Word document (.docx): its tables in the
// official layout (merged cells: a horizontally merged cell is followed by
// empty cells, a vertically merged one is empty below its first row) and
// its paragraphs, read as ReadText reads text. name is used in errors.
func ReadDOCX(r io.ReaderAt, size int64, name string) (*Report, error) {
	text, err := DOCXText(r, size)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	rep, err := ReadText(bytes.NewReader(text), name)
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// DOCXText returns a Word document's body as text lines: a paragraph a
// line, a table row a line of '|'-separated cells (gridSpan expanded into
// empty cells, vertically merged continuations empty).
func DOCXText(r io.ReaderAt, size int64) ([]byte, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("want a .docx (a zip archive): %w", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return nil, errors.New("want a .docx with word/document.xml, found none")
	}
	rc, err := doc.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, maxDocXML))
	var out bytes.Buffer
	var (
		tblDepth int
		row      []string
		cell     strings.Builder
		para     strings.Builder
		span     int
		inCell   bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("word/document.xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tbl":
				tblDepth++
			case "tr":
				if tblDepth == 1 {
					row = row[:0]
				}
			case "tc":
				if tblDepth == 1 {
					inCell, span = true, 1
					cell.Reset()
				}
			case "gridSpan":
				if tblDepth == 1 && inCell {
					if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 1 && n < 64 {
						span = n
					}
				}
			case "tab":
				if tblDepth == 0 {
					para.WriteByte('\t')
				}
			case "br":
				if tblDepth == 0 {
					para.WriteByte('\n')
				}
			case "t":
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					return nil, fmt.Errorf("word/document.xml: %w", err)
				}
				if tblDepth > 0 {
					cell.WriteString(strings.ReplaceAll(s, "|", "｜"))
				} else {
					para.WriteString(s)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "tbl":
				tblDepth--
			case "tc":
				if tblDepth == 1 && inCell {
					row = append(row, strings.TrimSpace(cell.String()))
					for range span - 1 {
						row = append(row, "")
					}
					inCell = false
				}
			case "tr":
				if tblDepth == 1 {
					out.WriteString("| " + strings.Join(row, " | ") + " |\n")
				}
			case "p":
				if tblDepth == 0 {
					out.WriteString(para.String())
					out.WriteByte('\n')
					para.Reset()
				}
			}
		}
	}
	return out.Bytes(), nil
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
