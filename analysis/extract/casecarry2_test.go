package extract

import (
	"strings"
	"testing"
)

// TestReceivedParts: the cases a court received (受理) are those carried
// over (旧存) and those newly filed (新收); listed after 其中, a bare 旧存 or
// 新收 is named object first, verb last, and is a part of the count
// received, a note in brackets after that count (含执行…) notwithstanding;
// a prior in brackets right after a figure is that figure's.
func TestReceivedParts(t *testing.T) {
	text := "1-3月,共受理民事案件860件(含诉前调解120件,与系统数据略有出入),同比上升5.1%;其中旧存210件(去年同期为180件),同比上升16.67%;新收650件,同比上升2.4%;结案300件。"
	got := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, text, got, []wantFig{
		{ind: "受理民事案件", value: 860, unit: "件", changes: []string{"growth_pct 5.1"}},
		{ind: "诉前调解案件", value: 120, unit: "件"},
		{ind: "民事案件旧存", value: 210, unit: "件", changes: []string{"growth_pct 16.67"}},
		{ind: "民事案件旧存", value: 180, unit: "件", prior: true},
		{ind: "民事案件新收", value: 650, unit: "件", changes: []string{"growth_pct 2.4"}},
		{ind: "民事案件结案", value: 300, unit: "件"},
	})
	for _, i := range []int{2, 4} {
		if got[i].Parent != "受理民事案件" {
			t.Errorf("%s parent %q, want 受理民事案件", got[i].Indicator, got[i].Parent)
		}
	}
	for prev, want := range map[string]string{"受理各类案件": "各类案件旧存", "受理审判类案件": "审判类案件旧存",
		"受理审查起诉案件": "", "受理": "", "新收案件": "", "受理信访": ""} {
		if got := receivedPartName(prev, "旧存"); got != want {
			t.Errorf("receivedPartName(%q, 旧存) = %q, want %q", prev, got, want)
		}
	}
	if got := receivedPartName("受理各类案件", "结案"); got != "" {
		t.Errorf("receivedPartName(受理各类案件, 结案) = %q, want none", got)
	}
}

// TestCarriedAgent: the court before the adverb of a count (全省法院共受理)
// is carried to the bare verb that inherits the count's object.
func TestCarriedAgent(t *testing.T) {
	text := "全省法院共受理案件38620件,审执结36150件,结案率93.6%。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "受理案件", value: 38620, unit: "件"},
		{ind: "全省法院审执结案件", value: 36150, unit: "件"},
		{ind: "结案率", value: 93.6, unit: "%"},
	})
	text = "全院共受理各类案件5210件,办结4980件。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "受理各类案件", value: 5210, unit: "件"},
		{ind: "全院办结案件", value: 4980, unit: "件"},
	})
}

// TestOpeningBracketPrior and TestNoteGoesOn: the words of the rules.
func TestOpeningBracketPrior(t *testing.T) {
	for pre, want := range map[string]string{"(去年同期为": "去年同期为", "（上年": "上年", "(含执行": "(含执行", "去年同期为": "去年同期为"} {
		if got := openingBracketPrior(pre); got != want {
			t.Errorf("openingBracketPrior(%q) = %q, want %q", pre, got, want)
		}
	}
	for rest, want := range map[string]bool{",与系统数据略有出入),同比": true, ")": false, ",其中刑事30件)": false, "，同比上升5%。": false} {
		if got := noteGoesOn(rest); got != want {
			t.Errorf("noteGoesOn(%q) = %v, want %v", rest, got, want)
		}
	}
}

// TestBracketNoteNotListed: the changes a 分别 or 和 list gives its
// figures pass over a note in brackets after one of them (含…, 不含…).
func TestBracketNoteNotListed(t *testing.T) {
	text := "全年新收各类案件3120件(不含旧存未结案件240件),办结3305件,同比上升8.5%和10.2%。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "新收各类案件", value: 3120, unit: "件", changes: []string{"growth_pct 8.5"}},
		{ind: "不含旧存未结案件", value: 240, unit: "件"},
		{ind: "办结案件", value: 3305, unit: "件", changes: []string{"growth_pct 10.2"}},
	})
	text = "本院受理各类案件4210件(含旧存305件),审执结4011件,收结案同比分别上升3.1%、4.6%。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "本院受理各类案件", value: 4210, unit: "件", changes: []string{"growth_pct 3.1"}},
		{ind: "旧存案件", value: 305, unit: "件"},
		{ind: "本院审执结案件", value: 4011, unit: "件", changes: []string{"growth_pct 4.6"}},
	})
}

