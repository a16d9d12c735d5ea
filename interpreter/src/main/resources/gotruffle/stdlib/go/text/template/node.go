// Copyright: GoTruffle authors. The parse tree of a template: one struct per kind of node,
// each knowing its byte offset (for error locations) and how to print itself back.

package template

import (
	"strings"
)

type node interface {
	position() int
	String() string
}

type listNode struct {
	pos   int
	nodes []node
}

type textNode struct {
	pos  int
	text []byte
}

type commentNode struct {
	pos  int
	text string
}

type actionNode struct {
	pos  int
	pipe *pipeNode
}

type pipeNode struct {
	pos      int
	isAssign bool
	decl     []*variableNode
	cmds     []*commandNode
}

type commandNode struct {
	pos  int
	args []node
}

type identifierNode struct {
	pos  int
	name string
}

type variableNode struct {
	pos   int
	ident []string // "$x", then fields
}

type dotNode struct{ pos int }

type nilNode struct{ pos int }

type fieldNode struct {
	pos   int
	ident []string
}

type chainNode struct {
	pos   int
	node  node
	field []string
}

type boolNode struct {
	pos   int
	value bool
}

type numberNode struct {
	pos                               int
	isInt, isUint, isFloat, isComplex bool
	i                                 int64
	u                                 uint64
	f                                 float64
	c                                 complex128
	text                              string
}

type stringNode struct {
	pos    int
	quoted string
	text   string
}

type endNode struct{ pos int }

type elseNode struct{ pos int }

type breakNode struct{ pos int }

type continueNode struct{ pos int }

// branchNode is if, range or with.
type branchNode struct {
	kind     string
	pos      int
	pipe     *pipeNode
	list     *listNode
	elseList *listNode
}

type templateNode struct {
	pos  int
	name string
	pipe *pipeNode
}

func (n *listNode) position() int       { return n.pos }
func (n *textNode) position() int       { return n.pos }
func (n *commentNode) position() int    { return n.pos }
func (n *actionNode) position() int     { return n.pos }
func (n *pipeNode) position() int       { return n.pos }
func (n *commandNode) position() int    { return n.pos }
func (n *identifierNode) position() int { return n.pos }
func (n *variableNode) position() int   { return n.pos }
func (n *dotNode) position() int        { return n.pos }
func (n *nilNode) position() int        { return n.pos }
func (n *fieldNode) position() int      { return n.pos }
func (n *chainNode) position() int      { return n.pos }
func (n *boolNode) position() int       { return n.pos }
func (n *numberNode) position() int     { return n.pos }
func (n *stringNode) position() int     { return n.pos }
func (n *endNode) position() int        { return n.pos }
func (n *elseNode) position() int       { return n.pos }
func (n *breakNode) position() int      { return n.pos }
func (n *continueNode) position() int   { return n.pos }
func (n *branchNode) position() int     { return n.pos }
func (n *templateNode) position() int   { return n.pos }

func (n *listNode) String() string {
	var b strings.Builder
	for _, c := range n.nodes {
		b.WriteString(c.String())
	}
	return b.String()
}

func (n *textNode) String() string       { return string(n.text) }
func (n *commentNode) String() string    { return "{{" + n.text + "}}" }
func (n *actionNode) String() string     { return "{{" + n.pipe.String() + "}}" }
func (n *identifierNode) String() string { return n.name }
func (n *variableNode) String() string   { return strings.Join(n.ident, ".") }
func (n *dotNode) String() string        { return "." }
func (n *nilNode) String() string        { return "nil" }
func (n *fieldNode) String() string      { return "." + strings.Join(n.ident, ".") }
func (n *numberNode) String() string     { return n.text }
func (n *stringNode) String() string     { return n.quoted }
func (n *endNode) String() string        { return "{{end}}" }
func (n *elseNode) String() string       { return "{{else}}" }
func (n *breakNode) String() string      { return "{{break}}" }
func (n *continueNode) String() string   { return "{{continue}}" }

func (n *boolNode) String() string {
	if n.value {
		return "true"
	}
	return "false"
}

func (n *pipeNode) String() string {
	var b strings.Builder
	if len(n.decl) > 0 {
		for i, v := range n.decl {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(v.String())
		}
		if n.isAssign {
			b.WriteString(" = ")
		} else {
			b.WriteString(" := ")
		}
	}
	for i, c := range n.cmds {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c.String())
	}
	return b.String()
}

func (n *commandNode) String() string {
	var b strings.Builder
	for i, a := range n.args {
		if i > 0 {
			b.WriteString(" ")
		}
		if p, ok := a.(*pipeNode); ok {
			b.WriteString("(" + p.String() + ")")
			continue
		}
		b.WriteString(a.String())
	}
	return b.String()
}

func (n *chainNode) String() string {
	s := n.node.String()
	if _, ok := n.node.(*pipeNode); ok {
		s = "(" + s + ")"
	}
	for _, f := range n.field {
		s += "." + f
	}
	return s
}

func (n *branchNode) String() string {
	s := "{{" + n.kind + " " + n.pipe.String() + "}}" + n.list.String()
	if n.elseList != nil {
		s += "{{else}}" + n.elseList.String()
	}
	return s + "{{end}}"
}

func (n *templateNode) String() string {
	if n.pipe == nil {
		return "{{template " + quote(n.name) + "}}"
	}
	return "{{template " + quote(n.name) + " " + n.pipe.String() + "}}"
}

// isEmptyTree: only blank text and comments, so a later definition may replace it.
func isEmptyTree(n node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *listNode:
		for _, c := range n.nodes {
			if !isEmptyTree(c) {
				return false
			}
		}
		return true
	case *textNode:
		return len(strings.TrimSpace(string(n.text))) == 0
	case *commentNode:
		return true
	}
	return false
}
