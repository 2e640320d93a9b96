package font

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// EnvVar is the environment variable that names a font file when
// Options.Path and Options.Data are empty. Its value is a path, optionally
// followed by #N to pick face N of a collection:
//
//	ANNUALSTAT_FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#1
//
// When the whole value names an existing file it is taken as the path even
// if it contains '#'.
const EnvVar = "ANNUALSTAT_FONT"

// Probe is the text a font must cover to be selected: all printable ASCII
// (Droid Sans Fallback, for one, has no Latin letters or digits) and the
// CJK characters and full-width punctuation of a typical statistical
// report.
const Probe = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" +
	"年月日增长下降百分点亿万元户件项人同比第页共计率占合总数据，。、：；（）"

// ErrNoFont is what a [*NoFontError] is (errors.Is(err, ErrNoFont)):
// [Resolve] found neither an explicit font nor a usable system font. Its
// message says what to install.
var ErrNoFont = errors.New("no usable CJK font found. Install one: " +
	"Debian/Ubuntu: apt-get install fonts-noto-cjk (or fonts-wqy-microhei); " +
	"Windows: Microsoft YaHei (msyh.ttc) and SimHei (simhei.ttf) ship with the system in %WINDIR%\\Fonts; " +
	"macOS: STHeiti, Songti and Arial Unicode ship with the system in /System/Library/Fonts. " +
	"Or name a font file: --font PATH or " + EnvVar + "=/path/to/font.ttc#0")

// NoFontError is the error of [Resolve] when no system font qualifies and
// none was named: outputs that draw text cannot be made, while those that
// need no font (a workbook, data files) still can. It matches [ErrNoFont]
// with errors.Is.
type NoFontError struct {
	Purpose  Purpose  // what the font was wanted for
	Searched []string // the directories searched
	Rejected []string // why candidate files were rejected (at most a few)
}

// Error names what was searched and rejected, then what to install.
func (e *NoFontError) Error() string {
	msg := fmt.Sprintf("font: searched %s for %s", strings.Join(e.Searched, ", "), e.Purpose)
	if len(e.Rejected) > 0 {
		msg += "; rejected: " + strings.Join(e.Rejected, "; ")
	}
	return msg + ": " + ErrNoFont.Error()
}

// Is reports whether target is ErrNoFont.
func (e *NoFontError) Is(target error) bool { return target == ErrNoFont }

// Options selects a font and, for tests, fakes the environment. The zero
// value searches the real environment and system font directories.
type Options struct {
	// Path is an explicit font file (.ttf, .otf, .ttc, .otc). It has the
	// highest priority.
	Path string
	// Data is explicit font bytes, used when Path is empty.
	Data []byte
	// Index is the face index inside a collection given by Path or Data.
	Index int

	// Getenv, Home, GOOS and Roots fake the environment; zero values mean
	// the real ones (os.Getenv, $HOME or %USERPROFILE%, runtime.GOOS, the
	// platform's font directories).
	Getenv func(string) string
	Home   string
	GOOS   string
	// Roots, when non-nil, replaces the platform's list of font
	// directories. Each is walked with its subdirectories.
	Roots []string
}

func (o Options) getenv(k string) string {
	if o.Getenv != nil {
		return o.Getenv(k)
	}
	return os.Getenv(k)
}

func (o Options) goos() string {
	if o.GOOS != "" {
		return o.GOOS
	}
	return runtime.GOOS
}

func (o Options) home() string {
	switch {
	case o.Home != "":
		return o.Home
	case o.goos() == "windows":
		return o.getenv("USERPROFILE")
	case o.goos() == "plan9":
		return o.getenv("home")
	}
	return o.getenv("HOME")
}