// TestYearSamePeriodPrior: a prior in brackets named by a year and 同期
// is the prior of the figure before the bracket.
func TestYearSamePeriodPrior(t *testing.T) {
	text := "三季度,发出再审检察建议4件(2023年同期1件);监督虚假诉讼2件(2023年同期0件)。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "发出再审检察建议", value: 4, unit: "件"},
		{ind: "发出再审检察建议", value: 1, unit: "件", prior: true},
		{ind: "监督虚假诉讼", value: 2, unit: "件"},
		{ind: "监督虚假诉讼", value: 0, unit: "件", prior: true},
	})
	if y, _, ok := yearSamePeriodPrior("2023年同期", "", "同期"); !ok || y != 2023 {
		t.Errorf("yearSamePeriodPrior(2023年同期) = %d, %v, want 2023", y, ok)
	}
	if _, _, ok := yearSamePeriodPrior("上年同期", "上年", "同期"); ok {
		t.Errorf("yearSamePeriodPrior(上年同期) applies, want the inline prior rule")
	}
}

// TestWholeYearCount: 全年 stays in the name of a count of the whole year
// named by a bare verb, and passes to the bare case verb after it; a
// count named by a noun drops it as before.
func TestWholeYearCount(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全年收案2870件，结案2790件。", []string{"全年收案", "全年结案"}},
		{"全年共受理案件3020件，结案2950件。", []string{"受理案件", "全年结案"}},
		{"全年脱贫210户、655人。", []string{"全年脱贫", "全年脱贫"}},
		{"全年出生人口2310人，死亡人口1980人。", []string{"出生人口", "死亡人口"}},
	})
	for at, want := range map[string]bool{"全年": true, "，全年共": true, "完全年": false, "全年累计": true, "今年": false} {
		if got := wholeYearBefore(at, len(at)); got != want {
			t.Errorf("wholeYearBefore(%q) = %v, want %v", at, got, want)
		}
	}
}

// TestKindWordNamedAgain: a change whose clause names an earlier count of
// the sentence again without its word of every kind is that count's.
func TestKindWordNamedAgain(t *testing.T) {
	text := "本院受理各类案件25600件、审结23800件,受理案件下降6.2%。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "本院受理各类案件", value: 25600, unit: "件", changes: []string{"growth_pct -6.2"}},
		{ind: "本院审结案件", value: 23800, unit: "件"},
	})
	if got := withoutKindWord("受理各类案件"); got != "受理案件" {
		t.Errorf("withoutKindWord(受理各类案件) = %q", got)
	}
}

// TestSpacedClassifierCount: a count spaced on both sides before a
// classifier and its noun (a PDF copy's 18 项指标) is read as unspaced;
// after a date's year it is not.
func TestSpacedClassifierCount(t *testing.T) {
	text := "设定的 18 项指标中,有 14 项指标同比趋优。"
	got := mustExtract(t, text, Options{Year: 2024})
	if len(got) != 2 || got[0].Value != 18 || got[1].Value != 14 || got[0].Unit != "项" {
		t.Errorf("%s: got %d figures %v", text, len(got), got)
	}
	for before, want := range map[string]bool{"设定的": true, "有": true, "2023 年": false, "第": false} {
		if got := spacedClassifierCount(before); got != want {
			t.Errorf("spacedClassifierCount(%q) = %v, want %v", before, got, want)
		}
	}
}

// TestCaseNamingVerb: a verb that names the case (立案, 结案) inherits no
// other noun from the count before it; the verb after it then stands alone.
func TestCaseNamingVerb(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全年共受理各类案件9120件，其中诉前化解纠纷1210件，立案7910件，办结7705件。", []string{"受理各类案件", "诉前化解纠纷", "立案", "办结"}},
	})
	for name, want := range map[string]bool{"立案": true, "结案": true, "办结": false, "审结": false} {
		if got := caseNamingVerb(name); got != want {
			t.Errorf("caseNamingVerb(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestHonorPredicateLevels: the predicate of a count of those honoured or
// chosen may list the levels it names with 、 (入选全国、全省典型案例).
func TestHonorPredicateLevels(t *testing.T) {
	text := "全市检察机关共办理各类案件9020件,12个案件入选全国、全省典型案例。"
	got := mustExtract(t, text, Options{Year: 2024})
	if len(got) != 2 || got[1].Value != 12 || !strings.HasPrefix(got[1].Indicator, "入选全国、全省典型案例") {
		t.Errorf("%s: got %v", text, got)
	}
}

// TestPartOfYearLeading: a part of the year that opens a subject is its
// period and drops from its name, but for a name of two characters.
func TestPartOfYearLeading(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"上半年收案数共152件,结案数共140件。", []string{"收案数", "结案数"}},
		{"前三季度诉讼案件结案率为95%。", []string{"诉讼案件结案率"}},
	})
	if !partOfYearShortName("纯利") || partOfYearShortName("收案数") {
		t.Errorf("partOfYearShortName: 纯利 kept, 收案数 not")
	}
}
