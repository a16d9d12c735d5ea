// Package atomic: atomic memory primitives. The functions are natives that update the word itself
// (volatile access, compare-and-set loops); the Go 1.19 types are built on them.
package atomic

import "unsafe"

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// The blank fields are Go's own (a vet marker and an alignment marker, both empty), so that
// fmt prints these types as Go does: {{} 5}, {{} {} 5}.
type noCopy struct{}
type align64 struct{}

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) int32               { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) int32              { return AddInt32(&x.v, delta) }

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) int64               { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) int64              { return AddInt64(&x.v, delta) }

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) uint32              { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) uint32             { return AddUint32(&x.v, delta) }

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) uint64              { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) uint64             { return AddUint64(&x.v, delta) }

type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                        { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)                    { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) uintptr             { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&x.v, old, new) }
func (x *Uintptr) Add(delta uintptr) uintptr            { return AddUintptr(&x.v, delta) }

type Bool struct {
	_ noCopy
	v uint32
}

// boolWord is the word a Bool holds for b.
func boolWord(b bool) (w uint32) {
	if b {
		w = 1
	}
	return
}

func (x *Bool) Load() bool                        { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)                    { StoreUint32(&x.v, boolWord(val)) }
func (x *Bool) Swap(new bool) bool                { return SwapUint32(&x.v, boolWord(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) bool { return CompareAndSwapUint32(&x.v, boolWord(old), boolWord(new)) }

// Value stores and loads an interface value atomically; every store must use the same concrete type.
type Value struct {
	v any
}

func (v *Value) Load() (val any)
func (v *Value) Store(val any)
func (v *Value) Swap(new any) (old any)
func (v *Value) CompareAndSwap(old, new any) (swapped bool)

// Pointer[T] holds a *T atomically; its zero value holds nil. Its fields are Go's, so that
// fmt prints it as Go does.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v unsafe.Pointer
}

// slot is where the pointer is kept, for the untyped pointer operations above.
func (x *Pointer[T]) slot() *unsafe.Pointer { return &x.v }

func (x *Pointer[T]) Load() *T { return (*T)(LoadPointer(x.slot())) }

func (x *Pointer[T]) Store(val *T) { StorePointer(x.slot(), unsafe.Pointer(val)) }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	old = (*T)(SwapPointer(x.slot(), unsafe.Pointer(new)))
	return old
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	swapped = CompareAndSwapPointer(x.slot(), unsafe.Pointer(old), unsafe.Pointer(new))
	return swapped
}
