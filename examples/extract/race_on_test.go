//go:build race

package main

// raceEnabled shrinks the largest inputs of the tests under the race
// detector, which runs ten times slower.
const raceEnabled = true
