package extract

import (
	"bytes"
	"fmt"
	"io"
	"testing"
)

// genReport writes about size bytes of report prose: headings, narrative
// sentences without figures, sentences with counts, amounts, rates,
// changes, priors, 其中 lists, ratios and ranges, with names and numbers
// that vary so that no two paragraphs are the same text, and one long line
// without a sentence end every so often (the shape of a table pasted as
// text). It holds about 14 figures per KB, four times the sample report's
// density.
func genReport(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("某市2023年国民经济和社会发展统计公报\n")
	for i := 0; b.Len() < size; i++ {
		v := 1000 + i%9000
		fmt.Fprintf(&b, "%s、第%d部分\n", cnSection[i%len(cnSection)], i)
		// Narrative without figures, as most of a report is.
		fmt.Fprintf(&b, "坚持以%s为重点，深入推进%s工作，不断完善%s机制，切实提升%s水平，为经济社会高质量发展提供有力保障。", narr[i%len(narr)], narr[(i+1)%len(narr)], narr[(i+2)%len(narr)], narr[(i+3)%len(narr)])
		fmt.Fprintf(&b, "围绕%s和%s，统筹%s，强化%s，各项工作取得新成效。", narr[(i+4)%len(narr)], narr[(i+5)%len(narr)], narr[(i+6)%len(narr)], narr[(i+7)%len(narr)])
		fmt.Fprintf(&b, "聚焦%s中的突出问题，健全%s长效机制，推动%s与%s深度融合，群众获得感、幸福感、安全感持续增强。", narr[(i+8)%len(narr)], narr[(i+9)%len(narr)], narr[(i+10)%len(narr)], narr[(i+11)%len(narr)])
		fmt.Fprintf(&b, "同时，%s仍存在短板，%s有待加强，下一步将持续深化%s改革。\n", narr[(i+2)%len(narr)], narr[(i+5)%len(narr)], narr[(i+7)%len(narr)])
		fmt.Fprintf(&b, "全年受理第%d类案件%d件，同比下降%d.%02d%%，同比减少%d件。", i%50, v, i%30, i%100, i%97+1)
		fmt.Fprintf(&b, "地区生产总值%d.%d亿元，比上年增长%d.%d%%，拉动增长%d.%d个百分点。", v, i%10, i%9, i%10, i%3, i%10)
		fmt.Fprintf(&b, "三次产业结构由上年的%d.%d:%d.%d:%d.%d调整为14.9:33.2:51.9。", i%20, i%10, 30, i%10, 50, i%10)
		fmt.Fprintf(&b, "1-11月共计归集上报数据%d条，其中行政许可数据%d条，行政处罚数据%d条，较2022年%d条。", 2*v, v, v/2, v-7)
		fmt.Fprintf(&b, "组织全区%d多个基层党组织，投资约%d.%d亿元，网办率%d.%d%%，人口自然增长率-%d.%d‰。\n", i%900, i%90, i%10, 90+i%10, i%10, i%3, i%10)
		if i%50 == 0 {
			for k := 0; k < 200; k++ {
				fmt.Fprintf(&b, " 项目%d %d.%d %d %d.%d%% ", k, v+k, k%10, k, k%30, k%10)
			}
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

var cnSection = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

var narr = []string{"法治政府建设", "营商环境优化", "民生保障", "生态环境保护", "乡村振兴", "科技创新", "社会治理", "安全生产", "政务服务", "公共文化服务", "基层治理", "风险防控"}

func benchExtract(b *testing.B, size int) {
	text := genReport(size)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract1MB and BenchmarkExtract50MB measure extraction
// throughput on generated prose (target ≥ 20 MB/s on one core at both
// sizes: the cost is linear in the input).
func BenchmarkExtract1MB(b *testing.B)  { benchExtract(b, 1<<20) }
func BenchmarkExtract50MB(b *testing.B) { benchExtract(b, 50<<20) }

// BenchmarkPipeline50MB is what `annualstat extract` does with a 50 MB
// file: extract, derive the priors, write JSON.
func BenchmarkPipeline50MB(b *testing.B) {
	text := genReport(50 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		figs, err := Extract(text, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteJSON(io.Discard, Derive(figs)); err != nil {
			b.Fatal(err)
		}
	}
}
