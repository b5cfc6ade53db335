package nl.vraagwijzer.archvoorbeeld.shared.a;

import nl.vraagwijzer.archvoorbeeld.shared.b.B;

/** For ArchitectureTest: half of a loop between two sub-packages of shared. */
public class A {
    public B b() {
        return new B();
    }
}
