package nl.vraagwijzer.shared.paging;

/**
 * A page asked for with {@code page} (from 1) and {@code pageSize}. The bounds come from the
 * contract and are enforced by validation before a request gets here.
 */
public record PageRequest(int page, int pageSize) {

    public PageRequest {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and pageSize start at 1");
        }
    }

    public static PageRequest of(Integer page, Integer pageSize) {
        return new PageRequest(page == null ? 1 : page, pageSize == null ? 20 : pageSize);
    }

    /** Zero-based index, as Panache counts pages. */
    public int index() {
        return page - 1;
    }
}
