package date

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner/internal/cputime"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// newsText builds about 200 KB of news-like prose: the example sentences
// between paragraphs of plain reporting with numbers but few dates, which
// is what an article mostly is.
func newsText(b *testing.B) string {
	var sb strings.Builder
	filler := "중소기업 지원 사업은 지역 산업 생태계를 살리는 데 초점을 맞췄다. 관계자는 현장의 목소리를 반영해 " +
		"제도를 보완하겠다고 설명했다. 참여 기업 120곳 가운데 절반 이상이 매출 증가를 경험했으며, 고용 인원도 " +
		"평균 3.5명 늘어난 것으로 나타났다. 전문가들은 예산 2조1955억원이 효율적으로 쓰이려면 성과 평가 체계를 " +
		"정비해야 한다고 지적했다. (서울=연합) 김기자 reporter@example.com\n"
	for _, p := range []string{"testdata/dates.jsonl", "testdata/times.jsonl", "testdata/negative.jsonl"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			var ex example
			if json.Unmarshal([]byte(l), &ex) == nil {
				sb.WriteString(ex.Text + " " + filler + filler)
			}
		}
	}
	one := sb.String()
	return strings.Repeat(one, 200*1024/len(one)+1)
}

func BenchmarkScan(b *testing.B) {
	text := newsText(b)
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		Scan(text, ref)
	}
	cputime.Report(b, c0, len(text))
}

// BenchmarkScanNews runs Scan over the article texts of the shared
// development corpus (skipped when it is absent): real articles, where
// most word starts are no date.
func BenchmarkScanNews(b *testing.B) {
	texts := testcorpus.News()
	if texts == nil {
		b.Skip("shared corpus absent")
	}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	testcorpus.Bench(b, texts, func(t string) { Scan(t, ref) })
}
