package font

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func env(kv ...string) func(string) string {
	return func(k string) string {
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i] == k {
				return kv[i+1]
			}
		}
		return ""
	}
}

// Synthetic stand-ins for the real system fonts.
var (
	cjkText   = "年月日增长下降百分点亿万元户件项人同比第页共计率占合总数据，。、：；（）"
	fullFont  = func(family string) synthOpts { return synthOpts{family: family, runes: probeRunes("")} }
	cffFont   = func(family string) synthOpts { return synthOpts{family: family, runes: probeRunes(""), cff: true} }
	droidLike = synthOpts{family: "Droid Sans Fallback", runes: []rune(cjkText)} // CJK, no ASCII
	latinOnly = synthOpts{family: "DejaVu Sans", runes: []rune(Probe[:94])}
)

func notoLike() []byte {
	return synthCollection(cffFont("Noto Sans CJK JP"), cffFont("Noto Sans CJK KR"), cffFont("Noto Sans CJK SC"))
}

func TestSearchDirs(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		want []string
	}{
		{"linux", Options{GOOS: "linux", Home: "/h", Getenv: env("XDG_DATA_HOME", "/x/data", "XDG_DATA_DIRS", "/a:/b:")},
			[]string{"/x/data/fonts", "/h/.local/share/fonts", "/h/.fonts", "/a/fonts", "/b/fonts", "/usr/local/share/fonts", "/usr/share/fonts"}},
		{"linux defaults", Options{GOOS: "linux", Getenv: env("HOME", "/home/u")},
			[]string{"/home/u/.local/share/fonts", "/home/u/.fonts", "/usr/local/share/fonts", "/usr/share/fonts"}},
		{"freebsd like linux", Options{GOOS: "freebsd", Getenv: env()},
			[]string{"/usr/local/share/fonts", "/usr/share/fonts"}},
		{"windows", Options{GOOS: "windows", Getenv: env("WINDIR", "/w", "LOCALAPPDATA", "/l", "USERPROFILE", "/u")},
			[]string{"/l/Microsoft/Windows/Fonts", "/w/Fonts"}},
		{"windows SystemRoot", Options{GOOS: "windows", Getenv: env("SystemRoot", "/sr")},
			[]string{"/sr/Fonts"}},
		{"darwin", Options{GOOS: "darwin", Home: "/Users/u", Getenv: env()},
			[]string{"/Users/u/Library/Fonts", "/Library/Fonts", "/System/Library/Fonts"}},
		{"roots override", Options{GOOS: "windows", Roots: []string{"/r1", "/r2", "/r1"}},
			[]string{"/r1", "/r2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SearchDirs(tt.opt)
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = filepath.FromSlash(w)
			}
			if !slices.Equal(got, want) {
				t.Errorf("SearchDirs = %q\nwant %q", got, want)
			}
		})
	}
	if got := SearchDirs(Options{GOOS: "windows", Getenv: env()}); len(got) != 1 || !strings.HasPrefix(got[0], `C:\Windows`) {
		t.Errorf("windows default = %q", got)
	}
}

