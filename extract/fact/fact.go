// Package fact finds facts in Chinese news text and normalizes them: money
// amounts, production capacities, dates, project names and company names,
// each with its exact byte offsets in the text.
//
//	for _, f := range fact.Money("总投资3.5亿元的年产5万吨项目") {
//		fmt.Println(f.Text, f.Value, f.Currency) // 3.5亿元 350000000 CNY
//	}
//
// The functions work on any string, but expect it normalized the way package
// extract leaves an article body: Simplified script, half-width digits and
// letters (see packages extract/t2s and extract/fold). Values are exact:
// amounts are decimal numbers computed without binary floating point, so
// 48.07亿元 is exactly 4807000000.
//
// Each kind has its rules in its own file with a table of examples beside it
// in the tests: money.go, capacity.go, date.go, project.go, company.go.
package fact

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/zhnews/zhnews/extract/num"
)

// A Kind is a kind of fact.
type Kind string

// The kinds of facts.
const (
	KindMoney    Kind = "money"
	KindCapacity Kind = "capacity"
	KindDate     Kind = "date"
	KindProject  Kind = "project"
	KindCompany  Kind = "company"
)

// A Fact is one fact found in a text. Which fields are set depends on Kind:
//
//	money     Value (in whole units of Currency), Currency, Approx, Min, Max,
//	          Role, Basis, Scope
//	capacity  Value (in Unit), Unit, Period, Product
//	date      Date, and Until for ranges and spans
//	project   Name, and the links Investment, Capacity, Capacities, Status,
//	          Companies
//	company   Name
type Fact struct {
	Kind  Kind
	Text  string // the fact as written
	Start int    // byte offset of Text in the text searched
	End   int    // byte offset just after Text
	In    string // "title" for a fact found in an article's title; "" for the body

	Value    num.Decimal  // money and capacity
	Min, Max *num.Decimal // money: lower and upper bounds (超过…, …以下, ranges)
	Approx   bool         // money: 约, 近, 余, 多, 左右, 上下, and vague amounts (数十亿元)
	Currency string       // money: ISO 4217 code (CNY, USD, HKD, EUR, JPY, GBP, TWD …)
	Role     Role         // money: what the amount is (an investment, an output, a tax …)
	Basis    string       // money: the word that gives the role, as written (总投资, 计划投资, 注册资本 …)
	Scope    Scope        // money: whether it belongs to one project or sums many
	Unit     string       // capacity: the unit as written, without 万/亿 (吨, 米, 头, 兆瓦 …)
	Period   Period       // capacity: per year, month or day; "" when not stated
	Product  string       // capacity: what is produced or processed, when stated

	Date  Date // date: the day, month or year stated
	Until Date // date: the last day, month or year of a range or span; zero otherwise

	Name       string   // project and company: the name
	Investment *Fact    // project: the money invested, when its clause states it
	Capacity   *Fact    // project: its capacity, when stated (the first, when its name states several)
	Capacities []Fact   // project: every capacity its name states, when it states more than one
	Status     string   // project: 签约, 开工, 在建, 竣工, 投产, 试运行, 落户 … when stated
	Companies  []string // project: the companies its clause names
}

// A Role says what an amount of money is.
type Role string

// The roles of money.
const (
	RoleInvestment        Role = "investment"         // 总投资, 投资, 计划投资, 拟投资, 固定资产投资
	RoleRegisteredCapital Role = "registered_capital" // 注册资本
	RoleOutput            Role = "output"             // 产值, 年产值, 营业收入, 销售收入
	RoleTax               Role = "tax"                // 税收, 利税
	RoleContract          Role = "contract"           // 签约金额, 协议引资, 合同金额
	RolePaidIn            Role = "paid_in"            // 实际到位资金
	RoleOther             Role = "other"              // anything else: loans, subsidies, funds, prices
)

// A Scope says whether an amount of money belongs to one project or sums
// many.
type Scope string

