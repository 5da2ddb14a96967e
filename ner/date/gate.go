package date

import "unicode/utf8"

// Gates: for each rule group, the syllables its matches can start with, so
// that a word start runs only the rules that can match there.

type gate [11172]bool

func (g *gate) add(words ...string) *gate {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if isHangul(r) {
			g[r-0xAC00] = true
		}
	}
	return g
}

func (g *gate) has(r rune) bool { return isHangul(r) && g[r-0xAC00] }

var sinoStarts = []string{"영", "공", "일", "이", "삼", "사", "오", "육", "륙", "칠", "팔", "구", "십", "백", "천"}
var nativeStarts = []string{"하", "한", "둘", "두", "셋", "세", "석", "넷", "네", "넉", "다", "여", "일", "아", "열", "스", "서", "몇"}

var gYear, gPrefix, gMonth, gRel, gWeekday, gHoliday, gYearParts, gCount, gClock, gPod, gMisc gate

func init() {
	for _, w := range relYears {
		gYear.add(w.w)
	}
	gYear.add(sinoStarts...)
	gPrefix.add("지난", "오는", "다음", "이번", "저번")
	gMonth.add(sinoStarts...).add("유월", "시월")
	for _, w := range relDays {
		gRel.add(w.w)
	}
	for _, w := range relMonths {
		gRel.add(w.w)
	}
	for _, w := range relWeeks {
		gRel.add(w.w)
	}
	for _, w := range relQuarters {
		gRel.add(w.w)
	}
	gRel.add("이번", "지난", "다음", "오는")
	gWeekday.add(weekdays...)
	for _, h := range holidays {
		gHoliday.add(h.w)
	}
	gYearParts.add("상반기", "하반기", "연말", "연초").add(sinoStarts...)
	gCount.add(sinoStarts...).add(nativeStarts...)
	for _, w := range dayWords {
		gCount.add(w.w)
	}
	gPod.add(pods...)
	gClock.add(pods...).add(sinoStarts...).add(nativeStarts...)
	gMisc.add("이번", "지금", "방금", "정오", "자정")
	for _, g := range []*gate{&gYear, &gPrefix, &gMonth, &gRel, &gWeekday, &gHoliday, &gYearParts, &gCount, &gClock, &gPod, &gMisc} {
		for k, v := range g {
			if v {
				trigger[k] = true
			}
		}
	}
}
