package xxgk

import (
	"fmt"
	"regexp"
	"strings"
)

// t2Rows maps T2 row labels (normalised, with variants) to row ids.
var t2Rows = []struct {
	label string
	id    string
}{
	{"规章", "Z1"},
	{"行政规范性文件", "Z2"},
	{"规范性文件", "Z2"},
	{"行政许可", "Z3"},
	{"行政处罚", "Z4"},
	{"行政强制", "Z5"},
	{"行政事业性收费", "Z6"},
	{"其他对外管理服务事项", "Z7"},
	{"政府集中采购", "Z8"},
}

// matchT2 recognises a T2 data row by its label (n normalised). Labels
// longer than the row's label by a block caption merged into the row
// ("第二十条第（五）项行政许可") match too.
func (s *scanner) matchT2(n string) (string, bool) {
	n = strings.TrimPrefix(n, HeaderInfo)
	if i := strings.Index(n, "项"); i >= 0 && strings.HasPrefix(n, "第二十条") {
		n = n[i+len("项"):]
	}
	for _, r := range t2Rows {
		if n == r.label || len([]rune(n)) >= 4 && matchNorm(n, r.label) && !strings.Contains(n, "文件") == !strings.Contains(r.label, "文件") {
			return r.id, true
		}
	}
	return "", false
}

// setT2 assigns a T2 row's values.
func (s *scanner) setT2(row string, vals []rowCell) error {
	s.t2Seen = true
	nonBlank := nonBlankCells(vals)
	if len(nonBlank) == 0 && s.g != nil && s.g.Lines != nil && !s.flushing {
		// Text: the figures may follow on the lines below; if none do,
		// the row's own blank cells (if it has them) are its values.
		if err := s.flushPending(); err != nil {
			return err
		}
		s.pendingT2, s.pendingT2Vals = row, vals
		return nil
	}
	if s.seenT2 == nil {
		s.seenT2 = map[string]bool{}
	}
	if s.seenT2[row] {
		return nil // the same label again (a caption repeated): keep the first
	}
	s.seenT2[row] = true
	put := func(id string, v rowCell, amount bool) error {
		var val Value
		var msg string
		if amount {
			val, msg = ParseAmount(v.text)
		} else {
			val, msg = ParseCount(v.text)
		}
		if msg != "" {
			return &CellError{Pos: v.pos, Table: T2, Cell: id, Text: v.text, Msg: msg}
		}
		s.rep.T2[id] = val
		return nil
	}
	cells := T2RowCells(s.t2Form, row)
	if len(cells) == 0 {
		return nil // a row of the other format's T2
	}
	if len(cells) == 1 {
		// One figure (a cell merged across the row's columns): the first
		// written, else the first cell.
		v := rowCell{}
		if len(nonBlank) > 0 {
			v = nonBlank[0]
		} else if len(vals) > 0 {
			v = vals[0]
		} else {
			return nil
		}
		return put(cells[0].ID, v, cells[0].Amount)
	}
	// Several columns; in a positional grid blanks are zeros, in loose
	// text the figures are what was printed.
	cols := vals
	if s.loose {
		cols = nonBlank
	}
	if len(cols) < len(cells) {
		if len(cols) == 0 {
			return nil
		}
		return s.unread(&CellError{Pos: cols[0].pos, Table: T2, Cell: cells[0].ID, Text: joinCells(cols), Msg: fmt.Sprintf("这一行有%d个数，应为%d个", len(cols), len(cells))})
	}
	for i, c := range cells {
		if err := put(c.ID, cols[i], c.Amount); err != nil {
			return err
		}
	}
	return nil
}

var (
	reGroup = regexp.MustCompile(`（([一二三四五六七])）`)
	reItem  = regexp.MustCompile(`(?:^|[^0-9])([1-9])\.`)
)

// groupKeys are the texts after （一）…（七）.
var groupKeys = map[int]string{1: "予以公开", 2: "部分公开", 3: "不予公开", 4: "无法提供", 5: "不予处理", 6: "其他处理", 7: "总计"}

var cnDigit = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}