// The scopes of money.
const (
	ScopeProject   Scope = "project"   // the amount of one named project
	ScopeAggregate Scope = "aggregate" // a sum over many (共签约项目41个，签约金额157.7亿元) or a place's total
)

// A Period is the time unit of a capacity.
type Period string

// The periods of a capacity.
const (
	PerYear  Period = "year"
	PerMonth Period = "month"
	PerDay   Period = "day"
)

// A Date is a calendar date as precise as a text states it: Month is 0 for
// a year, Day is 0 for a month. The zero Date means none.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" for the zero
// Date.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Sort orders facts by start offset; at the same start the longer
// (enclosing) fact comes first, so a project whose name begins with a
// capacity precedes that capacity. Facts at the same span keep their
// order. The sort orders indices and then moves each fact once, in place,
// so its cost does not grow with the size of a Fact.
func Sort(facts []Fact) {
	before := func(a, b *Fact) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	}
	sorted := true
	for i := 1; i < len(facts) && sorted; i++ {
		sorted = before(&facts[i-1], &facts[i]) <= 0
	}
	if sorted {
		return
	}
	idx := make([]int, len(facts))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := before(&facts[i], &facts[j]); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	permute(facts, idx)
}

// permute moves facts[idx[k]] to facts[k] for every k, in place, one cycle
// of the permutation at a time; it leaves idx as the identity.
func permute(facts []Fact, idx []int) {
	for k := range idx {
		if idx[k] == k {
			continue
		}
		tmp := facts[k]
		j := k
		for idx[j] != k {
			i := idx[j]
			facts[j] = facts[i]
			idx[j] = j
			j = i
		}
		facts[j] = tmp
		idx[j] = j
	}
}

// jsonFact is the JSON form of a fact: the fields of the project's
// CONTRACT.md, "value" being a number for money and capacity and a string
// otherwise. The end of a date range is "value_end", since "end" is the
// byte offset.
type jsonFact struct {
	Kind       Kind         `json:"kind"`
	Text       string       `json:"text"`
	Start      int          `json:"start"`
	End        int          `json:"end"`
	In         string       `json:"in,omitempty"`
	Value      any          `json:"value"`
	ValueEnd   string       `json:"value_end,omitempty"`
	Currency   string       `json:"currency,omitempty"`
	Approx     bool         `json:"approx,omitempty"`
	Min        *num.Decimal `json:"min,omitempty"`
	Max        *num.Decimal `json:"max,omitempty"`
	Role       Role         `json:"role,omitempty"`
	Basis      string       `json:"basis,omitempty"`
	Scope      Scope        `json:"scope,omitempty"`
	Unit       string       `json:"unit,omitempty"`
	Period     Period       `json:"period,omitempty"`
	Product    string       `json:"product,omitempty"`
	Investment *Fact        `json:"investment,omitempty"`
	Capacity   *Fact        `json:"capacity,omitempty"`
	Capacities []Fact       `json:"capacities,omitempty"`
	Status     string       `json:"status,omitempty"`
	Companies  []string     `json:"companies,omitempty"`
}

// MarshalJSON encodes f in the form of the project's JSON contract.
func (f Fact) MarshalJSON() ([]byte, error) {
	j := jsonFact{
		Kind: f.Kind, Text: f.Text, Start: f.Start, End: f.End, In: f.In,
		Currency: f.Currency, Approx: f.Approx, Min: f.Min, Max: f.Max,
		Role: f.Role, Basis: f.Basis, Scope: f.Scope,
		Unit: f.Unit, Period: f.Period, Product: f.Product,
		Investment: f.Investment, Capacity: f.Capacity, Capacities: f.Capacities, Status: f.Status, Companies: f.Companies,
	}
	switch f.Kind {
	case KindMoney, KindCapacity:
		j.Value = f.Value
	case KindDate:
		j.Value = f.Date.String()
		j.ValueEnd = f.Until.String()
	default:
		j.Value = f.Name
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
