// Copyright: GoTruffle authors. A recursive-descent parser from lexer items to trees; one
// template text yields a tree for its own name plus one per {{define}} and {{block}}.

package template

import (
	"fmt"
	"strconv"
	"strings"
)

// tree is one parsed template body.
type tree struct {
	name      string
	parseName string // the name of the top-level template being parsed (error locations)
	root      *listNode
	text      string
}

type parseError struct{ err error }

type parser struct {
	t          *tree
	items      []item
	i          int
	last       item
	vars       []string
	rangeDepth int
	actionLine int
	hasFunc    func(string) bool
	set        map[string]*tree
}

func (p *parser) errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	panic(parseError{fmt.Errorf("template: %s:%d: %s", p.t.parseName, p.last.line, msg)})
}

// next returns the next item; past the end (EOF or an error item) it repeats the last one.
func (p *parser) next() item {
	it := p.peek()
	p.i++
	p.last = it
	return it
}

func (p *parser) backup() { p.i-- }

func (p *parser) peek() item {
	if p.i >= len(p.items) {
		return p.items[len(p.items)-1]
	}
	return p.items[p.i]
}

func (p *parser) nextNonSpace() item {
	for {
		it := p.next()
		if it.typ != itemSpace {
			return it
		}
	}
}

func (p *parser) peekNonSpace() item {
	it := p.nextNonSpace()
	p.backup()
	return it
}

func (p *parser) unexpected(it item, context string) {
	if it.typ == itemError {
		extra := ""
		if p.actionLine != 0 && p.actionLine != it.line {
			extra = fmt.Sprintf(" in action started at %s:%d", p.t.parseName, p.actionLine)
			if strings.HasSuffix(it.val, " action") {
				extra = extra[len(" in action"):]
			}
		}
		p.errorf("%s%s", it, extra)
	}
	p.errorf("unexpected %s in %s", it, context)
}

func (p *parser) expect(typ itemType, context string) item {
	it := p.nextNonSpace()
	if it.typ != typ {
		p.unexpected(it, context)
	}
	return it
}

// parseText parses a whole template text into set (name -> tree).
func parseText(name, text, left, right string, hasFunc func(string) bool, comments bool) (set map[string]*tree, err error) {
	set = map[string]*tree{}
	items := lex(text, left, right, comments)
	top := &tree{name: name, parseName: name, text: text}
	p := &parser{items: items, hasFunc: hasFunc, set: set}
	defer func() {
		if e := recover(); e != nil {
			pe, ok := e.(parseError)
			if !ok {
				panic(e)
			}
			set, err = nil, pe.err
		}
	}()
	p.parseTop(top)
	return set, nil
}

func (p *parser) with(t *tree, body func()) {
	saveT, saveVars, saveDepth := p.t, p.vars, p.rangeDepth
	p.t, p.vars, p.rangeDepth = t, []string{"$"}, 0
	body()
	p.add(t)
	p.t, p.vars, p.rangeDepth = saveT, saveVars, saveDepth
}

func (p *parser) add(t *tree) {
	old := p.set[t.name]
	if old == nil || isEmptyTree(old.root) {
		p.set[t.name] = t
		return
	}
	if !isEmptyTree(t.root) {
		p.errorf("template: multiple definition of template %q", t.name)
	}
}

func (p *parser) parseTop(t *tree) {
	p.with(t, func() {
		t.root = &listNode{pos: p.peek().pos}
		for p.peek().typ != itemEOF {
			if p.peek().typ == itemLeftDelim {
				delim := p.next()
				if p.nextNonSpace().typ == itemDefine {
					p.parseDefinition()
					continue
				}
				p.i = p.indexOf(delim)
			}
			switch n := p.textOrAction(); n.(type) {
			case *endNode, *elseNode:
				p.errorf("unexpected %s", n)
			default:
				t.root.nodes = append(t.root.nodes, n)
			}
		}
	})
}

