package numeric

import (
	_ "embed"
	"sort"
	"strings"
	"unicode/utf8"
)

//go:embed counters.txt
var countersTxt string

type kind uint8

const (
	kMoney kind = iota + 1
	kPercent
	kQuantity
)

// unitDef is a word that follows a numeral and gives it a meaning.
type unitDef struct {
	s        string
	kind     kind
	currency string // MONEY: ISO 4217 code
	name     string // PERCENT: "%" or "%p"; QUANTITY: the counter
	exp      int    // power of ten the value is multiplied by (센트: -2)
	native   bool   // takes native numerals (한 명)
	tight    bool   // takes them without a space too (두곳)
	strict   bool   // see counters.txt
	vkind    string // ner.Value.Kind of the QUANTITY: ordinal, age, count
	spaced   bool   // also written with a space after its first syllable (18번 홀)
}

func (u *unitDef) same(v *unitDef) bool {
	return u.kind == v.kind && u.currency == v.currency && u.name == v.name && u.exp == v.exp
}

// currencies written after the amount.
var currencyDefs = []unitDef{
	{s: "원", currency: "KRW"}, {s: "₩", currency: "KRW"}, {s: "KRW", currency: "KRW"},
	{s: "달러", currency: "USD"}, {s: "달러화", currency: "USD"}, {s: "불", currency: "USD"},
	{s: "$", currency: "USD"}, {s: "USD", currency: "USD"}, {s: "센트", currency: "USD", exp: -2},
	{s: "홍콩달러", currency: "HKD"}, {s: "호주달러", currency: "AUD"}, {s: "캐나다달러", currency: "CAD"},
	{s: "싱가포르달러", currency: "SGD"}, {s: "대만달러", currency: "TWD"}, {s: "뉴질랜드달러", currency: "NZD"},
	{s: "유로", currency: "EUR"}, {s: "유로화", currency: "EUR"}, {s: "EUR", currency: "EUR"}, {s: "€", currency: "EUR"},
	{s: "엔", currency: "JPY"}, {s: "엔화", currency: "JPY"}, {s: "JPY", currency: "JPY"},
	{s: "위안", currency: "CNY"}, {s: "위안화", currency: "CNY"}, {s: "CNY", currency: "CNY"},
	{s: "파운드", currency: "GBP"}, {s: "GBP", currency: "GBP"},
	{s: "스위스프랑", currency: "CHF"}, {s: "루블", currency: "RUB"}, {s: "루피", currency: "INR"},
	// written with the country apart (Recognizers-Text writes them so)
	{s: "미국 달러", currency: "USD"}, {s: "미국달러", currency: "USD"}, {s: "미 달러", currency: "USD"},
	{s: "홍콩 달러", currency: "HKD"}, {s: "호주 달러", currency: "AUD"}, {s: "캐나다 달러", currency: "CAD"},
	{s: "싱가포르 달러", currency: "SGD"}, {s: "대만 달러", currency: "TWD"},
	{s: "뉴질랜드 달러", currency: "NZD"}, {s: "스위스 프랑", currency: "CHF"}, {s: "프랑", currency: "CHF"},
	{s: "파운드화", currency: "GBP"}, {s: "펜스", currency: "GBP", exp: -2}, {s: "페니", currency: "GBP", exp: -2},
	{s: "인도 루피", currency: "INR"}, {s: "러시아 루블", currency: "RUB"}, {s: "루블화", currency: "RUB"},
	{s: "중국 위안", currency: "CNY"}, {s: "인민폐", currency: "CNY"}, {s: "일본 엔", currency: "JPY"},
	{s: "바트", currency: "THB"}, {s: "태국 바트", currency: "THB"}, {s: "베트남 동", currency: "VND"},
	{s: "루피아", currency: "IDR"}, {s: "인도네시아 루피아", currency: "IDR"}, {s: "링깃", currency: "MYR"},
	{s: "말레이시아 링깃", currency: "MYR"}, {s: "헤알", currency: "BRL"}, {s: "브라질 헤알", currency: "BRL"},
	{s: "리라", currency: "TRY"}, {s: "튀르키예 리라", currency: "TRY"}, {s: "터키 리라", currency: "TRY"},
	{s: "멕시코 페소", currency: "MXN"}, {s: "필리핀 페소", currency: "PHP"}, {s: "아르헨티나 페소", currency: "ARS"},
	{s: "칠레 페소", currency: "CLP"}, {s: "콜롬비아 페소", currency: "COP"},
	{s: "디르함", currency: "AED"}, {s: "리얄", currency: "SAR"}, {s: "사우디 리얄", currency: "SAR"},
	{s: "카타르 리얄", currency: "QAR"}, {s: "랜드", currency: "ZAR"}, {s: "남아공 랜드", currency: "ZAR"},
	{s: "스웨덴 크로나", currency: "SEK"}, {s: "크로나", currency: "SEK"}, {s: "노르웨이 크로네", currency: "NOK"},
	{s: "덴마크 크로네", currency: "DKK"}, {s: "즐로티", currency: "PLN"}, {s: "포린트", currency: "HUF"},
	{s: "코루나", currency: "CZK"}, {s: "루피화", currency: "INR"},
	{s: "파키스탄 루피", currency: "PKR"}, {s: "이집트 파운드", currency: "EGP"}, {s: "몽골 투그릭", currency: "MNT"},
	{s: "투그릭", currency: "MNT"}, {s: "텡게", currency: "KZT"}, {s: "흐리브냐", currency: "UAH"},
	// currencies of before the euro, still met in older reports
	{s: "프랑스 프랑", currency: "FRF"}, {s: "벨기에 프랑", currency: "BEF"}, {s: "독일 마르크", currency: "DEM"},
	{s: "마르크", currency: "DEM"}, {s: "핀란드 마르카", currency: "FIM"}, {s: "마르카", currency: "FIM"},
	{s: "네덜란드 휠던", currency: "NLG"}, {s: "휠던", currency: "NLG"}, {s: "길더", currency: "NLG"},
	{s: "페세타", currency: "ESP"}, {s: "이탈리아 리라", currency: "ITL"},
}

