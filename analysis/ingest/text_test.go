package ingest

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// ReadText gives the same text for UTF-8, BOM-prefixed and GBK input.
func TestReadTextEncodings(t *testing.T) {
	const text = "全区实有各类市场主体28716户,比上年增长12.33%。\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]string{"utf8": text, "bom": "\ufeff" + text, "gbk": gbk} {
		got, err := ReadText(strings.NewReader(in), Options{Name: name + ".txt"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if string(got) != text {
			t.Errorf("%s: got %q, want %q", name, got, text)
		}
	}
	if _, err := ReadText(bytes.NewReader([]byte{0x80, 0x00, 0xff}), Options{Name: "bin.txt"}); err == nil || !strings.HasPrefix(err.Error(), "bin.txt") {
		t.Errorf("binary input: error %v, want one naming the file", err)
	}
}
