package dev.workshops.support.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=50}, size at most 500; use as a {@code @BeanParam @Valid} parameter. */
public class PageRequest {

    /** Far past any list's end, and low enough that {@link #offset()} cannot overflow at the largest size. */
    static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 500, message = "must be at most 500")
    public int size;

    public int offset() {
        return page * size;
    }
}
