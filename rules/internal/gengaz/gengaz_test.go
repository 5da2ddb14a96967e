package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sharedSrc is the shared gazetteer folder seen from this package's folder
// (rules/internal/gengaz → repository root → its parent).
const sharedSrc = "../../../../shared/gazetteers"

// TestCommittedFilesInSync regenerates every file into a temp dir and checks
// that the committed files under rules/data are byte-identical, so that the
// data and the generator cannot drift apart. Rerun the generator (see the
// comment at the top of main.go) when it fails.
func TestCommittedFilesInSync(t *testing.T) {
	if _, err := os.Stat(sharedSrc); err != nil {
		t.Skipf("shared gazetteers not found at %s: %v", sharedSrc, err)
	}
	files, err := generate(sharedSrc)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	out, names := filepath.Join(tmp, "gazetteer"), filepath.Join(tmp, "names")
	if err := writeFiles(files, out, names); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		gen, committed := filepath.Join(out, f.name), filepath.Join("..", "..", "data", "gazetteer", f.name)
		if f.names {
			gen, committed = filepath.Join(names, f.name), filepath.Join("..", "..", "data", "names", f.name)
		}
		want, err := os.ReadFile(gen)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(committed)
		if err != nil {
			t.Errorf("%s: %v (run: go run ./rules/internal/gengaz -src ../shared/gazetteers -out rules/data/gazetteer)", committed, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from a fresh regeneration (%s); rerun: go run ./rules/internal/gengaz -src ../shared/gazetteers -out rules/data/gazetteer", committed, firstDiff(got, want))
		}
	}

	// A few facts the brief asks for, checked on the real data.
	rows := map[string]map[string][]string{} // file → name → [label, aliases, attrs]
	for _, f := range files {
		if f.names {
			continue
		}
		rows[f.name] = parseOut(t, f.name, f.data)
	}
	checkRow(t, rows, "international_orgs.tsv", "아시아태평양경제협력체", "APEC", "")
	checkRow(t, rows, "regions.tsv", "제주특별자치도", "제주도", "kind=sido")
	checkRow(t, rows, "regions.tsv", "제주특별자치도", "제주", "")
	checkRow(t, rows, "regions.tsv", "제주특별자치도 서귀포시", "서귀포", "parent=제주특별자치도")
	checkRow(t, rows, "countries.tsv", "미국", "", "abbr=미,美")
	checkRow(t, rows, "universities.tsv", "퍼듀대학교", "퍼듀대", "")
	checkRow(t, rows, "government.tsv", "국가정보원", "국정원", "former=국가안전기획부")
	checkRow(t, rows, "companies.tsv", "대상", "", "ambiguous=1")
	checkRow(t, rows, "parties.tsv", "더불어민주당", "민주당", "status=current")
	checkRow(t, rows, "media.tsv", "연합뉴스", "", "weak=연합")
	for _, name := range []string{"서울특별시 중구", "부산광역시 중구"} {
		if strings.Contains(","+rows["regions.tsv"][name][1]+",", ",중,") {
			t.Errorf("%s has the one-syllable alias 중", name)
		}
	}
	surnames := string(files[len(files)-1].data)
	for _, s := range []string{"\n김\n", "\n남궁\n", "\n리\n", "\n황보\n"} {
		if !strings.Contains(surnames, s) {
			t.Errorf("surnames.txt lacks %q", strings.TrimSpace(s))
		}
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("first difference at line %d: committed %q, generated %q", i+1, x, y)
		}
	}
	return "no line differs"
}

// parseOut reads a generated gazetteer and checks the format rules: exactly
// 4 columns, known label, unique non-empty names, no empty alias, no alias
// equal to its own name, attrs made of key=value.
func parseOut(t *testing.T, name string, data []byte) map[string][]string {
	t.Helper()
	m := map[string][]string{}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			t.Fatalf("%s:%d: %d columns", name, i+1, len(c))
		}
		if c[0] == "" || m[c[0]] != nil {
			t.Errorf("%s:%d: empty or duplicate name %q", name, i+1, c[0])
		}
		if c[1] != "ORG" && c[1] != "PLACE" {
			t.Errorf("%s:%d: label %q", name, i+1, c[1])
		}
		if c[2] != "" {
			for _, a := range strings.Split(c[2], ",") {
				if a == "" || a == c[0] {
					t.Errorf("%s:%d: bad alias %q", name, i+1, a)
				}
			}
		}
		if c[3] != "" {
			for _, kv := range strings.Split(c[3], ";") {
				if k, _, ok := strings.Cut(kv, "="); !ok || k == "" {
					t.Errorf("%s:%d: attr %q is not key=value", name, i+1, kv)
				}
			}
		}
		m[c[0]] = c[1:]
	}
	return m
}