// matchT3 recognises a T3 row by its label n (normalised): the row id, and
// whether it is a header (a group or 三、本年度办理结果 without values of
// its own). It keeps the current group for numbered items. The 2019
// single （六） row and the 2021 group header of （六） both return "R3.6";
// the scanner tells them apart.
func (s *scanner) matchT3(n string) (id string, header bool) {
	top := 0
	if m := reTopOrdinal.FindStringSubmatch(n); m != nil {
		top = cnDigit[m[1]]
	}
	group, groupText := 0, ""
	if ms := reGroup.FindAllStringSubmatchIndex(n, -1); ms != nil {
		m := ms[len(ms)-1]
		group = cnDigit[n[m[2]:m[3]]]
		groupText = n[m[1]:]
		key := groupKeys[group]
		head := prefixRunes(groupText, len([]rune(key)))
		// the key, a typo of it, or its start when the label wrapped
		// ("（七）总" above "计")
		wrapped := head != "" && head == groupText && strings.HasPrefix(key, head)
		if !strings.HasPrefix(groupText, key) && !matchNorm(head, key) && !wrapped {
			group = 0 // （一） of something else, e.g. 第二十条第（一）项
		}
	}
	item, itemText := 0, ""
	if ms := reItem.FindAllStringSubmatchIndex(n, -1); ms != nil {
		m := ms[len(ms)-1]
		item = int(n[m[2]] - '0')
		itemText = n[m[1]:]
	}
	switch {
	case group >= 3 && group <= 6:
		s.group = group
	case group != 0:
		s.group = 0
	}
	if item > 0 && s.group >= 3 {
		return s.matchItem(s.group, item, itemText), false
	}
	if item > 0 && group == 0 {
		// A numbered item whose group header is missing: its text alone.
		for g := 3; g <= 6; g++ {
			if id := s.matchItemText(g, itemText); id != "" {
				s.group = g
				if g == 6 {
					s.seen6Items = true
				}
				return id, false
			}
		}
	}
	switch group {
	case 1:
		return "R3.1", false
	case 2:
		return "R3.2", false
	case 7:
		return "R3.7", false
	case 3, 4, 5:
		return "", true
	case 6:
		return "R3.6", false
	}
	if top != 0 && n == strings.TrimSuffix(reTopOrdinal.FindString(n), "") && len(n) == len("一、") {
		// "四、" alone, the rest of the label wrapped onto the lines below
		switch top {
		case 1:
			return "R1", false
		case 2:
			return "R2", false
		case 4:
			return "R4", false
		}
	}
	switch top {
	case 1:
		if strings.Contains(n, "新收") || strings.Contains(n, "收到") {
			s.group = 0
			return "R1", false
		}
	case 2:
		if strings.Contains(n, "结转") {
			s.group = 0
			return "R2", false
		}
	case 3:
		if strings.Contains(n, "办理结果") {
			s.group = 0
			return "", true
		}
	case 4:
		if strings.Contains(n, "结转") {
			s.group = 0
			return "R4", false
		}
	}
	// No ordinal: a label as the template words it, typos allowed.
	body := n
	if top > 0 {
		body = n[len("一、"):]
	}
	for _, r := range rows2021 {
		l := rowBodies[r.ID]
		if r.Group != "" && s.group != 0 && r.Group != groupLabel(s.group) && l == "其他" {
			continue
		}
		if r.ID == "R3.7" && body == "总计" {
			continue // a column header; the row is always （七）总计
		}
		if body == l || len([]rune(l)) >= 4 && matchNorm(body, l) {
			if r.Group != "" {
				s.group = int(r.ID[3] - '0')
			}
			return r.ID, false
		}
	}
	return "", false
}

func groupLabel(g int) string {
	return map[int]string{3: Group3, 4: Group4, 5: Group5, 6: Group6}[g]
}

// matchItem finds item number item with text t in group g: by its text
// when it matches an item of the group (the number may be a typo), else by
// the number.
func (s *scanner) matchItem(g, item int, t string) string {
	prefix := fmt.Sprintf("R3.%d.", g)
	if g == 6 {
		s.seen6Items = true
	}
	if id := s.matchItemText(g, t); id != "" {
		return id
	}
	// The item of another group: a group's merged label printed after
	// its first items (text from a PDF), or a group header left out.
	for other := 3; other <= 6; other++ {
		if other == g {
			continue
		}
		if id := s.matchItemText(other, t); id != "" {
			s.group = other
			if other == 6 {
				s.seen6Items = true
			}
			return id
		}
	}
	id := fmt.Sprintf("%s%d", prefix, item)
	if _, ok := T3Row(id); ok {
		return id
	}
	return ""
}

func prefixRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// matchItemText finds the item of group g whose label (without its
// number) matches t.
func (s *scanner) matchItemText(g int, t string) string {
	prefix := fmt.Sprintf("R3.%d.", g)
	for _, r := range rows2021 {
		if !strings.HasPrefix(r.ID, prefix) {
			continue
		}
		l := rowBodies[r.ID]
		// a label wrapped onto the next line: its first part
		if t == l || matchNorm(t, l) || len([]rune(t)) >= 6 && strings.HasPrefix(l, t) {
			return r.ID
		}
	}
	return ""
}

// rowBodies holds each T3 row's label normalised, without its ordinal or
// number: what a label without them is matched against.
var rowBodies = func() map[string]string {
	m := map[string]string{}
	for _, r := range rows2021 {
		l := NormLabel(r.Label)
		if r.Group != "" {
			l = l[strings.Index(l, ".")+1:]
		} else if i := strings.Index(l, "、"); i >= 0 {
			l = l[i+len("、"):]
		} else if ms := reGroup.FindStringIndex(l); ms != nil {
			l = l[ms[1]:]
		}
		m[r.ID] = l
	}
	return m
}()

// t2Needs is how many figures a T2 row has in text: three for (一); one
// for the others in the 2021 format, three (上一年项目数量, 本年增/减,
// 处理决定数量) in the 2019 format.
func (s *scanner) t2Needs(row string) int {
	return max(1, len(T2RowCells(s.t2Form, row)))
}
