package fact

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// This file links each project to the facts of its part of the clause:
// the money invested, the capacities its name states, its status, and the
// companies named.

// link sets the investment, capacities, status and companies of project k
// from the facts of its part of the clause: from the end of the previous
// project in the clause (or the clause start) to the start of the next one
// (or the clause end).
func link(s string, projects []Fact, k int, money, caps, companies []Fact) {
	p := &projects[k]
	cs, ce := clause(s, p.Start, p.End)
	lo, hi := cs, ce
	if k > 0 && projects[k-1].End > cs {
		lo = projects[k-1].End
	}
	if k+1 < len(projects) && projects[k+1].Start < ce {
		hi = projects[k+1].Start
	}
	p.Investment = investment(s, within(money, lo, hi), lo, hi, p)
	p.Capacity, p.Capacities = capacitiesOf(within(caps, lo, hi), lo, hi, p)
	for _, c := range within(companies, lo, hi) {
		if c.Start >= lo && c.End <= hi {
			p.Companies = append(p.Companies, c.Name)
		}
	}
	// The clauses after the name's, in its sentence up to the next
	// project, state more of it: …项目，总投资5亿元，3月开工.
	_, se := sentence(s, p.Start, p.End)
	if k+1 < len(projects) && projects[k+1].Start < se {
		se = projects[k+1].Start
	}
	if p.Investment == nil && !listed(s, projects, k) {
		p.Investment = investmentAfter(s, within(money, ce, se), ce, se)
	}
	p.Status = status(span(s, p.End, hi), span(s, lo, p.Start))
	if p.Status == "" {
		p.Status = status(span(s, ce, se), "")
	}
	if p.Status == "" {
		// A list shares what its sentence says before it: 集中签约的项目包括
		// A、B、C等项目.
		ss, _ := sentence(s, p.Start, p.End)
		p.Status = status("", span(s, ss, p.Start))
	}
	if p.Status == "" {
		// A list of projects shares the verb after its last item: …项目、
		// …项目等一批龙头项目落户某县.
		last := k
		for last+1 < len(projects) && projects[last+1].Start < ce {
			last++
		}
		p.Status = status(span(s, projects[last].End, ce), "")
	}
}

// investment returns a copy of the money invested in project p: an amount
// right before its name (投资5000万美元的光学膜项目), whatever its role, or
// else the nearest amount of its part of the clause whose role is an
// investment (not a registered capital, an output, a tax or a contract
// total), unless it sizes a class of projects (5亿元以上项目).
func investment(s string, money []Fact, lo, hi int, p *Fact) *Fact {
	for i := range money {
		if m := &money[i]; m.End <= p.Start && m.Start >= lo && monOnlyDe(strings.TrimSpace(s[m.End:p.Start])) && !monSizeClass(s, m) {
			c := *m
			return &c
		}
	}
	return nearest(money, lo, hi, p, func(f *Fact) bool {
		return f.Role == RoleInvestment && !monSizeClass(s, f)
	})
}

// listed reports whether project k closes a list of projects (A项目、B项目、
// C项目，总投资…): an amount after the list sums it.
func listed(s string, projects []Fact, k int) bool {
	if k == 0 {
		return false
	}
	between := strings.TrimSpace(s[projects[k-1].End:projects[k].Start])
	return between == "、" || between == "和" || between == "及" || between == "与"
}

// investmentAfter returns a copy of the first amount in [lo, hi) that an
// investment word opens its clause with (，总投资5亿元，…), or nil.
func investmentAfter(s string, money []Fact, lo, hi int) *Fact {
	for i := range money {
		m := &money[i]
		if m.Start < lo || m.End > hi || strings.HasPrefix(s[m.End:], "的") {
			continue // …，投资2.37亿元的另一项目: the next one's
		}
		cs, _ := clause(s, m.Start, m.End)
		if hasAnyPrefix(s[cs:m.Start], investmentOpeners) && m.Role != RoleContract && m.Role != RoleOutput {
			c := *m
			return &c
		}
	}
	return nil
}

// investmentOpeners open a clause that states a project's investment.
var investmentOpeners = []string{"总投资", "项目总投资", "计划总投资", "计划投资", "拟投资", "投资", "预计总投资", "估算总投资"}

// capacitiesOf returns the capacity of project p, and all of them when its
// name states more than one (年产8万吨己二酸、3万吨己二胺项目): those inside
// the name, else the nearest in its part of the clause.
func capacitiesOf(caps []Fact, lo, hi int, p *Fact) (*Fact, []Fact) {
	var inside []Fact
	for _, c := range caps {
		if c.Start >= p.Start && c.End <= p.End {
			inside = append(inside, c)
		}
	}
	switch len(inside) {
	case 0:
		return nearest(caps, lo, hi, p, nil), nil
	case 1:
		return &inside[0], nil
	}
	return &inside[0], inside
}

// nearest returns a copy of the fact in [lo, hi) closest to project p that
// passes keep, or nil. Facts inside the name count as closest.
func nearest(facts []Fact, lo, hi int, p *Fact, keep func(*Fact) bool) *Fact {
	var best *Fact
	bestDist := -1
	for i := range facts {
		f := &facts[i]
		if f.Start < lo || f.End > hi || keep != nil && !keep(f) {
			continue
		}
		d := 0
		switch {
		case f.End <= p.Start:
			d = p.Start - f.End
		case f.Start >= p.End:
			d = f.Start - p.End
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = f, d
		}
	}
	if best == nil {
		return nil
	}
	c := *best
	return &c
}

// status returns the status the text after the name (first) or before it
// states: the earliest status word after it, else the last before it; at
// one position the word listed first in statusWords.
func status(after, before string) string {
	for i := range after {
		if st := statusAt(after[i:]); st != "" {
			return st
		}
	}
	for i := len(before); i > 0; {
		_, size := utf8.DecodeLastRuneInString(before[:i])
		i -= size
		if st := statusAt(before[i:]); st != "" {
			return st
		}
	}
	return ""
}

// statusAt returns the status of the status word s opens with, or "".
func statusAt(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	for _, k := range statusByRune()[r] {
		if strings.HasPrefix(s, statusWords[k].word) {
			return statusWords[k].status
		}
	}
	return ""
}

// statusByRune indexes statusWords by first rune, in their order.
var statusByRune = sync.OnceValue(func() map[rune][]int {
	m := map[rune][]int{}
	for k, w := range statusWords {
		r, _ := utf8.DecodeRuneInString(w.word)
		m[r] = append(m[r], k)
	}
	return m
})
