package ingest

import (
	"io"

	"github.com/annualstat/annualstat/analysis"
)

// Reading a large CSV file is split between two goroutines: one reads and
// splits the text, trims the cells and parses the value and year of each
// row (readAhead.run); the caller's goroutine builds the dataset from the
// prepared rows. The rows travel in batches that are recycled; the rows
// of a batch stay valid until the builder asks for the row after them.

// batchRows is the number of rows in a batch.
const batchRows = 1024

// longNums are the value and year of a long-layout row.
type longNums struct {
	v     float64
	year  int
	pct   bool  // the value had a % sign
	ok    bool  // a value is present (not missing)
	vErr  error // ParseNumber's error (never ErrMissing)
	yErr  error // parseYear's error; the year is parsed when ok or when the cell is not empty
	yCell bool  // the year cell is not empty
}

// parseLongNums parses the value and year cells of a long-layout row.
func parseLongNums(valueText, yearText string) (n longNums) {
	v, pct, err := ParseNumber(valueText)
	switch {
	case err == ErrMissing:
	case err != nil:
		n.vErr = err
		return n
	default:
		n.v, n.pct, n.ok = v, pct, true
	}
	n.yCell = yearText != ""
	if n.ok || n.yCell {
		n.year, n.yErr = parseYear(yearText)
	}
	return n
}

// rowBatch is a run of rows prepared by the reading goroutine.
type rowBatch struct {
	text     []byte
	ends     []int      // end offset in text of each cell
	cells    []string   // views of text
	start    []int32    // row r's cells are cells[start[r]:start[r+1]]
	lines    []int32    // line of each cell
	nums     []longNums // per row, for the long layout
	consumed []int64    // per row, bytes read up to its end
	err      error      // after the rows: io.EOF or the reading error
}

func (b *rowBatch) reset() {
	b.text, b.ends, b.cells, b.lines, b.nums, b.consumed = b.text[:0], b.ends[:0], b.cells[:0], b.lines[:0], b.nums[:0], b.consumed[:0]
	b.start = append(b.start[:0], 0)
	b.err = nil
}

func (b *rowBatch) rows() int { return len(b.start) - 1 }

// readAhead is a rowSource fed by a goroutine reading a csvReader.
type readAhead struct {
	r       *csvReader
	h       *header
	size    int64
	out     chan *rowBatch
	free    chan *rowBatch
	slabs   chan []analysis.Point // fresh slabs for the builder, their pages already touched
	done    chan struct{}
	cur     *rowBatch
	row     int
	rowCell []string
}

// newReadAhead starts reading the rows after the header h from r; size is
// the input's size in bytes, 0 if unknown.
func newReadAhead(r *csvReader, h *header, size int64) *readAhead {
	a := &readAhead{r: r, h: h, size: size, out: make(chan *rowBatch, 2), free: make(chan *rowBatch, 4),
		slabs: make(chan []analysis.Point, 2), done: make(chan struct{})}
	go a.run()
	return a
}

// stop ends the reading goroutine and waits for it: the io.Reader is not
// used after ReadCSV returns.
func (a *readAhead) stop() {
	close(a.done)
	for range a.out {
	}
}

// stopped reports whether stop was called.
func (a *readAhead) stopped() bool {
	select {
	case <-a.done:
		return true
	default:
		return false
	}
}

func (a *readAhead) run() {
	defer close(a.out)
	valueCol, yearCol := -1, -1
	if !a.h.wide {
		valueCol, yearCol = a.h.col[colValue], a.h.col[colYear]
	}
	// Once the first rows show how many bytes a row takes, the points of a
	// long table with a known size are allocated at once, and handed to
	// the builder a slab at a time: one allocation instead of hundreds
	// means fewer garbage collections while the dataset grows.
	var big []analysis.Point
	rows, sized := 0, a.size <= 0 || a.h.wide
	for {
		var b *rowBatch
		select {
		case <-a.done:
			return
		case b = <-a.free:
		default:
			b = &rowBatch{}
		}
		b.reset()
		for b.rows() < batchRows && b.err == nil {
			rec, err := a.r.read()
			if err != nil {
				b.err = err
				break
			}
			for i, c := range rec {
				c = trimCell(c)
				b.text = append(b.text, c...)
				b.ends = append(b.ends, len(b.text))
				b.lines = append(b.lines, int32(a.r.lines[i]))
				rec[i] = c
			}
			b.start = append(b.start, int32(len(b.ends)))
			b.consumed = append(b.consumed, a.r.nread)
			if rows++; !sized && rows >= sampleRows {
				sized = true
				if est := int(float64(rows)*float64(a.size)/float64(a.r.nread)*1.02) - rows; est > 2*slabSize && est < 1<<28 {
					big = make([]analysis.Point, est)
				}
			}
			if b.rows()%64 == 0 && a.stopped() {
				return
			}
			if valueCol >= 0 {
				var vt, yt string
				if valueCol < len(rec) {
					vt = rec[valueCol]
				}
				if yearCol < len(rec) {
					yt = rec[yearCol]
				}
				b.nums = append(b.nums, parseLongNums(vt, yt))
			}
		}
		off := 0
		for _, end := range b.ends {
			b.cells = append(b.cells, view(b.text[off:end]))
			off = end
		}
		select {
		case a.out <- b:
		case <-a.done:
			return
		}
		if b.err != nil {
			return
		}
		if len(a.slabs) < cap(a.slabs) {
			var slab []analysis.Point
			if n := min(len(big), slabSize); n > 0 {
				slab, big = big[:n:n], big[n:]
			} else {
				slab = make([]analysis.Point, slabSize)
			}
			a.slabs <- prefault(slab)
		}
	}
}

// prefault writes to every page of s, so that the builder does not wait
// for the operating system to map fresh memory; the elements stay zero.
func prefault(s []analysis.Point) []analysis.Point {
	const perPage = 4096 / 64
	for i := 0; i < len(s); i += perPage {
		s[i].Year = 0
	}
	return s
}

func (a *readAhead) next() ([]string, error) {
	for a.cur == nil || a.row+1 >= a.cur.rows() {
		if a.cur != nil {
			if a.cur.err != nil {
				err := a.cur.err
				a.rowCell = nil
				return nil, err
			}
			select {
			case a.free <- a.cur:
			default:
			}
		}
		b, ok := <-a.out
		if !ok {
			return nil, io.EOF
		}
		a.cur, a.row = b, -1
	}
	a.row++
	b := a.cur
	a.rowCell = b.cells[b.start[a.row]:b.start[a.row+1]]
	return a.rowCell, nil
}

// nums returns the parsed value and year of the current row.
func (a *readAhead) nums() *longNums {
	if a.row < len(a.cur.nums) {
		return &a.cur.nums[a.row]
	}
	return nil
}

func (a *readAhead) consumed() int64 { return a.cur.consumed[a.row] }

func (a *readAhead) pos(col int) (int, int) {
	if a.cur == nil || a.row < 0 || a.row >= a.cur.rows() || len(a.rowCell) == 0 {
		return a.r.line, 0
	}
	first := int(a.cur.start[a.row])
	c := min(max(col, 0), len(a.rowCell)-1)
	line := int(a.cur.lines[first+c])
	if col < 0 {
		return line, 0
	}
	return line, col + 1
}
