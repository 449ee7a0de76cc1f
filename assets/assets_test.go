package assets

import (
	"bytes"
	"encoding/json"
	"image/png"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSchemaLabelsAndColours(t *testing.T) {
	var s struct {
		Labels []struct {
			Name  string `json:"name"`
			Color string `json:"color"`
		} `json:"labels"`
		Relations []struct {
			Name string `json:"name"`
		} `json:"relations"`
		Stance struct {
			Labels []string `json:"labels"`
		} `json:"stance"`
	}
	if err := json.Unmarshal(Schema, &s); err != nil {
		t.Fatalf("schema.json does not parse: %v", err)
	}
	// Order and colours from docs/ui.md: the number keys follow this order.
	want := []struct{ name, color string }{
		{"STATEMENT", "#56B4E9"},
		{"SPEAKER", "#E69F00"},
		{"CUE", "#CC79A7"},
		{"CLAIM", "#009E73"},
		{"ADDRESSEE", "#F0E442"},
		{"MEDIUM", "#D55E00"},
		{"ENTITY", "#999999"},
	}
	if len(s.Labels) != len(want) {
		t.Fatalf("schema has %d labels, want %d", len(s.Labels), len(want))
	}
	for i, w := range want {
		t.Run(w.name, func(t *testing.T) {
			if s.Labels[i].Name != w.name || !strings.EqualFold(s.Labels[i].Color, w.color) {
				t.Errorf("label %d = %s %s, want %s %s", i+1, s.Labels[i].Name, s.Labels[i].Color, w.name, w.color)
			}
		})
	}
	if got := strings.Join(s.Stance.Labels, ","); got != "FAVOR,AGAINST,NONE" {
		t.Errorf("stance labels = %s", got)
	}
	if len(s.Relations) != 7 {
		t.Errorf("schema has %d relations, want 7", len(s.Relations))
	}
}

func TestIcon(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatalf("icon.png does not decode: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != b.Dy() || (b.Dx() != 256 && b.Dx() != 512) {
		t.Errorf("icon is %dx%d, want 256x256 or 512x512", b.Dx(), b.Dy())
	}
	// A blank icon would pass decoding; require the corners to be see-through
	// (rounded) and the centre to be drawn.
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Errorf("top-left corner is opaque; the rounded tile should leave it transparent")
	}
	if _, _, _, a := img.At(b.Dx()/2, b.Dy()/2).RGBA(); a == 0 {
		t.Errorf("icon centre is transparent")
	}
}

var dateline = regexp.MustCompile(`^[A-Z][A-Z .'-]+ — \S`)

func TestSamplesHaveTheImporterShape(t *testing.T) {
	samples := Samples()
	if len(samples) < 3 || len(samples) > 4 {
		t.Fatalf("%d samples, want 3 or 4", len(samples))
	}
	for i, s := range samples {
		t.Run(s.Name, func(t *testing.T) {
			if i > 0 && samples[i-1].Name >= s.Name {
				t.Errorf("samples out of order: %s before %s", samples[i-1].Name, s.Name)
			}
			if !strings.HasSuffix(s.Name, ".txt") {
				t.Errorf("sample name %q lacks .txt", s.Name)
			}
			text := string(s.Data)
			if !utf8.ValidString(text) {
				t.Fatal("not valid UTF-8")
			}
			if strings.Contains(text, "\r") {
				t.Error("contains carriage returns")
			}
			paras := strings.Split(strings.TrimRight(text, "\n"), "\n\n")
			if len(paras) < 6 {
				t.Fatalf("%d paragraphs, want a headline, a standfirst and several body paragraphs", len(paras))
			}
			for j, p := range paras {
				if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
					t.Errorf("paragraph %d is empty or spans several lines: %q", j, p)
				}
			}
			headline := paras[0]
			if strings.HasSuffix(headline, ".") || utf8.RuneCountInString(headline) > 100 {
				t.Errorf("headline %q should be short with no final period", headline)
			}
			if !strings.HasSuffix(paras[1], ".") {
				t.Errorf("standfirst %q should be a sentence", paras[1])
			}
			if !dateline.MatchString(paras[2]) {
				t.Errorf("first body paragraph %q lacks a \"CITY — \" dateline", paras[2][:30])
			}
			words := len(strings.Fields(text))
			if words < 300 || words > 600 {
				t.Errorf("%d words, want 300-600", words)
			}
			for _, must := range []string{"according to", " said"} {
				if !strings.Contains(text, must) {
					t.Errorf("lacks %q", must)
				}
			}
			if !regexp.MustCompile(`(?m)(^|[.!?] )(She|He|They) (said|added|told)|[,"'’”] (she|he|they) (said|added)`).MatchString(text) {
				t.Error("lacks a pronoun speaker")
			}
			if !regexp.MustCompile(`^["“'‘]|[ :]["“'‘][A-Z]`).MatchString(strings.Join(paras[2:], "\n")) {
				t.Error("lacks a direct quote")
			}
		})
	}
}

func TestOneSampleHasAccentsAndEmoji(t *testing.T) {
	found := false
	for _, s := range Samples() {
		accent, emoji := false, false
		for _, r := range string(s.Data) {
			if unicode.Is(unicode.Latin, r) && r > unicode.MaxASCII {
				accent = true
			}
			if r >= 0x1F300 && r <= 0x1FAFF {
				emoji = true
			}
		}
		if accent && emoji {
			found = true
		}
	}
	if !found {
		t.Error("no sample has both accented names and an emoji")
	}
}

func TestSamplesAreCopies(t *testing.T) {
	a := Samples()
	a[0].Data[0] = '#'
	if b := Samples(); b[0].Data[0] == '#' {
		t.Error("changing one Samples result changed the next")
	}
}

func TestGuidelinesCoverEveryLabel(t *testing.T) {
	lines := strings.Count(Guidelines, "\n")
	if lines < 150 || lines > 300 {
		t.Errorf("guidelines have %d lines, want 150-300", lines)
	}
	for _, word := range []string{"STATEMENT", "SPEAKER", "CUE", "CLAIM", "ADDRESSEE", "MEDIUM",
		"coref", "canonical", "quote_type", "checkworthy", "FAVOR", "AGAINST", "NONE", "implicit"} {
		if !strings.Contains(Guidelines, word) {
			t.Errorf("guidelines never mention %s", word)
		}
	}
}
