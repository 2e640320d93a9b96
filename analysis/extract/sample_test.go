package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// samplePath is the sample report in the shared folder beside the
// repository (where CI and the developers' machines have it).
var samplePath = func() string {
	rel := filepath.Join("..", "..", "..", "shared", "seed", "000_12f1895fbef9a70f.txt")
	if _, err := os.Stat(rel); err == nil {
		return rel
	}
	return "/work/shared/seed/000_12f1895fbef9a70f.txt"
}()

// readSample reads the sample report of SPEC §1. Its prose may not be
// copied into the repository, so the test reads it where it lives and
// skips when it is absent, unless ANNUALSTAT_REQUIRE_TOOLS=1.
func readSample(tb testing.TB) []byte {
	tb.Helper()
	path := samplePath
	if p := os.Getenv("ANNUALSTAT_SAMPLE"); p != "" {
		path = p
	}
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			tb.Fatalf("sample report: %v", err)
		}
		tb.Skipf("sample report not available: %v", err)
	}
	return b
}

func fp(v float64) *float64 { return &v }

// sampleFigures are the figures a careful reader takes from the sample
// report (facts: subject, value, unit, flags, change, parent, period).
// Subjects are what the text names; where the extractor's name is
// defensible but not what a reader would write, the reader's name is given
// here and the figure counts as wrong.
var sampleFigures = []expected{
	{Indicator: "基层党组织", Value: fp(540), Unit: "个", Flags: []string{"approx"}},
	{Indicator: "党员", Value: fp(12000), Unit: "名", Flags: []string{"approx"}},
	{Indicator: "举办处级领导干部学习贯彻党的十九届六中全会精神专题研讨班", Value: fp(1), Unit: "期"},
	{Indicator: "“大讲堂”干部能力提升专题培训班", Value: fp(4), Unit: "期"},
	{Indicator: "培训干部", Value: fp(3000), Unit: "人次"},
	{Indicator: "政务服务单位", Value: fp(22), Unit: "个"},
	{Indicator: "政务服务事项", Value: fp(4862), Unit: "项"}, // written without a unit: 4862政务服务事项
	{Indicator: "下放镇街综合执法事项", Value: fp(1216), Unit: "项"},
	{Indicator: "认领事项", Value: fp(807), Unit: "项"},
	{Indicator: "梳理实施清单", Value: fp(726), Unit: "条"},
	{Indicator: "实施清单填报率", Value: fp(100), Unit: "%"},
	{Indicator: "行政许可事项时限压缩率", Value: fp(95.87), Unit: "%"},
	{Indicator: "即办件占比", Value: fp(98.06), Unit: "%"},
	{Indicator: "网办率", Value: fp(100), Unit: "%"},
	{Indicator: "全流程网办率", Value: fp(98.6), Unit: "%"},
	{Indicator: "依申请事项可网办率", Value: fp(99.19), Unit: "%"},
	{Indicator: "投资", Value: fp(2.25), Unit: "亿元", Flags: []string{"approx"}},
	{Indicator: "经开区质量考核得分", Value: fp(90.5), Unit: "分", Period: "2022年度", Year: 2022},
	{Indicator: "政务服务单位", Value: fp(21), Unit: "个"},
	{Indicator: "事项", Value: fp(810), Unit: "项"},
	{Indicator: "窗口业务效能", Unit: "", Change: &struct {
		Kind  string  `json:"kind"`
		Value float64 `json:"value"`
	}{Multiple, 6}},
	{Indicator: "投放自助机", Value: fp(35), Unit: "台"},
	{Indicator: "增强型自助机", Value: fp(4), Unit: "台"},
	{Indicator: "实有各类市场主体", Value: fp(28716), Unit: "户", Flags: []string{"ambiguous"}, Period: "截至目前", Change: &struct {
		Kind  string  `json:"kind"`
		Value float64 `json:"value"`
	}{GrowthPct, 12.33}},
	{Indicator: "新增各类市场主体", Value: fp(4698), Unit: "户", Flags: []string{"ambiguous"}, Period: "截至目前", Change: &struct {
		Kind  string  `json:"kind"`
		Value float64 `json:"value"`
	}{GrowthPct, 12.33}},
	{Indicator: "办理政府法律顾问事务", Value: fp(243), Unit: "件", Year: 2022},
	{Indicator: "出具书面法律意见", Value: fp(107), Unit: "件"},
	{Indicator: "列席区管委会主任办公会等会议", Value: fp(50), Unit: "次", Flags: []string{"approx"}},
	{Indicator: "审查全区重大合同、招商引资协议", Value: fp(56), Unit: "份"},
	{Indicator: "单位", Value: fp(10), Unit: "个"},
	{Indicator: "经开区门户网站独立用户访问总量", Value: fp(3572178), Unit: "个", Period: "截至目前"},
	{Indicator: "网站总访问量", Value: fp(4177690), Unit: "人次", Period: "截至目前"},
	{Indicator: "信息发布总数", Value: fp(1170), Unit: "条", Period: "截至目前"},
	{Indicator: "新收到政府信息公开申请数量", Value: fp(29), Unit: "件"},
	{Indicator: "上年结转今年政府信息公开申请数量", Value: fp(2), Unit: "件"},
	{Indicator: "区直执法部门业务骨干", Value: fp(8), Unit: "人"},
	{Indicator: "区直执法单位编制相关工作指引", Value: fp(95), Unit: "项"},
	{Indicator: "重点行政执法单位", Value: fp(10), Unit: "家"},
	{Indicator: "归集上报数据", Value: fp(11737), Unit: "条", Period: "1-11月"},
	{Indicator: "行政许可数据", Value: fp(10685), Unit: "条", Period: "1-11月", Parent: "归集上报数据"},
	{Indicator: "行政处罚数据", Value: fp(1052), Unit: "条", Period: "1-11月", Parent: "归集上报数据"},
	{Indicator: "区管委会应诉行政、民事案件", Value: fp(13), Unit: "件"},
	{Indicator: "区领导", Value: fp(72), Unit: "人"},
	{Indicator: "接访群众", Value: fp(44), Unit: "批"},
	{Indicator: "接访群众", Value: fp(87), Unit: "人次"},
	{Indicator: "镇街接访群众", Value: fp(451), Unit: "批"},
	{Indicator: "镇街接访群众", Value: fp(931), Unit: "人次"},
	{Indicator: "重点楼盘涉稳问题", Value: fp(16), Unit: "处"},
	{Indicator: "中央交办第一批、第二批重复信访治理案件", Value: fp(69), Unit: "宗"},
	{Indicator: "重复信访案件", Value: fp(27), Unit: "宗"},
	{Indicator: "成功调解基层矛盾纠纷", Value: fp(786), Unit: "宗"},
	{Indicator: "涉及金额", Value: fp(1210), Unit: "万元"},
	{Indicator: "打掉涉恶犯罪团伙", Value: fp(5), Unit: "个"},
	{Indicator: "侦破涉恶刑事案件", Value: fp(50), Unit: "宗"},
	{Indicator: "刑拘", Value: fp(123), Unit: "人"},
	{Indicator: "逮捕", Value: fp(51), Unit: "人"},
	{Indicator: "起诉涉黑案件", Value: fp(1), Unit: "宗"},
	{Indicator: "起诉涉黑案件", Value: fp(2), Unit: "人"},
	{Indicator: "涉恶案件", Value: fp(1), Unit: "宗"},
	{Indicator: "涉恶案件", Value: fp(1), Unit: "人"},
	{Indicator: "一审判处涉黑案件", Value: fp(1), Unit: "宗"},
	{Indicator: "一审判处涉黑案件", Value: fp(2), Unit: "人"},
	{Indicator: "判决涉恶案件", Value: fp(1), Unit: "宗"},
	{Indicator: "判决涉恶案件", Value: fp(1), Unit: "人"},
	{Indicator: "发出扫黑除恶工作提醒函", Value: fp(11), Unit: "份"},
	{Indicator: "督办函", Value: fp(7), Unit: "份"},
	{Indicator: "补充核查函", Value: fp(8), Unit: "份"},
}

