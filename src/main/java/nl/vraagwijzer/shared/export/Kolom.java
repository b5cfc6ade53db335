package nl.vraagwijzer.shared.export;

import java.util.function.Function;

/** One column of a CSV export: its header and how a row's value is read. */
public record Kolom<T>(String naam, Function<T, Object> waarde) {}
