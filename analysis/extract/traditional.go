package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// Traditional script. Reports from Hong Kong, Macao and Taiwan, and some
// mainland pages, write 億元, 萬人, 增長, 減少, 較上年, 百分點. The rules and
// their word lists are written once, in simplified characters: the text is
// read through a copy in which the traditional characters the rules look
// for are mapped to their simplified forms (foldTraditional), and what a
// figure says is then taken back from the text as written (unfoldFigures),
// but for its unit, spelled in simplified script.
// Every character mapped is three bytes in UTF-8 either way, so byte
// offsets are the same in both texts.

// traditionalPairs maps traditional characters that the unit, scale,
// change, comparison and qualifier words use to their simplified forms.
// Only characters that simplified text does not use are listed.
var traditionalPairs = [][2]rune{
	// scales and units
	{'億', '亿'}, {'萬', '万'}, {'噸', '吨'}, {'個', '个'}, {'項', '项'}, {'戶', '户'}, {'場', '场'}, {'張', '张'},
	{'輛', '辆'}, {'歲', '岁'}, {'畝', '亩'}, {'頃', '顷'}, {'條', '条'}, {'間', '间'}, {'筆', '笔'}, {'單', '单'},
	{'臺', '台'}, {'隻', '只'}, {'冊', '册'}, {'棟', '栋'}, {'畢', '毕'}, {'盞', '盏'}, {'塊', '块'}, {'輪', '轮'}, {'門', '门'},
	{'雙', '双'}, {'處', '处'}, {'週', '周'}, {'擔', '担'}, {'時', '时'}, {'鐘', '钟'}, {'課', '课'}, {'學', '学'},
	{'車', '车'}, {'標', '标'}, {'準', '准'}, {'歐', '欧'}, {'頭', '头'}, {'幣', '币'},
	// change, comparison and qualifier words
	{'長', '长'}, {'減', '减'}, {'較', '较'}, {'點', '点'}, {'與', '与'}, {'為', '为'}, {'達', '达'}, {'約', '约'},
	{'餘', '余'}, {'過', '过'}, {'總', '总'}, {'數', '数'}, {'計', '计'}, {'兩', '两'}, {'漲', '涨'}, {'擴', '扩'},
	{'縮', '缩'}, {'產', '产'}, {'調', '调'}, {'負', '负'}, {'淨', '净'}, {'環', '环'}, {'將', '将'}, {'來', '来'},
	{'佔', '占'}, {'實', '实'}, {'際', '际'}, {'價', '价'}, {'報', '报'}, {'內', '内'}, // 以內: a qualifier
	// prepositions, scopes and case verbs the subject rules read
	{'從', '从'}, {'於', '于'}, {'區', '区'}, {'縣', '县'}, {'鎮', '镇'}, {'國', '国'}, {'鄉', '乡'}, {'農', '农'}, {'級', '级'},
	{'類', '类'}, {'預', '预'}, {'決', '决'}, {'結', '结'}, {'審', '审'}, {'訴', '诉'}, {'執', '执'}, {'辦', '办'},
	{'訟', '讼'}, {'檢', '检'}, {'發', '发'}, {'開', '开'}, {'後', '后'}, {'業', '业'}, {'務', '务'},
	{'進', '进'}, // 進行223條回復解讀: a verb whose count counts the noun after it
	// words of distribution, document numbers, sessions and pages the
	// rules read (分別, 〔2021〕30號, 第十四屆, 第3頁, 名義增長)
	{'別', '别'}, {'號', '号'}, {'屆', '届'}, {'頁', '页'}, {'並', '并'}, {'僅', '仅'}, {'義', '义'},
	// the headers of a company's results table (主要會計數據, 主要財務指標)
	{'會', '会'}, {'據', '据'}, {'財', '财'}, {'適', '适'}, // 不適用
	{'額', '额'}, {'損', '损'}, {'經', '经'}, // 金額, 非經常性損益項目
	// words a subject ends with that the subject rules strip (穩定在, 初步測算)
	{'穩', '稳'}, {'測', '测'}, {'設', '设'},
	// the measures of health institutions (衛生技術人員, 醫師, 門急診)
	{'衛', '卫'}, {'術', '术'}, {'員', '员'}, {'診', '诊'}, {'醫', '医'}, {'師', '师'}, {'護', '护'}, {'療', '疗'},
	{'機', '机'}, {'構', '构'}, // 醫療衛生機構: the institutions the measures are of
	// the pull on growth and the contribution (拉動…增長0.01個百分點, 貢獻率)
	{'動', '动'}, {'貢', '贡'}, {'獻', '献'},
	// the verbs of a company's results (實現淨利潤, 錄得淨利, 多賺4.2%)
	{'現', '现'}, {'錄', '录'}, {'賺', '赚'},
	// the measures a crop's or a trade's figures are named by (播種面積,
	// 產量, 銷售額, 營業收入, 利潤: measureWords)
	{'種', '种'}, {'積', '积'}, {'銷', '销'}, {'營', '营'}, {'潤', '润'},
	// the verbs and adverbs of punishing that name the crimes a run of case
	// counts is of (嚴厲打擊X犯罪, 依法懲治, 堅決, 繼續, X專案)
	{'懲', '惩'}, {'嚴', '严'}, {'厲', '厉'}, {'擊', '击'}, {'專', '专'}, {'堅', '坚'}, {'繼', '继'}, {'續', '续'},
}