// currencies written before the amount ($49, US$ 3.5 billion, ₩1,000).
var prefixDefs = []struct{ s, currency string }{
	{"US$", "USD"}, {"USD", "USD"}, {"$", "USD"}, {"₩", "KRW"}, {"KRW", "KRW"},
	{"€", "EUR"}, {"EUR", "EUR"}, {"£", "GBP"}, {"GBP", "GBP"}, {"¥", "JPY"}, {"JPY", "JPY"},
	{"CNY", "CNY"}, {"RMB", "CNY"},
}

var percentDefs = []unitDef{
	{s: "%", name: "%"}, {s: "％", name: "%"}, {s: "퍼센트", name: "%"},
	{s: "%p", name: "%p"}, {s: "%P", name: "%p"}, {s: "%pt", name: "%p"}, {s: "％p", name: "%p"},
	{s: "%포인트", name: "%p"}, {s: "％포인트", name: "%p"}, {s: "퍼센트포인트", name: "%p"},
}

// English scale words after a prefixed amount (US$ 3.5 billion).
var scaleWords = []struct {
	s   string
	exp int
}{{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}}

// Context words that make a bare 억/조 amount an amount of won:
// before it in the sentence (예산 2조1955억) or right after it (214억 투자).
var krwBefore = []string{"예산", "사업비", "규모", "매출", "투자", "국비", "도비", "시비", "군비", "구비",
	"총액", "총 ", "기금", "자금", "출자", "출연", "보조금", "지원금", "융자", "재원", "세수", "세입",
	"세출", "부채", "적자", "흑자", "이익", "손실", "자산", "시가총액", "비용", "금액", "펀드", "계약",
	"수주", "배정", "편성", "투입", "증액", "감액", "삭감", "추경", "예산안", "지원"}

// Words that hold or move money: right before a bare amount they make it
// won even below 억 (연봉 5000만, 계좌에 1억).
var krwStrong = []string{"계좌", "입금", "송금", "출금", "이체", "대출금", "대출", "벌금", "과징금", "과태료",
	"배상금", "보상금", "위로금", "합의금", "피해액", "연봉", "월급", "급여", "상금", "보증금", "전세금",
	"계약금", "현금", "뇌물", "횡령액", "예금", "적금", "매출액", "연매출", "순이익", "영업이익", "시가총액", "몸값"}
var krwAfter = []string{"투자", "투입", "편성", "집중", "규모", "지원", "배정", "증액", "감액", "삭감",
	"매출", "수주", "출자", "조성", "확보", "지출", "집행", "들여", "예산"}

// Nouns counted with 대 (저상버스 300대) and what is done with them (300대
// 도입): they make 대 a counter where it could be the N major (4대 강국,
// 100대 기업) or an age group (20대).
var machineNouns = []string{"버스", "차량", "전기차", "수소차", "화물차", "승합차", "택시", "트럭", "드론", "로봇", "기계", "장비", "항공기",
	"비행기", "헬기", "전투기", "열차", "전동차", "충전기", "단말기", "컴퓨터", "PC", "노트북", "태블릿",
	"서버", "카메라", "CCTV", "스마트폰", "휴대폰", "기기", "오토바이", "자전거", "킥보드", "굴착기",
	"크레인", "전차", "탱크", "자동차", "승용차", "구급차", "소방차", "순찰차", "키오스크"}
