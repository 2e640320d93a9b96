package extract

import (
	"reflect"
	"testing"
)

// TestCompanyOwnedParts: measures listed after the company they are of
// each take its name; parts that name a company of their own keep theirs.
func TestCompanyOwnedParts(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"甲银行存款", "贷款"}, []string{"甲银行存款", "甲银行贷款"}},
		{[]string{"某某集团营业收入", "净利润", "总资产"}, []string{"某某集团营业收入", "某某集团净利润", "某某集团总资产"}},
		{[]string{"丙银行", "丁银行营业收入"}, []string{"丙银行营业收入", "丁银行营业收入"}},
		{[]string{"银行", "丁银行营业收入"}, []string{"银行", "丁银行营业收入"}},
		{[]string{"甲公司营业收入", "乙公司营业收入"}, []string{"甲公司营业收入", "乙公司营业收入"}},
		{[]string{"城镇居民收入", "农村居民收入"}, []string{"城镇居民收入", "农村居民收入"}},
		{[]string{"甲银行存款", "贷款增速"}, []string{"甲银行存款增速", "甲银行贷款增速"}},
	} {
		if got := companyOwnedParts(append([]string(nil), c.in...)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("companyOwnedParts(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestSharedPredicateCut: what holds for all the coordinated names (均最低,
// 均为第一) is cut; an average's 均 and a name without coordination stay.
func TestSharedPredicateCut(t *testing.T) {
	for in, want := range map[string]string{
		"存款和贷款增速均最高":     "存款和贷款增速",
		"营业收入和净利润规模均为第一": "营业收入和净利润规模",
		"营业收入和净利润增速均":    "营业收入和净利润增速",
		"城镇和农村居民人均":      "城镇和农村居民人均",
		"城镇和农村居民人均收入":    "城镇和农村居民人均收入",
		"增速均最低":          "增速均最低",
	} {
		if got := sharedPredicateCut(in); got != want {
			t.Errorf("sharedPredicateCut(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCompanyListedMeasures: a company's measures listed with 分别 take the
// company's name, also when a clause of what holds for all of them stands
// between the names and their values.
func TestCompanyListedMeasures(t *testing.T) {
	for _, c := range []struct {
		text string
		want []wantFig
	}{
		{"甲银行存款和贷款分别达到820.50亿元和610.20亿元。", []wantFig{
			{ind: "甲银行存款", value: 820.5, unit: "亿元"}, {ind: "甲银行贷款", value: 610.2, unit: "亿元"}}},
		{"乙银行存款和贷款规模均居首位,分别为820.50亿元和610.20亿元。", []wantFig{
			{ind: "乙银行存款规模", value: 820.5, unit: "亿元"}, {ind: "乙银行贷款规模", value: 610.2, unit: "亿元"}}},
		{"丙银行和丁银行不良贷款率分别为1.25%和1.30%。", []wantFig{
			{ind: "丙银行不良贷款率", value: 1.25, unit: "%"}, {ind: "丁银行不良贷款率", value: 1.3, unit: "%"}}},
	} {
		checkFigures(t, c.text, mustExtract(t, c.text, Options{}), c.want)
	}
}
