package extract

import (
	"strings"
	"testing"
)

// TestXXGKCutPair: the 2019 form's 本年增/减 written 本年增/ by the copy
// reads as the template's column.
func TestXXGKCutPair(t *testing.T) {
	for h, want := range map[string]string{
		"信息内容上一年项目数量本年增/处理决定数量":  "信息内容上一年项目数量本年增/减处理决定数量",
		"信息内容上一年项目数量本年增/减处理决定数量": "信息内容上一年项目数量本年增/减处理决定数量",
		"信息内容本年处理决定数量":           "信息内容本年处理决定数量",
	} {
		if got := xxgkCutPair(h); got != want {
			t.Errorf("xxgkCutPair(%q) = %q, want %q", h, got, want)
		}
	}
	text := "二、主动公开政府信息情况\n\n" + strings.Join([]string{"第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
		"行政许可", "12", "3", "15", "其他对外管理服务事项", "4", "0", "4"}, "\n\n") + "\n"
	got := map[string]float64{}
	for _, f := range mustExtract(t, text, Options{Year: 2019}) {
		got[f.Indicator] = f.Value
	}
	for k, v := range map[string]float64{"行政许可上一年项目数量": 12, "行政许可本年增/减": 3, "行政许可处理决定数量": 15, "其他对外管理服务事项上一年项目数量": 4} {
		if w, ok := got[k]; !ok || w != v {
			t.Errorf("%s = %v (%v), want %v; got %v", k, w, ok, v, got)
		}
	}
}
