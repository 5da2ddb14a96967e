package extract

import "testing"

// TestAgreementAmount checks the sum an agreement is worth: an investment
// or supply agreement's amount is the agreement's, and an agreement
// without one has no amount role.
func TestAgreementAmount(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "investment agreement worth a sum",
			text: "경상북도는 10일 배터리 소재 기업 3곳과 1조2000억원 규모의 투자 협약을 체결했다.", typ: "agreement",
			want: map[string][]string{"amount": {"1조2000억원"}, "party": {"경상북도"}}},
		{name: "memorandum exchanged for a sum",
			text: "한빛건설은 사우디 정부와 2조원 규모의 양해각서(MOU)를 교환했다.", typ: "agreement",
			want: map[string][]string{"amount": {"2조원"}, "party": {"한빛건설"}}},
	})
	x := newExtractor(t)
	d, err := x.Extract(t.Context(), Input{Text: "부산시는 해양수산부와 해양 산업 육성을 위한 업무협약을 맺었다.", Published: "2025-09-04"})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range d.Events {
		if v.Type == "agreement" && len(v.Args["amount"]) > 0 {
			t.Errorf("an agreement without a sum has amount %+v", v.Args["amount"])
		}
	}
}