// Resolve returns the font to use for purpose p, trying in order:
//
//  1. opt.Path, or opt.Data when Path is empty, with face opt.Index;
//  2. the file named by the environment variable ANNUALSTAT_FONT (see
//     [EnvVar] for the path#index syntax);
//  3. well-known system fonts in the platform's font directories (see
//     [SearchDirs]), TrueType-outline CJK fonts first (WenQuanYi Micro Hei,
//     WenQuanYi Zen Hei, AR PL UMing/UKai; Microsoft YaHei, SimHei, DengXian,
//     SimSun; STHeiti, Songti, Arial Unicode), then CFF-outline ones (Noto
//     Sans/Serif CJK, Source Han, PingFang), then other fonts whose name
//     suggests CJK, then any other font.
//
// A candidate is selected only after verifying that it parses, that its
// outlines suit p (for [PDF]: the tables fpdf needs, or CFF outlines that
// [Font.Subset] converts), and that it covers [Probe]. A font named by opt
// or the environment that fails a check is an error saying why, never a
// silent fallback to a system font. When no system font qualifies the
// error is a *[NoFontError] (errors.Is [ErrNoFont]) listing the rejected
// candidates.
//
// Results are cached for the life of the process, keyed by source, face
// index and purpose, so later calls cost a map lookup (plus a stat of an
// explicit path, or a hash of explicit Data). Errors are not cached. The
// returned Font is shared: do not modify it.
func Resolve(opt Options, p Purpose) (*Font, error) {
	if p != Raster && p != PDF {
		return nil, fmt.Errorf("font: unknown purpose %d", int(p))
	}
	switch {
	case opt.Path != "":
		return resolveFile(opt.Path, opt.Index, p, "Options.Path")
	case opt.Data != nil:
		sum := sha256.Sum256(opt.Data)
		key := fmt.Sprintf("data|%x|%d|%d", sum, opt.Index, p)
		return cached(key, func() (*Font, error) {
			f, err := parse(opt.Data, opt.Index, "")
			if err != nil {
				return nil, fmt.Errorf("font: Options.Data: %w", err)
			}
			if err := suitable(f, p); err != nil {
				return nil, fmt.Errorf("font: Options.Data cannot be used for %s: %w", p, err)
			}
			return f, nil
		})
	}
	if v := opt.getenv(EnvVar); v != "" {
		path, index := parseEnvFont(v)
		return resolveFile(path, index, p, EnvVar+"="+v)
	}
	dirs := SearchDirs(opt)
	key := fmt.Sprintf("system|%d|%s", p, strings.Join(dirs, "\x00"))
	return cached(key, func() (*Font, error) { return searchSystem(dirs, p) })
}

// parseEnvFont splits an ANNUALSTAT_FONT value into path and face index.
func parseEnvFont(v string) (path string, index int) {
	if fi, err := os.Stat(v); err == nil && !fi.IsDir() {
		return v, 0
	}
	if i := strings.LastIndexByte(v, '#'); i > 0 {
		if n, err := strconv.Atoi(v[i+1:]); err == nil && n >= 0 && strings.Trim(v[i+1:], "0123456789") == "" {
			return v[:i], n
		}
	}
	return v, 0
}

// resolveFile loads an explicitly named font and checks it for p; origin
// says who named it.
func resolveFile(path string, index int, p Purpose, origin string) (*Font, error) {
	f, err := loadCached(path, index)
	if err != nil {
		return nil, fmt.Errorf("font: file named by %s: %w", origin, err)
	}
	if err := suitable(f, p); err != nil {
		return nil, fmt.Errorf("font: %s named by %s cannot be used for %s: %w", path, origin, p, err)
	}
	return f, nil
}

// suitable reports why f cannot serve p, or nil. For [PDF] a TrueType
// font must have the tables fpdf reads; a CFF font must convert: the
// subset of [Probe] that [Font.Subset] makes of it is checked instead.
func suitable(f *Font, p Purpose) error {
	if p == PDF {
		switch f.Outline {
		case TrueTypeOutline:
			if err := checkPDF(f.SFNT); err != nil {
				return fmt.Errorf("fpdf cannot embed %s: %w", f, err)
			}
		case CFFOutline:
			if err := checkCFFForPDF(f); err != nil {
				return fmt.Errorf("%s has CFF outlines that cannot be converted for the PDF: %w", f, err)
			}
		default:
			return fmt.Errorf("%s has %s outlines, which a PDF cannot embed", f, f.Outline)
		}
	}
	return f.Covers(Probe)
}

