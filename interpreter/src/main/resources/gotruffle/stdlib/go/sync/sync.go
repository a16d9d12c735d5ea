// Package sync: mutual exclusion and coordination on the goroutine scheduler's semaphores.
// Blocking parks the goroutine, never the thread. Mutex, RWMutex and WaitGroup have Go 1.19's
// fields: their state is in these words (so a copy copies it, as in Go) and waiters queue in the
// runtime's semaphore table keyed by the word's address (gotruffle.runtime.sync.Sema).
package sync

// noCopy marks values that must not be copied after first use (go vet's copylocks check).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Locker is anything with Lock and Unlock.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex: one holder at a time; the zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

// RWMutex lets many readers or one writer hold it.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// RLocker returns a Locker interface that implements Lock and Unlock by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

// WaitGroup counts outstanding goroutines; Wait blocks until the count is zero.
type WaitGroup struct {
	noCopy noCopy
	state1 uint64 // counter in the high 32 bits, waiters in the low 32 bits
	state2 uint32 // semaphore
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done() { wg.Add(-1) }
func (wg *WaitGroup) Wait()

// Once runs one function the first time Do is called, and never again.
type Once struct {
	done uint32
	m    Mutex
}

// Do runs f on the first call only; later calls wait until that first f has returned.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

// Cond lets goroutines Wait until another Signals or Broadcasts that something changed.
// (h holds the runtime's notify list; checker points to the Cond itself after first use, so a
// copy is detected as Go's copyChecker does.)
type Cond struct {
	L       Locker
	h       any
	checker *Cond
}

// NewCond makes a Cond that uses l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Pool keeps spare objects for reuse; any of them may vanish at any time.
type Pool struct {
	New   func() any
	mu    Mutex
	items []any
}

// Get takes some object out of the pool, or makes one with New (nil when New is nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put gives x to the pool for later reuse.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Map is a map[any]any that goroutines may use concurrently without a lock of their own.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return
}

// Range calls f on each entry in turn until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}
