package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/extract"
)

func testServer(t *testing.T, maxBody int64, concurrent int) (*server, *strings.Builder) {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	var mu sync.Mutex
	return newServer(x, maxBody, concurrent, 10*time.Second, log.New(lockedWriter{&logs, &mu}, "", 0)), &logs
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func do(t *testing.T, h http.Handler, method, path, ctype, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestServeExtractByContentType(t *testing.T) {
	s, logs := testServer(t, 1<<20, 4)
	text := "환경부는 4일 세종시에서 기후 포럼을 열었다."
	cases := []struct{ name, ctype, path, body string }{
		{"record", "application/json", "/v1/extract", `{"id":"a","published":"2025-09-04","text":"` + text + `"}`},
		{"text", "text/plain; charset=utf-8", "/v1/extract?published=2025-09-04&id=a", text},
		{"html", "text/html", "/v1/extract?published=2025-09-04&id=a", "<html><body><article itemprop=\"articleBody\"><p>" + text + " 포럼에는 관계부처와 지방자치단체, 산업계 전문가 등 150여 명이 참석해 탄소중립 이행 방안을 두고 의견을 나눴다.</p></article></body></html>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := do(t, s, "POST", c.path, c.ctype, c.body)
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			var d extract.Document
			if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			if d.Schema != extract.Schema || d.Doc.ID != "a" || len(d.Events) == 0 {
				t.Errorf("document %+v", d.Doc)
			}
		})
	}
	if !strings.Contains(logs.String(), "POST /v1/extract 200") {
		t.Errorf("no request log line:\n%s", logs.String())
	}
}

func TestServeJSONLines(t *testing.T) {
	s, _ := testServer(t, 1<<20, 4)
	body := `{"id":"a","text":"국토부는 대책을 발표했다."}` + "\nnot json\n" + `{"id":"c","text":"교육부는 계획을 내놨다."}` + "\n"
	rec := do(t, s, "POST", "/v1/extract", "application/x-ndjson", body)
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	var got []string
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		var v map[string]any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		if e, ok := v["error"]; ok {
			got = append(got, "error:"+e.(string)[:4])
		} else {
			got = append(got, v["doc"].(map[string]any)["id"].(string))
		}
	}
	if strings.Join(got, ",") != "a,error:not ,c" {
		t.Errorf("lines %v", got)
	}
}

func TestServeErrors(t *testing.T) {
	s, _ := testServer(t, 64, 4)
	cases := []struct {
		name, method, ctype, body string
		code                      int
	}{
		{"too large", "POST", "text/plain", strings.Repeat("가", 100), http.StatusRequestEntityTooLarge},
		{"bad json", "POST", "application/json", "{", http.StatusBadRequest},
		{"empty text", "POST", "text/plain", "   ", http.StatusUnprocessableEntity},
		{"unsupported type", "POST", "image/png", "x", http.StatusUnsupportedMediaType},
		{"wrong method", "GET", "", "", http.StatusMethodNotAllowed},
	}
	for _, c := range cases {
		if rec := do(t, s, c.method, "/v1/extract", c.ctype, c.body); rec.Code != c.code {
			t.Errorf("%s: status %d; want %d (%s)", c.name, rec.Code, c.code, rec.Body)
		}
	}
	// the mux's own answers are plain text: ours are JSON with an Allow
	// header where the path exists
	for _, c := range []struct {
		method, path, allow string
		code                int
	}{
		{"GET", "/v1/extract", "POST", http.StatusMethodNotAllowed},
		{"DELETE", "/healthz", "GET, HEAD", http.StatusMethodNotAllowed},
		{"POST", "/v2/extract", "", http.StatusNotFound},
		{"GET", "/", "", http.StatusNotFound},
	} {
		rec := do(t, s, c.method, c.path, "", "")
		var v map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil || rec.Code != c.code || v["status"] != float64(c.code) || v["error"] == "" {
			t.Errorf("%s %s: %d %q (%v); want %d and a JSON error", c.method, c.path, rec.Code, rec.Body, err, c.code)
		}
		if got := rec.Header().Get("Allow"); got != c.allow {
			t.Errorf("%s %s: Allow %q; want %q", c.method, c.path, got, c.allow)
		}
	}
	if rec := do(t, s, "GET", "/healthz", "", ""); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"ok"`) {
		t.Errorf("healthz: %d %s", rec.Code, rec.Body)
	}
}

func TestServeTooManyRequests(t *testing.T) {
	s, _ := testServer(t, 1<<20, 1)
	s.slots <- struct{}{} // the only slot is taken
	rec := do(t, s, "POST", "/v1/extract", "text/plain", "정부는 발표했다.")
	<-s.slots
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Errorf("status %d; want 429 with Retry-After", rec.Code)
	}
}

// TestServeLoopback runs kpolicy serve on a real socket on 127.0.0.1,
// sends one request and shuts it down gracefully.
func TestServeLoopback(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	addrRe := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
	logs := bufio.NewScanner(pr)
	var base string
	for logs.Scan() {
		if m := addrRe.FindStringSubmatch(logs.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("server did not say where it listens")
	}
	go func() {
		for logs.Scan() {
		}
	}()
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Post(base+"/v1/extract?published=2025-09-04", "text/plain", strings.NewReader("기재부는 내년도 예산으로 700조원을 편성했다."))
	if err != nil {
		t.Fatal(err)
	}
	var d extract.Document
	err = json.NewDecoder(resp.Body).Decode(&d)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || len(d.Events) == 0 {
		t.Fatalf("status %d, err %v, events %d", resp.StatusCode, err, len(d.Events))
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve ended with %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not shut down")
	}
}
