package extract

import (
	"slices"
	"testing"
)

// TestUnrestatedEarliest: a restated header whose earliest year is not
// restated: the latest year, the change and the earliest year each span
// both rows, the year between over 调整后 | 调整前.
func TestUnrestatedEarliest(t *testing.T) {
	upper := []string{"2023年末", "2022年末", "本期末比上年同期末增减(%)", "2021年末"}
	if got := restatedGroups(upper, []string{"调整后", "调整前"}, 5); !slices.Equal(got, []int{0, 2, 0, 0}) {
		t.Errorf("restatedGroups = %v", got)
	}
	if got := restatedGroups(upper, []string{"调整后", "调整前", "调整后", "调整前"}, 6); got != nil && got[3] == 0 {
		t.Errorf("a restated earliest year read as not restated: %v", got)
	}
}

// TestPlaceholderCorner: a header line whose empty corner the copy wrote
// as & reads as the header after it, under an empty corner.
func TestPlaceholderCorner(t *testing.T) {
	cells, label, ok := companyHeaderCells("&2023年末2022年末本期末比上年同期末增减(%)2021年末")
	if !ok || label || len(cells) != 4 || cells[0].text != "2023年末" || cells[0].a != 1 {
		t.Fatalf("got %v %v %v", cells, label, ok)
	}
	if placeholderCorner("2023年末") != 0 || placeholderCorner("&&") != 0 || placeholderCorner("& 2023年") != 2 {
		t.Error("placeholderCorner")
	}
}