// cjkBase is the first rune of the table of folds.
const cjkBase = 0x4E00

var (
	foldTable   [0x9FFF - cjkBase + 1]rune // traditional → simplified, 0 if none
	unfoldTable map[rune]rune              // simplified → traditional
	// foldLead marks the first two bytes (lead byte's low bits, second
	// byte's low six) of the characters folded, so that the scan decodes
	// only the characters that may be one.
	foldLead [16][64]bool
	// foldBits has the bit of each rune of foldTable that is folded (bit
	// r-cjkBase): the test of a character foldLead lets through.
	foldBits [(0x9FFF - cjkBase + 64) / 64]uint64
)

func init() {
	unfoldTable = map[rune]rune{}
	for _, p := range traditionalPairs {
		if utf8.RuneLen(p[0]) != 3 || utf8.RuneLen(p[1]) != 3 || p[0] < cjkBase || p[0] > 0x9FFF {
			panic("extract: traditional pair of unequal length: " + string(p[:]))
		}
		foldTable[p[0]-cjkBase] = p[1]
		unfoldTable[p[1]] = p[0]
		foldBits[(p[0]-cjkBase)/64] |= 1 << ((p[0] - cjkBase) % 64)
		var b [3]byte
		utf8.EncodeRune(b[:], p[0])
		foldLead[b[0]&0x0F][b[1]&0x3F] = true
	}
}

// foldTraditional is the rule for text in traditional script: it returns
// s with the characters of traditionalPairs mapped to their simplified
// forms, byte for byte at the same offsets, and whether any was mapped.
// Text without them is returned as it is, without a copy.
func foldTraditional(s string) (string, bool) {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xE4 || c > 0xE9 { // CJK ideographs U+4E00..U+9FFF start E4..E9
			i++
			continue
		}
		if i+2 >= len(s) || !foldLead[c&0x0F][s[i+1]&0x3F] {
			i += 3 // valid UTF-8: a three-byte character none of the folded
			continue
		}
		r, n := rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		if s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			r, n = multiByteRuneAt(s[i:]) // not UTF-8 (a document's text may not be)
		}
		if r >= cjkBase && r <= 0x9FFF && foldBits[(r-cjkBase)/64]&(1<<((r-cjkBase)%64)) != 0 {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], foldTable[r-cjkBase])
		}
		i += n
	}
	if b == nil {
		return s, false
	}
	return string(b), true
}

// unfoldFigures gives the figures read from the folded copy of orig the
// words as written: the sentence is the original's, and in every other
// string a simplified character the fold may have made is written back in
// traditional script when the figure's sentence as written has that
// traditional character and not the simplified one. Units stay in
// simplified script (億元 → 亿元, 萬噸 → 万吨), the one spelling
// analysis.ParseUnit and NormalizeUnit read scales from; so do the private
// fields (a change's verb and base), which later rules read.
func unfoldFigures(figs []Figure, orig string) {
	unfoldWith(figs, orig, nil)
}

// unfoldWith is unfoldFigures with context giving the text as written of a
// figure that has no place in orig (a document's table cell); nil when
// every figure has one.
func unfoldWith(figs []Figure, orig string, context func(f *Figure) string) {
	script := documentScript(orig)
	for i := range figs {
		f := &figs[i]
		sent := f.Sentence
		if a, b := f.SentenceSpan[0], f.SentenceSpan[1]; b > 0 && a <= b && b <= len(orig) {
			sent = orig[a:b]
			f.Sentence = sent
		} else if context != nil {
			sent = context(f)
			f.Sentence = unfoldString(f.Sentence, sent)
		}
		u := func(t string) string { return unfoldStringIn(t, sent, script) }
		f.Indicator = u(f.Indicator)
		f.Section = u(f.Section)
		f.Period = u(f.Period)
		f.Qualifier = u(f.Qualifier)
		f.ChangeOf = u(f.ChangeOf)
		f.Parent = u(f.Parent)
		for k := range f.Changes {
			c := &f.Changes[k]
			c.Text = u(c.Text)
		}
		if len(f.Changes) > 0 {
			f.Change = &f.Changes[0]
		}
	}
}

