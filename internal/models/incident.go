package models

// Move is what an open status-page incident means for a failing model.
type Move int

// The moves.
const (
	// NoIncident: no open incident concerns the model; decide without one.
	NoIncident Move = iota
	// SwitchFamily: an incident names the model's family (and not every
	// family): capacity is per model, so another family has room.
	SwitchFamily
	// WaitIncident: an incident concerns every model (it names none, or the
	// model's family is unknown): switching does not help, waiting does.
	WaitIncident
)

// DuringIncidents is the one rule ccdiag applies when the status page has
// unresolved incidents and a request on family failed (server error or
// overload): incidents lists, per incident, the model families its text
// names (empty = all models). It returns the move and the index of the
// incident that decided it (-1 for NoIncident). An incident on all models
// wins over a family-specific one: then no model is safe to switch to.
func DuringIncidents(family string, incidents [][]string) (Move, int) {
	named := -1
	for i, fams := range incidents {
		if len(fams) == 0 || family == "" {
			return WaitIncident, i
		}
		for _, f := range fams {
			if f == family && named < 0 {
				named = i
			}
		}
	}
	if named >= 0 {
		return SwitchFamily, named
	}
	return NoIncident, -1
}
