package atomicfile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesOnSuccess(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(context.Background(), p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "new" {
		t.Fatalf("content = %q, want new", got)
	}
	assertOnlyFile(t, dir, "out.txt")
}

func TestWriteLeavesNothingOnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	boom := errors.New("boom")
	err := Write(context.Background(), p, func(w io.Writer) error {
		w.Write([]byte("partial"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Fatalf("target exists after failed write: %v", err)
	}
	assertOnlyFile(t, dir)
}

func TestWriteKeepsOldOnCancel(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	err := Write(ctx, p, func(w io.Writer) error {
		cancel()
		_, err := w.Write([]byte("new"))
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "old" {
		t.Fatalf("content = %q, want old", got)
	}
	assertOnlyFile(t, dir, "out.txt")
}

func TestWriteBytesRejectsEmpty(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x")
	if err := WriteBytes(context.Background(), p, nil); !errors.Is(err, ErrNoContent) {
		t.Fatalf("err = %v, want ErrNoContent", err)
	}
}

func assertOnlyFile(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(names) {
		var got []string
		for _, e := range ents {
			got = append(got, e.Name())
		}
		t.Fatalf("dir has %v, want %v", got, names)
	}
}

// RemoveTemps removes the temporary file of a write in progress, and the
// write then fails without leaving anything behind.
func TestRemoveTempsDuringWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	err := Write(context.Background(), p, func(w io.Writer) error {
		w.Write([]byte("partial"))
		if n := RemoveTemps(); n != 1 {
			t.Errorf("RemoveTemps removed %d files, want 1", n)
		}
		assertOnlyFile(t, dir)
		return nil
	})
	if err == nil {
		t.Error("a write whose temporary file was removed succeeded")
	}
	assertOnlyFile(t, dir)
	if n := RemoveTemps(); n != 0 {
		t.Errorf("RemoveTemps after the write removed %d files", n)
	}
}
