package extract

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis"
)

func mustExtract(t *testing.T, text string, opt Options) []Figure {
	t.Helper()
	figs, err := Extract([]byte(text), opt)
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	return figs
}

func TestInvalidUTF8(t *testing.T) {
	in := []byte("全区实有市场主体28716户,\xff\xfe新增")
	_, err := Extract(in, Options{})
	if err == nil {
		t.Fatal("no error for invalid UTF-8")
	}
	want := "byte offset " + strconv.Itoa(bytes.IndexByte(in, 0xff))
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name %q", err, want)
	}
}

func TestMultiples(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"出口额3亿元,增长5倍。", 6},
		{"出口额3亿元,提升5倍。", 6},
		{"出口额3亿元,是上年的5倍。", 5},
		{"出口额3亿元,提升到5倍。", 5},
		{"出口额3亿元,实现翻一番。", 2},
		{"出口额3亿元,翻两番。", 4},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != 1 || figs[0].Change == nil {
			t.Errorf("%s: figures %+v", c.text, figs)
			continue
		}
		if ch := figs[0].Change; ch.Kind != Multiple || ch.Value != c.want {
			t.Errorf("%s: change %s %v, want multiple %v", c.text, ch.Kind, ch.Value, c.want)
		}
		if !strings.Contains(c.text, figs[0].Change.Text) || figs[0].Change.Text == "" {
			t.Errorf("%s: change text %q is not from the input", c.text, figs[0].Change.Text)
		}
	}
}

func TestSpansAndSentences(t *testing.T) {
	text := "一、综合\n\n（一）市场主体。全区实有各类市场主体28716户,新增4698户。\n截至9月20日,共召开常务会议两次。"
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 3 {
		t.Fatalf("got %d figures, want 3: %+v", len(figs), figs)
	}
	for _, f := range figs {
		if f.Span[0] < f.SentenceSpan[0] || f.Span[1] > f.SentenceSpan[1] || f.Span[0] > f.Span[1] {
			t.Errorf("%s: span %v outside sentence %v", f.Indicator, f.Span, f.SentenceSpan)
		}
		if text[f.SentenceSpan[0]:f.SentenceSpan[1]] != f.Sentence {
			t.Errorf("%s: sentence %q is not input[%v]", f.Indicator, f.Sentence, f.SentenceSpan)
		}
	}
	if got := text[figs[0].Span[0]:figs[0].Span[1]]; got != "实有各类市场主体28716户" {
		t.Errorf("span text %q", got)
	}
	if figs[0].Section != "市场主体" {
		t.Errorf("section %q, want 市场主体", figs[0].Section)
	}
	// The flow inherits the noun of the stock (eval README: inherited words
	// are written in).
	if figs[1].Indicator != "新增各类市场主体" || figs[1].Value != 4698 {
		t.Errorf("second figure %s %v", figs[1].Indicator, figs[1].Value)
	}
	if figs[2].Period != "截至9月20日" || figs[2].Value != 2 || figs[2].Unit != "次" {
		t.Errorf("third figure %+v", figs[2])
	}
}

