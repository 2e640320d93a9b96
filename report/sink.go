package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/annualstat/annualstat/internal/atomicfile"
)

// Sink receives the outputs of Build, one named stream each
// ("appendix.xlsx", "appendix-核查.pdf", "appendix-chart-1.png"). Build
// may call Create from two goroutines at once.
//
// A writer Create returns may also implement Aborter: Build then calls
// Abort instead of Close on an output that failed, so that nothing of it
// is kept. A Sink that implements Remover takes back the outputs already
// closed when a later one fails, so that a failed build leaves nothing
// behind.
type Sink interface {
	Create(name string) (io.WriteCloser, error)
}

// Aborter is implemented by a Sink's writers that can discard what was
// written to them.
type Aborter interface {
	Abort() error
}

// Remover is implemented by sinks that can remove an output they
// received.
type Remover interface {
	Remove(name string) error
}

// Dir is a Sink writing files into a directory (created when needed).
// Each file is written to a temporary file in the directory and renamed
// into place when closed, so that a reader never sees half a file and a
// failed output leaves nothing; Remove deletes a finished one.
type Dir string

// Create implements Sink.
func (d Dir) Create(name string) (io.WriteCloser, error) {
	if name == "" || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		return nil, fmt.Errorf("output name %q: want a file name without a directory", name)
	}
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return nil, fmt.Errorf("output directory: %w", err)
	}
	path := filepath.Join(string(d), name)
	tmp, err := os.CreateTemp(string(d), "."+name+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	// A process forced to exit removes the temporary file.
	forget := atomicfile.Track(tmp.Name())
	return &dirFile{f: tmp, bw: bufio.NewWriterSize(tmp, 256<<10), path: path, forget: forget}, nil
}

// tracker is a sink whose finished outputs stay provisional until Build
// returns: a process forced to exit removes them (atomicfile.RemoveTemps).
type tracker interface {
	track(name string) (forget func())
}

func (d Dir) track(name string) func() { return atomicfile.Track(filepath.Join(string(d), name)) }

// Remove implements Remover.
func (d Dir) Remove(name string) error {
	return os.Remove(filepath.Join(string(d), name))
}

// dirFile is a file of Dir being written.
type dirFile struct {
	mu     sync.Mutex
	f      *os.File
	bw     *bufio.Writer
	path   string
	done   bool
	forget func()
}

func (w *dirFile) Write(p []byte) (int, error) { return w.bw.Write(p) }

// Close flushes, syncs and renames the file into place.
func (w *dirFile) Close() (err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		return nil
	}
	w.done = true
	tmp := w.f.Name()
	defer w.forget()
	defer func() {
		if err != nil {
			w.f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("write %s: %w", w.path, err)
		}
	}()
	if err = w.bw.Flush(); err != nil {
		return err
	}
	if err = w.f.Sync(); err != nil {
		return err
	}
	if err = w.f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, w.path)
}

// Abort discards the file.
func (w *dirFile) Abort() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		return nil
	}
	w.done = true
	defer w.forget()
	return errors.Join(w.f.Close(), os.Remove(w.f.Name()))
}
