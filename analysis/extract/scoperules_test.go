package extract

import "testing"

func TestCaseGroupOfObject(t *testing.T) {
	cases := []struct{ before, object, scope, name, head, want string }{
		// The previous object is limited to a group: the group is carried.
		{"", "未成年人审查起诉案件", "", "起诉", "案件", "未成年人"},
		{"", "涉外民商事案件", "", "审结", "案件", "涉外"},
		{"", "审查逮捕未成年犯罪嫌疑人", "", "批准逮捕", "", ""},
		// The group written before the previous verb.
		{"未成年人", "案件", "", "不起诉", "案件", "未成年人"},
		// The group is already the inherited head, the scope or the name.
		{"", "未成年人案件", "", "审结", "未成年人案件", ""},
		{"未成年人", "案件", "未成年人", "不起诉", "案件", ""},
		{"", "未成年人审查起诉案件", "", "未成年人起诉", "案件", ""},
		// No group: nothing carried.
		{"", "各类案件", "", "办结", "案件", ""},
		{"全市法院", "刑事案件", "全市法院", "审结", "刑事案件", ""},
		{"", "未成年人", "", "起诉", "", ""},
	}
	for _, c := range cases {
		if got := caseGroupOfObject(c.before, c.object, c.scope, c.name, c.head); got != c.want {
			t.Errorf("caseGroupOfObject(%q, %q, %q, %q, %q) = %q, want %q", c.before, c.object, c.scope, c.name, c.head, got, c.want)
		}
	}
}

func TestCaseGroupInSentence(t *testing.T) {
	text := "全年受理未成年人审查起诉案件20件25人，起诉15件18人，不起诉3件4人。受理各类刑事案件300件，审结260件。"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"未成年人起诉", "未成年人起诉", "未成年人不起诉", "未成年人不起诉", "审结刑事案件"}
	var got []string
	for _, f := range figs {
		switch f.Value {
		case 15, 18, 3, 4, 260:
			got = append(got, f.Indicator)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got subjects %q, want prefixes %q", got, want)
	}
	for i := range want {
		if len(got[i]) < len(want[i]) || got[i][:len(want[i])] != want[i] || i == 4 && got[i] != want[i] {
			t.Errorf("figure %d: subject %q, want %q…", i, got[i], want[i])
		}
	}
}
