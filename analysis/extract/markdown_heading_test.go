package extract

import "testing"

// A numbered heading written as a Markdown heading (## 一、综合) names the
// section of the figures under it, as 一、综合 alone does; was no section.
func TestMarkdownNumberedHeading(t *testing.T) {
	text := "# 某县2023年统计公报\n\n## 一、综合\n\n全年地区生产总值385.6亿元。\n\n## 二、财政\n\n全年一般公共预算收入28.7亿元。\n\n#1号机组发电量12亿千瓦时。\n"
	figs, err := Extract([]byte(text), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"地区生产总值": "综合", "一般公共预算收入": "财政"}
	for _, f := range figs {
		if w, ok := want[f.Indicator]; ok {
			if f.Section != w {
				t.Errorf("%s: section %q, want %q", f.Indicator, f.Section, w)
			}
			delete(want, f.Indicator)
		}
	}
	for name := range want {
		t.Errorf("no figure %s", name)
	}
}
