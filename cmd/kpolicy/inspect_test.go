package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const pagesDir = "../../testdata/pages"

func TestInspectPages(t *testing.T) {
	tests := []struct {
		file string
		want []string // lines or fragments that must be in the output
	}{
		{"naver-mobile.html", []string{
			"layout:     naver\n", "encoding:   utf-8\n", "title:      섬 지역 원격진료 시범사업 2년 연장…대상 마을 40곳으로\n",
			"published:  2024-09-03T10:44:02+09:00\n", "modified:   2024-09-03T11:20:15+09:00\n", "publisher:  여울통신\n",
			"section:    정치\n", "reporters:  윤가온, 백서준\n", "e-mails:    gaon@yeoul.example, seojun@yeoul.example\n",
			"dateline:   서울\n", "warnings:   -\n",
			"--- body\n[서울=여울통신]윤가온·백서준 기자 = 보건복지부가", "검토하겠다\"고 말했다.\n--- end\n"}},
		{"nate.html", []string{"layout:     nate\n", "encoding:   euc-kr\n", "publisher:  산들경제\n", "published:  2024-09-03T10:44:00+09:00\n"}},
		{"dump-daum.txt", []string{"layout:     text-dump\n", "encoding:   -\n", "publisher:  여울뉴스\n", "reporters:  연하람, 도시우\n",
			"판로를 넓히겠다\"고 말했다.\nharam@yeoul.example\n--- end\n"}},
		{"plain.txt", []string{"layout:     text-plain\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			out, stderr, code := runCLI(t, "", "inspect", filepath.Join(pagesDir, tc.file))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.HasPrefix(out, "== "+filepath.Join(pagesDir, tc.file)+"\n") {
				t.Errorf("output does not start with the file name:\n%s", out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestInspectPlainTextBodyVerbatim(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(pagesDir, "plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, string(b), "inspect", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	body := string(b)
	if !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	if !strings.Contains(out, "--- body\n"+body+"--- end\n") {
		t.Errorf("stdin body not shown verbatim:\n%s", out)
	}
	if !strings.HasPrefix(out, "== -\n") {
		t.Errorf("stdin not named '-':\n%s", out)
	}
}

func TestInspectStdinHTMLByContent(t *testing.T) {
	html := "<html><head><title>표준 입력으로 받은 페이지 제목</title></head><body><div class=\"article-body\">" +
		"<p>표준 입력으로 받은 페이지도 내용을 보고 HTML로 읽는다. 확장자가 없어도 마찬가지다.</p>" +
		"<p>두 번째 문단도 본문으로 남아야 한다. 목록이나 메뉴는 버린다.</p></div></body></html>"
	out, stderr, code := runCLI(t, html, "inspect", "--no-body", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "encoding:   utf-8\n") || strings.Contains(out, "--- body") {
		t.Errorf("HTML on stdin not read as HTML, or body shown with --no-body:\n%s", out)
	}
}

func TestInspectBadInputsOthersStillShown(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.html")
	blank := filepath.Join(dir, "blank.txt")
	binary := filepath.Join(dir, "image.txt")
	missing := filepath.Join(dir, "missing.html")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(blank, []byte(" \n\t\n"), 0o644)
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	good := filepath.Join(pagesDir, "naver.html")
	out, stderr, code := runCLI(t, "", "inspect", empty, good, blank, binary, missing, dir)
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	for _, f := range []string{empty, blank, binary, missing, dir} {
		if !strings.Contains(stderr, "kpolicy: "+f+": ") {
			t.Errorf("stderr does not name %s:\n%s", f, stderr)
		}
	}
	for _, msg := range []string{"empty input", "binary content", "no such file", "is a directory"} {
		if !strings.Contains(stderr, msg) {
			t.Errorf("stderr lacks %q:\n%s", msg, stderr)
		}
	}
	if !strings.Contains(out, "publisher:  바다일보\n") {
		t.Errorf("the good page is not shown:\n%s", out)
	}
	if n := strings.Count(out, "== "); n != 6 {
		t.Errorf("%d sections; want 6 (one per input, errors included)", n)
	}
}

func TestInspectWarningsShown(t *testing.T) {
	deep := strings.Repeat("<div>", 5000) + "<p>아주 깊이 중첩된 페이지의 문장이다. 읽을 수는 있어야 한다.</p>" + strings.Repeat("</div>", 5000)
	for name, in := range map[string]string{
		"truncated": "<html><head><title>잘린 페이지</title></head><body><div id=\"dic_area\">본문이 중간에",
		"deep":      deep,
		"login":     "<html><body><form><input name=id><input type=password></form><p>로그인이 필요합니다.</p></body></html>",
	} {
		out, stderr, code := runCLI(t, in, "inspect", "--input", "html", "-")
		if code != 0 {
			t.Errorf("%s: exit %d: %s", name, code, stderr)
		}
		if !strings.Contains(out, "== -\n") || !strings.Contains(out, "layout:") {
			t.Errorf("%s: no report:\n%s", name, out)
		}
		if name != "deep" && !strings.Contains(out, "warning:    ") {
			t.Errorf("%s: no warning shown:\n%s", name, out)
		}
	}
}

func TestInspectUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"inspect"}, {"inspect", "--nope", "a.html"}, {"inspect", "--input", "jsonl", "a.html"}} {
		if _, _, code := runCLI(t, "", args...); code != 2 {
			t.Errorf("%q: exit %d; want 2", args, code)
		}
	}
	if _, stderr, code := runCLI(t, "", "inspect", "--help"); code != 0 || !strings.Contains(stderr, "Usage: kpolicy inspect") {
		t.Errorf("--help: exit %d, %q", code, stderr)
	}
}
