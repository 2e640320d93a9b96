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

func TestListedContribution(t *testing.T) {
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"消费、投资分别拉动经济增长2.1、0.9和0.4个百分点。", []float64{2.1, 0.9, 0.4}},
		{"工业拉动增长0.8个百分点、1.5个百分点。", []float64{0.8, 1.5}},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != len(c.want) {
			t.Fatalf("%s: got %d figures %+v", c.text, len(figs), figs)
		}
		for i, f := range figs {
			if f.Value != c.want[i] || f.Unit != "个百分点" {
				t.Errorf("%s: figure %d %v %q", c.text, i, f.Value, f.Unit)
			}
		}
	}
}

func TestSharedChange(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"一产、三产占比均提高0.1个百分点。", []string{"一产占比", "三产占比"}},
		{"出口额、进口额均增长6.2%。", []string{"出口额", "进口额"}},
	})
	figs := mustExtract(t, "甲、乙两项指标均提高0.3个百分点。", Options{Year: 2023})
	for _, f := range figs {
		if len(f.Changes) != 1 || f.Changes[0].Value != 0.3 {
			t.Errorf("%+v", f)
		}
	}
}

func TestRepeatedList(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"新建、改建学校分别为12所、7所，15所、9所。", []string{"新建学校", "改建学校", "新建学校", "改建学校"}},
		{"受理、办结分别为300件、280件，320件、310件。", []string{"受理", "办结", "受理", "办结"}},
	})
}

func TestDistributedChain(t *testing.T) {
	figs := mustExtract(t, "三次产业对增长的贡献率分别为20.5:8.3:71.2。", Options{Year: 2023})
	if len(figs) != 3 || figs[0].Value != 20.5 || figs[2].Value != 71.2 || figs[0].Terms != 3 {
		t.Fatalf("got %+v", figs)
	}
	if figs := mustExtract(t, "开馆时间分别为9:30。", Options{Year: 2023}); len(figs) != 0 {
		t.Errorf("a time read as a ratio: %+v", figs)
	}
}
