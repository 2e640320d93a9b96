package ingest

import (
	"errors"
	"fmt"
)

// Limits against hostile or mistaken input. Each is far above any real
// statistical dataset (the 200,000-indicator benchmarks stay well under
// them) and stops an input that would otherwise take minutes or gigabytes
// with an error that names the file and the limit.
const (
	// MaxXLSXSize caps the size of an XLSX file and the sum of the
	// uncompressed sizes of its parts: a small "zip bomb" holding a sheet
	// of gigabytes is refused before anything is unpacked.
	MaxXLSXSize = 512 << 20
	// MaxJSONSize caps a JSON input.
	MaxJSONSize = 256 << 20
	// MaxCellBytes caps one CSV field or XLSX cell: 128 KiB, more than the
	// 32,767 characters a spreadsheet cell can hold.
	MaxCellBytes = 128 << 10
	// MaxLineBytes caps one CSV line (a quoted field may span several).
	MaxLineBytes = 4 << 20
)

// ErrTooLarge is wrapped by the errors of inputs, cells and lines beyond
// the limits above (and MaxTextSize).
var ErrTooLarge = errors.New("input too large")

// sizeName renders a limit in KiB or MiB.
func sizeName(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}