func TestInferYear(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"湛江经济技术开发区2022年法治政府建设年度报告", 2022},
		{"对标《纲要(2021—2025年)》。2023年工作报告", 2023},
		{"较2021年增长", 0},
		{"没有年份", 0},
	} {
		if got := InferYear(c.text); got != c.want {
			t.Errorf("InferYear(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	figs := mustExtract(t, "2022年工作报告\n受理案件12件。", Options{})
	if len(figs) != 1 || figs[0].Year != 2022 {
		t.Errorf("inferred year: %+v", figs)
	}
	figs = mustExtract(t, "2022年工作报告\n受理案件12件。", Options{Year: 2024})
	if len(figs) != 1 || figs[0].Year != 2024 {
		t.Errorf("Options.Year not used: %+v", figs)
	}
}

func TestWriteJSON(t *testing.T) {
	text := "2023年报告\n(一)市场主体。全区实有各类市场主体28716户,新增各类市场主体4698户,比去年同期增长12.33%。窗口业务效能提升5倍。1-11月共计归集上报数据11737条,其中行政许可数据10685条,行政处罚数据1052条。"
	figs := mustExtract(t, text, Options{})
	var buf bytes.Buffer
	if err := WriteJSON(&buf, figs); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) {
		t.Fatal("JSON is not valid UTF-8")
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(got) != len(figs) {
		t.Fatalf("%d objects for %d figures", len(got), len(figs))
	}
	keys := []string{"indicator", "section", "value", "unit", "period", "year", "flags", "change", "parent", "sentence", "span",
		"changes", "qualifier", "number", "precision", "unit_info", "range_high", "ratio_term", "change_of", "prior", "sentence_span", "source"}
	for i, o := range got {
		if len(o) != len(keys) {
			t.Errorf("object %d has %d fields, want %d: %v", i, len(o), len(keys), o)
		}
		for _, k := range keys {
			if _, ok := o[k]; !ok {
				t.Errorf("object %d lacks %q", i, k)
			}
		}
		span := o["span"].([]any)
		a, b := int(span[0].(float64)), int(span[1].(float64))
		if a < 0 || a > b || b > len(text) {
			t.Errorf("object %d: span %v outside the input", i, span)
		}
	}
	first := got[0]
	if first["indicator"] != "实有各类市场主体" || first["value"] != 28716.0 || first["unit"] != "户" || first["year"] != 2023.0 ||
		first["section"] != "市场主体" || first["parent"] != nil || first["period"] != nil {
		t.Errorf("first object %v", first)
	}
	ch := first["change"].(map[string]any)
	if ch["kind"] != "growth_pct" || ch["value"] != 12.33 || ch["text"] != "比去年同期增长12.33%" {
		t.Errorf("first change %v", ch)
	}
	if cs := first["changes"].([]any); len(cs) != 1 || cs[0].(map[string]any)["number"] != "12.33" || cs[0].(map[string]any)["precision"] != 2.0 {
		t.Errorf("first changes %v, want one with number 12.33, precision 2", cs)
	}
	if first["number"] != "28716" || first["precision"] != 0.0 || first["qualifier"] != nil {
		t.Errorf("first number %v precision %v qualifier %v", first["number"], first["precision"], first["qualifier"])
	}
	if ui := first["unit_info"].(map[string]any); ui["base"] != "户" || ui["class"] != "count" || ui["factor"] != 1.0 {
		t.Errorf("first unit_info %v", ui)
	}
	if fl := first["flags"].([]any); len(fl) != 1 || fl[0] != "ambiguous" {
		t.Errorf("first flags %v, want [ambiguous] (SPEC §3: 4698 at 12.33%% has no whole prior)", fl)
	}
	var orphan, child map[string]any
	for _, o := range got {
		if o["indicator"] == "窗口业务效能" {
			orphan = o
		}
		if o["indicator"] == "行政处罚数据" {
			child = o
		}
	}
	if orphan == nil || orphan["value"] != nil || orphan["change"].(map[string]any)["value"] != 6.0 {
		t.Errorf("窗口业务效能: %v", orphan)
	}
	if child == nil || child["parent"] != "归集上报数据" || child["period"] != "1-11月" {
		t.Errorf("行政处罚数据: %v", child)
	}
	// Empty input gives an empty array, not null.
	buf.Reset()
	if err := WriteJSON(&buf, nil); err != nil || strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("empty: %q, %v", buf.String(), err)
	}
	// NaN is refused.
	if err := WriteJSON(&buf, []Figure{{Indicator: "x", Value: math.NaN()}}); err == nil {
		t.Error("NaN written")
	}
}

func TestWriteCSVUniqueRows(t *testing.T) {
	text := "起诉涉黑案件1宗2人;判决涉黑案件1宗2人。1-11月共计归集上报数据11737条,其中行政许可数据10685条。全年归集上报数据12000条。刑拘5人,刑拘6人,刑拘7人。受理案件1113件,较2022年558件增加了555件。"
	figs := mustExtract(t, text, Options{Year: 2023})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, figs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if strings.Join(rows[0][:8], ",") != "section,indicator,unit,year,value,flag,note,parent" {
		t.Errorf("header %v", rows[0])
	}
	type key struct{ s, n, u, y string }
	seen := map[key]bool{}
	names := map[string]bool{}
	for _, r := range rows[1:] {
		k := key{r[0], r[1], r[2], r[3]}
		if seen[k] {
			t.Errorf("duplicate row key %v", k)
		}
		seen[k] = true
		names[r[1]] = true
	}
	for _, r := range rows[1:] {
		if r[7] != "" && !names[r[7]] {
			t.Errorf("row %s: parent %q is not a row", r[1], r[7])
		}
	}
	for _, n := range []string{"刑拘", "刑拘(2)", "刑拘(3)", "归集上报数据", "行政许可数据"} {
		if !names[n] {
			t.Errorf("no row named %q; rows %v", n, rows)
		}
	}
	// The prior stated inline is a 2022 row of the same indicator.
	found := false
	for _, r := range rows[1:] {
		if r[1] == "受理案件" && r[3] == "2022" && r[4] == "558" {
			found = true
		}
	}
	if !found {
		t.Errorf("no 2022 row for 受理案件: %v", rows)
	}
}

func TestNormalizeUnit(t *testing.T) {
	for _, c := range []struct {
		v     float64
		u     string
		wantV float64
		wantU string
	}{
		{1210, "万元", 12100000, "元"},
		{2.25, "亿元", 225000000, "元"},
		{3.2, "亿美元", 320000000, "美元"},
		{12.5, "万人", 125000, "人"},
		{2.1, "万宗", 21000, "宗"},
		{5, "千元", 5000, "元"},
		{0.35, "元/股", 0.35, "元/股"},
		{2, "万元/股", 20000, "元/股"},
		{98.06, "%", 98.06, "%"},
		{3, "千米", 3, "千米"},
		{4, "万", 40000, ""},
		{28716, "户", 28716, "户"},
	} {
		v, u := NormalizeUnit(c.v, c.u)
		if math.Abs(v-c.wantV) > 1e-6*math.Abs(c.wantV) || u != c.wantU {
			t.Errorf("NormalizeUnit(%v, %q) = %v, %q; want %v, %q", c.v, c.u, v, u, c.wantV, c.wantU)
		}
	}
}

func TestToDataset(t *testing.T) {
	text := "全区实有各类市场主体28716户,新增各类市场主体4698户,比去年同期增长12.33%。1-11月共计归集上报数据11737条,其中行政许可数据10685条,行政处罚数据1052条。受理案件1113件,较2022年558件增加了555件。窗口业务效能提升5倍。"
	figs := mustExtract(t, text, Options{Year: 2023})
	d, err := ToDataset(figs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Year != 2023 {
		t.Errorf("dataset year %d", d.Year)
	}
	stock := d.Lookup(analysis.Key{Name: "实有各类市场主体", Unit: "户"})
	if stock == nil {
		t.Fatal("no 实有各类市场主体")
	}
	prev, ok := stock.At(2022)
	// 28716 / 1.1233 = 25564.0…: the whole candidate nearest the estimate.
	if !ok || prev.Value != 25564 || prev.Flags&analysis.FlagDerived == 0 {
		t.Errorf("derived prior %+v, %v", prev, ok)
	}
	flow := d.Lookup(analysis.Key{Name: "新增各类市场主体", Unit: "户"})
	if _, ok := flow.At(2022); ok {
		t.Error("a prior was derived for 4698 at 12.33%, which has no whole-number prior")
	}
	if cur, _ := flow.At(2023); len(cur.Changes) == 0 || cur.Note == "" {
		t.Errorf("ambiguous reading not kept: %+v", cur)
	}
	kid := d.Lookup(analysis.Key{Name: "行政处罚数据", Unit: "条"})
	if kid == nil || kid.Parent != "归集上报数据" {
		t.Errorf("parent: %+v", kid)
	}
	if p, _ := kid.At(2023); p.Period != "1-11月" {
		t.Errorf("period %q", p.Period)
	}
	cases := d.Lookup(analysis.Key{Name: "受理案件", Unit: "件"})
	if p, ok := cases.At(2022); !ok || p.Value != 558 || p.Flags&analysis.FlagDerived != 0 {
		t.Errorf("stated prior %+v, %v", p, ok)
	}
	// A figure stated only as a change is a point without a level (SPEC §8).
	if eff := d.Lookup(analysis.Key{Name: "窗口业务效能", Unit: ""}); eff == nil {
		t.Error("a figure stated only as a change is missing")
	} else if p, ok := eff.At(2023); !ok || !p.NoLevel || len(p.Changes) != 1 || p.Changes[0].Kind != analysis.ChangeMultiple || p.Changes[0].Value != 6 {
		t.Errorf("窗口业务效能: %+v", p)
	}
	// Sum check: 10685 + 1052 = 11737 is consistent.
	for _, f := range analysis.Check(d, analysis.CheckOptions{}) {
		if strings.Contains(strings.Join(f.Indicators, ","), "归集上报数据") && f.Severity == analysis.Error {
			t.Errorf("unexpected finding %+v", f)
		}
	}
	// No year at all is an error.
	if _, err := ToDataset([]Figure{{Indicator: "x", Value: 1, Unit: "件"}}, Options{}); err == nil {
		t.Error("no error for a figure without a year")
	}
}

func TestDerive(t *testing.T) {
	figs := mustExtract(t, "全区实有各类市场主体28716户,新增各类市场主体4698户,比去年同期增长12.33%。城镇化率65.3%,提高1.2个百分点。", Options{Year: 2023})
	all := Derive(figs)
	var got []Figure
	for _, f := range all[len(figs):] {
		got = append(got, f)
	}
	if len(got) != 2 {
		t.Fatalf("derived %d figures, want 2 (28716 → 25564, 65.3 − 1.2): %+v", len(got), got)
	}
	if got[0].Indicator != "实有各类市场主体" || got[0].Value != 25564 || got[0].Year != 2022 || got[0].Flags != Derived {
		t.Errorf("derived %+v", got[0])
	}
	if got[1].Indicator != "城镇化率" || math.Abs(got[1].Value-64.1) > 1e-9 || got[1].Flags != Derived {
		t.Errorf("derived %+v", got[1])
	}
}

// TestHugeCountsTerminate: the whole-number search of a back-computation
// must not run where float64 cannot step by one (found by fuzzing: it never
// ended).
func TestHugeCountsTerminate(t *testing.T) {
	for _, text := range []string{
		"受理案件100000000000000000000件,新增案件4698件,同比增长12.33%。",
		"人数9999999999999999件,同比下降99.99%。",
		"总人口1,410,000,000人,增长0.1%。",
	} {
		// A hang is caught by go test's timeout.
		figs, err := Extract([]byte(text), Options{Year: 2023})
		if err == nil {
			_, err = ToDataset(figs, Options{})
		}
		if err != nil {
			t.Errorf("%s: %v", text, err)
		}
	}
}

func TestExactDecimals(t *testing.T) {
	// The value is the float64 nearest the decimal as written, so that it
	// prints back as written.
	figs := mustExtract(t, "即办件占比98.06%,金额110,894.68万元,收入３２５６８.０７元,比例0.1%。", Options{Year: 2023})
	want := []string{"98.06", "110894.68", "32568.07", "0.1"}
	if len(figs) != len(want) {
		t.Fatalf("%d figures: %+v", len(figs), figs)
	}
	for i, f := range figs {
		if got := strconv.FormatFloat(f.Value, 'f', -1, 64); got != want[i] {
			t.Errorf("%s: value prints as %s, want %s", f.Indicator, got, want[i])
		}
	}
}

func TestBulletinStyle(t *testing.T) {
	text := "全年进出口总额41.76万亿元,比上年增长0.2%。其中,出口23.77万亿元,增长0.6%;进口17.99万亿元,下降0.3%。" +
		"全年居民人均可支配收入39218元,比上年增长6.3%,扣除价格因素,实际增长6.1%。第一季度,全区GDP同比增长6.2%。"
	figs := mustExtract(t, text, Options{Year: 2023})
	byName := map[string]Figure{}
	for _, f := range figs {
		byName[f.Indicator] = f
	}
	if len(figs) != 5 {
		t.Errorf("%d figures, want 5: %+v", len(figs), figs)
	}
	for _, name := range []string{"出口", "进口"} {
		if byName[name].Parent != "进出口总额" {
			t.Errorf("%s: parent %q, want 进出口总额 (其中 runs to the end of the sentence)", name, byName[name].Parent)
		}
	}
	if c := byName["进口"].Change; c == nil || c.Value != -0.3 {
		t.Errorf("进口: change %+v", c)
	}
	if c := byName["居民人均可支配收入"].Change; c == nil || c.Value != 6.3 {
		t.Errorf("居民人均可支配收入: change %+v (the first statement wins)", c)
	}
	if _, ok := byName["实际"]; ok {
		t.Error("实际增长 became a figure of its own")
	}
	if g := byName["GDP"]; !g.Missing || g.Period != "第一季度" || g.Change == nil || g.Change.Value != 6.2 {
		t.Errorf("GDP: %+v", g)
	}
}

func TestPageJunk(t *testing.T) {
	text := "发布时间:2023-02-22 浏览次数:1234次 【字号:大 中 小】\n全区新增市场主体4698户。\n分享到: 阅读量:86次"
	figs := mustExtract(t, text, Options{Year: 2022})
	if len(figs) != 1 || figs[0].Value != 4698 {
		t.Errorf("figures %+v, want only 新增市场主体 4698", figs)
	}
}
