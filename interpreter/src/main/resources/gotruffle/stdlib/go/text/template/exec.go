// Copyright: GoTruffle authors. Executing a parsed template over reflect: walk the tree,
// evaluating pipelines against dot and the variable stack, writing text to the writer.

package template

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

const maxExecDepth = 100000

// ExecError is an error while executing a template (not one returned by the writer).
type ExecError struct {
	Name string
	Err  error
}

func (e ExecError) Error() string { return e.Err.Error() }

func (e ExecError) Unwrap() error { return e.Err }

type writeError struct{ err error }

type variable struct {
	name  string
	value reflect.Value
}

type state struct {
	tmpl  *Template
	wr    io.Writer
	node  node
	vars  []variable
	depth int
}

// walk's control results: break and continue leave the innermost range.
const (
	ctlNone = iota
	ctlBreak
	ctlContinue
)

var (
	missingVal      = reflect.ValueOf(missingValType{})
	errorType       = reflect.TypeOf((*error)(nil)).Elem()
	stringerType    = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	reflectValueTyp = reflect.TypeOf((*reflect.Value)(nil)).Elem()
)

type missingValType struct{}

func isMissing(v reflect.Value) bool {
	return v.IsValid() && v.Type() == missingVal.Type()
}

func (s *state) at(n node) { s.node = n }

func (s *state) errorf(format string, args ...any) {
	name := strings.ReplaceAll(s.tmpl.Name(), "%", "%%")
	if s.node == nil {
		format = fmt.Sprintf("template: %s: %s", name, format)
	} else {
		loc, ctx := s.tmpl.ErrorContext(s.node)
		format = fmt.Sprintf("template: %s: executing %q at <%s>: %s", loc, name, strings.ReplaceAll(ctx, "%", "%%"), format)
	}
	panic(ExecError{Name: s.tmpl.Name(), Err: fmt.Errorf(format, args...)})
}

func (s *state) push(name string, v reflect.Value) { s.vars = append(s.vars, variable{name, v}) }

func (s *state) mark() int { return len(s.vars) }

func (s *state) pop(m int) { s.vars = s.vars[:m] }

// lookupVar is the innermost variable called name (the parser has checked that it exists,
// but a template may be executed with other variables than it was parsed with).
func (s *state) lookupVar(name string) *variable {
	i := len(s.vars) - 1
	for i >= 0 && s.vars[i].name != name {
		i--
	}
	if i < 0 {
		s.errorf("undefined variable: %s", name)
	}
	return &s.vars[i]
}

func (s *state) setVar(name string, v reflect.Value) { s.lookupVar(name).value = v }

func (s *state) varValue(name string) reflect.Value { return s.lookupVar(name).value }

// errRecover turns the panics of execution into Execute's error: a failed write gives the
// writer's error itself, anything that is not ours panics on.
func errRecover(errp *error) {
	switch e := recover().(type) {
	case nil:
	case writeError:
		*errp = e.err
	case ExecError:
		*errp = e
	default:
		panic(e)
	}
}

// ExecuteTemplate applies the template of the given name associated with t.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	if tmpl := t.Lookup(name); tmpl != nil {
		return tmpl.Execute(wr, data)
	}
	return fmt.Errorf("template: no template %q associated with template %q", name, t.name)
}

// Execute applies the template to data, writing the output to wr.
func (t *Template) Execute(wr io.Writer, data any) (err error) {
	defer errRecover(&err)
	value, ok := data.(reflect.Value)
	if !ok {
		value = reflect.ValueOf(data)
	}
	s := &state{tmpl: t, wr: wr, vars: []variable{{"$", value}}}
	if t.tree == nil || t.tree.root == nil {
		s.errorf("%q is an incomplete or empty template", t.Name())
	}
	s.walk(value, t.tree.root)
	return nil
}

// ErrorContext returns "parseName:line:col" and the text of node n.
func (t *Template) ErrorContext(n node) (location, context string) {
	tr := t.tree
	for _, x := range t.allTrees() {
		if containsNode(x.root, n) {
			tr = x
			break
		}
	}
	pos := n.position()
	text := tr.text[:pos]
	col := strings.LastIndex(text, "\n")
	if col == -1 {
		col = pos
	} else {
		col = pos - (col + 1)
	}
	line := 1 + strings.Count(text, "\n")
	return fmt.Sprintf("%s:%d:%d", tr.parseName, line, col), n.String()
}

