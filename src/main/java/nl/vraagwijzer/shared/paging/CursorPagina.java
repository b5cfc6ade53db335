package nl.vraagwijzer.shared.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a walk with a cursor: its rows and, when more may follow, the cursor of the next page. */
public record CursorPagina<T>(List<T> items, Optional<Cursor> volgende) {

    public <R> CursorPagina<R> map(Function<T, R> mapper) {
        return new CursorPagina<>(items.stream().map(mapper).toList(), volgende);
    }
}
