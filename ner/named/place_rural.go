package named

import (
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// ruralLists are the words of place/rural_words.txt: the words after a
// township or a town that make it one (일대, 주민), and the common words
// ending in 면, 읍 or 리, whole or by their last two syllables (거리).
type ruralLists struct {
	near, context, stop *strSet
	first               *sylSet // the first syllables of near and context
}

// verbBeforeMyeon are the open syllables a verb's stem or ending puts
// before the conditional 면 (하면, 되면, 따르면, 보내면, 한다면,
// 하려면): a word of them is read as a verb, not a township. A syllable
// with a final consonant other than ㄹ is never one (온정면, 대곡면): the
// conditional after it is 으면.
var verbBeforeMyeon = newSylSet("하되르으이니나지리치라다시기우가오주보쓰러려자내서해돼와워켜봐둬뤄거게께대세애")

// ruralClosed reports whether the syllable c has a final consonant other
// than ㄹ: no verb's conditional puts 면 right after it.
func ruralClosed(c rune) bool {
	if !lex.IsHangul(c) {
		return false
	}
	f := (c - 0xAC00) % 28
	return f != 0 && f != 8
}

// ruralAt finds a township or a town written without its county: the
// word wd, of three syllables ending at e (before its particle) in 면 or
// 읍, followed by a village (온정면 덕산리, 순창읍 장덕리: one place) or
// by a word that makes it a place (산내면 일대, 기장읍 주민들). A town is
// one with a particle too (진접읍에서): no common word ends in 읍. A
// township alone is not, but before 으로 (대곡면으로): a verb's
// conditional (따르면) and an aspect (가격면에서) end so. The cheap tests on the words' shapes come before
// the look-ups in the lists.
func (r *Recognizer) ruralAt(d *doc, wd *word, e int, last rune) (ner.Mention, bool) {
	text := d.text
	s := wd.s
	bare := e == wd.e
	stemLast := sylBefore(text, e-3)
	closed := ruralClosed(stemLast)
	if last == '면' && !bare {
		// 대곡면으로 (발전하다): toward a township, after a stem no
		// conditional ends in; an aspect is written with 에서 (가격면에서),
		// and 에, 을 and the others are left out with it
		if p := text[e:wd.e]; !closed || p != "으로" && p != "으로는" && p != "으로도" {
			return ner.Mention{}, false
		}
	}
	// 따르면, 보내면, 만들면: a verb, unless a word after it names the
	// place (산내면 일대가)
	verb := last == '면' && !closed && (verbBeforeMyeon.has(stemLast) || (stemLast-0xAC00)%28 == 8)
	end := 0
	if bare && e+1 < len(text) && text[e] == ' ' {
		end = r.ruralNext(d, e+1, last == '읍' || closed, verb)
	}
	if end == 0 && (last == '읍' || !bare) && (!bare || e == len(text) || !isHangulAt(text, e)) {
		end = e // 진접읍에서, 진접읍, 대곡면으로
	}
	if end == 0 || lex.HangulAt(text, s) < 0 || lex.HangulAt(text, s+3) < 0 {
		return ner.Mention{}, false
	}
	if stop := r.ctx.rural.stop; stop.has(text[s:e]) || stop.has(text[s+3:e]) {
		return ner.Mention{}, false
	}
	name := text[s:end]
	return ner.Mention{Start: s, End: end, Label: ner.PLACE, Text: name, Name: name,
		Key: d.concat("PLACE:", name), Rule: "place-rural", Priority: 1}, true
}

// ruralNext returns where the place that a township or a town ends
// before ns ends, by the word at ns: the end of the village it names
// (덕산리에서), or ns-1 when the word makes the township a place (일대,
// 주민들: the context words need a stem that is no verb's, closed); else
// 0.
func (r *Recognizer) ruralNext(d *doc, ns int, closed, verb bool) int {
	text := d.text
	nw := d.wid[ns]
	if nw < 0 || d.words[nw].s != ns || !d.words[nw].allH {
		return 0
	}
	nx := &d.words[nw]
	rl := &r.ctx.rural
	// the village: the word, or its stem before a particle
	// (after a stem a verb may end in, only with a particle of place:
	// 산내면 신기리에서, not 그러면 아마리)
	if nx.e-ns >= 9 && text[ns+6:ns+9] == "리" {
		ve := ns + 9
		if _, ok := d.endsWord(ve); ok && (!verb || placeParticle(text[ve:nx.e])) &&
			!rl.stop.has(text[ns:ve]) && !rl.stop.has(text[ns+3:ve]) {
			return ve
		}
	}
	if !rl.first.has(nx.c) {
		return 0 // most words start like no context word
	}
	w1, w2 := text[ns:nx.e], text[ns:d.trimWord(nx, ns, 1)]
	// after a stem a verb may end in, a bare word of two syllables may
	// be a modifier (만들면 일대 혼란이): it needs its particle (산내면
	// 일대가)
	if rl.near.has(w1) && (!verb || len(w1) > 6) || w2 != w1 && rl.near.has(w2) {
		return ns - 1
	}
	if closed && (rl.context.has(w1) || rl.context.has(w2)) {
		return ns - 1
	}
	return 0
}

// placeParticle reports whether p is a particle of place (에서, 에,
// 으로, 까지…), with which a word is read as a place.
func placeParticle(p string) bool {
	switch p {
	case "에서", "에", "에는", "에선", "에서는", "에서도", "으로", "로", "까지", "일대":
		return true
	}
	return false
}

// isHangulAt reports whether a Hangul syllable starts at i.
func isHangulAt(text string, i int) bool {
	return lex.HangulAt(text, i) >= 0
}

// ruralEnds are the last syllables of a township and a town: the word
// classes (classify) send the words ending in them to placeWords.
var ruralEnds = newSylSet("면읍")

func newRuralLists(ws []rules.Word) ruralLists {
	var near, ctx, stop []rules.Word
	for _, w := range ws {
		switch w.Kind {
		case "near":
			near = append(near, w)
		case "context":
			ctx = append(ctx, w)
		case "stop":
			stop = append(stop, w)
		}
	}
	firsts := ""
	for _, w := range append(near, ctx...) {
		c, _ := utf8.DecodeRuneInString(w.Text)
		firsts += string(c)
	}
	return ruralLists{near: wordSet(near), context: wordSet(ctx), stop: wordSet(stop), first: newSylSet(firsts)}
}
