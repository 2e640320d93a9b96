package extract

import (
	"strings"
	"testing"
)

func TestVerbFinalRun(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// A run of counts named noun first, verb last: each later verb and
		// the closing total take the noun.
		{"民事案件旧存30件，新收120件，共150件。", []string{"民事案件旧存", "民事案件新收", "民事案件共"}},
		{"本院案件旧存64件，新收300件，共计364件。", []string{"本院案件旧存", "本院案件新收", "案件共计"}},
		// A case verb that opens the noun (执行) does not hide the verb last.
		{"执行案件旧存20件，新收90件，共110件。", []string{"执行案件旧存", "执行案件新收", "执行案件共"}},
		// A total after a count named verb first is not the run's.
		{"受理刑事案件40件，共计40件。", []string{"受理刑事案件", "受理刑事案件"}},
	})
}

func TestVerbFinalNoun(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"行政案件新收", "行政案件"},
		{"该院案件旧存", "案件"},
		{"全区法院共案件结案", "案件"},
		{"新收", ""},
		{"受理行政案件", ""},
		{"市场主体新收", ""},
	} {
		if got := verbFinalNoun(c.in); got != c.want {
			t.Errorf("verbFinalNoun(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCaseKindCarried(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// A verb that names the case (结案) keeps the kind named before it,
		// and the rate after it is that kind's too.
		{"受理民事案件520件，结案410件，结案率78.85%。", []string{"受理民事案件", "民事案件结案", "民事案件结案率"}},
		{"审理执行案件300件，结案240件。", []string{"审理执行案件", "执行案件结案"}},
		// Cases of every kind are no kind.
		{"审理各类案件900件，结案700件，结案率77.78%。", []string{"审理各类案件", "结案", "结案率"}},
		// The court dropped before its adverb names a short verb after it;
		// a note in brackets is passed over.
		{"中院共受理各类案件1500件（旧存200件），结案1100件。", []string{"受理各类案件", "旧存案件", "中院结案"}},
		// In a sentence of its own the verb does not take the court.
		{"市检察院共受理审查起诉900人。经审查，起诉800人。", []string{"受理审查起诉", "起诉"}},
	})
}

func TestDroppedAgent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"，某县法院共受理", "某县法院"},
		{"，本院依法受理", "本院"},
		{"，某县法院受理", ""}, // no adverb: the agent is in the name
		{"，全市共受理", ""},
		{"，全年共受理", ""},
	} {
		at := len(c.in) - len("受理")
		if got := droppedAgent(c.in, at); got != c.want {
			t.Errorf("droppedAgent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestVerbFinalRate(t *testing.T) {
	for _, c := range []struct{ prev, name, want string }{
		{"民事案件结案", "结案率", "民事案件结案率"},
		{"刑事案件审结", "审结率", "刑事案件审结率"},
		{"某院结案", "结案率", ""},
		{"案件结案", "结案率", ""},
		{"民事案件结案", "调撤率", ""},
	} {
		if got := verbFinalRate(c.prev, c.name); got != c.want {
			t.Errorf("verbFinalRate(%q, %q) = %q, want %q", c.prev, c.name, got, c.want)
		}
	}
}

// TestRestatedCount: a sentence of changes only names the counts of the
// sentence before it again, by their short forms.
func TestRestatedCount(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"某院共受理各类案件900件，结案600件，结案率66.67%。与上年相比，受案增加90件，上升11.11%，结案减少20件，结案率下降了3.1个百分点。", []wantFig{
			{ind: "受理各类案件", value: 900, unit: "件", changes: []string{"abs 90", "growth_pct 11.11"}},
			{ind: "某院结案", value: 600, unit: "件", changes: []string{"abs -20"}},
			{ind: "结案率", value: 66.67, unit: "%", changes: []string{"pp -3.1"}},
			{ind: "受案增加", value: 90, unit: "件", changeOf: "受理各类案件"},
			{ind: "结案减少", value: 20, unit: "件", changeOf: "某院结案"}}},
		// Without a comparison the sentence is of its own figures.
		{"受理案件900件。结案率下降了3.1个百分点。", []wantFig{
			{ind: "受理案件", value: 900, unit: "件"},
			{ind: "结案率", missing: true, unit: "%", changes: []string{"pp -3.1"}}}},
	})
}

func TestRestatesCount(t *testing.T) {
	for _, c := range []struct {
		ind, name string
		want      bool
	}{
		{"受理各类案件", "受案", true},
		{"新收民事案件", "收案", true},
		{"某院审结", "结案", true},
		{"结案率", "结案率", true},
		{"受理信访", "受案", false},
		{"审结案件", "受案", false},
	} {
		if got := restatesCount(c.ind, c.name); got != c.want {
			t.Errorf("restatesCount(%q, %q) = %v, want %v", c.ind, c.name, got, c.want)
		}
	}
}

