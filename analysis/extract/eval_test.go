package extract

// The evaluation on real reports (testdata/eval, see its README.md): excerpts
// of published reports of many genres, annotated by hand, that the extractor
// was not developed against (heldout.json) or may be developed against
// (dev.json). TestEval scores the extractor on them with three figures:
//
//   - fully right rows: annotated figures found with the same value and unit,
//     a matching subject, all stated changes and the qualifier as written,
//     ÷ all annotated figures;
//   - value recall: annotated figures whose value and unit are among the
//     figures extracted from the text, ÷ all annotated figures;
//   - precision: extracted figures that match an annotated figure by value
//     and unit, ÷ all extracted figures.
//
// Matching is one to one: an extracted figure serves one annotated figure.
// The scorer reads the extractor's figures by field name through reflect
// (Indicator, Value, Missing, Unit, Qualifier, Flags, Change, Changes), so
// that it keeps compiling and measuring while the Figure type grows.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// evalText is one annotated excerpt of testdata/eval/*.json.
type evalText struct {
	ID     string `json:"id"`
	Genre  string `json:"genre"`
	Kind   string `json:"kind"` // "prose" or "table": the excerpt holds a table
	Source struct {
		URL   string `json:"url"`
		Title string `json:"title"`
		Date  string `json:"date"`
	} `json:"source"`
	Year int `json:"year"`
	// Seen, when set, says how the text became known to the team before it
	// was scored (it is then reported apart: the unseen subtotal leaves it
	// out).
	Seen    string       `json:"seen"`
	Text    string       `json:"text"`
	Figures []evalFigure `json:"figures"`
}

// evalFigure is one hand-annotated figure.
type evalFigure struct {
	Indicator   string       `json:"indicator"`
	Value       *float64     `json:"value"`
	Unit        string       `json:"unit"`
	UnitImplied string       `json:"unit_implied"` // the unit a header or the form implies when the text writes none
	Qualifier   string       `json:"qualifier"`
	Flags       []string     `json:"flags"`
	Change      *evalChange  `json:"change"`
	Changes     []evalChange `json:"changes"`
	Parent      string       `json:"parent"`
	Period      string       `json:"period"`
	Column      string       `json:"column"`
	Prior       bool         `json:"prior"`
	Kinds       []string     `json:"kinds"` // "abs": a stated absolute change as a figure of its own; "ratio": a part of a ratio structure
	Note        string       `json:"note"`
}

type evalChange struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"` // set when the change is written in another unit than the figure
}

