package ingest

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

// spaces is an endless JSON prefix followed by white space.
type spaces struct{ head string }

func (s *spaces) Read(p []byte) (int, error) {
	n := copy(p, s.head)
	s.head = s.head[n:]
	for i := n; i < len(p); i++ {
		p[i] = ' '
	}
	return len(p), nil
}

// An endless input of unknown size (a pipe) is refused once it passes
// MaxJSONSize.
func TestJSONStreamTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 256 MiB")
	}
	_, err := ReadJSON(&spaces{head: `{"indicators": [`}, Options{Name: "endless.json"})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "endless.json") || !strings.Contains(err.Error(), "256 MiB") {
		t.Fatalf("err = %v, want ErrTooLarge naming the file and the limit", err)
	}
}

// Positions stay exact far into the input, past the bytes the reader
// keeps, and invalid UTF-8 is found wherever it is.
func TestJSONStreamPositions(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("{\n\"indicators\": [\n")
	const n = 60000 // about 5 MB, several windows
	for i := range n {
		b.WriteString(`  {"section": "甲", "name": "指标` + itoa(i) + `", "unit": "户", "values": [{"year": 2022, "value": 1}]},` + "\n")
	}
	good := b.Len()
	// Line n+3, column 6 (characters): the bad year.
	b.WriteString(`  {"x": 1}]}`)
	_, err := ReadJSON(bytes.NewReader(b.Bytes()), Options{Name: "far.json"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != n+3 || pe.Column != 4 || pe.Field != "indicators["+itoa(n)+"].x" {
		t.Errorf("err = %v (line %d col %d), want far.json:%d:4 at indicators[%d].x", err, lineOf(pe), colOf(pe), n+3, n)
	}

	bad := append([]byte(nil), b.Bytes()[:good]...)
	bad = append(bad, "  {\"section\": \"乙\", \"name\": \"坏\xff名\", \"unit\": \"户\"}]}"...)
	_, err = ReadJSON(bytes.NewReader(bad), Options{Name: "bad.json"})
	if !errors.As(err, &pe) || pe.Line != n+3 || !strings.Contains(err.Error(), "invalid bytes") {
		t.Errorf("err = %v, want invalid bytes on line %d", err, n+3)
	}

	// A byte order mark is allowed; trailing content is not.
	d, err := ReadJSON(io.MultiReader(strings.NewReader("\ufeff"), strings.NewReader(`{"indicators": []}`)), Options{})
	if err != nil || len(d.Indicators) != 0 {
		t.Errorf("with BOM: %v", err)
	}
	if _, err := ReadJSON(strings.NewReader("{\"indicators\": []}\n\n  x"), Options{Name: "t.json"}); err == nil || !strings.Contains(err.Error(), "t.json:3:3") {
		t.Errorf("trailing content: %v", err)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func lineOf(pe *ParseError) int {
	if pe == nil {
		return 0
	}
	return pe.Line
}

func colOf(pe *ParseError) int {
	if pe == nil {
		return 0
	}
	return pe.Column
}
