package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// The workbook's parts are deflated in blocks on all cores: a million-row
// sheet is hundreds of megabytes of XML, and deflating it on one core
// would take as long as writing it.
//
// Each block is compressed by its own flate.Writer and ended with a sync
// flush, which leaves the stream byte-aligned at a non-final block
// boundary; such streams concatenate into one valid deflate stream, which a
// final empty block ends. archive/zip computes the CRC and sizes of the
// uncompressed data itself.
const (
	deflateBlock = 1 << 20
	deflateLevel = flate.BestSpeed
)

// newZipWriter returns a zip writer to w that deflates in parallel. The
// buffers and compressors are shared by the parts, which archive/zip
// writes one after the other.
func newZipWriter(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	workers := max(1, runtime.GOMAXPROCS(0))
	// Blocks in flight: some more than the workers so that none waits
	// while the finished ones are written.
	inFlight := 2 * workers
	res := &deflateResources{
		blocks:  make(chan []byte, inFlight+1),
		outs:    make(chan *bytes.Buffer, inFlight+1),
		writers: make(chan *flate.Writer, inFlight+1),
	}
	for range inFlight + 1 {
		res.blocks <- nil
		res.outs <- new(bytes.Buffer)
		res.writers <- nil
	}
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return &parallelDeflate{w: out, res: res, inFlight: inFlight}, nil
	})
	return zw
}

// deflateResources are free lists: taking from them also bounds the work in
// flight. A nil block or writer is allocated on first use.
type deflateResources struct {
	blocks  chan []byte
	outs    chan *bytes.Buffer
	writers chan *flate.Writer
}

// finalBlock ends a deflate stream: what a flate.Writer writes when closed
// without data.
var finalBlock = func() []byte {
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, deflateLevel) // the level is valid: no error
	_ = fw.Close()
	return b.Bytes()
}()

type deflated struct {
	out *bytes.Buffer
	err error
}

// parallelDeflate is an io.WriteCloser that deflates blocks of its input
// concurrently and writes them to w in order.
type parallelDeflate struct {
	w        io.Writer
	res      *deflateResources
	inFlight int
	block    []byte
	pending  []chan deflated
	err      error
}

func (p *parallelDeflate) Write(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	n := len(b)
	for len(b) > 0 {
		if p.block == nil {
			p.block = <-p.res.blocks
			if p.block == nil {
				// Small parts stay small; append grows a block up to
				// deflateBlock.
				p.block = make([]byte, 0, 64<<10)
			}
		}
		k := min(len(b), deflateBlock-len(p.block))
		p.block = append(p.block, b[:k]...)
		b = b[k:]
		if len(p.block) == deflateBlock {
			p.submit()
			if p.err != nil {
				return 0, p.err
			}
		}
	}
	return n, nil
}

// submit starts compressing the current block, and writes finished blocks
// while too many are in flight.
func (p *parallelDeflate) submit() {
	block := p.block
	p.block = nil
	ch := make(chan deflated, 1)
	p.pending = append(p.pending, ch)
	out := <-p.res.outs
	fw := <-p.res.writers
	go func() {
		out.Reset()
		var err error
		if fw == nil {
			fw, err = flate.NewWriter(out, deflateLevel)
		} else {
			fw.Reset(out)
		}
		if err == nil {
			_, err = fw.Write(block)
		}
		if err == nil {
			err = fw.Flush()
		}
		p.res.writers <- fw
		p.res.blocks <- block[:0]
		ch <- deflated{out, err}
	}()
	for len(p.pending) >= p.inFlight && p.err == nil {
		p.writeOldest()
	}
}

// writeOldest waits for the oldest block in flight and writes it.
func (p *parallelDeflate) writeOldest() {
	d := <-p.pending[0]
	p.pending = p.pending[1:]
	if p.err == nil {
		p.err = d.err
	}
	if p.err == nil {
		_, p.err = p.w.Write(d.out.Bytes())
	}
	p.res.outs <- d.out
}

// Close compresses what is left, writes every block and ends the stream.
func (p *parallelDeflate) Close() error {
	if p.block != nil {
		if len(p.block) > 0 {
			p.submit()
		} else {
			p.res.blocks <- p.block
			p.block = nil
		}
	}
	for len(p.pending) > 0 {
		p.writeOldest()
	}
	if p.err == nil {
		_, p.err = p.w.Write(finalBlock)
	}
	return p.err
}

// part is a worksheet part whose rows are generated.
type part struct {
	rows    func(rw *rowWriter) error // writes the rows
	outline uint8                     // the highest row outline level
	// merges are merged ranges ("A200025:I200025") added after those
	// excelize merged, as it would write them.
	merges []string
}

