package nl.vraagwijzer.archvoorbeeld.shared.b;

import nl.vraagwijzer.archvoorbeeld.shared.a.A;

/** For ArchitectureTest: the other half of the loop. */
public class B {
    public A a() {
        return new A();
    }
}
