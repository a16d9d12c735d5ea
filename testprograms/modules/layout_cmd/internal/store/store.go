// Package store keeps todo items in memory.
package store

import (
	"errors"
	"sort"
)

var ErrNotFound = errors.New("store: no such item")

type Item struct {
	ID   int
	Text string
	Done bool
}

type Memory struct {
	next  int
	items map[int]*Item
}

func NewMemory() *Memory { return &Memory{next: 1, items: map[int]*Item{}} }

func (m *Memory) Add(text string) *Item {
	it := &Item{ID: m.next, Text: text}
	m.items[it.ID] = it
	m.next++
	return it
}

func (m *Memory) Complete(id int) error {
	it, ok := m.items[id]
	if !ok {
		return ErrNotFound
	}
	it.Done = true
	return nil
}

func (m *Memory) All() []Item {
	out := make([]Item, 0, len(m.items))
	for _, it := range m.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