var machineVerbs = []string{"도입", "보급", "판매", "배치", "투입", "구매", "구입", "생산", "수출", "운행",
	"설치", "증차", "주문", "출고", "납품", "리콜", "등록", "팔렸", "팔린"}

// Words after a change: up or down.
var upStems = []string{"증가", "늘어", "늘었", "늘린", "늘려", "늘리", "늘며", "늘면", "늘고", "늘", "확대",
	"상승", "오른", "올랐", "올라", "올린", "올려", "오르", "인상", "증액", "급증", "급등", "성장",
	"높아", "높인", "높여", "높였", "올렸", "끌어올", "상향", "뛰었", "뛴", "확충", "신장", "불어"}
var downStems = []string{"감소", "줄어", "줄었", "줄인", "줄여", "줄였", "줄이", "줄며", "줄면", "줄고", "하락",
	"축소", "감액", "삭감", "떨어", "내린", "내렸", "내려", "내리", "인하", "급감", "급락", "낮아",
	"낮춘", "낮췄", "낮춰", "하향", "감축", "둔화", "후퇴", "뒷걸음"}

// Words before a change that compare it with something (전년 대비).
var compareWords = []string{"대비", "보다", "비해", "比"}

// unitIndex maps the first rune of a unit word to its definitions,
// longest first: ASCII runes by an array, the others by a map.
type unitIndex struct {
	ascii [128][]*unitDef
	other map[rune][]*unitDef
	// other's Hangul keys without hashing: hangul[hidx[syllable]]
	hidx   [11172]uint8
	hangul [][]*unitDef
}

func (x *unitIndex) add(u *unitDef) {
	r, _ := utf8.DecodeRuneInString(u.s)
	if r < 128 {
		x.ascii[r] = append(x.ascii[r], u)
		return
	}
	x.other[r] = append(x.other[r], u)
}

func (x *unitIndex) lookup(s string, i int) []*unitDef {
	if c := s[i]; c < 128 {
		return x.ascii[c]
	}
	if r, ok := syllableAt(s, i); ok {
		return x.hangul[x.hidx[r-0xAC00]]
	}
	r, _ := decodeRune(s, i)
	return x.other[r]
}

func (x *unitIndex) sort() {
	byLen := func(us []*unitDef) {
		sort.SliceStable(us, func(a, b int) bool { return len(us[a].s) > len(us[b].s) })
	}
	for i := range x.ascii {
		byLen(x.ascii[i])
	}
	x.hangul = [][]*unitDef{nil}
	for r, us := range x.other {
		byLen(us)
		if isHangul(r) {
			if len(x.hangul) == 256 {
				panic("numeric: more than 255 first syllables of units")
			}
			x.hidx[r-0xAC00] = uint8(len(x.hangul))
			x.hangul = append(x.hangul, us)
		}
	}
}

var units = buildUnits()

func buildUnits() *unitIndex {
	x := &unitIndex{other: map[rune][]*unitDef{}}
	for i := range currencyDefs {
		u := &currencyDefs[i]
		u.kind = kMoney
		x.add(u)
	}
	for i := range percentDefs {
		u := &percentDefs[i]
		u.kind = kPercent
		x.add(u)
	}
	for _, u := range parseCounters(countersTxt) {
		x.add(u)
	}
	x.sort()
	return x
}

// parseCounters reads counters.txt: "COUNTER [FLAGS…]" lines, # comments.
func parseCounters(txt string) []*unitDef {
	var out []*unitDef
	for _, line := range strings.Split(txt, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		u := &unitDef{s: f[0], kind: kQuantity, name: f[0]}
		for _, flag := range f[1:] {
			switch flag {
			case "native":
				u.native = true
			case "tight":
				u.tight = true
			case "strict":
				u.strict = true
			case "spaced":
				u.spaced = true
			case "kind=ordinal", "kind=age", "kind=count":
				u.vkind = strings.TrimPrefix(flag, "kind=")
			default:
				panic("numeric: counters.txt: unknown flag " + flag)
			}
		}
		out = append(out, u)
	}
	return out
}

// spacedCounters are the counters marked spaced in counters.txt, by their
// first syllable, a counter of its own (번 of 번홀): after 18번, one space
// and the rest (홀) make 18번 홀 one mention of the longer counter.
var spacedCounters = func() map[string][]*unitDef {
	m := map[string][]*unitDef{}
	for _, u := range parseCounters(countersTxt) {
		if u.spaced {
			_, n := utf8.DecodeRuneInString(u.s)
			m[u.s[:n]] = append(m[u.s[:n]], u)
		}
	}
	return m
}()

