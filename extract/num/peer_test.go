package num

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/fold"
)

// The peer conformance test runs the number cases of other projects
// (../../../shared/peer/number-*.jsonl, see its README) through Parse.
//
// In scope (our contract, see num.go): whole-input numerals — cn2an parse
// cases of the strict/normal/smart modes with a numeric answer, Duckling
// and MiNLP Numeral cases, and Recognizers NumberModel cases whose only
// result is the whole input; plus the error cases that are genuinely
// malformed (cn2an errors that no looser mode accepts, Recognizers inputs
// made only of numeral characters with no result, such as 万 or 两两).
//
// Out of scope, counted apart by reason: cn2an direct (digit-by-digit
// strings) and transform (sentence rewriting) modes; strict-only rejections
// (we parse in smart mode); money suffixes (元 圆 角 分 整: package
// extract/fact); ordinals, counters (个 对 双 打), 半, fractions (分之 又 份 /),
// approximations (几 多 余), 兆, k/M/G suffixes, exponents, spaces inside a
// numeral, Roman numerals; Recognizers extraction from running text (several
// results, or a result that is not the whole input), its range, percent and
// ordinal models, and its cases even .NET does not pass.

var peerDir = filepath.Join("..", "..", "..", "shared", "peer")

type peerCase struct {
	Input        string          `json:"input"`
	Expected     json.RawMessage `json:"expected"`
	Origin       string          `json:"origin"`
	Mode         string          `json:"mode"`
	Dimension    string          `json:"dimension"`
	Spec         string          `json:"spec"`
	Cn2anModes   []string        `json:"cn2an_modes"`
	Note         string          `json:"note"`
	NotSupported string          `json:"not_supported"`
}

func readPeer(t *testing.T, name string) []peerCase {
	t.Helper()
	f, err := os.Open(filepath.Join(peerDir, name))
	if err != nil {
		t.Skipf("peer data not available: %v", err)
	}
	defer f.Close()
	var cases []peerCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c peerCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cases = append(cases, c)
	}
	return cases
}

// outOfScope names why an input is not a numeral of our contract, or "".
func outOfScope(in string) string {
	switch {
	case strings.Contains(in, "分之") || strings.ContainsAny(in, "又份/"):
		return "fraction"
	case strings.Contains(in, "百分点") || strings.Contains(in, "%"):
		return "percent"
	case strings.ContainsAny(in, "元圆角分整"):
		return "money suffix (fact.Money)"
	case strings.HasPrefix(in, "第"):
		return "ordinal"
	case strings.ContainsAny(in, "个個对對双雙打"):
		return "counter"
	case strings.Contains(in, "半"):
		return "半"
	case strings.ContainsAny(in, "几幾多余"):
		return "approximation"
	case strings.Contains(in, "兆"):
		return "兆"
	case strings.ContainsAny(in, "kKMGmg"):
		return "k/M/G suffix"
	case strings.ContainsAny(in, "eE^"):
		return "exponent"
	case strings.ContainsAny(in, " \t"):
		return "space inside"
	case strings.ContainsAny(in, "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"):
		return "Roman numeral"
	}
	return ""
}

// tally counts a file's cases.
type tally struct {
	pass, fail int
	out        map[string]int
	fails      []string
}

func (ty *tally) skip(reason string) {
	if ty.out == nil {
		ty.out = map[string]int{}
	}
	ty.out[reason]++
}

func (ty *tally) check(ok bool, in, got, want string) {
	if ok {
		ty.pass++
		return
	}
	ty.fail++
	ty.fails = append(ty.fails, in+" → "+got+" (want "+want+")")
}

func (ty *tally) rate() float64 {
	if ty.pass+ty.fail == 0 {
		return 1
	}
	return float64(ty.pass) / float64(ty.pass+ty.fail)
}

