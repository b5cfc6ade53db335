package nl.vraagwijzer.shared.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a walk with a cursor: its rows and, when more may follow, the cursor of the next page. */
public record CursorPagina<T>(List<T> items, Optional<Cursor> volgende) {

    /**
     * The page of {@code rijen} asked for {@code aantal} rows: a full page may have more after it,
     * from the cursor {@code cursorNa} makes of its last row.
     */
    public static <T> CursorPagina<T> van(List<T> rijen, int aantal, Function<T, Cursor> cursorNa) {
        return new CursorPagina<>(
                rijen,
                rijen.size() == aantal ? Optional.of(cursorNa.apply(rijen.get(rijen.size() - 1))) : Optional.empty());
    }

    public <R> CursorPagina<R> map(Function<T, R> mapper) {
        return new CursorPagina<>(items.stream().map(mapper).toList(), volgende);
    }
}
