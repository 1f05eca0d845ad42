package dev.workshops.support.paging;

import java.util.List;

/** A page of a list answer (api.md): {@code {"items": [...], "page": 0, "size": 50, "total": 1234}}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
