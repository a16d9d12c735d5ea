package events

type Event struct{ Name string }

type Bus[T any] struct{ subs []func(T) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}