// checkCFFForPDF converts the glyphs of Probe of the CFF font f and checks
// the result as fpdf would read it.
func checkCFFForPDF(f *Font) error {
	if err := embeddable(f.SFNT); err != nil {
		return err
	}
	sub, err := f.Subset([]rune(Probe))
	if err != nil {
		return err
	}
	return checkPDF(sub)
}

// The process-wide cache. An entry is created before its font is loaded, so
// concurrent callers with the same key wait for one load instead of
// repeating it. Failed loads are removed so that a later call retries.
var cache struct {
	sync.Mutex
	m map[string]*cacheEntry
}

type cacheEntry struct {
	ready chan struct{}
	f     *Font
	err   error
}

func cached(key string, load func() (*Font, error)) (*Font, error) {
	cache.Lock()
	if e, ok := cache.m[key]; ok {
		cache.Unlock()
		<-e.ready
		return e.f, e.err
	}
	if cache.m == nil {
		cache.m = make(map[string]*cacheEntry)
	}
	e := &cacheEntry{ready: make(chan struct{})}
	cache.m[key] = e
	cache.Unlock()

	defer func() {
		if e.err != nil || e.f == nil {
			if e.err == nil {
				e.err = errors.New("font: load failed")
			}
			cache.Lock()
			delete(cache.m, key)
			cache.Unlock()
		}
		close(e.ready)
	}()
	e.f, e.err = load()
	return e.f, e.err
}

// loadCached is Load through the cache, keyed by absolute path, size,
// modification time and face index, so that a Raster and a PDF resolution
// of the same face parse it once.
func loadCached(path string, index int) (*Font, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("file|%s|%d|%d|%d", abs, fi.Size(), fi.ModTime().UnixNano(), index)
	return cached(key, func() (*Font, error) { return load(abs, index) })
}

