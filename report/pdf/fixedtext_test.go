package pdf

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestFixedTextComplete: every character of every string literal in the
// package's source is in fixedText, which is what the font subset and the
// coverage check are built from besides the data.
func TestFixedTextComplete(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "wrap.go" { // wrap.go: break rules, not printed
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.ContainsFunc(s, func(r rune) bool { return r > 0x7f }) || strings.Contains(s, "%U") {
				return true
			}
			checked++
			for _, r := range s {
				if r > 0x7f && !strings.ContainsRune(fixedText, r) {
					t.Errorf("%s: %q in %q is not in fixedText", fset.Position(lit.Pos()), r, s)
				}
			}
			return true
		})
	}
	if checked < 20 {
		t.Errorf("only %d literals checked", checked)
	}
}
