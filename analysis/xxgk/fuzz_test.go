package xxgk

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// FuzzReadText: any text reads without a panic, and what it reads can be
// checked and compared.
func FuzzReadText(f *testing.F) {
	for _, name := range []string{"huaian-2024.txt", "hongze-2023.txt", "hongze-2024.txt"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("（六）其他处理 |\n|\n||\n四、 1 2\n（七）总 | 5\n计\n"))
	f.Add([]byte("<table><tr><td>行政复议</td></tr><tr><td>1</td></tr></table>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rep, err := ReadText(bytes.NewReader(b), "f.txt")
		if err != nil {
			return
		}
		Check(rep, rep)
		Compare(rep, rep, 2)
		var w strings.Builder
		if err := WriteCSV(&w, rep); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzReadDOCX: a damaged Word file is an error, never a panic.
func FuzzReadDOCX(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ReadDOCX(bytes.NewReader(b), int64(len(b)), "f.docx")
	})
}
