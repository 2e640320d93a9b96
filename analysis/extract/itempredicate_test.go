package extract

import "testing"

// TestItemPredicate: counts of items named by the rank, comparison or
// achievement after them, the rank's number read with the name; honours
// named by their kind, the quoted examples dropped.
func TestItemPredicate(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全市60项考核指标中，有31项位居全省前5，其中9项位居全省第一。", []string{"考核指标", "位居全省前5", "位居全省第一"}},
		{"本院38项审判指标中，22项优于全省平均值。", []string{"审判指标", "优于全省平均值"}},
		{"诉源治理、繁简分流等6项工作在全省法院作经验介绍。", []string{"工作在全省法院作经验介绍"}},
		{"42个集体和87名个人获得全省“优秀法官”“先进集体”等市级以上表彰。", []string{"获得市级以上表彰集体", "获得市级以上表彰个人"}},
	})
	if got := dropQuotedExamples("获得全国“人民满意的公务员”等省部级以上表彰", "获得"); got != "获得省部级以上表彰" {
		t.Errorf("dropQuotedExamples = %q", got)
	}
	if got := dropQuotedExamples("获得“五四”青年奖章", "获得"); got != "获得“五四”青年奖章" {
		t.Errorf("dropQuotedExamples without 等 = %q, want unchanged", got)
	}
}

// TestHonorPredicateForms: honours conferred by a named body, with quoted
// titles, and counts after the agent that holds them.
func TestHonorPredicateForms(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"4名干警被最高法授予“全国优秀法官”称号，2个集体被最高法记集体一等功。", []string{"被最高法授予“全国优秀法官”称号干警", "被最高法记集体一等功集体"}},
		{"全市检察机关15个集体、32名个人受到市级以上表彰。", []string{"受到市级以上表彰集体", "受到市级以上表彰个人"}},
		// A body's act that is no honour keeps the noun first.
		{"12项工作经验被最高检推介。", []string{"工作经验"}},
	})
}
