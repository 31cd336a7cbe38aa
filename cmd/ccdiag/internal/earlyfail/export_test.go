package earlyfail

// StaleAfter and MaxStreak are staleAfter and maxStreak, for the external
// tests.
const (
	StaleAfter = staleAfter
	MaxStreak  = maxStreak
)
