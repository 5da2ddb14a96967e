package page

import "testing"

// followedBy reports whether s starts with one of the syllables of next:
// how plainRunes asked caseFollowers before followedKey.
func followedBy(s string, next []string) bool {
	if len(s) < 3 {
		return false
	}
	for _, x := range next {
		if s[0] == x[0] && s[1] == x[1] && s[2] == x[2] {
			return true
		}
	}
	return false
}

// TestFollowedKey holds followedKey over caseFollowKeys to followedBy over
// caseFollowers, for every list, after every syllable and a few other
// starts (short, broken, ASCII).
func TestFollowedKey(t *testing.T) {
	if len(caseFollowKeys) != len(caseFollowers) {
		t.Fatalf("%d key lists for %d follower lists", len(caseFollowKeys), len(caseFollowers))
	}
	others := []string{"", "a", "ab", "abc", "\xea", "\xea\xb0", "\xea\xb0\x80", "·", "ⓒ", " 가", "가 ", "\x00\x00\x00"}
	for f := range caseFollowers {
		for x := rune(0xAC00); x <= 0xD7A3; x++ {
			for _, s := range []string{string(x), string(x) + "다", string(x)[:2]} {
				if got, want := followedKey(s, caseFollowKeys[f]), followedBy(s, caseFollowers[f]); got != want {
					t.Fatalf("followedKey(%q, list %d) = %v; want %v", s, f, got, want)
				}
			}
		}
		for _, s := range others {
			if got, want := followedKey(s, caseFollowKeys[f]), followedBy(s, caseFollowers[f]); got != want {
				t.Fatalf("followedKey(%q, list %d) = %v; want %v", s, f, got, want)
			}
		}
	}
}
