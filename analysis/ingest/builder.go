package ingest

import (
	"maps"
	"slices"

	"github.com/annualstat/annualstat/analysis"
)

// builder assembles a dataset from rows with few allocations and little
// memory: loading is dominated by touching memory, so everything
// per-indicator is small and allocated in bulk.
//
// Rows of one indicator usually come together (a long CSV grouped by
// indicator), so the points of the indicator being read (the run) are
// appended at the end of a shared slab of points, and the indicator's
// Points becomes that part of the slab, capacity-capped, when another
// indicator starts. An indicator that comes back later has its earlier
// points copied to the end of the slab first. The line of each point is
// kept in step in one array, for messages about a year given twice.
type builder struct {
	d         *analysis.Dataset
	byName    map[string]int32 // first indicator with that name
	sameName  []int32          // next indicator with the same name, -1 none
	lineStart []int32          // per indicator, where its lines start in lines
	lines     []int32
	strs      map[string]string
	inds      []analysis.Indicator // preallocated indicators
	cur       int32                // indicator of the run; -1 none
	runStart  int                  // the run is slab[runStart:] and lines[runLines:]
	runLines  int
	slab      []analysis.Point
	fresh     chan []analysis.Point // slabs made ready by the reading goroutine, if any
	// missingYear is the latest year given by a cell that marks a missing
	// value (—, …, /, empty).
	missingYear int
}

// noteMissing records that the input gives year y, with a missing value.
func (b *builder) noteMissing(y int) { b.missingYear = max(b.missingYear, y) }

const slabSize = 8192

func (b *builder) init() {
	b.d = &analysis.Dataset{}
	b.byName = make(map[string]int32)
	b.strs = make(map[string]string)
	b.cur = -1
}

// reserve makes room for factor times the indicators and points read so
// far (capped, so that a misleading start costs little).
func (b *builder) reserve(factor float64) {
	factor = min(factor, 1<<20)
	if factor <= 1.5 {
		return
	}
	n := len(b.d.Indicators)
	inds := int(float64(n) * factor * 1.05)
	if inds > n {
		b.d.Indicators = slices.Grow(b.d.Indicators, inds-n)
		b.sameName = slices.Grow(b.sameName, inds-n)
		b.lineStart = slices.Grow(b.lineStart, inds-n)
		m := make(map[string]int32, inds)
		maps.Copy(m, b.byName)
		b.byName = m
		if inds-n > len(b.inds) {
			b.inds = make([]analysis.Indicator, inds-n)
		}
	}
	if pts := int(float64(len(b.lines)) * factor * 1.05); pts > len(b.lines) {
		b.lines = slices.Grow(b.lines, pts-len(b.lines))
	}
}

// intern returns a copy of s shared by all equal strings: sections, units
// and periods repeat on every row.
func (b *builder) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := b.strs[s]; ok {
		return v
	}
	c := string([]byte(s))
	if len(b.strs) < 1<<16 { // beyond that it is not a small vocabulary
		b.strs[c] = c
	}
	return c
}

// lookup returns the index of the indicator with the key, or -1.
func (b *builder) lookup(section, name, unit string) int32 {
	i, ok := b.byName[name]
	if !ok {
		return -1
	}
	for ; i >= 0; i = b.sameName[i] {
		ind := b.d.Indicators[i]
		if ind.Section == section && ind.Unit == unit {
			return i
		}
	}
	return -1
}

// add appends a new indicator and returns its index. The strings must not
// be views of a row buffer.
func (b *builder) add(section, name, unit string) int32 {
	i := int32(len(b.d.Indicators))
	if len(b.inds) == 0 {
		b.inds = make([]analysis.Indicator, min(1024, 16+len(b.d.Indicators)))
	}
	ind := &b.inds[0]
	b.inds = b.inds[1:]
	ind.Section, ind.Name, ind.Unit = section, name, unit
	b.d.Indicators = append(b.d.Indicators, ind)
	next := int32(-1)
	if j, ok := b.byName[name]; ok {
		next = j
	}
	b.byName[name] = i
	b.sameName = append(b.sameName, next)
	b.lineStart = append(b.lineStart, 0)
	return i
}