func (t *Template) allTrees() []*tree {
	var r []*tree
	if t.tree != nil {
		r = append(r, t.tree)
	}
	if t.common != nil {
		for _, x := range t.tmpl {
			if x.tree != nil {
				r = append(r, x.tree)
			}
		}
	}
	return r
}

// containsNode: whether n is in the tree under root (trees of several texts share no nodes).
func containsNode(root node, n node) bool {
	if root == n {
		return true
	}
	switch r := root.(type) {
	case *listNode:
		if r == nil {
			return false
		}
		for _, c := range r.nodes {
			if containsNode(c, n) {
				return true
			}
		}
	case *actionNode:
		return containsNode(r.pipe, n)
	case *pipeNode:
		if r == nil {
			return false
		}
		for _, d := range r.decl {
			if node(d) == n {
				return true
			}
		}
		for _, c := range r.cmds {
			if containsNode(c, n) {
				return true
			}
		}
	case *commandNode:
		for _, a := range r.args {
			if containsNode(a, n) {
				return true
			}
		}
	case *chainNode:
		return containsNode(r.node, n)
	case *branchNode:
		return containsNode(r.pipe, n) || containsNode(r.list, n) || (r.elseList != nil && containsNode(r.elseList, n))
	case *templateNode:
		return r.pipe != nil && containsNode(r.pipe, n)
	}
	return false
}

func (s *state) write(b []byte) {
	if _, err := s.wr.Write(b); err != nil {
		panic(writeError{err})
	}
}

func (s *state) walk(dot reflect.Value, n node) int {
	s.at(n)
	switch n := n.(type) {
	case *actionNode:
		val := s.evalPipeline(dot, n.pipe)
		if len(n.pipe.decl) == 0 {
			s.printValue(n, val)
		}
	case *listNode:
		for _, c := range n.nodes {
			if ctl := s.walk(dot, c); ctl != ctlNone {
				return ctl
			}
		}
	case *textNode:
		s.write(n.text)
	case *commentNode:
	case *breakNode:
		return ctlBreak
	case *continueNode:
		return ctlContinue
	case *branchNode:
		switch n.kind {
		case "range":
			return s.walkRange(dot, n)
		default:
			return s.walkIfOrWith(n, dot)
		}
	case *templateNode:
		s.walkTemplate(dot, n)
	default:
		s.errorf("unknown node: %s", n)
	}
	return ctlNone
}

func (s *state) walkIfOrWith(n *branchNode, dot reflect.Value) int {
	defer s.pop(s.mark())
	val := s.evalPipeline(dot, n.pipe)
	truth, ok := isTrue(indirectInterface(val))
	if !ok {
		s.errorf("if/with can't use %v", val)
	}
	if truth {
		if n.kind == "with" {
			return s.walk(val, n.list)
		}
		return s.walk(dot, n.list)
	} else if n.elseList != nil {
		return s.walk(dot, n.elseList)
	}
	return ctlNone
}

// IsTrue: truth as if sees it (non-zero, non-empty); ok false when val has no truth value.
func IsTrue(val any) (truth, ok bool) {
	return isTrue(reflect.ValueOf(val))
}

// isTrue: no value is false; basic values are true when not zero, containers when not
// empty, things that can be nil when not nil, structs always. Other kinds have no truth.
func isTrue(val reflect.Value) (truth, ok bool) {
	switch classify(val.Kind()) {
	case boolCmp:
		return val.Bool(), true
	case intCmp:
		return val.Int() != 0, true
	case uintCmp:
		return val.Uint() != 0, true
	case floatCmp:
		return val.Float() != 0, true
	case complexCmp:
		return val.Complex() != 0, true
	case stringCmp:
		return val.Len() > 0, true
	}
	switch k := val.Kind(); {
	case k == reflect.Invalid:
		return false, true
	case k == reflect.Array || k == reflect.Map || k == reflect.Slice:
		return val.Len() > 0, true
	case nilable(k):
		return !val.IsNil(), true
	case k == reflect.Struct:
		return true, true
	}
	return false, false
}

