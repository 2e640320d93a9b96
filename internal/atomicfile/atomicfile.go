// Package atomicfile writes files so that readers see either the old
// content or the complete new content, never a half-written file.
//
// The data goes to a temporary file in the target's directory (so the final
// rename stays on one file system), is synced, and is renamed over the target
// only when the writer function and every close succeeded. On any error the
// temporary file is removed and the target is left untouched. A process
// that must exit while writes are in flight (a second interrupt) calls
// [RemoveTemps] first, so that no temporary file survives it.
package atomicfile

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// temps are the temporary files being written, for RemoveTemps.
var temps struct {
	sync.Mutex
	m map[string]bool
}

func track(name string) {
	temps.Lock()
	if temps.m == nil {
		temps.m = make(map[string]bool)
	}
	temps.m[name] = true
	temps.Unlock()
}

func untrack(name string) {
	temps.Lock()
	delete(temps.m, name)
	temps.Unlock()
}

// Track registers a finished file that is still provisional, such as one
// output of a build whose other outputs are being written: RemoveTemps
// removes it if the process must exit before the build ends. The returned
// function forgets it (the build succeeded, or removed it itself).
func Track(path string) (forget func()) {
	track(path)
	return func() { untrack(path) }
}

// TrackDir registers a temporary directory that its creator removes when
// done: RemoveTemps removes it too, with its contents, if the process must
// exit first. The returned function removes the directory and forgets it;
// call it (defer it) when the directory is no longer needed.
func TrackDir(dir string) (remove func()) {
	track(dir)
	return func() {
		os.RemoveAll(dir)
		untrack(dir)
	}
}

// RemoveTemps removes the temporary files of every Write still in
// progress, and the directories given to TrackDir, and returns how many it
// removed. It is for a process about to
// exit without waiting for its writes (os.Exit after a second interrupt);
// the interrupted writes then fail.
func RemoveTemps() int {
	temps.Lock()
	defer temps.Unlock()
	n := 0
	for name := range temps.m {
		if _, err := os.Lstat(name); err == nil && os.RemoveAll(name) == nil {
			n++
		}
		delete(temps.m, name)
	}
	return n
}

// Write creates or replaces path with what fn writes. fn receives a buffered
// writer; Write flushes it. ctx is checked before the rename, so a cancelled
// build leaves no file at path.
func Write(ctx context.Context, path string, fn func(w io.Writer) error) (err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmpName := tmp.Name()
	track(tmpName)
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
		untrack(tmpName)
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err = fn(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: close: %w", path, err)
	}
	if err = ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes the file 0600; outputs are ordinary documents.
	if err = os.Chmod(tmpName, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// ErrNoContent is returned by WriteBytes when asked to write nothing, which
// almost always means a renderer failed silently upstream.
var ErrNoContent = errors.New("no content to write")

// WriteBytes atomically replaces path with b.
func WriteBytes(ctx context.Context, path string, b []byte) error {
	if len(b) == 0 {
		return fmt.Errorf("write %s: %w", path, ErrNoContent)
	}
	return Write(ctx, path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}
