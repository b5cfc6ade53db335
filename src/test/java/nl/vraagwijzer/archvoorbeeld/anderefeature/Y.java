package nl.vraagwijzer.archvoorbeeld.anderefeature;

/** For ArchitectureTest: the feature imported. */
public class Y {}
