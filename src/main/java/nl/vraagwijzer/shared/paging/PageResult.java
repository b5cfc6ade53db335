package nl.vraagwijzer.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results plus the total over all pages: exact, or for a list counted with a bound
 * ({@link BegrensdeTelling}) the number it counted to, which is then a lower bound ({@code exact} false:
 * there are more).
 */
public record PageResult<T>(List<T> items, long total, PageRequest request, boolean exact) {

    /** A page whose total is exact. */
    public PageResult(List<T> items, long total, PageRequest request) {
        this(items, total, request, true);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, request, exact);
    }

    /** The number of the last page; 1 when there are no results, so that {@code last} always works. */
    public int lastPage() {
        return (int) Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
    }
}
