package fr.relanceiae.shared.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list. Each API list renders it as its own record
 * ({@code OrganisationPage}…), so that the schema names are stable for clients.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public static <E> Page<E> fetch(PanacheQuery<E> query, PagingQuery request) {
        List<E> items = query.page(request.page, request.size).list();
        return new Page<>(items, request.page, request.size, query.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    /** Maps the whole page at once, for views that need one extra query per page rather than per item. */
    public <R> Page<R> mapAll(Function<List<T>, List<R>> mapper) {
        return new Page<>(mapper.apply(items), page, size, totalItems);
    }
}