// SearchDirs returns the font directories [Resolve] walks for opt's
// platform, in order (each with its subdirectories):
//
//   - Linux and other Unix: $XDG_DATA_HOME/fonts, ~/.local/share/fonts,
//     ~/.fonts, each $XDG_DATA_DIRS entry + /fonts (default
//     /usr/local/share:/usr/share), /usr/local/share/fonts,
//     /usr/share/fonts;
//   - macOS: ~/Library/Fonts, /Library/Fonts, /System/Library/Fonts;
//   - Windows: %LOCALAPPDATA%\Microsoft\Windows\Fonts (per-user
//     installs), %WINDIR%\Fonts (default C:\Windows\Fonts).
//
// opt.Roots, when non-nil, replaces the list. Duplicates are dropped.
func SearchDirs(opt Options) []string {
	var dirs []string
	add := func(elem ...string) {
		if elem[0] == "" {
			return
		}
		d := filepath.Join(elem...)
		for _, e := range dirs {
			if e == d {
				return
			}
		}
		dirs = append(dirs, d)
	}
	if opt.Roots != nil {
		for _, r := range opt.Roots {
			add(r)
		}
		return dirs
	}
	home := opt.home()
	switch opt.goos() {
	case "windows":
		add(opt.getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts")
		windir := opt.getenv("WINDIR")
		if windir == "" {
			windir = opt.getenv("SystemRoot")
		}
		if windir == "" {
			windir = `C:\Windows`
		}
		add(windir, "Fonts")
	case "darwin", "ios":
		add(home, "Library", "Fonts")
		add("/Library/Fonts")
		add("/System/Library/Fonts")
	default:
		add(opt.getenv("XDG_DATA_HOME"), "fonts")
		add(home, ".local", "share", "fonts")
		add(home, ".fonts")
		dataDirs := opt.getenv("XDG_DATA_DIRS")
		if dataDirs == "" {
			dataDirs = "/usr/local/share:/usr/share"
		}
		for _, d := range strings.Split(dataDirs, ":") {
			add(d, "fonts")
		}
		add("/usr/local/share/fonts")
		add("/usr/share/fonts")
	}
	return dirs
}

// knownFont is a system font file worth trying, by lower-case base name,
// with the face to try first (the Simplified Chinese one in multi-script
// collections).
type knownFont struct {
	name string
	face int
}

// known lists system fonts in order of preference. TrueType-outline CJK
// fonts come first; Droid Sans Fallback only qualifies if it covers ASCII
// (the Debian one does not); the CFF fonts at the end serve both purposes
// (their outlines are converted for the PDF). Files of different platforms
// never meet, so one list serves all.
var known = []knownFont{
	// Linux, TrueType outlines.
	{"wqy-microhei.ttc", 0}, {"wqy-microhei.ttf", 0},
	{"wqy-zenhei.ttc", 0}, {"wqy-zenhei.ttf", 0},
	{"uming.ttc", 0}, {"ukai.ttc", 0},
	// Windows.
	{"msyh.ttc", 0}, {"msyh.ttf", 0}, {"simhei.ttf", 0}, {"deng.ttf", 0},
	{"simsun.ttc", 0}, {"simkai.ttf", 0}, {"simfang.ttf", 0},
	// macOS.
	{"stheiti medium.ttc", 0}, {"stheiti light.ttc", 0}, {"songti.ttc", 0},
	{"arial unicode.ttf", 0}, {"hiragino sans gb.ttc", 0},
	// Fallbacks that usually lack Latin.
	{"droidsansfallbackfull.ttf", 0}, {"droidsansfallback.ttf", 0},
	// CFF outlines, converted for the PDF. Face 2 of the Noto CJK
	// collections is SC.
	{"notosanscjk-regular.ttc", 2}, {"notosanscjksc-regular.otf", 0},
	{"notoserifcjk-regular.ttc", 2}, {"notoserifcjksc-regular.otf", 0},
	{"sourcehansans.ttc", 2}, {"sourcehansanssc-regular.otf", 0},
	{"sourcehanserif.ttc", 2}, {"sourcehanserifsc-regular.otf", 0},
	{"pingfang.ttc", 0},
}

// cjkHints are substrings of lower-case file names that suggest a CJK font;
// such files are tried after the known ones and before all others.
var cjkHints = []string{"cjk", "wqy", "wenquanyi", "hei", "song", "ming", "kai", "fang", "yahei",
	"han", "chinese", "gb", "sc-", "-sc", "cn", "zh", "fallback"}

// Limits of the system search: entries visited by the walk, and files of
// the last tier (neither known nor hinted) actually opened.
const (
	maxWalkEntries = 100000
	maxOtherTries  = 64
)

type candidate struct {
	path  string
	faces []int // faces to try, in order
	rank  int   // position in known, then len(known) hinted, len(known)+1 other
}

func isFontFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ttf", ".ttc", ".otf", ".otc":
		return true
	}
	return false
}

// maxWalkDepth bounds how deep the search descends below a font directory.
const maxWalkDepth = 16

// candidates walks dirs (following symbolic links, each real directory
// once) and returns the font files found, ordered by rank, then by
// discovery order.
func candidates(dirs []string) []candidate {
	var (
		out     []candidate
		seen    = make(map[string]bool) // real paths of files and directories
		visited int
		walk    func(dir string, depth int)
	)
	walk = func(dir string, depth int) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil || seen[real] || depth > maxWalkDepth {
			return
		}
		seen[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, e := range entries {
			if visited++; visited > maxWalkEntries {
				return
			}
			path := filepath.Join(dir, e.Name())
			isDir := e.IsDir()
			if e.Type()&fs.ModeSymlink != 0 {
				fi, err := os.Stat(path)
				if err != nil {
					continue
				}
				isDir = fi.IsDir()
			}
			switch {
			case isDir:
				walk(path, depth+1)
			case isFontFile(e.Name()):
				// A regular file's real path is its directory's real path
				// and its name; only a link needs resolving (a syscall per
				// path component, the cost of the walk).
				r := filepath.Join(real, e.Name())
				if e.Type()&fs.ModeSymlink != 0 {
					if r, err = filepath.EvalSymlinks(path); err != nil {
						continue
					}
				}
				if seen[r] {
					continue
				}
				seen[r] = true
				out = append(out, rankFile(path))
			}
		}
	}
	for _, d := range dirs {
		walk(d, 0)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rank < out[j].rank })
	return out
}