// TestHonorPredicate: a count written as the subject of being honoured is
// named by its predicate and noun.
func TestHonorPredicate(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"本年度5个集体、12名个人受到省级表彰。", []string{"受到省级表彰集体", "受到省级表彰个人"}},
		{"甲厂、乙厂等6家企业获评省级专精特新企业。", []string{"获评省级专精特新企业"}},
		{"全县4名教师荣获市优秀教师称号。", []string{"荣获市优秀教师称号教师"}},
		// A count that is the object of a verb keeps its noun.
		{"表彰先进集体10个。", []string{"表彰先进集体"}},
		{"培训200名教师，获得好评。", []string{"教师"}},
	})
	for _, c := range []struct{ in, want string }{
		{"、9名个人获市级表彰。", "获市级表彰"},
		{"7项成果入选优秀案例，", "入选优秀案例"},
		{"参加培训后获得证书", ""},
		{"受到", ""},
	} {
		noun := len("集体")
		if _, got := honorPredicate("集体"+c.in, 0, noun, noun+len(c.in)); got != c.want {
			t.Errorf("honorPredicate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSchoolKindKept: the measures after a count of schools of a kind of
// education keep 学校; after a stage they do not; a level named by its
// count of schools names the measures after a measure of its own.
func TestSchoolKindKept(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全市共有特殊教育学校3所，在校生420人，专任教师96人。", []string{"特殊教育学校", "特殊教育学校在校生", "特殊教育学校专任教师"}},
		{"全县义务教育阶段学校40所，在校生3.1万人。", []string{"义务教育阶段学校", "义务教育阶段在校生"}},
		{"学前教育学校26所，在校生8100人。", []string{"学前教育学校", "学前教育在校生"}},
		{"幼儿园35所，在园幼儿9200人，专任教师610人。", []string{"幼儿园", "在园幼儿", "幼儿园专任教师"}},
	})
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"基础教育", true}, {"特殊教育", true}, {"中等职业", true},
		{"中等职业教育", false}, {"义务教育阶段", false}, {"普通高中", false}, {"教育", false},
	} {
		if got := namesSchoolKind(c.in); got != c.want {
			t.Errorf("namesSchoolKind(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestSectionCaseKind: a heading naming the kind of case its section
// counts names the section's bare case verbs and their rates.
func TestSectionCaseKind(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"（三）办理涉农案件情况\n受理审查起诉40人，起诉36人，起诉率90%；不起诉4人。", []string{"涉农案件受理审查起诉", "涉农案件起诉", "涉农案件起诉率", "涉农案件不起诉"}},
		// A count with its own object, or no case verb, keeps its name.
		{"（三）办理涉农案件情况\n起诉盗窃罪12人，发出检察建议5件。", []string{"起诉盗窃罪", "发出检察建议"}},
		{"（三）办理各类案件情况\n起诉36人。", []string{"起诉"}},
	})
	for _, c := range []struct{ in, want string }{
		{"办理涉疫案件情况", "涉疫案件"},
		{"审理涉企案件工作", "涉企案件"},
		{"办理各类案件情况", ""},
		{"办理案件情况", ""},
		{"审查逮捕、审查起诉情况", ""},
	} {
		if got := sectionCaseKind(c.in); got != c.want {
			t.Errorf("sectionCaseKind(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestChiefCrime: 以X为主 names the crime the bare verb after it counts,
// and a share after a count of a crime is the crime's.
func TestChiefCrime(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"从罪名看，以盗窃罪为主，起诉25人，占比50%。", []string{"盗窃罪起诉", "盗窃罪占比"}},
		{"起诉危险驾驶罪30人，占比20%。", []string{"起诉危险驾驶罪", "危险驾驶罪占比"}},
		// A share of a count of no crime is the count's.
		{"受理案件3000件，其中一审案件2800件，占93.3%。", []string{"受理案件", "一审案件", "一审案件占"}},
	})
	for _, c := range []struct{ in, want string }{
		{"以诈骗罪为主", "诈骗罪"},
		{"以电信网络诈骗犯罪为主", "电信网络诈骗犯罪"},
		{"以调解为主", ""},
		{"诈骗罪为主", ""},
	} {
		if got := chiefCrime(c.in); got != c.want {
			t.Errorf("chiefCrime(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestYearListNames: values distributed over years and the parts of a
// contracted name take the parts year by year.
func TestYearListNames(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"该院2020年、2021年收结案分别为：1200件、1100件，1300件、1250件。", []string{"收案", "结案", "收案", "结案"}},
		{"全县2019年、2020年、2021年受结案分别为500件、480件，520件、510件，560件、550件。", []string{"受案", "结案", "受案", "结案", "受案", "结案"}},
	})
	for _, c := range []struct {
		name string
		n    int
		want string
	}{
		{"本院2020年、2021年收结案", 4, "收案|结案|收案|结案"},
		{"2020年、2021年、2022年受理", 3, "受理|受理|受理"},
		{"本院2020年、2021年收结案", 3, ""},
		{"2020年收结案", 2, ""},
		{"2020年至2022年收结案", 6, ""},
	} {
		if got := strings.Join(yearListNames(c.name, c.n), "|"); got != c.want {
			t.Errorf("yearListNames(%q, %d) = %q, want %q", c.name, c.n, got, c.want)
		}
	}
}

// TestStockCarried: the cases left pending (存案) count what the counts
// before them count, with their court.
func TestStockCarried(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全区法院新收各类案件9000件，办结8800件，存案600件。", []string{"法院新收各类案件", "全区法院办结案件", "全区法院存案"}},
	})
}