func checkRow(t *testing.T, rows map[string]map[string][]string, file, name, alias, attr string) {
	t.Helper()
	r := rows[file][name]
	if r == nil {
		t.Errorf("%s: no row %q", file, name)
		return
	}
	if alias != "" && !strings.Contains(","+r[1]+",", ","+alias+",") {
		t.Errorf("%s: %s: aliases %q lack %q", file, name, r[1], alias)
	}
	if attr != "" && !strings.Contains(";"+r[2]+";", ";"+attr+";") {
		t.Errorf("%s: %s: attrs %q lack %q", file, name, r[2], attr)
	}
}

// ---------------------------------------------------------------------------
// Conversion functions, without ../shared.

func TestRegionStem(t *testing.T) {
	for in, want := range map[string]string{
		"서귀포시": "서귀포", "수원시": "수원", "강남구": "강남", "고성군": "고성",
		"중구": "", "동구": "", "서울특별시": "", "경기도": "", "": "",
	} {
		if got := regionStem(in); got != want {
			t.Errorf("regionStem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDaeForm(t *testing.T) {
	for in, want := range map[string]string{
		"퍼듀대학교": "퍼듀대", "서울대학교": "서울대", "이화여자대학교": "이화여대",
		"포항공과대학교": "포항공대", "서울교육대학교": "서울교대", "경찰대학": "",
		"한양대학교 ERICA캠퍼스": "", "대학교": "", "한국과학기술원": "",
		"한국기술교육대학교": "한국기술교육대", "한국전력국제원자력대학원대학교": "",
	} {
		if got := daeForm(in); got != want {
			t.Errorf("daeForm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCompanyAmbiguity(t *testing.T) {
	names := map[string]bool{
		"대상": true, "동방": true, "SK": true, "LG": true, "E1": true, "3S": true, "X": true, "델": true,
		"삼성전자": false, "기아": false, "NAVER": false, "KCC": false, "AMD": false, "하이브": false,
	}
	for in, want := range names {
		if got := ambiguousCompanyName(in); got != want {
			t.Errorf("ambiguousCompanyName(%q) = %v, want %v", in, got, want)
		}
	}
	aliases := map[string]bool{"암": true, "셸": true, "지리": true, "GM": false, "MS": false, "삼전": false}
	for in, want := range aliases {
		if got := ambiguousCompanyAlias(in); got != want {
			t.Errorf("ambiguousCompanyAlias(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	if got := splitList(" a,b ,,c "); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("splitList = %q", got)
	}
	if got := dedupe([]string{"x", "a", "", "a", "b", "x"}, "x"); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("dedupe = %q", got)
	}
	if b, q := stripQualifier("광주(중국)"); b != "광주" || q != "중국" {
		t.Errorf("stripQualifier = %q %q", b, q)
	}
	if b, q := stripQualifier("워싱턴 D.C."); b != "워싱턴 D.C." || q != "" {
		t.Errorf("stripQualifier = %q %q", b, q)
	}
	if s, u := noteDates("new 2026-07-01 (old 중구 inland + 동구); verify"); s != "2026-07-01" || u != "" {
		t.Errorf("noteDates new = %q %q", s, u)
	}
	if s, u := noteDates("merged with 전라남도 into 전남광주통합특별시 on 2026-07-01 (x)"); s != "" || u != "2026-07-01" {
		t.Errorf("noteDates merged = %q %q", s, u)
	}
	if s, u := noteDates("강원도 until 2023-06-10 (old code 42)"); s != "" || u != "" {
		t.Errorf("noteDates rename = %q %q", s, u)
	}
	for in, want := range map[string]string{"부": "ministry", "청": "agency", "처(국무총리 소속)": "ministry_office",
		"대통령 소속 처": "ministry_office", "위원회(대통령 소속)": "commission", "헌법기관": "constitutional_body", "대통령 소속": "office"} {
		if got := govKind(in); got != want {
			t.Errorf("govKind(%q) = %q, want %q", in, got, want)
		}
	}
	if partyStatus("former (2017-2020)") != "former" || partyStatus("2024 satellite party (merged 2024)") != "former" || partyStatus("") != "current" {
		t.Error("partyStatus")
	}
}

// mkTable builds a source table from a header and rows written as TSV lines.
func mkTable(header string, lines ...string) *table {
	t := &table{file: "test.tsv", provenance: "test data", header: strings.Split(header, "\t")}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		r := map[string]string{}
		for i, c := range t.header {
			r[c] = f[i]
		}
		t.rows = append(t.rows, r)
	}
	return t
}

// rendered returns a function that renders the data rows of converted files.
func rendered(t *testing.T) func(fs []*file, err error) string {
	return func(fs []*file, err error) string { return renderOne(t, fs, err) }
}

func renderOne(t *testing.T, fs []*file, err error) string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, f := range fs {
		b, err := f.render()
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" && !strings.HasPrefix(l, "#") {
				all = append(all, l)
			}
		}
	}
	return strings.Join(all, "\n")
}

func TestConverters(t *testing.T) {
	got := rendered(t)(convIntl(mkTable("acronym\tkorean_name\tother_forms\tenglish_name\tnotes",
		"APEC\t아시아태평양경제협력체\t아태경제협력체,에이펙\tAsia-Pacific Economic Cooperation\t",
		"XYZ\t\t엑스와이지\tX Y Z\t")))
	want := "아시아태평양경제협력체\tORG\tAPEC,아태경제협력체,에이펙\tkind=intl_org;en=Asia-Pacific Economic Cooperation\n" +
		"XYZ\tORG\t엑스와이지\tkind=intl_org;en=X Y Z"
	if got != want {
		t.Errorf("convIntl:\n%s\nwant\n%s", got, want)
	}

	got = rendered(t)(convRegions(mkTable("code\tfull_name\tname\tlevel\tparent\tshort_forms\tnotes",
		"41\t경기도\t경기도\tsido\t\t경기\t",
		"50\t제주특별자치도\t제주특별자치도\tsido\t\t제주도,제주\t",
		"11140\t서울특별시 중구\t중구\tsigungu\t서울특별시\t\t",
		"50130\t제주특별자치도 서귀포시\t서귀포시\tsigungu\t제주특별자치도\t\t",
		"28125\t인천광역시 제물포구\t제물포구\tsigungu\t인천광역시\t제물포\tnew 2026-07-01 (x); verify")))
	want = "경기도\tPLACE\t\tkind=sido;code=41;weak=경기\n" +
		"제주특별자치도\tPLACE\t제주도,제주\tkind=sido;code=50\n" +
		"서울특별시 중구\tPLACE\t중구\tkind=sigungu;code=11140;parent=서울특별시\n" +
		"제주특별자치도 서귀포시\tPLACE\t서귀포시,서귀포\tkind=sigungu;code=50130;parent=제주특별자치도\n" +
		"인천광역시 제물포구\tPLACE\t제물포구,제물포\tkind=sigungu;code=28125;parent=인천광역시;since=2026-07-01;verify=1"
	if got != want {
		t.Errorf("convRegions:\n%s\nwant\n%s", got, want)
	}

	got = rendered(t)(convCountries(mkTable("iso2\tkorean_name\talternatives\tenglish_name",
		"US\t미국\t미,美,미합중국\tUnited States", "SD\t수단\t\tSudan")))
	want = "미국\tPLACE\t미합중국\tkind=country;code=US;en=United States;abbr=미,美\n" +
		"수단\tPLACE\t\tkind=country;code=SD;en=Sudan;ambiguous=1"
	if got != want {
		t.Errorf("convCountries:\n%s\nwant\n%s", got, want)
	}

	got = rendered(t)(convCities(mkTable("name\tcountry\talternatives\ttype",
		"광저우\tCN\t광주(중국)\tcity", "브뤼셀\tBE\t브뤼셀(유럽연합)\tcity")))
	want = "광저우\tPLACE\t\tkind=city;country=CN;weak=광주\n브뤼셀\tPLACE\t\tkind=city;country=BE"
	if got != want {
		t.Errorf("convCities:\n%s\nwant\n%s", got, want)
	}

	got = rendered(t)(convGovernment(mkTable("name\tshort_forms\tkind\tparent\tformer_names\tstatus\tnotes",
		"재정경제부\t재경부\t부\t국무총리\t기획재정부\tcurrent\t",
		"기획재정부\t기재부\t부\t국무총리\t\tformer\t")))
	want = "재정경제부\tORG\t재경부\tkind=ministry;type=부;parent=국무총리;status=current;former=기획재정부\n" +
		"기획재정부\tORG\t기재부\tkind=ministry;type=부;parent=국무총리;status=former;successor=재정경제부"
	if got != want {
		t.Errorf("convGovernment:\n%s\nwant\n%s", got, want)
	}

	got = rendered(t)(convCompanies(mkTable("name\tshort_forms\tmarket\tcode_or_country",
		"대상\t\tKOSPI\t001680", "LG\tLG그룹\tKOSPI,group\t003550", "삼성\t삼성그룹\tgroup\t",
		"ARM\t암,Arm\tforeign\tGB", "보령\t\tKOSPI\t003850"), map[string]bool{"보령": true}))
	want = "대상\tORG\t\tkind=company;market=KOSPI;code=001680;ambiguous=1\n" +
		"LG\tORG\tLG그룹\tkind=company;market=KOSPI;code=003550;group=1\n" +
		"삼성\tORG\t삼성그룹\tkind=group\n" +
		"ARM\tORG\tArm\tkind=foreign_company;country=GB;weak=암\n" +
		"보령\tORG\t\tkind=company;market=KOSPI;code=003850;ambiguous=1"
	if got != want {
		t.Errorf("convCompanies:\n%s\nwant\n%s", got, want)
	}

	got = rendered(t)(convUniversities(mkTable("name\tshort_forms\tkind\tcountry\tnotes",
		"퍼듀대학교\tPurdue\tforeign\tUS\t", "고려대학교\t고려대,고대\t4yr\tKR\t")))
	want = "퍼듀대학교\tORG\tPurdue,퍼듀대\tkind=university;type=foreign;country=US\n" +
		"고려대학교\tORG\t고려대\tkind=university;type=4yr;country=KR;weak=고대"
	if got != want {
		t.Errorf("convUniversities:\n%s\nwant\n%s", got, want)
	}

	fs, err := convPartiesMedia(mkTable("name\tshort_forms\tkind\tnotes",
		"더불어민주당\t민주당,민주\tparty\t", "새누리당\t\tparty\tformer (2012-2017)", "연합뉴스\t연합\tnews_agency\t"))
	if err != nil || len(fs) != 2 || fs[0].name != "parties.tsv" || fs[1].name != "media.tsv" || len(fs[0].rows) != 2 || len(fs[1].rows) != 1 {
		t.Fatalf("convPartiesMedia split wrong: %v", err)
	}
	got = renderOne(t, fs, nil)
	want = "더불어민주당\tORG\t민주당\tkind=party;status=current;weak=민주\n" +
		"새누리당\tORG\t\tkind=party;status=former\n" +
		"연합뉴스\tORG\t\tkind=media;type=news_agency;weak=연합"
	if got != want {
		t.Errorf("convPartiesMedia:\n%s\nwant\n%s", got, want)
	}

	b, n, err := convSurnames(mkTable("surname\trank\trank_source\tvariant\ttype",
		"김\t1\tx\t\tsingle", "이\t2\tx\t리\tsingle", "남궁\t78\tx\t\tcompound"))
	if err != nil || n != 4 || !strings.HasSuffix(string(b), "\n김\n이\n남궁\n리\n") {
		t.Errorf("convSurnames = %d %q %v", n, b, err)
	}
}

func TestRenderRejectsBadRows(t *testing.T) {
	src := &table{file: "t.tsv", provenance: "p"}
	for _, rows := range [][]*row{
		{{name: "a"}, {name: "a"}},
		{{name: ""}},
		{{name: "a\tb"}},
		{{name: "a", aliases: []string{"b,c"}}},
		{{name: "a", attrs: []attr{{"k", "x;y"}}}},
	} {
		f := &file{name: "t.tsv", source: src, label: "ORG", rows: rows}
		if _, err := f.render(); err == nil {
			t.Errorf("render accepted %+v", rows[len(rows)-1])
		}
	}
	f := &file{name: "t.tsv", source: src, label: "ORG", rows: []*row{{name: "a", aliases: []string{"a", "b", "b", ""}}}}
	b, err := f.render()
	if err != nil || !strings.HasSuffix(string(b), "\na\tORG\tb\t\n") {
		t.Errorf("render = %q, %v", b, err)
	}
}

func TestGroupAcronym(t *testing.T) {
	for s, want := range map[string]bool{"LG": true, "KT": true, "DB": false, "E1": false, "3S": false, "Sk": false, "ABC": false} {
		if got := groupAcronym(s); got != want {
			t.Errorf("groupAcronym(%q) = %v, want %v", s, got, want)
		}
	}
}
