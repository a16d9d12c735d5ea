// Package base holds what concrete shapes embed.
package base

import "fmt"

// Meta is embedded by shapes of other packages; its methods are promoted.
type Meta struct {
	Label string
	id    int
}

// NewMeta sets the unexported id too.
func NewMeta(label string, id int) Meta { return Meta{Label: label, id: id} }

func (m Meta) ID() int          { return m.id }
func (m *Meta) Rename(l string) { m.Label = l }
func (m Meta) Describe() string { return fmt.Sprintf("%s#%d", m.Label, m.id) }

// scale is unexported: shape's scaler interface does not see it (another package).
func (m Meta) scale(f float64) int { return int(f) }

// Scaled uses the unexported method inside its own package.
func (m Meta) Scaled(f float64) int { return m.scale(f) }
