// Command gengaz turns the shared gazetteer fact lists (shared/gazetteers/*.tsv)
// into kpolicy's own gazetteer data files (rules/data/gazetteer/*.tsv) and the
// surname list (rules/data/names/surnames.txt).
//
// Run it from the repository root (/work/main), with the shared data folder
// beside the repository:
//
//	go run ./rules/internal/gengaz -src ../shared/gazetteers -out rules/data/gazetteer
//
// Flags:
//
//	-src    folder holding the shared *.tsv lists (default ../shared/gazetteers)
//	-out    folder for the generated gazetteer files (default rules/data/gazetteer)
//	-names  folder for surnames.txt (default: <out>/../names)
//
// The output is deterministic: rows keep the order of the source file, aliases
// keep source order (duplicates removed), attrs come in a fixed key order.
// Running it twice gives byte-identical files; gengaz_test.go checks that the
// committed files equal a fresh regeneration, so after editing this program or
// the shared lists, rerun it and commit the data together with the code.
//
// Output format (every generated .tsv):
//
//	# comment lines (description, source, columns, decisions)
//	name<TAB>label<TAB>aliases<TAB>attrs
//
// name = canonical name (unique in the file); label = ORG or PLACE;
// aliases = other surface forms, comma-separated (may be empty);
// attrs = key=value pairs separated by ';' (may be empty). List-valued attrs
// (former, successor, abbr, weak) use ',' between items.
//
// Attrs shared by several files:
//
//	kind=      what the entity is (sido, sigungu, gu, country, city, ministry, ...)
//	ambiguous=1  the canonical name itself is an ordinary word (or very short):
//	             match it only with context; the aliases of the row are safe.
//	weak=a,b   surface forms that the source lists but that are ordinary words
//	           (see commonWords) or otherwise ambiguous; they are kept out of
//	           the aliases column so that a matcher does not fire on them blindly.
//	abbr=美     one-character headline abbreviations of a country (countries.tsv).
//	verify=1   the source notes say something about the row is unverified.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	src := flag.String("src", "../shared/gazetteers", "folder with the shared gazetteer *.tsv lists")
	out := flag.String("out", "rules/data/gazetteer", "output folder for the gazetteer files")
	names := flag.String("names", "", "output folder for surnames.txt (default <out>/../names)")
	flag.Parse()
	namesDir := *names
	if namesDir == "" {
		namesDir = filepath.Join(filepath.Dir(filepath.Clean(*out)), "names")
	}
	files, err := generate(*src)
	if err == nil {
		err = writeFiles(files, *out, namesDir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengaz:", err)
		os.Exit(1)
	}
	for _, f := range files {
		fmt.Printf("%s: %d rows\n", f.name, f.rows)
	}
}

// writeFiles writes the generated files: gazetteers to out, surnames.txt to
// namesDir. Files of the folders that gengaz does not generate are left alone.
func writeFiles(files []outFile, out, namesDir string) error {
	for _, f := range files {
		dir := out
		if f.names {
			dir = namesDir
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// outFile is one generated file.
type outFile struct {
	name  string // base name, e.g. "regions.tsv"
	names bool   // true: goes to the names folder, not the gazetteer folder
	data  []byte
	rows  int
}

// generate reads every source list under src and returns the generated files
// in a fixed order. It writes nothing.
func generate(src string) ([]outFile, error) {
	type job struct {
		source string
		conv   func(*table) ([]*file, error)
	}
	places := map[string]bool{} // every PLACE surface form, filled as the place files are made
	jobs := []job{
		{"admin_regions.tsv", convRegions},
		{"countries_ko.tsv", convCountries},
		{"world_cities_ko.tsv", convCities},
		{"central_government.tsv", convGovernment},
		{"public_institutions.tsv", convPublic},
		{"international_orgs.tsv", convIntl},
		{"companies.tsv", func(t *table) ([]*file, error) { return convCompanies(t, places) }},
		{"universities.tsv", convUniversities},
		{"parties_media.tsv", convPartiesMedia},
	}
	var outs []outFile
	for _, j := range jobs {
		t, err := readTable(filepath.Join(src, j.source))
		if err != nil {
			return nil, err
		}
		fs, err := j.conv(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.source, err)
		}
		for _, f := range fs {
			if f.label == "PLACE" {
				for _, r := range f.rows {
					places[r.name] = true
					for _, a := range r.aliases {
						places[a] = true
					}
				}
			}
			data, err := f.render()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f.name, err)
			}
			outs = append(outs, outFile{name: f.name, data: data, rows: len(f.rows)})
		}
	}
	t, err := readTable(filepath.Join(src, "surnames_ko.tsv"))
	if err != nil {
		return nil, err
	}
	data, n, err := convSurnames(t)
	if err != nil {
		return nil, fmt.Errorf("surnames_ko.tsv: %w", err)
	}
	outs = append(outs, outFile{name: "surnames.txt", names: true, data: data, rows: n})
	return outs, nil
}

// ---------------------------------------------------------------------------
// Reading the source lists.

