package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"runtime"
	"sync"
)

// The workbook's parts are deflated in blocks on all cores: a million-row
// sheet is hundreds of megabytes of XML, and deflating it on one core
// would take longer than writing it.
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

// newZipWriter returns a zip writer to w that deflates in parallel.
func newZipWriter(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return &parallelDeflate{w: out, workers: max(1, runtime.GOMAXPROCS(0))}, nil
	})
	return zw
}

var (
	blockPool = sync.Pool{New: func() any { b := make([]byte, 0, deflateBlock); return &b }}
	outPool   = sync.Pool{New: func() any { return new(bytes.Buffer) }}
	flatePool = sync.Pool{New: func() any {
		fw, _ := flate.NewWriter(io.Discard, deflateLevel) // the level is valid: no error
		return fw
	}}
	// finalBlock ends a deflate stream: what a flate.Writer writes when
	// closed without data.
	finalBlock = func() []byte {
		var b bytes.Buffer
		fw, _ := flate.NewWriter(&b, deflateLevel)
		_ = fw.Close()
		return b.Bytes()
	}()
)

type deflated struct {
	out *bytes.Buffer
	err error
}

// parallelDeflate is an io.WriteCloser that deflates blocks of its input
// concurrently and writes them to w in order.
type parallelDeflate struct {
	w       io.Writer
	workers int
	block   *[]byte
	pending []chan deflated
	err     error
}

func (p *parallelDeflate) Write(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	n := len(b)
	for len(b) > 0 {
		if p.block == nil {
			p.block = blockPool.Get().(*[]byte)
			*p.block = (*p.block)[:0]
		}
		k := min(len(b), deflateBlock-len(*p.block))
		*p.block = append(*p.block, b[:k]...)
		b = b[k:]
		if len(*p.block) == deflateBlock {
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
	go func() {
		out := outPool.Get().(*bytes.Buffer)
		out.Reset()
		fw := flatePool.Get().(*flate.Writer)
		fw.Reset(out)
		_, err := fw.Write(*block)
		if err == nil {
			err = fw.Flush()
		}
		flatePool.Put(fw)
		blockPool.Put(block)
		ch <- deflated{out, err}
	}()
	for len(p.pending) > 2*p.workers && p.err == nil {
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
	outPool.Put(d.out)
}

// Close compresses what is left, writes every block and ends the stream.
func (p *parallelDeflate) Close() error {
	if p.block != nil && len(*p.block) > 0 {
		p.submit()
	}
	for len(p.pending) > 0 {
		p.writeOldest()
	}
	if p.err == nil {
		_, p.err = p.w.Write(finalBlock)
	}
	return p.err
}
