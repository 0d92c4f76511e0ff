package fact

import "time"

// Find returns every fact of s in order of appearance (see Sort): money,
// capacities, dates resolved against ref (the zero time means no reference:
// year-less and relative dates are left out), projects linked to the money,
// capacities and companies of their clauses, and companies. It scans s once
// per kind and shares the results, so it is cheaper than calling each
// finder.
func Find(s string, ref time.Time) []Fact {
	money := Money(s)
	caps := Capacities(s)
	companies := Companies(s)
	projects := findProjects(s, money, caps, companies)
	dates := Dates(s, ref)
	all := make([]Fact, 0, len(money)+len(caps)+len(companies)+len(projects)+len(dates))
	all = append(all, money...)
	all = append(all, caps...)
	all = append(all, dates...)
	all = append(all, projects...)
	all = append(all, companies...)
	Sort(all)
	return all
}
