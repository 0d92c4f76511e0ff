package main

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestJSONDoc checks docs/json.md, the repository's description of the
// program's JSON output: its example is what the program writes for that
// page, and it says everything the project's shared contract says — every
// record field and every fact kind with each of its fields (checked when
// ../shared is there).
func TestJSONDoc(t *testing.T) {
	doc, err := os.ReadFile("../../docs/json.md")
	if err != nil {
		t.Fatal(err)
	}
	checkExample(t, doc)
	contract, err := os.ReadFile("../../../shared/CONTRACT.md")
	if err != nil {
		t.Skip("no ../shared/CONTRACT.md")
	}
	ours, theirs := mdTables(doc), mdTables(contract)
	for _, table := range []string{"field", "kind"} {
		for name, cols := range theirs[table] {
			row, ok := ours[table][name]
			if !ok {
				t.Errorf("docs/json.md has no %s row for %s", table, name)
				continue
			}
			for _, want := range backticked(strings.Join(cols, " ")) {
				if !strings.Contains(strings.Join(row, " "), "`"+want+"`") {
					t.Errorf("docs/json.md, %s %s: does not name `%s`", table, name, want)
				}
			}
		}
	}
	for _, phrase := range []string{"body[start:end] == text", `"in": "title"`, "Fields may be added", "2 for bad flags"} {
		if bytes.Contains(contract, []byte(phrase)) && !bytes.Contains(bytes.ReplaceAll(doc, []byte("fields may be added"), []byte("Fields may be added")), []byte(phrase)) {
			t.Errorf("docs/json.md does not say %q", phrase)
		}
	}
}

// checkExample runs the program on the example's page and compares.
func checkExample(t *testing.T, doc []byte) {
	t.Helper()
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/json.md has no JSON example")
	}
	var ex map[string]any
	if err := json.Unmarshal(m[1], &ex); err != nil {
		t.Fatalf("the example is not JSON: %v", err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "../../" + ex["path"].(string)}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"format", "encoding", "script", "title", "published", "source", "authors"} {
		if !reflect.DeepEqual(ex[k], got[k]) {
			t.Errorf("example %s = %v, the program writes %v", k, ex[k], got[k])
		}
	}
	for k := range got {
		if _, ok := ex[k]; !ok && k != "path" {
			t.Errorf("the example lacks the field %q", k)
		}
	}
	for _, list := range []string{"facts", "removed"} {
		for _, e := range ex[list].([]any) {
			found := false
			for _, g := range got[list].([]any) {
				found = found || reflect.DeepEqual(e, g)
			}
			if !found {
				t.Errorf("the example's %s entry %v is not in the program's output", list, e)
			}
		}
	}
}

// mdTables reads the field table (| field | meaning |) and the kind table
// (| kind | value | other fields |) of a Markdown document: each row by
// every name its first column gives in backticks.
func mdTables(doc []byte) map[string]map[string][]string {
	tables := map[string]map[string][]string{"field": {}, "kind": {}}
	current := ""
	for _, line := range strings.Split(string(doc), "\n") {
		if !strings.HasPrefix(line, "|") {
			current = ""
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		switch {
		case cells[0] == "field" || cells[0] == "kind":
			current = cells[0]
			continue
		case current == "" || strings.HasPrefix(cells[0], "---"):
			continue
		}
		for _, name := range backticked(cells[0]) {
			tables[current][name] = cells[1:]
		}
	}
	return tables
}

// backticked returns the names written in backticks in s.
func backticked(s string) []string {
	var names []string
	for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(s, -1) {
		names = append(names, m[1])
	}
	return names
}