func (p *parser) indexOf(it item) int {
	i := p.i
	if i >= len(p.items) {
		i = len(p.items) - 1
	}
	for ; i >= 0; i-- {
		if p.items[i].pos == it.pos && p.items[i].typ == it.typ {
			return i
		}
	}
	return 0
}

// subtree parses the body of a define or block clause, up to its {{end}}, as the template name.
func (p *parser) subtree(name, context string) *tree {
	t := &tree{name: name, parseName: p.t.parseName, text: p.t.text}
	p.with(t, func() {
		var end node
		t.root, end = p.itemList()
		if _, ok := end.(*endNode); !ok {
			p.errorf("unexpected %s in %s", end, context)
		}
	})
	return t
}

func (p *parser) parseDefinition() {
	const context = "define clause"
	nameTok := p.nextNonSpace()
	if nameTok.typ != itemString && nameTok.typ != itemRawString {
		p.unexpected(nameTok, context)
	}
	name, err := strconv.Unquote(nameTok.val)
	if err != nil {
		p.errorf("%s", err)
	}
	p.expect(itemRightDelim, context)
	p.subtree(name, context)
}

func (p *parser) itemList() (*listNode, node) {
	list := &listNode{pos: p.peekNonSpace().pos}
	for p.peekNonSpace().typ != itemEOF {
		n := p.textOrAction()
		switch n.(type) {
		case *endNode, *elseNode:
			return list, n
		}
		list.nodes = append(list.nodes, n)
	}
	p.errorf("unexpected EOF")
	return nil, nil
}

func (p *parser) textOrAction() node {
	switch it := p.nextNonSpace(); it.typ {
	case itemText:
		return &textNode{pos: it.pos, text: []byte(it.val)}
	case itemLeftDelim:
		p.actionLine = it.line
		n := p.action()
		p.actionLine = 0
		return n
	case itemComment:
		return &commentNode{pos: it.pos, text: it.val}
	default:
		p.unexpected(it, "input")
	}
	return nil
}

func (p *parser) action() node {
	switch it := p.nextNonSpace(); it.typ {
	case itemBlock:
		return p.blockControl()
	case itemBreak, itemContinue:
		if p.rangeDepth == 0 {
			p.errorf("{{%s}} outside {{range}}", it.val)
		}
		if end := p.nextNonSpace(); end.typ != itemRightDelim {
			p.unexpected(end, "{{"+it.val+"}}")
		}
		if it.typ == itemBreak {
			return &breakNode{pos: it.pos}
		}
		return &continueNode{pos: it.pos}
	case itemElse:
		if nx := p.peekNonSpace(); nx.typ == itemIf {
			return &elseNode{pos: nx.pos}
		}
		return &elseNode{pos: p.expect(itemRightDelim, "else").pos}
	case itemEnd:
		return &endNode{pos: p.expect(itemRightDelim, "end").pos}
	case itemIf:
		return p.control(true, "if")
	case itemRange:
		return p.control(false, "range")
	case itemWith:
		return p.control(false, "with")
	case itemTemplate:
		return p.templateControl()
	}
	p.backup()
	it := p.peek()
	return &actionNode{pos: it.pos, pipe: p.pipeline("command", itemRightDelim)}
}

func (p *parser) control(allowElseIf bool, context string) node {
	nvars := len(p.vars)
	defer func() { p.vars = p.vars[:nvars] }()
	pipe := p.pipeline(context, itemRightDelim)
	if context == "range" {
		p.rangeDepth++
	}
	list, next := p.itemList()
	if context == "range" {
		p.rangeDepth--
	}
	var elseList *listNode
	if _, ok := next.(*elseNode); ok {
		if allowElseIf && p.peek().typ == itemIf {
			p.next()
			elseList = &listNode{pos: next.position()}
			elseList.nodes = append(elseList.nodes, p.control(true, "if"))
		} else {
			elseList, next = p.itemList()
			if _, ok := next.(*endNode); !ok {
				p.errorf("expected end; found %s", next)
			}
		}
	}
	return &branchNode{kind: context, pos: pipe.pos, pipe: pipe, list: list, elseList: elseList}
}

