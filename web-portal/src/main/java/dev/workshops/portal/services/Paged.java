package dev.workshops.portal.services;

/** A page of a service's list answer ({@code {items, page, size, total}}), as the services page every list. */
public interface Paged {

    int page();

    int size();

    long total();

    default boolean hasNext() {
        return (long) (page() + 1) * size() < total();
    }
}
