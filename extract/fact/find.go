package fact

import "time"

// Find returns every fact of s in order of appearance (see Sort): money,
// capacities, dates resolved against ref (the zero time means no reference:
// year-less and relative dates are left out), projects linked to the money,
// capacities and companies of their clauses, and companies. Money has its
// role and its scope, decided with the projects (see setMoneyScopes). It scans s once
// per kind and shares the results, so it is cheaper than calling each
// finder.
func Find(s string, ref time.Time) []Fact {
	// One slice for every kind, so that a fact-dense text holds its facts
	// once; projects link to copies of money and capacities, not into it.
	all := appendMoney(make([]Fact, 0, len(s)/factSpacing+4), s)
	nMoney := len(all)
	all = appendCapacities(all, s)
	nCaps := len(all)
	all = appendCompanies(all, s)
	projects := findProjects(s, all[:nMoney:nMoney], all[nMoney:nCaps:nCaps], all[nCaps:len(all):len(all)])
	setMoneyScopes(s, all[:nMoney], projects)
	all = append(all, projects...)
	all = appendDates(all, s, ref)
	Sort(all)
	return all
}

// factSpacing is about the fewest bytes of text per fact in news about
// investment: Find makes room for that many facts at once rather than
// growing its slice of large facts step by step.
const factSpacing = 128