func (p *parser) templateName(it item, context string) string {
	if it.typ != itemString && it.typ != itemRawString {
		p.unexpected(it, context)
	}
	s, err := strconv.Unquote(it.val)
	if err != nil {
		p.errorf("%s", err)
	}
	return s
}

func (p *parser) templateControl() node {
	const context = "template clause"
	it := p.nextNonSpace()
	name := p.templateName(it, context)
	var pipe *pipeNode
	if p.nextNonSpace().typ != itemRightDelim {
		p.backup()
		pipe = p.pipeline(context, itemRightDelim)
	}
	return &templateNode{pos: it.pos, name: name, pipe: pipe}
}

func (p *parser) blockControl() node {
	const context = "block clause"
	it := p.nextNonSpace()
	name := p.templateName(it, context)
	pipe := p.pipeline(context, itemRightDelim)
	p.subtree(name, context)
	return &templateNode{pos: it.pos, name: name, pipe: pipe}
}

func (p *parser) pipeline(context string, end itemType) *pipeNode {
	pipe := &pipeNode{pos: p.peekNonSpace().pos}
decls:
	if v := p.peekNonSpace(); v.typ == itemVariable {
		p.next()
		after := p.peek()
		nx := p.peekNonSpace()
		switch {
		case nx.typ == itemAssign, nx.typ == itemDeclare:
			pipe.isAssign = nx.typ == itemAssign
			p.nextNonSpace()
			pipe.decl = append(pipe.decl, &variableNode{pos: v.pos, ident: []string{v.val}})
			p.vars = append(p.vars, v.val)
		case nx.typ == itemChar && nx.val == ",":
			p.nextNonSpace()
			pipe.decl = append(pipe.decl, &variableNode{pos: v.pos, ident: []string{v.val}})
			p.vars = append(p.vars, v.val)
			if context == "range" && len(pipe.decl) < 2 {
				switch p.peekNonSpace().typ {
				case itemVariable, itemRightDelim, itemRightParen:
					goto decls
				default:
					p.errorf("range can only initialize variables")
				}
			}
			p.errorf("too many declarations in %s", context)
		case after.typ == itemSpace:
			p.i = p.indexOf(v)
		default:
			p.i = p.indexOf(v)
		}
	}
	for {
		switch it := p.nextNonSpace(); it.typ {
		case end:
			if len(pipe.cmds) == 0 {
				p.errorf("missing value for %s", context)
			}
			for i, c := range pipe.cmds[1:] {
				switch c.args[0].(type) {
				case *boolNode, *dotNode, *nilNode, *numberNode, *stringNode:
					p.errorf("non executable command in pipeline stage %d", i+2)
				}
			}
			return pipe
		case itemBool, itemCharConstant, itemDot, itemField, itemIdentifier, itemNumber, itemNil,
			itemRawString, itemString, itemVariable, itemLeftParen:
			p.backup()
			pipe.cmds = append(pipe.cmds, p.command())
		default:
			p.unexpected(it, context)
		}
	}
}

func (p *parser) command() *commandNode {
	cmd := &commandNode{pos: p.peekNonSpace().pos}
	for {
		p.peekNonSpace()
		if op := p.operand(); op != nil {
			cmd.args = append(cmd.args, op)
		}
		switch it := p.next(); it.typ {
		case itemSpace:
			continue
		case itemRightDelim, itemRightParen:
			p.backup()
		case itemPipe:
		default:
			p.unexpected(it, "operand")
		}
		break
	}
	if len(cmd.args) == 0 {
		p.errorf("empty command")
	}
	return cmd
}