func rankFile(path string) candidate {
	base := strings.ToLower(filepath.Base(path))
	for i, k := range known {
		if base == k.name {
			faces := []int{k.face}
			if k.face != 0 {
				faces = append(faces, 0)
			}
			return candidate{path: path, faces: faces, rank: i}
		}
	}
	c := candidate{path: path, faces: []int{0}, rank: len(known) + 1}
	for _, h := range cjkHints {
		if strings.Contains(base, h) {
			c.rank = len(known)
			break
		}
	}
	return c
}

// maxListed is how many rejected candidates a NoFontError lists.
const maxListed = 8

func searchSystem(dirs []string, p Purpose) (*Font, error) {
	var (
		rejected []string
		others   int
	)
	for _, c := range candidates(dirs) {
		if c.rank > len(known) {
			if others++; others > maxOtherTries {
				break
			}
		}
		for _, face := range c.faces {
			f, err := trySystem(c.path, face, p)
			if err == nil {
				return f, nil
			}
			if c.rank < len(known) {
				rejected = append(rejected, err.Error())
			}
		}
	}
	if len(rejected) > maxListed {
		rejected = append(rejected[:maxListed], fmt.Sprintf("%d more", len(rejected)-maxListed))
	}
	return nil, &NoFontError{Purpose: p, Searched: dirs, Rejected: rejected}
}

// trySystem loads face of path and checks it for p. For PDF it first reads
// only the table directory, so files with outlines it cannot use are
// skipped without being read.
func trySystem(path string, face int, p Purpose) (*Font, error) {
	if p == PDF {
		o, err := peekOutline(path, face)
		if err != nil {
			return nil, fmt.Errorf("%s#%d: %w", path, face, err)
		}
		if o != TrueTypeOutline && o != CFFOutline {
			return nil, fmt.Errorf("%s#%d: %s outlines", path, face, o)
		}
	}
	f, err := loadCached(path, face)
	if err != nil {
		return nil, fmt.Errorf("face %d: %w", face, err)
	}
	if err := suitable(f, p); err != nil {
		return nil, err
	}
	return f, nil
}

// peekOutline reads the table directory of face index in the file at path,
// and nothing else, to tell its outline format.
func peekOutline(path string, index int) (Outline, error) {
	fd, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer fd.Close()
	read := func(off int64, n int) ([]byte, error) {
		b := make([]byte, n)
		if _, err := fd.ReadAt(b, off); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("truncated at %d", off)
			}
			return nil, err
		}
		return b, nil
	}
	hdr, err := read(0, 12)
	if err != nil {
		return 0, err
	}
	if _, err := sniff(hdr); err != nil {
		return 0, err
	}
	var off int64
	if binary.BigEndian.Uint32(hdr) == tagTTCF {
		n := int(binary.BigEndian.Uint32(hdr[8:]))
		if n == 0 || n > maxFaces || index < 0 || index >= n {
			return 0, fmt.Errorf("face index %d out of range: the collection has %d faces", index, n)
		}
		b, err := read(12+4*int64(index), 4)
		if err != nil {
			return 0, err
		}
		off = int64(binary.BigEndian.Uint32(b))
		if hdr, err = read(off, 12); err != nil {
			return 0, err
		}
	} else if index != 0 {
		return 0, fmt.Errorf("face index %d out of range: not a collection", index)
	}
	n := int(binary.BigEndian.Uint16(hdr[4:]))
	if n == 0 || n > maxTables {
		return 0, fmt.Errorf("%d tables", n)
	}
	recs, err := read(off+12, 16*n)
	if err != nil {
		return 0, err
	}
	d := faceDir{version: binary.BigEndian.Uint32(hdr)}
	for i := 0; i < n; i++ {
		d.tables = append(d.tables, tableRecord{tag: binary.BigEndian.Uint32(recs[16*i:])})
	}
	return d.outline()
}
