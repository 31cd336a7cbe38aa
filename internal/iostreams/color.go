package iostreams

// ColorScheme wraps text in ANSI colours when enabled and returns it
// unchanged otherwise, so renderers never branch on colour themselves.
type ColorScheme struct{ enabled bool }

// NewColorScheme returns a scheme that colours only when enabled is true.
func NewColorScheme(enabled bool) *ColorScheme { return &ColorScheme{enabled: enabled} }

// Enabled reports whether this scheme emits escape codes.
func (c *ColorScheme) Enabled() bool { return c.enabled }

func (c *ColorScheme) wrap(code, s string) string {
	if !c.enabled || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// Bold renders s in bold.
func (c *ColorScheme) Bold(s string) string { return c.wrap("1", s) }

// Red renders s in red (failures).
func (c *ColorScheme) Red(s string) string { return c.wrap("31", s) }

// Green renders s in green (success).
func (c *ColorScheme) Green(s string) string { return c.wrap("32", s) }

// Yellow renders s in yellow (warnings).
func (c *ColorScheme) Yellow(s string) string { return c.wrap("33", s) }

// Cyan renders s in cyan (commands the user can run).
func (c *ColorScheme) Cyan(s string) string { return c.wrap("36", s) }

// Gray renders s dimmed (details).
func (c *ColorScheme) Gray(s string) string { return c.wrap("90", s) }
