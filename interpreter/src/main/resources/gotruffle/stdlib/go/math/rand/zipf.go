package rand

// A Zipf draws integers k in [0, imax] with probability proportional to (v + k)^(-s)
// (Java GoZipf, rejection-inversion over the Rand's Float64 stream).
type Zipf struct {
	h any
}

// NewZipf returns a Zipf generator drawing from r, or nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1 || v < 1 {
		return nil
	}
	z := &Zipf{}
	bindZipf(z, r, s, v, imax)
	return z
}

func bindZipf(z *Zipf, r *Rand, s, v float64, imax uint64)

// Uint64 returns the next Zipf-distributed value.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return zipfNext(z)
}

func zipfNext(z *Zipf) uint64
