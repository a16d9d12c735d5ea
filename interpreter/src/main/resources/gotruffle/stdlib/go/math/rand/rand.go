// Package rand: Go 1.19's math/rand. Generators are Java objects (gotruffle.stdlib.algo.GoRand)
// drawing exactly Go's streams; the top-level functions share one Rand seeded with 1.
package rand

// Source yields uniformly distributed non-negative int64s.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64: a Source with a direct Uint64.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is Go's additive lagged Fibonacci generator (Java RngSource).
type rngSource struct {
	h any
}

// NewSource makes a generator seeded with seed; guard it with a lock if several goroutines
// use it.
func NewSource(seed int64) Source { return newSource(seed) }

func newSource(seed int64) *rngSource {
	s := &rngSource{}
	s.Seed(seed)
	return s
}

func (r *rngSource) Int63() int64
func (r *rngSource) Seed(seed int64)
func (r *rngSource) Uint64() uint64

// Rand draws pseudo-random values from a Source; not safe for concurrent use.
type Rand struct {
	h   any
	src Source
}

// New makes a Rand that draws from src.
func New(src Source) *Rand {
	r := &Rand{src: src}
	bind(r, src)
	return r
}

func bind(r *Rand, src Source)

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Read(p []byte) (n int, err error)
func (r *Rand) NormFloat64() float64
func (r *Rand) ExpFloat64() float64

var globalRand = newTopLevel()

func newTopLevel() *Rand {
	r := &Rand{}
	bindTopLevel(r)
	return r
}

func bindTopLevel(r *Rand)

func Seed(seed int64)                { globalRand.Seed(seed) }
func Int63() int64                   { return globalRand.Int63() }
func Uint32() uint32                 { return globalRand.Uint32() }
func Uint64() uint64                 { return globalRand.Uint64() }
func Int31() int32                   { return globalRand.Int31() }
func Int() int                       { return globalRand.Int() }
func Int63n(n int64) int64           { return globalRand.Int63n(n) }
func Int31n(n int32) int32           { return globalRand.Int31n(n) }
func Intn(n int) int                 { return globalRand.Intn(n) }
func Float64() float64               { return globalRand.Float64() }
func Float32() float32               { return globalRand.Float32() }
func Perm(n int) []int               { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return globalRand.Read(p) }
func NormFloat64() float64           { return globalRand.NormFloat64() }
func ExpFloat64() float64            { return globalRand.ExpFloat64() }