// table is one parsed source list.
type table struct {
	file       string              // base name
	provenance string              // line 1 without the leading "# "
	header     []string            // column names (line 2)
	rows       []map[string]string // one map per data row, keyed by column
}

func readTable(path string) (*table, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(raw) {
		return nil, fmt.Errorf("%s: not UTF-8", path)
	}
	text := strings.TrimPrefix(string(raw), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "#") {
		return nil, fmt.Errorf("%s: expected a '#' provenance line and a header row", path)
	}
	t := &table{
		file:       filepath.Base(path),
		provenance: strings.TrimSpace(strings.TrimPrefix(lines[0], "#")),
		header:     strings.Split(lines[1], "\t"),
	}
	for i, line := range lines[2:] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != len(t.header) {
			return nil, fmt.Errorf("%s line %d: %d fields, header has %d", path, i+3, len(f), len(t.header))
		}
		row := make(map[string]string, len(f))
		for k, col := range t.header {
			row[col] = strings.TrimSpace(f[k])
		}
		t.rows = append(t.rows, row)
	}
	return t, nil
}

// splitList splits a comma-separated list column into trimmed, non-empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// Output model.

// attr is one key=value pair; attrs keep the order in which they were added.
type attr struct{ key, val string }

type row struct {
	name    string
	aliases []string
	attrs   []attr
}

// add appends an attr when val is not empty.
func (r *row) add(key, val string) {
	if val != "" {
		r.attrs = append(r.attrs, attr{key, val})
	}
}

// addList appends a list-valued attr (items joined by ',') when not empty.
func (r *row) addList(key string, vals []string) {
	vals = dedupe(vals, "")
	if len(vals) > 0 {
		r.attrs = append(r.attrs, attr{key, strings.Join(vals, ",")})
	}
}

type file struct {
	name      string   // output base name
	what      string   // first comment line
	source    *table   // where it came from
	label     string   // ORG or PLACE
	decisions []string // comment lines describing data decisions
	rows      []*row
}