func (s *state) walkRange(dot reflect.Value, r *branchNode) int {
	s.at(r)
	defer s.pop(s.mark())
	val, _ := indirect(s.evalPipeline(dot, r.pipe))
	mark := s.mark()
	// each runs the body once, with the range's variables (element last) set; it says
	// whether to go on (no {{break}})
	ran := false
	each := func(index, elem reflect.Value) bool {
		ran = true
		if n := len(r.pipe.decl); n > 0 {
			s.vars[mark-1].value = elem
			if n > 1 {
				s.vars[mark-2].value = index
			}
		}
		ctl := s.walk(elem, r.list)
		s.pop(mark)
		return ctl != ctlBreak
	}
	switch val.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < val.Len() && each(reflect.ValueOf(i), val.Index(i)); i++ {
		}
	case reflect.Map:
		for _, k := range sortedKeys(val) {
			if !each(k, val.MapIndex(k)) {
				break
			}
		}
	case reflect.Chan:
		if !val.IsNil() && val.Type().ChanDir() == reflect.SendDir {
			s.errorf("range over send-only channel %v", val)
		}
		for i := 0; !val.IsNil(); i++ {
			elem, ok := val.Recv()
			if !ok || !each(reflect.ValueOf(i), elem) {
				break
			}
		}
	case reflect.Invalid:
		// nothing to range over (a nil map or pointer, no value): the else part
	default:
		s.errorf("range can't iterate over %v", val)
	}
	if !ran && r.elseList != nil {
		return s.walk(dot, r.elseList)
	}
	return ctlNone
}

// sortedKeys orders map keys as fmt prints maps: numbers by value, strings, false before true.
func sortedKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	sort.SliceStable(keys, func(i, j int) bool { return compareKeys(keys[i], keys[j]) < 0 })
	return keys
}

func compareKeys(a, b reflect.Value) int {
	if a.Kind() != b.Kind() {
		return int(a.Kind()) - int(b.Kind())
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp3(a.Int() < b.Int(), a.Int() > b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp3(a.Uint() < b.Uint(), a.Uint() > b.Uint())
	case reflect.String:
		return cmp3(a.String() < b.String(), a.String() > b.String())
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		return cmp3(x < y || (x != x && y == y), x > y || (y != y && x == x))
	case reflect.Bool:
		return cmp3(!a.Bool() && b.Bool(), a.Bool() && !b.Bool())
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return cmp3(a.IsNil() && !b.IsNil(), !a.IsNil() && b.IsNil())
		}
		return compareKeys(a.Elem(), b.Elem())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	}
	sa, sb := fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface())
	return cmp3(sa < sb, sa > sb)
}

