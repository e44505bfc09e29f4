package fr.relanceiae.supply.order;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.shared.paging.PageQuery;

/** The order list's filters: page, size, {@code q} (an order's reference, or the structure's name), statuses, structure; its order. */
public class SupplyOrderQuery extends PageQuery {

    /** « C-00042 », « c42 », « 42 »: a reference rather than a name. */
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(?:[cC]\\s*-?\\s*)?0*([0-9]{1,12})\\s*$");

    @QueryParam("status")
    @Size(max = 8)
    @Parameter(description = "Only orders in these statuses (repeat the parameter)")
    public List<SupplyOrderStatus> status;

    @QueryParam("structureId")
    @Parameter(description = "Only this structure's orders")
    public UUID structureId;

    @QueryParam("sort")
    @Parameter(description = "`newest` (default): created most recently first; `oldest`: submitted longest ago first, "
            + "as a queue (orders to ship)")
    public SupplyOrderSort sort;

    boolean oldestFirst() {
        return sort == SupplyOrderSort.oldest;
    }

    /** The order number {@code text} names, if it is a reference. */
    static Long orderNumber(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }

    public enum SupplyOrderSort {
        newest, oldest
    }
}