func (p *parser) operand() node {
	n := p.term()
	if n == nil {
		return nil
	}
	if p.peek().typ == itemField {
		chain := &chainNode{pos: p.peek().pos, node: n}
		for p.peek().typ == itemField {
			chain.field = append(chain.field, p.next().val[1:])
		}
		switch n := n.(type) {
		case *fieldNode:
			return &fieldNode{pos: chain.pos, ident: append(append([]string{}, n.ident...), chain.field...)}
		case *variableNode:
			return &variableNode{pos: chain.pos, ident: append(append([]string{}, n.ident...), chain.field...)}
		case *boolNode, *stringNode, *numberNode, *nilNode, *dotNode:
			p.errorf("unexpected . after term %q", n.String())
		}
		return chain
	}
	return n
}

func (p *parser) term() node {
	switch it := p.nextNonSpace(); it.typ {
	case itemIdentifier:
		if !p.hasFunc(it.val) {
			p.errorf("function %q not defined", it.val)
		}
		return &identifierNode{pos: it.pos, name: it.val}
	case itemDot:
		return &dotNode{pos: it.pos}
	case itemNil:
		return &nilNode{pos: it.pos}
	case itemVariable:
		return p.useVar(it.pos, it.val)
	case itemField:
		return &fieldNode{pos: it.pos, ident: strings.Split(it.val[1:], ".")}
	case itemBool:
		return &boolNode{pos: it.pos, value: it.val == "true"}
	case itemCharConstant, itemNumber:
		return p.number(it)
	case itemLeftParen:
		return p.pipeline("parenthesized pipeline", itemRightParen)
	case itemString, itemRawString:
		s, err := strconv.Unquote(it.val)
		if err != nil {
			p.errorf("%s", err)
		}
		return &stringNode{pos: it.pos, quoted: it.val, text: s}
	}
	p.backup()
	return nil
}

func (p *parser) useVar(pos int, name string) node {
	v := &variableNode{pos: pos, ident: strings.Split(name, ".")}
	for _, n := range p.vars {
		if n == v.ident[0] {
			return v
		}
	}
	p.errorf("undefined variable %q", v.ident[0])
	return nil
}

func (p *parser) number(it item) *numberNode {
	text := it.val
	n := &numberNode{pos: it.pos, text: text}
	if it.typ == itemCharConstant {
		r, _, tail, err := strconv.UnquoteChar(text[1:], text[0])
		if err != nil {
			p.errorf("%s", err)
		}
		if tail != "'" {
			p.errorf("malformed character constant: %s", text)
		}
		n.i, n.u, n.f = int64(r), uint64(r), float64(r)
		n.isInt, n.isUint, n.isFloat = true, true, true
		return n
	}
	if strings.HasSuffix(text, "i") {
		panic(parseError{fmt.Errorf("template: %s:%d: unsupported: complex constant %s in GoTruffle's text/template", p.t.parseName, it.line, text)})
	}
	if u, err := strconv.ParseUint(text, 0, 64); err == nil {
		n.isUint, n.u = true, u
	}
	if i, err := strconv.ParseInt(text, 0, 64); err == nil {
		n.isInt, n.i = true, i
		if i == 0 {
			n.isUint, n.u = true, 0
		}
	}
	if n.isInt {
		n.isFloat, n.f = true, float64(n.i)
	} else if n.isUint {
		n.isFloat, n.f = true, float64(n.u)
	} else if f, err := strconv.ParseFloat(text, 64); err == nil {
		if !strings.ContainsAny(text, ".eEpP") {
			p.errorf("integer overflow: %q", text)
		}
		n.isFloat, n.f = true, f
		if float64(int64(f)) == f {
			n.isInt, n.i = true, int64(f)
		}
		if f >= 0 && float64(uint64(f)) == f {
			n.isUint, n.u = true, uint64(f)
		}
	}
	if !n.isInt && !n.isUint && !n.isFloat {
		p.errorf("illegal number syntax: %q", text)
	}
	return n
}

func quote(s string) string { return strconv.Quote(s) }
