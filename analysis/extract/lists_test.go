package extract

import "testing"

func TestSignedListItem(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"第一、二、三产业对增长的贡献率分别为40.5%、-2.5%和62.0%。", []string{"第一产业对增长的贡献率", "第二产业对增长的贡献率", "第三产业对增长的贡献率"}},
		{"出口占比为3.1%、-1.2%。", []string{"出口占比", "出口占比"}},
	})
	figs := mustExtract(t, "甲、乙两县增速分别为5.5%、-0.7%和2.0%。", Options{Year: 2023})
	if len(figs) < 2 || figs[1].Value != -0.7 {
		t.Fatalf("got %+v", figs)
	}
	for _, s := range []string{"、-", "-1", "、-3", "2019-2020"} {
		_ = signedListItem(s, len(s)-1)
	}
	if signedListItem("指标、-3", len("指标、")) != true || signedListItem("、-3", len("、")) {
		t.Error("signedListItem")
	}
}

func TestDistributeEachWord(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"城镇、农村居民人均收入各为52000元和23000元。", []string{"城镇居民人均收入", "农村居民人均收入"}},
		{"小学、初中学校各为28所、12所。", []string{"小学学校", "初中学校"}},
	})
}
