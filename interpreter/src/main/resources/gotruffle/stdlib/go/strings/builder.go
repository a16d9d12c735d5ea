package strings

// Builder accumulates a string piece by piece without copying it at the end. Its bytes live
// in a Java buffer held in h; the zero value is ready to use, and a used Builder must not be copied.
type Builder struct {
	h any
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)