// dedupe removes empty strings, exact duplicates and items equal to skip,
// keeping first occurrences in order.
func dedupe(xs []string, skip string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x == "" || x == skip || seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

var errBadField = errors.New("bad field")

// checkForm reports whether s can be written as a name or alias.
func checkForm(s string) error {
	switch {
	case strings.TrimSpace(s) == "":
		return fmt.Errorf("%w: empty form", errBadField)
	case s != strings.TrimSpace(s):
		return fmt.Errorf("%w: surrounding space in %q", errBadField, s)
	case strings.ContainsAny(s, "\t\r\n,"):
		return fmt.Errorf("%w: tab, newline or comma in %q", errBadField, s)
	}
	return nil
}

// render writes the file: header comments, then one line per row.
func (f *file) render() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n", f.what)
	fmt.Fprintf(&b, "# source: %s — %s\n", f.source.file, f.source.provenance)
	b.WriteString("# columns: name<TAB>label<TAB>aliases<TAB>attrs\n")
	b.WriteString("# name = canonical name; label = ORG|PLACE; aliases = other surface forms, comma-separated;\n")
	b.WriteString("# attrs = key=value pairs separated by ';' (kind, status, country, parent, code...)\n")
	b.WriteString("# generated by rules/internal/gengaz (go run ./rules/internal/gengaz -src ../shared/gazetteers -out rules/data/gazetteer); edit the generator or add your own file\n")
	if len(f.decisions) > 0 {
		b.WriteString("#\n# decisions:\n")
		for _, d := range f.decisions {
			fmt.Fprintf(&b, "# - %s\n", d)
		}
	}
	b.WriteString("\n")
	seen := map[string]bool{}
	for _, r := range f.rows {
		if err := checkForm(r.name); err != nil {
			return nil, err
		}
		if seen[r.name] {
			return nil, fmt.Errorf("duplicate name %q", r.name)
		}
		seen[r.name] = true
		r.aliases = dedupe(r.aliases, r.name)
		for _, a := range r.aliases {
			if err := checkForm(a); err != nil {
				return nil, fmt.Errorf("%s: %w", r.name, err)
			}
		}
		var as []string
		keys := map[string]bool{}
		for _, a := range r.attrs {
			if a.key == "" || strings.ContainsAny(a.key, "=;\t\n ") || strings.ContainsAny(a.val, ";\t\r\n") {
				return nil, fmt.Errorf("%s: %w: attr %q=%q", r.name, errBadField, a.key, a.val)
			}
			if keys[a.key] {
				return nil, fmt.Errorf("%s: attr %q twice", r.name, a.key)
			}
			keys[a.key] = true
			as = append(as, a.key+"="+a.val)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", r.name, f.label, strings.Join(r.aliases, ","), strings.Join(as, ";"))
	}
	return b.Bytes(), nil
}

// ---------------------------------------------------------------------------
// Word classes.

// isHangul reports whether every rune of s is a precomposed Hangul syllable.
func isHangul(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// isASCIIAlnum reports whether s is made of ASCII letters and digits only.
func isASCIIAlnum(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// commonWords lists surface forms that the source lists give as names or
// short forms but that are, far more often, ordinary Korean words (or a
// different, more frequent referent) in news text. They are never matched
// blindly: as a canonical name the row gets ambiguous=1, as an alias the
// form moves to weak=. The list aims at the obvious cases only; the gloss says
// why each is here. It is applied to every file except central_government
// (whose metonyms such as 경찰, 검찰, 용산 are kept on purpose).
var commonWords = map[string]string{
	// region names and short forms (admin_regions.tsv)
	"경기": "economy, match (경기 침체)", "동작": "motion", "수영": "swimming", "사상": "ideology; 사상 최대 'record'",
	"연수": "training", "남동": "south-east", "동남": "south-east", "서북": "north-west", "서해": "Yellow Sea",
	"동해": "East Sea", "남해": "South Sea", "강화": "strengthening", "수성": "defending (a title)",
	"달성": "achievement", "유성": "meteor", "광산": "mine", "구리": "copper", "오산": "miscalculation",
	"용인": "toleration", "화성": "Mars", "광명": "light", "이천": "two thousand", "사천": "four thousand; Sichuan",
	"기장": "captain (aircraft)", "상당": "considerable", "동안": "during", "만세": "hurrah", "수정": "revision",
	"수지": "balance (of payments); resin", "단원": "member", "상록": "evergreen", "중원": "central plains",
	"서원": "Confucian academy; vow", "음성": "voice", "예산": "budget", "부여": "granting", "보은": "repaying a kindness",
	"공주": "princess", "진도": "progress", "장수": "longevity; general", "영광": "glory", "장성": "general (rank)",
	"고성": "loud voice", "고령": "old age", "영양": "nutrition", "양산": "mass production", "진주": "pearl",
	"거창": "grandiose", "경주": "race", "구미": "taste; Europe and America", "전주": "previous week",
	"상주": "resident", "성주": "lord of a castle", "영주": "lord; permanent residence", "양주": "Western liquor",
	"강진": "strong earthquake", "완주": "finishing (a race)", "청원": "petition", "봉화": "beacon fire",
	"구례": "old custom", "신안": "new bill", "곡성": "wailing", "무안": "embarrassment", "무주": "ownerless",
	"장안": "the capital (장안의 화제)", "고양": "uplift (사기 고양)",
	// company names and short forms (companies.tsv)
	"대상": "target", "동방": "the East", "동서": "east and west", "채비": "preparations", "화신": "incarnation",
	"대동": "great unity", "선진": "advanced", "성우": "voice actor", "일승": "one win", "나노": "nano",
	"동양": "the Orient", "핑거": "finger", "신원": "identity", "한독": "Korea-Germany", "레이": "ray",
	"신흥": "emerging", "대교": "large bridge", "서남": "south-west", "서한": "letter", "노을": "sunset glow",
	"유신": "Yushin (restoration)", "덕성": "virtue", "레몬": "lemon", "대모": "godmother", "우성": "dominant",
	"태양": "sun", "대원": "members", "전방": "front line", "코디": "coordinator", "신풍": "new trend",
	"진영": "camp (political)", "상보": "detailed report", "삼진": "strike-out", "아하": "aha", "남성": "male",
	"배럴": "barrel", "한창": "at its height", "삼일": "three days; 3.1", "씨앗": "seed", "캐리": "carry",
	"동원": "mobilisation", "중흥": "revival", "비자": "visa", "발레": "ballet", "대창": "beef intestines",
	"더즌": "dozen", "포톤": "photon", "지리": "geography", "토탈": "total", "씨티": "city", "삼바": "samba",
	"엑스": "the letter X", "우리로": "우리+로 'to us'", "정다운": "affectionate", "나무가": "나무+가 'the tree'",
	"유니온": "union", "유니크": "unique", "오로라": "aurora", "손오공": "Sun Wukong", "질경이": "plantain (plant)",
	"광전자": "photoelectron", "사람인": "사람+이다 'is a person'", "알파벳": "alphabet", "머스크": "Elon Musk",
	// countries and world cities
	"수단": "means", "오만": "arrogance", "저지": "blocking",
	"선전": "propaganda; doing well", "신주": "new shares", "개성": "personality", "시안": "draft plan",
	"상해": "bodily injury", "소주": "soju", "대북": "towards North Korea", "천진": "innocence",
	"동경": "longing; east longitude", "크림": "cream", "가자": "let's go", "서안": "west coast", "나선": "spiral",
	"원산": "place of origin", "빈": "empty", "리가": "(그럴) 리가", "성도": "believer",
	// parties, media, universities, public institutions
	"민주": "democracy", "국민의 힘": "'the power of the people' (phrase)", "연합": "alliance", "조선": "Joseon",
	"중앙": "centre", "동아": "East Asia", "경향": "tendency", "고대": "ancient", "연대": "solidarity; decade",
	"성대": "vocal cords; grand", "이대": "two generations", "공사": "construction work", "해사": "maritime affairs",
	"수은": "mercury", "예보": "forecast", "도공": "potter", "수공": "handicraft",
}

// splitWeak separates the forms that are ordinary words (commonWords) from
// the others. Both results keep the input order.
func splitWeak(forms []string) (keep, weak []string) {
	for _, f := range forms {
		if _, ok := commonWords[f]; ok {
			weak = append(weak, f)
		} else {
			keep = append(keep, f)
		}
	}
	return keep, weak
}

// commonWordsDecision is the decision line shared by the files that use commonWords.
const commonWordsDecision = "surface forms that are ordinary Korean words (explicit list commonWords in the generator, e.g. 경기, 예산, 대상, 연합, 공사) " +
	"are not aliases: as an alias they go to weak=..., as the canonical name the row gets ambiguous=1 (match only with context)"

// ---------------------------------------------------------------------------
// admin_regions.tsv → regions.tsv

var (
	reUntil = regexp.MustCompile(`^(?:abolished|reorganised) (\d{4}-\d{2}-\d{2})|^merged with .*? on (\d{4}-\d{2}-\d{2})`)
	reSince = regexp.MustCompile(`^(?:new|launched|re-established) (\d{4}-\d{2}-\d{2})`)
)

// noteDates reads a since/until date from a region note ("new 2026-07-01 ...",
// "abolished 2026-07-01 ...", "merged with ... on 2026-07-01 ...").
func noteDates(note string) (since, until string) {
	if m := reSince.FindStringSubmatch(note); m != nil {
		since = m[1]
	}
	if m := reUntil.FindStringSubmatch(note); m != nil {
		until = m[1] + m[2]
	}
	return since, until
}

// regionStem returns the bare short form of a 시/군/구 name (서귀포시 → 서귀포),
// or "" when there is none worth adding: the name does not end in 시/군/구 or
// is a 특별시/광역시/특별자치시, the stem is one syllable (중구 → 중) or not all
// Hangul.
func regionStem(name string) string {
	rs := []rune(name)
	if len(rs) < 3 {
		return ""
	}
	switch rs[len(rs)-1] {
	case '시', '군', '구':
	default:
		return ""
	}
	stem := string(rs[:len(rs)-1])
	if !isHangul(stem) || strings.HasSuffix(stem, "특별") || strings.HasSuffix(stem, "광역") || strings.HasSuffix(stem, "자치") {
		return "" // 서울특별시, 부산광역시, 세종특별자치시 are not 시군구
	}
	return stem
}

func convRegions(t *table) ([]*file, error) {
	f := &file{
		name:   "regions.tsv",
		what:   "Korean administrative regions: 시도 (kind=sido), 시군구 (kind=sigungu) and 일반구 of 일반시 (kind=gu), current to 2026",
		source: t,
		label:  "PLACE",
		decisions: []string{
			"canonical name = full_name of the source (서울특별시, 제주특별자치도 서귀포시, 경기도 수원시 장안구): unique in the file even for 중구, 동구, 고성군 ...",
			"aliases = the bare name (서귀포시, 중구) + the source short_forms; a bare name shared by several rows (중구, 동구, 서구, 남구, 북구, 강서구, 고성군, 광주시 ...) stays on each row, parent= tells them apart and the matcher resolves by context",
			"for 시/군/구 the stem without the suffix is added when missing (서귀포시 → 서귀포) if it is 2+ syllables; one-syllable stems (중구 → 중, 동구 → 동) are never added",
			commonWordsDecision + "; e.g. 경기 (경기도), 예산 (예산군), 상당 (상당구), 동안 (동안구), 서해 (서해구)",
			"attrs: kind=sido|sigungu|gu; code = 행정표준코드 (omitted when the source has none); parent = full name of the sido (gu: sido + city)",
			"since=/until= come from the source notes (new/launched/re-established <date>; abolished/reorganised <date>, merged ... on <date>); verify=1 when the notes say verify",
			"rows the source keeps for news of 2024-26 although abolished in 2026 (광주광역시, 전라남도, 인천 중구·동구·서구) are kept, with until=",
		},
	}
	for _, s := range t.rows {
		full := s["full_name"]
		r := &row{name: full}
		forms := []string{s["name"]}
		forms = append(forms, splitList(s["short_forms"])...)
		if lvl := s["level"]; lvl == "sigungu" || lvl == "gu" {
			if stem := regionStem(s["name"]); stem != "" {
				if _, common := commonWords[stem]; !common {
					forms = append(forms, stem)
				}
			}
		}
		forms = dedupe(forms, full)
		keep, weak := splitWeak(forms)
		r.aliases = keep
		r.add("kind", s["level"])
		r.add("code", s["code"])
		r.add("parent", s["parent"])
		since, until := noteDates(s["notes"])
		r.add("since", since)
		r.add("until", until)
		if strings.Contains(strings.ToLower(s["notes"]), "verify") {
			r.add("verify", "1")
		}
		r.addList("weak", weak)
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// countries_ko.tsv → countries.tsv

func convCountries(t *table) ([]*file, error) {
	f := &file{
		name:   "countries.tsv",
		what:   "countries and territories (ISO 3166-1 alpha-2 + XK) with their Korean names (kind=country)",
		source: t,
		label:  "PLACE",
		decisions: []string{
			"canonical name = korean_name (CLDR/umpirsky spelling, e.g. 튀르키예, 홍콩(중국 특별행정구)); aliases = alternatives",
			"one-character alternatives (美, 中, 日, 北, 미, 중, 일, 북, 韓 ...) are not aliases: they go to abbr=... so they are not matched blindly",
			commonWordsDecision + "; e.g. 수단, 오만, 저지 as names",
			"attrs: kind=country; code = iso2; en = english_name",
		},
	}
	for _, s := range t.rows {
		r := &row{name: s["korean_name"]}
		var abbr, forms []string
		for _, a := range splitList(s["alternatives"]) {
			if runeLen(a) == 1 {
				abbr = append(abbr, a)
			} else {
				forms = append(forms, a)
			}
		}
		keep, weak := splitWeak(dedupe(forms, r.name))
		r.aliases = keep
		r.add("kind", "country")
		r.add("code", s["iso2"])
		r.add("en", s["english_name"])
		if _, common := commonWords[r.name]; common {
			r.add("ambiguous", "1")
		}
		r.addList("abbr", abbr)
		r.addList("weak", weak)
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// world_cities_ko.tsv → cities.tsv

var reParen = regexp.MustCompile(`^(.*?)\s*\((.*)\)$`)

// stripQualifier splits "광주(중국)" into "광주" and "중국". Forms without a
// trailing parenthesis come back unchanged with an empty qualifier.
func stripQualifier(s string) (base, qual string) {
	if m := reParen.FindStringSubmatch(s); m != nil && m[1] != "" {
		return m[1], m[2]
	}
	return s, ""
}

func convCities(t *table) ([]*file, error) {
	f := &file{
		name:   "cities.tsv",
		what:   "major foreign cities, regions and landmark metonyms as written in Korean news (kind=city|region|district)",
		source: t,
		label:  "PLACE",
		decisions: []string{
			"canonical name = name; aliases = alternatives; kind = the source type (city, region, district; district includes metonyms such as 백악관, 크렘린, 월가)",
			"alternatives with a disambiguating parenthesis (광주(중국), 성도(중국), 청도(중국), 소주(중국)) are written without it and go to weak=, because the bare form means something else in Korean news; 브뤼셀(유럽연합) reduces to the name itself and is dropped",
			"one-character alternatives are never aliases (weak=); the one-character name 빈 (Vienna, also 'empty') gets ambiguous=1 through commonWords",
			commonWordsDecision + "; e.g. 선전 (Shenzhen), 개성, 신주, 시안 as names, 대북, 상해, 동경, 크림, 가자 as aliases",
			"attrs: kind; country = ISO alpha-2 code",
		},
	}
	for _, s := range t.rows {
		r := &row{name: s["name"]}
		var forms, weak []string
		for _, a := range splitList(s["alternatives"]) {
			base, qual := stripQualifier(a)
			switch {
			case qual != "":
				if base != r.name {
					weak = append(weak, base)
				}
			case runeLen(a) == 1:
				weak = append(weak, a)
			default:
				forms = append(forms, a)
			}
		}
		keep, w := splitWeak(dedupe(forms, r.name))
		r.aliases = keep
		weak = append(weak, w...)
		r.add("kind", s["type"])
		r.add("country", s["country"])
		if _, common := commonWords[r.name]; common {
			r.add("ambiguous", "1")
		}
		r.addList("weak", dedupe(weak, r.name))
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// central_government.tsv → government.tsv

// govKind maps the free-text kind of central_government.tsv to a kind= value.
func govKind(src string) string {
	k := strings.TrimSpace(src)
	switch {
	case k == "부":
		return "ministry"
	case strings.HasPrefix(k, "처") || strings.HasSuffix(k, " 처"):
		return "ministry_office" // 처: 인사혁신처, 법제처, 식약처, 경호처, ...
	case k == "청":
		return "agency"
	case strings.HasPrefix(k, "위원회"):
		return "commission"
	case strings.HasPrefix(k, "헌법기관"):
		return "constitutional_body"
	case k == "독립기관":
		return "independent_body"
	case strings.HasPrefix(k, "중앙은행"):
		return "central_bank"
	case strings.Contains(k, "특수법인"):
		return "special_corporation"
	case strings.Contains(k, "자문"):
		return "advisory_body"
	case k == "본부":
		return "headquarters"
	case strings.HasSuffix(k, "소속"):
		return "office" // 대통령 소속, 국무총리 소속, 국회 소속, 대법원 소속, 경찰청 소속
	}
	return "government_body"
}

func convGovernment(t *table) ([]*file, error) {
	f := &file{
		name:   "government.tsv",
		what:   "Korean central government bodies, constitutional and independent bodies, current and recently renamed/abolished (as of late 2026)",
		source: t,
		label:  "ORG",
		decisions: []string{
			"canonical name = name; aliases = short_forms (metonyms such as 용산, 청와대, 경찰, 검찰 are kept; only one-syllable forms would be dropped, and there are none)",
			"former_names are NOT aliases (a former name is a different body): they go to former=...; a former body listed by the source is its own row with status=former",
			"successor= on a former row = the current bodies that list it among their former_names (computed)",
			"a short form may be shared by several rows (국토부 → 국토교통부 and 국토해양부; 산업부 → 산업통상부 and 산업통상자원부): resolve by status/date",
			"short forms the source marks 'verify' (방미통위, 기후부, 성평등부, 데이터처, 지재처) stay aliases; the row gets verify=1 when its notes mention verify/verified",
			"attrs: kind (부 → ministry, 처 → ministry_office, 청 → agency, 위원회 → commission, 헌법기관 → constitutional_body, ..., 소속 → office); type = the source kind verbatim; parent; status=current|former",
		},
	}
	current := map[string][]string{} // former name → current bodies listing it
	for _, s := range t.rows {
		if s["status"] == "current" {
			for _, fn := range splitList(s["former_names"]) {
				current[fn] = append(current[fn], s["name"])
			}
		}
	}
	for _, s := range t.rows {
		r := &row{name: s["name"]}
		var forms []string
		for _, a := range splitList(s["short_forms"]) {
			if runeLen(a) > 1 {
				forms = append(forms, a)
			}
		}
		r.aliases = dedupe(forms, r.name)
		r.add("kind", govKind(s["kind"]))
		r.add("type", s["kind"])
		r.add("parent", s["parent"])
		r.add("status", s["status"])
		r.addList("former", splitList(s["former_names"]))
		if s["status"] == "former" {
			r.addList("successor", current[s["name"]])
		}
		if strings.Contains(strings.ToLower(s["notes"]), "verif") {
			r.add("verify", "1")
		}
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// public_institutions.tsv → public_institutions.tsv

func convPublic(t *table) ([]*file, error) {
	f := &file{
		name:   "public_institutions.tsv",
		what:   "Korean public institutions (공기업/준정부기관/기타공공기관, ALIO designation 2025; partial) (kind=public_institution)",
		source: t,
		label:  "ORG",
		decisions: []string{
			"canonical name = name; aliases = short_forms",
			commonWordsDecision + "; e.g. 수은 (mercury), 예보 (forecast), 도공, 수공",
			"attrs: kind=public_institution; type=공기업 only where the source is sure; parent = supervising ministry under its 2025 name (산업통상자원부, 환경부, 여성가족부, 기획재정부, 특허청, 방송통신위원회 were renamed in 2025-10/2026-01: see government.tsv); status=current|former",
			"some bodies also appear in universities.tsv (KAIST, GIST, DGIST, UNIST, KENTECH, 한국기술교육대학교, 한국폴리텍대학), companies.tsv (한국전력공사 as alias of 한국전력, 기업은행) and media.tsv (아리랑TV): the matcher should accept either",
		},
	}
	for _, s := range t.rows {
		r := &row{name: s["name"]}
		keep, weak := splitWeak(dedupe(splitList(s["short_forms"]), r.name))
		r.aliases = keep
		r.add("kind", "public_institution")
		r.add("type", s["kind"])
		r.add("parent", s["parent_ministry"])
		r.add("status", s["status"])
		r.addList("weak", weak)
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// international_orgs.tsv → international_orgs.tsv

func convIntl(t *table) ([]*file, error) {
	f := &file{
		name:   "international_orgs.tsv",
		what:   "international organisations, blocs, fora and treaties as named in Korean news (kind=intl_org)",
		source: t,
		label:  "ORG",
		decisions: []string{
			"canonical name = korean_name when present, else the acronym (e.g. 아시아태평양경제협력체 with alias APEC)",
			"aliases = acronym + other_forms; en = english_name",
			commonWordsDecision,
		},
	}
	for _, s := range t.rows {
		name := s["korean_name"]
		if name == "" {
			name = s["acronym"]
		}
		r := &row{name: name}
		forms := append([]string{s["acronym"]}, splitList(s["other_forms"])...)
		keep, weak := splitWeak(dedupe(forms, name))
		r.aliases = keep
		r.add("kind", "intl_org")
		r.add("en", s["english_name"])
		r.addList("weak", weak)
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// companies.tsv → companies.tsv

// ambiguousCompanyName reports whether a company's canonical name is too
// short or too ordinary to be matched without a company context word: a
// one-character name, a pure-ASCII name of at most 2 characters (SK, LG, DB,
// CS; the brief asks for pure-Latin names of ≤2 letters, and letter+digit
// names such as E1, E8, 3S, 3M are just as short), or a form in commonWords
// (mostly 2-syllable all-Hangul words such as 대상, 동방, 진영).
func ambiguousCompanyName(s string) bool {
	n := runeLen(s)
	if n == 1 || (n <= 2 && isASCIIAlnum(s)) {
		return true
	}
	_, common := commonWords[s]
	return common
}

// groupAcronym reports whether a business group's name is a two-letter
// Latin acronym that news uses for the group itself (SK, LG, KT, CJ): in
// Korean text such a word seldom means anything else, unless it is also
// an ordinary abbreviation (DB for database).
func groupAcronym(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	switch s {
	case "DB", "PC", "TV", "IT", "AI", "CS", "OK":
		return false
	}
	return true
}

// ambiguousCompanyAlias reports whether a company alias must not be matched
// blindly: a one-character alias (암, 셸) or one in commonWords (지리, 토탈,
// 씨티). Two-letter Latin aliases (GM, GE, MS) stay aliases: the brief limits
// the Latin rule to names, and as aliases they almost always mean the company.
func ambiguousCompanyAlias(s string) bool {
	if runeLen(s) == 1 {
		return true
	}
	_, common := commonWords[s]
	return common
}

// convCompanies converts companies.tsv; places holds the PLACE surface forms
// (names and aliases of regions, countries, cities): a company name equal to
// one of them is ambiguous.
func convCompanies(t *table, places map[string]bool) ([]*file, error) {
	f := &file{
		name:   "companies.tsv",
		what:   "Korean listed companies (KOSPI/KOSDAQ common stocks, 2026-04), business groups and major foreign companies",
		source: t,
		label:  "ORG",
		decisions: []string{
			"canonical name = name (the KRX listing name, e.g. 현대차, NAVER, POSCO홀딩스); aliases = short_forms",
			"kind=company for listed rows (market=KOSPI|KOSDAQ|KRX, code=ticker; group=1 when the listed company is also the group name), kind=group for groups, kind=foreign_company (country=ISO code) for foreign rows",
			"ambiguous=1 when the canonical name is one character, pure ASCII of at most 2 characters (DB, CS, E1, 3S ...; not a business group's two capital letters: SK, LG, KT, CJ name the group), " +
				"a common word in the explicit list commonWords (2-syllable words such as 대상, 동방, 동서, 진영, 남성, 배럴, 비자, plus a few longer ones: 우리로, 정다운, 머스크), " +
				"or equal to a place form from regions/countries/cities (보령, 서산, 대덕 ...): the matcher uses it only next to a company context word",
			"an ambiguous alias (one character, common word, place form: 암, 셸, 지리, 토탈, 씨티, 삼바, 엑스) is not an alias but goes to weak=, so the canonical name stays usable; " +
				"two-letter Latin aliases (MS, GE, GM, TI, VW) stay aliases: the Latin rule is for names only",
			"names that are neither on the list nor a place stay unflagged even if short (e.g. 기아, 두산, 한화, 농심, 하림): extend commonWords in the generator to flag more",
		},
	}
	placeForm := func(s string) bool { return isHangul(s) && runeLen(s) >= 2 && places[s] }
	for _, s := range t.rows {
		r := &row{name: s["name"]}
		var keep, weak []string
		for _, a := range dedupe(splitList(s["short_forms"]), r.name) {
			if ambiguousCompanyAlias(a) || placeForm(a) {
				weak = append(weak, a)
			} else {
				keep = append(keep, a)
			}
		}
		r.aliases = keep
		market := splitList(s["market"])
		group := false
		var mk string
		for _, m := range market {
			switch m {
			case "group":
				group = true
			case "foreign":
				mk = "foreign"
			default:
				mk = m
			}
		}
		switch {
		case mk == "foreign":
			r.add("kind", "foreign_company")
			r.add("country", s["code_or_country"])
		case mk == "" && group:
			r.add("kind", "group")
		default:
			r.add("kind", "company")
			r.add("market", mk)
			r.add("code", s["code_or_country"])
			if group {
				r.add("group", "1")
			}
		}
		if (ambiguousCompanyName(r.name) && !(group && groupAcronym(r.name))) || placeForm(r.name) {
			r.add("ambiguous", "1")
		}
		r.addList("weak", weak)
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// universities.tsv → universities.tsv

// daeForm returns the '대' short form of a name ending in 대학교
// (퍼듀대학교 → 퍼듀대), using the usual contractions 여자대학교 → 여대,
// 공과대학교 → 공대, <place>교육대학교 → 교대. It returns "" for other names
// and for 대학원대학교.
func daeForm(name string) string {
	stem, ok := strings.CutSuffix(name, "대학교")
	if !ok || stem == "" || strings.ContainsAny(stem, " ") || strings.HasSuffix(stem, "대학원") {
		return "" // 한국전력국제원자력대학원대학교: no natural '대' form
	}
	for _, c := range []struct{ long, short string }{{"여자", "여대"}, {"공과", "공대"}} {
		if s, ok := strings.CutSuffix(stem, c.long); ok && s != "" {
			return s + c.short
		}
	}
	// 교육대학교 → 교대 only for the 교육대학교 of a place (서울교육대학교 →
	// 서울교대), not for 한국기술교육대학교.
	if s, ok := strings.CutSuffix(stem, "교육"); ok && s != "" && runeLen(s) <= 2 {
		return s + "교대"
	}
	return stem + "대"
}

// reFormerly reads the former name from a university note ("formerly 경주대학교").
var reFormerly = regexp.MustCompile(`^formerly (\S+)`)

func convUniversities(t *table) ([]*file, error) {
	f := &file{
		name:   "universities.tsv",
		what:   "Korean universities (4-year, 교대, 과학기술원, 사관학교, major 전문대/사이버대) and famous foreign universities (kind=university)",
		source: t,
		label:  "ORG",
		decisions: []string{
			"canonical name = the full name (서울대학교); aliases = short_forms (서울대, SNU)",
			"for names ending in 대학교 the '대' form is added when missing (퍼듀대학교 → 퍼듀대; 여자대학교 → 여대, 공과대학교 → 공대, 서울교육대학교 → 서울교대; not for 대학원대학교)",
			commonWordsDecision + "; e.g. 고대, 연대, 성대, 이대, 공사 (공군사관학교), 해사",
			"attrs: kind=university; type = the source kind (4yr, edu, special, college, cyber, foreign); country = ISO code; " +
				"from the notes: status=former for 'merged into ...', former= for 'formerly ...', verify=1 for 'verify'",
		},
	}
	for _, s := range t.rows {
		r := &row{name: s["name"]}
		forms := splitList(s["short_forms"])
		if d := daeForm(r.name); d != "" {
			forms = append(forms, d)
		}
		keep, weak := splitWeak(dedupe(forms, r.name))
		r.aliases = keep
		r.add("kind", "university")
		r.add("type", s["kind"])
		r.add("country", s["country"])
		note := s["notes"]
		if strings.HasPrefix(note, "merged into ") {
			r.add("status", "former")
		}
		if m := reFormerly.FindStringSubmatch(note); m != nil {
			r.add("former", m[1])
		}
		if strings.Contains(strings.ToLower(note), "verify") {
			r.add("verify", "1")
		}
		if _, common := commonWords[r.name]; common {
			r.add("ambiguous", "1")
		}
		r.addList("weak", weak)
		f.rows = append(f.rows, r)
	}
	return []*file{f}, nil
}

// ---------------------------------------------------------------------------
// parties_media.tsv → parties.tsv + media.tsv

// partyStatus reads the status of a party from its note: notes starting with
// "former" or mentioning a merger or a satellite party mean status=former.
func partyStatus(note string) string {
	n := strings.ToLower(note)
	if strings.HasPrefix(n, "former") || strings.Contains(n, "merged") || strings.Contains(n, "satellite") {
		return "former"
	}
	return "current"
}

func convPartiesMedia(t *table) ([]*file, error) {
	parties := &file{
		name:   "parties.tsv",
		what:   "Korean political parties, current and since about 2012 (kind=party)",
		source: t,
		label:  "ORG",
		decisions: []string{
			"rows of parties_media.tsv with kind=party; canonical name = name; aliases = short_forms",
			"status=former when the note says former/merged/satellite, else current; verify=1 when the note says verify",
			commonWordsDecision + "; e.g. 민주 (더불어민주당), 국민의 힘 (spaced form of 국민의힘, an ordinary phrase)",
		},
	}
	media := &file{
		name:   "media.tsv",
		what:   "Korean and major foreign news outlets, broadcasters and agencies as named in Korean news (kind=media)",
		source: t,
		label:  "ORG",
		decisions: []string{
			"rows of parties_media.tsv whose kind is not party; canonical name = name; aliases = short_forms",
			"attrs: kind=media; type = the source kind (news_agency, broadcaster, newspaper, online, magazine, regional_newspaper, foreign_*)",
			commonWordsDecision + "; e.g. 연합 (연합뉴스), 조선, 중앙, 동아, 경향",
		},
	}
	for _, s := range t.rows {
		r := &row{name: s["name"]}
		keep, weak := splitWeak(dedupe(splitList(s["short_forms"]), r.name))
		r.aliases = keep
		if s["kind"] == "party" {
			r.add("kind", "party")
			r.add("status", partyStatus(s["notes"]))
			if strings.Contains(strings.ToLower(s["notes"]), "verify") {
				r.add("verify", "1")
			}
			r.addList("weak", weak)
			parties.rows = append(parties.rows, r)
			continue
		}
		r.add("kind", "media")
		r.add("type", s["kind"])
		r.addList("weak", weak)
		media.rows = append(media.rows, r)
	}
	return []*file{parties, media}, nil
}

// ---------------------------------------------------------------------------
// surnames_ko.tsv → ../names/surnames.txt

// convSurnames writes one surname per line in source (rank) order, followed
// by any 두음법칙 variant that is not a row of its own.
func convSurnames(t *table) ([]byte, int, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Korean surnames, one per line, in frequency-rank order (two-syllable surnames and 두음법칙 variants included)\n")
	fmt.Fprintf(&b, "# source: %s — %s\n", t.file, t.provenance)
	b.WriteString("# generated by rules/internal/gengaz (go run ./rules/internal/gengaz -src ../shared/gazetteers -out rules/data/gazetteer)\n")
	b.WriteString("# lines starting with # are comments; blank lines are ignored\n\n")
	var list []string
	for _, s := range t.rows {
		list = append(list, s["surname"])
	}
	for _, s := range t.rows {
		list = append(list, splitList(s["variant"])...)
	}
	list = dedupe(list, "")
	for _, s := range list {
		if !isHangul(s) || runeLen(s) > 2 {
			return nil, 0, fmt.Errorf("%w: surname %q", errBadField, s)
		}
		b.WriteString(s + "\n")
	}
	return b.Bytes(), len(list), nil
}