func TestResolveLinuxTree(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(a, "truetype/droid/DroidSansFallbackFull.ttf"), synthFont(droidLike))
	writeFile(t, filepath.Join(a, "truetype/dejavu/DejaVuSans.ttf"), synthFont(latinOnly))
	writeFile(t, filepath.Join(a, "opentype/noto/NotoSansCJK-Regular.ttc"), notoLike())
	wqy := writeFile(t, filepath.Join(b, "truetype/wqy/wqy-microhei.ttc"),
		synthCollection(fullFont("WenQuanYi Micro Hei"), fullFont("WenQuanYi Micro Hei Mono")))
	opt := Options{GOOS: "linux", Roots: []string{a, b}, Getenv: env()}
	for _, p := range []Purpose{PDF, Raster} {
		f, err := Resolve(opt, p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if f.Path != wqy || f.Index != 0 || f.Family != "WenQuanYi Micro Hei" {
			t.Errorf("%s: got %s, want face 0 of %s", p, f, wqy)
		}
	}

	// Without the TrueType CJK font both purposes get Noto's SC face,
	// whose CFF outlines the PDF converts.
	opt.Roots = []string{a}
	var f *Font
	for _, p := range []Purpose{PDF, Raster} {
		var err error
		if f, err = Resolve(opt, p); err != nil {
			t.Fatalf("%s without wqy: %v", p, err)
		}
		if f.Family != "Noto Sans CJK SC" || f.Index != 2 || f.Outline != CFFOutline {
			t.Errorf("%s without wqy: got %s (%s), want Noto Sans CJK SC face 2", p, f, f.Outline)
		}
	}

	// Without any CJK font with Latin letters: ErrNoFont, saying why Droid
	// was rejected and what to install.
	c := t.TempDir()
	writeFile(t, filepath.Join(c, "truetype/droid/DroidSansFallbackFull.ttf"), synthFont(droidLike))
	writeFile(t, filepath.Join(c, "truetype/dejavu/DejaVuSans.ttf"), synthFont(latinOnly))
	opt.Roots = []string{c}
	_, err := Resolve(opt, PDF)
	var nf *NoFontError
	if !errors.Is(err, ErrNoFont) || !errors.As(err, &nf) {
		t.Fatalf("PDF with only Droid: err = %v, want a *NoFontError, ErrNoFont", err)
	}
	if nf.Purpose != PDF || len(nf.Searched) != 1 || nf.Searched[0] != c || len(nf.Rejected) != 1 {
		t.Errorf("NoFontError %+v, want PDF, searched [%s], one rejected (Droid)", nf, c)
	}
	for _, want := range []string{
		"apt-get install fonts-noto-cjk",          // what to install
		"fonts-wqy-microhei",                      // or the other package
		"DroidSansFallbackFull.ttf", "'0' U+0030", // why Droid was rejected
		c, // where it looked
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	opt.Roots = []string{a}
	f, err = Resolve(opt, Raster)
	if err != nil {
		t.Fatal(err)
	}
	if f.Family != "Noto Sans CJK SC" || f.Index != 2 || f.Outline != CFFOutline {
		t.Errorf("Raster without wqy: got %s (%s), want Noto Sans CJK SC face 2", f, f.Outline)
	}

	if _, err := Resolve(Options{Roots: []string{t.TempDir()}, Getenv: env()}, Raster); !errors.Is(err, ErrNoFont) {
		t.Errorf("empty tree: err = %v", err)
	}
}

func TestResolveUnknownFiles(t *testing.T) {
	d := t.TempDir()
	writeFile(t, filepath.Join(d, "zz/plain.ttf"), synthFont(fullFont("Plain")))
	f, err := Resolve(Options{Roots: []string{d}, Getenv: env()}, PDF)
	if err != nil || f.Family != "Plain" {
		t.Fatalf("last tier: %v, %v", f, err)
	}
	// A file whose name suggests CJK goes before other unknown files.
	writeFile(t, filepath.Join(d, "zz/LXGWWenKai-Regular.ttf"), synthFont(fullFont("LXGW WenKai")))
	writeFile(t, filepath.Join(d, "notes.txt"), []byte("not a font"))
	writeFile(t, filepath.Join(d, "broken.ttf"), []byte("OTTO garbage"))
	f, err = Resolve(Options{Roots: []string{d}, Getenv: env()}, Raster)
	if err != nil || f.Family != "LXGW WenKai" {
		t.Fatalf("hinted tier: %v, %v", f, err)
	}
}

func TestResolveWindowsTree(t *testing.T) {
	win := filepath.Join(t.TempDir(), "Windows")
	writeFile(t, filepath.Join(win, "Fonts/simsun.ttc"), synthCollection(fullFont("SimSun"), fullFont("NSimSun")))
	writeFile(t, filepath.Join(win, "Fonts/simhei.ttf"), synthFont(fullFont("SimHei")))
	writeFile(t, filepath.Join(win, "Fonts/msyh.ttc"), synthCollection(fullFont("Microsoft YaHei"), fullFont("Microsoft YaHei UI")))
	writeFile(t, filepath.Join(win, "Fonts/arial.ttf"), synthFont(latinOnly))
	opt := Options{GOOS: "windows", Getenv: env("WINDIR", win)}
	for _, p := range []Purpose{PDF, Raster} {
		f, err := Resolve(opt, p)
		if err != nil {
			t.Fatal(err)
		}
		if f.Family != "Microsoft YaHei" || f.Index != 0 {
			t.Errorf("%s: got %s", p, f)
		}
	}
	// Without YaHei, SimHei is next. (A new tree: results are cached per
	// process, keyed by the directories searched.)
	win2 := filepath.Join(t.TempDir(), "Windows")
	writeFile(t, filepath.Join(win2, "Fonts/simsun.ttc"), synthCollection(fullFont("SimSun"), fullFont("NSimSun")))
	writeFile(t, filepath.Join(win2, "Fonts/SimHei.ttf"), synthFont(fullFont("SimHei")))
	f, err := Resolve(Options{GOOS: "windows", Getenv: env("WINDIR", win2)}, PDF)
	if err != nil || f.Family != "SimHei" {
		t.Errorf("without msyh: %v, %v", f, err)
	}
}

func TestResolveMacTree(t *testing.T) {
	home := t.TempDir()
	lib := filepath.Join(home, "Library/Fonts")
	writeFile(t, filepath.Join(lib, "PingFang.ttc"), synthCollection(cffFont("PingFang SC"), cffFont("PingFang TC")))
	opt := Options{GOOS: "darwin", Home: home, Getenv: env()}
	f, err := Resolve(opt, Raster)
	if err != nil || f.Family != "PingFang SC" {
		t.Fatalf("Raster with PingFang only: %v, %v", f, err)
	}
	f, err = Resolve(opt, PDF)
	if err != nil || f.Family != "PingFang SC" {
		t.Fatalf("PDF with PingFang only (CFF, converted): %v, %v", f, err)
	}
	home2 := t.TempDir()
	lib2 := filepath.Join(home2, "Library/Fonts")
	writeFile(t, filepath.Join(lib2, "PingFang.ttc"), synthCollection(cffFont("PingFang SC"), cffFont("PingFang TC")))
	writeFile(t, filepath.Join(lib2, "Songti.ttc"), synthCollection(fullFont("Songti SC")))
	writeFile(t, filepath.Join(lib2, "STHeiti Light.ttc"), synthCollection(fullFont("Heiti SC"), fullFont("Heiti TC")))
	opt.Home = home2
	for _, p := range []Purpose{PDF, Raster} {
		f, err := Resolve(opt, p)
		if err != nil || f.Family != "Heiti SC" {
			t.Errorf("%s: %v, %v; want Heiti SC from STHeiti Light.ttc", p, f, err)
		}
	}
}

func TestResolveExplicit(t *testing.T) {
	d := t.TempDir()
	good := writeFile(t, filepath.Join(d, "good.ttc"), synthCollection(fullFont("Good0"), fullFont("Good1")))
	cff := writeFile(t, filepath.Join(d, "cff.otf"), synthFont(cffFont("Only CFF")))
	restrictedOpts := cffFont("Restricted CFF")
	restrictedOpts.fsType = 0x0002
	restricted := writeFile(t, filepath.Join(d, "restricted.otf"), synthFont(restrictedOpts))
	droid := writeFile(t, filepath.Join(d, "droid.ttf"), synthFont(droidLike))
	text := writeFile(t, filepath.Join(d, "readme.ttf"), []byte("this is not a font at all"))
	// A fully usable system tree, to prove explicit failures never fall back to it.
	sys := t.TempDir()
	writeFile(t, filepath.Join(sys, "wqy-microhei.ttc"), synthCollection(fullFont("System")))

	ok := []struct {
		name   string
		opt    Options
		p      Purpose
		family string
	}{
		{"path", Options{Path: good, Index: 1}, PDF, "Good1"},
		{"path over env and data", Options{Path: good, Data: synthFont(fullFont("Data")), Getenv: env(EnvVar, cff)}, PDF, "Good0"},
		{"data", Options{Data: synthFont(fullFont("Data"))}, PDF, "Data"},
		{"data over env", Options{Data: synthFont(fullFont("Data")), Getenv: env(EnvVar, cff)}, PDF, "Data"},
		{"env with index", Options{Getenv: env(EnvVar, good+"#1"), Roots: []string{sys}}, PDF, "Good1"},
		{"env over system", Options{Getenv: env(EnvVar, good), Roots: []string{sys}}, Raster, "Good0"},
		{"cff for raster", Options{Path: cff}, Raster, "Only CFF"},
		{"cff for pdf", Options{Path: cff, Roots: []string{sys}}, PDF, "Only CFF"},
		{"env cff for pdf", Options{Getenv: env(EnvVar, cff), Roots: []string{sys}}, PDF, "Only CFF"},
		{"data cff for pdf", Options{Data: synthFont(cffFont("X"))}, PDF, "X"},
	}
	for _, tt := range ok {
		f, err := Resolve(tt.opt, tt.p)
		if err != nil || f.Family != tt.family {
			t.Errorf("%s: %v, %v; want %s", tt.name, f, err, tt.family)
		}
	}

	bad := []struct {
		name string
		opt  Options
		p    Purpose
		want []string
	}{
		{"restricted cff for pdf", Options{Path: restricted, Roots: []string{sys}}, PDF, []string{"Options.Path", "CFF", "fsType"}},
		{"env restricted cff for pdf", Options{Getenv: env(EnvVar, restricted), Roots: []string{sys}}, PDF, []string{EnvVar + "=" + restricted, "fsType"}},
		{"missing glyphs", Options{Path: droid, Roots: []string{sys}}, Raster, []string{"'0' U+0030", "Droid Sans Fallback"}},
		{"not a font", Options{Path: text, Roots: []string{sys}}, Raster, []string{text, "not a TrueType"}},
		{"index out of range", Options{Path: good, Index: 5}, Raster, []string{"face index 5 out of range"}},
		{"env index out of range", Options{Getenv: env(EnvVar, good+"#9"), Roots: []string{sys}}, Raster, []string{"face index 9", EnvVar}},
		{"absent file", Options{Path: filepath.Join(d, "nope.ttf")}, Raster, []string{"nope.ttf"}},
		{"bad data", Options{Data: []byte("garbage!")}, Raster, []string{"Options.Data"}},
	}
	for _, tt := range bad {
		f, err := Resolve(tt.opt, tt.p)
		if err == nil {
			t.Errorf("%s: got %s, want an error", tt.name, f)
			continue
		}
		if errors.Is(err, ErrNoFont) {
			t.Errorf("%s: an explicit font's failure must not read as ErrNoFont: %v", tt.name, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error lacks %q: %v", tt.name, w, err)
			}
		}
	}
	if _, err := Resolve(Options{Path: good}, Purpose(9)); err == nil {
		t.Error("unknown purpose accepted")
	}
}

func TestParseEnvFont(t *testing.T) {
	d := t.TempDir()
	hashed := writeFile(t, filepath.Join(d, "odd#1"), []byte("x"))
	tests := []struct {
		in   string
		path string
		idx  int
	}{
		{"/f/a.ttc", "/f/a.ttc", 0},
		{"/f/a.ttc#2", "/f/a.ttc", 2},
		{"/f/a#b.ttc#10", "/f/a#b.ttc", 10},
		{"/f/a.ttc#", "/f/a.ttc#", 0},
		{"/f/a.ttc#-1", "/f/a.ttc#-1", 0},
		{"/f/a.ttc#+1", "/f/a.ttc#+1", 0},
		{"#3", "#3", 0},
		{hashed, hashed, 0}, // an existing file named with '#'
	}
	for _, tt := range tests {
		path, idx := parseEnvFont(tt.in)
		if path != tt.path || idx != tt.idx {
			t.Errorf("parseEnvFont(%q) = %q, %d; want %q, %d", tt.in, path, idx, tt.path, tt.idx)
		}
	}
}

func TestResolveCache(t *testing.T) {
	d := t.TempDir()
	writeFile(t, filepath.Join(d, "wqy-zenhei.ttc"), synthCollection(fullFont("Zen")))
	opt := Options{Roots: []string{d}, Getenv: env()}
	var (
		wg  sync.WaitGroup
		got [8]*Font
	)
	for i := range got {
		wg.Go(func() {
			f, err := Resolve(opt, PDF)
			if err != nil {
				t.Error(err)
			}
			got[i] = f
		})
	}
	wg.Wait()
	for _, f := range got[1:] {
		if f != got[0] {
			t.Fatal("concurrent Resolve calls returned different fonts")
		}
	}
	// The Raster resolution of the same face shares the parsed font.
	r, err := Resolve(opt, Raster)
	if err != nil || r != got[0] {
		t.Errorf("Raster resolution parsed again: %p vs %p (%v)", r, got[0], err)
	}
	// Errors are not cached: a font installed later is found.
	empty := t.TempDir()
	if _, err := Resolve(Options{Roots: []string{empty}, Getenv: env()}, PDF); !errors.Is(err, ErrNoFont) {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(empty, "uming.ttc"), synthCollection(fullFont("Ming")))
	if f, err := Resolve(Options{Roots: []string{empty}, Getenv: env()}, PDF); err != nil || f.Family != "Ming" {
		t.Errorf("after install: %v, %v", f, err)
	}
}

func TestCandidatesSymlinks(t *testing.T) {
	root, other := t.TempDir(), t.TempDir()
	real := writeFile(t, filepath.Join(other, "wqy/wqy-microhei.ttc"), synthCollection(fullFont("Linked")))
	writeFile(t, filepath.Join(root, "a/DejaVuSans.ttf"), synthFont(latinOnly))
	for _, l := range []struct{ target, name string }{
		{other, "linked-dir"},        // a directory reached through a link
		{root, "a/loop"},             // a loop back to the root
		{real, "a/wqy-microhei.ttc"}, // the same file twice
		{"/nonexistent", "dangling"}, // a dangling link
	} {
		if err := os.Symlink(l.target, filepath.Join(root, l.name)); err != nil {
			t.Skipf("symlinks unsupported: %v", err)
		}
	}
	got := candidates([]string{root})
	var names []string
	for _, c := range got {
		names = append(names, filepath.Base(c.path))
	}
	if !slices.Equal(names, []string{"wqy-microhei.ttc", "DejaVuSans.ttf"}) {
		t.Errorf("candidates = %q, want wqy-microhei.ttc once, then DejaVuSans.ttf", names)
	}
	f, err := Resolve(Options{Roots: []string{root}, Getenv: env()}, PDF)
	if err != nil || f.Family != "Linked" {
		t.Errorf("Resolve through a link: %v, %v", f, err)
	}
}
