package ingest

import (
	"github.com/annualstat/annualstat/analysis"
)

// builder assembles a dataset from rows with few allocations. Rows of one
// indicator usually come together (a long CSV grouped by indicator), so the
// points of the indicator being read (the run) are appended at the end of
// a shared slab of points, and the indicator's Points becomes that part of
// the slab, capacity-capped, when another indicator starts. An indicator
// that comes back later has its earlier points copied to the end of the
// slab first. The line of each point is kept the same way, for messages
// about a year given twice.
type builder struct {
	d        *analysis.Dataset
	keys     map[analysis.Key]int32
	lines    [][]int32 // per indicator, the line of each point
	strs     map[string]string
	inds     []analysis.Indicator // preallocated indicators
	cur      int32                // indicator of the run; -1 none
	runStart int
	slab     []analysis.Point // len = used; the run is slab[runStart:]
	lslab    []int32          // lines, in step with slab
}

const slabSize = 8192

func (b *builder) init() {
	b.d = &analysis.Dataset{}
	b.keys = make(map[analysis.Key]int32)
	b.strs = make(map[string]string)
	b.cur = -1
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

// add appends a new indicator and returns its index.
func (b *builder) add(section, name, unit string) int32 {
	i := int32(len(b.d.Indicators))
	if len(b.inds) == 0 {
		b.inds = make([]analysis.Indicator, min(1024, 16+len(b.d.Indicators)))
	}
	ind := &b.inds[0]
	b.inds = b.inds[1:]
	ind.Section, ind.Name, ind.Unit = section, name, unit
	b.d.Indicators = append(b.d.Indicators, ind)
	b.keys[analysis.Key{Section: section, Name: name, Unit: unit}] = i
	b.lines = append(b.lines, nil)
	return i
}

// touch makes i the indicator of the run.
func (b *builder) touch(i int32) {
	if i == b.cur {
		return
	}
	b.flush()
	b.cur = i
	b.runStart = len(b.slab)
	if old := b.d.Indicators[i].Points; len(old) > 0 {
		for j, p := range old {
			b.push(p, b.lines[i][j])
		}
	}
}

// push appends p to the run.
func (b *builder) push(p analysis.Point, line int32) {
	if len(b.slab) == cap(b.slab) {
		run := len(b.slab) - b.runStart
		n := max(min(slabSize, 64+cap(b.slab)), 2*run)
		slab, lslab := make([]analysis.Point, run, n), make([]int32, run, n)
		copy(slab, b.slab[b.runStart:])
		copy(lslab, b.lslab[b.runStart:])
		b.slab, b.lslab, b.runStart = slab, lslab, 0
	}
	b.slab = append(b.slab, p)
	b.lslab = append(b.lslab, line)
}

// addPoint adds p, read on line, to indicator i. If the year is already
// there it returns the line that gave it and true.
func (b *builder) addPoint(i int32, p analysis.Point, line int32) (int32, bool) {
	b.touch(i)
	run := b.slab[b.runStart:]
	for j := range run {
		if run[j].Year == p.Year {
			return b.lslab[b.runStart+j], true
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
	pts, lines := b.slab[b.runStart:end:end], b.lslab[b.runStart:end:end]
	// Insertion sort: the input is nearly always sorted already.
	for j := 1; j < len(pts); j++ {
		for k := j; k > 0 && pts[k].Year < pts[k-1].Year; k-- {
			pts[k], pts[k-1] = pts[k-1], pts[k]
			lines[k], lines[k-1] = lines[k-1], lines[k]
		}
	}
	b.d.Indicators[i].Points = pts
	b.lines[i] = lines
	b.runStart = end
}

// finish returns the dataset with its lookup index built.
func (b *builder) finish() (*analysis.Dataset, error) {
	b.flush()
	d := b.d
	*b = builder{}
	if err := d.Reindex(); err != nil {
		return nil, errDuplicateIndicator
	}
	return d, nil
}
