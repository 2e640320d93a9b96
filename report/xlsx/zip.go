package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"fmt"
	"io"
	"io/fs"
	"runtime"
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
	if _, err := w.Write(sk[end:]); err != nil {
		return err
	}
	z.done[name] = true
	return nil
}