// addMerges returns the part of a worksheet after its sheetData with the
// merged ranges refs added to its mergeCells, as excelize writes them
// (after the autoFilter when the sheet has no mergeCells yet).
func addMerges(after []byte, refs []string) ([]byte, error) {
	if len(refs) == 0 {
		return after, nil
	}
	var add bytes.Buffer
	for _, r := range refs {
		add.WriteString(`<mergeCell ref="`)
		add.WriteString(html.EscapeString(r))
		add.WriteString(`"></mergeCell>`)
	}
	const open = `<mergeCells count="`
	if i := bytes.Index(after, []byte(open)); i >= 0 {
		j := i + len(open)
		k := bytes.IndexByte(after[j:], '"')
		if k < 0 {
			return nil, errors.New("unterminated mergeCells count")
		}
		n, err := strconv.Atoi(string(after[j : j+k]))
		if err != nil {
			return nil, fmt.Errorf("mergeCells count: %w", err)
		}
		end := bytes.Index(after, []byte(`</mergeCells>`))
		if end < j {
			return nil, errors.New("unterminated mergeCells")
		}
		out := make([]byte, 0, len(after)+add.Len()+8)
		out = append(out, after[:j]...)
		out = strconv.AppendInt(out, int64(n+len(refs)), 10)
		out = append(out, after[j+k:end]...)
		out = append(out, add.Bytes()...)
		return append(out, after[end:]...), nil
	}
	at := bytes.Index(after, []byte(`</autoFilter>`))
	if at < 0 {
		return nil, errors.New("no autoFilter before the merged cells")
	}
	at += len(`</autoFilter>`)
	out := make([]byte, 0, len(after)+add.Len()+40)
	out = append(out, after[:at]...)
	out = append(out, open...)
	out = strconv.AppendInt(out, int64(len(refs)), 10)
	out = append(out, `">`...)
	out = append(out, add.Bytes()...)
	out = append(out, `</mergeCells>`...)
	return append(out, after[at:]...), nil
}

// splicingZip is the excelize.ZipWriter the workbook is saved through. It
// passes every part to a zip writer as it is, except the worksheets whose
// rows this package generates: excelize writes those with an empty
// sheetData (with their columns, panes, filter, print setup and drawing),
// and the rows are generated into the part in its place, straight into the
// compressor.
type splicingZip struct {
	ctx   context.Context
	zw    *zip.Writer
	parts map[string]*part // by zip path
	done  map[string]bool

	pending  string       // the generated part excelize is writing
	skeleton bytes.Buffer // what excelize wrote of it

	// caches are the values of chart ranges by reference: chart parts
	// are held back and written with their caches filled (fillCaches).
	caches   map[string][]string
	chart    string // the chart part excelize is writing
	chartXML bytes.Buffer
}

func newSplicingZip(ctx context.Context, w io.Writer, parts map[string]*part) *splicingZip {
	return &splicingZip{ctx: ctx, zw: newZipWriter(w), parts: parts, done: map[string]bool{}}
}

// Create implements excelize.ZipWriter.
func (z *splicingZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	if _, ok := z.parts[name]; ok {
		z.pending = name
		z.skeleton.Reset()
		return &z.skeleton, nil
	}
	if name == contentTypes || len(z.caches) > 0 && strings.HasPrefix(name, "xl/charts/chart") && strings.HasSuffix(name, ".xml") {
		z.chart = name
		z.chartXML.Reset()
		return &z.chartXML, nil
	}
	return z.zw.Create(name)
}