func cmp3(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

func (s *state) walkTemplate(dot reflect.Value, t *templateNode) {
	s.at(t)
	tmpl := s.tmpl.Lookup(t.name)
	if tmpl == nil {
		s.errorf("template %q not defined", t.name)
	}
	if s.depth == maxExecDepth {
		s.errorf("exceeded maximum template depth (%v)", maxExecDepth)
	}
	if t.pipe != nil {
		dot = s.evalPipeline(dot, t.pipe)
	} else {
		dot = reflect.Value{}
	}
	ns := *s
	ns.depth++
	ns.tmpl = tmpl
	ns.vars = []variable{{"$", dot}}
	ns.walk(dot, tmpl.tree.root)
}

func (s *state) evalPipeline(dot reflect.Value, pipe *pipeNode) (value reflect.Value) {
	if pipe == nil {
		return
	}
	s.at(pipe)
	value = missingVal
	for _, cmd := range pipe.cmds {
		value = s.evalCommand(dot, cmd, value)
		if value.Kind() == reflect.Interface && value.Type().NumMethod() == 0 {
			value = reflect.ValueOf(value.Interface())
		}
	}
	for _, v := range pipe.decl {
		if pipe.isAssign {
			s.setVar(v.ident[0], value)
		} else {
			s.push(v.ident[0], value)
		}
	}
	return value
}

func (s *state) notAFunction(args []node, final reflect.Value) {
	if len(args) > 1 || !isMissing(final) {
		s.errorf("can't give argument to non-function %s", args[0])
	}
}

func (s *state) evalCommand(dot reflect.Value, cmd *commandNode, final reflect.Value) reflect.Value {
	first := cmd.args[0]
	switch n := first.(type) {
	case *fieldNode:
		return s.evalFieldNode(dot, n, cmd.args, final)
	case *chainNode:
		return s.evalChainNode(dot, n, cmd.args, final)
	case *identifierNode:
		return s.evalFunction(dot, n, cmd, cmd.args, final)
	case *pipeNode:
		s.notAFunction(cmd.args, final)
		return s.evalPipeline(dot, n)
	case *variableNode:
		return s.evalVariableNode(dot, n, cmd.args, final)
	}
	s.at(first)
	s.notAFunction(cmd.args, final)
	switch w := first.(type) {
	case *boolNode:
		return reflect.ValueOf(w.value)
	case *dotNode:
		return dot
	case *nilNode:
		s.errorf("nil is not a command")
	case *numberNode:
		return s.idealConstant(w)
	case *stringNode:
		return reflect.ValueOf(w.text)
	}
	s.errorf("can't evaluate command %q", first)
	return reflect.Value{}
}

func (s *state) idealConstant(c *numberNode) reflect.Value {
	s.at(c)
	switch {
	case c.isFloat && !isHexInt(c.text) && !strings.HasPrefix(c.text, "'") && strings.ContainsAny(c.text, ".eEpP"):
		return reflect.ValueOf(c.f)
	case c.isInt:
		n := int(c.i)
		if int64(n) != c.i {
			s.errorf("%s overflows int", c.text)
		}
		return reflect.ValueOf(n)
	case c.isUint:
		s.errorf("%s overflows int", c.text)
	}
	return reflect.Value{}
}

func isHexInt(s string) bool {
	return len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && !strings.ContainsAny(s, "pP")
}

func (s *state) evalFieldNode(dot reflect.Value, f *fieldNode, args []node, final reflect.Value) reflect.Value {
	s.at(f)
	return s.evalFieldChain(dot, dot, f, f.ident, args, final)
}

func (s *state) evalChainNode(dot reflect.Value, c *chainNode, args []node, final reflect.Value) reflect.Value {
	s.at(c)
	if _, ok := c.node.(*nilNode); ok {
		s.errorf("indirection through explicit nil in %s", c)
	}
	pipe := s.evalArg(dot, nil, c.node)
	return s.evalFieldChain(dot, pipe, c, c.field, args, final)
}

func (s *state) evalVariableNode(dot reflect.Value, v *variableNode, args []node, final reflect.Value) reflect.Value {
	s.at(v)
	value := s.varValue(v.ident[0])
	if len(v.ident) == 1 {
		s.notAFunction(args, final)
		return value
	}
	return s.evalFieldChain(dot, value, v, v.ident[1:], args, final)
}

func (s *state) evalFieldChain(dot, receiver reflect.Value, n node, ident []string, args []node, final reflect.Value) reflect.Value {
	last := len(ident) - 1
	for i := 0; i < last; i++ {
		receiver = s.evalField(dot, ident[i], n, nil, missingVal, receiver)
	}
	return s.evalField(dot, ident[last], n, args, final, receiver)
}

func (s *state) evalFunction(dot reflect.Value, id *identifierNode, cmd node, args []node, final reflect.Value) reflect.Value {
	s.at(id)
	fn, isBuiltin, ok := findFunction(id.name, s.tmpl)
	if !ok {
		s.errorf("%q is not a defined function", id.name)
	}
	return s.evalCall(dot, fn, isBuiltin, cmd, id.name, args, final)
}

func (s *state) evalField(dot reflect.Value, name string, n node, args []node, final, receiver reflect.Value) reflect.Value {
	if !receiver.IsValid() {
		if s.tmpl.option.missingKey == mapError {
			s.errorf("nil data; no entry for key %q", name)
		}
		return reflect.Value{}
	}
	typ := receiver.Type()
	receiver, isNil := indirect(receiver)
	if receiver.Kind() == reflect.Interface && isNil {
		s.errorf("nil pointer evaluating %s.%s", typ, name)
		return reflect.Value{}
	}
	ptr := receiver
	if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	if m := ptr.MethodByName(name); m.IsValid() {
		return s.evalCall(dot, m, false, n, name, args, final)
	}
	hasArgs := len(args) > 1 || !isMissing(final)
	switch receiver.Kind() {
	case reflect.Struct:
		if f, ok := receiver.Type().FieldByName(name); ok {
			field, err := receiver.FieldByIndexErr(f.Index)
			if !f.IsExported() {
				s.errorf("%s is an unexported field of struct type %s", name, typ)
			}
			if err != nil {
				s.errorf("%v", err)
			}
			if hasArgs {
				s.errorf("%s has arguments but cannot be invoked as function", name)
			}
			return field
		}
	case reflect.Map:
		key := reflect.ValueOf(name)
		if key.Type().AssignableTo(receiver.Type().Key()) {
			if hasArgs {
				s.errorf("%s is not a method but has arguments", name)
			}
			return s.mapEntry(receiver, key, name)
		}
	case reflect.Pointer:
		if et := receiver.Type().Elem(); et.Kind() == reflect.Struct {
			if _, ok := et.FieldByName(name); !ok {
				s.errorf("can't evaluate field %s in type %s", name, typ)
			}
		}
		if isNil {
			s.errorf("nil pointer evaluating %s.%s", typ, name)
		}
	}
	s.errorf("can't evaluate field %s in type %s", name, typ)
	return reflect.Value{}
}

// mapEntry is m[key], or what the missingkey option makes of an absent key.
func (s *state) mapEntry(m, key reflect.Value, name string) reflect.Value {
	v := m.MapIndex(key)
	if v.IsValid() {
		return v
	}
	switch s.tmpl.option.missingKey {
	case mapZeroValue:
		return reflect.Zero(m.Type().Elem())
	case mapError:
		s.errorf("map has no entry for key %q", name)
	}
	return v
}

func goodFunc(t reflect.Type) bool {
	switch {
	case t.NumOut() == 1:
		return true
	case t.NumOut() == 2 && t.Out(1) == errorType:
		return true
	}
	return false
}

func (s *state) evalCall(dot, fn reflect.Value, isBuiltin bool, n node, name string, args []node, final reflect.Value) reflect.Value {
	if args != nil {
		args = args[1:] // the first is the function (or field) itself
	}
	typ := fn.Type()
	count := len(args)
	if !isMissing(final) {
		count++
	}
	switch want := typ.NumIn(); {
	case typ.IsVariadic() && count < want-1:
		s.errorf("wrong number of args for %s: want at least %d got %d", name, want-1, len(args))
	case !typ.IsVariadic() && count != want:
		s.errorf("wrong number of args for %s: want %d got %d", name, want, count)
	}
	if !goodFunc(typ) {
		s.errorf("can't call method/function %q with %d results", name, typ.NumOut())
	}
	if isBuiltin && (name == "and" || name == "or") {
		return s.shortCircuit(dot, name == "or", typ.In(0), args, final)
	}
	argv := make([]reflect.Value, 0, count)
	for i, a := range args {
		argv = append(argv, s.evalArg(dot, paramType(typ, i), a))
	}
	if !isMissing(final) {
		argv = append(argv, s.validateType(final, paramType(typ, len(args))))
	}
	v, err := safeCall(fn, argv)
	if err != nil {
		s.at(n)
		s.errorf("error calling %s: %w", name, err)
	}
	return unwrapValue(v)
}

// paramType is the type the i-th argument of a call of a function of type typ must have.
func paramType(typ reflect.Type, i int) reflect.Type {
	last := typ.NumIn() - 1
	if typ.IsVariadic() && i >= last {
		return typ.In(last).Elem()
	}
	return typ.In(i)
}

// unwrapValue: a function result that is a reflect.Value stands for the value it holds.
func unwrapValue(v reflect.Value) reflect.Value {
	if v.Type() == reflectValueTyp {
		return v.Interface().(reflect.Value)
	}
	return v
}

// shortCircuit evaluates and (stopOn false) or or (stopOn true): the arguments in order up
// to the first whose truth is stopOn; without one, the last argument, which is the pipeline's
// value when there is one (then only checked, as it has been evaluated).
func (s *state) shortCircuit(dot reflect.Value, stopOn bool, argType reflect.Type, args []node, final reflect.Value) reflect.Value {
	var v reflect.Value
	for _, a := range args {
		// the parameter is a reflect.Value: evalArg wraps the argument in one
		v = s.evalArg(dot, argType, a).Interface().(reflect.Value)
		if truth(v) == stopOn {
			return v
		}
	}
	if isMissing(final) {
		return v
	}
	return unwrapValue(s.validateType(final, argType))
}

// nilable: the kinds whose values can be nil.
func nilable(k reflect.Kind) bool {
	switch k {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	}
	return false
}

// canBeNil: whether nil is a value of t (a reflect.Value parameter takes the invalid Value).
func canBeNil(t reflect.Type) bool {
	return nilable(t.Kind()) || t == reflectValueTyp
}

// validateType fits value to a parameter of type typ (nil: an empty interface). No value
// becomes typ's nil; otherwise one step may fix the type: out of a non-nil interface,
// through a pointer, or to the value's address.
func (s *state) validateType(value reflect.Value, typ reflect.Type) reflect.Value {
	switch {
	case !value.IsValid():
		if typ == nil {
			return reflect.ValueOf(nil)
		}
		if !canBeNil(typ) {
			s.errorf("invalid value; expected %s", typ)
		}
		return reflect.Zero(typ)
	case typ == reflectValueTyp && value.Type() != typ:
		return reflect.ValueOf(value)
	case typ == nil || value.Type().AssignableTo(typ):
		return value
	}
	if value.Kind() == reflect.Interface && !value.IsNil() {
		value = value.Elem()
	}
	vt := value.Type()
	switch {
	case vt.AssignableTo(typ):
		return value
	case vt.Kind() == reflect.Pointer && vt.Elem().AssignableTo(typ):
		if value.IsNil() {
			s.errorf("dereference of nil pointer of type %s", typ)
		}
		return value.Elem()
	case value.CanAddr() && reflect.PointerTo(vt).AssignableTo(typ):
		return value.Addr()
	}
	s.errorf("wrong type for value; expected %s; got %s", typ, vt)
	return value
}

func (s *state) evalArg(dot reflect.Value, typ reflect.Type, n node) reflect.Value {
	s.at(n)
	switch a := n.(type) {
	case *dotNode:
		return s.validateType(dot, typ)
	case *nilNode:
		if canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("cannot assign nil to %s", typ)
	case *fieldNode:
		return s.validateType(s.evalFieldNode(dot, a, []node{n}, missingVal), typ)
	case *variableNode:
		return s.validateType(s.evalVariableNode(dot, a, nil, missingVal), typ)
	case *pipeNode:
		return s.validateType(s.evalPipeline(dot, a), typ)
	case *identifierNode:
		return s.validateType(s.evalFunction(dot, a, a, nil, missingVal), typ)
	case *chainNode:
		return s.validateType(s.evalChainNode(dot, a, nil, missingVal), typ)
	}
	switch typ.Kind() {
	case reflect.Bool:
		if b, ok := n.(*boolNode); ok {
			v := reflect.New(typ).Elem()
			v.SetBool(b.value)
			return v
		}
		s.errorf("expected bool; found %s", n)
	case reflect.Complex64, reflect.Complex128:
		if c, ok := n.(*numberNode); ok && c.isComplex {
			v := reflect.New(typ).Elem()
			v.SetComplex(c.c)
			return v
		}
		s.errorf("expected complex; found %s", n)
	case reflect.Float32, reflect.Float64:
		if c, ok := n.(*numberNode); ok && c.isFloat {
			v := reflect.New(typ).Elem()
			v.SetFloat(c.f)
			return v
		}
		s.errorf("expected float; found %s", n)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if c, ok := n.(*numberNode); ok && c.isInt {
			v := reflect.New(typ).Elem()
			v.SetInt(c.i)
			return v
		}
		s.errorf("expected integer; found %s", n)
	case reflect.Interface:
		if typ.NumMethod() == 0 {
			return s.evalEmptyInterface(dot, n)
		}
	case reflect.Struct:
		if typ == reflectValueTyp {
			return reflect.ValueOf(s.evalEmptyInterface(dot, n))
		}
	case reflect.String:
		if c, ok := n.(*stringNode); ok {
			v := reflect.New(typ).Elem()
			v.SetString(c.text)
			return v
		}
		s.errorf("expected string; found %s", n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if c, ok := n.(*numberNode); ok && c.isUint {
			v := reflect.New(typ).Elem()
			v.SetUint(c.u)
			return v
		}
		s.errorf("expected unsigned integer; found %s", n)
	}
	s.errorf("can't handle %s for arg of type %s", n, typ)
	return reflect.Value{}
}

func (s *state) evalEmptyInterface(dot reflect.Value, n node) reflect.Value {
	s.at(n)
	switch a := n.(type) {
	case *boolNode:
		return reflect.ValueOf(a.value)
	case *dotNode:
		return dot
	case *fieldNode:
		return s.evalFieldNode(dot, a, nil, missingVal)
	case *identifierNode:
		return s.evalFunction(dot, a, a, nil, missingVal)
	case *nilNode:
		s.errorf("evalEmptyInterface: nil (can't happen)")
	case *numberNode:
		return s.idealConstant(a)
	case *stringNode:
		return reflect.ValueOf(a.text)
	case *variableNode:
		return s.evalVariableNode(dot, a, nil, missingVal)
	case *pipeNode:
		return s.evalPipeline(dot, a)
	case *chainNode:
		return s.evalChainNode(dot, a, nil, missingVal)
	}
	s.errorf("can't handle assignment of %s to empty interface argument", n)
	return reflect.Value{}
}

// indirect steps through pointers and interfaces, stopping at a nil one.
func indirect(v reflect.Value) (reflect.Value, bool) {
	for k := v.Kind(); k == reflect.Pointer || k == reflect.Interface; k = v.Kind() {
		if v.IsNil() {
			return v, true
		}
		v = v.Elem()
	}
	return v, false
}

// indirectInterface is the value inside an interface value (none for a nil one).
func indirectInterface(v reflect.Value) reflect.Value {
	switch {
	case v.Kind() != reflect.Interface:
		return v
	case v.IsNil():
		return reflect.Value{}
	}
	return v.Elem()
}

func (s *state) printValue(n node, v reflect.Value) {
	s.at(n)
	iface, ok := printableValue(v)
	if !ok {
		s.errorf("can't print %s of type %s", n, v.Type())
	}
	if _, err := fmt.Fprint(s.wr, iface); err != nil {
		panic(writeError{err})
	}
}

// printsItself: values of t are printed by their Error or String method.
func printsItself(t reflect.Type) bool {
	return t.Implements(errorType) || t.Implements(stringerType)
}

// printableValue is what printing v shows: pointers are followed (a nil one prints as
// such), a value whose pointer has Error or String is printed through its address when it
// has one; channels and functions without such methods cannot be printed.
func printableValue(v reflect.Value) (any, bool) {
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	switch {
	case !v.IsValid():
		return "<no value>", true
	case printsItself(v.Type()):
	case v.CanAddr() && printsItself(reflect.PointerTo(v.Type())):
		v = v.Addr()
	case v.Kind() == reflect.Chan || v.Kind() == reflect.Func:
		return nil, false
	}
	return v.Interface(), true
}

// safeCall calls fn: an error result, or a panic in fn, becomes err.
func safeCall(fn reflect.Value, args []reflect.Value) (val reflect.Value, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("%v", r)
		}
	}()
	out := fn.Call(args)
	if len(out) == 2 {
		err, _ = out[1].Interface().(error)
	}
	return out[0], err
}