func (e evalFigure) isKind(k string) bool {
	for _, x := range e.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// evalGot is the scorer's view of an extracted figure.
type evalGot struct {
	Indicator string
	Value     float64
	HasValue  bool
	Unit      string
	Qualifier string // "" if none; "?" if only an approx flag says there is one
	Changes   []evalChange
}

// evalFigures extracts the figures of one excerpt the way the command reads
// a .txt report (cmd/annualstat extractFile: Extract, which reads text
// tables too), table excerpts included. (Reading the excerpts through
// ingest.ReadTextDocument and ExtractDocument instead found far fewer table
// figures on main at 8ab1fed: held-out value recall 0.657 against 0.778.)
func evalFigures(t evalText) ([]Figure, error) {
	return Extract([]byte(t.Text), Options{Year: t.Year})
}

// view reads an extracted figure by field name (see the file comment).
func evalView(f any) evalGot {
	v := reflect.ValueOf(f)
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	g := evalGot{HasValue: true}
	g.Indicator = evalFieldString(v, "Indicator")
	g.Unit = evalFieldString(v, "Unit")
	if x, ok := evalNumber(v.FieldByName("Value")); ok {
		g.Value = x
	} else {
		g.HasValue = false
	}
	if m := v.FieldByName("Missing"); m.IsValid() && m.Kind() == reflect.Bool && m.Bool() {
		g.HasValue = false
	}
	g.Qualifier = evalFieldString(v, "Qualifier")
	if g.Qualifier == "" {
		if fl := v.FieldByName("Flags"); fl.IsValid() {
			if m := fl.MethodByName("Names"); m.IsValid() {
				if names, ok := m.Call(nil)[0].Interface().([]string); ok {
					for _, n := range names {
						if n == "approx" {
							g.Qualifier = "?"
						}
					}
				}
			}
		}
	}
	add := func(c reflect.Value) {
		for c.Kind() == reflect.Pointer || c.Kind() == reflect.Interface {
			if c.IsNil() {
				return
			}
			c = c.Elem()
		}
		if c.Kind() != reflect.Struct {
			return
		}
		x, ok := evalNumber(c.FieldByName("Value"))
		if !ok {
			return
		}
		ch := evalChange{Kind: evalFieldString(c, "Kind"), Value: x, Unit: evalFieldString(c, "Unit")}
		for _, have := range g.Changes {
			if have.Kind == ch.Kind && evalSameNumber(have.Value, ch.Value) {
				return
			}
		}
		g.Changes = append(g.Changes, ch)
	}
	if cs := v.FieldByName("Changes"); cs.IsValid() && cs.Kind() == reflect.Slice {
		for i := 0; i < cs.Len(); i++ {
			add(cs.Index(i))
		}
	}
	if c := v.FieldByName("Change"); c.IsValid() {
		add(c)
	}
	return g
}

func evalFieldString(v reflect.Value, name string) string {
	f := v.FieldByName(name)
	if !f.IsValid() {
		return ""
	}
	if f.Kind() == reflect.String {
		return f.String()
	}
	if s, ok := f.Interface().(fmt.Stringer); ok {
		return s.String()
	}
	return ""
}

// number reads a float, an integer, a numeric string or a value with a
// Float64() method.
func evalNumber(f reflect.Value) (float64, bool) {
	if !f.IsValid() {
		return 0, false
	}
	switch f.Kind() {
	case reflect.Float32, reflect.Float64:
		return f.Float(), !math.IsNaN(f.Float())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(f.Int()), true
	case reflect.String:
		x, err := strconv.ParseFloat(f.String(), 64)
		return x, err == nil
	case reflect.Pointer:
		if f.IsNil() {
			return 0, false
		}
		return evalNumber(f.Elem())
	}
	if m := f.MethodByName("Float64"); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() >= 1 {
		out := m.Call(nil)
		if x, ok := out[0].Interface().(float64); ok {
			return x, true
		}
	}
	return 0, false
}

func evalSameNumber(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// evalUnitScales are the scale prefixes of units as written (万元 = 1e4 元).
var evalUnitScales = []struct {
	prefix string
	scale  float64
}{{"万亿", 1e12}, {"亿", 1e8}, {"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5}, {"万", 1e4}, {"千", 1e3}, {"百", 1e2}}

// evalNormUnit spells a unit one way: full-width percent as %, 个百分点 as
// 百分点, traditional script as simplified (萬人 as 万人), without the pinyin
// reading notes a stored copy carries (萬(wàn)元 as 万元).
func evalNormUnit(u string) string {
	u = strings.TrimSpace(u)
	u, _ = stripReadingNotes(u) // 萬(wàn)元 = 萬元
	u = strings.ReplaceAll(u, "％", "%")
	u, _ = foldTraditional(u) // 萬人 = 万人
	if u == "个百分点" {
		return "百分点"
	}
	return u
}

// scaled splits a unit into its scale and base (万人 → 1e4, 人); units that
// are a scale word only (万, 亿) have an empty base.
func evalScaled(u string) (float64, string) {
	u = evalNormUnit(u)
	if u == "百分点" {
		return 1, u
	}
	for _, s := range evalUnitScales {
		if strings.HasPrefix(u, s.prefix) {
			return s.scale, strings.TrimPrefix(u, s.prefix)
		}
	}
	return 1, u
}

// evalSameQuantity reports whether value a in unit ua is value b in unit ub:
// the same unit as written, or the same base at another scale (25.4万件 is
// 254000件).
func evalSameQuantity(a float64, ua string, b float64, ub string) bool {
	ua, ub = evalNormUnit(ua), evalNormUnit(ub)
	if ua == ub {
		return evalSameNumber(a, b)
	}
	sa, ba := evalScaled(ua)
	sb, bb := evalScaled(ub)
	return ba == bb && evalSameNumber(a*sa, b*sb)
}

// evalValueMatches is the value-and-unit test of recall and precision.
func evalValueMatches(e evalFigure, g evalGot) bool {
	if e.Value == nil {
		// A figure stated only as a change: found when an extracted figure
		// without a level carries one of its changes, or when the change
		// itself comes out as a figure in its unit.
		for _, c := range e.allChanges() {
			if !g.HasValue {
				for _, gc := range g.Changes {
					if gc.Kind == c.Kind && evalSameNumber(gc.Value, c.Value) {
						return true
					}
				}
			} else if u := evalChangeUnit(c.Kind); u != "" && evalSameNumber(math.Abs(g.Value), math.Abs(c.Value)) && evalNormUnit(g.Unit) == u {
				return true
			}
		}
		return false
	}
	if !g.HasValue {
		return false
	}
	want, got := *e.Value, g.Value
	if e.isKind("abs") { // a stated change as a figure: 减少1863人 may come out as 1863 or -1863
		want, got = math.Abs(want), math.Abs(got)
	}
	if e.UnitImplied != "" && evalSameQuantity(want, e.UnitImplied, got, g.Unit) {
		return true
	}
	return evalSameQuantity(want, e.Unit, got, g.Unit)
}

func evalChangeUnit(kind string) string {
	switch kind {
	case GrowthPct:
		return "%"
	case PP:
		return "百分点"
	}
	return ""
}

func (e evalFigure) allChanges() []evalChange {
	if len(e.Changes) > 0 || e.Change == nil {
		return e.Changes
	}
	return []evalChange{*e.Change}
}

// evalSubjectMatches is the lenient subject test. Subjects are judgement
// calls (全年粮食总产量 or 粮食总产量), so both are normalised (notes in
// brackets, spaces and punctuation dropped) and match when equal, when one
// contains the other and the shorter has at least 4 characters, or when
// one contains the other with one character more (含新制定 ~ 新制定). So
// 小学 does not match 全市小学, nor 税收收入 非税收入 (neither contains the
// other), nor 一般公共预算收入 一般公共预算支出.
func evalSubjectMatches(want, got string) bool {
	w, g := evalNormSubject(want), evalNormSubject(got)
	if w == "" || g == "" {
		return false
	}
	if w == g {
		return true
	}
	short, long := w, g
	if utf8.RuneCountInString(short) > utf8.RuneCountInString(long) {
		short, long = long, short
	}
	if !strings.Contains(long, short) {
		return false
	}
	n, m := utf8.RuneCountInString(short), utf8.RuneCountInString(long)
	return n >= 4 || n >= 2 && m-n <= 1
}

// evalBracketed is a note in brackets: 特殊教育(含随班就读)招生人数.
var evalBracketed = regexp.MustCompile(`[(（][^()（）]*[)）]`)

// evalChangeTail is how an absolute change as a figure of its own ends
// (比去年减少, 同比增加): dropped from both subjects before they are
// compared, since the subject of such a figure is the changing quantity.
var evalChangeTail = regexp.MustCompile(`(比|较|較|与|與)?(去年|上年|上一年|上年末|上年同期|去年同期|年初)?(比较|比較|相比)?(同比)?(增加|减少|減少|增长|增長|下降|增收|减收|減收|增支|减支|減支|上升|回落)了?$`)

// evalFrame is how a subject may open with words that frame the quantity
// rather than name it: the verb of a level achieved (实现地区生产总值) and a
// place's 共有/拥有 (全省共有幼儿园). Annotators wrote both with and without
// them, so they are dropped from both subjects when the subjects differ, and
// so is a 实现 inside the subject (第一产业实现增加值 ~ 第一产业增加值).
var evalFrame = regexp.MustCompile(`^(全省|全市|全区|全县|全州|全盟|全旗|全国|全镇|本市|本省|我省|我市|我区|我县)?(共有|拥有|现有|实有|实现|實現|擁有|現有)`)

// evalCaseNoun is the counted noun of court and procuratorate counts (审结案件
// for 审结): dropped from both subjects when the subjects differ.
var evalCaseNoun = regexp.MustCompile(`(受理|新收|收案|审结|办结|结案|执结|旧存|立案|起诉|批捕|批准逮捕)(各类)?案件$`)

// evalSubjectMatchesFramed compares subjects as evalSubjectMatches does, and
// again with their frames (evalFrame, evalCaseNoun) dropped.
func evalSubjectMatchesFramed(want, got string) bool {
	if evalSubjectMatches(want, got) {
		return true
	}
	unframe := func(s string) string {
		s = evalNormSubject(s)
		s = evalFrame.ReplaceAllString(s, "")
		s = strings.Replace(strings.Replace(s, "实现", "", 1), "實現", "", 1)
		return evalCaseNoun.ReplaceAllString(s, "$1")
	}
	w, g := unframe(want), unframe(got)
	return w != "" && g != "" && evalSubjectMatches(w, g)
}

func evalSubjectMatchesAbs(want, got string) bool {
	return evalSubjectMatches(want, got) || evalSubjectMatches(evalChangeTail.ReplaceAllString(want, ""), evalChangeTail.ReplaceAllString(got, ""))
}

// evalNormSubject spells a subject for comparison: without the pinyin
// reading notes a stored copy carries (農(nóng)戶(hù) as 農戶, so that a note in
// brackets around them, (不含農(nóng)戶(hù)), is one note and dropped whole),
// without notes in brackets, spaces and punctuation.
func evalNormSubject(s string) string {
	s, _ = stripReadingNotes(s)
	s = evalBracketed.ReplaceAllString(s, "")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// evalSubject is the subject test for an annotated figure.
func evalSubject(e evalFigure, g evalGot) bool {
	if e.isKind("abs") {
		return evalSubjectMatchesAbs(e.Indicator, g.Indicator)
	}
	if e.Column != "" && e.Column != e.Indicator && evalSubjectMatches(strings.Replace(e.Indicator, e.Column, "", 1), g.Indicator) {
		return true // a table cell named by its row alone: 夏粮 for 夏粮播种面积
	}
	return evalSubjectMatchesFramed(e.Indicator, g.Indicator)
}

// evalChangesMatch: the extracted figure states exactly the annotated changes
// (kind and value; an absolute change may be given in the figure's unit or
// in the unit it was written in).
func evalChangesMatch(e evalFigure, g evalGot) bool {
	want := e.allChanges()
	if len(want) != len(g.Changes) {
		return false
	}
	used := make([]bool, len(g.Changes))
	for _, c := range want {
		ok := false
		for i, gc := range g.Changes {
			// A change in 千分点 (per-mille points) has no kind of its own in
			// the model yet: any kind with its value is right.
			if used[i] || gc.Kind != c.Kind && !strings.HasSuffix(c.Unit, "千分点") {
				continue
			}
			same := evalSameNumber(gc.Value, c.Value)
			if !same && c.Kind == Abs && c.Unit != "" {
				same = evalSameQuantity(c.Value, c.Unit, gc.Value, e.Unit) || evalSameQuantity(c.Value, c.Unit, gc.Value, gc.Unit)
			}
			if same {
				used[i], ok = true, true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// evalFullyRight: value, unit, subject, changes and qualifier all right,
// with a growth read as a figure in % under a growth's name or as a
// change of a figure without a level either way (evalCanonical).
func evalFullyRight(e evalFigure, g evalGot) bool {
	return evalEitherForm(func(e evalFigure, g evalGot) bool {
		return evalValueMatches(e, g) && evalSubject(e, g) && evalChangesMatch(e, g) && evalQualifierMatches(e, g)
	})(e, g)
}

// evalEitherForm applies a test to the figures as they are and to their
// canonical forms (evalCanonical, evalCanonicalGot).
func evalEitherForm(ok func(evalFigure, evalGot) bool) func(evalFigure, evalGot) bool {
	return func(e evalFigure, g evalGot) bool {
		return ok(e, g) || ok(evalCanonical(e), evalCanonicalGot(g))
	}
}

// evalCanonicalGot is evalCanonical for an extracted figure.
func evalCanonicalGot(g evalGot) evalGot {
	if !g.HasValue {
		return g
	}
	v := g.Value
	c := evalCanonical(evalFigure{Indicator: g.Indicator, Value: &v, Unit: g.Unit, Changes: g.Changes})
	if c.Value != nil {
		return g
	}
	g.Indicator, g.Value, g.HasValue, g.Unit, g.Changes = c.Indicator, 0, false, "", c.Changes
	return g
}

// evalQualifierMatches: the qualifier as written (多, 余, 近 …). An extractor
// that only flags approx (Qualifier "?") is right when the annotation has
// a qualifier, without knowing which.
func evalQualifierMatches(e evalFigure, g evalGot) bool {
	if g.Qualifier == "?" {
		return e.Qualifier != ""
	}
	return e.Qualifier == g.Qualifier
}

// evalScore counts one text's or one set's figures.
type evalScore struct {
	texts, annotated, extracted int
	fullyRight, valueFound      int
	extractedMatched            int
	misses                      map[string]int // kind of miss → count (evalMissKinds)
}

func (s *evalScore) miss(kind string) {
	if s.misses == nil {
		s.misses = map[string]int{}
	}
	s.misses[kind]++
}

func (s *evalScore) add(o evalScore) {
	s.texts += o.texts
	s.annotated += o.annotated
	s.extracted += o.extracted
	s.fullyRight += o.fullyRight
	s.valueFound += o.valueFound
	s.extractedMatched += o.extractedMatched
	for k, n := range o.misses {
		if s.misses == nil {
			s.misses = map[string]int{}
		}
		s.misses[k] += n
	}
}

// evalMissKind names why an annotated figure was not found at all, from
// what the annotation says it is.
func evalMissKind(t evalText, e evalFigure, figs []evalGot) string {
	switch {
	case e.isKind("abs"):
		return "stated absolute change not a figure of its own"
	case e.isKind("ratio"):
		return "ratio-structure part not read"
	case e.Prior:
		return "inline prior not a figure of its own"
	case e.Value == nil:
		return "figure stated only as a change not read"
	case e.Column != "":
		return "table cell not read"
	}
	for _, g := range figs {
		if g.HasValue && evalSameNumber(g.Value, *e.Value) {
			return "value read with another unit or scale"
		}
	}
	if e.Unit == "" || e.UnitImplied != "" {
		return "figure without a written unit not read"
	}
	return "prose figure not read"
}

// evalPartKinds names what is wrong with a figure found by value and unit.
func evalPartKinds(e evalFigure, g evalGot) []string {
	var out []string
	if !evalSubject(e, g) {
		if strings.TrimFunc(g.Indicator, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) }) == "" {
			out = append(out, "subject empty or junk")
		} else {
			out = append(out, "subject wrong or incomplete")
		}
	}
	if !evalChangesMatch(e, g) {
		want := e.allChanges()
		switch {
		case len(g.Changes) < len(want):
			missingAbs := false
			for _, c := range want {
				if c.Kind == Abs {
					missingAbs = true
					for _, gc := range g.Changes {
						if gc.Kind == Abs {
							missingAbs = false
						}
					}
				}
			}
			if missingAbs {
				out = append(out, "stated absolute change not kept on the figure")
			} else {
				out = append(out, "stated change not kept on the figure")
			}
		case len(g.Changes) > len(want):
			out = append(out, "change attached that the text does not state for this figure")
		default:
			out = append(out, "change of the wrong kind or value")
		}
	}
	if !evalQualifierMatches(e, g) {
		out = append(out, "qualifier wrong or missing")
	}
	return out
}

func evalRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s evalScore) FullyRight() float64  { return evalRatio(s.fullyRight, s.annotated) }
func (s evalScore) ValueRecall() float64 { return evalRatio(s.valueFound, s.annotated) }
func (s evalScore) Precision() float64   { return evalRatio(s.extractedMatched, s.extracted) }

func (s evalScore) String() string {
	return fmt.Sprintf("%d texts, %d annotated, %d extracted: fully right %.3f (%d), value recall %.3f (%d), precision %.3f (%d)",
		s.texts, s.annotated, s.extracted, s.FullyRight(), s.fullyRight, s.ValueRecall(), s.valueFound, s.Precision(), s.extractedMatched)
}

// evalScoreText matches one text's extracted figures to its annotation, one to
// one: first the pairs that are fully right, then those whose value, unit
// and subject agree, then those whose value and unit agree.
func evalScoreText(t evalText, figs []evalGot) (evalScore, []string) {
	s := evalScore{texts: 1, annotated: len(t.Figures), extracted: len(figs)}
	match := make([]int, len(t.Figures)) // index+1 into figs
	used := make([]bool, len(figs))
	passes := []func(e evalFigure, g evalGot) bool{
		evalFullyRight,
		evalEitherForm(func(e evalFigure, g evalGot) bool {
			return evalValueMatches(e, g) && evalSubject(e, g)
		}),
		evalEitherForm(evalValueMatches),
	}
	for p, ok := range passes {
		for i, e := range t.Figures {
			if match[i] != 0 {
				continue
			}
			for j, g := range figs {
				if !used[j] && ok(e, g) {
					match[i], used[j] = j+1, true
					if p == 0 {
						s.fullyRight++
					}
					break
				}
			}
		}
	}
	var why []string
	for i, e := range t.Figures {
		v := "—"
		if e.Value != nil {
			v = strconv.FormatFloat(*e.Value, 'f', -1, 64)
		}
		label := fmt.Sprintf("%s %s%s", e.Indicator, v, e.Unit)
		if match[i] == 0 {
			why = append(why, "missed: "+label+evalChangesText(e.allChanges()))
			s.miss(evalMissKind(t, e, figs))
			continue
		}
		s.valueFound++
		g := figs[match[i]-1]
		if evalFullyRight(e, g) {
			continue
		}
		var wrong []string
		if !evalSubject(e, g) {
			wrong = append(wrong, fmt.Sprintf("subject %q", g.Indicator))
		}
		if !evalChangesMatch(e, g) {
			wrong = append(wrong, fmt.Sprintf("changes%s, want%s", evalChangesText(g.Changes), evalChangesText(e.allChanges())))
		}
		if !evalQualifierMatches(e, g) {
			wrong = append(wrong, fmt.Sprintf("qualifier %q, want %q", g.Qualifier, e.Qualifier))
		}
		if len(wrong) > 0 {
			why = append(why, "partly right: "+label+": "+strings.Join(wrong, "; "))
			for _, k := range evalPartKinds(e, g) {
				s.miss(k)
			}
		}
	}
	for j, g := range figs {
		if used[j] {
			s.extractedMatched++
			continue
		}
		v := "—"
		if g.HasValue {
			v = strconv.FormatFloat(g.Value, 'f', -1, 64)
		}
		why = append(why, fmt.Sprintf("not annotated: %s %s%s%s", g.Indicator, v, g.Unit, evalChangesText(g.Changes)))
		s.miss(evalPhantomKind(t, g))
	}
	return s, why
}

// evalPhantomKind names an extracted figure that matches no annotation.
func evalPhantomKind(t evalText, g evalGot) string {
	if !g.HasValue {
		return "extracted change-only figure not in the text"
	}
	for _, e := range t.Figures {
		if e.Value != nil && evalSameNumber(math.Abs(*e.Value), math.Abs(g.Value)) {
			return "extracted figure with a unit or scale the text does not give it"
		}
	}
	if strings.Contains(t.Text, strconv.FormatFloat(g.Value, 'f', -1, 64)+"年") || g.Unit == "年" || g.Unit == "月" || g.Unit == "日" && g.Value > 31 {
		return "extracted a date or year as a figure"
	}
	return "extracted figure the text does not state (phantom, ordinal, name or code)"
}

func evalChangesText(cs []evalChange) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, " [%s %s%s]", c.Kind, strconv.FormatFloat(c.Value, 'f', -1, 64), c.Unit)
	}
	return b.String()
}

// loadEvalSet reads one set; fs.ErrNotExist when the file is not there.
func loadEvalSet(path string) ([]evalText, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var set []evalText
	if err := json.Unmarshal(b, &set); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for i, t := range set {
		if t.ID == "" || t.Genre == "" || t.Text == "" || t.Source.Title == "" {
			return nil, fmt.Errorf("%s: text %d: id, genre, text and source title are required", path, i)
		}
		for j, f := range t.Figures {
			if f.Indicator == "" || (f.Value == nil && len(f.allChanges()) == 0) {
				return nil, fmt.Errorf("%s: %s figure %d: an indicator and a value or a change are required", path, t.ID, j)
			}
		}
	}
	return set, nil
}

// evalGrowthName is how a subject ends when it names a growth, not a
// quantity: 合计同比增长, 国有企业比上年增长 (a table of growth columns
// without levels, 9月同比增长(%)). A rate's name (增长率, 增速) is not one.
var evalGrowthName = regexp.MustCompile(`(同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年)?(增长|下降|增减)$`)

// evalCanonical writes a growth given as a figure in % under a growth's
// name (合计同比增长 5.4%: how annotators and the extractor may read a
// table of growth columns without levels) as a figure stated only as a
// change: value null, named by what grew (合计), with the change
// growth_pct 5.4. The two forms say the same thing; evalSame compares
// them so as well as as they are.
func evalCanonical(f evalFigure) evalFigure {
	if f.Value == nil || len(f.allChanges()) > 0 || len(f.Kinds) > 0 || evalNormUnit(f.Unit) != "%" {
		return f
	}
	name := evalGrowthName.ReplaceAllString(f.Indicator, "")
	if name == f.Indicator || name == "" {
		return f
	}
	v := *f.Value
	if evalGrowthName.FindStringSubmatch(f.Indicator)[2] == "下降" {
		v = -v
	}
	f.Indicator, f.Value, f.Unit = name, nil, ""
	f.Changes, f.Change = []evalChange{{Kind: GrowthPct, Value: v}}, nil
	return f
}

// TestEval scores the extractor on the real-report sets and asserts floors
// a little below what it achieved when the floors were last set, so that
// a regression fails. Run with -v to see the per-text figures and every
// miss of the development sets; of a held-out set it logs only the genre
// and total figures, unless ANNUALSTAT_EVAL_HELDOUT_DETAIL=1 (for scoring
// it once, not for developing against it).
func TestEval(t *testing.T) {
	for _, set := range []struct {
		file                        string
		required                    bool
		minFull, minRecall, minPrec float64
	}{
		// Floors: a little below main on 2026-12-03 (fully right / value
		// recall / precision): dev 1.000 / 1.000 / 1.000; dev2 1.000 /
		// 1.000 / 1.000; dev3 0.997 / 1.000 / 1.000; dev4 0.997 / 1.000 /
		// 1.000; held-out 0.865 / 0.891 / 1.000; heldout3 0.702 / 0.756 /
		// 0.974; heldout4 (first score) 0.844 / 0.940 / 0.947. Raised at
		// the end of the second session of 2026-12-03: dev5 0.947 / 0.982
		// / 1.000; heldout3 0.776 / 0.906 / 0.978; heldout4 0.871 / 0.953
		// / 0.962; heldout5 (first score) 0.698 / 0.792 / 0.817; heldout6
		// (first score) 0.556 / 0.740 / 0.900. Raised at the end of the
		// third session: dev4 1.000; dev5 0.956 / 0.982 / 1.000; heldout3
		// 0.776 / 0.908 / 0.978; dev6 0.862 / 0.891 / 0.998; dev7 0.876 /
		// 1.000 / 0.998; heldout7 (first score) 0.810 / 0.914 / 0.984;
		// heldout8 (first score) 0.648 / 0.758 / 0.944. Fourth session:
		// dev9 0.749 / 0.855 / 0.960; heldout9 (first score)
		// 0.762 / 0.961 / 0.996; heldout10 (first score) 0.753 / 0.845 /
		// 0.982. Fifth session: heldout11 (first score) 0.616 / 0.701 /
		// 0.994; heldout12 (first score) 0.596 / 0.800 / 0.980; heldout13
		// (first score) 0.694 / 0.861 / 0.884; dev8 0.928 / 0.983 / 0.996;
		// dev9 0.888 / 0.987 / 0.989; dev10 0.769; dev11 0.918 / 1.000 /
		// 0.985.
		{"testdata/eval/dev.json", true, 0.98, 0.98, 0.98},
		// dev2: a second development set of 11 real excerpts.
		{"testdata/eval/dev2.json", true, 0.98, 0.98, 0.98},
		// dev3: half of a fresh set of 22 real excerpts annotated by
		// engineers who never ran the extractor; one text of each genre
		// pair drawn at random for development, the rest held out
		// (heldout3).
		{"testdata/eval/dev3.json", true, 0.97, 0.98, 0.98},
		// dev4: a fresh table-heavy development set (company, education,
		// xxgk, bulletin and health tables), annotated by an engineer who
		// never ran the extractor.
		{"testdata/eval/dev4.json", true, 0.98, 0.98, 0.98},
		// dev5: 12 fresh real excerpts (company 3, bulletin 3,
		// procuratorate 2, court, budget, xxgk, workreport) annotated on
		// 2026-12-03 by an engineer who never ran the extractor, to study
		// precision; see README.md for its first score.
		{"testdata/eval/dev5.json", true, 0.965, 0.97, 0.98},
		{"testdata/eval/heldout.json", true, 0.84, 0.87, 0.98},
		// heldout3: the held-out half of that fresh set; nobody
		// developing read it.
		{"testdata/eval/heldout3.json", true, 0.76, 0.89, 0.96},
		// heldout4: 20 fresh real excerpts of ten genres annotated on
		// 2026-12-03 by two engineers who never ran the extractor, kept
		// outside the repository until scored once at the end of the day.
		{"testdata/eval/heldout4.json", true, 0.85, 0.93, 0.94},
		// dev6, dev7: 20 real excerpts each, of nine genres, annotated on
		// 2026-12-03 by four engineers who never ran the extractor and
		// held out (as heldout5 and heldout6) until scored once at the end
		// of that day; development sets since (README.md, History).
		{"testdata/eval/dev6.json", true, 0.84, 0.87, 0.98},
		{"testdata/eval/dev7.json", true, 0.90, 0.98, 0.98},
		// dev8, dev9: 20 real excerpts each, of nine genres, annotated on
		// 2026-12-03 (third session) by four engineers who never ran the
		// extractor and held out (as heldout7 and heldout8) until scored
		// once at the end of that session; development sets since.
		{"testdata/eval/dev8.json", true, 0.91, 0.97, 0.98},
		{"testdata/eval/dev9.json", true, 0.92, 0.99, 0.99},
		// dev10, dev11: 13 real excerpts each, annotated on 2026-12-03
		// (fourth session) by four engineers who never ran the extractor
		// and held out (as heldout9 and heldout10) until scored once at
		// the end of that session; development sets since.
		{"testdata/eval/dev10.json", true, 0.84, 0.97, 0.98},
		{"testdata/eval/dev11.json", true, 0.90, 0.98, 0.97},
		// dev12, dev13, dev14: 10, 10 and 14 real excerpts annotated on
		// 2026-12-03 (fifth session) by four engineers who never ran the
		// extractor and held out (as heldout11 … heldout13) until scored
		// once at the end of that session; development sets since.
		{"testdata/eval/dev12.json", true, 0.95, 0.98, 0.99},
		{"testdata/eval/dev13.json", true, 0.93, 0.99, 0.99},
		{"testdata/eval/dev14.json", true, 0.91, 0.96, 0.98},
		// dev15, dev16, dev17: 20 real excerpts each annotated on
		// 2026-12-07 (sixth session) by six engineers who never ran the
		// extractor and held out (as heldout14 … heldout16) until scored
		// once that session; development sets since.
		{"testdata/eval/dev15.json", true, 0.95, 0.99, 0.99},
		{"testdata/eval/dev16.json", true, 0.86, 0.90, 0.98},
		{"testdata/eval/dev17.json", true, 0.87, 0.91, 0.99},
		// dev18, dev19: 20 real excerpts each annotated on 2026-12-07
		// (sixth session) by four engineers who never ran the extractor
		// and held out (as heldout17 and heldout18) until scored once that
		// session; development sets since.
		{"testdata/eval/dev18.json", true, 0.85, 0.90, 0.98},
		{"testdata/eval/dev19.json", true, 0.93, 0.96, 0.99},
		// dev20 … dev23: 20, 20, 20 and 19 real excerpts annotated on
		// 2026-12-07 (sixth session) by eight engineers who never ran the
		// extractor and held out (as heldout19 … heldout22) until scored
		// once that session; development sets since.
		{"testdata/eval/dev20.json", true, 0.935, 0.99, 0.99},
		{"testdata/eval/dev21.json", true, 0.89, 0.98, 0.99},
		{"testdata/eval/dev22.json", true, 0.915, 0.96, 0.965},
		{"testdata/eval/dev23.json", true, 0.82, 0.88, 0.98},
		// dev24 … dev26: 20 real excerpts each annotated on 2026-12-07
		// (seventh session) by seven engineers who never ran the extractor
		// and held out (as heldout23 … heldout25) until scored once that
		// session; development sets since.
		{"testdata/eval/dev24.json", true, 0.91, 0.945, 0.98},
		{"testdata/eval/dev25.json", true, 0.83, 0.90, 0.99},
		{"testdata/eval/dev26.json", true, 0.83, 0.85, 0.99},
		// dev27, dev28: 20 real excerpts each annotated on 2026-12-07
		// (seventh session) by four engineers who never ran the extractor
		// and held out (as heldout26, heldout27) until scored once that
		// session; development sets since.
		{"testdata/eval/dev27.json", true, 0.92, 0.99, 0.985},
		{"testdata/eval/dev28.json", true, 0.865, 0.96, 0.98},
		// dev29 … dev31: 20 real excerpts each annotated on 2026-12-07
		// (eighth session) by six engineers who never ran the extractor
		// and held out (as heldout28 … heldout30) until scored once that
		// session; development sets since.
		{"testdata/eval/dev29.json", true, 0.92, 0.96, 0.99},
		{"testdata/eval/dev30.json", true, 0.90, 0.98, 0.98},
		{"testdata/eval/dev31.json", true, 0.9, 0.97, 0.99},
		// dev32, dev33: 20 real excerpts each annotated on 2026-12-08
		// (eighth session) by four engineers who never ran the extractor
		// and held out (as heldout31, heldout32) until scored once that
		// session; development sets since.
		{"testdata/eval/dev32.json", true, 0.88, 0.96, 0.99},
		{"testdata/eval/dev33.json", true, 0.89, 0.98, 0.99},
		// dev34 … dev37: 20 real excerpts each annotated on 2026-12-08
		// (ninth session) by eight engineers who never ran the extractor
		// and held out (as heldout33 … heldout36) until scored that
		// session; development sets since.
		{"testdata/eval/dev34.json", true, 0.91, 0.94, 0.94},
		{"testdata/eval/dev35.json", true, 0.81, 0.99, 0.99},
		{"testdata/eval/dev36.json", true, 0.69, 0.77, 0.94},
		{"testdata/eval/dev37.json", true, 0.76, 0.83, 0.99},
		// heldout37, heldout38: 20 fresh real excerpts each annotated on
		// 2026-12-08 (ninth session) by four engineers who never ran the
		// extractor, kept outside the repository until scored at the end
		// of the session (README.md, History); held out since.
		{"testdata/eval/heldout37.json", true, 0.82, 0.94, 0.98},
		{"testdata/eval/heldout38.json", true, 0.63, 0.72, 0.93},
	} {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(set.file, "testdata/eval/"), ".json"), func(t *testing.T) {
			texts, err := loadEvalSet(set.file)
			if errors.Is(err, fs.ErrNotExist) && !set.required {
				t.Skipf("%s is not there yet", set.file)
			}
			if err != nil {
				t.Fatal(err)
			}
			detail := !strings.Contains(set.file, "heldout") || os.Getenv("ANNUALSTAT_EVAL_HELDOUT_DETAIL") == "1"
			var total, unseen evalScore
			genres := map[string]*evalScore{}
			var byKind [2]evalScore // prose, table
			for _, text := range texts {
				figs, err := evalFigures(text)
				if err != nil {
					t.Errorf("%s: %v", text.ID, err)
					continue
				}
				got := make([]evalGot, len(figs))
				for i := range figs {
					got[i] = evalView(figs[i])
				}
				s, why := evalScoreText(text, got)
				if detail {
					t.Logf("%s (%s): %v", text.ID, text.Genre, s)
					for _, w := range why {
						t.Logf("  %s: %s", text.ID, w)
					}
				}
				total.add(s)
				if text.Seen == "" {
					unseen.add(s)
				} else if detail {
					t.Logf("  %s: seen before scoring: %s", text.ID, text.Seen)
				}
				if genres[text.Genre] == nil {
					genres[text.Genre] = &evalScore{}
				}
				genres[text.Genre].add(s)
				if text.Kind == "table" {
					byKind[1].add(s)
				} else {
					byKind[0].add(s)
				}
			}
			names := make([]string, 0, len(genres))
			for g := range genres {
				names = append(names, g)
			}
			sort.Strings(names)
			for _, g := range names {
				t.Logf("genre %s: %v", g, *genres[g])
			}
			t.Logf("kind prose: %v", byKind[0])
			t.Logf("kind table: %v", byKind[1])
			t.Logf("TOTAL %s: %v", set.file, total)
			if unseen.texts < total.texts {
				t.Logf("UNSEEN %s (texts not known to the team before scoring): %v", set.file, unseen)
			}
			kinds := make([]string, 0, len(total.misses))
			for k := range total.misses {
				kinds = append(kinds, k)
			}
			sort.Slice(kinds, func(i, j int) bool {
				if total.misses[kinds[i]] != total.misses[kinds[j]] {
					return total.misses[kinds[i]] > total.misses[kinds[j]]
				}
				return kinds[i] < kinds[j]
			})
			for _, k := range kinds {
				if detail {
					t.Logf("kind of miss: %4d  %s", total.misses[k], k)
				}
			}
			if total.FullyRight() < set.minFull {
				t.Errorf("fully right %.3f below the floor %.2f", total.FullyRight(), set.minFull)
			}
			if total.ValueRecall() < set.minRecall {
				t.Errorf("value recall %.3f below the floor %.2f", total.ValueRecall(), set.minRecall)
			}
			if total.Precision() < set.minPrec {
				t.Errorf("precision %.3f below the floor %.2f", total.Precision(), set.minPrec)
			}
		})
	}
}

// TestEvalScorer checks the scorer itself on figures written by hand.
func TestEvalScorer(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	if !evalSubjectMatches("粮食总产量", "全年粮食总产量") || evalSubjectMatches("小学", "全市小学") || evalSubjectMatches("税收收入", "非税收入") {
		t.Error("evalSubjectMatches: want 粮食总产量~全年粮食总产量, not 小学~全市小学 (3 characters), not 税收收入~非税收入")
	}
	if !evalSubjectMatchesFramed("全省共有幼儿园", "幼儿园") || !evalSubjectMatchesFramed("利润", "实现利润") || !evalSubjectMatchesFramed("审结", "审结案件") || !evalSubjectMatchesFramed("第一产业实现增加值", "第一产业增加值") || !evalSubjectMatchesFramed("本集團實現營業額", "本集團營業額") {
		t.Error("evalSubjectMatchesFramed: want 全省共有幼儿园~幼儿园, 实现利润~利润, 审结~审结案件, 第一产业实现增加值~第一产业增加值")
	}
	if evalSubjectMatchesFramed("全市小学", "小学") || evalSubjectMatchesFramed("审结", "受理案件") || evalSubjectMatchesFramed("共有", "幼儿园") {
		t.Error("evalSubjectMatchesFramed: want not 全市小学~小学 (no frame), not 审结~受理案件, not 共有~幼儿园 (nothing left)")
	}
	if !evalSameQuantity(25.4, "万件", 254000, "件") || evalSameQuantity(25.4, "万件", 25.4, "件") || !evalSameQuantity(3.8, "个百分点", 3.8, "百分点") || evalSameQuantity(3.8, "个百分点", 3.8, "%") {
		t.Error("evalSameQuantity: 25.4万件 = 254000件 ≠ 25.4件; 个百分点 = 百分点 ≠ %")
	}
	text := evalText{ID: "t", Genre: "g", Figures: []evalFigure{
		{Indicator: "受理各类案件", Value: f(25.4), Unit: "万件", Changes: []evalChange{{Kind: GrowthPct, Value: 3.6}}},
		{Indicator: "刑事案件", Value: f(262), Unit: "件", Changes: []evalChange{{Kind: GrowthPct, Value: -2.6}, {Kind: Abs, Value: -7}}},
		{Indicator: "刑事案件同比减少", Value: f(7), Unit: "件", Kinds: []string{"abs"}},
		{Indicator: "党员", Value: f(12000), Unit: "名", Qualifier: "多"},
		{Indicator: "居民消费价格", Unit: "", Changes: []evalChange{{Kind: GrowthPct, Value: 0.3}}},
		{Indicator: "申请数量", Value: f(66), UnitImplied: "件"},
	}}
	got := []evalGot{
		{Indicator: "全市法院受理各类案件", Value: 25.4, HasValue: true, Unit: "万件", Changes: []evalChange{{Kind: GrowthPct, Value: 3.6}}}, // fully right
		{Indicator: "刑事案件", Value: 262, HasValue: true, Unit: "件", Changes: []evalChange{{Kind: GrowthPct, Value: -2.6}}},        // one change short
		{Indicator: "刑事案件减少", Value: -7, HasValue: true, Unit: "件"},                                                              // the abs change as a figure: fully right by |value|
		{Indicator: "党员", Value: 12000, HasValue: true, Unit: "名", Qualifier: "?"},                                               // approx flag only: right
		{Indicator: "居民消费价格", Changes: []evalChange{{Kind: GrowthPct, Value: 0.3}}},                                              // no level: fully right
		{Indicator: "本年新收政府信息公开申请数量", Value: 66, HasValue: true, Unit: "件"},                                                      // implied unit, subject differs (4+ chars contained? no: 申请数量 is contained): right
		{Indicator: "|", Value: 1000, HasValue: true, Unit: "公顷"},                                                                // a phantom
	}
	s, why := evalScoreText(text, got)
	if s.fullyRight != 5 || s.valueFound != 6 || s.extractedMatched != 6 || s.extracted != 7 {
		t.Errorf("evalScoreText: %v, want 5 fully right, 6 values found, 6 of 7 extracted matched; %q", s, why)
	}
	// A growth annotated as a figure in % under a growth's name is the
	// guidelines' change-only figure; a rate's name stays a figure.
	if c := evalCanonical(evalFigure{Indicator: "合计同比增长", Value: f(5.4), Unit: "%"}); c.Value != nil || c.Indicator != "合计" || len(c.Changes) != 1 || c.Changes[0] != (evalChange{Kind: GrowthPct, Value: 5.4}) {
		t.Errorf("evalCanonical(合计同比增长 5.4%%) = %+v, want 合计 with growth_pct 5.4 and no value", c)
	}
	if c := evalCanonical(evalFigure{Indicator: "产量比上年下降", Value: f(2), Unit: "%"}); len(c.Changes) != 1 || c.Changes[0].Value != -2 {
		t.Errorf("evalCanonical(产量比上年下降 2%%) = %+v, want growth_pct -2", c)
	}
	growth := evalText{ID: "g", Genre: "g", Figures: []evalFigure{
		{Indicator: "合计同比增长", Value: f(5.4), Unit: "%"},
		{Indicator: "国有企业", Changes: []evalChange{{Kind: GrowthPct, Value: -3.1}}},
	}}
	if s, why := evalScoreText(growth, []evalGot{
		{Indicator: "合计", Changes: []evalChange{{Kind: GrowthPct, Value: 5.4}}},
		{Indicator: "国有企业同比增长", Value: -3.1, HasValue: true, Unit: "%"},
	}); s.fullyRight != 2 || s.extractedMatched != 2 {
		t.Errorf("a growth as a figure in %% and as a change-only figure: %v, want both fully right; %q", s, why)
	}
	for _, e := range []evalFigure{
		{Indicator: "净利润增长率", Value: f(5.4), Unit: "%"},
		{Indicator: "合计同比增长", Value: f(5.4), Unit: "亿元"},
		{Indicator: "收入增长", Value: f(5.4), Unit: "%", Changes: []evalChange{{Kind: PP, Value: 1}}},
	} {
		if c := evalCanonical(e); c.Value == nil {
			t.Errorf("evalCanonical(%+v) made it change-only", e)
		}
	}
}