// AddFS implements excelize.ZipWriter.
func (z *splicingZip) AddFS(fsys fs.FS) error {
	if err := z.finish(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// Close implements excelize.ZipWriter.
func (z *splicingZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	for name := range z.parts {
		if !z.done[name] {
			return fmt.Errorf("worksheet part %s was not written", name)
		}
	}
	return z.zw.Close()
}

// finish writes the pending worksheet part: the skeleton with its
// sheetData replaced by the generated rows.
func (z *splicingZip) finish() error {
	if z.chart != "" {
		name := z.chart
		z.chart = ""
		w, err := z.zw.Create(name)
		if err != nil {
			return err
		}
		x := z.chartXML.Bytes()
		if name == contentTypes {
			x = sortDefaults(x)
		} else {
			x = fillCaches(x, z.caches)
		}
		if _, err := w.Write(x); err != nil {
			return err
		}
	}
	name := z.pending
	if name == "" {
		return nil
	}
	z.pending = ""
	sk := z.skeleton.Bytes()
	i := bytes.Index(sk, []byte("<sheetData"))
	if i < 0 {
		return fmt.Errorf("worksheet part %s has no sheetData", name)
	}
	gt := bytes.IndexByte(sk[i:], '>')
	if gt < 0 {
		return fmt.Errorf("worksheet part %s: unterminated sheetData", name)
	}
	end := i + gt + 1
	if sk[end-2] != '/' {
		k := bytes.Index(sk[i:], []byte("</sheetData>"))
		if k < 0 {
			return fmt.Errorf("worksheet part %s: unterminated sheetData", name)
		}
		end = i + k + len("</sheetData>")
	}
	p := z.parts[name]
	head := sk[:i]
	// excelize's AutoFilter marks the sheet as filtered (filterMode),
	// which it is not: the filter buttons are there, nothing is hidden.
	head = bytes.Replace(head, []byte(` filterMode="true"`), nil, 1)
	if p.outline > 0 {
		// The outline gutter needs the sheet's highest level, which
		// excelize only sets through the rows it writes itself.
		attr := fmt.Sprintf(`<sheetFormatPr outlineLevelRow="%d" `, p.outline)
		head = bytes.Replace(head, []byte("<sheetFormatPr "), []byte(attr), 1)
	}
	w, err := z.zw.Create(name)
	if err != nil {
		return err
	}
	if _, err := w.Write(head); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "<sheetData>"); err != nil {
		return err
	}
	rw := newRowWriter(z.ctx, w)
	if err := p.rows(rw); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := rw.flush(); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "</sheetData>"); err != nil {
		return err
	}
	after, err := addMerges(sk[end:], p.merges)
	if err != nil {
		return fmt.Errorf("worksheet part %s: %w", name, err)
	}
	if _, err := w.Write(after); err != nil {
		return err
	}
	z.done[name] = true
	return nil
}

// formulaRef matches the reference of a chart range and what follows it:
// an empty number cache, or nothing (a string reference).
var formulaRef = regexp.MustCompile(`<f>([^<]*)</f>(<numCache>.*?</numCache>)?`)

// fillCaches writes into a chart part the values of its ranges: a
// numCache for numbers, a strCache for categories and series names, so
// that a reader that does not recalculate (or has not yet) draws the
// chart with the numbers of the table. A range without registered values
// is left as it is.
func fillCaches(x []byte, caches map[string][]string) []byte {
	return formulaRef.ReplaceAllFunc(x, func(m []byte) []byte {
		sub := formulaRef.FindSubmatch(m)
		vals, ok := caches[html.UnescapeString(string(sub[1]))]
		if !ok {
			return m
		}
		var b bytes.Buffer
		// excelize writes the chart namespace as the default one: the
		// elements have no prefix.
		b.WriteString("<f>")
		b.Write(sub[1])
		b.WriteString("</f>")
		tag := "strCache"
		if len(sub[2]) > 0 {
			tag = "numCache"
		}
		b.WriteString("<" + tag + ">")
		if tag == "numCache" {
			b.WriteString("<formatCode>General</formatCode>")
		}
		b.WriteString(`<ptCount val="` + strconv.Itoa(len(vals)) + `"/>`)
		for i, v := range vals {
			if v == "" {
				continue
			}
			b.WriteString(`<pt idx="` + strconv.Itoa(i) + `"><v>`)
			b.Write(appendEscaped(nil, v))
			b.WriteString("</v></pt>")
		}
		b.WriteString("</" + tag + ">")
		return b.Bytes()
	})
}

// contentTypes is the part naming each part's type. excelize writes its
// Default entries in map order, which would make two saves of one
// workbook differ: sortDefaults puts them in order.
const contentTypes = "[Content_Types].xml"

var defaultEntry = regexp.MustCompile(`<Default [^>]*>(</Default>)?`)

// sortDefaults sorts the Default entries of [Content_Types].xml, keeping
// them where the first one was.
func sortDefaults(x []byte) []byte {
	locs := defaultEntry.FindAllIndex(x, -1)
	if len(locs) < 2 {
		return x
	}
	entries := make([]string, len(locs))
	for i, l := range locs {
		entries[i] = string(x[l[0]:l[1]])
	}
	slices.Sort(entries)
	var b bytes.Buffer
	b.Write(x[:locs[0][0]])
	prev := locs[0][0]
	for i, l := range locs {
		b.Write(x[prev:l[0]]) // what lies between entries (nothing, usually)
		b.WriteString(entries[i])
		prev = l[1]
	}
	b.Write(x[prev:])
	return b.Bytes()
}
