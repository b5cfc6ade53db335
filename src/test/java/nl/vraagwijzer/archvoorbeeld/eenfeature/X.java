package nl.vraagwijzer.archvoorbeeld.eenfeature;

import nl.vraagwijzer.archvoorbeeld.anderefeature.Y;

/** For ArchitectureTest: a feature that imports another instead of going through a port. */
public class X {
    public Y y() {
        return new Y();
    }
}
