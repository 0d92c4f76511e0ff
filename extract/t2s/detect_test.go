package t2s

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Script
	}{
		{"empty", "", Simplified},
		{"ASCII", "Hello, world! 2023-12-01", Simplified},
		{"full-width only", "２０２３，！「」", Simplified},
		{"invalid UTF-8", "\xff\xfe\xe4\xb9", Simplified},
		{"Japanese kana", "こんにちは", Simplified},
		{"common to both scripts", "中国人民大学", Simplified},
		{"simplified sentence", "这是一个测试。", Simplified},
		{"traditional sentence", "這是一個測試。", Traditional},
		{"one traditional character", "髮", Traditional},
		{"one traditional word", "頭髮", Traditional},
		{"traditional word in ASCII", "see 發展 here", Traditional},
		{"乾隆 is Simplified too", "乾隆", Simplified},
		{"乾坤大挪移", "乾坤大挪移", Simplified},
		{"著 is not converted", "带著孩子", Simplified},
		{"lone ambiguous 於", "于是他位於北京", Simplified},
		{"lone ambiguous 乾", "乾", Simplified},
		{"two ambiguous", "於乾", Traditional},
		{"phrase change counts fully", "乾乾淨淨", Traditional},
		{"mixed half and half", "我们的頭髮", Traditional},
		{"one in 33 Han", "后来" + strings.Repeat("中", 30) + "後", Traditional},
		{"one in 40 Han", "后来" + strings.Repeat("中", 37) + "後", Simplified},
		{"two in 40 Han", "後来" + strings.Repeat("中", 37) + "後", Traditional},
		{"simplified article with stray characters",
			strings.Repeat("新华社北京电，国务院总理今天在人民大会堂会见了来访的代表团。", 10) + "於乾後", Simplified},
		{"traditional article with simplified quote",
			strings.Repeat("新華社北京電，國務院總理今天在人民大會堂會見了來訪的代表團。", 5) + "这是简体引文", Traditional},
		{"Big5-era Hong Kong text", "香港特別行政區政府今日宣佈", Traditional},
		{"Taiwan text", "臺灣的軟體產業", Traditional},
	}
	for _, tt := range tests {
		if got := Detect(tt.in); got != tt.want {
			h, score := count(load(), tt.in)
			t.Errorf("%s: Detect(%q) = %v, want %v (han %d, score %d/2)", tt.name, tt.in, got, tt.want, h, score)
		}
		if got := DetectBytes([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: DetectBytes(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestDetectSeeds(t *testing.T) {
	for _, s := range seeds(t) {
		want := Simplified
		if s.traditional {
			want = Traditional
		}
		h, score := count(load(), s.text)
		t.Logf("%s: %d Han, %.1f%% changed", s.name, h, 50*float64(score)/float64(max(h, 1)))
		if got := Detect(s.text); got != want {
			t.Errorf("%s: Detect = %v, want %v", s.name, got, want)
		}
		// The converted seed is Simplified.
		if got := Detect(String(s.text)); got != Simplified {
			t.Errorf("%s: Detect(String) = %v, want simplified", s.name, got)
		}
		// Line by line, no Simplified line looks Traditional.
		if !s.traditional {
			for _, line := range strings.Split(s.text, "\n") {
				if Detect(line) != Simplified {
					t.Errorf("%s: Simplified line detected as Traditional: %q", s.name, line)
				}
			}
		}
	}
}

func TestScriptString(t *testing.T) {
	for s, want := range map[Script]string{
		Simplified:  "simplified",
		Traditional: "traditional",
		Script(7):   "Script(7)",
	} {
		if got := s.String(); got != want {
			t.Errorf("Script(%d).String() = %q, want %q", int(s), got, want)
		}
	}
	var zero Script
	if zero != Simplified {
		t.Error("zero Script is not Simplified")
	}
}