// touch makes i the indicator of the run.
func (b *builder) touch(i int32) {
	if i == b.cur {
		return
	}
	b.flush()
	b.cur = i
	b.runStart, b.runLines = len(b.slab), len(b.lines)
	if old := b.d.Indicators[i].Points; len(old) > 0 {
		start := b.lineStart[i]
		for j := range old {
			b.push(&old[j], b.lines[int(start)+j])
		}
	}
}

// push appends p to the run. The slab beyond its length is zero (it is
// never shrunk or reused), so only the fields that are set are written: a
// plain value writes no pointer and so costs no GC write barrier.
func (b *builder) push(p *analysis.Point, line int32) {
	if len(b.slab) == cap(b.slab) {
		run := len(b.slab) - b.runStart
		var slab []analysis.Point
		select {
		case s := <-b.fresh: // nil channel: never ready
			if cap(s) >= max(2*run, 1) {
				slab = s[:run]
			}
		default:
		}
		if slab == nil {
			slab = make([]analysis.Point, run, max(min(slabSize, 64+2*cap(b.slab)), 2*run))
		}
		copy(slab, b.slab[b.runStart:])
		b.slab, b.runStart = slab, 0
	}
	n := len(b.slab)
	b.slab = b.slab[:n+1]
	q := &b.slab[n]
	q.Year, q.Value, q.Flags, q.Precision, q.NoLevel = p.Year, p.Value, p.Flags, p.Precision, p.NoLevel
	if p.Qualifier != "" {
		q.Qualifier = p.Qualifier
	}
	if p.Share != nil {
		q.Share = p.Share
	}
	if p.Period != "" {
		q.Period = p.Period
	}
	if p.Note != "" {
		q.Note = p.Note
	}
	if p.Changes != nil {
		q.Changes = p.Changes
	}
	b.lines = append(b.lines, line)
}

// addPoint adds p, read on line, to indicator i. If the year is already
// there it returns the line that gave it and true.
func (b *builder) addPoint(i int32, p *analysis.Point, line int32) (int32, bool) {
	b.touch(i)
	run := b.slab[b.runStart:]
	for j := range run {
		if run[j].Year == p.Year {
			return b.lines[b.runLines+j], true
		}
	}
	b.push(p, line)
	return 0, false
}

// flush sorts the run by year and stores it in its indicator.
func (b *builder) flush() {
	if b.cur < 0 {
		return
	}
	i := b.cur
	b.cur = -1
	end := len(b.slab)
	if end == b.runStart {
		return
	}
	pts, lines := b.slab[b.runStart:end:end], b.lines[b.runLines:]
	// Insertion sort: the input is nearly always sorted already.
	for j := 1; j < len(pts); j++ {
		for k := j; k > 0 && pts[k].Year < pts[k-1].Year; k-- {
			pts[k], pts[k-1] = pts[k-1], pts[k]
			lines[k], lines[k-1] = lines[k-1], lines[k]
		}
	}
	b.d.Indicators[i].Points = pts
	b.lineStart[i] = int32(b.runLines)
	b.runStart, b.runLines = end, len(b.lines)
}

// finish returns the dataset with its lookup index built.
func (b *builder) finish() (*analysis.Dataset, error) {
	b.flush()
	d := b.d
	missingYear := b.missingYear
	*b = builder{}
	// A latest year whose cells are all marked missing stays the year of
	// the data: Analyze then says it has no values, rather than comparing
	// the two years before as if they were the latest.
	if ys := d.Years(); d.Year == 0 && missingYear > 0 && (len(ys) == 0 || missingYear > ys[len(ys)-1]) {
		d.Year = missingYear
	}
	if err := d.Reindex(); err != nil {
		return nil, errDuplicateIndicator
	}
	return d, nil
}
