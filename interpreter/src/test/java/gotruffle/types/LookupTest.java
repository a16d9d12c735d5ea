package gotruffle.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Method sets, implements and missing methods on hand-built types: no parser, no checker, no nodes. */
class LookupTest {
    private static final Signature NOARGS = Signature.of(List.of(), List.of(), false);
    private static final Signature TO_STRING = Signature.of(List.of(), List.of(Basic.STRING), false);

    /** type T struct{}; func (T) Get() string; func (*T) Set(). */
    private static Named newT(String name) {
        Named t = new Named("p", "example.com/p", name, Struct.of(List.of()));
        t.methods.add(new Named.Method("Get", TO_STRING, false));
        t.methods.add(new Named.Method("Set", NOARGS, true));
        return t;
    }

    private static Interface iface(Interface.Method... ms) {
        return Interface.of(List.of(ms));
    }

    @Test
    void valueAndPointerMethodSets() {
        Named t = newT("T");
        assertNotNull(Lookup.find(t, "Get"));
        assertNull(Lookup.find(t, "Set"), "T's method set lacks pointer-receiver methods");
        Lookup.Found set = Lookup.find(Pointer.of(t), "Set");
        assertNotNull(set);
        assertTrue(set.recvIsPointer());
        assertSame(NOARGS, set.sig());
        assertSame(TO_STRING, Lookup.signature(Pointer.of(t), "Get"));
        assertNull(Lookup.find(t, "Missing"));
    }

    @Test
    void embeddingPromotesTheShallowestMethod() {
        Named t = newT("E");
        Named inner = newT("Inner");
        Struct deep = Struct.of(List.of(new Struct.Field("x", Basic.INT, false, null), new Struct.Field("Inner", inner, true, null)));
        Named outer = new Named("p", "example.com/p", "Outer", Struct.of(List.of(
                new Struct.Field("W", new Named("p", "example.com/p", "W", deep), true, null),
                new Struct.Field("E", Pointer.of(t), true, null))));
        Lookup.Found get = Lookup.find(outer, "Get");
        assertNotNull(get);
        assertSame(t.method("Get"), get.method(), "depth 1 (via *E) wins over depth 2 (via W.Inner)");
        assertEquals(List.of(new Lookup.Step(1)), get.path());
        assertNotNull(Lookup.find(outer, "Set"), "an embedded pointer brings pointer methods into the value's set");

        Named only = new Named("p", "example.com/p", "Only", Struct.of(List.of(
                new Struct.Field("W", new Named("p", "example.com/p", "W2", deep), true, null))));
        assertNull(Lookup.find(only, "Set"), "an embedded value's pointer methods need an addressable receiver");
        Lookup.Found viaPtr = Lookup.find(Pointer.of(only), "Set");
        assertNotNull(viaPtr);
        assertEquals(2, viaPtr.fieldPath().length);
        assertEquals(0, viaPtr.fieldPath()[0]);
        assertEquals(1, viaPtr.fieldPath()[1]);

        Interface stringer = iface(new Interface.Method("String", TO_STRING));
        Struct withIface = Struct.of(List.of(new Struct.Field("Stringer", new Named("fmt", "fmt", "Stringer", stringer), true, null)));
        Lookup.Found s = Lookup.find(withIface, "String");
        assertNotNull(s);
        assertNull(s.method());
        assertSame(TO_STRING, s.sig());
    }

    @Test
    void implementsAndWhyNot() {
        Named t = newT("I");
        Interface getter = iface(new Interface.Method("Get", TO_STRING));
        Interface setter = iface(new Interface.Method("Set", NOARGS));
        Interface wrong = iface(new Interface.Method("Get", NOARGS));
        assertTrue(Lookup.implementsIface(t, getter));
        assertFalse(Lookup.implementsIface(t, setter));
        assertTrue(Lookup.implementsIface(Pointer.of(t), setter));
        assertTrue(Lookup.implementsIface(getter, Interface.EMPTY));
        assertTrue(Lookup.implementsIface(iface(new Interface.Method("Get", TO_STRING), new Interface.Method("Set", NOARGS)), setter), "interface to interface");

        assertNull(Lookup.missingMethod(t, getter));
        assertEquals(" (Set method has pointer receiver)", Lookup.missingMethod(t, setter).reason());
        assertEquals(" (missing Close method)", Lookup.missingMethod(t, iface(new Interface.Method("Close", NOARGS))).reason());
        assertEquals(" (wrong type for Get method)\n\t\thave Get() string\n\t\twant Get()", Lookup.missingMethod(t, wrong).reason());
        // only *T has Set, and with another signature: types2 says "wrong type", not "pointer receiver"
        assertEquals(" (wrong type for Set method)\n\t\thave Set()\n\t\twant Set() string",
                Lookup.missingMethod(t, iface(new Interface.Method("Set", TO_STRING))).reason());
    }
}
