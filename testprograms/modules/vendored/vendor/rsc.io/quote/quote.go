// Package quote collects pithy sayings.
package quote

func Go() string { return "Don't communicate by sharing memory, share memory by communicating." }
