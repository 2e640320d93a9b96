package extract

import (
	"fmt"
	"strings"
	"testing"
)

// changesOf lists each figure as subject and its first change value.
func changesOf(figs []Figure) string {
	var b strings.Builder
	for _, f := range figs {
		fmt.Fprintf(&b, "%s", f.Indicator)
		if f.Change != nil {
			fmt.Fprintf(&b, " %g", f.Change.Value)
		}
		b.WriteString("|")
	}
	return b.String()
}

func TestNamesEachChange(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// Names holding 和 and 及 themselves pair one to one at 、, without 分别.
		{"八大类价格“六涨两降”，其中，教育文化和娱乐、生活用品及服务、食品烟酒类上涨2.4%、1.1%、0.6%，交通和通信、衣着类下降1.3%、0.2%。",
			"教育文化和娱乐 2.4|生活用品及服务 1.1|食品烟酒类 0.6|交通和通信 -1.3|衣着类 -0.2|"},
		// And with 分别.
		{"交通和通信、居住类价格分别下降1.3%和0.4%。", "交通和通信 -1.3|居住类价格 -0.4|"},
		// Names split at 和 when that pairs one to one.
		{"城镇和农村居民人均可支配收入分别增长5.1%和6.3%。", "城镇居民人均可支配收入 5.1|农村居民人均可支配收入 6.3|"},
	} {
		got := changesOf(mustExtract(t, c.text, Options{Year: 2023}))
		if got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.text, got, c.want)
		}
	}
}

func TestNamesEachChangeListGoesOn(t *testing.T) {
	// A list of changes that goes on in another unit is not paired at 、:
	// no figure is named by two names (结案数及结案率).
	for _, f := range mustExtract(t, "一审案件受理数、结案数及结案率分别下降3.10%、12.00%及减少4.51个百分点。", Options{Year: 2023}) {
		if f.Indicator == "结案数及结案率" {
			t.Errorf("figure named %q", f.Indicator)
		}
	}
}

func TestSplitEnumeration(t *testing.T) {
	got := strings.Join(splitEnumeration("医疗保健、教育文化和娱乐、 生活用品及服务类"), "|")
	if got != "医疗保健|教育文化和娱乐|生活用品及服务类" {
		t.Errorf("splitEnumeration = %q", got)
	}
}
