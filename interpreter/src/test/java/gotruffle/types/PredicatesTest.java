package gotruffle.types;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's type predicates on hand-built types: no parser, no checker, no nodes. */
class PredicatesTest {
    private static Named named(String name, Type underlying) {
        return new Named("p", "example.com/p", name, underlying);
    }

    private static Struct struct(Struct.Field... fields) {
        return Struct.of(List.of(fields));
    }

    @Test
    void unnamedTypesAreIdenticalWhenBuiltAlike() {
        assertSame(Slice.of(Basic.INT), Slice.of(Basic.INT));
        assertTrue(Predicates.identical(MapType.of(Basic.STRING, Slice.of(Basic.INT)), MapType.of(Basic.STRING, Slice.of(Basic.INT))));
        assertFalse(Predicates.identical(named("A", Basic.INT), named("A", Basic.INT)), "named types are distinct by declaration");
        assertFalse(Predicates.identical(ChanType.of(ChanType.BOTH, Basic.INT), ChanType.of(ChanType.RECV, Basic.INT)));
    }

    @Test
    void assignabilityFollowsTheSpec() {
        Named ints = named("Ints", Slice.of(Basic.INT));
        Named others = named("Others", Slice.of(Basic.INT));
        assertTrue(Predicates.assignableTo(Slice.of(Basic.INT), ints), "unnamed to named with identical underlying type");
        assertTrue(Predicates.assignableTo(ints, Slice.of(Basic.INT)));
        assertFalse(Predicates.assignableTo(ints, others), "two named types");
        assertFalse(Predicates.assignableTo(named("MyInt", Basic.INT), Basic.INT), "int has a name too");
        assertTrue(Predicates.assignableTo(ChanType.of(ChanType.BOTH, Basic.INT), ChanType.of(ChanType.RECV, Basic.INT)));
        assertFalse(Predicates.assignableTo(ChanType.of(ChanType.SEND, Basic.INT), ChanType.of(ChanType.BOTH, Basic.INT)));
        Named a = named("CA", ChanType.of(ChanType.BOTH, Basic.INT)), b = named("CB", ChanType.of(ChanType.BOTH, Basic.INT));
        assertFalse(Predicates.assignableTo(a, b), "a bidirectional channel needs one unnamed side");
        assertTrue(Predicates.assignableTo(a, ChanType.of(ChanType.SEND, Basic.INT)));
        assertTrue(Predicates.assignableTo(ints, Interface.EMPTY));
    }

    @Test
    void comparability() {
        assertTrue(Predicates.comparable(Basic.STRING));
        assertTrue(Predicates.comparable(Array.of(3, Pointer.of(Basic.INT))));
        assertFalse(Predicates.comparable(Slice.of(Basic.INT)));
        assertFalse(Predicates.comparable(MapType.of(Basic.INT, Basic.INT)));
        assertFalse(Predicates.comparable(Signature.of(List.of(), List.of(), false)));
        assertFalse(Predicates.comparable(struct(new Struct.Field("s", Slice.of(Basic.INT), false, null))));
        assertFalse(Predicates.comparable(Array.of(2, named("F", Signature.of(List.of(), List.of(), false)))));
        assertTrue(Predicates.comparable(Interface.EMPTY), "interfaces compare (and may panic at run time)");
        assertFalse(Predicates.strictlyComparable(Interface.EMPTY), "any does not satisfy comparable in Go 1.19");
        assertTrue(Predicates.strictlyComparable(Interface.constraint(List.of(), List.of(), true)));
        Interface numbers = Interface.constraint(List.of(), List.of(List.of(new Interface.Term(true, Basic.INT), new Interface.Term(false, Basic.FLOAT64))), false);
        assertTrue(Predicates.strictlyComparable(numbers));
        Interface withSlices = Interface.constraint(List.of(), List.of(List.of(new Interface.Term(false, Slice.of(Basic.INT)))), false);
        assertFalse(Predicates.strictlyComparable(withSlices));
        assertFalse(Predicates.strictlyComparable(struct(new Struct.Field("i", Interface.EMPTY, false, null))));
        assertTrue(Predicates.strictlyComparable(struct(new Struct.Field("c", ChanType.of(ChanType.BOTH, Basic.INT), false, null))));
    }

    @Test
    void conversions() {
        Type bytes = Slice.of(Basic.UINT8), runes = Slice.of(Basic.INT32);
        assertTrue(Predicates.convertible(Basic.STRING, bytes));
        assertTrue(Predicates.convertible(runes, Basic.STRING));
        assertTrue(Predicates.convertible(named("B", bytes), Basic.STRING));
        assertFalse(Predicates.convertible(Slice.of(Basic.INT64), Basic.STRING));
        assertTrue(Predicates.convertible(Basic.INT64, Basic.STRING), "integer to string: a rune's encoding");
        assertFalse(Predicates.convertible(Basic.FLOAT64, Basic.STRING));
        assertFalse(Predicates.convertible(Basic.STRING, Basic.INT));
        assertTrue(Predicates.convertible(Basic.FLOAT32, Basic.UINT8));
        assertTrue(Predicates.convertible(Basic.COMPLEX64, Basic.COMPLEX128));
        assertFalse(Predicates.convertible(Basic.COMPLEX64, Basic.FLOAT64));
        Struct tagged = struct(new Struct.Field("X", Basic.INT, false, "json:\"x\""));
        Struct plain = struct(new Struct.Field("X", Basic.INT, false, null));
        assertFalse(Predicates.assignableTo(tagged, plain));
        assertTrue(Predicates.convertible(tagged, plain), "struct tags are ignored by conversions");
        Named t1 = named("T1", tagged), t2 = named("T2", plain);
        assertTrue(Predicates.convertible(Pointer.of(t1), Pointer.of(t2)), "unnamed pointers to identical underlying types");
        assertFalse(Predicates.convertible(named("P1", Pointer.of(t1)), Pointer.of(t2)), "not when the pointer type is named");
        assertTrue(Predicates.convertible(named("P2", Pointer.of(tagged)), Pointer.of(plain)), "underlying types identical but for tags");
        assertTrue(Predicates.convertible(Slice.of(Basic.INT), Pointer.of(Array.of(4, Basic.INT))));
        assertFalse(Predicates.convertible(Slice.of(Basic.INT), Pointer.of(Array.of(4, Basic.INT8))));
    }
}