// TestAfterUnopenedClose: a bracket broken by a comma ends before the
// subject.
func TestAfterUnopenedClose(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全县（不含开发区,下同）税收收入5200万元。", []string{"税收收入"}},
		{"全县(含开发区)税收收入5200万元。", []string{"税收收入"}},
	})
	for _, c := range []struct{ in, want string }{
		{"下同）一般公共预算收入", "一般公共预算收入"},
		{"(含)收入", "(含)收入"},
		{"30号)的", "30号)的"},
	} {
		a := afterUnopenedClose(c.in, 0, len(c.in))
		if got := c.in[a:]; got != c.want {
			t.Errorf("afterUnopenedClose(%q) leaves %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCommaListed: after 分别 a comma may separate the listed changes;
// without 分别 it ends the list.
func TestCommaListed(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"审结民事案件4200件，涉案金额12.5亿元，同比分别上升3.5%，20.1%。", []wantFig{
			{ind: "审结民事案件", value: 4200, unit: "件", changes: []string{"growth_pct 3.5"}},
			{ind: "涉案金额", value: 12.5, unit: "亿元", changes: []string{"growth_pct 20.1"}}}},
	})
	if commaListed(",", true) || !commaListed("，", false) || commaListed("，占", false) {
		t.Error("commaListed: only a comma, only after 分别")
	}
}

// TestYearSeries: a count named before the period inside its clause, the
// same count for other years, and year-against-year changes of them.
func TestYearSeries(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"本院收案数2021年新收600件，2020年新收500件，2021年比2020年新收案件上升20%。", []wantFig{
			{ind: "收案数新收", value: 600, unit: "件", changes: []string{"growth_pct 20"}},
			{ind: "收案数新收", value: 500, unit: "件", prior: true}}},
	})
	for _, c := range []struct {
		in   string
		want int
	}{
		{"2021年比2020年新收", 2020}, {"较2019年增长", 2019}, {"比上年", 0}, {"比20年", 0},
	} {
		if got := comparisonYearIn(c.in); got != c.want {
			t.Errorf("comparisonYearIn(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestAverageRateLevel: an average rate of growth stated with a verb of
// being is a figure; a verb of growth keeps it a change.
func TestAverageRateLevel(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"收案分别为300件、360件，年均增幅达20%。", []wantFig{
			{ind: "收案", value: 300, unit: "件"},
			{ind: "收案", value: 360, unit: "件"},
			{ind: "年均增幅", value: 20, unit: "%"}}},
		{"居民人均可支配收入3.2万元，年均增长6.5%。", []wantFig{
			{ind: "居民人均可支配收入", value: 3.2, unit: "万元", changes: []string{"growth_pct 6.5"}}}},
	})
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"年均增幅达", true}, {"平均增速为", true}, {"，平均增长率是", true},
		{"年均增长", false}, {"年均增速", false}, {"增幅达", false},
	} {
		if got := averageRateLevel(c.in); got != c.want {
			t.Errorf("averageRateLevel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestClosedAndPending: 已结 names closed cases (已 is no adverb there),
// and 未结 after 已结案件 in a 其中 list takes its head.
func TestClosedAndPending(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"本院案件共计500件。其中已结案件420件，未结80件。", []string{"本院案件", "已结案件", "未结案件"}},
		{"新收300件，未结40件，已结260件。", []string{"新收", "未结", "已结"}},
	})
}