// unfoldString writes back in traditional script the characters of t that
// sent, the sentence as written, has only in traditional script.
func unfoldString(t, sent string) string { return unfoldStringIn(t, sent, nil) }

// documentScript is the script the document orig writes each folded
// character in: the simplified forms whose traditional form orig writes
// and whose simplified form it does not. A word a figure takes from
// outside its sentence (a table's header over the row, 規模以上工業增加值
// over 0.89) is written back by it (unfoldStringIn).
func documentScript(orig string) map[rune]bool {
	trad, simp := map[rune]bool{}, map[rune]bool{}
	for i := 0; i < len(orig); {
		c := orig[i]
		if c < 0xE4 || c > 0xE9 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(orig[i:])
		if r >= cjkBase && r <= 0x9FFF {
			if f := foldTable[r-cjkBase]; f != 0 {
				trad[f] = true
			} else if _, ok := unfoldTable[r]; ok {
				simp[r] = true
			}
		}
		i += n
	}
	for r := range simp {
		delete(trad, r)
	}
	return trad
}

// unfoldStringIn is unfoldString for a figure of a document whose script
// is script (documentScript, nil for none): a character sent writes in
// neither form is written back as the document writes it.
func unfoldStringIn(t, sent string, script map[rune]bool) string {
	var b []byte
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		tr, ok := unfoldTable[r]
		if ok && !strings.ContainsRune(sent, r) && (strings.ContainsRune(sent, tr) || script[r]) {
			if b == nil {
				b = []byte(t)
			}
			utf8.EncodeRune(b[i:], tr)
		}
		i += n
	}
	if b == nil {
		return t
	}
	return string(b)
}

// foldDocument is foldTraditional for a document: a copy of d with its
// paragraphs', headings' and tables' texts folded, and whether any
// character was; d itself when none was.
func foldDocument(d *doc.Document) (*doc.Document, bool) {
	if !documentHasTraditional(d) {
		return d, false
	}
	nd := *d
	nd.Blocks = make([]doc.Block, len(d.Blocks))
	fold := func(t string) string {
		f, _ := foldTraditional(t)
		return f
	}
	for i, b := range d.Blocks {
		b.Text = fold(b.Text)
		if b.Table != nil {
			t := *b.Table
			t.Caption, t.Unit = fold(t.Caption), fold(t.Unit)
			t.Notes = make([]string, len(b.Table.Notes))
			for k, n := range b.Table.Notes {
				t.Notes[k] = fold(n)
			}
			t.Rows = make([][]doc.Cell, len(b.Table.Rows))
			for r, row := range b.Table.Rows {
				t.Rows[r] = make([]doc.Cell, len(row))
				for c, cell := range row {
					cell.Text = fold(cell.Text)
					t.Rows[r][c] = cell
				}
			}
			b.Table = &t
		}
		nd.Blocks[i] = b
	}
	return &nd, true
}

// documentHasTraditional reports whether any text of d has a character
// foldTraditional folds.
func documentHasTraditional(d *doc.Document) bool {
	has := func(t string) bool {
		_, ok := foldTraditional(t)
		return ok
	}
	for _, b := range d.Blocks {
		if has(b.Text) {
			return true
		}
		if b.Table == nil {
			continue
		}
		if has(b.Table.Caption) || has(b.Table.Unit) {
			return true
		}
		for _, n := range b.Table.Notes {
			if has(n) {
				return true
			}
		}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				if has(c.Text) {
					return true
				}
			}
		}
	}
	return false
}

// unfoldDocument gives the figures ExtractDocument read from the folded
// copy of d the words as written (unfoldFigures): a cell's or a note's by
// the text of its table as written.
func unfoldDocument(figs []Figure, d *doc.Document) {
	var tables []string // the text of each table as written, by Source.Table
	for _, b := range d.Blocks {
		if b.Kind != doc.TableBlock || b.Table == nil {
			continue
		}
		var sb strings.Builder
		sb.WriteString(b.Table.Caption)
		for _, row := range b.Table.Rows {
			for _, c := range row {
				sb.WriteString(" | ")
				sb.WriteString(c.Text)
			}
		}
		for _, n := range b.Table.Notes {
			sb.WriteString(n)
		}
		tables = append(tables, sb.String())
	}
	unfoldWith(figs, d.Text(), func(f *Figure) string {
		if k := f.Source.Table; k >= 1 && k <= len(tables) {
			return tables[k-1]
		}
		return ""
	})
}