// spacedAfter returns the spaced counter that first (a counter read at
// s[:e]) starts when one space and its rest follow at e, and the end of
// that rest; nil when none does.
func spacedAfter(s string, e int, first string) (*unitDef, int) {
	if e >= len(s) || s[e] != ' ' {
		return nil, e
	}
	for _, u := range spacedCounters[first] {
		rest := u.s[len(first):]
		if end := e + 1 + len(rest); hasPrefix(s[e+1:], rest) && wordEnds(s, end, 0x80) {
			return u, end
		}
	}
	return nil, e
}

// Counters returns the counters that make a QUANTITY, as listed in the
// embedded counters.txt.
func Counters() []string {
	var out []string
	for _, u := range parseCounters(countersTxt) {
		out = append(out, u.s)
	}
	return out
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// particleStart reports whether a syllable can start what may follow a
// unit word inside the same word: a particle (은/는/이/가/을/를/의/에/으로/
// 도/만/부터/까지/씩…), a copula (이다, 인), or a qualifier (가량, 여, 대,
// 안팎, 정도, 이상, 초과, 미만, 선, 규모).
func particleStart(r rune) bool {
	switch r {
	case '은', '는', '이', '가', '을', '를', '의', '에', '로', '으', '와', '과', '도', '만', '부', '까',
		'씩', '당', '뿐', '께', '보', '밖', '나', '며', '인', '였', '라', '란', '야', '짜', '어', '여',
		'쯤', '대', '안', '정', '남', '내', '규', '초', '미', '서', '랑', '엔', '선', '요', '다', '든', '입':
		return true
	}
	return false
}

// particleStarts is particleStart over the syllables, as a bit set.
var particleStarts = func() (t sylSet) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if particleStart(r) {
			t.add(r)
		}
	}
	return
}()

// wordEnds reports whether the unit word ending at s[i:] is complete: what
// follows is not a letter continuing the word.
func wordEnds(s string, i int, last byte) bool {
	if i >= len(s) {
		return true
	}
	if last < 0x80 {
		return !isASCIIAlnum(s[i]) || !isASCIIAlnum(last)
	}
	r, ok := syllableAt(s, i)
	return !ok || particleStarts.has(r)
}

// boundWords may follow a strict counter after a space (300대 이상).
var boundWords = []string{"이상", "이하", "미만", "초과", "가량", "정도", "안팎", "남짓", "규모", "분량", "씩"}

func strictEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	if c == ' ' {
		for _, w := range boundWords {
			if hasPrefix(s[i+1:], w) {
				return true
			}
		}
		return false
	}
	if c < 0x80 {
		return !isASCIIAlnum(c)
	}
	r, _ := decodeRune(s, i)
	if !isHangul(r) {
		return true
	}
	switch r {
	case '를', '을', '가', '이', '의', '에', '와', '과', '도', '로', '씩', '는', '만', '까', '부':
		return true
	}
	return false
}

// matchUnit finds the longest unit word at s[i:] that ends its word.
func matchUnit(s string, i int) *unitDef {
	if i >= len(s) {
		return nil
	}
	for _, u := range units.lookup(s, i) {
		if !hasPrefix(s[i:], u.s) {
			continue
		}
		e := i + len(u.s)
		if u.kind == kQuantity && hasPrefix(s[e:], "당") {
			continue // 1인당, 10명당: a rate, not a count
		}
		if u.s == "회" && (hasPrefix(s[e:], "초") || hasPrefix(s[e:], "말")) ||
			u.s == "학년" && hasPrefix(s[e:], "도") && i >= 4 && isDigit(s[i-4]) {
			continue // 9회초 (an inning), 2025학년도 (a school year)
		}
		if u.strict {
			if !strictEnds(s, e) {
				continue
			}
		} else if !wordEnds(s, e, u.s[len(u.s)-1]) {
			continue
		}
		return u
	}
	return nil
}

// IsUnitAt reports whether a currency, percent word or counter starts a
// word at s[i:] (명, 원, 가구, 달러): what makes a number before it an
// amount rather than a year or a name.
func IsUnitAt(s string, i int) bool { return matchUnit(s, i) != nil }

// hasPrefix is strings.HasPrefix, testing the last byte of w first: the
// words compared share their first bytes (Hangul lead bytes) more often
// than their last.
func hasPrefix(s, w string) bool {
	n := len(w)
	return len(s) >= n && (n == 0 || s[n-1] == w[n-1]) && s[:n] == w
}

// hasSuffix is strings.HasSuffix, testing the last byte of w first.
func hasSuffix(s, w string) bool {
	n, m := len(w), len(s)
	return m >= n && (n == 0 || s[m-1] == w[n-1]) && s[m-n:] == w
}