func TestSampleReport(t *testing.T) {
	text := readSample(t)
	figs, err := Extract(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, p, n := score(t, "sample", figs, sampleFigures)
	t.Logf("sample report: %d expected, %d extracted, %d exactly right: precision %.3f, recall %.3f",
		n, p, c, float64(c)/float64(max(p, 1)), float64(c)/float64(max(n, 1)))
	if float64(c)/float64(max(p, 1)) < 0.9 || float64(c)/float64(max(n, 1)) < 0.9 {
		t.Errorf("sample report below 0.9 precision or recall")
	}
	// The figures of SPEC §1 must all come out right.
	spec := []string{"实有各类市场主体", "新增各类市场主体", "归集上报数据", "行政许可数据", "行政处罚数据",
		"行政许可事项时限压缩率", "即办件占比", "网办率", "投资", "涉及金额", "基层党组织", "党员", "区领导", "窗口业务效能"}
	for _, name := range spec {
		for _, e := range sampleFigures {
			if e.Indicator != name {
				continue
			}
			found := false
			for _, f := range figs {
				if ok, _ := e.matches(f); ok {
					found = true
				}
			}
			if !found {
				t.Errorf("SPEC §1 figure %s not extracted right", name)
			}
		}
	}
	// 接访群众 44批 87人次 are SPEC §1 figures too.
	for _, e := range sampleFigures[43:45] {
		found := false
		for _, f := range figs {
			if ok, _ := e.matches(f); ok {
				found = true
			}
		}
		if !found {
			t.Errorf("SPEC §1 figure %s %v%s not extracted right", e.Indicator, *e.Value, e.Unit)
		}
	}
	// None of the distractors may come out as a figure.
	// A figure comes from a distractor when its span holds the distractor
	// and its value is the distractor's number.
	distractors := []struct {
		text  string
		value float64
	}{{"2023-02-22", 2023}, {"2023-02-22", 2}, {"2023-02-22", 22}, {"09:25:33", 9}, {"09:25:33", 25},
		{"2021—2025年", 2021}, {"2021—2025年", 2025}, {"2021-2025年", 2025}, {"第九批", 9}, {"第七届", 7},
		{"十九届", 19}, {"六中全会", 6}, {"二十大", 20}, {"三项制度", 3}, {"“0506”", 506}, {"“0804”", 804},
		{"“1006”", 1006}, {"2021-2011", 2011}, {"12·4", 12}, {"12·4", 4}, {"7凯发", 7}, {"一是", 1},
		{"二期", 2}, {"第十届", 10}, {"第五届", 5}, {"第四届", 4}, {"“1 1 n”", 1}, {"三批", 3}, {"八五", 85}}
	for _, f := range figs {
		span := string(text[f.Span[0]:f.Span[1]])
		for _, d := range distractors {
			if strings.Contains(span, d.text) && f.Value == d.value && !f.Missing {
				t.Errorf("figure %s %v%s from distractor %q (span %q)", f.Indicator, f.Value, f.Unit, d.text, span)
			}
		}
		switch f.Value {
		case 2021, 2022, 2023, 2025, 506, 804, 1006:
			if !f.Missing {
				t.Errorf("figure %s has a year or code as value: %v (span %q)", f.Indicator, f.Value, span)
			}
		}
		if f.Year != 2022 {
			t.Errorf("figure %s: year %d, want 2022 (the report's year)", f.Indicator, f.Year)
		}
	}
	// Sections are the headings.
	for _, f := range figs {
		if f.Indicator == "归集上报数据" && f.Section != "强化规范引领,促进严格公正文明执法" {
			t.Errorf("归集上报数据: section %q", f.Section)
		}
	}
}