func (ty *tally) log(t *testing.T, name string) {
	t.Helper()
	outN := 0
	var reasons []string
	for r, k := range ty.out {
		outN += k
		reasons = append(reasons, r+": "+itoa(k))
	}
	slices.Sort(reasons)
	t.Logf("%s: in scope %d, pass %d (%.1f%%); out of scope %d (%s)",
		name, ty.pass+ty.fail, ty.pass, 100*ty.rate(), outN, strings.Join(reasons, ", "))
	for _, f := range ty.fails {
		t.Logf("  fail: %s", f)
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// sameValue reports whether d equals the JSON number or decimal string want.
func sameValue(d Decimal, want string) bool {
	want = strings.Trim(want, `"`)
	r, ok := new(big.Rat).SetString(want)
	return ok && d.Rat().Cmp(r) == 0
}

// parseResult runs Parse and formats its outcome.
func parseResult(in string) (Decimal, string, error) {
	d, err := Parse(in)
	if err != nil {
		return d, "error", err
	}
	return d, d.String(), nil
}

func TestPeerCn2an(t *testing.T) {
	cases := readPeer(t, "number-cn2an.jsonl")
	looser := map[string]bool{}
	for _, c := range cases {
		if c.Mode == "parse" && (slices.Contains(c.Cn2anModes, "normal") || slices.Contains(c.Cn2anModes, "smart")) {
			looser[c.Input] = true
		}
	}
	var ty tally
	for _, c := range cases {
		switch {
		case c.Mode == "transform":
			ty.skip("transform mode")
			continue
		case slices.Equal(c.Cn2anModes, []string{"direct"}):
			ty.skip("direct mode")
			continue
		}
		exp := string(c.Expected)
		if strings.Contains(exp, "error") {
			if looser[c.Input] || strings.Contains(c.Note, "looser") {
				ty.skip("strict-only rejection")
				continue
			}
			_, got, err := parseResult(c.Input)
			ty.check(err != nil, c.Input, got, "error")
			continue
		}
		if r := outOfScope(c.Input); r != "" {
			ty.skip(r)
			continue
		}
		d, got, err := parseResult(c.Input)
		ty.check(err == nil && sameValue(d, exp), c.Input, got, exp)
	}
	ty.log(t, "number-cn2an")
	if ty.rate() < 0.95 {
		t.Errorf("cn2an in-scope pass rate %.1f%% < 95%%", 100*ty.rate())
	}
}

func TestPeerDucklingMiNLP(t *testing.T) {
	for _, name := range []string{"number-duckling.jsonl", "number-minlp.jsonl"} {
		var ty tally
		for _, c := range readPeer(t, name) {
			var exp struct {
				Value   json.Number `json:"value"`
				Ordinal bool        `json:"ordinal"`
			}
			json.Unmarshal(c.Expected, &exp)
			in := fold.String(c.Input)
			if exp.Ordinal || c.Dimension != "Numeral" {
				ty.skip("ordinal")
				continue
			}
			if r := outOfScope(in); r != "" {
				ty.skip(r)
				continue
			}
			d, got, err := parseResult(in)
			ty.check(err == nil && sameValue(d, exp.Value.String()), in, got, exp.Value.String())
		}
		ty.log(t, strings.TrimSuffix(name, ".jsonl"))
	}
}

func TestPeerRecognizers(t *testing.T) {
	var ty tally
	for _, c := range readPeer(t, "number-recognizers.jsonl") {
		if c.Spec != "NumberModel" {
			ty.skip(c.Spec)
			continue
		}
		if strings.Contains(c.NotSupported, "dotnet") {
			ty.skip("not passed by the peer itself")
			continue
		}
		var res []struct {
			Text       string `json:"Text"`
			Resolution struct {
				Value string `json:"value"`
			} `json:"Resolution"`
		}
		json.Unmarshal(c.Expected, &res)
		in := strings.TrimSpace(fold.String(c.Input))
		if r := outOfScope(in); r != "" {
			ty.skip(r)
			continue
		}
		switch {
		case len(res) == 0 && allNumeral(in):
			_, got, err := parseResult(in)
			ty.check(err != nil, in, got, "error")
		case len(res) == 1 && fold.String(res[0].Text) == in:
			d, got, err := parseResult(in)
			ty.check(err == nil && sameValue(d, res[0].Resolution.Value), in, got, res[0].Resolution.Value)
		default:
			ty.skip("extraction from running text")
		}
	}
	ty.log(t, "number-recognizers")
}

func allNumeral(s string) bool {
	for _, r := range s {
		if !IsNumeralRune(r) {
			return false
		}
	}
	return s != ""
}
